from __future__ import annotations

import math

import numpy as np
import pytest

from palm import Portfolio, ValidationError
from palm.baseline import baseline_certificates
from palm.instance import concave_front, quarter_circle


def test_random_baseline_is_the_mean_over_seeds():
    arc = quarter_circle(101)
    s = baseline_certificates(arc, 3, n_seeds=4, random_state=2)
    gaps = [
        Portfolio.fit(
            arc, n_members=3, method="random", random_state=r
        ).certificate.delta_hat
        for r in range(2, 6)
    ]
    assert s.delta_hat_mean == pytest.approx(np.mean(gaps))
    assert s.delta_hat_sd == pytest.approx(np.std(gaps))
    assert s.n_seeds == 4 and 1 <= s.size_mean <= 3


def test_uniform_baseline_is_one_deterministic_fit():
    pool = concave_front(100, 3, random_state=0)
    s = baseline_certificates(pool, 6, method="uniform", n_seeds=7)
    p = Portfolio.fit(pool, n_members=6, method="uniform")
    assert s.n_seeds == 1 and s.delta_hat_sd == 0.0
    assert s.delta_hat_mean == pytest.approx(p.certificate.delta_hat)


def test_infinite_eps_is_reported_as_inf():
    s = baseline_certificates(np.array([[1.0, 0.0], [0.0, 1.0]]), 1, n_seeds=3)
    assert math.isinf(s.eps_hat_mean)


def test_bad_method():
    with pytest.raises(ValidationError, match="method must be 'random' or 'uniform'"):
        baseline_certificates(quarter_circle(5), 2, method="exact")
