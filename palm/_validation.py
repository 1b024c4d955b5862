"""Private input checks shared by the public entry points."""

from __future__ import annotations

import numbers

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .exceptions import PalmTypeError, ValidationError


def check_rewards(
    rewards: ArrayLike,
    *,
    name: str = "rewards",
    n_traits: int | None = None,
    unit: bool = False,
) -> NDArray[np.float64]:
    """A finite float matrix of shape (n, d), d >= 2; in [0, 1] when ``unit``."""
    try:
        arr = np.asarray(rewards, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise PalmTypeError(
            f"{name} must be a numeric array of shape (n_candidates, n_traits); got "
            f"{type(rewards).__name__} that numpy cannot read as numbers."
        ) from exc
    if arr.ndim != 2 or arr.shape[1] < 2 or arr.shape[0] < 1:
        raise ValidationError(
            f"{name} must have shape (n_candidates, n_traits) with n_candidates >= 1 "
            f"and n_traits >= 2; got {arr.shape}. One row per candidate policy, one "
            "column per trait."
        )
    if n_traits is not None and arr.shape[1] != n_traits:
        raise ValidationError(
            f"{name} must have {n_traits} columns, one per trait; got {arr.shape[1]}."
        )
    if not np.all(np.isfinite(arr)):
        rows = np.unique(np.nonzero(~np.isfinite(arr))[0])
        raise ValidationError(
            f"{name} must be finite; rows {rows[:5].tolist()} contain NaN or infinite "
            "values. Drop those candidates or re-measure their rewards."
        )
    if unit and (arr.min() < -1e-12 or arr.max() > 1 + 1e-12):
        raise ValidationError(
            f"{name} must lie in [0, 1] (normalized rewards); got values in "
            f"[{arr.min():.6g}, {arr.max():.6g}]. Normalize them first, e.g. with "
            "Portfolio.fit, which min-max normalizes per trait."
        )
    return np.clip(arr, 0.0, 1.0) if unit else arr


def check_gap(
    value: float | None, name: str, *, allow_zero: bool = False
) -> float | None:
    """An ε or δ target in (0, 1), or in [0, 1) when ``allow_zero``; None passes."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise PalmTypeError(
            f"{name} must be a number in {'[0, 1)' if allow_zero else '(0, 1)'}; got "
            f"{value!r}."
        )
    v = float(value)
    low_ok = v >= 0.0 if allow_zero else v > 0.0
    if not (low_ok and v < 1.0):
        raise ValidationError(
            f"{name} must be in {'[0, 1)' if allow_zero else '(0, 1)'}; got {value!r}."
        )
    return v


def check_positive_int(value: object, name: str) -> int:
    """A positive integer (not a bool)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Integral)
        or int(value) < 1
    ):
        raise ValidationError(f"{name} must be a positive integer; got {value!r}.")
    return int(value)


def check_share(value: object, name: str) -> float:
    """A share of a budget, in (0, 1]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise PalmTypeError(
            f"{name} must be a number in (0, 1]; got {value!r}. It is the grid's "
            "share of the (eps, delta) budget; the default 0.5 splits it evenly."
        )
    v = float(value)
    if not 0.0 < v <= 1.0:
        raise ValidationError(
            f"{name} must be in (0, 1]; got {value!r}. It is the grid's share of the "
            "(eps, delta) budget: 1 gives it all to the grid, 0.5 (the default) "
            "splits it evenly."
        )
    return v


def check_seed(value: object, name: str = "random_state") -> int | None:
    """A seed for ``numpy.random.default_rng`` that JSON can store: int or None.

    Numpy integers become plain ints.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise PalmTypeError(
            f"{name} must be an integer seed or None; got {value!r}. Pass an int "
            "(e.g. random_state=0) so that the fit can be repeated and saved."
        )
    if int(value) < 0:
        raise ValidationError(
            f"{name} must be a non-negative integer seed or None; got {value!r}."
        )
    return int(value)
