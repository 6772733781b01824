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


def test_the_three_parts_add_up_to_sari() -> None:
    from bench.sari import sari_parts

    for cand in (SOURCE, REFERENCE, "Met deze beschikking delen wij u mede ."):
        keep, delete, add = sari_parts(SOURCE, cand, [REFERENCE])
        assert abs((keep + delete + add) / 3 - sari(SOURCE, cand, [REFERENCE])) < 1e-9
    keep, delete, add = sari_parts(SOURCE, SOURCE, [REFERENCE])
    assert delete == 0 and add == 0 and keep > 0


def test_the_check_half_is_split_by_document_and_stable() -> None:
    from bench.sari import half, report

    assert half("7") == half(" 7 ") and {half(str(i)) for i in range(1, 40, 2)} == {
        "tune",
        "check",
    }
    pairs = [(doc, SOURCE, REFERENCE) for doc in ("1", "3", "5", "7", "9", "11")]
    lines = report(pairs, {"system": [REFERENCE] * len(pairs)})
    checked = sum(half(d) == "check" for d, _, _ in pairs)
    assert lines[0] == "whole set: 6 sentences from 6 documents"
    assert f"check set: {checked} sentences from {checked} documents" in lines
    tuned = len(pairs) - checked
    assert f"tune set: {tuned} sentences from {tuned} documents" in lines
    assert any(line.strip().startswith("identity") for line in lines)


def test_document_outputs_rewrites_a_document_as_one_letter() -> None:
    from types import SimpleNamespace

    from bench.sari import document_outputs

    pairs = [("1", "Eén zin.", "r"), ("2", "Alleen.", "r"), ("1", "Twee zinnen hier.", "r")]
    seen = []

    def fake(text: str):
        seen.append(text)
        edits = []
        if "Twee" in text:  # 'Twee' -> '2' in the second sentence of document 1
            at = text.index("Twee")
            edits.append(SimpleNamespace(start=at, end=at + 4, after="2"))
        return SimpleNamespace(applied=edits)

    outs = document_outputs(pairs, fake)
    assert seen == ["Eén zin.\n\nTwee zinnen hier.", "Alleen."]
    assert outs == ["Eén zin.", "Alleen.", "2 zinnen hier."]
