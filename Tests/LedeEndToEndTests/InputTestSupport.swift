import Foundation
import Testing

// Helpers for the tests of how `lede` reads its input: running it from a shell (for a closed
// standard input, a pipe, a FIFO), names that are not UTF-8, and one-line failure reports.

/// Runs the built `lede` from a shell script, for what `runLede` cannot set up: a closed
/// standard input, a pipe, a FIFO, an argument that is not UTF-8.
///
/// The script finds the binary in `$LEDE` and `arguments` in `$1`, `$2`…; its standard input
/// is `/dev/null` (or `input`).
func runLedeScript(_ script: String, _ arguments: [String] = [], input: URL? = nil, shell: String = "/bin/sh") throws
    -> ProcessResult
{
    var environment = utf8Environment()
    environment["LEDE"] = try LedeBinary.url().path
    return try runProcess(URL(fileURLWithPath: shell), ["-c", script, "lede-e2e"] + arguments, input: input, environment: environment)
}

/// Whether a POSIX shell with process substitution (`<(…)`) is installed.
let bashIsInstalled = FileManager.default.isExecutableFile(atPath: "/bin/bash")

/// Checks that `result` is a failure reported as exactly the line `expected` on standard
/// error, with exit status 1 and nothing on standard output.
func expectInputFailure(
    _ result: ProcessResult, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == 1, "exit status \(result.status); stderr: \(result.stderr.debugDescription)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "printed on stdout: \(result.stdout.prefix(200).debugDescription)", sourceLocation: sourceLocation)
    #expect(result.stderr == expected + "\n", "stderr: \(result.stderr.debugDescription)", sourceLocation: sourceLocation)
}

/// Checks that `result` succeeded quietly: exit status 0 and nothing on standard error.
func expectSuccess(_ result: ProcessResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 0, "exit status \(result.status); stderr: \(result.stderr.debugDescription)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, "stderr: \(result.stderr.debugDescription)", sourceLocation: sourceLocation)
}

/// The JSON objects `lede analyze --format json` printed: one pretty-printed object for a
/// single file, one object per line for several.
func analysisObjects(_ output: String) throws -> [[String: Any]] {
    if let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] {
        return [object]
    }
    return try output.split(separator: "\n").map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(line)")
    }
}

/// A file path as bytes, which need not be UTF-8.
struct RawPath: Sendable {
    let bytes: [UInt8]

    /// The path of `name` in `directory`.
    init(_ directory: URL, _ name: [UInt8]) {
        bytes = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name
    }

    /// Creates the file (it must not exist) with `contents`.
    func create(_ contents: [UInt8]) throws {
        let descriptor = withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        guard descriptor >= 0 else { throw EndToEndFailure("cannot create \(shellWord): errno \(errno)") }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count else { throw EndToEndFailure("cannot write \(shellWord): errno \(errno)") }
    }

    /// Removes the file.
    func remove() {
        _ = withCString { unlink($0) }
    }

    /// A shell word that expands to exactly these bytes: `"$(printf '\142\377…')"`.
    var shellWord: String {
        let escapes = bytes.map { "\\" + String(repeating: "0", count: 3 - String($0, radix: 8).count) + String($0, radix: 8) }
        return "\"$(printf '" + escapes.joined() + "')\""
    }

    private func withCString<Result>(_ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return terminated.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
