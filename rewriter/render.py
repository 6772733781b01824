"""Render the one-page letter: HTML (A4 print CSS), PDF (WeasyPrint) and DOCX (python-docx).

The letter must fit one page. The PDF is rendered and its pages counted; if
it runs over, spacing and then font size are tightened down to a readable
floor (10.5 pt). If it still does not fit, a RenderError names the sections
that are too long. Content is never cut. When no PDF is written, bounds on the
page's height (rewriter/page_bound.py) stand in for a layout whenever they decide
the step on their own (`proved_step`): the same layout is chosen.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import shutil
import zipfile
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from rewriter.contacts import LETTER_PLACE
from rewriter.errors import RewriterError, SettingsError
from rewriter.lang import nl
from rewriter.lettertext import letter_text
from rewriter.protect import find_protected, may_hold_spaced
from rewriter.settings import read_toml, refuse_unknown
from rewriter.structure import (
    _HOURS,
    _TIME_RANGE,
    I_REACHABLE,
    SECTION_ORDER,
    WHEN_AWAY,
    LetterStructure,
    RemovedChannel,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FORMATS = ("pdf", "docx", "html")
DEFAULT_OBJECTION = letter_text()["objection"]["text"]


class RenderError(RewriterError):
    """Raised when a letter cannot be rendered (too long for one page, bad style file)."""

    code = "opmaak"


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """A municipality's house style; every field has a neutral default."""

    name: str = ""  # empty: the first line of the letter's own sender block
    primary_colour: str = "#1f4e79"
    text_colour: str = "#1a1a1a"
    logo: str = ""
    font_regular: str = str(TEMPLATES / "fonts" / "DejaVuSans.ttf")
    font_bold: str = str(TEMPLATES / "fonts" / "DejaVuSans-Bold.ttf")
    objection_text: str = DEFAULT_OBJECTION

    @classmethod
    def from_toml(cls, path: str | Path) -> HouseStyle:
        """Read a house style file; relative paths are relative to that file."""
        p = Path(path)
        data = read_toml(p, "Huisstijl")
        refuse_unknown(data, {f.name for f in fields(cls)}, p.name)
        for key in ("logo", "font_regular", "font_bold"):
            if data.get(key):
                file = (p.parent / data[key]).resolve()
                if not file.exists():
                    raise SettingsError(f"Bestand voor '{key}' niet gevonden: {data[key]}")
                data[key] = str(file)
        return replace(cls(), **data)


