"""The contact model: every channel of a letter with its owner and purpose.

A letter names many ways to reach many people: the writer's own 06 number,
the municipality's KCC, the CAK, a care provider, Veilig Thuis. The one-page
letter shows one contact line, and it must be the *right* one: a person or
team of the sending organisation with a number the letter gives for that
person or team. Another organisation's number is never put under the
writer's name.

- `owner`: who the letter says the channel belongs to, read from the same
  sentence (the nearest name, organisation, team or pronoun before the
  channel; 'mij' is the signer, 'ons' the sender, 'haar/hem' the person named
  just before).
- `owner_kind`: `person` or `team` of the sender, or `other` (another
  organisation or a person of one).
- `crisis`: a crisis or emergency line (112, 113, Veilig Thuis, Crisisdienst,
  Huisartsenpost, Kindertelefoon, or a number the letter gives 'bij spoed').
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from rewriter.analysers.contact import CRISIS_NUMBERS, Channel
from rewriter.facts import _ORG, PERSON
from rewriter.lang import nl

CRISIS_WORDS = re.compile(
    r"\b(crisis\w*|spoed\w*|huisartsenpost|huisartsendienst|veilig thuis|kindertelefoon|"
    r"(?<![\d-])11[23](?![\d-]|\s\d)|noodgeval\w*|acute|levensgevaar\w*|zelfmoord\w*|suïcid\w*|dag en nacht|"
    r"24 uur per dag|buiten kantoortijd|buiten kantooruren|'s nachts|in het weekend)\b",
    re.IGNORECASE,
)
_KNOWN_CRISIS = {
    "112": "Alarmnummer 112",
    "113": "113 Zelfmoordpreventie",
    "08000113": "113 Zelfmoordpreventie",
    "08002000": "Veilig Thuis",
    "08000432": "De Kindertelefoon",
}
_TEAM = re.compile(
    r"\b(?:(?:het|ons|onze|de)\s+)?"
    # 'Team Belastingen', 'Wmo-team'; not the verb before it ('Bel Team Belastingen')
    r"(?:(?!(?:Bel|Belt|Mail|Neem|Stuur|Vraag|Bezoek|App|Schrijf|Contacteer)\b)[A-Z][\w-]*[- ]|\w+-)?"
    r"(?:[A-Za-z]*[Tt]eam|[Aa]fdeling|[Kk]lant\s*[Cc]ontact\s*[Cc]entrum|"
    r"KCC|[Ll]oket|[Bb]alie|[Ss]ervicepunt|[Ii]nformatiepunt|[Ss]ecretariaat|[Cc]lientservice|"
    # 'Team Werk en Inkomen', 'Team Jeugd & Gezin', 'Team Werk, Inkomen en Zorg': the
    # whole name (a comma only in a list of names that ends in 'en ...')
    r"[Kk]lantenservice|[Ss]erviceteam)\b"
    r"(?:(?:,\s+[A-Z][\w-]*)+\s+(?:en|&)\s+[A-Z][\w-]*|\s+(?:(?:en|&)\s+)?[A-Z][\w-]*)*"
)
_PROPER_NAME = re.compile(
    # 'Bergen op Zoom', 'Alphen aan den Rijn', 'Wijk bij Duurstede' are one name
    r"\b(?:Het |De )?[A-Z][\w'’&-]+"
    r"(?:\s+(?:(?:van|de|der|den|voor|en|&|op|aan|bij|ter|ten)\s+)*[A-Z][\w'’&-]+)*"
)
_IMPERATIVES = frozenset(w.lower() for w in nl.words("imperatives"))
_NOT_AN_OWNER = re.compile(
    r"(?i)(?:het |de )?(?:wmo|wlz|jeugdwet|participatiewet|awb|digid|u|uw|wij|ik|bsn|iban|"
    + nl.alternation("weekdays")[3:-1]
    + "|"
    + nl.alternation("months")[3:-1]
    + r"|nederland|nederlands|[a-z]+wet(?: \d{4})?|wet \w+(?: \w+)*)"
)
_SENDER_WORDS = re.compile(r"\b(?:ons|onze|wij|we|de gemeente)\b", re.IGNORECASE)
_ME = re.compile(r"\b(?:mij|ik|mijn|me|ondergetekende)\b", re.IGNORECASE)  # the signer
_THEM = re.compile(r"\b(?:haar|hem|zij|hij|zijn|hen|ze)\b", re.IGNORECASE)
_GENERIC_SENDER_TEAMS = re.compile(
    r"klant\s*contact\s*centrum|\bkcc\b|\bloket\b|servicepunt|informatiepunt|"
    r"klantenservice van de gemeente",
    re.IGNORECASE,
)
_OBJECTION_COMMITTEE = re.compile(
    r"(?i)commissie\s+(?:voor\s+de\s+)?bezwa\w*|bezwa(?:ar|ren)commissie|"
    r"bezwaarschriftencommissie|adviescommissie\s+bezwa\w*"
)


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    """One channel of the letter with its owner, as the letter states it."""

    kind: str  # phone | email | url | loket
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    owner: str
    owner_kind: str  # person | team | other | unknown
    crisis: bool
    crisis_label: str = ""
    region: str = "body"  # header | body | signature


@dataclass(frozen=True, slots=True)
class Sender:
    """What the letter says about who sends it."""

    names: tuple[str, ...]  # organisation and team names from the letterhead and signature
    signer: str  # the signing person, '' when none


def sender_of(header_lines: list[str], signature: list[str]) -> Sender:
    """The sending organisation's names and the signer, from letterhead and signature."""
    names = []
    for line in [*header_lines, *signature]:
        for m in _ORG.finditer(line):
            names.append(m.group().strip())
        for m in _TEAM.finditer(line):
            names.append(m.group().strip())
        if re.match(r"^\s*namens\b", line, re.IGNORECASE) and not _ON_BEHALF_OF_IT.match(line):
            names.append(re.sub(r"^\s*namens\s+", "", line, flags=re.IGNORECASE).strip(" ,"))
    signer = ""
    for line in signature:
        if re.match(r"^\s*(?:namens|het college|burgemeester|de burgemeester)\b", line, re.I):
            continue
        m = PERSON.search(line)
        if m:
            signer = m.group().strip()
            break
        if not signer and _looks_like_name(line):
            signer = line.strip()
            break
    return Sender(tuple(dict.fromkeys(n for n in names if n)), signer)


