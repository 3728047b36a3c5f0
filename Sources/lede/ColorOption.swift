import ArgumentParser
import Foundation
import LedeReader
import LedeTerminal

/// The `--color=always|never|auto` option of printed output (`lede FILE | less -R`,
/// `lede quotes`), as `ls` and `grep` take it.
struct ColorOption: ParsableArguments {
    /// When printed output is coloured.
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        /// Always, whatever standard output is and whatever `NO_COLOR` says.
        case always
        /// Never: the plain text.
        case never
        /// When standard output is a terminal; there `NO_COLOR` leaves only bold, italic,
        /// underline and reverse, as it does on the reader's screen.
        case auto
    }

    @Option(name: .long, help: ArgumentHelp("Colour printed output with the theme: always, never, or auto (on a terminal, unless NO_COLOR is set).", valueName: "WHEN"))
    var color: Choice?

    /// The colour depth to print with, or `nil` for plain text: `auto` styles only a terminal,
    /// and in attributes alone (``ColorDepth/monochrome``) when `environment` sets `NO_COLOR`.
    /// Without the option, `color` of `settings` (config.toml) says when.
    func depth(onTerminal: Bool, settings: Settings, environment: [String: String] = ProcessInfo.processInfo.environment) -> ColorDepth? {
        switch color ?? settings.text("color").flatMap(Choice.init(rawValue:)) ?? .auto {
        case .never: return nil
        case .auto where !onTerminal: return nil
        case .auto where ColorDepth.colorIsOff(in: environment): return .monochrome
        case .auto, .always: return .forPrintedText(environment: environment)
        }
    }
}
