"""Glossary analyser: jargon, stigma, legal terms, vague phrases and acronyms.

Reads: the letter's tokens and sentences, the compiled glossary.
Emits: one finding per term occurrence (explain entries: first use only).

Sense (rewriter/sense.py): the letter's domain is estimated once; an entry whose
`domain`, `near` or `not_near` conditions do not fit is not reported, nor is a term
inside the name of a law or organisation, nor a legal term in a court's sentence.

Matching is inflection-aware through spaCy's Dutch lemma tables (lookup,
rules, exceptions), compound-aware (a term as the head of a compound, or as
its first part when the entry allows it), handles multiword phrases with an
optional gap and split separable verbs (`kent ... toe`).

Speed: a sentence's matches (before the sense checks) depend on its text and tokens
alone; they are kept in the letter's memo (`Letter.memo`), which a rewritten letter
shares with its original, so rescoring it matches only the sentences the rewrite
changed (`_sentence_hits`; 1.3 ms of the rescore's 19 ms a letter on the fixtures).
They are also kept per process, bounded (`_KEPT_HITS`), for the next letters that have
the same sentence (a library's template paragraphs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rewriter.bounded import trim
from rewriter.dutch import singular_candidates
from rewriter.glossary import Entry, Glossary, Term
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence, is_word
from rewriter.model import Finding, Severity
from rewriter.nlp import CACHE_LIMIT, Lemmatizer
from rewriter.sense import DomainEstimate, fits, letter_domain
from rewriter.verbforms import PARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Token

_GAP = 6
_TRAIL = 8  # words in a gap that runs to the end of the clause
_SPLIT_WINDOW = 12
_LINKS = nl.compound_links()


@dataclass(frozen=True)
class CompiledGlossary:
    """Lookup tables built once from a Glossary."""

    glossary: Glossary
    single: dict[str, list[tuple[Entry, Term]]]
    single_cs: dict[str, list[tuple[Entry, Term]]]
    heads: dict[str, list[tuple[Entry, Term]]]
    modifiers: dict[str, list[tuple[Entry, Term]]]
    head_lengths: tuple[int, ...]
    multi: dict[str, list[tuple[Entry, Term]]]
    # per `multi` list, the word the next token must be for each phrase (as written for a
    # case-sensitive entry, else lower case), or None when a gap may follow the first word
    multi_next: dict[str, tuple[str | None, ...]]
    separable: dict[str, list[tuple[Entry, Term, str]]]
    # Single-word and compound hits per token text (offsets relative to the token):
    # they depend on the text alone, and a letter library repeats its words.
    token_cache: dict[str, tuple[tuple[int, int, Entry, str, Term], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )


def compile_glossary(glossary: Glossary, lemmatizer: Lemmatizer) -> CompiledGlossary:
    """Index the entries by first word, compound head and separable verb base."""
    single: dict[str, list] = defaultdict(list)
    single_cs: dict[str, list] = defaultdict(list)
    heads: dict[str, list] = defaultdict(list)
    modifiers: dict[str, list] = defaultdict(list)
    multi: dict[str, list] = defaultdict(list)
    separable: dict[str, list] = defaultdict(list)
    for entry in glossary.entries:
        for term in entry.terms:
            if len(term.words) > 1:
                first = term.words[0] if entry.case_sensitive else term.words[0].lower()
                multi[first].append((entry, term))
                continue
            word = term.words[0]
            if entry.case_sensitive:
                single_cs[word].append((entry, term))
                continue
            low = word.lower()
            single[low].append((entry, term))
            if entry.compounds in ("head", "both"):
                heads[low].append((entry, term))
            if entry.compounds == "both":
                modifiers[low].append((entry, term))
            if entry.pos == "verb":
                for particle in PARTICLES:
                    base = low[len(particle) :]
                    if low.startswith(particle) and lemmatizer.is_known(base, "verb"):
                        separable[base].append((entry, term, particle))
                        break
    lengths = tuple(sorted({len(k) for k in heads} | {len(k) for k in modifiers}))
    multi_next = {
        first: tuple(
            None
            if term.gap_after == 0
            else term.words[1]
            if entry.case_sensitive
            else term.words[1].lower()
            for entry, term in pairs
        )
        for first, pairs in multi.items()
    }
    return CompiledGlossary(
        glossary, dict(single), dict(single_cs), dict(heads), dict(modifiers), lengths,
        dict(multi), multi_next, dict(separable),
    )  # fmt: skip


def find_glossary(
    letter: Letter, compiled: CompiledGlossary, lemmatizer: Lemmatizer, domain: str | None = None
) -> Iterator[Finding]:
    """Yield glossary findings for the whole letter.

    An explain term that was already explained (or used before) is not
    reported again, and words inside it ('Commissie bezwaarschriften') are
    not reported on their own either.
    """
    explained: set[str] = set()
    estimate = letter_domain(letter.text, domain)
    for sentence in letter.sentences:
        found = list(_sentence_findings(letter, sentence, compiled, lemmatizer, estimate))
        quiet: list[tuple[int, int]] = []
        keep: list[Finding] = []
        for finding in found:
            entry = compiled.glossary.by_id[finding.entry_id or ""]
            if entry.type == "explain":
                first = entry.id not in explained
                explained.add(entry.id)
                if not first or _already_explained(letter.text, finding.start, finding.end):
                    quiet.append((finding.start, finding.end))
                    continue
            keep.append(finding)
        for finding in keep:
            inside = any(
                a <= finding.start and finding.end <= b and (a, b) != (finding.start, finding.end)
                for a, b in quiet
            )
            if not inside:
                yield finding


def _already_explained(text: str, start: int, end: int) -> bool:
    """Return True when the term is followed by an explanation in brackets, or is itself
    the bracketed short form after its expansion ('... ondersteuning (Wmo)')."""
    rest = text[end : end + 3].lstrip(" ")
    return rest.startswith("(") or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")


_Hit = tuple[int, int, Entry, str, Term]  # start, end, entry, form, term


def _sentence_findings(
    letter: Letter,
    sentence: Sentence,
    compiled: CompiledGlossary,
    lem: Lemmatizer,
    domain: DomainEstimate,
) -> Iterator[Finding]:
    sent_lower = letter.text[sentence.start : sentence.end].lower()
    for start, end, entry, form, term in _sentence_hits(letter, sentence, compiled, lem):
        if _excepted(sent_lower, start - sentence.start, end - sentence.start, entry):
            continue
        # Sense: the entry's domain and context must fit, and names are never touched.
        spread = form in ("split-verb", "gap-phrase")
        own_end = end
        if form == "clause-gap":
            # only the term's own words are masked: the gap up to the end of the clause
            # stays visible to `near` / `not_near` ('hebben kennisgenomen van uw brief')
            own = letter.text[start:end].split()[: len(term.words)]
            own_end = start + len(" ".join(own))
        if not fits(
            entry, letter.text, start, own_end, (sentence.start, sentence.end), domain, spread
        ):
            continue
        yield _finding(letter, start, end, entry, form, term)


def _sentence_hits(
    letter: Letter, sentence: Sentence, compiled: CompiledGlossary, lem: Lemmatizer
) -> list[_Hit]:
    """The glossary's matches in one sentence (before the sense checks), from its tokens.

    They depend on the sentence's text and its tokens alone (`_match_phrase`,
    `_find_particle` and `_token_hits` read nothing else), so they are kept in the
    letter's memo by sentence, offsets relative to its start: a rewritten letter
    (which shares the memo, `Letter.from_text(..., like=...)`) matches again only the
    sentences the rewrite changed; and in `_KEPT_HITS` for the process's next letters. The sense checks (`fits`) look beyond the sentence
    and at the letter's domain; they run on every call.
    """
    tokens = list(letter.doc[sentence.token_start : sentence.token_end])  # one Token each
    base = sentence.start
    end_of_tokens = max([sentence.end, *(t.idx + len(t.text) for t in tokens[-1:])])
    key = (
        "glossary hits",
        id(compiled),
        id(lem),
        letter.text[base:end_of_tokens],
        tuple((t.idx - base, len(t.text)) for t in tokens),
    )
    relative = letter.memo.get(key)
    if relative is None:
        shared = key[3:]  # the sentence and its tokens
        kept = _KEPT_HITS.pop(shared, None)
        if kept is None or kept[0] is not compiled or kept[1] is not lem:
            found = _hits(tokens, compiled, lem)
            relative = [(a - base, b - base, *rest) for a, b, *rest in found]
            kept = (compiled, lem, relative)
            trim(_KEPT_HITS, KEPT_HITS_LIMIT - 1)
        _KEPT_HITS[shared] = kept  # to the young end
        relative = letter.memo[key] = kept[2]
    return [(a + base, b + base, *rest) for a, b, *rest in relative]


# The same matches across the letters of a process (a library's letters share sentences: a
# template's paragraphs, the closing lines), by sentence text and token offsets, for the
# glossary and lemmatizer they were found with (another one, an overlay's, matches again).
# Bounded, least recently used out first: 4,096 sentences, a few MB. Sentence texts in
# memory only; a letter reads only the matches of a sentence it has itself (the key is the
# whole sentence), and the sense checks still run on every letter.
_KEPT_HITS: dict[tuple, tuple[object, object, list]] = {}
KEPT_HITS_LIMIT = 4_096


def _hits(tokens: list[Token], compiled: CompiledGlossary, lem: Lemmatizer) -> list[_Hit]:
    hits: list[_Hit] = []
    for i, tok in enumerate(tokens):
        if not is_word(tok.text) or tok.is_space:
            continue
        forms = lem.lemmas(tok.text)
        start, end = tok.idx, tok.idx + len(tok.text)
        for rel_start, rel_end, entry, form, term in _token_hits(tok.text, compiled, lem):
            hits.append((start + rel_start, start + rel_end, entry, form, term))
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt_forms: frozenset[str] | None = None
        for form in forms | {tok.lower_, tok.text}:
            pairs = compiled.multi.get(form, ())
            for (entry, term), second in zip(pairs, compiled.multi_next.get(form, ()), strict=True):
                if second is not None:
                    # the second word must be the next token (what _match_phrase tests
                    # second), so most of a common first word's phrases end here, cheaply
                    if nxt is None:
                        continue
                    if entry.case_sensitive:
                        if nxt.text != second:
                            continue
                    else:
                        if nxt_forms is None:
                            nxt_forms = lem.lemmas(nxt.text) | {nxt.text.lower()}
                        if second not in nxt_forms:
                            continue
                span = _match_phrase(tokens, i, term, entry, lem)
                if span:
                    gap = term.gap_after is not None and span[1] - span[0] > len(
                        " ".join(term.words)
                    )
                    form = "gap-phrase" if gap else "phrase"
                    if term.gap_after == len(term.words) - 1:
                        form = "clause-gap"  # the gap runs to the end of the clause
                    hits.append((span[0], span[1], entry, form, term))
            for entry, term, particle in compiled.separable.get(form, ()):
                if i >= 2 and tokens[i - 1].lower_ == "te" and tokens[i - 2].lower_ == particle:
                    hits.append((tokens[i - 2].idx, end, entry, "te-verb", term))
                    continue
                if _ge_participle(tok.lower_, form):
                    # a separable verb's participle is one word ('aangeleverd'): 'een
                    # bijdrage geleverd aan uw zelfredzaamheid' is no 'aanleveren'
                    continue
                if (
                    i >= 1
                    and tokens[i - 1].lower_ in {"het", "dit", "dat"}
                    and (tok.lower_.endswith("en"))
                ):
                    # an infinitive as a noun keeps its particle ('het aanleveren'): 'het
                    # leveren van dagbehandeling aan jonge kinderen' is no 'aanleveren'
                    continue
                span_end = _find_particle(tokens, i, particle)
                if span_end:
                    hits.append((start, span_end, entry, "split-verb", term))
    return hits


def _token_hits(
    text: str, compiled: CompiledGlossary, lem: Lemmatizer
) -> tuple[tuple[int, int, Entry, str, Term], ...]:
    """Single-word and compound hits of one token, offsets relative to it (cached)."""
    cached = compiled.token_cache.get(text)
    if cached is not None:
        return cached
    hits: list[tuple[int, int, Entry, str, Term]] = []
    forms = lem.lemmas(text)
    end = len(text)
    for entry, term in compiled.single_cs.get(text, ()):
        hits.append((0, end, entry, "exact", term))
    # 'WW.' at a sentence end and "pgb's" are single tokens
    bare = text.rstrip(".")
    if bare != text:
        for entry, term in compiled.single_cs.get(bare, ()):
            hits.append((0, len(bare), entry, "exact", term))
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            for entry, term in compiled.single_cs.get(text[: -len(suffix)], ()):
                hits.append((0, end, entry, "plural", term))
    for form in forms:
        for entry, term in compiled.single.get(form, ()):
            if entry.exact and text.lower() != term.words[0].lower():
                continue  # written forms only: 'deelden' is not 'delen'
            if entry.pos == "verb" and _present_participle(text, term):
                continue  # 'verstrekkende gevolgen', 'voldoende': an adjective, not the verb
            hits.append((0, end, entry, _classify(text, term, entry), term))
    if not hits:
        for form in (lem.loose_lemmas(text) | singular_candidates(text)) - forms:
            for entry, term in compiled.single.get(form, ()):
                if entry.pos == "noun" and not entry.exact:
                    hits.append((0, end, entry, _classify(text, term, entry), term))
    if not hits and compiled.head_lengths:
        hits.extend(_compound_hits(text, 0, end, compiled, lem))
    result = tuple(hits)
    if len(compiled.token_cache) >= CACHE_LIMIT:
        compiled.token_cache.clear()  # bounded, like the lemmatizer's cache
    compiled.token_cache[text] = result
    return result


def _present_participle(surface: str, term: Term) -> bool:
    """Return True for a present participle of the term's verb: 'verstrekkend(e)' for
    'verstrekken'. The lemmatizer maps it to the verb, but it is used as an adjective
    with its own sense, and no verb form of the plain word fits there."""
    low = surface.lower()
    verb = term.words[0].lower()
    return low in (verb + "d", verb + "de")


def entries_for_word(
    word: str, compiled: CompiledGlossary, lem: Lemmatizer
) -> list[tuple[Entry, str]]:
    """The entries that mark a single word, each once, with how ('exact', 'plural',
    'compound', ...): 'jeugdconsulent' -> the 'consulent' entry, as part of a compound."""
    out: list[tuple[Entry, str]] = []
    for _start, _end, entry, form, _term in _token_hits(word, compiled, lem):
        if all(entry.id != e.id for e, _ in out):
            out.append((entry, form))
    return out


def _classify(surface: str, term: Term, entry: Entry) -> str:
    low = surface.lower()
    word = term.words[0].lower()
    if low == word:
        return "exact"
    if entry.pos == "verb":
        return "verb"
    if low.endswith(("je", "jes")) and not word.endswith(("je", "jes")) and entry.pos == "noun":
        return "diminutive"
    return "plural" if entry.pos == "noun" else "inflected"


def _compound_hits(
    surface: str, start: int, end: int, compiled: CompiledGlossary, lem: Lemmatizer
) -> Iterator[tuple[int, int, Entry, str, Term]]:
    seen: set[str] = set()
    cands = lem.loose_lemmas(surface) | {surface.lower()} | singular_candidates(surface)
    for cand in set(cands):
        if "-" in cand:  # onderwijs-zorgarrangement: the part after the hyphen is the head
            tail = cand.rsplit("-", 1)[1]
            cands |= {tail} | singular_candidates(tail)
    for cand in cands:
        if cand in compiled.heads and cand != surface.lower():
            for entry, term in compiled.heads[cand]:
                if entry.id not in seen:
                    seen.add(entry.id)
                    yield (start, end, entry, "compound", term)
        for n in compiled.head_lengths:
            if n > len(cand) - 3:
                break
            head = cand[-n:]
            prefix = cand[:-n].rstrip("-")
            if head in compiled.heads and _plausible_part(prefix):
                for entry, term in compiled.heads[head]:
                    if entry.id not in seen:
                        seen.add(entry.id)
                        yield (start, end, entry, "compound", term)
            mod = cand[:n]
            rest = cand[n:]
            if mod in compiled.modifiers and len(rest) >= 4:
                for link in _LINKS:
                    tail = rest[len(link) :] if rest.startswith(link) else None
                    if tail and (lem.is_known(tail) or lem.lemmas(tail) & lem.index["noun"]):
                        for entry, term in compiled.modifiers[mod]:
                            if entry.id not in seen:
                                seen.add(entry.id)
                                yield (start, end, entry, "compound", term)
                        break


def _plausible_part(prefix: str) -> bool:
    return len(prefix) >= 3 and any(c in "aeiouyë" for c in prefix) and prefix.isalpha()


def _word_matches(token_text: str, word: str, entry: Entry, lem: Lemmatizer) -> bool:
    if entry.case_sensitive:
        return token_text == word
    low = word.lower()
    if entry.exact:
        return token_text.lower() == low
    return token_text.lower() == low or low in lem.lemmas(token_text)


def _match_phrase(
    tokens: object, i: int, term: Term, entry: Entry, lem: Lemmatizer
) -> tuple[int, int] | None:
    """Match `term` starting at token i; allow a gap after `term.gap_after`."""
    words = term.words
    seq = tokens  # a spaCy Span
    n = len(seq)  # type: ignore[arg-type]
    j = i
    start_tok = seq[i]  # type: ignore[index]
    if not _word_matches(start_tok.text, words[0], entry, lem):
        return None
    end_char = start_tok.idx + len(start_tok.text)
    j = i + 1
    for k, word in enumerate(words[1:], 1):
        limit = _GAP if term.gap_after is not None and k == term.gap_after + 1 else 0
        found = False
        counted = 0  # words in the gap so far; a written date counts as one word
        for step in range(limit + _DATE_SLACK + 1 if limit else 1):
            idx = j + step
            if idx >= n or counted > limit:
                break
            tok = seq[idx]  # type: ignore[index]
            if tok.text in {",", ";", ":", ".", "?", "!"} and counted < limit:
                break
            if _word_matches(tok.text, word, entry, lem):
                end_char = tok.idx + len(tok.text)
                j = idx + 1
                found = True
                break
            if not _date_rest(seq, idx):
                counted += 1
        if not found:
            return None
    if term.gap_after == len(words) - 1:
        return _trailing_gap(seq, j, start_tok.idx, end_char)
    return start_tok.idx, end_char


_DATE_SLACK = 4  # extra tokens a gap may hold when they are the rest of written dates


def _date_rest(seq: object, idx: int) -> bool:
    """A token of a written date ('22 oktober 2026'): a date and the preposition before it
    ('op 22 oktober 2026') count as one word of a gap, so 'heeft op 22 oktober 2026 een
    gesprek bij u thuis plaatsgevonden' holds six words in its gap, not nine."""
    months = _months()
    tok = seq[idx]  # type: ignore[index]
    text = tok.text.lower()
    n = len(seq)  # type: ignore[arg-type]
    if text.isdigit() and len(text) <= 2 and idx + 1 < n:
        return seq[idx + 1].text.lower() in months  # type: ignore[index]
    if text in months:
        return idx > 0 and seq[idx - 1].text.isdigit()  # type: ignore[index]
    if text.isdigit() and len(text) == 4 and idx > 0:
        return seq[idx - 1].text.lower() in months  # type: ignore[index]
    return False


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(w.lower() for w in nl.words("months"))


