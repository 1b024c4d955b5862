from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from palm.exceptions import ValidationError
from palm.grid import (
    geometric_grid,
    geometric_levels,
    grid_size,
    round_down,
    split_budget,
)
from palm.simplex import sample_dirichlet

# (d, eps, delta) -> (n levels, |G|); n = ceil(ln(d/delta)/ln(1+eps)) + 2
# e.g. d=2, eps=.1, delta=.05: ln(40)/ln(1.1) = 38.70 -> K = 39 -> n = 41,
# |G| = 41^2 - 40^2 = 81; d=3: ln(60)/ln(1.1) = 42.96 -> n = 45, 45^3 - 44^3 = 5941;
# d=3, eps=.2, delta=.1: ln(30)/ln(1.2) = 18.66 -> n = 21, 21^3 - 20^3 = 1261;
# d=4, eps=.3, delta=.2: ln(20)/ln(1.3) = 11.42 -> n = 14, 14^4 - 13^4 = 9855.
GOLDEN = [
    (2, 0.1, 0.05, 41, 81),
    (3, 0.1, 0.05, 45, 5941),
    (2, 0.5, 0.5, 6, 11),
    (3, 0.2, 0.1, 21, 1261),
    (4, 0.3, 0.2, 14, 9855),
]


@pytest.mark.parametrize(("d", "eps", "delta", "n", "size"), GOLDEN)
def test_T1_grid_size_golden(d, eps, delta, n, size):
    assert len(geometric_levels(eps, delta, d)) == n
    assert grid_size(eps, delta, d) == size
    grid = geometric_grid(eps, delta, d)
    assert grid.shape == (size, d)
    assert len(np.unique(grid, axis=0)) == size
    assert np.all(grid.max(axis=1) == 1.0)
    # T1's bound |G| <= d n^(d-1)
    assert size <= d * n ** (d - 1)


def test_T1_levels_are_geometric():
    levels = geometric_levels(0.1, 0.05, 2)
    assert levels[0] == 0.0 and levels[-1] == 1.0
    assert levels[1] == pytest.approx(0.025)  # eta = delta / d
    ratios = levels[2:-1] / levels[1:-2]
    np.testing.assert_allclose(ratios, 1.1)
    assert np.all(np.diff(levels) > 0)


@given(
    st.integers(2, 5),
    st.floats(0.01, 0.5),
    st.floats(0.01, 0.5),
    st.integers(0, 2**31),
    st.booleans(),
)
def test_T2_lemma_g_property(d, eps, delta, seed, near_corner):
    # f_v(r) <= f_u(r) <= (1+eps) f_v(r) + delta for every r in [0,1]^d
    rng = np.random.default_rng(seed)
    alpha = 0.05 if near_corner else 1.0  # small alpha puts weights near corners
    w = sample_dirichlet(64, d, alpha=alpha, random_state=rng)
    r = rng.random((64, d))
    r[:8] = rng.integers(0, 2, (8, d))  # include corners of the reward cube
    u = w / w.max(axis=1, keepdims=True)
    v = round_down(w, eps, delta)
    fu = np.einsum("ij,kj->ik", u, r)
    fv = np.einsum("ij,kj->ik", v, r)
    assert np.all(fv <= fu + 1e-12)
    assert np.all(fu <= (1 + eps) * fv + delta + 1e-12)
    # every rounded point is on the grid
    levels = geometric_levels(eps, delta, d)
    assert np.all(np.isin(v, levels))
    assert np.all(v.max(axis=1) == 1.0)


def test_T2_round_down_of_grid_point_is_itself():
    grid = geometric_grid(0.2, 0.1, 3)
    w = grid / grid.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(round_down(w, 0.2, 0.1), grid)


@given(st.floats(0.01, 0.9), st.floats(0.01, 0.9), st.floats(0.05, 1.0))
def test_T3_split_composes(eps, delta, share):
    s = split_budget(eps, delta, share)
    total_eps, total_delta = s.total()
    assert total_eps == pytest.approx(eps, rel=1e-12, abs=1e-15)
    assert total_delta == pytest.approx(delta, rel=1e-12, abs=1e-15)
    assert s.eps_grid > 0 and s.delta_grid > 0
    assert s.eps_prune >= 0 and s.delta_prune >= 0


def test_T3_even_split_default():
    s = split_budget(0.21, 0.1)
    assert s.eps_grid == pytest.approx(0.1)
    assert s.eps_prune == pytest.approx(0.1)
    assert s.delta_grid == pytest.approx(0.05)
    assert (1 + s.eps_grid) * s.delta_prune == pytest.approx(0.05)


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((1.5, 0.1, 2), r"eps must be in \(0, 1\); got 1\.5"),
        ((0.1, 0.0, 2), r"delta must be in \(0, 1\); got 0\.0"),
        ((0.1, 0.1, 1), r"n_traits must be an integer >= 2 .*got 1"),
        (("a", 0.1, 2), r"eps must be a number in \(0, 1\); got 'a'"),
    ],
)
def test_grid_errors(args, match):
    with pytest.raises(ValidationError, match=match):
        grid_size(*args)


def test_grid_refuses_huge_grids():
    with pytest.raises(
        ValidationError, match=r"has [\d,]+ points, more than max_points"
    ):
        geometric_grid(0.01, 0.01, 6)


def test_split_budget_bad_share():
    with pytest.raises(ValidationError, match=r"grid_share must be in \(0, 1\]"):
        split_budget(0.1, 0.1, 0.0)
