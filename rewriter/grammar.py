"""A grammar check on every edit: is the changed sentence still Dutch?

`edit_problems(before, after, ...)` analyses the sentence(s) an edit touches, before
and after the edit, and returns the problems that the edit *introduced* (a problem
that was already in the original does not block an edit). The checks:

- ``agreement``: article/determiner or adjective does not agree with the noun
  ('een gemotiveerd bezwaarbrief', 'het aanvraag', 'een gemotiveerde besluit');
- ``leftover-te``: 'moet ... te doen' after 'dient ... te' became 'moet';
- ``doubled``: a word twice in a row, a phrase twice in brackets, nested brackets
  ('Wet maatschappelijke ondersteuning 2015 (Wet maatschappelijke ondersteuning (Wmo 2015))');
- ``no-finite-verb``: a sentence of three words or more without a finite verb;
- ``list-capital``: a capital in the middle of a sentence on an ordinary word;
- ``adverb``: an adverb between a determiner and its noun ('de meteen melding');
- ``participle``: a participle used as a noun ('voor het gekregen van').

With the trained parser (rewriter/parser.py) the finite-verb and agreement checks use
its morphology (VerbForm=Fin, Gender, Number from the CGN tags); without it they use
the lemma tables and the genders the glossary knows, which finds fewer problems.
The checks are deliberately narrow: each is a pattern that a rewrite of ours has
produced; false alarms only withhold an edit, they never change text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rewriter.dutch import INDEFINITE
from rewriter.sense import name_words
from rewriter.verbforms import is_participle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from rewriter.nlp import Lemmatizer

REASONS = {
    "agreement": "het lidwoord of bijvoeglijk naamwoord past niet bij het zelfstandig naamwoord",
    "leftover-te": "na 'moet' blijft 'te' staan",
    "doubled": "een woord of woordgroep staat er dubbel",
    "no-finite-verb": "een zin heeft geen persoonsvorm meer",
    "list-capital": "een hoofdletter midden in de zin",
    "adverb": "een bijwoord staat op de plaats van een bijvoeglijk naamwoord",
    "participle": "een voltooid deelwoord staat op de plaats van een zelfstandig naamwoord",
    "name": "het woord hoort bij een naam",
}

_FINITE_COMMON = {
    "is", "zijn", "was", "waren", "ben", "bent", "heeft", "hebben", "heb", "hebt", "had",
    "hadden", "wordt", "worden", "word", "werd", "werden", "kan", "kunt", "kunnen", "kon",
    "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
    "wil", "wilt", "willen", "wilde", "wilden", "zal", "zult", "zullen", "zou", "zouden",
    "gaat", "gaan", "ging", "gingen", "komt", "komen", "kwam", "kwamen", "krijgt", "krijgen",
    "kreeg", "kregen", "doet", "doen", "deed", "deden", "staat", "staan", "stond", "stonden",
    "ligt", "liggen", "lag", "blijft", "blijven", "bleef", "weet", "weten", "wist", "vindt",
    "vinden", "vond", "ziet", "zien", "zag", "geeft", "geven", "gaf", "neemt", "nemen", "nam",
    "betekent", "betekenen", "heet", "heten", "bel", "belt", "stuur", "stuurt", "lees",
    "leest", "vraag", "vraagt",
}  # fmt: skip
_DET_DE = {"de", "deze", "die"}
_DET_HET = {"het", "dit", "dat"}
_ADVERBS = {
    "meteen", "direct", "nu", "daarna", "hierna", "eerst", "vooraf", "achteraf", "toch",
    "graag", "weer", "later", "vandaag", "morgen", "gisteren", "samen", "zo", "dan", "ook",
    "al", "nog", "wel", "niet", "soms", "vaak", "altijd", "nooit", "straks", "binnenkort",
}  # fmt: skip
_DETERMINER_LIKE = _DET_DE | _DET_HET | {"een", "uw", "onze", "ons", "zijn", "haar", "hun"}
# Words that start names of laws and bodies: 'de Wet maatschappelijke ondersteuning'.
NAME_HEADS = {
    "wet", "besluit", "regeling", "centrum", "centraal", "gemeente", "raad", "college",
    "commissie", "rechtbank", "stichting", "dienst", "kantoor", "bureau", "team", "sociaal",
    "sociale", "nationale", "algemene", "uitvoeringsinstituut", "veilig", "landelijk",
    "loket", "juridisch",
}  # fmt: skip
_ORDINALS = {
    "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "negende", "tiende", "elfde",
    "twaalfde",
}  # fmt: skip
_BEFORE_LIST_WORD = {
    ",", "en", "of", "de", "het", "een", "van", "voor", "met", "tegen", "over", "op", "aan",
    "bij", "uw", "alle",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_REPEAT_IN_BRACKET = re.compile(r"((?:[^\W\d_]+\s+){1,5}[^\W\d_]+)[^()]{0,12}\(\s*\1\b")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(“‘])|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Problem:
    """One grammar problem: a reason key (see REASONS) and the words concerned."""

    reason: str
    detail: str

    @property
    def message(self) -> str:
        """Dutch explanation for the writer."""
        return f"{REASONS[self.reason]} ({self.detail!r})"


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    lower: str
    finite: bool | None  # None: unknown
    gender: str | None  # 'de', 'het' or None
    plural: bool | None
    pos: str  # UPOS when parsed, else ''
    tag: str = ""  # CGN tag when parsed


# 'het toegekende bedrag', 'de aanvraag': a definite article and the words up to the noun.
# Between them: inflected adjectives and participles (-e) and a few adverbs.
_ARTICLE_PHRASE = re.compile(
    r"\b(de|het|De|Het)\s+((?:(?:[^\W\d_]+e|voorheen|eerder|reeds|al|nog|zeer|heel|erg|"
    r"vroeger|thans|nu|niet)\s+){0,2}[^\W\d_]+)",
    re.UNICODE,
)


def article_genders(text: str) -> dict[str, str]:
    """Return word -> 'de'/'het' as the original letter uses them ('het ... bedrag').

    The writer's own articles are the best evidence of a noun's gender in this letter:
    when an edit keeps the article and the noun and changes only a word between them
    ('het voorheen uitgekeerde bedrag' -> 'het vroeger uitgekeerde bedrag'), the parser's
    guess of the gender must not overrule the letter. A word seen with both articles
    (a pronoun 'het', or two senses) is left out.
    """
    seen: dict[str, set[str]] = {}
    for m in _ARTICLE_PHRASE.finditer(text):
        for word in m.group(2).split()[-1:] + [w for w in m.group(2).split()[:-1] if w[-1] == "e"]:
            seen.setdefault(word.lower(), set()).add(m.group(1).lower())
    return {w: next(iter(g)) for w, g in seen.items() if len(g) == 1}


def split_sentences(text: str) -> list[str]:
    """Split a short text into sentences (after . ! ? before a capital, or at a blank line)."""
    return [s.strip() for s in _SPLIT.split(text) if s and s.strip()]


def sentence_problems(
    sentence: str,
    lem: Lemmatizer,
    nlp: Language | None = None,
    genders: dict | None = None,
    doc: Doc | None = None,
) -> list[Problem]:
    """Return the grammar problems found in one sentence (`doc`: its parse, if done already)."""
    toks = _analyse(sentence, lem, nlp, genders or {}, doc)
    out: list[Problem] = []
    out += _agreement(toks, lem)
    out += _leftover_te(toks, lem)
    out += _doubled(sentence, toks)
    out += _finite(sentence, toks, lem)
    out += _mid_capital(toks, lem, name_words(sentence))
    out += _adverb(toks, lem)
    out += _participle(toks, lem)
    return out


def edit_problems(
    before: str,
    after: str,
    lem: Lemmatizer,
    nlp: Language | None = None,
    genders: dict | None = None,
    memo: dict[str, list[Problem]] | None = None,
    docs: dict[str, Doc] | None = None,
) -> list[Problem]:
    """Return the problems in `after` that `before` did not have (counted per reason/detail).

    `memo` (sentence -> problems) may be shared by the calls for one letter.
    """
    memo = {} if memo is None else memo

    def problems(sentence: str) -> list[Problem]:
        if sentence not in memo:
            doc = docs.get(sentence) if docs else None
            memo[sentence] = sentence_problems(sentence, lem, nlp, genders, doc)
        return memo[sentence]

    old: Counter = Counter()
    before_sents, after_sents = split_sentences(before), split_sentences(after)
    for s in before_sents:
        old.update(problems(s))
    # a verbless sentence is judged only where an edit made new sentences (a split)
    split = len(after_sents) > len(before_sents)
    new: list[Problem] = []
    for s in after_sents:
        for p in problems(s):
            if p.reason == "no-finite-verb" and not split:
                continue
            if old[p] > 0:
                old[p] -= 1
            else:
                new.append(p)
    return new


def _analyse(
    sentence: str, lem: Lemmatizer, nlp: Language | None, genders: dict, doc: Doc | None = None
) -> list[_Tok]:
    if nlp is not None or doc is not None:
        if doc is None:
            doc = nlp(sentence)
        toks = []
        for t in doc:
            morph = t.morph
            gender = None
            g = morph.get("Gender")
            if g == ["Com"]:
                gender = "de"
            elif g == ["Neut"]:
                gender = "het"
            number = morph.get("Number")
            vf = morph.get("VerbForm")
            finite = None
            if t.pos_ in ("VERB", "AUX"):
                finite = vf == ["Fin"] or "|pv|" in f"|{t.tag_}|"
            gender = genders.get(t.lower_, gender)
            toks.append(
                _Tok(
                    t.text,
                    t.lower_,
                    finite,
                    gender,
                    (number == ["Plur"]) if number else None,
                    t.pos_,
                    t.tag_,
                )
            )
        return toks
    words = re.findall(r"[^\W_][\w'’-]*|[^\w\s]", sentence)
    return [_Tok(w, w.lower(), None, genders.get(w.lower()), None, "") for w in words]


def _is_noun(tok: _Tok, lem: Lemmatizer) -> bool:
    if tok.pos:
        return tok.pos == "NOUN"
    if tok.gender is not None:
        return True  # a noun whose gender the glossary states
    return tok.lower.isalpha() and bool(lem.lemmas(tok.lower) & lem.index["noun"])


def _agreement(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in _DET_DE | _DET_HET | INDEFINITE:
            continue
        # det [adj{0,2}] noun
        j = i + 1
        adjs = []
        while j < len(toks) and len(adjs) < 2 and _is_adjective(toks[j], lem):
            adjs.append(toks[j])
            j += 1
        if j >= len(toks):
            continue
        noun = toks[j]
        if not _is_noun(noun, lem) or noun.gender is None or noun.plural:
            continue
        if j + 1 < len(toks) and toks[j + 1].pos == "NOUN":
            continue  # 'het wijkteam' tokenised oddly, or a noun used attributively
        phrase = " ".join(t.text for t in toks[i : j + 1])
        if tok.lower in _DET_DE and noun.gender == "het" and tok.lower != "die":
            out.append(Problem("agreement", phrase))
            continue
        if tok.lower in _DET_HET and noun.gender == "de" and tok.lower != "dat":
            out.append(Problem("agreement", phrase))
            continue
        if tok.lower in INDEFINITE and tok.lower not in ("veel", "weinig", "genoeg"):
            for adj in adjs:
                if adj.lower.endswith("ste") or adj.lower in _ORDINALS:
                    continue  # 'een eerste gesprek', 'een tweede keer'
                inflected = adj.lower.endswith("e")
                if (noun.gender == "de" and not inflected and not adj.lower.endswith("en")) or (
                    noun.gender == "het" and inflected and not adj.lower.endswith("ige")
                ):
                    out.append(Problem("agreement", phrase))
    return out


def _is_adjective(tok: _Tok, lem: Lemmatizer) -> bool:
    if tok.pos:
        return tok.pos == "ADJ" or (tok.pos == "VERB" and "|prenom|" in tok.tag)
    low = tok.lower
    if not low.isalpha() or low in _ADVERBS:
        return False
    if is_participle(low, lem) and low not in lem.index["noun"]:
        return True  # 'een gemotiveerd(e) ...'
    return bool(lem.lemmas(low) & lem.index["adj"]) and not (
        lem.lemmas(low) & lem.index["noun"] and low in lem.index["noun"]
    )


def _leftover_te(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in {"moet", "moeten", "moest", "moesten"}:
            continue
        for j in range(i + 1, min(len(toks) - 1, i + 14)):
            low = toks[j].lower
            if low in {",", ";", "om", "dat", "en", "of", "(", ":"}:
                break
            if low == "te":
                nxt = toks[j + 1].lower
                if nxt.endswith("en") and lem.lemmas(nxt) & lem.index["verb"]:
                    out.append(Problem("leftover-te", f"{tok.text} … te {toks[j + 1].text}"))
                break
    return out


def _doubled(sentence: str, toks: list[_Tok]) -> list[Problem]:
    out = []
    words = [t for t in toks if _WORD.fullmatch(t.text)]
    for a, b in itertools.pairwise(words):
        if a.lower == b.lower and a.lower not in {"dat", "die", "had", "heeft"}:
            out.append(Problem("doubled", f"{a.text} {b.text}"))
    depth = 0
    for ch in sentence:
        if ch == "(":
            depth += 1
            if depth > 1:
                out.append(Problem("doubled", "(("))
                break
        elif ch == ")":
            depth = max(0, depth - 1)
    # 'X Y (X Y ...)': a phrase of two words or more repeated right inside a bracket
    if "(" in sentence:  # the search backtracks a lot: only where it can match
        out += [Problem("doubled", m.group(1)) for m in _REPEAT_IN_BRACKET.finditer(sentence)]
    return out


def _finite(sentence: str, toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    words = [t for t in toks if _WORD.fullmatch(t.text)]
    if len(words) < 3:
        return []
    if sentence.rstrip().endswith((":", ",")) or sentence.lstrip()[:1] in "-•*":
        return []
    if any(t.finite for t in toks):
        return []
    if any(t.finite is None and _maybe_finite(t, lem) for t in words):
        return []
    if _question_verb(sentence, words, lem):
        return []
    # one detail for every such sentence: a word swap in a verbless line (a heading,
    # 'Naar aanleiding van ...') does not count as a new problem
    return [Problem("no-finite-verb", "zin zonder persoonsvorm")]


_SUBJECTS = {"u", "je", "jij", "we", "wij", "ze", "zij", "hij", "men"}


def _question_verb(sentence: str, words: list[_Tok], lem: Lemmatizer) -> bool:
    """'Wenst u …?': a question that starts with a verb and a subject (the parser may read
    a capitalised first word as a name)."""
    if not sentence.rstrip().endswith("?") or words[1].lower not in _SUBJECTS:
        return False
    low = words[0].lower
    return low in _FINITE_COMMON or bool(lem.lemmas(low) & lem.index["verb"])


def _maybe_finite(tok: _Tok, lem: Lemmatizer) -> bool:
    low = tok.lower
    if low in _FINITE_COMMON:
        return True
    if tok.pos and tok.pos not in ("VERB", "AUX"):
        return False
    if not low.isalpha() or len(low) < 4 or low in lem.index["noun"]:
        return False
    lemmas = {x for x in lem.lemmas(low) & lem.index["verb"] if x != low or low.endswith("en")}
    if not lemmas:
        return False
    # 'toegewezen', 'gekregen' are participles; 'verstrekt' may be finite
    return not (is_participle(low, lem) and not low.endswith("t"))


def _mid_capital(toks: list[_Tok], lem: Lemmatizer, named: frozenset[str]) -> list[Problem]:
    out = []
    for i in range(1, len(toks)):
        tok, prev = toks[i], toks[i - 1]
        if not tok.text[:1].isupper() or not tok.text[1:].islower() or not tok.lower.isalpha():
            continue
        if prev.text in {".", ":", "!", "?", "(", '"', "“", "'", "‘", "-", "•"}:
            continue
        if tok.pos == "PROPN" or tok.lower in NAME_HEADS or tok.text in named:
            continue  # 'Raad voor de Kinderbescherming': a known name
        if i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
            continue  # part of a name ('Wet Maatschappelijke ...' is not ours to judge)
        low = tok.lower
        known = any(x in lem.index[pos] for x in lem.lemmas(low) for pos in ("noun", "verb", "adj"))
        if known and prev.lower in _BEFORE_LIST_WORD:
            out.append(Problem("list-capital", tok.text))
    return out


def _adverb(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    out = []
    for i in range(len(toks) - 2):
        det, mid, noun = toks[i], toks[i + 1], toks[i + 2]
        if det.lower not in _DETERMINER_LIKE or mid.lower not in _ADVERBS - {"niet", "al", "ook"}:
            continue
        if _is_noun(noun, lem) and noun.lower not in _ADVERBS:
            out.append(Problem("adverb", f"{det.text} {mid.text} {noun.text}"))
    return out


def _participle(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    out = []
    for i in range(len(toks) - 2):
        det, mid, nxt = toks[i], toks[i + 1], toks[i + 2]
        if det.lower not in {"het", "de"} or nxt.lower not in {"van", "om"}:
            continue
        low = mid.lower
        if low.startswith("ge") and low.endswith(("d", "t", "en")) and is_participle(low, lem):
            if low in lem.index["noun"] or (low.endswith("en") and low in lem.index["verb"]):
                continue  # 'het gebied van', 'het geven van'
            out.append(Problem("participle", f"{det.text} {mid.text} {nxt.text}"))
    return out
