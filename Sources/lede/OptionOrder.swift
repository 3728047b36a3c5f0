/// Options written before a subcommand's name (`lede --color=always quotes FILE`), which the
/// default command, `read`, would take as its own and then fail on: the order to write them in.
enum OptionOrder {
    /// The arguments as they should have been written, the command's name first, when
    /// `arguments` (without the program's name) start with an option and name one of
    /// `commands` later, and no file of that name is there to be read (`exists`); else `nil`.
    /// A request for help or the version before the name is left to the parser.
    static func reordered(_ arguments: [String], commands: [String], exists: (String) -> Bool) -> [String]? {
        guard let first = arguments.first, first.hasPrefix("-"), first != "-", first != "--" else { return nil }
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        guard let index = arguments[..<end].firstIndex(where: commands.contains), !exists(arguments[index]),
              !arguments[..<index].contains(where: ["-h", "--help", "--version"].contains) else { return nil }
        return [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
    }
}
