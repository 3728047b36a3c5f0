import Foundation

/// Files the tests compare against, bundled with the test support module.
public enum Fixtures {
    /// The bytes of the fixture `name`.
    public static func data(_ name: String) -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil),
            let data = try? Data(contentsOf: url)
        else {
            fatalError("test fixture \(name) is missing")
        }
        return data
    }

    /// The fixture `name` as UTF-8 text.
    public static func text(_ name: String) -> String {
        String(decoding: data(name), as: UTF8.self)
    }

    /// The sample article's gold annotations.
    public static var sampleGold: SampleGold {
        do {
            return try JSONDecoder().decode(SampleGold.self, from: data("syria-assad.gold.json"))
        } catch {
            fatalError("syria-assad.gold.json does not decode: \(error)")
        }
    }

    /// The sample article as it should read once repaired.
    public static var sampleRepairedText: String { text("syria-assad.repaired.txt") }
}
