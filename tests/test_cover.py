from __future__ import annotations

import itertools
import re

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given
from hypothesis import strategies as st

from palm.cover import (
    _reduce,
    coverage_matrix,
    greedy_cover,
    ilp_cover,
    lazy_greedy_cover,
    lp_cover,
    set_cover,
)
from palm.exceptions import SolverError, SuboptimalWarning, ValidationError


def _random_covers(seed: int, rows: int = 25, cols: int = 12, p: float = 0.25):
    rng = np.random.default_rng(seed)
    a = rng.random((rows, cols)) < p
    a[np.arange(rows), rng.integers(0, cols, rows)] = True  # every row coverable
    return a


def _is_cover(a, cols):
    return bool(a[:, list(cols)].any(axis=1).all())


def _brute_force_min(a):
    for k in range(1, a.shape[1] + 1):
        for cols in itertools.combinations(range(a.shape[1]), k):
            if _is_cover(a, cols):
                return k
    raise AssertionError("unreachable: every row is coverable")


@given(st.integers(0, 10**6))
def test_lazy_greedy_returns_greedy_answer(seed):
    a = _random_covers(seed)
    assert lazy_greedy_cover(a).columns == greedy_cover(a).columns


@pytest.mark.parametrize("seed", range(8))
def test_T3_greedy_matches_ilp_bound(seed):
    a = _random_covers(seed, rows=14, cols=9, p=0.3)
    opt = _brute_force_min(a)
    exact = ilp_cover(a)
    greedy = greedy_cover(a)
    assert exact.optimal and len(exact) == opt and exact.lower_bound == opt
    assert _is_cover(a, exact.columns) and _is_cover(a, greedy.columns)
    # greedy is within ln(n_rows) + 1 of the optimum
    assert opt <= len(greedy) <= (np.log(a.shape[0]) + 1) * opt
    assert greedy.lower_bound <= opt


@pytest.mark.parametrize("seed", range(6))
def test_T3_ilp_at_most_decides_whether_a_smaller_cover_exists(seed):
    """With ``at_most`` the ILP proves "none this small" (None) exactly below the
    brute-force minimum, and at or above it returns a minimum cover."""
    a = _random_covers(seed, rows=14, cols=9, p=0.3)
    opt = _brute_force_min(a)
    if opt > 1:
        assert ilp_cover(a, at_most=opt - 1) is None
    for cap in (opt, opt + 1):
        result = ilp_cover(a, at_most=cap)
        assert result is not None and result.optimal
        assert len(result) == opt and _is_cover(a, result.columns)


def test_ilp_at_most_must_be_positive():
    with pytest.raises(ValidationError, match="at_most must be a positive"):
        ilp_cover([[1, 0], [0, 1]], at_most=0)


@given(st.integers(0, 10**6))
def test_T3_lp_bound_and_rounded_cover_bracket_the_optimum(seed):
    """The LP relaxation, rounded up, never exceeds the brute-force minimum, and
    its rounded cover is a cover; ``optimal`` only when the two meet."""
    a = _random_covers(seed, rows=20, cols=9, p=0.3)
    opt = _brute_force_min(a)
    result = lp_cover(a)
    assert _is_cover(a, result.columns)
    assert result.lower_bound <= opt <= len(result)
    assert result.optimal == (len(result) == result.lower_bound)


def test_lp_bound_is_fractional_on_the_triangle():
    # three rows, each pair of columns covers all: LP 1.5 rounds up to 2
    result = set_cover([[1, 1, 0], [0, 1, 1], [1, 0, 1]], "lp")
    assert result.lower_bound == 2 and result.method == "lp"


def test_greedy_hand_example():
    # column 0 covers rows {0, 2}, column 1 rows {1, 2}, column 2 rows {0, 1}: every
    # column covers 2 rows; greedy takes 0 (lowest index), then 1 for row 1.
    a = [[1, 0, 1], [0, 1, 1], [1, 1, 0]]
    assert greedy_cover(a).columns == (0, 1)
    assert len(ilp_cover(a)) == 2


def test_coverage_matrix_rule():
    # (1 + 0.1) * 0.95 = 1.045 >= 1 - 0 covers; 1.1 * 0.9 = 0.99 < 1 does not
    cov = coverage_matrix([[1.0, 0.95, 0.9]], [1.0], 0.1, 0.0)
    assert cov.tolist() == [[True, True, False]]
    # additive slack: 0.9 >= 1 - 0.1
    assert coverage_matrix([[0.9]], [1.0], 0.0, 0.1).tolist() == [[True]]


def test_uncoverable_row_is_an_error():
    with pytest.raises(
        ValidationError, match=r"rows \[1\] of covers are covered by no"
    ):
        greedy_cover([[1, 0], [0, 0]])


def test_bad_shapes_and_methods():
    with pytest.raises(ValidationError, match="covers must have shape"):
        greedy_cover([1, 0])
    with pytest.raises(ValidationError, match="cover method must be 'greedy'"):
        set_cover([[1]], "magic")
    with pytest.raises(ValidationError, match="utility must have shape"):
        coverage_matrix([1.0], [1.0], 0.1, 0.1)


@pytest.mark.parametrize("shape", [(0, 3), (3, 0)])
def test_empty_covers_are_an_error(shape):
    match = re.escape(f"covers must have at least one row and one column; got {shape}.")
    with pytest.raises(ValidationError, match=match):
        greedy_cover(np.zeros(shape, dtype=bool))
    with pytest.raises(ValidationError, match=match):
        greedy_cover(sp.csc_matrix(shape, dtype=bool))


