"""The exact worst-case certificate of a portfolio over the whole simplex (T5).

For a finite pool of candidate reward vectors ``C`` and a portfolio ``P ⊆ C`` the
worst case over *every* user weight ``w`` in the simplex is computed exactly by
linear programs, with no sampling:

* additive gap ``δ̂ = max_w OPT(w) - PORT(w)``;
* multiplicative gap ``ε̂``: the smallest ε with ``PORT(w) >= OPT(w)/(1+ε)``;
* for a target ε, the smallest δ with ``PORT(w) >= (OPT(w) - δ)/(1+ε)``, and for a
  target δ the smallest such ε.

Each number comes with its witness: the weight vector where the worst case happens.
"""

from __future__ import annotations

import math
import numbers
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray
from scipy.spatial import HalfspaceIntersection, QhullError

from ._validation import check_rewards
from .exceptions import SolverError, ValidationError

__all__ = [
    "Certificate",
    "certify",
    "gaps_at",
    "pareto_mask",
    "upper_hull_mask",
]

#: Absolute tolerance when deciding whether a target holds.
HOLD_TOL = 1e-9
#: Most traits for which the searches may enumerate the vertices of the members'
#: maximization diagram instead of solving one LP per candidate (T5, corollary).
VERTEX_MAX_TRAITS = 6
#: Most diagram vertices the searches enumerate before falling back to the LPs.
VERTEX_MAX_COUNT = 200_000

#: LP sweeps over many candidates run in this many interleaved chunks, in threads
#: (as many as there are usable cores): about 1.9x faster on 2 cores at d = 12.
LP_CHUNKS = 2
#: Smallest sweeps that are split: fewer candidates or members make LPs too cheap
#: for threads to pay.
LP_SPLIT_MIN_CANDIDATES = 64
LP_SPLIT_MIN_MEMBERS = 8

_INF = highspy.kHighsInf
_EXECUTOR: ThreadPoolExecutor | None = None
_EXECUTOR_LOCK = threading.Lock()


