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
    /// arenas and peak RSS grew with the corpus (166 MB at 100,000 documents against
    /// 137 MB with two arenas, same run time within noise).
    ///
    /// NB: glibc raises the threshold (up to 32 MB) each time a mapped block is freed, so
    /// after the first large document the next one's row and parse arrays came from the
    /// arenas, where the space they left was kept: six 31 MB pages at `--jobs 2` (csv,
    /// parquet, xml) peaked at 440 MB, 380 MB with the threshold fixed at 1 MB. Batches of
    /// `Loader.batchRows` rows stay under it, so ordinary runs map nothing more
    /// (at 128 KB, the default before it moves, each batch was a mapping of its own).
    public static func tuneMalloc() {
        evaletl_limit_malloc_arenas(2)
        evaletl_fix_mmap_threshold(1 << 20)
    }

    /// Gives the pages of memory freed in glibc's arenas back to the system.
    ///
    /// NB: called after a large document (`Pipeline.trimAfterBytes`): its parse, millions of
    /// small blocks, is freed as its rows are laid out, but the arenas kept the pages, so the
    /// run's peak counted them once more beside the next document's.
    static func releaseFreedMemory() {
        evaletl_malloc_trim()
    }
}
