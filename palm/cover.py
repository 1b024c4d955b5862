"""Set-cover pruning of a portfolio (DESIGN §3.2, derived guarantee T3).

A column *covers* a row when choosing it keeps the guarantee for that row (a grid
point, or a sampled user weight). The smallest set of columns covering every row is a
set-cover problem: greedy and lazy greedy give the same ``ln(n) + 1`` approximation;
the 0/1 integer program gives the optimum.
"""

from __future__ import annotations

import heapq
import logging
import time
import warnings
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from .exceptions import SolverError, SuboptimalWarning, ValidationError

__all__ = [
    "CoverResult",
    "coverage_matrix",
    "greedy_cover",
    "ilp_cover",
    "lazy_greedy_cover",
    "lp_cover",
    "set_cover",
]

logger = logging.getLogger(__name__)

#: MILP solvers tried by :func:`ilp_cover`, in order.
ILP_SOLVERS = ("HIGHS", "SCIPY")


@dataclass(frozen=True)
class CoverResult:
    """A set cover: the chosen columns and whether they are proven minimum.

    Attributes
    ----------
    columns : tuple of int
        Chosen column indices, increasing.
    optimal : bool
        True when an exact solver proved the size minimum.
    lower_bound : int
        A proven lower bound on the minimum size (equal to the size if optimal).
    method : str
        ``"greedy"``, ``"lazy"``, ``"ilp"`` or ``"lp"``.

    Examples
    --------
    >>> from palm.cover import greedy_cover
    >>> result = greedy_cover([[1, 0, 1], [0, 1, 1], [1, 1, 0]])
    >>> result
    CoverResult(columns=(0, 1), optimal=False, lower_bound=2, method='greedy')
    >>> len(result)  # 3 rows, at most 2 per column: 2 columns at least
    2
    """

    columns: tuple[int, ...]
    optimal: bool
    lower_bound: int
    method: str

    def __len__(self) -> int:
        return len(self.columns)


def coverage_matrix(
    utility: ArrayLike, best: ArrayLike, eps: float, delta: float
) -> NDArray[np.bool_]:
    """Which columns cover which rows: ``(1+ε) U[h, g] >= best[h] - δ``.

    Parameters
    ----------
    utility : array-like of shape (n_rows, n_cols)
        ``U[h, g]``: utility at row weight ``h`` of column ``g``'s policy.
    best : array-like of shape (n_rows,)
        The value each row must approach (its own oracle value, or OPT).
    eps, delta : float
        The pruning step's slack.

    Returns
    -------
    ndarray of bool, shape (n_rows, n_cols)

    Notes
    -----
    Derived guarantee T3: choosing a cover keeps the grid's guarantee with composed
    constants ``1+ε = (1+ε₁)(1+ε₂)`` and ``δ = δ₁ + (1+ε₁) δ₂``.

    Examples
    --------
    >>> from palm.cover import coverage_matrix
    >>> coverage_matrix([[1.0, 0.95], [0.0, 1.0]], [1.0, 1.0], 0.1, 0.0).tolist()
    [[True, True], [False, True]]
    """
    u = np.asarray(utility, dtype=np.float64)
    b = np.asarray(best, dtype=np.float64)
    if u.ndim != 2 or b.shape != (u.shape[0],):
        raise ValidationError(
            "utility must have shape (n_rows, n_cols) and best shape (n_rows,); got "
            f"{u.shape} and {b.shape}."
        )
    # a tiny tolerance so that a column always covers its own row
    return (1.0 + eps) * u >= b[:, None] - delta - 1e-12


def greedy_cover(covers: ArrayLike) -> CoverResult:
    """Greedy set cover: repeatedly take the column covering most uncovered rows.

    Ties go to the lowest column index, so the result is deterministic.

    Parameters
    ----------
    covers : array-like of bool, shape (n_rows, n_cols)

    Returns
    -------
    CoverResult
        At most ``(ln(n_rows) + 1)`` times the minimum size.

    Examples
    --------
    >>> from palm.cover import greedy_cover
    >>> greedy_cover([[1, 0, 1], [0, 1, 1], [1, 1, 0]]).columns
    (0, 1)
    """
    a = _check_covers(covers)
    uncovered = np.ones(a.shape[0], dtype=bool)
    chosen: list[int] = []
    a_t = a.T.tocsr().astype(np.int32)
    while uncovered.any():
        gains = a_t @ uncovered.astype(np.int32)
        j = int(np.argmax(gains))
        chosen.append(j)
        uncovered[a_t[j].indices] = False
    return CoverResult(tuple(sorted(chosen)), False, _trivial_bound(a), "greedy")


