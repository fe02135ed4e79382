/// A named style the Word document uses, so that a person restyles the whole report in Word or WPS by changing one
/// style instead of every paragraph.
///
/// Built-in styles carry Word's English XML names ("heading 1", "Body Text", "footer"), which Word shows translated;
/// our own ones ("Signature Date", "Run-in Heading 2") are custom styles. A user's reference document is matched by
/// ``name``, case-insensitively, never by ID: Chinese Word saves heading 1 with the ID `1`.
enum WordStyle: String, CaseIterable, Hashable, Sendable {
    case normal, defaultParagraphFont, normalTable
    case title, heading1, heading2, heading3, heading4, bodyText
    case signature, signatureDate, footer
    case tableGrid, tableText, tableHeading
    case runInHeading2, runInHeading3

    enum Kind: String, Sendable {
        case paragraph, character, table
    }

    /// The `w:styleId` our own styles.xml gives it.
    var id: String {
        switch self {
        case .normal: "Normal"
        case .defaultParagraphFont: "DefaultParagraphFont"
        case .normalTable: "TableNormal"
        case .title: "Title"
        case .heading1: "Heading1"
        case .heading2: "Heading2"
        case .heading3: "Heading3"
        case .heading4: "Heading4"
        case .bodyText: "BodyText"
        case .signature: "Signature"
        case .signatureDate: "SignatureDate"
        case .footer: "Footer"
        case .tableGrid: "TableGrid"
        case .tableText: "TableText"
        case .tableHeading: "TableHeading"
        case .runInHeading2: "RunInHeading2"
        case .runInHeading3: "RunInHeading3"
        }
    }

    /// The `w:name`, the style's identity.
    var name: String {
        switch self {
        case .normal: "Normal"
        case .defaultParagraphFont: "Default Paragraph Font"
        case .normalTable: "Normal Table"
        case .title: "Title"
        case .heading1: "heading 1"
        case .heading2: "heading 2"
        case .heading3: "heading 3"
        case .heading4: "heading 4"
        case .bodyText: "Body Text"
        case .signature: "Signature"
        case .signatureDate: "Signature Date"
        case .footer: "footer"
        case .tableGrid: "Table Grid"
        case .tableText: "Table Text"
        case .tableHeading: "Table Heading"
        case .runInHeading2: "Run-in Heading 2"
        case .runInHeading3: "Run-in Heading 3"
        }
    }

    var kind: Kind {
        switch self {
        case .defaultParagraphFont, .runInHeading2, .runInHeading3: .character
        case .normalTable, .tableGrid: .table
        default: .paragraph
        }
    }

    /// Not one of Word's built-in styles, so written with `w:customStyle="1"`.
    var isCustom: Bool {
        switch self {
        case .signatureDate, .tableText, .tableHeading, .runInHeading2, .runInHeading3: true
        default: false
        }
    }

    /// The style of a heading of the report's body at an outline level: 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）.
    static func heading(outlineLevel: Int) -> WordStyle {
        switch outlineLevel {
        case ...0: .heading1
        case 1: .heading2
        case 2: .heading3
        default: .heading4
        }
    }
}