@dataclass(frozen=True, slots=True)
class ContactChoice:
    """What the writer chose for the single contact line (empty = automatic)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    """Typographic parameters; tightened step by step to fit one page."""

    font_size: float = 11.0
    line_height: float = 1.35
    gap: str = "0.8em"
    margin: str = "20mm 20mm 22mm 22mm"

    def text_box_mm(self) -> tuple[float, float]:
        """Width and height of the A4 text area (the margin is 'top right bottom left' in mm)."""
        top, right, bottom, left = (float(part.removesuffix("mm")) for part in self.margin.split())
        return 210.0 - left - right, 297.0 - top - bottom


LAYOUTS = (
    Layout(),
    Layout(11.0, 1.25, "0.5em", "16mm 18mm 18mm 20mm"),
    Layout(10.5, 1.2, "0.4em", "14mm 16mm 16mm 18mm"),
    Layout(10.5, 1.12, "0.25em", "12mm 14mm 14mm 16mm"),
    # two tighter steps for long letters, still at the 10.5 pt floor
    Layout(10.5, 1.07, "0.2em", "10mm 12mm 12mm 14mm"),
    Layout(10.5, 1.03, "0.15em", "9mm 11mm 11mm 12mm"),
)
FONT_FLOOR = 10.5


@dataclass(frozen=True)
class Rendered:
    """A rendered letter and the summary printed by `rewriter render`."""

    data: bytes
    pages: int
    contact_line: str
    removed_contacts: tuple[str, ...]
    sections: tuple[str, ...]
    text: str
    layout: Layout
    context: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class ContactDecision:
    """The one contact line, what it was built from, and the channels left out."""

    line: str
    name: str
    phone: str
    email: str
    who: str  # signer | person | team | none
    removed_channels: tuple[RemovedChannel, ...]
    crisis: tuple[str, ...]
    notes: tuple[str, ...]


def decide_contact(
    structure: LetterStructure, choice: ContactChoice, sender_name: str = ""
) -> ContactDecision:
    """Choose the one contact: a person of the sender with their own number, else a team.

    Never another organisation's number under the sender's name, and never one
    person's e-mail under another person's name.
    """
    texts = letter_text(structure.address)["contact"]
    writer = letter_text()["writer"]
    chans = [c for c in structure.channels if not c.crisis]
    signer = structure.sender_info.signer
    notes: list[str] = []
    phones = [c for c in chans if c.kind == "phone"]
    emails = [c for c in chans if c.kind == "email"]
    own = [c for c in phones if c.owner_kind == "person" and c.owner]
    # the signer first; then a person whose own e-mail address is at the sender's domain
    # (the klantmanager at '@schiedam...', before a trajectbegeleider the letter does not
    # tie to an organisation)
    names = {w for n in structure.sender_info.names for w in re.findall(r"\w{4,}", n.lower())}
    insiders = {
        e.owner
        for e in emails
        if e.owner_kind == "person" and any(w in e.text.lower().split("@")[-1] for w in names)
    }
    own.sort(
        key=lambda c: (
            not _same_person(c.owner, signer),
            not any(_same_person(c.owner, i) for i in insiders),
        )
    )
    team = [c for c in phones if c.owner_kind in ("team", "unknown")]
    # a number the letter gives for a team of the sender beats one it does not say whose it is
    # and a number the body gives beats the letterhead's or footer's general number
    team.sort(key=lambda c: (c.owner_kind != "team", c.region != "body"))
    chosen = own[0] if own else (team[0] if team else None)
    name, who = "", "none"
    if chosen is not None and chosen.owner_kind == "person":
        name = chosen.owner
        who = "signer" if _same_person(name, signer) else "person"
    elif chosen is not None:
        name = chosen.owner if chosen.owner_kind == "team" and chosen.owner else ""
        who = "team"
    phone = chosen.text if chosen else ""
    email = ""
    if chosen is not None:
        same = [
            e
            for e in emails
            if e.owner_kind == chosen.owner_kind
            and (
                e.owner == chosen.owner
                or (chosen.owner_kind == "person" and _same_person(e.owner, chosen.owner))
            )
        ]  # 'mevrouw J. Oudshoorn' and 'Mevrouw Oudshoorn' are one person
        email = same[0].text if same else ""
    elif emails:
        mine = [e for e in emails if e.owner_kind in ("person", "team")]
        if mine:
            name, email = mine[0].owner, mine[0].text
            who = (
                "signer"
                if _same_person(name, signer)
                else ("person" if mine[0].owner_kind == "person" else "team")
            )
    if choice.name or choice.phone or choice.email:
        name = choice.name or name
        phone = choice.phone or phone
        email = choice.email or (email if not choice.name else "")
        if choice.name:
            team_name = re.match(
                r"(?i)(?:het |de )?(?:team|gemeente|afdeling|wijkteam|loket|klantcontact)", name
            )
            who = "team" if team_name else "person"  # the name is shown, as chosen
    if who == "team" and not name:
        name = sender_name or "ons"
    # a person of ours the letter gives an e-mail address for but no number of their own
    # ('Heeft u vragen? Mail mij: ...'): the line names that person with the address, and
    # the team's number follows as a number of its own, never as the person's
    mailer = None
    if not own and chosen is not None and not (choice.name or choice.phone or choice.email):
        people = [e for e in emails if e.owner_kind == "person" and e.owner]
        people.sort(
            key=lambda e: (
                not _same_person(e.owner, signer),
                not any(_same_person(e.owner, i) for i in insiders),
            )
        )
        # a team of ours with its own mailbox whose number the letter does not give (the
        # letterhead's general number is the organisation's): the team by e-mail first
        numbered = {p.owner.lower() for p in phones}
        teams = [
            e
            for e in emails
            if chosen.owner_kind == "team"
            and e.owner_kind == "team"
            and e.owner
            and e.region == "body"
            and e.owner.lower() not in numbered  # (the chosen number's owner among them)
        ]
        mailer = people[0] if people else (teams[0] if teams else None)
    hours = choice.hours
    # the sentence that gave the chosen channel (its hours, the person's team)
    said = (
        next((c.sentence for c in structure.contacts if c.text == chosen.text), "")
        if chosen is not None
        else ""
    )
    if not hours and chosen is not None:
        hours = _opening_hours(said) or _hours_nearby(structure.removed, chosen, who == "signer")
    parts = []
    away_line = ""
    if mailer is not None:
        team_name = name
        name, email = mailer.owner, mailer.text
        who = "signer" if _same_person(name, signer) else "person"
        if mailer.owner_kind == "team":
            who = "team"
            parts.append(texts["team_mail"].format(name=_desk(name), email=email))
        elif who == "signer":
            parts.append(texts["signer_mail"].format(email=email))
        else:
            name = _TITLE_FIRST.sub(lambda m: m.group().lower(), name)
            # 'mr. D. Lambregts van het team Juridische Zaken': the team stays with them
            mailed = next((c.sentence for c in structure.contacts if c.text == email), "")
            team = _their_team(mailed, mailer)
            parts.append(texts["person_mail"].format(name=name + team, email=email))
            if (
                team
                and team_name.lower() == team.split(" van ", 1)[-1].removeprefix("het ").lower()
            ):
                team_name = sender_name or team_name  # not the same team twice in one line
        parts.append(texts["mail_or_call"].format(team=_desk(team_name), phone=phone))
        if hours:
            parts.append(texts["team_hours"].format(hours=_hours_phrase(hours)))
        if who == "team":
            notes.append(writer["needs_person"])
        else:
            notes.append(writer["needs_own_phone"].format(name=name))
        email = ""  # said above, not again
    elif who in ("signer", "person"):
        if who == "signer":
            parts.append(texts["signer"].format(phone=phone) if phone else texts["signer_no_phone"])
        else:
            key = "person" if phone else "person_no_phone"
            if (
                not choice.name
            ):  # 'Mevrouw Schreurs legt ...' -> 'uw contactpersoon mevrouw Schreurs'
                name = _TITLE_FIRST.sub(lambda m: m.group().lower(), name)
            parts.append(texts[key].format(name=name + _their_team(said, chosen), phone=phone))
        if hours:
            key = "signer_hours" if who == "signer" else "person_hours"
            line = texts[key].format(name=name, hours=_hours_phrase(hours))
            parts.append(line[:1].upper() + line[1:])  # 'Mevrouw F. Schuurman is bereikbaar'
        away, away_sentence = (
            _away_number(structure, chans, phone) if not choice.name else (None, "")
        )
        if away is not None:
            # 'Ben ik er niet, bel dan Team Leerplicht via 077-...': who to call instead
            team = away.owner if away.owner_kind == "team" and away.owner else sender_name
            if away.owner_kind == "person" and away.owner and not _same_person(away.owner, name):
                # 'Is zij er niet? Bel dan haar collega de heer B. Bakker: …': the stand-in
                team = away.owner
            named = _AWAY_DESK.search(away_sentence)
            if named and away.owner_kind != "team":
                team = named.group().lower()  # 'ons telefonisch spreekuur'
            key = "signer_away" if who == "signer" else "person_away"
            line = texts[key].format(name=name, team=team or "ons", phone=away.text)
            own = WHEN_AWAY.match(away_sentence) if who == "signer" else None
            # the writer's own words: 'Ben ik afwezig? Bel dan' ('ben ik niet' alone is no
            # question: the template's 'Ben ik er niet?' stays)
            if own and own.group("me") and not re.fullmatch(r"(?i)ben ik niet", own.group("me")):
                line = re.sub(r"^[^?]*\?", f"{own.group('me').capitalize()}?", line, count=1)
            away_hours = _opening_hours(away_sentence)
            if away_hours and away_hours not in line:
                # a spreekuur's own line of days and hours, after its number
                line += " " + texts["away_hours"].format(hours=_hours_phrase(away_hours))
            away_line = line[:1].upper() + line[1:]
    else:
        if who == "none":
            name = sender_name or "ons"
        parts.append(
            texts["team"].format(name=_desk(name), phone=phone)
            if phone
            else texts["team_no_phone"].format(name=name)
        )
        if hours:
            parts.append(texts["team_hours"].format(hours=_hours_phrase(hours)))
        if not choice.name:
            notes.append(writer["needs_person"])
    if email:
        parts.append(texts["email"].format(email=email))
    if away_line:
        parts.append(away_line)  # after the person's own e-mail
    if not phone:
        notes.append(writer["needs_phone"])
    line = " ".join(parts)
    body = " ".join(s for items in structure.items.values() for it in items for s in it.flat())
    kept = " ".join([line, body, *structure.crisis])
    removed = []
    seen = set()
    for c in chans:
        key = re.sub(r"\W", "", c.text).lower()
        # letterhead and signature channels stay where they are; only body channels leave
        if key in seen or c.text in kept or c.region != "body":
            continue
        seen.add(key)
        removed.append(RemovedChannel(c.text, c.kind, c.owner or "onbekend"))
    removed += [f for f in structure.removed_fields if f.text not in kept]
    return ContactDecision(
        line, name, phone, email, who, tuple(removed), structure.crisis, tuple(notes)
    )


def _opening_hours(sentence: str) -> str:
    """Opening hours in a sentence, not a lone 'werkdag': a time range or more than one day."""
    found = [
        m.group().strip()
        for m in _HOURS.finditer(sentence)
        if "dag" in m.group() and re.search(r"\d|,| en | tot | t/m |werkdagen", m.group())
    ]
    return found[0] if found else ""


_REACHABLE_ROW = re.compile(r"(?i)\s*(?:telefonisch )?(?:bereikbaar(?:heid)?|spreekuur)\s*:")
_TITLE_FIRST = re.compile(r"^(?:Mevrouw|Meneer|De heer|Mr\.|Dhr\.|Mw\.)(?= )")
_WE_REACHABLE = re.compile(r"(?i)\s*(?:wij|we) zijn (?:\w+ )?(?:bereikbaar|open)\b")
_REACHABLE_SUBJECT = re.compile(rf"(?i)\s*(?:zij|hij|ik|wij|we|het {nl.pattern('desk_names')})\b")


def _time_range(sentence: str) -> str:
    """The first 'van 9.00 tot 17.00 uur' of a sentence, or ""."""
    m = _TIME_RANGE.search(sentence)
    return m.group() if m else ""


def _hours_nearby(removed: tuple[str, ...], chosen: Any, signer: bool = False) -> str:
    """The hours of the chosen contact when the letter gives them in a sentence of their
    own that left with the channel: 'Zij is bereikbaar op maandag en dinsdag van 9.00 tot
    12.00 uur.' right before or after it, or a sentence that names the same person; when
    the line is the signer's own ('Bel mij'), their 'Ik ben bereikbaar op ...' anywhere."""
    at = next((i for i, r in enumerate(removed) if chosen.text in r), None)
    if at is None and chosen.region != "body":
        # 'Team Invordering is op werkdagen van 9.00 tot 12.00 uur bereikbaar via het
        # telefoonnummer onderaan deze brief': the hours of the letterhead's or footer's
        # number, in a sentence that points to it
        for sentence in removed:
            if LETTER_PLACE.search(sentence):
                hours = _opening_hours(sentence) or _time_range(sentence)
                if hours:
                    return hours
    if signer:
        own = (_opening_hours(r) for r in removed if I_REACHABLE.match(r))
        found = next((h for h in own if h), "")
        if found:
            return found
    if at is None:
        return ""
    surname = chosen.owner.split()[-1] if chosen.owner_kind == "person" and chosen.owner else ""
    for i, sentence in enumerate(removed):
        hours = _opening_hours(sentence)
        if i == at and not hours:
            # '... bij het Jeugdteam, telefoon 015-760 12 00, van 9.00 tot 17.00 uur.': the
            # hours in the chosen number's own sentence are that number's hours
            hours = _time_range(sentence)
            if hours:
                return hours
        if not hours:
            continue
        # the signer's own 'Ik werk op (dag) en (dag).' is not the hours of a team's number
        near = (
            abs(i - at) == 1
            and _REACHABLE_SUBJECT.match(sentence)
            and not (I_REACHABLE.match(sentence) and not signer)
        )
        named = surname and re.search(rf"\b{re.escape(surname)}\b", sentence)
        # a contact card's 'Bereikbaar: (day) tot en met (day), ...' row, a few rows
        # from the chosen number's 'Telefoon:' row
        near = near or (abs(i - at) <= 3 and bool(_REACHABLE_ROW.match(sentence)))
        # a team's 'Wij zijn bereikbaar op werkdagen van 9.00 tot 16.00 uur.', wherever it
        # stands among the removed sentences
        ours = not surname and _WE_REACHABLE.match(sentence)
        if near or named or ours or (not surname and abs(i - at) == 1 and chosen.owner in sentence):
            return hours
    return ""


