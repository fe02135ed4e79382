

extension ReportReader {
    static let emailKeys = ["from", "to", "cc", "subject"]

    /// The optional `email:` block: `from` (one mailbox), `to` and `cc` (a mailbox, a comma-separated line of them,
    /// or a list), `subject`. Each address that is not one is reported where it stands.
    mutating func readEmail(_ node: YAMLNode) -> EmailSettings {
        var settings = EmailSettings()
        guard !NodeReader.isNull(node) else { return settings }
        guard case let .mapping(mapping) = node else {
            reader.report(node, "'email' must be a block of keys such as 'from:' and 'to:'",
                          hint: "for example:\n    email:\n      from: 張三 <zhangsan@example.gov.cn>\n      to: director@example.gov.cn")
            return settings
        }
        let fields = reader.fields(of: mapping, allowed: Self.emailKeys, in: "'email'")
        if let field = fields["from"], !NodeReader.isNull(field.value) {
            let mailboxes = readMailboxes(field.value, key: "from")
            if mailboxes.count > 1 {
                reader.report(field.value, "'from' names \(mailboxes.count) senders; an email has one",
                              hint: "keep the sender's own address, and put the others under 'cc:'")
            }
            settings.from = mailboxes.first
        }
        if let field = fields["to"], !NodeReader.isNull(field.value) { settings.to = readMailboxes(field.value, key: "to") }
        if let field = fields["cc"], !NodeReader.isNull(field.value) { settings.cc = readMailboxes(field.value, key: "cc") }
        if let field = fields["subject"], !NodeReader.isNull(field.value),
           let subject = reader.text(field.value, what: "'subject'").map(PlainText.singleLine), !subject.isEmpty {
            settings.subject = subject
        }
        return settings
    }

    /// A mailbox, a line of them, or a list of either.
    private mutating func readMailboxes(_ node: YAMLNode, key: String) -> [EmailAddress] {
        let elements: [YAMLNode]
        if case let .sequence(sequence) = node {
            elements = sequence.elements
        } else {
            elements = [node]
        }
        var result: [EmailAddress] = []
        for element in elements {
            guard let text = reader.text(element, what: "an address in '\(key)'") else { continue }
            do {
                result += try EmailAddress.list(parsing: text)
            } catch {
                reader.report(element, "'\(key)': \(error.message)", hint: error.hint)
            }
        }
        return result
    }
}
