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
- ``participle``: a participle used as a noun ('voor het gekregen van');
- ``two-finite``: two finite verbs in one clause ('Wij stoppen het traject kan eenzijdig');
- ``word-order``: a subordinate clause with its finite verb before the object ('… of u
  heeft voldoende middelen'), or a main clause with it after two phrases ('Let op: het
  gesprek een verplichtend karakter heeft', 'U over voldoende middelen beschikt');
- ``article-lost``: a copula before a bare singular noun ('… is bufferzone tussen …',
  from 'fungeert als bufferzone');
- ``pronoun-case``: a subject pronoun right after a preposition ('van wij', 'met zij');
- ``relative-preposition``: a relative adverb right before a preposition that an edit
  put there ('waarvoor van wij verwachten u dat …'; counted by the adverb, so an
  original 'waarvoor van u wordt verwacht' does not block an edit elsewhere).

``word-order`` also has a check that needs no parser: an object pronoun after the verb
that follows a subordinator and a subject pronoun ('omdat wij verwachten u', 'waarvoor
wij nodigen u uit'); the tagger misreads such verbs as nouns, so its tags cannot be used.

The last three read the parser's tags (without it they find nothing) and count per
sentence, so a sentence the parser already misreads before the edit does not block it.

With the trained parser (rewriter/parser.py) the finite-verb and agreement checks use
its morphology (VerbForm=Fin, Gender, Number from the CGN tags); without it they use
the lemma tables and the genders the glossary knows, which finds fewer problems.
The checks are deliberately narrow: each is a pattern that a rewrite of ours has
produced; false alarms only withhold an edit, they never change text.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rewriter.dutch import INDEFINITE
from rewriter.lang import nl
from rewriter.sense import name_words
from rewriter.verbforms import is_participle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, MorphAnalysis

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
    "two-finite": "een zin heeft twee persoonsvormen",
    "word-order": "de persoonsvorm staat op de verkeerde plaats",
    "article-lost": "voor het zelfstandig naamwoord ontbreekt een lidwoord",
    "pronoun-case": "na een voorzetsel staat een onderwerpsvorm ('van wij' in plaats van 'van ons')",
    "relative-preposition": "na 'waarvoor', 'waarvan' of 'waarmee' volgt nog een voorzetsel",
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
# no split after an initial ('mevrouw T. Nijhuis'): a name is not the end of a sentence
_SPLIT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z\"'(“‘])|\n\s*\n")


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
    out += _pronoun_case(toks)
    out += _relative_preposition(toks)
    out += _object_after_verb(toks, lem)
    if any(t.tag for t in toks):
        out += _clauses(toks, lem)
        out += _main_clause_order(toks, lem)
        out += _article_lost(toks, lem)
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
    # a verbless sentence is judged only where an edit made new sentences (a split), and
    # then each verbless sentence is new unless the original had that very sentence
    split = len(after_sents) > len(before_sents)
    structural = _changes_structure(before, after, lem)
    new: list[Problem] = []
    for s in after_sents:
        for p in problems(s):
            if p.reason == "no-finite-verb":
                if split and s not in before_sents:
                    new.append(p)
                continue
            if p.reason in _STRUCTURAL and not structural:
                continue
            if old[p] > 0:
                old[p] -= 1
            else:
                new.append(p)
    return new


# Problems of clause structure: an edit can cause them only by changing a verb, a clause
# opener, a conjunction, an article or punctuation (a noun or adverb swap cannot; the
# tagger may still read the sentence differently after it, which is no new problem).
_STRUCTURAL = {"two-finite", "word-order", "article-lost"}
_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]", re.UNICODE)


