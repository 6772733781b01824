"""Structure of a letter: header, sections of the body, contact channels, footer.

Reads the Letter's typed blocks (rewriter.document): headings, paragraphs,
list items, table rows. Every body block is mapped to one of the fixed plain
questions by what it says, with the original heading as a hint; an original
heading is never glued into a sentence (it is dropped when a fixed heading
replaces it, or kept as a sub-heading). Lists stay lists and tables stay
tables.

Contact details: every channel gets an owner (rewriter.contacts). A sentence
that only gives contact details leaves the body and its channels are listed
in `removed_channels` with their owner, so the writer sees them. A sentence
that also holds an instruction ('Kunt u niet komen? Bel dan uiterlijk twee
werkdagen van tevoren naar ...') is never removed: it is pointed to the
contact line, or kept as it is. Crisis lines are always kept, with their
sentence, next to the contact line. Nothing of the content is dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rewriter.analysers.contact import find_channels
from rewriter.contacts import (
    LETTER_PLACE,
    ChannelInfo,
    Sender,
    by_mail_domain,
    classify_channels,
    contact_words,
    is_contact_role,
    only_contact_words,
    owner_of_cell,
    sender_of,
)
from rewriter.document import APPOINTMENT_LABELS, Block, strip_number
from rewriter.facts import PERSON, has_objection_route
from rewriter.lang import nl
from rewriter.letter import Letter
from rewriter.lettertext import FORMS, address_form, letter_text
from rewriter.sections_model import load_sections_model, predict

if TYPE_CHECKING:
    from spacy.language import Language

# 'contact' holds what is left of a contact paragraph once the contact line took its
# person: other organisations' numbers, the team's number for when the person is away.
# The page shows it right after the contact line, without a heading of its own.
SECTION_ORDER = ("waarom", "besluit", "gebeuren", "vragen", "bezwaar", "overig", "contact")
DECISION_WORDS = re.compile(rf"\b({nl.pattern('decision_words')})\b", re.IGNORECASE)
_KIND_DECISION = re.compile(rf"\b({nl.alternation('decision_kinds')})\b", re.IGNORECASE)
_ASK = re.compile(
    rf"\b({nl.pattern('requests')}|"
    # how the reader delivers what is asked: 'U kunt de stukken uploaden via Mijn Hoorn'
    r"(?:(?:kunt|moet|dient) u|u (?:kunt|moet|dient)) [^.?!]{0,80}\b"
    rf"{nl.alternation('delivery_verbs')})\b",
    re.IGNORECASE,
)
_NEXT = re.compile(rf"\b({nl.pattern('next_cues')})\b", re.IGNORECASE)
_WHY = re.compile(rf"\b({nl.pattern('why_cues')})\b", re.IGNORECASE)
_WHY_OPENER = re.compile(rf"(?i)\s*{nl.pattern('why_openers')}")
_ASK_OPENER = re.compile(rf"(?i)\s*{nl.pattern('request_openers')}")
_THEN_EARLY = re.compile(r"\s*\S+(?:\s+\S+){0,5}?\s+dan\b")  # 'Bel of mail X dan ...'
_IMPERATIVE = re.compile(  # 'Bel ...', 'Vertel het mij meteen.' (capital: first in a sentence)
    r"\s*(?:" + "|".join(w.capitalize() for w in nl.words("imperatives")) + r")\b"
)
_NEXT_OPENER = re.compile(rf"(?i)\s*{nl.pattern('next_openers')}")
_REASON_OPENER = re.compile(rf"(?i)\s*{nl.pattern('reason_openers')}")
_OBJECT_ROUTE = re.compile(rf"\b({nl.pattern('objection_routes')})\b", re.IGNORECASE)
_HEADING_KEYS = (
    # what happens with the reader's data is information beside the letter's business
    ("overig", re.compile(rf"\b{nl.alternation('heading_privacy')}\b", re.IGNORECASE)),
    ("bezwaar", re.compile(rf"\b({nl.alternation('heading_objection')})", re.IGNORECASE)),
    ("vragen", re.compile(rf"\b({nl.pattern('heading_ask')})", re.IGNORECASE)),
    (
        "gebeuren",
        re.compile(
            rf"\b({nl.pattern('heading_next')})|"
            # 'Wat gaan wij doen', 'Wat de gemeente doet', 'Wat blijft het buurtteam doen'
            r"^wat (?!(?:\S+ )*u\b)(?:\S+ ){1,4}(?:doen|doet)\s*\??$|"
            rf"^{nl.alternation('heading_payment')}\s*$",
            re.IGNORECASE,
        ),
    ),
    ("besluit", re.compile(rf"^({nl.pattern('heading_decision')})", re.IGNORECASE)),
    (
        # the grounds: part of the decision in a decision letter, else why we write
        "grond",
        re.compile(
            rf"^({nl.pattern('heading_grounds')})\b|"
            # 'Waarom wijzen wij uw aanvraag af?' (not: 'Waarom krijgt u deze brief?')
            rf"^waarom {nl.pattern('heading_grounds_why')}",
            re.IGNORECASE,
        ),
    ),
    ("waarom", re.compile(rf"^({nl.pattern('heading_why')})", re.IGNORECASE)),
    # the page has its own contact line: an old contact heading is not repeated, and
    # what is left under it is filed by what it says
    ("contact", re.compile(rf"^{nl.pattern('heading_contact')}\s*[?:]?\s*$", re.IGNORECASE)),
    # information beside the decision: rights, the own contribution
    ("overig", re.compile(rf"^({nl.pattern('heading_other')})", re.IGNORECASE)),
)
_REFERENCE = nl.alternation("reference_labels")  # 'ons kenmerk', 'zaaknummer', 'bsn'
_ANNEX_LABEL = nl.pattern("annex_labels")  # 'bijlage(n)', 'bijlagen'
_LABEL = re.compile(
    rf"^\s*({_REFERENCE}|{nl.pattern('header_labels')}|{_ANNEX_LABEL})\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_REFERENCE_LABELS = re.compile(rf"^({_REFERENCE})$", re.IGNORECASE)
_WORKDAYS = nl.alternation("weekdays", first=5)  # maandag to vrijdag
_HOURS = re.compile(
    rf"(?:op\s+)?(?:(?:{_WORKDAYS[3:-1]}|werkdagen|werkdag)"
    rf"(?:\s*(?:,|en|tot en met|t/m|tot)\s*{_WORKDAYS})*)"
    # 'van 9.00 tot 12.00 uur'; on a card also ', 9.00 tot 12.00 uur'
    r"(?:(?:\s+(?:van|tussen)\s+|,\s*)\d{1,2}[.:]\d{2}(?:\s*uur)?\s+(?:tot|en|-)\s+"
    r"\d{1,2}[.:]\d{2}\s*uur)?",
    re.IGNORECASE,
)
_TIME_RANGE = re.compile(
    r"\b(?:van|tussen)\s+\d{1,2}[.:]\d{2}(?:\s*uur)?\s+(?:tot|en|-)\s+\d{1,2}[.:]\d{2}\s*uur\b"
)
_WEEKDAY = re.compile(rf"\b({nl.alternation('weekdays')[3:-1]})\b", re.IGNORECASE)
_ANNEX = re.compile(rf"^\s*{_ANNEX_LABEL}\b", re.IGNORECASE)
# An instruction: the reader must do something, often by a deadline. A sentence that
# holds one is never removed with its contact channel.
_INSTRUCTION = re.compile(rf"\b({nl.pattern('instruction_cues')})\b", re.IGNORECASE)
_MAIL_TO = re.compile(rf"\b(?:{nl.pattern('mail_to')})\b", re.IGNORECASE)


def _instructs(sentence: str) -> bool:
    """The sentence holds an instruction cue; 'stuur een e-mail naar ...' is a way to reach
    someone, not one."""
    return bool(_INSTRUCTION.search(_MAIL_TO.sub(" ", sentence)))


_CRISIS_CONDITION = re.compile(
    rf"(?i)\s*(?:als|wanneer|indien|mocht|{nl.alternation('crisis_condition_verbs')}"
    rf"\s+(?:het|er|u|uw|de|iemand|je|jij)\b)[^.?!]*\b{nl.alternation('crisis_worries')}\b"
)
_CALL_TO = re.compile(
    # 'Bel of app mij dan vóór die dag via 06-...': both verbs go, 'mij' stays the person
    # (never the 'mail' of 'per e-mail': 'Zij is bereikbaar per e-mail: ...' is no call)
    r"(?<![\w-])(?P<verb>(?:[Bb]el|[Mm]ail|[Aa]pp)(?:t u)?(?:\s+(?:of|en)\s+(?:bel|mail|app)(?:t u)?)?)\b"
    r"(?:\s+(?P<obj>mij|me|ons|(?:het\s+)?[Tt]eam(?:\s+[A-Z][\w-]*)+)\b)?(?P<mid>[^.?!]*?)\s*"
    r"(?:\b(?:naar|met|op|via)\s+)?(?:(?:het\s+)?(?:telefoonnummer|nummer|e-mailadres)\s+)?"
    r"(?P<channel>{channel})(?P<tail>\s*[.!]?)$"
)


@dataclass(frozen=True)
class Contact:
    """One contact channel with its context (kept for callers of the old model)."""

    kind: str
    text: str
    sentence: str
    owner: str = ""
    personal: bool = False
    crisis: bool = False


@dataclass(frozen=True)
class Item:
    """One thing under a heading: a paragraph, a list, a table or a sub-heading."""

    kind: str  # p | list | table | appointment | subheading
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # cells of each row; two cells: label, value

    def flat(self) -> list[str]:
        """The item as plain strings, one per line."""
        if self.kind == "list":
            return [*([self.text] if self.text else []), *self.items]
        if self.kind in ("table", "appointment"):
            return [*([self.text] if self.text else []), *(_row_text(r) for r in self.rows)]
        return [self.text]


def _row_text(cells: tuple[str, ...]) -> str:
    cells = tuple(c for c in cells if c)
    if len(cells) == 2:
        return f"{cells[0]}: {cells[1]}"
    return " · ".join(cells)


@dataclass(frozen=True)
class RemovedChannel:
    """A channel that left the letter, with who it belongs to (for the writer to confirm)."""

    text: str
    kind: str
    owner: str


@dataclass(frozen=True)
class Placement:
    """Where one paragraph, list or table went, and why (diagnostics, training data)."""

    text: str  # the item as one line
    cue_section: str  # what the hand-written cues chose
    cue: str  # the name of the cue that decided
    features: str  # what the section model reads (`section_features`)
    section: str  # where it went
    probability: float = 0.0  # the model's probability; 0.0 when the cues decided alone


@dataclass(frozen=True)
class LetterStructure:
    """The parts of a letter, in reading order."""

    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str
    references: tuple[tuple[str, str], ...]
    subject: str
    salutation: str
    sections: dict[str, tuple[str, ...]]
    closing: str
    signature: tuple[str, ...]
    contacts: tuple[Contact, ...]
    hours: tuple[str, ...]
    legal_basis: tuple[str, ...]
    annexes: tuple[str, ...]
    decision: bool
    removed: tuple[str, ...] = field(default=())
    appointments: tuple[str, ...] = field(default=())
    items: dict[str, tuple[Item, ...]] = field(default_factory=dict)
    channels: tuple[ChannelInfo, ...] = field(default=())
    crisis: tuple[str, ...] = field(default=())  # crisis sentences, kept next to the contact line
    sender_info: Sender = field(default_factory=lambda: Sender((), ""))
    pointed: tuple[str, ...] = field(default=())  # channel texts replaced by a pointer
    headings: tuple[str, ...] = field(default=())  # the letter's own headings, in order
    removed_fields: tuple[RemovedChannel, ...] = field(default=())  # «email_team» and the like
    # 'Uw vaste contactpersoon is de heer X.': (sentence, person); the page drops the sentence
    # when its contact line names that person
    intros: tuple[tuple[str, str], ...] = field(default=())
    placements: tuple[Placement, ...] = field(default=())  # one per classified item
    address: str = "u"  # how the letter addresses its reader: u | je | jullie
    reply_slip: tuple[str, ...] = field(default=())  # 'ANTWOORDSTROOK' and its lines

    def section_keys(self) -> list[str]:
        """Return the keys of the sections that have content, in template order."""
        return [k for k in SECTION_ORDER if self.items.get(k) or self.sections.get(k)]


@dataclass
class _Moved:
    """What the body gave up on the way to the page (the writer sees all of it)."""

    removed: list[str] = field(default_factory=list)  # pure contact sentences
    crisis: list[str] = field(default_factory=list)  # crisis sentences, kept by the contact line
    pointed: list[str] = field(default_factory=list)  # channels replaced by a pointer
    fields: list[RemovedChannel] = field(default_factory=list)  # «email_team» and the like
    intros: list[tuple[str, str]] = field(default_factory=list)  # 'Uw contactpersoon is X.'
    referrals: list[str] = field(default_factory=list)  # another organisation, number gone
    contact_rest: list[str] = field(default_factory=list)  # paragraphs only about reaching people
    contact_items: list[Item] = field(default_factory=list)  # a contact table's rows, as lines
    handlers: frozenset[str] = frozenset()  # surnames of the letterhead card's people


@dataclass
class _Unit:
    kind: str  # p | list | table | appointment | card (contact rows) | directory (see below)
    blocks: list[Block]
    heading: str = ""
    lead: str = ""
    pending: tuple[str, ...] = ()  # headings right above this unit (a heading with no text
    # of its own before the next heading is kept as a sub-heading, never dropped)
    lead_block: Block | None = None  # the paragraph that leads a list or table
    roles: tuple[str, ...] = ()  # a directory's column roles ('who', 'what', 'reach')


def extract_structure(
    letter: Letter,
    model: Language | None = None,
    cues_only: bool = False,
    earlier: tuple[Placement, ...] = (),
) -> LetterStructure:
    """Split a letter into header, body sections, contact channels and footer.

    `model` is a section classifier (rewriter.sections_model); by default the
    shipped one, and the cues alone when it is absent, switched off or `cues_only`.
    `earlier` are the placements of the letter before it was rewritten: when the
    rewritten letter has the same items (as many, of the same kinds), each goes where
    its original went. A rewrite changes words, not what a paragraph is about ('Indien
    betaling ... uitblijft' read as a question, 'Betaalt u niet op tijd?', must not move
    the paragraph from what happens next to what we ask), and the page the reader gets
    then has the sections the original's words earned.
    """
    model = None if cues_only else (model or load_sections_model())
    text = letter.text
    blocks = letter.blocks
    header = [b for b in blocks if b.region == "header"]
    body = [b for b in blocks if b.region == "body"]
    salutation = next((b.text.strip() for b in blocks if b.region == "salutation"), "")
    closing = next((b.text.strip() for b in blocks if b.region == "closing"), "")
    after, slip = reply_slip([b for b in blocks if b.region == "signature"])
    signed, postscript, annex_lines = _after_closing(after, text)
    signature = tuple(b.text.strip() for b in signed)
    body += postscript  # 'P.S. Vergeet niet ... op tijd terug te brengen.'

    cards = _handler_cards(header)  # 'Behandeld door' and its contact rows, found once
    sender, recipient, date, refs, subject, annexes, extra = _header(header, text, cards)
    annexes += annex_lines
    sender_info = sender_of(sender, list(signature))
    sentences = [(s.start, s.end) for s in letter.sentences]
    channels = by_mail_domain(
        [
            _in_region(c, blocks, sender, sender_info)
            for c in classify_channels(text, find_channels(letter), sentences, sender_info)
        ],
        sender_info,
    )
    channels = _handler_owners(cards, channels, sender_info)
    channels = _pointed_owner(channels, text)
    body_channels = [c for c in channels if c.region == "body"]

    units = _units(body, refs, annexes)
    channels = _card_owners(units, channels, sender_info)
    body_channels = [c for c in channels if c.region == "body"]
    moved = _Moved(
        handlers=frozenset(
            c.owner.split()[-1]
            for c in channels
            if c.region == "header" and c.owner_kind == "person" and c.owner.split()
        )
    )
    removed, crisis, pointed, fields, intros = (
        moved.removed,
        moved.crisis,
        moved.pointed,
        moved.fields,
        moved.intros,
    )
    items: dict[str, list[Item]] = {k: [] for k in SECTION_ORDER}
    placed_heading: set[str] = set()
    decision_at = 0  # where the next paragraph under a decision heading goes
    says_none = any(_NOT_A_DECISION.search(b.text) for b in body)
    decides = not says_none and is_decision(
        subject, [b.text for b in body if is_objection_route(b.text)]
    )
    placements: list[Placement] = []
    pairs = [(u, _unit_item(u, letter, body_channels, moved)) for u in units]
    pairs = [(u, it) for u, it in pairs if it is not None]
    follow = _same_items(earlier, [it for _, it in pairs])
    # a page that follows the original's sections needs no model: its answer would go
    for unit, item in pairs:
        elsewhere = _helps_elsewhere(unit, item, body_channels)
        placement = _place(
            unit, item, items, decides, None if follow else model, len(placements), says_none,
            elsewhere,
        )  # fmt: skip
        if follow:
            earlier_one = follow[len(placements)]
            placement = replace(
                placement, section=earlier_one.section, probability=earlier_one.probability
            )
        placements.append(placement)
        key = placement.section
        if item.kind == "p" and _first_sentence(item.text) in moved.referrals:
            key = "overig"  # 'Voor vragen over uw toeslag kunt u terecht bij de BelastingTelefoon.'
        elif item.kind == "p" and item.text in moved.contact_rest:
            key = "contact"  # next to the contact line: whom else the reader can reach
        elif any(item is it for it in moved.contact_items):
            key = "contact"  # a table of whom to reach for what, as lines

        if (
            item.kind == "list"
            and not item.text
            and key != "contact"  # 'Heeft u vragen?' over a contact table: the contact line
            and unit.heading in unit.pending
            and _heading_key(unit.heading)
            and unit.heading.lower() not in placed_heading
        ):
            # 'Neem dit mee' over a bare list: the fixed heading alone would not say
            # what the entries are for, so it leads the list
            lead = unit.heading.strip()
            item = Item("list", lead if lead[-1:] in "?:" else f"{lead}:", item.items)
        new = []
        for heading in unit.pending:
            if heading.lower() in placed_heading:
                continue
            placed_heading.add(heading.lower())
            # 'Wat gebeurt er als wij alles hebben?' over 'Dan bekijken wij ...': the
            # question is the condition its answer needs, so it stays over it
            answered = (
                heading.rstrip().endswith("?")
                and _fixed_heading_key(heading) is None
                and item.kind == "p"
                and (
                    item.text.startswith("Dan ")
                    # 'Komt de afspraak niet uit?' over 'Bel of mail de heer Demir dan ...'
                    or bool(_IMPERATIVE.match(item.text) and _THEN_EARLY.match(item.text))
                )
            )
            # 'Wanneer is het gesprek?', 'Wie zijn er bij het gesprek?': the writer's own
            # plain question, not the page's, says what the answer under it is about
            # ('U, Noa en ik.' means nothing without it)
            own_question = (
                heading.rstrip().endswith("?")
                and _fixed_heading_key(heading) is None
                and _heading_key(heading) not in ("bezwaar", "contact")
                # 'Wat neemt u mee?' that already leads its bare list (above)
                and not (item.kind == "list" and item.text.strip() == heading.strip())
            )
            if not _heading_key(heading) or answered or own_question:
                new.append(
                    Item(
                        "subheading",
                        _sentence_case(strip_number(heading).rstrip(":").rstrip(), text),
                    )
                )
        new.append(item)
        if key == "besluit" and unit.heading and _heading_key(unit.heading) == "besluit":
            # the text under 'Ons besluit' leads the section, before grounds that came
            # first in the original ('Wat wij hebben onderzocht', 'Motivering')
            items[key][decision_at:decision_at] = new
            decision_at += len(new)
        else:
            items[key].extend(new)
    for line in extra:
        items["overig"].append(Item("p", line))
    _ensure_real_why(items)
    sections = {k: tuple(s for it in v if it.kind != "subheading" for s in it.flat())
                for k, v in items.items()}  # fmt: skip
    decision = not says_none and is_decision(subject, sections["bezwaar"])
    all_paragraphs = [p for k in SECTION_ORDER for p in sections[k]]
    appointments = _appointments(letter, all_paragraphs, items)
    legal = tuple(dict.fromkeys(p.text for p in letter.protected if p.kind == "article"))
    hours = tuple(
        dict.fromkeys(
            m.group().strip() for r in removed for m in _HOURS.finditer(r) if _has_day(m.group())
        )
    )
    contacts = tuple(
        Contact(c.kind, c.text, text[c.sentence_start : c.sentence_end].replace("\n", " "),
                c.owner, c.owner_kind == "person", c.crisis)
        for c in _dedupe(channels)
    )  # fmt: skip
    return LetterStructure(
        sender=tuple(sender),
        recipient=tuple(recipient),
        date=date,
        references=tuple(refs),
        subject=subject,
        salutation=salutation,
        sections=sections,
        closing=closing,
        signature=signature,
        contacts=contacts,
        hours=hours,
        legal_basis=legal,
        annexes=tuple(annexes),
        decision=decision,
        removed=tuple(removed),
        appointments=appointments,
        items={k: tuple(v) for k, v in items.items()},
        channels=tuple(channels),
        crisis=tuple(dict.fromkeys(crisis)),
        sender_info=sender_info,
        pointed=tuple(pointed),
        headings=tuple(b.text.strip() for b in body if b.kind == "heading"),
        removed_fields=tuple(fields),
        intros=tuple(intros),
        placements=tuple(placements),
        address=address_form(" ".join(b.text for b in body)),
        reply_slip=slip,
    )


_POSTSCRIPT = re.compile(r"(?i)^\s*" + nl.note_mark() + r"[:\s]\s*")  # 'P.S.', 'ps:', 'N.B.'


_CUT_MARK = nl.alternation("cut_marks")  # 'knip hier'
_REPLY_SLIP = re.compile(  # 'ANTWOORDSTROOK', '- - - knip hier - - -', a row of dashes
    rf"(?i)^\s*(?:{nl.alternation('reply_slip_headings')}\b|.*\b{_CUT_MARK}\b|"
    r".*\u2702|[-–—_.·* ]{12,}$)"
)
_CUT_LINE = re.compile(rf"(?i)^[-–—_.·*\u2702 ]*{_CUT_MARK}?[-–—_.·*\u2702 ]*$")


def _same_items(earlier: tuple[Placement, ...], items: list[Item]) -> tuple[Placement, ...]:
    """`earlier` when it places exactly these items (as many, each of the same kind)."""
    if len(earlier) != len(items):
        return ()
    kinds = [p.features.split(" ", 1)[0] for p in earlier]
    return earlier if kinds == [f"K_{it.kind}" for it in items] else ()


def reply_slip(lines: list[Block]) -> tuple[list[Block], tuple[str, ...]]:
    """A reply slip after the signature ('- - - knip hier - - -', 'ANTWOORDSTROOK', its
    lines to fill in): the lines before it, and its lines as written (without the cut
    line). The page shows it after the signature, line by line: it holds instructions and
    deadlines ('Stuur deze strook uiterlijk ... terug') that must stay."""
    at = next((i for i, b in enumerate(lines) if _REPLY_SLIP.match(b.text)), None)
    if at is None:
        return lines, ()
    slip = tuple(
        " ".join(b.text.split()) for b in lines[at:] if not _CUT_LINE.fullmatch(b.text.strip())
    )
    return lines[:at], slip


def _after_closing(lines: list[Block], text: str) -> tuple[list[Block], list[Block], list[str]]:
    """The lines after the closing: the signature, a postscript ('P.S. Vergeet niet ...'),
    which is part of the body (it often asks something, by a date), and the annex list
    ('Bijlagen:' with its items), which goes with the references. The postscript and the
    annex list each run to the other one or to the end, in either order. (A reply slip
    is taken off first: `reply_slip`.)"""
    end = len(lines)
    post = next((i for i, b in enumerate(lines) if _POSTSCRIPT.match(b.text)), end)
    annex = next((i for i, b in enumerate(lines) if _ANNEX.match(b.text)), end)
    postscript = []
    stop = annex if post < annex else end
    for i in range(post + 1, stop):  # a blank line ends the postscript (a footer follows)
        if "\n\n" in text[lines[i - 1].end : lines[i].start].replace(" ", ""):
            stop = i
            break
    for b in lines[post:stop]:
        lead = _POSTSCRIPT.match(b.text)
        start = b.start + (lead.end() if lead else 0)
        postscript.append(Block("paragraph", start, b.end, text[start : b.end]))
    annexes = []
    if annex < end:
        head = lines[annex].text.strip()
        items = [
            re.sub(r"^\s*[-•*–]\s*", "", b.text).strip()
            for b in lines[annex + 1 : post if annex < post else end]
        ]
        annexes.append(f"{head} {'; '.join(items)}".strip())
    rest = lines[stop:annex] if post < annex else lines[stop:]  # the footer after it
    return lines[: min(post, annex)] + rest, postscript, annexes


_GENERAL_LABEL = re.compile(r"(?i)\b(?:algeme(?:ne|en)|centra(?:al|le))\b")


def _in_region(
    c: ChannelInfo, blocks: tuple[Block, ...], sender: list[str], info: Sender
) -> ChannelInfo:
    """Channels in the letterhead belong to the sender; in the signature, to the signer."""
    block = next((b for b in blocks if b.start <= c.start < b.end), None)
    region = block.region if block else "body"
    if region in ("salutation", "body"):
        return c
    own = [n for n in info.names if len(n) >= 5 and n.lower() in block.text.lower()]
    if own and not c.crisis and c.owner_kind in ("unknown", "other"):
        # 'Gemeente Súdwest-Fryslân | Marktstraat 15, Sneek | 14 0515': the sender's line
        owner = max(own, key=len)
        line = block.text[: c.start - block.start].rsplit("\n", 1)[-1]
        if _GENERAL_LABEL.search(line) and info.names[0] != owner:
            # 'Team Schuldhulpverlening' over 'Algemeen telefoonnummer: 0184-…': the
            # general number is the organisation's, not the team's (which may be
            # reachable by e-mail only)
            owner = info.names[0]
        return replace(c, region=region, owner=owner, owner_kind="team")
    if region == "signature" and not c.crisis and c.owner_kind in ("unknown", "person"):
        if info.signer:
            return replace(c, region=region, owner=info.signer, owner_kind="person")
        return replace(c, region=region, owner=sender[0] if sender else "", owner_kind="team")
    if region == "header" and not c.crisis and c.owner_kind == "unknown":
        return replace(c, region=region, owner=sender[0] if sender else "", owner_kind="team")
    return replace(c, region=region)


def _pointed_owner(channels: list[ChannelInfo], text: str) -> list[ChannelInfo]:
    """'Team Invordering is op werkdagen ... bereikbaar via het telefoonnummer onderaan deze
    brief, of per e-mail via invordering@...': the letter says whose the footer's (or the
    letterhead's) number is. With one such number, that team of ours owns it."""
    outside = [
        c
        for c in channels
        if c.kind == "phone" and c.region != "body" and c.owner_kind == "team" and not c.crisis
    ]
    if len(outside) != 1:
        return channels
    teams = set()
    for c in channels:
        if c.kind != "email" or c.owner_kind != "team" or not c.owner or c.crisis:
            continue
        sentence = text[c.sentence_start : c.sentence_end].replace("\n", " ")
        if LETTER_PLACE.search(sentence) and c.owner in sentence:
            teams.add(c.owner)
    if len(teams) != 1:
        return channels
    return [replace(c, owner=teams.pop()) if c is outside[0] else c for c in channels]


def _dedupe(channels: list[ChannelInfo]) -> list[ChannelInfo]:
    seen: dict[str, ChannelInfo] = {}
    for c in channels:
        key = re.sub(r"\D", "", c.text) if c.kind == "phone" else c.text.lower()
        if key not in seen or (seen[key].owner_kind == "unknown" and c.owner_kind != "unknown"):
            seen[key] = c
    return list(seen.values())


def _units(body: list[Block], refs: list, annexes: list) -> list[_Unit]:
    """Group body blocks into paragraphs, lists and tables, each under its heading."""
    units: list[_Unit] = []
    heading = ""
    pending: list[str] = []
    for b in body:
        if b.kind == "heading":
            heading = b.text.strip()
            pending.append(heading)
            continue
        if b.kind == "paragraph" and _ANNEX.match(b.text):
            annexes.append(" ".join(b.text.split()))
            continue
        if b.kind == "row":
            if _REFERENCE_LABELS.match(b.label.strip()):
                refs.append((b.label.strip(), b.value.strip()))
                continue
            if _ANNEX.match(b.label):
                annexes.append(f"{b.label}: {b.value}")
                continue
        last = units[-1] if units else None
        if _numbered_paragraph(b, last):
            # '1. Bij besluit van 12-4-2026 ...', '2. Uit de gegevens ...': a letter written in
            # numbered paragraphs; each one is a paragraph of its own (its number goes: the
            # paragraphs may land under different headings of the page)
            lead = len(b.text) - len(b.value)
            b = replace(b, kind="paragraph", start=b.start + lead, text=b.value, label="", value="")
        kind = {"list_item": "list", "row": "table"}.get(b.kind, "p")
        if (
            last
            and last.kind == kind
            and kind != "p"
            and last.blocks[-1].group in (b.group, b.group - 1)
        ):
            last.blocks.append(b)
            continue
        if (
            kind in ("list", "table")
            and last
            and last.kind == "p"
            and last.blocks[-1].text.rstrip().endswith(":")
            and len(last.blocks) == 1
        ):
            last.kind = kind  # 'Het bedrag is als volgt opgebouwd:' leads its table
            last.lead = last.blocks[0].text
            last.lead_block = last.blocks[0]
            last.blocks = [b]
            continue
        units.append(_Unit(kind, [b], heading, pending=tuple(pending)))
        pending = []
    for u in units:
        if u.kind == "table" and _is_appointment(u.blocks):
            u.kind = "appointment"
    return units


def _numbered_paragraph(b: Block, last: _Unit | None) -> bool:
    """A numbered item that is a whole paragraph: alone between blank lines, two sentences
    or 30 words at least, and not an entry of a list its lead announces ('Dat kan op twee
    manieren:') or of a numbered list of short entries just before it."""
    if b.kind != "list_item" or not b.label[:1].isdigit():
        return False
    words = len(b.value.split())
    if words < 30 and len(re.findall(r"[.!?](?:\s|$)", b.value.strip())) < 2:
        return False
    if last is None:
        return True
    if last.kind == "p" and last.blocks[-1].text.rstrip().endswith(":"):
        return False
    if last.kind == "list":
        # an earlier entry of this list that was not a whole paragraph keeps it a list
        return False
    return last.blocks[-1].group != b.group


def _is_appointment(rows: list[Block]) -> bool:
    labels = {APPOINTMENT_LABELS.get(r.label.strip().lower()) for r in rows}
    return ("wanneer" in labels and ("hoe laat" in labels or "waar" in labels)) or (
        len(labels & {"wanneer", "hoe laat", "waar", "met wie"}) >= 3
    )


def _unit_item(
    unit: _Unit,
    letter: Letter,
    channels: list[ChannelInfo],
    moved: _Moved,
) -> Item | None:
    text = letter.text
    if unit.kind == "p":
        block = unit.blocks[0]
        paragraph = _paragraph_without_contacts(block, letter, channels, moved)
        return Item("p", paragraph) if paragraph else None
    if unit.kind == "list":
        entries = []
        crisis_at = len(moved.crisis)
        for b in unit.blocks:
            # a numbered list keeps its numbers (the order may matter); bullets go
            value = " ".join((b.text if b.label[:1].isdigit() else b.value).split())
            spans = [p for p in letter.protected if b.start <= p.start < b.end]
            chans = [c for c in channels if b.start <= c.start < b.end]
            if any(c.crisis for c in chans):
                line = " ".join(b.value.split()).rstrip(";,")  # a list entry's ';' ends here
                line = line[:1].upper() + line[1:]  # 'bij levensgevaar: 112' after a full stop
                moved.crisis.append(
                    line if line[-1:] in ".!?" else f"{line}."
                )  # in the crisis block
                continue
            numbered = b.label[:1].isdigit()
            if _pure_contact(value, chans, spans) and not numbered:
                moved.removed.append(value)
                continue
            # '1. Bel of app je leerplichtambtenaar ... op 06-…' is one of the numbered
            # ways the lead asks for ('Dat kan op twee manieren:'): without it the list
            # would start at '2.'; it keeps its number
            new = _point_to_contact(value, chans) if chans and not numbered else value
            if new != value:
                moved.pointed.extend(c.text for c in chans)
            entries.append(new)
        if entries and entries[-1].endswith(";") and len(entries) < len(unit.blocks):
            # the entries after it left (crisis lines, contacts): the list ends here
            entries[-1] = entries[-1][:-1] + "."
        lead = " ".join(unit.lead.split())
        if unit.lead_block and any(unit.lead_block.start <= c.start < unit.lead_block.end
                                   for c in channels):  # fmt: skip
            # 'Voor nadere inlichtingen kunt u zich wenden tot uw jeugdconsulent, ...
            # bereikbaar via 0495-…. Wij wijzen u tevens op de volgende mogelijkheden:':
            # the lead's contact sentence goes to the contact line like any paragraph's
            rest = len(moved.contact_rest)
            lead = _paragraph_without_contacts(unit.lead_block, letter, channels, moved)
            del moved.contact_rest[rest:]  # the list decides where it goes
        if not entries and lead and len(moved.crisis) > crisis_at and lead.endswith(":"):
            # 'Maakt u zich ernstig zorgen over de veiligheid van Yasmine, bel dan:' over a
            # list of crisis lines: the lead goes with them (alone it would end in nothing)
            moved.crisis[crisis_at] = f"{lead} {moved.crisis[crisis_at]}"
            return None
        return Item("list", lead, tuple(entries)) if entries or lead else None
    if unit.kind == "directory":
        return _directory_item(unit, channels, moved)
    if unit.kind == "card":
        # 'Naam: de heer H. Mulder / Telefoon: 0592-… / E-mail: …': the contact line's job;
        # the rows are listed for the writer like every other channel that leaves
        moved.removed.extend(" ".join(f"{b.label.strip()}: {b.value}".split()) for b in unit.blocks)
        lead = " ".join(unit.lead.split())
        if lead and only_contact_words(lead.rstrip(":") + ".", [], []):
            # 'Heeft u vragen over deze brief, dan kunt u contact opnemen met een van ons:'
            moved.removed.insert(len(moved.removed) - len(unit.blocks), lead)
            return None
        return Item("p", lead) if lead else None
    if unit.kind == "table" and (lines := _crisis_rows(unit.blocks, channels, letter.facts)):
        # 'Wie | Telefoon | Wanneer' over the crisis lines: the crisis block's lines, each
        # with what it is for; the lead that announces them goes with them
        lead = " ".join(unit.lead.split())
        if lead.endswith(":") and not re.search(r"\d", lead):
            lines[0], lead = f"{lead} {lines[0]}", ""
        moved.crisis.extend(lines)
        return Item("p", lead) if lead else None
    rows = []
    for b in unit.blocks:
        label = b.label.strip()
        if unit.kind == "appointment":
            label = APPOINTMENT_LABELS.get(label.lower(), label.lower()).capitalize()
        rows.append((label, *(" ".join(v.split()) for v in b.value.split("\t"))))
    del text
    return Item(unit.kind, " ".join(unit.lead.split()), (), tuple(rows))


def _crisis_rows(rows: list[Block], channels: list[ChannelInfo], facts: tuple) -> list[str]:
    """A table of crisis lines ('Crisisdienst Jeugd Zeeland | 0118-… | buiten
    kantoortijden'), with or without a row of column headings over it: one line per row,
    'Crisisdienst Jeugd Zeeland: 0118-…, buiten kantoortijden.'; [] for any other table."""

    def crisis_in(b: Block) -> bool:
        if any(c.crisis for c in channels if b.start <= c.start < b.end):
            return True
        # 'Alarmnummer | 112 | bij direct gevaar': a crisis line's name and 112 or 113 in
        # a cell of its own (no channel: a bare three-digit number in a table cell)
        named = any(f.kind == "crisis_line" and b.start <= f.start < b.end for f in facts)
        return named and bool(re.search(r"(?:^|\t)\s*11[23]\s*(?:\t|$)", b.text))

    def any_channel(b: Block) -> bool:
        return any(b.start <= c.start < b.end for c in channels)

    data = rows[1:] if rows and not any_channel(rows[0]) else rows
    if not data or not all(crisis_in(b) for b in data):
        return []
    lines = []
    for b in data:
        cells = [" ".join(x.split()) for x in b.text.split("\t") if x.strip()]
        line = f"{cells[0]}: {', '.join(cells[1:])}" if len(cells) > 1 else cells[0]
        lines.append(line if line[-1:] in ".!?" else f"{line}.")
    return lines


# 'Behandeld door: mevrouw I. Post · Telefoon: 036-…': the name, up to the next item
_HANDLER = re.compile(rf"(?i)^\s*{nl.pattern('handler_labels')}\s*(?::\s*|\t)([^·|\t;]+)")


# the items after the name on a handler's line: '· Telefoon: 036-… · E-mail: …'
_HANDLER_ITEMS = re.compile(r"\s*[·|\t;]\s*\S")


def _handler_cards(blocks: tuple[Block, ...] | list[Block]) -> list[list[Block]]:
    """The letterhead's handler cards: a 'Behandeld door' row and the contact rows right
    after it ('Telefoon: …', 'E-mail: …'; a Word table's rows come as 'Telefoon<tab>…')."""
    header = [b for b in blocks if b.region == "header"]
    cards = []
    for i, b in enumerate(header):
        if not _HANDLER.match(b.text):
            continue
        card = [b]
        for row in header[i + 1 :]:
            if row.kind != "row" or not _contact_label(row.label) or _HANDLER.match(row.text):
                break
            card.append(row)
        cards.append(card)
    return cards


def _handler_owners(
    cards: list[list[Block]], channels: list[ChannelInfo], sender: Sender
) -> list[ChannelInfo]:
    """A letterhead's handler card: the 'Behandeld door' row's person owns the phone and
    e-mail rows right after it ('Telefoon: 0592-… (rechtstreeks)', 'E-mail: j.lanting@…'),
    and the items of its own line ('Behandeld door: mevrouw I. Post · Telefoon: 036-…'),
    not the sender in general (the rows stand in the letterhead)."""
    labels = _card_vocabulary()
    out = list(channels)
    for card in cards:
        owner, kind = owner_of_cell(_HANDLER.match(card[0].text).group(1), sender)
        if not owner or kind not in ("person", "team"):
            continue
        for j, c in enumerate(out):
            inside = any(x.start <= c.start < x.end for x in card)
            # the letterhead's default (the sender) or a row label read as a name
            theirs = c.owner_kind in ("unknown", "team") or c.owner.lower() in labels
            if inside and c.kind in ("phone", "email") and theirs and not c.crisis:
                out[j] = replace(c, owner=owner, owner_kind=kind)
    return out


def _card_owners(
    units: list[_Unit], channels: list[ChannelInfo], sender: Sender
) -> list[ChannelInfo]:
    """Mark the contact cards among the tables (kind 'card'), and give the phone and
    e-mail rows of each to the person its 'Naam:' row names ('Naam: de heer H. Mulder /
    Telefoon: 0592-…'), unless the letter already tied them to another organisation.
    A table of whom to reach for what ('Wie | Waarvoor | Telefoon', kind 'directory')
    gives each row's numbers to the one its 'Wie' cell names."""
    out = list(channels)
    for u in units:
        if u.kind == "table" and (columns := _directory_columns(u.blocks, channels)):
            u.kind, u.roles = "directory", tuple(columns)
            who = columns.index("who")
            for i, c in enumerate(out):
                row = next((b for b in u.blocks[1:] if b.start <= c.start < b.end), None)
                cells = row.text.split("\t") if row else []
                if row is None or c.kind not in ("phone", "email") or who >= len(cells):
                    continue
                owner, kind = owner_of_cell(cells[who], sender)
                if owner:
                    out[i] = replace(c, owner=owner, owner_kind=kind)
            continue
        columns = _column_people(u.blocks) if u.kind == "table" else []
        # a names row over rows with a label in front ('Telefoon<tab>030-...<tab>030-...')
        # lost its empty top-left cell: the names stand one column to the left
        width = max((b.text.count("\t") + 1 for b in u.blocks), default=0)
        shift = max(width - len(columns), 0) if columns else 0
        assigned = False
        for i, c in enumerate(out if columns else ()):
            # 'Marieke Smits<tab>Koen Aarts' over '06-...<tab>0164-...': by column
            row = next((b for b in u.blocks if b.start <= c.start < b.end), None)
            if row is None or c.kind not in ("phone", "email") or c.crisis:
                continue
            col = row.text[: c.start - row.start].count("\t")
            col -= shift if row.text.count("\t") + 1 == width else 0
            mine = c.owner_kind in ("unknown", "person") or not c.owner
            if 0 <= col < len(columns) and mine:
                out[i] = replace(c, owner=columns[col], owner_kind="person")
                assigned = True
        if assigned:
            # a card of the sender's people side by side: the contact line's job, like
            # a card of one person (its rows are listed for the writer)
            u.kind = "card"
            continue
        if u.kind != "table" or not _contact_card(u.blocks, channels):
            continue
        u.kind = "card"
        person = _card_person(u.blocks)
        if not person:
            continue
        own_rows = [b for b in u.blocks if not WHEN_AWAY.match(b.label)]
        for i, c in enumerate(out):
            # the fallback row ('Afwezig? | bel het algemene nummer ...') is not theirs
            inside = any(b.start <= c.start < b.end for b in own_rows)
            # the fallback row ('Afwezig? Bel het Wmo-team via ...') keeps its team
            theirs = c.owner_kind in ("unknown", "person") or not c.owner
            if inside and c.kind in ("phone", "email") and theirs and not c.crisis:
                out[i] = replace(c, owner=person, owner_kind="person")
    return out


def _directory_columns(rows: list[Block], channels: list[ChannelInfo]) -> list[str]:
    """A table of whom to reach for what: a first row of column headings only ('Wie',
    'Waarvoor', 'Telefoon', 'E-mail'), then rows with a phone number or e-mail address
    (no crisis line: those always stay in the crisis block). The role of each column
    ('who', 'what' or 'reach'), or [] when the table is no such list."""
    if len(rows) < 2:
        return []
    heads = [" ".join(c.split()).lower() for c in rows[0].text.split("\t")]
    # 'wie' -> 'who', 'waarvoor' -> 'what'
    role_of = {r["heading"]: r["role"] for r in nl.table("directory_labels")}
    vocabulary = contact_words() | set(nl.words("card_labels")) | set(role_of)
    if len(heads) < 2 or not all(
        h and all(w in vocabulary for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", h))
        for h in heads
    ):
        return []
    inside = [c for c in channels if any(b.start <= c.start < b.end for b in rows)]
    if any(c.crisis for c in inside) or any(rows[0].start <= c.start < rows[0].end for c in inside):
        return []
    if not any(c.kind in ("phone", "email") for c in inside):
        return []
    roles = [role_of.get(h, "reach") for h in heads]
    if "who" not in roles:
        return []
    return roles


def _directory_item(unit: _Unit, channels: list[ChannelInfo], moved: _Moved) -> Item | None:
    """A table of whom to reach for what, as lines after the contact line: 'Voor hulp bij
    het kiezen van een opleiding: Jongerenpunt Liemers, 0316-58 40 22.' The first row of
    one of the sender's people is the contact line's job (listed for the writer, like a
    contact card); every other row stays, word for word, cell by cell."""
    roles = unit.roles
    lines: list[str] = []
    person_row_gone = False
    for b in unit.blocks[1:]:
        cells = [" ".join(c.split()) for c in b.text.split("\t")]
        reach = [c for c in channels if b.start <= c.start < b.end and c.kind in ("phone", "email")]
        if (
            reach
            and not person_row_gone
            and all(c.owner_kind == "person" and c.owner == reach[0].owner for c in reach)
        ):
            person_row_gone = True
            moved.removed.append(_row_text(tuple(cells)))
            continue
        cells += [""] * (len(roles) - len(cells))  # a row with fewer cells than headings
        pairs = list(zip(cells, roles, strict=False))
        who = next((c for c, r in pairs if r == "who"), "")
        what = next((c for c, r in pairs if r == "what" and c), "")
        rest = [c for c, r in pairs if r == "reach" and c]
        body = ", ".join(x for x in (who[:1].upper() + who[1:] if not what else who, *rest) if x)
        if what:
            first = what.split()[0].lower()
            opens = first in nl.words("condition_subordinators") or first in nl.words(
                "prepositions"
            )
            lead = what[:1].upper() + what[1:] if opens or what[:1].isupper() else f"Voor {what}"
            body = f"{lead}: {body}"
        if body:
            lines.append(body if body[-1:] in ".!?" else f"{body}.")
    lead = " ".join(unit.lead.split())
    if lead and (not lines or only_contact_words(lead.rstrip(":") + ".", [], [])):
        # 'Voor vragen kunt u zich wenden tot onderstaande personen:' says what the contact
        # line says; over no rows at all it would end in nothing
        moved.removed.insert(len(moved.removed) - person_row_gone, lead)
        lead = ""
    if not lines:
        return None
    item = Item("list", lead, tuple(lines))
    moved.contact_items.append(item)
    return item


def _column_people(rows: list[Block]) -> list[str]:
    """A contact card written in columns, one person per column: the row whose cells are
    all names ('Marieke Smits<tab>Koen Aarts'), as a list of names; [] when there is none."""
    for b in rows:
        cells = [c.strip() for c in b.text.split("\t")]
        if len(cells) >= 2 and all(
            c and (_CARD_NAME.fullmatch(c) or PERSON.fullmatch(c)) and not _looks_like_label(c)
            for c in cells
        ):
            return cells
    return []


def _looks_like_label(cell: str) -> bool:
    """'Telefoon', 'E-mail adres': a contact word, not a name."""
    vocabulary = contact_words() | set(nl.words("card_labels"))
    return any(w.lower() in vocabulary or is_contact_role(w) for w in cell.split())


_CARD_NAME = re.compile(  # 'Ruud Hazenberg', 'Jan de Vries' (PERSON finds 'de heer R. Smit')
    rf"[A-Z][\w'-]+(?:\s(?:{nl.alternation('name_particles')}\s)*[A-Z][\w'-]+){{1,2}}"
)


def _card_person(rows: list[Block]) -> str:
    """The person a contact card names in its 'Naam' or 'Contactpersoon' row, or in a row
    labelled with a job title ('Uw Wmo-consulent | Ruud Hazenberg'); "" when none."""
    for b in rows:
        label = b.label.strip().lower().split()
        if label and (label[-1] in ("naam", "contactpersoon") or is_contact_role(label[-1])):
            value = b.value.split(",")[0].strip()
            person = PERSON.search(value)
            if person:
                return person.group().strip()
            return value if _CARD_NAME.fullmatch(value) else ""
    return ""


@functools.cache
def _card_vocabulary() -> frozenset[str]:
    """The words of a contact card's labels: the contact vocabulary and card_labels.txt."""
    return contact_words() | frozenset(nl.words("card_labels"))


def _contact_label(label: str) -> bool:
    """A contact card's label: 'Naam', 'Telefoon', 'Uw Wmo-consulent', 'Niet bereikbaar?
    Bel Buurtteam Oost' (a name inside the label, never its first word: 'Bedrag' is no
    contact word)."""
    vocabulary = _card_vocabulary()
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", label)
    return bool(words) and all(
        w.lower() in vocabulary or is_contact_role(w.lower()) or (i > 0 and w[:1].isupper())
        for i, w in enumerate(words)
    )


def _contact_card(rows: list[Block], channels: list[ChannelInfo]) -> bool:
    """Rows that only say who to reach and how: every label is a contact word ('Naam',
    'Telefoon', 'E-mail', 'Bereikbaar') and a row holds a phone number or e-mail address
    (no crisis line: those always stay)."""
    if not all(_contact_label(b.label) for b in rows):
        return False
    inside = [c for c in channels if any(b.start <= c.start < b.end for b in rows)]
    return any(c.kind in ("phone", "email") for c in inside) and not any(c.crisis for c in inside)


def _sentences_in(block: Block, letter: Letter) -> list[tuple[int, int]]:
    """The block's sentences; one that runs over the block's edge is cut at the edge (a
    sentence that began before the block, as after a 'P.S.' mark, is never dropped)."""
    out = [
        (max(s.start, block.start), min(s.end, block.end))
        for s in letter.sentences
        if s.end > block.start and s.start < block.end
    ]
    out = [(a, b) for a, b in out if letter.text[a:b].strip()]
    return out or [(block.start, block.end)]


def _paragraph_without_contacts(
    block: Block,
    letter: Letter,
    channels: list[ChannelInfo],
    moved: _Moved,
) -> str:
    kept = []
    referrals: set[str] = set()
    originals: list[str] = []
    removed_before = len(moved.removed)
    after_person = 10**6  # kept sentences from here on follow a person's removed channels
    objection = is_objection_route(block.text)
    after_crisis = False  # the sentence before went to the crisis lines
    for start, end in _sentences_in(block, letter):
        sentence = " ".join(letter.text[start:end].split())
        chans = [c for c in channels if start <= c.start < end]
        if not chans and moved.crisis and after_crisis and _CRISIS_TAIL.fullmatch(sentence):
            # 'Bel De Kindertelefoon: 0800-0432. Dat is gratis en anoniem.': what the line
            # says about itself goes with it (alone in the body it meant nothing)
            moved.crisis[-1] = f"{moved.crisis[-1]} {sentence}"
            continue
        after_crisis = False
        if not chans:
            if not objection and _points_to_card([sentence], moved.handlers):
                # 'Voor eventuele vragen kunt u contact opnemen met de behandelaar die in de
                # kop van deze brief staat vermeld.': the card's person and number are the
                # contact line's; the sentence goes, whatever else the paragraph says
                moved.removed.append(sentence)
                continue
            m = _CONTACT_INTRO.fullmatch(sentence) or _CONTACT_INTRO_AFTER.fullmatch(sentence)
            if m:
                moved.intros.append((sentence, m.group("person")))
            kept.append(sentence)
            continue
        if any(c.crisis for c in chans):
            # 'Maakt u zich zorgen? Bel dan Veilig Thuis': the question goes with its line
            if kept and kept[-1].endswith("?") and len(kept[-1].split()) <= 30:
                sentence = f"{kept.pop()} {sentence}"
            # 'Schulden geven vaak veel zorgen.' before it: a short lead-in without facts
            lead = " ".join(kept)
            plain_lead = (
                len(lead.split()) <= 12
                and not re.search(r"\d", lead)
                and not any(_INSTRUCTION.search(k) for k in kept)
            )
            # 'Wordt het thuis vóór 10 december onveilig, wacht dan niet op het gesprek.':
            # the condition the crisis lines answer goes with them (kept word for word)
            condition_lead = (
                len(kept) == 1 and len(lead.split()) <= 30 and bool(_CRISIS_CONDITION.match(lead))
            )
            if kept and (plain_lead or condition_lead):
                sentence = f"{lead} {sentence}"
                kept.clear()
            moved.crisis.append(sentence)
            after_crisis = True
            continue
        if objection and not _talks_contact(sentence):
            kept.append(sentence)  # the objection route: its address and website stay
            continue
        spans = [p for p in letter.protected if start <= p.start < end]
        if (
            kept
            and kept[-1].endswith("?")
            and WHEN_AWAY.match(kept[-1])
            and not any(c.owner_kind == "other" for c in chans)
            and _pure_contact(sentence, chans, spans)
        ):
            # 'Ben ik er niet? Bel dan het algemene nummer van het jeugdteam: ...': the
            # question and its answer are one away sentence (for the contact line)
            sentence = f"{kept.pop()} {sentence}"
        if _elsewhere(chans):
            # 'Hoort u niets? Bel dan Zorgpartners Noord via 0111-55 66 77.', 'Voor een
            # afspraak met het Sociaal Makelaarsteam kunt u bellen met 030-...': what the
            # reader can do at another organisation, with its number; without the number
            # the reader could not do it (the contact line is only the sender's)
            kept.append(sentence)
            referrals.add(sentence)  # it stays when the contact talk around it leaves
            continue
        referral = _pure_contact(sentence, chans, spans) and (_asked_action(sentence, chans, kept))
        if referral:
            kept.append(referral)  # who at the other organisation stays; the number leaves
            referrals.add(referral)
            moved.referrals.append(referral)
            originals.append(sentence)  # listed as it was, after the contact talk below
            continue
        away = WHEN_AWAY.match(sentence)
        if _pure_contact(sentence, chans, spans) or (
            away
            and not any(c.owner_kind == "other" for c in chans)
            and _pure_contact(sentence[away.end() :], chans, spans)
        ):
            if not away and _errand_elsewhere(sentence, chans, channels):
                kept.append(sentence)  # next to the contact line, not in place of it
                continue
            # 'Heeft u vragen over deze brief?' goes with the contact sentence it introduces;
            # 'Ben ik er niet, bel dan Team Leerplicht via ...' goes to the contact line too
            if kept and _CONTACT_QUESTION.fullmatch(kept[-1]):
                moved.removed.append(kept.pop())
            moved.removed.append(sentence)
            if any(c.owner_kind == "person" for c in chans):
                after_person = min(after_person, len(kept))
            owner = next((c.owner for c in chans if c.owner), "")
            moved.fields.extend(
                RemovedChannel(p.text, "merge_field", owner or "onbekend")
                for p in spans
                if p.kind == "merge_field"
            )
            continue
        # an instruction with a channel: point to the contact line, or keep it as it is
        new = _point_to_contact(sentence, chans)
        if new != sentence:
            moved.pointed.extend(c.text for c in chans)
        kept.append(new)
    if len(moved.removed) > removed_before:
        # what is left of a contact paragraph once its channels went to the contact line
        # ('Heeft u vragen?', 'Zij is op werkdagen bereikbaar.') goes with them
        # 'Lukt dat niet, dan kunt u bellen tijdens ons telefonisch spreekuur.': the way in
        # when the contact is away, whose number follows (the contact line gives both)
        # 'Het nummer staat onderaan deze brief.': where the contact line's number is
        rest = [
            k
            for k in kept
            if (
                _contact_talk(k)
                or (WHEN_AWAY.match(k) and not re.search(r"\d", k))
                or _NUMBER_POINTER.fullmatch(k)
            )
            and k not in referrals
        ]
        moved.removed.extend(rest)
        # 'U kunt haar bereiken via ... Is zij afwezig, dan ...': with the person's sentence
        # gone to the contact line, 'zij' has nobody to point to; the contact line names them
        # (what left is left out first: its own pronoun went with it)
        kept = [
            _PRONOUN_SUBJECT.sub(_contact_person, k) if i >= after_person else k
            for i, k in enumerate(kept)
            if k not in rest
        ]
    moved.removed.extend(originals)
    # 'Voor vragen omtrent deze beschikking kunt u zich wenden tot ondergetekende.',
    # 'Mocht u nog vragen hebben, dan kunt u contact opnemen met uw klantmanager.': a
    # paragraph that only says the reader may ask, with no number and nobody named, is
    # what the contact line says (with the number); alone in the body it points nowhere
    if (
        kept
        and not objection
        and len(moved.removed) == removed_before
        and not referrals
        and all(
            _contact_talk(k) and _TO_US.search(k) and not re.search(r"(?<!^)\b[A-Z]", k)
            for k in kept
        )
    ) or (kept and not objection and not referrals and _points_to_card(kept, moved.handlers)):
        moved.removed.extend(kept)
        return ""
    paragraph = " ".join(kept).strip()
    if paragraph and not objection and _only_reaching(kept, block, channels, referrals, moved):
        moved.contact_rest.append(paragraph)
    elif (
        paragraph
        and not objection
        and len(moved.removed) > removed_before
        and all(_CALL_MENTION.match(k) for k in kept)
    ):
        # 'Bel Team Invordering op 0546-… Noem dan ons kenmerk TW/INV/2026/0942.': with the
        # call gone to the contact line, what to mention goes next to it
        moved.contact_rest.append(paragraph)
    return paragraph


_CALL_MENTION = re.compile(rf"(?i)\s*{nl.pattern('call_mentions')}")
_NUMBER_POINTER = re.compile(rf"(?i)\s*{nl.pattern('number_pointers')}\s*[.!]?")


_POINT_UP = re.compile(rf"(?i)\s*{nl.pattern('pointers_up')}")


def _points_to_card(kept: list[str], handlers: frozenset[str]) -> bool:
    """'Voor vragen over deze beschikking kunt u contact opnemen met de behandelaar (zie
    boven). Bij diens afwezigheid kunt u het algemene nummer van de gemeente bellen.': a
    paragraph that sends the reader to the letterhead's 'Behandeld door' card, whose
    person and numbers are the contact line's, and says whom to call when they are away
    (the contact line says that too). Names other than the card's person, numbers or an
    instruction beyond reaching them keep the paragraph."""
    pointed = False
    for k in kept:
        if re.search(r"\d", k):
            return False
        if WHEN_AWAY.match(k) and len(k.split()) <= 25:
            continue  # 'Is zij er niet, bel dan het algemene nummer van de gemeente.'
        rest = _POINT_UP.sub(" ", k)
        if rest == k or not handlers or not (_CONTACT_TALK.search(rest) or _talks_contact(rest)):
            return False
        if any(w not in handlers for w in re.findall(r"(?<!^)\b[A-Z][\w'-]*", rest)):
            return False  # 'mevrouw Post' is the card's; 'het CAK' is not
        pointed = True
    return pointed


_ERRAND = re.compile(rf"(?i)\s*voor (?!(?:\w+ ){{0,3}}?{nl.pattern('errand_not')}\b)[^,]{{3,60}}")


def _errand_elsewhere(sentence: str, chans: list[ChannelInfo], channels: list[ChannelInfo]) -> bool:
    """'Voor een betalingsregeling belt u met Team Debiteuren, 0541-85 40 00, op werkdagen
    van 9.00 tot 12.00 uur.' in a letter whose contact is a person: another team of the
    sender for one errand. The contact line names the person, so this line stays next to
    it (what it is for, the number and the hours), not listed away as a second contact."""
    reach = [c for c in chans if c.kind in ("phone", "email")]
    if not reach or not all(c.owner_kind == "team" and c.owner for c in reach):
        return False
    if not _ERRAND.match(sentence):
        return False
    people = {c.owner for c in channels if c.owner_kind == "person" and not c.crisis}
    return bool(people)


def _only_reaching(
    kept: list[str],
    block: Block,
    channels: list[ChannelInfo],
    referrals: set[str],
    moved: _Moved,
) -> bool:
    """True when what is left of a paragraph only says whom else the reader can reach:
    another organisation with its number ('Vragen over uw toeslag stelt u aan de
    BelastingTelefoon via 0800-0543.'), or a number with no instruction around it
    ('Wilt u haar spreken en is zij niet aanwezig, dan kunt u het Wmo-team bellen via
    14 045.'). Such a paragraph goes next to the contact line. A paragraph with an
    instruction, a deadline, an amount or a question's answer the reader must act on
    ('Komt u in financiële nood? Neem dan contact op met ...') stays where it was."""
    reach = [
        c.text
        for c in channels
        if c.kind in ("phone", "email") and not c.crisis and block.start <= c.start < block.end
    ]
    with_channel = 0
    for k in kept:
        if k in moved.referrals or _instructs(k):
            return False
        if _ASK.search(_MAIL_TO.sub(" ", k)) or _NEXT.search(k):
            return False  # 'U kunt de formulieren ook mailen naar ...' asks; 'zij nemen ... op
        bare = k
        for r in reach:
            bare = bare.replace(r, " ")
        bare = _TIME_RANGE.sub(" ", bare)  # 'op werkdagen van 9.00 tot 12.00 uur': its hours
        if re.search(r"\d|€", bare):
            return False
        if any(r in k for r in reach):
            with_channel += 1
        elif k not in referrals and not _contact_talk(k):
            return False
    return with_channel > 0


_CRISIS_TAIL = re.compile(  # 'Dat is gratis en anoniem.', 'Zij zijn dag en nacht bereikbaar.'
    r"(?i)(?:dat|dit|het|die|zij|ze|deze lijn) (?:is|zijn|kan|kunt|bel je|belt u)\b[^.?!]{0,50}"
    rf"\b{nl.alternation('crisis_line_remarks')}\b[^.?!]{{0,30}}[.!]"
)
_PRONOUN_SUBJECT = re.compile(rf"^{nl.pattern('pronoun_subjects')}")  # 'Is zij afwezig'


def _contact_person(m: re.Match) -> str:
    if m.group("verb"):
        return f"{m.group('verb')} uw contactpersoon"
    return "Uw contactpersoon "


def _contact_talk(sentence: str) -> bool:
    """A sentence without a channel that only talks about reaching someone: a question
    about questions, who the contact person is, when they can be reached."""
    if _INSTRUCTION.search(sentence) or re.search(r"\d{4}|€", sentence):
        return False
    if _CONTACT_INTRO.fullmatch(sentence) or _CONTACT_INTRO_AFTER.fullmatch(sentence):
        return True  # 'Uw contactpersoon is de heer O. Visser, consulent bijzondere bijstand.'
    if _SELF_INTRO.fullmatch(sentence):
        return True  # 'Ik ben uw Wmo-consulent.' (the writer: the signature names them)
    hours = [m.group() for m in _HOURS.finditer(sentence) if _has_day(m.group())]
    if hours and I_REACHABLE.match(sentence) and len(sentence.split()) <= 14:
        return True  # 'Ik ben er van (dag) tot en met (dag).'
    return only_contact_words(sentence, [], hours)


_CONTACT_TALK = re.compile(rf"\b({nl.pattern('contact_talk')})\b", re.IGNORECASE)


def _talks_contact(sentence: str) -> bool:
    return bool(re.search(r"\bvragen\b", sentence, re.IGNORECASE)) and not _OBJECT_ROUTE.search(
        sentence
    )


_CONTACT_QUESTION = re.compile(
    r"(?i)(?:(?:heeft|hebt) u|heb je|heb jij|hebben jullie) (?:nog )?(?:een )?"
    r"vra(?:ag|gen)(?: over [^?]{1,60})?\?"
)
_ROLE = rf"[\w-]*{nl.alternation('contact_roles')}"  # 'klantmanager', 'Wmo-consulent'
_CONTACT_INTRO = re.compile(
    rf"(?i)uw (?:vaste |nieuwe )?{_ROLE}(?: (?:bij|van) [^.,;]{{2,50}}?)? (?:is|blijft|wordt) "
    r"(?P<person>(?:[^.,;]|(?<=\b[A-Z])\.){3,60}?)(?:,[^.;]{2,60})?\."
)
_CONTACT_INTRO_AFTER = re.compile(  # 'Mevrouw Oudshoorn is uw vaste contactpersoon.'
    rf"(?P<person>(?:[Mm]evrouw|[Dd]e heer|[Mm]eneer)\s[^.,;]{{2,50}}?) is uw (?:vaste )?{_ROLE}\."
)
# whom a sentence without a number sends the reader to: the writer or the sender
# ('wenden tot ondergetekende', 'contact opnemen met uw klantmanager', 'bel ons')
_TO_US = re.compile(rf"(?i)\b(?:{nl.pattern('to_us')}|uw (?:vaste )?{_ROLE}\b)")
# the signer's own hours: 'Ik ben bereikbaar op ...', 'Ik ben er van (dag) tot ...'
I_REACHABLE = re.compile(
    r"(?i)\s*ik (?:ben (?:er\b|(?:\w+ )?(?:bereikbaar|aanwezig|op kantoor)\b)|werk (?:op|van)\b)"
)
_SELF_INTRO = re.compile(
    rf"(?i)(?:ik ben|mijn naam is [^.,;]{{2,40}}?(?:,| en ik ben)) (?:uw|jullie) "
    rf"(?:vaste |nieuwe )?{_ROLE}(?: (?:bij|van) [^.,;]{{2,50}})?\."
)
_CHANNEL_FIELD = re.compile(r"(?i)mail|telefoon|tel\b|phone|nummer_")


def _pure_contact(sentence: str, chans: list[ChannelInfo], spans: list) -> bool:
    """A sentence that only says how to reach someone: a phone number or e-mail address,
    and no instruction, deadline or other fact (a date, an amount, a merge field, a name
    of a law). Only such a sentence may leave the letter; its channels are listed."""
    if not any(c.kind in ("phone", "email") for c in chans):
        return False
    if _instructs(sentence):
        return False
    hours = [m.span() for m in _HOURS.finditer(sentence) if _has_day(m.group())]
    # '..., telefoon 015-760 12 00, van 9.00 tot 17.00 uur.': the hours of that number
    hours += [m.span() for m in _TIME_RANGE.finditer(sentence)]
    for p in spans:
        if p.kind in ("phone", "email", "url"):
            continue
        if p.kind == "merge_field" and _CHANNEL_FIELD.search(p.text):
            continue
        if p.kind == "time" and hours:
            continue
        return False
    strip = [p.text for p in spans] + [sentence[a:b] for a, b in hours]
    return only_contact_words(sentence, chans, strip)


def _elsewhere(chans: list[ChannelInfo]) -> bool:
    """A sentence whose phone numbers and mailboxes all belong to another organisation
    the letter names ('Heeft u vragen over uw budgetoverzicht? Bel dan de SVB via ...')."""
    reach = [c for c in chans if c.kind in ("phone", "email")]
    return bool(reach) and all(c.owner_kind == "other" and c.owner for c in reach)


def _asked_action(sentence: str, chans: list[ChannelInfo], kept: list[str]) -> str:
    """'Komt u in financiële nood? Neem dan direct contact op met uw klantmanager, mevrouw
    D. van Gorp, via 013-…' is what the reader must do in that case: the question's answer
    stays (without the number, which the contact line gives or the writer sees listed)."""
    if not (kept and kept[-1].endswith("?") and re.match(r"\s*\w+\s+dan\b", sentence)):
        return ""
    # (another organisation's answer, 'Bel dan de SVB via ...', keeps its number: `_elsewhere`)
    reach = [c for c in chans if c.kind in ("phone", "email")]
    if _CONTACT_QUESTION.fullmatch(kept[-1]) or _contact_talk(kept[-1]):
        return ""  # 'Heeft u vragen? Neem dan contact op met ...' is the contact line's job
    return _without_channels(sentence, reach)


def _without_channels(sentence: str, reach: list[ChannelInfo], least: int = 5) -> str:
    """The sentence without its phone numbers and e-mail addresses ('..., via 0318-52 66 10
    of k.dewit@….' -> '...'), or "" when too little is left to be a sentence."""
    out = sentence
    for c in sorted(reach, key=lambda c: -len(c.text)):
        out = re.sub(
            r"\s*[:,]?\s*(?:\((?:tel(?:efoon)?\.?:?\s*)?)?(?:(?:via|op|naar|telefoon(?:nummer)?|"
            r"tel\.?|e-mail(?:adres)?|mail)\s*:?\s*)?" + re.escape(c.text) + r"\)?",
            "",
            out,
        )
    out = re.sub(r"\s+(?:of|en)(?=\s*[.,;!?]|\s*$)", "", out)  # 'via 0318-… of …' left 'of'
    out = re.sub(r"\s*,\s*(?=[.;!?]|$)", "", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    if not re.search(r"[.!?]$", out):
        out += "."
    return out if len(out.split()) >= least else ""


_AWAY = nl.alternation("away_states")  # 'niet', 'afwezig', 'ziek', 'op vakantie'
_AT_WORK = nl.alternation("at_work")  # 'werkzaam', 'bereikbaar', 'op kantoor'
WHEN_AWAY = re.compile(  # 'Ben ik er niet, bel dan ...', a card's 'Afwezig?' row
    # 'Op vrijdag ben ik niet werkzaam; u kunt dan ...': a day or part of the week first
    r"(?i)\s*(?:op (?:\w+ ){0,2}?\w+ (?=(?:ben ik|is (?:zij|hij))\b))?"
    rf"(?:(?P<me>ben ik(?: er)? {_AWAY})(?: {_AT_WORK})?\b|"
    rf"is (?:zij|hij|uw \w+)(?: er)? {_AWAY}(?: {_AT_WORK})?\b|"
    rf"{nl.pattern('away_phrases')})"  # 'Bij mijn afwezigheid', 'Lukt dat niet, dan ...'
)


_NOT_US = re.compile(rf"(?i)\bniet (?:naar |met |bij )?{nl.alternation('sender_objects')}\b")


def _point_to_contact(sentence: str, chans: list[ChannelInfo]) -> str:
    """'Bel dan uiterlijk twee werkdagen van tevoren naar 14 0481.' ->
    'Laat het ons dan uiterlijk twee werkdagen van tevoren weten.' (the sender's own channel
    only; another organisation's number in an instruction stays as it is)."""
    if (
        len(chans) != 1
        or chans[0].owner_kind not in ("team", "person")
        or chans[0].kind
        not in (
            "phone",
            "email",
        )
    ):
        return sentence
    c = chans[0]
    if WHEN_AWAY.match(sentence):
        return sentence  # 'Ben ik er niet, bel dan ...': the contact line is the one away
    if _NOT_US.search(sentence):
        return sentence  # 'Bel dan niet ons, maar de storingslijn ...': not our number
    rx = re.compile(_CALL_TO.pattern.format(channel=re.escape(c.text)))
    m = rx.search(sentence)
    if not m:
        return sentence
    mid = m.group("mid").rstrip(" :,")
    # '… van tevoren met mevrouw Yilmaz': tell her ('Laat het mevrouw Yilmaz … weten')
    person = _WITH_PERSON.search(mid)
    if person:
        mid = mid[: person.start()]
    mid = re.sub(r"\s+(?:met|naar|bij)\s+(?:ons|het|de|uw|[Tt]eam|[A-Z])\b.*$", "", mid)
    mid = re.sub(r"\s+(?:het\s+)?[Tt]eam(?:\s+[A-Z][\w-]*)+", "", mid)  # 'dan Team Inkomen'

    cap = m.group("verb")[0].isupper()
    verb = "Laat" if cap else "laat"
    who = "mij" if m.group("obj") in ("mij", "me") else "ons"
    if person:
        who = person.group("person")
    return f"{sentence[: m.start()]}{verb} het {who}{mid} weten."


_WITH_PERSON = re.compile(
    rf"\s+(?:met|bij)\s+(?P<person>(?:de\s+)?(?:{nl.alternation('titles')})\s+[^,;]{{2,50}}?)$"
)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+(?=[A-Z«{\[])", text, maxsplit=1)[0]


_HELP = re.compile(r"(?i)\b(?:help\w*|hulp|advies|ondersteun\w*|terecht)\b")


def _helps_elsewhere(unit: _Unit, item: Item, channels: list[ChannelInfo]) -> bool:
    """A paragraph that offers help from another organisation, with its number: every
    phone number or e-mail address in it is another organisation's (no crisis line),
    it holds no instruction or deadline, and each sentence is a question, speaks of help
    or advice, or holds that organisation's number (a paragraph that first says what
    the zorgaanbieder will do is about what happens next)."""
    inside = [
        c
        for c in channels
        if c.kind in ("phone", "email") and any(b.start <= c.start < b.end for b in unit.blocks)
    ]
    text = " ".join(item.flat())
    numbers = [c.text for c in inside]
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)
    return (
        bool(inside)
        and all(c.owner_kind == "other" and not c.crisis for c in inside)
        and bool(_HELP.search(text))
        and all(
            x.endswith("?") or _HELP.search(x) or any(n in x for n in numbers) for x in sentences
        )
        and not _INSTRUCTION.search(text)
        and not _ASK_OPENER.match(text)
    )


def _classify(unit: _Unit, item: Item, items: dict[str, list[Item]], decision: bool) -> str:
    """The section of one paragraph, list or table by the cues alone (see `_classify_why`)."""
    return _classify_why(unit, item, items, decision)[0]


def _place(
    unit: _Unit,
    item: Item,
    items: dict[str, list[Item]],
    decision: bool,
    model: Language | None,
    index: int,
    says_none: bool = False,
    elsewhere: bool = False,
) -> Placement:
    """The section of one item. A specific cue decides alone ('Kunt u niet komen? Bel
    dan ...' asks the reader; an appointment block is what happens next). After a
    general cue (the old heading, words anywhere in the text, the position), the model
    (when there is one) reads the words with the cues' choice and decides: on set 6,
    before any cue was tuned on it, the cues placed 16 of its 92 matched paragraphs
    wrong and a model trained on sets 1-5 placed 1 wrong (scripts/train_sections.py)."""
    cue_section, cue = _classify_why(unit, item, items, decision, elsewhere)
    text = " ".join(item.flat())
    features = section_features(
        text, item.kind, unit.heading, items, decision, index, cue_section, cue
    )
    if (
        model is None
        or cue not in MODEL_DECIDES
        or (cue == "heading" and _fixed_heading_key(unit.heading) is not None)
        or (cue == "heading" and _QUESTION_HEADING.match(strip_number(unit.heading)))
    ):
        # the writer's own plain heading ('Waarom krijgt u deze brief?', 'Wat gebeurt er
        # als u niet betaalt?') stands
        return Placement(text, cue_section, cue, features, cue_section)
    # a letter that says it decides nothing has no decision section
    section, probability = predict(model, features, ("besluit",) if says_none else ())
    return Placement(text, cue_section, cue, features, section, probability)


_QUESTION_HEADING = re.compile(rf"(?i)\s*{nl.pattern('heading_questions')}")
# the general cues, after which the model decides (the specific ones decide alone)
MODEL_DECIDES = frozenset(
    {
        "heading",
        "clause",
        "decision-words",
        "decision-words-anywhere",
        "amounts",
        "next-opener",
        "first-why-words",
        "ask-words",
        "next-words",
        "first-paragraph",
        "rest",
        # the leave-one-set-out report per cue (fifteenth session, 1,551 paragraphs): the
        # model was right on 112 of 112 'ask-opener' paragraphs where the cue was right on
        # 108 ('Wilt u hulp bij het invullen? ...' is an offer, not a request); every other
        # cue not listed here was as right as the model or more, or too rare to tell
        # ('pointer-duty' 3 of 5 against 2, 'question-then-option' 3 of 3 against 2)
        "ask-opener",
    }
)
_FEATURE_WORDS = re.compile(r"\w+|[?€:]")


def section_features(
    text: str,
    kind: str,
    heading: str,
    items: dict[str, list[Item]],
    decision: bool,
    index: int,
    cue_section: str,
    cue: str,
) -> str:
    """What the section model reads about one item, as one line of tokens: the kind of
    item, the old heading's meaning, whether sections have started, whether the letter
    decides, the position (0-4+), the cues' section and cue name, the first four words
    marked, and the first sixty words. scripts/train_sections.py trains on exactly this."""
    hk = _heading_key(heading) if heading else None
    started = any(v for v in items.values())
    words = _FEATURE_WORDS.findall(text.lower())
    marks = [
        f"K_{kind}",
        f"H_{hk}",
        f"S_{started}",
        f"D_{decision}",
        f"P_{min(index, 4)}",
        f"R_{cue_section}",
        f"C_{cue.replace('-', '_')}",
    ]
    return " ".join([*marks, *(f"F_{w}" for w in words[:4]), *words[:60]])


def _classify_why(
    unit: _Unit,
    item: Item,
    items: dict[str, list[Item]],
    decision: bool,
    elsewhere: bool = False,
) -> tuple[str, str]:
    """The section of one paragraph, list or table, by what it says, and the name of
    the cue that decided it (for diagnostics: which cues hold up on new letters).

    The opening sentence decides when it is clear ('Naar aanleiding van ...' is
    the occasion, 'Wij verzoeken u ...' a request, 'Op grond van artikel ...' the
    reasoning of a decision); otherwise the whole text, then the position.
    """
    text = " ".join(item.flat())
    if item.kind == "appointment":
        return "gebeuren", "appointment"
    hk = _heading_key(unit.heading) if unit.heading else None
    if hk == "grond":
        hk = "besluit" if decision else "waarom"
    elif hk == "contact":
        hk = None
    if (
        decision
        and not hk
        and (
            (item.kind == "table" and "€" in text)
            or (
                item.kind == "list" and sum("€" in e for e in item.items) * 2 >= len(item.items) > 0
            )
            or (item.kind == "p" and _AMOUNT_ROW.fullmatch(text))
        )
    ):
        return (
            "besluit",
            "amounts",
        )  # the amounts of a decision ('Het bedrag is als volgt opgebouwd:')
    if (
        not decision
        and not hk
        and item.kind == "table"
        and not item.text
        and sum("€" in " ".join(r) for r in item.rows) * 2 >= len(item.rows) > 0
        and _AMOUNTS_DUE.search(text)
    ):
        # an aanmaning's bare table of terms and costs: what the reader must pay (no
        # decision); a table with its own lead-in ('Deze termijnen heeft u niet betaald:')
        # is filed by that sentence
        return "vragen", "amounts-to-pay"
    first = _first_sentence(text)
    if _NO_OBJECTION_POSSIBLE.search(first) or (
        _NO_OBJECTION_POSSIBLE.search(text) and len(text.split()) <= 45
    ):
        return "bezwaar", "no-objection"  # 'Deze brief is geen besluit. U kunt geen bezwaar maken.'
    # 'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken ...' (the safe
    # rewrite's form of 'Kunt u zich niet verenigen met dit besluit, dan ...'): the
    # question and its answer open the paragraph together
    opening = first
    if first.endswith("?") and len(first) < len(text):
        opening = f"{first} {_first_sentence(text[len(first) :].strip())}"
    if (
        is_objection_route(text)
        # 'Bent u het niet eens met wat er in het plan staat? Schrijf dan ...' in a
        # reminder: no decision, no bezwaar or beroep, so no objection route
        and (decision or hk == "bezwaar" or _LEGAL_ROUTE.search(text))
        and (is_objection_route(opening) or hk == "bezwaar" or len(_SENTENCE_END.split(text)) <= 2)
        and not (hk != "bezwaar" and _OBJECTION_DECIDED.search(first))
    ):
        # the route itself; a long paragraph about something else that ends with
        # 'Tegen die beschikking kunt u bezwaar maken bij het CAK' is filed by its opening
        return "bezwaar", "objection-route"
    if hk == "bezwaar" and re.search(r"(?i)\bbezwaar", first) and not _OBJECTION_MADE.search(first):
        return "bezwaar", "objection-under-heading"  # 'Wilt u hulp bij het maken van bezwaar?'
    if _LETTER_PURPOSE.search(first) and not _SENDER_DECIDED.search(first):
        return "waarom", "letter-purpose"  # 'Met deze brief informeren wij u over ...'
    if (
        not unit.heading
        and not any(v for v in items.values())
        and _LETTER_PURPOSE.search(text)
        and not _SENDER_DECIDED.search(text)
    ):
        return "waarom", "letter-purpose"  # the opening paragraph that says what the letter is for
    if _EMPATHY.match(first) and len(first) < len(text):
        # 'Wij begrijpen dat het moeilijk is. Kunt u niet betalen? Neem dan contact op.'
        text = text[len(first) :].strip()
        first = _first_sentence(text)
    # what the reader must do says so in its first sentence, whatever the old heading
    connective = _CONNECTIVE.match(first)
    bare = first[connective.end() :] if connective else first
    if _ASK_OPENER.match(bare) or (first.endswith("?") and _IMPERATIVE.match(text[len(first) :])):
        return "vragen", "ask-opener"  # 'Kunt u niet komen? Bel dan ...'
    if first.endswith("?") and _THEN_YOU_CAN.match(text[len(first) :]):
        return "vragen", "question-then-option"  # 'Lukt het niet? Dan kunt u langskomen.'
    if first.endswith("?") and _ASK_OPENER.match(text[len(first) :]):
        return "vragen", "question-then-ask"
    if _IMPERATIVE.match(first) and (
        unit.heading.rstrip().endswith("?") or re.match(r"\s*\w+(?: \w+){0,4} dan\b", first)
    ):
        return (
            "vragen",
            "imperative-under-question",
        )  # under 'Kunt u niet komen?': 'Bel of app mij dan zo snel mogelijk.'

    if _IF_READER_FAILS.match(first) or _IF_THEN_DO.match(first):
        return (
            "vragen",
            "if-reader-fails",
        )  # 'Bent u niet in staat te betalen, neem dan contact met ons op.'

    second = _first_sentence(text[len(first) :].strip())
    if _POINTER.match(first) and (
        _DUTY.search(first) or (second and _IF_READER_FAILS.match(second))
    ):
        # 'Wij wijzen u erop dat ouders ... moeten zorgen dat ... Indien u niet ..., dan ...'
        return "vragen", "pointer-duty"
    if _POINTER.match(first) and _CONSEQUENCE.search(first):
        # 'Wij wijzen u er nadrukkelijk op dat bij herhaling van verzuim proces-verbaal
        # wordt opgemaakt': what happens if the reader does it again (the gold of three
        # sets says so three times in three; 'vragen' was right once, as an alternative)
        return "gebeuren", "pointer-consequence"
    if _POINTER.match(first) and _ASKS_READER.search(text[len(first) :]):
        return (
            "vragen",
            "pointer-then-ask",
        )  # 'Wij wijzen u erop dat ... Is dat zo, dan verzoeken wij u ...'
    if _PLEASANTRY.match(first) or _POINTER.match(first):
        return (
            "overig",
            "pleasantry-or-pointer",
        )  # 'Wij zien u graag op 24 november.', 'Wij wijzen u er verder op'
    if hk in ("besluit", "gebeuren") and _YOU_CAN.match(bare):
        # what the reader may do besides: apply for something (an action of the reader),
        # or use something ('In de tussentijd kunt u gebruikmaken van ...')
        return ("vragen" if _APPLY.search(first) else "overig"), "option-under-heading"
    if (
        hk == "besluit"
        and (_NEXT_OPENER.match(first) or (_PAYMENT_NEXT.search(first) and _WHEN.search(first)))
        and not DECISION_WORDS.search(first)
    ):
        return (
            "gebeuren",
            "next-under-decision",
        )  # under 'Beslissing': 'De leverancier neemt contact met u op'
    if elsewhere and item.kind == "p" and hk != "bezwaar":
        # 'De vrijwilligers van Humanitas helpen u daar gratis bij. U kunt hen bellen op
        # ...': help another organisation offers, which the reader may use
        return "overig", "help-elsewhere"
    clause = _by_clause(first)
    if clause == "vragen" and hk != "bezwaar":
        # 'Verandert er iets in uw woonsituatie, dan verzoeken wij u dit binnen vier weken
        # te melden.' asks the reader, under whatever old heading
        return "vragen", "clause-ask"
    if _DECIDED_AFTER_CLAUSE.match(first):
        # 'Omdat het de eerste keer is ..., hebben wij besloten om te volstaan met deze
        # schriftelijke waarschuwing.': the reason first, but the main clause decides
        return "besluit", "decided-after-clause"
    if hk and hk != "bezwaar":
        return hk, "heading"
    started = any(v for v in items.values())
    if _WHY_OPENER.match(first):
        return "waarom", "why-opener"
    if _OCCASION.match(first):
        return "waarom", "occasion"  # 'Uit onze administratie blijkt ...' says why we write
    if clause:
        return clause, "clause"
    if decision and not started and not unit.heading and _SUMMARY.match(first):
        # 'In het kort: uw dagbesteding gaat door, maar ...', 'In deze brief leest u dat wij
        # u niet toelaten ...': the decision in a sentence, before the letter explains it
        return "besluit", "summary"
    if (
        not started
        and not unit.heading
        and not (_NEXT_OPENER.match(first) or DECISION_WORDS.search(first) or _ASK.search(first))
    ):
        return (
            "waarom",
            "opening-paragraph",
        )  # the opening paragraph tells why we write, unless it says otherwise
    if _NEXT_OPENER.match(first) or _SENDER_WILL.search(first):
        return "gebeuren", "next-opener"
    if DECISION_WORDS.search(first) and (decision or _SENDER_DECIDED.search(first)):
        return "besluit", "decision-words"  # a letter that decides nothing has no decision section
    if _REASON_OPENER.match(first) and _READER_DEADLINE.search(first):
        # 'Volgens artikel 4:5 Awb krijgt u de gelegenheid ... te herstellen, uiterlijk op
        # 23 december 2026': the law first, but what it says is what the reader must do
        return "vragen", "reason-then-deadline"
    if _REASON_OPENER.match(first):
        # the grounds of a decision; in another letter, why the letter asks or tells this
        return ("besluit" if decision else "waarom"), "reason-opener"
    if not started and _WHY.search(text):
        return "waarom", "first-why-words"
    if decision and DECISION_WORDS.search(text):
        return "besluit", "decision-words-anywhere"
    if item.kind == "list" and _reader_duties(item.items):
        # '1. U maakt geen nieuwe schulden. 2. U geeft post ... door.'
        return "vragen", "duties-list"
    if _ASK.search(text):
        return "vragen", "ask-words"
    if _NEXT.search(text):
        return "gebeuren", "next-words"
    if not started:
        return "waarom", "first-paragraph"
    return "overig", "rest"


# 'Deze brief is geen besluit', 'Dit is een waarschuwing en geen besluit': the letter
# decides nothing, and (the same words) there is nothing to object to
_NO_DECISION = r"(?:deze|dit|het) (?:\w+ )?is (?:een \w+ en )?geen besluit"
_NOT_A_DECISION = re.compile(  # ... or 'Er wordt niets besloten.'
    rf"(?i)\b(?:{_NO_DECISION}|(?:wordt|worden) (?:\w+ ){{0,4}}niets besloten)\b"
)
_READER_DEADLINE = re.compile(
    r"(?i)(?=.*\bu\b).*\b(?:uiterlijk|vóór)\s+(?:op\s+)?\w+\s+\d|(?=.*\bu\b).*\bbinnen\s+\S+\s+(?:werk)?dagen\b"
)
_SUMMARY = re.compile(rf"(?i)\s*{nl.alternation('summary_openers')}\b")
_LETTER_PURPOSE = re.compile(  # 'Met deze brief informeren wij u over ...'
    r"(?i)\b(?:met|in) deze brief informeren (?:wij|we|ik) u\b"
)
_WHEN = re.compile(
    r"(?i)\b(?:binnen|uiterlijk|vóór|voor|op|vanaf|in de week)\s+(?:\d|\w+ (?:werk)?dagen)"
)
_DUTY = re.compile(r"(?i)\b(?:moet|moeten|dient|dienen|verplicht|gehouden)\b")
_PAYMENT_NEXT = re.compile(  # 'Het bedrag ... wordt binnen tien werkdagen overgemaakt'
    r"(?i)\b(?:wordt|worden) [^.?!]{0,80}\b(?:overgemaakt|uitbetaald|gestort|betaald)\b"
)
_NO_OBJECTION_POSSIBLE = re.compile(
    rf"(?i)\b(?:{_NO_DECISION}|"
    r"(?:(?:kunt|kan) u|u (?:kunt|kan)) (?:er |hier(?:tegen)? |daar(?:tegen)? )?"
    r"(?:dus |daarom |ook )?geen bezwaar|"
    r"is geen bezwaar mogelijk|bezwaar maken is niet mogelijk|u hoeft niets te doen als u het eens)"
)
_PLEASANTRY = re.compile(
    r"(?i)\s*(?:wij zien|we zien|ik zie) u (?:graag|dan)\b[^.?!]{0,60}[.!]\s*$"
)
_OCCASION = re.compile(rf"(?i)\s*{nl.pattern('occasion_openers')}")
_SENDER_DECIDED = re.compile(rf"(?i)\b{nl.pattern('sender_decided')}\b")
_DECIDED_AFTER_CLAUSE = re.compile(  # ', hebben wij besloten', ', is besloten': the main clause
    r"(?i)\s*\w[^.?!]{10,300}?(?:,\s*|\s+)(?:(?:hebben|heeft)\s+(?:wij|we|ik|het college)|is)\s+"
    r"(?:(?!(?:nog|niet)\b)\w+\s+){0,2}?besloten\b"
)
_SENDER_WILL = re.compile(  # 'Los van deze terugvordering onderzoeken wij of ...'
    r"(?i)\b(?:onderzoeken|bekijken|beoordelen) (?:wij|we) (?:nog |later |apart )?(?:of|hoe|welke)\b"
)
_POINTER = re.compile(r"(?i)\s*(?:wij|we|ik) (?:wijzen|wijs) u (?:er ?op|er \w+ op|op)\b")
_CONSEQUENCE = re.compile(  # '... dat bij herhaling ...', '... dat als u niet betaalt, ...'
    r"(?i)\bdat\s+(?:bij\s+(?:herhaling|niet-nakoming|het niet)|(?:indien|als|wanneer)\s+u\b)"
)
_EMPATHY = re.compile(rf"(?i)\s*{nl.pattern('empathy_openers')}")
_IF_THEN_DO = re.compile(
    r"(?i)\s*(?:bent|heeft|hebt|kunt|wilt|lukt|gaat|komt)\s+(?:u|het)\b[^,]{3,160},\s*"
    rf"{nl.alternation('imperatives')}\w*"
    r"(?:\s+\w+){0,2}?\s+dan\b"
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z0-9])")
_IF_READER_FAILS = re.compile(  # 'Indien u deze verplichtingen niet nakomt, ...'
    r"(?i)\s*(?:indien|als|wanneer|mocht|zolang)\s+u\b[^,]{0,120}?\b(?:niet|geen)\b[^,]{0,80},"
    rf"|\s*{nl.alternation('reader_fail_verbs')}\s+u\b"
    r"[^,]{0,80}?\b(?:niet|geen)\b[^,]{0,60},"
)
_PURPOSE = re.compile(
    r"(?i)\s*(?:om\b[^,]{3,160}?\bte\s+\w+(?:\s+\w+){0,2}|teneinde\b[^,]{3,160}),\s*"
)
_SUBORDINATE = re.compile(
    rf"(?i)\s*{nl.alternation('condition_subordinators')}\b"
    r"[^,]{3,160},\s*(?:dan\s+)?"
)
_VERB_FIRST_IF = re.compile(  # 'Verandert er iets in uw woonsituatie, dan ...'
    rf"(?i)\s*{nl.alternation('condition_verbs')}\s+"
    r"(?:er|u|uw|het|de|iemand)\b(?:[^?]{3,200}?,\s*dan\s+|[^,?]{3,160},\s*)"
)
_SENDER_ACTS = re.compile(  # the main clause after it: 'zijn wij verplicht', 'nodig ik u uit'
    r"(?i)\w+\s+(?:wij|we|ik|het college|de gemeente|het team|de zorgaanbieder|de aanbieder)\b"
)
_FUTURE_MAIN = re.compile(
    r"(?i)(?:zal|zullen|wordt|worden)\s+(?!u\b)|(?:kan|kunnen) (?:dit|dat|het) (?:\w+ )?"
    r"(?:tot gevolg hebben|ertoe leiden|betekenen)\b"
)
_CONNECTIVE = re.compile(  # 'Voorts verzoeken wij u ...'
    rf"(?i)\s*{nl.alternation('connectives')}\s*,?\s+"
)
_THEN_YOU_CAN = re.compile(r"\s*Dan (?:kunt|kan|mag) u\b")
_YOU_CAN = re.compile(  # what the reader may do besides: 'In de tussentijd kunt u ...'
    r"(?i)\s*(?:u (?:kunt|mag)|(?:[^,.?!\d]{1,50}\s)?(?:kunt|mag) u)\s+"
    r"(?!(?:ons|mij|bezwaar|dit|dat|het formulier)\b)"
)
_APPLY = re.compile(r"(?i)\b(?:aanvragen|aanvraag (?:in)?dienen|aanmelden)\b")
_OBJECTION_DECIDED = re.compile(r"(?i)\b(?:on)?gegrond\b")  # the decision on an objection
# 'Bij brief van (date) heeft u bezwaar gemaakt tegen ...': the reader's objection, told
# as what happened (why this letter comes), not the route to object
_OBJECTION_MADE = re.compile(
    r"(?i)\b(?:heeft|hebt|hebben)\b[^.?!]{0,80}\bbezwaar(?:schrift)?\s+"
    rf"(?:[^.?!]{{0,20}}\s)?{nl.alternation('objection_made')}\b"
)
# 'Het bezwaarschrift is binnen de termijn ingediend ... Derhalve is het bezwaar
# ontvankelijk.': the objection decided on, told as what happened, not the route to object
_OBJECTION_TOLD = re.compile(
    rf"(?i)\b(?:het|uw) {nl.alternation('objection_nouns')} (?:is|was|werd)\b[^.?!]{{0,60}}"
    rf"\b(?:{nl.alternation('objection_made')}|{nl.pattern('objection_admissibility')})\b"
)
_AMOUNT_ROW = re.compile(r"[^.?!:]{1,100}:\s*€\s?\d[\d.]*(?:,(?:\d{2}|-))?\s*")
_READER_MAY = re.compile(r"(?i)(?:kunt|kan|mag)\s+u\b")
_ASKS_READER = re.compile(
    r"(?i)(?:verzoeken|vragen)\s+(?:wij|we|ik)\s+u\b|(?:moet|dient)\s+u\b|bent u (?:verplicht|gehouden)|"
    rf"{nl.alternation('imperatives')}\s+(?:\S+\s+){{0,4}}?dan\b"
)


def _reader_duties(entries: tuple[str, ...]) -> bool:
    """Most entries of a list say what the reader does ('U levert ... uiterlijk ... aan')."""
    duties = [e for e in entries if re.match(r"\s*(?:\d+[.)]\s*)?U \w+", e)]
    return len(entries) >= 2 and len(duties) * 2 > len(entries)


def _by_clause(first: str) -> str | None:
    """The section of a sentence that opens with a subordinate clause, read from the
    clause and the main clause after it.

    - the reader not doing what is asked ('Indien u ... niet nakomt, ...', 'Komt u
      niet, dan ...'): part of what we ask of the reader;
    - a purpose ('Om ... te ..., nemen wij ...', 'Teneinde ..., nodig ik u uit'): what
      will happen, unless the main clause asks the reader something;
    - another condition or cause: what will happen when the sender acts in the main
      clause ('..., zijn wij verplicht te onderzoeken'); more information when it
      tells the reader what they may do ('..., dan kunt u zich opnieuw melden').
    """
    m = _PURPOSE.match(first)
    if m:
        return "vragen" if _ASKS_READER.match(first[m.end() :]) else "gebeuren"
    m = _SUBORDINATE.match(first) or _VERB_FIRST_IF.match(first)
    if not m:
        return None
    main = first[m.end() :]
    if _ASKS_READER.match(main):
        return "vragen"
    if _SENDER_ACTS.match(main) or _FUTURE_MAIN.match(main):
        return "gebeuren"  # '..., zal uw aanvraag buiten behandeling worden gesteld'

    if _READER_MAY.match(main):
        return "overig"
    return None


_AMOUNTS_DUE = re.compile(rf"(?i)\b{nl.alternation('amounts_due')}")
_LEGAL_ROUTE = re.compile(r"(?i)\b(?:bezwaar|beroep|klacht|voorlopige voorziening)")


def is_objection_route(text: str) -> bool:
    """The text tells the reader how to object or appeal (not: the decision on an objection)."""
    if (_NO_OBJECTION.search(text) or _OBJECTION_TOLD.search(text)) and not _OBJECT_ROUTE.search(
        text
    ):
        return False
    # the term and the objection in one sentence: 'Het bedrag wordt binnen vier weken
    # bijgeschreven. Voorts worden de kosten van het bezwaar vergoed.' is no route
    return bool(_OBJECT_ROUTE.search(text)) or any(
        has_objection_route(s) and re.search(r"\bbezwaar\w*", s, re.IGNORECASE)
        for s in _SENTENCE_END.split(text)
    )


def _fixed_heading_key(heading: str) -> str | None:
    """The key of the page's own plain question that the heading is, word for word, or of
    a plain question that means the same ('Wat gebeurt er nu?', rewriter/lang/nl/
    plain_questions.txt)."""
    norm = " ".join(strip_number(heading.strip()).strip().rstrip("?:").lower().split())
    own = next(
        (
            k
            for form in FORMS
            for k, fixed in letter_text(form)["headings"].items()
            if norm == fixed.rstrip("?").lower()
        ),
        None,
    )  # 'Waarom krijg je deze brief?' too
    return own or next((k for k, q in nl.pairs("plain_questions") if norm == q), None)


def _heading_key(heading: str) -> str | None:
    heading = strip_number(heading.strip()).rstrip(":").rstrip()  # 'Uitbetaling:' too
    fixed = _fixed_heading_key(heading)
    if fixed:
        return "besluit" if fixed in ("afspraak", "betekenis") else fixed
    if _WHY_QUESTION.match(heading):
        # 'Waarom is dit gesprek belangrijk?': a why-question, though it names the meeting;
        # 'Waarom wijzen wij uw aanvraag af?' gives the grounds
        return "grond" if _GROUNDS_HEADING.search(heading.strip()) else "waarom"
    for key, rx in _HEADING_KEYS:
        if rx.search(heading.strip()):
            return key
    return None


_WHY_QUESTION = re.compile(r"(?i)\s*waarom\b[^?]*\?\s*$")
_GROUNDS_HEADING = next(rx for key, rx in _HEADING_KEYS if key == "grond")


def _sentence_case(heading: str, text: str) -> str:
    """A heading in capitals reads as a normal sentence ('ALS HET OPNIEUW GEBEURT' ->
    'Als het opnieuw gebeurt'); an abbreviation the letter writes in capitals elsewhere,
    in a line with lower case, stays ('CONTACT MET DE GGD' -> 'Contact met de GGD')."""
    letters = [ch for ch in heading if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return heading
    kept = {
        w
        for line in text.splitlines()
        if any(ch.islower() for ch in line)
        for w in re.findall(r"\b[A-Z][A-Z0-9]{1,6}\b", line)
    }

    from rewriter.scoring import zipf_frequency

    def word(m: re.Match) -> str:  # 'DE' in a line 'Ryan DE Vries' is still 'de'
        w = m.group()
        return w if w in kept and zipf_frequency(w.lower()) < 5.0 else w.lower()

    if any(
        w not in kept
        and not w.isdigit()
        and zipf_frequency(w.lower()) < (4.5 if len(w) <= 4 else 3.0)  # 'WMO', 'UWV'
        for w in re.findall(r"\w+", heading)
    ):
        return heading  # a name or an abbreviation we cannot place: left as written
    out = re.sub(r"\w+", word, heading)
    first = re.search(r"[^\W\d_]", out)
    if first and out[first.start()].islower():
        out = out[: first.start()] + out[first.start()].upper() + out[first.start() + 1 :]
    return out


def _ensure_real_why(items: dict[str, list[Item]]) -> None:
    """'Waarom krijgt u deze brief?' holds at least one real sentence, or its items move on."""
    why = items["waarom"]
    # a table's or list's own lead-in counts ('Op (date) heeft u ... Uit onze
    # administratie blijkt dat de volgende termijnen niet zijn betaald:' over the table)
    if any(
        it.kind in ("p", "table", "list") and len(re.findall(r"[^\W\d_]+", it.text)) >= 4
        for it in why
    ):
        return
    items["overig"] = why + items["overig"]
    items["waarom"] = []


_AT_FIELD = re.compile(r"\bom\s+(?:«|\{\{|\[)")  # 'om «tijd»': a time to fill in
_ON_FIELD = re.compile(r"\bop\s+(?:«|\{\{|\[)")  # 'op «datum»'


def _appointments(
    letter: Letter, paragraphs: list[str], items: dict[str, list[Item]]
) -> tuple[str, ...]:
    """Sentences or blocks that fix a meeting: a date and a time (with place and who)."""
    out = []
    for its in items.values():
        for it in its:
            if it.kind == "appointment":
                out.append(" · ".join(_row_text(r) for r in it.rows))
    body = " ".join(paragraphs)
    for s in letter.sentences:
        sentence = " ".join(letter.text[s.start : s.end].split())
        kinds = {p.kind for p in letter.protected if s.start <= p.start < s.end}
        has_time = "time" in kinds or _AT_FIELD.search(sentence)
        has_date = "date" in kinds or _WEEKDAY.search(sentence) or _ON_FIELD.search(sentence)
        if has_time and has_date and sentence in body:
            out.append(sentence)
    return tuple(out)


_NO_OBJECTION = re.compile(
    r"\b(geen|niet)\b[^.]{0,60}\bbezwaar\b|\bbezwaar\b[^.]{0,60}\b(niet mogelijk|kunt u niet)\b",
    re.IGNORECASE,
)


def is_decision(subject: str, objection_paragraphs: tuple[str, ...] | list[str]) -> bool:
    """A decision letter: a decision word in the subject, or an objection route in the body."""
    if _KIND_DECISION.search(subject):
        return True
    route = " ".join(objection_paragraphs)
    return has_objection_route(route) and not _NO_OBJECTION.search(route)


def _has_day(s: str) -> bool:
    return bool(re.search(r"dag|werkdag", s, re.IGNORECASE))


_ADDRESS_LINE = re.compile(
    r"\s*(?:postbus\s+\d+|\d{4}\s?[A-Z]{2}\b|"
    r"[A-Z][\w'.-]*(?:[ -][\w'.-]+){0,3}\s\d{1,5}(?:\s?[a-zA-Z]{1,2}\b|-\d+)?(?:[\s,]|$))",
    re.IGNORECASE,
)

_HEADER_ROW = re.compile(  # a 'Label: value' row that is not one of the letterhead's channels
    rf"\s*(?!(?i:{nl.pattern('channel_labels')[3:-1]})\b)"
    r"([A-Z][\w()/.-]*(?: [\w()/.-]+){0,3}):\s+(\S.{0,120})$"
)
_ADDRESSEE = re.compile(
    rf"(?i)\s*(?:aan\s|de\s+(?:heer|ouders?)\b|ouders?\b|{nl.alternation('titles')}\s)"
)
_DEPARTMENT_LINE = re.compile(  # 'Afdeling Juridische Zaken' under the sender's name
    r"\s*(?i:afdeling|team|cluster|sector|dienst|directie|domein|unit)\s+[A-Z]"
)
_ON_BEHALF_LINE = re.compile(  # 'in opdracht van de gemeente Hengelo' under the sender's name
    r"(?i)\s*(?:in opdracht van|namens|onderdeel van|in samenwerking met|uitgevoerd door)\b"
)


_POSTBUS = re.compile(r"(?i)\s*(?:postbus|antwoordnummer)\s+\d")
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")


def _header(
    blocks: list[Block], text: str, cards: list[list[Block]] = ()
) -> tuple[list, list, str, list, str, list, list]:
    sender: list[str] = []
    recipient: list[str] = []
    refs: list[tuple[str, str]] = []
    annexes: list[str] = []
    extra: list[str] = []
    date = subject = subject_label = ""
    address_blocks: list[list[str]] = []
    groups: dict[int, list[Block]] = {}
    card_rows = {b.start for card in cards for b in card[1:]}
    for b in blocks:
        if b.start in card_rows:
            continue  # a handler's 'Telefoon:' row: the contact line's job
        groups.setdefault(b.group, []).append(b)
    for group in groups.values():
        plain_lines = []
        lines = [line for b in group for line in text[b.start : b.end].split("\n") if line.strip()]
        for line in lines:
            handler = _HANDLER.match(line)
            if handler and _HANDLER_ITEMS.search(line, handler.end()):
                # 'Behandeld door: mevrouw I. Post · Telefoon: 036-…': the reference keeps
                # the name; the channels are the contact line's job
                line = line[: handler.end()].rstrip()
            m = _LABEL.match(line)
            if not m:
                row = _HEADER_ROW.match(line)
                if row and row.group(1).strip().lower() == "aan" and not plain_lines:
                    plain_lines.append(row.group(2).strip())  # 'Aan: Jayden Kramer'
                elif row:  # 'Factuurnummer: TV-2026-00642', 'Uw contactpersoon: R. Dekker'
                    refs.append((row.group(1).strip(), row.group(2).strip()))
                else:
                    plain_lines.append(line.strip())
                continue
            label, value = m.group(1).strip(), m.group(2).strip()
            low = label.lower()
            if low == "datum" and not date:
                date = value
            elif low == "onderwerp" and (not subject or subject_label == "betreft"):
                if subject:
                    refs.append(("Betreft", subject))
                subject, subject_label = value, "onderwerp"
            elif low == "betreft" and not subject:
                subject, subject_label = value, "betreft"
            elif low == "betreft":
                refs.append(("Betreft", value))
            elif low.startswith("bijlage"):
                annexes.append(line.strip())
            else:
                refs.append((label[:1].upper() + label[1:], value))
        if plain_lines:
            address_blocks.append(plain_lines)
    merged: list[list[str]] = []
    for lines in address_blocks:
        # 'Kruisstraat 140 / 5612 CZ Eindhoven' in a block of its own (a Word letterhead
        # with the name as a heading) belongs to the name above it
        letterhead_line = " | " in lines[0] and re.search(r"\b\d{4}\s?[A-Z]{2}\b", lines[0])
        if merged and (
            _ADDRESS_LINE.match(lines[0])
            or letterhead_line
            or _ON_BEHALF_LINE.match(lines[0])
            or (len(merged) == 1 and _DEPARTMENT_LINE.match(lines[0]))
        ):
            merged[-1] = merged[-1] + lines
        else:
            merged.append(lines)
    # 'uitvoering leerplicht voor Gemeente Montferland / Postbus 9001, ...' over 'Jesse
    # Gerritsen / Raadhuisstraat 27 / 6942 EG Didam': a block with the sender's Postbus
    # while an address follows is still the letterhead
    for i in range(len(merged) - 2, 0, -1):
        if any(_POSTBUS.match(line) for line in merged[i]) and any(
            _POSTCODE.search(line) for line in merged[i + 1]
        ):
            merged[i - 1 : i + 1] = [merged[i - 1] + merged[i]]
    # the addressee ('Mevrouw G. Jansen', 'Aan de ouders van ...') is the recipient; the
    # blocks between the sender's name and it are the sender's ('Werk en Inkomen / Postbus')
    addressed = [i for i, lines in enumerate(merged) if _ADDRESSEE.match(lines[0])]
    if addressed and addressed[0] > 1:
        first = addressed[0]
        merged = [[line for lines in merged[:first] for line in lines], *merged[first:]]
    for lines in merged:
        joined = " ".join(lines)
        # 'Venlo, (date)', "'s-Hertogenbosch, (date)"
        place = r"(?:'[st][ -])?[A-Z][\w' -]+"
        if not date and re.fullmatch(place + r",\s*\d{1,2}\s+\w+\s+\d{4}", joined):
            date = joined.split(",", 1)[1].strip()
            continue
        if not sender:
            sender = lines
        elif not recipient:
            recipient = lines
        else:
            extra.append(" ".join(lines))
    return sender, recipient, date, refs, subject, annexes, extra
