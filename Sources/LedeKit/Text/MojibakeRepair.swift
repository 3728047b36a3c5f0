/// Repairs classic mojibake: UTF-8 text that was read, once or more, in a single-byte code page
/// ("Ã©" for é, "â€™" for ’, "Ð¿Ñ€Ð¸" for при), as ftfy does, with heuristics of its own.
///
/// How it decides, in rounds until nothing more changes (one round per layer of damage):
/// 1. In each code page of ``LegacyCodePage/all`` (Windows-1252/Latin-1 first), find the runs of
///    characters whose bytes are well-formed UTF-8 (``MojibakeSequence``), grouped into clusters.
///    A byte lost to U+FFFD or "?" and a no-break space turned into a space are allowed for.
/// 2. Judge each cluster alone (``MojibakeCandidate``): the badness (``MojibakeBadness``) of a
///    few characters around it, before and after decoding, plus what the shape of the sequences says.
///    Correct text that happens to form UTF-8 ("NESTLÉ®", "5×£35", "√π") gains nothing by decoding.
/// 3. Accept a cluster that gains at least its code page's threshold; once the text shows strong
///    mojibake of a code page, a smaller gain is enough there, and lossy sequences are repaired too.
///    Mac OS Roman and code page 437 are decoded only when all of the text's non-ASCII reads that way.
/// 4. Where clusters of several code pages overlap, the one that gains most wins.
///
/// Then a word "à" whose no-break space became a space ("voilÃ le", "Ã perturber") and a "Â "
/// are repaired where the text allows, and C1 controls left over become the Windows-1252 characters
/// they stood for ("\u{93}" → “). Each repair reports the damaged text it replaced.
public enum MojibakeRepair {
    /// Repairs the mojibake in `text`.
    public static func repair(_ text: String) -> RepairedText {
        var tracked = TrackedText(text)
        repair(&tracked, outside: MojibakeTally())
        return tracked.repairedText
    }

    /// Repairs the mojibake in `tracked`, a text that lies among more text of the tally `outside`
    /// (see ``RepairWindows``), which is left as it is.
    static func repair(_ tracked: inout TrackedText, outside: MojibakeTally) {
        let pages = LegacyCodePage.all
        var evidence = Array(repeating: 0, count: pages.count)
        var decodedExtendedLatin = false
        for _ in 0..<12 {
            let scalars = tracked.scalars
            let chosen = candidates(in: scalars, evidence: evidence, outside: outside)
            guard !chosen.isEmpty else { break }
            for candidate in chosen {
                evidence[candidate.pageIndex] += 1
                decodedExtendedLatin = decodedExtendedLatin
                    || candidate.decoded.contains { (0x100..<0x180).contains($0.value) && MojibakeCharacter.kind($0).isLetter }
            }
            tracked.apply(chosen.map { .init(range: $0.range, scalars: $0.decoded, kind: .mojibake) })
        }
        let extendedLatin = decodedExtendedLatin && !outside.hasNordicLetter
            && !tracked.scalars.contains { $0.value >= 0xC5 && MojibakeTally.nordicLetters.contains($0) }
        tracked.apply(spacedWordRepairs(in: tracked.scalars, evidence: evidence, extendedLatin: extendedLatin))
        tracked.apply(c1ControlRepairs(in: tracked.scalars))
    }

