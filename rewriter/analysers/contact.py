"""Contact channels: more than one way to reach the sender.

Reads: protected spans (phone numbers, e-mail addresses, URLs) and mentions
of a loket or opening hours. Emits `contact.multiple` (suggestion) on every
channel when the letter offers more than one phone number, more than one
e-mail address, or three or more channels in all. National crisis lines
(112, 113, Veilig Thuis 0800-2000) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rewriter.model import Finding, Severity

if TYPE_CHECKING:
    from rewriter.engine import Engine
    from rewriter.letter import Letter

CRISIS_NUMBERS = {"112", "113", "08002000", "08000113", "0800-2000"}
_LOKET = re.compile(
    r"\b(?:[A-Z][\w-]*[- ])?(?:loket|balie|servicepunt|informatiepunt|klantcontactcentrum|"
    r"KCC|spreekuur|inloopspreekuur)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Channel:
    """One way to contact the sender, with its span."""

    kind: str  # phone | email | url | loket
    start: int
    end: int
    text: str
    key: str  # normalised, to count distinct channels


def digits(text: str) -> str:
    """Return only the digits of a phone number (+31 becomes 0)."""
    d = re.sub(r"\D", "", text)
    if d.startswith("31") and len(d) == 11:
        d = "0" + d[2:]
    if d.startswith("0031"):
        d = "0" + d[4:]
    return d


def find_channels(letter: Letter) -> list[Channel]:
    """Return every contact channel in the letter, in order of appearance."""
    out: list[Channel] = []
    for p in letter.protected:
        if p.kind == "phone":
            out.append(Channel("phone", p.start, p.end, p.text, digits(p.text)))
        elif p.kind == "email":
            out.append(Channel("email", p.start, p.end, p.text, p.text.lower()))
        elif p.kind == "url":
            out.append(Channel("url", p.start, p.end, p.text, p.text.lower().rstrip("/")))
    for m in _LOKET.finditer(letter.text):
        if not letter.is_protected(m.start(), m.end()):
            out.append(Channel("loket", m.start(), m.end(), m.group(), m.group().lower()))
    out.sort(key=lambda c: c.start)
    return out


def is_crisis_line(channel: Channel) -> bool:
    """Return True for national crisis lines that may stay next to the contact line."""
    return channel.kind == "phone" and channel.key in CRISIS_NUMBERS


def nl_count(n: int, one: str, many: str) -> str:
    """'geen e-mailadres', '1 loket', '3 telefoonnummers'."""
    if n == 0:
        return f"geen {one}"
    return f"{n} {one if n == 1 else many}"


def find_contact(letter: Letter, engine: Engine) -> Iterator[Finding]:
    """Yield one finding per channel when the letter offers more than one channel."""
    channels = [c for c in find_channels(letter) if not is_crisis_line(c)]
    phones = {c.key for c in channels if c.kind == "phone"}
    emails = {c.key for c in channels if c.kind == "email"}
    lokets = {c.key for c in channels if c.kind == "loket"}
    total = len(phones) + len(emails) + len(lokets)
    if len(phones) <= 1 and len(emails) <= 1 and total <= 2:
        return
    summary = ", ".join(
        [nl_count(len(phones), "telefoonnummer", "telefoonnummers"),
         nl_count(len(emails), "e-mailadres", "e-mailadressen")]
        + ([nl_count(len(lokets), "loket", "loketten")] if lokets else [])
    )  # fmt: skip
    for c in channels:
        if c.kind == "url":
            continue
        yield Finding(
            "contact.multiple", "contact", Severity.SUGGESTION, c.start, c.end, c.text,
            f"Deze brief geeft {summary}. Geef één vaste contactpersoon met één "
            "telefoonnummer: 'Heeft u vragen? Bel mij.'",
        )  # fmt: skip
