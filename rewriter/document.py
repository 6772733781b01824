"""The document model: a letter's text read as typed blocks with offsets.

A block is one unit a reader sees: the letterhead, the address block, a
'Label: waarde' row, the subject, the salutation, a heading, a paragraph, a
list item, a table row, the closing, the signature. Every block keeps its
character offsets into the original text, so structure, rewrite, render and
the fact guard all read the same object.

Text has no styles, so blocks are found from layout cues, the way a reader
sees them on paper:
- a short line without final punctuation (or a short question) that stands
  on its own line and is followed by more text is a heading;
- lines that start with '-', '*', '•', '1.', 'a)' or a tick box ('☐') are list items;
- two or more 'Label: waarde' lines, or tab-separated lines, are table rows;
- anything else between blank lines is a paragraph.
The .docx and .odt readers write headings, list items and table rows on
lines of their own (table cells separated by tabs), so the same cues hold
for them. The patterns are small and letter-specific, which is why this is
a hand-written reader and not a general parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rewriter.lang import nl

# Case-sensitive on purpose: a hard-wrapped line may start with "dag" or "groeten".
SALUTATION = re.compile(rf"^\s*{nl.alternation('salutations')}\b[^\n]*$")
CLOSING = re.compile(r"^\s*" + nl.alternation("closings", spaces=r"\s+") + r"\b[^\n]*$")
BULLET = re.compile(r"^\s*(?:[-*•–▪◦☐☑☒□]|\d{1,2}[.)]|[a-z][.)])\s+")
# tick boxes are list bullets that stay with their item: the reader ticks them ('Kruis aan
# wat u al heeft: ☐ uw identiteitsbewijs ...')
CHECKBOXES = "☐☑☒□"
_ROW = re.compile(r"^\s*([^\s:][^:\n]{0,40}?)\s*:[ \t]+(\S[^\n]*)$")
# an amount row may have a longer label, up to its last colon:
# 'Af: uw netto inkomsten uit deeltijdwerk (gemiddeld): € 486,30'
_AMOUNT_ROW = re.compile(
    r"^\s*([^\s:][^\n]{0,80}?(?:[^\s.,]))\s*:[ \t]+(€\s?-?\d[\d.]*(?:,(?:\d{2}|-))?[^\n:]{0,40})$"
)
# 'Netto inkomen per maand ................ € 1.912,40': a row whose label and value a run
# of dots keeps apart (a typed table)
_LEADER_ROW = re.compile(r"^\s*([^\s.][^\n]{0,60}?[^\s.])\s*(?:\.\s?){4,}\s*([^\s.][^\n]{0,60})$")
_TAB_ROW = re.compile(r"^[^\t\n]+(?:\t+[^\t\n]+)+$")
_WORD = re.compile(r"\w", re.UNICODE)
APPOINTMENT_LABELS = {
    "datum": "wanneer",
    "dag": "wanneer",
    "wanneer": "wanneer",
    "datum en tijd": "wanneer",
    "tijd": "hoe laat",
    "tijdstip": "hoe laat",
    "aanvang": "hoe laat",
    "hoe laat": "hoe laat",
    "plaats": "waar",
    "locatie": "waar",
    "adres": "waar",
    "waar": "waar",
    "met": "met wie",
    "met wie": "met wie",
    "gesprek met": "met wie",
    "u spreekt": "met wie",
    "gespreksvoerder": "met wie",
    "duur": "hoe lang",
}


@dataclass(frozen=True, slots=True)
class Block:
    """One typed block of the letter; `start`/`end` are offsets into the letter text."""

    kind: str  # heading | paragraph | list_item | row | line
    start: int
    end: int
    text: str
    label: str = ""  # rows: the label ('Datum'); list items: the bullet ('-', '1.')
    value: str = ""  # rows: the value; list items: the text after the bullet
    group: int = 0  # blocks of one paragraph-group (between blank lines) share a number
    region: str = "body"  # header | salutation | body | closing | signature


def is_heading_line(line: str) -> bool:
    """A short line that reads as a heading: no final punctuation, or a short question."""
    s = line.strip()
    if not s or len(s) > 70 or BULLET.match(s) or _ROW.match(s):
        return False
    if SALUTATION.match(s) or CLOSING.match(s):
        return False
    words = re.findall(r"\w+", s)
    # a question heading may run longer: 'Heeft u hulp nodig bij het ordenen van uw papieren?'
    if not words or len(words) > (12 if s.endswith("?") else 9):
        return False
    if re.search(r":\s+\S", s) or len(re.findall(r"\d", s)) >= 4:
        return False  # 'Veilig Thuis, bij zorgen: 0800-2000' is a line of text, not a heading
    if s.endswith(")") and "(" in s:
        s = s[: s.index("(")].rstrip()  # 'Eigen bijdrage (uitleg)': an explained heading
        if not s:
            return False
    first = s[0]
    if not (first.isupper() or first.isdigit()):
        return False
    if s.endswith("?"):
        # 'Wat gebeurt er als wij de papieren niet krijgen?' on a line of its own
        return True
    return not s.endswith((".", ",", ";", ":", "!", ")", "-"))


def _row(line: str) -> tuple[str, str] | None:
    m = _AMOUNT_ROW.match(line) or _ROW.match(line) or _LEADER_ROW.match(line)
    if not m:
        return None
    if m.re is _LEADER_ROW:
        label, value = m.group(1).strip(), m.group(2).strip()
        if value.endswith(("!", "?")) or (value.endswith(".") and not re.search(r"\d", value)):
            return None  # 'Wij wachten nog op .... uw stukken.': a sentence with an ellipsis
        return label, value
    if m.re is _AMOUNT_ROW:
        label = m.group(1).strip()
        return None if label.endswith((".", ",")) else (label, m.group(2).strip())
    label, value = m.group(1).strip(), m.group(2).strip()
    if len(label.split()) > 5 or label.endswith((".", ",")):
        return None
    return label, value


def parse_letter(text: str) -> tuple[Block, ...]:
    """Read a whole letter: header blocks, salutation, body blocks, closing, signature."""
    lines = list(re.finditer(r"^[^\S\n]*\S[^\n]*$", text, re.MULTILINE))
    sal = next((m for m in lines if SALUTATION.match(m.group())), None)
    body_start = sal.end() if sal else 0
    close = None
    for m in lines:
        if m.start() >= body_start and CLOSING.match(m.group()):
            close = m
    body_end = close.start() if close else len(text)
    out: list[Block] = []
    if sal:
        out += [_with_region(b, "header") for b in parse_blocks(text, 0, sal.start())]
        s, e = _strip_span(text, sal.start(), sal.end())
        out.append(Block("line", s, e, text[s:e], region="salutation"))
    body = lone_headings_confirmed(parse_blocks(text, body_start, body_end, first_group=1000))
    out += body
    if close:
        s, e = _strip_span(text, close.start(), close.end())
        out.append(Block("line", s, e, text[s:e], region="closing"))
        for m in lines:
            if m.start() > close.end():
                s, e = _strip_span(text, m.start(), m.end())
                out.append(Block("line", s, e, text[s:e], region="signature"))
    return tuple(out)


def _with_region(b: Block, region: str) -> Block:
    return Block(b.kind, b.start, b.end, b.text, b.label, b.value, b.group, region)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    raw = text[start:end]
    return start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())


_DATE_CELL = re.compile(
    rf"(?i)\b(?:\d{{1,2}}\s+{nl.alternation('months')}|{nl.alternation('weekdays')}|"
    r"\d{1,2}-\d{1,2}-\d{4})\b"
)
_TIME_CELL = re.compile(r"\b\d{1,2}[.:]\d{2}\b")


def _appointment_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of an appointment written on one line with '|' between them ('Dinsdag 12
    januari 2027 | 15.30 tot 16.15 uur | Stadskantoor Venlo'), each with its span and a
    label: 'Datum' for the date, 'Tijd' for a time, 'Plaats' for the first other cell.
    Empty when the line is not that (fewer than three cells, or no date and time)."""
    cells, pos = [], start
    for part in text[start:end].split("|"):
        lead = len(part) - len(part.lstrip())
        a, b = pos + lead, pos + len(part.rstrip())
        pos += len(part) + 1
        if a < b:
            cells.append((a, b))
    if len(cells) < 3:
        return []
    out, labels = [], set()
    for a, b in cells:
        cell = text[a:b]
        if _DATE_CELL.search(cell) and "Datum" not in labels:
            label = "Datum"
        elif _TIME_CELL.search(cell) and "Tijd" not in labels:
            label = "Tijd"
        elif "Plaats" not in labels and "Datum" in labels:
            label = "Plaats"
        else:
            return []  # a cell of something else: not an appointment line
        labels.add(label)
        out.append((a, b, label))
    return out if {"Datum", "Tijd"} <= labels else []


