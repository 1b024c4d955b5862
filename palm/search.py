"""Portfolio search with an oracle: as few oracle calls as the guarantee allows.

An oracle call trains a policy for a user weight (minutes to hours on a GPU), so the
number of calls is what a portfolio costs. Three strategies (DESIGN §3.4):

* ``"grid"``: the PALM algorithm, one call per point of the geometric grid, then
  set-cover pruning (T2, T3). The reference.
* ``"lazy"``: the same grid visited coarse to fine; a point is skipped when the
  policies seen so far already cover it against an upper bound on ``OPT`` (T6).
* ``"corner"``: corner-weight search (Optimistic Linear Support made to certify
  (ε, δ)): query the corner of the portfolio's upper envelope where the optimistic
  gap is largest, until it is at most δ everywhere (T6).

The upper bound is the *optimistic value*

``UB(h) = max { h·r : r ∈ [0, 1]^d, w_i·r <= c_i for every queried weight w_i }``

with ``c_i`` the best value seen at ``w_i`` (``OPT(w_i)`` for an exact oracle). Every
reachable reward vector satisfies the constraints, so ``OPT(h) <= UB(h)``; by LP
duality ``UB`` is at most the convex-combination bound of DESIGN §3.4.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import math
import os
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np
from numpy.typing import NDArray
from scipy.spatial import QhullError
from tqdm.auto import tqdm

from ._validation import check_gap
from .certificate import HOLD_TOL, _cell_vertices, upper_hull_mask
from .cover import coverage_matrix, set_cover
from .exceptions import BudgetExhaustedWarning, SolverError, ValidationError
from .grid import _check_traits, geometric_grid, geometric_levels, split_budget
from .oracle import Oracle, OracleCache, _key, as_oracle, call_batch

__all__ = ["STRATEGIES", "OracleSearch", "fit_oracle"]

logger = logging.getLogger(__name__)

#: The search strategies of :func:`fit_oracle`.
STRATEGIES = ("lazy", "grid", "corner")

_INF = highspy.kHighsInf


@dataclass(frozen=True)
class OracleSearch:
    """The oracle calls a search made and the portfolio it chose.

    Attributes
    ----------
    weights : ndarray of shape (n_oracle_calls, n_traits)
        Simplex weights queried, in order.
    rewards : ndarray of shape (n_oracle_calls, n_traits)
        Reward vectors observed, one per queried weight.
    handles : list
        The oracle's handle per queried weight.
    members : tuple of int
        Row indices into ``rewards`` of the portfolio members (distinct rewards).
    n_oracle_calls : int
        Weights queried (what the portfolio costs; cache hits included).
    n_skipped : int
        Grid points the lazy grid did not query (0 for the other strategies).
    budget_exhausted : bool
        True when ``max_oracle_calls`` stopped the search before its guarantee.
    noisy : bool
        True when some call returned a policy worse at its own weight than one
        already observed: the oracle is approximate and the guarantee is relative
        to what it produced.
    strategy : str
        ``"lazy"``, ``"grid"`` or ``"corner"``.
    eps, delta : float
        The total target.
    n_cache_hits : int
        Queried weights answered by the cache (no new oracle call).
    gap : float or None
        ``"corner"``: the largest optimistic gap ``max_w UB(w) - (1+ε) PORT(w)`` at
        the end (at most ``delta`` unless the budget ran out).
    """

    weights: NDArray[np.float64]
    rewards: NDArray[np.float64]
    handles: list[Any]
    members: tuple[int, ...]
    n_oracle_calls: int
    n_skipped: int
    budget_exhausted: bool
    noisy: bool
    strategy: str
    eps: float = math.nan
    delta: float = math.nan
    n_cache_hits: int = 0
    gap: float | None = field(default=None)

    @property
    def member_rewards(self) -> NDArray[np.float64]:
        """Reward vectors of the members, shape (n_members, n_traits)."""
        return self.rewards[list(self.members)]

    @property
    def member_weights(self) -> NDArray[np.float64]:
        """The weight each member was trained for, shape (n_members, n_traits)."""
        return self.weights[list(self.members)]

    @property
    def member_handles(self) -> list[Any]:
        """The oracle handles of the members."""
        return [self.handles[i] for i in self.members]


def fit_oracle(
    oracle: Oracle | Any,
    n_traits: int,
    eps: float,
    delta: float | None = None,
    *,
    strategy: str = "lazy",
    max_oracle_calls: int | None = None,
    executor: cf.Executor | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    grid_share: float = 0.5,
    cover: str = "greedy",
    progress: bool | None = None,
) -> OracleSearch:
    """Build an (ε, δ)-approximate portfolio by calling an oracle.

    Parameters
    ----------
    oracle : Oracle or callable
        Called with a simplex weight of shape (n_traits,); returns an
        :class:`~palm.oracle.OracleResult`, rewards, or ``(rewards, handle)``
        (see :func:`palm.oracle.as_oracle`). Rewards must be normalized to [0, 1].
    n_traits : int
        ``d >= 2``.
    eps : float
        Total multiplicative slack, in (0, 1).
    delta : float, optional
        Total additive slack, in (0, 1); default ``eps``.
    strategy : {"lazy", "grid", "corner"}, default="lazy"
        See the module docstring.
    max_oracle_calls : int, optional
        Stop after this many queried weights, return the best portfolio so far,
        set ``budget_exhausted`` and warn with ``BudgetExhaustedWarning``.
    executor : concurrent.futures.Executor, optional
        Runs independent calls in parallel: the whole grid (``"grid"``) and the
        simplex vertices. ``"lazy"`` and ``"corner"`` then query one weight at a
        time, since each call decides the next.
    cache_dir : str or path-like, optional
        Persist every finished call there (see :class:`~palm.oracle.OracleCache`);
        a rerun with the same directory repeats no finished call.
    grid_share : float, default=0.5
        Share of the (ε, δ) budget given to the grid, the rest to the covering
        step (``"grid"`` and ``"lazy"``; see :func:`palm.grid.split_budget`).
    cover : {"greedy", "lazy", "ilp"}, default="greedy"
        Set-cover solver for the pruning step.
    progress : bool or None, default=None
        Show a tqdm bar (None: only on a terminal).

    Returns
    -------
    OracleSearch

    Raises
    ------
    ValidationError
        For a bad strategy, cover, n_traits, slack or budget.
    OracleError
        When an oracle call fails; finished calls stay cached.

    Notes
    -----
    Derived guarantees T2 and T3 (``"grid"``) and T6 (``"lazy"``, ``"corner"``);
    see ``theory/T6_lazy_grid.md``. With an exact oracle every strategy returns
    members with ``PORT(w) >= (OPT(w) - δ)/(1+ε)`` for every simplex weight ``w``,
    ``OPT`` being over every policy the oracle could return.

    Examples
    --------
    >>> from palm.instance import quarter_circle
    >>> from palm.oracle import CandidateOracle
    >>> from palm.search import fit_oracle
    >>> oracle = CandidateOracle(quarter_circle(200))
    >>> lazy = fit_oracle(oracle, 2, eps=0.1, delta=0.1)
    >>> grid = fit_oracle(CandidateOracle(quarter_circle(200)), 2, 0.1, 0.1,
    ...                   strategy="grid")
    >>> lazy.n_oracle_calls < grid.n_oracle_calls, oracle.n_calls == lazy.n_oracle_calls
    (True, True)
    """
    if strategy not in STRATEGIES:
        raise ValidationError(
            f"strategy must be one of {', '.join(map(repr, STRATEGIES))}; got "
            f"{strategy!r}."
        )
    if cover not in ("greedy", "lazy", "ilp"):
        raise ValidationError(
            f"cover must be 'greedy', 'lazy' or 'ilp'; got {cover!r}."
        )
    _check_traits(n_traits)
    d = int(n_traits)
    eps = float(check_gap(eps, "eps"))  # type: ignore[arg-type]
    delta = eps if delta is None else float(check_gap(delta, "delta"))  # type: ignore[arg-type]
    if max_oracle_calls is not None and (
        isinstance(max_oracle_calls, bool)
        or not isinstance(max_oracle_calls, (int, np.integer))
        or max_oracle_calls < 1
    ):
        raise ValidationError(
            f"max_oracle_calls must be a positive integer or None; got "
            f"{max_oracle_calls!r}."
        )
    if executor is not None and not isinstance(executor, cf.Executor):
        raise ValidationError(
            "executor must be a concurrent.futures.Executor (e.g. "
            f"ProcessPoolExecutor(2)) or None; got {type(executor).__name__}."
        )
    session = _Session(
        as_oracle(oracle),
        d,
        OracleCache(cache_dir, n_traits=d),
        executor,
        max_oracle_calls,
    )
    if strategy == "corner":
        bar = tqdm(desc="corner search", unit="call", disable=_disable(progress))
        with bar:
            session.bar = bar
            members, gap = _corner(session, eps, delta)
        skipped = 0
    else:
        split = split_budget(eps, delta, grid_share)
        grid = geometric_grid(split.eps_grid, split.delta_grid, d)
        bar = tqdm(
            total=len(grid),
            desc=f"{strategy} grid",
            unit="point",
            disable=_disable(progress),
        )
        with bar:
            session.bar = bar
            if strategy == "grid":
                members, skipped = _full_grid(session, grid, split, cover)
            else:
                members, skipped = _lazy_grid(session, grid, split, cover)
        gap = None
    if session.exhausted:
        warnings.warn(
            f"max_oracle_calls={max_oracle_calls} ran out before the {strategy} "
            f"search certified eps={eps}, delta={delta}; returning the best "
            f"portfolio of the {len(session.rows)} calls made. Raise "
            "max_oracle_calls (a rerun with the same cache_dir repeats no call).",
            BudgetExhaustedWarning,
            stacklevel=2,
        )
    result = OracleSearch(
        weights=np.array(session.rows, dtype=np.float64).reshape(-1, d),
        rewards=np.array(session.values, dtype=np.float64).reshape(-1, d),
        handles=list(session.handles),
        members=tuple(int(i) for i in members),
        n_oracle_calls=len(session.rows),
        n_skipped=int(skipped),
        budget_exhausted=session.exhausted,
        noisy=session.noisy,
        strategy=strategy,
        eps=eps,
        delta=delta,
        n_cache_hits=session.n_cache_hits,
        gap=gap,
    )
    logger.info(
        "%s search: %d oracle calls (%d cached), %d skipped, %d members%s",
        strategy,
        result.n_oracle_calls,
        result.n_cache_hits,
        result.n_skipped,
        len(result.members),
        ", noisy oracle" if result.noisy else "",
    )
    return result


# --------------------------------------------------------------------------- kernels


class _UpperBound:
    """``UB(h) = max {h·r : 0 <= r <= 1, w_i·r <= c_i}``: one warm-started model."""

    def __init__(self, d: int) -> None:
        self.d = d
        self.idx = np.arange(d, dtype=np.int32)
        self.h = highspy.Highs()
        self.h.setOptionValue("output_flag", False)
        lp = highspy.HighsLp()
        lp.num_col_ = d
        lp.num_row_ = 0
        lp.col_cost_ = np.zeros(d)
        lp.col_lower_ = np.zeros(d)
        lp.col_upper_ = np.ones(d)
        self.h.passModel(lp)
        self.n_lps = 0

    def add(self, w: NDArray[np.float64], c: float) -> None:
        self.h.addRow(-_INF, float(c), self.d, self.idx, w.astype(np.float64))

    def raise_bound(self, i: int, c: float) -> None:
        self.h.changeRowBounds(int(i), -_INF, float(c))

    def __call__(self, h: NDArray[np.float64]) -> float:
        self.h.changeColsCost(self.d, self.idx, -np.asarray(h, dtype=np.float64))
        self.h.run()
        self.n_lps += 1
        status = self.h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise SolverError(
                "HiGHS could not solve the optimistic upper-bound LP (status "
                f"{self.h.modelStatusToString(status)}) at weight {h.tolist()}. This "
                "is unexpected for this small bounded LP; please report it."
            )
        return -float(self.h.getInfo().objective_function_value)


class _Session:
    """The queried weights, observed rewards and the upper-bound model."""

    def __init__(
        self,
        oracle: Oracle,
        d: int,
        cache: OracleCache,
        executor: cf.Executor | None,
        max_calls: int | None,
    ) -> None:
        self.oracle = oracle
        self.d = d
        self.cache = cache
        self.executor = executor
        self.max_calls = max_calls
        self.rows: list[NDArray[np.float64]] = []
        self.values: list[NDArray[np.float64]] = []
        self.handles: list[Any] = []
        self.best: list[float] = []  # c_i: best value seen at rows[i]
        self.keys: dict[bytes, int] = {}
        self.noisy = False
        self.n_raised = 0  # times some c_i rose (only with an approximate oracle)
        self.exhausted = False
        self.n_cache_hits = 0
        self.n_skipped = 0
        self.ub = _UpperBound(d)
        self.bar: Any = None
        self.t0 = time.perf_counter()
        self._w = np.zeros((0, d))
        self._v = np.zeros((0, d))
        self._c = np.zeros(0)

    def _grow(self, n: int) -> None:
        """Keep capacity for ``n`` rows in the stacked arrays (amortized doubling)."""
        if n <= len(self._c):
            return
        cap = max(2 * len(self._c), n, 16)
        for name in ("_w", "_v"):
            old = getattr(self, name)
            new = np.zeros((cap, self.d))
            new[: len(old)] = old
            setattr(self, name, new)
        self._c = np.r_[self._c, np.zeros(cap - len(self._c))]

    def room(self) -> int | None:
        return None if self.max_calls is None else self.max_calls - len(self.rows)

    def query(self, weights: NDArray[np.float64]) -> list[int]:
        """Query new weights (within the budget); row indices of the new results."""
        new = []
        seen: set[bytes] = set()
        for w in np.atleast_2d(weights):
            k = _key(w)
            if k not in self.keys and k not in seen:
                seen.add(k)
                new.append(w)
        room = self.room()
        if room is not None and len(new) > room:
            new = new[:room]
            self.exhausted = True
        if not new:
            return []
        batch = np.array(new)
        hits = sum(self.cache.get(w) is not None for w in batch)
        self.n_cache_hits += hits
        start = time.perf_counter()
        results = call_batch(self.oracle, batch, self.cache, self.executor)
        elapsed = (time.perf_counter() - start) / len(batch)
        out = []
        for w, res in zip(batch, results):
            r = np.asarray(res.rewards, dtype=np.float64)
            own = float(w @ r)
            n = len(self.rows)
            if n:
                seen_best = float((self._v[:n] @ w).max())
                if own < seen_best - 1e-9:
                    self.noisy = True
                    logger.info(
                        "noisy oracle: the policy for %s is worse there (%.6g) "
                        "than one already observed (%.6g)",
                        _fmt(w),
                        own,
                        seen_best,
                    )
                # raise the other rows' c_i where the new policy beats them
                at = self._w[:n] @ r
                for i in np.nonzero(at > self._c[:n] + 1e-12)[0]:
                    self.n_raised += 1
                    self._c[i] = self.best[i] = float(at[i])
                    self.ub.raise_bound(int(i), self.best[i])
            else:
                seen_best = -math.inf
            c = max(own, seen_best)
            self._grow(n + 1)
            self._w[n], self._v[n], self._c[n] = w, r, c
            self.keys[_key(w)] = n
            self.rows.append(w)
            self.values.append(r)
            self.handles.append(res.handle)
            self.best.append(c)
            self.ub.add(w, c)
            out.append(n)
            logger.info(
                "oracle call %d at w=%s: rewards=%s (%.3gs, %d skipped)",
                n + 1,
                _fmt(w),
                _fmt(r),
                elapsed,
                self.n_skipped,
            )
        if self.bar is not None:
            self.bar.set_postfix(calls=len(self.rows), skipped=self.n_skipped)
        return out


def _full_grid(
    s: _Session, grid: NDArray[np.float64], split: Any, cover: str
) -> tuple[list[int], int]:
    """One call per grid point (batched), then set cover over the observed rows."""
    h = grid / grid.sum(axis=1, keepdims=True)
    step = 256
    for start in range(0, len(h), step):
        s.query(h[start : start + step])
        s.bar.update(min(step, len(h) - start))
        if s.exhausted:
            break
    done = np.array([_key(w) in s.keys for w in h])
    rows = h[done]
    own = np.array([s.best[s.keys[_key(w)]] for w in rows])
    return _prune(s, rows, own, split, cover), 0


def _lazy_grid(
    s: _Session, grid: NDArray[np.float64], split: Any, cover: str
) -> tuple[list[int], int]:
    """The grid coarse to fine, skipping points already covered against UB (T6)."""
    d = grid.shape[1]
    h = grid / grid.sum(axis=1, keepdims=True)
    order = _coarse_to_fine(grid, split)
    eps2, delta2 = split.eps_prune, split.delta_prune
    s.query(np.eye(d))
    port = _port(h, s.values)
    bound = np.full(len(h), np.nan)
    for i in order:
        k = _key(h[i])
        if k in s.keys:  # a vertex, or a cache-free revisit
            bound[i] = s.best[s.keys[k]]
            s.bar.update(1)
            continue
        # cheapest valid bound first: the vertices' values, then the LP
        lhs = (1.0 + eps2) * port[i] + delta2
        ub = float(h[i] @ _vertex_values(s))
        if lhs < ub:
            ub = min(ub, s.ub(h[i]))
        if lhs >= ub:
            bound[i] = ub
            s.n_skipped += 1
            s.bar.update(1)
            continue
        if s.room() == 0:
            s.exhausted = True
            break
        new = s.query(h[i : i + 1])
        for j in new:
            port = np.maximum(port, h @ s.values[j])
        bound[i] = s.best[s.keys[k]]
        s.bar.update(1)
    done = ~np.isnan(bound)
    return _prune(s, h[done], bound[done], split, cover), s.n_skipped


def _prune(
    s: _Session,
    rows: NDArray[np.float64],
    best: NDArray[np.float64],
    split: Any,
    cover: str,
) -> list[int]:
    """Set cover of ``rows`` (bounds ``best``) by the distinct observed policies."""
    if not s.values:
        return []
    values = np.array(s.values)
    _, first = np.unique(values, axis=0, return_index=True)
    first = np.sort(first)
    covers = coverage_matrix(
        rows @ values[first].T, best, split.eps_prune, split.delta_prune
    )
    if not covers.any(axis=1).all():  # pragma: no cover - guarded by construction
        raise SolverError("internal: a visited grid point is not covered.")
    result = set_cover(covers, cover)
    return sorted(int(first[c]) for c in result.columns)


def _coarse_to_fine(grid: NDArray[np.float64], split: Any) -> NDArray[np.int64]:
    """Grid indices ordered by the dyadic depth of their level indices.

    Level index ``i`` of ``n`` levels has depth 0 for the two ends and
    ``L - v2(i)`` otherwise (``v2``: the exponent of 2 in ``i``, ``L`` the depth
    of the finest dyadic level); a point's depth is the largest over its
    coordinates. Ties keep the grid order.
    """
    levels = geometric_levels(split.eps_grid, split.delta_grid, grid.shape[1])
    idx = np.searchsorted(levels, grid * (1 + 1e-12) + 1e-15, side="right") - 1
    top = len(levels) - 1
    n_bits = max(int(math.ceil(math.log2(max(top, 2)))), 1)
    safe = np.where(idx == 0, 1 << n_bits, idx)
    v2 = np.log2(safe & -safe).astype(np.int64)
    depth = np.where((idx == 0) | (idx == top), 0, n_bits - v2)
    return np.argsort(depth.max(axis=1), kind="stable")


def _corner(s: _Session, eps: float, delta: float) -> tuple[list[int], float]:
    """OLS: query the corner with the largest optimistic gap until it is <= δ."""
    d = s.d
    s.query(np.eye(d))
    stale: dict[bytes, tuple[float, int]] = {}  # corner -> (UB, n_rows when computed)
    gap = math.inf
    n_raised = s.n_raised
    while True:
        values = np.array(s.values)
        v = np.unique(values, axis=0)
        v = v[upper_hull_mask(v)]
        corners = _corner_weights(v)
        port = (corners @ v.T).max(axis=1)
        if s.n_raised != n_raised:  # some c_i rose: stale bounds may be too low
            stale.clear()
            n_raised = s.n_raised
        keys = [_key(c) for c in corners]
        ub = np.array([stale.get(k, (math.inf, -1))[0] for k in keys])
        fresh = np.array([stale.get(k, (0.0, -1))[1] == len(s.rows) for k in keys])
        # lazy evaluation: a stale UB only overestimates (rows were added since)
        while True:
            gaps = ub - (1.0 + eps) * port
            i = int(np.argmax(gaps))
            if fresh[i] or gaps[i] <= delta + HOLD_TOL:
                break
            ub[i] = s.ub(corners[i])
            fresh[i] = True
            stale[keys[i]] = (ub[i], len(s.rows))
        gap = float(gaps[i])
        if gap <= delta + HOLD_TOL:
            break
        if s.room() == 0 or keys[i] in s.keys:
            s.exhausted = s.room() == 0
            break
        s.query(corners[i : i + 1])
        s.bar.update(1)
    values = np.array(s.values)
    _, first = np.unique(values, axis=0, return_index=True)
    first = np.sort(first)
    keep = first[upper_hull_mask(values[first])]
    return sorted(int(j) for j in keep), gap


def _corner_weights(v: NDArray[np.float64]) -> NDArray[np.float64]:
    """Vertices of the cells of ``PORT(w) = max_j w·v_j`` on the simplex.

    The corners of :func:`palm.certificate._cell_vertices`, deduplicated, after the
    simplex vertices.
    """
    m, d = v.shape
    try:
        w = _cell_vertices(v)
    except QhullError as exc:  # pragma: no cover - depends on Qhull's precision
        raise SolverError(
            f"Qhull could not enumerate the corner weights of {m} policies in "
            f"{d} traits ({exc}). Use strategy='lazy', or report the rewards."
        ) from exc
    w = np.unique(np.round(w, 12) + 0.0, axis=0)
    return np.vstack([np.eye(d), w])


def _vertex_values(s: _Session) -> NDArray[np.float64]:
    """``c`` at the simplex vertices (1, the box bound, where not queried)."""
    keys = [_key(e) for e in np.eye(s.d)]
    return np.array([s.best[s.keys[k]] if k in s.keys else 1.0 for k in keys])


def _port(h: NDArray[np.float64], values: list[NDArray[np.float64]]) -> NDArray:
    if not values:
        return np.zeros(len(h))
    return (h @ np.array(values).T).max(axis=1)


def _disable(progress: bool | None) -> bool | None:
    return None if progress is None else not progress


def _fmt(w: NDArray[np.float64]) -> str:
    return "[" + ", ".join(f"{x:.4g}" for x in np.ravel(w)) + "]"
