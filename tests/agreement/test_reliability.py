"""The reliability coefficients against published worked examples and an independent implementation."""

from __future__ import annotations

import random

import pytest

from kathan.reliability import Continuum, cohen_kappa, fleiss_kappa, krippendorff_alpha, unitizing_alpha


def test_cohen_kappa_of_the_textbook_two_by_two_table() -> None:
    """Cohen's κ of 50 proposals read by two readers (yes/yes 20, yes/no 5, no/yes 10, no/no 15) is
    0.4: the worked example of Wikipedia's "Cohen's kappa" article (p_o = 0.7, p_e = 0.5)."""
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.4)


def test_cohen_kappa_of_krippendorffs_digitized_unitizing_example() -> None:
    """Krippendorff (1995, "On the reliability of unitizing continuous data", Sociological Methodology
    25, p. 57) digitizes Bertha's and Bill's unitizing A into 24 binary cells: κ = 0.385 and nominal
    α = 0.329 (the figures DKPro Statistics' Krippendorff1995Test checks too)."""
    bertha = [0, 0] + [1] * 8 + [0] * 4 + [1] * 6 + [0] * 4
    bill = [0] * 4 + [1] * 4 + [0] * 7 + [1] * 2 + [0] * 7
    assert cohen_kappa(bertha, bill) == pytest.approx(0.385, abs=0.001)
    assert krippendorff_alpha(list(zip(bertha, bill, strict=True))) == pytest.approx(0.329, abs=0.001)


def test_cohen_kappa_is_undefined_without_variation() -> None:
    """Two coders who always give the same single value have no expected disagreement: κ undefined."""
    assert cohen_kappa(["O"] * 5, ["O"] * 5) is None
    assert cohen_kappa([], []) is None


def test_fleiss_kappa_of_the_fourteen_raters_example() -> None:
    """Fleiss' κ of 10 subjects rated by 14 raters into 5 categories is 0.210 (P̄ = 0.378,
    P̄e = 0.213): the worked example of Wikipedia's "Fleiss' kappa" article."""
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    units = [{category: n for category, n in enumerate(row) if n} for row in table]
    assert fleiss_kappa(units) == pytest.approx(0.210, abs=0.0005)


def test_fleiss_kappa_refuses_units_rated_by_different_numbers_of_raters() -> None:
    """Fleiss' κ assumes every unit has the same number of ratings; anything else is a programming error."""
    with pytest.raises(ValueError, match="same number"):
        fleiss_kappa([{"a": 2}, {"a": 1, "b": 2}])


def test_krippendorff_alpha_of_his_own_missing_data_example() -> None:
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
    twelve units, values missing; nominal α = 0.743."""
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
    c = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]
    assert krippendorff_alpha(list(zip(a, b, c, d, strict=True))) == pytest.approx(0.743, abs=0.0005)


def test_krippendorff_alpha_matches_the_krippendorff_package() -> None:
    """On random nominal data with gaps, α equals the one of the ``krippendorff`` package (PyPI,
    Santiago Castro's implementation), an independent implementation."""
    krippendorff = pytest.importorskip("krippendorff")
    numpy = pytest.importorskip("numpy")
    rng = random.Random(8)
    for _ in range(20):
        coders, units = rng.randint(2, 5), rng.randint(10, 60)
        data = [[rng.choice([1, 2, 3, None]) if rng.random() < 0.85 else None for _ in range(units)] for _ in range(coders)]
        theirs = krippendorff.alpha(
            reliability_data=numpy.array([[numpy.nan if v is None else v for v in row] for row in data], dtype=float),
            level_of_measurement="nominal",
        )
        ours = krippendorff_alpha(list(zip(*data, strict=True)))
        assert ours == pytest.approx(theirs, abs=1e-9)


def _units(pairs: list[tuple[int, int]], begin: int = 0, stretch: int = 1) -> list[tuple[int, int]]:
    """``(begin, length)`` pairs as sorted ``(start, end)`` ranges relative to ``begin``."""
    return sorted(((b - begin) * stretch, (b - begin + length) * stretch) for b, length in pairs)


def test_unitizing_alpha_of_the_content_analysis_example() -> None:
    """Krippendorff, Content Analysis (2nd ed., 2004, p. 254): two observers unitize a continuum of
    300 from 150 into categories c and k. For c D_o = 0.0144, D_e = 0.0532, αU = 0.7286; k agrees
    perfectly (αU = 1, D_e = 0.0490). The same figures are checked by DKPro Statistics."""
    c = Continuum(300, [_units([(225, 70), (370, 30)], 150), _units([(220, 80), (355, 20), (400, 20)], 150)])
    k = Continuum(300, [_units([(180, 60), (300, 50)], 150), _units([(180, 60), (300, 50)], 150)])
    score_c, score_k = unitizing_alpha([c]), unitizing_alpha([k])
    assert score_c.observed == pytest.approx(0.0144, abs=0.0001)
    assert score_c.expected == pytest.approx(0.0532, abs=0.0001)
    assert score_c.alpha == pytest.approx(0.7286, abs=0.0001)
    assert score_k.observed == 0
    assert score_k.expected == pytest.approx(0.0490, abs=0.0001)
    assert score_k.alpha == 1


def test_unitizing_alpha_of_the_1995_bertha_and_bill_example() -> None:
    """Krippendorff (1995, p. 57), example A (Bertha and Bill) on a fine-grained continuum:
    D_o = 0.03125, D_e ≈ 0.0699, αU ≈ 0.553."""
    stretch = 50_000
    a = Continuum(24 * stretch, [_units([(2, 8), (14, 6)], 0, stretch), _units([(4, 4), (15, 2)], 0, stretch)])
    score = unitizing_alpha([a])
    assert score.observed == pytest.approx(0.03125, abs=0.00001)
    assert score.expected == pytest.approx(0.0699, abs=0.0005)
    assert score.alpha == pytest.approx(0.553, abs=0.005)


def test_unitizing_alpha_sums_the_disagreement_of_every_stretch() -> None:
    """Several documents are one continuum of their summed length whose gaps stop at each document's
    end: D_o is the δ² of both documents (1 + 1) over m(m-1)L² with L = 20."""
    first = Continuum(10, [[(2, 5)], [(3, 5)]])
    second = Continuum(10, [[(1, 4)], [(1, 3)]])
    together = unitizing_alpha([first, second])
    assert together.observed == pytest.approx(2 * (1 + 1) / (2 * 1 * 20 * 20))
    assert together.alpha is not None and together.alpha < 1
