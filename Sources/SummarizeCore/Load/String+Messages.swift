extension String {
    /// At most 20 characters, for showing the start of a text in a message ("…" where it was cut).
    var shortened: String {
        count <= 20 ? self : String(prefix(19)) + "…"
    }

    /// A name or value as a message quotes it: whole up to 40 characters, else its start and "…", so that a
    /// hostile megabyte-long key cannot fill the terminal.
    var quoted: String {
        count <= 40 ? self : String(prefix(39)) + "…"
    }
}
