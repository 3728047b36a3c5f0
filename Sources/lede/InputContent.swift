/// An article's bytes as read, with what a web server said about them.
struct InputContent {
    /// The bytes, as read from the file or the body of the page.
    var bytes: [UInt8]
    /// The charset the page's HTTP header named, for a page that declares none.
    var charset: String? = nil
    /// The URL a page was fetched from, after redirects; `nil` for a file.
    var url: String? = nil
    /// Whether the HTTP header said HTML: `nil` for a file, or a header that names no type.
    var isHTML: Bool? = nil
}
