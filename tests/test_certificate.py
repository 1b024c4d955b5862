from __future__ import annotations

import math
import multiprocessing

import highspy
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from palm import Portfolio, certificate
from palm.certificate import (
    VERTEX_MAX_TRAITS,
    Certificate,
    _additive_duals,
    _additive_guided_bounds,
    _additive_model,
    _diagram_vertices,
    _dual_bounds,
    _ratio_guided_bounds,
    _worst_additive,
    _worst_ratio,
    certify,
    gaps_at,
    pareto_mask,
    upper_hull_mask,
)
from palm.exceptions import SolverError, ValidationError
from palm.instance import concave_front, quarter_circle, quarter_circle_optimal_gap
from palm.simplex import das_dennis, sample_dirichlet


def _dense_weights(d: int, seed: int = 0) -> np.ndarray:
    lattice = das_dennis(200 if d == 2 else 30, d)
    return np.vstack([lattice, sample_dirichlet(20000, d, random_state=seed)])


def _sampled_gaps(w, members, pool, eps, delta):
    opt = (w @ np.vstack([pool, members]).T).max(axis=1)
    port = (w @ members.T).max(axis=1)
    additive = (opt - port).max()
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(port > 0, opt / port, np.where(opt > 0, np.inf, 1.0))
        ratio_d = np.where(
            port > 0, (opt - delta) / port, np.where(opt > delta, np.inf, 1.0)
        )
    mixed = (opt - (1 + eps) * port).max()
    return additive, ratio.max() - 1, mixed, ratio_d.max() - 1


def test_hand_worked_toy(toy):
    # member (0.8, 0.8) alone. At w = (1, 0): OPT = 1, PORT = 0.8, so the additive gap
    # is 0.2 and the multiplicative gap 1/0.8 - 1 = 0.25; at w = (1/2, 1/2) PORT = 0.8
    # is optimal. With eps = 0.3: 1 - 1.3 * 0.8 = -0.04, so delta_at_eps = 0. With
    # delta = 0.05: (1 - 0.05)/0.8 - 1 = 0.1875.
    cert = certify(toy[[1]], toy, eps=0.3, delta=0.05)
    assert cert.delta_hat == pytest.approx(0.2)
    assert cert.eps_hat == pytest.approx(0.25)
    assert cert.delta_at_eps == pytest.approx(0.0)
    assert cert.eps_at_delta == pytest.approx(0.1875)
    assert cert.holds is True
    assert cert.n_members == 1 and cert.n_candidates == 3
    np.testing.assert_allclose(cert.delta_witness, [1.0, 0.0], atol=1e-9)


def test_specialist_alone_has_infinite_eps_with_reason(toy):
    cert = certify(toy[[0]], toy, eps=0.3, delta=0.05)
    assert math.isinf(cert.eps_hat) and math.isinf(cert.eps_at_delta)
    assert cert.delta_hat == pytest.approx(1.0)
    assert cert.holds is False
    assert "every member has utility 0" in cert.note
    np.testing.assert_allclose(cert.eps_witness, [0.0, 1.0])


@pytest.mark.parametrize("d", [2, 3, 4])
@pytest.mark.parametrize("seed", [0, 1])
def test_T5_certificate_vs_dense_sampling(d, seed):
    rng = np.random.default_rng(seed)
    pool = rng.random((60, d)) ** 0.5
    members = pool[rng.choice(60, 3, replace=False)]
    eps, delta = 0.1, 0.05
    cert = certify(members, pool, eps=eps, delta=delta)
    w = _dense_weights(d, seed)
    additive, mult, mixed, ratio = _sampled_gaps(w, members, pool, eps, delta)
    # never below any sampled gap ...
    assert cert.delta_hat >= additive - 1e-9
    assert cert.eps_hat >= mult - 1e-9
    assert cert.delta_at_eps >= mixed - 1e-9
    assert cert.eps_at_delta >= ratio - 1e-9
    # ... and dense sampling gets close to it
    tol = 0.01 if d == 2 else 0.05
    assert cert.delta_hat <= additive + tol
    assert cert.delta_at_eps <= max(mixed, 0) + tol


@given(st.integers(0, 10**6), st.integers(2, 5))
def test_T5_witness_attains_gap(seed, d):
    rng = np.random.default_rng(seed)
    pool = rng.random((40, d))
    members = pool[rng.choice(40, 2, replace=False)]
    cert = certify(members, pool, eps=0.2, delta=0.1)
    at = gaps_at(np.array(cert.delta_witness), members, pool)[0]
    assert at == pytest.approx(cert.delta_hat, abs=1e-7)
    at_mixed = gaps_at(np.array(cert.delta_at_eps_witness), members, pool, eps=0.2)[0]
    assert max(at_mixed, 0.0) == pytest.approx(cert.delta_at_eps, abs=1e-7)
    if math.isfinite(cert.eps_hat):
        w = np.array(cert.eps_witness)
        opt = (np.vstack([pool, members]) @ w).max()
        port = (members @ w).max()
        assert opt / port - 1 == pytest.approx(cert.eps_hat, abs=1e-6)


