"""The prompt: house rules and the glossary, for one section of a letter.

The model gets what the rule-based engine knows: required replacements,
forbidden stigma words, legal terms to keep (and explain), the facts that must
stay verbatim, and the house rules (B1, short sentences, 'u', one contact line).
Only the glossary entries that occur in the section are listed, so the prompt
stays short enough for a small local model.
"""

from __future__ import annotations

from collections.abc import Iterable

from rewriter.facts import extract_facts, fact_list
from rewriter.glossary import Glossary
from rewriter.model import Finding
from rewriter.neural.backends import Prompt

HOUSE_RULES = (
    "Je herschrijft één deel van een brief van de gemeente in eenvoudig Nederlands (taalniveau B1).",
    "Schrijf korte zinnen: hooguit 15 woorden per zin. Spreek de lezer aan met 'u'.",
    "Verander geen feiten: bedragen, datums, tijden, termijnen, namen, nummers, adressen, "
    "telefoonnummers, e-mailadressen, websites en invoegvelden blijven precies zoals ze staan.",
    "Voeg niets toe wat niet in de tekst staat: geen nieuwe zinnen, getallen, namen of telefoonnummers.",
    "Noem één manier om contact op te nemen; haal geen nood- of crisisnummer weg.",
    "Geef alleen de herschreven tekst terug, zonder uitleg.",
)


def build_prompt(section: str, findings: Iterable[Finding], glossary: Glossary) -> Prompt:
    """The prompt for one section; `findings` are the glossary findings inside it."""
    replace, keep, avoid = {}, {}, {}
    for f in findings:
        entry = glossary.by_id.get(f.entry_id or "")
        if entry is None:
            continue
        if entry.type == "replace" and entry.plain:
            replace[f.text] = entry.plain[0].text
        elif entry.type == "explain":
            keep[f.text] = entry.explanation
    for entry in glossary.entries:
        if entry.type == "stigma":
            for term in entry.terms:
                avoid[" ".join(term.words)] = entry.plain[0].text if entry.plain else ""
    lines = list(HOUSE_RULES)
    if replace:
        lines.append("Vervang deze woorden:")
        lines += [f"- {old} -> {new}" for old, new in replace.items()]
    if keep:
        lines.append("Deze juridische woorden blijven staan; leg ze kort uit:")
        lines += [f"- {term}: {why}" if why else f"- {term}" for term, why in keep.items()]
    lines.append("Gebruik nooit deze woorden over mensen: " + ", ".join(sorted(avoid)) + ".")
    facts = fact_list(extract_facts(section))
    if facts:
        lines.append("Deze feiten blijven letterlijk staan:")
        lines += [f"- {fact}" for fact in facts]
    return Prompt(system="\n".join(lines), user=section)
