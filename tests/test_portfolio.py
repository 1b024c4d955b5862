from __future__ import annotations

import itertools
import json
import math
import os

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from palm import (
    GuaranteeError,
    PalmTypeError,
    PalmWarning,
    Portfolio,
    PortfolioFileError,
    ValidationError,
)
from palm.certificate import certify
from palm.grid import grid_size, split_budget
from palm.instance import concave_front, quarter_circle
from palm.simplex import sample_dirichlet


def _holds_at_samples(p: Portfolio, eps: float, delta: float, seed: int = 0) -> bool:
    w = np.vstack(
        [np.eye(p.n_traits), sample_dirichlet(5000, p.n_traits, random_state=seed)]
    )
    opt = (w @ p.candidate_rewards.T).max(axis=1)
    port = (w @ p.member_rewards.T).max(axis=1)
    return bool(np.all(port >= (opt - delta) / (1 + eps) - 1e-9))


def _smallest_by_brute_force(pool, eps, delta):
    for k in range(1, len(pool) + 1):
        for idx in itertools.combinations(range(len(pool)), k):
            if certify(pool[list(idx)], pool, eps=eps, delta=delta).holds:
                return k
    raise AssertionError("the whole pool always holds")


@pytest.mark.parametrize("method", ["exact", "grid", "full-grid", "uniform", "random"])
def test_every_method_meets_its_target(front3, method):
    eps = delta = 0.1
    p = Portfolio.fit(front3, eps=eps, method=method)
    assert p.certificate.holds, str(p.certificate)
    assert p.certificate.eps == eps and p.certificate.delta == delta
    assert _holds_at_samples(p, eps, delta)
    assert p.method == method


def test_T2_grid_portfolio_certified(front3):
    eps, delta = 0.2, 0.1
    p = Portfolio.fit(front3, eps=eps, delta=delta, method="grid", cover="greedy")
    assert p.certificate.holds
    split = split_budget(eps, delta)
    assert p.n_oracle_calls == grid_size(split.eps_grid, split.delta_grid, 3)
    assert len(p) <= p.n_oracle_calls
    # each member's weight is a grid point whose oracle policy is that member
    best = np.argmax(p.member_weights @ p.candidate_rewards.T, axis=1)
    np.testing.assert_array_equal(best, p.member_indices)


def test_T2_full_grid_holds_without_pruning(arc):
    p = Portfolio.fit(arc, eps=0.05, delta=0.02, method="full-grid")
    assert p.certificate.holds
    assert p.n_oracle_calls == grid_size(0.05, 0.02, 2)


def test_exact_is_smallest_and_matches_brute_force():
    pool = concave_front(14, 2, power=2.5, random_state=3)
    eps, delta = 0.02, 0.01
    p = Portfolio.fit(pool, eps=eps, delta=delta)
    assert p.optimal and p.lower_bound == len(p)
    assert len(p) == _smallest_by_brute_force(pool, eps, delta)
    for method in ("grid", "uniform", "random"):
        assert len(p) <= len(Portfolio.fit(pool, eps=eps, delta=delta, method=method))


def test_exact_greedy_cover_is_valid_but_not_smaller(front3):
    ilp = Portfolio.fit(front3, eps=0.05, cover="ilp")
    greedy = Portfolio.fit(front3, eps=0.05, cover="greedy")
    assert greedy.certificate.holds and ilp.certificate.holds
    assert len(ilp) <= len(greedy)
    assert ilp.lower_bound <= len(ilp)


@pytest.mark.parametrize("fixed", [{}, {"eps": 0.1}, {"delta": 0.0}, {"delta": 0.05}])
def test_budget_matches_brute_force(fixed):
    pool = concave_front(12, 3, random_state=11)
    k = 2
    p = Portfolio.fit(pool, n_members=k, **fixed)
    assert len(p) == k

    def gap(idx):
        c = certify(
            pool[list(idx)],
            pool,
            eps=fixed.get("eps", 0.0),
            delta=fixed.get("delta", 0.0),
        )
        return c.eps_at_delta if "delta" in fixed else c.delta_at_eps

    brute = min(gap(idx) for idx in itertools.combinations(range(len(pool)), k))
    assert gap(p.member_indices) == pytest.approx(brute, abs=1e-7)
    assert p.lower_bound <= brute + 1e-7


