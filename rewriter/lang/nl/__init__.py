"""Dutch language data in one place, one kind per file (in the spirit of spaCy's lang/nl).

Every list is a plain file next to this module, read once and returned as an immutable
value:

- `*.txt`: one item a line; `#` starts a comment, blank lines are skipped
  (`words("weekdays")` -> ("maandag", ...)); `alternation(name)` makes a regex group of
  the items, escaped.
- pattern files (`*.txt` whose header starts '# Pattern file'): one regex alternative a
  line, for phrases whose words need regex syntax ('neem\\w* u?\\s*\\w* mee');
  `pattern(name)` joins them, not escaped. The regex around them (anchors, named groups,
  flags) stays in the module that uses it; the words live here.
- `*.tsv`: tab-separated rows with a header line (`table("synonyms")`).
- `domains.yaml`: cue words per letter domain (`domain_cues()`).

The files, by kind:

- calendar: weekdays, months, month_abbreviations
- grammar: articles, determiner_forms, indefinite, possessives, determiners, particles,
  auxiliaries, irregular_present, verb_stem_exceptions (generated from hunspell-nl), dienen,
  irregular_plurals, uncountable, compound_links, prepositions (the one list for every
  module), time_prepositions and tail_prepositions (subsets for the passive rules),
  phrase_prepositions (a subset for suggest.py),
  function_words, nominative_pronouns, object_pronouns (the grammar check on pronouns)
- names and people: titles, name_particles, name_heads, names (laws, organisations)
- letters: salutations, closings (fixed formulas)
- the page's structure (rewriter/structure.py, rewriter/render.py): decision_words,
  decision_kinds, requests, delivery_verbs, request_openers, next_openers, next_cues,
  why_openers, why_cues, reason_openers, occasion_openers, summary_openers, connectives,
  condition_subordinators, condition_verbs, reader_fail_verbs, instruction_cues,
  objection_routes, objection_nouns, objection_admissibility, reference_labels,
  header_labels, annex_labels, channel_labels, contact_talk, away_states, at_work,
  away_phrases, away_desks, desk_names, sender_objects, crisis_worries, crisis_condition_verbs,
  crisis_line_remarks, reply_slip_headings, cut_marks; the letter's own headings, by the
  page question they mean: heading_privacy, heading_objection, heading_ask, heading_next,
  heading_payment, heading_decision, heading_grounds, heading_grounds_why, heading_why,
  heading_contact, heading_other
- sense: domains (cue words per domain), courts, legal_terms
- words: synonyms (officialese -> plain, for hints), nominal_verbs (the verb a
  nominalisation hides, for rewriter/nominal.py)
- glossary sources: sources (how a `source` citation reads in the Woordenlijst tab)

Modules import from here instead of keeping their own copies of these lists
(tests/test_lang.py checks that no module defines its own weekdays, months or
prepositions, and that no regex in a module holds a new word list: more than eight plain
words in one group; older ones are listed in tests/data/regex_word_lists.tsv).
Still outside this layer: the title and surname-particle patterns and organisation heads in
rewriter/facts.py, suggest._AUX and the Dutch stop words (spaCy's own list).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=256)  # more than the files: a module may read a list at run time
def words(name: str) -> tuple[str, ...]:
    """Return the items of `<name>.txt`, in file order."""
    items: list[str] = []
    for line in (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        item = line.split("#", 1)[0].strip()
        if item:
            items.append(item)
    return tuple(items)


@lru_cache(maxsize=16)
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Return the items of `<name>.txt` written as `key = value` (or `key value`)."""
    out: list[tuple[str, str]] = []
    for item in words(name):
        key, _, value = item.partition("=") if "=" in item else item.partition(" ")
        out.append((key.strip(), value.strip()))
    return tuple(out)


def alternation(name: str, first: int | None = None, spaces: str = " ") -> str:
    """Return the items of `<name>.txt` as a regex group: '(?:maandag|dinsdag|...)'.

    `spaces` is what a space inside an item matches (r"\\s+" for any white space).
    """
    items = words(name)[:first] if first else words(name)
    escaped = (re.escape(item).replace(r"\ ", spaces) for item in items)
    return "(?:" + "|".join(escaped) + ")"


@lru_cache(maxsize=256)
def pattern(name: str) -> str:
    """Return the lines of a pattern file `<name>.txt` as one regex group: '(?:a|b|...)'.

    Unlike `alternation`, the lines are regex alternatives, written as they are (not
    escaped): a phrase whose words need regex syntax ('neem\\w* u?\\s*\\w* mee', 'beroep
    (?:schrift)?'). Order is kept (the first alternative that fits wins). A pattern file
    says so in its header; its lines must not start or end with a space that matters
    (lines are stripped) nor hold a '#' (a comment).
    """
    return "(?:" + "|".join(words(name)) + ")"


@lru_cache(maxsize=1)
def note_mark() -> str:
    """The postscript marks of note_marks.txt as a regex group: 'P.S.', 'PS', 'P. S.'."""
    parts = []
    for item in words("note_marks"):
        letters = [re.escape(ch) for ch in item.replace(".", "")]
        parts.append(r"\.?[ \t]?".join(letters) + r"\b\.?")
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=8)
def verb_forms(lemma: str) -> frozenset[str]:
    """Return the forms of an auxiliary verb from auxiliaries.tsv ('worden' -> wordt, werd...)."""
    return frozenset(row["form"] for row in table("auxiliaries") if row["lemma"] == lemma)


@lru_cache(maxsize=1)
def compound_links() -> tuple[str, ...]:
    """Return the linking elements of compounds, the empty one first ('', 's', 'e', ...)."""
    return ("", *words("compound_links"))


@lru_cache(maxsize=16)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of `<name>.tsv` as dicts keyed by the header."""
    with (HERE / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def domain_cues() -> tuple[tuple[str, str, int], ...]:
    """Return (domain, cue, weight) for every cue in domains.yaml."""
    data: dict[str, list[Any]] = yaml.safe_load((HERE / "domains.yaml").read_text("utf-8"))
    out: list[tuple[str, str, int]] = []
    for domain, cues in data.items():
        for cue in cues:
            if isinstance(cue, dict):
                out.append((domain, str(cue["cue"]), int(cue.get("weight", 1))))
            else:
                out.append((domain, str(cue), 1))
    return tuple(out)