def _away_number(structure: LetterStructure, chans: list[Any], phone: str) -> tuple[Any, str]:
    """The number the letter gives for when the contact person is away ('Ben ik er niet,
    bel dan Team Leerplicht via ...', a card's 'Afwezig?' row), when that sentence left
    the body with the contact channels: a phone of the sender, not the person's own; and
    the sentence that gives it."""
    removed = structure.removed

    def sender_phone(sentence: str) -> Any:
        return next(
            (
                c
                for c in chans
                if c.kind == "phone"
                and c.text in sentence
                and c.text != phone
                and c.owner_kind != "other"
                and not c.crisis
            ),
            None,
        )

    for i, sentence in enumerate(removed):
        if not WHEN_AWAY.match(sentence):
            continue
        found = sender_phone(sentence)
        if found is not None:
            return found, sentence
        # 'Is hij er niet? Bel dan de gemeente.': the question's answer in the next line
        answer = (
            removed[i + 1]
            if sentence.endswith("?")
            and i + 1 < len(removed)
            and not re.search(r"\d", removed[i + 1])
            else ""
        )
        if _GENERAL_NUMBER.search(f"{sentence} {answer}") and not re.search(r"\d", sentence):
            # 'Bij diens afwezigheid kunt u het algemene nummer van de gemeente bellen.':
            # the number the letterhead or the footer gives for the sender
            general = [
                c
                for c in chans
                if c.kind == "phone"
                and c.owner_kind == "team"
                and c.region != "body"
                and c.text != phone
                and not c.crisis
            ]
            if general:
                return general[0], f"{sentence} {answer}".strip()
        if i + 1 < len(removed) and not any(
            c.kind == "phone" and c.text in sentence for c in chans
        ):
            # 'Lukt dat niet, dan kunt u bellen tijdens ons telefonisch spreekuur.' and
            # the next line of days and hours with the spreekuur's number
            found = sender_phone(removed[i + 1])
            if found is not None and not WHEN_AWAY.match(removed[i + 1]):
                return found, f"{sentence} {removed[i + 1]}"
    return None, ""


_DESK = re.compile(rf"(?i)[\w-]*(?:{nl.pattern('desk_names')})")


def _desk(name: str) -> str:
    """'het Wmo-loket', 'het KCC': a desk named by its kind takes an article on the line
    ('Bel het Wmo-loket: ...', not 'Bel Wmo-loket: ...'); a name ('Team Jeugd') does not."""
    return f"het {name}" if _DESK.fullmatch(name) and name[:1] != "T" else name


def _their_team(sentence: str, chosen: Any) -> str:
    """' van het team Juridische Zaken' when the chosen number's sentence names the person
    with their team ('de heer mr. T. Hermans van het team Juridische Zaken, bereikbaar op
    …'): the team stays on the page with them (it is a fact of the letter)."""
    if chosen is None or not chosen.owner:
        return ""
    m = re.search(
        rf"{re.escape(chosen.owner)}(\s+van\s+(?:het\s+)?[Tt]eam(?:\s+(?:en\s+)?[A-Z][\w-]*)+)",
        sentence,
    )
    return m.group(1) if m else ""


def _same_person(a: str, b: str) -> bool:
    if not a or not b:
        return False
    ka, kb = a.split()[-1].lower(), b.split()[-1].lower()
    return ka == kb


