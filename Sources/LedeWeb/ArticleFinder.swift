/// Finds the article among a page's paragraphs, as reader modes do: paragraphs of prose score
/// the elements around them, the best-scoring element is the article, and its siblings that
/// score near it or read as prose join it; inside, link lists and elements named like page
/// furniture are left out.
///
/// Every step is one pass over the elements or the paragraphs, so the cost is linear in the
/// page's size.
struct ArticleFinder {
    let tree: PageTree

    /// The shortest paragraph that scores the elements around it, in scalars.
    static let scoringLength = 25
    /// How many levels of elements above a paragraph it scores, and the share each one gets.
    static let levelShares: [Double] = [1, 1.0 / 2, 1.0 / 6]
    /// What an element's tag adds to its score before any paragraph does.
    static let tagScores: [String: Double] = [
        "div": 5, "article": 8, "main": 3, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
        "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "th": -5, "table": -2,
        "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5,
    ]
    /// What each positive (or negative) hint in an element's class and id adds (or takes away).
    static let hintScore = 25.0

    /// Sums over each element's subtree: scalars, scalars in links, commas, paragraphs, list
    /// items, scalars in block quotes.
    struct Totals {
        var length = 0, linkLength = 0, commas = 0, paragraphs = 0, listItems = 0, quotedLength = 0

        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    }

    /// The shortest article, in scalars, found among likely elements before the unlikely ones
    /// are searched too.
    static let shortArticle = 500

    /// The indices of the blocks that make up the article, in page order; every block when the
    /// page has no element worth choosing. Paragraphs in elements named unlikely score only when
    /// the others give a short article.
    func articleBlocks() -> [Int] {
        guard !tree.elements.isEmpty else { return [] }
        let totals = subtreeTotals()
        let likely = articleBlocks(totals: totals, searchingUnlikely: false)
        let likelyLength = length(of: likely)
        guard likelyLength < Self.shortArticle else { return likely }
        let all = articleBlocks(totals: totals, searchingUnlikely: true)
        if length(of: all) > likelyLength { return all }
        if !likely.isEmpty { return likely }
        // Nothing scored: every paragraph that is not mostly links.
        return tree.blocks.indices.filter { tree.blocks[$0].linkLength * 2 <= tree.blocks[$0].length }
    }

    /// Whether block `index` credits the block quote right before it (`[Harbour Weekly]`,
    /// `— Island Review`): a short line opening with a dash or set in brackets, kept with the
    /// quote although it is mostly, or all, a link to the source.
    private func isCredit(_ index: Int) -> Bool {
        let block = tree.blocks[index]
        guard index > 0, tree.blocks[index - 1].quoted, !block.quoted, block.length <= Self.longestCredit else { return false }
        let text = block.text.trimmingCharacters(in: .whitespaces)
        return text.hasPrefix("[") && text.hasSuffix("]") || ["\u{2014}", "\u{2013}", "-"].contains { text.hasPrefix($0) }
    }

    /// The longest credit line kept with a block quote, in scalars.
    static let longestCredit = 60

    /// How many scalars the blocks `indices` hold.
    private func length(of indices: [Int]) -> Int {
        indices.reduce(0) { $0 + tree.blocks[$1].length }
    }

    private func articleBlocks(totals: [Totals], searchingUnlikely: Bool) -> [Int] {
        let elements = tree.elements
        let scores = candidateScores(totals: totals, searchingUnlikely: searchingUnlikely)
        guard let best = scores.indices.filter({ scores[$0] != nil }).max(by: { scores[$0]! < scores[$1]! }) else { return [] }
        let top = climbing(from: sharedAncestor(of: best, scores: scores) ?? best, scores: scores)
        let chosen = chosenElements(top: top, scores: scores, totals: totals)
        let junk = junkElements(within: chosen, top: top, totals: totals)
        var inside = [Bool](repeating: false, count: elements.count)
        for element in chosen {
            for index in element..<max(elements[element].end, element + 1) { inside[index] = true }
        }
        let kept = tree.blocks.indices.filter { index in
            let block = tree.blocks[index]
            guard inside[block.element], !junk[block.element], block.kind != .heading || elements[block.element].name != "h1"
            else { return false }
            return block.linkLength * 2 <= block.length || isCredit(index)
        }
        // A heading heads what follows it: one followed by nothing kept is the title of a list
        // left out ("Tags", "More stories").
        return kept.indices.filter { position in
            let index = kept[position]
            return tree.blocks[index].kind != .heading || (position + 1 < kept.count && kept[position + 1] == index + 1)
        }.map { kept[$0] }
    }

