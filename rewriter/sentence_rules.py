"""Sentence rewrites: what municipalities do when they rewrite a letter themselves.

- **conditions first, as a question**: 'Indien u het niet eens bent met dit besluit,
  kunt u ...' -> 'Bent u het niet eens met dit besluit? Dan kunt u ...'; also 'Mocht u
  het niet eens zijn met dit besluit, dan ...' (the infinitive becomes the question's verb);
- **empty formulas cut**: 'Hierbij delen wij u mede dat uw aanvraag is toegekend.' ->
  'Uw aanvraag is toegekend.'; 'Wij vertrouwen erop u hiermee voldoende te hebben
  geïnformeerd.' is removed; 'Wij wijzen u erop dat u wijzigingen direct moet doorgeven.' ->
  'Let op: u moet wijzigingen direct doorgeven.';
- **active voice with the sender as actor** (no door-phrase, an act only the sender does,
  lang/nl/sender_acts.tsv): 'Uw aanvraag wordt binnen acht weken beoordeeld.' -> 'Wij
  beoordelen uw aanvraag binnen acht weken.'; 'De hulp wordt verstrekt.' -> 'Wij geven de
  hulp.'; after a fronted adverb of time: 'Binnenkort wordt uw kind uitgenodigd.' ->
  'Binnenkort nodigen wij uw kind uit.' Applied by default unless the letter names another
  organisation that could be the actor (the CAK, the SVB: lang/nl/other_actors.txt);
- **the sender says 'wij'**: 'De gemeente richt de stemlokalen zo in dat ...' -> 'Wij
  richten de stemlokalen zo in dat ...' (the municipality writing about itself in the third
  person). Applied by default for a bare 'De gemeente' when the letter names no other
  organisation (as for the active voice); 'De gemeente Zwolle' is offered only, since only
  the writer knows whether the letter comes from that gemeente;
- **active voice with a door-phrase**: 'Uw aanvraag wordt door ons beoordeeld.' ->
  'Wij beoordelen uw aanvraag.'; 'Uw aanvraag is door de consulent beoordeeld.' ->
  'De consulent heeft uw aanvraag beoordeeld.'.
- **'Mocht ..., dan' as 'Als ..., dan'**: 'Mocht de situatie toch verslechteren, dan kunt
  u ...' -> 'Als de situatie toch verslechtert, dan kunt u ...'; 'Mochten er vragen zijn,
  dan ...' -> 'Als er vragen zijn, dan ...'. The infinitive at the end of the clause becomes
  the finite verb of its subject (u or a singular subject after 'Mocht', plural after
  'Mochten'), in the same place.
- **a comma splice as two sentences**: 'Dat hoeft geen probleem te zijn, misschien heeft u
  een ander identiteitsbewijs.' -> '… te zijn. Misschien heeft u …': a main clause, a comma,
  then an adverb, a finite verb and a subject (lang/nl/splice_adverbs.txt). Same words,
  shorter sentences ('mogelijk' there becomes 'Misschien', as maybe.misschien does).

Each rule is a narrow pattern over the tokens of one sentence; anything outside the
pattern (a second clause, a separable verb in the wrong place, an unknown verb form)
gives no proposal. Every proposal still passes the grammar check and the fact guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rewriter.conjugate import third_singular
from rewriter.dutch import _already_plural, capitalise
from rewriter.grammar import article_genders
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal
from rewriter.verbforms import PARTICLES, is_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONDITION = {"indien", "als", "wanneer", "ingeval", "mocht"}
# 'Mocht u ... <infinitive>, dan ...': the infinitive's present form with 'u' opens the
# question ('Mocht u het niet eens zijn met ...' -> 'Bent u het niet eens met ...?').
_U_OF_INFINITIVE = {
    "zijn": "bent", "hebben": "heeft", "willen": "wilt", "kunnen": "kunt", "moeten": "moet",
    "krijgen": "krijgt", "ontvangen": "ontvangt", "gaan": "gaat", "komen": "komt",
    "verhuizen": "verhuist", "vinden": "vindt", "weten": "weet", "wonen": "woont",
    "werken": "werkt", "blijven": "blijft", "hoeven": "hoeft", "worden": "wordt",
}  # fmt: skip
_SUBORDINATORS = {
    "dat", "die", "omdat", "als", "wanneer", "indien", "of", "waarin", "waarbij", "welke",
    "zodat", "doordat", "nadat", "voordat", "terwijl", "wat", "waar", "hoe", "wie",
}  # fmt: skip
# Present-tense forms with 'u' that read well at the front of a question.
_U_FORMS = {
    "bent", "heeft", "hebt", "kunt", "wilt", "wenst", "moet", "ontvangt", "krijgt", "gaat",
    "komt", "vindt", "weet", "woont", "verhuist", "stopt", "reageert", "betaalt", "doet",
    "hoeft", "mag", "werkt", "verdient", "zoekt", "wordt", "zult", "blijft", "begint",
}  # fmt: skip
# Finite forms that may move to second position of a main clause.
_MOVABLE = {
    "is", "zijn", "heeft", "hebben", "wordt", "worden", "kan", "kunt", "kunnen", "moet",
    "moeten", "mag", "mogen", "wil", "wilt", "willen", "zal", "zullen", "bent", "krijgt",
    "krijgen", "ontvangt", "ontvangen", "hoeft", "hoeven", "blijft", "blijven", "gaat",
    "gaan",
}  # fmt: skip
_SUBJECT_PRONOUNS = {"u": "U", "wij": "Wij", "we": "We", "ik": "Ik", "hij": "Hij", "zij": "Zij"}
_NP_START = {"uw", "de", "het", "deze", "dit", "onze", "ons", "een"}
_FORMULA = re.compile(
    r"^(?:Hierbij\s+|Bij\s+deze\s+)?(?:(?:delen|informeren|berichten)\s+(?:wij|we)\s+u\s+"
    r"(?:(?:hierbij|graag)\s+)?(?:mede|mee)?\s*|(?:deel|informeer)\s+ik\s+u\s+(?:hierbij\s+)?"
    r"(?:mede|mee)?\s*|(?:wij|we)\s+(?:delen|berichten)\s+u\s+(?:hierbij\s+)?(?:mede|mee)?\s*|"
    r"wordt\s+u\s+(?:hierbij\s+)?medegedeeld\s+)dat\s+",
    re.IGNORECASE,
)
# 'Wij wijzen u erop dat ...' says 'take note': the clause stays, after 'Let op:'.
_NOTE = re.compile(
    r"^(?:Graag\s+)?(?:(?:wij|we)\s+(?:wijzen|attenderen|willen)\s+u\s+|"
    r"ik\s+(?:wijs|attendeer|wil)\s+u\s+|(?:wijzen|attenderen|willen)\s+(?:wij|we)\s+u\s+)"
    r"(?:(?:nadrukkelijk|graag|nogmaals)\s+)?"
    r"(?:erop|er\s+(?:(?:nadrukkelijk|graag|nogmaals)\s+)?op)\s+"
    r"(?:(?:wijzen|attenderen)\s+)?dat\s+",
    re.IGNORECASE,
)
_EMPTY_CLOSING = re.compile(
    r"^(?:Wij|We|Ik)\s+(?:vertrouwen|hopen)\s+(?:erop\s+|er\s+op\s+)?u\s+(?:hiermee|hierbij|"
    r"met\s+deze\s+brief)\s+(?:voldoende\s+|goed\s+)?(?:te\s+)?(?:hebben\s+)?"
    r"(?:geïnformeerd|ingelicht)(?:\s+te\s+hebben)?\.$",
    re.IGNORECASE,
)
_CONTACT = {"bellen", "bel", "contact", "mailen", "mail", "e-mail", "telefoon", "bereikbaar"}
_PRONOUN_AGENT = {"ons": ("wij", "plural"), "mij": ("ik", "ik")}


def sentence_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer
) -> list[Proposal]:
    """Return sentence rewrites for the body sentences of a letter (findings unused but kept
    for the same signature as the other proposal builders)."""
    del findings
    out: list[Proposal] = []
    for sentence in letter.body_sentences():
        rules = (
            _condition_question,
            _empty_formula,
            _empty_closing,
            _door_active,
            _sender_active,
            _gemeente_wij,
            _mocht_als,
            _comma_splice,
        )
        for rule in rules:
            prop = rule(letter, sentence, lem)
            if prop is not None:
                out.append(prop)
                break
        # one word, so it stands next to a sentence rewrite (an overlap is refused on apply)
        prop = _welke_die(letter, sentence, lem)
        if prop is not None:
            out.append(prop)
    return out


def _tokens(letter: Letter, sentence: Sentence) -> list:
    return [t for t in letter.doc[sentence.token_start : sentence.token_end] if not t.is_space]


def _proposal(
    letter: Letter,
    sentence: Sentence,
    rule: str,
    kind: str,
    edits: list[Edit],
    why: str,
    safe: bool,
) -> Proposal:
    return Proposal.from_edits(
        letter.text,
        id=f"sentence.{rule}@{sentence.start}#s",
        rule_id=f"sentence.{rule}",
        kind=kind,
        edits=edits,
        explanation=why,
        safe=safe,
    )


def _finite_index(toks: list, lem: Lemmatizer, allowed: set[str]) -> int | None:
    """The one finite verb of a clause from `allowed` (None when absent or ambiguous)."""
    hits = [i for i, t in enumerate(toks) if t.lower_ in allowed]
    return hits[0] if len(hits) == 1 else None


def _clean_clause(toks: list) -> bool:
    return not any(t.lower_ in _SUBORDINATORS or t.text in {",", ";", ":", "(", ")"} for t in toks)


def _drop(toks: list, i: int) -> Edit:
    """Delete token i together with the space before it."""
    prev = toks[i - 1]
    return Edit(prev.idx + len(prev.text), toks[i].idx + len(toks[i].text), "")


def _inverted_condition(toks: list) -> list[Edit] | None:
    """'Bent u het niet eens met dit besluit, dan kunt u ...' is a question already: the
    comma before 'dan' becomes '? Dan' (the verb first, then 'u', one clause, no contact)."""
    if toks[0].lower_ not in _U_FORMS or toks[1].lower_ != "u":
        return None
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma < 3 or comma > 18 or comma + 3 >= len(toks):
        return None
    then = toks[comma + 1]
    if then.lower_ != "dan" or not _clean_clause(toks[2:comma]):
        return None
    if any(t.lower_ in _CONTACT for t in toks[comma + 1 :]):
        return None  # 'Heeft u vragen, dan kunt u bellen ...': the contact block says it
    return [Edit(toks[comma].idx, then.idx + len(then.text), "? Dan")]


def _condition_question(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    toks = _tokens(letter, sentence)
    if len(toks) >= 6 and toks[-1].text in {".", "!"}:
        inverted = _inverted_condition(toks)
        if inverted is not None:
            return _proposal(
                letter, sentence, "condition-question", "zin herschrijven", inverted,
                "Maak van de voorwaarde een vraag: 'Bent u het niet eens ...? Dan ...'.",
                safe=True,
            )  # fmt: skip
    if len(toks) < 6 or toks[0].lower_ not in _CONDITION or toks[-1].text not in {".", "!"}:
        return None
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma < 3 or comma > 18 or toks[1].lower_ != "u":
        return None
    clause = toks[2:comma]
    main = toks[comma + 1 :]
    if not _clean_clause(_unbracketed(clause)) or len(main) < 3:
        return None
    if any(t.lower_ in _CONTACT for t in main):
        return None  # 'Indien u vragen heeft, kunt u bellen ...': the contact block handles it
    first_main = main[0]
    if first_main.lower_ != "dan":
        if first_main.lower_ not in _MOVABLE | _U_FORMS | {"neemt", "stuurt", "belt", "vult"}:
            return None
        if main[1].lower_ not in _SUBJECT_PRONOUNS and main[1].lower_ not in {"de", "het", "uw"}:
            return None
    edits: list[Edit] = []
    words = [t.lower_ for t in clause]
    if toks[0].lower_ == "mocht" and words[:5] == ["zich", "niet", "kunnen", "verenigen", "met"]:
        edits.append(Edit(toks[0].idx, clause[4].idx + 3, "Bent u het niet eens met"))
        verb = "bent"
    elif toks[0].lower_ == "mocht":
        v = _mocht_infinitive(words)
        if v is None:
            return None
        verb = _U_OF_INFINITIVE[words[v]]
        edits.append(Edit(toks[0].idx, toks[1].idx + 1, f"{capitalise(verb)} u"))
        edits.append(_drop(toks, 2 + v))
    elif words[:5] == ["zich", "niet", "kunt", "verenigen", "met"]:
        edits.append(Edit(toks[0].idx, clause[4].idx + 3, "Bent u het niet eens met"))
        verb = "bent"
    elif words[:2] == ["zich", "met"] and words[-3:] == ["niet", "kunt", "verenigen"]:
        # 'Als u zich met deze beslissing niet kunt verenigen, kunt u ...'
        if not 1 <= len(words) - 5 <= 6:
            return None
        last = clause[-4]
        np = letter.text[clause[2].idx : last.idx + len(last.text)]
        end = clause[-1].idx + len(clause[-1].text)
        edits.append(Edit(toks[0].idx, end, f"Bent u het niet eens met {np}"))
        verb = "bent"
    else:
        verbs = [i for i, w in enumerate(words) if w in _U_FORMS]
        if len(verbs) != 1:
            return None
        v = verbs[0]
        verb = words[v]
        edits.append(Edit(toks[0].idx, toks[1].idx + 1, f"{capitalise(verb)} u"))
        edits.append(_drop(toks, 2 + v))
    if first_main.lower_ == "dan":
        edits.append(Edit(toks[comma].idx, first_main.idx + len(first_main.text), "? Dan"))
    else:
        edits.append(Edit(toks[comma].idx, first_main.idx, "? Dan "))
        if len(main) > 2 and main[2].lower_ == "dan":
            # '…, neemt u dan …' -> '…? Dan neemt u …', not '? Dan neemt u dan …'
            edits.append(_drop(toks, comma + 3))
    safe = verb in {"bent", "heeft", "hebt", "wilt", "krijgt", "ontvangt", "moet", "begint"}
    why = "Begin met de vraag die voor de lezer telt: 'Bent u het niet eens ...? Dan ...'."
    # a passive main clause of the sender's act is made active in the same rewrite:
    # 'Reageert u niet? Dan stoppen wij uw uitkering.' (not '? Dan wordt uw uitkering gestopt')
    active = _sender_active_edits(letter, toks, lem) if first_main.lower_ != "dan" else None
    if active is not None:
        edits += active[0]
        safe = safe and active[1]
        why += " Zeg ook wie iets doet: de gemeente (wij)."
    return _proposal(
        letter, sentence, "condition-question", "zin herschrijven", edits, why, safe=safe,
    )  # fmt: skip


def _unbracketed(clause: list) -> list:
    """The clause without one bracketed word or two ('als u weer (gedeeltelijk) begint met
    werken'): such a bracket adds to a word and moves with it, so the clause is still one
    clause; a longer bracket, a second one or an unclosed one stays in (and refuses)."""
    words = [t.text for t in clause]
    if words.count("(") != 1 or words.count(")") != 1:
        return clause
    o, c = words.index("("), words.index(")")
    inner = clause[o + 1 : c]
    if not 1 <= len(inner) <= 2 or not all(t.is_alpha for t in inner):
        return clause
    return clause[:o] + clause[c + 1 :]


def _mocht_infinitive(words: list[str]) -> int | None:
    """The index of the one infinitive of a 'Mocht u ...' clause: last, or followed only by a
    prepositional phrase ('het niet eens zijn met dit besluit'); None when there is a second
    verb ('niet kunnen komen'), a 'te' or 'zich' before it, or a finite verb in the clause."""
    hits = [i for i, w in enumerate(words) if w in _U_OF_INFINITIVE]
    if len(hits) != 1 or hits[0] == 0 or any(w in _U_FORMS for w in words):
        return None
    v = hits[0]
    if words[v - 1] in {"te", "zich"}:
        return None
    tail = words[v + 1 :]
    if tail and (tail[0] not in _TAIL_PREPOSITIONS or len(tail) > 5):
        return None
    return v


def _main_clause_edits(clause: list, lem: Lemmatizer, capital: bool = True) -> list[Edit] | None:
    """Edits that turn a 'dat'-clause into a main clause (the finite verb after the subject);
    with `capital` the clause's first word gets a capital (it opens the sentence)."""
    if len(clause) < 3 or not _clean_clause(clause):
        return None
    first = clause[0].lower_
    if first in _SUBJECT_PRONOUNS:
        subj_end = 1
    elif first in _NP_START:
        # the subject ends at its first noun ('het gesprek | een verplichtend karakter heeft');
        # a prepositional phrase right after it may belong to it ('het college van ...'): no
        nouns = lem.index["noun"]
        head = next(
            (j for j in range(1, min(4, len(clause))) if clause[j].lower_ in nouns),
            None,
        )
        if head is None or clause[head].lower_ in _MOVABLE:
            return None
        if any(t.lower_ in ("niet", "geen") for t in clause[1 : head + 1]):
            # 'het niet tijdig melden van inkomsten': a clause made a noun ('het niet' is a
            # noun too), whose end the first noun does not mark
            return None
        subj_end = head + 1
        if subj_end < len(clause) and clause[subj_end].lower_ in _TAIL_PREPOSITIONS:
            return None
    else:
        return None
    rest = clause[subj_end:]
    v = _finite_index(rest, lem, _MOVABLE)
    if v is None:
        return None
    head = clause[0]
    if capital:
        edits = [Edit(head.idx, head.idx + 1, head.text[0].upper())]
    elif head.text[0].isupper() and (head.text == "U" or head.text[1:].islower()):
        edits = [Edit(head.idx, head.idx + 1, head.text[0].lower())]
    else:
        edits = []  # a name or an abbreviation keeps its capital
    if v > 0:
        verb = rest[v]
        last_subj = clause[subj_end - 1]
        at = last_subj.idx + len(last_subj.text)
        edits.append(Edit(at, at, f" {verb.text}"))
        edits.append(_drop(clause, subj_end + v))
    return edits


def _empty_formula(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    raw = letter.text[sentence.start : sentence.end]
    m = _FORMULA.match(raw)
    note = None if m else _NOTE.match(raw)
    if not (m or note) or not raw.endswith(".") or "\n" in raw:
        return None
    toks = _tokens(letter, sentence)
    cut = sentence.start + (m or note).end()
    clause = [t for t in toks if t.idx >= cut][:-1]
    edits = _main_clause_edits(clause, lem, capital=note is None)
    if edits is None:
        return None
    if note is not None:
        # 'Wij wijzen u erop dat u ... moet doorgeven.' -> 'Let op: u moet ... doorgeven.'
        edits.append(Edit(sentence.start, cut, "Let op: "))
        return _proposal(
            letter, sentence, "note-opening", "zin herschrijven", edits,
            "'Wij wijzen u erop dat' klinkt belerend en maakt de zin lang. "
            "Schrijf 'Let op:' en zeg het dan gewoon.",
            safe=True,
        )  # fmt: skip
    edits.append(Edit(sentence.start, cut, ""))
    return _proposal(
        letter, sentence, "empty-opening", "zin herschrijven", edits,
        "Begin met de boodschap zelf; 'Hierbij delen wij u mede dat' zegt niets.",
        safe=True,
    )  # fmt: skip


def _empty_closing(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    raw = letter.text[sentence.start : sentence.end]
    if not _EMPTY_CLOSING.match(raw):
        return None
    start, end = sentence.start, sentence.end
    text = letter.text
    while end < len(text) and text[end] in " \t":
        end += 1
    if text[max(0, start - 2) : start] == "\n\n" and text[end : end + 2] == "\n\n":
        end += 2  # a paragraph of its own: remove it with its blank line
    elif end == sentence.end:  # the sentence ends its line: drop the space before it
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    return _proposal(
        letter, sentence, "empty-closing", "zin herschrijven", [Edit(start, end, "")],
        "Deze zin zegt niets nieuws. Laat hem weg.",
        safe=True,
    )  # fmt: skip


def _door_active(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    toks = _tokens(letter, sentence)
    if len(toks) < 5 or toks[-1].text != ".":
        return None
    words = [t.lower_ for t in toks]
    aux_i = next((i for i, w in enumerate(words) if w in {"wordt", "worden", "is", "zijn"}), None)
    if aux_i is None or aux_i == 0 or aux_i > 4 or words[aux_i + 1 : aux_i + 2] != ["door"]:
        return None
    if words[0] not in _NP_START or not _clean_clause(toks[:-1]):
        return None
    part_i = len(toks) - 2
    verb = is_participle(toks[part_i].text, lem)
    if verb is None:
        return None
    agent_start = aux_i + 2
    # the agent: 'ons', or 'de/het + one noun' (singular), or a capitalised name
    if words[agent_start] in _PRONOUN_AGENT:
        agent_end = agent_start + 1
        agent, person = _PRONOUN_AGENT[words[agent_start]]
    elif words[agent_start] in {"de", "het"} and agent_start + 1 < part_i:
        noun = words[agent_start + 1]
        if noun not in lem.index["noun"] and not toks[agent_start + 1].text.isupper():
            return None
        agent_end = agent_start + 2
        agent = f"{toks[agent_start].text} {toks[agent_start + 1].text}"
        person = "sg"
    else:
        return None
    subject = toks[:aux_i]
    first = subject[0]
    aux = words[aux_i]
    part = toks[part_i]
    if aux in {"is", "zijn"}:
        # perfect passive -> perfect active: 'is door ons beoordeeld' -> 'wij hebben beoordeeld'
        have = {"plural": "hebben", "ik": "heb", "sg": "heeft"}[person]
        front, tail = f"{capitalise(agent)} {have} ", None
    else:
        particle = next((p for p in PARTICLES if verb.startswith(p) and len(verb) > len(p) + 3), "")
        base = verb[len(particle) :]
        if person == "plural":
            form = base
        elif person == "ik":
            t3 = third_singular(base)
            form = t3[:-1] if t3.endswith("t") and not base.endswith("ten") else t3
        else:
            form = third_singular(base)
        front, tail = f"{capitalise(agent)} {form} ", particle
    lowered = first.text[0].lower() if first.text[1:].islower() else first.text[0]
    last_agent = toks[agent_end - 1]
    edits = [
        Edit(first.idx, first.idx + 1, front + lowered),
        Edit(subject[-1].idx + len(subject[-1].text), last_agent.idx + len(last_agent.text), ""),
    ]
    if tail is not None:
        if tail:
            edits.append(Edit(part.idx, part.idx + len(part.text), tail))
        else:
            edits.append(_drop(toks, part_i))
    return _proposal(
        letter, sentence, "active-door", "actief", edits,
        "Zeg wie iets doet: een actieve zin is duidelijker dan een lijdende vorm.",
        safe=person != "ik",
    )  # fmt: skip


_SENDER_ACTS = {r["verb"]: r["active"] for r in nl.table("sender_acts")}
_PERSON_ACTS = {r["verb"] for r in nl.table("sender_acts") if r["person"] == "yes"}
_PERSONS = frozenset(nl.words("person_nouns"))
# A passive after one of these (or a short prepositional phrase of a date or a time) has the
# subject after 'wordt': 'Binnenkort wordt uw kind uitgenodigd.' -> 'Binnenkort nodigen wij
# uw kind uit.'
_FRONTED = {
    "binnenkort", "daarna", "vervolgens", "hierna", "straks", "eerst", "daarom", "dan",
    "voortaan", "nu", "ook", "daarnaast", "bovendien", "verder",
}  # fmt: skip
_FRONTED_PREPOSITIONS = frozenset(nl.words("time_prepositions"))
# A prepositional phrase after the participle ('... berekend over uw salaris') stays where it
# is in the active sentence ('Wij berekenen ... over uw salaris').
_TAIL_PREPOSITIONS = frozenset(nl.words("tail_prepositions"))


def _sender_participle(toks: list, words: list[str], aux_i: int, lem: Lemmatizer) -> int | None:
    """The index of the participle: the last word, or the word before a prepositional tail
    that holds no verb ('wordt berekend over het volledige salaris')."""
    last = len(toks) - 2
    if last <= aux_i:
        return None
    if is_participle(toks[last].text, lem) is not None:
        return last
    hits = [
        i
        for i in range(aux_i + 1, last)
        if words[i + 1] in _TAIL_PREPOSITIONS and is_participle(toks[i].text, lem) is not None
    ]
    if len(hits) != 1:
        return None
    tail = toks[hits[0] + 1 : last + 1]
    if any(t.lower_ in _MOVABLE or is_participle(t.text, lem) is not None for t in tail):
        return None
    return hits[0]


def _fronted(toks: list, aux_i: int) -> bool:
    """True when the words before 'wordt' are an adverb of time or order ('Binnenkort') or a
    short phrase of a date ('Op 1 april 2026', 'In januari'), not a subject."""
    words = [t.lower_ for t in toks[:aux_i]]
    if len(words) == 1:
        return words[0] in _FRONTED
    return (
        2 <= len(words) <= 4
        and words[0] in _FRONTED_PREPOSITIONS
        and all(t.is_alpha or t.is_digit for t in toks[1:aux_i])
        and any(t.is_digit or t.lower_ in _MONTHS for t in toks[1:aux_i])
    )


_MONTHS = frozenset(nl.words("months"))


def _other_actor(text: str) -> bool:
    """True when the letter names an organisation that may be the actor of a passive
    (lang/nl/other_actors.txt). A name that is only part of a web address ('Meer informatie
    vindt u op UWV.nl', 'www.svb.nl/pgb') does not count: the letter points to where to read
    more, it does not say the organisation does anything."""
    return any(not _in_web_address(text, m) for m in _OTHER_ACTORS.finditer(text))


def _in_web_address(text: str, m: re.Match) -> bool:
    """The match is a label of a domain name: 'UWV.nl', 'www.svb.nl', 'mijn.uwv.nl'."""
    return bool(_DOMAIN_AFTER.match(text, m.end())) or text[: m.start()].lower().endswith(
        ("www.", "://", "mijn.", "@")
    )


# the rest of a domain name right after a label: '.nl', '.nl/pgb', '.amsterdam.nl'
_DOMAIN_AFTER = re.compile(r"(?:\.[a-z0-9-]+)*\.(?:nl|com|org|eu|info)\b", re.IGNORECASE)


_OTHER_ACTORS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        for w in nl.words("other_actors")
    )
    + r")\b",
    re.IGNORECASE,
)


def _sender_active(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    """'Uw aanvraag wordt [binnen acht weken] beoordeeld.' -> 'Wij beoordelen uw aanvraag
    [binnen acht weken].'; 'Binnenkort wordt uw kind uitgenodigd.' -> 'Binnenkort nodigen
    wij uw kind uit.' Only: a subject of at most four words that starts like a noun phrase
    (or 'u', or a noun without an article: 'Loondoorbetaling bij ziekte'), present-tense 'wordt'/'worden' right after it (or after a fronted adverb of time
    or a date, or after an opening condition and its comma: 'Als u niet reageert, wordt uw
    uitkering stopgezet.' -> '…, stoppen wij uw uitkering.', with the subject right after
    'wordt'), no door-phrase, no other comma or second clause, the participle last or followed only by a prepositional phrase ('Het IKB wordt
    berekend over uw hele salaris.' -> 'Wij berekenen het IKB over uw hele salaris.'), and a
    verb from sender_acts.tsv; not an act on a person unless the table allows it ('Uw zoon
    wordt behandeld.' is a therapist's act).

    Applied by default unless the letter names another organisation that could be the actor
    (lang/nl/other_actors.txt: the CAK calculates the eigen bijdrage, the SVB pays a pgb)."""
    found = _sender_active_edits(letter, _tokens(letter, sentence), lem)
    if found is None:
        return None
    edits, safe = found
    return _proposal(
        letter, sentence, "active-sender", "actief", edits,
        "Zeg wie iets doet: de gemeente (wij) doet dit. Een actieve zin is duidelijker.",
        safe=safe,
    )  # fmt: skip


def _sender_active_edits(
    letter: Letter, whole: list, lem: Lemmatizer
) -> tuple[list[Edit], bool] | None:
    """The edits of `_sender_active` for a sentence's tokens, and whether they are safe."""
    if len(whole) < 4 or whole[-1].text != "." or {"door", "er"} & {t.lower_ for t in whole}:
        return None
    lead = _leading_condition(whole)
    if lead == 0 and not _clean_clause(whole[:-1]):
        return None
    # after an opening condition ('Als u niet reageert, wordt uw uitkering stopgezet.') the
    # main clause is read on its own, as after a fronted adverb: 'wordt' first, then the subject
    toks = whole[lead - 1 :] if lead else whole
    words = [t.lower_ for t in toks]
    aux_i = next((i for i, w in enumerate(words) if w in {"wordt", "worden"}), None)
    # the perfect passive: 'Uw aanvraag is toegekend.' -> 'Wij hebben uw aanvraag toegekend.'
    perfect = aux_i is None and not lead
    if perfect:
        aux_i = next((i for i, w in enumerate(words) if w in {"is", "zijn", "bent"}), None)
    if aux_i is None or aux_i == 0 or aux_i > 4 or (lead and aux_i != 1):
        return None
    if any(w in _MOVABLE for i, w in enumerate(words) if i != aux_i):
        return None  # a modal or a second finite verb: 'Het traject kan … worden beëindigd.'
    inverted = bool(lead) or _fronted(toks, aux_i)
    if inverted:
        if words[aux_i + 1] not in _NP_START | {"u"}:
            return None
        subject = toks[aux_i + 1 : aux_i + 5]
    else:
        bare = _bare_np(toks[:aux_i], lem) and words[aux_i + 1] not in _NP_START | {"u"}
        if words[0] not in _NP_START and words[:aux_i] != ["u"] and not bare:
            return None  # 'Morgen wordt uw aanvraag …': a fronted adverb, not a subject
        if not all(t.is_alpha for t in toks[:aux_i]):
            return None
        subject = toks[:aux_i]
    part_i = _sender_participle(toks, words, aux_i, lem)
    if part_i is None or any(w in {"te", "om", "niet", "geen"} for w in words[aux_i:part_i]):
        return None
    between = toks[aux_i + 1 : part_i]
    if any(is_participle(t.text, lem) for t in between):
        return None  # 'wordt beoordeeld en toegekend': two acts, one verb to move
    if any(t.lower_ in _SUBJECT_PRONOUNS and t.lower_ != "u" for t in between):
        return None  # a second clause: 'Mijn naam is … en ik heb uw aanvraag behandeld.'
    if perfect and any(t.text[:1].isupper() for t in between):
        return None  # 'is' as a copula before a name: 'Mijn naam is Nesrin Aksoy …'
    if inverted and part_i - aux_i < (2 if words[aux_i + 1] == "u" else 3):
        return None  # 'Daarna wordt uw beoordeeld': no noun between them
    verb = is_participle(toks[part_i].text, lem)
    if verb is None or verb not in _SENDER_ACTS:
        return None
    if perfect and _SENDER_ACTS[verb] != verb:
        return None  # the participle stays: only a verb written as it is ('toegekend')
    subject = [t for t in subject if t.i < toks[part_i].i]
    if verb not in _PERSON_ACTS and any(t.lower_ in _PERSONS for t in subject):
        return None
    active = _SENDER_ACTS[verb]
    particle = next((p for p in PARTICLES if active.startswith(p) and len(active) > len(p) + 3), "")
    if particle and active == verb and not toks[part_i].lower_.startswith(particle + "ge"):
        particle = ""  # 'geïnformeerd': 'informeren' is not 'in' + 'formeren'
    form = active[len(particle) :]  # 'wij' takes the infinitive: 'wij kennen … toe'
    aux, part = toks[aux_i], toks[part_i]
    last_edit = (
        Edit(part.idx, part.idx + len(part.text), particle) if particle else _drop(toks, part_i)
    )
    if perfect:
        # 'hebben' takes the finite place; the participle stays at the end
        form, last_edit = "hebben", None
    if inverted:
        edits = [Edit(aux.idx, aux.idx + len(aux.text), f"{form} wij")]
    else:
        first = toks[0]
        lowered = first.text[0].lower() if first.text[1:].islower() or first.text == "U" else ""
        if not lowered:
            return None  # a name as subject: leave it
        edits = [Edit(first.idx, first.idx + 1, f"Wij {form} {lowered}"), _drop(toks, aux_i)]
    if last_edit is not None:
        edits.append(last_edit)
    safe = not _other_actor(letter.text) and not any(t.lower_.endswith("bijdrage") for t in whole)
    return edits, safe


# Conditions and times that may open a sentence before a passive main clause: 'Als u niet
# reageert, wordt uw uitkering stopgezet.' -> '…, stoppen wij uw uitkering.'
_LEADING_CONDITIONS = {"als", "zodra", "wanneer", "nadat", "indien"}


def _leading_condition(toks: list) -> int:
    """The index after the comma of an opening condition ('Als u niet reageert,') that is
    followed at once by 'wordt'/'worden'; 0 when there is none. The condition is one clause:
    no second comma, bracket, colon or subordinate clause of its own."""
    if toks[0].lower_ not in _LEADING_CONDITIONS:
        return 0
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if len(commas) != 1 or not 3 <= commas[0] <= 16:
        return 0
    c = commas[0]
    if toks[c + 1].lower_ not in {"wordt", "worden"}:
        return 0
    if not _clean_clause(toks[1:c]) or not _clean_clause(toks[c + 1 : -1]):
        return 0
    return c + 1


def _bare_np(subject: list, lem: Lemmatizer) -> bool:
    """A subject without an article: a common noun or an adjective and a noun
    ('Loondoorbetaling bij ziekte', 'Huishoudelijke hulp'); not a name ('Amsterdam',
    'Jeugdzorg Nederland': a capital after the first word) nor a pronoun."""
    first = subject[0]
    if not first.is_alpha or not first.text[1:].islower() or first.lower_ in _FUNCTION_WORDS:
        return False
    if any(t.text[:1].isupper() for t in subject[1:]):
        return False
    nouns, adjs = lem.index["noun"], lem.index["adj"]
    if first.lower_ in nouns:
        return True
    adjective = first.lower_ in adjs or bool(lem.lemmas(first.lower_) & adjs)
    return len(subject) > 1 and adjective and subject[1].lower_ in nouns


# Words that refer back to 'de gemeente' in the third person: with 'wij' they would need
# 'ons'/'onze'/'wij', so the sentence is left alone.
_GEMEENTE_BACK = {"haar", "hare", "zij", "ze", "zich", "zichzelf", "gemeente", "hij", "zijn"}


def _plural_present(form: str, lem: Lemmatizer) -> str | None:
    """'richt' -> 'richten', 'is' -> 'zijn', 'kan' -> 'kunnen'; None when not a 3sg present."""
    options = [
        lemma
        for lemma in lem.lemmas(form)
        if lemma != form and lemma.endswith(("en", "zijn")) and third_singular(lemma) == form
    ]
    return options[0] if len(options) == 1 else None


def _gemeente_wij(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    """'De gemeente (Amsterdam) richt de stemlokalen zo in.' -> 'Wij richten de stemlokalen
    zo in.' Only: 'De gemeente' (and one capitalised place name) opens the sentence, the
    finite verb follows at once in the present tense, and nothing later in the sentence
    refers back to the gemeente ('haar', 'zich') or carries a second finite verb of the
    same subject ('... en stuurt u ...')."""
    toks = _tokens(letter, sentence)
    words = [t.lower_ for t in toks]
    if len(toks) < 5 or words[:2] != ["de", "gemeente"] or toks[0].text != "De":
        return None
    v = 3 if toks[2].text[:1].isupper() and toks[2].is_alpha else 2
    if v >= len(toks) - 1:
        return None
    plural = _plural_present(words[v], lem)
    if plural is None:
        return None
    rest = words[v + 1 :]
    if any(w in _GEMEENTE_BACK for w in rest):
        return None
    for i, w in enumerate(rest[:-1]):
        nxt = rest[i + 1]
        if (
            w in {"en", "maar", "of", ","}
            and nxt not in _SUBJECT_PRONOUNS
            and _plural_present(nxt, lem)
        ):
            return None  # 'De gemeente betaalt de huur en stuurt u ...': a second verb
    verb = toks[v]
    edits = [
        Edit(toks[0].idx, toks[v - 1].idx + len(toks[v - 1].text), "Wij"),
        Edit(verb.idx, verb.idx + len(verb.text), plural),
    ]
    # Applied by default for a bare 'De gemeente' when the letter names no other
    # organisation that could be its sender (lang/nl/other_actors.txt); 'De gemeente
    # Utrecht' may be another gemeente than the sender: offered, not applied.
    safe = v == 2 and not _other_actor(letter.text)
    return _proposal(
        letter, sentence, "gemeente-wij", "actief", edits,
        "Schrijf als afzender in de wij-vorm: 'Wij ...' in plaats van 'De gemeente ...'. "
        "Controleer dat de brief van deze gemeente komt.",
        safe=safe,
    )  # fmt: skip


# Modal and auxiliary infinitives that open a verb cluster: 'niet kunnen komen' -> 'niet
# kunt komen'. Their 'u' forms differ from the third person ('u kunt', 'hij kan').
_U_PRESENT = {
    "zijn": "bent",
    "hebben": "heeft",
    "kunnen": "kunt",
    "willen": "wilt",
    "zullen": "zult",
}
_CLUSTER_HEADS = {
    "kunnen", "willen", "moeten", "mogen", "zullen", "gaan", "blijven", "hoeven", "laten",
    "worden", "zijn", "hebben",
}  # fmt: skip
_PREPOSITIONS = frozenset(nl.words("prepositions"))
_OBJECT_PRONOUNS = frozenset(nl.words("object_pronouns"))
_DETERMINERS = _NP_START | {"geen", "alle", "die", "dat", "zijn", "haar", "hun", "mijn"}


def _mocht_clause(toks: list) -> tuple[int, int] | None:
    """(index of 'mocht(en)', end of its clause) for a clause that opens the sentence before a
    comma, or follows a comma and runs to the end of the sentence."""
    words = [t.lower_ for t in toks]
    if toks[-1].text[-1:] not in {".", "!"}:  # 'wij u.' is one token
        return None
    if words[0] in {"mocht", "mochten"}:
        comma = next((i for i, w in enumerate(words) if w == ","), None)
        if comma is None or comma < 3 or comma == len(toks) - 2:
            return None
        return 0, comma
    hits = [
        i
        for i, w in enumerate(words)
        if w in {"mocht", "mochten"} and i > 0 and words[i - 1] == ","
    ]
    if len(hits) != 1 or "," in words[hits[0] + 1 :]:
        return None
    return hits[0], len(toks) - 1


def _mocht_verb(clause: list, lem: Lemmatizer) -> int | None:
    """Index in `clause` of the infinitive that becomes finite: the first of the clause-final
    verb cluster, which may be followed by a prepositional group ('eens zijn met dit besluit')."""
    words = [t.lower_ for t in clause]

    def is_infinitive(i: int) -> bool:
        w = words[i]
        short = w in _U_PRESENT or w in {"gaan", "staan", "doen", "zien", "slaan"}
        return (
            i >= 1
            and (w.endswith("en") or short)
            and lem.is_known(w, "verb")
            and (words[i - 1] not in _DETERMINERS or _pronoun_object(words, i - 1))
            and words[i - 1] not in _PREPOSITIONS  # 'moeite hebben met betalen'
            and words[i - 1] != "te"  # 'niet in staat zijn ... te voldoen': not the finite verb
        )

    # the cluster ends the clause, or stands before an extraposed prepositional group or
    # 'dat'-clause ('eens zijn met dit besluit', 'zo zijn dat u verhuist')
    ends = [len(clause) - 1] + [
        i - 1 for i in range(len(clause) - 1, 1, -1) if words[i] in _PREPOSITIONS | {"dat"}
    ]
    last = next((i for i in ends if is_infinitive(i)), None)
    if last is None:
        return None
    if any(not t.is_alpha for t in clause[1 : last + 1]):
        return None
    first = last
    if last - 1 >= 1 and words[last - 1] in _CLUSTER_HEADS:
        first = last - 1
    return first


def _pronoun_object(words: list[str], i: int) -> bool:
    """'ons' / 'haar' after a preposition and before the clause's verb is a pronoun
    ('aan ons verstrekken'), not the start of a noun phrase ('ons adres')."""
    return words[i] in _OBJECT_PRONOUNS and i >= 1 and words[i - 1] in _PREPOSITIONS


def _mocht_als(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    toks = _tokens(letter, sentence)
    if len(toks) < 5:
        return None
    found = _mocht_clause(toks)
    if found is None:
        return None
    start, end = found
    mocht = toks[start]
    clause = toks[start + 1 : end]
    if len(clause) < 2 or any(t.lower_ in _SUBORDINATORS - {"dat", "die", "wat"} for t in clause):
        return None
    subject = clause[0].lower_
    plural = mocht.lower_ == "mochten"
    if subject in {"ik", "jij", "je", "wij", "we", "jullie", "zij", "ze"} and not plural:
        return None
    v = _mocht_verb(clause, lem)
    if v is None or v == 0:
        return None
    verb = clause[v]
    inf = verb.lower_
    if plural:
        finite = inf
    elif subject == "u":
        finite = _U_PRESENT.get(inf) or third_singular(inf)
    else:
        finite = third_singular(inf)
    als = "Als" if mocht.text[0].isupper() else "als"
    edits = [
        Edit(mocht.idx, mocht.idx + len(mocht.text), als),
        Edit(verb.idx, verb.idx + len(verb.text), finite),
    ]
    return _proposal(
        letter, sentence, "mocht-als", "zin herschrijven", edits,
        "'Mocht ...' is stijf. Schrijf 'Als ...'.",
        safe=True,
    )  # fmt: skip


_SPLICE_ADVERBS = frozenset(nl.words("splice_adverbs"))
_FUNCTION_WORDS = frozenset(
    nl.words("determiners") + nl.words("prepositions") + nl.words("subject_pronouns")
    + nl.words("articles")
)  # fmt: skip
_SPLICE_SUBJECTS = {
    "u",
    "wij",
    "we",
    "ik",
    "hij",
    "zij",
    "ze",
    "je",
    "jij",
    "het",
    "er",
    "dat",
    "dit",
}
_QUOTES = {'"', "'", "“", "”", "‘", "’", "«", "»"}


def _comma_splice(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    """'X doet Y, misschien heeft u Z.' -> 'X doet Y. Misschien heeft u Z.' Only: one comma;
    before it a main clause with a verb and no subordinate clause (so no reported speech:
    'U schrijft dat …, daarom …' stays), not opening with a verb or a conjunction ('Heeft u
    vragen, …', 'Als …, …'); after it an adverb from the list, a finite verb and a subject
    pronoun; no quotation marks, brackets, colon or semicolon."""
    toks = _tokens(letter, sentence)
    if len(toks) < 8 or toks[-1].text not in {".", "!"}:
        return None
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    if len(commas) != 1 or any(t.text in _QUOTES or t.text in {";", ":", "(", ")"} for t in toks):
        return None
    c = commas[0]
    head = toks[:c]
    if len(head) < 3 or c + 4 > len(toks) or toks[c + 1].lower_ not in _SPLICE_ADVERBS:
        return None
    adv, verb, subject = toks[c + 1], toks[c + 2], toks[c + 3]
    if subject.lower_ not in _SPLICE_SUBJECTS or not _verb_form(verb.lower_, lem):
        return None
    first, second = head[0].lower_, head[1].lower_
    demonstrative = first in {"dat", "dit", "die"} and _verb_form(second, lem)
    if first in _SUBORDINATORS | _CONDITION | _U_FORMS | _MOVABLE and not demonstrative:
        return None  # 'Heeft u vragen, …', 'Als …, …'; not 'Dat hoeft …'
    clause_start = first in _SUBJECT_PRONOUNS or first in _NP_START or _verb_form(second, lem)
    if not (clause_start or demonstrative):
        return None  # 'Door te stemmen, …', 'Volgens ons, …': no clause of its own
    if any(t.lower_ in _SUBORDINATORS for t in head[1:]):
        return None  # a subordinate clause: it may be someone else's claim
    if not any(_verb_form(t.lower_, lem) for t in head[1:]):
        return None
    # 'mogelijk' as an adverb is 'misschien' (maybe.misschien), made here in one edit
    word = "misschien" if adv.lower_ == "mogelijk" else adv.text
    start = toks[c - 1].idx + len(toks[c - 1].text)
    edits = [Edit(start, adv.idx + len(adv.text), ". " + capitalise(word))]
    return _proposal(
        letter, sentence, "comma-splice", "zin herschrijven", edits,
        "Twee zinnen met alleen een komma ertussen: zet er een punt tussen.",
        safe=True,
    )  # fmt: skip


def _verb_form(word: str, lem: Lemmatizer) -> bool:
    """A form of a verb that is not (also) a noun ('heeft', 'sturen'; not 'besluit')."""
    if word in _MOVABLE or word in _U_FORMS:
        return True
    if not word.isalpha() or word in _FUNCTION_WORDS or word in lem.index["noun"]:
        return False  # the lemma tables also list 'de' and 'volgens' (volgen) as verb forms
    return bool(lem.lemmas(word) & lem.index["verb"])


_DE_ENDINGS = tuple(nl.words("de_word_endings"))
_DE_NOUNS = frozenset(nl.words("de_nouns"))
_NOUN_LINKS = _PREPOSITIONS | {"en", "of"}


def _noun_gender(word: str, genders: dict[str, str], lem: Lemmatizer) -> str | None:
    """'de' for a de-word or a plural, 'het' for a het-word, None when unsure."""
    low = word.lower()
    if genders.get(low) == "het":
        return "het"
    if genders.get(low) == "de" or _already_plural(low, lem) or low in _DE_NOUNS:
        return "de"
    head = low.rsplit("-", 1)[-1]
    if any(_already_plural(head[k:], lem) for k in range(1, len(head) - 5)):
        return "de"  # a compound whose head is a plural: 'angstklachten'
    if genders.get(head) == "het":
        return "het"
    if low.endswith(_DE_ENDINGS) and len(low) > 5:
        return "de"
    return None


def _welke_die(letter: Letter, sentence: Sentence, lem: Lemmatizer) -> Proposal | None:
    """', welke ...' as a relative pronoun is old-fashioned: ', die ...' when the noun before
    the comma is a de-word or a plural, and so is every noun of its noun group ('de kosten van
    het bestaan, welke ...' is left: is it the costs or the living?). Never 'dat': a het-word
    or an unknown noun keeps 'welke' ('welke voorziening ...' is a determiner and kept)."""
    toks = _tokens(letter, sentence)
    question = toks[-1].text == "?"
    hits = [
        i
        for i, t in enumerate(toks)
        if t.lower_ == "welke"
        and 2 <= i < len(toks) - 1
        and (toks[i - 1].text == "," or (not question and _plural_noun(toks, i - 1, lem)))
    ]
    if len(hits) != 1:
        return None
    i = hits[0]
    # the noun before the comma, or a plural right before 'welke' ('de gesprekken welke op
    # op die dag hebben plaatsgevonden'; never in a question: 'welke' may ask there)
    n = i - 2 if toks[i - 1].text == "," else i - 1
    after = toks[i + 1]
    if after.lower_ not in _RELATIVE_FOLLOWERS:
        return None  # 'welke inkomsten u niet heeft gemeld': perhaps a determiner
    genders = article_genders(letter.text)
    noun = toks[n]
    word = noun.text.replace("-", "")
    last = noun.text.rsplit("-", 1)[-1]  # 'WW-uitkering' is a noun, 'Participatiewet' a name
    if not word.isalpha() or not last.islower() or toks[n - 1].lower_ == "het":
        return None
    if _noun_gender(noun.text, genders, lem) != "de":
        return None
    if (
        noun.lower_ in _DE_NOUNS
        and toks[n - 1].lower_ == "per"
        and not _rate_clause_de(toks[: n - 1], genders, lem)
    ):
        return None  # 'vier uur per week, welke': the rate is never the antecedent
    # the rest of the noun group: back over linked nouns ('verzoek om schuldhulpverlening')
    j = n - 1
    while j >= 1 and n - j <= 9:
        t = toks[j]
        if not t.is_alpha:
            break
        if t.lower_ in _NOUN_LINKS and j >= 2:
            # a noun with its own determiner before the link heads the group: 'uw verzoek om
            # schuldhulpverlening', not 'sprake van klachten'
            prev, det = toks[j - 1], toks[j - 2].lower_
            head = (
                prev.is_alpha
                and prev.text.islower()
                and det in _GROUP_HEADS
                and lem.is_known(prev.lower_, "noun")  # 'dat er bij Mees': no noun group
            )
            if head and (
                det in {"het", "dit", "dat"} or _noun_gender(prev.text, genders, lem) != "de"
            ):
                return None
        if t.lower_ == "het":
            return None
        if lem.is_known(t.lower_, "verb") and not lem.is_known(t.lower_, "noun"):
            break
        j -= 1
    return _proposal(
        letter, sentence, "welke-die", "woord",
        [Edit(toks[i].idx, toks[i].idx + len(toks[i].text), "die")],
        "'Welke' na een komma is ouderwets. Schrijf 'die'.",
        safe=True,
    )  # fmt: skip


def _plural_noun(toks: list[Token], k: int, lem: Lemmatizer) -> bool:
    """A lower-case plural noun after its determiner or preposition ('de gesprekken', 'de
    overige vereisten', 'uit gegevens'): its relative pronoun is 'die'. Not 'zelf weten
    welke' or 'kiezen volgens welke' (a verb or a preposition that ends like a plural)."""
    tok = toks[k]
    if not (tok.is_alpha and tok.text.islower()) or tok.lower_ in _PREPOSITIONS or k < 1:
        return False
    if not _already_plural(tok.lower_, lem):
        return False
    prev = toks[k - 1].lower_
    heads = _GROUP_HEADS | {"die", "alle"}
    if prev in heads or (prev in _PREPOSITIONS and prev != "te"):
        return True
    # one adjective between: 'de overige vereisten'
    return prev.endswith("e") and k >= 2 and toks[k - 2].lower_ in heads


_NOT_NOUNS = (
    frozenset(nl.words("subject_pronouns") + nl.words("object_pronouns") + nl.words("possessives"))
    | _PREPOSITIONS
)


def _rate_clause_de(before: list, genders: dict[str, str], lem: Lemmatizer) -> bool:
    """Every noun of the clause before a rate ('... per week, welke') is a de-word or a
    plural, and there is one: 'een pgb toegekend van vier uur per week, welke' is left
    (the pgb is a het-word), so is a clause with a noun of unknown gender."""
    nouns = 0
    for k in range(len(before) - 1, max(-1, len(before) - 21), -1):
        t = before[k]
        if t.text in {",", ";", ":", "(", ")"}:
            break
        if t.lower_ in {"het", "dit"}:
            return False
        if not t.is_alpha or not t.text.islower() or t.like_num or t.lower_ in _NOT_NOUNS:
            continue
        if k > 0 and before[k - 1].like_num:
            continue  # a measure after a number: 'vier uur', '300 euro'
        gender = _noun_gender(t.text, genders, lem)
        if gender == "het" or (gender is None and lem.is_known(t.lower_, "noun")):
            return False
        nouns += gender == "de"
    return nouns > 0


_GROUP_HEADS = frozenset(nl.words("articles") + nl.words("possessives")) | {"dit", "dat", "deze"}
_RELATIVE_FOLLOWERS = (
    _PREPOSITIONS
    | frozenset(nl.words("subject_pronouns") + nl.words("possessives") + nl.words("articles"))
    | frozenset(nl.words("function_words") + nl.words("relative_followers"))
    | {row["form"] for row in nl.table("auxiliaries")}
)
