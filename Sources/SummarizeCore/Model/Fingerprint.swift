import Foundation

/// A 64-bit fingerprint of some bytes (FNV-1a), written as 16 hex digits: the same content gives the same
/// fingerprint, and a change almost certainly another. Not a cryptographic hash: nothing depends on it being hard
/// to forge, only on it noticing an edit.
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds bytes to what the fingerprint covers.
    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
    }

    /// Adds the bytes of a file or a buffer, straight from their storage.
    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    /// Adds a text, ended by a separator so that `ab` + `c` and `a` + `bc` differ.
    mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(0xFF))
    }

    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