_ON_BEHALF_OF_IT = re.compile(r"(?i)\s*namens\s+(?:deze|dezen|hen|het college)\W*$")


def _looks_like_name(line: str) -> bool:
    """'Sanne de Ridder', 'A. Hoekstra': capitalised words, name particles in between; a
    first name in brackets counts as a word of the name ('M. (Marleen) van Duijn')."""
    words = re.sub(r"\((\w[\w'’-]*)\)", r"\1", line).strip().split()
    particles = set(nl.words("name_particles"))
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in particles for w in words[1:-1])
        and not _ORG.match(line)
        and not _TEAM.match(line)
    )


_NON_WORD = re.compile(r"\W")


def _key(text: str) -> str:
    return _NON_WORD.sub("", text).lower()


def _is_signer(name: str, signer: str) -> bool:
    """The signer's full name, or one word of it alone: a first name ('Kees' for Kees
    Goossens) or the surname, when the letter names nobody else by it."""
    if _key(name) == _key(signer):
        return True
    words = re.findall(r"[^\W\d_]{3,}", signer)
    one_word = " " not in name.strip() and len(words) >= 2
    return one_word and _key(name) in (_key(words[0]), _key(words[-1]))


_NEIGHBOURHOOD = re.compile(
    r"(?i)wijkteam|gebiedsteam|buurtteam|jeugdteam|sociaal team|sociaal wijkteam|\bcjg\b|"
    r"centrum voor jeugd"
)


def is_sender(name: str, sender: Sender) -> bool:
    """A team or organisation of the sender: named in letterhead or signature, or the KCC.

    A neighbourhood team (wijkteam, gebiedsteam, jeugdteam, CJG) is often an
    organisation of its own: it is the sender's only when the letterhead or the
    signature names it."""
    key = _key(re.sub(r"^(?:het|de|ons|onze)\s+", "", name, flags=re.IGNORECASE))
    if not key:
        return False
    named = any(key in _key(s) or _key(s) in key for s in sender.names if len(_key(s)) >= 3)
    if named:
        return True
    if _NEIGHBOURHOOD.search(name):
        return any(_NEIGHBOURHOOD.search(s) for s in sender.names)
    if _known_outside(name):
        return False  # 'het Juridisch Loket' is a loket, but not the municipality's
    if _OBJECTION_COMMITTEE.search(name):
        return True  # the committee that advises the municipality on objections
    return bool(_GENERIC_SENDER_TEAMS.search(name)) and not _ORG.search(name)


def _known_outside(name: str) -> bool:
    """A national organisation named like a team or desk, never a sender's team
    (rewriter/lang/nl/outside_organisations.txt)."""
    key = _key(re.sub(r"^(?:het|de)\s+", "", name, flags=re.IGNORECASE))
    return any(key == _key(n) for n in nl.words("outside_organisations"))


