#!/usr/bin/env python3
"""Would a learned decision repair the lone "â" better than the rules? A study, by document.

  scripts/repair-model-study.py LEDE EVAL_DIR [--folds 5]

Every curly mark and dash in clean text is an example of what an "â" there stood for. This
script takes them from the two tuning sets of scripts/score-repair.py (quotes-tune and the
html bodies; the quotes aside part is never read), for the two decisions the rules leave
uncertain (docs/evaluation.md, repair):
  - opening: a quotation opened with nothing open, in single marks (‘) or double ones (“);
  - spaced: a mark set apart by blanks with no quotation set apart open, a quotation mark or a dash.
Each example's features are those a repair could see at that point: the repaired text before the
mark (here the clean text), the damaged text after it (damage.py's damage), and the document's
own marks seen so far. A logistic regression (standard library, fixed seeds) is trained and
scored out of fold, folds by document. Its choices are set against the rules' (LEDE run on the
damaged copies, read at the same characters), alone and as an override of the rules when it
is confident. Prints one table per decision. Standard library only.
"""
import argparse, collections, hashlib, importlib.util, math, os, random, sys, tempfile, tomllib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTES, DASHES = set("“”‘’„"), set("–—―")
OPENING_CONTEXT = set("([{:>—–“‘\u202a")
CONTRACTIONS = {"s", "d", "re", "ve", "ll", "m", "t"}


def load(path, name):
    """The module at `path` (the scripts' names hold hyphens, so no plain import)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def damage(text):
    """The text as damage.py leaves it: UTF-8 read as Latin-1, C1 controls dropped."""
    return "".join(c for c in text.encode("utf-8").decode("latin-1") if not "\x80" <= c <= "\x9f")


def is_letter(c):
    """Whether `c` is a letter; the stranded mark counts as none, as in StrandedMarkContext."""
    return c is not None and c.isalpha() and c != "â"


def is_blank(c):
    """Whether `c` is white space within a line."""
    return c is not None and c != "\n" and c.isspace()


def char_class(c):
    """`c` as a feature: U or L for a letter by case, D a digit, B a blank, end none, else itself."""
    if c is None:
        return "end"
    if c.isalpha():
        return "U" if c.isupper() else "L"
    return "D" if c.isdigit() else "B" if is_blank(c) else c


def following_word(text):
    """The letters that start `text`, in lower case."""
    word = ""
    for c in text:
        if not is_letter(c):
            break
        word += c
    return word.lower()


def bucket(n):
    """A count of words as a feature: 1, 2, 3, 4-6, 7+ or none."""
    if n is None:
        return "none"
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4-6" if n <= 6 else "7+"


def mark_ahead(line):
    """The first mark ahead on the damaged `line` that is no apostrophe between letters: its kind
    (set apart, closing, opening, none), the words before it and the characters after and before it."""
    words, in_word = 0, False
    for i, c in enumerate(line):
        if c == "â":
            p = line[i - 1] if i else None
            n = line[i + 1] if i + 1 < len(line) else None
            if not (is_letter(p) and (is_letter(n) or following_word(line[i + 1:]) in CONTRACTIONS)):
                kind = ("apart" if is_blank(p) and (n is None or is_blank(n))
                        else "closing" if p is not None and not is_blank(p) else "opening")
                return kind, words + in_word, n, p
        if c.isspace():
            words, in_word = words + in_word, False
        else:
            in_word = True
    return "none", None, None, None


def word_before(before):
    """The letters right before the blank that ends `before`, in lower case."""
    text = before[:-1]
    start = len(text)
    while start and is_letter(text[start - 1]):
        start -= 1
    return text[start:].lower()


def sets_punctuation_outside(damaged):
    """SpacedDash's document test: a mark after a letter other than s before a comma or full stop."""
    return any(damaged[i] == "â" and damaged[i + 1] in ",." and is_letter(damaged[i - 1]) and damaged[i - 1] not in "sS"
               for i in range(1, len(damaged) - 1))