def _changes_structure(before: str, after: str, lem: Lemmatizer) -> bool:
    """True when the words an edit removes or adds include a verb form, a clause opener,
    a conjunction, an article or determiner, or punctuation."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    changed: list[str] = []
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b])
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            changed += a[i1:i2] + b[j1:j2]
    for word in changed:
        low = word.lower()
        if not low[0].isalnum() or low in _SUBORDINATORS:
            return True
        if low in _FINITE_COMMON and low not in lem.index["noun"]:
            return True  # 'is', 'heeft'; not 'vraag' (a noun as well)
        if low in _COORDINATORS or low in _DETERMINERS or low in INDEFINITE:
            return True
        if low.isalpha() and low not in lem.index["noun"] and lem.lemmas(low) & lem.index["verb"]:
            return True
    return False


# A morphological analysis's features by its key (the hash of its FEATS string, so the
# same key is the same analysis in every pipeline): (gender, plural, finite verb form).
# `MorphAnalysis.get` costs ~4 us a call, three calls a token (~5 ms a letter); a letter
# has a few dozen distinct analyses. A memo of a pure function, bounded like nlp's caches.
_MORPH_FEATURES: dict[int, tuple[str | None, bool | None, bool]] = {}
_MORPH_LIMIT = 50_000


def _morph_features(morph: MorphAnalysis) -> tuple[str | None, bool | None, bool]:
    key = morph.key
    hit = _MORPH_FEATURES.get(key)
    if hit is not None:
        return hit
    g = morph.get("Gender")
    gender = "de" if g == ["Com"] else "het" if g == ["Neut"] else None
    number = morph.get("Number")
    result = (gender, (number == ["Plur"]) if number else None, morph.get("VerbForm") == ["Fin"])
    if len(_MORPH_FEATURES) >= _MORPH_LIMIT:
        _MORPH_FEATURES.clear()
    _MORPH_FEATURES[key] = result
    return result


def _analyse(
    sentence: str, lem: Lemmatizer, nlp: Language | None, genders: dict, doc: Doc | None = None
) -> list[_Tok]:
    if nlp is not None or doc is not None:
        if doc is None:
            doc = nlp(sentence)
        toks = []
        for t in doc:
            gender, plural, fin = _morph_features(t.morph)
            pos, tag, lower = t.pos_, t.tag_, t.lower_
            finite = None
            if pos in ("VERB", "AUX"):
                finite = fin or "|pv|" in f"|{tag}|"
            gender = genders.get(lower, gender)
            toks.append(_Tok(t.text, lower, finite, gender, plural, pos, tag))
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
    if _question_verb(sentence, words, lem) or _verb_after_dan(words, lem):
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


def _verb_after_dan(words: list[_Tok], lem: Lemmatizer) -> bool:
    """'Dan start de vergoeding weer.': after an opening 'Dan' the second word is the finite
    verb and a subject follows (the parser may read 'start' as the noun)."""
    if words[0].lower != "dan" or words[2].lower not in _SUBJECTS | _DAN_SUBJECT_START:
        return False
    low = words[1].lower
    if low in _FINITE_COMMON:
        return True
    if not low.isalpha() or low.endswith("en") or not lem.lemmas(low) & lem.index["verb"]:
        return False
    # 'Dan betaald het bedrag': a participle ending in -d is no finite verb
    return not (is_participle(low, lem) and not low.endswith("t"))


_DAN_SUBJECT_START = {"de", "het", "uw", "een", "onze", "deze", "dit", "die", "dat"}


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


_SUBORDINATORS = frozenset(nl.words("subordinators"))
_SUBJECT_PRONOUNS = frozenset(nl.words("subject_pronouns"))
_DETERMINERS = frozenset(nl.words("determiners"))
# 'dat', 'of', 'als' and the question words have other uses (see _opens_clause)
_AMBIGUOUS_OPENERS = {"dat", "of", "als", "wat", "waar", "wie", "hoe", "welke"}
# personal pronouns that, as a main clause's first word, must be followed by its verb
_PERSONAL = _SUBJECT_PRONOUNS - {"het", "er", "dat", "dit"}
_BOUNDARY = {",", ";", ":", "(", ")", "-", "–", "—", '"', "“", "”", ".", "?", "!", "•"}
_COORDINATORS = {"en", "maar", "want", "of", "noch"}
_COPULAS = {"is", "zijn", "ben", "bent", "was", "waren", "wordt", "worden", "blijft", "blijven"}


def _is_finite(tok: _Tok) -> bool:
    if tok.tag:
        return bool(tok.finite) or "|pv|" in f"|{tok.tag}|"
    return tok.lower in _FINITE_COMMON


def _clearly_finite(tok: _Tok, lem: Lemmatizer) -> bool:
    """A finite verb that cannot be read as an infinitive, participle or adjective:
    the tagger's 'verplicht', 'verstrekte' or 'worden' after a finite verb are not."""
    low = tok.lower
    if low.endswith("en") or low in lem.index["verb"]:
        return False  # the form of an infinitive: 'zijn', 'gaan', 'worden'
    if low in _FINITE_COMMON:
        return True
    if not _is_finite(tok) or low.endswith(("en", "te", "de")):
        return False
    return not is_participle(low, lem) and not (lem.lemmas(low) & lem.index["adj"])