def classify_channels(
    text: str,
    channels: list[Channel],
    sentences: list[tuple[int, int]],
    sender: Sender,
) -> list[ChannelInfo]:
    """Give every channel its owner, owner kind and crisis label."""
    out = []
    for c in channels:
        s_start, s_end = next(((a, b) for a, b in sentences if a <= c.start < b), (c.start, c.end))
        sentence = text[s_start:s_end]
        rel = c.start - s_start
        owner, kind = _owner(text, sentence, rel, s_start, sentences, sender)
        if c.kind == "email" and kind == "person":
            owner = _mailbox_owner(c.text, sentence, owner)
        elif c.kind == "email" and kind == "unknown" and _signers_mailbox(c.text, sender):
            # 'Of mail naar s.wolters@...' under a letter signed by Sandra Wolters
            owner, kind = sender.signer, "person"
        elif (
            c.kind == "email"
            and kind == "unknown"
            and (mine := _mailbox_owner(c.text, sentence, ""))
        ):
            # '… met de heer R. Dijkstra, … of per e-mail r.dijkstra@…': his mailbox
            owner, kind = mine, _person_kind(text, mine, sender)
        crisis, label = _crisis(c, sentence, rel)
        out.append(
            ChannelInfo(c.kind, c.text, c.start, c.end, s_start, s_end, owner, kind, crisis, label)
        )
    return out


def _signers_mailbox(address: str, sender: Sender) -> bool:
    """A mailbox whose name carries the signer's surname (of four letters or more)."""
    if not sender.signer or not sender.signer.split():
        return False
    local = re.sub(r"[^a-z]", "", address.lower().split("@", 1)[0])
    surname = re.sub(r"[^a-z]", "", sender.signer.split()[-1].lower())
    return len(surname) >= 4 and surname in local


def _mailbox_owner(address: str, sentence: str, owner: str) -> str:
    """'Mevrouw Dijkhuis is niet meer bereikbaar via haar oude e-mailadres
    r.dijkhuis@…': a personal mailbox belongs to the person of the sentence whose surname it
    carries, not to someone named earlier that 'haar' was read as."""
    local = re.sub(r"[^a-z]", "", address.lower().split("@", 1)[0])

    def surname(name: str) -> str:
        return re.sub(r"[^a-z]", "", name.split()[-1].lower()) if name.split() else ""

    if owner and surname(owner) in local:
        return owner
    for m in PERSON.finditer(sentence):
        name = m.group().strip()
        if len(surname(name)) >= 4 and surname(name) in local:
            return name
    return owner


