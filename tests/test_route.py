from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import palm
from palm.estimator import EstimatorWarning, LexicalEstimator, WeightEstimate
from palm.exceptions import PalmTypeError, ValidationError
from palm.route import DEFAULT_THRESHOLD, Route, prior_best, route
from palm.trait import Trait

TRAITS = ("humor", "conciseness")
# member 0 is funny and long, member 1 is short and dry, member 2 is in between
REWARDS = np.array([[1.0, 0.1], [0.1, 1.0], [0.6, 0.6]])


class StandIn:
    """The attributes of a fitted palm.Portfolio that routing reads."""

    def __init__(self, rewards=REWARDS, traits=TRAITS, specs=None):
        self.member_rewards = np.asarray(rewards, dtype=float)
        self.traits = tuple(traits)
        self.trait_specs = tuple(specs) if specs is not None else tuple(traits)

    def __len__(self):
        return len(self.member_rewards)


@pytest.fixture
def portfolio():
    p = palm.Portfolio.fit(REWARDS, n_members=len(REWARDS), traits=list(TRAITS))
    np.testing.assert_array_equal(p.member_rewards, REWARDS)  # every row, in order
    return p


def test_portfolio_route_method_delegates_here(portfolio):
    assert portfolio.route("Loves jokes.") == route(portfolio, "Loves jokes.")
    assert portfolio.route([0.1, 0.9], threshold=0.5).member == 1


def test_evidence_uses_the_portfolio_trait_names():
    p = palm.Portfolio.fit(REWARDS, n_members=3, traits=["humor", "brevity"])
    r = route(p, "Wants short answers.")
    assert r.traits == ("humor", "brevity")
    assert [e.trait for e in r.evidence] == ["brevity"]


def test_custom_trait_objects_survive_save_and_load(tmp_path):
    sarcasm = Trait("sarcasm", positive=["sarcastic"], negative=["sincere"])
    p = palm.Portfolio.fit(REWARDS, n_members=3, traits=[sarcasm, "brevity"])
    p.save(tmp_path / "p")
    loaded = palm.Portfolio.load(tmp_path / "p")
    assert route(loaded, "Loves sarcastic replies.") == route(
        p, "Loves sarcastic replies."
    )
    assert route(loaded, "Loves sarcastic replies.").member == 0


def test_text_routes_to_the_argmax_of_estimated_utility(portfolio):
    r = route(portfolio, "Loves jokes; long answers are fine.")
    assert isinstance(r, Route)
    np.testing.assert_allclose(r.utilities, portfolio.member_rewards @ r.weights)
    assert r.member == int(np.argmax(r.utilities)) == 0
    assert not r.fallback and r.method == "lexical" and r.traits == TRAITS
    assert r.evidence and r.evidence[0].trait == "humor"
    assert route(portfolio, "Short answers only, no jokes.").member == 1


def test_a_list_of_summaries_gives_a_list_of_routes(portfolio):
    routes = route(portfolio, ["Loves puns.", "Brief, please.", "Hikes a lot."])
    assert [r.member for r in routes] == [0, 1, 2]
    assert [r.fallback for r in routes] == [False, False, True]
    arr = route(portfolio, np.array(["Loves puns.", "Brief, please."]))
    assert [r.member for r in arr] == [0, 1]


def test_weight_vectors_route_directly(portfolio):
    r = route(portfolio, [0.9, 0.1])
    assert r.member == 0 and r.method == "weights" and r.confidence == 1.0
    assert r.evidence == () and not r.fallback
    np.testing.assert_allclose(r.weights, [0.9, 0.1])
    batch = route(portfolio, np.array([[0.9, 0.1], [0.1, 0.9], [0.5, 0.5]]))
    assert [b.member for b in batch] == [0, 1, 2]
    # a weight vector routes like the same weights given by a text estimate would
    assert route(portfolio, (0.5, 0.5)).member == prior_best(portfolio)


def test_trait_silent_text_falls_back_to_the_prior(portfolio):
    r = route(portfolio, "Lives in Lisbon and collects vinyl records.")
    assert r.fallback and r.confidence == 0.0
    np.testing.assert_array_equal(r.weights, [0.5, 0.5])
    assert r.member == prior_best(portfolio) == 2


def test_threshold_controls_the_fallback(portfolio):
    text = "Slightly prefers jokes."
    low = route(portfolio, text, threshold=0.0)
    high = route(portfolio, text, threshold=0.99)
    assert not low.fallback and high.fallback
    assert high.member == prior_best(portfolio)
    assert route(portfolio, text).fallback == (low.confidence < DEFAULT_THRESHOLD)


