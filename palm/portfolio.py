"""The fitted portfolio: members, normalization, certificate, persistence."""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._io import atomic_write
from ._validation import (
    check_gap,
    check_positive_int,
    check_rewards,
    check_seed,
    check_share,
)
from ._version import __version__
from .certificate import Certificate, _additive_model, certify
from .exceptions import (
    GuaranteeError,
    PalmTypeError,
    PalmWarning,
    PortfolioFileError,
    ValidationError,
)
from .simplex import check_weights

__all__ = ["Portfolio"]

logger = logging.getLogger(__name__)

FORMAT = "palm.portfolio"
FORMAT_VERSION = 1
METHODS = ("exact", "grid", "full-grid", "uniform", "random")


class Portfolio:
    """A small set of models that is near-optimal for every user weighting.

    Build one with :meth:`Portfolio.fit`; a portfolio is immutable once built.

    Attributes
    ----------
    traits : tuple of str
        Trait names, one per reward column.
    member_indices : ndarray of int, shape (n_members,)
        Each member's row in the candidate rewards given to ``fit``.
    member_rewards : ndarray of shape (n_members, n_traits)
        Normalized reward vectors of the members, in [0, 1].
    member_weights : ndarray of shape (n_members, n_traits)
        For each member, a simplex weight at which it was chosen: its grid point
        (grid methods), its lattice or random weight (baselines), or the weight
        where it beats the other members by the widest margin (exact method).
    candidate_rewards : ndarray of shape (n_candidates, n_traits)
        The normalized pool the certificate is relative to.
    reward_lower, reward_upper : ndarray of shape (n_traits,)
        Min-max normalization: ``normalized = (raw - lower) / (upper - lower)``.
    certificate : Certificate
        Exact worst case over the whole simplex.
    n_oracle_calls : int
        Weights at which the oracle was queried. With a reward matrix the oracle
        is the argmax over the candidates; it costs nothing, but the count is what
        a training oracle would cost.
    optimal : bool
        Whether the size (target) or gap (budget) is proven optimal for the pool.
    lower_bound : float
        Proven lower bound on the optimal size (target) or gap (budget).
    method : str
        How the members were chosen.
    params : dict
        The fit parameters, as recorded in the saved file.

    Examples
    --------
    >>> import numpy as np
    >>> from palm import Portfolio
    >>> from palm.instance import quarter_circle
    >>> portfolio = Portfolio.fit(quarter_circle(101), eps=0.05, delta=0.01)
    >>> len(portfolio), portfolio.certificate.holds
    (3, True)
    >>> portfolio.select([0.9, 0.1])
    0
    """

    __slots__ = (
        "_traits",
        "_trait_specs",
        "_member_indices",
        "_member_rewards",
        "_member_weights",
        "_member_handles",
        "_candidates",
        "_lower",
        "_upper",
        "_certificate",
        "_n_oracle_calls",
        "_optimal",
        "_lower_bound",
        "_method",
        "_params",
        "_frozen",
    )

    def __init__(
        self,
        *,
        traits: Sequence[Any],
        member_indices: ArrayLike,
        candidate_rewards: ArrayLike,
        member_weights: ArrayLike,
        reward_lower: ArrayLike,
        reward_upper: ArrayLike,
        certificate: Certificate,
        n_oracle_calls: int,
        optimal: bool,
        lower_bound: float,
        method: str,
        params: dict[str, Any],
        member_handles: Sequence[str | None] | None = None,
    ) -> None:
        cand = _readonly(candidate_rewards, np.float64)
        idx = _readonly(member_indices, np.int64)
        handles = (
            tuple(member_handles)
            if member_handles is not None
            else (None,) * int(idx.shape[0])
        )
        specs = tuple(traits)
        set_ = object.__setattr__
        set_(self, "_trait_specs", specs)
        set_(self, "_traits", tuple(_trait_name(t) for t in specs))
        set_(self, "_candidates", cand)
        set_(self, "_member_indices", idx)
        set_(self, "_member_rewards", _readonly(cand[idx], np.float64))
        set_(self, "_member_weights", _readonly(member_weights, np.float64))
        set_(self, "_member_handles", handles)
        set_(self, "_lower", _readonly(reward_lower, np.float64))
        set_(self, "_upper", _readonly(reward_upper, np.float64))
        set_(self, "_certificate", certificate)
        set_(self, "_n_oracle_calls", int(n_oracle_calls))
        set_(self, "_optimal", bool(optimal))
        set_(self, "_lower_bound", float(lower_bound))
        set_(self, "_method", str(method))
        set_(self, "_params", dict(params))
        set_(self, "_frozen", True)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(
            f"Portfolio is immutable; cannot set {name!r}. Fit a new one instead."
        )

    # ------------------------------------------------------------------ fitting

    @classmethod
    def fit(
        cls,
        rewards: ArrayLike,
        eps: float | None = None,
        *,
        delta: float | None = None,
        n_members: int | None = None,
        traits: Sequence[Any] | None = None,
        method: str = "exact",
        cover: str = "ilp",
        grid_share: float = 0.5,
        normalize: bool | str = "auto",
        time_limit: float | None = 60.0,
        random_state: int | None = 0,
        strategy: str = "lazy",
        max_oracle_calls: int | None = None,
        executor: Any = None,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> Portfolio:
        """Choose a small certified portfolio from candidate reward vectors.

        Two modes:

        * **target** (``eps`` given): the smallest portfolio found whose exact
          certificate meets ``PORT(w) >= (OPT(w) - δ)/(1+ε)`` for every weight;
          ``delta`` defaults to ``eps``.
        * **budget** (``n_members`` given): the best ``K`` members by the exact
          certificate. Fix at most one of ``eps`` / ``delta``; the other is
          minimized (neither: minimize the additive gap; ``delta=0``: the pure
          multiplicative gap).

        Parameters
        ----------
        rewards : array-like of shape (n_candidates, n_traits), or an oracle
            Measured mean reward of each candidate policy on each trait. Values
            outside [0, 1] are min-max normalized per trait (see ``normalize``).
            Or an oracle (:mod:`palm.oracle`): called with a simplex weight, it
            trains or picks a policy for it and returns its rewards in [0, 1] and a
            handle. Then ``traits`` is required, ``strategy`` chooses the search,
            and members keep their handles.
        eps : float, optional
            Multiplicative slack, in (0, 1) for a target, [0, 1) for a budget.
        delta : float, optional
            Additive slack (default ``eps`` for a target), same ranges.
        n_members : int, optional
            A budget: exactly this many members (fewer if fewer candidates matter).
        traits : sequence of str or Trait, optional
            Names (or trait objects with a ``name``); default ``trait_0``, ...
        method : {"exact", "grid", "full-grid", "uniform", "random"}
            ``"exact"`` (default) searches subsets with the LP certificate and
            never builds the grid, so it scales to many traits. ``"grid"`` is the
            PALM algorithm: the geometric grid, an oracle call per grid point,
            then set-cover pruning (T2, T3). ``"full-grid"`` keeps every grid
            policy. ``"uniform"`` and ``"random"`` are the baselines: a
            Das–Dennis lattice or Dirichlet(1) weights of size ``n_members``, or
            the smallest size found whose certificate meets the target.
        cover : {"ilp", "greedy", "lazy"}
            Set-cover solver for ``"exact"`` and ``"grid"``.
        grid_share : float, default=0.5
            Share, in (0, 1], of the (ε, δ) budget given to the grid, the rest to
            pruning (``"grid"`` and the oracle search; see
            :func:`palm.grid.split_budget`).
        normalize : {"auto", True, False}
            ``"auto"`` min-max normalizes per trait only when a value lies
            outside [0, 1]; ``True`` always does; ``False`` never does (values
            outside [0, 1] are then an error).
        time_limit : float or None, default=60
            Seconds for the search (``method="exact"``) or the integer programs
            (``"grid"``); past it the result is still certified but not proven
            optimal. The exact search often stops well before it, once it proves
            the answer or further rounds stop improving it (sooner, once 1-2 s
            have passed, under a limit); ``None`` removes the limit and those
            time-based early stops (in budget mode it searches on until the
            answer is proven, however long that takes). The final certificate
            comes on top (about 0.04 s for 1,000 candidates at d = 3, 0.5-1.5 s at
            d = 12), and the first certified portfolio is always completed, so a
            short limit can be exceeded.
        random_state : int or None, default=0
            Seed for sampled weights and the random baseline (a non-negative
            integer; numpy integers are stored as ints).
        strategy : {"lazy", "corner", "grid"}, default="lazy"
            Oracle search only (T6): ``"lazy"`` walks the grid coarse to fine and
            skips every point the members provably cover; ``"corner"`` queries the
            corner weight with the largest optimistic gap; ``"grid"`` calls the
            oracle at every grid point.
        max_oracle_calls : int, optional
            Oracle search only: stop early with the best portfolio so far (a
            :class:`~palm.exceptions.BudgetExhaustedWarning`; the certificate says
            whether the target still holds).
        executor : concurrent.futures.Executor, optional
            Oracle search only: runs the calls of one round (serial by default). A
            Dask or Ray executor spreads them over GPUs or machines.
        cache_dir : str or PathLike, optional
            Oracle search only: every finished call is written here at once, so a
            fit killed half way and rerun repeats no finished call.

        Returns
        -------
        Portfolio

        Raises
        ------
        ValidationError
            For bad shapes, non-finite rewards, fewer than 2 traits, slack or
            ``grid_share`` outside its range, a negative ``random_state``,
            duplicate trait names, or inconsistent options.
        PalmTypeError
            For a non-numeric slack or ``grid_share``, a ``random_state`` that is
            not an integer or None, or ``traits`` given as a single string.
        GuaranteeError
            If the grid method's certificate contradicts Theorem T2/T3 (a bug).

        Notes
        -----
        Derived guarantees T2 and T3 (``method="grid"``) and T5 (the certificate
        of every method); see ``theory/``.

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> rewards = np.array([[0.9, 0.1], [0.7, 0.6], [0.2, 0.95], [0.5, 0.5]])
        >>> p = Portfolio.fit(rewards, eps=0.1, traits=["humor", "conciseness"])
        >>> p.member_indices.tolist(), p.certificate.holds
        ([0, 2], True)
        >>> Portfolio.fit(rewards, n_members=1).member_indices.tolist()
        [1]
        """
        grid_share = check_share(grid_share, "grid_share")
        random_state = check_seed(random_state, "random_state")
        if callable(rewards) and not isinstance(rewards, np.ndarray):
            if n_members is not None:
                raise ValidationError(
                    "n_members budgets need a rewards matrix; with an oracle pass a "
                    "target eps (and max_oracle_calls to cap the cost)."
                )
            return cls._fit_oracle(
                rewards,
                eps,
                delta=delta,
                traits=traits,
                strategy=strategy,
                cover=cover,
                grid_share=grid_share,
                max_oracle_calls=max_oracle_calls,
                executor=executor,
                cache_dir=cache_dir,
            )
        raw = check_rewards(rewards)
        n, d = raw.shape
        trait_specs = _check_traits(traits, d)
        if method not in METHODS:
            raise ValidationError(
                f"method must be one of {', '.join(map(repr, METHODS))}; got "
                f"{method!r}."
            )
        if cover not in ("ilp", "greedy", "lazy"):
            raise ValidationError(
                f"cover must be 'ilp', 'greedy' or 'lazy'; got {cover!r}."
            )
        budget = n_members is not None
        if budget:
            n_members = check_positive_int(n_members, "n_members")
            eps = check_gap(eps, "eps", allow_zero=True)
            delta = check_gap(delta, "delta", allow_zero=True)
            if eps is not None and delta is not None:
                raise ValidationError(
                    "with n_members, fix at most one of eps and delta (the other is "
                    f"minimized); got eps={eps}, delta={delta}. Drop n_members to ask "
                    "for the smallest portfolio meeting both."
                )
            if method in ("grid", "full-grid"):
                raise ValidationError(
                    f"method={method!r} takes a target (eps, delta), not n_members; "
                    "use method='exact' for the best n_members, or drop n_members."
                )
        else:
            if eps is None:
                raise ValidationError(
                    "pass eps (a target, e.g. eps=0.05) or n_members (a budget); got "
                    "neither."
                )
            eps = check_gap(eps, "eps")
            delta = eps if delta is None else check_gap(delta, "delta")
        lower, upper = _normalization(raw, normalize)
        pool = np.clip((raw - lower) / (upper - lower), 0.0, 1.0)
        params: dict[str, Any] = {
            "eps": eps,
            "delta": delta,
            "n_members": n_members,
            "method": method,
            "cover": cover,
            "grid_share": grid_share,
            "normalize": normalize,
            "time_limit": time_limit,
            "random_state": random_state,
        }
        from . import _fit

        found = _fit.run(
            pool,
            method=method,
            eps=eps,
            delta=delta,
            n_members=n_members,
            cover=cover,
            grid_share=grid_share,
            time_limit=time_limit,
            random_state=random_state,
        )
        if budget:
            target = _budget_target(eps, delta, found.gap)
        else:
            target = (eps, delta)
        cert = certify(
            pool[list(found.indices)],
            pool,
            eps=target[0] if target else None,
            delta=target[1] if target else None,
        )
        if method == "grid" and not cert.holds:
            raise GuaranteeError(
                f"the grid portfolio fails its (eps={eps}, delta={delta}) target: "
                f"smallest delta at eps is {cert.delta_at_eps:.6g} at weight "
                f"{cert.delta_at_eps_witness}. Theorems T2/T3 promise it holds; "
                "please report this input."
            )
        weights = found.weights
        if weights is None:
            weights = _representative_weights(pool[list(found.indices)])
        logger.info(
            "fitted %d members with method=%s: %s",
            len(found.indices),
            method,
            str(cert).splitlines()[1].strip(),
        )
        return cls(
            traits=trait_specs,
            member_indices=np.asarray(found.indices, dtype=np.int64),
            candidate_rewards=pool,
            member_weights=weights,
            reward_lower=lower,
            reward_upper=upper,
            certificate=cert,
            n_oracle_calls=found.n_oracle_calls,
            optimal=found.optimal,
            lower_bound=found.lower_bound,
            method=method,
            params=params,
        )

    @classmethod
    def _fit_oracle(
        cls,
        oracle: Any,
        eps: float | None,
        *,
        delta: float | None,
        traits: Sequence[Any] | None,
        strategy: str,
        cover: str,
        grid_share: float,
        max_oracle_calls: int | None,
        executor: Any,
        cache_dir: str | os.PathLike[str] | None,
    ) -> Portfolio:
        """``Portfolio.fit`` with an oracle in place of the rewards matrix (T6)."""
        from .search import fit_oracle

        if traits is None:
            raise ValidationError(
                "with an oracle, pass traits=[...] (one name per reward coordinate) "
                "so that the number of traits is known."
            )
        if eps is None:
            raise ValidationError(
                "with an oracle, pass a target eps (e.g. eps=0.05); got none."
            )
        if isinstance(traits, str):
            raise PalmTypeError(
                f"traits must be a sequence of names; got the string {traits!r}. "
                "Wrap it in a list."
            )
        d = len(traits)
        trait_specs = _check_traits(traits, d)
        eps = check_gap(eps, "eps")
        delta = eps if delta is None else check_gap(delta, "delta")
        found = fit_oracle(
            oracle,
            d,
            eps,
            delta,
            strategy=strategy,
            max_oracle_calls=max_oracle_calls,
            executor=executor,
            cache_dir=cache_dir,
            grid_share=grid_share,
            cover=cover,
        )
        pool = np.asarray(found.rewards, dtype=np.float64)
        members = list(found.members)
        cert = certify(
            pool[members], pool, eps=eps, delta=delta, relative_to="observed"
        )
        if not (cert.holds or found.noisy or found.budget_exhausted):
            raise GuaranteeError(
                f"the {strategy} oracle portfolio fails its (eps={eps}, delta={delta}) "
                "target against the observed policies: smallest delta at eps is "
                f"{cert.delta_at_eps:.6g} at weight {cert.delta_at_eps_witness}. "
                "Theorem T6 promises it holds for an exact oracle; please report it."
            )
        notes = []
        if found.noisy:
            notes.append(
                "the oracle returned, for some weight, a policy worse than one "
                "already observed (a noisy oracle): the certificate is relative to "
                "the observed policies, not to the best reachable ones"
            )
        if found.budget_exhausted:
            notes.append(f"stopped at max_oracle_calls={max_oracle_calls}")
        if notes:
            cert = dataclasses.replace(
                cert, note=" ".join([cert.note, *notes]).strip() + "."
            )
        params: dict[str, Any] = {
            "eps": eps,
            "delta": delta,
            "method": f"oracle-{strategy}",
            "strategy": strategy,
            "cover": cover,
            "grid_share": grid_share,
            "max_oracle_calls": max_oracle_calls,
            "cache_dir": None if cache_dir is None else str(cache_dir),
            "noisy": bool(found.noisy),
            "budget_exhausted": bool(found.budget_exhausted),
            "n_skipped": int(found.n_skipped),
        }
        logger.info(
            "oracle fit (%s): %d members from %d oracle calls, %d skipped",
            strategy,
            len(members),
            found.n_oracle_calls,
            found.n_skipped,
        )
        return cls(
            traits=trait_specs,
            member_indices=np.asarray(members, dtype=np.int64),
            candidate_rewards=pool,
            member_weights=found.member_weights,
            reward_lower=np.zeros(d),
            reward_upper=np.ones(d),
            certificate=cert,
            n_oracle_calls=found.n_oracle_calls,
            optimal=False,
            lower_bound=1.0,
            method=f"oracle-{strategy}",
            params=params,
            member_handles=found.member_handles,
        )

    # ---------------------------------------------------------------- accessors

    @property
    def traits(self) -> tuple[str, ...]:
        """Trait names, one per reward column."""
        return self._traits

    @property
    def trait_specs(self) -> tuple[Any, ...]:
        """Traits as given to ``fit``: names or trait objects."""
        return self._trait_specs

    @property
    def n_traits(self) -> int:
        """Number of traits."""
        return len(self._traits)

    @property
    def n_members(self) -> int:
        """Number of members."""
        return int(self._member_indices.shape[0])

    @property
    def member_indices(self) -> NDArray[np.int64]:
        """Each member's row in the candidate rewards given to ``fit``."""
        return self._member_indices

    @property
    def member_rewards(self) -> NDArray[np.float64]:
        """Normalized member rewards, shape (n_members, n_traits)."""
        return self._member_rewards

    @property
    def member_raw_rewards(self) -> NDArray[np.float64]:
        """Member rewards in the units given to ``fit``."""
        return self._member_rewards * (self._upper - self._lower) + self._lower

    @property
    def member_weights(self) -> NDArray[np.float64]:
        """A simplex weight per member at which it was chosen."""
        return self._member_weights

    @property
    def member_handles(self) -> tuple[str | None, ...]:
        """Per member, the oracle's handle (e.g. an adapter directory), or None."""
        return self._member_handles

    @property
    def candidate_rewards(self) -> NDArray[np.float64]:
        """The normalized candidate pool, shape (n_candidates, n_traits)."""
        return self._candidates

    @property
    def reward_lower(self) -> NDArray[np.float64]:
        """Per-trait value mapped to 0 by the normalization."""
        return self._lower

    @property
    def reward_upper(self) -> NDArray[np.float64]:
        """Per-trait value mapped to 1 by the normalization."""
        return self._upper

    @property
    def certificate(self) -> Certificate:
        """Exact worst case over the whole simplex."""
        return self._certificate

    @property
    def n_oracle_calls(self) -> int:
        """Weights at which the oracle was queried."""
        return self._n_oracle_calls

    @property
    def optimal(self) -> bool:
        """Whether the size (target) or gap (budget) is proven optimal."""
        return self._optimal

    @property
    def lower_bound(self) -> float:
        """Proven lower bound on the optimal size (target) or gap (budget)."""
        return self._lower_bound

    @property
    def method(self) -> str:
        """How the members were chosen."""
        return self._method

    @property
    def params(self) -> dict[str, Any]:
        """The fit parameters (a copy)."""
        return dict(self._params)

    def __len__(self) -> int:
        return self.n_members

    def __repr__(self) -> str:
        cert = self._certificate
        return (
            f"Portfolio(n_members={self.n_members}, traits={list(self._traits)}, "
            f"method={self._method!r}, eps_hat={cert.eps_hat:.4g}, "
            f"delta_hat={cert.delta_hat:.4g})"
        )

    def __str__(self) -> str:
        width = max(8, *(len(t) for t in self._traits))
        head = "member  cand  " + "  ".join(t.rjust(width) for t in self._traits)
        rows = [
            f"{m:>6}  {int(i):>4}  "
            + "  ".join(f"{v:>{width}.4f}" for v in self._member_rewards[m])
            for m, i in enumerate(self._member_indices)
        ]
        proven = "proven optimal" if self._optimal else "not proven optimal"
        return "\n".join(
            [
                f"Portfolio of {self.n_members} members ({self._method}, {proven}; "
                f"{self._n_oracle_calls} oracle calls)",
                head,
                *rows,
                str(self._certificate),
            ]
        )

    # ------------------------------------------------------------------- using

    def utilities(self, weights: ArrayLike) -> NDArray[np.float64]:
        """Each member's utility ``w·r_m`` for each weight.

        Parameters
        ----------
        weights : array-like of shape (n_traits,) or (n_weights, n_traits)

        Returns
        -------
        ndarray of shape (n_members,) or (n_weights, n_members)

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> p = Portfolio.fit(np.array([[1.0, 0.0], [0.0, 1.0]]), eps=0.1)
        >>> p.utilities([0.75, 0.25])
        array([0.75, 0.25])
        >>> p.utilities([[1.0, 0.0], [0.5, 0.5]]).tolist()
        [[1.0, 0.0], [0.5, 0.5]]
        """
        w = check_weights(weights, self.n_traits)
        return w @ self._member_rewards.T

    def select(self, weights: ArrayLike) -> int | NDArray[np.int64]:
        """The best member (its position in the portfolio) for each weight vector.

        Parameters
        ----------
        weights : array-like of shape (n_traits,) or (n_weights, n_traits)
            Points on the simplex.

        Returns
        -------
        int or ndarray of int
            An index into the members; an array for a batch. Ties go to the lowest
            index. This argmax carries the certificate.

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> p = Portfolio.fit(np.array([[1.0, 0.0], [0.0, 1.0]]), eps=0.1)
        >>> p.select([[0.8, 0.2], [0.1, 0.9]]).tolist()
        [0, 1]
        """
        u = self.utilities(weights)
        if u.ndim == 1:
            return int(np.argmax(u))
        return np.argmax(u, axis=1).astype(np.int64)

    def route(
        self,
        summary_or_weights: Any,
        *,
        estimator: Any = None,
        prior: ArrayLike | None = None,
        threshold: float | None = None,
        n_jobs: int | None = None,
    ) -> Any:
        """Route a user by a preference summary (or a weight vector) to a member.

        Parameters
        ----------
        summary_or_weights : str, list of str, or array-like
            A plain-language preference summary, a list of them, or weight vectors.
        estimator : Estimator, optional
            Text to weights; default :class:`palm.estimator.LexicalEstimator`.
        prior : array-like of shape (n_traits,), optional
            Prior mean of the weights (uniform by default).
        threshold : float, optional
            Below this confidence the user goes to the prior-best member.
        n_jobs : int, optional
            For a list of summaries: worker processes that read them (-1: every
            core); the routes are the same as with one.

        Returns
        -------
        Route or list of Route
            See :func:`palm.route.route`. Only the argmax over members carries the
            certificate; the estimate of the weights does not.

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> rewards = np.array([[0.9, 0.2], [0.5, 0.6], [0.1, 0.95]])
        >>> p = Portfolio.fit(rewards, eps=0.05, traits=["humor", "conciseness"])
        >>> p.member_indices.tolist()  # candidates kept, in member order
        [0, 2]
        >>> p.route("Above all, loves witty jokes and playful banter.").member
        0
        >>> p.route("Wants short answers; has no patience for jokes.").member
        1
        """
        from .route import route

        return route(
            self,
            summary_or_weights,
            estimator=estimator,
            prior=prior,
            threshold=threshold,
            n_jobs=n_jobs,
        )

    def recertify(self, eps: float, delta: float | None = None) -> Certificate:
        """The exact certificate of this portfolio against another target.

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> rewards = np.array([[1.0, 0.0], [0.6, 0.6], [0.0, 1.0]])
        >>> p = Portfolio.fit(rewards, n_members=1)
        >>> p.recertify(0.5, 0.05).holds, p.recertify(0.7, 0.05).holds
        (False, True)
        """
        eps = check_gap(eps, "eps", allow_zero=True)
        delta = eps if delta is None else check_gap(delta, "delta", allow_zero=True)
        return certify(self._member_rewards, self._candidates, eps=eps, delta=delta)

    # ------------------------------------------------------------- persistence

    def to_dict(self) -> dict[str, Any]:
        """Everything needed to rebuild the portfolio, JSON-ready.

        Examples
        --------
        >>> import json
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> rewards = np.array([[1.0, 0.0], [0.0, 1.0]])
        >>> p = Portfolio.fit(rewards, eps=0.1, traits=["humor", "brevity"])
        >>> data = p.to_dict()
        >>> data["format"], data["traits"], [m["candidate"] for m in data["members"]]
        ('palm.portfolio', ['humor', 'brevity'], [0, 1])
        >>> Portfolio.from_dict(json.loads(json.dumps(data))).traits
        ('humor', 'brevity')
        """
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "palm_version": __version__,
            "traits": [_trait_to_json(t) for t in self._trait_specs],
            "method": self._method,
            "params": self._params,
            "normalization": {
                "lower": self._lower.tolist(),
                "upper": self._upper.tolist(),
            },
            "candidate_rewards": self._candidates.tolist(),
            "members": [
                {
                    "candidate": int(i),
                    "rewards": self._member_rewards[m].tolist(),
                    "weight": self._member_weights[m].tolist(),
                    "handle": self._member_handles[m],
                }
                for m, i in enumerate(self._member_indices)
            ],
            "certificate": self._certificate.to_dict(),
            "n_oracle_calls": self._n_oracle_calls,
            "optimal": self._optimal,
            "lower_bound": _json_float(self._lower_bound),
        }

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Save to a directory as ``portfolio.json`` (atomic: all or nothing).

        The file is written under a temporary name in the same directory and then
        renamed over the old one, so a failed save leaves any previous file intact.

        Parameters
        ----------
        path : str or PathLike
            A directory (created if missing).

        Returns
        -------
        Path
            The ``portfolio.json`` written.

        Examples
        --------
        >>> import tempfile
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> p = Portfolio.fit(np.array([[1.0, 0.0], [0.0, 1.0]]), eps=0.1)
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = p.save(tmp)
        ...     print(path.name, Portfolio.load(tmp).n_members)
        portfolio.json 2
        """
        directory = Path(path)
        if directory.exists() and not directory.is_dir():
            raise ValidationError(
                f"path must be a directory for the portfolio; {str(directory)!r} is a "
                "file. Pass a directory name, e.g. 'my_portfolio/'."
            )
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / "portfolio.json"
        text = json.dumps(self.to_dict(), sort_keys=True, indent=1, allow_nan=False)
        atomic_write(target, text)
        return target

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, verify: bool = False) -> Portfolio:
        """Load a portfolio saved by :meth:`save`.

        Parameters
        ----------
        path : str or path-like
            The directory given to :meth:`save` (or its ``portfolio.json``).
        verify : bool, default=False
            Also recompute the exact certificate and check that it matches the
            stored one (an LP sweep: milliseconds for a few traits, seconds for
            many). The structural checks always run.

        Raises
        ------
        PortfolioFileError
            If the file is missing, not JSON, not a palm portfolio, from a newer
            format, internally inconsistent (rewards outside [0, 1], duplicate
            traits, member indices out of range, weights off the simplex), or, with
            ``verify=True``, if its certificate does not match its members.

        Examples
        --------
        >>> import tempfile, numpy as np
        >>> from palm import Portfolio
        >>> p = Portfolio.fit(np.array([[1.0, 0.0], [0.0, 1.0]]), eps=0.1)
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     _ = p.save(tmp)
        ...     q = Portfolio.load(tmp)
        >>> q.member_indices.tolist() == p.member_indices.tolist()
        True
        """
        directory = Path(path)
        file = directory / "portfolio.json" if directory.is_dir() else directory
        if not file.is_file():
            raise PortfolioFileError(
                f"no saved portfolio at {str(file)!r}. Pass the directory given to "
                "Portfolio.save."
            )
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PortfolioFileError(
                f"{str(file)!r} is not valid JSON ({exc}); the file is corrupted. "
                "Restore it from a backup or fit the portfolio again."
            ) from exc
        return cls.from_dict(data, source=str(file), verify=verify)

    @classmethod
    def from_dict(
        cls, data: Any, *, source: str = "the data", verify: bool = False
    ) -> Portfolio:
        """Inverse of :meth:`to_dict`, with the checks of :meth:`load`.

        Examples
        --------
        >>> import numpy as np
        >>> from palm import Portfolio
        >>> p = Portfolio.fit(np.array([[1.0, 0.0], [0.0, 1.0]]), eps=0.1)
        >>> Portfolio.from_dict(p.to_dict(), verify=True).n_members
        2
        """
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PortfolioFileError(
                f"{source} is not a palm portfolio (no 'format': {FORMAT!r} key). "
                "Pass a file written by Portfolio.save."
            )
        version = data.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise PortfolioFileError(
                f"{source} has format_version {version!r}; this palm "
                f"({__version__}) reads up to {FORMAT_VERSION}. Upgrade palm."
            )
        try:
            members = data["members"]
            cand = np.asarray(data["candidate_rewards"], dtype=np.float64)
            idx = np.asarray([m["candidate"] for m in members], dtype=np.int64)
            weights = np.asarray([m["weight"] for m in members], dtype=np.float64)
            stored = np.asarray([m["rewards"] for m in members], dtype=np.float64)
            norm = data["normalization"]
            traits = [_trait_from_json(t) for t in data["traits"]]
            lower_bound = data["lower_bound"]
            _check_stored(cand, idx, weights, traits, source)
            portfolio = cls(
                traits=traits,
                member_indices=idx,
                candidate_rewards=cand,
                member_weights=weights,
                reward_lower=norm["lower"],
                reward_upper=norm["upper"],
                certificate=Certificate.from_dict(data["certificate"]),
                n_oracle_calls=data["n_oracle_calls"],
                optimal=data["optimal"],
                lower_bound=math.inf if lower_bound == "inf" else lower_bound,
                method=data["method"],
                params=data["params"],
                member_handles=[m.get("handle") for m in members],
            )
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise PortfolioFileError(
                f"{source} is a palm portfolio but a field is missing or malformed "
                f"({type(exc).__name__}: {exc}). The file is corrupted; fit again."
            ) from exc
        # shapes, traits and indices were checked by _check_stored
        if not np.array_equal(stored, cand[idx]):
            raise PortfolioFileError(
                f"{source} is inconsistent: member rewards do not match the "
                "candidates they point to. The file is corrupted; fit again."
            )
        if verify:
            _verify_certificate(portfolio, source)
        return portfolio


# ------------------------------------------------------------------ helpers


def _check_stored(
    cand: NDArray[np.float64],
    idx: NDArray[np.int64],
    weights: NDArray[np.float64],
    traits: Sequence[Any],
    source: str,
) -> None:
    """Structural checks of a stored portfolio; PortfolioFileError on a flaw."""
    try:
        check_rewards(cand, name="candidate_rewards", unit=True)
        _check_traits(traits, cand.shape[1])
        if idx.ndim != 1 or len(idx) == 0 or idx.min() < 0 or idx.max() >= len(cand):
            raise ValidationError(
                f"member candidate indices must be in [0, {len(cand)}); got "
                f"{idx.tolist()[:10]}."
            )
        check_weights(weights, cand.shape[1], name="member weights")
    except (ValidationError, PalmTypeError) as exc:
        raise PortfolioFileError(
            f"{source} is inconsistent: {exc} The file is corrupted or was edited "
            "by hand; fit the portfolio again."
        ) from exc


def _verify_certificate(portfolio: Portfolio, source: str) -> None:
    """Recompute the certificate; PortfolioFileError if the stored one differs."""
    stored = portfolio.certificate
    fresh = certify(
        portfolio.member_rewards,
        portfolio.candidate_rewards,
        eps=stored.eps,
        delta=stored.delta,
        relative_to=stored.relative_to,
    )
    for field in ("eps_hat", "delta_hat"):
        a, b = getattr(stored, field), getattr(fresh, field)
        same = (math.isinf(a) and math.isinf(b)) or math.isclose(
            a, b, rel_tol=1e-6, abs_tol=1e-9
        )
        if not same:
            raise PortfolioFileError(
                f"{source} does not verify: its stored {field} is {a:.6g} but its "
                f"members give {b:.6g}. The file was altered; fit again."
            )
    if stored.holds is not None and stored.holds != fresh.holds:
        raise PortfolioFileError(
            f"{source} does not verify: it says the target holds={stored.holds} "
            f"but its members give holds={fresh.holds}. The file was altered; fit "
            "again."
        )


def _readonly(x: ArrayLike, dtype: type) -> NDArray[Any]:
    arr = np.array(x, dtype=dtype, copy=True)
    arr.setflags(write=False)
    return arr


def _trait_name(spec: Any) -> str:
    return spec if isinstance(spec, str) else str(spec.name)


def _trait_to_json(spec: Any) -> Any:
    return spec if isinstance(spec, str) else spec.to_dict()


def _trait_from_json(value: Any) -> Any:
    if isinstance(value, str):
        return value
    from .trait import Trait

    return Trait.from_dict(value)


def _check_traits(traits: Sequence[Any] | None, d: int) -> tuple[Any, ...]:
    if traits is None:
        return tuple(f"trait_{k}" for k in range(d))
    if isinstance(traits, str):
        raise PalmTypeError(
            f"traits must be a sequence of names, one per column; got the string "
            f"{traits!r}. Wrap it in a list."
        )
    specs = tuple(traits)
    for t in specs:
        if not isinstance(t, str) and not isinstance(getattr(t, "name", None), str):
            raise PalmTypeError(
                f"each trait must be a name (str) or a trait object with a .name; got "
                f"{t!r}."
            )
    names = [_trait_name(t) for t in specs]
    if len(names) != d:
        raise ValidationError(
            f"traits must name every reward column: {d} columns but {len(names)} "
            f"traits ({names})."
        )
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValidationError(
            f"trait names must be unique; got duplicates {dupes} in {names}. Rename "
            "them or merge the columns."
        )
    return specs


def _normalization(
    raw: NDArray[np.float64], normalize: bool | str
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    inside = raw.min() >= 0.0 and raw.max() <= 1.0
    if normalize not in ("auto", True, False):
        raise ValidationError(
            f"normalize must be 'auto', True or False; got {normalize!r}."
        )
    d = raw.shape[1]
    if normalize is False or (normalize == "auto" and inside):
        if not inside:
            raise ValidationError(
                "rewards must lie in [0, 1] with normalize=False; got values in "
                f"[{raw.min():.6g}, {raw.max():.6g}]. Pass normalize='auto' to "
                "min-max normalize per trait."
            )
        return np.zeros(d), np.ones(d)
    lower, upper = raw.min(axis=0), raw.max(axis=0)
    flat = upper - lower <= 0
    if np.any(flat):
        warnings.warn(
            f"traits {np.nonzero(flat)[0].tolist()} have the same reward for every "
            "candidate; they carry no information and are normalized to 0.",
            PalmWarning,
            stacklevel=3,
        )
        upper = np.where(flat, lower + 1.0, upper)
    return lower, upper


def _budget_target(
    eps: float | None, delta: float | None, gap: float
) -> tuple[float, float] | None:
    """State the budget's optimum as a target, when it is a finite one."""
    if not math.isfinite(gap):
        return None
    if delta is not None:
        return (gap, delta)
    return (eps or 0.0, gap)


def _representative_weights(members: NDArray[np.float64]) -> NDArray[np.float64]:
    """Per member, the weight where it beats the other members by the widest margin.

    One LP per member: ``max_{w in Δ, t} w·r_m - t`` s.t. ``t >= w·r_m'``.
    """
    k, d = members.shape
    if k == 1:
        return np.full((1, d), 1.0 / d)
    out = np.empty((k, d))
    model = _additive_model(members, 1.0)  # member m's own row relaxed in turn
    for m in range(k):
        model.switch_rows([m], on=False)
        _, x = model.solve(-members[m])
        model.switch_rows([m], on=True)
        w = np.clip(x[:d], 0.0, None)
        out[m] = w / w.sum()
    return out


def _json_float(x: float) -> float | str:
    return "inf" if math.isinf(x) else float(x)