def parse_blocks(
    text: str, start: int = 0, end: int | None = None, first_group: int = 0
) -> tuple[Block, ...]:
    """Read `text[start:end]` into typed blocks, in order; blank lines separate groups."""
    out: list[Block] = []
    group = first_group
    end = len(text) if end is None else end
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[start:end]):
        raw = m.group()
        if not raw.strip():
            continue
        group += 1
        lines = []
        pos = start + m.start()
        for line in raw.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                lines.append((pos + lead, pos + len(line.rstrip()), line.strip()))
            pos += len(line) + 1
        out.extend(_group_blocks(lines, group, text))
    return tuple(out)


def _group_blocks(lines: list[tuple[int, int, str]], group: int, text: str) -> list[Block]:
    rows = [_row(t) for _, _, t in lines]
    tabbed = [bool(_TAB_ROW.match(text[s:e])) for s, e, _ in lines]
    piped = [_appointment_cells(text, s, e) for s, e, _ in lines]
    row_like = [
        r is not None or tb or bool(p) for r, tb, p in zip(rows, tabbed, piped, strict=True)
    ]
    bullets = [bool(BULLET.match(t)) for _, _, t in lines]
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        s, e, t = lines[i]
        if (
            bullets[i]
            and i == 0
            and n > 1
            and numbered_heading(t)
            and sum(bullets) == 1
            and not row_like[1]
            and lines[1][2][:1].isupper()
        ):
            # '3. Ons besluit' over the paragraph it heads: a numbered heading, not a list
            blocks.append(Block("heading", s, e, t, group=group))
            i += 1
            continue
        if bullets[i]:
            # a list item runs on over following lines that are not items themselves
            j = i + 1
            while j < n and not bullets[j] and not row_like[j] and not is_heading_line(lines[j][2]):
                j += 1
            end = lines[j - 1][1]
            bullet = BULLET.match(t).group().strip()
            body = text[s:end]
            value = body[BULLET.match(body).end() :]
            if bullet in CHECKBOXES:
                value = f"{bullet} {value}"
            blocks.append(Block("list_item", s, end, body, bullet, value, group))
            i = j
            continue
        # rows: two or more row-like lines in a row (or tab-separated cells), or one short
        # 'Label: waarde' line on its own ('Cliëntnummer: 0048213')
        if row_like[i] and (
            tabbed[i]
            or (i + 1 < n and row_like[i + 1])
            or (i and row_like[i - 1])
            or (n == 1 and _short_row(rows[i]))
        ):
            if piped[i]:
                # 'Dinsdag 12 januari 2027 | 15.30 uur | Stadskantoor, kamer 2.14': one
                # row per cell, labelled by what it holds (the page lists them)
                for a, b, label in piped[i]:
                    blocks.append(Block("row", a, b, text[a:b], label, text[a:b], group))
                i += 1
                continue
            if tabbed[i]:
                cells = [c.strip() for c in text[s:e].split("\t") if c.strip()]
                label, value = cells[0], "\t".join(cells[1:])  # more cells: tab-separated
            else:
                label, value = rows[i]
            blocks.append(Block("row", s, e, text[s:e], label, value, group))
            i += 1
            continue
        if (
            n > 1
            and i == 0
            and is_heading_line(t)
            and (row_like[1] or bullets[1] or not _continues(t, lines[1][2]))
        ) or (n > 1 and i == 0 and _colon_heading(t) and not row_like[1] and not bullets[1]):
            blocks.append(Block("heading", s, e, t, group=group))
            i += 1
            continue
        # a paragraph runs on until a list item, a row block or the end of the group
        j = i + 1
        while j < n and not bullets[j] and not (row_like[j] and j + 1 < n and row_like[j + 1]):
            j += 1
        end = lines[j - 1][1]
        body = text[s:end]
        kind = "paragraph"
        if n == 1 and is_heading_line(t):
            kind = "heading"  # confirmed below: only when more text follows
        blocks.append(Block(kind, s, end, body, group=group))
        i = j
    return blocks


