from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from palm.exceptions import PalmError, PortfolioFileError, ValidationError
from palm.instance import quarter_circle
from palm.oracle import (
    CandidateOracle,
    Oracle,
    OracleCache,
    OracleCacheError,
    OracleError,
    OracleOutputError,
    OracleResult,
    as_oracle,
    call_batch,
)

TOY = np.array([[1.0, 0.0], [0.7, 0.7], [0.0, 1.0]])


# ------------------------------------------------------------------ CandidateOracle


def test_candidate_oracle_is_the_argmax_and_counts_calls():
    oracle = CandidateOracle(TOY)
    # w = (0.9, 0.1): utilities 0.9, 0.7, 0.1 -> candidate 0
    # w = (0.5, 0.5): utilities 0.5, 0.7, 0.5 -> candidate 1
    assert oracle(np.array([0.9, 0.1])).handle == "candidate-0"
    res = oracle(np.array([0.5, 0.5]))
    assert res.handle == "candidate-1"
    np.testing.assert_array_equal(res.rewards, [0.7, 0.7])
    assert oracle.n_calls == 2
    assert isinstance(oracle, Oracle)


def test_candidate_oracle_noise_is_seeded_per_weight_and_clipped():
    oracle = CandidateOracle(quarter_circle(20), noise=0.3, random_state=3)
    w = np.array([0.3, 0.7])
    a, b = oracle(w).rewards, oracle(w).rewards
    np.testing.assert_array_equal(a, b)
    assert a.min() >= 0.0 and a.max() <= 1.0
    assert not np.allclose(a, CandidateOracle(quarter_circle(20))(w).rewards)


def test_candidate_oracle_fail_on_raises_at_that_call():
    oracle = CandidateOracle(TOY, fail_on={2})
    oracle(np.array([0.5, 0.5]))
    with pytest.raises(RuntimeError, match="simulated failure at oracle call 2"):
        oracle(np.array([0.5, 0.5]))


def test_candidate_oracle_pickles():
    oracle = CandidateOracle(TOY, noise=0.1)
    clone = pickle.loads(pickle.dumps(oracle))
    w = np.array([0.2, 0.8])
    np.testing.assert_array_equal(clone(w).rewards, oracle(w).rewards)


@pytest.mark.parametrize("noise", [-0.1, float("nan")])
def test_candidate_oracle_rejects_bad_noise(noise):
    with pytest.raises(ValidationError, match="noise must be a finite standard"):
        CandidateOracle(TOY, noise=noise)


# ------------------------------------------------------------------------ as_oracle


def test_as_oracle_accepts_rewards_pairs_and_results():
    w = np.array([0.5, 0.5])
    assert as_oracle(lambda w: w).__call__(w).handle is None
    assert as_oracle(lambda w: (w, "h"))(w).handle == "h"
    assert as_oracle(lambda w: OracleResult(w, "r"))(w).handle == "r"
    oracle = CandidateOracle(TOY)
    assert as_oracle(oracle) is oracle


def test_as_oracle_rejects_non_callables():
    with pytest.raises(ValidationError, match="an oracle must be callable"):
        as_oracle(3)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- OracleCache


def test_cache_persists_each_call_atomically(tmp_path):
    cache = OracleCache(tmp_path / "calls", n_traits=2)
    cache.put(np.array([0.5, 0.5]), OracleResult(np.array([0.7, 0.7]), "a"))
    cache.put(np.array([1.0, 0.0]), OracleResult(np.array([1.0, 0.0]), None))
    files = sorted((tmp_path / "calls").iterdir())
    assert [f.name.startswith("call-") for f in files] == [True, True]
    again = OracleCache(tmp_path / "calls", n_traits=2)
    assert len(again) == 2 and np.array([0.5, 0.5]) in again
    assert again.get([0.5, 0.5]).handle == "a"
    assert again.get([0.2, 0.8]) is None
    assert sorted(r.handle or "" for _, r in again) == ["", "a"]


def test_cache_key_ignores_float_noise_below_12_decimals():
    cache = OracleCache()
    cache.put(np.array([0.1 + 0.2, 0.7]), OracleResult(np.array([0.1, 0.2])))
    assert cache.get(np.array([0.3, 0.7])) is not None


def _write(path, payload):
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload))


