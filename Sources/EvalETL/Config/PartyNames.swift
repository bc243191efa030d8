import Foundation
import Yams

/// A party an office teaches evaletl in its lexicon file (`parties: parties.yml` in `pipeline.yml`).
///
///     - name: Programme Management Unit
///       kind: unit
///       aliases: [PMU, Project Management Unit]
///
/// A responsible cell that ends in the name or an alias splits there, and its stakeholder
/// row carries `name` and `kind` (an alias folds into the name).
public struct PartyName: Sendable, Equatable {
    public var name: String
    public var kind: StakeholderKind
    public var aliases: [String] = []
}

/// Reads a party lexicon file strictly: unknown keys, a bad kind, an empty or
/// over-long name, or one alias given to two names are errors with `file:line:col`.
///
///     parties.yml:4:5: unknown key 'alias' in a party (known: name, kind, aliases)
public enum PartyNamesLoader {
    /// Words a name may hold (`PartyLexicon.PhraseKey.maxWords`).
    static let maxWords = 12

    public static func load(path: String) throws(ConfigError) -> [PartyName] {
        try parse(ConfigLoader.text(at: path, unreadable: "cannot be read (named by 'parties' in the config)"), file: path)
    }

    public static func parse(_ text: String, file: String = "parties.yml") throws(ConfigError) -> [PartyName] {
        guard let root = try ConfigLoader.root(of: text, file: file) else { return [] }
        let r = ConfigLoader.Reader(file: file)
        var names: [PartyName] = []
        /// Every name and alias, folded and lowercased, with the name it stands for.
        var owners: [String: String] = [:]
        try r.fields(root, in: "the top level", [
            "version": { _ = try r.int($0, key: $1, range: 1...1) },
            "parties": { value, key in
                for item in try r.sequence(value, key: key) {
                    let party = try entry(item, r)
                    for phrase in [party.name] + party.aliases {
                        let k = ByteText.lowercased(phrase)
                        if let owner = owners[k], owner != party.name {
                            throw r.error(item, "'\(phrase)' already names '\(owner)'")
                        }
                        owners[k] = party.name
                    }
                    names.append(party)
                }
            },
        ])
        return names
    }

    private static func entry(_ item: Node, _ r: ConfigLoader.Reader) throws(ConfigError) -> PartyName {
        var name: String?
        var kind: StakeholderKind?
        var aliases: [String] = []
        try r.fields(item, in: "a party", [
            "name": { name = try phrase($0, key: $1, r) },
            "kind": { kind = try r.choice($0, key: $1, StakeholderKind.self) },
            "aliases": { value, key in
                for a in try r.sequence(value, key: key) { aliases.append(try phrase(a, key: key, r)) }
            },
        ])
        guard let name else { throw r.error(item, "a party needs a 'name'") }
        guard let kind else {
            throw r.error(item, "party '\(name)' needs a 'kind' (one of \(StakeholderKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return PartyName(name: name, kind: kind, aliases: aliases)
    }

    /// A name as the grammar reads it: folded, 1–12 words, no parenthesis.
    private static func phrase(_ node: Node, key: String, _ r: ConfigLoader.Reader) throws(ConfigError) -> String {
        let s = Text.fold(try r.string(node, key: key))
        let words = s.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else {
            throw r.error(node, "'\(key)' must hold 1 to \(maxWords) words, not \(words.count)")
        }
        guard !s.contains(where: { "(),;".contains($0) }) else {
            throw r.error(node, "'\(key)' may not hold '(', ')', ',' or ';' (they part a cell into parties)")
        }
        return s
    }
}