    /// Each element's totals over everything inside it.
    func subtreeTotals() -> [Totals] {
        var totals = [Totals](repeating: Totals(), count: tree.elements.count)
        for block in tree.blocks {
            totals[block.element].length += block.length
            totals[block.element].linkLength += block.linkLength
            totals[block.element].commas += block.commas
            if block.quoted { totals[block.element].quotedLength += block.length }
        }
        for (index, element) in tree.elements.enumerated() {
            if element.name == "p" { totals[index].paragraphs += 1 }
            if element.name == "li" { totals[index].listItems += 1 }
        }
        // Elements come in document order, so each comes after its parent: one backward pass sums.
        for index in tree.elements.indices.reversed() {
            guard let parent = tree.elements[index].parent else { continue }
            totals[parent].length += totals[index].length
            totals[parent].linkLength += totals[index].linkLength
            totals[parent].commas += totals[index].commas
            totals[parent].paragraphs += totals[index].paragraphs
            totals[parent].listItems += totals[index].listItems
            totals[parent].quotedLength += totals[index].quotedLength
        }
        return totals
    }

    /// The score of each element some paragraph scored, weighed down by its links.
    func candidateScores(totals: [Totals], searchingUnlikely: Bool) -> [Double?] {
        var scores = [Double?](repeating: nil, count: tree.elements.count)
        for block in tree.blocks where block.length >= Self.scoringLength && block.kind != .heading && block.kind != .listItem {
            if !searchingUnlikely, tree.elements[block.element].unlikely { continue }
            let points = 1 + Double(block.commas) + min(Double(block.length) / 100, 3)
            // A paragraph scores the element around it; so does the text of an element that holds
            // no other (a `div` used as a `p`). Text beside other elements scores its own.
            let owner = tree.elements[block.element]
            var element: Int? = block.kind == .loose && owner.end > block.element + 1 ? block.element : owner.parent
            for share in Self.levelShares {
                guard let current = element else { break }
                scores[current] = (scores[current] ?? initialScore(current)) + points * share
                element = tree.elements[current].parent
            }
        }
        return scores.indices.map { index in scores[index].map { $0 * (1 - totals[index].linkDensity) } }
    }

    private func initialScore(_ element: Int) -> Double {
        Self.tagScores[tree.elements[element].name, default: 0] + Double(tree.elements[element].hint) * Self.hintScore
    }

    /// How many of the elements scoring near the best one must lie in one element around it for
    /// that element to be the article, and how near is near.
    static let sharedCandidates = 3
    static let nearScore = 0.75
    /// How near an element named as the best one must score to count.
    static let twinScore = 1.0 / 3

    /// The nearest element around `best` that holds at least ``sharedCandidates`` of the five
    /// other elements scoring near it (not counting those around it), or an element named as
    /// `best` is that scores a third of it, when there is one: a story in several parts scores each part about alike.
    func sharedAncestor(of best: Int, scores: [Double?]) -> Int? {
        guard let bestScore = scores[best] else { return nil }
        let others = scores.indices.filter { !($0 <= best && best < tree.elements[$0].end) }
        let near = others.filter { (scores[$0] ?? -.infinity) >= bestScore * Self.nearScore }
            .sorted { scores[$0]! > scores[$1]! }
            .prefix(5)
        let names = tree.elements[best].names
        // The five best twins at most, so that the walk up stays linear in the page's depth.
        let twins = others.filter {
            !names.isEmpty && tree.elements[$0].names == names && (scores[$0] ?? -.infinity) >= bestScore * Self.twinScore
        }.sorted { scores[$0]! > scores[$1]! }.prefix(5)
        guard near.count >= Self.sharedCandidates || !twins.isEmpty else { return nil }
        var current = tree.elements[best].parent
        while let element = current, tree.elements[element].name != "body" {
            let holds = { (candidate: Int) in candidate > element && candidate < self.tree.elements[element].end }
            if near.count(where: holds) >= Self.sharedCandidates || twins.contains(where: holds) { return element }
            current = tree.elements[element].parent
        }
        return nil
    }

