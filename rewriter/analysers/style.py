"""Nominalisations, unexplained acronyms and rare words.

- `nominalisation.het-infinitief-van` (hint): "het in behandeling nemen van",
  "het indienen van": a verb turned into a noun. Reads tokens and lemma tables.
- `nominalisation.ter` (hint): "ter beoordeling", "ter ondersteuning".
- `nominalisation.na-ontvangst` (hint): a sentence that opens with "Na ontvangst van".
  (rewriter/nominal.py proposes the verb for all three where the sentence fits.)
- `acronym.unknown` (hint): an all-capitals abbreviation that the glossary does
  not know and the letter does not explain (first use only).
- `rare_word.simpler` (hint): a formal or officialese word outside the glossary for
  which rewriter/lang/nl/synonyms.tsv knows plainer words; up to three alternatives,
  in the list's order, without alternatives that are rarer than the word itself
  (wordfreq), inflected like the word where that is safe (plural noun, -e adjective,
  3rd person verb). Never applied by default: the alternatives are hints.
- `rare_word.zipf` (hint): a word with a Dutch Zipf frequency below
  `settings.rare_word_zipf` that the glossary does not cover. Only a hint:
  frequency is a weak signal (research/nlp-stack.md §3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from rewriter.conjugate import stem as stem_of
from rewriter.conjugate import third_singular
from rewriter.dutch import match_case, plural_of
from rewriter.lang import nl
from rewriter.model import Finding, Severity
from rewriter.scoring import zipf_frequency

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter
    from rewriter.nlp import Lemmatizer

_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Capitalised words that are not acronyms a reader must look up.
_NOT_ACRONYMS = {"NB", "PS", "OK", "TV", "CV", "ID", "AB", "BV", "NV", "II", "III", "IV", "VI"}
_NOT_RARE = {"u", "uw"}
# Everyday infinitives used as nouns ('het eten van de kinderen'): not officialese.
_EVERYDAY_INFINITIVES = {
    "eten", "leven", "drinken", "wonen", "werken", "spelen", "lezen", "schrijven", "koken",
    "sporten", "zwemmen", "slapen", "fietsen", "rijden", "wassen", "zingen", "tekenen",
}  # fmt: skip


def find_nominalisations(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield 'het ... <infinitive> van', 'Na ontvangst van' and 'ter <-ing>' constructions."""
    lem = engine.resources.lemmatizer
    verbs = lem.index["verb"]
    doc = letter.doc
    for sentence in letter.sentences:
        toks = list(doc[sentence.token_start : sentence.token_end])
        first = next((k for k, t in enumerate(toks) if not t.is_space), 0)
        for i, tok in enumerate(toks):
            if tok.lower_ == "het":
                for j in range(i + 1, min(len(toks) - 1, i + 5)):
                    word = toks[j].lower_
                    if not toks[j].is_alpha:
                        break
                    if word in _EVERYDAY_INFINITIVES:
                        break
                    if word in verbs and word.endswith("en") and toks[j + 1].lower_ == "van":
                        start, end = tok.idx, toks[j + 1].idx + len(toks[j + 1].text)
                        yield Finding(
                            "nominalisation.het-infinitief-van", "nominalisation", Severity.HINT,
                            start, end, letter.text[start:end],
                            "Hier is een werkwoord een zelfstandig naamwoord geworden. "
                            "Schrijf met het werkwoord: 'wij nemen uw aanvraag in behandeling'.",
                        )  # fmt: skip
                        break
            elif i == first and [t.lower_ for t in toks[i : i + 3]] == ["na", "ontvangst", "van"]:
                start, end = tok.idx, toks[2].idx + len(toks[2].text)
                yield Finding(
                    "nominalisation.na-ontvangst", "nominalisation", Severity.HINT, start, end,
                    letter.text[start:end],
                    "'Na ontvangst van' is stijf. Schrijf met een werkwoord: 'Als wij uw "
                    "aanvraag hebben ontvangen, ...'.",
                )  # fmt: skip
            elif tok.lower_ == "ter" and i + 1 < len(toks):
                nxt = toks[i + 1]
                low = nxt.lower_
                if low.endswith("ing") and (low[:-3] + "en") in verbs:
                    start, end = tok.idx, nxt.idx + len(nxt.text)
                    yield Finding(
                        "nominalisation.ter", "nominalisation", Severity.HINT, start, end,
                        letter.text[start:end],
                        f"'{letter.text[start:end]}' is stijf. Schrijf met een werkwoord, "
                        f"bijvoorbeeld 'om te {low[:-3]}en' of 'zodat u ... kunt'.",
                    )  # fmt: skip


