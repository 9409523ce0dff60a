"""Chance-corrected reliability coefficients on plain values: Cohen's κ, Fleiss' κ, Krippendorff's α
(nominal, missing data allowed) and Krippendorff's unitizing αU.

Each returns ``None`` where the coefficient is undefined (no pairable values, or no expected
disagreement because every value is the same). ``kathan.agreement`` feeds them annotators'
layers; they know nothing of spans.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's κ (1960) of two coders' values for the same units, in the same order."""
    if len(first) != len(second):
        raise ValueError(f"cohen_kappa needs equally many values ({len(first)} != {len(second)})")
    n = len(first)
    if n == 0:
        return None
    observed = sum(1 for a, b in zip(first, second, strict=True) if a == b) / n
    left, right = Counter(first), Counter(second)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(units: Iterable[Mapping[Hashable, int]]) -> float | None:
    """Fleiss' κ (1971): each unit maps a category to how many of the n raters chose it; n is the
    same for every unit (at least 2)."""
    rows = [dict(u) for u in units]
    if not rows:
        return None
    raters = sum(rows[0].values())
    if raters < 2 or any(sum(r.values()) != raters for r in rows):
        raise ValueError("fleiss_kappa needs the same number (>= 2) of ratings for every unit")
    totals: Counter[Hashable] = Counter()
    agreement = 0.0
    for row in rows:
        totals.update(row)
        agreement += (sum(c * c for c in row.values()) - raters) / (raters * (raters - 1))
    observed = agreement / len(rows)
    all_ratings = len(rows) * raters
    expected = sum((t / all_ratings) ** 2 for t in totals.values())
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's α for nominal data: each unit lists the coders' values, ``None`` where a coder
    gave none. Units with fewer than two values are not pairable and left out (Krippendorff 2011,
    "Computing Krippendorff's Alpha-Reliability", section C)."""
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, j in combinations(range(m), 2):
            coincidences[values[i], values[j]] += 1 / (m - 1)
            coincidences[values[j], values[i]] += 1 / (m - 1)
    marginals: Counter[Hashable] = Counter()
    for (c, _), weight in coincidences.items():
        marginals[c] += weight
    n = sum(marginals.values())
    if n <= 1:
        return None
    observed = sum(w for (c, k), w in coincidences.items() if c != k)
    expected = (n * n - sum(v * v for v in marginals.values())) / (n - 1)
    if expected == 0:
        return None
    return 1 - observed / expected


@dataclass(frozen=True, slots=True)
class Continuum:
    """One stretch of text all coders unitized: its length and, per coder, the units of one
    category as sorted, non-overlapping ``(start, end)`` pairs relative to the stretch's start."""

    length: int
    units: Sequence[Sequence[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class UnitizingScore:
    """αU with its observed and expected disagreement (``alpha`` None when ``expected`` is 0)."""

    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        return None if self.expected == 0 else 1 - self.observed / self.expected


def _segments(length: int, units: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The stretch cut into ``(start, length, is_unit)`` pieces: units and the gaps between them."""
    pieces: list[tuple[int, int, bool]] = []
    at = 0
    for start, end in units:
        if start > at:
            pieces.append((at, start - at, False))
        pieces.append((start, end - start, True))
        at = end
    if at < length:
        pieces.append((at, length - at, False))
    return pieces


def _distance(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> int:
    """Krippendorff's δ² between two intersecting pieces of two coders."""
    (b1, l1, unit1), (b2, l2, unit2) = a, b
    if unit1 and unit2:
        return (b1 - b2) ** 2 + (b1 + l1 - b2 - l2) ** 2
    if unit1 and b2 <= b1 and b1 + l1 <= b2 + l2:
        return l1 * l1
    if unit2 and b1 <= b2 and b2 + l2 <= b1 + l1:
        return l2 * l2
    return 0


def unitizing_alpha(stretches: Sequence[Continuum]) -> UnitizingScore:
    """Krippendorff's αU (1995; Content Analysis, 2004, §11.6) for one category over one or more
    stretches, every stretch unitized by the same ``m >= 2`` coders.

    Observed disagreement sums δ² over intersecting pieces of every two coders; expected
    disagreement is taken over all ways of placing the units observed on the gaps observed.
    """
    coders = {len(s.units) for s in stretches}
    if len(coders) != 1 or next(iter(coders)) < 2:
        raise ValueError("unitizing_alpha needs the same two or more coders on every stretch")
    m = coders.pop()
    total = sum(s.length for s in stretches)
    if total == 0:
        return UnitizingScore(0.0, 0.0)
    observed = 0
    unit_lengths: list[int] = []
    gap_lengths: list[int] = []
    for stretch in stretches:
        pieces = [_segments(stretch.length, u) for u in stretch.units]
        for p in pieces:
            unit_lengths.extend(length for _, length, unit in p if unit)
            gap_lengths.extend(length for _, length, unit in p if not unit)
        for first, second in combinations(pieces, 2):
            i = j = 0
            while i < len(first) and j < len(second):
                a, b = first[i], second[j]
                if max(a[0], b[0]) < min(a[0] + a[1], b[0] + b[1]):
                    observed += _distance(a, b)
                if a[0] + a[1] <= b[0] + b[1]:
                    i += 1
                else:
                    j += 1
    observed_d = 2 * observed / (m * (m - 1) * total * total)
    count = len(unit_lengths)
    placements = 0
    for length in unit_lengths:
        inside_units = (count - 1) * (2 * length**3 - 3 * length**2 + length) / 3
        on_gaps = length * length * sum(g - length + 1 for g in gap_lengths if g >= length)
        placements += inside_units + on_gaps
    denominator = m * total * (m * total - 1) - sum(length * (length - 1) for length in unit_lengths)
    expected_d = 2 * placements / total / denominator if denominator else 0.0
    return UnitizingScore(observed_d, expected_d)