def contact_line(structure: LetterStructure, choice: ContactChoice) -> tuple[str, list[str]]:
    """Return the single contact line and the channels left out of the letter (old interface)."""
    d = decide_contact(structure, choice, structure.sender[0] if structure.sender else "")
    return d.line, [r.text for r in d.removed_channels]


def _hours_phrase(hours: str) -> str:
    hours = hours[:1].lower() + hours[1:]  # a line's capital day name, inside a sentence
    return hours if hours.lower().startswith(("op ", "van ", "tussen ")) else f"op {hours}"


# an away sentence's 'het algemene nummer (van de gemeente)', without the number itself
_GENERAL_NUMBER = re.compile(rf"(?i)\b{nl.pattern('general_numbers')}\b")
# what an away sentence calls the number it sends the reader to: 'ons telefonisch spreekuur'
_AWAY_DESK = re.compile(rf"(?i)\b{nl.pattern('away_desks')}\b")


# 'Zoals we samen hebben afgesproken', 'In het gesprek is overeengekomen': an agreement
_AGREED = re.compile(rf"(?i)\b{nl.pattern('agreement_words')}")


def _decision_heading(key: str, decision: bool, paragraphs: list[str]) -> str:
    """The heading key of a section: the decision's section is 'Wat hebben we besloten?'
    in a decision, 'Wat hebben we afgesproken?' when the letter says what was agreed,
    and else 'Wat staat er in deze brief?' (a warning, a reminder, news about the
    help: nothing was decided or agreed)."""
    if key != "besluit" or decision:
        return key
    return "afspraak" if any(_AGREED.search(p) for p in paragraphs) else "betekenis"


def build_context(
    structure: LetterStructure, style: HouseStyle, choice: ContactChoice
) -> dict[str, Any]:
    """Return the template context for a letter structure."""
    sender = [x for x in structure.sender if x.strip()]
    if not style.name:
        style = replace(style, name=sender[0] if sender else "Gemeente")
    decision = decide_contact(structure, choice, style.name)
    notes = list(decision.notes)
    sections = []
    drop = [
        sentence
        for sentence, person in structure.intros
        if (decision.who in ("signer", "person") and _same_person(person, decision.name or ""))
        or (decision.who == "signer" and _same_person(person, structure.sender_info.signer))
    ]
    for key in SECTION_ORDER:
        items = [_item_dict(it, drop) for it in structure.items.get(key, ())]
        items = [it for it in items if it["text"] or it["items"] or it["rows"]]
        if key == "bezwaar" and structure.decision and not items:
            objection = style.objection_text
            if objection == DEFAULT_OBJECTION:  # our own text speaks as the letter does
                objection = letter_text(structure.address)["objection"]["text"]
            items = [{"kind": "p", "text": objection, "items": [], "rows": []}]
            notes.append(letter_text()["writer"]["default_objection"])
        if not items:
            continue
        headings = letter_text(structure.address)["headings"]
        paragraphs = [line for it in items for line in _flat(it)]
        heading = headings[_decision_heading(key, structure.decision, paragraphs)]
        sections.append({"key": key, "heading": heading, "paragraphs": paragraphs, "items": items})
    subject = structure.subject[:1].upper() + structure.subject[1:]
    return {
        "style": style,
        "font_regular": Path(style.font_regular).as_uri(),
        "font_bold": Path(style.font_bold).as_uri(),
        "logo": Path(style.logo).as_uri() if style.logo else "",
        "sender": [x for x in sender if x.strip() != style.name],
        "recipient": list(structure.recipient),
        "date": structure.date,
        "subject": subject,
        "salutation": structure.salutation or "Beste lezer,",
        "sections": sections,
        "contact_line": decision.line,
        "crisis": list(decision.crisis),
        "crisis_heading": letter_text()["contact"]["crisis_heading"],
        "closing": structure.closing or "Met vriendelijke groet,",
        "signature": list(structure.signature),
        "references": list(structure.references),
        "legal_basis": list(structure.legal_basis),
        "annexes": list(structure.annexes),
        "reply_slip": list(structure.reply_slip),
        "removed_contacts": [r.text for r in decision.removed_channels],
        "removed_channels": list(decision.removed_channels),
        "writer_notes": notes,
    }


_KEPT_KINDS = ("phone", "amount")


@functools.lru_cache(maxsize=4096)
def keep_together(text: str) -> str:
    """`text` with the spaces inside a phone number or an amount made non-breaking, so that
    the page never splits '0182-54 67 80' or '€ 480,00' over two lines (the guard reads
    any white space as a space). It runs on every template value and the one-page fit
    renders a letter more than once, so a text without a digit (no number, no amount)
    returns at once and each text is done once per process."""
    if not any(ch.isdigit() for ch in text) or not may_hold_spaced(text, _KEPT_KINDS):
        return text  # (most texts: a date, a reference; the whole search is 8x the cost)
    spans = [p for p in find_protected(text) if p.kind in _KEPT_KINDS and " " in p.text]
    for p in reversed(spans):
        text = text[: p.start] + p.text.replace(" ", "\u00a0") + text[p.end :]
    return text


def _item_dict(item: Any, drop: list[str]) -> dict[str, Any]:
    """A section item for the templates; sentences in `drop` (a contact person introduced
    again by the contact line) are left out."""
    text = item.text
    for sentence in drop:
        text = " ".join(text.replace(sentence, " ").split()) if item.kind == "p" else text
    return {
        "kind": item.kind,
        "text": text,
        "items": list(item.items),
        "rows": [list(r) for r in item.rows],
        # '1. ...', '2. ...': the letter's own numbers are the markers (no bullet as well)
        "numbered": bool(item.items) and all(_NUMBERED.match(x) for x in item.items),
    }


# items that carry their own mark: a number or letter, or a tick box ('☐ uw identiteitsbewijs')
_NUMBERED = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s|[☐☑☒□]\s")


def _flat(item: dict[str, Any]) -> list[str]:
    if item["kind"] == "list":
        mark = "" if item.get("numbered") else "- "
        return ([item["text"]] if item["text"] else []) + [f"{mark}{x}" for x in item["items"]]
    if item["kind"] in ("table", "appointment"):
        lead = [item["text"]] if item["text"] else []
        return lead + [": ".join(r) if len(r) == 2 else " · ".join(r) for r in item["rows"]]
    return [item["text"]]


@functools.cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        # a phone number or an amount never breaks over two lines
        finalize=lambda v: keep_together(v) if isinstance(v, str) else v,
    )


def render_html(context: dict[str, Any], layout: Layout, decision: bool) -> str:
    """Render the letter as HTML with the given layout."""
    template = _environment().get_template("besluit.html.j2" if decision else "base.html.j2")
    return template.render(**context, layout=layout, contact_more=contact_more(context))


