"""Nominalisations to verbs: 'Voor het aanvragen van bijstand kunt u ...' -> 'Om bijstand
aan te vragen kunt u ...'.

The proposer of the `nominalisation` code rule (rewriter/rules.py). Three narrow patterns,
each at the front of a sentence, where the fronted phrase is followed by the finite verb of
the main clause (a comma, a subject pronoun right after the next word, or a known finite
form), so the rest of the sentence keeps its word order:

- 'Voor het <verb> van <object> <finite> ...' -> 'Om <object> <te-verb> <finite> ...'
  ('Voor het in behandeling nemen van uw aanvraag hebben wij ... nodig' -> 'Om uw aanvraag
  te behandelen hebben wij ... nodig'; 'Voor het indienen van een bezwaar heeft u zes
  weken' -> 'Om bezwaar te maken heeft u zes weken');
- 'Ter <-ing> van <object> <finite> ...' -> 'Om <object> <te-verb> <finite> ...', and at the
  end of a sentence '... ter bespreking van uw situatie.' -> '... om uw situatie te
  bespreken.';
- 'Na ontvangst van uw <object> <finite> ...' -> 'Als wij uw <object> hebben ontvangen,
  <finite> ...' (only 'uw': what the reader sends, the sender receives);
- 'Het <act of the reader> van <object> <finite> ...' -> 'Als u <object> <verb>, <finite>
  dat ...' ('Het indienen van een bezwaarschrift schorst de werking van dit besluit niet.'
  -> 'Als u bezwaar maakt, schorst dat de werking van dit besluit niet.'); only acts the
  table marks as the reader's (column als_u); and 'Bij het <act of the reader> van
  <object> <finite> ...' -> 'Als u <object> <verb>, <finite> ...'.

Which nominalisation hides which verb is data (lang/nl/nominal_verbs.tsv), not a guess from
the word's shape ('het voorkomen van' is also 'the occurrence of'). The object is one to
five plain words without a comma, a clause word or a verb. Every proposal is a whole-
sentence rewrite, never applied by default (`safe=False`): it still passes the grammar
check and the fact guard, and a writer reads it before it is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from rewriter.conjugate import third_singular
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "werkwoord"
_ROWS = nl.table("nominal_verbs")
_TE = {tuple(r["phrase"].split()): r["te"] for r in _ROWS}
_ALS_U = {tuple(r["phrase"].split()): r["als_u"] for r in _ROWS if r["als_u"]}
_LONGEST = max(len(k) for k in _TE)
_SUBJECTS = {"u", "wij", "we", "ik", "hij", "zij", "ze", "jij", "je"}
# Finite forms that open a main clause after a fronted phrase without a pronoun next.
_FINITE = {
    "is", "zijn", "heeft", "hebben", "hebt", "wordt", "worden", "kan", "kunt", "kunnen",
    "moet", "moeten", "mag", "mogen", "geldt", "gelden", "krijgt", "krijgen", "ontvangt",
    "ontvangen", "hoeft", "hoeven", "zal", "zullen", "staat", "staan", "vindt", "vinden",
}  # fmt: skip
# Words that end or complicate an object: clause words, 'te', 'om', negation, verbs-to-be.
_NOT_IN_OBJECT = _FINITE | _SUBJECTS - {"u"} | {
    "die", "dat", "wat", "waar", "welke", "als", "of", "omdat", "te", "om", "niet", "geen",
    "en", "door", "zodat", "wanneer", "indien", "nadat", "voordat", "ter",
}  # fmt: skip
_PREPOSITIONS = frozenset(nl.words("prepositions"))  # never the finite verb of a clause
_MAX_OBJECT = 5
# 'Het doorgeven van wijzigingen is belangrijk' is not 'Als u wijzigingen doorgeeft, is dat
# belangrijk': after a copula the predicate judges the act, a condition changes the meaning.
_COPULAS = {"is", "zijn", "wordt", "worden", "blijft", "blijven", "lijkt", "was", "waren", "heet"}
_WHY = "Schrijf met een werkwoord in plaats van een zelfstandig naamwoord: dat leest makkelijker."


def nominal_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer
) -> list[Proposal]:
    """Return verb rewrites for the nominalisation findings that fit a pattern."""
    out: list[Proposal] = []
    seen: set[int] = set()
    for f in findings:
        if f.category != "nominalisation":
            continue
        sentence = letter.sentence_at(f.start)
        if sentence is None or sentence.start in seen:
            continue
        toks = [t for t in letter.doc[sentence.token_start : sentence.token_end] if not t.is_space]
        prop = _rewrite(letter, sentence, toks, f, lem)
        if prop is not None:
            seen.add(sentence.start)
            # the finding's rule: the main tab shows the hint and its rewrite as one row
            out.append(replace(prop, id=f"{f.rule_id}@{sentence.start}#s", rule_id=f.rule_id))
    return out


def _rewrite(
    letter: Letter, sentence: Sentence, toks: list, f: Finding, lem: Lemmatizer
) -> Proposal | None:
    at = next((i for i, t in enumerate(toks) if t.idx == f.start), None)
    if at is None:
        return None
    words = [t.lower_ for t in toks]
    if f.rule_id == "nominalisation.het-infinitief-van" and at == 1 and words[0] == "voor":
        return _om_te(letter, sentence, toks, 0, at + 1, "Om")
    if f.rule_id == "nominalisation.het-infinitief-van" and at == 0:
        return _if_you(letter, sentence, toks, lem)
    if f.rule_id == "nominalisation.het-infinitief-van" and at == 1 and words[0] == "bij":
        return _when_you(letter, sentence, toks)
    if f.rule_id == "nominalisation.ter":
        if at == 0:
            return _om_te(letter, sentence, toks, 0, 1, "Om")
        if at > 1 and toks[at - 1].text != ",":
            return _om_te(letter, sentence, toks, at, at + 1, "om", at_end=True)
    if f.rule_id == "nominalisation.na-ontvangst" and at == 0:
        return _after_receipt(letter, sentence, toks)
    return None


def _phrase(
    words: list[str], i: int, table: dict[tuple[str, ...], str] = _TE
) -> tuple[int, str] | None:
    """The longest table phrase at words[i:]: (its length, the te-part or the u-form)."""
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        te = table.get(tuple(words[i : i + n]))
        if te is not None:
            return n, te
    return None


def _is_finite(tok: Token, lem: Lemmatizer) -> bool:
    """A present-tense singular verb form: 'is', 'kost', 'schorst' (not a noun or adjective)."""
    low = tok.lower_
    if low in _FINITE:
        return True
    if not tok.is_alpha or not tok.is_lower or low in _PREPOSITIONS:
        return False
    verbs = lem.index["verb"]
    return any(v in verbs and third_singular(v) == low for v in lem.lemmas(low))


def _if_you(letter: Letter, sentence: Sentence, toks: list, lem: Lemmatizer) -> Proposal | None:
    """'Het <act of the reader> van OBJ <finite> REST' -> 'Als u OBJ <verb>, <finite> dat REST'
    ('Het indienen van een bezwaarschrift schorst de werking niet.' -> 'Als u bezwaar maakt,
    schorst dat de werking niet.')."""
    words = [t.lower_ for t in toks]
    found = _phrase(words, 1, _ALS_U)
    if found is None or words[0] != "het":
        return None
    n, verb = found
    after = 1 + n
    if " van" in " " + " ".join(words[1:after]):
        fin = after
        obj_edits: list[Edit] = [Edit(toks[0].idx, _end(toks[after - 1]), f"Als u {verb},")]
    else:
        if after >= len(toks) or words[after] != "van":
            return None
        fin = next((k for k in range(after + 2, min(len(toks), after + 2 + _MAX_OBJECT))
                    if _is_finite(toks[k], lem)), None)  # fmt: skip
        if fin is None or any(
            not t.is_alpha or t.lower_ in _NOT_IN_OBJECT for t in toks[after + 1 : fin]
        ):
            return None
        obj_edits = [
            Edit(toks[0].idx, _end(toks[after]), "Als u"),
            Edit(_end(toks[fin - 1]), _end(toks[fin - 1]), f" {verb},"),
        ]
    if fin >= len(toks) - 1 or not _is_finite(toks[fin], lem) or toks[fin].lower_ in _COPULAS:
        return None
    if toks[fin + 1].lower_ in _SUBJECTS or not toks[fin + 1].is_alpha:
        return None
    at = _end(toks[fin])
    return _proposal(letter, sentence, "als-u", [*obj_edits, Edit(at, at, " dat")])


def _when_you(letter: Letter, sentence: Sentence, toks: list) -> Proposal | None:
    """'Bij het <act of the reader> van OBJ <finite> ...' -> 'Als u OBJ <verb>, <finite> ...'
    ('Bij het aanvragen van bijstand kijken wij naar uw inkomen.' -> 'Als u bijstand
    aanvraagt, kijken wij naar uw inkomen.'). A fronted clause keeps the inversion."""
    words = [t.lower_ for t in toks]
    found = _phrase(words, 2, _ALS_U)
    if found is None:
        return None
    n, verb = found
    after = 2 + n
    if " van" in " " + " ".join(words[2:after]):
        if not _clause_follows(toks, after, at_end=False):
            return None
        comma = "" if toks[after].text == "," else ","
        edits = [Edit(toks[0].idx, _end(toks[after - 1]), f"Als u {verb}{comma}")]
    else:
        if after >= len(toks) or words[after] != "van":
            return None
        end_i = _object_end(toks, after + 1, at_end=False)
        if end_i is None:
            return None
        comma = "" if toks[end_i].text == "," else ","
        at = _end(toks[end_i - 1])
        edits = [Edit(toks[0].idx, _end(toks[after]), "Als u"), Edit(at, at, f" {verb}{comma}")]
    return _proposal(letter, sentence, "als-u", edits)


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _object_end(toks: list, i: int, at_end: bool) -> int | None:
    """Index just after the object that starts at toks[i], or None when it is not plain."""
    for k in range(i, min(len(toks), i + _MAX_OBJECT + 1)):
        tok = toks[k]
        if k > i and _clause_follows(toks, k, at_end):
            return k
        if not tok.is_alpha or tok.lower_ in _NOT_IN_OBJECT:
            return None
    return None


def _clause_follows(toks: list, k: int, at_end: bool) -> bool:
    """The main clause (or, `at_end`, the sentence's end) starts at toks[k]."""
    if at_end:
        return k == len(toks) - 1 and toks[k].text in {".", "!"}
    tok = toks[k]
    if tok.text == ",":
        return True
    nxt = toks[k + 1].lower_ if k + 1 < len(toks) else ""
    if not tok.is_alpha or not tok.is_lower or tok.lower_ in _PREPOSITIONS:
        return False
    return nxt in _SUBJECTS or tok.lower_ in _FINITE


def _om_te(
    letter: Letter,
    sentence: Sentence,
    toks: list,
    first: int,
    noun: int,
    om: str,
    at_end: bool = False,
) -> Proposal | None:
    """'Voor het X van OBJ' / 'Ter X van OBJ' (toks[first:]) -> 'Om OBJ te X'."""
    words = [t.lower_ for t in toks]
    found = _phrase(words, noun)
    if found is None:
        return None
    n, te = found
    after = noun + n
    if " van" in " " + " ".join(words[noun:after]):  # the object is part of the phrase
        if not _clause_follows(toks, after, at_end):
            return None
        start, end = toks[first].idx, toks[after - 1].idx + len(toks[after - 1].text)
        edits = [Edit(start, end, f"{om} {te}")]
    else:
        if after >= len(toks) or words[after] != "van":
            return None
        end_i = _object_end(toks, after + 1, at_end)
        if end_i is None:
            return None
        van = toks[after]
        last = toks[end_i - 1]
        edits = [
            Edit(toks[first].idx, van.idx + len(van.text), om),
            Edit(last.idx + len(last.text), last.idx + len(last.text), f" {te}"),
        ]
    return _proposal(letter, sentence, "om-te", edits)


def _after_receipt(letter: Letter, sentence: Sentence, toks: list) -> Proposal | None:
    """'Na ontvangst van uw OBJ, ...' -> 'Als wij uw OBJ hebben ontvangen, ...'."""
    words = [t.lower_ for t in toks]
    if words[:4] != ["na", "ontvangst", "van", "uw"]:
        return None
    end_i = _object_end(toks, 3, at_end=False)
    if end_i is None:
        return None
    last = toks[end_i - 1]
    comma = "" if toks[end_i].text == "," else ","
    at = last.idx + len(last.text)
    edits = [
        Edit(toks[0].idx, toks[2].idx + len(toks[2].text), "Als wij"),
        Edit(at, at, f" hebben ontvangen{comma}"),
    ]
    return _proposal(letter, sentence, "na-ontvangst", edits)


def _proposal(letter: Letter, sentence: Sentence, rule: str, edits: list[Edit]) -> Proposal:
    return Proposal.from_edits(
        letter.text,
        id=f"nominalisation.{rule}@{sentence.start}#s",
        rule_id=f"nominalisation.{rule}",
        kind=KIND,
        edits=edits,
        explanation=_WHY,
        safe=False,
    )