    /// `best`, or the element around it that holds more of the article: going up while the
    /// elements score at least a third of `best`, the first that scores more than the one inside
    /// it (a page that splits its story into several blocks scores the blocks and the element
    /// holding them alike).
    func climbing(from best: Int, scores: [Double?]) -> Int {
        let floor = (scores[best] ?? 0) / 3
        var last = scores[best] ?? 0
        var current = tree.elements[best].parent
        while let element = current, tree.elements[element].name != "body" {
            defer { current = tree.elements[element].parent }
            guard let score = scores[element] else { continue }
            if score < floor { break }
            if score > last { return element }
            last = score
        }
        return best
    }

    /// The top element and those of its siblings that belong with it, in page order.
    func chosenElements(top: Int, scores: [Double?], totals: [Totals]) -> [Int] {
        guard let parent = tree.elements[top].parent else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        var lastText = [String?](repeating: nil, count: tree.elements.count)
        for block in tree.blocks { lastText[block.element] = block.text }
        var chosen: [Int] = []
        var child = parent + 1
        while child < tree.elements[parent].end {
            defer { child = max(tree.elements[child].end, child + 1) }
            if child == top {
                chosen.append(child)
                continue
            }
            let sameKind = !tree.elements[top].names.isEmpty && tree.elements[child].names == tree.elements[top].names
            if let score = scores[child], score + (sameKind ? topScore * 0.2 : 0) >= threshold {
                chosen.append(child)
            } else if tree.elements[child].name == "p" || (tree.elements[child].end == child + 1 && tree.elements[child].hint > 0) {
                // A paragraph, or an element holding only text and named like the story's
                // (`<div class="body__paragraph">`): an opening set beside the block that holds the rest.
                let total = totals[child]
                if total.length > 80, total.linkDensity < 0.25 {
                    chosen.append(child)
                } else if total.length > 0, total.linkLength == 0, lastText[child]?.last == "." {
                    chosen.append(child)
                }
            }
        }
        return chosen
    }

    /// For each element, whether it is left out of the article: named unlikely (when the article
    /// is not), named like page furniture, or,
    /// unless it reads as prose, mostly links or more list items than paragraphs.
    func junkElements(within chosen: [Int], top: Int, totals: [Totals]) -> [Bool] {
        var junk = [Bool](repeating: false, count: tree.elements.count)
        for root in chosen {
            for index in root..<max(tree.elements[root].end, root + 1) {
                let element = tree.elements[index]
                if let parent = element.parent, parent >= root, junk[parent] {
                    junk[index] = true
                    continue
                }
                guard index != top, index != root, !isEmbeddedQuote(totals[index]) else { continue }
                junk[index] = (element.unlikely && !tree.elements[top].unlikely) || isJunk(index, totals: totals[index])
            }
        }
        return junk
    }

    /// Whether an element holds nothing but block quotes, which stay in the article whatever
    /// the element is named: an embedded post (`<div class="social-embed"><blockquote>`).
    private func isEmbeddedQuote(_ totals: Totals) -> Bool {
        totals.length > 0 && totals.quotedLength == totals.length
    }

    private func isJunk(_ index: Int, totals: Totals) -> Bool {
        let element = tree.elements[index]
        if element.hint < 0 { return true }
        guard case .container = element.role, totals.commas < 10 else { return false }
        let limit = element.hint > 0 ? 0.5 : 0.2
        if totals.linkDensity > limit { return true }
        let isList = element.name == "ul" || element.name == "ol"
        return !isList && totals.listItems > totals.paragraphs && totals.linkDensity > 0.1
    }
}
