"""The letter model: text with paragraphs, sentences, tokens and protected spans.

All offsets are character offsets into the original text, which is kept
exactly as it was given (no normalisation), so findings and edits map back
onto it one to one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from rewriter.document import BULLET, CLOSING, SALUTATION, Block, parse_letter
from rewriter.errors import EmptyLetterError
from rewriter.nlp import Resources, load_resources
from rewriter.protect import Protected, SpanIndex, find_protected

_SALUTATION = SALUTATION
_CLOSING = CLOSING
# spaCy keeps these as abbreviations ("u."); before a capital they end a sentence.
_ADDRESS_LINE_STARTS = ("t.a.v.", "p/a ", "afdeling ", "postbus ")
_AMBIGUOUS_ABBREVIATIONS = {"u.", "al.", "dat.", "min.", "max."}
_BULLET = BULLET
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets into the letter and its token range."""

    index: int
    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines."""

    index: int
    start: int
    end: int


class Letter:
    """A letter prepared for analysis; build it with `Letter.from_text`."""

    __slots__ = (
        "_cache",
        "_facts",
        "_line_starts",
        "_protected_index",
        "_sentence_starts",
        "_token_starts",
        "_words",
        "blocks",
        "doc",
        "memo",
        "paragraphs",
        "protected",
        "sentences",
        "text",
    )

    def __init__(
        self,
        text: str,
        doc: Doc,
        sentences: tuple[Sentence, ...],
        paragraphs: tuple[Paragraph, ...],
        protected: tuple[Protected, ...],
        memo: dict | None = None,
    ) -> None:
        self.text = text
        self.doc = doc
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.protected = protected
        self.blocks: tuple[Block, ...] = parse_letter(text)
        self._facts: tuple | None = None
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._sentence_starts = [s.start for s in sentences]
        self._token_starts = [t.idx for t in doc]
        self._protected_index = SpanIndex(protected)
        self._cache: dict[str, object] = {}  # header, subject and signature: found once
        self._words: dict[tuple[int, int], tuple[str, ...]] = {}  # `words`, by token range
        # Results that depend only on a sentence's own text and tokens (the glossary's
        # matches, rewriter/analysers/glossary.py), by sentence; shared with the letters made
        # from this one by a rewrite (`from_text(..., like=...)`), whose unchanged sentences
        # then are not matched again. It lives as long as these letters (the glossary's
        # matches are also kept per process, bounded: analysers/glossary.py _KEPT_HITS).
        self.memo: dict = {} if memo is None else memo

    @classmethod
    def from_text(
        cls, text: str, resources: Resources | None = None, like: Letter | None = None
    ) -> Letter:
        """Prepare `text` for analysis; raise EmptyLetterError when it holds no words.

        `like`: the letter `text` was rewritten from; the new letter shares its `memo`."""
        _require_words(text)
        res = resources or load_resources()
        _warm_tokenizer(res.nlp.tokenizer, text)
        doc = res.nlp(text)
        sentences = _split_sentences(text, doc)
        memo = like.memo if like is not None else None
        return cls(text, doc, sentences, _paragraphs(text), find_protected(text), memo)

    @classmethod
    def from_file(cls, path: str | Path, resources: Resources | None = None) -> Letter:
        """Read a letter file (.txt, .md, .docx, .odt, .html, .pdf) and prepare it."""
        from rewriter.readers import read_text

        return cls.from_text(read_text(Path(path)), resources)

    @property
    def facts(self) -> tuple:
        """The letter's facts (rewriter.facts.extract_facts), found once and kept."""
        if self._facts is None:
            from rewriter.facts import extract_facts

            self._facts = extract_facts(self.text, self.protected)
        return self._facts

    @property
    def header_end(self) -> int:
        """Return the offset of the salutation line (0 when there is none)."""
        if "header_end" not in self._cache:
            self._cache["header_end"] = self._header_end()
        return self._cache["header_end"]  # type: ignore[return-value]

    def _header_end(self) -> int:
        for m in re.finditer(r"^[^\S\n]*\S[^\n]*$", self.text, re.MULTILINE):
            if _SALUTATION.match(m.group()):
                return m.start()
        return 0

    def subject_span(self) -> tuple[int, int] | None:
        """Return the span of the subject line's text ('Onderwerp: ...'), if any."""
        if "subject" not in self._cache:
            self._cache["subject"] = self._subject_span()
        return self._cache["subject"]  # type: ignore[return-value]

    def body_sentences(self) -> list[Sentence]:
        """The sentences of the letter's body: after the header, before the signature, and
        not the subject line (the sentences the sentence rewrites work on)."""
        body_end = self.signature_start or len(self.text)
        subject = self.subject_span()
        return [
            s
            for s in self.sentences
            if self.header_end <= s.start < body_end
            and not (subject and subject[0] <= s.start < subject[1])
        ]

    def _subject_span(self) -> tuple[int, int] | None:
        m = re.search(
            r"^[^\S\n]*(?:Onderwerp|Betreft)\s*:\s*(.+)$", self.text, re.MULTILINE | re.IGNORECASE
        )
        return (m.start(1), m.end(1)) if m else None

    @property
    def signature_start(self) -> int | None:
        """Return the offset where the signature block starts (after the last closing line)."""
        if "signature" not in self._cache:
            self._cache["signature"] = self._signature_start()
        return self._cache["signature"]  # type: ignore[return-value]

    def _signature_start(self) -> int | None:
        found = None
        for m in re.finditer(r"^[^\S\n]*\S[^\n]*$", self.text, re.MULTILINE):
            if _CLOSING.match(m.group()):
                found = m.end()
        return found

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence that contains `offset`, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def token_index(self, offset: int) -> int | None:
        """Return the index of the token that starts exactly at `offset`, if any."""
        i = bisect.bisect_left(self._token_starts, offset)
        return i if i < len(self._token_starts) and self._token_starts[i] == offset else None

    def next_token(self, offset: int) -> Token | None:
        """Return the first non-space token that starts at or after `offset`."""
        for i in range(bisect.bisect_left(self._token_starts, offset), len(self.doc)):
            if not self.doc[i].is_space:
                return self.doc[i]
        return None

    def is_protected(self, start: int, end: int) -> bool:
        """Return True when [start, end) overlaps a protected span."""
        return self._protected_index.overlaps(start, end)

    def words(self, sentence: Sentence) -> list[str]:
        """Return the word tokens of a sentence (no punctuation or spaces).

        Kept per letter by token range (the scores, the analysers and the rewrite ask for
        the same sentences' words some twice a letter; each asking made spaCy's Token
        objects again); a new list each call, so a caller may change it."""
        key = (sentence.token_start, sentence.token_end)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = tuple(
                t.text for t in self.doc[key[0] : key[1]] if is_word(t.text)
            )
        return list(found)

    def all_words(self) -> Iterator[str]:
        """Yield every word token of the letter."""
        for s in self.sentences:
            yield from self.words(s)