def find_unknown_acronyms(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield the first use of each all-capitals abbreviation the glossary does not know."""
    known = engine.compiled.single_cs
    seen: set[str] = set()
    text = letter.text
    capitals: dict[int, bool] = {}  # line start -> the line is mostly capitals (once per line)
    for tok in letter.doc:
        word = tok.text
        if not _ACRONYM.match(word) or word in _NOT_ACRONYMS or word in known or word in seen:
            continue
        seen.add(word)
        line_start = text.rfind("\n", 0, tok.idx) + 1
        if line_start not in capitals:
            line_end = text.find("\n", tok.idx)
            line = text[line_start : line_end if line_end != -1 else len(text)]
            letters = [c for c in line if c.isalpha()]
            capitals[line_start] = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(
                letters
            )
        if capitals[line_start]:
            continue  # a heading in capitals, not an acronym
        end = tok.idx + len(word)
        before = text[max(0, tok.idx - 1) : tok.idx]
        if text[end : end + 2].lstrip().startswith("(") or before == "(":
            continue  # explained: 'ABC (uitleg)' or 'uitleg (ABC)'
        yield Finding(
            "acronym.unknown", "acronym", Severity.HINT, tok.idx, end, word,
            f"Wat betekent '{word}'? Schrijf de afkorting de eerste keer voluit.",
        )  # fmt: skip


_COMMON_PART = 3.5  # Zipf of each part of a compound that reads as transparent
_LINKS = nl.compound_links()


_MAX_COMPOUND = 60  # longer tokens are not two common words (and each cut would copy the token)


def is_transparent_compound(word: str) -> bool:
    """Return True when `word` splits into two common words (stem + pas, bewoners + onderzoek)."""
    if len(word) > _MAX_COMPOUND:
        return False
    for cut in range(3, len(word) - 2):
        head = word[cut:]
        if zipf_frequency(head) < _COMMON_PART:
            continue
        left = word[:cut]
        for link in _LINKS:
            stem = left[: len(left) - len(link)]
            if left.endswith(link) and len(stem) >= 3 and zipf_frequency(stem) >= _COMMON_PART:
                return True
    return False


@lru_cache(maxsize=1)
def synonym_index() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return lemma -> (pos, alternatives best first) from lang/nl/synonyms.tsv."""
    return {
        row["word"].lower(): (
            row["pos"],
            tuple(a.strip() for a in row["alternatives"].split("|") if a.strip()),
        )
        for row in nl.table("synonyms")
    }


_MAX_ALTERNATIVES = 3
_USED_ZIPF = 2.5
_EVERYDAY_ZIPF = 5.0


def _phrase_zipf(phrase: str) -> float:
    words = [w for w in phrase.split() if w not in ("de", "het", "een")]
    return min((zipf_frequency(w) for w in words), default=0.0)


def simpler_words(word: str, lem: Lemmatizer, perfect: bool = False) -> tuple[str, ...]:
    """Return up to three plainer alternatives for `word` (a surface form), or ().

    The alternatives come from synonyms.tsv in its order; one rarer than the word itself
    (wordfreq Zipf) is left out, except the first. The form follows the word where that is
    safe: plural nouns, adjectives with -e, verbs in the 3rd person or as a participle;
    otherwise the base form. `perfect`: the sentence has a form of hebben, zijn or worden, so
    a form like 'verstrekt' is a participle, not the 3rd person.
    """
    low = word.lower()
    index = synonym_index()
    lemma = low if low in index else ""
    if not lemma and len(low) >= 5 and zipf_frequency(low) < _EVERYDAY_ZIPF:
        # an inflected form ('genereert'); not an everyday word whose lemma table
        # entry happens to name a listed verb ('in' -> 'innen')
        lemma = next((f for f in sorted(lem.lemmas(low)) if f in index), "")
    if not lemma:
        return ()
    pos, alternatives = index[lemma]
    if (
        pos == "verb"
        and low != lemma
        and lem.is_known(low, "noun")
        and _form_of(pos, low, lemma, lem) == "base"
    ):
        return ()  # 'verzuim' is a noun, not a form of 'verzuimen'
    own = zipf_frequency(low)
    ranked = [a for i, a in enumerate(alternatives) if i == 0 or _phrase_zipf(a) >= own]
    out: list[str] = []
    for alt in ranked[:_MAX_ALTERNATIVES]:
        form = _form_of(pos, low, lemma, lem)
        if form == "3sg-or-part":  # 'verstrekt': after hebben/zijn/worden a participle
            form = "part" if perfect else "3sg"
        out.append(match_case(word, inflect_alternative(alt, pos, form, lem)))
    return tuple(dict.fromkeys(out))


_PREFIXES = ("be", "ver", "ont", "her", "er", "ge")
# The vowel of the stem in the participle of a strong verb: krijgen -> gekregen,
# bieden -> geboden, sluiten -> gesloten, nemen -> genomen, vinden -> gevonden.
_ABLAUT = (("ij", "e"), ("ie", "o"), ("ui", "o"), ("ee", "o"), ("e", "o"), ("i", "o"))


def _participle(verb: str, lem: Lemmatizer) -> str:
    """The past participle of an infinitive ('' when unsure).

    Candidates by the spelling rules (with and without 'ge', after a separable first part,
    with the vowel change of strong verbs); a candidate counts when the lemma tables map it
    back to the verb or Dutch text uses it often (wordfreq).
    """
    irregular = dict(nl.pairs("irregular_participles"))
    if verb in irregular:
        return irregular[verb]
    particles = nl.words("particles")
    splits = [("", verb)] + [
        (verb[:i], verb[i:])
        for i in range(2, len(verb) - 3)
        if lem.is_known(verb[i:], "verb") or verb[:i] in particles
    ]
    cands: list[str] = []
    weak: set[str] = set()  # ge- + stem + d/t: also trusted when Dutch text uses it often
    for first, base in splits:
        body = base[:-2] if base.endswith("en") else base[:-1]
        stems = {stem_of(base), body}
        # no 'ge' only after an unstressed prefix: besproken, veranderd, gebruikt
        for pre in (first + "ge", first) if base.startswith(_PREFIXES) else (first + "ge",):
            # 't kofschip: gebruikt, gestopt, betaald, geleefd
            end = "t" if body.endswith(("t", "k", "f", "s", "ch", "p", "x")) else "d"
            forms = [pre + st + end for st in stems if not (st + end).endswith(("tt", "dd"))]
            cands += [pre + st for st in stems if st.endswith(("t", "d"))]  # gezet, gemeld
            cands += forms
            weak.update(f for f in forms if pre.endswith("ge"))
            cands.append(pre + base)
            for old, new in _ABLAUT:
                at = body.rfind(old)
                if at >= 0:
                    cands.append(pre + body[:at] + new + body[at + len(old) :] + "en")
    good = [
        c
        for c in dict.fromkeys(cands)
        if c != verb and (verb in lem.lemmas(c) or (c in weak and zipf_frequency(c) >= 3.0))
    ]
    # 'gegeven' before 'geeft': a form with ge- wins when there is one
    with_ge = [c for c in good if any(c.startswith(first + "ge") for first, _ in splits)]
    return _most_used(with_ge, "") or _most_used(good, "")


def _form_of(pos: str, low: str, lemma: str, lem: Lemmatizer) -> str:
    """Which form of its lemma the word is: base, plural, e (adjective), or for a verb 3sg,
    part (participle), part-e, or 3sg-or-part ('verstrekt')."""
    if low == lemma:
        return "base"
    if pos == "noun" and not low.endswith(("je", "jes")):
        return "plural"
    if pos == "adj" and low.endswith("e"):
        return "e"
    if pos == "verb":
        participle = _participle(lemma, lem)
        if low == third_singular(lemma):
            return "3sg-or-part" if low == participle else "3sg"
        if low == participle:
            return "part"
        if low.endswith("e") and low[:-1] == participle:
            return "part-e"
    return "base"


def inflect_alternative(alt: str, pos: str, form: str, lem: Lemmatizer) -> str:
    """Give an alternative the form of the hard word; the base form when unsure.

    Nouns lose their article ('de voorwaarde' -> 'voorwaarde' / 'voorwaarden').
    """
    words = alt.split()
    if pos == "noun":
        if len(words) > 1 and words[0] in ("de", "het"):
            words = words[1:]
        text = " ".join(words)
        if form == "plural" and len(words) == 1:
            plural = plural_of(text, lem)
            if plural and zipf_frequency(plural) >= _USED_ZIPF:
                return plural
        return text
    if pos == "adj" and form == "e" and len(words) == 1:
        forms = [f for f in _adjective_e_forms(alt) if alt in lem.loose_lemmas(f)]
        return _most_used(forms, alt)  # 'meer' has no -e form ('mere' is English)
    if pos == "verb" and form in ("part", "part-e"):
        verbs = [i for i, w in enumerate(words) if lem.is_known(w, "verb")]
        if len(verbs) != 1:
            return alt  # 'laten betalen' stays: 'heeft laten betalen'
        at = verbs[0]
        done = _participle(words[at], lem)
        if not done:
            return alt
        if form == "part-e" and at == len(words) - 1:
            done = _most_used([done + "e"], done)
        return " ".join([*words[:at], done, *words[at + 1 :]])
    if pos == "verb" and form == "3sg" and len(words) > 1 and words[0].endswith("en"):
        verb = words[0]  # 'leiden tot' -> 'leidt tot', 'zorgen voor' -> 'zorgt voor'
        shown = _most_used([third_singular(verb), verb[:-2] + "t"], "")
        return " ".join([shown, *words[1:]]) if shown else alt
    if pos == "verb" and form == "3sg" and len(words) == 1:
        separable = any(
            alt.startswith(p) and lem.is_known(alt[len(p) :], "verb") for p in nl.words("particles")
        )
        if not separable:  # 'levert ... op' cannot be shown as one word
            return _most_used([third_singular(alt), alt[:-2] + "t", alt[:-1] + "t"], alt)
    return alt


def _most_used(candidates: list[str], fallback: str) -> str:
    """The candidate form that Dutch text uses most (wordfreq), or the fallback."""
    used = [c for c in candidates if c and zipf_frequency(c) >= _USED_ZIPF]
    return max(used, key=zipf_frequency) if used else fallback


def _adjective_e_forms(adj: str) -> list[str]:
    out = [adj + "e"]
    if len(adj) > 3 and adj[-2] == adj[-3] and adj[-2] in "aeou":
        out.append(adj[:-2] + adj[-1] + "e")  # algemeen -> algemene
    if len(adj) > 2 and adj[-2] in "aeiou" and adj[-3] not in "aeiou":
        out.append(adj + adj[-1] + "e")  # snel -> snelle
    if adj.endswith("ieel"):
        out.append(adj[:-3] + "ële")  # essentieel -> essentiële
    if adj.endswith("f"):
        out.append(adj[:-1] + "ve")
    if adj.endswith("s"):
        out.append(adj[:-1] + "ze")
    return out


def find_rare_words(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield the first use of each hard word the glossary does not cover (hints).

    A word with plainer alternatives in synonyms.tsv gets them (`rare_word.simpler`),
    whatever its frequency; another word is reported when it is rare (`rare_word.zipf`).
    """
    lem = engine.resources.lemmatizer
    threshold = engine.settings.rare_word_zipf
    seen: set[str] = set()
    auxiliaries = nl.verb_forms("hebben") | nl.verb_forms("zijn") | nl.verb_forms("worden")
    for sentence in letter.sentences:
        first = True
        tokens = letter.doc[sentence.token_start : sentence.token_end]
        perfect = any(t.lower_ in auxiliaries for t in tokens)
        for tok in tokens:
            word = tok.text
            at_start, first = first, first and not word.isalpha()
            if not word.isalpha() or word in _NOT_RARE:
                continue
            if not (word.islower() or (at_start and word[1:].islower())):
                continue  # names and acronyms
            low = word.lower()
            if low in seen:
                continue
            seen.add(low)
            simpler = simpler_words(word, lem, perfect)
            if simpler:
                shown = ", ".join(f"'{a}'" for a in simpler)
                yield Finding(
                    "rare_word.simpler", "rare_word", Severity.HINT, tok.idx,
                    tok.idx + len(word), word,
                    f"'{word}' is een moeilijk woord. Eenvoudiger is bijvoorbeeld: {shown}.",
                    replacements=simpler,
                )  # fmt: skip
                continue
            if len(word) < 6 or not word.islower():
                continue
            forms = lem.lemmas(word)
            if max(zipf_frequency(f) for f in forms) >= threshold:
                continue
            if any(is_transparent_compound(f) for f in forms):
                continue
            yield Finding(
                "rare_word.zipf", "rare_word", Severity.HINT, tok.idx, tok.idx + len(word), word,
                f"'{word}' is een woord dat weinig mensen kennen. Kan het eenvoudiger?",
            )  # fmt: skip
