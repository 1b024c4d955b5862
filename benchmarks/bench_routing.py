"""Routing benchmark: from a summary of a simulated user to a portfolio member.

Simulated users have known weights w ~ Dirichlet(α) over four traits (α in
{0.3, 1, 3}); a generator family writes a summary of each (see
``summary_families.py``); an estimator turns the summary into ŵ; the router sends
the user to argmax_m ŵ·r_m in portfolios of 2, 4 and 8 members. Reported per
held-out family, with 95% bootstrap intervals (DESIGN §4.4):

* normalized regret (max_m w·r_m - w·r_routed) / (max_m w·r_m - min_m w·r_m),
  mean and p90, and routing accuracy;
* total variation and cosine between ŵ and w; calibration of the confidence
  against "routed correctly" (expected calibration error, AUROC);
* baselines: prior-best member, uniform ŵ, random member (exact expectation),
  lexicon-only (bag of anchor words: no clauses, negation, intensity or topic
  rules), embedding-only and embedding+lexical (when the ``embed`` extra is
  installed), oracle w;
* the "likes X" / "does not like X" flip test, and the lexical estimator's time
  per summary.

Usage::

    python benchmarks/bench_routing.py          # writes results/routing.{md,json}
    python benchmarks/bench_routing.py --quick    # fewer users, no file
    python benchmarks/bench_routing.py --tune     # grid search on the tuning banks

Portfolios: for each of 10 random concave fronts of 300 candidates, members are
chosen greedily to minimize the mean regret of Dirichlet(1) users; user i is served
by front i mod 10.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import summary_families as fam  # noqa: E402

import palm  # noqa: E402
from palm import _lexicon as lx  # noqa: E402
from palm.estimator import (  # noqa: E402
    LEXICAL_LINK,
    EmbeddingEstimator,
    LexicalEstimator,
    WeightEstimate,
    estimate_many,
)
from palm.exceptions import MissingDependencyError  # noqa: E402
from palm.link import ScoreLink  # noqa: E402
from palm.route import DEFAULT_THRESHOLD, route  # noqa: E402
from palm.trait import resolve_traits  # noqa: E402

TRAITS = fam.TRAITS
SIZES = (2, 4, 8)
ALPHAS = (0.3, 1.0, 3.0)
N_FRONTS = 10
RESULTS = Path(__file__).resolve().parent / "results"


# ------------------------------------------------------------------- portfolios


def make_front(rng: np.random.Generator, n: int = 300) -> np.ndarray:
    """A concave trade-off front with interior points, min-max normalized."""
    p = rng.choice([1.5, 2.0, 3.0])
    g = np.abs(rng.standard_normal((n, len(TRAITS)))) + 1e-3
    front = g / np.linalg.norm(g, ord=p, axis=1, keepdims=True)
    front *= rng.uniform(0.8, 1.0, size=(n, 1))
    lo, hi = front.min(axis=0), front.max(axis=0)
    return (front - lo) / (hi - lo)


def greedy_members(pool: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k members of the pool chosen greedily to minimize mean regret of users."""
    users = rng.dirichlet(np.ones(pool.shape[1]), size=2000)
    util = users @ pool.T
    best = util.max(axis=1)
    chosen: list[int] = []
    current = np.full(len(users), -np.inf)
    for _ in range(k):
        gains = np.maximum(current[:, None], util).mean(axis=0)
        gains[chosen] = -np.inf
        j = int(np.argmax(gains))
        chosen.append(j)
        current = np.maximum(current, util[:, j])
    del best
    return pool[np.sort(chosen)]


class Members:
    """The minimal portfolio interface route() needs."""

    def __init__(self, rewards: np.ndarray) -> None:
        self.member_rewards = rewards
        self.traits = TRAITS
        self.trait_specs = TRAITS

    def __len__(self) -> int:
        return len(self.member_rewards)


def make_portfolios(seed: int) -> dict[int, list[np.ndarray]]:
    rng = np.random.default_rng(seed)
    fronts = [make_front(rng) for _ in range(N_FRONTS)]
    return {k: [greedy_members(f, k, rng) for f in fronts] for k in SIZES}


# ------------------------------------------------------------------- estimators


class BagOfWords:
    """Lexicon-only baseline: counts each pole's anchor words anywhere in the text."""

    method = "lexicon-only"

    def __init__(self, temperature: float = 1.0, evidence_scale: float = 1.5) -> None:
        self.link = ScoreLink.linear(temperature, evidence_scale=evidence_scale)

    def estimate(self, text, traits, *, prior=None) -> WeightEstimate:
        resolved = resolve_traits(traits)
        toks = [lx.norm(t) for t in lx.tokens(text)]
        joined = " " + " ".join(toks) + " "
        z = np.zeros(len(resolved))
        for k, t in enumerate(resolved):
            for sign, phrases in ((1, (*t.positive, *t.names)), (-1, t.negative)):
                for p in set(phrases):
                    key = " " + " ".join(lx.phrase_key(p)) + " "
                    z[k] += sign * joined.count(key)
        prior = np.full(len(resolved), 1 / len(resolved)) if prior is None else prior
        w, c = self.link.weights(z, prior), self.link.confidence(z)
        return WeightEstimate(w, c, (), tuple(t.name for t in resolved), z, self.method)


class CachedEncoder:
    """Wraps a sentence encoder; clauses can be encoded in bulk ahead of time."""

    def __init__(self, model) -> None:
        self.model = model
        self.cache: dict[str, np.ndarray] = {}

    def warm(self, texts: list[str]) -> None:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            emb = self.model.encode(todo, batch_size=128)
            self.cache.update(zip(todo, np.asarray(emb)))

    def encode(self, texts: list[str]) -> np.ndarray:
        self.warm(list(texts))
        return np.stack([self.cache[t] for t in texts])


def estimators(include_embedding: bool) -> dict[str, object]:
    out: dict[str, object] = {"palm-lexical": LexicalEstimator()}
    out["lexicon-only"] = BagOfWords()
    if include_embedding:
        try:
            emb = EmbeddingEstimator()
            encoder = CachedEncoder(emb._model())
            out["embedding+lexical"] = EmbeddingEstimator(model=encoder)
            out["embedding-only"] = EmbeddingEstimator(model=encoder, lexical=False)
        except MissingDependencyError as exc:
            print(f"embedding estimators skipped: {exc}", file=sys.stderr)
    return out


