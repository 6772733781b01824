"""Proposals derived from findings, and the one function that applies them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rewriter.conjugate import third_singular
from rewriter.dutch import (
    ARTICLE_LIKE,
    DETERMINERS,
    INDEFINITE,
    POSSESSIVE,
    adjective_base,
    adjective_inflected,
    capitalise,
    diminutive_of,
    match_case,
    plural_of,
    singular_candidates,
    swap_determiner,
)
from rewriter.facts import (
    Fact,
    extract_facts,
    has_objection_route,
    number_value,
    numbers_added,
    objection_span,
)
from rewriter.glossary import Alternative, Entry, Glossary
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.protect import Coverage, Protected, SpanIndex, find_protected
from rewriter.verbforms import PARTICLES, is_participle, present_not_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] by `text` (an insertion when start == end)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """A concrete change a writer can accept or reject."""

    id: str
    rule_id: str
    kind: str
    start: int
    end: int
    edits: tuple[Edit, ...]
    before: str
    after: str
    explanation: str
    safe: bool
    alternative: int = 0

    @classmethod
    def from_edits(
        cls,
        text: str,
        *,
        id: str,
        rule_id: str,
        kind: str,
        edits: Sequence[Edit],
        explanation: str,
        safe: bool,
        alternative: int = 0,
    ) -> Proposal:
        """Build a proposal whose span, before and after follow from its edits."""
        ordered = tuple(sorted(edits, key=lambda e: (e.start, e.end)))
        start = min(e.start for e in ordered)
        end = max(e.end for e in ordered)
        return cls(
            id=id,
            rule_id=rule_id,
            kind=kind,
            start=start,
            end=end,
            edits=ordered,
            before=text[start:end],
            after=_apply_edits(text[start:end], ordered, start),
            explanation=explanation,
            safe=safe,
            alternative=alternative,
        )


@dataclass(frozen=True, slots=True)
class AppliedEdit:
    """An edit as applied, with offsets before and after the rewrite."""

    proposal_id: str
    rule_id: str
    start: int
    end: int
    new_start: int
    new_end: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Refusal:
    """A proposal that `apply` refused, with a Dutch reason."""

    proposal: Proposal
    reason: str


@dataclass(frozen=True, slots=True)
class ApplyResult:
    """The rewritten text, the edits applied and the proposals refused."""

    text: str
    applied: tuple[AppliedEdit, ...]
    refused: tuple[Refusal, ...]


def glossary_proposals(
    letter: Letter,
    findings: Iterable[Finding],
    glossary: Glossary,
    lem: Lemmatizer,
    long_limit: int = 20,
) -> list[Proposal]:
    """Return proposals for glossary findings (one per alternative that can be built).

    An explained term is explained once per letter (its first place that allows it);
    when a letter needs `WORDLIST_FROM` explanations or more, they are offered as one
    "Woorden in deze brief" block before the closing instead of sentence by sentence.
    """
    out: list[Proposal] = []
    explained: dict[str, Proposal] = {}
    defined: set[str] = set()  # entries whose term the letter itself defines
    found: dict[str, str] = {}  # entry id -> the term as the letter has it
    acronyms: set[str] = set()
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        entry = glossary.by_id.get(finding.entry_id or "")
        if entry is None:
            continue
        if entry.type == "explain" and entry.acronym:
            if entry.id in acronyms:
                continue  # written out once per letter, at its first place
            acronyms.add(entry.id)
        if entry.type == "explain" and not entry.acronym:
            if entry.id in explained or entry.id in defined:
                continue
            if _defined_by_letter(letter.text, entry, finding.text):
                defined.add(entry.id)  # 'Dit heet gebruikelijke hulp.': no second explanation
                continue
            prop = _explain_sentence(letter, finding, entry)
            if prop is not None:
                explained[entry.id] = prop
                found[entry.id] = finding.text
            continue
        out.extend(_entry_proposals(letter, finding, entry, lem, long_limit))
    if len(explained) >= WORDLIST_FROM:
        block = _wordlist(letter, [glossary.by_id[i] for i in explained], found)
        if block is not None:
            out.append(block)
            return out
    out.extend(explained.values())
    return out


WORDLIST_FROM = 3  # explanations in one letter from which a word list replaces them
_WORDLIST_TITLE = "Woorden in deze brief"


# The letter names or defines the term itself: 'Dit heet gebruikelijke hulp.', 'Dat noemen
# wij een maatwerkvoorziening.', 'Gebruikelijke hulp betekent: ...'. A second explanation
# right after would say the same thing twice.
_NAMING = (
    r"(?:heet|heten|noemen\s+(?:we|wij)|noemt\s+men|noemen\s+ze|wordt\s+(?:dat|dit)\s+genoemd)"
)
_MEANING = r"(?:betekent|betekenen|wil\s+zeggen)"
# what each pattern of `_defined_by_letter` needs in the text: a letter without either
# compiles no pattern per term (they overflowed the re module's cache: ~2 ms a letter)
_NAMING_WORD = re.compile(rf"\b{_NAMING}\s", re.IGNORECASE)
_MEANING_WORD = re.compile(rf"{_MEANING}\b", re.IGNORECASE)


def _defined_by_letter(text: str, entry: Entry, found: str) -> bool:
    """True when the letter itself names or defines the term ('Dit heet gebruikelijke hulp.')."""
    naming, meaning = bool(_NAMING_WORD.search(text)), bool(_MEANING_WORD.search(text))
    if not naming and not meaning:
        return False
    terms = {" ".join(found.split())} | {t.text for t in entry.terms}
    for term in terms:
        words = [re.escape(w) for w in term.split() if w.lower() not in ("de", "het")]
        if not words:
            continue
        name = r"\s+".join(words)
        named = rf"\b{_NAMING}\s+(?:(?:dat|dit|het)\s+)?(?:(?:een|de|het)\s+)?{name}\b"
        meant = rf"\b{name}\s*(?:\([^)]*\)\s*)?{_MEANING}\b"
        if (naming and re.search(named, text, re.IGNORECASE)) or (
            meaning and re.search(meant, text, re.IGNORECASE)
        ):
            return True
    return False


def explanation_line(entry: Entry, found: str | None = None) -> str | None:
    """'Maatwerkvoorziening betekent: hulp die ...' for an explain entry, or None.

    The sentence names the term as the letter has it (`found`, when it is one of
    the entry's terms): 'Leerplichtwet betekent: ...', not 'Leerplichtwet 1969',
    a year the letter does not state. None for a tautology: an explanation that
    repeats the term ('... een besluit' for 'besluit') explains nothing.
    """
    term = entry.terms[0].text
    if found is not None:
        wanted = " ".join(found.split()).lower()
        term = next((t.text for t in entry.terms if t.text.lower() == wanted), term)
    text = entry.explanation.strip().rstrip(".")
    if not text:
        return None
    low = f" {text.lower()} "
    content = {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}
    if f" {term.lower()} " in low or content <= {w.lower() for w in term.split()}:
        return None
    return f"{capitalise(term)} betekent: {text}."


def _explain_sentence(letter: Letter, f: Finding, entry: Entry) -> Proposal | None:
    """Explain a term in a sentence of its own, right after the sentence it is in.

    Never inside a name, an address, the subject line, a heading, a quotation,
    a bracket or a law's name: there the term is not explained at all.
    """
    line = explanation_line(entry, f.text)
    sentence = letter.sentence_at(f.start)
    if line is None or sentence is None or not _explainable_place(letter, f, sentence):
        return None
    if numbers_added(line, letter.text):
        return None  # an explanation must not add a fact ('tot 18 jaar' in a letter without it)
    end_char = letter.text[sentence.end - 1 : sentence.end]
    if end_char not in ".!?":
        return None  # a heading or a list item: no full sentence to follow
    if end_char == "?":
        # 'Bent u mantelzorger? Dan ...': the answer stays with its question
        nxt = letter.sentence_at(sentence.end + 1) or next(
            (s for s in letter.sentences if s.index == sentence.index + 1), None
        )
        gap = letter.text[sentence.end : nxt.start] if nxt else "\n"
        if nxt is None or "\n" in gap or letter.text[nxt.end - 1 : nxt.end] not in ".!":
            return None
        sentence = nxt
    edits = (Edit(sentence.end, sentence.end, f" {line}"),)
    # An explanation lengthens the letter: offered, never ticked by default.
    return _make(letter, f, entry, edits, 0, False, "uitleg")


def _explainable_place(letter: Letter, f: Finding, sentence: Sentence) -> bool:
    text = letter.text
    if f.start < letter.header_end:
        return False  # address block and subject line
    signature = letter.signature_start
    if signature is not None and f.start >= signature:
        return False
    before = text[sentence.start : f.start]
    prev_word = re.search(r"(\S+)\s*$", before)
    if f.text[:1].islower() and prev_word and prev_word.start() > 0:
        # a lower-case term inside a name: 'Commissie bezwaarschriften sociaal domein'
        return not prev_word.group(1)[:1].isupper()
    return True


def _wordlist(letter: Letter, entries: Sequence[Entry], found: dict[str, str]) -> Proposal | None:
    """One proposal: a short 'Woorden in deze brief' block before the closing."""
    m = re.search(
        r"^[^\S\n]*(?:Met\s+vriendelijke\s+groet|Vriendelijke\s+groet|Hoogachtend|"
        r"Met\s+hartelijke\s+groet)",
        letter.text,
        re.MULTILINE,
    )
    if m is None:
        return None
    lines = [explanation_line(e, found.get(e.id)) for e in entries]
    lines = [x for x in lines if x and not numbers_added(x, letter.text)]
    if not lines:
        return None
    body = "\n".join(f"- {x}" for x in lines)
    block = f"{_WORDLIST_TITLE}:\n{body}\n\n"
    ids = "+".join(e.id for e in entries)
    return Proposal.from_edits(
        letter.text,
        id=f"explain.woorden-in-deze-brief@{m.start()}#0",
        rule_id="explain.woorden-in-deze-brief",
        kind="uitleg",
        edits=(Edit(m.start(), m.start(), block),),
        explanation=(
            "Leg moeilijke woorden die u moet gebruiken één keer uit, in een kort lijstje "
            f"onderaan de brief ({ids})."
        ),
        safe=False,
    )


def _entry_proposals(
    letter: Letter, f: Finding, entry: Entry, lem: Lemmatizer, long_limit: int = 20
) -> list[Proposal]:
    if entry.type == "explain":
        if entry.acronym:
            if f.form == "plural":
                return []  # "pgb's": the writer rephrases
            if entry.explanation.lower() in letter.text.lower():
                return []  # already written out: 'Wet ... ondersteuning (Wmo)'
            before = letter.text[max(0, f.start - 2) : f.start]
            if "(" in before or not _explainable_acronym(letter, f):
                return []
            if numbers_added(entry.explanation, letter.text):
                return []  # written out, it would add a number the letter does not state
            # Insert around the acronym, which itself stays untouched (it may be a fact).
            new = f"{entry.explanation} ("
            if _at_sentence_start(letter, f.start):
                new = capitalise(new)
            close = f.end
            year = re.match(r" \d{4}\b", letter.text[f.end : f.end + 5])
            if year:
                close = f.end + len(year.group())  # 'Wmo 2015' stays together in brackets
            edits = (Edit(f.start, f.start, new), Edit(close, close, ")"))
            # Written out in full, the letter gets longer: offered, not ticked by default.
            return [_make(letter, f, entry, edits, 0, False, "uitleg")]
        else:
            prop = _explain_sentence(letter, f, entry)
            return [prop] if prop is not None else []
    if entry.type == "avoid" or f.form == "compound":
        return []
    proposals = []
    for i, alt in enumerate(entry.plain):
        edits = _replacement_edits(letter, f, entry, alt, lem)
        if edits is None:
            continue
        kind = "stigma" if entry.type == "stigma" else "woord"
        safe = entry.safe and i == 0
        if _changes_structure(letter, f, entry, alt):
            kind, safe = "zin", False
        prop = _make(letter, f, entry, edits, i, safe, kind)
        if kind == "zin":
            prop = _as_sentence(letter, prop)
        proposals.append(prop)
    return proposals


def _explainable_acronym(letter: Letter, f: Finding) -> bool:
    if f.start < letter.header_end:
        return False
    signature = letter.signature_start
    return signature is None or f.start < signature


def _changes_structure(letter: Letter, f: Finding, entry: Entry, alt: Alternative) -> bool:
    """Return True when a phrase replacement (3+ words) changes the sentence's structure.

    Such a replacement is shown as a sentence proposal and never applied by default.
    A phrase that ends its clause (before . , ; : ! ? or a closing bracket) fits as it is.
    In the middle of a clause a phrase keeps the structure when it takes the place of the
    term as the same kind of part: an abbreviation written out ('i.p.v.'), a fixed formula
    replaced by a fixed phrase ('delen wij u hierbij mee' -> 'laten wij u weten'), a noun
    group by a noun group ('hoorverslag' -> 'verslag van de hoorzitting'). It does not when
    the phrase builds a clause the term did not have ('hulp die de gemeente speciaal voor u
    regelt', 'om goed te keuren', 'als u dat wilt'), is an adjective group that would have
    to stand before a noun ('18 jaar of ouder'), holds a comma (a list), or is a noun group
    followed by 'van' (two 'van' groups in a row read as one). The grammar check
    (rewriter/grammar_vet.py) still re-reads every edited sentence before it is offered.
    """
    words = alt.text.lower().split()
    if len(words) < 3:
        return False
    rest = letter.text[f.end :].lstrip(" ")
    if rest and rest[0] in ".,;:!?)":
        return False
    term = f.text.lower()
    if "." in term and " " not in term.strip("."):
        return False  # an abbreviation written out
    if entry.pos == "adj" or "," in alt.text:
        return True
    if _opens_clause(words) > _opens_clause(term.split()):
        return True
    next_word = re.match(r"\w+", rest)
    return entry.pos == "noun" and next_word is not None and next_word.group().lower() == "van"


def _opens_clause(words: Sequence[str]) -> int:
    """How many words open a clause: 'die', 'dat', 'om', 'te' ..., 'als' before a subject."""
    openers, subjects = _CLAUSE_OPENERS, _SUBJECTS
    n = sum(w in openers for w in words)
    return n + sum(w == "als" and nxt in subjects for w, nxt in pairwise(words))


_CLAUSE_OPENERS = frozenset(nl.words("clause_openers"))
_SUBJECTS = frozenset(nl.words("subject_pronouns"))


def _as_sentence(letter: Letter, prop: Proposal) -> Proposal:
    """Show a proposal as the whole sentence before and after."""
    sentence = letter.sentence_at(prop.start)
    if sentence is None:
        return prop
    start, end = min(sentence.start, prop.start), max(sentence.end, prop.end)
    after = _apply_edits(letter.text[start:end], prop.edits, start)
    return Proposal(
        id=prop.id, rule_id=prop.rule_id, kind=prop.kind, start=prop.start, end=prop.end,
        edits=prop.edits, before=letter.text[start:end], after=after,
        explanation=prop.explanation + " Controleer de hele zin: de zinsbouw verandert.",
        safe=False, alternative=prop.alternative,
    )  # fmt: skip


def _make(
    letter: Letter,
    f: Finding,
    entry: Entry,
    edits: tuple[Edit, ...],
    alt: int,
    safe: bool,
    kind: str,
) -> Proposal:
    return Proposal.from_edits(
        letter.text,
        id=f"{entry.rule_id}@{f.start}#{alt}",
        rule_id=entry.rule_id,
        kind=kind,
        edits=edits,
        explanation=entry.reason,
        safe=safe,
        alternative=alt,
    )


def _at_sentence_start(letter: Letter, offset: int) -> bool:
    sentence = letter.sentence_at(offset)
    if sentence is None:
        return False
    lead = letter.text[sentence.start : offset]
    return not any(ch.isalnum() for ch in lead)


def _replacement_edits(
    letter: Letter, f: Finding, entry: Entry, alt: Alternative, lem: Lemmatizer
) -> tuple[Edit, ...] | None:
    if "..." in alt.text.split():
        return _slot_edits(letter, f, entry, alt, lem)
    if f.form == "split-verb" or entry.pos == "verb":
        return _verb_edits(letter, f, entry, alt)
    if entry.pos == "noun" and f.form in ("exact", "plural", "diminutive"):
        return _noun_edits(letter, f, entry, alt, lem)
    if f.form == "diminutive":
        return None
    new = alt.text
    if f.form == "inflected":
        new = _inflected_like(f.text, entry, alt.text, lem)
        if new is None:
            return None  # a form we cannot mirror: a hint, not a wrong word
    if f.form == "phrase" and _phrase_is_plural(letter, f, entry, lem):
        if not alt.plural:
            return None
        new = alt.plural
    if not new:
        return _deletion(letter, f)
    if _at_sentence_start(letter, f.start) or (f.text[:1].isupper() and not entry.case_sensitive):
        new = capitalise(new)
    return (Edit(f.start, f.end, new),)


def _slot_edits(
    letter: Letter, f: Finding, entry: Entry, alt: Alternative, lem: Lemmatizer
) -> tuple[Edit, ...] | None:
    """A formula with a slot: 'heeft ... plaatsgevonden' -> 'is ... geweest'. The words
    before the gap are replaced by the plain words before '...', the words after it by the
    plain words after it; what the letter wrote in the gap stays as it is. An empty side
    deletes those words ('vindt ... plaats' -> 'is ...'). Written without a gap, the two
    sides meet ('dat ... heeft plaatsgevonden' -> 'dat ... is geweest'). Only for `exact`
    entries: every written form has its own term, so tense and person stay right."""
    if not entry.exact:
        return None
    head_alt, _, tail_alt = (w.strip() for w in alt.text.partition("..."))
    words = f.text.split()
    low = [w.lower() for w in words]
    for term in entry.terms:
        if term.gap_after is None:
            continue
        n_head = term.gap_after + 1
        head, tail = (
            [w.lower() for w in term.words[:n_head]],
            [w.lower() for w in term.words[n_head:]],
        )
        if low[:n_head] != head or low[len(low) - len(tail) :] != tail:
            continue
        if not tail:  # 'er sprake is van ...': the gap runs to the end of the clause
            return _trailing_slot_edits(letter, f, words, n_head, alt, lem)
        if len(words) == n_head + len(tail):  # no words in the gap
            new = " ".join(x for x in (head_alt, tail_alt) if x)
            if words[0][:1].isupper():
                new = capitalise(new)
            return (Edit(f.start, f.end, new),)
        text = letter.text
        head_end = f.start + len(" ".join(words[:n_head]))
        if " ".join(text[f.start : head_end].split()).lower() != " ".join(head):
            return None  # a line break inside the head: left to the writer
        tail_start = f.end - len(" ".join(words[len(words) - len(tail) :]))
        if " ".join(text[tail_start : f.end].split()).lower() != " ".join(tail):
            return None
        new_head = head_alt
        if words[0][:1].isupper() and new_head:
            new_head = capitalise(new_head)
        if not new_head:
            return None  # the head carries the verb's place: never left empty
        if tail_alt.lower() == text[tail_start : f.end].lower():
            return (Edit(f.start, head_end, new_head),)  # the tail stays: 'na ... melding'
        if new_head.lower() == text[f.start : head_end].lower():
            return (
                Edit(tail_start, f.end, tail_alt),
            )  # the head stays: 'regeling ... af te spreken'
        if tail_alt:
            return (Edit(f.start, head_end, new_head), Edit(tail_start, f.end, tail_alt))
        cut = tail_start
        while cut > 0 and text[cut - 1] == " ":
            cut -= 1
        return (Edit(f.start, head_end, new_head), Edit(cut, f.end, ""))
    return None


def _trailing_slot_edits(
    letter: Letter, f: Finding, words: list[str], n_head: int, alt: Alternative, lem: Lemmatizer
) -> tuple[Edit, ...] | None:
    """A formula whose gap runs to the end of the clause, with a verb that moves behind it:
    'dat er sprake is van een achterstand,' -> 'dat er een achterstand is,'. The gap must be
    one noun phrase (no verb, subordinator or relative pronoun in the trained parser's
    tags); its number picks the alternative's text or its `plural` ('er ... zijn'); an
    alternative without `plural` has no verb that agrees and takes any noun phrase ('hebben
    kennisgenomen van ...' -> 'hebben ... gelezen'). Without the parser, or for a gap whose
    number is needed and unknown, no proposal: a hint stays."""
    gap = words[n_head:]
    if not gap:
        return None
    text = letter.text
    head_end = f.start + len(" ".join(words[:n_head]))
    sentence = letter.sentence_at(f.start)
    bounds = (sentence.start, sentence.end) if sentence else (f.start, f.end)
    number = _noun_phrase_number(text, bounds, (head_end, f.end), lem, not alt.plural)
    if number is None:
        return None  # not one noun phrase, or its number is needed and unknown
    plain = alt.plural if number == "plur" and alt.plural else alt.text
    head_alt, _, tail_alt = (w.strip() for w in plain.partition("..."))
    if not head_alt:
        return None
    if " ".join(text[f.start : head_end].split()).lower() != " ".join(words[:n_head]).lower():
        return None  # a line break inside the head: left to the writer
    new_head = capitalise(head_alt) if words[0][:1].isupper() else head_alt
    edits = [Edit(f.start, head_end, new_head)]
    if tail_alt:
        edits.append(Edit(f.end, f.end, " " + tail_alt))
    return tuple(edits)


_NOT_IN_NOUN_PHRASE = frozenset({"VERB", "AUX", "SCONJ"})
_DETERMINERS = frozenset(
    {
        "de",
        "het",
        "een",
        "uw",
        "je",
        "jouw",
        "haar",
        "zijn",
        "hun",
        "onze",
        "ons",
        "mijn",
        "deze",
        "dit",
    }
)


def _noun_phrase_number(
    text: str, sentence: tuple[int, int], gap: tuple[int, int], lem: Lemmatizer, any_number: bool
) -> str | None:
    """'sing' or 'plur' when the trained parser, on the whole sentence, tags the words of
    `gap` (offsets into `text`) as one noun phrase (no finite verb or infinitive, no
    subordinator, no relative pronoun or 'waarin'-word), from its head noun: the last noun
    before the first preposition; 'en' between nouns is plural.
    A noun counts as plural only when the word lists know its singular and not the form
    itself ('omstandigheden', 'kosten'); a head they do not know gives None (no guess).
    With `any_number` the number does not matter (the plain form has no verb that agrees):
    'any' for every noun phrase."""
    from rewriter.parser import load_parser

    nlp = load_parser()
    if nlp is None:
        return None
    # the whole sentence is tagged (a fragment is tagged worse: 'uw e-mail' as a verb)
    doc = nlp(text[sentence[0] : sentence[1]])
    lo, hi = gap[0] - sentence[0], gap[1] - sentence[0]
    toks = [t for t in doc if t.idx >= lo and t.idx + len(t.text) <= hi and not t.is_space]
    if not toks:
        return None
    head = None
    coordinated = False
    prev = ""
    for tok in toks:
        # the small model tags some nouns after a determiner as verbs ('uw e-mail')
        nominal = prev in _DETERMINERS and lem.is_known(tok.text, "noun")
        prev = tok.lower_
        if nominal:
            head = tok.text
            continue
        if tok.pos_ in _NOT_IN_NOUN_PHRASE and tok.morph.get("VerbForm") != ["Part"]:
            return None
        if "Rel" in tok.morph.get("PronType") or tok.lower_.startswith("waar"):
            return None
        if tok.lower_ in {"die", "dat", "wat", "of", "om", "te"}:
            return None
        if tok.lower_ == "en":
            coordinated = True
        elif tok.pos_ == "ADP" and head is not None:
            break
        elif (tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha) or "-" in tok.text:
            head = tok.text
    if head is None:
        return None
    if any_number:
        return "any"
    if coordinated or (toks[0].lower_ in {"twee", "drie", "vier", "meerdere", "enkele", "diverse"}):
        return "plur"
    if toks[0].lower_ == "een" or lem.is_known(head, "noun"):
        return "sing"
    low = head.lower()
    if any(w != low and lem.is_known(w, "noun") for w in lem.lemmas(head)):
        return "plur"
    return None


def _inflected_like(surface: str, entry: Entry, plain: str, lem: Lemmatizer) -> str | None:
    """The plain word in the form the surface word has relative to the entry's term:
    'gehuwden' for the term 'gehuwde' -> 'getrouwden' (a nominalised adjective in the
    plural), 'gehuwde' for 'gehuwd' -> 'getrouwde', 'ongehuwde' -> 'niet getrouwde' (the
    last word inflects); other forms keep the plain word as written. None when a
    plural -n cannot be mirrored."""
    low = surface.lower()
    if not plain:
        return plain  # a deletion
    head, _, last = plain.rpartition(" ")
    lead = head + " " if head else ""
    for term in entry.terms:
        word = term.words[0].lower()
        if len(term.words) != 1 or not low.startswith(word):
            continue
        ending = low[len(word) :]
        if ending == "n" and last.endswith("e"):
            return plain + "n"
        inflected = adjective_inflected(last, lem) if not last.endswith("e") else last
        if ending == "en":
            return lead + inflected + "n" if inflected else None
        if ending == "e":
            return lead + (inflected or last)  # 'gratis', 'extra' do not inflect
        break
    return plain


def _phrase_is_plural(letter: Letter, f: Finding, entry: Entry, lem: Lemmatizer) -> bool:
    """Return True when a noun phrase matched in the plural ('multiproblem gezinnen')."""
    last = letter.text[f.start : f.end].split()[-1].lower()
    words = {t.words[-1].lower() for t in entry.terms if len(t.words) > 1}
    if last in words:
        return False
    return any(w in lem.loose_lemmas(last) | singular_candidates(last) for w in words)


def _deletion(letter: Letter, f: Finding) -> tuple[Edit, ...]:
    text = letter.text
    start, end = f.start, f.end
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    edits = [Edit(start, end, "")]
    if _at_sentence_start(letter, f.start):
        nxt = end
        while nxt < len(text) and not text[nxt].isalpha():
            nxt += 1
        if nxt < len(text) and text[nxt].islower():
            edits.append(Edit(nxt, nxt + 1, text[nxt].upper()))
    return tuple(edits)


def _noun_edits(
    letter: Letter, f: Finding, entry: Entry, alt: Alternative, lem: Lemmatizer
) -> tuple[Edit, ...] | None:
    doc = letter.doc
    sentence = letter.sentence_at(f.start)
    if sentence is None:
        return None
    tok_i = letter.token_index(f.start)
    if tok_i is None:
        return None
    # Walk left over adjectives to the determiner.
    adjectives = []
    det = None
    j = tok_i - 1
    while j >= sentence.token_start and len(adjectives) < 3:
        tok = doc[j]
        low = tok.lower_
        if low in DETERMINERS or low in POSSESSIVE:
            det = tok
            break
        if (
            tok.is_alpha
            and low not in _FUNCTION_WORDS
            and lem.lemmas(tok.text) & lem.index["adj"]
            and not is_participle(tok.text, lem)
        ):
            adjectives.append(tok)
            j -= 1
            continue
        break
    adjectives.reverse()
    if det is None and not (adjectives and _bare_phrase_start(doc, adjectives[0].i, sentence)):
        # No determiner: the words before are not attributive ('is bedoeld voor'),
        # unless a preposition or the sentence start opens the phrase
        # ('met onderhavige beschikking' -> 'met onderhavig besluit').
        adjectives = []
    nxt = doc[tok_i + 1] if tok_i + 1 < len(doc) else None
    nxt_forms = lem.lemmas(nxt.text) if nxt is not None else frozenset()
    adjectival = f.text.lower().endswith(
        "e"
    )  # gehandicapte, laaggeletterde: nouns made of adjectives
    if (
        adjectival
        and nxt is not None
        and nxt.is_alpha
        and nxt.is_lower
        and nxt_forms & lem.index["noun"]
    ):
        closed = _FUNCTION_WORDS | DETERMINERS.keys() | POSSESSIVE
        if not nxt_forms & (lem.index["verb"] | lem.index["adj"]) and nxt.lower_ not in closed:
            return None  # the term is used as an adjective: 'gehandicapte kinderen'

    plural = f.form == "plural"
    noun = alt.text
    if f.form == "diminutive":
        # a diminutive is a het-word; its plural ends in -s ('briefjes')
        noun = diminutive_of(alt.text, lem, plural=f.text.lower().endswith("s"))
        if noun is None:
            return None
        alt = Alternative(
            noun, "het" if not f.text.lower().endswith("s") else None, alt.plural, alt.forms
        )
        plural = f.text.lower().endswith("s")
    if plural and f.form != "diminutive":
        noun = alt.plural or (plural_of(alt.text, lem) if " " not in alt.text else None)
        if noun is None:
            return None
    changes: dict[int, str] = {}  # token index -> new text (None-like "" = delete)
    start = f.start
    if det is not None:
        det_low = det.lower_
        if alt.gender is None and det_low in ARTICLE_LIKE:
            if adjectives:
                return None
            changes[det.i] = ""
        elif not plural and alt.gender and det_low in DETERMINERS:
            changes[det.i] = swap_determiner(det.text, alt.gender)
        start = det.idx
    elif adjectives:
        start = adjectives[0].idx
    if adjectives and not plural and alt.gender:
        indefinite = det is None or det.lower_ in INDEFINITE
        if indefinite:
            for adj in adjectives:
                form = (
                    adjective_base(adj.text, lem)
                    if alt.gender == "het"
                    else adjective_inflected(adj.text, lem)
                )
                if form is None:
                    return None
                changes[adj.i] = form
    changes[tok_i] = noun
    # Rebuild the span from det/adjectives to the noun, keeping original spacing.
    first_i = min([tok_i, *changes.keys(), *(a.i for a in adjectives)])
    if det is not None:
        first_i = min(first_i, det.i)
    pieces: list[str] = []
    for i in range(first_i, tok_i + 1):
        tok = doc[i]
        new = changes.get(i, tok.text)
        if new == "":
            continue
        pieces.append(new + (tok.whitespace_ if i < tok_i else ""))
    replacement = "".join(pieces)
    if _at_sentence_start(letter, start) or letter.text[start : start + 1].isupper():
        replacement = capitalise(replacement)
    elif start == f.start and f.text[:1].isupper() and not entry.case_sensitive:
        replacement = match_case(f.text, replacement)
    return (Edit(start, f.end, replacement),)


def _verb_slot(surface: str, lemma: str, particle: str) -> str:
    low = surface.lower()
    base = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
    if low in (lemma, base):
        return "inf-or-part"  # 'herzien': the context decides (in _verb_edits)
    body = low[len(particle) :] if particle and low.startswith(particle) else low
    if body.startswith("ge") and body.endswith(("d", "t", "n")) and not base.startswith("ge"):
        return "part"
    if (
        body.endswith(("den", "ten"))
        and body[:-2].endswith(("d", "t"))
        and not body[:-2].endswith("nd")
        and low != lemma
    ):
        # a past plural: 'verzochten', 'verstrekten', 'beoordeelden' ('wij verzochten u' is
        # not 'wij gevraagd u'); '-nden' stays a participle: 'verbonden', 'verzonden'
        return "past_pl"
    if body.endswith("en") and base.startswith(("be", "ver", "ont", "her", "er", "ge")):
        return "part"  # strong participle of an inseparable verb: heroverwogen, ontvangen
    # 'verstrekt' is both 3sg and participle; the context decides (in _verb_edits).
    if (
        base.startswith(("be", "ver", "ont", "her", "er", "ge"))
        and body.endswith(("d", "t"))
        and not body.endswith(("de", "te"))
        and len(body) >= len(base) - 2
    ):
        return "t-or-part"
    if (
        body.startswith("ge")
        and body.endswith(("de", "te"))
        and (particle or not base.startswith("ge"))
    ):
        return "adj-part"  # 'toegekende', 'gewijzigde': never a past tense ('kende toe')
    if body.endswith(("den", "ten")):
        return "past_pl"
    if body.endswith(("de", "te")):
        return "past_sg"
    if body.endswith("t"):
        return "t"
    return "stem"


def _particle(verb: str) -> str:
    """Return the separable particle a verb starts with ('toekennen' -> 'toe'), or ''."""
    for particle in PARTICLES:
        if verb.startswith(particle) and len(verb) > len(particle) + 3:
            return particle
    return ""


_PHRASE_PREPOSITIONS = frozenset(nl.words("phrase_prepositions"))  # a subset: see its header


def _bare_phrase_start(doc: Doc, first_adj: int, sentence: Sentence) -> bool:
    """A bare noun phrase (no determiner) starts right before `first_adj`."""
    if first_adj == sentence.token_start:
        return True
    return doc[first_adj - 1].lower_ in _PHRASE_PREPOSITIONS


_FUNCTION_WORDS = frozenset(nl.words("prepositions") + nl.words("function_words"))
_AUX = {"wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren", "heeft", "hebben",
        "had", "hadden", "word", "ben", "bent", "geworden", "heb", "hebt"}  # fmt: skip


def _verb_edits(
    letter: Letter, f: Finding, entry: Entry, alt: Alternative
) -> tuple[Edit, ...] | None:
    text = letter.text
    term = entry.terms[0].text.lower()
    particle = _particle(term)
    verb_end = f.end
    alt_particle = _alt_particle(alt)
    if f.form == "te-verb":
        new = "te " + alt.text
        if alt_particle:  # 'toe te lichten' -> 'uit te leggen', never 'te uitleggen'
            new = f"{alt_particle} te {alt.text[len(alt_particle) :]}"
        return (
            Edit(f.start, f.end, capitalise(new) if _at_sentence_start(letter, f.start) else new),
        )
    if f.form == "split-verb":
        verb_end = f.start + len(text[f.start : f.end].split()[0])
        particle = text[f.start : f.end].split()[-1].lower()
        if alt_particle:
            return _split_to_split(letter, f, entry, alt_particle, alt)
    surface = text[f.start : verb_end]
    slot = _verb_slot(surface, term, particle)
    sentence = letter.sentence_at(f.start)
    before_words = text[sentence.start : f.start].lower().split() if sentence else []
    prev = before_words[-1].strip(",.") if before_words else ""
    clause = _clause_before(before_words)
    has_aux = any(w in _AUX for w in clause)
    has_modal = any(w in _MODALS for w in clause)
    nxt_tok = letter.next_token(verb_end)
    if slot == "t-or-part":
        # an auxiliary in the verb's own clause makes it a participle; one in another clause
        # does not ('Als u niet verschijnt, kan dit gevolgen hebben' keeps 'komt')
        after = text[verb_end : sentence.end].lower().split() if sentence else []
        own_clause = clause + _clause_after(after)
        slot = "part" if any(w in _AUX for w in own_clause) else "t"
        sub = _new_subject_clause(clause)
        if sub is not None and not any(w in _AUX for w in sub + _clause_after(after)):
            # 'Wij hebben uw aanvraag ontvangen en de gemeente verstrekt u ...': a clause
            # of its own after 'en' + a subject, without an auxiliary; the verb is finite
            # when something follows it, and may be a participle sharing the first
            # clause's auxiliary when it ends the clause ('en de kosten vergoed')
            if not after or after[0][:1] in ",.;:?!":
                return None
            slot = "t"
        if present_not_participle(surface.lower(), term):
            slot = "t"  # 'Het formulier behoeft niet te worden ...': the participle is 'behoefd'
        elif slot == "t" and _shares_auxiliary(before_words, clause, after):
            # 'wordt niet meer ambtshalve toegekend, maar alleen op aanvraag verstrekt': the
            # second participle shares the first one's 'wordt' (it became 'op aanvraag geeft');
            # a present tense or a participle cannot be told apart here: no proposal
            return None
    elif slot == "inf-or-part":
        # Only verbs with an inseparable prefix have a participle equal to the
        # infinitive ('herzien'); after 'te' or a modal verb it is an infinitive.
        inseparable = term.startswith(("be", "ver", "ont", "her", "ge", "er"))
        # after an article or a possessive it is a verb used as a noun: 'tot het verstrekken
        # van' (it used to become 'tot het gegeven van'), also with 'niet' between ('die het
        # niet verschijnen rechtvaardigen'). 'dat' and 'zijn' are left out: often a verb or
        # a conjunction.
        lead = [w.strip(",.") for w in before_words if w.strip(",.") not in {"niet", "nog", "ook"}]
        nominal = bool(lead) and lead[-1] in {"het", "dit", "uw", "ons", "haar", "hun", "mijn"}
        is_part = inseparable and has_aux and prev != "te" and not has_modal and not nominal
        slot = "part" if is_part and f.form != "split-verb" and alt.forms.get("part") else "inf"
    elif slot == "past_sg" and nxt_tok is not None and _is_noun(nxt_tok, letter):
        slot = "adj-part"  # 'de door u verstrekte gegevens'
    if slot == "inf" and prev == "te" and f.form != "te-verb":
        alt_particle = _particle(alt.text)
        if alt_particle and " " not in alt.text:
            i = letter.token_index(f.start)
            if i is None or i == 0:
                return None
            te_start = letter.doc[i - 1].idx  # the 'te' token before the verb
            new = f"{alt_particle} te {alt.text[len(alt_particle) :]}"
            return (Edit(te_start, verb_end, new),)  # 'te retourneren' -> 'terug te sturen'
    forms = dict(alt.forms)
    forms.setdefault("inf", alt.text)
    if slot == "adj-part":
        part = forms.get("part")
        if not part or " " in part:
            return None
        forms["adj-part"] = part if part.endswith("en") else part + "e"
    elif slot != "inf" and _particle(alt.text) and " " not in alt.text and slot != "part":
        return None  # a separable plain verb in a finite form needs its particle at the end
    new = forms.get(slot)
    if not new:
        return None
    # A plain verb of several words ('opnieuw bekijken') only fits where the verb
    # closes the clause; in second position ('Wij heroverwegen het besluit') the
    # words must be split up, which only a writer can do.
    if " " in new and slot != "part" and not _closes_clause(text, verb_end):
        return None
    if _at_sentence_start(letter, f.start) or surface[:1].isupper():
        new = capitalise(new)
    edits = [Edit(f.start, verb_end, new)]
    if f.form == "split-verb":
        p_start = f.end - len(particle)
        cut = p_start
        while cut > 0 and text[cut - 1] == " ":
            cut -= 1
        edits.append(Edit(cut, f.end, ""))
    return tuple(edits)


def _alt_particle(alt: Alternative) -> str:
    """The separable particle of a one-word plain verb ('uitleggen' -> 'uit'), or ''.

    When the entry gives the participle, it decides: 'geïnformeerd' shows that
    'informeren' is not 'in' + 'formeren'."""
    if " " in alt.text:
        return ""
    particle = _particle(alt.text)
    part = alt.forms.get("part")
    if particle and part and not part.startswith(particle):
        return ""
    if not particle and part:
        # a particle outside the closed list shows in the participle: 'goedgekeurd'
        at = part.find("ge", 1)
        head = part[:at] if at > 0 else ""
        long_enough = len(alt.text) > len(head) + 3
        if head and head not in _INSEPARABLE and alt.text.startswith(head) and long_enough:
            return head
    return particle


_INSEPARABLE = {"be", "ge", "ver", "ont", "her", "er", "mis"}


def _split_to_split(
    letter: Letter, f: Finding, entry: Entry, alt_particle: str, alt: Alternative
) -> tuple[Edit, ...] | None:
    """A split verb for a split verb: 'Wij lichten het besluit toe' -> 'Wij leggen het besluit
    uit'; the finite verb takes the plain verb's form, the particle takes the plain particle.
    Only the present tense ('lichten', 'licht'); anything else is left to the writer."""
    text = letter.text
    words = text[f.start : f.end].split()
    surface, particle = words[0], words[-1].lower()
    term = entry.terms[0].text.lower()
    if not term.startswith(particle):
        return None
    base, rest, low = term[len(particle) :], alt.text[len(alt_particle) :], surface.lower()
    if low == base:
        new = rest  # plural present: 'lichten ... toe' -> 'leggen ... uit'
    elif low == third_singular(base):
        new = third_singular(rest)  # 'licht ... toe' -> 'legt ... uit'
    else:
        return None
    if surface[:1].isupper():
        new = capitalise(new)
    verb_end = f.start + len(surface)
    return (Edit(f.start, verb_end, new), Edit(f.end - len(particle), f.end, alt_particle))


_MODALS = {"kunnen", "kan", "kunt", "kon", "konden", "moeten", "moet", "moest", "moesten",
           "mogen", "mag", "mocht", "mochten", "willen", "wil", "wilt", "wilde", "wilden",
           "zullen", "zal", "zult", "zou", "zouden", "laten", "gaan"}  # fmt: skip


_COORDINATORS = {"en", "maar", "of", "noch"}


_SUBJECT_OPENERS = frozenset(nl.words("determiners")) | frozenset(nl.words("subject_pronouns"))


def _new_subject_clause(clause: list[str]) -> list[str] | None:
    """The words after the last 'en'/'maar'/'of' of `clause` (given in reverse order) when
    they open with a subject ('en de gemeente', 'maar wij'); None otherwise ('en februari',
    'en aan de SVB' continue the clause)."""
    for i, w in enumerate(clause):
        if w in _COORDINATORS:
            sub = clause[:i]
            return sub if sub and sub[-1] in _SUBJECT_OPENERS else None
    return None


def _shares_auxiliary(before_words: list[str], clause: list[str], after: list[str]) -> bool:
    """A verb ending a clause that opens with 'en'/'maar'/'of' after a clause with an
    auxiliary: 'wordt ... toegekend, maar op aanvraag verstrekt' (the coordinated clause
    may leave out the auxiliary, so the verb may be a participle)."""
    verb_final = not after or after[0].strip(",.;:?!") == "" or after[0][-1:] in ",.;:?!"
    opener = clause[-1] if clause else ""  # `clause` holds the words in reverse order
    earlier = before_words[: len(before_words) - len(clause)]
    return verb_final and opener in _COORDINATORS and any(w.strip(",.;:") in _AUX for w in earlier)


def _clause_after(words: list[str]) -> list[str]:
    """The words of the current clause after a position (up to the next comma)."""
    out: list[str] = []
    for w in words:
        out.append(w.strip(",.;:?!"))
        if w.endswith((",", ";", ":", ".", "?", "!")):
            break
    return out


# Words that open a subordinate clause: an auxiliary before them belongs to another clause
# ('is het college verplicht ... als een belanghebbende ... verleent' is 'geeft', not 'gegeven').
_SUBORDINATORS = {
    "als", "dat", "omdat", "wanneer", "indien", "doordat", "zodat", "nadat", "voordat",
    "terwijl", "zodra", "totdat", "tenzij", "hoewel", "die", "waarin", "waarbij", "waarmee",
    "waardoor", "waarop", "waarvoor",
}  # fmt: skip


def _clause_before(words: list[str]) -> list[str]:
    """The words of the current clause before a position (after the last comma, or from the
    word that opens a subordinate clause)."""
    out: list[str] = []
    for w in reversed(words):
        if w.endswith((",", ";", ":")):
            break
        out.append(w.strip(",.;:"))
        if out[-1] in _SUBORDINATORS:
            break
    return out


def _is_noun(tok: object, letter: Letter) -> bool:
    from rewriter.nlp import load_resources

    lem = load_resources().lemmatizer
    text = tok.text  # type: ignore[attr-defined]
    if len(text) < 3 or text in _FUNCTION_WORDS:
        return False
    return text.isalpha() and text.islower() and bool(lem.lemmas(text) & lem.index["noun"])


def _closes_clause(text: str, end: int) -> bool:
    rest = text[end:].lstrip(" ")
    return not rest or rest[0] in ".,;:!?)\n"


def _apply_edits(segment: str, edits: Sequence[Edit], offset: int) -> str:
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        segment = segment[: e.start - offset] + e.text + segment[e.end - offset :]
    return segment


def apply(
    text: str,
    proposals: Iterable[Proposal],
    protected: Sequence[Protected] | None = None,
    facts: Sequence[Fact] | None = None,
) -> ApplyResult:
    """Apply the chosen proposals to the original text.

    Proposals are taken in order of position (then id). A proposal is refused
    when one of its edits overlaps an edit already accepted, changes a
    protected span, or alters a fact (the fact guard; facts default to
    `extract_facts(text)`). If the objection route would disappear, the
    proposals inside it are refused. Applying no proposals returns `text`
    unchanged, byte for byte.
    """
    spans = tuple(protected) if protected is not None else find_protected(text)
    fact_spans = tuple(facts) if facts is not None else extract_facts(text)
    # Sentence rewrites first (they were checked as a whole and subsume the word
    # swaps inside them), then word-level proposals; where a sentence split and a
    # word swap touch the same word, the word swap wins and the split is refused. Of two
    # proposals that start at the same word, the longer goes first: a formula ('indien
    # sprake is van ...' -> 'als er ... is') is more specific than the swap of its first
    # word ('indien' -> 'als'), which would otherwise block it.
    chosen = sorted(set(proposals), key=lambda p: (_rank(p), p.start, -p.end, p.id))
    result = _apply_guarded(text, chosen, spans, fact_spans)
    if has_objection_route(text) and not has_objection_route(result.text):
        route = objection_span(text)
        keep = [p for p in chosen if not (p.start < route[1] and route[0] < p.end)]
        extra = [
            Refusal(p, "Dit voorstel zou de uitleg over bezwaar maken onduidelijk maken.")
            for p in chosen
            if p not in keep
        ]
        result = _apply_guarded(text, keep, spans, fact_spans)
        result = ApplyResult(result.text, result.applied, result.refused + tuple(extra))
    return result


_SENTENCE_KINDS = {"zin splitsen"}
REWRITE_KINDS = {"zin herschrijven", "actief"}


def _rank(p: Proposal) -> int:
    if p.kind in REWRITE_KINDS and p.rule_id.startswith("sentence."):
        return 0
    return 2 if p.kind in _SENTENCE_KINDS else 1


def _apply_guarded(
    text: str, chosen: list[Proposal], spans: Sequence[Protected], fact_spans: Sequence[Fact]
) -> ApplyResult:
    accepted: list[tuple[Proposal, Edit]] = []
    refused: list[Refusal] = []
    taken = _Taken()
    protected = Coverage(len(text), spans)
    facts = Coverage(len(text), fact_spans)
    for prop in chosen:
        reason = _refuse_reason(text, prop, protected, taken) or _fact_reason(text, prop, facts)
        if reason:
            refused.append(Refusal(prop, reason))
            continue
        for edit in prop.edits:
            taken.add(edit)
            accepted.append((prop, edit))
    accepted.sort(key=lambda pe: (pe[1].start, pe[1].end))
    pieces: list[str] = []
    applied: list[AppliedEdit] = []
    cursor = 0
    new_len = 0
    for prop, edit in accepted:
        pieces.append(text[cursor : edit.start])
        new_len += edit.start - cursor
        pieces.append(edit.text)
        applied.append(
            AppliedEdit(
                proposal_id=prop.id,
                rule_id=prop.rule_id,
                start=edit.start,
                end=edit.end,
                new_start=new_len,
                new_end=new_len + len(edit.text),
                before=text[edit.start : edit.end],
                after=edit.text,
            )
        )
        new_len += len(edit.text)
        cursor = edit.end
    pieces.append(text[cursor:])
    return ApplyResult("".join(pieces), tuple(applied), tuple(refused))


def same_number(before: str, after: str) -> bool:
    """True when an edit only writes a number word in digits ('vijf' -> '5'): the fact stays."""
    return before.isalpha() and after.isdigit() and number_value(before) == int(after)


def _fact_reason(text: str, prop: Proposal, facts: Coverage[Fact]) -> str:
    for edit in prop.edits:
        if same_number(text[edit.start : edit.end], edit.text):
            continue
        fact = facts.find(edit.start, edit.end)  # what `touches_fact` tells, without a scan
        if fact is not None:
            return f"Dit voorstel zou een feit veranderen ({fact.text!r}); feiten blijven staan."
    return ""


class _Taken:
    """The edits accepted so far: non-empty ones never overlap, insertions never share a point."""

    def __init__(self) -> None:
        self.spans: SpanIndex[Edit] = SpanIndex()
        self.points: set[int] = set()

    def add(self, edit: Edit) -> None:
        self.spans.add(edit)
        if edit.start == edit.end:
            self.points.add(edit.start)

    def clashes(self, edit: Edit) -> bool:
        empty = edit.start == edit.end
        return self.spans.overlaps(edit.start, edit.end) or (empty and edit.start in self.points)


def _refuse_reason(text: str, prop: Proposal, protected: Coverage[Protected], taken: _Taken) -> str:
    for edit in prop.edits:
        p = protected.find(edit.start, edit.end)
        if p is not None and not same_number(text[edit.start : edit.end], edit.text):
            return f"Dit voorstel zou een vast gegeven veranderen ({p.text!r}); dat mag niet."
        if taken.clashes(edit):
            return "Dit voorstel overlapt met een ander voorstel dat al is gekozen."
    return ""
