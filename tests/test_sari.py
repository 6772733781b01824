"""SARI sanity: the metric the benchmark reports behaves as the definition says."""

from __future__ import annotations

from bench.sari import sari

SOURCE = "Middels deze beschikking delen wij u mede dat uw aanvraag is toegekend ."
REFERENCE = "Met deze brief laten wij u weten dat u de hulp krijgt ."


def test_reference_output_beats_identity() -> None:
    assert sari(SOURCE, REFERENCE, [REFERENCE]) > sari(SOURCE, SOURCE, [REFERENCE])


def test_identity_scores_keep_only() -> None:
    # Copying the source adds and deletes nothing: only the keep term scores.
    value = sari(SOURCE, SOURCE, [REFERENCE])
    assert 0 < value < 100 / 3 + 1e-9


def test_range_and_symmetry_of_bounds() -> None:
    for cand in (SOURCE, REFERENCE, "", "iets heel anders"):
        assert 0 <= sari(SOURCE, cand, [REFERENCE]) <= 100


def test_partial_rewrite_scores_between() -> None:
    partial = "Met deze beschikking delen wij u mede dat uw aanvraag is toegekend ."
    assert sari(SOURCE, SOURCE, [REFERENCE]) < sari(SOURCE, partial, [REFERENCE])
