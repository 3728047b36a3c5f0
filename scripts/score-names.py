#!/usr/bin/env python3
"""Name accuracy: does Lede show the right person for a quote? Scored on a hand-made gold.

  scripts/score-names.py SHARED_QUOTES_DIR PRED.jsonl [--split tune|aside] [--errors N] [--json]

SHARED_QUOTES_DIR holds polnear-train.jsonl, its unattributed segments and score.py (this
script reuses score.py's loader, overlap rule, greedy matching and normalisation). PRED.jsonl
is run_lede.py's output, one {"id", "quotes": [{"start","end","speaker","speakerName"}]} a line.

The gold is scripts/name-gold-tune.jsonl and scripts/name-gold-aside.jsonl (docs/speaker-names.md):
for 50 + 20 documents chosen by a fixed rule (scripts/name-gold-select.py), every gold quote's
`speaker_name` written by hand as the fullest name the article gives. Those names are merged into
the full PolNeAR gold of those documents; Lede's quotes are matched to gold quotes as score.py
does (>= 50 % overlap, greedy one-to-one); only matched quotes whose gold name is not empty count.

"Right person" (the pane shows speakerName; both names are normalised like score.py: NFKD,
lowercase, possessive 's and punctuation dropped, leading titles and determiners dropped, and
here also one-letter initials, a few more titles and leading connectors dropped, so "Mr. Comey" = "But Mr. Comey" =
"comey", "Donald J. Trump" = "donald trump"):
  - gold a name (person or organisation): the shown name's tokens are a subset of the gold name's
    ("Clinton", "Hillary", "Hillary Clinton" for "Hillary Clinton"), or the gold name's tokens
    are a subset of the shown name's with the same last token ("Barack Obama" where the article
    only says "Obama") -- unless the shown tokens also fit another person of the same document
    (another gold name, or a name listed in the document's "others": "Clinton" where Bill Clinton
    is also named, "Khan" where Khizr and Ghazala Khan both speak): that counts as AMBIGUOUS,
    not right. Equal last tokens alone (score.py's "name acc") would accept "Clinton" for Bill.
  - gold a description (someone never named, a document, a poll): the shown phrase has the
    description's head noun ("the spokesman" for "a spokesman for Platte River", "Aides" for
    "Jeb Bush's aides"; the head is the last word before of/for/at/with/who..., or the last word).
  - either: a name listed in the gold quote's "also" (the company of an unnamed spokesman, the
    author of an unnamed document) is right too, by the name rule.
Shown names that are neither right nor ambiguous are classified:
  UNSURE  -- a pronoun ("he"), or a description ("the official": its head word is lower-case,
             or a capitalised office or party word: "Utah Republican", "Justice"),
             where the gold has a name, or a pronoun where the gold is a description: the reader
             shows the phrase, not the person (not wrong, but not right);
  NONE    -- no speaker at all;
  WRONG   -- another name, or a description with another head.
name acc = RIGHT / (matched quotes with a gold name). score.py is also run on the merged gold,
for its own "name acc" (equal last token), for comparison.
Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ("tune", "aside")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
               "our", "my", "your", "some", "many", "most", "several", "other", "another", "one",
               # sentence connectors a shown name sometimes starts with ("But Mr. Comey")
               "but", "and", "though", "although", "as", "so", "yet", "then", "when", "while",
               "meanwhile", "also", "still", "instead", "however", "if"}
# titles and roles score.py keeps ("state Sen. Jason Holsman", "Mister Rogers", "Chairman Jason Chaffetz")
TITLES = {"mister", "state", "chairman", "chairwoman", "speaker", "archbishop", "bishop", "rabbi",
          "ambassador", "commissioner", "leader", "majority", "minority", "house", "senate", "us",
          "attorney", "general", "spokesman", "spokeswoman", "journalist", "actress", "actor", "dj",
          "republican", "democrat", "democratic", "gop", "donor", "candidate", "nominee", "billionaire"}
# capitalised words that head a description, not a name ("the Utah Republican", "Justice")
DESCRIPTION_HEADS = {"republican", "republicans", "democrat", "democrats", "justice", "senator",
                     "president", "governor", "secretary", "congressman", "congresswoman"}
POSTMOD = re.compile(r"\s+(?:of|at|from|for|with|in|on|to|who|which|that|whose)\s+.*$", re.I | re.S)
KINDS = ("person", "org", "description")


def toks(score, s):
    t = score.norm_tokens(s)
    while len(t) > 1 and (t[0] in DETERMINERS or t[0] in score.LEADING or t[0] in TITLES):
        t.pop(0)
    if len(t) > 1:
        t = [x for x in t if len(x) > 1] or t
    return t


def heads(score, description):
    """Head noun of a description -- last token before a post-modifier or relative clause --
    and its last token ("a source familiar with the investigation": familiar, investigation)."""
    core = POSTMOD.sub("", description.split(",")[0].strip()) or description
    return {t[-1] for t in (toks(score, core), toks(score, description)) if t}


def is_pronoun(score, s):
    t = score.norm_tokens(s)
    return len(t) == 1 and t[0] in score.PRONOUNS | {"whom", "whose", "most", "some", "many", "all"}


def is_description(s):
    """A phrase whose head word is lower-case: "the official", "the Florida senator", "aides to Jeb Bush"."""
    core = POSTMOD.sub("", (s or "").split(",")[0].strip())
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", core)]
    return bool(words) and (words[-1][0].islower() or words[-1].lower() in DESCRIPTION_HEADS)


def name_fits(score, shown, name):
    p, g = set(toks(score, shown)), toks(score, name)
    if not p or not g:
        return False
    return p <= set(g) or (set(g) <= p and toks(score, shown)[-1] == g[-1])


def classify(score, gq, shown, others):
    """RIGHT, AMBIGUOUS, UNSURE, NONE or WRONG for one matched quote."""
    if not shown.strip():
        return "NONE"
    gold, kind = gq["speaker_name"], gq.get("kind", "person")
    also = gq.get("also", [])
    if is_pronoun(score, shown):
        return "UNSURE"
    if kind == "description":
        if heads(score, shown) & heads(score, gold) or any(name_fits(score, shown, a) for a in also):
            return "RIGHT"
        return "WRONG"
    if name_fits(score, shown, gold) or any(name_fits(score, shown, a) for a in also):
        p = set(toks(score, shown))
        rivals = [o for o in others if o != gold and not name_fits(score, o, gold)]
        if any(p <= set(toks(score, o)) for o in rivals):
            return "AMBIGUOUS"
        return "RIGHT"
    if is_description(shown):
        return "UNSURE"
    return "WRONG"


def load_names(part):
    path = os.path.join(HERE, f"name-gold-{part}.jsonl")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d
    return out


def merge(gold_doc, names_doc):
    """The full gold document with the hand-written names (and kinds) put on its quotes."""
    by_span = {(q["start"], q["end"]): q for q in names_doc["quotes"]}
    doc = dict(gold_doc)
    doc["quotes"] = []
    for q in gold_doc["quotes"]:
        n = by_span.get((q["start"], q["end"]))
        if n is None:
            sys.exit(f"{gold_doc['id']}: gold quote [{q['start']},{q['end']}) has no hand-written name")
        doc["quotes"].append(dict(q, speaker_name=n["speaker_name"], kind=n.get("kind", "person"),
                                  also=n.get("also", [])))
    if len(by_span) != len(gold_doc["quotes"]):
        sys.exit(f"{gold_doc['id']}: the name gold has spans that are not gold quotes")
    return doc


def score_part(score, gold, names, pred, errors):
    c = {k: 0 for k in ("docs", "gold", "matched", "empty_gold", "scored", "RIGHT", "AMBIGUOUS",
                        "UNSURE", "NONE", "WRONG", "docs_missing")}
    by_kind = {k: [0, 0] for k in KINDS}
    by_phrase = {"name": [0, 0], "pronoun or description": [0, 0]}
    for did, nd in names.items():
        if did not in gold:
            sys.exit(f"{did}: not in polnear-train.jsonl")
        doc = merge(gold[did], nd)
        text, gq = doc["text"], doc["quotes"]
        c["docs"] += 1
        c["gold"] += len(gq)
        if did not in pred:
            c["docs_missing"] += 1
        pq = [p for p in pred.get(did, {}).get("quotes", [])
              if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
              and 0 <= p["start"] < p["end"] <= len(text)]
        people = {q["speaker_name"] for q in gq if q["speaker_name"] and q["kind"] != "description"}
        others = sorted(people | set(nd.get("others", [])))
        for i, j in score.greedy(gq, pq):
            g, p = gq[i], pq[j]
            c["matched"] += 1
            if not g["speaker_name"]:
                c["empty_gold"] += 1
                continue
            c["scored"] += 1
            shown = p.get("speakerName") or ""
            verdict = classify(score, g, shown, others)
            c[verdict] += 1
            by_kind[g["kind"]][0] += verdict == "RIGHT"
            by_kind[g["kind"]][1] += 1
            phrase = "pronoun or description" if (is_pronoun(score, g.get("speaker", "")) or
                                                 is_description(g.get("speaker", ""))) else "name"
            by_phrase[phrase][0] += verdict == "RIGHT"
            by_phrase[phrase][1] += 1
            if verdict != "RIGHT":
                errors.append((verdict, did, g, p, text))
    return c, by_kind, by_phrase


def run_score_py(quotes_dir, gold, names_by_part, pred_path):
    """score.py on the merged gold of the annotated documents: its own name acc."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for names in names_by_part.values():
            for did, nd in names.items():
                doc = merge(gold[did], nd)
                doc["quotes"] = [{k: q[k] for k in ("text", "start", "end", "speaker", "speaker_name")}
                                 for q in doc["quotes"]]
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        merged = f.name
    try:
        out = subprocess.run([sys.executable, os.path.join(quotes_dir, "score.py"), merged, pred_path,
                              "--ignore", os.path.join(quotes_dir, "polnear-train.unattributed.jsonl")],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(merged)
    m = re.search(r"speaker acc ([\d.]+) \((\d+)/(\d+)\).*name acc ([\d.]+|\s*n/a) \((\d+)/(\d+)\)", out)
    return out, m


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("quotes_dir", metavar="SHARED_QUOTES_DIR")
    ap.add_argument("pred", metavar="PRED.jsonl")
    ap.add_argument("--split", choices=PARTS, help="one part only (default: each part, then both)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N quotes not scored right")
    ap.add_argument("--json", action="store_true", help="JSON summary on stdout, table on stderr")
    args = ap.parse_args()

    sys.path.insert(0, os.path.abspath(args.quotes_dir))
    import score  # the set's own scorer: load, norm_tokens, PRONOUNS, greedy

    gold = score.load(os.path.join(args.quotes_dir, "polnear-train.jsonl"))
    pred = score.load(args.pred)
    parts = [args.split] if args.split else list(PARTS)
    names_by_part = {part: load_names(part) for part in parts}
    out = sys.stderr if args.json else sys.stdout
    f3 = lambda n, d: f"{n / d:.3f} ({n}/{d})" if d else "  n/a"  # noqa: E731
    summary, errors = {}, []
    rows = [(part, {part: names_by_part[part]}) for part in parts]
    if len(parts) > 1:
        rows.append(("both", names_by_part))
    for label, by_part in rows:
        names = {did: nd for nb in by_part.values() for did, nd in nb.items()}
        errs = []
        c, by_kind, by_phrase = score_part(score, gold, names, pred, errs)
        if label != "both":
            errors += errs
        s = c["scored"]
        print(f"== speaker names, {label}: {c['docs']} documents, {c['gold']} gold quotes, "
              f"{c['matched']} matched by Lede ({c['empty_gold']} with no gold name, not scored)", file=out)
        print(f"  name acc {f3(c['RIGHT'], s)}   [right person shown]", file=out)
        for k in ("AMBIGUOUS", "UNSURE", "NONE", "WRONG"):
            print(f"    {k.lower():9} {c[k]:4d}  {c[k] / s if s else 0:6.1%}", file=out)
        print("  by gold: " + ", ".join(f"{k} {f3(*v)}" for k, v in by_kind.items() if v[1]), file=out)
        print("  by PolNeAR speaker phrase: " + ", ".join(f"{k} {f3(*v)}" for k, v in by_phrase.items() if v[1]),
              file=out)
        if c["docs_missing"]:
            print(f"  WARNING {c['docs_missing']} documents have no prediction", file=out)
        summary[label] = {"counts": c, "name_acc": c["RIGHT"] / s if s else None,
                          "by_kind": by_kind, "by_phrase": by_phrase}
    text, m = run_score_py(args.quotes_dir, gold, names_by_part, args.pred)
    if m:
        print(f"  score.py on the same merged gold ({'+'.join(parts)}): speaker acc {m.group(1)} "
              f"({m.group(2)}/{m.group(3)}), name acc {m.group(4).strip()} ({m.group(5)}/{m.group(6)}) "
              f"[equal last token]", file=out)
        summary["score_py"] = {"speaker_acc": float(m.group(1)),
                               "name_acc": float(m.group(4)) if m.group(4).strip() != "n/a" else None}
    else:
        print(text, file=out)
    if args.errors:
        errors.sort(key=lambda e: (e[0], e[1], e[2]["start"]))
        step = max(1, len(errors) // args.errors)
        print(f"\n== not right: {len(errors)} (every {step}th of them, by kind)", file=out)
        for verdict, did, g, p, text in errors[::step][:args.errors]:
            print(f"  {verdict:9} {did[:40]} [{g['start']},{g['end']}) {text[g['start']:g['end']][:60]!r}\n"
                  f"            gold {g['speaker_name']!r} ({g['kind']}; PolNeAR {g['speaker']!r})  "
                  f"shown {p.get('speakerName', '')!r} (phrase {p.get('speaker', '')!r})", file=out)
    if args.json:
        print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