def warm_encoders(ests: dict[str, object], texts: list[str]) -> None:
    """Encode every clause of these texts in one batched pass (same results)."""
    for est in ests.values():
        model = getattr(est, "model", None)
        if isinstance(model, CachedEncoder):
            model.warm([c for t in texts for c in lx.split_clauses(t)])
            return


# --------------------------------------------------------------------- metrics


def regrets(w: np.ndarray, rewards: np.ndarray, member: int) -> tuple[float, bool]:
    u = rewards @ w
    span = u.max() - u.min()
    reg = 0.0 if span <= 1e-12 else (u.max() - u[member]) / span
    return float(reg), bool(u[member] >= u.max() - 1e-12)


def random_member_regret(w: np.ndarray, rewards: np.ndarray) -> tuple[float, float]:
    u = rewards @ w
    span = u.max() - u.min()
    reg = np.zeros_like(u) if span <= 1e-12 else (u.max() - u) / span
    return float(reg.mean()), float(np.mean(u >= u.max() - 1e-12))


def bootstrap(values: np.ndarray, stat, rng: np.random.Generator, n: int = 1000):
    idx = rng.integers(0, len(values), size=(n, len(values)))
    stats = np.array([stat(values[i]) for i in idx])
    return float(np.percentile(stats, 2.5)), float(np.percentile(stats, 97.5))


def ece(conf: np.ndarray, correct: np.ndarray, n_bins: int = 10) -> float:
    bins = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        m = bins == b
        if m.any():
            total += m.mean() * abs(conf[m].mean() - correct[m].mean())
    return float(total)


