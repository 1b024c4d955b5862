from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from palm.exceptions import PalmTypeError, ValidationError
from palm.simplex import (
    check_weights,
    das_dennis,
    n_das_dennis,
    project_to_simplex,
    sample_dirichlet,
    uniform_weights,
    vertices,
)


def test_check_weights_renormalizes_within_tolerance():
    w = check_weights([0.5 + 1e-9, 0.5])
    assert w.sum() == pytest.approx(1.0, abs=1e-15)


def test_check_weights_batch_shape_kept():
    assert check_weights(np.full((4, 3), 1 / 3)).shape == (4, 3)


@pytest.mark.parametrize(
    ("weights", "match"),
    [
        ([0.7, 0.7], r"must sum to 1 .*got \[0\.7 0\.7\] with sum 1\.4"),
        ([1.2, -0.2], r"must be non-negative .*project_to_simplex"),
        ([[0.5, np.nan]], r"must be finite"),
        ([], r"must have shape \(n_traits,\) or \(n_weights, n_traits\); got \(0,\)"),
        (np.ones((2, 2, 2)) / 2, r"got \(2, 2, 2\)"),
    ],
)
def test_check_weights_errors(weights, match):
    with pytest.raises(ValidationError, match=match):
        check_weights(weights)


def test_check_weights_wrong_trait_count():
    with pytest.raises(ValidationError, match=r"must have 3 entries per vector"):
        check_weights([0.5, 0.5], n_traits=3)


def test_check_weights_type_error():
    with pytest.raises(PalmTypeError, match="array of numbers; got dict"):
        check_weights({"a": 1})


def test_errors_subclass_builtins():
    with pytest.raises(ValueError):
        check_weights([2.0, 2.0])


@given(arrays(np.float64, (5, 4), elements=st.floats(-10, 10)))
def test_projection_lands_on_simplex_and_is_nearest(x):
    p = project_to_simplex(x)
    assert np.all(p >= 0)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-12)
    # nearest: no vertex of the simplex is closer than the projection
    for row, proj in zip(x, p):
        d_proj = np.linalg.norm(row - proj)
        d_vert = np.linalg.norm(row[None, :] - np.eye(4), axis=1).min()
        assert d_proj <= d_vert + 1e-9


@pytest.mark.parametrize(
    ("x", "match"),
    [
        ([], r"x must have shape \(d,\) or \(n, d\); got \(0,\)\."),
        (np.ones((2, 2, 2)), r"x must have shape \(d,\) or \(n, d\); got \(2, 2, 2\)"),
        ([0.5, np.inf], r"x must be finite; got NaN or infinite entries\."),
    ],
)
def test_projection_errors(x, match):
    with pytest.raises(ValidationError, match=match):
        project_to_simplex(x)


def test_projection_fixes_points_on_simplex():
    w = sample_dirichlet(10, 3, random_state=0)
    np.testing.assert_allclose(project_to_simplex(w), w, atol=1e-12)


@pytest.mark.parametrize(
    ("h", "d", "n"), [(1, 2, 2), (4, 3, 15), (12, 3, 91), (3, 5, 35)]
)
def test_das_dennis_size_and_membership(h, d, n):
    pts = das_dennis(h, d)
    assert n_das_dennis(h, d) == n
    assert pts.shape == (n, d)
    np.testing.assert_allclose(pts.sum(axis=1), 1.0)
    assert np.allclose(pts * h, np.round(pts * h))
    assert len(np.unique(pts, axis=0)) == n


def test_uniform_weights_exact_and_thinned():
    assert uniform_weights(15, 3).shape == (15, 3)
    np.testing.assert_array_equal(uniform_weights(15, 3), das_dennis(4, 3))
    thinned = uniform_weights(7, 3)
    assert thinned.shape == (7, 3)
    assert len(np.unique(thinned, axis=0)) == 7
    np.testing.assert_allclose(uniform_weights(1, 4), [[0.25] * 4])


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (
            lambda: n_das_dennis(-1, 3),
            r"n_partitions must be a non-negative integer; got -1\.",
        ),
        (
            lambda: n_das_dennis(2.5, 3),
            r"n_partitions must be a non-negative integer; got 2\.5\.",
        ),
        (
            lambda: das_dennis(0, 3),
            r"n_partitions must be at least 1 to give points on the simplex; got 0\.",
        ),
        (
            lambda: uniform_weights(0, 3),
            r"n_points must be a positive integer; got 0\.",
        ),
        (
            lambda: uniform_weights(2.5, 3),
            r"n_points must be a positive integer; got 2\.5\.",
        ),
        (
            lambda: sample_dirichlet(-1, 3),
            r"n_samples must be a non-negative integer; got -1\.",
        ),
        (
            lambda: sample_dirichlet(1.5, 3),
            r"n_samples must be a non-negative integer; got 1\.5\.",
        ),
    ],
)
def test_size_errors(call, match):
    with pytest.raises(ValidationError, match=match):
        call()


def test_uniform_weights_strict_offers_nearest_sizes():
    with pytest.raises(ValidationError, match=r"nearest sizes are 6 .* and 10 "):
        uniform_weights(7, 3, strict=True)


def test_sample_dirichlet_seeded_and_on_simplex():
    a = sample_dirichlet(50, 4, random_state=3)
    b = sample_dirichlet(50, 4, random_state=3)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(a.sum(axis=1), 1.0)
    with pytest.raises(ValidationError, match="alpha must be positive"):
        sample_dirichlet(3, 2, alpha=0.0)


def test_vertices_and_bad_n_traits():
    np.testing.assert_array_equal(vertices(3), np.eye(3))
    with pytest.raises(ValidationError, match="n_traits must be a positive integer"):
        vertices(0)