def lazy_greedy_cover(covers: ArrayLike) -> CoverResult:
    """Lazy greedy set cover: the same answer as :func:`greedy_cover`, fewer updates.

    Gains only shrink as rows get covered, so a stale gain is an upper bound: pop
    the best stale entry, refresh it, and take it if it still beats the next one.

    Examples
    --------
    >>> from palm.cover import lazy_greedy_cover
    >>> lazy_greedy_cover([[1, 0, 1], [0, 1, 1], [1, 1, 0]]).columns
    (0, 1)
    """
    a = _check_covers(covers)
    a_t = a.T.tocsr()
    uncovered = np.ones(a.shape[0], dtype=bool)
    heap = [(-int(a_t[j].nnz), j) for j in range(a.shape[1])]
    heapq.heapify(heap)
    chosen: list[int] = []
    n_left = a.shape[0]
    while n_left:
        neg, j = heapq.heappop(heap)
        gain = int(uncovered[a_t[j].indices].sum())
        if not heap or (-gain, j) <= heap[0]:
            chosen.append(j)
            rows = a_t[j].indices
            n_left -= int(uncovered[rows].sum())
            uncovered[rows] = False
        else:
            heapq.heappush(heap, (-gain, j))
    return CoverResult(tuple(sorted(chosen)), False, _trivial_bound(a), "lazy")


def ilp_cover(
    covers: ArrayLike,
    *,
    solver: str | None = None,
    time_limit: float | None = 60.0,
    at_most: int | None = None,
) -> CoverResult | None:
    """Exact minimum set cover by a 0/1 integer program (cvxpy, HiGHS by name).

    ``min sum(x) s.t. A x >= 1, x in {0, 1}^n`` (and ``sum(x) <= at_most``).

    Parameters
    ----------
    covers : array-like of bool, shape (n_rows, n_cols)
    solver : str, optional
        A cvxpy MILP solver name. Default: ``"HIGHS"``, then ``"SCIPY"``.
    time_limit : float or None, default=60
        Seconds, per solver tried. On a limit the best solution found is returned
        with ``optimal=False`` and a :class:`~palm.exceptions.SuboptimalWarning`
        (the greedy cover when the solver stopped before finding any, with either
        solver).
    at_most : int, optional
        Seek only covers of at most this many columns. When a smaller cover than
        a known one is wanted, this cut-off lets the solver prune early: proving
        that none exists, or finding one, is often several times faster than the
        plain minimum.

    Returns
    -------
    CoverResult or None
        None when ``at_most`` is given and the solver proved that no cover of at
        most ``at_most`` columns exists.

    Examples
    --------
    >>> from palm.cover import ilp_cover
    >>> result = ilp_cover([[1, 0, 1], [0, 1, 1], [1, 1, 0]])
    >>> len(result), result.optimal
    (2, True)
    >>> ilp_cover([[1, 0, 1], [0, 1, 1], [1, 1, 0]], at_most=1) is None
    True
    """
    import cvxpy as cp

    a = _check_covers(covers)
    mat, kept = _reduce(a)
    reduced = max(mat.shape) <= REDUCE_MAX_SIDE
    x = cp.Variable(mat.shape[1], boolean=True)
    constraints = [mat @ x >= 1]
    if at_most is not None:
        if at_most < 1:
            raise ValidationError(
                f"at_most must be a positive number of columns; got {at_most!r}."
            )
        constraints.append(cp.sum(x) <= at_most)
    problem = cp.Problem(cp.Minimize(cp.sum(x)), constraints)
    names = [solver] if solver is not None else list(ILP_SOLVERS)
    installed = set(cp.installed_solvers())
    last_error: Exception | None = None
    for name in names:
        if name not in installed:
            last_error = SolverError(f"solver {name!r} is not installed")
            continue
        # a fully reduced matrix is presolved: HiGHS's own presolve then costs more
        # than it saves (3-4x on the d = 3 instances)
        opts: dict = {"presolve": "off"} if name == "HIGHS" and reduced else {}
        if time_limit is not None:
            if name == "HIGHS":
                opts["time_limit"] = float(time_limit)
            else:
                opts["scipy_options"] = {"time_limit": float(time_limit)}
        start = time.perf_counter()
        try:
            with warnings.catch_warnings():
                # replaced by the clearer SuboptimalWarning below
                warnings.filterwarnings("ignore", message="Solution may be inaccurate")
                problem.solve(solver=name, **opts)
        except cp.error.SolverError as exc:
            # cvxpy reports scipy's milp stopped by its time limit with no cover
            # as a failure, not as USER_LIMIT; once the limit has passed, a SCIPY
            # failure is taken to be that stop
            if not (
                name == "SCIPY"
                and time_limit is not None
                and time.perf_counter() - start >= time_limit
            ):
                last_error = exc  # try the next solver
                logger.info("MILP solver %s failed: %s", name, exc)
                continue
            status, values = cp.USER_LIMIT, None
        else:
            status, values = problem.status, x.value
        if at_most is not None and status == cp.INFEASIBLE:
            return None  # proven: every cover needs more than at_most columns
        if values is None and status != cp.USER_LIMIT:
            last_error = SolverError(f"{name} returned status {status}")
            continue
        # stopped by the time limit before any cover: the greedy one stands in
        chosen = kept[np.nonzero(values > 0.5)[0]] if values is not None else []
        optimal = status == cp.OPTIMAL
        if not _covers_all(a, np.asarray(chosen, dtype=np.int64)):
            # a solver stopped by its limit may return a point that covers nothing
            chosen = np.asarray(greedy_cover(a).columns)
            optimal = False
        bound = len(chosen) if optimal else _trivial_bound(a)
        if not optimal:
            warnings.warn(
                f"the set-cover ILP stopped at status {status!r} (time_limit="
                f"{time_limit}); the cover of size {len(chosen)} is valid but not "
                "proven minimum. Raise time_limit for a proof.",
                SuboptimalWarning,
                stacklevel=2,
            )
        return CoverResult(tuple(int(j) for j in chosen), optimal, bound, "ilp")
    raise SolverError(
        f"no MILP solver could solve the set-cover ILP (tried {names}; last error: "
        f"{last_error}). Install highspy (pip install highspy -c constraints.txt) or "
        "use method='greedy'."
    )