@dataclass(frozen=True)
class Certificate:
    """Exact worst-case gaps of a portfolio over the whole simplex.

    The library's guarantee reads ``PORT(w) >= (OPT(w) - δ) / (1 + ε)`` for every
    weight ``w``; since ``1/(1+ε) >= 1-ε`` it implies ``PORT(w) >= (1-ε) OPT(w) - δ``.

    Attributes
    ----------
    eps_hat : float
        Worst multiplicative gap (with δ = 0); ``inf`` when some weight gives the
        portfolio utility 0 but the pool more (``note`` says which).
    delta_hat : float
        Worst additive gap (with ε = 0).
    eps_witness, delta_witness : tuple of float or None
        Weights where ``eps_hat`` and ``delta_hat`` are attained.
    eps, delta : float or None
        The target, when one was given.
    delta_at_eps : float or None
        The smallest δ that holds at the target ε.
    eps_at_delta : float or None
        The smallest ε that holds at the target δ (``inf`` if none does).
    delta_at_eps_witness, eps_at_delta_witness : tuple of float or None
        Where those are attained.
    holds : bool or None
        Whether the target (ε, δ) holds everywhere on the simplex.
    n_candidates, n_members : int
        Size of the pool and of the portfolio.
    n_lps : int
        Linear programs solved (the rest were excluded by bounds).
    relative_to : str
        ``"candidates"``: exact with respect to the pool of candidates seen.
        ``"observed"``: the pool is what an approximate oracle produced.
    note : str
        Extra explanation, e.g. why ``eps_hat`` is infinite.

    Notes
    -----
    Derived guarantee T5 (exactness of the LP certificate); see
    ``theory/T5_certificate.md``.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.certificate import certify
    >>> pool = np.array([[1.0, 0.0], [0.8, 0.8], [0.0, 1.0]])
    >>> cert = certify(pool[[1]], pool, eps=0.3, delta=0.05)
    >>> round(cert.eps_hat, 6), round(cert.delta_hat, 6), cert.holds
    (0.25, 0.2, True)
    """

    eps_hat: float
    delta_hat: float
    eps_witness: tuple[float, ...] | None
    delta_witness: tuple[float, ...] | None
    eps: float | None = None
    delta: float | None = None
    delta_at_eps: float | None = None
    delta_at_eps_witness: tuple[float, ...] | None = None
    eps_at_delta: float | None = None
    eps_at_delta_witness: tuple[float, ...] | None = None
    holds: bool | None = None
    n_candidates: int = 0
    n_members: int = 0
    n_lps: int = 0
    relative_to: str = "candidates"
    note: str = field(default="", compare=False)

    def __str__(self) -> str:
        lines = [
            f"Certificate over the whole simplex ({self.n_members} members, "
            f"{self.n_candidates} candidates, {self.n_lps} LPs, exact relative to "
            f"the {self.relative_to})",
            f"  multiplicative gap eps_hat = {_fmt(self.eps_hat)} at w = "
            f"{_fmt_w(self.eps_witness)}",
            f"  additive gap delta_hat     = {_fmt(self.delta_hat)} at w = "
            f"{_fmt_w(self.delta_witness)}",
        ]
        if self.eps is not None and self.delta is not None:
            verdict = "HOLDS" if self.holds else "FAILS"
            lines += [
                f"  target PORT >= (OPT - {self.delta:g}) / (1 + {self.eps:g}): "
                f"{verdict}",
                f"    i.e. PORT >= (1 - {self.eps:g}) OPT - {self.delta:g}",
                f"    smallest delta at eps={self.eps:g}: "
                f"{_fmt(self.delta_at_eps)} at w = "
                f"{_fmt_w(self.delta_at_eps_witness)}",
                f"    smallest eps at delta={self.delta:g}: {_fmt(self.eps_at_delta)}",
            ]
        if self.note:
            lines.append(f"  note: {self.note}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (infinities become the string ``"inf"``).

        Examples
        --------
        >>> import numpy as np
        >>> from palm.certificate import certify
        >>> pool = np.array([[1.0, 0.0], [0.0, 1.0]])
        >>> data = certify(pool[[0]], pool).to_dict()  # eps_hat is infinite
        >>> data["eps_hat"], data["delta_hat"], data["delta_witness"]
        ('inf', 1.0, [0.0, 1.0])
        """
        out: dict[str, Any] = {}
        for key in self.__dataclass_fields__:
            value = getattr(self, key)
            if isinstance(value, float) and math.isinf(value):
                value = "inf"
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Certificate:
        """Inverse of :meth:`to_dict`.

        Examples
        --------
        >>> import json
        >>> import numpy as np
        >>> from palm.certificate import Certificate, certify
        >>> pool = np.array([[1.0, 0.0], [0.0, 1.0]])
        >>> cert = certify(pool[[0]], pool, eps=0.1, delta=0.1)
        >>> again = Certificate.from_dict(json.loads(json.dumps(cert.to_dict())))
        >>> again == cert, again.eps_hat, again.holds
        (True, inf, False)
        """
        kwargs: dict[str, Any] = {}
        for key in cls.__dataclass_fields__:
            if key not in data:
                continue
            value = data[key]
            if value == "inf":
                value = math.inf
            elif isinstance(value, list):
                value = tuple(float(v) for v in value)
            kwargs[key] = value
        return cls(**kwargs)


def certify(
    members: ArrayLike,
    candidates: ArrayLike | None = None,
    *,
    eps: float | None = None,
    delta: float | None = None,
    relative_to: str = "candidates",
) -> Certificate:
    """Compute the exact worst-case gaps of a portfolio over the whole simplex.

    Parameters
    ----------
    members : array-like of shape (n_members, n_traits)
        Normalized reward vectors (in [0, 1]) of the portfolio members.
    candidates : array-like of shape (n_candidates, n_traits), optional
        The pool that defines ``OPT``. The members are always added to it.
    eps, delta : float, optional
        A target. Given together, the certificate says whether it holds and reports
        the smallest δ at this ε and the smallest ε at this δ. Each finite and
        non-negative.
    relative_to : {"candidates", "observed"}
        Recorded in the certificate: whether the pool is exact or what an
        approximate oracle produced.

    Returns
    -------
    Certificate

    Notes
    -----
    Derived guarantee T5. For each candidate ``j`` on the upper hull, one LP
    ``max_{w in Δ, t} w·r_j - s t`` s.t. ``t >= w·r_m`` for all members gives the
    worst additive gap with scale ``s = 1 + ε``; the Charnes–Cooper LP
    ``max_{y >= 0} y·(r_j - δ) s.t. y·r_m <= 1`` gives ``1 + ε``. The constraint
    matrix depends only on the members, so one warm-started model serves every
    candidate; an upper bound per candidate skips every LP that cannot beat the
    current worst case. The bounds are closed-form, and for at most six traits
    also dual certificates built at the vertices of the members' maximization
    diagram (T5 (d)4), which are usually tight: then only the few worst
    candidates get an LP (``n_lps``).

    Examples
    --------
    >>> import numpy as np
    >>> from palm.certificate import certify
    >>> theta = np.linspace(0, np.pi / 2, 101)
    >>> arc = np.c_[np.cos(theta), np.sin(theta)]
    >>> cert = certify(arc[[50]], arc)
    >>> round(cert.eps_hat, 4)  # 1/cos(pi/4) - 1
    0.4142
    """
    mem = check_rewards(members, name="members", unit=True)
    d = mem.shape[1]
    if candidates is None:
        pool = mem
    else:
        pool = np.vstack(
            [check_rewards(candidates, name="candidates", n_traits=d, unit=True), mem]
        )
    eps = _check_slack(eps, "eps")
    delta = _check_slack(delta, "delta")
    if (eps is None) != (delta is None):
        raise ValidationError(
            "eps and delta must be given together to state a target; got "
            f"eps={eps!r}, delta={delta!r}. Pass both, or neither for the gaps alone."
        )
    if relative_to not in ("candidates", "observed"):
        raise ValidationError(
            f"relative_to must be 'candidates' or 'observed'; got {relative_to!r}."
        )
    hull = pool[upper_hull_mask(pool)]
    n_lps = 0
    notes = []
    # few traits: the diagram's vertices guide a dual certificate per candidate
    # (T5 (d)4), so that LPs run only where those bounds cannot clear a candidate
    corners = _diagram_vertices(mem)

    add = _worst_additive(mem, hull, scale=1.0, guide=corners)
    mul = _worst_ratio(mem, hull, delta=0.0, guide=corners)
    n_lps += add.n_lps + mul.n_lps
    if math.isinf(mul.value):
        notes.append(
            "eps_hat is infinite: at the witness weight every member has utility 0 "
            "while some candidate has more, so no multiplicative factor suffices; "
            "the additive reading still applies."
        )
    kwargs: dict[str, Any] = {}
    if eps is not None and delta is not None:
        mixed = _worst_additive(mem, hull, scale=1.0 + eps, guide=corners)
        ratio = _worst_ratio(mem, hull, delta=delta, guide=corners)
        n_lps += mixed.n_lps + ratio.n_lps
        delta_at_eps = max(mixed.value, 0.0)
        kwargs = dict(
            eps=eps,
            delta=delta,
            delta_at_eps=delta_at_eps,
            delta_at_eps_witness=_tup(mixed.witness),
            eps_at_delta=max(ratio.value - 1.0, 0.0),
            eps_at_delta_witness=_tup(ratio.witness),
            holds=bool(delta_at_eps <= delta + HOLD_TOL),
        )
    return Certificate(
        eps_hat=max(mul.value - 1.0, 0.0),
        delta_hat=max(add.value, 0.0),
        eps_witness=_tup(mul.witness),
        delta_witness=_tup(add.witness),
        n_candidates=int(pool.shape[0] - mem.shape[0])
        if candidates is not None
        else int(mem.shape[0]),
        n_members=int(mem.shape[0]),
        n_lps=n_lps,
        relative_to=relative_to,
        note=" ".join(notes),
        **kwargs,
    )


def gaps_at(
    weights: ArrayLike,
    members: ArrayLike,
    candidates: ArrayLike,
    *,
    eps: float = 0.0,
) -> NDArray[np.float64]:
    """Pointwise gap ``OPT(w) - (1+ε) PORT(w)`` at given weights (no LP).

    Parameters
    ----------
    weights : array-like of shape (n_weights, n_traits)
    members : array-like of shape (n_members, n_traits)
    candidates : array-like of shape (n_candidates, n_traits)
    eps : float, default=0
        Multiplicative slack of the gap.

    Returns
    -------
    ndarray of shape (n_weights,)
        With ``eps=0`` the additive gap; :func:`certify` returns its maximum over
        the whole simplex, which is never below any value here.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.certificate import gaps_at
    >>> pool = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> gaps_at([[0.5, 0.5], [1.0, 0.0]], pool[[0]], pool)
    array([0., 0.])
    """
    w = np.atleast_2d(np.asarray(weights, dtype=np.float64))
    mem = np.asarray(members, dtype=np.float64)
    pool = np.vstack([np.asarray(candidates, dtype=np.float64), mem])
    return (w @ pool.T).max(axis=1) - (1.0 + eps) * (w @ mem.T).max(axis=1)


def pareto_mask(rewards: ArrayLike) -> NDArray[np.bool_]:
    """Rows not weakly dominated by another row (of exact duplicates, one is kept).

    Examples
    --------
    >>> from palm.certificate import pareto_mask
    >>> pareto_mask([[1, 0], [0.5, 0], [0, 1], [0, 1]]).tolist()
    [True, False, False, True]
    """
    r = np.asarray(rewards, dtype=np.float64)
    n = r.shape[0]
    order = np.lexsort(r.T[::-1])[::-1]  # decreasing lexicographic order
    keep = np.zeros(n, dtype=bool)
    front: list[int] = []
    for i in order:
        ri = r[i]
        if front:
            f = r[front]
            if np.any(np.all(f >= ri, axis=1)):
                continue
        front.append(int(i))
        keep[i] = True
    return keep


def upper_hull_mask(rewards: ArrayLike) -> NDArray[np.bool_]:
    """Candidates that can be the best for some simplex weight (a superset for d > 2).

    For two traits this is the exact upper-right convex hull. For more traits it is
    the Pareto front, a superset of the hull; the certificate's per-candidate bounds
    then skip the LPs of candidates that cannot be the worst case.

    Examples
    --------
    >>> from palm.certificate import upper_hull_mask
    >>> upper_hull_mask([[1, 0], [0.4, 0.4], [0, 1], [0.6, 0.6]]).tolist()
    [True, False, True, True]
    """
    r = np.asarray(rewards, dtype=np.float64)
    mask = pareto_mask(r)
    if r.shape[1] != 2:
        return mask
    idx = np.nonzero(mask)[0]
    # Pareto points sorted by increasing x have decreasing y; keep the concave chain.
    idx = idx[np.argsort(r[idx, 0], kind="stable")]
    chain: list[int] = []
    for i in idx:
        while len(chain) >= 2:
            a, b = r[chain[-2]], r[chain[-1]]
            c = r[i]
            cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
            if cross >= -1e-15:  # b is on or below segment a-c: not a vertex
                chain.pop()
            else:
                break
        chain.append(int(i))
    out = np.zeros(r.shape[0], dtype=bool)
    out[chain] = True
    return out


# --------------------------------------------------------------------------- kernels


@dataclass
class _Worst:
    value: float
    witness: NDArray[np.float64] | None
    index: int
    n_lps: int
    above: list[tuple[float, NDArray[np.float64], int]] = field(default_factory=list)


class _LPModel:
    """One HiGHS model whose constraints depend only on the members.

    The candidate enters through the objective alone, so consecutive solves change
    ``d`` costs and warm-start from the previous basis.
    """

    def __init__(self, lp: highspy.HighsLp, n_cost: int, *, sense: str = "min") -> None:
        self.h = highspy.Highs()
        self.h.setOptionValue("output_flag", False)
        self.h.passModel(lp)
        self.idx = np.arange(n_cost, dtype=np.int32)
        self.n_cost = n_cost

    def switch_rows(self, rows: NDArray[np.int64], on: bool) -> None:
        """Enforce (``on``) or relax the ``<= 0`` rows ``rows`` (members)."""
        upper = 0.0 if on else _INF
        for row in rows:
            self.h.changeRowBounds(int(row), -_INF, upper)

    def solve(self, cost: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        """Minimize with the first ``n_cost`` costs replaced; (objective, x)."""
        self.h.changeColsCost(self.n_cost, self.idx, cost)
        self.h.run()
        status = self.h.getModelStatus()
        if status == highspy.HighsModelStatus.kOptimal:
            x = np.asarray(self.h.getSolution().col_value, dtype=np.float64)
            return float(self.h.getInfo().objective_function_value), x
        if status in (
            highspy.HighsModelStatus.kUnbounded,
            highspy.HighsModelStatus.kUnboundedOrInfeasible,
        ):
            return -math.inf, np.full(self.h.getNumCol(), np.nan)
        raise SolverError(
            "HiGHS could not solve a certificate LP (status "
            f"{self.h.modelStatusToString(status)}). This is unexpected for these "
            "small bounded LPs; please report the rewards that caused it."
        )


def _additive_duals(
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    scale: float,
    model: _LPModel | None = None,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Each candidate's additive LP value and a dual certificate of it.

    Returns ``(value, mu)`` with ``mu[j] >= 0`` summing to ``scale``. By LP duality,
    for *any* such ``mu``, ``max_k (r_j - mu·R_P)_k`` bounds candidate j's LP value
    from above (the single-member bounds of :func:`_additive_bounds` are the case
    ``mu = scale·e_m``). A dual that leaves a member at 0 stays valid once that
    member is dropped, which is what lets a reverse delete skip most LPs.
    ``model`` may pass an :func:`_additive_model` of ``mem`` with some members
    switched off by :meth:`_LPModel.switch_rows`; they get dual 0. Without one,
    many candidates are split over threads.
    """
    if model is None:
        if _splits(cand.shape[0], mem.shape[0]):
            # chunks with a model each, in threads, as in :func:`_split`
            parts = list(
                _executor().map(
                    lambda idx: _additive_duals(
                        mem, cand[idx], scale, _additive_model(mem, scale)
                    ),
                    np.array_split(np.arange(cand.shape[0]), LP_CHUNKS),
                )
            )
            values, duals = zip(*parts, strict=True)
            return np.concatenate(values), np.vstack(duals)
        model = _additive_model(mem, scale)
    k = mem.shape[0]
    value = np.empty(cand.shape[0])
    mu = np.empty((cand.shape[0], k))
    for j in range(cand.shape[0]):
        obj, _ = model.solve(-cand[j])
        value[j] = -obj
        dual = np.abs(np.asarray(model.h.getSolution().row_dual[:k], dtype=np.float64))
        total = dual.sum()
        mu[j] = scale * dual / total if total > 0 else scale / k
    return value, mu


def _dual_bounds(
    mu: NDArray[np.float64], mem: NDArray[np.float64], cand: NDArray[np.float64]
) -> NDArray[np.float64]:
    """``max_k (r_j - mu_j·R_P)_k`` per candidate: valid upper bounds on the LPs."""
    return (cand - mu @ mem).max(axis=1)


def _set_matrix(lp: highspy.HighsLp, a: NDArray[np.float64]) -> None:
    m = sp.csc_matrix(a)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = m.indptr.astype(np.int32)
    lp.a_matrix_.index_ = m.indices.astype(np.int32)
    lp.a_matrix_.value_ = m.data


def _additive_model(mem: NDArray[np.float64], scale: float) -> _LPModel:
    """Variables (w_1..w_d, t): rows ``r_m·w - t <= 0`` and ``sum w = 1``."""
    k, d = mem.shape
    lp = highspy.HighsLp()
    lp.num_col_ = d + 1
    lp.num_row_ = k + 1
    lp.col_cost_ = np.r_[np.zeros(d), scale]
    lp.col_lower_ = np.r_[np.zeros(d), -_INF]
    lp.col_upper_ = np.full(d + 1, _INF)
    a = np.vstack([np.c_[mem, -np.ones(k)], np.r_[np.ones(d), 0.0]])
    lp.row_lower_ = np.r_[np.full(k, -_INF), 1.0]
    lp.row_upper_ = np.r_[np.zeros(k), 1.0]
    _set_matrix(lp, a)
    return _LPModel(lp, d)


def _ratio_model(mem: NDArray[np.float64]) -> _LPModel:
    """Variables y >= 0 (d): rows ``r_m·y <= 1``."""
    k, d = mem.shape
    lp = highspy.HighsLp()
    lp.num_col_ = d
    lp.num_row_ = k
    lp.col_cost_ = np.zeros(d)
    lp.col_lower_ = np.zeros(d)
    lp.col_upper_ = np.full(d, _INF)
    lp.row_lower_ = np.full(k, -_INF)
    lp.row_upper_ = np.ones(k)
    _set_matrix(lp, mem)
    return _LPModel(lp, d)


def _additive_bounds(
    mem: NDArray[np.float64], cand: NDArray[np.float64], scale: float
) -> NDArray[np.float64]:
    """``min_m max_k (r_jk - s r_mk)``: an upper bound on candidate j's LP value."""
    return _additive_bound_matrix(mem, cand, scale).min(axis=1)


def _additive_bound_matrix(
    mem: NDArray[np.float64], cand: NDArray[np.float64], scale: float
) -> NDArray[np.float64]:
    """``B[j, m] = max_k (r_jk - s r_mk)``; any subset's bound is a row minimum."""
    out = np.empty((cand.shape[0], mem.shape[0]))
    for start in range(0, mem.shape[0], 64):
        block = mem[start : start + 64]
        diff = cand[:, None, :] - scale * block[None, :, :]
        out[:, start : start + 64] = diff.max(axis=2)
    return out


def _ratio_bounds(
    mem: NDArray[np.float64], cand: NDArray[np.float64], delta: float
) -> NDArray[np.float64]:
    """``min_m max_k (r_jk - δ)^+ / r_mk`` (x/0 = inf for x > 0, 0/0 = 0)."""
    num = np.clip(cand - delta, 0.0, None)
    out = np.full(cand.shape[0], np.inf)
    for start in range(0, mem.shape[0], 64):
        block = mem[start : start + 64]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = num[:, None, :] / block[None, :, :]
        ratio = np.where(num[:, None, :] > 0, ratio, 0.0)
        out = np.minimum(out, ratio.max(axis=2).min(axis=1))
    return out


def _worst_additive(
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    scale: float,
    *,
    collect_above: float | None = None,
    stop_above: float | None = None,
    vertices: bool = False,
    guide: NDArray[np.float64] | None = None,
) -> _Worst:
    """``max_j max_{w in Δ} w·r_j - scale·PORT(w)`` with its witness.

    With ``collect_above``, every candidate whose value exceeds it is also returned
    (value, witness, index), for cutting-plane searches. With ``stop_above``, the
    search stops at the first value above it (a yes/no answer, not the maximum).
    With ``vertices``, few traits are answered exactly by :func:`_diagram_vertices`
    instead of LPs (``stop_above`` then changes nothing). ``guide`` (the diagram's
    vertices) tightens the bounds that skip LPs with :func:`_additive_guided_bounds`;
    the answer is the LPs' either way.
    """
    d = mem.shape[1]
    corners = _diagram_vertices(mem) if vertices else None
    if corners is not None:
        port = (corners @ mem.T).max(axis=1)
        return _worst_on(
            corners, cand, port, lambda u, p: u - scale * p[:, None], collect_above
        )
    bounds = _additive_bounds(mem, cand, scale)
    if guide is not None:
        np.minimum(bounds, _additive_guided_bounds(guide, mem, cand, scale), out=bounds)
    # a free lower bound: the vertices of the simplex
    at_vertices = cand.max(axis=0) - scale * mem.max(axis=0)
    k = int(np.argmax(at_vertices))
    start = _Worst(float(at_vertices[k]), np.eye(d)[k], int(np.argmax(cand[:, k])), 0)
    worst = _split(
        lambda idx: _additive_sweep(
            mem, cand, bounds, idx, scale, start, collect_above, stop_above
        ),
        bounds,
        mem.shape[0],
    )
    if collect_above is not None and worst.value > collect_above and not worst.above:
        # the simplex vertex beat the limit by less than the LPs' tolerance
        worst.above.append((worst.value, worst.witness, worst.index))
    return worst


def _additive_sweep(
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    bounds: NDArray[np.float64],
    idx: NDArray[np.int64],
    scale: float,
    start: _Worst,
    collect_above: float | None,
    stop_above: float | None,
) -> _Worst:
    """The LPs of :func:`_worst_additive` for candidates ``idx``, by bound order."""
    d = mem.shape[1]
    best = _Worst(start.value, start.witness, start.index, 0)
    model: _LPModel | None = None
    for j in idx:
        floor = best.value if collect_above is None else min(best.value, collect_above)
        if bounds[j] <= floor + 1e-12:
            break
        if model is None:
            model = _additive_model(mem, scale)
        obj, x = model.solve(-cand[j])
        best.n_lps += 1
        value = -obj
        w = np.clip(x[:d], 0.0, None)
        w = w / w.sum()
        if collect_above is not None and value > collect_above:
            best.above.append((value, w, int(j)))
        if value > best.value:
            best.value, best.witness, best.index = value, w, int(j)
        if stop_above is not None and best.value > stop_above:
            break
    return best


def _worst_ratio(
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    delta: float,
    *,
    collect_above: float | None = None,
    vertices: bool = False,
    guide: NDArray[np.float64] | None = None,
) -> _Worst:
    """``max_j max_{y >= 0, R_P y <= 1} y·(r_j - δ)`` (that is ``1 + ε``), witnessed.

    Infinite when the LP is unbounded: some weight has PORT = 0 < OPT - δ. With
    ``vertices`` and ``guide``, as in :func:`_worst_additive`.
    """
    d = mem.shape[1]
    corners = _diagram_vertices(mem) if vertices else None
    if corners is not None:
        port = (corners @ mem.T).max(axis=1)
        if port.min() > 1e-9:  # else the LPs find the direction where PORT = 0
            return _worst_on(
                corners,
                cand,
                port,
                lambda u, p: np.maximum((u - delta) / p[:, None], 0.0),
                collect_above,
            )
    bounds = _ratio_bounds(mem, cand, delta)
    if guide is not None:
        np.minimum(bounds, _ratio_guided_bounds(guide, mem, cand, delta), out=bounds)
    best = _split(
        lambda idx: _ratio_sweep(mem, cand, bounds, idx, delta, collect_above),
        bounds,
        mem.shape[0],
    )
    if best.witness is None:
        best.witness = np.full(d, 1.0 / d)
    return best


def _ratio_sweep(
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    bounds: NDArray[np.float64],
    idx: NDArray[np.int64],
    delta: float,
    collect_above: float | None,
) -> _Worst:
    """The LPs of :func:`_worst_ratio` for candidates ``idx``, by bound order."""
    best = _Worst(0.0, None, -1, 0)
    model: _LPModel | None = None
    for j in idx:
        floor = best.value if collect_above is None else min(best.value, collect_above)
        if bounds[j] <= floor + 1e-12:
            break
        if model is None:
            model = _ratio_model(mem)
        obj, y = model.solve(-(cand[j] - delta))
        best.n_lps += 1
        if math.isinf(obj):
            w = _zero_direction(mem, cand[j], delta)
            value = math.inf
        else:
            value = -obj
            total = float(np.clip(y, 0.0, None).sum())
            w = np.clip(y, 0.0, None) / total if total > 0 else None
        if collect_above is not None and value > collect_above and w is not None:
            best.above.append((value, w, int(j)))
        if value > best.value:
            best.value, best.witness, best.index = value, w, int(j)
        if math.isinf(value) and collect_above is None:
            break
    return best


def _split(
    sweep: Callable[[NDArray[np.int64]], _Worst],
    bounds: NDArray[np.float64],
    n_members: int,
) -> _Worst:
    """Run ``sweep`` over every candidate, in ``LP_CHUNKS`` interleaved chunks.

    Each chunk takes every ``LP_CHUNKS``-th candidate in decreasing order of bound
    and has its own HiGHS model, so the chunks run in threads (HiGHS releases the
    GIL while it solves). The chunks do not depend on the number of cores, so
    neither does the answer. Small sweeps run as one chunk.
    """
    order = np.argsort(-bounds, kind="stable")
    if not _splits(len(order), n_members):
        return sweep(order)
    chunks = [order[c::LP_CHUNKS] for c in range(LP_CHUNKS)]
    parts = list(_executor().map(sweep, chunks))
    best = parts[int(np.argmax([p.value for p in parts]))]  # first of ties
    return _Worst(
        best.value,
        best.witness,
        best.index,
        sum(p.n_lps for p in parts),
        [item for p in parts for item in p.above],
    )


def _splits(n_candidates: int, n_members: int) -> bool:
    """Whether LPs for these many candidates and members are worth splitting."""
    return n_candidates >= LP_SPLIT_MIN_CANDIDATES and n_members >= LP_SPLIT_MIN_MEMBERS


def _executor() -> ThreadPoolExecutor:
    """The threads of the LP chunks: one per usable core, at most ``LP_CHUNKS``."""
    global _EXECUTOR
    with _EXECUTOR_LOCK:
        if _EXECUTOR is None:
            try:
                cores = len(os.sched_getaffinity(0))
            except AttributeError:  # not on Linux
                cores = os.cpu_count() or 1
            _EXECUTOR = ThreadPoolExecutor(
                max_workers=max(1, min(cores, LP_CHUNKS)), thread_name_prefix="palm-lp"
            )
        return _EXECUTOR


def _forget_executor() -> None:
    """A forked child has none of the parent's threads: it starts its own."""
    global _EXECUTOR, _EXECUTOR_LOCK
    _EXECUTOR, _EXECUTOR_LOCK = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_executor)


