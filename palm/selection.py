"""Certified member selection from a finite pool, without building the grid.

Two searches share one loop of constraint generation:

1. solve a covering problem on a finite set of user weights ``W`` (exact ILP when it
   finishes in time);
2. certify the answer over the *whole* simplex with the LPs of
   :mod:`palm.certificate` (for d <= 6, equivalently and much faster, at the vertices
   of the members' maximization diagram: T5, corollary (f));
3. if it fails, add every violated witness weight to ``W`` and repeat.

Any subset that is valid on the whole simplex is valid on ``W``, so the optimum on
``W`` is a lower bound on the true optimum; when the answer certifies, the bound
proves it optimal. Both searches therefore return a proven lower bound beside their
answer, and work for many traits (d = 12) where the grid cannot be built.

For few traits (d <= 6) every certified cover the target search meets is also
shrunk by a local search whose moves are checked exactly at the diagram's vertices
(:func:`_local_search`): two neighbouring members replaced by one candidate, and
random perturbations repaired. It is a heuristic (it proves nothing), but it finds
most of the size that the exact phase's ILPs used to find over many rounds. The
exact phase then mostly proves: the covering LP on ``W``, rounded up, is a lower
bound too (the LP optimum is at most the ILP optimum on ``W``), found in
milliseconds, and the ILP runs only when it is within two members of the answer.
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from tqdm.auto import tqdm

from .certificate import (
    HOLD_TOL,
    VERTEX_MAX_TRAITS,
    _additive_bound_matrix,
    _additive_duals,
    _additive_model,
    _diagram_vertices,
    _dual_bounds,
    _LPModel,
    _Worst,
    _worst_additive,
    _worst_ratio,
    upper_hull_mask,
)
from .cover import CoverResult, ilp_cover, set_cover
from .exceptions import SuboptimalWarning
from .simplex import sample_dirichlet

__all__ = ["Selection", "best_of_size", "smallest_certified"]

logger = logging.getLogger(__name__)

#: Most violated witnesses added to the weight set per round.
MAX_CUTS_PER_ROUND = 256
#: Rounds without a certified cover before the last cover is repaired instead.
PATIENCE = 8
#: Perturbations in a row without a smaller cover before local search stops.
LOCAL_PATIENCE = 12
#: Exact-phase rounds in a row that neither shrink the incumbent nor raise the
#: proven bound before the search stops. Each round already repairs and locally
#: searches its cover, so later rounds seldom help
#: (``benchmarks/results/fit_time.md``: at d = 12, eps = 0.1, the same 44 members
#: in 22 s as in 51 s with 8 rounds).
EXACT_PATIENCE = 2
#: The same for rounds on the LP's rounded cover (few traits, LP bound more than
#: two below the incumbent: no ILP). Such a round is a heuristic restart, not a
#: step toward a proof; one idle round ends them (on 21 d = 3 fits of 1,000
#: candidates: 10% less time in all, the same sizes).
LP_PATIENCE = 1
#: Least shrinkage of the answer, relative to its size, that counts as progress
#: for the two patiences above (at least one member): below 50 members any
#: smaller answer counts. At d = 12, eps = 0.05 (about 270 members) a round takes
#: 4-6 s and mostly saves 1-3 members; on three such fronts of 1,000 candidates
#: this stops after 19-25 s instead of 24-42 s, 0-1.7% larger.
MIN_GAIN = 0.02
#: Under a time limit, once the search has run ``TIGHT_AFTER`` seconds, a *tight*
#: round (the proven bound one below the answer: it can only prove the answer or
#: find one a member smaller) that does neither ends the search after
#: ``TIGHT_PATIENCE`` such rounds. At d = 3 with 1,000 candidates these ILPs take
#: 0.4-0.6 s each; on 21 fits (7 fronts, eps in 0.05, 0.02, 0.01) this saved 12%
#: of the time with the same sizes and proofs. ``time_limit=None`` runs on.
TIGHT_PATIENCE = 1
TIGHT_AFTER = 1.0
#: Target mode, 3 to 6 traits, under a time limit: once a certified incumbent
#: exists, no exact-phase round starts after ``TARGET_ROUNDS_UNTIL`` seconds. At
#: d = 3 with 1,000 candidates each such round (LP cover, repair, local search at
#: the diagram's vertices) takes about 0.5 s and mostly proves nothing.
#: On 21 such fits (7 fronts, eps in 0.05, 0.02, 0.01) on an Intel Xeon: 20.0 s in
#: all instead of 25.6 s, the slowest 1.56 s instead of 2.95 s, two portfolios one
#: member larger (18 -> 19) and one proof fewer (7 of 21 instead of 8).
TARGET_ROUNDS_UNTIL = 1.0
#: Budget mode, few traits: most bisection steps on the gap with the target search,
#: and the relative distance to the lower bound at which bisection stops.
BISECT_STEPS = 8
BISECT_TOL = 0.01
#: Budget mode, few traits, under a time limit: no round starts after
#: ``BUDGET_ROUNDS_UNTIL`` seconds, and the first round's bisection stops taking
#: steps after ``BUDGET_BISECT_UNTIL`` seconds. Small instances are proven long
#: before; at d = 3 with 1,000 candidates the rounds take 0.4-1 s each and a proof
#: is rarely in sight (``benchmarks/results/fit_time.md``). On 40 such budgets
#: (K = 1..10, both gaps, sphere and concave-d3) the rounds after the first
#: improved the answer once (by 6%), while an idle second round pushed 5 fits past
#: 2 s. Not for two traits: there the later rounds are what bring the quarter
#: circle within 2% of its optimum (the early stop left K = 9 15% above it).
BUDGET_ROUNDS_UNTIL = 1.0
BUDGET_BISECT_UNTIL = 1.25
#: Most seconds one exact-phase ILP may take under a time limit. An ILP that has not
#: finished by then seldom proves anything later (d = 12), while its best cover so
#: far, repaired, is as good; more rounds then fit in the budget
#: (``benchmarks/results/fit_time.md``).
ILP_ROUND_LIMIT = 3.0


@dataclass(frozen=True)
class Selection:
    """The outcome of a selection search.

    Attributes
    ----------
    indices : tuple of int
        Chosen rows of the pool, increasing.
    optimal : bool
        True when the search proved the answer optimal (smallest size for a target;
        smallest gap, up to tolerance, for a budget).
    lower_bound : float
        Proven lower bound on the optimum: a size for a target, a gap for a budget.
    gap : float
        Target mode: the smallest δ at the target ε. Budget mode: the minimized gap
        (δ at the fixed ε, or ε at the fixed δ), exact over the whole simplex.
    n_rounds : int
        Rounds of constraint generation.
    n_weights : int
        User weights at which the oracle (the argmax over the pool) was evaluated.
    """

    indices: tuple[int, ...]
    optimal: bool
    lower_bound: float
    gap: float
    n_rounds: int
    n_weights: int


def smallest_certified(
    pool: NDArray[np.float64],
    eps: float,
    delta: float,
    *,
    cover: str = "ilp",
    time_limit: float | None = 60.0,
    max_rounds: int = 40,
    n_init: int | None = None,
    random_state: int | None = 0,
) -> Selection:
    """Smallest subset of ``pool`` whose exact certificate meets (ε, δ).

    Parameters
    ----------
    pool : ndarray of shape (n_candidates, n_traits)
        Normalized candidate rewards in [0, 1].
    eps, delta : float
        Target: ``PORT(w) >= (OPT(w) - δ)/(1+ε)`` for every simplex weight.
    cover : {"ilp", "greedy", "lazy"}
        Set-cover solver on the finite weight set (ILP proves optimality).
    time_limit : float or None
        Seconds for the whole search; past it the best certified cover found is
        returned (valid, but not proven minimum). Each exact-phase ILP then gets at
        most ``ILP_ROUND_LIMIT`` seconds, and a quarter of the time left (at least
        0.25 s). The first certified cover is always completed, so a very short
        limit can be exceeded.
    max_rounds : int
        Most rounds of constraint generation. After ``PATIENCE`` rounds whose
        covers all fail, the last cover is repaired into a certified one (grown to
        cover every violated witness, then pruned by exact reverse delete; for
        d <= 6 then shrunk by local search), and the ILP rounds that follow try to
        prove it minimum or beat it. They stop after ``EXACT_PATIENCE`` rounds in a
        row that neither shrink the answer (by ``MIN_GAIN`` of its size, at least
        one member) nor raise the proven bound; under a time limit, once
        ``TIGHT_AFTER`` seconds have passed, after ``TIGHT_PATIENCE`` such rounds
        when the bound is one below the answer, and for 3 to 6 traits no such
        round starts after ``TARGET_ROUNDS_UNTIL`` seconds.
    n_init : int, optional
        Initial random weights (default ``min(2000, 64 d)``), plus the vertices.
    random_state : int or None
        Seed of the initial weights.

    Returns
    -------
    Selection

    Examples
    --------
    >>> from palm.instance import quarter_circle
    >>> from palm.selection import smallest_certified
    >>> sel = smallest_certified(quarter_circle(200), 0.05, 0.0)
    >>> len(sel.indices), sel.optimal
    (3, True)
    """
    hull = np.nonzero(upper_hull_mask(pool))[0]
    front = pool[hull]
    weights = _initial_weights(pool.shape[1], n_init, random_state)
    scale = 1.0 + eps
    target = _Target(pool, front, hull, scale, delta)
    rng = np.random.default_rng(random_state)
    # few traits: local search shrinks covers, so the ILP is needed only for proofs
    few = pool.shape[1] <= VERTEX_MAX_TRAITS
    began = time.monotonic()
    deadline = None if time_limit is None else began + time_limit
    tight_after = None if time_limit is None else began + TIGHT_AFTER
    soft_until = None
    if time_limit is not None and 3 <= pool.shape[1] <= VERTEX_MAX_TRAITS:
        soft_until = began + TARGET_ROUNDS_UNTIL
    # Phase 1 runs the cheap solver until its cover certifies; phase 2 (ILP only)
    # re-solves on the same weights to prove or improve the size.
    phase = "greedy" if cover == "ilp" else cover
    incumbent: list[int] | None = None
    chosen: list[int] = []
    stale = 0  # exact-phase rounds that neither shrank the answer nor raised bound
    bound = 1.0
    n_round = 0
    bar = _bar(max_rounds, "palm: certified cover")
    for n_round in range(1, max_rounds + 1):
        bar.update()
        if phase == "ilp" and _time_left(deadline) <= 0:
            break
        if soft_until is not None and incumbent is not None:
            if time.monotonic() > soft_until:
                break  # few traits: later rounds seldom pay (TARGET_ROUNDS_UNTIL)
        if incumbent is None and n_round > PATIENCE:
            # covers of the samples keep failing: repair the last one into a
            # certified incumbent, then let the exact phase prove or improve it
            incumbent, cuts = _repair(
                pool, front, hull, chosen, scale, delta, _share(deadline)
            )
            incumbent, found = _local_search(target, incumbent, _share(deadline), rng)
            cuts = np.vstack([cuts, found])
            weights = np.vstack([weights, cuts]) if len(cuts) else weights
            if phase == cover:
                break
            phase = cover
        util = weights @ front.T
        covers = scale * util >= util.max(axis=1, keepdims=True) - delta - 1e-12
        before = bound
        # with an incumbent the ILP seeks only smaller covers: the cut-off makes
        # both of its answers (one exists, or none does) several times faster
        cap = len(incumbent) - 1 if incumbent is not None and phase == "ilp" else None
        if cap is not None and cap < bound:
            break
        if cap is not None and few:
            # LP first: its bound may prove the incumbent already, and the ILP is
            # worth its time only when its bound is within two members of the
            # incumbent; else the LP's rounded cover seeds repair and local search
            result = set_cover(covers, "lp")
            bound = max(bound, float(result.lower_bound))
            if bound > cap:
                break
            if result.lower_bound > cap - 2:
                result = _cover(covers, phase, deadline, at_most=cap)
        else:
            result = _cover(covers, phase, deadline, at_most=cap)
        if result is None:  # proven: these weights need the incumbent's size
            bound = float(len(incumbent))
            break
        chosen = sorted(int(hull[j]) for j in result.columns)
        if result.optimal:
            bound = max(bound, float(result.lower_bound))
        raised = bound > before
        if incumbent is not None and result.method != "lp":
            if len(chosen) >= len(incumbent) or bound >= len(incumbent):
                # no smaller cover of these weights exists (proven when the ILP
                # finished, which ``bound`` records): keep the incumbent
                break
        worst = _worst_additive(
            pool[chosen], front, scale, collect_above=delta + HOLD_TOL, vertices=True
        )
        bar.set_postfix(size=len(chosen), worst_delta=f"{worst.value:.3g}")
        logger.info(
            "round %d (%s): %d weights, cover of %d, worst delta %.3g",
            n_round,
            result.method,
            weights.shape[0],
            len(chosen),
            worst.value,
        )
        if worst.value <= delta + HOLD_TOL:
            if not result.optimal:  # a cover minimum on the weights is minimum
                # the greedy phase only descends; the exact phase gets the ILP next
                chosen, found = _local_search(
                    target, chosen, _share(deadline), rng, perturb=phase == cover
                )
                weights = np.vstack([weights, found])
            better = incumbent is None or _gained(len(incumbent), len(chosen))
            if incumbent is None or len(chosen) < len(incumbent):
                incumbent = chosen
            if phase != cover:
                phase = cover
                continue
            if result.method != "lp":  # the solver's own answer: final
                break
            # the LP's cover certified as it is: no new cuts, so count the round
            stale = 0 if better or raised else stale + 1
            if stale >= LP_PATIENCE or bound >= len(incumbent):
                break
            continue
        weights = _add_cuts(weights, worst.above)
        if incumbent is not None:
            # exact phase: a near-miss cover, repaired, often beats the incumbent
            fixed = _one_for_one(target, chosen, deadline)
            repaired, cuts = _repair(
                pool, front, hull, fixed or chosen, scale, delta, _share(deadline)
            )
            repaired, found = _local_search(target, repaired, _share(deadline), rng)
            weights = np.vstack([weights, cuts, found])
            stale = 0 if raised else stale + 1
            logger.info(
                "round %d: repaired to %d (incumbent %d, bound %g)",
                n_round,
                len(repaired),
                len(incumbent),
                bound,
            )
            if len(repaired) < len(incumbent):
                stale = 0 if _gained(len(incumbent), len(repaired)) else stale
                incumbent = repaired
            patience = LP_PATIENCE if result.method == "lp" else EXACT_PATIENCE
            if tight_after is not None and bound >= len(incumbent) - 1:
                if time.monotonic() > tight_after:
                    patience = min(patience, TIGHT_PATIENCE)
            if stale >= patience or bound >= len(incumbent):
                break
    bar.close()
    if incumbent is None:  # max_rounds ran out before PATIENCE did
        incumbent = target.repair(chosen, deadline)
    members = sorted(set(incumbent))
    # the smallest δ at the target ε, exact over the whole simplex
    gap = _worst_additive(pool[members], front, scale, vertices=True).value
    return Selection(
        tuple(members),
        bound >= len(members),
        bound,
        max(gap, 0.0),
        n_round,
        int(weights.shape[0]),
    )


def best_of_size(
    pool: NDArray[np.float64],
    n_members: int,
    *,
    eps: float | None = None,
    delta: float | None = None,
    time_limit: float | None = 60.0,
    max_rounds: int = 40,
    n_init: int | None = None,
    random_state: int | None = 0,
) -> Selection:
    """The ``n_members`` candidates with the smallest exact worst-case gap.

    Fix at most one of ``eps`` and ``delta``; the other is minimized:

    * ``eps`` given (or neither, meaning ε = 0): minimize δ, the additive gap;
    * ``delta`` given: minimize ε, the multiplicative gap (``delta=0`` is the pure
      multiplicative gap ε̂).

    Each round solves the K-center problem on sampled weights (a proven lower
    bound) and adds the exact certificate's witnesses. For few traits (d <= 6) the
    first round's answer is improved at once by bisection on the gap with the fast
    target search (:func:`_bisect_targets`), so that a short ``time_limit`` still
    gets a good answer; the rounds that follow try to prove or beat it. Under a
    ``time_limit``, for 3 to 6 traits, no round starts after
    ``BUDGET_ROUNDS_UNTIL`` seconds and the bisection stops after
    ``BUDGET_BISECT_UNTIL`` seconds (``time_limit=None`` runs the rounds until
    the answer is proven or ``max_rounds``).

    Parameters
    ----------
    pool : ndarray of shape (n_candidates, n_traits)
        Normalized candidate rewards in [0, 1].
    n_members : int
        Budget ``K``.
    eps, delta : float, optional
        The fixed slack.
    time_limit, max_rounds, n_init, random_state
        As in :func:`smallest_certified`.

    Returns
    -------
    Selection
        ``gap`` is the minimized value, exact over the whole simplex;
        ``lower_bound`` no K-subset can beat.

    Examples
    --------
    >>> from palm.instance import quarter_circle, quarter_circle_optimal_gap
    >>> from palm.selection import best_of_size
    >>> sel = best_of_size(quarter_circle(1001), 3, delta=0.0)
    >>> round(sel.gap / quarter_circle_optimal_gap(3), 2)  # the arc's optimum
    1.0
    """
    ratio = delta is not None
    fixed = float(delta if ratio else (eps or 0.0))
    hull = np.nonzero(upper_hull_mask(pool))[0]
    front = pool[hull]
    k = min(int(n_members), len(hull))
    weights = _initial_weights(pool.shape[1], n_init, random_state)
    start = time.monotonic()
    deadline = None if time_limit is None else start + time_limit
    best: tuple[float, list[int]] | None = None
    best_cols: list[int] | None = None
    column = {int(h): j for j, h in enumerate(hull)}
    few = pool.shape[1] <= VERTEX_MAX_TRAITS
    # the early stop (BUDGET_ROUNDS_UNTIL): 3 to 6 traits, under a time limit
    patient = few and pool.shape[1] >= 3 and deadline is not None
    lower = 0.0
    n_round = 0
    bar = _bar(max_rounds, f"palm: best {k} members")
    for n_round in range(1, max_rounds + 1):
        bar.update()
        gaps = _gap_matrix(weights, front, fixed, ratio=ratio)
        # adding weights only raises the sampled optimum, and the best exact answer
        # so far is feasible on any weights: bisect between the two
        tau, cols, proven = _k_center(
            gaps, k, deadline, exact=True, floor=lower, incumbent=best_cols
        )
        if proven:
            lower = max(lower, tau)
        chosen = [int(hull[j]) for j in cols]
        floor = tau + HOLD_TOL
        true_gap, worst = _budget_gap(pool[chosen], front, fixed, ratio, above=floor)
        if best is None or true_gap < best[0]:
            best, best_cols = (true_gap, chosen), list(cols)
        if few and n_round == 1 and true_gap > floor:
            # bisect on the gap with the fast target search for a good answer
            # early; the rounds that follow try to prove or beat it
            best = _bisect_targets(
                pool,
                front,
                hull,
                k,
                fixed,
                ratio,
                tau,
                best,
                deadline,
                random_state,
                steps_until=start + BUDGET_BISECT_UNTIL if patient else None,
            )
            best_cols = [column[j] for j in best[1]]
        bar.set_postfix(lower=f"{lower:.4g}", best=f"{best[0]:.4g}")
        logger.info(
            "round %d: %d weights, sampled gap %.4g, exact gap %.4g (best %.4g)",
            n_round,
            weights.shape[0],
            tau,
            true_gap,
            best[0],
        )
        if true_gap <= floor or not worst.above or _time_left(deadline) <= 0:
            break
        if best[0] <= lower + max(HOLD_TOL, 1e-7 * best[0]):
            break  # proven
        if patient and time.monotonic() - start >= BUDGET_ROUNDS_UNTIL:
            break  # slow rounds seldom beat the bisection: BUDGET_ROUNDS_UNTIL
        weights = _add_cuts(weights, worst.above)
    bar.close()
    assert best is not None
    gap, chosen = best
    optimal = gap <= lower + max(HOLD_TOL, 1e-7 * max(1.0, gap))
    return Selection(
        tuple(sorted(chosen)), optimal, lower, gap, n_round, int(weights.shape[0])
    )


# --------------------------------------------------------------------------- kernels


def _bisect_targets(
    pool: NDArray[np.float64],
    front: NDArray[np.float64],
    hull: NDArray[np.int64],
    k: int,
    fixed: float,
    ratio: bool,
    lower: float,
    best: tuple[float, list[int]],
    deadline: float | None,
    random_state: int | None,
    *,
    steps_until: float | None = None,
) -> tuple[float, list[int]]:
    """A better budget answer by bisection on the gap, for few traits.

    For a trial gap ``g`` between ``lower`` and the best exact gap, the target
    search (greedy covers, repair and local search; no ILP) looks for a certified
    cover at ``(ε, δ) = (fixed, g)`` (``(g, fixed)`` when minimizing ε). A cover of
    at most ``k`` members is padded to ``k`` (each added member is the best
    candidate at the worst weight, which can only lower the gap) and becomes the
    best answer; a larger one moves the bisection up. The search is heuristic, so
    the bisection proves nothing; it stops within ``BISECT_TOL`` of ``lower`` or
    after ``BISECT_STEPS`` steps, or when a step would start after
    ``steps_until`` (a ``time.monotonic()`` value; each step still runs to
    ``deadline``). Returns ``(gap, members)``, members as rows of ``pool``.
    """
    gap, members = best
    lo = lower
    for _ in range(BISECT_STEPS):
        if gap - lo <= BISECT_TOL * gap or _time_left(deadline) <= 0:
            break
        if steps_until is not None and time.monotonic() >= steps_until:
            break
        trial_gap = 0.5 * (lo + gap)
        target = (trial_gap, fixed) if ratio else (fixed, trial_gap)
        sel = smallest_certified(
            pool,
            *target,
            cover="greedy",
            time_limit=None if deadline is None else max(_time_left(deadline), 0.0),
            random_state=random_state,
        )
        if len(sel.indices) > k:
            lo = trial_gap
            continue
        trial = list(sel.indices)
        value, worst = _budget_gap(pool[trial], front, fixed, ratio)
        while len(trial) < k and value > 0:
            row = int(hull[np.argmax(front @ worst.witness)])
            if row in trial:
                break
            trial.append(row)
            value, worst = _budget_gap(pool[trial], front, fixed, ratio)
        if value < gap:
            gap, members = value, sorted(trial)
    return gap, members


def _budget_gap(
    mem: NDArray[np.float64],
    front: NDArray[np.float64],
    fixed: float,
    ratio: bool,
    *,
    above: float | None = None,
) -> tuple[float, _Worst]:
    """The exact gap that budget mode minimizes, and the search's result.

    The result carries the witness weight and, with ``above``, every candidate
    whose gap exceeds it (as cuts).
    """
    if ratio:
        worst = _worst_ratio(
            mem,
            front,
            fixed,
            vertices=True,
            collect_above=None if above is None else 1.0 + above,
        )
        return max(worst.value - 1.0, 0.0), worst
    worst = _worst_additive(mem, front, 1.0 + fixed, collect_above=above, vertices=True)
    return max(worst.value, 0.0), worst


def _repair(
    pool: NDArray[np.float64],
    front: NDArray[np.float64],
    hull: NDArray[np.int64],
    chosen: list[int],
    scale: float,
    delta: float,
    deadline: float | None,
) -> tuple[list[int], NDArray[np.float64]]:
    """Make a cover certify, then drop members it does not need.

    Grow: cover every violated witness at once (greedy over the hull) until the
    exact certificate holds; each step adds a candidate that is new, since at a
    violated witness the best candidate is not a member. Shrink: try removing
    members, least used first, keeping each removal only if the exact
    certificate still holds (until the deadline: every step keeps a valid cover).
    Returns the members and the violated witnesses met on the way.
    """
    members = list(dict.fromkeys(chosen))
    limit = delta + HOLD_TOL
    seen: list[NDArray[np.float64]] = []
    # a candidate's gap only falls as members are added, so each step re-checks
    # only the candidates the previous one found above the limit
    open_ = np.arange(front.shape[0])
    while True:
        worst = _worst_additive(
            pool[members], front[open_], scale, collect_above=limit, vertices=True
        )
        if worst.value <= limit:
            break
        open_ = open_[[j for _, _, j in worst.above]]
        cuts = np.array([w for _, w, _ in worst.above])
        seen.append(cuts)
        util = cuts @ front.T
        covers = scale * util >= util.max(axis=1, keepdims=True) - delta - 1e-12
        added = [int(hull[j]) for j in set_cover(covers, "greedy").columns]
        members.extend(j for j in added if j not in members)
    probe = np.vstack([_initial_weights(pool.shape[1], None, 1), *seen])
    opt = (probe @ front.T).max(axis=1)
    mem = pool[members]
    util = probe @ mem.T  # probe weights x members
    usage = np.bincount(np.argmax(util, axis=1), minlength=len(members))
    keep = np.ones(len(members), dtype=bool)
    best_util = _top_two(util, keep)
    # few traits: each check is one pass over the diagram's vertices; many traits:
    # LP duals say which candidates a removal can affect at all
    duals = model = bound_matrix = None
    if _diagram_vertices(mem) is None:
        # per-candidate bounds: a subset's bound is the row minimum over its columns
        bound_matrix = -_additive_bound_matrix(mem, front, scale)
        model = _additive_model(mem, scale)  # a dropped member's row is relaxed
        duals = _initial_duals(mem, front, scale, limit, bound_matrix)
    for i in np.argsort(usage, kind="stable"):
        if keep.sum() == 1 or _time_left(deadline) <= 0:
            break
        # quick "no": a sampled weight already shows the gap without member i
        if (opt - scale * _without(best_util, i)).max() > limit:
            continue
        keep[i] = False
        if duals is None:
            rest = [members[j] for j in np.nonzero(keep)[0]]
            check = _worst_additive(
                pool[rest], front, scale, stop_above=limit, vertices=True
            )
            ok = check.value <= limit
        else:
            model.switch_rows([i], on=False)
            ok = _drop_by_duals(
                mem, front, scale, limit, keep, duals, bound_matrix, model, i
            )
            if not ok:
                model.switch_rows([i], on=True)
        if not ok:
            keep[i] = True
        else:
            best_util = _top_two(util, keep)
    members = [members[j] for j in np.nonzero(keep)[0]]
    d = pool.shape[1]
    return sorted(members), np.vstack(seen) if seen else np.empty((0, d))


@dataclass(frozen=True)
class _Target:
    """What the local search of a target search holds fixed.

    ``pool`` the candidates, ``front``/``hull`` its upper hull (rows, and their
    indices in ``pool``), and the target ``PORT >= (OPT - delta) / scale``.
    """

    pool: NDArray[np.float64]
    front: NDArray[np.float64]
    hull: NDArray[np.int64]
    scale: float
    delta: float

    def uncovered(self, members: list[int]) -> NDArray[np.float64] | None:
        """The diagram vertices where the members' additive gap exceeds δ.

        Empty exactly when the members certify (T5, corollary (f)); None when
        the diagram cannot be built.
        """
        mem = self.pool[members]
        corners = _diagram_vertices(mem)
        if corners is None:
            return None
        opt = (corners @ self.front.T).max(axis=1)
        gap = opt - self.scale * (corners @ mem.T).max(axis=1)
        return corners[gap > self.delta + HOLD_TOL]

    def repair(self, members: list[int], deadline: float | None) -> list[int]:
        """:func:`_repair` on this target, without its cuts."""
        p, f, h = self.pool, self.front, self.hull
        return _repair(p, f, h, members, self.scale, self.delta, deadline)[0]


def _local_search(
    target: _Target,
    members: list[int],
    deadline: float | None,
    rng: np.random.Generator,
    *,
    perturb: bool = True,
) -> tuple[list[int], NDArray[np.float64]]:
    """Shrink a certified cover by exact moves, for few traits (d <= 6).

    Every move is checked at the vertices of the members' maximization diagram
    (T5, corollary (f)), which costs about a millisecond at d = 3:

    * *two for one*: drop two neighbouring members (their cells share a vertex)
      and add the one candidate, if any, that covers every weight the others leave
      uncovered (:func:`_one_to_fill`);
    * *perturb* (with ``perturb``): drop a random member and its one or two
      nearest neighbours in reward space, repair (:func:`_repair`), then two for
      one again. The result replaces the current cover when it is no larger, so
      the search can walk along plateaus; the smallest cover seen is kept.

    Stops after ``LOCAL_PATIENCE`` (at most the cover's size) perturbations in a
    row without a smaller cover, or at the deadline. Returns the smallest
    certified cover found (``members`` unchanged when the diagram cannot be built)
    and the uncovered weights met on the way, as cuts for the covering problem.
    """
    pool = target.pool
    if _diagram_vertices(pool[members]) is None:
        return sorted(members), np.empty((0, pool.shape[1]))
    cuts: list[NDArray[np.float64]] = []
    best = _two_for_one(target, members, deadline, cuts)
    current, fails = best, 0
    # small covers have few distinct perturbations: fewer tries
    while perturb and len(current) > 2 and fails < min(LOCAL_PATIENCE, len(best)):
        if _time_left(deadline) <= 0:
            break
        centre = pool[current[int(rng.integers(len(current)))]]
        near = np.argsort(np.abs(pool[current] - centre).sum(axis=1), kind="stable")
        drop = set(near[: min(int(rng.integers(2, 4)), len(current) - 1)].tolist())
        rest = [m for i, m in enumerate(current) if i not in drop]
        trial = _two_for_one(target, target.repair(rest, deadline), deadline, cuts)
        fails = 0 if len(trial) < len(best) else fails + 1
        if len(trial) < len(best):
            best = trial
        if len(trial) <= len(current):
            current = trial
    found = np.vstack(cuts) if cuts else np.empty((0, pool.shape[1]))
    return sorted(best), found[:MAX_CUTS_PER_ROUND]


def _two_for_one(
    target: _Target,
    members: list[int],
    deadline: float | None,
    cuts: list[NDArray[np.float64]],
) -> list[int]:
    """Replace two neighbouring members by one candidate while any such move exists.

    Members whose cells share a vertex of the diagram are tried, the pairs that
    share the fewest vertices first; the first pair that one candidate can replace
    is replaced and the scan starts over on the smaller cover. Uncovered weights
    met are appended to ``cuts``.
    """
    members = list(members)
    while len(members) > 2 and _time_left(deadline) > 0:
        mem = target.pool[members]
        corners = _diagram_vertices(mem)
        if corners is None:
            break
        util = corners @ mem.T
        active = (util >= util.max(axis=1, keepdims=True) - 1e-9).astype(np.int64)
        touching = np.triu(active.T @ active, k=1)
        pairs = np.argwhere(touching > 0)
        pairs = pairs[np.argsort(touching[pairs[:, 0], pairs[:, 1]], kind="stable")]
        for a, b in pairs:
            if _time_left(deadline) <= 0:
                break
            rest = [m for i, m in enumerate(members) if i not in (a, b)]
            fill = _one_to_fill(target, rest, cuts)
            if fill is not None:
                members = rest + fill
                break
        else:
            break
    return members


def _one_for_one(
    target: _Target, members: list[int], deadline: float | None
) -> list[int] | None:
    """A certified cover of the same size, by swapping one member, or None.

    A cover that fails only near one member's cell is often fixed by replacing
    that member with the one candidate (:func:`_one_to_fill`) that covers what
    the others leave uncovered. Members are tried in order.
    """
    for i in range(len(members)):
        if _time_left(deadline) <= 0:
            break
        rest = members[:i] + members[i + 1 :]
        fill = _one_to_fill(target, rest, [])
        if fill is not None:
            return rest + fill
    return None


def _one_to_fill(
    target: _Target, rest: list[int], cuts: list[NDArray[np.float64]]
) -> list[int] | None:
    """At most one candidate that makes ``rest`` certify, or None.

    The weights that ``rest`` leaves uncovered must all be covered by the new
    candidate alone. Starting from the uncovered diagram vertices, the candidate
    covering them with the most slack is tried; its own uncovered vertices join
    the set, and the next candidate must cover them too. Each round rules out the
    candidate tried, so this ends.
    """
    gap = target.uncovered(rest)
    if gap is None:
        return None
    if not len(gap):
        return []
    cuts.append(gap)
    must = gap
    while True:
        util = must @ target.front.T
        best = util.max(axis=1, keepdims=True)
        slack = (target.scale * util - best + target.delta).min(axis=0)
        j = int(np.argmax(slack))
        if slack[j] < -1e-12:
            return None
        add = int(target.hull[j])
        gap = target.uncovered([*rest, add])
        if gap is None:
            return None
        if not len(gap):
            return [add]
        must = np.vstack([must, gap])


def _initial_duals(
    mem: NDArray[np.float64],
    front: NDArray[np.float64],
    scale: float,
    limit: float,
    bound_matrix: NDArray[np.float64],
) -> NDArray[np.float64]:
    """A dual certificate per candidate that the members keep its gap within limit.

    A candidate whose best single-member bound is within the limit gets that member
    alone; the others an LP dual (:func:`palm.certificate._additive_duals`) of the
    additive LP of all the members.
    """
    k = mem.shape[0]
    single = np.argmax(bound_matrix, axis=1)  # bound_matrix holds -bounds
    duals = np.zeros((front.shape[0], k))
    duals[np.arange(front.shape[0]), single] = scale
    hard = np.nonzero(-bound_matrix.max(axis=1) > limit)[0]
    if len(hard):
        _, mu = _additive_duals(mem, front[hard], scale)
        duals[hard] = _checked_duals(
            mu, mem, front[hard], scale, limit, np.ones(k, bool)
        )
    return duals


def _drop_by_duals(
    mem: NDArray[np.float64],
    front: NDArray[np.float64],
    scale: float,
    limit: float,
    keep: NDArray[np.bool_],
    duals: NDArray[np.float64],
    bound_matrix: NDArray[np.float64],
    model: _LPModel,
    i: int,
) -> bool:
    """Whether the kept members (``i`` already dropped) still certify.

    Only candidates whose dual uses member ``i`` can now exceed the limit; each is
    cleared by a single-member bound, else by an LP of ``model`` (the rows of the
    dropped members relaxed, ``i``'s included). On success their duals are
    replaced in place.
    """
    touched = np.nonzero(duals[:, i] > 0)[0]
    masked = np.where(keep[None, :], bound_matrix[touched], -np.inf)
    single = masked.argmax(axis=1)
    clear = -masked[np.arange(len(touched)), single] <= limit
    rows = np.zeros((len(touched), mem.shape[0]))
    rows[np.arange(len(touched)), single] = scale
    hard = np.nonzero(~clear)[0]
    if len(hard):
        # hardest first: a removal that fails usually fails on the first LP
        hard = hard[np.argsort(masked[hard, single[hard]], kind="stable")]
        for j in hard:
            cand = front[touched[[j]]]
            value, mu = _additive_duals(mem, cand, scale, model)
            if value[0] > limit:
                return False
            rows[j] = _checked_duals(mu, mem, cand, scale, limit, keep)[0]
    duals[touched] = rows
    return True


def _checked_duals(
    mu: NDArray[np.float64],
    mem: NDArray[np.float64],
    cand: NDArray[np.float64],
    scale: float,
    limit: float,
    keep: NDArray[np.bool_],
) -> NDArray[np.float64]:
    """The duals, on the kept members only, whose bound is within the limit.

    Numerical dust on dropped members is cleared and each row rescaled to sum to
    the scale, so every bound is exact LP duality for the kept members. A row whose
    bound still exceeds the limit is spread over every kept member, so that each
    later removal re-checks its candidate.
    """
    mu = np.where(keep[None, :], mu, 0.0)
    total = mu.sum(axis=1, keepdims=True)
    spread = np.where(keep, scale / keep.sum(), 0.0)
    mu = np.where(total > 0, mu * (scale / np.where(total > 0, total, 1.0)), spread)
    loose = _dual_bounds(mu, mem, cand) > limit
    mu[loose] = spread
    return mu


def _bar(total: int, desc: str) -> tqdm:
    """A progress bar over search rounds; silent when stderr is not a terminal."""
    return tqdm(total=total, desc=desc, unit="round", leave=False, disable=None)


def _initial_weights(d: int, n_init: int | None, seed: int | None) -> NDArray:
    n = min(2000, 64 * d) if n_init is None else int(n_init)
    return np.vstack(
        [np.eye(d), np.full((1, d), 1.0 / d), sample_dirichlet(n, d, random_state=seed)]
    )


def _add_cuts(
    weights: NDArray[np.float64], above: list[tuple[float, NDArray, int]]
) -> NDArray[np.float64]:
    above = sorted(above, key=lambda item: -item[0])[:MAX_CUTS_PER_ROUND]
    cuts = np.array([w for _, w, _ in above])
    return np.vstack([weights, cuts])


def _top_two(
    values: NDArray[np.float64], keep: NDArray[np.bool_]
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """Per row, the argmax and the two largest values over the kept columns."""
    masked = np.where(keep[None, :], values, -np.inf)
    if masked.shape[1] == 1:
        first = np.zeros(masked.shape[0], dtype=np.int64)
        return first, masked[:, 0], np.full(masked.shape[0], -np.inf)
    part = np.argpartition(-masked, 1, axis=1)[:, :2]
    rows = np.arange(masked.shape[0])
    a, b = masked[rows, part[:, 0]], masked[rows, part[:, 1]]
    swap = b > a
    first = np.where(swap, part[:, 1], part[:, 0])
    return first, np.maximum(a, b), np.minimum(a, b)


def _without(
    top: tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]], i: int
) -> NDArray[np.float64]:
    """Per row, the largest kept value once column ``i`` is dropped."""
    first, best, second = top
    return np.where(first == i, second, best)


def _gained(before: int, after: int) -> bool:
    """Whether shrinking the answer from ``before`` to ``after`` resets patience."""
    return before - after >= max(1.0, MIN_GAIN * before)


def _share(deadline: float | None, fraction: float = 0.25) -> float | None:
    """A deadline at ``fraction`` of the time left, so later phases keep the rest."""
    if deadline is None:
        return None
    return time.monotonic() + fraction * _time_left(deadline)


def _time_left(deadline: float | None) -> float:
    return math.inf if deadline is None else deadline - time.monotonic()


def _cover(
    covers: NDArray[np.bool_],
    method: str,
    deadline: float | None,
    *,
    at_most: int | None = None,
) -> CoverResult | None:
    """A cover by ``method``; the ILP's per-round limit and cut-off as documented.

    None when the ILP proved that no cover of at most ``at_most`` columns exists.
    """
    if method != "ilp":
        return set_cover(covers, method)
    with warnings.catch_warnings():
        # a time limit is handled through the result's ``optimal`` flag
        warnings.simplefilter("ignore", SuboptimalWarning)
        left = _time_left(deadline)
        # one hard ILP must not eat the whole budget: later rounds need some
        limit = None if math.isinf(left) else max(0.25, min(ILP_ROUND_LIMIT, left / 4))
        return ilp_cover(covers, time_limit=limit, at_most=at_most)


def _gap_matrix(
    weights: NDArray[np.float64],
    front: NDArray[np.float64],
    fixed: float,
    *,
    ratio: bool,
) -> NDArray[np.float64]:
    """``G[w, j]``: the gap at weight ``w`` if ``j`` were the only member."""
    util = weights @ front.T
    opt = util.max(axis=1, keepdims=True)
    if not ratio:
        return np.maximum(opt - (1.0 + fixed) * util, 0.0)
    num = opt - fixed
    with np.errstate(divide="ignore", invalid="ignore"):
        g = num / util - 1.0
    g = np.where(util > 0, g, np.inf)
    g = np.where(num <= 0, 0.0, g)
    return np.maximum(g, 0.0)


def _k_center(
    gaps: NDArray[np.float64],
    k: int,
    deadline: float | None,
    *,
    exact: bool,
    floor: float = 0.0,
    incumbent: list[int] | None = None,
) -> tuple[float, list[int], bool]:
    """Choose ``k`` columns minimizing ``max_rows min_cols gaps``.

    Bisection over the distinct gap values, each step a set-cover feasibility test
    (greedy first; with ``exact`` the LP relaxation, then the ILP, decide when
    greedy needs more than ``k``). ``floor`` is a known lower bound on the optimum
    and ``incumbent`` known feasible columns. Returns the threshold, the columns,
    and whether the threshold is proven optimal on these rows.
    """
    greedy_cols = _greedy_k_center(gaps, k)
    upper = float(gaps[:, greedy_cols].min(axis=1).max())
    if incumbent is not None:
        at_incumbent = float(gaps[:, incumbent].min(axis=1).max())
        if at_incumbent < upper:
            upper, greedy_cols = at_incumbent, sorted(incumbent)
    lower = max(float(gaps.min(axis=1).max()), min(floor, upper))
    if upper <= lower:
        return upper, greedy_cols, True
    values = np.unique(gaps[(gaps >= lower) & (gaps <= upper)])
    lo, hi = 0, len(values) - 1  # values[hi] is feasible (greedy)
    best_cols = greedy_cols
    proven = exact
    while lo < hi:
        mid = (lo + hi) // 2
        covers = gaps <= values[mid] + 1e-15
        cols = _cover_within(covers, k, deadline if exact else -math.inf)
        if cols is None:
            lo = mid + 1
        elif cols == "unknown":
            proven = False
            lo = mid + 1
        else:
            hi = mid
            best_cols = cols
    return float(values[hi]), best_cols, proven


def _cover_within(covers: NDArray[np.bool_], k: int, deadline: float | None):
    """Columns covering every row with at most ``k`` of them, None, or "unknown"."""
    if not covers.any(axis=1).all():
        return None
    greedy = set_cover(covers, "greedy")
    if len(greedy) <= k:
        return list(greedy.columns)
    if greedy.lower_bound > k:
        return None
    if deadline == -math.inf:
        return "unknown"
    # the LP relaxation often settles it in milliseconds, either way (T3)
    relaxed = set_cover(covers, "lp")
    if relaxed.lower_bound > k:
        return None
    if len(relaxed) <= k:
        return list(relaxed.columns)
    if _time_left(deadline) <= 0:
        return "unknown"
    result = _cover(covers, "ilp", deadline, at_most=k)
    if result is None:
        return None
    return list(result.columns) if len(result) <= k else "unknown"


def _greedy_k_center(gaps: NDArray[np.float64], k: int) -> list[int]:
    """Greedy: add the column that lowers the worst row's gap the most."""
    current = np.full(gaps.shape[0], np.inf)
    cols: list[int] = []
    for _ in range(k):
        worst = np.minimum(current[:, None], gaps).max(axis=0)
        j = int(np.argmin(worst))
        cols.append(j)
        current = np.minimum(current, gaps[:, j])
    return sorted(set(cols))