def lp_cover(covers: ArrayLike) -> CoverResult:
    """The LP relaxation's bound, and a cover rounded from its solution.

    Solves ``min sum(x) s.t. A x >= 1, 0 <= x <= 1`` (HiGHS through scipy, on the
    presolved matrix of :func:`_reduce`, which keeps the LP optimum too). The
    rounded up optimum is a proven lower bound on the minimum cover, usually far
    cheaper than the ILP's; the cover is greedy over the columns the LP uses,
    which cover every row. ``optimal`` is True when the two meet. Both facts are
    proved in T3 (``theory/T3_pruning.md``).

    Parameters
    ----------
    covers : array-like of bool, shape (n_rows, n_cols)

    Returns
    -------
    CoverResult

    Examples
    --------
    >>> from palm.cover import lp_cover
    >>> result = lp_cover([[1, 1, 0], [0, 1, 1], [1, 0, 1]])
    >>> result.lower_bound, len(result), result.optimal  # LP 1.5: any 2 columns
    (2, 2, True)
    """
    from scipy.optimize import linprog

    a = _check_covers(covers)
    mat, kept = _reduce(a)
    n_rows, n_cols = mat.shape
    res = linprog(
        np.ones(n_cols),
        A_ub=-sp.csr_matrix(mat, dtype=float),
        b_ub=-np.ones(n_rows),
        bounds=(0.0, 1.0),
        method="highs",
    )
    if res.status != 0:
        raise SolverError(
            f"the set-cover LP relaxation failed ({res.message}); use method='greedy' "
            "or 'ilp' instead."
        )
    bound = max(1, int(np.ceil(res.fun - 1e-6)))
    support = np.nonzero(res.x > 1e-9)[0]
    rounded = greedy_cover(mat[:, support])
    chosen = sorted(int(kept[support[j]]) for j in rounded.columns)
    return CoverResult(tuple(chosen), len(chosen) <= bound, bound, "lp")


def set_cover(
    covers: ArrayLike, method: str = "ilp", *, time_limit: float | None = 60.0
) -> CoverResult:
    """Solve a set cover with ``method`` in ``{"greedy", "lazy", "ilp", "lp"}``.

    Examples
    --------
    >>> from palm.cover import set_cover
    >>> len(set_cover([[1, 1], [0, 1]], "greedy"))
    1
    """
    if method == "greedy":
        return greedy_cover(covers)
    if method == "lazy":
        return lazy_greedy_cover(covers)
    if method == "ilp":
        return ilp_cover(covers, time_limit=time_limit)
    if method == "lp":
        return lp_cover(covers)
    raise ValidationError(
        f"cover method must be 'greedy', 'lazy', 'ilp' or 'lp'; got {method!r}."
    )