@pytest.mark.parametrize("k", [1, 2, 4])
def test_budget_beats_baselines(k):
    front3 = concave_front(80, 3, random_state=7)
    palm_gap = Portfolio.fit(front3, n_members=k).certificate.delta_hat
    uniform = Portfolio.fit(front3, n_members=k, method="uniform").certificate.delta_hat
    random = np.mean(
        [
            Portfolio.fit(
                front3, n_members=k, method="random", random_state=s
            ).certificate.delta_hat
            for s in range(3)
        ]
    )
    assert palm_gap <= uniform + 1e-9 and palm_gap <= random + 1e-9


def test_many_traits_without_a_grid():
    # d = 8: the grid at eps = delta = 0.15 has far more points than the pool
    pool = concave_front(150, 8, random_state=2)
    assert grid_size(*split_budget(0.15, 0.15).total(), 8) > 10**7
    p = Portfolio.fit(pool, eps=0.15)
    assert p.certificate.holds
    assert _holds_at_samples(p, 0.15, 0.15)


def test_twelve_traits_and_a_thousand_candidates_never_build_the_grid(monkeypatch):
    import palm._fit
    import palm.grid

    def no_grid(*args, **kwargs):
        raise AssertionError("method='exact' built the geometric grid")

    monkeypatch.setattr(palm.grid, "geometric_grid", no_grid)
    monkeypatch.setattr(palm._fit, "geometric_grid", no_grid)
    pool = concave_front(1000, 12, random_state=0)
    assert grid_size(*split_budget(0.1, 0.1).total(), 12) > 10**12
    p = Portfolio.fit(pool, eps=0.1, time_limit=3.0)
    assert p.certificate.holds and p.certificate.n_candidates == 1000
    assert _holds_at_samples(p, 0.1, 0.1)


def test_normalization_is_stored_and_invertible(front3):
    raw = front3 * np.array([10.0, 2.0, 0.5]) + np.array([-3.0, 1.0, 0.0])
    p = Portfolio.fit(raw, eps=0.1)
    q = Portfolio.fit((raw - raw.min(0)) / (raw.max(0) - raw.min(0)), eps=0.1)
    np.testing.assert_array_equal(p.member_indices, q.member_indices)
    np.testing.assert_allclose(p.reward_lower, raw.min(axis=0))
    np.testing.assert_allclose(p.reward_upper, raw.max(axis=0))
    np.testing.assert_allclose(p.member_raw_rewards, raw[p.member_indices])
    assert p.candidate_rewards.min() == 0.0 and p.candidate_rewards.max() == 1.0


def test_in_range_rewards_are_not_normalized(front3):
    p = Portfolio.fit(front3, eps=0.1)
    np.testing.assert_array_equal(p.reward_lower, 0.0)
    np.testing.assert_array_equal(p.reward_upper, 1.0)
    np.testing.assert_array_equal(p.candidate_rewards, front3)


def test_constant_trait_warns():
    rewards = np.array([[3.0, 5.0], [4.0, 5.0], [5.0, 5.0]])
    with pytest.warns(PalmWarning, match=r"traits \[1\] have the same reward"):
        p = Portfolio.fit(rewards, eps=0.1)
    assert p.certificate.holds


def test_select_single_and_batch(toy):
    p = Portfolio.fit(toy, eps=0.01, delta=0.01)
    assert p.member_indices.tolist() == [0, 1, 2]
    assert p.select([1.0, 0.0]) == 0
    assert p.select([0.5, 0.5]) == 1
    out = p.select([[0.0, 1.0], [0.5, 0.5]])
    assert out.tolist() == [2, 1] and out.dtype == np.int64
    np.testing.assert_allclose(p.utilities([0.5, 0.5]), [0.5, 0.8, 0.5])
    with pytest.raises(ValidationError, match="must sum to 1"):
        p.select([1.0, 1.0])


