from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from palm.estimator import LEXICAL_LINK
from palm.exceptions import ValidationError
from palm.link import DEFAULT_KNOTS, ScoreLink

SCORES = st.lists(
    st.floats(-4, 4, allow_nan=False).map(lambda x: round(x, 2)), min_size=2, max_size=6
)


def test_linear_link_by_hand():
    # f(z) = z / T above 0 and κ z / T below; T = 2, κ = 3: f(-1) = -1.5, f(4) = 2,
    # and beyond the knots the end slopes continue: f(-2) = -3
    link = ScoreLink.linear(temperature=2.0, negative_scale=3.0)
    np.testing.assert_allclose(link.logits([-2.0, -1.0, 0.0, 4.0]), [-3, -1.5, 0, 2])
    # z = (1, 0): softmax(0.5, 0) = (e^0.5 / (e^0.5 + 1), ...) = (0.62246, 0.37754);
    # the confidence 1 - exp(-1 / 0.25) does not enter the weights
    np.testing.assert_allclose(link.weights([1.0, 0.0]), [0.62246, 0.37754], atol=1e-5)
    assert link.confidence([1.0, 0.0]) == pytest.approx(1 - np.exp(-4))


def test_piecewise_values_between_knots():
    link = ScoreLink((-1.0, 0.0, 0.5, 2.0), (-2.0, 0.0, 1.0, 1.3))
    # between 0.5 and 2: 1 + 0.3 * (1.0 - 0.5) / 1.5 = 1.1; beyond 2: slope 0.2
    np.testing.assert_allclose(link.logits([0.25, 1.0, 3.0, -3.0]), [0.5, 1.1, 1.5, -6])


@settings(max_examples=60, deadline=None)
@given(SCORES, st.data())
def test_weights_on_simplex_equivariant_and_monotone(z, data):
    z = np.array(z)
    w = LEXICAL_LINK.weights(z)
    assert w.min() >= 0 and w.sum() == pytest.approx(1.0)
    perm = np.array(data.draw(st.permutations(range(len(z)))))
    np.testing.assert_allclose(LEXICAL_LINK.weights(z[perm]), w[perm], atol=1e-12)
    # raising one trait's score never lowers its weight
    k = data.draw(st.integers(0, len(z) - 1))
    up = z.copy()
    up[k] += data.draw(st.floats(0.01, 3))
    assert LEXICAL_LINK.weights(up)[k] >= w[k] - 1e-12


def test_silence_keeps_the_prior():
    prior = np.array([0.5, 0.3, 0.2])
    np.testing.assert_allclose(LEXICAL_LINK.weights(np.zeros(3), prior), prior)
    # a silent trait keeps its prior share relative to the other silent traits
    w = LEXICAL_LINK.weights([2.0, 0.0, 0.0], prior)
    assert w[1] / w[2] == pytest.approx(1.5)
    # a zero prior stays zero whatever the text says
    w = LEXICAL_LINK.weights([0.0, 2.0, 0.0], [0.5, 0.0, 0.5])
    assert w[1] == 0.0 and w.sum() == pytest.approx(1.0)


def test_batch_rows_match_single_vectors():
    z = np.array([[1.0, -1.0, 0.0], [0.0, 0.0, 0.0], [2.5, 0.5, -0.5]])
    batch = LEXICAL_LINK.weights(z)
    for row, w in zip(z, batch):
        np.testing.assert_allclose(LEXICAL_LINK.weights(row), w)
    np.testing.assert_allclose(
        LEXICAL_LINK.confidence(z), [LEXICAL_LINK.confidence(r) for r in z]
    )


def test_fit_recovers_the_link_that_made_the_weights():
    # cross-entropy is a proper scoring rule: when the weights are the link's own
    # predictions, that link is the unique best fit
    true = ScoreLink(DEFAULT_KNOTS, (-3.0, -0.5, 0.0, 0.4, 0.9, 1.5))
    rng = np.random.default_rng(0)
    z = rng.choice(DEFAULT_KNOTS, size=(3000, 4)) * rng.choice([0, 1], size=(3000, 4))
    fitted = ScoreLink.fit(z, true.weights(z))
    np.testing.assert_allclose(fitted.values, true.values, atol=0.02)


def test_fit_lowers_cross_entropy_and_respects_bounds():
    rng = np.random.default_rng(1)
    w = rng.dirichlet(np.ones(4), size=2000)
    # a reader that says +1 for the largest weight and -1 for the smallest
    z = np.zeros_like(w)
    z[np.arange(len(w)), w.argmax(axis=1)] = 1.0
    z[np.arange(len(w)), w.argmin(axis=1)] = -1.0

    def ce(link):
        return -(w * np.log(link.weights(z))).sum(axis=1).mean()

    fitted = ScoreLink.fit(z, w)
    # the linear link is one of the links through DEFAULT_KNOTS: the fit is no worse
    assert ce(fitted) <= ce(ScoreLink.linear()) + 1e-9
    assert ce(fitted) < ce(ScoreLink.linear(temperature=0.25)) - 0.1
    bounded = ScoreLink.fit(z, w, bounds={1.0: (2.0, None), -1.0: (None, -4.0)})
    assert bounded.logits([1.0]) >= 2.0 - 1e-6
    assert bounded.logits([-1.0]) <= -4.0 + 1e-6
    assert ce(bounded) >= ce(fitted) - 1e-9  # a constraint can only cost


