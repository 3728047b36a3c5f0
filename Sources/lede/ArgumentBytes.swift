import Foundation

/// The bytes command-line arguments were given as. Swift's `CommandLine.arguments` (and so
/// ArgumentParser) replaces each byte that is not UTF-8 with U+FFFD, which names another
/// file: `b\xFF.txt` would be reported missing.
enum ArgumentBytes {
    /// Every argument after the program's name, as the bytes the program was given.
    static let commandLine: [[UInt8]] = (1..<Int(CommandLine.argc)).map { index in
        guard let argument = CommandLine.unsafeArgv[index] else { return [] }
        return Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
    }

    /// The bytes of the `occurrence`-th (from 0) of the arguments that read as `argument`
    /// with each invalid byte replaced; `argument`'s own UTF-8 when none does (a default).
    ///
    /// `occurrence` tells apart arguments that read alike (`a\xFE` and `a\xFF`) when a command
    /// takes several: the n-th such FILE is the n-th such argument. An option's value that
    /// reads the same and comes first would take the place of a FILE.
    static func original(of argument: String, occurrence: Int = 0, in arguments: [[UInt8]] = commandLine) -> [UInt8] {
        // Compared as UTF-8, not as Strings: String equality would take é and e + ◌́ as one.
        let candidates = arguments.filter { String(decoding: $0, as: UTF8.self).utf8.elementsEqual(argument.utf8) }
        guard !candidates.isEmpty else { return Array(argument.utf8) }
        return candidates[min(occurrence, candidates.count - 1)]
    }

    /// The original bytes of each of `values`, arguments taken in the order they were given.
    static func originals(of values: [String], in arguments: [[UInt8]] = commandLine) -> [[UInt8]] {
        var seen: [[UInt8]: Int] = [:]
        return values.map { value in
            let key = Array(value.utf8)
            defer { seen[key, default: 0] += 1 }
            return original(of: value, occurrence: seen[key, default: 0], in: arguments)
        }
    }
}
