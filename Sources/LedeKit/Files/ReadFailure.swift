import Foundation

/// Why a file could not be read, in the words every `lede:` message uses: no such file, it
/// is a directory, permission denied.
public enum ReadFailure {
    /// What `errno` `code` means for a file being read.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EISDIR: "it is a directory"
        case EACCES, EPERM: "permission denied"
        case EBADF: "it is closed"
        default:
            // strerror's text, which starts with a capital: "Input/output error".
            String(cString: strerror(code)).prefix(1).lowercased() + String(cString: strerror(code)).dropFirst()
        }
    }

    /// The reason `path`, which Lede needs whole as UTF-8 text (a lexicon, a theme), could not
    /// be read.
    public static func reason(forReading path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return reason(errno) }
        if status.st_mode & S_IFMT == S_IFDIR { return reason(EISDIR) }
        if access(path, R_OK) != 0 { return reason(errno) }
        return "not UTF-8 text"
    }
}