def test_round_trip_and_equality():
    link = ScoreLink.fit(np.array([[1.0, 0.0], [0.0, -1.0]]), [[0.7, 0.3], [0.6, 0.4]])
    again = ScoreLink.from_dict(link.to_dict())
    assert again == link
    assert (
        ScoreLink.from_dict({"knots": [0, 1], "values": [0, 1]}).evidence_scale == 0.25
    )


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (((-1.0, 1.0), (-1.0, 1.0)), "one of them 0"),
        (((0.0,), (0.0,)), "at least 2 values"),
        (((0.0, -1.0), (0.0, -1.0)), "strictly increasing"),
        (((-1.0, 0.0, 1.0), (0.0, 1.0)), "one entry per knot \\(3\\); got 2"),
        (((-1.0, 0.0, 1.0), (0.0, -1.0, 1.0)), "non-decreasing"),
        (((-1.0, 0.0, 1.0), (-1.0, 0.5, 1.0)), "0 at the knot 0"),
        (((-1.0, 0.0), (float("nan"), 0.0)), "values must be finite"),
        (((-1.0, 0.0), "ab"), "values must be a sequence of numbers"),
        (((-1.0, 0.0), (-1.0, 0.0), 0.0), "evidence_scale must be a positive number"),
        (((-1.0, 0.0), (-1.0, 0.0), True), "evidence_scale must be a positive number"),
    ],
)
def test_bad_links(args, match):
    with pytest.raises(ValidationError, match=match):
        ScoreLink(*args)


def test_bad_linear_and_fit_inputs():
    with pytest.raises(ValidationError, match="temperature must be a positive number"):
        ScoreLink.linear(temperature=0)
    with pytest.raises(ValidationError, match="negative_scale must be a positive"):
        ScoreLink.linear(negative_scale=-1.0)
    z = np.array([[1.0, 0.0], [0.0, -1.0]])
    w = np.array([[0.7, 0.3], [0.6, 0.4]])
    with pytest.raises(ValidationError, match="same shape"):
        ScoreLink.fit(z, w[:1])
    with pytest.raises(ValidationError, match="scores must be finite"):
        ScoreLink.fit(np.array([[np.inf, 0.0], [0.0, 0.0]]), w)
    with pytest.raises(ValidationError, match="weights"):
        ScoreLink.fit(z, [[0.7, 0.7], [0.6, 0.4]])
    with pytest.raises(ValidationError, match="prior must be positive"):
        ScoreLink.fit(z, w, prior=[1.0, 0.0])
    with pytest.raises(ValidationError, match="bounds must name knots"):
        ScoreLink.fit(z, w, bounds={0.7: (0.0, None)})
    with pytest.raises(ValidationError, match="bounds cannot be met"):
        ScoreLink.fit(z, w, bounds={1.0: (None, -0.5)})
    with pytest.raises(ValidationError, match="a link needs 'knots' and 'values'"):
        ScoreLink.from_dict({"knots": [0, 1]})
    with pytest.raises(ValidationError, match="prior must have 3 entries"):
        LEXICAL_LINK.weights([1.0, 0.0, 0.0], prior=[0.5, 0.5])


def test_a_failed_optimizer_raises(monkeypatch):
    import scipy.optimize

    import palm.link
    from palm.exceptions import SolverError

    def failing(*args, **kwargs):
        res = scipy.optimize.OptimizeResult(x=kwargs.get("x0", args[1]))
        res.success, res.message = False, "Iteration limit reached"
        return res

    monkeypatch.setattr(palm.link, "minimize", failing)
    z = np.array([[1.0, 0.0], [0.0, -1.0]])
    with pytest.raises(SolverError, match="fitting the link failed: Iteration limit"):
        ScoreLink.fit(z, [[0.7, 0.3], [0.6, 0.4]])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(-6, 6, allow_nan=False),
            st.sampled_from([-1.0, -0.5, 0.0, 0.5, 1.0, 2.0]),  # on the knots
        ),
        min_size=2,
        max_size=9,
    )
)
def test_one_vector_is_weighed_as_a_batch_row(z):
    # (one vector takes a path of plain floats; a batch goes through numpy)
    for link in (LEXICAL_LINK, ScoreLink.linear()):
        one = link.weights(np.array(z))
        assert np.array_equal(one, link.weights(np.array([z]))[0])
        assert np.array_equal(link.logits(np.array(z)), [link._logit(x) for x in z])