@given(st.integers(0, 10**6))
def test_select_is_the_argmax_that_carries_the_certificate(seed):
    pool = concave_front(40, 3, random_state=seed)
    p = Portfolio.fit(pool, eps=0.1)
    w = sample_dirichlet(200, 3, random_state=seed)
    chosen = p.member_rewards[p.select(w)]
    opt = (w @ pool.T).max(axis=1)
    assert np.all((w * chosen).sum(axis=1) >= (opt - 0.1) / 1.1 - 1e-9)


def test_portfolio_is_immutable(toy):
    p = Portfolio.fit(toy, eps=0.1)
    with pytest.raises(AttributeError, match="Portfolio is immutable"):
        p.certificate = None
    with pytest.raises(ValueError, match="read-only"):
        p.member_rewards[0, 0] = 5.0


def test_str_and_repr_name_traits(toy):
    p = Portfolio.fit(toy, eps=0.1, traits=["humor", "brevity"])
    assert "humor" in str(p) and "Certificate" in str(p)
    assert repr(p).startswith("Portfolio(n_members=")


def test_representative_weights_make_each_member_best(front3):
    p = Portfolio.fit(front3, eps=0.05)
    np.testing.assert_array_equal(p.select(p.member_weights), np.arange(len(p)))


# ----------------------------------------------------------------- persistence


def test_save_load_round_trip(tmp_path, front3):
    p = Portfolio.fit(front3 * 7 - 1, eps=0.1, traits=["a", "b", "c"])
    path = p.save(tmp_path / "port")
    assert path.name == "portfolio.json"
    q = Portfolio.load(tmp_path / "port")
    assert q.to_dict() == p.to_dict()
    np.testing.assert_array_equal(q.member_rewards, p.member_rewards)
    np.testing.assert_array_equal(q.candidate_rewards, p.candidate_rewards)
    assert q.certificate == p.certificate
    assert q.traits == ("a", "b", "c")
    data = json.loads(path.read_text())
    assert list(data) == sorted(data) and data["palm_version"]


def test_round_trip_keeps_infinite_values(tmp_path, toy):
    p = Portfolio.fit(toy, n_members=1, delta=0.0)
    q = Portfolio.load(p.save(tmp_path))
    assert q.certificate == p.certificate


def test_failed_save_keeps_previous_file(tmp_path, monkeypatch, toy):
    first = Portfolio.fit(toy, eps=0.1)
    first.save(tmp_path)
    before = (tmp_path / "portfolio.json").read_bytes()

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        Portfolio.fit(toy, n_members=1).save(tmp_path)
    assert (tmp_path / "portfolio.json").read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == ["portfolio.json"]


def test_save_to_a_file_path_is_an_error(tmp_path, toy):
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(ValidationError, match="must be a directory"):
        Portfolio.fit(toy, eps=0.1).save(target)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "is not valid JSON"),
        ('{"hello": 1}', "is not a palm portfolio"),
        ('{"format": "palm.portfolio", "format_version": 99}', "format_version 99"),
        ('{"format": "palm.portfolio", "format_version": 1}', "a field is missing"),
    ],
)
def test_load_corrupted_or_foreign(tmp_path, content, match):
    (tmp_path / "portfolio.json").write_text(content)
    with pytest.raises(PortfolioFileError, match=match):
        Portfolio.load(tmp_path)


def test_load_inconsistent_members(tmp_path, toy):
    path = Portfolio.fit(toy, eps=0.1).save(tmp_path)
    data = json.loads(path.read_text())
    data["members"][0]["rewards"] = [0.123, 0.456]
    path.write_text(json.dumps(data))
    with pytest.raises(PortfolioFileError, match="inconsistent"):
        Portfolio.load(tmp_path)