def _trailing_gap(seq: object, j: int, start: int, end_char: int) -> tuple[int, int] | None:
    """A term that ends in '...' ('er sprake is van ...'): the gap runs to the end of the
    clause (a punctuation mark or the end of the sentence) within _TRAIL words, and the
    finding ends at its last word. No match when the clause goes on longer."""
    n = len(seq)  # type: ignore[arg-type]
    last = None
    for idx in range(j, min(n, j + _TRAIL + 1)):
        tok = seq[idx]  # type: ignore[index]
        if tok.text in {",", ";", ":", ".", "?", "!", "(", ")"}:
            break
        if last is not None and _clause_after_noun(seq, j, idx):
            break  # 'van problemen die ...': the noun phrase ends before its own clause
        if tok.is_space:
            continue
        if idx == j + _TRAIL:
            return None  # the clause is longer than the gap may be
        last = tok
    if last is None:
        return None
    return start, last.idx + len(last.text)


_DEFINITE_STARTS = frozenset({"de", "het", "deze", "dit", "die", "dat", "uw", "zijn", "haar", "hun", "onze", "ons", "jouw", "je", "mijn"})  # fmt: skip
_PREPOSITION_WORDS = frozenset(nl.words("prepositions"))
_RELATIVE_WAAR = frozenset({"waarin", "waardoor", "waarbij", "waarvoor", "waarop", "waarmee", "waarvan", "waarover", "waaruit", "waaraan", "waarnaar", "waarom", "waartegen", "waaronder"})  # fmt: skip
_CLAUSE_TAIL = 14  # tokens looked at for the 'te' of an 'om ... te' clause