def _additive_guided_bounds(
    corners: NDArray[np.float64],
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    scale: float,
) -> NDArray[np.float64]:
    """Upper bounds on every candidate's additive LP, tight when the guide is right.

    Any ``mu >= 0`` with ``sum(mu) = s`` gives ``A_j(s) <= max_k (r_j - mu·R_P)_k``
    (T5 (d)4). The ``mu`` tried for candidate j solves, in least squares, the
    complementary-slackness equations at its best corner ``w``: supported on the
    members best at ``w``, with ``(r_j - mu·R_P)_k`` equal on the traits where
    ``w_k > 0``. When the corner is the LP's optimum this ``mu`` is an optimal dual
    and the bound equals the value; whatever the corners are, the bound is valid.
    """
    port_all = corners @ mem.T
    port = port_all.max(axis=1)
    _, where = _best_corners(corners, cand, port, lambda u, p: u - scale * p[:, None])
    bounds = np.full(cand.shape[0], np.inf)
    for v, js in _by_corner(where):
        best, supp = _active(corners[v], port_all[v], port[v])
        a = np.zeros((len(supp) + 1, len(best) + 1))
        a[:-1, :-1] = mem[np.ix_(best, supp)].T
        a[:-1, -1] = 1.0
        a[-1, :-1] = 1.0
        rhs = np.vstack([cand[np.ix_(js, supp)].T, np.full(len(js), scale)])
        mu = np.clip(np.linalg.lstsq(a, rhs, rcond=None)[0][:-1], 0.0, None)
        total = mu.sum(axis=0)
        mu = np.where(total > 0, mu * (scale / np.where(total > 0, total, 1.0)), 0.0)
        mu[:, total <= 0] = scale / len(best)
        bounds[js] = (cand[js] - mu.T @ mem[best]).max(axis=1)
    return np.where(np.isnan(bounds), np.inf, bounds)


