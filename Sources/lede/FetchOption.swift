import ArgumentParser

/// The `--timeout SECONDS` option shared by the commands that read articles, for URLs.
struct FetchOption: ParsableArguments {
    /// The default wait: as long as a person waits for a page before giving up on it.
    static let defaultTimeout = 30.0

    @Option(
        name: .customLong("timeout"),
        help: ArgumentHelp("For a URL: seconds to wait for the server to answer or to send more.", valueName: "SECONDS"))
    var timeout: Double = FetchOption.defaultTimeout

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
    }
}
