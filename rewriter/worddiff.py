"""A word diff whose cost stays about linear in the letter's length.

difflib.SequenceMatcher over all words of a letter is quadratic: every space
and every common word matches thousands of places (a 60,000-character letter
took 25 s). Here difflib only ever sees small pieces:

1. words shared at the start and the end are cut off (edits are local);
2. a piece that is still large is split at anchors: words that occur exactly
   once on each side, in the longest run of them that keeps its order (the
   idea of Bram Cohen's patience diff, as used by git and bzr), widened to
   words used equally often (at most `MAX_REPEAT` times) on both sides, the
   k-th use paired with the k-th, so a letter that repeats itself has anchors;
3. a large piece without such words (a letter repeated) is compared line by
   line first (lines repeat far less than words), and the changed lines again;
4. difflib compares what is left when it is small enough (at most `BUDGET`
   word pairs); a large piece with no line and no single word in common is
   shown as removed and added as a whole.

The result is a list of (text, label) pieces: None for unchanged text, '-' for
removed and '+' for added text. Joining the pieces without '+' gives `before`,
without '-' gives `after`.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

BUDGET = 200_000  # word pairs difflib may compare in one piece
MAX_REPEAT = 16  # a word used more often than this on a side is no anchor
_TOKEN = re.compile(r"\S+|\s+")

Piece = tuple[str, str | None]


def diff_pieces(before: str, after: str) -> list[Piece]:
    """Word diff for a before/after view: ('-' removed, '+' added, None same)."""
    a = _TOKEN.findall(before)
    b = _TOKEN.findall(after)
    ops: list[tuple[str, int, int, int, int]] = []
    _diff(a, b, 0, len(a), 0, len(b), ops)
    out: list[Piece] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            _append(out, "".join(a[i1:i2]), None)
            continue
        if i2 > i1:
            _append(out, "".join(a[i1:i2]), "-")
        if j2 > j1:
            _append(out, "".join(b[j1:j2]), "+")
    return out


def _append(out: list[Piece], text: str, label: str | None) -> None:
    if not text:
        return
    if out and out[-1][1] == label:
        out[-1] = (out[-1][0] + text, label)
    else:
        out.append((text, label))


def _diff(
    a: list[str],
    b: list[str],
    alo: int,
    ahi: int,
    blo: int,
    bhi: int,
    ops: list[tuple[str, int, int, int, int]],
) -> None:
    """Append opcodes for a[alo:ahi] against b[blo:bhi], in order (a work stack, no recursion)."""
    # A work item is ("diff", range) to be compared, or an opcode ready to emit.
    stack: list[tuple[str, int, int, int, int]] = [("diff", alo, ahi, blo, bhi)]
    while stack:
        item = stack.pop()
        if item[0] != "diff":
            ops.append(item)
            continue
        _, alo, ahi, blo, bhi = item
        head = 0
        while alo + head < ahi and blo + head < bhi and a[alo + head] == b[blo + head]:
            head += 1
        tail = 0
        while (
            ahi - tail > alo + head
            and bhi - tail > blo + head
            and a[ahi - tail - 1] == b[bhi - tail - 1]
        ):
            tail += 1
        work: list[tuple[str, int, int, int, int]] = []
        if head:
            work.append(("equal", alo, alo + head, blo, blo + head))
        i, ahi2, j, bhi2 = alo + head, ahi - tail, blo + head, bhi - tail
        if i == ahi2 or j == bhi2 or (ahi2 - i) * (bhi2 - j) <= BUDGET:
            work.extend(_small(a, b, i, ahi2, j, bhi2))
        else:
            anchors = _anchors(a, b, i, ahi2, j, bhi2)
            if not anchors:
                work.extend(_by_lines(a, b, i, ahi2, j, bhi2))
            for ai, bj in anchors:
                if ai > i or bj > j:
                    work.append(("diff", i, ai, j, bj))
                work.append(("equal", ai, ai + 1, bj, bj + 1))
                i, j = ai + 1, bj + 1
            if anchors and (ahi2 > i or bhi2 > j):
                work.append(("diff", i, ahi2, j, bhi2))
        if tail:
            work.append(("equal", ahi - tail, ahi, bhi - tail, bhi))
        stack.extend(reversed(work))


def _small(
    a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[str, int, int, int, int]]:
    if alo == ahi and blo == bhi:
        return []
    if alo == ahi or blo == bhi:
        return [("replace", alo, ahi, blo, bhi)]
    matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
    return [
        (op, alo + i1, alo + i2, blo + j1, blo + j2) for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _by_lines(
    a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[str, int, int, int, int]]:
    """Compare whole lines (few repeat as often as words do); changed lines are compared again."""
    lines_a, lines_b = _lines(a, alo, ahi), _lines(b, blo, bhi)
    matcher = difflib.SequenceMatcher(None, [t for t, _, _ in lines_a], [t for t, _, _ in lines_b])
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return [("replace", alo, ahi, blo, bhi)]
    work: list[tuple[str, int, int, int, int]] = []
    i, j = alo, blo
    for m in blocks:
        ai, bj = lines_a[m.a][1], lines_b[m.b][1]
        ae, be = lines_a[m.a + m.size - 1][2], lines_b[m.b + m.size - 1][2]
        if ai > i or bj > j:
            work.append(("diff", i, ai, j, bj))
        work.append(("equal", ai, ae, bj, be))
        i, j = ae, be
    if ahi > i or bhi > j:
        work.append(("diff", i, ahi, j, bhi))
    return work


def _lines(tokens: list[str], lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The lines of tokens[lo:hi]: (text, first token, end token); a line ends after a newline."""
    out: list[tuple[str, int, int]] = []
    start = lo
    for k in range(lo, hi):
        if "\n" in tokens[k]:
            out.append(("".join(tokens[start : k + 1]), start, k + 1))
            start = k + 1
    if start < hi:
        out.append(("".join(tokens[start:hi]), start, hi))
    return out


def _anchors(
    a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Anchor pairs: a word (no spaces) found equally often on both sides, at most
    `MAX_REPEAT` times, pairs its k-th use on one side with its k-th on the other;
    the longest order-keeping run of those pairs is kept."""
    count_a = Counter(a[alo:ahi])
    count_b = Counter(b[blo:bhi])
    places: dict[str, list[int]] = {}
    for j in range(blo, bhi):
        word = b[j]
        if count_b[word] <= MAX_REPEAT and count_a[word] == count_b[word]:
            places.setdefault(word, []).append(j)
    seen: Counter[str] = Counter()
    pairs = []
    for i in range(alo, ahi):
        word = a[i]
        if word in places and not word.isspace():
            pairs.append((i, places[word][seen[word]]))
            seen[word] += 1
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (sorted by the first) whose second values increase."""
    tops: list[int] = []  # smallest last b-index of a run of each length
    top_at: list[int] = []  # index into pairs of that last element
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tops, j)
        if pos == len(tops):
            tops.append(j)
            top_at.append(k)
        else:
            tops[pos] = j
            top_at[pos] = k
        previous[k] = top_at[pos - 1] if pos else -1
    run: list[tuple[int, int]] = []
    k = top_at[-1] if top_at else -1
    while k != -1:
        run.append(pairs[k])
        k = previous[k]
    return run[::-1]