GOOD = {
    "format": "palm-oracle-call",
    "weights": [0.5, 0.5],
    "rewards": [0.7, 0.7],
    "handle": None,
}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "is not valid JSON"),
        ({**GOOD, "format": "other"}, "is not a palm oracle call"),
        ({k: v for k, v in GOOD.items() if k != "rewards"}, "lacks valid 'weights'"),
        ({**GOOD, "rewards": [0.7, 1.5]}, "holds invalid values"),
        ({**GOOD, "weights": [0.7, 0.7]}, "holds invalid values"),
        ({**GOOD, "rewards": [0.1, 0.2, 0.3]}, "holds invalid values"),
    ],
)
def test_cache_rejects_corrupted_files(tmp_path, payload, message):
    _write(tmp_path / "call-bad.json", payload)
    with pytest.raises(OracleCacheError, match=message) as info:
        OracleCache(tmp_path, n_traits=2)
    assert "Delete the file" in str(info.value)
    assert isinstance(info.value, PortfolioFileError)


def test_cache_ignores_leftover_temp_files(tmp_path):
    (tmp_path / ".tmp-x.json").write_text("{half")
    assert len(OracleCache(tmp_path)) == 0


def test_cache_path_must_be_a_directory(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(OracleCacheError, match="exists and is not a directory"):
        OracleCache(target)


# ----------------------------------------------------------------------- call_batch


def test_call_batch_calls_only_missing_distinct_weights():
    oracle = CandidateOracle(TOY)
    cache = OracleCache()
    w = np.array([[0.9, 0.1], [0.5, 0.5], [0.9, 0.1]])
    out = call_batch(oracle, w, cache)
    assert [r.handle for r in out] == ["candidate-0", "candidate-1", "candidate-0"]
    assert oracle.n_calls == 2
    call_batch(oracle, w, cache)
    assert oracle.n_calls == 2


@pytest.mark.parametrize("threads", [False, True])
def test_call_batch_failure_keeps_finished_results(tmp_path, threads):
    oracle = CandidateOracle(TOY, fail_on={2})
    cache = OracleCache(tmp_path)
    w = np.array([[0.9, 0.1], [0.5, 0.5], [0.1, 0.9]])
    with ThreadPoolExecutor(1) if threads else _null() as ex:
        with pytest.raises(OracleError, match="the oracle failed at weights") as info:
            call_batch(oracle, w, cache, executor=ex)
    msg = str(info.value)
    assert "[0.5, 0.5]" in msg and "are cached" in msg and "resume" in msg
    assert isinstance(info.value, PalmError) and isinstance(info.value, RuntimeError)
    # call 1 finished and was persisted; call 3 is not started after the failure
    # (with a pool it may already be running, and is then kept too)
    n_done = len(OracleCache(tmp_path))
    assert n_done in ((1,) if not threads else (1, 2))
    fresh = CandidateOracle(TOY)
    call_batch(fresh, w, OracleCache(tmp_path))
    assert fresh.n_calls == 3 - n_done


class _null:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (np.array([0.5, 0.5, 0.5]), r"rewards of shape \(3,\)"),
        (np.array([np.nan, 0.5]), "non-finite rewards"),
        (np.array([1.2, 0.5]), r"outside \[0, 1\]"),
        ((np.array([0.5, 0.5]), object()), "not JSON-serializable"),
        (np.array(["a", "b"]), "not numbers"),
    ],
)
def test_call_batch_rejects_bad_outputs(output, message):
    oracle = as_oracle(lambda w: output)
    with pytest.raises(OracleOutputError, match=message) as info:
        call_batch(oracle, np.array([[0.5, 0.5]]), OracleCache())
    assert "at weights [0.5, 0.5]" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_call_batch_bad_output_in_executor_is_reported():
    oracle = as_oracle(lambda w: np.array([2.0, 0.0]))
    with ThreadPoolExecutor(1) as ex:
        with pytest.raises(OracleOutputError, match="outside"):
            call_batch(oracle, np.array([[0.5, 0.5]]), OracleCache(), executor=ex)


@pytest.mark.parametrize(
    "weights", [np.array([[0.5, 0.6]]), np.array([[-0.5, 1.5]]), np.array([1.0])]
)
def test_call_batch_rejects_non_simplex_weights(weights):
    with pytest.raises(ValidationError, match="weights must"):
        call_batch(CandidateOracle(TOY), weights, OracleCache())
