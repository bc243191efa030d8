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
    let pathInSchema: [String]
    let schemaElements: [SchemaElement]

    init(_ column: Column) {
        self.column = column
        let repetition: Repetition = column.required ? .required : .optional
        let own = column.required ? 0 : 1
        switch column.type {
        case .string:
            physicalType = .byteArray
            schemaElements = [SchemaElement(type: .byteArray, repetition: repetition, name: column.name,
                                            convertedType: .utf8, logicalType: .string)]
        case .int:
            physicalType = .int32
            schemaElements = [SchemaElement(type: .int32, repetition: repetition, name: column.name)]
        case .double:
            physicalType = .double
            schemaElements = [SchemaElement(type: .double, repetition: repetition, name: column.name)]
        case .bool:
            physicalType = .boolean
            schemaElements = [SchemaElement(type: .boolean, repetition: repetition, name: column.name)]
        case .date:
            physicalType = .int32
            schemaElements = [SchemaElement(type: .int32, repetition: repetition, name: column.name,
                                            convertedType: .date, logicalType: .date)]
        case .list:
            physicalType = .byteArray
            schemaElements = [
                SchemaElement(repetition: repetition, name: column.name, numChildren: 1,
                              convertedType: .list, logicalType: .list),
                SchemaElement(repetition: .repeated, name: "list", numChildren: 1),
                SchemaElement(type: .byteArray, repetition: .required, name: "element",
                              convertedType: .utf8, logicalType: .string),
            ]
        }
        if column.type == .list {
            maxDefinitionLevel = own + 1
            maxRepetitionLevel = 1
            pathInSchema = [column.name, "list", "element"]
        } else {
            maxDefinitionLevel = own
            maxRepetitionLevel = 0
            pathInSchema = [column.name]
        }
    }
}
