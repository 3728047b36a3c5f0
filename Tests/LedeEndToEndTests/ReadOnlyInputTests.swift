import Foundation
import Testing

extension EndToEnd {
    /// Lede never writes to the files it reads: their bytes, times and mode are as they were.
    @Suite("Input files are left alone", .timeLimit(.minutes(1)))
    struct ReadOnlyInputTests {
        /// What writing to a file, or opening it for writing and truncating it, would change.
        private struct FileState: Equatable, CustomStringConvertible {
            var bytes: [UInt8]
            var mode: UInt32
            var modified: timespec
            var changed: timespec

            init(_ path: String) throws {
                var status = stat()
                guard stat(path, &status) == 0 else { throw EndToEndFailure("cannot stat \(path): errno \(errno)") }
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                mode = UInt32(status.st_mode)
                #if os(Linux)
                modified = status.st_mtim
                changed = status.st_ctim
                #else
                modified = status.st_mtimespec
                changed = status.st_ctimespec
                #endif
            }

            static func == (a: FileState, b: FileState) -> Bool {
                a.bytes == b.bytes && a.mode == b.mode
                    && (a.modified.tv_sec, a.modified.tv_nsec) == (b.modified.tv_sec, b.modified.tv_nsec)
                    && (a.changed.tv_sec, a.changed.tv_nsec) == (b.changed.tv_sec, b.changed.tv_nsec)
            }

            var description: String {
                "\(bytes.count) bytes, mode \(String(mode, radix: 8)), modified \(modified.tv_sec).\(modified.tv_nsec), changed \(changed.tv_sec).\(changed.tv_nsec)"
            }
        }

        @Test("the reader, analyze and actors leave the article untouched")
        func articleUntouched() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(OwnArticle.text, to: "article.txt")
            // A time in the past, so that a write now would show in the modification time.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: file.path)
            let before = try FileState(file.path)

            for arguments in [[file.path], ["analyze", file.path], ["analyze", "--format", "json", file.path], ["actors", file.path],
                              ["actors", "--suggest", file.path]]
            {
                expectSuccess(try runLede(arguments))
                let after = try FileState(file.path)
                #expect(after == before, "after lede \(arguments): \(after), before: \(before)")
            }

            // The interactive reader, in a terminal.
            try await withTmuxSession(try ledeCommand([file.path])) { session in
                try await waitForReader(session)
                try session.send("q")
                let screen = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                #expect(screen.text.contains(exitMarker(0)), "\(screen)")
            }
            let after = try FileState(file.path)
            #expect(after == before, "after the reader in a terminal: \(after), before: \(before)")
        }
    }
}
