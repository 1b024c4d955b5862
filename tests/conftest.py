"""Shared fixtures: small candidate pools with known structure."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

from palm.instance import concave_front, quarter_circle

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

settings.register_profile(
    "palm",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("palm")


@pytest.fixture
def arc() -> np.ndarray:
    """The quarter circle with 201 candidates (T4's hard instance)."""
    return quarter_circle(201)


@pytest.fixture
def front3() -> np.ndarray:
    """A concave front with 200 candidates over 3 traits."""
    return concave_front(200, 3, random_state=7)


@pytest.fixture
def toy() -> np.ndarray:
    """Three candidates worked by hand: two specialists and a generalist."""
    return np.array([[1.0, 0.0], [0.8, 0.8], [0.0, 1.0]])


@pytest.fixture
def failing_certify(monkeypatch):
    """``palm.portfolio.certify`` patched to report that the target does not hold."""
    import dataclasses

    import palm.portfolio as portfolio_module

    real = portfolio_module.certify

    def failing(*args, **kwargs):
        return dataclasses.replace(real(*args, **kwargs), holds=False)

    monkeypatch.setattr(portfolio_module, "certify", failing)
