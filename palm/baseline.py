"""Baselines behind the same interface: uniform lattice and random weights.

``Portfolio.fit(rewards, method="uniform" | "random", ...)`` builds one baseline
portfolio; :func:`baseline_certificates` averages the random baseline over seeds, as
every comparison in the benchmarks does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ._validation import check_positive_int
from .exceptions import ValidationError
from .portfolio import Portfolio

__all__ = ["BaselineSummary", "baseline_certificates"]


@dataclass(frozen=True)
class BaselineSummary:
    """Certified gaps of a baseline at one size, over seeds.

    Attributes
    ----------
    method : str
        ``"uniform"`` or ``"random"``.
    n_members : int
        Requested size (weights drawn); distinct members may be fewer.
    size_mean : float
        Mean number of distinct members.
    eps_hat_mean, eps_hat_sd : float
        Mean and standard deviation of the certified multiplicative gap over seeds
        (``inf`` when any seed's gap is infinite).
    delta_hat_mean, delta_hat_sd : float
        The same for the additive gap.
    n_seeds : int
        Seeds averaged (1 for the deterministic uniform lattice).

    Examples
    --------
    >>> from palm.baseline import baseline_certificates
    >>> from palm.instance import quarter_circle
    >>> s = baseline_certificates(quarter_circle(101), 3, method="uniform")
    >>> s.method, s.size_mean, s.n_seeds, s.eps_hat_sd
    ('uniform', 3.0, 1, 0.0)
    >>> round(s.eps_hat_mean, 4)  # members 45 degrees apart: 1/cos(pi/8) - 1
    0.0824
    """

    method: str
    n_members: int
    size_mean: float
    eps_hat_mean: float
    eps_hat_sd: float
    delta_hat_mean: float
    delta_hat_sd: float
    n_seeds: int


def baseline_certificates(
    rewards: ArrayLike,
    n_members: int,
    *,
    method: str = "random",
    n_seeds: int = 10,
    random_state: int = 0,
) -> BaselineSummary:
    """Exact certified gaps of a baseline portfolio, averaged over seeds.

    Parameters
    ----------
    rewards : array-like of shape (n_candidates, n_traits)
        As for :meth:`Portfolio.fit`.
    n_members : int
        Weights drawn per portfolio.
    method : {"random", "uniform"}
        Dirichlet(1) weights (seeds ``random_state ... random_state + n_seeds - 1``)
        or the Das–Dennis lattice (deterministic: one seed).
    n_seeds : int, default=10
        Seeds for ``"random"``.
    random_state : int, default=0
        First seed.

    Returns
    -------
    BaselineSummary

    Examples
    --------
    >>> from palm.baseline import baseline_certificates
    >>> from palm.instance import quarter_circle
    >>> s = baseline_certificates(quarter_circle(101), 3, n_seeds=5)
    >>> s.n_seeds, s.delta_hat_mean > 0
    (5, True)
    """
    if method not in ("random", "uniform"):
        raise ValidationError(
            f"method must be 'random' or 'uniform'; got {method!r}. PALM itself is "
            "Portfolio.fit(rewards, n_members=K)."
        )
    n_members = check_positive_int(n_members, "n_members")
    seeds = (
        range(random_state, random_state + check_positive_int(n_seeds, "n_seeds"))
        if method == "random"
        else [random_state]
    )
    fits = [
        Portfolio.fit(rewards, n_members=n_members, method=method, random_state=s)
        for s in seeds
    ]
    eps = np.array([p.certificate.eps_hat for p in fits])
    delta = np.array([p.certificate.delta_hat for p in fits])
    finite = np.all(np.isfinite(eps))
    return BaselineSummary(
        method=method,
        n_members=n_members,
        size_mean=float(np.mean([len(p) for p in fits])),
        eps_hat_mean=float(eps.mean()) if finite else float("inf"),
        eps_hat_sd=float(eps.std()) if finite else float("nan"),
        delta_hat_mean=float(delta.mean()),
        delta_hat_sd=float(delta.std()),
        n_seeds=len(fits),
    )
