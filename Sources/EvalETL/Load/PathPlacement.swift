/// Checks that the folders a run writes stay apart from the input and from each other,
/// comparing resolved paths (every symbolic link followed), not path text.
///
///     input: input   output: linkin/out   (linkin -> input)
///     -> "the output folder linkin/out (/srv/input/out) lies inside the input folder input (/srv/input)"
///
/// NB: an output inside the input is read back as documents by the next run; a cache
/// equal to the output is swapped away with it and wedged every later run.
public enum PathPlacement {
    public static func check(_ config: PipelineConfig) throws(PlacementError) {
        let output = OutputDirectory.absolute(config.output)
        guard output != "/" else { return }  // OutputDirectory refuses it
        var folders: [(role: String, given: String)] = [
            ("input folder", config.input),
            ("output folder", config.output),
            ("staging folder", OutputDirectory.beside(output, "staging")),
        ]
        if config.cache != "off" {
            folders.append(("cache folder", config.cache ?? OutputDirectory.beside(output, "cache")))
        }
        let real = folders.map { resolved($0.given) }
        for i in folders.indices {
            for j in folders.indices where j > i {
                // The default staging and cache folders are siblings of the output; only
                // the input and a cache set in pipeline.yml can meet them.
                if folders[i].role == "output folder" && folders[j].role == "staging folder" { continue }
                if folders[j].role == "cache folder" && config.cache == nil && i != 0 { continue }
                let (a, b) = (real[i], real[j])
                let relation: String
                if a == b { relation = "is the same folder as" }
                else if b.hasPrefix(a == "/" ? "/" : a + "/") { relation = "contains" }
                else if a.hasPrefix(b == "/" ? "/" : b + "/") { relation = "lies inside" }
                else { continue }
                throw PlacementError(message: "the \(folders[i].role) \(folders[i].given) (\(a)) \(relation) the \(folders[j].role) \(folders[j].given) (\(b))")
            }
        }
    }

    /// `path` made absolute with every link resolved, as far as it exists; the rest appended.
    static func resolved(_ path: String) -> String {
        let absolute = OutputDirectory.absolute(path)
        var parts = absolute.split(separator: "/").map(String.init)
        var rest: [String] = []
        while true {
            let head = "/" + parts.joined(separator: "/")
            if let real = SourceScanner.resolved(Array(head.utf8)) {
                let base = String(decoding: real, as: UTF8.self)
                if rest.isEmpty { return base }
                return (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            guard let last = parts.popLast() else { return absolute }
            rest.append(last)
        }
    }
}

/// Folders of one run that overlap: stops the tool before anything is read (exit 64).
public struct PlacementError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
