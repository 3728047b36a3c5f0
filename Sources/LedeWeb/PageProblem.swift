/// Why a page gives no article.
public enum PageProblem: Error, Equatable, Sendable {
    /// libxml2 could not read the bytes at all (an empty page).
    case unreadable
    /// The page's elements nest deeper than `limit`: no article does, and past it libxml2's
    /// parser slows down with the depth (each stray end tag searches every open element).
    case nestedTooDeep(limit: Int)
}
