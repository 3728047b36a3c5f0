/// Turns keys into commands by the ``KeyMap``: counts (`10j`, `3G`, `50%`), sequences of
/// more than one key (`Esc u`, `ZZ`, `''`) and a letter after a prefix (`ma`, `'a`).
///
/// A value with its pending state, kept in the reader's state; nothing here blocks.
public struct KeyParser: Hashable, Sendable {
    /// The count typed so far, if any.
    public private(set) var count: Int?
    /// The keys of an unfinished sequence typed so far.
    public private(set) var pending: [Key] = []

    /// The largest count kept: more digits are ignored, so no count overflows.
    static let maximumCount = 999_999

    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// The keys so far make this command, to be carried out `times` times.
        case command(Command, times: Int)
        /// The key began or continued a count or a sequence.
        case pending
        /// The keys are the front end's (^L): the reader leaves them, in whatever mode.
        case terminal
        /// The keys make nothing; the pending state is dropped.
        case unbound
        /// A key that takes a letter (`m`, `'`) was followed by something else; both are dropped.
        case needsLetter
    }

    /// Creates a parser with nothing pending.
    public init() {}

    /// What is pending, as `less` and `vim` show it (`10`, `m`, `3Z`), or `nil`; a lone Esc,
    /// which most often closes something or is pressed out of habit, shows nothing.
    public var pendingText: String? {
        guard count != nil || !(pending.isEmpty || pending == [.escape]) else { return nil }
        return (count.map(String.init) ?? "") + KeyName.of(pending)
    }

    /// Reads `key` in `mode`.
    public mutating func read(_ key: Key, in mode: InputMode) -> Outcome {
        if mode == .reading, pending.isEmpty, case .character(let character) = key, let digit = character.wholeNumberValue,
            character.isASCII, digit > 0 || count != nil
        {
            count = min(Self.maximumCount, (count ?? 0) * 10 + digit)
            return .pending
        }
        let typed = pending + [key]
        let bindings = KeyMap.bindings(in: mode)
        if let outcome = complete(typed, in: bindings) {
            self = KeyParser()
            return outcome
        }
        if bindings.contains(where: { binding in binding.sequences.contains { continues($0, typed, binding) } }) {
            pending = typed
            return .pending
        }
        // A key that takes a letter, followed by something else (`m1`).
        if !pending.isEmpty, bindings.contains(where: { binding in
            if case .withLetter = binding.action { binding.sequences.contains(pending) } else { false }
        }) {
            self = KeyParser()
            return .needsLetter
        }
        // A sequence that goes nowhere (`Esc` then `j`) is dropped, and the key read afresh,
        // so a stray Esc never swallows the key after it.
        let hadPending = !pending.isEmpty
        self = KeyParser()
        return hadPending ? read(key, in: mode) : .unbound
    }

    /// The command `typed` completes, if any.
    private func complete(_ typed: [Key], in bindings: [KeyBinding]) -> Outcome? {
        for binding in bindings {
            for sequence in binding.sequences {
                switch binding.action {
                case .command(let command) where sequence == typed:
                    return counted(command, binding.count)
                case .byDigit(let make) where sequence == typed:
                    guard case .character(let character) = typed.last!, let digit = character.wholeNumberValue else { continue }
                    return counted(make(digit), binding.count)
                case .terminal where sequence == typed:
                    return .terminal
                case .withLetter(let make) where typed.count == sequence.count + 1 && Array(typed.dropLast()) == sequence:
                    guard case .character(let letter) = typed.last!, letter.isLetter, letter.isASCII else { continue }
                    return counted(make(letter), binding.count)
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// Whether `typed` is the start of `sequence` (with its letter, for a binding that takes one).
    private func continues(_ sequence: [Key], _ typed: [Key], _ binding: KeyBinding) -> Bool {
        let length = if case .withLetter = binding.action { sequence.count + 1 } else { sequence.count }
        return typed.count < length && Array(sequence.prefix(typed.count)) == typed
    }

    /// `command` with the pending count applied as the binding says.
    private func counted(_ command: Command, _ use: KeyBinding.CountUse) -> Outcome {
        switch (use, count) {
        case (.repeats, let count?): .command(command, times: count)
        case (.lineNumber, let count?): .command(.goToLine(count), times: 1)
        case (.percent, let count): .command(.goToPercent(count ?? 0), times: 1)
        default: .command(command, times: 1)
        }
    }
}