def _require_words(text: str) -> None:
    if not _WORD.search(text or ""):
        raise EmptyLetterError("De brief is leeg: er staat geen tekst in.")


def letter_facts(text: str) -> tuple:
    """`Letter.from_text(text).facts` without the tokeniser and the sentence split that
    the facts do not use (the same EmptyLetterError for a text without words)."""
    from rewriter.facts import extract_facts

    _require_words(text)
    return extract_facts(text, find_protected(text))


def is_word(token_text: str) -> bool:
    """Return True for tokens that count as words (contain a letter or digit)."""
    return bool(_WORD.search(token_text)) and not token_text.isspace()


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        raw = m.group()
        if raw.strip():
            start = m.start() + len(raw) - len(raw.lstrip())
            end = m.start() + len(raw.rstrip())
            out.append(Paragraph(len(out), start, end))
    return tuple(out)


def _line_break_ends_sentence(text: str, nl_pos: int) -> bool:
    """Decide whether the line break at `nl_pos` ends a sentence."""
    line_start = text.rfind("\n", 0, nl_pos) + 1
    prev_line = text[line_start:nl_pos]
    rest = text[nl_pos + 1 :]
    if rest.lstrip(" \t").startswith("\n") or not prev_line.strip():
        return True  # blank line
    if _SALUTATION.match(prev_line) or _CLOSING.match(prev_line):
        return True
    next_line = rest.split("\n", 1)[0]
    if _CLOSING.match(next_line) or _BULLET.match(next_line):
        return True
    stripped = prev_line.rstrip()
    if stripped.endswith((":", ";")):
        return True
    if stripped.endswith(","):
        return False
    first = next_line.lstrip()[:1]
    if next_line.lstrip().lower().startswith(_ADDRESS_LINE_STARTS):
        return True  # 't.a.v. afdeling Wmo' in an address block
    return bool(first) and (first.isupper() or first.isdigit() or first in "«{[(")


