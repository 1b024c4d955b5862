"""Oracles: the map from a user weight to the reward vector of a trained policy.

In real use every oracle call trains an expert (a LoRA adapter, minutes to hours on a
GPU), so the number of oracle calls is what a portfolio costs. This module holds the
protocol, a synthetic exact oracle over a hidden candidate matrix for tests and
benchmarks, a memoizing cache that persists every finished call at once (a search
killed half way and restarted repeats no finished call), and :func:`call_batch`,
which runs the calls of one round through any :class:`concurrent.futures.Executor`.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._io import atomic_write
from ._validation import check_rewards
from ._version import __version__
from .exceptions import PalmError, PortfolioFileError, ValidationError

__all__ = [
    "CandidateOracle",
    "Oracle",
    "OracleCache",
    "OracleCacheError",
    "OracleError",
    "OracleOutputError",
    "OracleResult",
    "as_oracle",
    "call_batch",
]

logger = logging.getLogger(__name__)

#: Rewards may leave [0, 1] by this much (then they are clipped).
REWARD_TOL = 1e-9

#: Decimals of the weight vector that identify a cached call.
KEY_DECIMALS = 12

_FILE_PREFIX = "call-"
_FORMAT = "palm-oracle-call"


class OracleError(PalmError, RuntimeError):
    """An oracle call failed; finished calls of the same round are cached."""


class OracleOutputError(OracleError, ValueError):
    """An oracle returned something that is not a reward vector in [0, 1]^d."""


class OracleCacheError(PortfolioFileError):
    """A file of an oracle cache directory is corrupted or not a palm oracle call."""


@dataclass(frozen=True)
class OracleResult:
    """What one oracle call produced.

    Attributes
    ----------
    rewards : ndarray of shape (n_traits,)
        Normalized reward vector, in [0, 1], of the policy trained for the weight.
    handle : str or None
        Opaque JSON-serializable reference to the policy (e.g. an adapter folder).
    """

    rewards: NDArray[np.float64]
    handle: Any = None


@runtime_checkable
class Oracle(Protocol):
    """Anything called with a simplex weight that returns an :class:`OracleResult`.

    Use :func:`as_oracle` to wrap a plain function returning rewards, or
    ``(rewards, handle)``.
    """

    def __call__(self, weights: NDArray[np.float64]) -> OracleResult:
        """Train (or look up) the policy for ``weights`` and report its rewards."""
        ...  # pragma: no cover


class _FunctionOracle:
    """A plain callable made an :class:`Oracle` (picklable if ``fn`` is)."""

    def __init__(self, fn: Callable[[NDArray[np.float64]], Any]) -> None:
        self.fn = fn

    def __call__(self, weights: NDArray[np.float64]) -> OracleResult:
        out = self.fn(weights)
        if isinstance(out, OracleResult):
            return out
        if isinstance(out, tuple) and len(out) == 2:
            return OracleResult(out[0], out[1])
        return OracleResult(out, None)

    def __repr__(self) -> str:
        return f"as_oracle({self.fn!r})"


def as_oracle(fn: Callable[[NDArray[np.float64]], Any]) -> Oracle:
    """Wrap a callable returning rewards, ``(rewards, handle)`` or an OracleResult.

    Parameters
    ----------
    fn : callable
        Called with a simplex weight vector of shape (n_traits,).

    Returns
    -------
    Oracle
        ``fn`` itself when it already is one (an object whose call returns
        :class:`OracleResult` cannot be told apart, so it is wrapped too; the
        wrapper passes an OracleResult through).

    Examples
    --------
    >>> import numpy as np
    >>> from palm.oracle import as_oracle
    >>> oracle = as_oracle(lambda w: (np.sqrt(w), "policy"))
    >>> oracle(np.array([0.25, 0.75]))
    OracleResult(rewards=array([0.5      , 0.8660254]), handle='policy')
    """
    if isinstance(fn, (_FunctionOracle, CandidateOracle)):
        return fn
    if not callable(fn):
        raise ValidationError(
            f"an oracle must be callable with a weight vector; got "
            f"{type(fn).__name__}. Pass a function w -> rewards or an Oracle."
        )
    return _FunctionOracle(fn)


class CandidateOracle:
    """The exact synthetic oracle over a hidden candidate matrix.

    Called with ``w`` it returns the candidate ``argmax_j w·R_j`` (first index on
    ties) with handle ``"candidate-j"``. It counts its calls in ``n_calls`` and is
    picklable, so it runs in process pools (each worker then counts its own).

    Parameters
    ----------
    rewards : array-like of shape (n_candidates, n_traits)
        The hidden candidates, in [0, 1].
    noise : float, default=0
        Standard deviation of Gaussian noise added to the returned rewards (then
        clipped to [0, 1]); seeded by ``random_state`` and the weight, so the same
        weight always gets the same noise.
    fail_on : iterable of int, optional
        Call numbers (1-based, counted by this object) that raise ``RuntimeError``,
        to test failures.
    random_state : int, default=0
        Seed of the noise.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.oracle import CandidateOracle
    >>> oracle = CandidateOracle([[1.0, 0.0], [0.7, 0.7], [0.0, 1.0]])
    >>> oracle(np.array([0.5, 0.5])).handle, oracle.n_calls
    ('candidate-1', 1)
    """

    def __init__(
        self,
        rewards: ArrayLike,
        *,
        noise: float = 0.0,
        fail_on: Iterable[int] | None = None,
        random_state: int = 0,
    ) -> None:
        self.rewards = check_rewards(rewards, name="rewards", unit=True)
        if not (isinstance(noise, (int, float)) and math.isfinite(noise)) or noise < 0:
            raise ValidationError(
                f"noise must be a finite standard deviation >= 0; got {noise!r}."
            )
        self.noise = float(noise)
        self.fail_on = frozenset(int(k) for k in (fail_on or ()))
        self.random_state = int(random_state)
        self.n_calls = 0

    @property
    def n_traits(self) -> int:
        """Number of traits ``d``."""
        return int(self.rewards.shape[1])

    def __call__(self, weights: NDArray[np.float64]) -> OracleResult:
        """The best hidden candidate for ``weights`` (plus noise, if any)."""
        self.n_calls += 1
        if self.n_calls in self.fail_on:
            raise RuntimeError(f"simulated failure at oracle call {self.n_calls}")
        w = np.asarray(weights, dtype=np.float64)
        j = int(np.argmax(self.rewards @ w))
        r = self.rewards[j].copy()
        if self.noise > 0:
            seed = np.frombuffer(_key(w), dtype=np.uint32).tolist()
            rng = np.random.default_rng([self.random_state, *seed])
            r = np.clip(r + rng.normal(0.0, self.noise, r.shape), 0.0, 1.0)
        return OracleResult(r, f"candidate-{j}")

    def __repr__(self) -> str:
        return (
            f"CandidateOracle(n_candidates={self.rewards.shape[0]}, "
            f"n_traits={self.n_traits}, noise={self.noise})"
        )


class OracleCache:
    """Memoized oracle calls, keyed by the weight vector (rounded to 12 decimals).

    With a ``directory``, every stored call is written at once to its own small JSON
    file (atomically: a temp file, then ``os.replace``), and a new cache on the same
    directory loads them, so a search killed half way and restarted repeats no
    finished call.

    Parameters
    ----------
    directory : str or path-like, optional
        Created if missing.
    n_traits : int, optional
        When given, loaded entries must have this many traits.

    Raises
    ------
    OracleCacheError
        When a file in ``directory`` is not a valid palm oracle call.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.oracle import OracleCache, OracleResult
    >>> cache = OracleCache()
    >>> cache.put(np.array([0.5, 0.5]), OracleResult(np.array([0.7, 0.7]), "a"))
    >>> cache.get(np.array([0.5, 0.5])).handle, len(cache)
    ('a', 1)
    """

    def __init__(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        n_traits: int | None = None,
    ) -> None:
        self.directory = None if directory is None else Path(directory)
        self.n_traits = n_traits
        self._data: dict[bytes, tuple[NDArray[np.float64], OracleResult]] = {}
        if self.directory is not None:
            if self.directory.exists() and not self.directory.is_dir():
                raise OracleCacheError(
                    f"the oracle cache path {self.directory} exists and is not a "
                    "directory; pass a directory (it is created if missing)."
                )
            self.directory.mkdir(parents=True, exist_ok=True)
            for path in sorted(self.directory.glob(f"{_FILE_PREFIX}*.json")):
                w, result = _read_entry(path, n_traits)
                self._data[_key(w)] = (w, result)
            if self._data:
                logger.info(
                    "loaded %d cached oracle calls from %s",
                    len(self._data),
                    self.directory,
                )

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, weights: object) -> bool:
        return _key(np.asarray(weights, dtype=np.float64)) in self._data

    def __iter__(self) -> Iterator[tuple[NDArray[np.float64], OracleResult]]:
        return iter(list(self._data.values()))

    def get(self, weights: ArrayLike) -> OracleResult | None:
        """The stored result for ``weights``, or None."""
        hit = self._data.get(_key(np.asarray(weights, dtype=np.float64)))
        return None if hit is None else hit[1]

    def put(self, weights: ArrayLike, result: OracleResult) -> None:
        """Store a result (and write its file at once when there is a directory)."""
        w = np.array(weights, dtype=np.float64)
        key = _key(w)
        self._data[key] = (w, result)
        if self.directory is not None:
            payload = {
                "format": _FORMAT,
                "palm_version": __version__,
                "weights": w.tolist(),
                "rewards": np.asarray(result.rewards, dtype=np.float64).tolist(),
                "handle": result.handle,
            }
            name = f"{_FILE_PREFIX}{hashlib.sha1(key).hexdigest()[:20]}.json"
            atomic_write(self.directory / name, json.dumps(payload, sort_keys=True))


def call_batch(
    oracle: Oracle,
    weights: ArrayLike,
    cache: OracleCache,
    executor: cf.Executor | None = None,
) -> list[OracleResult]:
    """Results for every weight: cached ones looked up, the rest called.

    Parameters
    ----------
    oracle : Oracle
        Called with each not-yet-cached simplex weight of shape (n_traits,).
    weights : array-like of shape (n_weights, n_traits)
        Simplex weights (validated).
    cache : OracleCache
        Every result is stored here as soon as it completes.
    executor : concurrent.futures.Executor, optional
        Runs the calls (e.g. a ``ProcessPoolExecutor``; the oracle must then be
        picklable). Default: one after another in this process.

    Returns
    -------
    list of OracleResult
        In the order of ``weights``.

    Raises
    ------
    OracleError
        When a call raises. No further call is started; the calls that finished
        (including those running in the executor at the time) are already cached,
        and a rerun with the same cache resumes without repeating them.
    OracleOutputError
        When a call returns rewards of the wrong shape, not finite, or outside
        [0, 1].

    Examples
    --------
    >>> import numpy as np
    >>> from palm.oracle import CandidateOracle, OracleCache, call_batch
    >>> oracle = CandidateOracle([[1.0, 0.0], [0.0, 1.0]])
    >>> cache = OracleCache()
    >>> w = np.array([[0.9, 0.1], [0.2, 0.8], [0.9, 0.1]])
    >>> [r.handle for r in call_batch(oracle, w, cache)], oracle.n_calls
    (['candidate-0', 'candidate-1', 'candidate-0'], 2)
    """
    w = _check_weight_rows(weights)
    missing: dict[bytes, NDArray[np.float64]] = {}
    for row in w:
        key = _key(row)
        if cache.get(row) is None and key not in missing:
            missing[key] = row
    d = w.shape[1]
    failure: tuple[NDArray[np.float64], BaseException] | None = None
    if executor is None:
        for row in missing.values():
            try:
                out = oracle(row.copy())
            except Exception as exc:
                failure = (row, exc)
                break
            cache.put(row, _check_output(out, row, d))
    else:
        futures = {executor.submit(oracle, row.copy()): row for row in missing.values()}
        for fut in cf.as_completed(futures):
            row = futures[fut]
            if fut.cancelled():
                continue
            exc = fut.exception()
            if exc is not None:
                if failure is None:  # stop starting calls; let running ones finish
                    for other in futures:
                        other.cancel()
                failure = failure or (row, exc)
                continue
            try:
                cache.put(row, _check_output(fut.result(), row, d))
            except OracleOutputError as bad:
                failure = failure or (row, bad)
    if failure is not None:
        row, exc = failure
        if isinstance(exc, OracleOutputError):
            raise exc
        where = f" in {cache.directory}" if cache.directory is not None else ""
        raise OracleError(
            f"the oracle failed at weights {_fmt(row)}: {type(exc).__name__}: {exc}. "
            f"The {len(cache)} oracle calls that finished are cached{where}; rerun "
            "with the same cache (cache_dir=...) to resume without repeating them."
        ) from exc
    out = []
    for row in w:
        hit = cache.get(row)
        assert hit is not None  # stored above
        out.append(hit)
    return out


# --------------------------------------------------------------------------- helpers


def _key(weights: NDArray[np.float64]) -> bytes:
    """The cache key of a weight vector (``+ 0.0`` turns -0.0 into 0.0)."""
    return (
        np.round(np.asarray(weights, dtype=np.float64), KEY_DECIMALS) + 0.0
    ).tobytes()


def _fmt(w: NDArray[np.float64]) -> str:
    return "[" + ", ".join(f"{x:.6g}" for x in np.ravel(w)) + "]"


def _check_weight_rows(weights: ArrayLike) -> NDArray[np.float64]:
    w = np.atleast_2d(np.asarray(weights, dtype=np.float64))
    if w.ndim != 2 or w.shape[1] < 2:
        raise ValidationError(
            f"weights must have shape (n_weights, n_traits) with n_traits >= 2; got "
            f"{np.shape(weights)}."
        )
    bad = ~np.isfinite(w).all(axis=1) | (w.min(axis=1) < -1e-12)
    bad |= np.abs(w.sum(axis=1) - 1.0) > 1e-9
    if bad.any():
        i = int(np.nonzero(bad)[0][0])
        raise ValidationError(
            f"weights must be simplex vectors (finite, >= 0, summing to 1); row {i} "
            f"is {_fmt(w[i])}. Divide each row by its sum."
        )
    return w


def _check_output(out: Any, weights: NDArray[np.float64], d: int) -> OracleResult:
    """Validate and normalize one oracle output."""
    fix = (
        "The oracle must return normalized rewards in [0, 1], one per trait, "
        "as an OracleResult or (via as_oracle) an array or (rewards, handle)."
    )
    if not isinstance(out, OracleResult):
        out = _FunctionOracle(lambda _w: out)(weights)
    try:
        r = np.asarray(out.rewards, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise OracleOutputError(
            f"the oracle returned rewards that are not numbers at weights "
            f"{_fmt(weights)}. {fix}"
        ) from exc
    if r.shape != (d,):
        raise OracleOutputError(
            f"the oracle returned rewards of shape {r.shape} at weights "
            f"{_fmt(weights)}; expected ({d},). {fix}"
        )
    if not np.all(np.isfinite(r)):
        raise OracleOutputError(
            f"the oracle returned non-finite rewards {r.tolist()} at weights "
            f"{_fmt(weights)}. {fix}"
        )
    if r.min() < -REWARD_TOL or r.max() > 1.0 + REWARD_TOL:
        raise OracleOutputError(
            f"the oracle returned rewards {_fmt(r)} outside [0, 1] at weights "
            f"{_fmt(weights)}. {fix} Normalize with the per-trait reward range."
        )
    try:
        json.dumps(out.handle)
    except (TypeError, ValueError) as exc:
        raise OracleOutputError(
            f"the oracle returned a handle of type {type(out.handle).__name__} at "
            f"weights {_fmt(weights)}, which is not JSON-serializable; return a "
            "string (e.g. the adapter folder) or None."
        ) from exc
    return OracleResult(np.clip(r, 0.0, 1.0), out.handle)


def _read_entry(
    path: Path, n_traits: int | None
) -> tuple[NDArray[np.float64], OracleResult]:
    """Load and validate one cache file."""
    fix = "Delete the file to repeat that oracle call, or use another cache_dir."
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise OracleCacheError(
            f"the oracle cache file {path} is not valid JSON ({exc}). {fix}"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise OracleCacheError(
            f"the oracle cache file {path} is not a palm oracle call (no "
            f"'format': '{_FORMAT}'). {fix}"
        )
    try:
        w = np.asarray(data["weights"], dtype=np.float64)
        r = np.asarray(data["rewards"], dtype=np.float64)
        handle = data["handle"]
    except (KeyError, TypeError, ValueError) as exc:
        raise OracleCacheError(
            f"the oracle cache file {path} lacks valid 'weights', 'rewards' and "
            f"'handle' ({type(exc).__name__}: {exc}). {fix}"
        ) from exc
    d = n_traits if n_traits is not None else w.shape[-1] if w.ndim == 1 else -1
    ok = (
        w.ndim == 1
        and w.shape == r.shape == (d,)
        and bool(np.all(np.isfinite(w)) and np.all(np.isfinite(r)))
        and abs(float(w.sum()) - 1.0) <= 1e-9
        and float(w.min()) >= -1e-12
        and float(r.min()) >= -REWARD_TOL
        and float(r.max()) <= 1.0 + REWARD_TOL
    )
    if not ok:
        raise OracleCacheError(
            f"the oracle cache file {path} holds invalid values: weights "
            f"{data['weights']!r} must be a simplex vector and rewards "
            f"{data['rewards']!r} a vector in [0, 1] of the same length"
            + (f" ({n_traits} traits)" if n_traits is not None else "")
            + f". {fix}"
        )
    return w, OracleResult(np.clip(r, 0.0, 1.0), handle)