@functools.cache
def _font_config() -> Any:
    """One font configuration per process: the @font-face files are loaded once.

    WeasyPrint copies the font files into a temporary folder that only its `__del__`
    removes, which does not run (or fails) when a process exits. The folder is removed
    at exit here: `multiprocessing.util.Finalize` runs in batch pool workers too, where
    `atexit` does not.
    """
    from multiprocessing.util import Finalize

    from weasyprint.text.fonts import FontConfiguration

    config = FontConfiguration()
    Finalize(config, _remove_font_folder, args=(config._folder,), exitpriority=10)
    return config


def _remove_font_folder(folder: str | None) -> None:
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def _fetcher() -> Any:
    """WeasyPrint may read local files and data: URLs only, and fails on a missing one."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


# The template's one <style> element in <head>. Letter text is escaped, so it cannot
# open or close a style element.
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def _split_style(html: str) -> tuple[str, str | None]:
    """(the HTML without its <style> element, that element's CSS), or (html, None)
    when the head does not hold exactly one plain <style> element."""
    head_end = html.find("</head>")
    if head_end < 0 or html.count("<style", 0, head_end) != 1:
        return html, None
    match = _STYLE.search(html, 0, head_end)
    if match is None:
        return html, None
    return html[: match.start()] + html[match.end() :], match.group(1)


@functools.lru_cache(maxsize=32)
def _stylesheet(css: str) -> Any:
    """The letter's stylesheet parsed once per distinct text (one per layout and house
    style) instead of once per page laid out. A pure function of `css`: the @font-face
    files it names are registered in the one per-process font configuration."""
    from weasyprint import CSS

    return CSS(
        string=css, base_url=str(TEMPLATES), url_fetcher=_fetcher(), font_config=_font_config()
    )


def _layout_pdf(html: str) -> Any:
    """Lay out the HTML (no PDF bytes yet); only local files may be read.

    The <style> element goes to WeasyPrint as a parsed stylesheet (`_stylesheet`); the
    PDF is byte for byte the one the inline <style> gives (tests/test_batch_speed.py).
    """
    from weasyprint import HTML

    body, css = _split_style(html)
    try:
        sheets = [_stylesheet(css)] if css is not None else None
        return HTML(string=body, base_url=str(TEMPLATES), url_fetcher=_fetcher()).render(
            font_config=_font_config(), stylesheets=sheets
        )
    except BaseException as exc:  # FatalURLFetchingError subclasses BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise RenderError(f"De brief kon niet als PDF worden gemaakt: {exc}") from exc


# The footer (references, legal basis, annexes) runs in the page's bottom margin box:
# `position: running(footer)` takes it out of the body's flow, so the body's height and
# the number of pages are the same without it. A layout that is only measured (no PDF
# is written from it) leaves it and its margin box out: 10 of a layout's ~70 ms.
_RUNNING_FOOTER = " @bottom-left { content: element(footer); }"
_FOOTER = re.compile(r"\n?<footer>.*?</footer>", re.S)


def measured_html(html: str) -> str:
    """The page's HTML without its running footer, for a layout that is only measured
    (`fit_layout` with `prove=True`); the HTML as it is when it is not laid out as the
    template writes it. Letter text is escaped: it holds no '<footer>' of its own."""
    if html.count(_RUNNING_FOOTER) != 1 or html.count("<footer>") != 1:
        return html
    stripped, found = _FOOTER.subn("", html.replace(_RUNNING_FOOTER, ""))
    return stripped if found == 1 else html


# Layout choice without trying every layout (each costs about 45 ms). Calibrated
# on the 40 fixture letters laid out on an endless page: `bench/calibrate_layout.py`
# prints these figures.
# - Estimated fill of the loosest layout, counted in its body lines (49 per page):
_LINES_PER_PAGE = 49.0
_CHARS_PER_LINE = 78
_EXTRA_LINES = {"paragraph": 0.19, "heading": 1.49, "sender": 0.46, "line": 1.25, "letter": 4.65}
# - Median fill of each layout relative to the loosest (to pick where to start):
_TYPICAL_RATIO = (1.0, 0.856, 0.736, 0.662, 0.61, 0.58)  # last two: estimated, not calibrated
# - Median fill ratio of layout i-1 to layout i (range 1.10-1.22), to judge a looser layout:
_LOOSER_RATIO = (1.0, 1.169, 1.162, 1.102, 1.08, 1.05)  # last two: estimated
# - A looser layout is tried when its expected fill is at most this: the ratio is a median
#   (the real one varies, 1.10-1.22), and at 1.0 fixture 02 was denied a looser layout that filled
#   97.8 % of the page (expected 101.2 %, real ratio 1.12); 2 % of margin tries it
_BRIM = 1.02


def headed_sections(context: dict[str, Any]) -> list[dict[str, Any]]:
    """The sections the page shows under a heading of their own (all but 'contact',
    whose paragraphs follow the contact line: `contact_more`)."""
    return [s for s in context["sections"] if s["key"] != "contact"]


def contact_more(context: dict[str, Any]) -> list[str]:
    """The lines the page shows right after the contact line: whom else the reader can
    reach (the 'contact' section, which has no heading on the page): its paragraphs, and
    a contact table's lead and rows, one line each."""
    lines: list[str] = []
    for s in context["sections"]:
        if s["key"] != "contact":
            continue
        for it in s["items"]:
            if it["kind"] == "p":
                lines.append(it["text"])
            elif it["kind"] == "list":
                lines += [x for x in (it["text"], *it["items"]) if x]
    return lines


