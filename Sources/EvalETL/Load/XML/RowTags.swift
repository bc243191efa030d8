/// A table's row markup, as libxml2's writer indents it, in one byte buffer.
///
///       <row>\n                       rowOpen
///         <seq>1</seq>\n              column.open, text, column.close
///         <countries/>\n              column.empty           (an empty list)
///         <countries>\n               column.listOpen
///           <item>KAZ</item>\n        itemOpen, text, itemClose
///         </countries>\n              column.listClose
///       </row>\n                      rowClose
///
/// NB: one flat buffer, read through one pointer for a whole batch of rows: arrays per
/// column (or a class holding them) cost a retain and a release for every value written.
struct RowTags {
    struct Column {
        var open, close, empty, listOpen, listClose: Range<Int>
    }

    private(set) var bytes: [UInt8] = []
    private(set) var columns: [Column] = []
    private(set) var rowOpen = 0..<0, rowClose = 0..<0, itemOpen = 0..<0, itemClose = 0..<0

    /// `names`: the columns' element names, already made safe by `XMLText.elementName`.
    init(row: String, item: String, names: [String]) {
        rowOpen = add("  <\(row)>\n")
        rowClose = add("  </\(row)>\n")
        itemOpen = add("      <\(item)>")
        itemClose = add("</\(item)>\n")
        for name in names {
            columns.append(Column(open: add("    <\(name)>"), close: add("</\(name)>\n"), empty: add("    <\(name)/>\n"),
                                  listOpen: add("    <\(name)>\n"), listClose: add("    </\(name)>\n")))
        }
    }

    private mutating func add(_ s: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: s.utf8)
        return start..<bytes.count
    }
}
