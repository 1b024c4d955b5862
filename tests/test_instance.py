from __future__ import annotations

import math

import numpy as np
import pytest

from palm.exceptions import ValidationError
from palm.instance import (
    concave_front,
    quarter_circle,
    quarter_circle_optimal_gap,
    sphere_octant,
)


def test_quarter_circle_is_on_the_arc():
    arc = quarter_circle(101)
    np.testing.assert_allclose(np.linalg.norm(arc, axis=1), 1.0)
    np.testing.assert_allclose(arc[[0, -1]], [[1, 0], [0, 1]], atol=1e-15)
    np.testing.assert_allclose(quarter_circle(1), [[math.cos(math.pi / 4)] * 2])


def test_optimal_gap_closed_form():
    # K = 1: the member at pi/4 against the axis users, 1/cos(pi/4) - 1 = sqrt(2) - 1
    assert quarter_circle_optimal_gap(1) == pytest.approx(math.sqrt(2) - 1)
    gaps = [quarter_circle_optimal_gap(k) for k in range(1, 20)]
    assert all(a > b for a, b in zip(gaps, gaps[1:]))
    # Omega(eps^-1/2): K^2 * gap tends to pi^2 / 32
    assert 400**2 * quarter_circle_optimal_gap(400) == pytest.approx(
        math.pi**2 / 32, rel=1e-4
    )


@pytest.mark.parametrize("d", [2, 3, 6])
def test_concave_front_lies_on_its_p_sphere(d):
    r = concave_front(200, d, power=3.0, random_state=1)
    assert r.shape == (200, d) and r.min() >= 0 and r.max() <= 1
    np.testing.assert_allclose((r**3).sum(axis=1), 1.0)
    np.testing.assert_array_equal(r[:d], np.eye(d))  # the axis points come first


def test_seeded_and_sphere():
    np.testing.assert_array_equal(concave_front(50, 3), concave_front(50, 3))
    np.testing.assert_allclose(np.linalg.norm(sphere_octant(40, 4), axis=1), 1.0)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: concave_front(10, 3, power=1.0), "power must be > 1"),
        (lambda: concave_front(10, 1), "n_traits must be >= 2"),
        (lambda: quarter_circle(0), "n_candidates must be a positive integer"),
        (lambda: quarter_circle_optimal_gap(0), "n_members must be a positive"),
    ],
)
def test_errors(call, match):
    with pytest.raises(ValidationError, match=match):
        call()
