"""Portfolio.fit with an oracle in place of the rewards matrix (issue 4, T6)."""

from __future__ import annotations

import numpy as np
import pytest

from palm import (
    BudgetExhaustedWarning,
    GuaranteeError,
    PalmTypeError,
    Portfolio,
    ValidationError,
    certify,
)
from palm.instance import concave_front, quarter_circle
from palm.oracle import CandidateOracle, OracleError

TRAITS = ["humor", "brevity", "safety"]


@pytest.mark.parametrize("strategy", ["lazy", "corner"])
def test_T6_oracle_fit_certifies_against_the_hidden_set(strategy):
    hidden = concave_front(150, 3, random_state=4)
    oracle = CandidateOracle(hidden)
    p = Portfolio.fit(oracle, eps=0.1, traits=TRAITS, strategy=strategy)
    assert certify(p.member_rewards, hidden, eps=0.1, delta=0.1).holds
    assert p.certificate.holds and p.certificate.relative_to == "observed"
    assert p.method == f"oracle-{strategy}"
    assert p.n_oracle_calls >= oracle.n_calls  # cache hits are counted too
    # each handle names the hidden candidate whose rewards the member has
    for handle, r in zip(p.member_handles, p.member_rewards):
        j = int(handle.split("-")[1])
        np.testing.assert_allclose(hidden[j], r)


def test_lazy_calls_far_fewer_than_the_grid():
    hidden = quarter_circle(200)
    lazy = CandidateOracle(hidden)
    grid = CandidateOracle(hidden)
    Portfolio.fit(lazy, eps=0.05, traits=TRAITS[:2], strategy="lazy")
    Portfolio.fit(grid, eps=0.05, traits=TRAITS[:2], strategy="grid")
    assert lazy.n_calls * 10 <= grid.n_calls


def test_handles_survive_save_and_load(tmp_path):
    p = Portfolio.fit(CandidateOracle(quarter_circle(50)), eps=0.1, traits=["a", "b"])
    q = Portfolio.load(p.save(tmp_path))
    assert q.member_handles == p.member_handles
    assert all(h.startswith("candidate-") for h in q.member_handles)
    assert q.to_dict() == p.to_dict()


def test_matrix_fits_have_no_handles(toy):
    assert Portfolio.fit(toy, eps=0.1).member_handles == (None, None, None)


def test_budget_stops_early_and_says_so():
    hidden = concave_front(100, 3, random_state=2)
    with pytest.warns(BudgetExhaustedWarning):
        p = Portfolio.fit(
            CandidateOracle(hidden), eps=0.05, traits=TRAITS, max_oracle_calls=4
        )
    assert p.params["budget_exhausted"] is True
    assert "max_oracle_calls=4" in p.certificate.note


def test_noisy_oracle_completes_and_the_certificate_says_so():
    hidden = concave_front(100, 2, random_state=3)
    p = Portfolio.fit(CandidateOracle(hidden, noise=0.05), eps=0.1, traits=["a", "b"])
    # with this seed some call returns a policy worse than one already seen
    assert p.params["noisy"] is True
    assert "noisy oracle" in p.certificate.note
    assert p.certificate.relative_to == "observed"


def test_crash_then_resume_repeats_no_finished_call(tmp_path):
    hidden = concave_front(120, 3, random_state=5)
    reference = CandidateOracle(hidden)
    Portfolio.fit(reference, eps=0.1, traits=TRAITS, cache_dir=tmp_path / "ref")
    n_total = reference.n_calls
    crashing = CandidateOracle(hidden, fail_on={n_total // 2})
    with pytest.raises(OracleError, match="rerun"):
        Portfolio.fit(crashing, eps=0.1, traits=TRAITS, cache_dir=tmp_path / "c")
    finished = crashing.n_calls - 1
    resumed = CandidateOracle(hidden)
    p = Portfolio.fit(resumed, eps=0.1, traits=TRAITS, cache_dir=tmp_path / "c")
    assert resumed.n_calls == n_total - finished
    assert certify(p.member_rewards, hidden, eps=0.1, delta=0.1).holds


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"eps": 0.1}, "with an oracle, pass traits"),
        ({"traits": ["a", "b"]}, "pass a target eps"),
        ({"traits": ["a", "b"], "n_members": 2}, "n_members budgets need a rewards"),
        ({"traits": ["a", "b"], "eps": 1.5}, r"eps must be in \(0, 1\)"),
    ],
)
def test_oracle_fit_errors(kwargs, match):
    with pytest.raises(ValidationError, match=match):
        Portfolio.fit(CandidateOracle(quarter_circle(10)), **kwargs)


def test_oracle_fit_traits_must_not_be_a_string():
    with pytest.raises(
        PalmTypeError,
        match=r"traits must be a sequence of names; got the string 'ab'\. Wrap it",
    ):
        Portfolio.fit(CandidateOracle(quarter_circle(10)), eps=0.1, traits="ab")


def test_oracle_certificate_that_fails_is_a_guarantee_error(failing_certify):
    """T6 promises an exact oracle's portfolio holds; a failing one is a bug."""
    with pytest.raises(
        GuaranteeError,
        match=r"the lazy oracle portfolio fails its \(eps=0\.1, delta=0\.1\) target "
        r"against the observed policies: .*Theorem T6 promises it holds",
    ):
        Portfolio.fit(CandidateOracle(quarter_circle(20)), eps=0.1, traits=["a", "b"])