def _clause_after_noun(seq: object, j: int, idx: int) -> bool:
    """True when token `idx` opens a clause that belongs to the noun phrase before it:
    a relative pronoun ('problemen die ...', 'een situatie waarin ...'), 'om ... te'
    ('dringende redenen om ... af te zien') or 'als bedoeld in'. Only after an indefinite
    noun phrase (starting at `j`): 'er de situatie is die ...' would not read."""
    first = seq[j].lower_  # type: ignore[index]
    if first in _DEFINITE_STARTS:
        return False
    prev = seq[idx - 1].lower_  # type: ignore[index]
    if prev in _PREPOSITION_WORDS:
        return False  # 'van die ...': a determiner
    low = seq[idx].lower_  # type: ignore[index]
    n = len(seq)  # type: ignore[arg-type]
    nxt = seq[idx + 1].lower_ if idx + 1 < n else ""  # type: ignore[index]
    if low in {"die", "welke"} or low in _RELATIVE_WAAR:
        return True
    if low == "als":
        return nxt in {"bedoeld", "genoemd", "omschreven"}
    if low == "om":
        for k in range(idx + 1, min(n, idx + _CLAUSE_TAIL)):
            t = seq[k].text  # type: ignore[index]
            if t in {",", ";", ":", ".", "?", "!"}:
                return False
            if t.lower() == "te":
                return True
    return False