@given(st.integers(0, 10**6))
def test_certificate_invariant_to_member_order(seed):
    rng = np.random.default_rng(seed)
    pool = rng.random((30, 3))
    members = pool[:4]
    a = certify(members, pool)
    b = certify(members[rng.permutation(4)], pool)
    assert a.delta_hat == pytest.approx(b.delta_hat, abs=1e-9)
    assert a.eps_hat == pytest.approx(b.eps_hat, abs=1e-9)


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_T4_quarter_circle_optimal_gap(k):
    # members at theta_i = (2i - 1) pi / (4K) on a fine arc reach 1/cos(pi/(4K)) - 1
    # theta_j = j (pi/2) / (n - 1) = j pi / (200 K) with n = 100 K + 1, so the
    # optimal angle (2i - 1) pi / (4K) is exactly theta_j at j = 50 (2i - 1)
    arc = quarter_circle(100 * k + 1)
    idx = [50 * (2 * i - 1) for i in range(1, k + 1)]
    cert = certify(arc[idx], arc)
    assert cert.eps_hat == pytest.approx(quarter_circle_optimal_gap(k), rel=1e-9)


@pytest.mark.parametrize("k", [1, 2, 3])
def test_T4_best_k_members_found_by_fit(k):
    arc = quarter_circle(4 * k * 25 + 1)
    p = Portfolio.fit(arc, n_members=k, delta=0.0)
    best = quarter_circle_optimal_gap(k)
    assert p.certificate.eps_hat == pytest.approx(best, rel=1e-6)
    assert p.optimal


def test_T4_no_k_members_beat_the_bound():
    # exhaustive over pairs of a coarse arc: nothing beats 1/cos(pi/8) - 1
    arc = quarter_circle(41)
    best = min(
        certify(arc[[i, j]], arc).eps_hat for i in range(41) for j in range(i + 1, 41)
    )
    assert best >= quarter_circle_optimal_gap(2) - 1e-12


def test_pareto_and_hull_masks():
    r = np.array([[1.0, 0.0], [0.4, 0.4], [0.0, 1.0], [0.6, 0.6], [0.5, 0.2]])
    assert pareto_mask(r).tolist() == [True, False, True, True, False]
    # (0.4, 0.4) is dominated; (0.6, 0.6) is above the segment from (1,0) to (0,1)
    assert upper_hull_mask(r).tolist() == [True, False, True, True, False]
    collinear = np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0]])
    assert upper_hull_mask(collinear).tolist() == [True, False, True]


def test_hull_filter_does_not_change_answer():
    rng = np.random.default_rng(5)
    pool = rng.random((80, 2))
    members = pool[:3]
    full = certify(members, pool)
    hull_only = certify(members, pool[upper_hull_mask(pool)])
    assert full.delta_hat == pytest.approx(hull_only.delta_hat, abs=1e-12)


def test_round_trip_dict_with_infinity(toy):
    cert = certify(toy[[0]], toy, eps=0.1, delta=0.1)
    again = Certificate.from_dict(cert.to_dict())
    assert again == cert
    assert cert.to_dict()["eps_hat"] == "inf"
    text = str(cert)
    assert "FAILS" in text and "PORT >= (1 - 0.1) OPT - 0.1" in text


