"""The letter model (rewriter/letter.py): sentences, offsets, tokens, paragraphs, line_col."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rewriter.errors import EmptyLetterError, InputError, RewriterError
from rewriter.letter import Letter
from rewriter.nlp import load_resources

RESOURCES = load_resources()


def sentences(text: str) -> list[str]:
    letter = Letter.from_text(text, RESOURCES)
    return [letter.text[s.start : s.end] for s in letter.sentences]


# (id, text, expected sentences)
SPLITS = [
    # abbreviations and numbers with dots do not end a sentence
    (
        "dd",
        "Wij spraken u d.d. 3 maart over de hulp. Daarna belden wij.",
        ["Wij spraken u d.d. 3 maart over de hulp.", "Daarna belden wij."],
    ),
    (
        "oa",
        "Wij kijken o.a. naar uw netwerk. Daarna belden wij.",
        ["Wij kijken o.a. naar uw netwerk.", "Daarna belden wij."],
    ),
    (
        "ivm",
        "Wij bellen i.v.m. de hulp aan huis. Daarna belden wij.",
        ["Wij bellen i.v.m. de hulp aan huis.", "Daarna belden wij."],
    ),
    (
        "zsm",
        "Stuur dit z.s.m. terug. Daarna belden wij.",
        ["Stuur dit z.s.m. terug.", "Daarna belden wij."],
    ),
    (
        "art",
        "Zie art. 2 van de wet. Daarna belden wij.",
        ["Zie art. 2 van de wet.", "Daarna belden wij."],
    ),
    (
        "article-number",
        "Zie artikel 2.3.5 Wmo 2015 voor de regels. Daarna belden wij.",
        ["Zie artikel 2.3.5 Wmo 2015 voor de regels.", "Daarna belden wij."],
    ),
    (
        "amount",
        "U krijgt € 1.250,50 per maand. Daarna belden wij.",
        ["U krijgt € 1.250,50 per maand.", "Daarna belden wij."],
    ),
    (
        "time",
        "Wij komen om 14.30 uur langs. Daarna belden wij.",
        ["Wij komen om 14.30 uur langs.", "Daarna belden wij."],
    ),
    (
        "numeric-date",
        "Wij starten op 1-4-2026 met de hulp. Daarna belden wij.",
        ["Wij starten op 1-4-2026 met de hulp.", "Daarna belden wij."],
    ),
    (
        "amount-at-end",
        "Dat kost € 12,50. Daarna belden wij.",
        ["Dat kost € 12,50.", "Daarna belden wij."],
    ),
    (
        "question-and-exclamation",
        "Heeft u vragen? Bel ons! Wij helpen graag.",
        ["Heeft u vragen?", "Bel ons!", "Wij helpen graag."],
    ),
    # line structure
    (
        "blank-line-ends-sentence",
        "Dit is de eerste alinea zonder punt\n\ndit is de tweede alinea",
        ["Dit is de eerste alinea zonder punt", "dit is de tweede alinea"],
    ),
    (
        "salutation-single-newline",
        "Geachte mevrouw De Vries,\nWij hebben uw aanvraag ontvangen.",
        ["Geachte mevrouw De Vries,", "Wij hebben uw aanvraag ontvangen."],
    ),
    (
        "salutation-then-lowercase",
        "Geachte heer Jansen,\nnaar aanleiding van uw aanvraag bellen wij u.",
        ["Geachte heer Jansen,", "naar aanleiding van uw aanvraag bellen wij u."],
    ),
    (
        "closing-single-newline",
        "Wij hopen u hiermee te helpen.\nMet vriendelijke groet,\nJ. Jansen\nConsulent Wmo",
        ["Wij hopen u hiermee te helpen.", "Met vriendelijke groet,", "J. Jansen", "Consulent Wmo"],
    ),
    (
        "closing-then-lowercase",
        "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,",
        ["Met vriendelijke groet,", "namens het college van burgemeester en wethouders,"],
    ),
    (
        "address-block",
        "Gemeente Deventer\nPostbus 5000\n7400 GC Deventer\n\nDe heer J. de Vries\nDorpsstraat 12\n"
        "7411 AB Deventer",
        [
            "Gemeente Deventer",
            "Postbus 5000",
            "7400 GC Deventer",
            "De heer J. de Vries",
            "Dorpsstraat 12",
            "7411 AB Deventer",
        ],
    ),
    (
        "header-lines",
        "Datum: 12 maart 2026\nOns kenmerk: WMO-2026-004512\nOnderwerp: uw aanvraag",
        ["Datum: 12 maart 2026", "Ons kenmerk: WMO-2026-004512", "Onderwerp: uw aanvraag"],
    ),
    (
        "hard-wrap",
        "Wij hebben uw aanvraag voor huishoudelijke hulp\nontvangen en bekeken. Daarna belden wij.",
        [
            "Wij hebben uw aanvraag voor huishoudelijke hulp\nontvangen en bekeken.",
            "Daarna belden wij.",
        ],
    ),
    (
        "hard-wrap-after-comma",
        "Als u het niet eens bent met dit besluit,\nkunt u bezwaar maken.",
        ["Als u het niet eens bent met dit besluit,\nkunt u bezwaar maken."],
    ),
    (
        "bullets",
        "Wij vragen u om:\n- uw loonstrook\n- uw paspoort\n• uw huurcontract\n* een foto",
        ["Wij vragen u om:", "- uw loonstrook", "- uw paspoort", "• uw huurcontract", "* een foto"],
    ),
    (
        "numbered-list",
        "Stuur mee:\n1. uw loonstrook\n2) uw paspoort",
        ["Stuur mee:", "1. uw loonstrook", "2) uw paspoort"],
    ),
    (
        "bullet-after-sentence-without-colon",
        "Dit heeft u nodig\n- uw paspoort",
        ["Dit heeft u nodig", "- uw paspoort"],
    ),
    (
        "crlf",
        "Geachte heer,\r\nWij bellen u.\r\n\r\nMet vriendelijke groet",
        ["Geachte heer,", "Wij bellen u.", "Met vriendelijke groet"],
    ),
]

# Splits that were wrong once (found by tests, fixed in rewriter/letter.py).
SPLITS_FIXED = [
    pytest.param(
        "Wij helpen u. Daarna belden wij.",
        ["Wij helpen u.", "Daarna belden wij."],
        id="sentence-ending-in-u",
    ),
    pytest.param(
        "Dit besluit geldt ook voor u. Wij sturen een kopie naar uw zoon.",
        ["Dit besluit geldt ook voor u.", "Wij sturen een kopie naar uw zoon."],
        id="sentence-ending-in-voor-u",
    ),
    pytest.param(
        "Gemeente Deventer\nt.a.v. afdeling Wmo\nPostbus 5000",
        ["Gemeente Deventer", "t.a.v. afdeling Wmo", "Postbus 5000"],
        id="address-line-starting-lowercase",
    ),
    pytest.param(
        "Wij zijn bereikbaar op elke\ndag van de week, ook in het\nweekend.",
        ["Wij zijn bereikbaar op elke\ndag van de week, ook in het\nweekend."],
        id="wrapped-line-starting-with-dag",
    ),
    pytest.param(
        "Wij wensen u veel sterkte en doen de\ngroeten aan uw moeder.",
        ["Wij wensen u veel sterkte en doen de\ngroeten aan uw moeder."],
        id="wrapped-line-starting-with-groeten",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLITS_FIXED)
def test_sentence_splitting_fixed_bugs(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_sentence_offsets_and_tokens(text: str) -> None:
    letter = Letter.from_text(text, RESOURCES)
    assert letter.text is text
    for i, s in enumerate(letter.sentences):
        assert s.index == i
        piece = text[s.start : s.end]
        assert piece == piece.strip() and piece
        assert s.token_start <= s.token_end
        tokens = letter.doc[s.token_start : s.token_end]
        assert len(tokens) > 0
        for tok in tokens:
            assert s.start <= tok.idx and tok.idx + len(tok.text) <= s.end
        assert letter.sentence_at(s.start) == s
        assert letter.sentence_at(s.end - 1) == s


def test_sentence_tokens_partition_the_words() -> None:
    text = "Geachte heer,\n\nU krijgt € 21,80 per maand. Wij bellen u op 5 mei.\n- uw paspoort"
    letter = Letter.from_text(text, RESOURCES)
    words = list(letter.all_words())
    assert words == [w for s in letter.sentences for w in letter.words(s)]
    assert "21,80" in words and "€" not in words and "." not in words
    assert letter.words(letter.sentences[0]) == ["Geachte", "heer"]


def test_sentence_at_outside_sentences() -> None:
    text = "Eerste zin.\n\nTweede zin."
    letter = Letter.from_text(text, RESOURCES)
    assert letter.sentence_at(text.index("\n")) is None
    assert letter.sentence_at(len(text)) is None
    assert letter.sentence_at(text.index("Tweede")).index == 1


# (id, text, expected paragraphs)
PARAGRAPHS = [
    ("one", "Eén alinea.", ["Eén alinea."]),
    (
        "two",
        "Eerste alinea.\nNog een regel.\n\nTweede alinea.",
        ["Eerste alinea.\nNog een regel.", "Tweede alinea."],
    ),
    ("blank-line-with-spaces", "Een.\n   \t\nTwee.", ["Een.", "Twee."]),
    ("many-blank-lines", "\n\n  Een.\n\n\n\nTwee.  \n\n", ["Een.", "Twee."]),
    ("indented", "  Een\n  twee", ["Een\n  twee"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS]
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    letter = Letter.from_text(text, RESOURCES)
    assert [text[p.start : p.end] for p in letter.paragraphs] == expected
    assert [p.index for p in letter.paragraphs] == list(range(len(expected)))


# (id, text, offset, (line, column))
LINE_COLS = [
    ("start", "Een\nTwee\n\nDrie", 0, (1, 1)),
    ("first-line", "Een\nTwee\n\nDrie", 2, (1, 3)),
    ("newline-belongs-to-its-line", "Een\nTwee\n\nDrie", 3, (1, 4)),
    ("second-line", "Een\nTwee\n\nDrie", 4, (2, 1)),
    ("empty-line", "Een\nTwee\n\nDrie", 9, (3, 1)),
    ("last-line", "Een\nTwee\n\nDrie", 12, (4, 3)),
    ("end-of-text", "Een\nTwee\n\nDrie", 14, (4, 5)),
    ("non-ascii", "€ één\nbrief", 7, (2, 2)),
]


@pytest.mark.parametrize(
    ("text", "offset", "expected"), [c[1:] for c in LINE_COLS], ids=[c[0] for c in LINE_COLS]
)
def test_line_col(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert Letter.from_text(text, RESOURCES).line_col(offset) == expected


def test_protected_spans_are_attached() -> None:
    text = "U krijgt € 21,80 per maand vanaf 1 april 2026."
    letter = Letter.from_text(text, RESOURCES)
    assert {p.kind for p in letter.protected} >= {"amount"}
    start = text.index("21,80")
    assert letter.is_protected(start, start + 5)
    assert not letter.is_protected(0, 1)


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n\t  \n", "...!?", "— – -", "\u00a0\u2028"], ids=repr
)
def test_empty_letter_raises(text: str) -> None:
    with pytest.raises(EmptyLetterError) as info:
        Letter.from_text(text, RESOURCES)
    assert isinstance(info.value, InputError)
    assert isinstance(info.value, RewriterError)
    assert "leeg" in info.value.message and "brief" in info.value.message.lower()


@pytest.mark.parametrize("text", ["a", "1", "  é  ", "ß."], ids=repr)
def test_tiny_letters_are_accepted(text: str) -> None:
    letter = Letter.from_text(text, RESOURCES)
    assert len(letter.sentences) == 1
    assert letter.text[letter.sentences[0].start : letter.sentences[0].end] == text.strip()


_PIECES = [
    "Geachte mevrouw De Vries,",
    "Met vriendelijke groet,",
    "d.d.",
    "o.a.",
    "art.",
    " u. ",
    "€ 1.250,50",
    "14.30 uur",
    "1-4-2026",
    "«naam»",
    "- ",
    "1. ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\t",
    "\u00a0",
    ". ",
    "? ",
    ",",
    ":",
    "Wij",
    "bellen",
    "u",
    "A",
    "z",
    "9",
]
LETTERISH = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(LETTERISH, st.text(min_size=1, max_size=80)))
def test_sentences_cover_every_word_character(text: str) -> None:
    if not re.search(r"[^\W\d_]", text):  # needs at least one letter
        return
    letter = Letter.from_text(text, RESOURCES)
    assert letter.sentences
    covered = bytearray(len(text))
    previous_end = 0
    for i, s in enumerate(letter.sentences):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text)
        previous_end = s.end
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        for tok in letter.doc[s.token_start : s.token_end]:
            assert s.start <= tok.idx and tok.idx + len(tok.text) <= s.end
    for i, char in enumerate(text):
        if re.match(r"\w", char):
            assert covered[i], (i, char)
    for p in letter.paragraphs:
        assert 0 <= p.start < p.end <= len(text)


def _token_rows(doc) -> list[tuple]:
    return [
        (t.text, t.idx, t.whitespace_, t.norm_, t.lower_, t.shape_, t.prefix_, t.suffix_,
         t.is_stop, t.like_num, t.is_space, t.is_punct, t.is_sent_start)
        for t in doc
    ]  # fmt: skip


def test_tokenizer_split_ahead_gives_the_same_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """letter._warm_tokenizer splits a letter's new chunks on their own first (spaCy then
    keeps them): the tokens are those of a tokenizer that keeps nothing."""
    from pathlib import Path

    import spacy

    from rewriter import letter as letter_module
    from rewriter.nlp import _keep_titles_whole

    monkeypatch.setattr(letter_module, "_WARMED", {})
    plain = spacy.blank("nl")
    _keep_titles_whole(plain)
    plain.add_pipe("sentencizer")
    plain.tokenizer.max_cache_size = 0  # nothing kept: every chunk split afresh
    folder = Path(__file__).parent / "fixtures" / "letters"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    texts += [t.replace(" u ", " jij ") for t in texts[:10]]  # a rewrite: mostly kept chunks
    texts += ["T.a.v. mw. R. Nijhuis, nr. 12-a/b (zie: art. 3.4 Wmo); d.d. 1-2-2026, €1.234,-"]
    for text in texts + texts[:5]:  # the second time every chunk is kept
        got = Letter.from_text(text, load_resources()).doc
        assert _token_rows(got) == _token_rows(plain(text))
    tokenizer = load_resources().nlp.tokenizer
    assert _token_rows(tokenizer("mw. Jansen")) == _token_rows(plain.tokenizer("mw. Jansen"))
    assert tokenizer.max_cache_size >= letter_module.WARM_LIMIT
    # bounded: past the limit a letter is tokenised without splitting ahead
    monkeypatch.setattr(letter_module, "WARM_LIMIT", len(letter_module._WARMED[tokenizer]))
    before = set(letter_module._WARMED[tokenizer])
    Letter.from_text("Een heel nieuwe zin met onbekende woorden: qwertyuiop.", load_resources())
    assert letter_module._WARMED[tokenizer] == before
