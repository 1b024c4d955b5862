"""Weight vectors on the probability simplex.

A user is a weight vector ``w`` on the simplex ``Δ_d = {w >= 0, sum(w) = 1}``. This
module validates such vectors, projects arbitrary vectors onto the simplex, and makes
the standard point sets: the Das–Dennis lattice, lattices of an exact size, and seeded
Dirichlet samples.
"""

from __future__ import annotations

from math import comb

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .exceptions import PalmTypeError, ValidationError

__all__ = [
    "check_weights",
    "das_dennis",
    "n_das_dennis",
    "project_to_simplex",
    "sample_dirichlet",
    "uniform_weights",
    "vertices",
]

_SIMPLEX_ATOL = 1e-6


def check_weights(
    weights: ArrayLike,
    n_traits: int | None = None,
    *,
    atol: float = _SIMPLEX_ATOL,
    name: str = "weights",
) -> NDArray[np.float64]:
    """Validate weight vectors on the simplex and return them as floats.

    Parameters
    ----------
    weights : array-like of shape (n_traits,) or (n_weights, n_traits)
        One weight vector or a batch of them. Each must be non-negative and sum to 1
        within ``atol``; it is then renormalized to sum to 1 exactly.
    n_traits : int, optional
        The required number of traits.
    atol : float, default=1e-6
        Tolerance on negativity and on the sum.
    name : str, default="weights"
        The parameter name used in error messages.

    Returns
    -------
    ndarray of shape (n_traits,) or (n_weights, n_traits)
        The validated weights, with the shape of the input.

    Raises
    ------
    ValidationError
        If the shape, the values or the sums are wrong.

    Examples
    --------
    >>> from palm.simplex import check_weights
    >>> check_weights([0.25, 0.75])
    array([0.25, 0.75])
    """
    try:
        arr = np.asarray(weights, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise PalmTypeError(
            f"{name} must be an array of numbers; got {type(weights).__name__}."
        ) from exc
    if arr.ndim not in (1, 2) or arr.shape[-1] == 0:
        raise ValidationError(
            f"{name} must have shape (n_traits,) or (n_weights, n_traits); "
            f"got {arr.shape}."
        )
    if n_traits is not None and arr.shape[-1] != n_traits:
        raise ValidationError(
            f"{name} must have {n_traits} entries per vector, one per trait; "
            f"got {arr.shape[-1]} (shape {arr.shape})."
        )
    if not np.all(np.isfinite(arr)):
        raise ValidationError(
            f"{name} must be finite; got NaN or infinite entries. Remove them or "
            "replace them before calling."
        )
    rows = np.atleast_2d(arr)
    if np.any(rows < -atol):
        bad = rows[np.any(rows < -atol, axis=1)][0]
        raise ValidationError(
            f"{name} must be non-negative (a point on the simplex); got {bad}. "
            "Use palm.simplex.project_to_simplex to map a vector onto the simplex."
        )
    sums = rows.sum(axis=1)
    if np.any(np.abs(sums - 1.0) > atol):
        bad = rows[np.abs(sums - 1.0) > atol][0]
        raise ValidationError(
            f"{name} must sum to 1 (a point on the simplex); got {bad} with sum "
            f"{bad.sum():.6g}. Divide by the sum, or use "
            "palm.simplex.project_to_simplex."
        )
    rows = np.clip(rows, 0.0, None)
    rows = rows / rows.sum(axis=1, keepdims=True)
    return rows[0] if arr.ndim == 1 else rows


def project_to_simplex(x: ArrayLike) -> NDArray[np.float64]:
    """Euclidean projection of vectors onto the probability simplex.

    Parameters
    ----------
    x : array-like of shape (d,) or (n, d)
        Any finite real vectors.

    Returns
    -------
    ndarray of the same shape
        The nearest points of the simplex in Euclidean distance.

    Notes
    -----
    The sort-based algorithm: find the largest ``rho`` with
    ``u_rho - (sum_{i<=rho} u_i - 1) / rho > 0`` for ``u`` sorted in decreasing order,
    then threshold. O(d log d) per vector.

    Examples
    --------
    >>> from palm.simplex import project_to_simplex
    >>> project_to_simplex([2.0, 0.0])
    array([1., 0.])
    """
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim not in (1, 2) or arr.shape[-1] == 0:
        raise ValidationError(f"x must have shape (d,) or (n, d); got {arr.shape}.")
    if not np.all(np.isfinite(arr)):
        raise ValidationError("x must be finite; got NaN or infinite entries.")
    rows = np.atleast_2d(arr)
    u = -np.sort(-rows, axis=1)
    css = np.cumsum(u, axis=1) - 1.0
    idx = np.arange(1, rows.shape[1] + 1)
    cond = u - css / idx > 0
    rho = rows.shape[1] - 1 - np.argmax(cond[:, ::-1], axis=1)
    theta = css[np.arange(rows.shape[0]), rho] / (rho + 1)
    out = np.maximum(rows - theta[:, None], 0.0)
    return out[0] if arr.ndim == 1 else out


def vertices(n_traits: int) -> NDArray[np.float64]:
    """The simplex vertices, one unit weight per trait: the identity matrix.

    Examples
    --------
    >>> from palm.simplex import vertices
    >>> vertices(3)
    array([[1., 0., 0.],
           [0., 1., 0.],
           [0., 0., 1.]])
    """
    _check_n_traits(n_traits)
    return np.eye(n_traits)


def n_das_dennis(n_partitions: int, n_traits: int) -> int:
    """Number of Das–Dennis points: ``comb(n_partitions + n_traits - 1, n_traits - 1)``.

    Examples
    --------
    >>> from palm.simplex import n_das_dennis
    >>> n_das_dennis(4, 3)
    15
    """
    _check_n_traits(n_traits)
    if int(n_partitions) != n_partitions or n_partitions < 0:
        raise ValidationError(
            f"n_partitions must be a non-negative integer; got {n_partitions!r}."
        )
    return comb(int(n_partitions) + n_traits - 1, n_traits - 1)


def das_dennis(n_partitions: int, n_traits: int) -> NDArray[np.float64]:
    """The Das–Dennis simplex lattice ``{k / n_partitions : k in N^d, sum(k) = H}``.

    Parameters
    ----------
    n_partitions : int
        ``H``, the number of divisions of each axis.
    n_traits : int
        ``d``, the dimension of the simplex.

    Returns
    -------
    ndarray of shape (n_das_dennis(H, d), d)
        The lattice points, in lexicographic order of ``k`` (decreasing first entry).

    Examples
    --------
    >>> from palm.simplex import das_dennis
    >>> das_dennis(2, 2)
    array([[1. , 0. ],
           [0.5, 0.5],
           [0. , 1. ]])
    """
    n = n_das_dennis(n_partitions, n_traits)
    h = int(n_partitions)
    if h == 0:
        raise ValidationError(
            "n_partitions must be at least 1 to give points on the simplex; got 0."
        )
    out = np.empty((n, n_traits), dtype=np.float64)
    row = 0
    stack: list[tuple[list[int], int]] = [([], h)]
    while stack:
        prefix, left = stack.pop()
        if len(prefix) == n_traits - 1:
            out[row] = [*prefix, left]
            row += 1
            continue
        # push in increasing order so that pops come out in decreasing first entry
        for k in range(left + 1):
            stack.append(([*prefix, k], left - k))
    return out / h


def uniform_weights(
    n_points: int, n_traits: int, *, strict: bool = False
) -> NDArray[np.float64]:
    """Exactly ``n_points`` evenly spread weights: a Das–Dennis lattice, thinned.

    Parameters
    ----------
    n_points : int
        How many weights to return.
    n_traits : int
        The dimension of the simplex.
    strict : bool, default=False
        If True, ``n_points`` must be a lattice size exactly; otherwise the smallest
        lattice with at least ``n_points`` points is thinned by farthest-point sampling
        (deterministic, starting from the point nearest the centroid).

    Returns
    -------
    ndarray of shape (n_points, n_traits)

    Raises
    ------
    ValidationError
        If ``strict`` and ``n_points`` is not a lattice size; the message lists the
        nearest valid sizes.

    Examples
    --------
    >>> from palm.simplex import uniform_weights
    >>> uniform_weights(3, 2)
    array([[1. , 0. ],
           [0.5, 0.5],
           [0. , 1. ]])
    """
    _check_n_traits(n_traits)
    if int(n_points) != n_points or n_points < 1:
        raise ValidationError(f"n_points must be a positive integer; got {n_points!r}.")
    n_points = int(n_points)
    if n_points == 1:
        return np.full((1, n_traits), 1.0 / n_traits)
    h = 1
    while n_das_dennis(h, n_traits) < n_points:
        h += 1
    size = n_das_dennis(h, n_traits)
    if size == n_points:
        return das_dennis(h, n_traits)
    if strict:
        below = n_das_dennis(h - 1, n_traits)
        raise ValidationError(
            f"no Das–Dennis lattice in {n_traits} traits has {n_points} points; the "
            f"nearest sizes are {below} (n_partitions={h - 1}) and {size} "
            f"(n_partitions={h}). Pass one of them, or strict=False to thin the "
            "larger lattice."
        )
    return _farthest_points(das_dennis(h, n_traits), n_points)


def sample_dirichlet(
    n_samples: int,
    n_traits: int,
    *,
    alpha: float | ArrayLike = 1.0,
    random_state: int | np.random.Generator | None = None,
) -> NDArray[np.float64]:
    """Seeded Dirichlet samples on the simplex.

    Parameters
    ----------
    n_samples : int
        Number of weight vectors.
    n_traits : int
        Dimension of the simplex.
    alpha : float or array-like of shape (n_traits,), default=1.0
        Concentration; 1 is uniform on the simplex.
    random_state : int, Generator or None
        Seed or generator.

    Returns
    -------
    ndarray of shape (n_samples, n_traits)

    Examples
    --------
    >>> from palm.simplex import sample_dirichlet
    >>> sample_dirichlet(4, 3, random_state=0).sum(axis=1)
    array([1., 1., 1., 1.])
    """
    _check_n_traits(n_traits)
    if int(n_samples) != n_samples or n_samples < 0:
        raise ValidationError(
            f"n_samples must be a non-negative integer; got {n_samples!r}."
        )
    a = np.broadcast_to(np.asarray(alpha, dtype=np.float64), (n_traits,))
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        raise ValidationError(f"alpha must be positive and finite; got {alpha!r}.")
    rng = np.random.default_rng(random_state)
    out = rng.dirichlet(a, size=int(n_samples))
    return out / out.sum(axis=1, keepdims=True)


def _farthest_points(points: NDArray[np.float64], k: int) -> NDArray[np.float64]:
    """Greedy farthest-point subset of ``k`` rows, starting nearest the centroid."""
    centroid = np.full(points.shape[1], 1.0 / points.shape[1])
    chosen = [int(np.argmin(np.linalg.norm(points - centroid, axis=1)))]
    dist = np.linalg.norm(points - points[chosen[0]], axis=1)
    for _ in range(k - 1):
        nxt = int(np.argmax(dist))
        chosen.append(nxt)
        dist = np.minimum(dist, np.linalg.norm(points - points[nxt], axis=1))
    return points[np.sort(chosen)]


def _check_n_traits(n_traits: int) -> None:
    if isinstance(n_traits, bool) or int(n_traits) != n_traits or n_traits < 1:
        raise ValidationError(f"n_traits must be a positive integer; got {n_traits!r}.")