def test_prior_moves_the_estimate_and_the_fallback_member(portfolio):
    prior = [0.8, 0.2]
    r = route(portfolio, "Enjoys hiking.", prior=prior)
    assert r.fallback and r.member == prior_best(portfolio, prior) == 0
    a = route(portfolio, "Likes short answers.", prior=prior).weights
    b = route(portfolio, "Likes short answers.").weights
    assert a[0] > b[0]


class FixedEstimator:
    method = "fixed"

    def __init__(self, weights, confidence=0.9):
        self.weights = weights
        self.confidence = confidence
        self.calls = []

    def estimate(self, text, traits, *, prior=None):
        self.calls.append((text, tuple(t.name for t in traits), prior))
        return WeightEstimate(
            np.asarray(self.weights),
            self.confidence,
            (),
            ("humor", "conciseness"),
            np.zeros(2),
            self.method,
        )


def test_custom_estimator_is_used(portfolio):
    est = FixedEstimator([0.0, 1.0])
    r = route(portfolio, "Loves puns.", estimator=est)
    assert r.member == 1 and r.method == "fixed"
    text, names, prior = est.calls[0]
    assert text == "Loves puns." and names == TRAITS
    np.testing.assert_array_equal(prior, [0.5, 0.5])
    assert route(portfolio, "x", estimator=FixedEstimator([0.0, 1.0], 0.05)).fallback


def test_custom_traits_route_by_their_anchors():
    sarcasm = Trait("sarcasm", positive=["sarcastic"], negative=["sincere"])
    p = StandIn(REWARDS, ("sarcasm", "conciseness"), specs=(sarcasm, "brevity"))
    assert route(p, "Loves sarcastic replies.").member == 0
    assert route(p, "Prefers sincere, brief replies.").member == 1


def test_anchorless_traits_raise_naming_what_to_pass():
    p = StandIn(REWARDS, ("trait_0", "trait_1"))
    with pytest.raises(
        ValidationError, match=r"'trait_0', 'trait_1' have no anchor"
    ) as e:
        route(p, "Loves jokes.")
    assert "traits=[...]" in str(e.value) and "Trait('trait_0'" in str(e.value)
    assert route(p, [0.2, 0.8]).member == 1  # weights need no anchors


def test_long_text_is_truncated_with_a_warning(portfolio):
    with pytest.warns(EstimatorWarning, match="only the first"):
        r = route(portfolio, "Loves jokes. " + "blah " * 10_000)
    assert r.truncated and r.member == 0