def _ratio_guided_bounds(
    corners: NDArray[np.float64],
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    delta: float,
) -> NDArray[np.float64]:
    """Upper bounds on every candidate's ratio LP, tight when the guide is right.

    The dual of ``max y·(r_j - δ)`` s.t. ``R_P y <= 1``, ``y >= 0`` is
    ``min sum(λ)`` s.t. ``R_P^T λ >= r_j - δ``, ``λ >= 0``. Any ``λ >= 0`` scaled by
    ``c = max_k (r_jk - δ)^+ / (R_P^T λ)_k`` is feasible, so ``c·sum(λ)`` bounds the
    value (T5 (d)4; infinite where ``λ`` cannot be scaled). The ``λ`` tried comes
    from the complementary-slackness equations at the candidate's best corner, as
    in :func:`_additive_guided_bounds`. All infinite when ``PORT`` vanishes at a
    corner.
    """
    port_all = corners @ mem.T
    port = port_all.max(axis=1)
    if port.min() <= 1e-9:
        return np.full(cand.shape[0], np.inf)
    _, where = _best_corners(corners, cand, port, lambda u, p: (u - delta) / p[:, None])
    num = np.clip(cand - delta, 0.0, None)
    bounds = np.full(cand.shape[0], np.inf)
    for v, js in _by_corner(where):
        best, supp = _active(corners[v], port_all[v], port[v])
        a = mem[np.ix_(best, supp)].T
        rhs = (cand[np.ix_(js, supp)] - delta).T
        lam = np.clip(np.linalg.lstsq(a, rhs, rcond=None)[0], 0.0, None)
        cover = lam.T @ mem[best]
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            ratio = np.where(num[js] > 0, num[js] / cover, 0.0)
            bounds[js] = ratio.max(axis=1) * lam.sum(axis=0)
    # inf · 0 (no λ left, yet some r_jk > δ) is no bound at all: NaN -> inf
    return np.where(np.isnan(bounds), np.inf, bounds)