def test_load_missing(tmp_path):
    with pytest.raises(PortfolioFileError, match="no saved portfolio"):
        Portfolio.load(tmp_path / "nothing")
    (tmp_path / "portfolio.json").mkdir()  # a directory where the file should be
    with pytest.raises(PortfolioFileError, match="no saved portfolio"):
        Portfolio.load(tmp_path)


def _edit_saved(tmp_path, toy, edit):
    path = Portfolio.fit(toy, eps=0.1).save(tmp_path)
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (
            lambda d: d["candidate_rewards"][1].__setitem__(0, 7.0),
            r"candidate_rewards must lie in \[0, 1\]",
        ),
        (
            lambda d: d["candidate_rewards"][1].__setitem__(0, "NaN"),
            "candidate_rewards must be finite",
        ),
        (lambda d: d.__setitem__("traits", ["a", "a"]), "trait names must be unique"),
        (
            lambda d: d["members"][0].__setitem__("candidate", -1),
            r"indices must be in \[0, 3\)",
        ),
        (
            lambda d: d["members"][0].__setitem__("weight", [5.0, -3.0]),
            "member weights",
        ),
    ],
)
def test_load_rejects_edited_files(tmp_path, toy, edit, match):
    _edit_saved(tmp_path, toy, edit)
    with pytest.raises(PortfolioFileError, match="inconsistent") as info:
        Portfolio.load(tmp_path)
    assert info.match(match)


def test_load_verify_recomputes_the_certificate(tmp_path, toy):
    Portfolio.fit(toy, eps=0.1).save(tmp_path)
    assert Portfolio.load(tmp_path, verify=True).certificate.holds
    _edit_saved(
        tmp_path / "b",
        toy,
        lambda d: d["certificate"].__setitem__("delta_hat", 0.5),
    )
    Portfolio.load(tmp_path / "b")  # structure is fine
    with pytest.raises(PortfolioFileError, match="stored delta_hat is 0.5"):
        Portfolio.load(tmp_path / "b", verify=True)


