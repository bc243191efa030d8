#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CSysShims

/// Facts about the machine the pipeline needs, and the allocator settings it makes.
public enum System {
    static var coreCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Caps glibc's malloc at two arenas and fixes its mmap threshold at 1 MB;
    /// call once, before the pipeline starts threads.
    ///
    /// NB: rows are allocated by the parsing threads and freed by the writer threads;
    /// with an arena per thread (glibc's default) the freed memory scatters across
    /// arenas and peak RSS grows with the corpus.
    ///
    /// NB: glibc raises the threshold each time a mapped block is freed, so after the first
    /// large document the next one's arrays came from the arenas, which kept the space.
    /// Batches of `Loader.batchRows` rows stay under 1 MB, so ordinary runs map nothing more.
    public static func tuneMalloc() {
        evaletl_limit_malloc_arenas(2)
        evaletl_fix_mmap_threshold(1 << 20)
    }

    /// Gives the pages of memory freed in glibc's arenas back to the system.
    ///
    /// NB: called after a large document (`Pipeline.trimAfterBytes`): its parse is freed as
    /// its rows are laid out, but the arenas keep the pages beside the next document's.
    static func releaseFreedMemory() {
        evaletl_malloc_trim()
    }
}
