"""From evidence scores to weights: a monotone link, fitted to labelled users.

An estimator reads a summary into one signed evidence score per trait (``z``:
positive for a wanted trait, negative for an unwanted one, 0 when the text is
silent). The link turns the scores into weights on the simplex:

    ŵ = softmax(log prior + f(z))

where ``f`` is non-decreasing and piecewise linear through ``(knots, values)``
with ``f(0) = 0`` (linear beyond the end knots), applied to every trait alike.
The link is the shrinkage toward the prior of DESIGN §4.2: weak evidence (small
``|z|``) moves the weights little, and how little is fitted rather than set by the
confidence. The confidence ``c = 1 - exp(-Σ|z| / s)`` says how much evidence the
text holds; routers fall back to the prior-best member when it is low.

:meth:`ScoreLink.fit` chooses ``f`` from users whose true weights are known by
minimizing the mean cross-entropy ``-Σ_k w_k log ŵ_k``, a convex problem in the
link's values (a multinomial logistic regression with soft labels and monotone,
tied coefficients). Cross-entropy is a proper scoring rule, so the best fit is
the posterior mean of the weights given the scores, as far as the link's form
allows, and routing by the posterior mean is Bayes-optimal (T7). The default link
of the lexical estimator was fitted this way on the tuning families of the
routing benchmark only (``benchmarks/bench_routing.py --tune``).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.optimize import minimize

from .exceptions import SolverError, ValidationError
from .simplex import check_weights

__all__ = ["DEFAULT_KNOTS", "ScoreLink"]

#: Knots of a fitted link: the lexical reader's plain cue scores 1 (-1 for the
#: other pole), a low-importance mention -0.5, a mild one 0.5, an intensified one
#: about 2.
DEFAULT_KNOTS = (-1.0, -0.5, 0.0, 0.5, 1.0, 2.0)


@dataclass(frozen=True)
class ScoreLink:
    """A monotone, piecewise-linear map from evidence scores to weights.

    Parameters
    ----------
    knots : tuple of float
        Strictly increasing score values, one of them 0.
    values : tuple of float
        ``f`` at the knots: non-decreasing, 0 at the knot 0.
    evidence_scale : float, default=0.25
        ``s``: confidence is ``1 - exp(-Σ|z| / s)``. It does not change the
        weights.

    Notes
    -----
    A trait with score 0 keeps its prior share relative to the other silent traits;
    with no evidence at all the weights are the prior. Raising one trait's score
    never lowers its weight. The result is equivariant to the order of the traits.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.link import ScoreLink
    >>> link = ScoreLink.linear(temperature=1.0, negative_scale=2.0)
    >>> link.weights([1.0, -1.0, 0.0]).round(3)
    array([0.705, 0.035, 0.259])
    >>> link.weights([0.0, 0.0, 0.0])
    array([0.33333333, 0.33333333, 0.33333333])
    """

    knots: tuple[float, ...]
    values: tuple[float, ...]
    evidence_scale: float = 0.25

    def __post_init__(self) -> None:
        knots = _float_tuple(self.knots, "knots")
        values = _float_tuple(self.values, "values")
        if len(knots) < 2 or 0.0 not in knots:
            raise ValidationError(
                f"knots must hold at least 2 values, one of them 0; got {knots}."
            )
        if any(b <= a for a, b in zip(knots, knots[1:])):
            raise ValidationError(f"knots must be strictly increasing; got {knots}.")
        if len(values) != len(knots):
            raise ValidationError(
                f"values must have one entry per knot ({len(knots)}); "
                f"got {len(values)}."
            )
        if any(b < a for a, b in zip(values, values[1:])):
            raise ValidationError(
                f"values must be non-decreasing (a monotone link); got {values}."
            )
        if values[knots.index(0.0)] != 0.0:
            raise ValidationError(
                "values must be 0 at the knot 0 (silence keeps the prior); got "
                f"{values[knots.index(0.0)]}."
            )
        scale = _check_positive(self.evidence_scale, "evidence_scale")
        object.__setattr__(self, "knots", knots)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "evidence_scale", scale)

    # ------------------------------------------------------------------ make

    @classmethod
    def linear(
        cls,
        temperature: float = 1.0,
        negative_scale: float = 1.0,
        evidence_scale: float = 0.25,
    ) -> ScoreLink:
        """The softmax link ``f(z) = z / T`` for ``z >= 0`` and ``κ z / T`` below.

        Parameters
        ----------
        temperature : float, default=1.0
            ``T``: lower is more decisive.
        negative_scale : float, default=1.0
            ``κ``: how much more a negative score counts.
        evidence_scale : float, default=0.25

        Returns
        -------
        ScoreLink

        Examples
        --------
        >>> from palm.link import ScoreLink
        >>> ScoreLink.linear(temperature=2.0).logits([-1.0, 4.0])
        array([-0.5,  2. ])
        """
        _check_positive(temperature, "temperature")
        _check_positive(negative_scale, "negative_scale")
        return cls(
            (-1.0, 0.0, 1.0),
            (-negative_scale / temperature, 0.0, 1.0 / temperature),
            evidence_scale,
        )

    @classmethod
    def fit(
        cls,
        scores: ArrayLike,
        weights: ArrayLike,
        *,
        knots: Sequence[float] = DEFAULT_KNOTS,
        evidence_scale: float = 0.25,
        prior: ArrayLike | None = None,
        bounds: Mapping[float, tuple[float | None, float | None]] | None = None,
    ) -> ScoreLink:
        """The link that best predicts known weights from their texts' scores.

        Minimizes the mean cross-entropy ``-Σ_k w_k log ŵ_k`` over monotone links
        through ``knots`` (a small convex problem, solved by SLSQP).

        Parameters
        ----------
        scores : array-like of shape (n_users, n_traits)
            Evidence scores, e.g. :meth:`LexicalEstimator.scores` of each user's
            summary.
        weights : array-like of shape (n_users, n_traits)
            The users' true weights, rows on the simplex.
        knots : sequence of float, default=DEFAULT_KNOTS
        evidence_scale : float, default=0.25
        prior : array-like of shape (n_traits,), optional
            Uniform by default.
        bounds : mapping of float to (low, high), optional
            Bounds on the link's value at some knots (``None`` for no bound), e.g.
            ``{1.0: (0.8, None)}`` to keep a plain "likes X" decisive enough.

        Returns
        -------
        ScoreLink

        Raises
        ------
        ValidationError
            If the arrays' shapes differ, a row of ``weights`` is not on the
            simplex, a bound names no knot or cannot be met.
        SolverError
            If the optimizer fails.

        Examples
        --------
        >>> import numpy as np
        >>> from palm.link import ScoreLink
        >>> true = ScoreLink.linear(temperature=0.5, negative_scale=3.0)
        >>> z = np.random.default_rng(0).choice([-1.0, 0.0, 1.0], size=(500, 3))
        >>> fitted = ScoreLink.fit(z, true.weights(z), knots=(-1, 0, 1))
        >>> np.round(fitted.values, 2)
        array([-6.,  0.,  2.])
        """
        z = np.asarray(scores, dtype=np.float64)
        w = np.asarray(weights, dtype=np.float64)
        if z.ndim != 2 or z.shape != w.shape or z.shape[1] < 2 or len(z) == 0:
            raise ValidationError(
                "scores and weights must have the same shape (n_users, n_traits) "
                f"with n_traits >= 2; got {z.shape} and {w.shape}."
            )
        if not np.isfinite(z).all():
            raise ValidationError("scores must be finite numbers.")
        w = check_weights(w, z.shape[1], name="weights")
        probe = cls(tuple(float(k) for k in knots), (0.0,) * len(knots), evidence_scale)
        kn = np.array(probe.knots)
        prior_arr = _prior(prior, z.shape[1])
        if (prior_arr <= 0).any():
            raise ValidationError(
                "prior must be positive on every trait to fit a link; got "
                f"{prior_arr.tolist()}."
            )
        zero = probe.knots.index(0.0)
        # values = A @ inc, with inc >= 0 the rise of f between neighbouring knots
        n = len(kn) - 1
        a_mat = np.zeros((len(kn), n))
        for j in range(zero):
            a_mat[j, j:zero] = -1.0
        for j in range(zero + 1, len(kn)):
            a_mat[j, zero:j] = 1.0
        basis = _basis(z.ravel(), kn).reshape(*z.shape, len(kn)) @ a_mat
        log_prior = np.log(prior_arr)

        def loss(inc: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
            logit = log_prior + basis @ inc
            logit -= logit.max(axis=1, keepdims=True)
            log_p = logit - np.log(np.exp(logit).sum(axis=1, keepdims=True))
            value = -float((w * log_p).sum(axis=1).mean())
            # d(-Σ w log softmax)/d logit_j = p_j - w_j (rows of w sum to 1)
            grad = np.einsum("ij,ijm->m", np.exp(log_p) - w, basis) / len(z)
            return value, grad

        constraints = []
        bounded = []  # (knot, its index, low, high)
        for knot, (low, high) in (bounds or {}).items():
            where = np.flatnonzero(kn == float(knot))
            if len(where) != 1:
                raise ValidationError(
                    f"bounds must name knots of the link {probe.knots}; got {knot!r}."
                )
            bounded.append((knot, int(where[0]), low, high))
            row = a_mat[where[0]]
            if low is not None:
                constraints.append({"type": "ineq", "fun": _affine(row, -low)})
            if high is not None:
                constraints.append({"type": "ineq", "fun": _affine(-row, high)})
        res = minimize(
            loss,
            np.abs(np.diff(kn)),
            jac=True,
            method="SLSQP",
            bounds=[(0.0, None)] * n,
            constraints=constraints,
            options={"maxiter": 500, "ftol": 1e-10},
        )
        inc = np.maximum(res.x, 0.0)
        values = a_mat @ inc
        for knot, idx, low, high in bounded:
            v = values[idx]
            if (low is not None and v < low - 1e-6) or (
                high is not None and v > high + 1e-6
            ):
                raise ValidationError(
                    f"bounds cannot be met by a monotone link with f(0) = 0: f({knot}) "
                    f"must lie in [{low}, {high}]."
                )
        if not (res.success and np.isfinite(values).all()):
            raise SolverError(f"fitting the link failed: {res.message}")
        values[zero] = 0.0
        return cls(probe.knots, tuple(float(v) for v in values), evidence_scale)

    # ----------------------------------------------------------------- apply

    def logits(self, scores: ArrayLike) -> NDArray[np.float64]:
        """``f(z)`` elementwise (linear beyond the end knots)."""
        z = np.asarray(scores, dtype=np.float64)
        knots, values = np.array(self.knots), np.array(self.values)
        # np.interp is _basis(z) @ values inside the knots; beyond them the end
        # segments go on with their slopes
        out = np.interp(z, knots, values)
        slope_lo = (values[1] - values[0]) / (knots[1] - knots[0])
        slope_hi = (values[-1] - values[-2]) / (knots[-1] - knots[-2])
        out = np.where(z < knots[0], values[0] + (z - knots[0]) * slope_lo, out)
        return np.where(z > knots[-1], values[-1] + (z - knots[-1]) * slope_hi, out)

    def _logit(self, z: float) -> float:
        """``f(z)`` for one score, in the floating-point steps of :meth:`logits`."""
        k, v = self.knots, self.values
        if z < k[0]:
            return v[0] + (z - k[0]) * ((v[1] - v[0]) / (k[1] - k[0]))
        if z > k[-1]:
            return v[-1] + (z - k[-1]) * ((v[-1] - v[-2]) / (k[-1] - k[-2]))
        j = bisect.bisect_right(k, z) - 1
        if k[j] == z:
            return v[j]
        return (v[j + 1] - v[j]) / (k[j + 1] - k[j]) * (z - k[j]) + v[j]  # (np.interp)

    def _weights_of(self, z: list[float]) -> NDArray[np.float64]:
        """:meth:`weights` of one score vector under the uniform prior.

        The same floating-point steps as for a batch, with the link applied to
        plain floats: for the handful of traits a summary has, numpy's calls cost
        more than the arithmetic (this is on the path of every routed summary:
        4 against 15 microseconds).
        """
        logit = [self._logit(x) for x in z]
        out = (1.0 / len(z)) * np.exp(np.array(logit) - max(logit))
        return out / out.sum()

    def confidence(self, scores: ArrayLike) -> NDArray[np.float64] | float:
        """``1 - exp(-Σ|z| / s)`` per row (a float for one score vector)."""
        z = np.asarray(scores, dtype=np.float64)
        c = _confidence(np.atleast_2d(z), self.evidence_scale)
        return float(c[0]) if z.ndim == 1 else c

    def weights(
        self, scores: ArrayLike, prior: ArrayLike | None = None
    ) -> NDArray[np.float64]:
        """The weights on the simplex for one score vector or a batch (rows).

        Parameters
        ----------
        scores : array-like of shape (n_traits,) or (n_users, n_traits)
        prior : array-like of shape (n_traits,), optional
            Uniform by default.

        Returns
        -------
        ndarray of the shape of ``scores``
        """
        z = np.asarray(scores, dtype=np.float64)
        if z.ndim == 1 and prior is None:
            return self._weights_of(z.tolist())
        z2 = np.atleast_2d(z)
        prior_arr = _prior(prior, z2.shape[1])
        logit = self.logits(z2)
        out = prior_arr * np.exp(logit - logit.max(axis=1, keepdims=True))
        out /= out.sum(axis=1, keepdims=True)
        return out[0] if z.ndim == 1 else out

    # ------------------------------------------------------------ persistence

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back.

        Examples
        --------
        >>> from palm.link import ScoreLink
        >>> link = ScoreLink.linear()
        >>> ScoreLink.from_dict(link.to_dict()) == link
        True
        """
        return {
            "evidence_scale": self.evidence_scale,
            "knots": list(self.knots),
            "values": list(self.values),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoreLink:
        """The link :meth:`to_dict` wrote."""
        try:
            return cls(
                tuple(data["knots"]),
                tuple(data["values"]),
                data.get("evidence_scale", 0.25),
            )
        except (KeyError, TypeError) as exc:
            raise ValidationError(
                "a link needs 'knots' and 'values' lists (and optionally "
                f"'evidence_scale'); got {dict(data)!r}."
            ) from exc


# ----------------------------------------------------------------- kernels


def _float_tuple(values: object, name: str) -> tuple[float, ...]:
    try:
        out = tuple(float(v) for v in values)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            f"{name} must be a sequence of numbers; got {values!r}."
        ) from exc
    if not all(math.isfinite(v) for v in out):
        raise ValidationError(f"{name} must be finite numbers; got {out}.")
    return out


