extension XMLWriter {
    /// Writes the text of one run (`w:r`) of WordprocessingML: `w:t` elements for the characters, `<w:br/>` for each
    /// line break ("\n", "\r\n" or "\r") and `<w:tab/>` for each tab, since Word shows a literal line break in `w:t`
    /// as a space and may report the file as damaged.
    ///
    /// A `w:t` whose text starts or ends with a space, or holds two spaces in a row, gets `xml:space="preserve"`,
    /// without which Word drops or merges those spaces.
    mutating func runText(_ text: String) {
        var pending = ""
        func flush(_ writer: inout XMLWriter) {
            guard !pending.isEmpty else { return }
            let preserve = pending.hasPrefix(" ") || pending.hasSuffix(" ") || pending.contains("  ")
            writer.element("w:t", preserve ? [("xml:space", "preserve")] : [], text: pending)
            pending = ""
        }
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue  // the second half of CR LF: one break
            case "\n", "\r":
                flush(&self)
                empty("w:br")
            case "\t":
                flush(&self)
                empty("w:tab")
            default:
                if Self.isAllowed(scalar) { pending.unicodeScalars.append(scalar) }
            }
        }
        flush(&self)
    }
}