def test_lp_relaxation_failure_is_a_solver_error(monkeypatch):
    import scipy.optimize
    from scipy.optimize import OptimizeResult

    def failing(*args, **kwargs):
        return OptimizeResult(status=4, message="Numerical difficulties encountered.")

    monkeypatch.setattr(scipy.optimize, "linprog", failing)
    with pytest.raises(
        SolverError,
        match=r"the set-cover LP relaxation failed \(Numerical difficulties "
        r"encountered\.\); use method='greedy' or 'ilp' instead\.",
    ):
        lp_cover([[1, 0], [0, 1]])


def test_ilp_unknown_solver_is_a_clear_error():
    with pytest.raises(SolverError, match="no MILP solver could solve"):
        ilp_cover([[1]], solver="NOT_A_SOLVER")


def test_ilp_stopped_by_its_time_limit_still_returns_a_cover():
    a = _random_covers(3, rows=300, cols=120, p=0.03)
    with pytest.warns(SuboptimalWarning, match="not proven minimum"):
        result = ilp_cover(a, time_limit=1e-9)
    assert _is_cover(a, result.columns)
    assert not result.optimal


def test_ilp_stopped_before_any_cover_falls_back_to_greedy(monkeypatch):
    """A solver that hits its limit with no incumbent leaves no values: the greedy
    cover stands in instead of an error."""
    import cvxpy as cp

    def out_of_time(self, *args, **kwargs):
        self._status = cp.USER_LIMIT

    monkeypatch.setattr(cp.Problem, "solve", out_of_time)
    a = _random_covers(4, rows=60, cols=30, p=0.1)
    with pytest.warns(SuboptimalWarning, match="not proven minimum"):
        result = ilp_cover(a, time_limit=0.1)
    assert result.columns == greedy_cover(a).columns
    assert not result.optimal


def test_scipy_stopped_before_any_cover_falls_back_to_greedy():
    """cvxpy reports scipy's milp stopped by its limit with no incumbent as a
    solver failure; the greedy cover stands in, as for HiGHS."""
    a = _random_covers(3, rows=300, cols=120, p=0.03)
    with pytest.warns(SuboptimalWarning, match="status 'user_limit'.*not proven"):
        result = ilp_cover(a, solver="SCIPY", time_limit=1e-9)
    assert result.columns == greedy_cover(a).columns
    assert not result.optimal and _is_cover(a, result.columns)


def _highs_fails(monkeypatch, scipy_error: bool = False) -> list[str]:
    """Make cvxpy's HIGHS (and, optionally, SCIPY) raise; return the solvers tried."""
    import cvxpy as cp

    real = cp.Problem.solve
    tried: list[str] = []

    def solve(self, *args, solver=None, **kwargs):
        tried.append(solver)
        if solver == "HIGHS" or scipy_error:
            raise cp.error.SolverError(f"Solver '{solver}' failed.")
        return real(self, *args, solver=solver, **kwargs)

    monkeypatch.setattr(cp.Problem, "solve", solve)
    return tried


def test_ilp_falls_back_to_scipy_when_highs_fails(monkeypatch):
    tried = _highs_fails(monkeypatch)
    a = _random_covers(5, rows=14, cols=9, p=0.3)
    result = ilp_cover(a)
    assert tried == ["HIGHS", "SCIPY"]
    assert result.optimal and _is_cover(a, result.columns)
    assert len(result) == _brute_force_min(a) == result.lower_bound


def test_ilp_scipy_fallback_out_of_time_gives_the_greedy_cover(monkeypatch):
    tried = _highs_fails(monkeypatch)
    a = _random_covers(3, rows=300, cols=120, p=0.03)
    with pytest.warns(SuboptimalWarning, match="not proven minimum"):
        result = ilp_cover(a, time_limit=1e-9)
    assert tried == ["HIGHS", "SCIPY"]
    assert result.columns == greedy_cover(a).columns and _is_cover(a, result.columns)


def test_ilp_scipy_failure_before_its_limit_is_still_an_error(monkeypatch):
    tried = _highs_fails(monkeypatch, scipy_error=True)
    with pytest.raises(
        SolverError,
        match=r"no MILP solver could solve .*tried \['HIGHS', 'SCIPY'\]; last error: "
        r"Solver 'SCIPY' failed",
    ):
        ilp_cover([[1, 0], [0, 1]], time_limit=60.0)
    assert tried == ["HIGHS", "SCIPY"]


@given(st.integers(0, 10**6))
def test_reduction_keeps_the_optimum(seed):
    """Dominated rows and columns go; the ILP still finds the brute-force minimum."""
    a = _random_covers(seed, rows=30, cols=10, p=0.3)
    reduced, kept = _reduce(sp.csc_matrix(a))
    assert reduced.shape[0] <= a.shape[0] and len(kept) <= a.shape[1]
    assert reduced.toarray().any(axis=1).all()  # every row still coverable
    assert _brute_force_min(reduced.toarray()) == _brute_force_min(a)
    result = ilp_cover(a)
    assert _is_cover(a, result.columns) and len(result) == _brute_force_min(a)


def test_reduction_drops_dominated_rows_and_columns():
    a = np.array(
        [
            [1, 1, 0],  # implied by the next row: dropped
            [1, 0, 0],
            [0, 1, 1],
            [0, 1, 1],  # duplicate: dropped
        ],
        dtype=bool,
    )
    reduced, kept = _reduce(sp.csc_matrix(a))
    # column 2 covers only what column 1 covers: dropped
    assert kept.tolist() == [0, 1]
    assert reduced.toarray().tolist() == [[True, False], [False, True]]
