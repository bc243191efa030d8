#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder for a whole run: staging, cache and the swap.
///
///     output/                   the folder users read
///     .output.evaletl-lock      flock(2)ed by the running evaletl; holds its pid
///
///     let lock = try OutputLock.acquire(path: output.lockFile, wait: true, isCancelled: { false })
///     defer { lock.release() }
///
/// NB: the lock file is never removed: removing it while another process waits on
/// it would let a third process lock a new file of the same name beside them.
/// The kernel drops the lock when the process ends, however it ends.
public final class OutputLock: Sendable {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    /// Takes the lock, waiting for the run that holds it unless `wait` is false.
    ///
    /// NB: the wait polls a non-blocking flock rather than blocking in flock(2):
    /// SIGINT and SIGTERM are handled as flags, so a blocked call would not return.
    public static func acquire(path: String, wait: Bool,
                               isCancelled: () -> Bool) throws(LockError) -> OutputLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .unusable(path, String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let why = errno
            if why == EINTR { continue }
            guard why == EWOULDBLOCK else {
                close(fd)
                throw .unusable(path, String(cString: strerror(why)))
            }
            guard wait else {
                let holder = holderPID(fd)
                close(fd)
                throw .busy(path, holder)
            }
            if isCancelled() {
                close(fd)
                throw .cancelled
            }
            usleep(100_000)
        }
        // Say who holds it, for the run that finds it taken.
        let line = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = line.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return OutputLock(fd: fd)
    }

    /// Lets the next run in; closing the descriptor drops the flock.
    public func release() {
        close(fd)
    }

    /// The pid the holder wrote into the lock file, if any.
    static func holderPID(_ fd: Int32) -> Int? {
        var buf = [UInt8](repeating: 0, count: 32)
        let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buf[..<n], as: UTF8.self)
        return Int(text.split(separator: "\n").first ?? "")
    }
}

/// Why the output folder could not be locked.
public enum LockError: Error, Sendable, CustomStringConvertible {
    /// Another run holds it (its pid when known) and `--no-wait` was given.
    case busy(String, Int?)
    /// The lock file cannot be created or locked.
    case unusable(String, String)
    /// SIGINT or SIGTERM came while waiting.
    case cancelled

    public var description: String {
        switch self {
        case let .busy(path, pid):
            let who = pid.map { "evaletl process \($0)" } ?? "another evaletl process"
            return "the output folder is in use by \(who) (lock \(path)); try again when it ends, or run without --no-wait to wait for it"
        case let .unusable(path, why):
            return "cannot lock \(path): \(why)"
        case .cancelled:
            return "interrupted while waiting for the output folder's lock"
        }
    }
}