_LEAD_IN = re.compile(  # 'Wij hebben het volgende besloten:', 'U krijgt het volgende:'
    r"(?i)^(?:wij|we|ik|u|het college|de gemeente|dit|dat|daarbij|hierbij)\b|"
    r"\b(?:volgende|als volgt|hieronder|onderstaande|namelijk)\b"
)


def _colon_heading(line: str) -> bool:
    """'Besluit:' or 'Het advies van de commissie:' on a line of its own above a
    paragraph: a heading written with a colon. A line that starts a sentence ('Wij
    hebben het volgende besloten:') leads its text instead, and so does a longer line
    above a list or a table (the caller checks that)."""
    s = line.strip()
    return (
        s.endswith(":")
        and len(s.split()) <= 7
        and not any(ch.isdigit() for ch in s)
        and not _LEAD_IN.search(s)
        and is_heading_line(s[:-1])
    )


def _short_row(row: tuple[str, str] | None) -> bool:
    """A lone 'Label: waarde' line: a short value that is not a sentence."""
    if row is None:
        return False
    label, value = row
    return len(label.split()) <= 3 and len(value.split()) <= 6 and not value.endswith((".", "?"))


def _continues(first: str, second: str) -> bool:
    """A hard-wrapped sentence: the second line goes on in lower case."""
    return bool(second) and second[0].islower() and not first.endswith("?")


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=\S)")