def test_route_is_frozen_read_only_and_serializable(portfolio):
    r = route(portfolio, "Loves jokes.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.member = 1  # type: ignore[misc]
    with pytest.raises(ValueError, match="read-only"):
        r.weights[0] = 0.0
    data = json.loads(json.dumps(r.to_dict()))
    assert data["member"] == 0 and data["evidence"][0]["cues"] == ["jokes"]
    text = str(r)
    assert text.startswith("member 0 (confidence") and "+humor" in text
    assert r == route(portfolio, "Loves jokes.")
    assert r != route(portfolio, "Loves brevity.")


def test_fallback_is_visible_in_the_text(portfolio):
    assert "fell back to the prior-best member" in str(route(portfolio, "Likes dogs."))


@pytest.mark.parametrize(
    ("x", "exc", "match"),
    [
        ("", ValidationError, "summary is empty"),
        (None, PalmTypeError, "summary must be a str"),
        (b"jokes", PalmTypeError, "Decode it first"),
        ({"humor": 1}, PalmTypeError, "summary must be a str"),
        (5, PalmTypeError, "got the number 5"),
        (["Loves jokes.", 0.5], PalmTypeError, "only summaries .* or only numbers"),
        ([0.5, 0.3, 0.2], ValidationError, "weights must have 2 entries"),
        ([0.9, 0.9], ValidationError, "weights must sum to 1"),
        ([1.5, -0.5], ValidationError, "weights must be non-negative"),
        ([[0.5, 0.5], [0.7]], PalmTypeError, "route takes a summary"),
        (object(), PalmTypeError, "route takes a summary"),
    ],
)
def test_bad_inputs(portfolio, x, exc, match):
    with pytest.raises(exc, match=match):
        route(portfolio, x)


@pytest.mark.parametrize(
    ("kwargs", "exc", "match"),
    [
        (
            {"threshold": 1.5},
            ValidationError,
            r"threshold must be in \[0, 1\]; got 1.5",
        ),
        ({"threshold": "high"}, ValidationError, "threshold must be a number"),
        ({"prior": [1.0]}, ValidationError, "prior must have 2 entries"),
        ({"estimator": "lexical"}, PalmTypeError, "estimator must have an estimate"),
    ],
)
def test_bad_parameters(portfolio, kwargs, exc, match):
    with pytest.raises(exc, match=match):
        route(portfolio, "Loves jokes.", **kwargs)


def test_estimator_must_return_a_weight_estimate(portfolio):
    class Bad:
        def estimate(self, text, traits, *, prior=None):
            return [0.5, 0.5]

    with pytest.raises(
        PalmTypeError, match="must return a palm.estimator.WeightEstimate"
    ):
        route(portfolio, "Loves jokes.", estimator=Bad())


def test_bad_portfolios():
    with pytest.raises(PalmTypeError, match="fitted palm.Portfolio"):
        route(object(), "Loves jokes.")
    with pytest.raises(ValidationError, match=r"member_rewards must have shape"):
        route(StandIn([1.0, 0.0]), "Loves jokes.")
    with pytest.raises(ValidationError, match="3 trait names"):
        route(StandIn(REWARDS, ("humor", "conciseness", "empathy")), "Loves jokes.")
    p = StandIn(REWARDS, TRAITS, specs=("humor", "conciseness", "empathy"))
    with pytest.raises(ValidationError, match="trait_specs has 3 traits"):
        route(p, "Loves jokes.")


def test_default_estimator_matches_an_explicit_one(portfolio):
    text = "Above all brief; dislikes jokes."
    assert route(portfolio, text) == route(
        portfolio, text, estimator=LexicalEstimator()
    )


# ----------------------------------------------------- T7: the cost of an estimate


def test_T7_posterior_mean_is_bayes_optimal():
    """Against a discrete posterior over w, the member of the posterior mean has
    the largest expected utility (T7 (a))."""
    rng = np.random.default_rng(0)
    for _ in range(200):
        rewards = rng.random((int(rng.integers(2, 8)), 4))
        samples = rng.dirichlet(np.full(4, 0.5), size=int(rng.integers(1, 30)))
        probs = rng.dirichlet(np.ones(len(samples)))
        mean = probs @ samples
        expected = probs @ (samples @ rewards.T)  # E[w . r_m] per member
        member = route(_Members(rewards), mean).member
        assert expected[member] == pytest.approx(expected.max(), abs=1e-12)


@settings(max_examples=300, deadline=None)
@given(
    rewards=arrays(np.float64, (5, 3), elements=st.floats(0, 1)),
    w=arrays(np.float64, 3, elements=st.floats(0, 1)),
    w_hat=arrays(np.float64, 3, elements=st.floats(0, 1)),
)
def test_T7_routing_regret_at_most_the_l1_error(rewards, w, w_hat):
    """Routing by any estimate loses at most ||w - w_hat||_1 of utility, and at
    most ||w - w_hat||_1 times half the range of r_best - r_routed (T7 (b))."""
    assume(w.sum() > 1e-3 and w_hat.sum() > 1e-3)
    w, w_hat = w / w.sum(), w_hat / w_hat.sum()
    routed = route(_Members(rewards), w_hat, threshold=0.0).member
    utilities = rewards @ w
    best = int(np.argmax(utilities))
    loss = utilities[best] - utilities[routed]
    gap = rewards[best] - rewards[routed]
    l1 = float(np.abs(w - w_hat).sum())
    assert loss <= l1 * 0.5 * (gap.max() - gap.min()) + 1e-9
    assert loss <= l1 + 1e-9


def test_T7_bound_is_tight_in_the_limit():
    members = _Members(np.array([[1.0, 0.0], [0.0, 1.0]]))
    t, eta = 0.2, 1e-9
    w = np.array([0.5 + t, 0.5 - t])
    w_hat = np.array([0.5 - eta, 0.5 + eta])
    member = route(members, w_hat).member
    loss = w @ members.member_rewards[0] - w @ members.member_rewards[member]
    assert loss == pytest.approx(np.abs(w - w_hat).sum(), abs=1e-8)


def test_T7_certificate_and_routing_compose(front3):
    """The routed member of a certified portfolio gives every user at least
    (OPT(w) - delta) / (1 + eps) - ||w - w_hat||_1 (T7 (c))."""
    portfolio = palm.Portfolio.fit(front3, eps=0.05)
    assert portfolio.certificate.holds
    rng = np.random.default_rng(1)
    users = rng.dirichlet(np.ones(3), size=500)
    noisy = np.array([rng.dirichlet(50 * w + 0.1) for w in users])
    opt = (users @ portfolio.candidate_rewards.T).max(axis=1)
    routed = [r.member for r in portfolio.route(list(noisy))]
    got = np.einsum("ij,ij->i", users, portfolio.member_rewards[routed])
    bound = (opt - 0.05) / 1.05 - np.abs(users - noisy).sum(axis=1)
    assert np.all(got >= bound - 1e-9)
    # and the bound is not vacuous: most users are within it by a small margin
    assert np.mean(bound > 0.5) > 0.5


class _Members:
    """The minimal portfolio interface route() needs."""

    def __init__(self, rewards):
        self.member_rewards = np.asarray(rewards, dtype=float)
        self.traits = tuple(f"t{k}" for k in range(self.member_rewards.shape[1]))


# ------------------------------------------------------------ many summaries

SUMMARIES = [
    "Loves jokes and playful banter.",
    "Short answers, please; no jokes.",
    "Enjoys hiking.",
    "Wants thorough, detailed answers with a joke now and then.",
    "Brevity above all.",
] * 3


def test_routes_on_worker_processes_are_the_routes_of_one(portfolio):
    serial = route(portfolio, SUMMARIES)
    assert route(portfolio, SUMMARIES, n_jobs=2) == serial
    assert portfolio.route(SUMMARIES, n_jobs=-1) == serial
    assert route(portfolio, SUMMARIES, n_jobs=1) == serial


def test_estimate_many_matches_estimate_one_by_one():
    from palm.estimator import estimate_many

    est = LexicalEstimator()
    prior = np.array([0.7, 0.3])
    one = [est.estimate(t, TRAITS, prior=prior) for t in SUMMARIES]
    many = estimate_many(est, SUMMARIES, TRAITS, prior=prior, n_jobs=2)
    assert len(many) == len(one)
    for a, b in zip(one, many):
        np.testing.assert_array_equal(a.weights, b.weights)
        np.testing.assert_array_equal(a.scores, b.scores)
        assert a.evidence == b.evidence and a.confidence == b.confidence
    assert estimate_many(est, [], TRAITS, n_jobs=2) == []


def test_workers_warnings_are_issued_here(portfolio):
    est = LexicalEstimator(max_chars=20)
    with pytest.warns(EstimatorWarning, match="only the first 20"):
        routes = route(portfolio, SUMMARIES[:4], estimator=est, n_jobs=2)
    assert [r.truncated for r in routes] == [True, True, False, True]


@pytest.mark.parametrize(
    ("n_jobs", "error", "match"),
    [
        (0, ValidationError, "positive number of processes or -1"),
        (-2, ValidationError, "positive number of processes or -1"),
        ("2", PalmTypeError, "n_jobs must be an int"),
        (True, PalmTypeError, "n_jobs must be an int"),
        (1.5, PalmTypeError, "n_jobs must be an int"),
    ],
)
def test_bad_n_jobs_is_named(portfolio, n_jobs, error, match):
    with pytest.raises(error, match=match):
        route(portfolio, SUMMARIES, n_jobs=n_jobs)


def test_bad_summaries_are_named_before_workers_start(portfolio):
    with pytest.raises(ValidationError, match="summary is empty"):
        route(portfolio, ["Loves jokes.", "  "], n_jobs=2)
    with pytest.raises(PalmTypeError, match="only summaries .str. or only numbers"):
        route(portfolio, ["Loves jokes.", b"bytes"], n_jobs=2)
    from palm.estimator import estimate_many

    with pytest.raises(PalmTypeError, match="summary must be a str"):
        estimate_many(LexicalEstimator(), ["Loves jokes.", b"bytes"], TRAITS, n_jobs=2)


def test_an_estimator_that_does_not_pickle_is_named(portfolio):
    from palm.estimator import JudgeEstimator

    answer = '{"weights": {"humor": 0.8, "conciseness": 0.2}, "confidence": 0.9}'
    judge = JudgeEstimator(lambda prompt: answer)
    with pytest.raises(PalmTypeError, match="does not pickle.*n_jobs=1"):
        route(portfolio, SUMMARIES, estimator=judge, n_jobs=2)
    assert len(route(portfolio, SUMMARIES, estimator=judge)) == len(SUMMARIES)
