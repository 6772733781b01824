"""Structural proposals: deterministic rewrites of common municipal sentence forms.

- 'U wordt verzocht (om) X te V.' / 'Wij verzoeken u X te V.' -> 'Wilt u X V?'
- 'Er wordt door AGENT besloten dat ...' -> 'AGENT besluit dat ...'
- 'u dient X te V' -> 'u moet X V'
- long sentences: a split at a safe boundary (', maar', ', en', '; ', ', omdat'),
  or with a word-order change (', waardoor', ', zodat', ', die') as an unticked proposal.

Every proposal is a set of small edits, so word-level glossary proposals
inside the same sentence can still be applied next to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rewriter.conjugate import third_singular
from rewriter.dutch import capitalise
from rewriter.lang import nl
from rewriter.letter import Letter, Sentence, is_word
from rewriter.model import Finding
from rewriter.nlp import Lemmatizer
from rewriter.suggest import Edit, Proposal
from rewriter.verbforms import DIENEN, PARTICLES, is_participle, may_be_verb, te_infinitive

_END = {".", "!", "?"}
_AUX_FORMS = frozenset(row["form"] for row in nl.table("auxiliaries"))
_MIN_SIDE = 6  # words on each side of a split


def structural_proposals(
    letter: Letter, findings: Iterable[Finding], lem: Lemmatizer, others: Iterable[Finding] = ()
) -> list[Proposal]:
    """Return the structural proposals for the findings that have one (`others`: the
    letter's other findings, for a rewrite that must leave their words alone)."""
    words = [o for o in others if o.rule_id.startswith("glossary.") and o.rule_id not in MUST_RULES]
    out: list[Proposal] = []
    for f in findings:
        sentence = letter.sentence_at(f.start)
        if sentence is None:
            continue
        prop = None
        if f.rule_id in ("passive.verzocht", "glossary.toon-wij-verzoeken-u"):
            prop = _verzocht(letter, sentence, f)
        elif f.rule_id == "passive.er-wordt":
            prop = _er_wordt(letter, sentence, f, lem)
        elif f.rule_id == "tone.dienen-te":
            prop = _dienen_te(letter, sentence, f)
        elif f.rule_id in MUST_RULES:
            prop = _must(letter, sentence, f, words)
        elif f.rule_id == "sentences.too-long":
            prop = _split(letter, sentence, f, lem)
        if prop is not None:
            out.append(prop)
    return out


def _tokens(letter: Letter, sentence: Sentence) -> list:
    return list(letter.doc[sentence.token_start : sentence.token_end])


def _proposal(
    letter: Letter, f: Finding, kind: str, edits: list[Edit], explanation: str, safe: bool
) -> Proposal:
    return Proposal.from_edits(
        letter.text,
        id=f"{f.rule_id}@{f.start}#s",
        rule_id=f.rule_id,
        kind=kind,
        edits=edits,
        explanation=explanation,
        safe=safe,
    )


_JOINED = {"plaats", "deel", "kennis"}  # 'plaats te vinden' -> 'plaatsvinden'
# verbs that never take a particle: 'binnen te zijn' -> 'binnen zijn', not 'binnenzijn'
_NO_PARTICLE = {"zijn", "worden", "hebben"}


def _join_te(toks: list, te: int) -> list[Edit]:
    """Remove 'te' before an infinitive; join a separable particle: 'terug te sturen' -> 'terugsturen'."""
    before = toks[te - 1]
    after = toks[te + 1]
    joins = before.lower_ in PARTICLES or before.lower_ in _JOINED
    if joins and before.whitespace_ and after.lower_ not in _NO_PARTICLE:
        return [Edit(before.idx + len(before.text), after.idx, "")]
    return [Edit(toks[te].idx, after.idx, "")]


def _verzocht(letter: Letter, sentence: Sentence, f: Finding) -> Proposal | None:
    toks = _tokens(letter, sentence)
    words = [t.lower_ for t in toks]
    heads = (["u", "wordt", "verzocht"], ["wij", "verzoeken", "u"], ["we", "verzoeken", "u"])
    head = next((h for h in heads if words[: len(h)] == h), None)
    if head is None or toks[-1].text not in _END:
        return None
    k = len(head)
    if k < len(toks) and words[k] == "vriendelijk":
        if words[k + 1 : k + 2] in (["doch"], ["maar"], ["en"]):
            return None  # 'vriendelijk doch dringend': the glossary rewrites that formula
        k += 1
    if k < len(toks) and words[k] == "om":
        k += 1
    te = len(toks) - 3
    if te <= k or words[te] != "te" or "," in words[k:te]:
        return None
    edits = [Edit(toks[0].idx, toks[k].idx, "Wilt u ")]
    edits += _join_te(toks, te)
    edits.append(Edit(toks[-1].idx, toks[-1].idx + 1, "?"))
    return _proposal(
        letter, f, "toon", edits,
        "Vraag het direct en vriendelijk: 'Wilt u ...?' in plaats van 'U wordt verzocht ...'.",
        safe=True,
    )  # fmt: skip


_PRONOUN_AGENT = {
    "ons": ("Wij", "plural"),
    "mij": ("Ik", "ik"),
    "u": ("U", "sg"),
    "hen": ("Zij", "plural"),
}


def _er_wordt(letter: Letter, sentence: Sentence, f: Finding, lem: Lemmatizer) -> Proposal | None:
    toks = _tokens(letter, sentence)
    words = [t.lower_ for t in toks]
    if words[:2] != ["er", "wordt"]:
        return None
    if len(words) > 3 and words[2] == "door":
        part_i = next(
            (j for j in range(4, min(len(toks), 9)) if is_participle(toks[j].text, lem)), None
        )
        if part_i is None:
            return None
        agent = toks[3:part_i]
        if any(t.text in {",", ";"} for t in agent):
            return None
        safe = True
    else:
        part_i = 2
        if not is_participle(toks[2].text, lem):
            return None
        agent = []
        safe = False  # 'Er wordt gekeken' -> 'Wij kijken': who 'wij' are is an assumption
    verb = is_participle(toks[part_i].text, lem)
    if verb is None:
        return None
    nxt = words[part_i + 1] if part_i + 1 < len(words) else "."
    particle = next((p for p in PARTICLES if verb.startswith(p) and len(verb) > len(p) + 3), "")
    if particle and nxt not in {"dat", "of", "om", ".", ",", "?", "!"}:
        return None
    base = verb[len(particle) :]
    if agent:
        first = agent[0]
        if len(agent) == 1 and first.lower_ in _PRONOUN_AGENT:
            subject, person = _PRONOUN_AGENT[first.lower_]
        else:
            subject, person = capitalise(first.text), "sg"
        subject_edits = [
            Edit(toks[0].idx, first.idx, ""),
            Edit(first.idx, first.idx + len(first.text), subject),
        ]
    else:
        person = "plural"
        subject_edits = [Edit(toks[0].idx, toks[part_i].idx, "Wij ")]
    if person == "plural":
        form = base
    elif person == "ik":
        form = (
            third_singular(base)[:-1]
            if third_singular(base).endswith("t")
            else third_singular(base)
        )
    else:
        form = third_singular(base)
    new_verb = f"{form} {particle}" if particle else form
    part = toks[part_i]
    edits = [*subject_edits, Edit(part.idx, part.idx + len(part.text), new_verb)]
    return _proposal(
        letter, f, "actief", edits,
        "Zeg wie iets doet: een actieve zin is duidelijker dan 'er wordt ... besloten'.",
        safe=safe,
    )  # fmt: skip


def _dienen_te(letter: Letter, sentence: Sentence, f: Finding) -> Proposal | None:
    toks = _tokens(letter, sentence)
    i = next((k for k, t in enumerate(toks) if t.idx == f.start), None)
    if i is None:
        return None
    te = te_infinitive(toks, i)
    if te is None:
        return None
    word = toks[i].text
    new = DIENEN[word.lower()]
    if word[:1].isupper():
        new = capitalise(new)
    more = _coordinated_tes(toks, te)
    if more is None:
        return None
    edits = [Edit(f.start, f.end, new), *_join_te(toks, te)]
    for k in more:
        edits += _join_te(toks, k)
    return _proposal(
        letter, f, "toon", edits, "'Moeten' is gewoner en duidelijker dan 'dienen te'.", safe=True
    )


# 'Wij sommeren u X te betalen' -> 'U moet X betalen'; 'Daarom sommeren wij u ...' -> 'Daarom
# moet u ...' (the glossary's own 'wij vragen u dringend' adds a word and is softer); 'dan zijn
# wij genoodzaakt X te starten' -> 'dan moeten wij X starten'
_MUST = {row["formula"]: row["plain"] for row in nl.table("must_formulas")}
MUST_RULES = frozenset(
    {
        "glossary.wij-sommeren-u",
        "glossary.sommeren-wij-u",
        "glossary.toon-genoodzaakt",
        "glossary.genoodzaakt",
    }
)


def _must(letter: Letter, sentence: Sentence, f: Finding, words: list[Finding]) -> Proposal | None:
    toks = _tokens(letter, sentence)
    last = next((k for k, t in enumerate(toks) if t.idx + len(t.text) == f.end), None)
    if last is None:
        return None
    first = next(k for k, t in enumerate(toks) if t.idx >= f.start)
    if f.rule_id == "glossary.genoodzaakt" and first >= 2:
        first -= 2  # 'dan zijn wij genoodzaakt': the formula starts at 'zijn'
    start = toks[first].idx
    formula = " ".join(t.lower_ for t in toks[first : last + 1])
    plain = _MUST.get(formula)
    if plain is None:
        return None
    end = last
    while end + 1 < len(toks) and toks[end + 1].lower_ in {"hierbij", "om"}:
        end += 1  # 'Wij sommeren u hierbij (om) ...': both go
    te = te_infinitive(toks, end)
    more = _coordinated_tes(toks, te) if te is not None else None
    if te is None or more is None:
        return None
    # an infinitive with a plain word of its own ('te beëindigen' -> 'te stoppen') keeps it:
    # joining its 'te' here would overlap that proposal, and the hard word would stay
    for k in (te, *more):
        a, b = toks[k].idx, toks[k + 1].idx + len(toks[k + 1].text)
        if any(o.start < b and a < o.end for o in words):
            return None
    new = plain
    if toks[first].text[:1].isupper():
        new = capitalise(new)
    tail = toks[end]
    edits = [Edit(start, tail.idx + len(tail.text), new), *_join_te(toks, te)]
    for k in more:
        edits += _join_te(toks, k)
    return _proposal(
        letter,
        f,
        "toon",
        edits,
        "'Moeten' zegt gewoon wat er moet gebeuren.",
        safe=True,
    )


def _coordinated_tes(toks: list, te: int) -> list[int] | None:
    """Every further 'te' + infinitive that the same verb governs ('... te verkrijgen en te
    aanvaarden en gebruik te maken van ...'), in order; None when one cannot be told."""
    out: list[int] = []
    while True:
        nxt = _coordinated_te(toks, te)
        if nxt is False:
            return None
        if nxt is None:
            return out
        out.append(nxt)
        te = nxt


_COORDINATORS = {"en", "of", "ofwel"}
_SUBJECTS = {"wij", "we", "ik", "hij", "zij", "ze", "jij"}  # not 'u': also an object


def _coordinated_te(toks: list, te: int) -> int | bool | None:
    """'U dient X in te leveren, dan wel op te sturen': the index of the second 'te' +
    infinitive that 'dienen' also governs; None when there is none or when it belongs to a
    clause of its own (a finite verb after the coordinator: 'en wij zullen proberen u te
    helpen'); False when that cannot be told ('en om ... te', 'en u te melden'): then no
    proposal, since 'moet ... of op te sturen' would not read."""
    j = te + 2
    while j < len(toks) and toks[j].text == ",":
        j += 1
    if j + 1 < len(toks) and toks[j].lower_ == "dan" and toks[j + 1].lower_ == "wel":
        j += 1  # 'dan wel'
    elif j >= len(toks) or toks[j].lower_ not in _COORDINATORS:
        return None
    for k in range(j + 1, min(len(toks) - 1, j + 9)):
        if toks[k].text in _END or toks[k].text in {";", ":"}:
            return None
        if toks[k].lower_ == "te" and toks[k + 1].is_alpha and toks[k + 1].lower_.endswith("n"):
            between = [t.lower_ for t in toks[j + 1 : k]]
            if any(w in _SUBJECTS or w in _AUX_FORMS or w in DIENEN for w in between):
                return None
            if between[:1] == ["om"] or "u" in between:
                return False
            return k
    return None


# Reported speech or a quoted claim before a boundary: a split would make the
# second half the sender's own statement ('Dat is omdat de wachttijden te lang zijn').
_REPORTING = {
    "schrijft", "schreef", "stelt", "stelde", "zegt", "zei", "meent", "vindt", "vond",
    "aangegeven", "gesteld", "aangevoerd", "betoogt", "volgens", "verklaart", "beweert",
    "geschreven", "gezegd", "vraagt", "gevraagd", "aanvoert", "aangeeft", "geadviseerd",
    "adviseert", "oordeelt", "geoordeeld", "concludeert", "geconcludeerd", "meldt", "gemeld",
    "verzocht", "verzoekt", "aangevraagd",
}  # fmt: skip
# An objection or complaint made gives the reader's reasons: 'U heeft bezwaar gemaakt, omdat …'
_OBJECTIONS = {"bezwaar", "beroep", "klacht"}
_OBJECTION_MADE = set(nl.words("objection_made"))  # made by the reader, not "kunt u … maken"


def _reported(toks: list) -> bool:
    """True when the words before a boundary report someone else's words or reasons."""
    for k, t in enumerate(toks):
        if t.lower_ in _REPORTING:
            return True
        if t.lower_ in _OBJECTIONS and any(
            x.lower_ in _OBJECTION_MADE for x in toks[k + 1 : k + 3]
        ):
            return True
    return False


# After ', en' these words start a subordinate clause or an inverted one (verb first):
# split off, they are no sentence ('Dat u hiervoor ...', 'Is het budgetplan beoordeeld.').
_NO_MAIN_CLAUSE = {
    "dat", "die", "omdat", "of", "als", "wanneer", "hoe", "waar", "wat", "indien", "zodat",
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "wordt", "worden", "werd", "kan",
    "kunt", "kunnen", "moet", "moeten", "mag", "zal", "zullen", "zou", "gaat", "krijgt",
    "ontvangt", "bent", "wil", "wilt", "hoeft", "blijft", "te", "om",
}  # fmt: skip
# ', en welke hulp u krijgt': an indirect question or another subordinate clause
_SUBORDINATORS = frozenset(nl.words("subordinators"))
_SAFE_BOUNDARIES = {"maar": ". Maar", "en": ".", "omdat": ". Dat is omdat"}
_REORDER = {"waardoor": "Daardoor", "zodat": "Zo", "die": "Die"}


def _split(letter: Letter, sentence: Sentence, f: Finding, lem: Lemmatizer) -> Proposal | None:
    toks = _tokens(letter, sentence)
    n_words = sum(1 for t in toks if is_word(t.text))
    best: tuple[float, list[Edit], bool] | None = None
    words_before = 0
    # 'Omdat het de eerste keer is ..., en gelet op ...': a sentence that opens with a
    # subordinator has no main clause before its first comma, so no split there
    first_word = next((t for t in toks if t.is_alpha), None)
    opens_subordinate = first_word is not None and first_word.lower_ in _SUBORDINATORS
    commas = 0
    for i, tok in enumerate(toks[:-2]):
        if is_word(tok.text):
            words_before += 1
        nxt = toks[i + 1]
        boundary = tok.text == ";" or (
            tok.text == "," and nxt.lower_ in _SAFE_BOUNDARIES | _REORDER.keys()
        )
        commas += tok.text in {",", ";"}
        if not boundary:
            continue
        if opens_subordinate and commas <= 1:
            continue
        left, right = words_before, n_words - words_before
        if left < _MIN_SIDE or right < _MIN_SIDE:
            continue
        if letter.is_protected(tok.idx, nxt.idx + len(nxt.text)):
            continue
        if _reported(toks[:i]):
            continue  # 'U schrijft dat ..., omdat ...': the second part is still the writer's claim
        edits, safe = _split_edits(toks, i, lem)
        if not edits:
            continue
        balance = abs(left - right) + (0 if safe else 5)
        if best is None or balance < best[0]:
            best = (balance, edits, safe)
    if best is None:
        return None
    _, edits, safe = best
    return _proposal(
        letter, f, "zin splitsen", edits,
        "Deze zin is lang. Maak er twee zinnen van; er gaat geen woord van de inhoud verloren.",
        safe=safe,
    )  # fmt: skip


def _split_edits(toks: list, i: int, lem: Lemmatizer) -> tuple[list[Edit], bool]:
    tok, conj = toks[i], toks[i + 1]
    if tok.text == ";":
        first = conj
        return [
            Edit(tok.idx, tok.idx + 1, "."),
            Edit(first.idx, first.idx + 1, first.text[0].upper()),
        ], True
    word = conj.lower_
    if word == "en":
        first = toks[i + 2]
        if not first.is_alpha or first.lower_ in _NO_MAIN_CLAUSE or first.lower_ in _SUBORDINATORS:
            return [], False  # ', en dat u ...' / ', en is het ...': no sentence of its own
        rest = toks[i + 2 :]
        stop = next((k for k, t in enumerate(rest) if t.text in {",", ";", ":", "("}), len(rest))
        if not any(may_be_verb(t.text, lem) for t in rest[:stop]):
            return [], False  # ', en een ergotherapeut van ...': a noun phrase, no clause
        return [Edit(tok.idx, first.idx + 1, ". " + first.text[0].upper())], True
    if word == "maar" and i + 2 < len(toks) and toks[i + 2].lower_ in _NO_MAIN_CLAUSE:
        # ', maar wordt vanaf 1 februari betaald uit ...': the subject is left out, so the
        # part after 'maar' is no sentence of its own ('Maar wordt vanaf ...')
        return [], False
    if word in _SAFE_BOUNDARIES:
        return [Edit(tok.idx, conj.idx + len(conj.text), _SAFE_BOUNDARIES[word])], True
    # Reorder: move the clause-final finite verb to second position.
    end = len(toks) - 1 if toks[-1].text in _END else len(toks)
    clause = toks[i + 2 : end]
    embedded = {
        "welke",
        "wat",
        "die",
        "dat",
        "of",
        "als",
        "omdat",
        "wie",
        "hoe",
        "waar",
        "wanneer",
        "en",
    }
    if not clause or any(t.text in {",", ";", ":"} or t.lower_ in embedded for t in clause):
        return [], False
    verb = clause[-1]
    low = verb.lower_
    if not verb.is_alpha or low.endswith("en") or is_participle(verb.text, lem):
        return [], False
    if not (lem.lemmas(low) & lem.index["verb"]) or low in lem.index["noun"]:
        return [], False
    if len(clause) < 2:
        return [], False
    edits = [
        Edit(tok.idx, conj.idx + len(conj.text), f". {_REORDER[word]} {verb.text}"),
        Edit(clause[-2].idx + len(clause[-2].text), verb.idx + len(verb.text), ""),
    ]
    return edits, False