def _active(
    w: NDArray[np.float64], port_row: NDArray[np.float64], port: float
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The members best at ``w`` and the traits where ``w`` is positive."""
    best = np.nonzero(port_row >= port - 1e-9)[0]
    supp = np.nonzero(w > 1e-12)[0]
    return best, supp


def _diagram_vertices(mem: NDArray[np.float64]) -> NDArray[np.float64] | None:
    """Vertices of the members' maximization diagram on the simplex, or None.

    The cells where one member is best partition the simplex into polytopes. For
    every candidate, the additive gap ``w·r_j - s·PORT(w)`` is linear and the
    ratio ``(w·r_j - δ) / PORT(w)`` linear-fractional on each cell, so both attain
    their maximum over the simplex at a cell vertex (T5, corollary): evaluating
    every candidate at these points is the same certificate as the LPs. None when
    there are too many traits or vertices, or Qhull fails; callers then solve the
    LPs.
    """
    if not 2 <= mem.shape[1] <= VERTEX_MAX_TRAITS:
        return None
    if len(mem) > 1:
        # duplicate rows would give Qhull coincident halfspaces; np.unique is slow
        # for the small member sets of a local search, so look first
        same = (mem[:, None, :] == mem[None, :, :]).all(axis=2)
        if np.triu(same, k=1).any():
            mem = np.unique(mem, axis=0)
    try:
        w = _cell_vertices(mem)
    except (QhullError, ValueError):
        return None
    if not len(w) or len(w) > VERTEX_MAX_COUNT:
        return None
    return w


def _cell_vertices(mem: NDArray[np.float64]) -> NDArray[np.float64]:
    """The weights ``w`` of the vertices of ``{(w, t): w in Δ, t >= w·r_m}``.

    These are the corners of the cells where one member is best. Qhull's halfspace
    intersection works in the coordinates ``(w_1, ..., w_{d-1}, t)``; it raises
    :class:`scipy.spatial.QhullError` (or ``ValueError``) when it fails.
    """
    k, d = mem.shape
    # each row [a | b] means a·x + b <= 0 (filled in place: this runs thousands of
    # times in a local search)
    cap = float(mem.max()) + 2.0
    halfspaces = np.zeros((d + k + 1, d + 1))
    halfspaces[np.arange(d - 1), np.arange(d - 1)] = -1.0  # w_i >= 0
    halfspaces[d - 1, : d - 1] = 1.0  # w_d >= 0
    halfspaces[d - 1, d] = -1.0
    halfspaces[d : d + k, : d - 1] = mem[:, :-1] - mem[:, -1:]  # t >= w·r_m
    halfspaces[d : d + k, d - 1] = -1.0
    halfspaces[d : d + k, d] = mem[:, -1]
    halfspaces[-1, d - 1] = 1.0  # a lid, to bound the polytope
    halfspaces[-1, d] = -cap
    inside = np.full(d, 1.0 / d)
    inside[-1] = float(mem.sum(axis=1).max()) / d + 1.0  # above every member
    points = HalfspaceIntersection(halfspaces, inside).intersections
    points = points[points[:, -1] < cap - 0.5]  # drop the lid's vertices
    w = np.empty((points.shape[0], d))
    w[:, :-1] = points[:, :-1]
    w[:, -1] = 1.0 - points[:, :-1].sum(axis=1)
    np.clip(w, 0.0, None, out=w)
    return w / w.sum(axis=1, keepdims=True)


def _worst_on(
    corners: NDArray[np.float64],
    cand: NDArray[np.float64],
    port: NDArray[np.float64],
    gap: Any,
    collect_above: float | None,
) -> _Worst:
    """The per-candidate maxima of ``gap(corners·r_j, PORT)`` over the corners."""
    value, where = _best_corners(corners, cand, port, gap)
    j = int(np.argmax(value))
    best = _Worst(float(value[j]), corners[where[j]].copy(), j, 0)
    if collect_above is not None:
        best.above = [
            (float(value[i]), corners[where[i]].copy(), int(i))
            for i in np.nonzero(value > collect_above)[0]
        ]
    return best


def _best_corners(
    corners: NDArray[np.float64],
    cand: NDArray[np.float64],
    port: NDArray[np.float64],
    gap: Any,
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Per candidate, the largest ``gap(corners·r_j, PORT)`` and its corner.

    In blocks of corners, so that memory stays near 4 million values.
    """
    value = np.full(cand.shape[0], -np.inf)
    where = np.zeros(cand.shape[0], dtype=np.int64)
    cols = np.arange(cand.shape[0])
    rows = max(1, 4_000_000 // max(1, cand.shape[0]))
    for start in range(0, corners.shape[0], rows):
        block = gap(corners[start : start + rows] @ cand.T, port[start : start + rows])
        top = block.argmax(axis=0)
        better = block[top, cols] > value
        value = np.where(better, block[top, cols], value)
        where = np.where(better, top + start, where)
    return value, where


def _by_corner(where: NDArray[np.int64]) -> list[tuple[int, NDArray[np.int64]]]:
    """The candidates grouped by their best corner: ``(corner, candidates)``."""
    order = np.argsort(where, kind="stable")
    corners, starts = np.unique(where[order], return_index=True)
    return list(zip(corners.tolist(), np.split(order, starts[1:]), strict=True))


def _zero_direction(
    mem: NDArray[np.float64], r: NDArray[np.float64], delta: float
) -> NDArray[np.float64]:
    """A simplex weight where every member scores 0 and ``r`` scores above ``δ``.

    Exists exactly when the ratio LP is unbounded: the support is the traits where
    every member is 0, and the weight puts all mass on the best of them for ``r``.
    """
    zero = np.all(mem <= 0.0, axis=0)
    w = np.zeros(mem.shape[1])
    k = int(np.argmax(np.where(zero, r, -np.inf)))
    w[k] = 1.0
    return w


def _check_slack(value: float | None, name: str) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not math.isfinite(value)
        or value < 0
    ):
        raise ValidationError(f"{name} must be a finite number >= 0; got {value!r}.")
    return float(value)


def _tup(w: NDArray[np.float64] | None) -> tuple[float, ...] | None:
    return None if w is None else tuple(float(x) for x in w)


def _fmt(x: float | None) -> str:
    if x is None:
        return "-"
    return "inf" if math.isinf(x) else f"{x:.6g}"


def _fmt_w(w: tuple[float, ...] | None) -> str:
    return "-" if w is None else "(" + ", ".join(f"{v:.4f}" for v in w) + ")"
