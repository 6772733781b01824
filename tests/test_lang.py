"""One place for Dutch language data: rewriter/lang/nl, one kind per file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rewriter.lang import nl

ROOT = Path(__file__).resolve().parent.parent / "rewriter"


def _modules() -> list[Path]:
    return [p for p in ROOT.rglob("*.py") if "lang" not in p.relative_to(ROOT).parts]


def test_no_module_keeps_its_own_weekdays_or_months() -> None:
    weekdays = set(nl.words("weekdays"))
    months = set(nl.words("months"))
    offenders = []
    for path in _modules():
        words = set(re.findall(r"[a-z]+", path.read_text(encoding="utf-8")))
        if len(words & weekdays) >= 3 or len(words & months) >= 3:
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, f"use rewriter.lang.nl instead of a word list in: {offenders}"


def test_the_lists_are_complete() -> None:
    assert nl.words("weekdays")[0] == "maandag" and len(nl.words("weekdays")) == 7
    assert nl.words("months")[-1] == "december" and len(nl.words("months")) == 12
    assert nl.verb_forms("worden") >= {"wordt", "werd", "geworden"}
    assert "heeft" in nl.verb_forms("hebben")
    assert nl.compound_links()[0] == ""
    assert dict(nl.pairs("irregular_plurals"))["kind"] == "kinderen"


def test_modules_use_the_language_layer() -> None:
    import importlib

    from rewriter import dutch, protect, structure
    from rewriter.analysers import style, voice

    # rewriter.analysers.glossary is also the name of a function in the package
    glossary = importlib.import_module("rewriter.analysers.glossary")

    assert nl.words("particles") == glossary.PARTICLES
    assert glossary._LINKS == style._LINKS == nl.compound_links()
    assert nl.verb_forms("worden") == voice.WORDEN
    assert "maandag" in protect._WEEKDAY and structure._WEEKDAY.search("op Dinsdag")
    assert dutch._IRREGULAR_PLURALS["idee"] == "ideeën"


def test_regex_alternation_escapes() -> None:
    assert re.fullmatch(nl.alternation("month_abbreviations"), "sept")
    assert not re.fullmatch(nl.alternation("weekdays", first=5), "zondag")


# --- Dutch word lists inside regexes --------------------------------------------------
# Rule (issue 13): a Dutch word list in a regex is language data and lives in
# rewriter/lang/nl (`nl.alternation` for words, `nl.pattern` for phrases that need regex
# syntax). In a rewriter module outside lang/, no group of a regex literal may hold more
# than MAX_WORDS plain alternatives: a word or phrase of letters and spaces, maybe ending
# in \w* or \w+ ('besluit', 'ons kenmerk', 'beëindig\w*'; a '\b' or '\s*' at its edges does
# not matter). The regex literals are the string constants of the pattern argument of
# every re.compile/search/match/fullmatch/sub/subn/findall/finditer/split call, and of
# every module-level string constant that holds '(?' (a regex fragment such as
# structure._NO_DECISION); what an f-string reads from rewriter.lang.nl does not count.
# Regexes that held longer lists when the rule came in are listed, by module and owner
# (the module-level name they are assigned to, or the function or class that holds the
# call), in tests/data/regex_word_lists.tsv with the size of their longest group: they may
# not grow, and a row follows its regex down (shrink it, or remove it when the regex is
# moved). Small groups of grammar words ('(?:wij|we|ik)', '(?:is|was|werd)') stay in code.
MAX_WORDS = 8
_LEGACY = Path(__file__).resolve().parent / "data" / "regex_word_lists.tsv"
_RE_CALLS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "findall",
    "finditer",
    "split",
}
_GROUP_PREFIX = re.compile(r"\?(?:[:=!>]|<[=!]|P<\w+>|[aiLmsux-]+:)")
_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_EDGES = re.compile(r"^(?:\\b|\\s[*+?]?|\s)+|(?:\\b|\\s[*+?]?|\s)+$")
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*(?:\\w[*+])?")


def largest_word_group(regex: str) -> int:
    """The most plain-word alternatives in one group of `regex` (the top level is a group)."""
    regex = _FLAGS.sub("", regex)
    stack: list[list[str]] = [[""]]
    best, i, in_class = 0, 0, False

    def plain(alternatives: list[str]) -> int:
        return sum(1 for a in alternatives if _PLAIN.fullmatch(_EDGES.sub("", a)))

    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            stack[-1][-1] += regex[i : i + 2]
            i += 2
            continue
        i += 1
        if in_class or ch == "[":  # a character class is no word
            in_class = ch != "]" if in_class else True
            stack[-1][-1] += "#"
        elif ch == "(":
            prefix = _GROUP_PREFIX.match(regex, i)
            i = prefix.end() if prefix else i
            stack.append([""])
        elif ch == "|":
            stack[-1].append("")
        elif ch == ")" and len(stack) > 1:
            best = max(best, plain(stack.pop()))
            stack[-1][-1] += "#"
        else:
            stack[-1][-1] += ch
    return max(best, *(plain(alternatives) for alternatives in stack))


def _literal(node: ast.AST) -> str:
    return "".join(
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def regex_word_lists(path: Path) -> dict[str, int]:
    """owner -> the longest word group of its regex literals, for the groups over MAX_WORDS."""
    found: dict[str, int] = {}
    for top in ast.parse(path.read_text(encoding="utf-8")).body:
        owner = getattr(top, "name", "")
        literals = []
        if isinstance(top, ast.Assign):
            owner = next((t.id for t in top.targets if isinstance(t, ast.Name)), "")
            if isinstance(top.value, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                literals.append(_literal(top.value))
                literals = [text for text in literals if "(?" in text]
        elif isinstance(top, ast.AnnAssign) and isinstance(top.target, ast.Name):
            owner = top.target.id
        for node in ast.walk(top):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS
                and node.args
            ):
                literals.append(_literal(node.args[0]))
        size = max((largest_word_group(text) for text in literals), default=0)
        if size > MAX_WORDS:
            found[owner or f"line {top.lineno}"] = max(size, found.get(owner, 0))
    return found


def test_word_group_count() -> None:
    assert largest_word_group(r"(?i)\b(?:wij|we|ik) (?:zien|zie) u\b") == 3
    assert largest_word_group(r"^\s*(ons kenmerk|bsn|uw (?:brief|e-mail) van)\s*:?(.*)$") == 2
    assert largest_word_group(r"\b(beëindig\w*|besluit|\d+ dagen|[a-z]+)\b") == 2
    assert largest_word_group(r"(?:a|b)|c|d") == 2  # one-letter words count too


def test_no_new_dutch_word_lists_in_regexes() -> None:
    legacy = {}
    for line in _LEGACY.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            module, owner, size = line.split("\t")
            legacy[f"{module}:{owner}"] = int(size)
    found = {
        f"{path.relative_to(ROOT)}:{owner}": size
        for path in _modules()
        for owner, size in regex_word_lists(path).items()
    }
    new = {k: v for k, v in found.items() if k not in legacy}
    grown = {k: (legacy[k], v) for k, v in found.items() if k in legacy and v > legacy[k]}
    stale = {k: (v, found.get(k, 0)) for k, v in legacy.items() if found.get(k, 0) < v}
    assert not new, f"a Dutch word list in a regex: move its words to rewriter/lang/nl: {new}"
    assert not grown, f"a listed regex grew (listed, now); move its words to lang/nl: {grown}"
    assert not stale, f"lower or remove these rows of {_LEGACY.name} (listed, now): {stale}"


def test_one_preposition_list() -> None:
    from rewriter import grammar, nominal, sentence_rules, suggest

    prepositions = frozenset(nl.words("prepositions"))
    assert nominal._PREPOSITIONS == grammar._PREPOSITIONS == prepositions
    assert prepositions == sentence_rules._PREPOSITIONS
    assert prepositions <= suggest._FUNCTION_WORDS
    # the lists of one use are subsets, and say why in their header
    assert prepositions > suggest._PHRASE_PREPOSITIONS
    assert prepositions > sentence_rules._TAIL_PREPOSITIONS
    assert prepositions > sentence_rules._FRONTED_PREPOSITIONS
    # no module keeps its own copy: a literal set, list or tuple of five or more words,
    # three quarters of them prepositions
    copies = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
                items = {e.value for e in node.elts if isinstance(e, ast.Constant)}
                if len(items) >= 5 and len(items & prepositions) * 4 >= len(items) * 3:
                    copies.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not copies, f"read rewriter/lang/nl/prepositions.txt instead: {copies}"


def test_pattern_files_compile() -> None:
    """Every pattern file compiles, and its lines are read as written: no space at either
    end (lines are stripped; write a trailing space as '[ ]') and no '#' (a comment)."""
    for path in sorted(Path(nl.__file__).parent.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines[0].startswith("# Pattern file"):
            re.compile(nl.pattern(path.stem))
            items = [line for line in lines if line and not line.startswith("#")]
            assert items == list(nl.words(path.stem)), path.name


# Patterns whose words moved to rewriter/lang/nl (issue 13). Most hold fewer than
# MAX_WORDS words in a group and would not be caught above if their words came back:
# each must keep reading its words from the language layer.
_MOVED = {
    "structure.py": (
        "DECISION_WORDS", "_KIND_DECISION", "_ASK", "_NEXT", "_WHY", "_WHY_OPENER",
        "_ASK_OPENER", "_NEXT_OPENER", "_REASON_OPENER", "_OBJECT_ROUTE", "_LABEL",
        "_REFERENCE_LABELS", "_ANNEX", "_INSTRUCTION", "_CRISIS_CONDITION", "_REPLY_SLIP",
        "_CUT_LINE", "_CRISIS_TAIL", "_CONTACT_TALK", "WHEN_AWAY", "_NOT_US", "_SUMMARY",
        "_OCCASION", "_IF_READER_FAILS", "_SUBORDINATE", "_VERB_FIRST_IF", "_CONNECTIVE",
        "_OBJECTION_TOLD", "_HEADER_ROW", "_HEADING_KEYS",
    ),
    "render.py": ("_AWAY_DESK", "_REACHABLE_SUBJECT"),
}  # fmt: skip


def test_moved_patterns_read_the_language_layer() -> None:
    for module, names in _MOVED.items():
        source = (ROOT / module).read_text(encoding="utf-8")
        tree = ast.parse(source)
        defined = {
            t.id: ast.get_source_segment(source, node.value) or ""
            for node in tree.body
            if isinstance(node, ast.Assign)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        for name in names:
            text = defined[name]
            # the words come from nl, or from a module constant read from nl ('_CUT_MARK')
            reads = "nl." in text or any(
                "nl." in defined.get(ref, "") for ref in re.findall(r"\b_[A-Z_]+\b", text)
            )
            assert reads, f"{module}:{name} lost its words to the code; read them from lang/nl"