def numbered_heading(line: str) -> bool:
    """'3. Ons besluit', '2 Wat wij hebben onderzocht': a short numbered title."""
    m = _NUMBERED.match(line)
    if not m:
        return False
    rest = line[m.end() :].strip()
    return is_heading_line(rest)


def strip_number(heading: str) -> str:
    """'3. Ons besluit' -> 'Ons besluit' (the page numbers nothing)."""
    return _NUMBERED.sub("", heading, count=1) if numbered_heading(heading) else heading


def lone_headings_confirmed(blocks: tuple[Block, ...] | list[Block]) -> list[Block]:
    """A heading counts only when text follows it; a trailing one is a paragraph.

    A numbered title on a line of its own ('1. Uw aanvraag', then a blank line, then its
    text) is a heading when the letter has at least two of them, each followed by text:
    one alone may be the last item of a list before a paragraph."""
    out = list(blocks)
    lone = [
        i
        for i, b in enumerate(out)
        if b.kind == "list_item"
        and b.label[:1].isdigit()
        and numbered_heading(b.text)
        and sum(1 for o in out if o.group == b.group) == 1
        and i + 1 < len(out)
        and out[i + 1].group != b.group
        and out[i + 1].kind in ("paragraph", "row")
    ]
    if len(lone) >= 2:
        for i in lone:
            b = out[i]
            out[i] = Block("heading", b.start, b.end, b.text, group=b.group, region=b.region)
    for i, b in enumerate(out):
        if b.kind != "heading":
            continue
        j = i + 1
        while j < len(out) and out[j].kind == "heading":
            j += 1
        if j >= len(out):
            out[i] = Block("paragraph", b.start, b.end, b.text, group=b.group, region=b.region)
    return out


def has_words(text: str) -> bool:
    """True when `text` holds at least one letter or digit."""
    return bool(_WORD.search(text))