    /// The clusters of one round that are repaired, in text order, none overlapping.
    private static func candidates(
        in scalars: [Unicode.Scalar], evidence: [Int], outside: MojibakeTally
    ) -> [MojibakeCandidate] {
        let tally = outside.adding(scalars)
        let badness = MojibakeBadness(documentScripts: tally.prominentScripts)
        let nonASCII = tally.nonASCII
        guard nonASCII > 0 else { return [] }
        var perPage: [(index: Int, candidates: [MojibakeCandidate])] = []
        for index in LegacyCodePage.all.indices {
            let clusters = MojibakeSequence.clusters(in: scalars, page: LegacyCodePage.all[index])
            guard !clusters.isEmpty else { continue }
            let covered = clusters.reduce(0) { total, cluster in
                total + cluster.reduce(0) { $0 + scalars[$1.range].count { $0.value >= 0x80 } }
            }
            let isMixed = nonASCII > covered
            if LegacyCodePage.all[index].needsWholeText && isMixed { continue }
            let candidates = clusters.map {
                MojibakeCandidate(pageIndex: index, sequences: $0, text: scalars, isMixed: isMixed, badness: badness)
            }
            perPage.append((index, candidates))
        }
        var accepted: [(candidate: MojibakeCandidate, pageScore: Int)] = []
        for (index, candidates) in perPage {
            let page = LegacyCodePage.all[index]
            let pageScore = candidates.reduce(0) { $0 + max($1.gain, 0) }
            if page.needsWholeText {
                guard wholeTextReads(candidates, score: pageScore, page: page, in: scalars) else { continue }
                for candidate in candidates {
                    if case .normal = candidate.shape { accepted.append((candidate, pageScore)) }
                }
                continue
            }
            let strong = candidates.count(where: \.isStrong) + evidence[index]
            for candidate in candidates {
                let otherEvidence = strong - (candidate.isStrong ? 1 : 0) > 0
                let isAccepted: Bool
                switch candidate.shape {
                case .normal: isAccepted = candidate.gain >= (otherEvidence ? 1 : page.threshold)
                case .lossy: isAccepted = candidate.gain >= (otherEvidence ? 0 : page.threshold + 1)
                case .questionMark(let usable): isAccepted = usable && otherEvidence && candidate.gain >= 0
                case .ambiguous: isAccepted = otherEvidence && candidate.gain >= 1
                case .spaced: isAccepted = false
                }
                if isAccepted { accepted.append((candidate, pageScore)) }
            }
        }
        accepted.sort {
            let margins = ($0.candidate.gain - $0.candidate.page.threshold, $1.candidate.gain - $1.candidate.page.threshold)
            if margins.0 != margins.1 { return margins.0 > margins.1 }
            if $0.pageScore != $1.pageScore { return $0.pageScore > $1.pageScore }
            return $0.candidate.pageIndex < $1.candidate.pageIndex
        }
        var chosen: [MojibakeCandidate] = []
        var taken = Array(repeating: false, count: scalars.count)
        for (candidate, _) in accepted where !taken[candidate.range].contains(true) {
            chosen.append(candidate)
            for index in candidate.range { taken[index] = true }
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a rare code page explains the text: every cluster gains, together enough, and a
    /// lone two-character cluster touches a letter (so "`¬´" in a face stays).
    private static func wholeTextReads(
        _ candidates: [MojibakeCandidate], score: Int, page: LegacyCodePage, in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard !candidates.contains(where: { $0.gain < 0 }), score >= page.threshold else { return false }
        if candidates.count == 1, let only = candidates.first, only.sequences.count == 1 {
            let range = only.range
            let neighbours = [range.lowerBound > 0 ? scalars[range.lowerBound - 1] : nil,
                              range.upperBound < scalars.count ? scalars[range.upperBound] : nil]
            return neighbours.contains { $0.map { MojibakeCharacter.kind($0).isLetter } ?? false }
        }
        return true
    }

    /// A lead before a space that stood for a no-break space (byte 0xA0), outside a cluster:
    /// - "Ã " after a lowercase letter ends a word in "à" (voilÃ le → voilà le); the space stays.
    /// - Where the code page shows mojibake, a standalone "Ã " before a lowercase Latin word is the
    ///   word "à" (à perturber), joined to "s " and "quel…"/"quil…" (às, àquele); "Â " after anything
    ///   but a capital is a no-break space; and "Å " before a word is "Š" where the text's repairs
    ///   are Latin Extended-A letters and it has no å, æ or ø (in Nordic text "Å" is a word).
    private static func spacedWordRepairs(
        in scalars: [Unicode.Scalar], evidence: [Int], extendedLatin: Bool
    ) -> [TrackedText.Replacement] {
        var replacements: [TrackedText.Replacement] = []
        var index = 0
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index].value >= 0x80, scalars[index + 1] == " " else { continue }
            let previous: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
            let next: Unicode.Scalar? = index + 2 < scalars.count ? scalars[index + 2] : nil
            for (pageIndex, page) in LegacyCodePage.all.enumerated() where !page.needsWholeText && page.readsA0AsNoBreakSpace {
                guard let lead = page.byte(for: scalars[index]), [0xC2, 0xC3, 0xC5].contains(lead) else { continue }
                let decoded = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | 0x20)!
                if let replacement = spacedWord(
                    at: index, lead: lead, decoded: decoded, page: page, previous: previous, next: next,
                    hasEvidence: evidence[pageIndex] > 0, extendedLatin: extendedLatin, scalars: scalars)
                {
                    replacements.append(replacement)
                    index = replacement.range.upperBound - 1
                    break
                }
            }
        }
        return replacements
    }

    /// The repair of the lead at `index` followed by a space, if a rule of ``spacedWordRepairs(in:evidence:extendedLatin:)`` applies.
    private static func spacedWord(
        at index: Int, lead: UInt8, decoded: Unicode.Scalar, page: LegacyCodePage, previous: Unicode.Scalar,
        next: Unicode.Scalar?, hasEvidence: Bool, extendedLatin: Bool, scalars: [Unicode.Scalar]
    ) -> TrackedText.Replacement? {
        let previousKind = MojibakeCharacter.kind(previous)
        if lead == 0xC3, page.isLatin, previousKind.isLowercase {
            let end = next == " " ? index + 3 : index + 2
            return .init(range: index..<end, scalars: [decoded, " "], kind: .mojibake)
        }
        guard hasEvidence else { return nil }
        if let next, " '\u{2019}(\n".unicodeScalars.contains(previous), MojibakeCharacter.kind(next).isLowercase,
            page.isLatin || MojibakeCharacter.script(next) == .latin
        {
            if lead == 0xC3 {
                let rest = String(String.UnicodeScalarView(scalars[(index + 2)..<min(scalars.count, index + 8)]))
                let joins = rest.hasPrefix("s ") || rest.hasPrefix("quel") || rest.hasPrefix("quil")
                return .init(range: index..<(index + 2), scalars: joins ? [decoded] : [decoded, " "], kind: .mojibake)
            }
            if lead == 0xC5 && extendedLatin {
                return .init(range: index..<(index + 2), scalars: [decoded], kind: .mojibake)
            }
        }
        if lead == 0xC2, page.isLatin, !previousKind.isUppercase {
            return .init(range: index..<(index + 2), scalars: [decoded], kind: .mojibake)
        }
        return nil
    }

    /// C1 controls (U+0080–U+009F), which no real text holds, as the Windows-1252 characters of their bytes.
    private static func c1ControlRepairs(in scalars: [Unicode.Scalar]) -> [TrackedText.Replacement] {
        scalars.indices.compactMap { index in
            let value = scalars[index].value
            guard (0x80...0x9F).contains(value) else { return nil }
            let character = Windows1252.scalar(for: UInt8(value))
            guard character.value != value else { return nil }
            return .init(range: index..<(index + 1), scalars: [character], kind: .mojibake)
        }
    }
}
