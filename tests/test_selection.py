from __future__ import annotations

import numpy as np
import pytest

from palm.certificate import certify
from palm.instance import concave_front, sphere_octant
from palm.selection import best_of_size, smallest_certified


@pytest.mark.parametrize("cover", ["ilp", "greedy", "lazy"])
def test_smallest_certified_holds(cover):
    pool = sphere_octant(150, 3, random_state=1)
    sel = smallest_certified(pool, 0.05, 0.02, cover=cover)
    assert certify(pool[list(sel.indices)], pool, eps=0.05, delta=0.02).holds
    assert sel.lower_bound <= len(sel.indices)
    assert sel.gap <= 0.02 + 1e-9


def test_repair_when_rounds_run_out():
    pool = concave_front(200, 4, random_state=4)
    sel = smallest_certified(pool, 0.02, 0.02, max_rounds=1, n_init=5)
    assert certify(pool[list(sel.indices)], pool, eps=0.02, delta=0.02).holds
    assert not sel.optimal


def test_high_dimension_works():
    pool = concave_front(200, 12, random_state=12)
    sel = smallest_certified(pool, 0.2, 0.2, time_limit=20)
    assert certify(pool[list(sel.indices)], pool, eps=0.2, delta=0.2).holds


def test_best_of_size_lower_bound_brackets_gap():
    pool = concave_front(60, 3, random_state=9)
    sel = best_of_size(pool, 3)
    cert = certify(pool[list(sel.indices)], pool)
    assert cert.delta_hat == pytest.approx(sel.gap, abs=1e-9)
    assert sel.lower_bound <= sel.gap + 1e-9
    assert len(sel.indices) == 3


def test_budget_larger_than_hull_returns_the_hull():
    pool = np.array([[1.0, 0.0], [0.0, 1.0], [0.3, 0.3]])
    sel = best_of_size(pool, 5)
    assert sel.indices == (0, 1) and sel.gap == 0.0


@pytest.mark.parametrize("d", [4, 8])
def test_repair_is_certified_and_minimal(d):
    """Reverse delete (by diagram vertices for d <= 6, by LP duals above) keeps the
    certificate, and leaves no member whose removal would keep it."""
    pool = concave_front(120, d, random_state=d)
    sel = smallest_certified(pool, 0.05, 0.05, max_rounds=1, n_init=5)
    members = list(sel.indices)
    assert certify(pool[members], pool, eps=0.05, delta=0.05).holds
    for m in members:
        rest = [j for j in members if j != m]
        assert not certify(pool[rest], pool, eps=0.05, delta=0.05).holds, m
