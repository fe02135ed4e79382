/// Who a report's email goes to and what it is called: the data file's optional `email:` block, which the
/// command-line flags override.
///
/// ```yaml
/// email:
///   from: 張三 <zhangsan@example.gov.cn>
///   to: [局長 <director@example.gov.cn>, office@example.gov.cn]
///   cc: archive@example.gov.cn
///   subject: 2016年上半年工作總結
/// ```
public struct EmailSettings: Hashable, Sendable {
    /// The sender; an `.eml` cannot be written without one.
    public var from: EmailAddress?
    /// Recipients; may be empty in a draft.
    public var to: [EmailAddress]
    /// Copy recipients.
    public var cc: [EmailAddress]
    /// The subject; the report's title when nil.
    public var subject: String?

    public init(from: EmailAddress? = nil, to: [EmailAddress] = [], cc: [EmailAddress] = [], subject: String? = nil) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
    }

    /// A subject typed on the command line, cleaned as the data's subject is: one line, without control or
    /// invisible characters.
    public static func subject(typed text: String) -> String {
        PlainText.singleLine(PlainText.normalize(text, style: .literal))
    }

    /// These settings with every field that `overrides` sets taken from it.
    public func overridden(by overrides: EmailSettings) -> EmailSettings {
        EmailSettings(from: overrides.from ?? from, to: overrides.to.isEmpty ? to : overrides.to,
                      cc: overrides.cc.isEmpty ? cc : overrides.cc, subject: overrides.subject ?? subject)
    }
}