def _check_positive(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"{name} must be a positive number; got {value!r}.")
    if not (math.isfinite(value) and value > 0):
        raise ValidationError(f"{name} must be a positive number; got {value!r}.")
    return float(value)


def _prior(prior: ArrayLike | None, n_traits: int) -> NDArray[np.float64]:
    if prior is None:
        return np.full(n_traits, 1.0 / n_traits)
    return check_weights(prior, n_traits, name="prior")


def _confidence(z: NDArray[np.float64], scale: float) -> NDArray[np.float64]:
    return 1.0 - np.exp(-np.abs(z).sum(axis=1) / scale)


def _basis(z: NDArray[np.float64], knots: NDArray[np.float64]) -> NDArray[np.float64]:
    """Rows of interpolation weights: ``f(z) = _basis(z) @ values``.

    Piecewise linear between the knots, and continued with the end segments'
    slopes beyond them.
    """
    seg = np.clip(np.searchsorted(knots, z, side="right") - 1, 0, len(knots) - 2)
    left, right = knots[seg], knots[seg + 1]
    t = (z - left) / (right - left)
    out = np.zeros((len(z), len(knots)))
    rows = np.arange(len(z))
    out[rows, seg] = 1.0 - t
    out[rows, seg + 1] = t
    return out


def _affine(row: NDArray[np.float64], offset: float):  # noqa: ANN202
    return lambda inc: float(row @ inc + offset)