def _check_covers(covers: ArrayLike) -> sp.csc_matrix:
    if sp.issparse(covers):
        a = sp.csc_matrix(covers, dtype=bool)
        coverable = np.asarray(a.sum(axis=1)).ravel() > 0
    else:
        arr = np.asarray(covers)
        if arr.ndim != 2:
            raise ValidationError(
                f"covers must have shape (n_rows, n_cols); got {arr.shape}."
            )
        arr = arr.astype(bool, copy=False)
        a = _dense_to_csc(arr)
        coverable = arr.any(axis=1)
    if a.shape[0] == 0 or a.shape[1] == 0:
        raise ValidationError(
            f"covers must have at least one row and one column; got {a.shape}."
        )
    if not coverable.all():
        bad = np.nonzero(~coverable)[0]
        raise ValidationError(
            f"rows {bad[:5].tolist()} of covers are covered by no column, so no cover "
            "exists. Every row must be coverable (a grid point always covers itself)."
        )
    return a


def _dense_to_csc(arr: NDArray[np.bool_]) -> sp.csc_matrix:
    """``scipy.sparse.csc_matrix(arr)``, about twice as fast for boolean arrays.

    The set-cover solvers are called hundreds of times per fit on dense
    matrices of thousands of rows, where scipy's generic conversion dominates.
    """
    by_column = np.ascontiguousarray(arr.T)
    indptr = np.zeros(arr.shape[1] + 1, dtype=np.int64)
    np.cumsum(by_column.sum(axis=1), out=indptr[1:])
    rows = np.flatnonzero(by_column) % max(arr.shape[0], 1)
    data = np.ones(len(rows), dtype=bool)
    return sp.csc_matrix((data, rows, indptr), shape=arr.shape)


def _covers_all(a: sp.csc_matrix, columns: NDArray[np.int64]) -> bool:
    if len(columns) == 0:
        return False
    return bool(np.asarray(a[:, columns].sum(axis=1)).ravel().min() > 0)


#: Largest side (rows or columns) for which :func:`_reduce` removes dominated rows
#: and columns; beyond it only duplicate rows go (the pairwise test is quadratic).
REDUCE_MAX_SIDE = 4096


def _reduce(a: sp.csc_matrix) -> tuple[sp.csr_matrix, NDArray[np.int64]]:
    """A smaller set cover with the same optimum, and the columns it keeps.

    Drops duplicate rows; rows whose covering set contains another row's (covering
    the smaller one covers them too); and columns whose rows are a subset of another
    column's (any cover can swap one for the other), repeated until nothing changes.
    """
    dense = a.toarray()
    kept = np.arange(dense.shape[1])
    while True:
        shape = dense.shape
        dense = _unique_rows(dense)
        if max(dense.shape) > REDUCE_MAX_SIDE:
            break
        inside = _subsets(dense)  # [k, i]: row k's set within row i's (k != i)
        dense = dense[~inside.any(axis=0)]
        inside = _subsets(dense.T)  # [j, l]: column j's rows within column l's
        order = np.arange(dense.shape[1])
        same = inside & inside.T
        drop = (inside & ~inside.T).any(axis=1) | (same & (order < order[:, None])).any(
            axis=1
        )
        dense, kept = dense[:, ~drop], kept[~drop]
        if dense.shape == shape:
            break
    return sp.csr_matrix(dense), kept


def _subsets(rows: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """``out[k, i]``: the set of row ``k`` is within that of row ``i`` (``k != i``)."""
    f = rows.astype(np.float32)  # counts stay exact far beyond these sizes
    inside = f @ f.T >= f.sum(axis=1)[:, None] - 0.5
    np.fill_diagonal(inside, False)
    return inside


def _unique_rows(dense: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Drop duplicate rows (equal constraints), keeping the first of each."""
    packed = np.ascontiguousarray(np.packbits(dense, axis=1))
    keys = packed.view(np.dtype((np.void, packed.shape[1]))).ravel()
    _, first = np.unique(keys, return_index=True)
    return dense[np.sort(first)]


def _trivial_bound(a: sp.csc_matrix) -> int:
    """``ceil(n_rows / max column size)``: no cover can be smaller."""
    largest = int(np.asarray(a.sum(axis=0)).max())
    return int(-(-a.shape[0] // largest))
