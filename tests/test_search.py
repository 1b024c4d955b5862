from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest

from palm.certificate import certify
from palm.exceptions import BudgetExhaustedWarning, ValidationError
from palm.grid import grid_size, split_budget
from palm.instance import concave_front, quarter_circle, sphere_octant
from palm.oracle import CandidateOracle, OracleCache, OracleError
from palm.search import OracleSearch, fit_oracle

# Hidden candidate sets small enough that the full grid of (eps, delta) = 0.2 stays
# a few thousand oracle calls (d = 3: grid_size of the split budget is 4,681).
HIDDEN = {
    "arc": (quarter_circle(150), 0.1),
    "octant3": (sphere_octant(80, 3, random_state=1), 0.2),
    "front3": (concave_front(120, 3, power=3.0, random_state=2), 0.2),
}


def _holds(search: OracleSearch, hidden: np.ndarray, eps: float) -> bool:
    """The members' exact certificate against the HIDDEN candidates."""
    cert = certify(search.member_rewards, hidden, eps=eps, delta=eps)
    return bool(cert.holds)


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_T6_lazy_grid_certifies_against_hidden_set(name):
    hidden, eps = HIDDEN[name]
    oracle = CandidateOracle(hidden)
    lazy = fit_oracle(oracle, hidden.shape[1], eps, eps, progress=False)
    assert lazy.strategy == "lazy" and not lazy.budget_exhausted and not lazy.noisy
    assert _holds(lazy, hidden, eps)
    assert oracle.n_calls == lazy.n_oracle_calls == len(lazy.weights)
    split = split_budget(eps, eps)
    full = grid_size(split.eps_grid, split.delta_grid, hidden.shape[1])
    assert lazy.n_oracle_calls + lazy.n_skipped == full
    assert lazy.n_oracle_calls < full


@pytest.mark.parametrize("name", ["arc", "front3"])
def test_T6_lazy_never_calls_more_than_full_grid(name):
    hidden, eps = HIDDEN[name]
    d = hidden.shape[1]
    lazy = fit_oracle(CandidateOracle(hidden), d, eps, eps, progress=False)
    oracle = CandidateOracle(hidden)
    grid = fit_oracle(oracle, d, eps, eps, strategy="grid", progress=False)
    assert grid.n_oracle_calls == oracle.n_calls
    assert lazy.n_oracle_calls <= grid.n_oracle_calls
    assert _holds(grid, hidden, eps)  # T2 + T3 for the reference algorithm


@pytest.mark.parametrize("d", [2, 3, 4, 5, 6])
def test_T6_corner_search_certifies_against_hidden_set(d):
    for hidden in (sphere_octant(40, d, random_state=d), concave_front(40, d)):
        oracle = CandidateOracle(hidden)
        corner = fit_oracle(oracle, d, 0.2, 0.2, strategy="corner", progress=False)
        assert oracle.n_calls == corner.n_oracle_calls
        assert corner.gap is not None and corner.gap <= 0.2 + 1e-9
        cert = certify(corner.member_rewards, hidden, eps=0.2, delta=0.2)
        assert cert.holds
        # the optimistic gap bounds the true one (OPT <= UB)
        assert cert.delta_at_eps <= max(corner.gap, 0.0) + 1e-7


def test_T6_corner_quarter_circle_small_eps():
    hidden = quarter_circle(200)
    corner = fit_oracle(CandidateOracle(hidden), 2, 0.05, 0.01, strategy="corner")
    assert certify(corner.member_rewards, hidden, eps=0.05, delta=0.01).holds


def test_members_are_distinct_observed_policies():
    hidden, eps = HIDDEN["octant3"]
    lazy = fit_oracle(CandidateOracle(hidden), 3, eps, eps, progress=False)
    assert len({lazy.handles[i] for i in lazy.members}) == len(lazy.members)
    assert lazy.member_handles[0].startswith("candidate-")
    np.testing.assert_allclose(lazy.member_weights.sum(axis=1), 1.0)


@pytest.mark.parametrize("strategy", ["lazy", "corner", "grid"])
def test_budget_stops_early_with_warning(strategy):
    hidden = sphere_octant(80, 3, random_state=1)
    oracle = CandidateOracle(hidden)
    with pytest.warns(BudgetExhaustedWarning, match="max_oracle_calls=4 ran out"):
        out = fit_oracle(
            oracle, 3, 0.2, 0.2, strategy=strategy, max_oracle_calls=4, progress=False
        )
    assert out.budget_exhausted and out.n_oracle_calls <= 4 and oracle.n_calls <= 4
    assert len(out.members) >= 1


