import Foundation

/// Why a file that Lede needs whole as text (a lexicon, a theme) could not be read, in the
/// words of the input errors: no such file, a directory, permission denied, not UTF-8.
public enum ReadFailure {
    /// The reason `path` could not be read as UTF-8 text.
    public static func reason(forReading path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return errno == ENOENT ? "no such file" : String(cString: strerror(errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR { return "it is a directory" }
        if access(path, R_OK) != 0 { return "permission denied" }
        return "not UTF-8 text"
    }
}
