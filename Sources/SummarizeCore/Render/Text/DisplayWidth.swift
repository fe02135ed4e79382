/// How many columns text takes in a fixed-width font, as terminals and plain-text mail readers show it: Chinese
/// characters and full-width forms take two, combining marks and invisible characters none, everything else one.
enum DisplayWidth {
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { max($0, of($1)) }
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if CJK.isWide(scalar) { return 2 }
        switch scalar.value {
        case 0x1100...0x115F,   // Hangul jamo
             0xAC00...0xD7A3,   // Hangul syllables
             0x1F300...0x1F64F, 0x1F900...0x1F9FF:  // pictographs and emoji
            return 2
        default:
            return 1
        }
    }
}