def _ge_participle(low: str, lemma: str) -> bool:
    """True for a participle with 'ge-' of `lemma` ('geleverd' of 'leveren', 'gegeven'
    of 'geven'); a finite form ('levert', 'geeft') is False."""
    if lemma.startswith("ge"):
        return low.startswith("gege")
    return low.startswith("ge")


def _find_particle(tokens: object, i: int, particle: str) -> int | None:
    """Return the end offset of a separated particle after token i, if any."""
    seq = tokens
    n = len(seq)  # type: ignore[arg-type]
    for idx in range(i + 1, min(n, i + 1 + _SPLIT_WINDOW)):
        tok = seq[idx]  # type: ignore[index]
        if tok.text in {",", ";", ":", ".", "?", "!"}:
            return None
        if tok.lower_ == particle:
            nxt = seq[idx + 1] if idx + 1 < n else None  # type: ignore[index]
            # "kent ... toe aan X" is fine; "toe" followed by a noun phrase
            # start ("toe de") is unlikely to be the particle.
            if nxt is not None and nxt.lower_ in {"de", "het", "een"}:
                continue
            return tok.idx + len(tok.text)
    return None


def _excepted(sent_lower: str, start: int, end: int, entry: Entry) -> bool:
    for phrase in entry.exceptions:
        pos = sent_lower.find(phrase)
        while pos != -1:
            if pos < end and start < pos + len(phrase):
                return True
            pos = sent_lower.find(phrase, pos + 1)
    return False


