import Foundation
import TOMLKit

/// Files that ship inside LedeKit: the default actor lexicon and the sample article.
enum Resources {
    /// The bytes of the bundled file `name`.
    static func bytes(named name: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil),
            let data = try? Data(contentsOf: url)
        else {
            preconditionFailure("LedeKit's bundled resource \(name) is missing")
        }
        return [UInt8](data)
    }

    /// The bundled file `name` as UTF-8 text.
    static func text(named name: String) -> String {
        String(decoding: bytes(named: name), as: UTF8.self)
    }

    /// The array of strings `key` in the bundled TOML file `name`.
    static func words(_ key: String, inTOML name: String) -> [String] {
        guard let table = try? TOMLTable(string: text(named: name)), let array = table[key]?.array else {
            preconditionFailure("LedeKit's bundled resource \(name) has no list `\(key)`")
        }
        return array.compactMap(\.string)
    }
}

/// The article Lede opens when it is given none.
public enum SampleArticle {
    /// The sample's file name.
    public static let fileName = "syria-assad.txt"

    /// The sample's bytes, unchanged from the damaged original.
    public static var bytes: [UInt8] { Resources.bytes(named: fileName) }
}
