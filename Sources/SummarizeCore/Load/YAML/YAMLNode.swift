/// A value of a data file as ``YAMLComposer`` read it: a text, a block of keys, or a list, each with where it
/// starts. Every scalar is text, because the data format has no other types (`no`, `2016-07-08` and `1.0` stay as
/// typed); anchors and aliases never reach a tree, since the composer refuses them.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// How a scalar was written, which decides how its line breaks are read (see ``PlainText``).
    enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Scalar: Sendable {
        var string: String
        var style: Style
        var mark: YAMLMark
    }

    /// A block of keys in the order written; keys are nodes, as YAML allows, though a data file only uses texts.
    struct Mapping: Sendable, Swift.Sequence {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: YAMLMark

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    struct Sequence: Sendable, Swift.Sequence {
        var elements: [YAMLNode]
        var mark: YAMLMark

        var isEmpty: Bool { elements.isEmpty }
        func makeIterator() -> IndexingIterator<[YAMLNode]> { elements.makeIterator() }
    }

    /// Where the node starts.
    var mark: YAMLMark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .mapping(mapping): mapping.mark
        case let .sequence(sequence): sequence.mark
        }
    }

    var scalar: Scalar? {
        if case let .scalar(scalar) = self { scalar } else { nil }
    }

    var sequence: Sequence? {
        if case let .sequence(sequence) = self { sequence } else { nil }
    }
}

/// A 1-based line and column (in Unicode scalars, as libyaml counts them) in a data file.
struct YAMLMark: Hashable, Sendable {
    var line: Int
    var column: Int
}
