"""SARI (Xu et al., 2016, 'Optimizing Statistical Machine Translation for Text
Simplification'), sentence level, one or more references, n-grams 1-4.

Follows the reference implementation's definitions: keep F1, deletion
precision, addition F1, averaged over n and then over the three operations.
Tokens are lower-cased words and punctuation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _ngrams(tokens: list[str], n: int) -> Counter[str]:
    return Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _sari_n(
    s: Counter, c: Counter, refs: Sequence[Counter], numref: int
) -> tuple[float, float, float]:
    r_all: Counter[str] = Counter()
    for r in refs:
        r_all.update(r)
    s_rep = Counter({k: v * numref for k, v in s.items()})
    c_rep = Counter({k: v * numref for k, v in c.items()})
    # keep
    keep = s_rep & c_rep
    keep_good = keep & r_all
    keep_all = s_rep & r_all
    p = sum(keep_good[k] / keep[k] for k in keep) / len(keep) if keep else 0.0
    r = sum(keep_good[k] / keep_all[k] for k in keep_all) / len(keep_all) if keep_all else 0.0
    keep_score = _f1(p, r)
    # deletion (precision only)
    dele = s_rep - c_rep
    del_good = dele - r_all
    del_p = sum(del_good[k] / dele[k] for k in dele) / len(dele) if dele else 0.0
    # addition
    add = set(c) - set(s)
    add_good = add & set(r_all)
    add_all = set(r_all) - set(s)
    add_p = len(add_good) / len(add) if add else 0.0
    add_r = len(add_good) / len(add_all) if add_all else 0.0
    return keep_score, del_p, _f1(add_p, add_r)


def tokens(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens."""
    return _TOKEN.findall(text.lower())


def sari(source: str, candidate: str, references: Sequence[str]) -> float:
    """Return SARI (0-100) of `candidate` for `source` against the references."""
    s_tok, c_tok = tokens(source), tokens(candidate)
    r_toks = [tokens(r) for r in references]
    keeps, dels, adds = [], [], []
    for n in range(1, 5):
        k, d, a = _sari_n(
            _ngrams(s_tok, n), _ngrams(c_tok, n), [_ngrams(r, n) for r in r_toks], len(r_toks)
        )
        keeps.append(k)
        dels.append(d)
        adds.append(a)
    return 100 * (sum(keeps) / 4 + sum(dels) / 4 + sum(adds) / 4) / 3