@pytest.mark.parametrize(
    ("kwargs", "exc", "match"),
    [
        ({"eps": 0.1}, ValidationError, "eps and delta must be given together"),
        ({"eps": -0.1, "delta": 0.1}, ValidationError, "eps must be a finite number"),
        ({"relative_to": "x"}, ValidationError, "relative_to must be 'candidates'"),
    ],
)
def test_certify_errors(toy, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        certify(toy[[1]], toy, **kwargs)


def test_certify_rejects_unnormalized_rewards(toy):
    with pytest.raises(ValidationError, match=r"must lie in \[0, 1\]"):
        certify(toy[[1]] * 3, toy)
    with pytest.raises(ValidationError, match="must have 2 columns"):
        certify(toy[[1]], np.ones((3, 3)))


def test_certificate_lp_that_highs_cannot_solve_is_a_solver_error(monkeypatch):
    # d = 8 is past VERTEX_MAX_TRAITS, so the certificate solves LPs; make HiGHS
    # report every one of them infeasible
    monkeypatch.setattr(
        highspy.Highs,
        "getModelStatus",
        lambda self: highspy.HighsModelStatus.kInfeasible,
    )
    pool = concave_front(40, 8, random_state=0)
    with pytest.raises(
        SolverError,
        match=r"HiGHS could not solve a certificate LP \(status Infeasible\)\. This "
        r"is unexpected .*please report the rewards",
    ):
        certify(pool[:3], pool)


def _vertex_instance(seed: int):
    """Random pools with the awkward cases: ties, duplicates, zero traits."""
    rng = np.random.default_rng(seed)
    d, n = int(rng.integers(2, 7)), int(rng.integers(5, 120))
    kind = seed % 4
    if kind == 0:
        pool = rng.random((n, d))
    elif kind == 1:
        pool = np.round(rng.random((n, d)) * 4) / 4  # many ties
    elif kind == 2:
        pool = concave_front(n, d, random_state=seed)
    else:
        pool = rng.random((n, d))
        pool[: n // 2, 0] = 0.0  # members that score 0 on a trait
    members = pool[rng.choice(n, int(rng.integers(1, min(n, 25) + 1)), replace=False)]
    if kind == 3:
        members = np.vstack([members, members[:1]])  # a duplicate member
    return members, pool[upper_hull_mask(pool)]


@given(st.integers(0, 10**6))
def test_T5_vertex_enumeration_equals_the_lps(seed):
    """The corollary of T5: the diagram's vertices give the LPs' exact values."""
    members, hull = _vertex_instance(seed)
    assert _diagram_vertices(members) is not None
    for scale in (1.0, 1.05):
        lp = _worst_additive(members, hull, scale, collect_above=0.01)
        fast = _worst_additive(members, hull, scale, collect_above=0.01, vertices=True)
        assert fast.n_lps == 0
        assert fast.value == pytest.approx(lp.value, abs=1e-9)
        # the witness attains the value it reports
        port = (fast.witness @ members.T).max()
        assert fast.witness @ hull[fast.index] - scale * port == pytest.approx(
            fast.value, abs=1e-9
        )
        # the same candidates exceed the threshold, up to ties at it
        for one, other in ((fast.above, lp.above), (lp.above, fast.above)):
            extra = {j for _, _, j in one} - {j for _, _, j in other}
            assert all(abs(v - 0.01) < 1e-9 for v, _, j in one if j in extra)
    for delta in (0.0, 0.02):
        lp = _worst_ratio(members, hull, delta)
        fast = _worst_ratio(members, hull, delta, vertices=True)
        assert (math.isinf(lp.value) and math.isinf(fast.value)) or (
            fast.value == pytest.approx(lp.value, abs=1e-9)
        )


@given(st.integers(0, 10**6))
def test_T5_guided_dual_bounds_are_valid(seed):
    """T5 (d)4: the duals built at the diagram's vertices bound every LP from above.

    With ties (degenerate vertices) a bound may be loose, which costs an LP; it
    must never be below the value (up to HiGHS's tolerance, about 1e-7), whatever
    the corners.
    """
    members, hull = _vertex_instance(seed)
    corners = _diagram_vertices(members)
    rough = np.eye(members.shape[1])  # wrong corners: the simplex's own
    for scale in (1.0, 1.05):
        lp = [
            _worst_additive(members, hull[[j]], scale).value for j in range(len(hull))
        ]
        for guide in (corners, rough):
            bounds = _additive_guided_bounds(guide, members, hull, scale)
            assert (bounds >= np.array(lp) - 1e-7).all()
    for delta in (0.0, 0.02):
        lp = [_worst_ratio(members, hull[[j]], delta).value for j in range(len(hull))]
        for guide in (corners, rough):
            bounds = _ratio_guided_bounds(guide, members, hull, delta)
            assert not np.isnan(bounds).any()
            assert (bounds >= np.array(lp) - 1e-7).all()


def test_ratio_guided_bound_without_any_dual_is_infinite():
    """Corners whose duals all clip to 0 give no bound (inf), never NaN."""
    members = np.array([[1 / 3, 1, 0, 0], [1 / 3, 2 / 3, 0, 2 / 3]])
    cand = np.array(
        [[1 / 3, 0, 2 / 3, 1 / 3], [1 / 3, 1, 0, 0], [1 / 3, 2 / 3, 0, 2 / 3]]
    )
    guide = np.array([[0.25, 0.25, 0.25, 0.25], [0.1, 0.6, 0.0, 0.3]])
    bounds = _ratio_guided_bounds(guide, members, cand, 0.3)
    assert bounds[0] == math.inf
    assert math.isinf(_worst_ratio(members, cand, 0.3, guide=guide).value)


def test_certify_with_few_traits_needs_few_lps():
    """The guided bounds leave an LP for the worst candidates only; same numbers."""
    pool = concave_front(400, 3, random_state=2)
    members = pool[[0, 50, 100, 150, 200, 250, 300, 350]]
    fast = certify(members, pool, eps=0.02, delta=0.02)
    full = [
        _worst_additive(members, pool, 1.0),
        _worst_ratio(members, pool, 0.0),
        _worst_additive(members, pool, 1.02),
        _worst_ratio(members, pool, 0.02),
    ]
    assert fast.n_lps <= 8 < sum(w.n_lps for w in full)
    # in general position the guided bounds are the LP values themselves
    corners = _diagram_vertices(members)
    lp = [_worst_additive(members, pool[[j]], 1.02).value for j in range(400)]
    assert np.allclose(_additive_guided_bounds(corners, members, pool, 1.02), lp)
    lp = [_worst_ratio(members, pool[[j]], 0.02).value for j in range(400)]
    assert np.allclose(_ratio_guided_bounds(corners, members, pool, 0.02), lp)
    assert fast.delta_hat == pytest.approx(full[0].value, abs=1e-9)
    assert fast.eps_hat == pytest.approx(full[1].value - 1.0, abs=1e-9)
    assert fast.delta_at_eps == pytest.approx(max(full[2].value, 0.0), abs=1e-9)
    assert fast.eps_at_delta == pytest.approx(max(full[3].value - 1.0, 0.0), abs=1e-9)


def test_vertex_enumeration_falls_back_to_lps_for_many_traits():
    pool = concave_front(60, VERTEX_MAX_TRAITS + 1, random_state=0)
    members = pool[np.r_[pool.argmax(axis=0), np.arange(10)]]  # the corners covered
    assert _diagram_vertices(members) is None
    lp = _worst_additive(members, pool, 1.0)
    fast = _worst_additive(members, pool, 1.0, vertices=True)
    assert fast.n_lps == lp.n_lps > 0
    assert fast.value == lp.value


def test_lp_sweeps_split_over_threads_give_the_same_answer(monkeypatch):
    """Many traits: the LPs run in interleaved chunks, in threads; same maxima."""
    pool = concave_front(300, 9, random_state=4)
    members = pool[:20]
    split = [
        _worst_additive(members, pool, 1.02, collect_above=0.01),
        _worst_ratio(members, pool, 0.01),
        _additive_duals(members, pool, 1.02),
    ]
    monkeypatch.setattr(certificate, "LP_SPLIT_MIN_CANDIDATES", 10**9)
    whole = [
        _worst_additive(members, pool, 1.02, collect_above=0.01),
        _worst_ratio(members, pool, 0.01),
        _additive_duals(members, pool, 1.02),
    ]
    for a, b in zip(split[:2], whole[:2], strict=True):
        assert a.value == pytest.approx(b.value, abs=1e-9)
        assert a.n_lps > 0 and b.n_lps > 0
    # the same candidates are above the threshold, each with its LP value
    above = {j: v for v, _, j in split[0].above}
    assert above.keys() == {j for _, _, j in whole[0].above}
    for v, _, j in whole[0].above:
        assert above[j] == pytest.approx(v, abs=1e-9)
    assert np.allclose(split[2][0], whole[2][0], atol=1e-9)
    assert split[2][1].shape == whole[2][1].shape == (300, 20)


def _sweep_in_child(queue, members, pool):
    queue.put(_worst_additive(members, pool, 1.02).value)


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)
def test_lp_threads_survive_a_fork():
    """A process forked after a threaded sweep runs its own threads (no hang)."""
    pool = concave_front(300, 9, random_state=4)
    members = pool[:20]
    parent = _worst_additive(members, pool, 1.02).value  # starts the threads
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_sweep_in_child, args=(queue, members, pool))
    child.start()
    child.join(60)
    if child.is_alive():
        child.kill()
    assert child.exitcode == 0, "the forked child hung on the parent's threads"
    assert queue.get(timeout=5) == pytest.approx(parent, abs=1e-12)


def test_additive_duals_bound_the_lps_and_survive_dropped_members():
    pool = concave_front(80, 9, random_state=3)
    members = pool[:12]
    value, mu = _additive_duals(members, pool, 1.05)
    lp = [_worst_additive(members, pool[[j]], 1.05).value for j in range(80)]
    assert np.allclose(value, lp, atol=1e-9)
    assert (mu >= 0).all() and np.allclose(mu.sum(axis=1), 1.05)
    bounds = _dual_bounds(mu, members, pool)
    assert (bounds >= value - 1e-9).all() and np.allclose(bounds, value, atol=1e-7)
    # members switched off get dual 0, and the values are the smaller portfolio's
    model = _additive_model(members, 1.05)
    model.switch_rows(np.arange(6), on=False)
    value, mu = _additive_duals(members, pool, 1.05, model)
    lp = [_worst_additive(members[6:], pool[[j]], 1.05).value for j in range(80)]
    assert np.allclose(value, lp, atol=1e-9)
    assert (mu[:, :6] == 0).all()
