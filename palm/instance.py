"""Synthetic candidate pools: the hard instances and random concave fronts.

Every benchmark includes the quarter circle (derived guarantee T4): its fronts are
curved everywhere, so every member covers only a small arc of user weights.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from ._validation import check_positive_int
from .exceptions import ValidationError

__all__ = [
    "concave_front",
    "quarter_circle",
    "quarter_circle_optimal_gap",
    "sphere_octant",
]


def quarter_circle(n_candidates: int = 1000) -> NDArray[np.float64]:
    """Candidates ``r(θ) = (cos θ, sin θ)`` at evenly spaced ``θ`` in ``[0, π/2]``.

    Notes
    -----
    Derived guarantee T4: a purely multiplicative ε-portfolio here needs at least
    ``π / (4 arccos(1/(1+ε)))`` members, Ω(ε^-1/2).

    Examples
    --------
    >>> from palm.instance import quarter_circle
    >>> quarter_circle(3).round(4)
    array([[1.    , 0.    ],
           [0.7071, 0.7071],
           [0.    , 1.    ]])
    """
    n = check_positive_int(n_candidates, "n_candidates")
    theta = np.linspace(0.0, np.pi / 2, n) if n > 1 else np.array([np.pi / 4])
    return np.clip(np.c_[np.cos(theta), np.sin(theta)], 0.0, 1.0)


def quarter_circle_optimal_gap(n_members: int) -> float:
    """Best multiplicative gap of ``K`` members on the continuous quarter circle.

    Members evenly spaced at ``θ_i = (2i - 1) π / (4K)`` achieve
    ``ε = 1 / cos(π / (4K)) - 1``, and no ``K`` members do better (T4).

    Examples
    --------
    >>> from palm.instance import quarter_circle_optimal_gap
    >>> round(quarter_circle_optimal_gap(1), 4)
    0.4142
    """
    k = check_positive_int(n_members, "n_members")
    return 1.0 / math.cos(math.pi / (4 * k)) - 1.0


def sphere_octant(
    n_candidates: int = 1000,
    n_traits: int = 3,
    *,
    random_state: int | np.random.Generator | None = 0,
) -> NDArray[np.float64]:
    """Random points on the positive part of the unit sphere, plus its axis points.

    The ``d``-dimensional hard instance: a multiplicative portfolio needs
    Ω(ε^-(d-1)/2) members.

    Examples
    --------
    >>> from palm.instance import sphere_octant
    >>> r = sphere_octant(50, 3)
    >>> r.shape, bool(abs(np.linalg.norm(r, axis=1) - 1).max() < 1e-12)
    ((50, 3), True)
    """
    return concave_front(n_candidates, n_traits, power=2.0, random_state=random_state)


def concave_front(
    n_candidates: int = 1000,
    n_traits: int = 3,
    *,
    power: float | None = None,
    random_state: int | np.random.Generator | None = 0,
) -> NDArray[np.float64]:
    """Random points on a concave Pareto front ``{r >= 0 : ||r||_p = 1}``.

    Parameters
    ----------
    n_candidates : int
        Number of candidates (the first ``n_traits`` are the axis points).
    n_traits : int
        Dimension ``d >= 2``.
    power : float, optional
        ``p > 1``; larger is more curved toward the corner. Default: drawn
        uniformly in [1.5, 4].
    random_state : int, Generator or None
        Seed.

    Returns
    -------
    ndarray of shape (n_candidates, n_traits) in [0, 1]

    Examples
    --------
    >>> from palm.instance import concave_front
    >>> concave_front(10, 4, power=3.0).shape
    (10, 4)
    """
    n = check_positive_int(n_candidates, "n_candidates")
    d = check_positive_int(n_traits, "n_traits")
    if d < 2:
        raise ValidationError(f"n_traits must be >= 2; got {n_traits}.")
    rng = np.random.default_rng(random_state)
    p = float(rng.uniform(1.5, 4.0)) if power is None else float(power)
    if not p > 1.0:
        raise ValidationError(
            f"power must be > 1 for a strictly concave front; got {power!r}."
        )
    directions = np.abs(rng.standard_normal((n, d)))
    directions[: min(n, d)] = np.eye(d)[: min(n, d)]
    norms = (directions**p).sum(axis=1, keepdims=True) ** (1.0 / p)
    return np.clip(directions / norms, 0.0, 1.0)