_MESSAGES = {
    "replace": "'{t}' is ambtelijke taal. Schrijf liever: {p}.",
    "avoid": "'{t}' is vaag. Zeg wat u precies bedoelt, bijvoorbeeld: {p}.",
    "explain": "'{t}' is een vaste of juridische term. Laat hem staan en leg hem de eerste keer uit.",
    "stigma": "'{t}' maakt van mensen een geval of een probleem. Schrijf over de mens: {p}.",
}


def _finding(letter: Letter, start: int, end: int, entry: Entry, form: str, term: Term) -> Finding:
    text = letter.text[start:end]
    plain = ", ".join(f"'{a.with_article()}'" for a in entry.plain[:3])
    if entry.acronym:
        message = f"De afkorting '{text}' is niet voor iedereen duidelijk. Schrijf hem de eerste keer voluit: {entry.explanation}."
    else:
        message = _MESSAGES[entry.type].format(t=text, p=plain or entry.explanation)
    if entry.reason:
        message = f"{message} {entry.reason}"
    severity = Severity(entry.level)
    if form == "compound":
        # A compound hit cannot be swapped word for word, may be a name and may be
        # another sense ('Wmo-consulent', 'reorganisatietraject'): precision first.
        severity = Severity.HINT
    replacements = tuple(a.with_article() for a in entry.plain)
    if entry.type == "explain":
        replacements = (f"{text} ({entry.explanation})",)
        if entry.acronym:
            replacements = (f"{entry.explanation} ({text})",)
    return Finding(
        rule_id=entry.rule_id,
        category=entry.category,
        severity=severity,
        start=start,
        end=end,
        text=text,
        message=message,
        replacements=replacements,
        entry_id=entry.id,
        form=form,
    )
