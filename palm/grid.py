"""The geometric weight grid of PALM and its rounding map (derived guarantees T1, T2).

The grid discretizes the simplex so finely that, for *every* user weight, one grid
point's oracle policy is (ε, δ)-optimal. Its levels are geometric, so the grid is
exponentially smaller than a uniform one of the same guarantee.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, log

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .exceptions import ValidationError
from .simplex import check_weights

__all__ = [
    "BudgetSplit",
    "geometric_grid",
    "geometric_levels",
    "grid_size",
    "round_down",
    "split_budget",
]

#: Refuse to materialize grids larger than this many points by default.
MAX_GRID_POINTS = 2_000_000


def geometric_levels(eps: float, delta: float, n_traits: int) -> NDArray[np.float64]:
    """The levels Λ of the geometric grid, in increasing order.

    ``Λ = {0} ∪ {min(1, η(1+ε)^k) : k = 0..K}`` with ``η = δ/d`` and
    ``K = ceil(ln(1/η) / ln(1+ε))``, so ``|Λ| = K + 2``.

    Parameters
    ----------
    eps, delta : float
        Multiplicative and additive slack, each in (0, 1).
    n_traits : int
        ``d >= 2``.

    Returns
    -------
    ndarray of shape (K + 2,)

    Notes
    -----
    Derived guarantee T1 (grid size); see ``theory/T1_grid_size.md``.

    Examples
    --------
    >>> from palm.grid import geometric_levels
    >>> len(geometric_levels(0.1, 0.05, 2))
    41
    """
    _check_eps_delta(eps, delta)
    _check_traits(n_traits)
    eta = delta / n_traits
    k_max = _n_steps(eps, eta)
    levels = eta * (1.0 + eps) ** np.arange(k_max + 1)
    levels = np.minimum(levels, 1.0)
    levels[-1] = 1.0
    return np.concatenate([[0.0], levels])


def grid_size(eps: float, delta: float, n_traits: int) -> int:
    """Exact number of grid points ``|G| = n^d - (n-1)^d`` with ``n = |Λ|``.

    Notes
    -----
    Derived guarantee T1: ``|G| <= d n^(d-1)`` with ``n = ceil(ln(d/δ)/ln(1+ε)) + 2``,
    i.e. ``O(d (log(d/δ)/ε)^(d-1))``.

    Examples
    --------
    >>> from palm.grid import grid_size
    >>> grid_size(0.1, 0.05, 2), grid_size(0.1, 0.05, 3)
    (81, 5941)
    """
    _check_eps_delta(eps, delta)
    _check_traits(n_traits)
    n = _n_steps(eps, delta / n_traits) + 2
    return n**n_traits - (n - 1) ** n_traits


def geometric_grid(
    eps: float, delta: float, n_traits: int, *, max_points: int = MAX_GRID_POINTS
) -> NDArray[np.float64]:
    """All grid points ``v in Λ^d`` with ``max_i v_i = 1``.

    Parameters
    ----------
    eps, delta : float
        Slack of the grid, each in (0, 1).
    n_traits : int
        ``d >= 2``.
    max_points : int, default=2_000_000
        Refuse to build larger grids (the size is exponential in ``d``).

    Returns
    -------
    ndarray of shape (grid_size(eps, delta, n_traits), n_traits)
        Points with largest coordinate 1. Normalize a row by its sum to get a simplex
        weight (the argmax of a linear objective is scale invariant).

    Raises
    ------
    ValidationError
        If the grid has more than ``max_points`` points.

    Examples
    --------
    >>> from palm.grid import geometric_grid
    >>> geometric_grid(0.5, 0.5, 2).shape
    (11, 2)
    """
    size = grid_size(eps, delta, n_traits)
    if size > max_points:
        raise ValidationError(
            f"the geometric grid for eps={eps}, delta={delta}, n_traits={n_traits} has "
            f"{size:,} points, more than max_points={max_points:,}. Use "
            "Portfolio.fit(..., method='exact'), which never builds the grid, or "
            "larger eps/delta, or raise max_points."
        )
    levels = geometric_levels(eps, delta, n_traits)
    below = levels[:-1]
    blocks = []
    for k in range(n_traits):
        # the first coordinate equal to 1 is k: coordinates before it are < 1
        axes = [below] * k + [np.array([1.0])] + [levels] * (n_traits - 1 - k)
        mesh = np.meshgrid(*axes, indexing="ij")
        blocks.append(np.stack([m.ravel() for m in mesh], axis=1))
    grid = np.concatenate(blocks, axis=0)
    return grid


def round_down(weights: ArrayLike, eps: float, delta: float) -> NDArray[np.float64]:
    """Map simplex weights to their grid point (the rounding map of Lemma G).

    ``u = w / max_i w_i``; each ``u_i`` goes down to the largest level of Λ not above
    it (coordinates below ``η = δ/d`` go to 0). The result has largest coordinate 1.

    Parameters
    ----------
    weights : array-like of shape (d,) or (n, d)
        Simplex weights.
    eps, delta : float
        The grid's slack.

    Returns
    -------
    ndarray of the shape of ``weights``
        Grid points ``v`` with ``f_v(r) <= f_u(r) <= (1+ε) f_v(r) + δ`` for every
        ``r`` in [0, 1]^d.

    Notes
    -----
    Derived guarantee T2 (Lemma G); see ``theory/T2_grid_guarantee.md``.

    Examples
    --------
    >>> from palm.grid import round_down
    >>> round_down([0.5, 0.5], 0.1, 0.05)
    array([1., 1.])
    """
    w = check_weights(weights)
    rows = np.atleast_2d(w)
    d = rows.shape[1]
    _check_traits(d)
    levels = geometric_levels(eps, delta, d)
    u = rows / rows.max(axis=1, keepdims=True)
    # tolerate u_i a hair below a level because of floating point division
    idx = np.searchsorted(levels, u * (1.0 + 1e-12) + 1e-15, side="right") - 1
    v = levels[np.clip(idx, 0, len(levels) - 1)]
    v[np.arange(rows.shape[0]), np.argmax(rows, axis=1)] = 1.0
    return v[0] if w.ndim == 1 else v


@dataclass(frozen=True)
class BudgetSplit:
    """How a total (ε, δ) target is split between the grid and the pruning step.

    The composition (derived guarantee T3) is ``1 + ε = (1 + ε₁)(1 + ε₂)`` and
    ``δ = δ₁ + (1 + ε₁) δ₂``.
    """

    eps_grid: float
    delta_grid: float
    eps_prune: float
    delta_prune: float

    def total(self) -> tuple[float, float]:
        """The total (ε, δ) that the two steps compose to.

        Examples
        --------
        >>> from palm.grid import split_budget
        >>> eps, delta = split_budget(0.21, 0.1, grid_share=0.3).total()
        >>> round(eps, 12), round(delta, 12)
        (0.21, 0.1)
        """
        eps = (1.0 + self.eps_grid) * (1.0 + self.eps_prune) - 1.0
        return eps, self.delta_grid + (1.0 + self.eps_grid) * self.delta_prune


def split_budget(eps: float, delta: float, grid_share: float = 0.5) -> BudgetSplit:
    """Split a total (ε, δ) target between the grid and set-cover pruning.

    Parameters
    ----------
    eps, delta : float
        The total target, each in (0, 1).
    grid_share : float, default=0.5
        The grid's share of ``log(1+ε)`` and of ``δ``, in (0, 1]. With 1 the whole
        budget goes to the grid and pruning may only merge exact ties.

    Returns
    -------
    BudgetSplit

    Notes
    -----
    Derived guarantee T3 (pruning composition); see ``theory/T3_pruning.md``.

    Examples
    --------
    >>> from palm.grid import split_budget
    >>> s = split_budget(0.21, 0.1)
    >>> round(s.eps_grid, 6), round(s.delta_grid, 6)
    (0.1, 0.05)
    """
    _check_eps_delta(eps, delta)
    if not (0.0 < grid_share <= 1.0):
        raise ValidationError(f"grid_share must be in (0, 1]; got {grid_share!r}.")
    eps_grid = (1.0 + eps) ** grid_share - 1.0
    eps_prune = (1.0 + eps) / (1.0 + eps_grid) - 1.0
    delta_grid = grid_share * delta
    delta_prune = (1.0 - grid_share) * delta / (1.0 + eps_grid)
    return BudgetSplit(eps_grid, delta_grid, max(eps_prune, 0.0), delta_prune)


def _n_steps(eps: float, eta: float) -> int:
    """``K = ceil(ln(1/η)/ln(1+ε))``, robust to floating point at exact integers."""
    ratio = log(1.0 / eta) / log(1.0 + eps)
    k = ceil(ratio - 1e-12)
    return max(k, 0)


def _check_eps_delta(eps: float, delta: float) -> None:
    for name, value in (("eps", eps), ("delta", delta)):
        if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)):
            raise ValidationError(f"{name} must be a number in (0, 1); got {value!r}.")
        if not (0.0 < float(value) < 1.0):
            raise ValidationError(f"{name} must be in (0, 1); got {value!r}.")


def _check_traits(n_traits: int) -> None:
    if isinstance(n_traits, bool) or int(n_traits) != n_traits or n_traits < 2:
        raise ValidationError(
            f"n_traits must be an integer >= 2 (one trait needs no portfolio); "
            f"got {n_traits!r}."
        )
