"""Private: the member-selection methods behind ``Portfolio.fit``."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .certificate import HOLD_TOL, _worst_additive, upper_hull_mask
from .cover import coverage_matrix, set_cover
from .exceptions import BudgetExhaustedWarning
from .grid import geometric_grid, split_budget
from .selection import best_of_size, smallest_certified
from .simplex import sample_dirichlet, uniform_weights

logger = logging.getLogger(__name__)

#: Largest baseline size tried when searching for the size that meets a target.
MAX_BASELINE_SIZE = 4096


@dataclass(frozen=True)
class Found:
    """Members chosen by one method, before the certificate is attached."""

    indices: tuple[int, ...]
    weights: NDArray[np.float64] | None
    n_oracle_calls: int
    optimal: bool
    lower_bound: float
    gap: float


def run(
    pool: NDArray[np.float64],
    *,
    method: str,
    eps: float | None,
    delta: float | None,
    n_members: int | None,
    cover: str,
    grid_share: float,
    time_limit: float | None,
    random_state: int | None,
) -> Found:
    """Dispatch to the method; ``pool`` is normalized, arguments validated."""
    if method == "exact":
        if n_members is not None:
            sel = best_of_size(
                pool,
                n_members,
                eps=eps,
                delta=delta,
                time_limit=time_limit,
                random_state=random_state,
            )
        else:
            sel = smallest_certified(
                pool,
                eps,
                delta,
                cover=cover,
                time_limit=time_limit,
                random_state=random_state,
            )
        return Found(
            sel.indices, None, sel.n_weights, sel.optimal, sel.lower_bound, sel.gap
        )
    if method in ("grid", "full-grid"):
        share = grid_share if method == "grid" else 1.0
        return _grid(pool, eps, delta, share, cover, time_limit)
    return _baseline(pool, method, eps, delta, n_members, random_state)


def _grid(
    pool: NDArray[np.float64],
    eps: float,
    delta: float,
    share: float,
    cover: str,
    time_limit: float | None,
) -> Found:
    """PALM: geometric grid, an oracle call per grid point, set-cover pruning."""
    split = split_budget(eps, delta, share)
    grid = geometric_grid(split.eps_grid, split.delta_grid, pool.shape[1])
    # rows scaled to the simplex: the scale under which T3's δ₂ is measured
    weights = grid / grid.sum(axis=1, keepdims=True)
    util = weights @ pool.T
    policy = np.argmax(util, axis=1)  # the exact oracle at every grid point
    best = util[np.arange(len(policy)), policy]
    distinct, first = np.unique(policy, return_index=True)
    if share >= 1.0:
        return Found(
            tuple(int(j) for j in distinct),
            weights[first],
            len(grid),
            False,
            1.0,
            0.0,
        )
    covers = coverage_matrix(
        util[:, distinct], best, split.eps_prune, split.delta_prune
    )
    result = set_cover(covers, cover, time_limit=time_limit)
    cols = list(result.columns)
    logger.info(
        "grid: %d points, %d distinct oracle policies, cover of %d",
        len(grid),
        len(distinct),
        len(cols),
    )
    return Found(
        tuple(int(distinct[c]) for c in cols),
        weights[first[cols]],
        len(grid),
        result.optimal,
        float(result.lower_bound),
        0.0,
    )


def _baseline(
    pool: NDArray[np.float64],
    method: str,
    eps: float | None,
    delta: float | None,
    n_members: int | None,
    random_state: int | None,
) -> Found:
    """Uniform lattice or Dirichlet(1) weights, each mapped to its best candidate."""
    d = pool.shape[1]
    stream = None
    if method == "random":
        size = n_members if n_members is not None else MAX_BASELINE_SIZE
        # one seeded stream, used by prefixes: sizes are nested, so coverage grows
        stream = sample_dirichlet(size, d, random_state=random_state)

    def weights_of(k: int) -> NDArray[np.float64]:
        return stream[:k] if stream is not None else uniform_weights(k, d)

    if n_members is not None:
        return _members_at(pool, weights_of(n_members), n_members)
    # target: smallest size found whose certificate meets (eps, delta), by doubling
    # then bisection (exact for the nested random stream; the lattices are not
    # nested, so for "uniform" it is the smallest size this search finds)
    hull = pool[upper_hull_mask(pool)]

    def holds(k: int) -> bool:
        idx = _members_at(pool, weights_of(k), k).indices
        worst = _worst_additive(pool[list(idx)], hull, 1.0 + eps, vertices=True)
        return worst.value <= delta + HOLD_TOL

    hi = 1
    while not holds(hi):
        if hi >= MAX_BASELINE_SIZE:
            warnings.warn(
                f"the {method} baseline did not meet eps={eps}, delta={delta} with "
                f"{MAX_BASELINE_SIZE} weights; returning that size. Its certificate "
                "says by how much it misses.",
                BudgetExhaustedWarning,
                stacklevel=4,
            )
            return _members_at(pool, weights_of(hi), hi)
        hi = min(2 * hi, MAX_BASELINE_SIZE)
    lo = hi // 2 + 1 if hi > 1 else 1
    while lo < hi:
        mid = (lo + hi) // 2
        if holds(mid):
            hi = mid
        else:
            lo = mid + 1
    return _members_at(pool, weights_of(hi), hi)


def _members_at(
    pool: NDArray[np.float64], weights: NDArray[np.float64], n_calls: int
) -> Found:
    policy = np.argmax(weights @ pool.T, axis=1)
    distinct, first = np.unique(policy, return_index=True)
    order = np.argsort(distinct)
    return Found(
        tuple(int(j) for j in distinct[order]),
        weights[first[order]],
        n_calls,
        False,
        1.0,
        np.nan,
    )