def examples(text, phrase_words, lead_words):
    """The (decision, features, label, index) examples of one clean document; label 1 is a single
    mark (opening) or a quotation mark (spaced), index the mark's place in `text`."""
    found = []
    outside = ["doc.outside"] if sets_punctuation_outside(damage(text)) else []
    seen = collections.Counter()
    offset = 0
    for line in text.split("\n"):
        stack, apart = [], None
        for i, c in enumerate(line):
            p = line[i - 1] if i else None
            n = line[i + 1] if i + 1 < len(line) else None
            after = damage(line[i + 1:]) if c in QUOTES | DASHES else ""
            spaced = is_blank(p) and (n is None or is_blank(n)) and c in QUOTES | DASHES
            if spaced and apart is None:
                kind, words, beyond, _ = mark_ahead(after)
                state = "open" if stack else "none"
                lead, next_word = word_before(line[:i]), following_word(after.lstrip())
                features = ["bias", "state=" + state, "lead=" + lead, "leadc=" + char_class(line[i - 2] if i > 1 else None),
                            "nextc=" + char_class(after[1] if len(after) > 1 else None), "next=" + next_word,
                            "ahead=" + kind, "ahead.words=" + bucket(words), "ahead.nextc=" + char_class(beyond),
                            "state.ahead=" + state + kind]
                features += ["next.phrase"] * (next_word in phrase_words) + ["lead.listed"] * (lead in lead_words)
                features += ["seen." + k for k in ("quote", "dash") if seen[k]] + outside
                found.append(("spaced", features, int(c in QUOTES), offset + i))
            if spaced:
                seen["quote" if c in QUOTES else "dash"] += 1
            opens_word = p is None or is_blank(p) or p in OPENING_CONTEXT
            single = c == "‘" and opens_word and n is not None and not is_blank(n) and not n.isdigit()
            if c in "“„" or single or (spaced and c in "“‘"):
                if not stack and opens_word and not spaced:
                    kind, words, beyond, last = mark_ahead(after)
                    features = ["bias", "lead=" + (word_before(line[:i]) if p is not None else ""),
                                "prev=" + char_class(p), "span=" + bucket(words), "nextc=" + char_class(n)]
                    features += ["close.inside"] * (kind == "closing" and last in ".,?!")
                    features += ["close.outside"] * (kind == "closing" and beyond is not None and beyond in ".,;:?!")
                    total = seen["S"] + seen["D"]
                    features += ["seen=" + ("none" if not total else "S" if seen["S"] > seen["D"] else "D")] + outside
                    found.append(("opening", features, int(c == "‘"), offset + i))
                    seen["S" if c == "‘" else "D"] += 1
                stack.append(c)
                if spaced:
                    apart = len(stack)
            elif c in "”’" and stack and (c == "”" or n is None or not is_letter(n)):
                if c == "’" and stack[-1] != "‘" and is_letter(p) and is_letter(n):
                    continue
                stack.pop()
                if apart is not None and len(stack) < apart:
                    apart = None
        offset += len(line) + 1
    return found


def train(rows, epochs=30, l2=1e-3, rate=0.3):
    """Logistic regression by stochastic gradient descent, shuffled with fixed seeds."""
    weights = collections.defaultdict(float)
    rows = list(rows)
    for epoch in range(epochs):
        random.Random(epoch).shuffle(rows)
        for features, label in rows:
            gradient = probability(weights, features) - label
            for name in features:
                weights[name] -= rate * (gradient + l2 * weights[name])
    return weights


def probability(weights, features):
    """The model's probability of label 1 for `features`."""
    score = sum(weights.get(name, 0.0) for name in features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("eval_dir")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    score = load(os.path.join(HERE, "score-repair.py"), "score_repair")
    runner = load(os.path.join(args.eval_dir, "quotes", "run_lede.py"), "run_lede")
    words = tomllib.load(open(os.path.join(HERE, "..", "Sources", "LedeKit", "Resources", "words.toml"), "rb"))
    phrase_words = set().union(*(words.get(key, []) for key in (
        "determiners", "pronouns", "possessivePronouns", "openingPrepositions", "subordinators", "clauseOpeners",
        "auxiliaries")))
    lead_words = set(words["spacedQuotationLeads"]) | set(words["termMarkers"])
    rows = []  # (set, document, decision, features, label, rules' choice)
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("quotes-tune", "html"):
            folder = os.path.join(scratch, name)
            score.damage_set(args.eval_dir, score.documents(args.eval_dir, name), folder)
            ids = sorted(f[:-len(".damaged.txt")] for f in os.listdir(folder) if f.endswith(".damaged.txt"))
            results = runner.analyze(os.path.abspath(args.lede), [os.path.join(folder, i + ".damaged.txt") for i in ids])
            for doc_id, result in zip(ids, results):
                text = open(os.path.join(folder, doc_id + ".orig.txt"), encoding="utf-8").read()
                got = "".join(unicodedata.normalize("NFC", result.get("text", "")).split())
                compared = {k: n for n, k in enumerate(k for k, ch in enumerate(text) if not ch.isspace())}
                aligned = len(got) == len(compared)
                for decision, features, label, index in examples(text, phrase_words, lead_words):
                    rules = got[compared[index]] if aligned else None
                    rows.append((name, doc_id, decision, features, label, rules))
    fold = lambda doc_id: int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % args.folds
    for decision, rules_say_one in (("opening", lambda ch: ch in "‘‚"), ("spaced", lambda ch: ch in QUOTES | {"„"})):
        chosen = [row for row in rows if row[2] == decision and row[5] is not None]
        predicted = [0.0] * len(chosen)
        for k in range(args.folds):
            weights = train((row[3], row[4]) for row in chosen if fold(row[1]) != k)
            for n, row in enumerate(chosen):
                if fold(row[1]) == k:
                    predicted[n] = probability(weights, row[3])
        positives = collections.Counter(row[0] for row in chosen if row[4])
        totals = collections.Counter(row[0] for row in chosen)
        print(f"{decision}: " + ", ".join(f"{name} {totals[name]} examples, {positives[name]} of label 1"
                                          for name in ("quotes-tune", "html")))
        print(f"  {'who decides':34} {'quotes-tune wrong':>18} {'html wrong':>11}")

        def wrong(choose):
            counts = collections.Counter(row[0] for row, p in zip(chosen, predicted) if choose(row, p) != row[4])
            return f"{counts['quotes-tune']:>18} {counts['html']:>11}"
        print(f"  {'rules':34} " + wrong(lambda row, p: int(rules_say_one(row[5]))))
        for threshold in (0.5, 0.7, 0.9):
            print(f"  {'model alone, 1 above ' + str(threshold):34} " + wrong(lambda row, p: int(p > threshold)))
            print(f"  {'rules, model overrides above ' + str(threshold):34} "
                  + wrong(lambda row, p: 1 if p > threshold else int(rules_say_one(row[5]))))


if __name__ == "__main__":
    main()