def auroc(score: np.ndarray, label: np.ndarray) -> float | None:
    pos, neg = score[label], score[~label]
    if len(pos) == 0 or len(neg) == 0:
        return None
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    allv = np.concatenate([pos, neg])[order]
    # average ranks for ties
    i = 0
    r = np.empty(len(allv))
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        r[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    ranks[order] = r
    return float(
        (ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2)
        / (len(pos) * len(neg))
    )


# -------------------------------------------------------------------- simulation


def simulate(
    families, bank, n_users, ests, portfolios, seed, threshold=DEFAULT_THRESHOLD
):
    """Per family and method: arrays of per-(user, size) outcomes."""
    out: dict[str, dict[str, dict[str, np.ndarray]]] = {}
    for family in families:
        texts, truths, alphas = [], [], []
        for a_i, alpha in enumerate(ALPHAS):
            rng = np.random.default_rng([seed, FAMILY_SEED[family], a_i])
            ws = rng.dirichlet(np.full(len(TRAITS), alpha), size=n_users)
            for w in ws:
                texts.append(fam.generate(family, w, rng, bank))
                truths.append(w)
                alphas.append(alpha)
        truths_arr = np.array(truths)
        warm_encoders(ests, texts)
        prior = np.full(len(TRAITS), 1 / len(TRAITS))
        res: dict[str, dict[str, list]] = {}
        est_w = {}
        for name, est in ests.items():
            e = [est.estimate(t, TRAITS, prior=prior) for t in texts]
            est_w[name] = (
                np.array([x.weights for x in e]),
                np.array([x.confidence for x in e]),
            )
        est_w["uniform"] = (np.tile(prior, (len(texts), 1)), np.zeros(len(texts)))
        est_w["oracle-w"] = (truths_arr, np.ones(len(texts)))
        for name in (*est_w, "prior-best", "random-member"):
            res[name] = {
                k: []
                for k in ("regret", "correct", "tv", "cos", "conf", "size", "alpha")
            }
        for i, w in enumerate(truths_arr):
            front = i % N_FRONTS
            for k in SIZES:
                rewards = portfolios[k][front]
                pb = int(np.argmax(rewards @ prior))
                for name, (W, C) in est_w.items():
                    what = W[i]
                    fell = C[i] < threshold and name not in ("oracle-w",)
                    member = pb if fell else int(np.argmax(rewards @ what))
                    reg, ok = regrets(w, rewards, member)
                    _append(res[name], reg, ok, what, w, C[i], k, alphas[i])
                reg, ok = regrets(w, rewards, pb)
                _append(res["prior-best"], reg, ok, prior, w, 0.0, k, alphas[i])
                reg, acc = random_member_regret(w, rewards)
                _append(res["random-member"], reg, acc, prior, w, 0.0, k, alphas[i])
        out[family] = {
            m: {k: np.array(v) for k, v in d.items()} for m, d in res.items()
        }
        out[family]["_texts"] = texts  # type: ignore[assignment]
    return out


FAMILY_SEED = {f: i for i, f in enumerate(fam.FAMILIES)}
#: tuning keeps parameters whose tune-bank flip rate reaches this bar: 0.95 plus a
#: 2-point margin, because at the 0.95 bar of an earlier freeze tune-bank flips
#: (95.5%) overstated test-bank flips (91.7%)
FLIP_BAR = 0.97
#: where flip pairs come from: this file's own test bank, and each external family
FLIP_SOURCES = ("test", *fam.EXTERNAL)


def _append(d, reg, ok, what, w, conf, size, alpha):
    d["regret"].append(reg)
    d["correct"].append(float(ok))
    d["tv"].append(0.5 * float(np.abs(what - w).sum()))
    d["cos"].append(float(what @ w / (np.linalg.norm(what) * np.linalg.norm(w))))
    d["conf"].append(conf)
    d["size"].append(size)
    d["alpha"].append(alpha)


def summarize(r: dict[str, np.ndarray], rng: np.random.Generator) -> dict:
    reg = r["regret"]
    p90 = lambda x: float(np.percentile(x, 90))  # noqa: E731
    correct = r["correct"]
    out = {
        "n": int(len(reg)),
        "regret_mean": float(reg.mean()),
        "regret_mean_ci": bootstrap(reg, np.mean, rng),
        "regret_p90": p90(reg),
        "regret_p90_ci": bootstrap(reg, p90, rng),
        "accuracy": float(correct.mean()),
        "accuracy_ci": bootstrap(correct, np.mean, rng),
        "tv": float(r["tv"].mean()),
        "cos": float(r["cos"].mean()),
        "by_size": {int(k): float(reg[r["size"] == k].mean()) for k in SIZES},
        "by_alpha": {str(a): float(reg[r["alpha"] == a].mean()) for a in ALPHAS},
    }
    conf = r["conf"]
    if conf.max() > conf.min():
        out["ece"] = ece(conf, correct)
        out["auroc"] = auroc(conf, correct.astype(bool))
    return out


# -------------------------------------------------------------------- flip test


def flip_test(est, portfolios, n_pairs: int, seed: int, bank: str = "test") -> dict:
    """Rank of the X-heavy member under "likes X" vs "does not like X".

    Two readings of "X-heavy": the member with the highest reward on X
    (``highest``), and the member most specialized in X, highest r_X minus its mean
    reward on the other traits (``specialist``). A pair counts as *flippable* when
    ideal weights can flip it: the member ranks strictly higher under
    w = (prior + e_X) / 2 than under the prior with X set to 0; in a pair that is
    not flippable the member dominates (or is dominated) whatever X's weight is.

    A pair whose texts also state the other traits can be unflippable for the
    reader's reading of them even when flippable at the prior: *flippable in
    context* asks whether the pair flips when the X statement alone is read right
    (the estimator's scores with X's score set to +1 and -1; reported as a
    diagnostic, not an aim).
    """
    rng = np.random.default_rng([seed, 99])
    prior = np.full(len(TRAITS), 1 / len(TRAITS))
    link = getattr(est, "link", None) or LEXICAL_LINK
    stats = {
        d: {"all": [0, 0], "flippable": [0, 0], "top1": [0, 0], "in_context": [0, 0]}
        for d in ("highest", "specialist")
    }
    per_trait = {d: {} for d in stats}
    failed = []
    for x, trait in enumerate(TRAITS):
        counts = {d: [0, 0] for d in stats}
        for j in range(n_pairs):
            like, dislike = fam.flip_pair(trait, rng, bank)
            est_a = est.estimate(like, TRAITS)
            est_b = est.estimate(dislike, TRAITS)
            a, b = est_a.weights, est_b.weights
            z_like, z_dis = est_a.scores.copy(), est_b.scores.copy()
            z_like[x], z_dis[x] = 1.0, -1.0
            c_like, c_dis = link.weights(z_like), link.weights(z_dis)
            k = SIZES[j % len(SIZES)]
            rewards = portfolios[k][j % N_FRONTS]
            w_like = (prior + np.eye(len(TRAITS))[x]) / 2
            w_dis = prior.copy()
            w_dis[x] = 0
            w_dis /= w_dis.sum()
            others = np.delete(rewards, x, axis=1).mean(axis=1)
            members = {
                "highest": int(np.argmax(rewards[:, x])),
                "specialist": int(np.argmax(rewards[:, x] - others)),
            }
            for d, mx in members.items():
                ok = _rank(rewards, a, mx) < _rank(rewards, b, mx)
                can = _rank(rewards, w_like, mx) < _rank(rewards, w_dis, mx)
                st = stats[d]
                st["all"][0] += ok
                st["all"][1] += 1
                st["top1"][0] += (
                    _rank(rewards, a, mx) == 0 and _rank(rewards, b, mx) > 0
                )
                st["top1"][1] += 1
                if _rank(rewards, c_like, mx) < _rank(rewards, c_dis, mx):
                    st["in_context"][0] += ok
                    st["in_context"][1] += 1
                if can:
                    st["flippable"][0] += ok
                    st["flippable"][1] += 1
                    counts[d][0] += ok
                    counts[d][1] += 1
                    if not ok and d == "highest" and len(failed) < 5:
                        failed.append([like, dislike, k])
        for d in stats:
            per_trait[d][trait] = counts[d][0] / max(counts[d][1], 1)
    out = {"pairs": 4 * n_pairs, "failed_examples": failed, "per_trait": per_trait}
    for d, st in stats.items():
        for key, (num, den) in st.items():
            out[f"{d}_{key}_rate"] = num / max(den, 1)
            out[f"{d}_{key}_n"] = den
    return out


def _rank(rewards: np.ndarray, w: np.ndarray, m: int) -> int:
    u = rewards @ w
    return int((u > u[m] + 1e-12).sum())


# ------------------------------------------------------------------------ timing


def time_lexical(texts: list[str]) -> dict:
    """Per-summary time: the median of 3 runs of each text, one process."""
    est = LexicalEstimator()
    for t in texts[:50]:
        est.estimate(t, TRAITS)
    times = []
    for t in texts:
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            est.estimate(t, TRAITS)
            runs.append(time.perf_counter() - t0)
        times.append(float(np.median(runs)))
    times_arr = np.array(times) * 1e3
    return {
        "n": len(texts),
        "mean_ms": float(times_arr.mean()),
        "median_ms": float(np.median(times_arr)),
        "p99_ms": float(np.percentile(times_arr, 99)),
        "mean_chars": float(np.mean([len(t) for t in texts])),
    }


def time_lexical_batch(texts: list[str], n_jobs: int = 2, repeats: int = 3) -> dict:
    """Per-summary wall time of a whole batch, on 1 and on ``n_jobs`` processes.

    ``palm.estimator.estimate_many`` over all the texts, best of ``repeats``
    passes each, worker start-up included: throughput on ``n_jobs`` cores, with
    one process as the baseline of the same run.
    """
    est = LexicalEstimator()
    out = {"n": len(texts), "n_jobs": n_jobs}
    for jobs, key in ((1, "serial_ms"), (n_jobs, "parallel_ms")):
        best = math.inf
        for _ in range(repeats):
            t0 = time.perf_counter()
            estimate_many(est, texts, TRAITS, n_jobs=jobs)
            best = min(best, time.perf_counter() - t0)
        out[key] = 1e3 * best / len(texts)
    out["speedup"] = out["serial_ms"] / out["parallel_ms"]
    return out


# ------------------------------------------------------------------------ tuning


def tune(n_users: int, seed: int) -> None:
    """Fit the lexical link on the tuning banks, subject to flips on tune pairs.

    For each pair of bounds on the link (how decisive a plain "likes X" and a plain
    "does not like X" must be), :meth:`ScoreLink.fit` minimizes the cross-entropy
    of the tuning users' true weights. Among the links whose tune-bank flip pairs
    flip at least ``FLIP_BAR`` of the time, those within one standard error of the
    least tuning regret are statistically tied; of these the most decisive (the
    largest gap f(1) - f(-1)) is printed, ready to paste into
    ``palm.estimator.LEXICAL_LINK`` (the one-standard-error rule, here leaning
    toward flips rather than toward simplicity).
    """
    portfolios = make_portfolios(seed + 1)  # tuning fronts differ from test fronts
    reader = LexicalEstimator()
    z, w = [], []
    for family in fam.TUNING_FAMILIES:
        for a_i, alpha in enumerate(ALPHAS):
            rng = np.random.default_rng([seed + 1, FAMILY_SEED[family], a_i])
            for weights in rng.dirichlet(np.full(len(TRAITS), alpha), size=n_users):
                text = fam.generate(family, weights, rng, "tune")
                z.append(reader.scores(text, TRAITS)[0])
                w.append(weights)
    z_arr, w_arr = np.array(z), np.array(w)
    rows = []
    for like, dislike in itertools.product(
        (None, 0.8, 1.0, 1.2), (None, 2.0, 2.5, 3.0, 3.5, 4.0)
    ):
        high = None if dislike is None else -dislike
        link = ScoreLink.fit(
            z_arr, w_arr, bounds={1.0: (like, None), -1.0: (None, high)}
        )
        ce = float(-(w_arr * np.log(link.weights(z_arr))).sum(axis=1).mean())
        est = LexicalEstimator(link=link)
        res = simulate(
            fam.TUNING_FAMILIES, "tune", n_users, {"x": est}, portfolios, seed + 1
        )
        reg = np.concatenate([res[f]["x"]["regret"] for f in fam.TUNING_FAMILIES])
        flip = flip_test(est, portfolios, 150, seed + 1, bank="tune")
        rows.append(
            {
                "regret": float(reg.mean()),
                "se": float(reg.std(ddof=1) / np.sqrt(len(reg))),
                "flips": flip["highest_flippable_rate"],
                "cross_entropy": ce,
                "gap": float(link.logits([1.0, -1.0]) @ [1.0, -1.0]),
                "link": link,
            }
        )
        print(
            f"f(1) >= {like}, f(-1) <= {high}: regret {reg.mean():.4f} "
            f"cross-entropy {ce:.4f} flips {flip['highest_flippable_rate']:.3f} "
            f"values {np.round(link.values, 2).tolist()}",
            flush=True,
        )
    ok = [r for r in rows if r["flips"] >= FLIP_BAR]
    if not ok:
        print(f"no link reaches tune flips >= {FLIP_BAR}")
        return
    best = min(ok, key=lambda r: r["regret"])
    tied = [r for r in ok if r["regret"] <= best["regret"] + best["se"]]
    pick = max(tied, key=lambda r: r["gap"])
    values = tuple(round(v, 2) for v in pick["link"].values)
    print(
        f"least tuning regret with tune flips >= {FLIP_BAR}: {best['regret']:.4f} "
        f"(standard error {best['se']:.4f}); the most decisive of the {len(tied)} "
        f"links within one standard error: regret {pick['regret']:.4f}, flips "
        f"{pick['flips']:.3f}, cross-entropy {pick['cross_entropy']:.4f}; "
        f"values={values}"
    )


# -------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=400, help="users per family and alpha")
    ap.add_argument("--pairs", type=int, default=150, help="flip pairs per trait")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--quick", action="store_true", help="100 users, no embedding, no file"
    )
    ap.add_argument("--no-embedding", action="store_true")
    ap.add_argument(
        "--tune", action="store_true", help="grid search on the tuning banks"
    )
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if args.tune:
        tune(args.users if args.users != 400 else 200, args.seed)
        return 0
    n_users = 100 if args.quick else args.users
    t_start = time.time()
    portfolios = make_portfolios(args.seed)
    ests = estimators(include_embedding=not (args.quick or args.no_embedding))
    rng = np.random.default_rng(args.seed)
    report: dict = {"families": {}, "tuning_families": list(fam.TUNING_FAMILIES)}
    sims = {}
    for family in fam.FAMILIES:
        sims[family] = simulate([family], "test", n_users, ests, portfolios, args.seed)[
            family
        ]
        report["families"][family] = {
            m: summarize(r, rng) for m, r in sims[family].items() if m != "_texts"
        }
        print(f"{family}: done ({time.time() - t_start:.0f}s)", flush=True)
    informative = [f for f in fam.HELD_OUT_FAMILIES if f != "silent"]
    report["pooled"] = {
        m: summarize(
            {
                key: np.concatenate([sims[f][m][key] for f in informative])
                for key in sims[informative[0]][m]
            },
            rng,
        )
        for m in ("palm-lexical", "prior-best")
    }
    lexical_only = {k: v for k, v in ests.items() if not k.startswith("embedding")}
    tune_sims = simulate(
        fam.TUNING_FAMILIES, "tune", n_users, lexical_only, portfolios, args.seed
    )
    report["tuning_bank"] = {
        f: {m: summarize(r, rng) for m, r in tune_sims[f].items() if m != "_texts"}
        for f in fam.TUNING_FAMILIES
    }
    report["flip"] = {
        src: flip_test(LexicalEstimator(), portfolios, args.pairs, args.seed, bank=src)
        for src in FLIP_SOURCES
    }
    held_texts = [t for f in fam.HELD_OUT_FAMILIES for t in sims[f]["_texts"]]
    report["timing"] = time_lexical(held_texts)
    report["timing_batch"] = time_lexical_batch(held_texts, n_jobs=2)
    report["check_route_api"] = _check_route_api(
        sims["prose"]["_texts"][:200], portfolios
    )
    report["meta"] = {
        "command": "python " + " ".join([sys.argv[0], *(argv or sys.argv[1:])]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "palm": palm.__version__,
        "platform": platform.platform(),
        "users_per_family_alpha": n_users,
        "seed": args.seed,
        "threshold": DEFAULT_THRESHOLD,
        "estimator": repr(LexicalEstimator()),
        "link": LEXICAL_LINK.to_dict(),
        "seconds": round(time.time() - t_start, 1),
    }
    md = render(report)
    print(md)
    if not args.quick:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "routing.json").write_text(
            json.dumps(report, indent=1, sort_keys=True)
        )
        (args.out / "routing.md").write_text(md)
    return 0