def _mentions(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, kind) of people, organisations, teams and pronouns in a sentence."""
    found: list[tuple[int, int, str, str]] = []
    for m in PERSON.finditer(sentence):
        found.append((m.start(), m.end(), m.group().strip(), "person"))
    for m in _ORG.finditer(sentence):
        found.append((m.start(), m.end(), m.group().strip(), "org"))
    for m in _TEAM.finditer(sentence):
        if not any(a <= m.start() < b for a, b, _, _ in found):
            found.append((m.start(), m.end(), m.group().strip(), "team"))
    for m in _PROPER_NAME.finditer(sentence):
        # 'Het Groene Erf', 'Welzijn Zeist', 'Zilveren Kruis': a name the letter does not
        # explain is an organisation of its own (the sender's own names are found above)
        start, name = m.start(), m.group()
        if start == 0 or re.search(r"[.!?:;]\s*$", sentence[:start]):
            # 'Bel De Brug dan ...': the imperative is no part of the name
            verb, _, rest = name.partition(" ")
            if not rest or verb.lower() not in _IMPERATIVES or not rest[:1].isupper():
                continue
            start, name = m.end() - len(rest), rest
        if _NOT_AN_OWNER.fullmatch(name) or is_contact_role(name):
            continue  # 'uw Wmo-consulent, de heer R. Terpstra': a job title, not an organisation
        if not any(a < m.end() and start < b for a, b, _, _ in found):
            found.append((start, m.end(), name.strip(), "org"))
    for m in _OUTSIDE_PLACE.finditer(sentence):
        # 'Bel dan niet ons, maar de storingslijn van de leverancier: 030-...': a kind of
        # organisation that is never the sender (lang/nl/outside_places.txt)
        if not any(a < m.end() and m.start(1) < b for a, b, _, _ in found):
            found.append((m.start(1), m.end(), m.group(1), "org"))
    for rx, kind in ((_ME, "me"), (_THEM, "them"), (_SENDER_WORDS, "us")):
        for m in rx.finditer(sentence):
            if not any(a <= m.start() < b for a, b, _, _ in found):
                found.append((m.start(), m.end(), m.group(), kind))
    found.sort()
    return found


def _owner(
    text: str,
    sentence: str,
    rel: int,
    s_start: int,
    sentences: list[tuple[int, int]],
    sender: Sender,
) -> tuple[str, str]:
    found = _mentions(sentence)  # four regex passes and more: once per channel, not three times
    mentions = [m for m in found if m[1] <= rel]
    after = [m for m in found if m[0] > rel and m[3] in ("org", "team", "person")]
    # a person or organisation named right after the channel in brackets: 0800-1925 (CAK)
    tail = sentence[rel : rel + 60]
    bracket = re.search(r"\(([^)]{2,40})\)", tail)
    if (not mentions and after) or (
        bracket and after and after[0][0] - rel < 40 and after[0][3] == "org"
    ):
        mentions = after[:1]
    if not mentions:
        return _helper_before(text, s_start, sentences, sentence, sender)
    # People and organisations beat pronouns and generic 'ons' when both stand before
    named = [m for m in mentions if m[3] in ("person", "org", "team")]
    last = mentions[-1]
    if last[3] in ("us", "me", "them") and named and rel - named[-1][1] < 60:
        last = named[-1]
    elif (
        last[3] == "them"
        and last[2].lower() in ("zijn", "haar")
        and named
        and named[-1][3] == "person"
        and _CHANNEL_NOUN.fullmatch(sentence[last[1] : rel])
    ):
        # 'contact opnemen met de heer R. Dijkstra, bereikbaar op drie dagen
        # via zijn rechtstreekse nummer 0594-…': his, however far back
        last = named[-1]
    if last[3] == "org":
        # 'de heer S. Ramdin, medewerker Debiteurenbeheer, via ...': the person, whose
        # job title names a department
        people = [m for m in mentions if m[3] == "person" and m[1] <= last[0]]
        if people and _JOB_BEFORE_DEPARTMENT.fullmatch(sentence[people[-1][1] : last[0]]):
            last = people[-1]
    if last[3] == "org" and sender.signer and _is_signer(last[2], sender.signer):
        # 'contact opnemen met ondergetekende, Femke Ruesink, leerplichtambtenaar': a
        # name without a title reads like an organisation; the signature names her
        # ('U kunt Kees ook mailen: …' under a letter signed by Kees Goossens: him)
        return sender.signer, "person"
    if last[3] == "org" and is_sender(last[2], sender):
        # 'het Wmo-loket van de gemeente Bergen op Zoom': the sender's team is the owner
        teams = [m for m in mentions if m[3] == "team" and m[1] <= last[0]]
        if teams and re.fullmatch(
            r"\s+(?:(?:van|bij)\s+(?:de\s+|het\s+)?)?(?:gemeente\s+)?",
            sentence[teams[-1][1] : last[0]],
        ):
            last = teams[-1]
    if last[3] in ("org", "team"):
        # 'mevrouw mr. G. Wijbenga, secretaris van de Commissie bezwaarschriften, via ...':
        # the person, of that organisation
        people = [m for m in mentions if m[3] == "person" and m[1] <= last[0]]
        if people and _ROLE_OF.fullmatch(sentence[people[-1][1] : last[0]]):
            org = re.match(r"[^,.;()]*", sentence[last[0] :]).group()
            return people[-1][2], ("person" if is_sender(org, sender) else "other")
        if (
            people
            and last[3] == "team"
            and _OF_TEAM.fullmatch(sentence[people[-1][1] : last[0]])
            and _our_team(last[2], sentence[last[1] : last[1] + 60], sender)
        ):
            # 'Bel mevrouw A. Ketelaars van het team Invordering op 0418-…': the person
            # named, of the sender's own team
            return people[-1][2], "person"
    _, _, name, kind = last
    if kind == "me":
        return (sender.signer, "person") if sender.signer else ("", "unknown")
    if kind == "us":
        return (sender.names[0] if sender.names else "", "team")
    if kind == "them":
        prev = _previous_person(text, s_start, sentences)
        if prev:
            return prev, _person_kind(text, prev, sender)
        # 'De vrijwilligers van de Formulierenbrigade Gouda helpen u. U kunt hen bereiken
        # via ...': the organisation named just before
        org = _previous_org(text, s_start, sentences)
        if org:
            return org, ("team" if is_sender(org, sender) else "other")
        return "", "unknown"
    if kind == "person":
        # 'mevrouw K. Bos van Zorggroep Salland': a person of another organisation
        orgs_near = [
            m
            for m in found
            if m[3] == "org"
            and max(m[0] - last[1], last[0] - m[1]) < 30  # the gap between
            and not _JOB_BEFORE_DEPARTMENT.fullmatch(sentence[last[1] : m[0]])
        ]
        if any(not is_sender(m[2], sender) for m in orgs_near):
            return name, "other"
        return name, _person_kind(text, name, sender)
    if is_sender(name, sender):
        return name, "team"
    if kind == "team" and (_NEIGHBOURHOOD.search(name) or _known_outside(name)):
        return name, "other"  # a wijkteam or gebiedsteam the letterhead does not name
    if kind == "team":
        # 'het team Terugvordering': the sender's own team, unless the letter ties it to
        # another organisation ('het team pgb van de SVB')
        tied = _foreign_tie(sentence[last[1] : last[1] + 60], sender)
        if tied:
            return f"{name} {tied.group().strip()}", "other"
        return name, "team"
    return name, "other"


def owner_of_cell(cell: str, sender: Sender) -> tuple[str, str]:
    """The owner, and its kind, that a contact table's 'Wie' cell names ('mevrouw T. Lanting,
    Wmo-consulent', 'Team Financiën, afdeling pgb', 'Zorgadvies Drenthe'): the row's
    numbers are theirs, whatever another cell of the row mentions ('als mevrouw Hendriksen
    er niet is'). ("", "unknown") when the cell names nobody."""
    text = " ".join(cell.split())
    if not text:
        return "", "unknown"
    # read as a phrase inside a sentence ('bij Formulierenbrigade Zuiderveld 0599-…'): a
    # capital at a sentence's start would not count as a name
    probe = f"bij {text} "
    return _owner(probe, probe, len(probe), 0, [(0, len(probe))], sender)


# 'zijn rechtstreekse nummer ', 'haar e-mailadres ': what a possessive calls the channel
_CHANNEL_NOUN = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{nl.alternation('channel_nouns')}\s*:?\s*")
_JOB_BEFORE_DEPARTMENT = re.compile(
    rf"(?i),?\s*(?:(?:de|onze|uw)\s+)?(?:medewerker|[\w-]*{nl.alternation('contact_roles')})\s+"
    r"(?:(?:van|bij)\s+)?(?:(?:de|het)\s+)?"
)
_ROLE_OF = re.compile(r",?\s*(?:de\s+|onze\s+)?[\w-]+\s+(?:van|bij)\s+(?:de\s+|het\s+)?")


_OF_TEAM = re.compile(r"\s+van\s+(?:het\s+|de\s+|ons\s+)?")


_TEAM_TIE = re.compile(r"\s*(?:van|bij)\s+(?:de\s+|het\s+|uw\s+)?([\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def _foreign_tie(tail: str, sender: Sender) -> re.Match[str] | None:
    """The words after a team that tie it to another organisation ('van de SVB' in 'het team
    pgb van de SVB'), or None when there are none or they name the sender."""
    tied = _TEAM_TIE.match(tail)
    if tied and (
        re.match(r"(?i)gemeente|ons\b|onze\b", tied.group(1)) or is_sender(tied.group(1), sender)
    ):
        return None
    return tied


def _our_team(team: str, tail: str, sender: Sender) -> bool:
    """A team of the sender: not a wijkteam the letterhead does not name, not a team the
    letter ties to another organisation ('het team pgb van de SVB')."""
    if is_sender(team, sender):
        return True
    if _NEIGHBOURHOOD.search(team) or _known_outside(team):
        return False
    return _foreign_tie(tail, sender) is None


def _previous_org(text: str, s_start: int, sentences: list[tuple[int, int]]) -> str:
    before = [(a, b) for a, b in sentences if b <= s_start][-1:]
    for a, b in before:
        named = [m for m in _mentions(text[a:b]) if m[3] in ("org", "team")]
        if named:
            return named[-1][2]
    return ""


def _helper_before(
    text: str, s_start: int, sentences: list[tuple[int, int]], sentence: str, sender: Sender
) -> tuple[str, str]:
    """'Een vrijwilliger van Humanitas Thuisadministratie kan u daarbij helpen. U kunt zelf
    contact opnemen via 06-…': a sentence that names nobody and asks no question of the
    letter ('vragen'), right after a sentence of the same paragraph that says another
    organisation helps, gives that organisation's number. ("", "unknown") otherwise."""
    if re.search(r"(?i)\bvragen\b|\b14\s?0\d{2,3}\b", sentence):
        return "", "unknown"  # 'Heeft u vragen? Bel 14 0224' is the letter's own contact
    before = [(a, b) for a, b in sentences if b <= s_start][-1:]
    if not before or "\n\n" in text[before[0][1] : s_start]:
        return "", "unknown"
    if not _HELPS.search(text[before[0][0] : before[0][1]]):
        return "", "unknown"  # 'U mag ook een WhatsApp sturen naar dit nummer.' helps nobody
    org = _previous_org(text, s_start, sentences)
    if org and not is_sender(org, sender):
        return org, "other"
    return "", "unknown"


_HELPS = re.compile(rf"(?i)\b{nl.pattern('help_verbs')}\b")  # '... kan u helpen'


def _previous_person(text: str, s_start: int, sentences: list[tuple[int, int]]) -> str:
    before = [(a, b) for a, b in sentences if b <= s_start][-2:]
    for a, b in reversed(before):
        people = list(PERSON.finditer(text[a:b]))
        if people:
            return people[-1].group().strip()
        # 'Neem contact op met uw wijkcoach, Hanneke Vos.', 'Uw contactpersoon is Ilse
        # Brouwer.': a job title, then the name
        named = [m for m in _ROLE_THEN_NAME.finditer(text[a:b]) if is_contact_role(m.group(1))]
        if named:
            return named[-1].group(2).strip()
    return ""


_ROLE_THEN_NAME = re.compile(
    # 'uw wijkcoach, Hanneke Vos'; 'Uw contactpersoon is Ilse Brouwer.'
    r"\b(?:[Uu]w|[Jj]e|[Jj]ouw|[Jj]ullie)\s+(?:vaste\s+|nieuwe\s+)?([\w-]+)(?:,|\s+(?:is|wordt|blijft))\s+"
    r"([A-Z][a-zà-ÿ'’-]+\s+(?:(?:van|de|der|den|ter|te)\s+)*[A-Z][\w'’-]+)"
)


_OUTSIDE_ROLES = nl.alternation("outside_roles", spaces=r"\s+")
_OUTSIDE_ROLE_BEFORE = re.compile(
    # 'uw bewindvoerder, mevrouw K. de Wit'; 'Uw behandelaar wordt mevrouw J. Scholten'
    # 'de intern begeleider van basisschool De Bron, mevrouw K. Visser'
    rf"(?i)\b{_OUTSIDE_ROLES}(?:\s+(?:van|bij|op)\s+[^,.;:\n]{{2,50}}?)?\s*,?\s*"
    r"(?:(?:wordt|is|blijft)\s+)?"
    r"(?:(?:de heer|mevrouw|meneer|dhr\.|mw\.|dokter|mr\.)\s+)?(?:[A-Z]\.\s*)*"
    r"(?:(?:van|de|der|den|ter|te)\s+)*$"
)


_OF_ORG_BEFORE = re.compile(
    r"\b(?:van|bij|op)\s+(?:het\s+|de\s+)?(?P<org>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*)\s*,\s*"
    # initials, or a first name ('van Kompas Gezinshulp, mevrouw Lisa Verschuren')
    r"(?:de heer|mevrouw|meneer|dhr\.|mw\.|dokter)\s+(?:(?:[A-Z]\.\s*)*|[A-Z][a-zà-ÿ'’-]+\s+)"
    r"(?:(?:van|de|der|den|ter|te)\s+)*$"
)


def _person_kind(text: str, name: str, sender: Sender) -> str:
    """A named person belongs to the sender unless the letter ties them to another organisation."""
    if sender.signer and (_key(name) in _key(sender.signer) or _key(sender.signer) in _key(name)):
        return "person"
    surname = name.split()[-1]
    for m in re.finditer(re.escape(surname), text):
        before = text[max(0, m.start() - 70) : m.start()]
        # 'uw bewindvoerder, mevrouw K. de Wit'; 'Bewindvoering Maasoever, t.a.v. mevrouw K. de Wit'
        if _OUTSIDE_ROLE_BEFORE.search(before):
            return "other"
        # 'uw begeleider van Zorggroep Meerzicht, de heer T. Kok'; 'de mentor van Milan op
        # het Corlaer College, mevrouw J. Brouwer': named with another organisation
        of_org = _OF_ORG_BEFORE.search(before)
        if of_org and not is_sender(of_org.group("org"), sender):
            return "other"
        tav = re.search(r"([^,\n]{3,60}),?\s+t\.?a\.?v\.?\s+[^,\n]{0,30}$", before)
        if tav and not is_sender(tav.group(1).strip(), sender):
            return "other"
        if _of_other_organisation(text[m.end() : m.end() + 60], sender):
            return "other"
    return "person"


_OUTSIDE_PLACE = re.compile(
    rf"(?i)\b(?:van|bij)\s+((?:de|het|uw)\s+{nl.alternation('outside_places')})\b"
)


def _of_other_organisation(after: str, sender: Sender) -> bool:
    """The words after a person's name tie them to another organisation: 'mevrouw T.
    Kramer van Het Noorderlicht College', 'mevrouw Coenen van de school', 'de heer Kok,
    begeleider bij Zorggroep Meerzicht' (not the sender's own department or team)."""
    of_org = re.match(
        r"\s+(?:van|bij)\s+((?:Het |De )?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*)", after
    )
    if of_org and not is_sender(of_org.group(1), sender):
        return not _NOT_AN_OWNER.fullmatch(of_org.group(1))
    if re.match(
        # 'mevrouw Coenen van de school'; 'mevrouw Visser, via de school: 015-...'
        rf"(?i),?\s+(?:van|bij|via)\s+(?:de|het|uw)\s+{nl.alternation('outside_places')}\b",
        after,
    ):
        return True
    window = after[:50]
    org = _ORG.search(window)
    return bool(
        org
        and re.match(r"^[^.\n]{0,12}?\b(?:van|bij|namens)\s", window)
        and not is_sender(org.group(), sender)
    )


def _crisis(c: Channel, sentence: str, rel: int) -> tuple[bool, str]:
    if c.kind != "phone":
        return False, ""
    if c.key in CRISIS_NUMBERS or c.key in _KNOWN_CRISIS:
        return True, _KNOWN_CRISIS.get(c.key, "")
    # the words around the number, not the number itself ('0900-112 54 54' holds '112')
    end = rel + (c.end - c.start)
    near = sentence[max(0, rel - 120) : rel] + " " + sentence[end : end + 40]
    m = CRISIS_WORDS.search(near)
    if not m:
        return False, ""
    org = None
    for o in _ORG.finditer(near):
        org = o
    label = org.group().strip() if org else ""
    return True, label


def only_contact_words(
    sentence: str, chans: list[ChannelInfo], strip: list[str] | tuple[str, ...] = ()
) -> bool:
    """True when every word of the sentence is about reaching someone: the channel, its
    owner, opening hours, a topic ('voor vragen over de eigen bijdrage') and words from
    the contact vocabulary (rewriter/lang/nl/contact_words.txt). A sentence that also
    advises, asks or decides something ('Wij adviseren u een Wlz-indicatie aan te vragen
    bij het CIZ via ...') is not pure contact and is never removed."""
    rest = sentence
    for t in sorted(strip, key=len, reverse=True):
        rest = rest.replace(t, " ")
    for c in sorted(chans, key=lambda c: -len(c.text)):
        rest = rest.replace(c.text, " ")
        if c.owner:
            rest = rest.replace(c.owner, " ")
    rest = _TOPIC.sub(" ", rest)
    rest = LETTER_PLACE.sub(" ", rest)  # 'via het telefoonnummer onderaan deze brief'
    # 'tot het Servicecentrum pgb van de SVB via': the owner, however it is named
    rest = _OWNER_PHRASE.sub(
        lambda m: " " if re.search(r"[A-Z]|team|loket|balie", m.group()) else m.group(), rest
    )
    rest = _OBJECTION_COMMITTEE.sub(" ", rest)
    # '..., consulent bijzondere bijstand, via ...': the person's job title as an apposition
    rest = _ROLE_APPOSITION.sub(lambda m: " " if is_contact_role(m.group(1)) else m.group(), rest)
    for m in [*PERSON.finditer(rest), *_ORG.finditer(rest), *_TEAM.finditer(rest)]:
        rest = rest.replace(m.group(), " ")
    rest = re.sub(r"(?<=\w)['’]s\b", "", rest)  # 'mijn collega's': the plural of a listed word
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", rest)
    vocabulary = contact_words()
    return all(
        w.lower() in vocabulary
        or is_contact_role(w)
        or (w[:1].isupper() and w.lower() not in _VERBS_UP)
        for w in words
    )


def is_contact_role(word: str) -> bool:
    """'klantmanager', 'Wmo-consulent', 'jeugdconsulent': a job title of a contact person
    (rewriter/lang/nl/contact_roles.txt; a compound ending in a listed title counts)."""
    w = word.lower()
    return any(w.endswith(r) for r in nl.words("contact_roles"))


_TOPIC = re.compile(
    r"(?i)\b(?:heeft|hebt) u (?:\w+ ){0,6}vra(?:ag|gen)(?: over [^,?]{1,60})?(?:,|\?)?(?: dan)?|"
    r"^\s*voor\s+[^,?]{1,70}?(?=\s+(?:kunt|kan|belt|neemt|mailt)\s+u\b|\s+is\s+(?:de heer|mevrouw|uw)\b)|"
    # 'Vragen over de lessen, het rooster en de ziekmeldingen beantwoordt mevrouw Coenen'
    r"^\s*vragen\s+(?:over|naar aanleiding van)\s+[^?]{1,100}?(?=\s+beantwoord(?:t|en)\b)|"
    r"\bmocht u (?:\w+ ){0,6}?(?:nog )?vragen hebben"
    r"(?: (?:over|naar aanleiding van|inzake|omtrent) [^,?]{1,60})?,?(?: dan)?|"
    # the safe rewrite's form of it: 'Als u over deze brief nog vragen heeft, dan ...'
    r"\b(?:als|wanneer) u (?:\w+ ){0,6}?(?:nog )?vragen heeft"
    r"(?: (?:over|naar aanleiding van|inzake|omtrent) [^,?]{1,60})?,?(?: dan)?|"
    # 'Vragen over dit besluit kunt u richten aan ...'
    r"^\s*vragen\s+(?:over|naar aanleiding van)\s+[^,?]{1,60}?(?=\s+(?:kunt|kan)\s+u\b)|"
    r"\bstuur (?:dan )?een e-mail\b|\been e-mail (?:te )?sturen\b|"
    r"\been (?:whatsapp(?:je|bericht)?|sms(?:je)?|appje|berichtje) (?:te )?sturen\b|"
    r"\b(?:voor|met|bij)\s+(?:al\s+)?(?:uw\s+)?(?:algemene\s+|inhoudelijke\s+|andere\s+|overige\s+)?"
    r"vragen(?:\s+(?:over|naar aanleiding van|inzake|omtrent|rond|bij)\s+[^,?]+?)?"
    # 'Voor vragen of het maken van een afspraak ben ik … bereikbaar: …'
    rf"(?:\s+(?:{nl.pattern('appointment_topics')}))?"
    r"(?=\s*(?:,|\?|kunt|kan|belt|bel|neemt|neem|mailt|mail|is|zijn|$)|\s+ben\s+ik\b)"
)
LETTER_PLACE = re.compile(rf"(?i){nl.pattern('letter_places')}")
_OWNER_PHRASE = re.compile(
    r"\b(?:met|tot|bij|naar)\s+(?:de\s+|het\s+|uw\s+|onze\s+)?[^,.?;]{1,60}?"
    r"(?=\s+(?:via|op|telefonisch|per)\b|\s*[:(])"
)
_ROLE_APPOSITION = re.compile(
    r",\s*([^\W\d_][\w-]*)((?:\s+[^\W\d_A-Z][\w-]*){0,3})\s*(?=,|\s+via\b)"
)
_VERBS_UP = frozenset({"adviseren", "verzoeken", "stuur", "vul", "geef", "meld", "neem"})


@functools.cache
def contact_words() -> frozenset[str]:
    """The contact vocabulary (rewriter/lang/nl/contact_words.txt); made once (an immutable
    set of a fixed word list: `only_contact_words` asks for it some 13 times a letter)."""
    return frozenset(w.lower() for w in nl.words("contact_words"))


# free mail providers say nothing about the organisation a person works for
_FREE_MAIL = frozenset({"gmail", "hotmail", "outlook", "live", "icloud", "yahoo", "ziggo",
                        "kpnmail", "planet", "xs4all", "home", "msn", "protonmail"})  # fmt: skip


def _mail_label(channel_text: str) -> str:
    """The first label of a mail or web domain: 'j.scholten@kompasjeugd.nl' -> 'kompasjeugd'."""
    domain = channel_text.lower().rsplit("@", 1)[-1]
    domain = re.sub(r"^(?:https?://)?(?:www\.)?", "", domain).split("/", 1)[0]
    return domain.split(".", 1)[0]


def by_mail_domain(channels: list[ChannelInfo], sender: Sender) -> list[ChannelInfo]:
    """A person whose e-mail address is at another organisation's domain is not the sender's.

    'Uw behandelaar wordt mevrouw J. Scholten. Zij is bereikbaar via 010-435 91 18 of
    j.scholten@kompasjeugd.example.nl', in a letter of Stichting Jeugdteams Vlaardingen
    (www.jeugdteamsvlaardingen.example.nl): her number and address are the zorgaanbieder's.
    Judged only when the letter shows the sender's own domain (a team's mail address or
    website) and the person's domain matches neither it nor a word of the sender's names.
    """
    ours = {
        _mail_label(c.text)
        for c in channels
        if c.kind in ("email", "url") and c.owner_kind == "team" and not c.crisis
    }
    name_words = {w for n in sender.names for w in re.findall(r"\w{4,}", n.lower())}
    channels = _insiders_by_mail(channels, ours | name_words)
    if not ours:
        return channels
    strangers = set()
    for c in channels:
        if c.kind != "email" or c.owner_kind != "person" or not c.owner:
            continue
        label = _mail_label(c.text)
        if label in _FREE_MAIL or any(w in label for w in name_words):
            continue
        if any(o in label or label in o for o in ours):  # also 'gemeente-x' beside 'x'
            continue
        strangers.add(c.owner)
    if not strangers:
        return channels
    return [
        replace(c, owner_kind="other") if c.owner in strangers and c.owner_kind == "person" else c
        for c in channels
    ]


def _insiders_by_mail(channels: list[ChannelInfo], own: set[str]) -> list[ChannelInfo]:
    """A person named with a department ('mevrouw H. Bosch van Juridische Zaken Sociaal
    Domein') whose own mailbox is at the sender's domain itself ('h.bosch@enschede.nl' in
    a letter of Gemeente Enschede) is the sender's person, not another organisation's.
    Only an exact domain label counts ('zorggroep-enschede' is not 'enschede')."""
    insiders = {
        c.owner
        for c in channels
        if c.kind == "email"
        and c.owner_kind == "other"
        and c.owner
        and PERSON.search(c.owner)
        and _mail_label(c.text) in own
    }
    if not insiders:
        return channels
    return [
        replace(c, owner_kind="person") if c.owner in insiders and c.owner_kind == "other" else c
        for c in channels
    ]