def estimate_fill(context: dict[str, Any]) -> float:
    """Estimate how full one page is in the loosest layout (1.0 = full), from text lengths.

    Error on the fixture letters: 1.6% (root mean square), at most 3.3%.
    """
    paragraphs = [p for s in context["sections"] for p in s["paragraphs"]]
    paragraphs.append(context["contact_line"])
    paragraphs += context.get("crisis", [])
    lines = sum(-(-len(p) // _CHARS_PER_LINE) for p in paragraphs)
    subject_lines = -(-len(context["subject"] or "") * 6 // (_CHARS_PER_LINE * 5))
    other = len(context["recipient"]) + bool(context["date"]) + subject_lines
    other += 2 + len(context["signature"])  # salutation, closing
    extra = _EXTRA_LINES
    lines += (
        extra["paragraph"] * len(paragraphs)
        + extra["heading"] * len(headed_sections(context))
        + extra["sender"] * (len(context["sender"]) + 1)
        + extra["line"] * other
        + extra["letter"]
    )
    return lines / _LINES_PER_PAGE


def _first_layout(context: dict[str, Any]) -> int:
    """The loosest layout that the text estimate expects to fit with some room."""
    fill = estimate_fill(context)
    for i, ratio in enumerate(_TYPICAL_RATIO):
        if fill * ratio <= 0.97:
            return i
    return len(LAYOUTS) - 1


# Bounds on the body's height (rewriter/page_bound.py) stand in for a WeasyPrint layout
# when no PDF is written and they decide `fit_layout`'s step on their own, with room:
# the page fits when the upper bound is at most `BOUND_FITS`; `fit_layout` goes on to a
# looser layout when the upper bound times `_LOOSER_RATIO` is under `_BRIM` by
# `BOUND_ROOM`, and stops when the lower bound times it is over `_BRIM` by `BOUND_ROOM`;
# the page runs over when the lower bound is over 1 + `BOUND_ROOM`. Anything nearer runs
# WeasyPrint. `python -m bench.page_bound` prints the bounds' margins on every letter.
BOUND_FITS = 0.97
BOUND_ROOM = 0.01


def proved_step(context: dict[str, Any], i: int) -> str | None:
    """What WeasyPrint's layout of `LAYOUTS[i]` would make `fit_layout` do, when the page
    bounds prove it: 'over' (more than one page), 'stop' (fits; keep this layout) or
    'looser' (fits; try the next looser one). None when they do not."""
    from rewriter.page_bound import fill_bounds

    bounds = fill_bounds(context, LAYOUTS[i])
    if bounds is None:
        return None
    low, high = bounds
    if low > 1.0 + BOUND_ROOM:
        return "over"
    if high > BOUND_FITS:
        return None
    if i == 0 or high * _LOOSER_RATIO[i] <= _BRIM - BOUND_ROOM:
        return "looser"
    if low * _LOOSER_RATIO[i] > _BRIM + BOUND_ROOM:
        return "stop"
    return None


def _page_fill(document: Any) -> float | None:
    """How full the (single) page of a laid-out document is: body height / page height.

    Reads WeasyPrint's page box (html -> body); None when the boxes look
    different (a WeasyPrint change), and then no layout is ruled out.
    """
    try:
        box = document.pages[0]._page_box
        html = next(c for c in box.children if getattr(c, "element_tag", None) == "html")
        return html.children[0].height / box.height
    except (AttributeError, IndexError, StopIteration, TypeError, ZeroDivisionError):
        return None


def fit_one_page(context: dict[str, Any], decision: bool) -> tuple[str, bytes, Layout]:
    """Render to PDF with the loosest layout that fits one page with a little air
    (`fit_layout`, then the PDF's bytes)."""
    html, document, layout = fit_layout(context, decision)
    return html, write_pdf(document), layout


def write_pdf(document: Any) -> bytes:
    """The PDF's bytes of a laid-out WeasyPrint document (`document.write_pdf()`), with
    the glyph-array types of WeasyPrint's font subsetting made without cffi's C parser
    (`_quick_glyph_arrays`)."""
    _quick_glyph_arrays()
    return document.write_pdf()


_GLYPH_ARRAY = re.compile(r"hb_codepoint_t\[(\d+)\]")


class _GlyphArrayTypes(dict):
    """cffi's per-FFI cache of parsed C type names (`FFI._parsed_types`) that makes a
    missing 'hb_codepoint_t[N]' from the parsed 'hb_codepoint_t' instead of parsing it.

    WeasyPrint subsets each font of a PDF with `ffi.new(f'hb_codepoint_t[{n}]', ...)`,
    n the number of glyphs used (and the highest glyph id + 1): a new n means a new type
    name, and cffi parses every new name as a C declaration together with all the type
    names WeasyPrint declared, ~7 ms each (seen in cProfile as pycparser, about once a
    letter). The type made here is the very object the parse gives (cffi keeps one
    object per C type; tests/test_batch_speed.py checks it): the PDF is the same.
    """

    def __init__(self, ffi: Any, item: Any, known: dict) -> None:
        super().__init__(known)
        self._ffi = ffi
        self._item = item

    def __missing__(self, key: object) -> Any:
        from cffi import model

        match = _GLYPH_ARRAY.fullmatch(key) if isinstance(key, str) else None
        if match is None:
            raise KeyError(key)
        with self._ffi._lock:  # cffi's own lock, held as `FFI._typeof_locked` holds it
            btype = self._ffi._get_cached_btype(model.ArrayType(self._item, int(match[1])))
        self[key] = result = (btype, False)
        return result


@functools.cache
def _quick_glyph_arrays() -> bool:
    """Install `_GlyphArrayTypes` in WeasyPrint's FFI, once per process. Returns False
    (and leaves cffi as it is) when cffi or WeasyPrint are not built as expected."""
    try:
        from cffi import model
        from weasyprint.text.ffi import ffi

        known = ffi._parsed_types
        item = ffi._parser.parse_type("hb_codepoint_t")
        if not isinstance(known, dict) or not isinstance(item, model.BaseType):
            return False
        ffi._parsed_types = _GlyphArrayTypes(ffi, item, known)
        return True
    except Exception:  # a cffi without these internals: it parses every name, as before
        return False


def fit_layout(
    context: dict[str, Any], decision: bool, prove: bool = False
) -> tuple[str | None, Any, Layout]:
    """Lay out the loosest layout that fits one page with a little air: (its HTML, the
    laid-out WeasyPrint document, the layout). Every format needs the layout (it proves
    the one page); only a PDF needs the document written (`write_pdf`, ~17 ms a letter),
    so a caller that delivers no PDF does not write one.

    Starts at the layout the text estimate points to. If it overflows, tighter
    layouts follow. If it fits, the next looser layout is tried only when its
    expected fill (measured fill times `_LOOSER_RATIO`) is at most 102% (`_BRIM`): a
    looser layout that would fill the page to the brim is not worth a second
    layout (45 ms). On the 40 fixture letters: 1.08 layouts per letter instead
    of 2.1; 37 get the loosest layout that fits, 3 get the next tighter one
    because the loosest would fill their page to 98.6-99.6% (measured when the margin
    was 100%; fixture 02, whose loosest layout fills 97.8%, needed the 2% of `_BRIM`).

    `prove=True` (the caller writes no PDF): a step the page bounds decide
    (`proved_step`) takes no WeasyPrint layout; the layout chosen is the same, and the
    HTML and document are None when the chosen layout was proved. The other steps lay
    out the page without its running footer (`measured_html`: the same body height and
    pages), so the document is one to measure, not to write.
    """
    fitted: tuple[str | None, Any, Layout] | None = None
    tried: set[int] = set()
    i = _first_layout(context)
    while 0 <= i < len(LAYOUTS) and i not in tried:
        tried.add(i)
        layout = LAYOUTS[i]
        step = proved_step(context, i) if prove else None
        html: str | None = None
        document = None
        if step is None:
            html = render_html(context, layout, decision)
            document = _layout_pdf(measured_html(html) if prove else html)
            if len(document.pages) != 1:
                step = "over"
            else:
                fill = _page_fill(document)
                looser = not (i and fill is not None and fill * _LOOSER_RATIO[i] > _BRIM)
                step = "looser" if looser else "stop"
        if step == "over":
            if fitted is not None:
                break
            i += 1
            continue
        fitted = (html, document, layout)
        if step == "stop":
            break
        i -= 1
    if fitted is not None:
        return fitted
    long_parts = sorted(
        ((sum(len(p.split()) for p in s["paragraphs"]), s["heading"]) for s in context["sections"]),
        reverse=True,
    )
    named = ", ".join(f"'{h}' ({n} woorden)" for n, h in long_parts[:3])
    raise RenderError(
        f"De brief past niet op één pagina, ook niet met de kleinste leesbare letter "
        f"({FONT_FLOOR} punt). Maak deze delen korter: {named}."
    )


def render_docx(context: dict[str, Any], layout: Layout) -> bytes:
    """Build the .docx with the same structure and real Word styles."""
    from docx.shared import Mm, Pt, RGBColor

    colour = RGBColor.from_string(context["style"].primary_colour.lstrip("#").upper())
    doc, style_ids, serialised = _docx_template().styled_copy(layout.font_size, colour)
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    top, right, bottom, left = (float(x.rstrip("m")) for x in layout.margin.split())
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)

    def styled(text: str, name: str) -> None:
        # Setting the style id directly: python-docx's `style=` looks up the
        # default style with an XPath query per paragraph (7 ms per letter).
        doc.add_paragraph(text)._p.style = style_ids[name]

    header = doc.add_paragraph()
    header.add_run(context["style"].name).bold = True
    for line in context["sender"]:
        header.add_run("\n" + line)
    if context["recipient"]:
        doc.add_paragraph("\n".join(context["recipient"]))
    if context["date"]:
        doc.add_paragraph(context["date"])
    if context["subject"]:
        styled(context["subject"], "Title")
    doc.add_paragraph(context["salutation"])
    for sec in headed_sections(context):
        styled(sec["heading"], "Heading 2")
        for item in sec["items"]:
            _docx_item(doc, item, styled)
    contact = doc.add_paragraph(keep_together(context["contact_line"]))
    contact.paragraph_format.space_before = Pt(6)
    for line in contact_more(context):
        doc.add_paragraph(keep_together(line))
    if context["crisis"]:
        doc.add_paragraph(context["crisis_heading"]).runs[0].bold = True
        for line in context["crisis"]:
            doc.add_paragraph(keep_together(line))
    doc.add_paragraph(context["closing"])
    for line in context["signature"]:
        doc.add_paragraph(line)
    if context.get("reply_slip"):
        cut = doc.add_paragraph("✂ " + "- " * 30)
        cut.paragraph_format.space_before = Pt(12)
        for line in context["reply_slip"]:
            doc.add_paragraph(keep_together(line))
    footer = section.footer.paragraphs[0]
    bits = [" · ".join(f"{k}: {v}" for k, v in context["references"])]
    if context["legal_basis"]:
        bits.append("Wettelijke grondslag: " + ", ".join(context["legal_basis"]))
    bits += context["annexes"]
    footer.text = "\n".join(b for b in bits if b)
    for run in footer.runs:
        run.font.size = Pt(layout.font_size * 0.75)
    fixed = datetime(2000, 1, 1, tzinfo=UTC)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Keukentafeltaal"
    return _docx_bytes(doc, serialised)


def _set_styles(doc: Any, font_size: float, colour: Any) -> dict[str, str]:
    """Set the letter's fonts and colour in a python-docx Document's styles; return the
    style ids of the styles `render_docx` uses."""
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(font_size)
    normal.paragraph_format.space_after = Pt(3)
    style_ids = {}
    style_ids["List Bullet"] = doc.styles["List Bullet"].style_id
    for name, size in (("Title", font_size * 1.25), ("Heading 2", font_size * 1.05)):
        style = doc.styles[name]
        style.font.name = "DejaVu Sans"
        style.font.size = Pt(size)
        style.font.color.rgb = colour
        style_ids[name] = style.style_id
    return style_ids


# The template's parts that `render_docx` only reads once the styles are set (styles,
# styles with effects, theme, thumbnail: 800 kB of the template's 830 kB). A letter's copy
# shares them with the styled template instead of copying them.
_SHARED_PARTS = frozenset(
    {"/word/styles.xml", "/word/stylesWithEffects.xml", "/word/theme/theme1.xml",
     "/docProps/thumbnail.jpeg"}
)  # fmt: skip


class _DocxTemplate:
    """python-docx's default template, read once per process, with the letter's styles set
    once per font size and colour; each letter gets a deep copy of that styled template,
    sharing the parts it does not change (`_SHARED_PARTS`): render_docx about 5 ms less per
    letter than with a full copy (`python -m bench.batch_stages`), the same bytes as a fresh
    template styled per letter (`_PlainDocxTemplate`; tests/test_batch_speed.py and
    tests/test_batch_paths.py compare them).

    The originals are never used themselves: python-docx caches sub-elements on first use
    (its lazy properties), and a deep copy would detach those from the copied tree.
    """

    def __init__(self) -> None:
        from docx import Document

        self._document = Document()
        self._styled: dict[tuple[float, str], tuple[Any, dict[str, str], tuple[Any, ...]]] = {}

    def copy(self) -> Any:
        """A new, independent python-docx Document (the template as python-docx has it)."""
        return copy.deepcopy(self._document)

    def styled_copy(
        self, font_size: float, colour: Any
    ) -> tuple[Any, dict[str, str], dict[int, _Serialised]]:
        """(a new Document with the letter's styles, the style ids render_docx uses, the
        shared parts serialised once by id: `_docx_bytes` writes those as they are instead
        of serialising the 350 kB styles part and deflating 800 kB for every letter)."""
        key = (font_size, str(colour))
        if key not in self._styled:
            if len(self._styled) >= 64:  # layouts x house colours: a handful in practice
                self._styled.clear()
            base = self.copy()
            style_ids = _set_styles(base, font_size, colour)
            shared = tuple(p for p in base.part.package.parts if str(p.partname) in _SHARED_PARTS)
            serialised = {id(p): _Serialised(p) for p in shared}
            self._styled[key] = (base, style_ids, shared, serialised)
        base, style_ids, shared, serialised = self._styled[key]
        doc = copy.deepcopy(base, {id(p): p for p in shared})
        return doc, dict(style_ids), serialised


class _PlainDocxTemplate:
    """The plain way `_DocxTemplate` replaces: python-docx reads its template for every
    letter and the styles are set on it (for the comparison test and the benchmark)."""

    def styled_copy(
        self, font_size: float, colour: Any
    ) -> tuple[Any, dict[str, str], dict[int, _Serialised]]:
        from docx import Document

        doc = Document()
        return doc, _set_styles(doc, font_size, colour), {}


@functools.cache
def _docx_template() -> _DocxTemplate:
    return _DocxTemplate()


def _docx_item(doc: Any, item: dict[str, Any], styled: Any) -> None:
    """One section item: a paragraph, a sub-heading, a real list or a real table."""
    from docx.shared import Pt

    if item["kind"] == "p":
        doc.add_paragraph(keep_together(item["text"]))
    elif item["kind"] == "subheading":
        doc.add_paragraph().add_run(item["text"]).bold = True
    elif item["kind"] == "list":
        if item["text"]:
            doc.add_paragraph(item["text"])
        for entry in item["items"]:
            entry = keep_together(entry)
            if item.get("numbered"):
                doc.add_paragraph(entry).paragraph_format.left_indent = Pt(14)
            else:
                styled(entry, "List Bullet")
    else:
        if item["text"]:
            doc.add_paragraph(item["text"])
        table = doc.add_table(rows=0, cols=max(len(r) for r in item["rows"]))
        for row in item["rows"]:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = keep_together(value)


class _Serialised:
    """A shared template part as `_docx_bytes` writes it: its name, its relationships, its
    bytes serialised once (`blob`), and their deflate stream, made on first use with the
    zip member's own compressor settings (`_FixedTimeZip`). The part never changes after
    the template is styled: every letter's copy shares it (`_SHARED_PARTS`)."""

    __slots__ = ("blob", "deflated", "partname", "rels")

    def __init__(self, part: Any) -> None:
        self.partname = part.partname
        self.rels = part.rels  # what python-docx's PackageWriter._write_parts reads
        self.blob: bytes = part.blob
        self.deflated: dict[tuple[int, int | None], bytes] = {}


class _Replay:
    """A zip member's compressor whose output is known already: the whole deflate stream
    of the one blob written, made before with the same compressor settings."""

    def __init__(self, stream: bytes) -> None:
        self._stream = stream

    def compress(self, _data: bytes) -> bytes:
        stream, self._stream = self._stream, b""
        return stream

    def flush(self) -> bytes:
        return b""


class _FixedTimeZip:
    """The `write(pack_uri, blob)` / `close()` interface python-docx's PackageWriter uses,
    writing every member with a fixed timestamp (deflate at zlib's default level: a
    `ZipInfo` given to `writestr` carries no level, so the ZipFile's level 1 does not apply).

    A shared template part (`_Serialised`) is deflated once per process and its stream is
    replayed into the member: zipfile itself still writes the member's header, checksum
    and sizes around it, so the bytes are those of compressing it again (tests/
    test_batch_paths.py compares them). Without zipfile's hooks it is compressed again.
    """

    def __init__(self, out: io.BytesIO, shared: dict[int, _Serialised] | None = None) -> None:
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._shared = shared or {}  # by id of the bytes written

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        shared = self._shared.get(id(blob))
        make = getattr(zipfile, "_get_compressor", None)
        if shared is None or shared.blob is not blob or make is None:
            self._zip.writestr(info, blob)
            return
        key = (info.compress_type, getattr(info, "_compresslevel", None))
        if key not in shared.deflated:
            compressor = make(*key)
            shared.deflated[key] = compressor.compress(blob) + compressor.flush()
        info.file_size = len(blob)  # as ZipFile.writestr does before it opens the member
        with self._zip.open(info, mode="w") as dest:
            if hasattr(dest, "_compressor"):
                dest._compressor = _Replay(shared.deflated[key])
            dest.write(blob)

    def close(self) -> None:
        self._zip.close()


def _docx_bytes(doc: Any, serialised: dict[int, _Serialised] | None = None) -> bytes:
    """Serialise a python-docx Document deterministically, compressing once.

    Uses PackageWriter's step functions (python-docx internals, 1.x) with a
    fixed-timestamp zip; if they change, falls back to save + `_deterministic_zip`.
    `serialised`: the shared template parts by id, written from their bytes made once.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = doc.part.package
    steps = (
        getattr(PackageWriter, "_write_content_types_stream", None),
        getattr(PackageWriter, "_write_pkg_rels", None),
        getattr(PackageWriter, "_write_parts", None),
    )
    if not all(steps):  # pragma: no cover - only with another python-docx
        out = io.BytesIO()
        doc.save(out)
        return _deterministic_zip(out.getvalue())
    parts = package.parts
    serialised = serialised or {}
    written = [serialised.get(id(p), p) for p in parts]
    out = io.BytesIO()
    shared = {id(s.blob): s for s in written if isinstance(s, _Serialised)}
    writer = _FixedTimeZip(out, shared)
    steps[0](writer, parts)
    steps[1](writer, package.rels)
    steps[2](writer, written)
    writer.close()
    return out.getvalue()


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a .docx (zip) with fixed timestamps, so equal input gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    # Level 1: a letter's parts are small; level 6 costs twice the time for 3% fewer bytes.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render(
    structure: LetterStructure,
    fmt: str,
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> Rendered:
    """Render a letter structure to pdf, docx or html, guaranteed one page."""
    return render_formats(structure, (fmt,), style, choice)[fmt]


def render_formats(
    structure: LetterStructure,
    formats: tuple[str, ...] | list[str],
    style: HouseStyle | None = None,
    choice: ContactChoice | None = None,
) -> dict[str, Rendered]:
    """Render several formats from one verified one-page layout."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise RenderError(f"Onbekend formaat '{fmt}'. Kies uit: {', '.join(FORMATS)}.")
    context = build_context(structure, style or HouseStyle(), choice or ContactChoice())
    # with no PDF to write, the page bounds may prove the one page without WeasyPrint
    html, document, layout = fit_layout(context, structure.decision, prove="pdf" not in formats)
    if html is None and "html" in formats:
        html = render_html(context, layout, structure.decision)
    text = plain_text(context)
    out = {}
    pdf: bytes | None = None  # written only when a PDF is asked for
    for fmt in formats:
        if fmt == "pdf":
            pdf = data = write_pdf(document) if pdf is None else pdf
        elif fmt == "html":
            data = html.encode("utf-8")
        else:
            data = render_docx(context, layout)
        out[fmt] = Rendered(
            data=data,
            pages=1,
            contact_line=context["contact_line"],
            removed_contacts=tuple(context["removed_contacts"]),
            sections=tuple(s["heading"] for s in headed_sections(context)),
            text=text,
            layout=layout,
            context=context,
        )
    return out


def plain_text(context: dict[str, Any]) -> str:
    """The letter as plain text, in the same order as the templates."""
    lines = [context["style"].name, *context["sender"], "", *context["recipient"], ""]
    if context["date"]:
        lines += [context["date"], ""]
    if context["subject"]:
        lines += [context["subject"], ""]
    lines += [context["salutation"], ""]
    for sec in headed_sections(context):
        lines += [sec["heading"], *sec["paragraphs"], ""]
    lines += [context["contact_line"], *contact_more(context)]
    if context["crisis"]:
        lines += [context["crisis_heading"], *context["crisis"]]
    lines += ["", context["closing"], *context["signature"], ""]
    if context.get("reply_slip"):
        lines += ["✂ " + "- " * 30, *context["reply_slip"], ""]
    lines += [" · ".join(f"{k}: {v}" for k, v in context["references"])]
    if context["legal_basis"]:
        lines.append("Wettelijke grondslag: " + ", ".join(context["legal_basis"]))
    lines += context["annexes"]
    return "\n".join(lines).strip() + "\n"