def _check_route_api(texts, portfolios) -> bool:
    """The benchmark's argmax agrees with palm.route.route on real calls."""
    est = LexicalEstimator()
    p = Members(portfolios[4][0])
    for t in texts:
        r = route(p, t)
        e = est.estimate(t, TRAITS)
        expect = (
            int(np.argmax(p.member_rewards @ np.full(4, 0.25)))
            if e.confidence < DEFAULT_THRESHOLD
            else int(np.argmax(p.member_rewards @ e.weights))
        )
        if r.member != expect:
            return False
    return True


METHOD_ORDER = (
    "palm-lexical",
    "embedding+lexical",
    "embedding-only",
    "lexicon-only",
    "prior-best",
    "uniform",
    "random-member",
    "oracle-w",
)


def _ci(x) -> str:
    return f"[{x[0]:.3f}, {x[1]:.3f}]"


def render(report: dict) -> str:
    meta = report["meta"]
    lines = [
        "# Routing benchmark (issue 5)",
        "",
        f"* command: `{meta['command']}`",
        f"* date: {meta['date']}; machine: {meta['platform']}, {meta['cpus']} CPUs, "
        f"Python {meta['python']}, numpy {meta['numpy']}, palm {meta['palm']}",
        f"* {meta['users_per_family_alpha']} users per family and α ∈ {{0.3, 1, 3}}; "
        "portfolios of 2, 4, 8 members over (helpfulness, harmlessness, humor, "
        "conciseness) on 10 random fronts; every user is routed in all three sizes. "
        f"Estimator: `{meta['estimator']}` (link values {meta['link']['values']} "
        f"at scores {meta['link']['knots']}), fallback threshold {meta['threshold']}.",
        "* 95% bootstrap intervals over users × sizes (1000 resamples). Normalized "
        "regret is 0 for the best member and 1 for the worst; with 2 members it is "
        "the routing error rate.",
        "",
        "## Protocol",
        "",
        "* Tuned on the `tune` banks of `template` and `persona` only; their `test` "
        "banks share no phrase with the `tune` banks. Since 2026-12-07 the map from "
        "the reader's scores to weights is a fitted monotone link "
        "(`palm.ScoreLink.fit`: least cross-entropy of the tuning users' true "
        "weights, which aims at the posterior mean, T7), chosen by `--tune` among "
        "links with bounds on f(1) and f(-1): least tuning regret subject to "
        f"≥ {100 * FLIP_BAR:.0f}% flips on tune-bank flip pairs, ties within one "
        "standard error broken toward the more decisive link. Tuning regret 0.0353 "
        "with 98.2% tune flips (least: 0.0352; re-tuned on the tuning banks for the "
        "reader of this file; the hand-set softmax the link replaced, T=1.25, "
        "s=0.25, κ=4, had 0.0485). The 97% bar (95% until 2026-12-01) "
        "keeps a margin because tune-bank flips overstate test-bank flips.",
        "* **No family is blind at its run here.** Each was written without "
        "tuning on it, but the reading rules were later "
        "fixed where their failures showed. The first run of each family on a frozen "
        "estimator is the honest estimate of performance on a new style of summary; "
        "those runs are in the aims table (`first (blind) run`) and, for the "
        "external families, in full in `routing_blind_run1.md` to "
        "`routing_blind_run17.md`.",
        "* `prose`, `analysis` and `silent`: written by the author of the lexicon; a "
        "first quick run with untuned defaults gave regret 0.139 (`prose`) and 0.172 "
        "(`analysis`). `llm-style` (first run 0.275, prior-best 0.277) and "
        "`instructions` (0.288 vs 0.278) were written by the same author after two "
        "freezes of the rules; their failures exposed bugs that were fixed.",
        "* `llm-report` (LLM-summarizer reports), `profile-card` (structured "
        "profiles: key/value cards, Do/Don't lists, tags), `custom-instructions` "
        "(first-person custom instructions) and `review-digest` (digests of a "
        "user's ratings and comments) were each written blind by a separate "
        "author (a helper agent told not to read the estimator, its lexicon or the "
        "other generators), with their own flip pairs. Run 1 (estimator at 1c6a78c): "
        "`llm-report` 0.208 and `profile-card` 0.205 against prior-best 0.284 and "
        "0.277, flips 65% on each. The reader then gained general rules from their "
        "failures (stance headings that scope list items, relative-clause complaint "
        "scopes, bracketed annotations, idioms, determiner/filler-tolerant phrases, "
        "cross-trait modifiers, topic chains, more cue phrases) and the parameters "
        "were re-tuned as above. Run 2 (frozen at 8356d23) was the first run of "
        "`custom-instructions`, held in reserve until then: regret **0.140** against "
        "0.279 (50% below), flips 94.3% of flippable pairs. Its failures were then "
        "fixed too. Run 3 (frozen at 7d5c11c) was the first run of `review-digest`, "
        "also held in reserve: regret **0.199** against 0.288 (31% below), flips "
        "65.5%: the rules written for three other styles did not carry over to "
        "rating digests (comparisons, arrows, scores). Its failures were then fixed. "
        "Run 4 (frozen at 74cd47c, after the fitted link and five reading fixes of "
        "general English) was the first run of `onboarding-survey` (answers to an "
        "onboarding questionnaire: questions that name a trait with the stance in "
        "the answer, 'Do you enjoy banter? -> I don't', Likert choices, '1/5', "
        "checkboxes), written blind on 2026-12-07: regret **0.258** against 0.284 "
        "(9% below), flips 28.8%: the reader found the trait in the question but "
        "not the stance in the answer. The reader then learned questionnaires "
        "(a question is answered by the next sentence: cues of its own, or a stance "
        "that turns the question's reading; ratings; ticked options). Run 5 "
        "(frozen at 96c2fd8) was the first run of `support-notes` "
        "(support agents' CRM notes about a user), written blind on 2026-12-07 and "
        "held in reserve until the freeze: regret **0.152** against 0.282 (46% "
        "below), flips 70.3%. The reader then learned praise and complaint "
        "predicates, stance words and switches ('turn the humor off'), phrasal "
        "verbs around their object, conditions, reasons and more idioms. Run 6 "
        "(frozen at 1010b82) was the first run of `memory-entries` (an assistant's "
        "saved memory entries about a user), written blind on 2026-12-07: regret "
        "**0.131** against 0.281 (53% below), flips 80.7% of flippable pairs. "
        "Its failures were then fixed too (stance adjectives such as "
        "'uncomfortable with', verdicts such as 'finds X preachy', 'used to want', "
        "conditions after the cue they condition). Run 7 (frozen at ee1371d, after "
        "more rules of general English: comma scopes of a determiner 'no', "
        "indifference at either pole, dashes, relative clauses) was the first run of "
        "`persona-doc` (UX-research persona documents: Goals, Frustrations, Quotes, "
        "Do/Avoid sections, score labels), written blind on 2026-12-07: regret "
        "**0.245** against 0.275 (11% below), flips 48.1% of flippable pairs: "
        "markdown headings such as '## Pet peeves' were not read as stances over "
        "their items, and label values ('Humor tolerance: low') were not read. The "
        "reader then learned markdown, bold and capitalised headings, label values, "
        "adjective lists and more phrasing. After the run one of its flip templates "
        "was found with its two sides swapped (a delight on the side that likes "
        "brevity) and was corrected; its pairs also state other traits, which can "
        "pin the X-heavy member's rank (see *flippable in context* below). Run 8 "
        "(frozen at 2f16bc5, after the persona-doc fixes) was the first run of "
        "`reasoning-trace` (AlignXplore+-style reasoning over a user's chosen and "
        "rejected answers, pair by pair, with tallies, revised hypotheses and a "
        "conclusion), written blind on 2026-12-07: regret **0.133** against 0.281 "
        "(53% below), flips 87.5% of flippable pairs. The reader then learned that "
        "a revised hypothesis ('At first this looked like...') says nothing, and "
        "the low-importance and mild phrasings of such traces ('doesn't seem to "
        "drive the choice', 'never seemed to be penalized'). Run 9 (frozen at "
        "3632f61, the reader of this file) was the first run of `chat-excerpts` (a "
        "summarizer quoting the user's own chat messages, with typos, sarcasm and "
        "reactions, each with an interpretation), written blind on 2026-12-07: "
        "regret **0.121** against 0.276 (56% below), flips 70.1% of flippable "
        "pairs. Its failures were then fixed: the reader learned that a "
        "summarizer's note on a quoted message reads the message (sarcasm, a "
        "grudging 'fine'), that a note marking a message as a task or context "
        "drops it, verdict labels ('not a compliment:') and chat reactions. Run 10 "
        "(frozen at 47ba34b) was the first run of `second-person` ('What I know "
        "about you' pages written to the user, written and then audited blind by "
        "two helpers on 2026-12-07): regret **0.159** against 0.273 (42% below), "
        "flips 52.5% of flippable pairs. Its failures were then fixed too (the "
        "writer's 'my' in a text written to the user, linking verbs, phrasal verbs "
        "around their object, picks between two, priorities between two liked "
        "things, what the user wanted at first giving way to what they want now, "
        "negations in relative clauses). Run 11 (frozen at e84fe48) was the "
        "first run of `interview` (transcripts of preference interviews: open "
        "questions, spoken answers, yes/no answers, follow-up corrections), "
        "written blind on 2026-12-07 and held in reserve until the freeze: regret "
        "**0.184** against 0.268 (31% below), flips 63.1% of flippable pairs. Its "
        "failures were then fixed too (speaker labels, so that an answer answers "
        "the question before it; an answer that goes on to state the trait, or "
        "corrects a paraphrase, speaks for itself; a bare yes answers no open "
        "question; conditions as scopes of their own; spoken complaints and "
        "shrugs; what merely occurs in answers). Run 12 (frozen at 3905c3d, after "
        "verdicts on bare mentions, retractions, degree tails, tolerance of the "
        "unwanted pole and more spoken phrasing) was the first run of two "
        "families, each written blind on 2026-12-07 by its own helper: "
        "`summary-update` (a summarizer's updated summary, with superseded "
        "statements struck through, quoted or listed as before/now): regret "
        "**0.190** against 0.284 (33% below), flips 68.8% of flippable pairs; and "
        "`json-profile` (preference profiles as JSON, YAML or TOML, with several "
        "schemas, scores, flags and free-text values): regret **0.168** against "
        "0.284 (41% below), flips 53.2%. Their failures were then fixed too: the "
        "reader learned to parse data blocks (JSON, YAML, TOML) into statements, "
        "with scores read by their stated scale and fields relative to their "
        "label, and to read a revised summary for what holds now (struck-through "
        "wording, Was:/Stored: quotes, before/now pairs and tables, diffs, "
        "superseded sections), trait words that label a line, and the worst-"
        "failure and indifference phrasings of such summaries. Run 13 (frozen at "
        "61853f3, after a session of fixes from the failures of the seven newest "
        "families and a faster reader) was the first run of two more families, "
        "each written blind on 2026-12-07 by its own helper: `handoff-email` (a "
        "support colleague's handover email about how to answer a user: chatty "
        "prose, hedges, anecdotes, logistics, P.S. lines): regret **0.102** "
        "against 0.274 (63% below), flips 86.4% of flippable pairs, the closest "
        "first run to the aim so far; and `grading-rubric` (a personalized rubric "
        "for an LLM judge: points tables, checklists, weighted criteria, pass/fail "
        "gates, 'do not score' sections): regret **0.257** against 0.290 (11% "
        "below), flips 49.7%: the reader does not read a criterion's points as a "
        "stance ('-3 if the reply is solemn'). Their failures were then fixed (a "
        "rubric reader, concessions, tallies of wins, more phrasing). Run 14 "
        "(frozen at bf14960) was the first run of two more, each written blind "
        "on 2026-12-07 by its own helper: `team-thread` (colleagues discussing "
        "one user in a chat thread, with second-hand reports and retracted "
        "statements): regret **0.107** against 0.279 (62% below), flips 91.7% of "
        "flippable pairs; and `study-report` (a formal user-research write-up "
        "about one participant, with choice counts, ratings and effect sizes): "
        "regret **0.130** against 0.298 (56% below), flips 62.6%. Run 15 "
        "(frozen at 0005f4e, after fixes from the failures of team-thread and "
        "study-report) was the first run of two more, each written blind on "
        "2026-12-07 by its own helper: `user-stories` (a product team's backlog "
        "ticket about one user: user stories, Gherkin or checklist acceptance "
        "criteria, MoSCoW and P0-P2 labels, out-of-scope and non-goal lists): "
        "regret **0.180** against 0.290 (38% below), flips 57.2% of flippable "
        "pairs; and `voice-memo` (a transcript of one user's rambling voice memo: "
        "fillers, abandoned self-corrections, run-on sentences, missing "
        "punctuation, transcription marks): regret **0.166** against 0.271 (39% "
        "below), flips 68.4%. Run 16 (frozen at 14c8a6b, after fixes from the "
        "failures of those two) was the first run of two more, each written blind "
        "on 2026-12-07 by its own helper: `app-reviews` (one user's own app-store "
        "reviews of the assistant: star ratings that say nothing of the traits, "
        "venting, sarcasm, capitals, Pros/Cons lists, EDIT lines that revise an "
        "earlier statement): regret **0.114** against 0.283 (60% below), flips "
        "88.4% of flippable pairs; and `soap-notes` (a coach's session notes in "
        "SOAP format: quotes, observed picks with counts, a clinical assessment "
        "and a plan for the assistant's settings): regret **0.116** against 0.271 "
        "(57% below), flips 75.6%. Run 17 (frozen at 4ed65d3, after a session of "
        "speed work and fixes from the failures of soap-notes, user-stories and "
        "voice-memo) was the first run of two more, each written blind on "
        "2026-12-07 by its own helper: `texting` (a user's text messages to a "
        "friend who sets up the assistant: slang, abbreviations, emoji, one-word "
        "replies to the friend's questions, corrections in later messages): "
        "regret **0.143** against 0.281 (49% below), flips 73.6% of flippable "
        "pairs; and `relative-profile` (a summarizer's profile that states each "
        "preference relative to the population: percentiles, SD deltas, 'about "
        "average' for the population's mild liking): regret **0.164** against "
        "0.281 (42% below), flips 50.6%. Run 18 (frozen at 8078fad, after fixes "
        "from the failures of those two: texting spellings, chat-export threads, "
        "clauses about other users, ranks among users) was the first run of two "
        "more, each written blind on 2026-12-08 by its own helper: `tradeoffs` (a "
        "preference-elicitation tool's report of one user's would-you-rather "
        "answers: pairwise picks, rankings, ties, each stated trait with an "
        "absolute statement too): regret **0.139** against 0.286 (51% below), "
        "flips 86.1% of flippable pairs; and `second-language` (one user's own "
        "wishes written in learner English: dropped articles, calques, false "
        "friends, double negatives, letters and forms): regret **0.138** against "
        "0.285 (52% below), flips 70.3%. Run 19 (frozen at 36307c6, after fixes "
        "from the failures of those two) was the first run of two more, each written "
        "blind on 2026-12-08 by its own helper: `requirements-spec` (preferences as "
        "a formal requirements specification: RFC 2119 clauses, priority tables): "
        "regret **0.241** against 0.288 (16% below), flips 57.2% of flippable "
        "pairs; and `assistant-comparison` (a user comparing assistants they used "
        "before): regret **0.191** against 0.281 (32% below), flips 56.9%.",
        "",
        "## Aims (held-out families)",
        "",
    ]
    lines += _aims(report)
    for family in fam.FAMILIES:
        tag = (
            "held-out family"
            if family in fam.HELD_OUT_FAMILIES
            else "tuned family, held-out `test` bank"
        )
        lines += [
            "",
            f"## `{family}` ({tag})",
            "",
            "| method | regret mean [95% CI] | regret p90 [95% CI] | accuracy [95% CI] "
            "| TV | cos | ECE | AUROC | regret by size 2/4/8 |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        rows = report["families"][family]
        for m in METHOD_ORDER:
            if m not in rows:
                continue
            r = rows[m]
            bys = "/".join(f"{r['by_size'][k]:.3f}" for k in SIZES)
            e = f"{r['ece']:.3f}" if "ece" in r else "–"
            au = f"{r['auroc']:.3f}" if r.get("auroc") is not None else "–"
            lines.append(
                f"| {m} | {r['regret_mean']:.3f} {_ci(r['regret_mean_ci'])} | "
                f"{r['regret_p90']:.3f} {_ci(r['regret_p90_ci'])} | "
                f"{r['accuracy']:.3f} {_ci(r['accuracy_ci'])} | {r['tv']:.3f} | "
                f"{r['cos']:.3f} | {e} | {au} | {bys} |"
            )
    lines += ["", "## Tuning banks (for reference; not a result)", ""]
    lines += ["| family | palm-lexical regret | prior-best regret |", "|---|---|---|"]
    for f, rows in report["tuning_bank"].items():
        lines.append(
            f"| {f} | {rows['palm-lexical']['regret_mean']:.3f} | "
            f"{rows['prior-best']['regret_mean']:.3f} |"
        )
    lines += [
        "",
        "## Flip test",
        "",
        'Pairs of summaries identical but for "likes X" / "does not like X", '
        f"{report['flip']['test']['pairs']} per source: `test` is this benchmark's "
        "own bank (five phrasings, 0-2 off-trait context sentences), the others are "
        "written by each external family's own `flip_pair`; portfolios of 2, 4, 8 "
        "members. A pair flips when the X-heavy member ranks strictly higher (by "
        'estimated utility) under the "likes" text than under the "does not like" '
        "text. A pair is *flippable* when ideal weights flip it (the member ranks "
        "higher under (prior + e_X)/2 than under the prior with X at 0); in the others "
        "the member dominates, or is dominated, whatever weight X gets.",
        "",
        "*Flippable in context* (a diagnostic) asks whether the pair flips when only "
        "the X statement is read right: the reader's scores with X's set to +1 and -1; "
        "a pair whose other statements pin the member's rank is not.",
        "",
        "| source | X-heavy member | flip rate, flippable pairs (n) | flip rate, all "
        'pairs | routed under "likes" only | flippable in context (n) |',
        "|---|---|---|---|---|---|",
    ]
    for src, fl in report["flip"].items():
        for d, label in (
            ("highest", "highest reward on X"),
            ("specialist", "most specialized in X"),
        ):
            lines.append(
                f"| {src} | {label} | **{fl[d + '_flippable_rate']:.3f}** "
                f"({fl[d + '_flippable_n']}) | "
                f"{fl[d + '_all_rate']:.3f} | {fl[d + '_top1_rate']:.3f} | "
                f"{fl[d + '_in_context_rate']:.3f} ({fl[d + '_in_context_n']}) |"
            )
    lines.append("")
    for src, fl in report["flip"].items():
        lines.append(
            f"* `{src}`, per trait (highest, flippable): "
            + ", ".join(f"{k} {v:.3f}" for k, v in fl["per_trait"]["highest"].items())
        )
        if fl["failed_examples"]:
            lines.append(f"  first failures: {fl['failed_examples'][:3]}")
    tm = report["timing"]
    lines += [
        "",
        "## Speed",
        "",
        f"Lexical estimator, one summary at a time on held-out texts (n={tm['n']}, "
        f"mean {tm['mean_chars']:.0f} characters), single process: mean "
        f"{tm['mean_ms']:.3f} ms, median {tm['median_ms']:.3f} ms, p99 "
        f"{tm['p99_ms']:.3f} ms.",
        "",
        *_batch_speed_lines(report),
        f"`palm.route.route` agreed with the benchmark's argmax on 200 prose "
        f"summaries: {report['check_route_api']}. Total run time {meta['seconds']} s.",
    ]
    return "\n".join(lines) + "\n"


def _aims(report: dict) -> list[str]:
    out = ["| aim | family | measured | met |", "|---|---|---|---|"]
    informative = [f for f in fam.HELD_OUT_FAMILIES if f != "silent"]
    for f in [*informative, "pooled"]:
        r = report["pooled"] if f == "pooled" else report["families"][f]
        ours, pb = r["palm-lexical"]["regret_mean"], r["prior-best"]["regret_mean"]
        ci = _ci(r["palm-lexical"]["regret_mean_ci"])
        red = 1 - ours / pb
        name = "all held-out with text, pooled" if f == "pooled" else f
        out.append(
            f"| mean normalized regret ≤ 0.10 | {name} | {ours:.3f} {ci} | "
            f"{_yes(ours <= 0.10)} |"
        )
        out.append(
            f"| ≥ 50% below prior-best | {name} | {100 * red:.0f}% ({ours:.3f} vs "
            f"{pb:.3f}) | {_yes(red >= 0.5)} |"
        )
    for f, first in fam.FIRST_RUN_BLIND.items():
        out.append(
            f"| mean normalized regret ≤ 0.10, first (blind) run, before fixes | {f} | "
            f"{first:.3f} | {_yes(first <= 0.10)} |"
        )
    s = report["families"]["silent"]
    ours, pb = s["palm-lexical"]["regret_mean"], s["prior-best"]["regret_mean"]
    out.append(
        f"| trait-silent text falls back to the prior | silent | regret {ours:.3f} vs "
        f"prior-best {pb:.3f} | {_yes(abs(ours - pb) < 1e-9)} |"
    )
    for src, fl in [*report["flip"].items(), ("pooled", _pool_flips(report))]:
        for key, label in (("all", "all pairs"), ("flippable", "flippable pairs")):
            rate = fl[f"highest_{key}_rate"]
            out.append(
                f'| "likes X" vs "does not like X" flips ≥ 95% | {src}, {label} '
                f"(n={fl[f'highest_{key}_n']}) | {100 * rate:.1f}% | "
                f"{_yes(rate >= 0.95)} |"
            )
    tm = report["timing"]
    out.append(
        f"| < 1 ms per summary (lexical, 2 cores) | held-out texts, one at a time "
        f"(latency, 1 process) | {tm['mean_ms']:.3f} ms mean, {tm['p99_ms']:.3f} ms "
        f"p99 | {_yes(tm['mean_ms'] < 1)} |"
    )
    tb = report.get("timing_batch")
    if tb:
        out.append(
            f"| < 1 ms per summary (lexical, 2 cores) | held-out texts as one batch "
            f"(throughput, {tb['n_jobs']} processes) | {tb['parallel_ms']:.3f} ms per "
            f"summary (1 process: {tb['serial_ms']:.3f}) | "
            f"{_yes(tb['parallel_ms'] < 1)} |"
        )
    return out


def _batch_speed_lines(report: dict) -> list[str]:
    tb = report.get("timing_batch")
    if not tb:
        return []
    return [
        f"The same {tb['n']} texts as one batch through "
        f"`palm.estimator.estimate_many` (wall time per summary, best of 3, worker "
        f"start-up included): 1 process {tb['serial_ms']:.3f} ms, {tb['n_jobs']} "
        f"processes {tb['parallel_ms']:.3f} ms ({tb['speedup']:.2f}x). This is "
        "throughput; a single summary still takes the latency above.",
        "",
    ]


def _pool_flips(report: dict) -> dict:
    """Flip rates over all sources together (weighted by their pair counts)."""
    out = {}
    for key in ("all", "flippable"):
        n = sum(fl[f"highest_{key}_n"] for fl in report["flip"].values())
        hits = sum(
            fl[f"highest_{key}_rate"] * fl[f"highest_{key}_n"]
            for fl in report["flip"].values()
        )
        out[f"highest_{key}_n"] = n
        out[f"highest_{key}_rate"] = hits / max(n, 1)
    return out


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


if __name__ == "__main__":
    raise SystemExit(main())