# ---------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("rewards", "kwargs", "exc", "match"),
    [
        (
            np.ones(5),
            {"eps": 0.1},
            ValidationError,
            r"shape \(n_candidates, n_traits\) .*got \(5,\)",
        ),
        (
            np.ones((4, 1)),
            {"eps": 0.1},
            ValidationError,
            r"n_traits >= 2; got \(4, 1\)",
        ),
        ([[0.1, np.nan]], {"eps": 0.1}, ValidationError, r"rows \[0\] contain NaN"),
        ([[0.1, np.inf]], {"eps": 0.1}, ValidationError, "must be finite"),
        ("abc", {"eps": 0.1}, PalmTypeError, "numpy cannot read as numbers"),
        (None, {"eps": 1.5}, ValidationError, r"eps must be in \(0, 1\); got 1\.5"),
        (None, {"eps": 0.0}, ValidationError, r"eps must be in \(0, 1\); got 0\.0"),
        (
            None,
            {"eps": 0.1, "delta": 1.0},
            ValidationError,
            r"delta must be in \(0, 1\)",
        ),
        (None, {}, ValidationError, "pass eps .* or n_members"),
        (
            None,
            {"n_members": 0},
            ValidationError,
            "n_members must be a positive integer",
        ),
        (
            None,
            {"n_members": 2, "eps": 0.1, "delta": 0.1},
            ValidationError,
            "fix at most one",
        ),
        (None, {"n_members": 2, "method": "grid"}, ValidationError, "takes a target"),
        (
            None,
            {"eps": 0.1, "method": "magic"},
            ValidationError,
            "method must be one of",
        ),
        (None, {"eps": 0.1, "cover": "magic"}, ValidationError, "cover must be"),
        (
            None,
            {"eps": 0.1, "traits": ["a", "a"]},
            ValidationError,
            r"duplicates \['a'\]",
        ),
        (
            None,
            {"eps": 0.1, "traits": ["a"]},
            ValidationError,
            "2 columns but 1 traits",
        ),
        (None, {"eps": 0.1, "traits": "ab"}, PalmTypeError, "Wrap it in a list"),
        (
            None,
            {"eps": 0.1, "traits": ["a", 3]},
            PalmTypeError,
            "each trait must be a name",
        ),
        (None, {"eps": 0.1, "normalize": "yes"}, ValidationError, "normalize must be"),
        (
            None,
            {"eps": "0.1"},
            PalmTypeError,
            r"eps must be a number in \(0, 1\); got '0\.1'\.",
        ),
        (
            None,
            {"eps": 0.1, "grid_share": 7},
            ValidationError,
            r"grid_share must be in \(0, 1\]; got 7\. It is the grid's share",
        ),
        (
            None,
            {"eps": 0.1, "grid_share": 0.0},
            ValidationError,
            r"grid_share must be in \(0, 1\]; got 0\.0\.",
        ),
        (
            None,
            {"eps": 0.1, "method": "grid", "grid_share": "x"},
            PalmTypeError,
            r"grid_share must be a number in \(0, 1\]; got 'x'\. .*default 0\.5",
        ),
        (
            None,
            {"eps": 0.1, "random_state": 1.5},
            PalmTypeError,
            r"random_state must be an integer seed or None; got 1\.5\. Pass an int",
        ),
        (
            None,
            {"eps": 0.1, "random_state": np.random.default_rng(0)},
            PalmTypeError,
            r"random_state must be an integer seed or None; got Generator",
        ),
        (
            None,
            {"eps": 0.1, "random_state": -1},
            ValidationError,
            r"random_state must be a non-negative integer seed or None; got -1\.",
        ),
    ],
)
def test_fit_errors(toy, rewards, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        Portfolio.fit(toy if rewards is None else rewards, **kwargs)


def test_fit_errors_subclass_valueerror(toy):
    with pytest.raises(ValueError):
        Portfolio.fit(toy, eps=2.0)


def test_grid_certificate_that_fails_is_a_guarantee_error(toy, failing_certify):
    """T2/T3 promise the grid portfolio holds; a failing certificate is a bug."""
    with pytest.raises(
        GuaranteeError,
        match=r"the grid portfolio fails its \(eps=0\.1, delta=0\.1\) target: "
        r"smallest delta at eps is .* at weight .*Theorems T2/T3 promise it holds",
    ):
        Portfolio.fit(toy, eps=0.1, method="grid")


def test_numpy_seed_is_stored_as_an_int_and_saves(tmp_path, toy):
    p = Portfolio.fit(toy, eps=0.1, method="random", random_state=np.int64(3))
    assert type(p.params["random_state"]) is int and p.params["random_state"] == 3
    q = Portfolio.load(p.save(tmp_path))
    assert q.params["random_state"] == 3


def test_grid_share_is_stored_as_a_float(toy):
    p = Portfolio.fit(toy, eps=0.1, method="grid", grid_share=np.float32(0.25))
    assert type(p.params["grid_share"]) is float and p.params["grid_share"] == 0.25


def test_normalize_false_rejects_out_of_range(toy):
    with pytest.raises(
        ValidationError, match=r"must lie in \[0, 1\] with normalize=False"
    ):
        Portfolio.fit(toy * 3, eps=0.1, normalize=False)


def test_recertify_against_other_targets(arc):
    p = Portfolio.fit(arc, eps=0.05, delta=0.01)
    assert p.recertify(0.05, 0.01).holds
    tight = p.recertify(0.001, 0.0)
    assert tight.holds is False and tight.delta_at_eps > 0
    assert math.isclose(tight.eps_hat, p.certificate.eps_hat)


def test_quarter_circle_needs_members_on_the_arc(arc):
    p = Portfolio.fit(arc, eps=0.01, delta=1e-6)
    # T4: a multiplicative 0.01-portfolio on the arc needs ceil(pi / (4 acos(1/1.01)))
    assert len(p) >= math.ceil(math.pi / (4 * math.acos(1 / 1.01)))
    assert quarter_circle(3).shape == (3, 2)