def test_killed_search_resumes_without_repeating_calls(tmp_path):
    hidden, eps = HIDDEN["front3"]
    reference = fit_oracle(CandidateOracle(hidden), 3, eps, eps, progress=False)
    k = reference.n_oracle_calls // 2 + 1
    first = CandidateOracle(hidden, fail_on={k})
    with pytest.raises(OracleError, match="are cached in .*resume"):
        fit_oracle(first, 3, eps, eps, cache_dir=tmp_path, progress=False)
    assert len(OracleCache(tmp_path)) == k - 1
    second = CandidateOracle(hidden)
    resumed = fit_oracle(second, 3, eps, eps, cache_dir=tmp_path, progress=False)
    assert second.n_calls == reference.n_oracle_calls - (k - 1)
    assert resumed.n_cache_hits == k - 1
    np.testing.assert_array_equal(resumed.weights, reference.weights)
    assert resumed.members == reference.members


def test_process_pool_matches_serial():
    hidden = quarter_circle(120)
    with ProcessPoolExecutor(2) as pool:
        for strategy in ("grid", "lazy"):
            par = fit_oracle(
                CandidateOracle(hidden),
                2,
                0.1,
                0.1,
                strategy=strategy,
                executor=pool,
                progress=False,
            )
            ser = fit_oracle(
                CandidateOracle(hidden), 2, 0.1, 0.1, strategy=strategy, progress=False
            )
            np.testing.assert_array_equal(par.weights, ser.weights)
            np.testing.assert_array_equal(par.rewards, ser.rewards)
            assert par.members == ser.members and par.handles == ser.handles


@pytest.mark.parametrize("strategy", ["lazy", "grid", "corner"])
def test_noisy_oracle_completes_and_says_so(strategy):
    hidden = sphere_octant(100, 3)
    # seeded noise: with this seed some policy is worse at its own weight than one
    # observed before, for each strategy
    oracle = CandidateOracle(hidden, noise=0.3, random_state=0)
    out = fit_oracle(oracle, 3, 0.2, 0.2, strategy=strategy, progress=False)
    assert out.noisy
    assert len(out.members) >= 1 and not out.budget_exhausted


def test_plain_function_oracle():
    hidden = quarter_circle(50)

    def train(w):
        j = int(np.argmax(hidden @ w))
        return hidden[j], f"adapter-{j}"

    out = fit_oracle(train, 2, 0.2, progress=False)
    assert out.delta == 0.2 and all(h.startswith("adapter-") for h in out.handles)
    assert certify(out.member_rewards, hidden, eps=0.2, delta=0.2).holds


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"strategy": "ols"}, "strategy must be one of 'lazy', 'grid', 'corner'"),
        ({"cover": "best"}, "cover must be 'greedy', 'lazy' or 'ilp'"),
        ({"eps": 1.5}, r"eps must be in \(0, 1\); got 1.5"),
        ({"delta": 0.0}, r"delta must be in \(0, 1\); got 0.0"),
        ({"n_traits": 1}, "n_traits must be an integer >= 2"),
        ({"max_oracle_calls": 0}, "max_oracle_calls must be a positive integer"),
        ({"executor": "pool"}, "executor must be a concurrent.futures.Executor"),
        ({"grid_share": 2.0}, r"grid_share must be in \(0, 1\]"),
    ],
)
def test_fit_oracle_validates(kwargs, message):
    args = {"n_traits": 2, "eps": 0.2, **kwargs}
    with pytest.raises(ValidationError, match=message):
        fit_oracle(CandidateOracle(quarter_circle(10)), progress=False, **args)


def test_T6_lemma_u_upper_bound_is_valid_and_below_convex_bound():
    from palm.search import _UpperBound

    rng = np.random.default_rng(0)
    hidden = sphere_octant(60, 3, random_state=3)
    queried = np.vstack([np.eye(3), rng.dirichlet(np.ones(3), 5)])
    opt = (queried @ hidden.T).max(axis=1)
    ub = _UpperBound(3)
    for w, c in zip(queried, opt):
        ub.add(w, c)
    for h in rng.dirichlet(np.ones(3), 25):
        value = ub(h)
        assert (hidden @ h).max() <= value + 1e-9  # Lemma U.1: OPT <= UB
        assert value <= h @ opt[:3] + 1e-9  # Lemma U.2: below the vertex bound
    # at a queried weight the bound is tight
    assert ub(queried[4]) == pytest.approx(opt[4], abs=1e-9)


def test_progress_bar_and_per_call_logging(caplog):
    caplog.set_level("INFO", logger="palm.search")
    fit_oracle(CandidateOracle(quarter_circle(30)), 2, 0.2, progress=True)
    calls = [r for r in caplog.records if r.getMessage().startswith("oracle call")]
    assert calls and "rewards=" in calls[0].getMessage()
    assert "skipped" in calls[-1].getMessage()
