"""Routing a user to the best portfolio member from a summary or a weight vector.

Utility is linear in the weights, so sending a user to ``argmax_m ŵ · r_m`` with
``ŵ`` the posterior mean of their weights is Bayes-optimal (DESIGN §4.1). The
estimator supplies ``ŵ`` and a confidence; the router takes the argmax, and falls
back to the member that is best under the prior when the confidence is below a
threshold. Only the argmax carries the portfolio's certificate.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .estimator import (
    DEFAULT_ESTIMATOR,
    Estimator,
    Evidence,
    WeightEstimate,
    _check_n_jobs,
    check_summary,
    estimate_many,
)
from .exceptions import PalmTypeError, ValidationError
from .simplex import check_weights
from .trait import Trait, resolve_traits

__all__ = ["DEFAULT_THRESHOLD", "Route", "prior_best", "route"]

#: Routes whose confidence is below this go to the prior-best member.
DEFAULT_THRESHOLD = 0.1


@dataclass(frozen=True, eq=False)
class Route:
    """Where a user was sent, and why.

    Attributes
    ----------
    member : int
        The chosen member's position in the portfolio.
    weights : ndarray of shape (n_traits,)
        The estimated (or given) weights on the simplex (read-only).
    confidence : float
        The estimator's confidence in [0, 1]; 1.0 for a given weight vector.
    utilities : ndarray of shape (n_members,)
        Each member's estimated utility ``weights · r_m`` (read-only).
    evidence : tuple of Evidence
        Which clause moved which trait; empty for a given weight vector.
    fallback : bool
        True when the confidence was below the threshold and the user went to the
        prior-best member instead of ``argmax(utilities)``.
    traits : tuple of str
        Trait names, in the order of ``weights``.
    method : str
        "weights" for a given weight vector, else the estimator's method.
    truncated : bool
        Whether the summary was truncated before it was read.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.route import route
    >>> class Toy:  # anything with traits and member_rewards routes
    ...     traits = ("humor", "conciseness")
    ...     member_rewards = np.array([[1.0, 0.1], [0.2, 0.9]])
    >>> r = route(Toy(), "Wants short answers; no jokes.")
    >>> r.member, r.fallback
    (1, False)
    >>> print(r)
    member 1 (confidence 1.00)
      weights: humor=0.008 conciseness=0.992
      utilities: m0=0.107 m1=0.894
      +conciseness (1.00) from 'Wants short answers': short
      -humor (1.00) from 'no jokes': jokes [no]
    """

    member: int
    weights: NDArray[np.float64]
    confidence: float
    utilities: NDArray[np.float64]
    evidence: tuple[Evidence, ...]
    fallback: bool
    traits: tuple[str, ...]
    method: str
    truncated: bool = False

    def __post_init__(self) -> None:
        for name in ("weights", "utilities"):
            arr = np.array(getattr(self, name), dtype=np.float64)
            arr.setflags(write=False)
            object.__setattr__(self, name, arr)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Route):
            return NotImplemented
        return (
            np.array_equal(self.weights, other.weights)
            and np.array_equal(self.utilities, other.utilities)
            and (
                self.member,
                self.confidence,
                self.evidence,
                self.fallback,
                self.traits,
                self.method,
                self.truncated,
            )
            == (
                other.member,
                other.confidence,
                other.evidence,
                other.fallback,
                other.traits,
                other.method,
                other.truncated,
            )
        )

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        head = f"member {self.member} (confidence {self.confidence:.2f})"
        if self.fallback:
            head += ": fell back to the prior-best member (low confidence)"
        lines = [
            head,
            "  weights: "
            + " ".join(f"{t}={w:.3f}" for t, w in zip(self.traits, self.weights)),
            "  utilities: "
            + " ".join(f"m{i}={u:.3f}" for i, u in enumerate(self.utilities)),
        ]
        if self.truncated:
            lines.append("  note: the summary was truncated before it was read")
        lines += [f"  {e}" for e in self.evidence]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "fallback": self.fallback,
            "member": self.member,
            "method": self.method,
            "traits": list(self.traits),
            "truncated": self.truncated,
            "utilities": self.utilities.tolist(),
            "weights": self.weights.tolist(),
        }


def route(
    portfolio: Any,
    summary_or_weights: str | ArrayLike | Sequence[str],
    *,
    estimator: Estimator | None = None,
    prior: ArrayLike | None = None,
    threshold: float | None = None,
    n_jobs: int | None = None,
) -> Route | list[Route]:
    """Send a user to the best member of a portfolio.

    Parameters
    ----------
    portfolio : Portfolio
        A fitted :class:`palm.Portfolio`, or any object with ``traits`` (or
        ``trait_specs``) and ``member_rewards`` of shape (n_members, n_traits).
    summary_or_weights : str, list of str, or array-like
        A preference summary; a list of them (a list of routes comes back); a
        weight vector of shape (n_traits,) on the simplex; or a batch of weight
        vectors of shape (n_users, n_traits).
    estimator : Estimator, optional
        Turns text into weights; the offline :class:`palm.estimator.LexicalEstimator`
        by default. Ignored for weight vectors.
    prior : array-like of shape (n_traits,), optional
        The population mean weight (uniform by default): estimates shrink toward
        it, and low-confidence routes go to its best member.
    threshold : float, optional
        Routes with confidence below it go to the prior-best member
        (``DEFAULT_THRESHOLD`` = 0.1 by default; 0 never falls back).
    n_jobs : int, optional
        For a list of summaries: worker processes that read them (see
        :func:`palm.estimator.estimate_many`; -1 uses every core). The routes are
        the same as with one process.

    Returns
    -------
    Route or list of Route
        One route per summary or weight vector.

    Raises
    ------
    PalmTypeError
        If the input is neither text nor numbers, or the portfolio lacks
        ``member_rewards``.
    ValidationError
        If a summary is empty, the weights are not on the simplex, the threshold
        is outside [0, 1], or the portfolio's traits have no anchor phrases (the
        message says what to pass to ``Portfolio.fit``).

    Notes
    -----
    Text longer than :data:`palm.estimator.MAX_SUMMARY_CHARS` characters is
    truncated with a warning. Text that mentions no trait gets confidence 0, the
    prior as its weights, and the prior-best member.

    Derived guarantee **T7** (``theory/T7_routing.md``): the argmax with the
    posterior mean of the user's weight is Bayes-optimal for any posterior, and a
    wrong estimate ``ŵ`` costs the user at most ``‖w - ŵ‖₁`` of utility against
    their best member, so with an ``(ε, δ)``-certified portfolio the routed member
    gives at least ``(OPT(w) - δ) / (1 + ε) - ‖w - ŵ‖₁``.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.route import route
    >>> class Toy:
    ...     traits = ("humor", "conciseness")
    ...     member_rewards = np.array([[1.0, 0.1], [0.2, 0.9]])
    >>> route(Toy(), [0.9, 0.1]).member
    0
    >>> [r.member for r in route(Toy(), ["Loves puns.", "Brief, please."])]
    [0, 1]
    >>> route(Toy(), "Enjoys hiking.").fallback
    True
    """
    rewards, names = _portfolio_arrays(portfolio)
    n_traits = rewards.shape[1]
    prior_arr = (
        np.full(n_traits, 1.0 / n_traits)
        if prior is None
        else check_weights(prior, n_traits, name="prior")
    )
    thr = _check_threshold(threshold)
    if n_jobs is not None:
        _check_n_jobs(n_jobs, 1)  # (what is wrong with it, whatever is routed)
    x = summary_or_weights
    if isinstance(x, str):
        return _route_text(portfolio, rewards, names, x, estimator, prior_arr, thr)
    if isinstance(x, (bytes, dict, set)) or x is None:
        check_summary(x)  # raises with the right message
    if _is_text_batch(x):
        estimates = estimate_many(  # (one process unless n_jobs asks for more)
            _checked_estimator(estimator),
            list(x),  # type: ignore[arg-type]
            _resolved_traits(portfolio, names),
            prior=prior_arr,
            n_jobs=n_jobs,
        )
        return [_estimate_route(e, rewards, names, prior_arr, thr) for e in estimates]
    weights = _as_weights(x, n_traits)
    utilities = weights @ rewards.T
    if weights.ndim == 1:
        return _weights_route(weights, utilities, names)
    return [_weights_route(w, u, names) for w, u in zip(weights, utilities)]


def prior_best(portfolio: Any, prior: ArrayLike | None = None) -> int:
    """The member with the highest utility under the prior mean weight.

    Parameters
    ----------
    portfolio : Portfolio
        Anything with ``member_rewards``.
    prior : array-like of shape (n_traits,), optional
        Uniform by default.

    Returns
    -------
    int

    Examples
    --------
    >>> import numpy as np
    >>> from palm.route import prior_best
    >>> class Toy:
    ...     traits = ("humor", "conciseness")
    ...     member_rewards = np.array([[1.0, 0.1], [0.6, 0.6]])
    >>> prior_best(Toy())
    1
    """
    rewards, _ = _portfolio_arrays(portfolio)
    n = rewards.shape[1]
    p = np.full(n, 1.0 / n) if prior is None else check_weights(prior, n, name="prior")
    return int(np.argmax(rewards @ p))


# ------------------------------------------------------------------------ helpers


def _route_text(
    portfolio: Any,
    rewards: NDArray[np.float64],
    names: tuple[str, ...],
    text: Any,
    estimator: Estimator | None,
    prior: NDArray[np.float64],
    threshold: float,
) -> Route:
    specs = _resolved_traits(portfolio, names)
    est = _checked_estimator(estimator).estimate(text, specs, prior=prior)
    return _estimate_route(est, rewards, names, prior, threshold)


def _checked_estimator(estimator: Estimator | None) -> Estimator:
    est_obj = DEFAULT_ESTIMATOR if estimator is None else estimator
    if not callable(getattr(est_obj, "estimate", None)):
        raise PalmTypeError(
            "estimator must have an estimate(text, traits, prior=...) method "
            f"(palm.estimator.Estimator); got {type(est_obj).__name__}."
        )
    return est_obj


def _estimate_route(
    est: Any,
    rewards: NDArray[np.float64],
    names: tuple[str, ...],
    prior: NDArray[np.float64],
    threshold: float,
) -> Route:
    if not isinstance(est, WeightEstimate):
        raise PalmTypeError(
            f"estimator.estimate must return a palm.estimator.WeightEstimate; got "
            f"{type(est).__name__}."
        )
    weights = check_weights(est.weights, len(names), name="estimated weights")
    # evidence names the portfolio's traits ("brevity"), not the resolved built-in
    # ("conciseness")
    rename = dict(zip(est.traits, names))
    evidence = tuple(
        replace(e, trait=rename.get(e.trait, e.trait)) for e in est.evidence
    )
    utilities = rewards @ weights
    fallback = est.confidence < threshold
    member = int(np.argmax(rewards @ prior)) if fallback else int(np.argmax(utilities))
    return Route(
        member=member,
        weights=weights,
        confidence=float(est.confidence),
        utilities=utilities,
        evidence=evidence,
        fallback=bool(fallback),
        traits=names,
        method=est.method,
        truncated=est.truncated,
    )


def _weights_route(
    weights: NDArray[np.float64], utilities: NDArray[np.float64], names: tuple[str, ...]
) -> Route:
    return Route(
        member=int(np.argmax(utilities)),
        weights=weights,
        confidence=1.0,
        utilities=utilities,
        evidence=(),
        fallback=False,
        traits=names,
        method="weights",
    )


def _portfolio_arrays(portfolio: Any) -> tuple[NDArray[np.float64], tuple[str, ...]]:
    rewards = getattr(portfolio, "member_rewards", None)
    if rewards is None:
        raise PalmTypeError(
            "portfolio must be a fitted palm.Portfolio (an object with member_rewards "
            f"and traits); got {type(portfolio).__name__}."
        )
    arr = np.asarray(rewards, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[0] < 1 or arr.shape[1] < 2:
        raise ValidationError(
            "portfolio.member_rewards must have shape (n_members, n_traits) with "
            f"n_traits >= 2; got {arr.shape}."
        )
    names = tuple(str(t) for t in getattr(portfolio, "traits", ()) or ())
    if not names:
        names = tuple(f"trait_{i}" for i in range(arr.shape[1]))
    if len(names) != arr.shape[1]:
        raise ValidationError(
            f"portfolio has {len(names)} trait names {list(names)} but member_rewards "
            f"has {arr.shape[1]} columns."
        )
    return arr, names


def _resolved_traits(portfolio: Any, names: tuple[str, ...]) -> tuple[Trait, ...]:
    specs = getattr(portfolio, "trait_specs", None) or names
    traits = resolve_traits(tuple(specs))
    if len(traits) != len(names):
        raise ValidationError(
            f"portfolio.trait_specs has {len(traits)} traits but the portfolio has "
            f"{len(names)}."
        )
    return traits


def _check_threshold(threshold: float | None) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    if isinstance(threshold, bool) or not isinstance(threshold, numbers.Real):
        raise ValidationError(
            f"threshold must be a number in [0, 1]; got {threshold!r}. Use 0 to never "
            "fall back to the prior-best member."
        )
    if not 0.0 <= float(threshold) <= 1.0:
        raise ValidationError(
            f"threshold must be in [0, 1]; got {threshold!r}. Use 0 to never fall back "
            "to the prior-best member."
        )
    return float(threshold)


def _is_text_batch(x: object) -> bool:
    if isinstance(x, np.ndarray):
        if x.dtype.kind in "US":
            return True
        if x.dtype.kind != "O":
            return False
        x = x.tolist()
    if not isinstance(x, (list, tuple)) or not x:
        return False
    n_str = sum(isinstance(s, str) for s in x)
    if n_str == len(x):
        return True
    if n_str:
        bad = next(s for s in x if not isinstance(s, str))
        raise PalmTypeError(
            "a list to route must hold only summaries (str) or only numbers; got a "
            f"mix, e.g. {type(bad).__name__} {bad!r}."
        )
    return False


def _as_weights(x: object, n_traits: int) -> NDArray[np.float64]:
    try:
        arr = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise PalmTypeError(
            "route takes a summary (str), a list of summaries, or weights of shape "
            f"(n_traits,) or (n_users, n_traits); got {type(x).__name__} "
            f"{repr(x)[:60]}."
        ) from exc
    if arr.ndim == 0:
        raise PalmTypeError(
            "route takes a summary (str), a list of summaries, or a weight vector; "
            f"got the number {x!r}."
        )
    return check_weights(arr, n_traits)