# spaCy's tokenizer keeps the tokens of each whitespace-separated chunk it has split, but not
# after a special case in the same text ('t.a.v.', 'nr.': spaCy issue #1250 makes it stop
# caching for the rest of that call), so a letter's chunks were split again in every letter
# and again in its rewritten text (~3 ms a letter). A chunk is split the same on its own as
# in any text, so each new chunk is first split on its own, where spaCy keeps it (unless it
# holds a special case itself); the letter's own call then finds its chunks kept. The same
# tokens, idx, whitespace and lexemes (tests/test_letter_model.py). Per process and
# bounded: at most WARM_LIMIT chunks are split ahead (then a letter is tokenised as before),
# and spaCy's cache may hold twice as many (its default stops at 10,000 chunks, ~40
# letters). The chunks are words of letters, kept in memory only, as spaCy's vocabulary
# keeps every word it has seen.
_WARMED: dict[object, set[str]] = {}
WARM_LIMIT = 50_000


def _warm_tokenizer(tokenizer: object, text: str) -> None:
    seen = _WARMED.get(tokenizer)
    if seen is None:
        seen = _WARMED[tokenizer] = set()
        if getattr(tokenizer, "max_cache_size", None) is not None:
            tokenizer.max_cache_size = max(tokenizer.max_cache_size, 2 * WARM_LIMIT)  # type: ignore[attr-defined]
    if len(seen) >= WARM_LIMIT:
        return
    for chunk in text.split():
        if chunk not in seen:
            seen.add(chunk)
            tokenizer(chunk)  # type: ignore[operator]


def _split_sentences(text: str, doc: Doc) -> tuple[Sentence, ...]:
    # 1. cut points: spaCy's sentencizer plus line-break rules
    cuts: set[int] = set()
    for sent in doc.sents:
        cuts.add(sent.start_char)
    for m in re.finditer("\n", text):
        if _line_break_ends_sentence(text, m.start()):
            cuts.add(m.end())
    # 2. spaCy cut points that split "... ca. 3 weken" after an unknown
    #    abbreviation: do not cut when the next sentence starts in lower case
    #    on the same line.
    for sent in doc.sents:
        first = text[sent.start_char : sent.start_char + 1]
        gap = text[max(0, sent.start_char - 2) : sent.start_char]
        if first.islower() and "\n" not in gap and sent.start_char in cuts:
            cuts.discard(sent.start_char)
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ in _AMBIGUOUS_ABBREVIATIONS and (nxt.is_title or nxt.is_space):
            cuts.add(nxt.idx if not nxt.is_space else nxt.idx + len(nxt.text))
    bounds = sorted(cuts | {0, len(text)})
    token_starts = [t.idx for t in doc]
    out: list[Sentence] = []
    for a, b in itertools.pairwise(bounds):
        raw = text[a:b]
        if not _WORD.search(raw):
            continue
        start = a + len(raw) - len(raw.lstrip())
        end = a + len(raw.rstrip())
        t0 = bisect.bisect_left(token_starts, start)
        t1 = bisect.bisect_left(token_starts, end)
        out.append(Sentence(len(out), start, end, t0, t1))
    return tuple(out)
