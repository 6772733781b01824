"""Structure of a letter: header, sections of the body, contact channels, footer.

Nothing of the content is dropped: every body paragraph lands in a section
(unknown ones in 'overig'), and sentences that only give contact details are
removed from the body *and* returned in `removed`, with their channels, so
the writer sees them in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rewriter.analysers.contact import Channel, find_channels, is_crisis_line
from rewriter.facts import PERSON, has_objection_route
from rewriter.lang import nl
from rewriter.letter import _CLOSING, _SALUTATION, Letter

SECTION_ORDER = ("waarom", "besluit", "gebeuren", "vragen", "bezwaar", "overig")
HEADINGS = {
    "waarom": "Waarom krijgt u deze brief?",
    "besluit": "Wat hebben we besloten?",
    "afspraak": "Wat hebben we afgesproken?",
    "gebeuren": "Wat gaat er nu gebeuren?",
    "vragen": "Wat vragen we van u?",
    "bezwaar": "Bent u het niet eens?",
    "overig": "Meer informatie",
}
DECISION_WORDS = re.compile(
    r"\b(besluit|besloten|beschikking|toegekend|toekenning|afgewezen|afwijzing|beëindig\w*|"
    r"stopzetting|terugvorder\w*|terugbetal\w*|wijzig\w*|herzien|verlaagd|verhoogd|"
    r"krijgt u|heeft u recht|geen recht|kennen (?:wij|we) u)\b",
    re.IGNORECASE,
)
_KIND_DECISION = re.compile(
    r"\b(besluit|beslissing|beschikking|toekenning|afwijzing|wijziging|terugvordering|beëindiging|"
    r"toegekend|afgewezen|beëindigd|teruggevorderd)\b",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\b(wilt u|u moet|moet u|stuur|stuurt u|neem\w* u?\s*\w* mee|vul\w*|graag|vragen (?:wij|we) u|"
    r"verzoeken|u dient|dient u|geef\w* (?:dit|het|dat|uw)|doorgeven|meenemen|aanleveren|opsturen)\b",
    re.IGNORECASE,
)
_NEXT = re.compile(
    r"\b(komt|komen|gaat|gaan|zal|zullen|afspraak|gesprek|daarna|binnenkort|"
    r"nemen (?:wij|we) contact|hoort u|ontvangt u|start|begint|bezoek|langs)\b",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\b(aangevraagd|aanvraag|u vroeg|naar aanleiding|melding|u heeft .* gevraagd|"
    r"in deze brief|met deze brief|hierbij)\b",
    re.IGNORECASE,
)
_CONTACT_TALK = re.compile(
    r"\b(bel\w*|telefo\w*|mail\w*|e-mail\w*|contact|bereikbaar|vragen\?|vragen heeft|"
    r"vragen hebt|loket|website|kijk op|ga naar|spreekuur|openingstijden)\b",
    re.IGNORECASE,
)
_WORKDAYS = nl.alternation("weekdays", first=5)  # maandag to vrijdag
_HOURS = re.compile(
    rf"(?:op\s+)?(?:(?:{_WORKDAYS[3:-1]}|werkdagen|werkdag)"
    rf"(?:\s*(?:,|en|tot en met|t/m|tot)\s*{_WORKDAYS})*)"
    r"(?:\s+(?:van|tussen)\s+\d{1,2}[.:]\d{2}(?:\s*uur)?\s+(?:tot|en|-)\s+\d{1,2}[.:]\d{2}\s*uur)?",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\s*(ons kenmerk|uw kenmerk|kenmerk|zaaknummer|dossiernummer|klantnummer|referentie|"
    r"registratienummer|aanvraagnummer|uw brief van|bsn|burgerservicenummer|behandeld door|"
    r"datum|onderwerp|betreft|bijlage\(n\)|bijlagen?)\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b({nl.alternation('weekdays')[3:-1]})\b", re.IGNORECASE)
_ANNEX = re.compile(r"^\s*(?:bijlage\(n\)|bijlagen?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    """One contact channel with its context."""

    kind: str
    text: str
    sentence: str
    owner: str = ""
    personal: bool = False
    crisis: bool = False


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

    def section_keys(self) -> list[str]:
        """Return the keys of the sections that have content, in template order."""
        return [k for k in SECTION_ORDER if self.sections.get(k)]


def extract_structure(letter: Letter) -> LetterStructure:
    """Split a letter into header, body sections, contact channels and footer."""
    text = letter.text
    blocks = _blocks(text)
    sal_i = next((i for i, b in enumerate(blocks) if _SALUTATION.match(b.split("\n")[0])), None)
    close_i = next(
        (i for i in range(len(blocks) - 1, -1, -1) if _CLOSING.match(blocks[i].split("\n")[0])),
        None,
    )
    header = blocks[:sal_i] if sal_i is not None else []
    salutation = ""
    body_blocks = blocks
    if sal_i is not None:
        first, _, rest = blocks[sal_i].partition("\n")
        salutation = first.strip()
        body_blocks = ([rest] if rest.strip() else []) + blocks[sal_i + 1 : close_i]
    elif close_i is not None:
        body_blocks = blocks[:close_i]
    closing, signature = "", ()
    if close_i is not None:
        first, _, rest = blocks[close_i].partition("\n")
        closing = first.strip()
        sig_lines = [line.strip() for line in rest.split("\n") if line.strip()]
        for b in blocks[close_i + 1 :]:
            sig_lines += [line.strip() for line in b.split("\n") if line.strip()]
        signature = tuple(sig_lines)

    sender, recipient, date, refs, subject, annexes, extra = _header(header)
    sections: dict[str, list[str]] = {k: [] for k in SECTION_ORDER}
    removed: list[str] = []
    channels = find_channels(letter)
    contacts: list[Contact] = []
    for block in extra + body_blocks:
        if _ANNEX.match(block):
            annexes.append(block.strip())
            continue
        kept_sentences = []
        for sentence in _sentences_of(block, letter):
            chans = [c for c in channels if c.text in sentence]
            if chans:
                contacts += [_contact(c, sentence, signature) for c in chans]
            if chans and _remove_from_body(sentence, chans, block):
                removed.append(sentence)
                continue
            kept_sentences.append(sentence)
        paragraph = " ".join(kept_sentences).strip()
        if paragraph:
            sections[_classify(paragraph, sections)].append(paragraph)
    decision = is_decision(subject, sections["bezwaar"])
    appointments = _appointments(letter, [p for k in SECTION_ORDER for p in sections[k]])
    legal = tuple(dict.fromkeys(p.text for p in letter.protected if p.kind == "article"))
    hours = tuple(
        dict.fromkeys(
            m.group().strip() for r in removed for m in _HOURS.finditer(r) if _has_day(m.group())
        )
    )
    return LetterStructure(
        sender=tuple(sender),
        recipient=tuple(recipient),
        date=date,
        references=tuple(refs),
        subject=subject,
        salutation=salutation,
        sections={k: tuple(v) for k, v in sections.items()},
        closing=closing,
        signature=signature,
        contacts=tuple(_dedupe_contacts(contacts)),
        hours=hours,
        legal_basis=legal,
        annexes=tuple(annexes),
        decision=decision,
        removed=tuple(removed),
        appointments=appointments,
    )


def _appointments(letter: Letter, paragraphs: list[str]) -> tuple[str, ...]:
    """Sentences that fix a meeting: a date and a time (with place and who, as written)."""
    body = " ".join(paragraphs)
    out = []
    for s in letter.sentences:
        sentence = letter.text[s.start : s.end].replace("\n", " ")
        kinds = {p.kind for p in letter.protected if s.start <= p.start < s.end}
        # merge fields stand in for the date and time in a standard letter: 'op {{datum}} om {{tijd}}'
        has_time = "time" in kinds or re.search(r"\bom\s+(?:«|\{\{|\[)", sentence)
        has_date = (
            "date" in kinds
            or _WEEKDAY.search(sentence)
            or re.search(r"\bop\s+(?:«|\{\{|\[)", sentence)
        )
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


def _blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _header(blocks: list[str]) -> tuple[list, list, str, list, str, list, list]:
    sender: list[str] = []
    recipient: list[str] = []
    refs: list[tuple[str, str]] = []
    annexes: list[str] = []
    extra: list[str] = []
    date = subject = ""
    address_blocks = []
    for block in blocks:
        plain_lines = []
        for line in block.split("\n"):
            m = _LABEL.match(line)
            if not m:
                plain_lines.append(line.strip())
                continue
            label, value = m.group(1).strip(), m.group(2).strip()
            low = label.lower()
            if low == "datum" and not date:
                date = value
            elif low in ("onderwerp", "betreft") and not subject:
                subject = value
            elif low.startswith("bijlage"):
                annexes.append(line.strip())
            else:
                refs.append((label[:1].upper() + label[1:], value))
        if plain_lines:
            address_blocks.append(plain_lines)
    for lines in address_blocks:
        joined = " ".join(lines)
        if not date and re.fullmatch(r"[A-Z][\w' -]+,\s*\d{1,2}\s+\w+\s+\d{4}", joined):
            date = joined.split(",", 1)[1].strip()
            continue
        if not sender:
            sender = lines
        elif not recipient:
            recipient = lines
        else:
            extra.append("\n".join(lines))
    return sender, recipient, date, refs, subject, annexes, extra


def _sentences_of(block: str, letter: Letter) -> list[str]:
    start = letter.text.find(block)
    if start == -1:
        return [block]
    end = start + len(block)
    out = [
        letter.text[s.start : s.end].replace("\n", " ")
        for s in letter.sentences
        if s.start >= start and s.end <= end
    ]
    return out or [block.replace("\n", " ")]


def _remove_from_body(sentence: str, chans: list[Channel], block: str) -> bool:
    """One contact line only: phone numbers and e-mail addresses leave the body.

    A web address or loket in the objection paragraph stays: it is how to object.
    """
    if any(c.kind in ("phone", "email") for c in chans):
        return True
    if has_objection_route(block) or re.search(r"\bbezwaar\b", sentence, re.IGNORECASE):
        return False
    return bool(_CONTACT_TALK.search(sentence)) or _only_contact(sentence, chans)


def _only_contact(sentence: str, chans: list[Channel]) -> bool:
    rest = sentence
    for c in chans:
        rest = rest.replace(c.text, "")
    return len(re.findall(r"\w+", rest)) <= 4


def _contact(channel: Channel, sentence: str, signature: tuple[str, ...]) -> Contact:
    person = PERSON.search(sentence)
    owner = person.group().strip() if person else ""
    personal = bool(
        re.search(
            r"\b(mij|ik|mijn|uw (?:vaste )?contactpersoon|uw consulent)\b", sentence, re.IGNORECASE
        )
    ) or (channel.kind == "phone" and channel.key.startswith("06"))
    return Contact(channel.kind, channel.text, sentence, owner, personal, is_crisis_line(channel))


def _dedupe_contacts(contacts: list[Contact]) -> list[Contact]:
    seen: dict[str, Contact] = {}
    for c in contacts:
        key = re.sub(r"\D", "", c.text) if c.kind == "phone" else c.text.lower()
        if key not in seen or (c.personal and not seen[key].personal):
            seen[key] = c
    return list(seen.values())


def _classify(paragraph: str, sections: dict[str, list[str]]) -> str:
    if not any(sections.values()) and _WHY.search(paragraph):
        return "waarom"  # the opening paragraph says why the letter comes
    if has_objection_route(paragraph) or re.search(
        r"\b(bezwaar\w*|beroep|klacht|niet eens|niet kunt verenigen)\b", paragraph, re.IGNORECASE
    ):
        return "bezwaar"
    if DECISION_WORDS.search(paragraph):
        return "besluit"
    if _ASK.search(paragraph):
        return "vragen"
    if _NEXT.search(paragraph):
        return "gebeuren"
    if not any(sections.values()) or _WHY.search(paragraph):
        return "waarom"
    return "overig"