def _finite_at(toks: list[_Tok], i: int) -> bool:
    """A finite verb at i; not an attributive participle the tagger calls one
    ('het door de school gestuurde dossier', 'het teveel betaalde bedrag')."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    attributive = tok.lower.endswith("e") and nxt is not None and nxt.pos == "NOUN"
    return _is_finite(tok) and not attributive


def _is_boundary(tok: _Tok) -> bool:
    return tok.text in _BOUNDARY or (not tok.text.strip() and "\n" in tok.text)


def _opens_clause(toks: list[_Tok], i: int) -> bool:
    """A subordinating conjunction or relative pronoun at i."""
    tok = toks[i]
    tags = tok.tag.split("|")
    if "betr" in tags and tok.lower in {"die", "dat", "wat", "waar"}:
        return True  # a relative pronoun ('het bedrag dat u krijgt')
    if tok.lower == "zover" and i > 0 and toks[i - 1].lower == "voor":
        return True  # 'voor zover u ... heeft': a condition, verb-final
    if tok.lower not in _SUBORDINATORS:
        return False
    if tok.lower not in _AMBIGUOUS_OPENERS:
        return True
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    subject_next = nxt is not None and (
        nxt.lower in _SUBJECT_PRONOUNS or nxt.lower in _DETERMINERS or nxt.pos == "PROPN"
    )
    if tok.lower == "dat":
        # a conjunction after a verb, noun or adverb ('weten dat', 'van oordeel dat');
        # a demonstrative at the start or after a pronoun or preposition ('met dat geld')
        if "onder" in tags:
            return True
        return prev is not None and not _is_boundary(prev) and prev.pos not in ("PRON", "ADP")
    if tok.lower == "of":
        return subject_next or (prev is not None and prev.pos in ("VERB", "AUX"))
    if tok.lower == "als":
        # a comparison or role after a noun ('een voorziening als een traplift'), or
        # before 'bedoeld', 'gevolg' ...; otherwise a condition ('toegestaan als ...')
        if nxt is not None and nxt.lower in {"bedoeld", "genoemd", "vermeld", "gevolg"}:
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        if nxt is not None and nxt.pos == "NOUN" and after is not None and after.pos == "ADP":
            return False  # 'Als voorbereiding op het gesprek …', 'als ouder van …'
        return subject_next or prev is None or prev.pos not in ("NOUN", "PROPN", "ADV")
    # 'wat', 'waar', 'hoe' ...: a question when the verb follows at once
    return nxt is not None and not _is_finite(nxt)


def _clauses(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    """Two finite verbs in one clause, and a subordinate clause whose finite verb stands
    before an object ('dat u heeft een auto').

    A subordinate clause runs from its conjunction (or relative pronoun) to its first
    finite verb; the clause around it goes on after that. Punctuation, a line break and a
    coordinating conjunction start a new clause.
    """
    out: list[Problem] = []
    counts: Counter = Counter()
    clause, next_id = 0, 1
    stack: list[tuple[int, int]] = []  # (outer clause id, index of the subordinator)
    for i, tok in enumerate(toks):
        opens = _opens_clause(toks, i)
        if _is_boundary(tok) or (tok.lower in _COORDINATORS and not opens):
            stack.clear()
            clause, next_id = next_id, next_id + 1
            continue
        if opens:
            stack.append((clause, i))
            clause, next_id = next_id, next_id + 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not _finite_at(toks, i):
            continue
        if counts[clause] and _clearly_finite(tok, lem):
            out.append(Problem("two-finite", "twee persoonsvormen in één zinsdeel"))
        counts[clause] += 1
        if stack:
            outer, opener = stack.pop()
            after = i + 1 < len(toks) and not _opens_clause(toks, i + 1)
            if i - opener >= 2 and after and nxt is not None and _starts_phrase(nxt):
                out.append(Problem("word-order", "persoonsvorm midden in een bijzin"))
            clause = outer
    return out


def _starts_phrase(tok: _Tok) -> bool:
    """A word that opens a noun phrase (an object after a verb that should close its clause)."""
    if tok.tag.startswith("WW"):
        return False  # a verb the tagger calls a noun ('die … gaan gelden')
    if tok.lower in _DETERMINERS or tok.lower in _PERSONAL:
        return True
    return tok.pos in ("NOUN", "DET") or (tok.pos == "ADJ" and "prenom" in tok.tag)


def _main_clause_order(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    """A main clause (at the start, or after ':' or ';') whose finite verb comes after two
    phrases: 'het gesprek een verplichtend karakter heeft', 'u over … beschikt'."""
    out: list[Problem] = []
    starts = [0] + [i + 1 for i, t in enumerate(toks) if t.text in {":", ";"}]
    for start in starts:
        if start >= len(toks):
            continue
        first = toks[start]
        if _is_finite(first) or first.lower in _FINITE_COMMON or _opens_clause(toks, start):
            continue  # a question or an order ('Bent u …?', 'Stuur …'), or a subordinate clause
        verb = None
        for j in range(start, len(toks)):
            t = toks[j]
            if _is_boundary(t) or _opens_clause(toks, j):
                break
            if _finite_at(toks, j):
                verb = j
                break
        if verb is None or verb == start + 1:
            continue
        second = toks[start + 1]
        verb_like = second.tag.startswith("WW") or bool(
            lem.lemmas(second.lower) & lem.index["verb"]
        )
        if first.lower in _PERSONAL and not verb_like and second.lower not in {"zelf", "als"}:
            out.append(Problem("word-order", "persoonsvorm niet op de tweede plaats"))
            continue
        head = False
        for t in toks[start:verb]:
            if t.pos == "ADP" or t.lower in _COORDINATORS:
                head = False
            elif head and (t.pos == "DET" or t.lower in _PERSONAL):
                out.append(Problem("word-order", "persoonsvorm niet op de tweede plaats"))
                break
            elif t.pos in ("NOUN", "PROPN") or t.lower in _PERSONAL:
                head = True
    return out


_PREPOSITIONS = frozenset(nl.words("prepositions"))
# prepositions that also open a clause ('voor wij beginnen', 'tot zij 18 is')
_CLAUSAL_PREPOSITIONS = {"voor", "tot", "sinds"}
_NOMINATIVE = frozenset(nl.words("nominative_pronouns"))
_OBJECT_PRONOUNS = frozenset(nl.words("object_pronouns"))
# relative adverbs ('waarvoor', 'waarvan', 'waarmee' ...), from the subordinators
_RELATIVE_ADVERBS = frozenset(w for w in _SUBORDINATORS if w.startswith("waar") and w != "waar")
# subordinators after which a subject pronoun, a verb and an object pronoun cannot follow;
# not 'of' ('Bel ons of wij bellen u': a coordinator) nor the question words
_ORDER_OPENERS = _SUBORDINATORS - {"of", "wat", "wie", "hoe", "welke", "waar"}
_NOT_PERSONAL = {"het", "er", "dat", "dit"}


def _preposition_at(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    if tok.lower not in _PREPOSITIONS or tok.lower in _CLAUSAL_PREPOSITIONS:
        return False
    return not tok.tag or tok.tag.startswith("VZ|init") or tok.pos == "ADP"


def _pronoun_case(toks: list[_Tok]) -> list[Problem]:
    """A subject pronoun right after a preposition: 'van wij', 'met zij'; after 'voor',
    'tot' or 'sinds' only where the pronoun ends the phrase ('is voor zij.'), since
    'voor wij komen' is a clause."""
    out = []
    for i in range(len(toks) - 1):
        if toks[i + 1].lower not in _NOMINATIVE:
            continue
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        ends = nxt is None or _is_boundary(nxt) or nxt.lower in _COORDINATORS
        clausal = toks[i].lower in _CLAUSAL_PREPOSITIONS and ends
        if clausal or _preposition_at(toks, i):
            out.append(Problem("pronoun-case", f"{toks[i].text} {toks[i + 1].text}"))
    return out


def _relative_preposition(toks: list[_Tok]) -> list[Problem]:
    """A relative adverb right before a preposition ('waarvoor van …'): counted by the
    adverb, so an edit is refused only where it adds one (see the module docstring)."""
    out = []
    for i in range(len(toks) - 1):
        if toks[i].lower in _RELATIVE_ADVERBS and _preposition_at(toks, i + 1):
            out.append(Problem("relative-preposition", toks[i].lower))
    return out


def _object_after_verb(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    """Main-clause order in a subordinate clause, read from the words alone: subordinator,
    subject pronoun, verb, object pronoun ('omdat wij verwachten u', 'dat wij vragen u')."""
    out = []
    for i in range(len(toks) - 3):
        opener, subj, verb, obj = toks[i : i + 4]
        if opener.lower not in _ORDER_OPENERS or subj.lower not in _SUBJECT_PRONOUNS:
            continue
        # the tokenizer may keep a full stop on a pronoun ('u.')
        if obj.lower.rstrip(".") not in _OBJECT_PRONOUNS or subj.lower in _NOT_PERSONAL:
            continue
        low = verb.lower
        if low in _FINITE_COMMON or (low.isalpha() and lem.lemmas(low) & lem.index["verb"]):
            out.append(Problem("word-order", "persoonsvorm voor het voornaamwoord in een bijzin"))
    return out


def _article_lost(toks: list[_Tok], lem: Lemmatizer) -> list[Problem]:
    """A copula after its subject, before a bare singular noun: 'Het veld is bufferzone'.

    Not after an adverb ('Zo is voortzetting … zinvol': the noun is the subject there).
    """
    out = []
    for i in range(1, len(toks) - 1):
        cop = toks[i]
        if cop.lower not in _COPULAS or not cop.tag.startswith("WW"):
            continue  # 'zijn' read as a possessive
        if toks[i - 1].pos in ("ADV", "ADP", "SCONJ"):
            continue
        word = toks[i + 1]
        if not word.text.isalpha() or is_participle(word.lower, lem):
            continue  # 'zijn afgerond'

        nxt = toks[i + 2] if i + 2 < len(toks) else None
        noun = (word.pos == "NOUN" or word.tag.startswith("N|soort")) and "|ev|" in word.tag
        # an 'adjective' that the lemma tables know only as a noun, with no noun after it,
        # is a noun the parser misread ('is bufferzone naast ...')
        dangling = (
            word.pos == "ADJ"
            and word.lower in lem.index["noun"]
            and not (lem.lemmas(word.lower) & lem.index["adj"])
            and (nxt is None or nxt.pos not in ("NOUN", "ADJ", "PROPN"))
        )
        infinitive = word.lower.endswith("en") and word.lower in lem.index["verb"]
        if (noun or dangling) and not infinitive:  # not 'Wat u moet doen is bellen'
            out.append(Problem("article-lost", f"{toks[i].text} {word.text}"))
    return out
