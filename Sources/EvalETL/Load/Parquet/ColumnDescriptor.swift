/// How one contract column maps onto Parquet: schema nodes, leaf path, level maxima.
///
///     ColumnDescriptor(Column("countries", .list)):
///       optional group countries (LIST) {        max_def 2, max_rep 1
///         repeated group list {
///           required binary element (STRING);    // NB: elements are REQUIRED, see below
///
/// NB: list elements are REQUIRED because `Value.list([String])` cannot hold a null
/// item; the list itself follows the column (OPTIONAL unless `required`), so a null
/// list (def 0) and an empty list (def 1) stay distinct.
struct ColumnDescriptor {
    let column: Column
    let physicalType: PhysicalType
    let maxDefinitionLevel: Int
    let maxRepetitionLevel: Int
    let schemaElements: [SchemaElement]
    /// The leaf's path: the names of the column's nodes.
    var pathInSchema: [String] { schemaElements.map(\.name) }

    init(_ column: Column) {
        self.column = column
        let repetition: Repetition = column.required ? .required : .optional
        // The leaf's physical type and annotations (a list's leaf is its element).
        let leaf: (type: PhysicalType, converted: ConvertedType?, logical: LogicalType?)
        switch column.type {
        case .string, .list: leaf = (.byteArray, .utf8, .string)
        case .int: leaf = (.int32, nil, nil)
        case .double: leaf = (.double, nil, nil)
        case .bool: leaf = (.boolean, nil, nil)
        case .date: leaf = (.int32, .date, .date)
        }
        physicalType = leaf.type
        maxRepetitionLevel = column.type == .list ? 1 : 0
        maxDefinitionLevel = (column.required ? 0 : 1) + maxRepetitionLevel
        guard column.type == .list else {
            schemaElements = [SchemaElement(type: leaf.type, repetition: repetition, name: column.name,
                                            convertedType: leaf.converted, logicalType: leaf.logical)]
            return
        }
        schemaElements = [
            SchemaElement(repetition: repetition, name: column.name, numChildren: 1,
                          convertedType: .list, logicalType: .list),
            SchemaElement(repetition: .repeated, name: "list", numChildren: 1),
            SchemaElement(type: leaf.type, repetition: .required, name: "element",
                          convertedType: leaf.converted, logicalType: leaf.logical),
        ]
    }
}
