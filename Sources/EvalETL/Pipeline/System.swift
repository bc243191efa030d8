#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CSysShims

/// Facts about the machine the pipeline needs, and the one allocator setting it makes.
public enum System {
    static var coreCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Caps glibc's malloc at two arenas; call once, before the pipeline starts threads.
    ///
    /// NB: rows are allocated by the parsing threads and freed by the writer threads;
    /// with an arena per thread (glibc's default) the freed memory scatters across
    /// arenas and peak RSS grew with the corpus (166 MB at 100,000 documents against
    /// 137 MB with two arenas, same run time within noise).
    public static func limitMallocArenas() {
        evaletl_limit_malloc_arenas(2)
    }
}
