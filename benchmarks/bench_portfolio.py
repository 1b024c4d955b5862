"""Portfolio benchmark: PALM against the uniform and random baselines, in one run.

Instances (1,000 candidates each unless ``--n-candidates``):

* ``quarter-circle`` - the hard instance in d = 2, ``palm.instance.quarter_circle``;
  its best K-member multiplicative gap is known in closed form
  (members evenly spaced on the arc: ε = 1/cos(π/(4K)) − 1);
* ``sphere`` - the hard instance in d = 3, ``palm.instance.sphere_octant``;
* ``concave-d2`` … ``concave-d5`` - random concave fronts
  (``palm.instance.concave_front`` with ``random_state=d``, power drawn in [1.5, 4]);
* ``concave-d12`` - a random concave front with 12 traits.

For each instance and each budget K (default 1…10) it reports the certified (exact,
whole-simplex) gaps of

* PALM: ``Portfolio.fit(r, n_members=K, delta=0.0)`` (ε̂-optimal, pure multiplicative)
  and ``Portfolio.fit(r, n_members=K)`` (δ̂-optimal, pure additive), with whether each
  is proven optimal and its proven lower bound;
* uniform: ``method="uniform", n_members=K`` (a Das–Dennis lattice of K weights);
* random: ``method="random", n_members=K`` over several seeds (mean ± sd);

and, for each target ε = δ ∈ {0.01, 0.02}, the size each method needs to certify it
(``Portfolio.fit(r, eps=e)``), with fit times. Ratios are baseline / PALM.

Usage::

    python benchmarks/bench_portfolio.py                 # full run, ~30 min on 2 cores
    python benchmarks/bench_portfolio.py --quick         # smoke test, < 1 min
    python benchmarks/bench_portfolio.py --instances quarter-circle sphere

Writes ``portfolio.md`` and ``portfolio.json`` to ``--out`` (default
``benchmarks/results``; with ``--quick`` a temporary directory, so that a smoke test
never overwrites the real results). Results are rewritten after every instance, so
an interrupted run keeps what it finished.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _common as common  # noqa: E402

logger = logging.getLogger("bench_portfolio")

RESULTS = Path(__file__).resolve().parent / "results"
NAME = "portfolio"
PACKAGES = ("numpy", "scipy", "highspy", "cvxpy", "tqdm", "palm-portfolio")
#: Ties: PALM "at or below" a baseline allows this much numerical slack.
TIE_TOL = 1e-9
#: The quarter-circle aim: PALM's ε̂ within this factor of the arc's optimum.
ARC_FACTOR = 1.10
#: Timing aims (seconds) by dimension, for 1,000 candidates.
TIME_AIMS = {3: 2.0, 12: 30.0}


# -------------------------------------------------------------------- instances


@dataclass(frozen=True)
class Spec:
    """How to build one benchmark instance."""

    d: int
    build: Callable[[int], np.ndarray]
    description: str
    power: float | None = None


def _concave(d: int) -> Spec:
    # concave_front draws its power first from default_rng(random_state)
    power = float(np.random.default_rng(d).uniform(1.5, 4.0))
    return Spec(
        d,
        lambda n, d=d: _palm().instance.concave_front(n, d, random_state=d),
        f"random concave front ||r||_p = 1, p = {power:.3f} (random_state={d})",
        power,
    )


def _palm():
    import palm
    import palm.instance  # noqa: F401

    return palm


INSTANCES: dict[str, Spec] = {
    "quarter-circle": Spec(
        2,
        lambda n: _palm().instance.quarter_circle(n),
        "quarter circle (cos θ, sin θ), θ evenly spaced in [0, π/2] (hard instance)",
    ),
    "sphere": Spec(
        3,
        lambda n: _palm().instance.sphere_octant(n, 3, random_state=0),
        "random points on the positive unit-sphere octant plus the axis points "
        "(hard instance, random_state=0)",
        2.0,
    ),
    **{f"concave-d{d}": _concave(d) for d in (2, 3, 4, 5, 12)},
}


# ------------------------------------------------------------------------- fits


def _first_line(text: str, limit: int = 240) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 3] + "..."


def timed_fit(rewards: np.ndarray, **kwargs: Any) -> dict[str, Any]:
    """Time ``Portfolio.fit`` with ``perf_counter``; record errors, do not raise."""
    from palm import Portfolio

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start = time.perf_counter()
        try:
            p = Portfolio.fit(rewards, **kwargs)
        except Exception as exc:  # noqa: BLE001 - a benchmark records failures
            elapsed = time.perf_counter() - start
            logger.error("fit(%s) raised %s: %s", kwargs, type(exc).__name__, exc)
            return {
                "error": f"{type(exc).__name__}: {_first_line(str(exc))}",
                "time_s": elapsed,
            }
        elapsed = time.perf_counter() - start
    cert = p.certificate
    out: dict[str, Any] = {
        "size": len(p),
        "eps_hat": float(cert.eps_hat),
        "delta_hat": float(cert.delta_hat),
        "time_s": elapsed,
        "n_oracle_calls": int(p.n_oracle_calls),
        "members": [int(i) for i in p.member_indices],
    }
    if kwargs.get("method", "exact") == "exact":
        out["optimal"] = bool(p.optimal)
        out["lower_bound"] = float(p.lower_bound)
    if cert.holds is not None and kwargs.get("n_members") is None:
        out["holds"] = bool(cert.holds)
        out["delta_at_eps"] = float(cert.delta_at_eps)
    notes = sorted(
        {f"{w.category.__name__}: {_first_line(str(w.message))}" for w in caught}
    )
    if notes:
        out["warnings"] = notes[:5]
    return out


def _finite(values: Sequence[float]) -> list[float]:
    return [v for v in values if math.isfinite(v)]


def aggregate(runs: list[dict[str, Any]], keys: Sequence[str]) -> dict[str, Any]:
    """Mean, sd, min, max over seeds of each key (inf when any seed is inf)."""
    ok = [r for r in runs if "error" not in r]
    out: dict[str, Any] = {"n_seeds": len(runs), "n_errors": len(runs) - len(ok)}
    if any("holds" in r for r in ok):
        out["n_not_met"] = sum(not r.get("holds", True) for r in ok)
    for key in keys:
        vals = [float(r[key]) for r in ok]
        if not vals:
            out[key] = None
            continue
        n_inf = len(vals) - len(_finite(vals))
        mean = math.inf if n_inf else statistics.fmean(vals)
        sd = math.nan if n_inf else (statistics.stdev(vals) if len(vals) > 1 else 0.0)
        out[key] = {
            "mean": mean,
            "sd": sd,
            "min": min(vals),
            "max": max(vals),
            "n_inf": n_inf,
            "values": vals,
        }
    return out


def ratio(baseline: float | None, palm: float | None) -> float | None:
    """baseline / PALM (inf when PALM is 0 and the baseline is not; None if missing)."""
    if baseline is None or palm is None:
        return None
    if palm == 0:
        return 1.0 if baseline == 0 else math.inf
    return baseline / palm


# ------------------------------------------------------------------------- runs


def run_instance(
    name: str, rewards: np.ndarray, cfg: argparse.Namespace, spec: Spec
) -> dict[str, Any]:
    """Every measurement for one instance."""
    from palm.certificate import upper_hull_mask
    from palm.instance import quarter_circle_optimal_gap

    n, d = rewards.shape
    ks = cfg.ks if d < 10 else cfg.ks_high_d
    tasks: list[tuple[str, Any]] = []
    for k in ks:
        tasks += [("palm-eps", k), ("palm-delta", k), ("uniform", k), ("random", k)]
    for e in cfg.targets:
        tasks += [("target-palm", e), ("target-uniform", e), ("target-random", e)]

    budget: dict[int, dict[str, Any]] = {k: {"K": k} for k in ks}
    targets: dict[float, dict[str, Any]] = {
        e: {"eps": e, "delta": e} for e in cfg.targets
    }
    started = time.perf_counter()
    bar = tqdm(tasks, desc=name, unit="task", mininterval=2.0, dynamic_ncols=True)
    for kind, arg in bar:
        bar.set_postfix_str(f"{kind} {arg}")
        if kind == "palm-eps":
            budget[arg]["palm_eps"] = timed_fit(
                rewards, n_members=arg, delta=0.0, time_limit=cfg.time_limit
            )
        elif kind == "palm-delta":
            budget[arg]["palm_delta"] = timed_fit(
                rewards, n_members=arg, time_limit=cfg.time_limit
            )
        elif kind == "uniform":
            budget[arg]["uniform"] = timed_fit(rewards, n_members=arg, method="uniform")
        elif kind == "random":
            runs = [
                timed_fit(rewards, n_members=arg, method="random", random_state=s)
                for s in range(cfg.seeds)
            ]
            budget[arg]["random"] = aggregate(
                runs, ("eps_hat", "delta_hat", "size", "time_s")
            )
        elif kind == "target-palm":
            targets[arg]["palm"] = timed_fit(
                rewards, eps=arg, time_limit=cfg.target_time_limit
            )
        elif kind == "target-uniform":
            targets[arg]["uniform"] = timed_fit(rewards, eps=arg, method="uniform")
        elif kind == "target-random":
            runs = [
                timed_fit(rewards, eps=arg, method="random", random_state=s)
                for s in range(cfg.target_seeds)
            ]
            targets[arg]["random"] = aggregate(
                runs, ("size", "time_s", "eps_hat", "delta_hat")
            )
    bar.close()

    rows = []
    for k in ks:
        row = budget[k]
        pe, pd = row["palm_eps"], row["palm_delta"]
        un, rn = row["uniform"], row["random"]
        for gap, palm in (("eps_hat", pe), ("delta_hat", pd)):
            mine = palm.get(gap)
            row[f"ratio_uniform_{gap}"] = ratio(un.get(gap), mine)
            rmean = rn[gap]["mean"] if rn.get(gap) else None
            row[f"ratio_random_{gap}"] = ratio(rmean, mine)
        if name == "quarter-circle":
            arc = quarter_circle_optimal_gap(k)
            row["arc_optimum_eps"] = arc
            row["palm_over_arc"] = (
                None if pe.get("eps_hat") is None else pe["eps_hat"] / arc
            )
        rows.append(row)
    for e in cfg.targets:
        t = targets[e]
        size = t["palm"].get("size")
        t["ratio_uniform_size"] = ratio(t["uniform"].get("size"), size)
        rs = t["random"].get("size")
        t["ratio_random_size"] = ratio(rs["mean"] if rs else None, size)
    return {
        "name": name,
        "description": spec.description,
        "n_candidates": n,
        "n_traits": d,
        "power": spec.power,
        "n_upper_hull": int(upper_hull_mask(rewards).sum()),
        "ks": list(ks),
        "budget": rows,
        "targets": [targets[e] for e in cfg.targets],
        "runtime_s": time.perf_counter() - started,
    }


def cold_start() -> dict[str, Any]:
    """Import time and a first (cold) fit, then the same fit warm."""
    start = time.perf_counter()
    import palm
    from palm.instance import quarter_circle

    import_s = time.perf_counter() - start
    small = quarter_circle(101)
    cold = timed_fit(small, eps=0.05)
    warm = timed_fit(small, eps=0.05)
    # not reported: warms the d = 3 paths (LP, local search) before the timed fits
    from palm.instance import sphere_octant

    timed_fit(sphere_octant(200, 3, random_state=1), eps=0.02)
    logger.info(
        "import palm %.2f s; first fit %.2f s (cold: cvxpy/HiGHS load), again %.3f s",
        import_s,
        cold["time_s"],
        warm["time_s"],
    )
    return {
        "what": "Portfolio.fit(quarter_circle(101), eps=0.05), first call then again",
        "palm_version": palm.__version__,
        "import_palm_s": import_s,
        "cold_fit_s": cold["time_s"],
        "warm_fit_s": warm["time_s"],
    }


# ------------------------------------------------------------------------- aims


def evaluate_aims(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each aim of the issue with the measured number and PASS/FAIL."""
    insts = report["instances"]
    aims: list[dict[str, Any]] = []
    quick = report["config"]["quick"]

    for gap, palm_key, label in (
        ("eps_hat", "palm_eps", "ε̂"),
        ("delta_hat", "palm_delta", "δ̂"),
    ):
        total = at_or_below = strict = 0
        worst: tuple[float, str] | None = None
        raised, worse = [], []
        for inst in insts.values():
            for row in inst["budget"]:
                total += 1
                where = f"{inst['name']} K={row['K']}"
                mine = row[palm_key].get(gap)
                un = row["uniform"].get(gap)
                rn = row["random"][gap]["mean"] if row["random"].get(gap) else None
                if mine is None or un is None or rn is None:
                    raised.append(where)
                    continue
                best_base = min(un, rn)
                if mine <= best_base + TIE_TOL:
                    at_or_below += 1
                    strict += mine < best_base - TIE_TOL
                else:
                    worse.append(where)
                r = ratio(best_base, mine)
                if r is not None and (worst is None or r < worst[0]):
                    worst = (r, where)
        measured = (
            f"PALM ≤ both baselines at {at_or_below}/{total} (instance, K), strictly "
            f"below at {strict}/{total}"
        )
        if worse:
            measured += f"; PALM worse at {len(worse)}: " + ", ".join(worse)
        elif at_or_below:
            measured += "; no PALM result that returned is worse than a baseline"
        if raised:
            measured += (
                f"; {len(raised)} fits raised an error (counted as failures): "
                + ", ".join(raised)
            )
        if worst is not None:
            measured += (
                f"; smallest (best baseline)/PALM = {_fmt_ratio(worst[0])} ({worst[1]})"
            )
        failures = raised + worse
        aims.append(
            {
                "aim": f"PALM's certified {label} is below both baselines (uniform; "
                "random mean over seeds) at every K, on every instance (ties count as "
                "below)",
                "measured": measured,
                "pass": bool(total) and not failures,
            }
        )

    qc = insts.get("quarter-circle")
    if qc is not None:
        ratios = [(row.get("palm_over_arc"), row["K"]) for row in qc["budget"]]
        missing = [k for r, k in ratios if r is None]
        good = [(r, k) for r, k in ratios if r is not None]
        worst_r, worst_k = max(good) if good else (math.nan, None)
        measured = (
            f"max over K of PALM ε̂ / (1/cos(π/(4K)) − 1) = {worst_r:.4f} at K={worst_k}"
        )
        if missing:
            measured += f"; no result at K={missing}"
        aims.append(
            {
                "aim": f"Quarter circle: PALM ε̂ within {ARC_FACTOR - 1:.0%} of the "
                "best possible K-member gap, ε = 1/cos(π/(4K)) − 1, at every K",
                "measured": measured,
                "pass": not missing and bool(good) and worst_r <= ARC_FACTOR,
            }
        )

    for d, limit in TIME_AIMS.items():
        chosen = [i for i in insts.values() if i["n_traits"] == d]
        if not chosen:
            continue
        n_cands = sorted({i["n_candidates"] for i in chosen})
        names = ", ".join(i["name"] for i in chosen)
        target_times = [
            (t["palm"]["time_s"], f"{i['name']} ε=δ={t['eps']:g}", "error" in t["palm"])
            for i in chosen
            for t in i["targets"]
        ]
        budget_times = [
            (row[key]["time_s"], f"{i['name']} K={row['K']} {key}", "error" in row[key])
            for i in chosen
            for row in i["budget"]
            for key in ("palm_eps", "palm_delta")
        ]
        for mode, times, how in (
            ("target", target_times, "Portfolio.fit(r, eps=e), e ∈ targets"),
            (
                "budget",
                budget_times,
                "Portfolio.fit(r, n_members=K[, delta=0]), capped by --time-limit "
                f"{report['config']['time_limit']:g} s",
            ),
        ):
            if not times:
                continue
            t_max, where, _ = max(times)
            n_err = sum(e for _, _, e in times)
            n_over = sum(t >= limit for t, _, _ in times)
            median = statistics.median(t for t, _, _ in times)
            measured = (
                f"max {t_max:.2f} s ({where}); median {median:.2f} s; "
                f"{n_over}/{len(times)} fits ≥ {limit:g} s"
            )
            if n_err:
                measured += f"; {n_err} fits raised an error (counted as failures)"
            verdict: bool | None = n_over == 0 and n_err == 0
            if n_cands != [1000]:
                measured += " (the aim is for 1,000 candidates: no verdict)"
                verdict = None
            aims.append(
                {
                    "aim": f"Fitting {'/'.join(map(str, n_cands))} candidates with "
                    f"d = {d} takes under {limit:g} s on 2 cores — {mode} mode: {how} "
                    f"[{names}]",
                    "measured": measured,
                    "pass": verdict,
                }
            )
    if quick:
        for aim in aims:
            aim["measured"] += " (quick mode: reduced sizes, not a verdict)"
            aim["pass"] = None
    return aims


# ------------------------------------------------------------------- rendering


def _fmt(x: Any, digits: int = 4) -> str:
    """``digits`` significant digits below 1000; integers as integers."""
    if x is None:
        return "—"
    if isinstance(x, float):
        if math.isinf(x):
            return "∞"
        if math.isnan(x):
            return "nan"
        if x.is_integer() and abs(x) < 1e6:
            return str(int(x))
        return f"{x:.{digits}g}" if abs(x) < 1000 else f"{x:.0f}"
    return str(x)


def _fmt_time(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _fmt_ratio(x: float | None) -> str:
    if x is None:
        return "—"
    if math.isinf(x):
        return "∞"
    return f"{x:.2f}"


def _fmt_agg(agg: dict[str, Any] | None, digits: int = 4) -> str:
    if not agg:
        return "error"
    if agg["n_inf"]:
        return f"∞ ({agg['n_inf']}/{len(agg['values'])} seeds ∞)"
    return f"{_fmt(agg['mean'], digits)} ± {_fmt(agg['sd'], digits)}"


def _palm_cell(res: dict[str, Any], gap: str) -> str:
    if "error" in res:
        return "error†"
    mark = "" if res.get("optimal") else "*"
    return f"{_fmt(res[gap])}{mark}"


def _base_cell(res: dict[str, Any], gap: str) -> str:
    if "error" in res:
        return "error†"
    return f"{_fmt(res[gap])} ({res['size']})"


def render_instance(inst: dict[str, Any], cfg: dict[str, Any]) -> str:
    seeds = cfg["seeds"]
    qc = inst["name"] == "quarter-circle"
    out = [
        f"### {inst['name']}",
        "",
        f"{inst['description']}; {inst['n_candidates']} candidates, d = "
        f"{inst['n_traits']}, {inst['n_upper_hull']} on the upper convex hull; "
        f"instance runtime {inst['runtime_s']:.0f} s.",
        "",
    ]
    for gap, key, label in (
        ("eps_hat", "palm_eps", "multiplicative gap ε̂ (δ = 0)"),
        ("delta_hat", "palm_delta", "additive gap δ̂ (ε = 0)"),
    ):
        sym = "ε̂" if gap == "eps_hat" else "δ̂"
        head = [
            "K",
            f"PALM {sym}",
            "PALM lower bound",
            "PALM fit s",
            "uniform (size)",
            f"random mean ± sd ({seeds} seeds)",
            "uniform / PALM",
            "random / PALM",
        ]
        if qc and gap == "eps_hat":
            head += ["arc optimum", "PALM / arc"]
        rows = []
        for row in inst["budget"]:
            palm = row[key]
            cells = [
                row["K"],
                _palm_cell(palm, gap),
                _fmt(palm.get("lower_bound")),
                _fmt_time(palm.get("time_s")),
                _base_cell(row["uniform"], gap),
                _fmt_agg(row["random"].get(gap)),
                _fmt_ratio(row[f"ratio_uniform_{gap}"]),
                _fmt_ratio(row[f"ratio_random_{gap}"]),
            ]
            if qc and gap == "eps_hat":
                cells += [
                    _fmt(row["arc_optimum_eps"]),
                    (
                        "—"
                        if row["palm_over_arc"] is None
                        else f"{row['palm_over_arc']:.4f}"
                    ),
                ]
            rows.append(cells)
        out += [f"Certified {label} at budget K:", "", common.md_table(head, rows), ""]

    head = [
        "target ε = δ",
        "PALM size",
        "PALM lower bound",
        "PALM fit s",
        "uniform size",
        "uniform fit s",
        f"random size mean ± sd [min–max] ({cfg['target_seeds']} seeds)",
        "random fit s (mean)",
        "uniform / PALM",
        "random / PALM",
    ]
    rows = []
    not_met = False
    for t in inst["targets"]:
        p, u, r = t["palm"], t["uniform"], t["random"]
        size = r.get("size")
        if size:
            rand = f"{size['mean']:.1f} ± {size['sd']:.1f}"
            rand += f" [{size['min']:.0f}–{size['max']:.0f}]"
            if r.get("n_not_met"):
                rand += f" ‡ ({r['n_not_met']}/{len(size['values'])} seeds not met)"
                not_met = True
        else:
            rand = "error†"
        cells = []
        for res in (p, u):
            if "error" in res:
                cells.append("error†")
                continue
            cell = str(res["size"])
            if res.get("optimal") is False:
                cell += "*"
            if not res.get("holds", True):
                cell += " ‡"
                not_met = True
            cells.append(cell)
        rows.append(
            [
                _fmt(t["eps"]),
                cells[0],
                _fmt(p.get("lower_bound")),
                _fmt_time(p.get("time_s")),
                cells[1],
                _fmt_time(u.get("time_s")),
                rand,
                _fmt_time(r["time_s"]["mean"]) if r.get("time_s") else "—",
                _fmt_ratio(t["ratio_uniform_size"])
                + ("" if u.get("holds", True) else " ‡"),
                _fmt_ratio(t["ratio_random_size"])
                + (" ‡" if r.get("n_not_met") else ""),
            ]
        )
    out += ["Size needed to certify ε = δ:", "", common.md_table(head, rows), ""]
    if not_met:
        out += [
            "‡ Target NOT met: the search stopped at its cap "
            f"({cfg.get('max_baseline_size', 'MAX_BASELINE_SIZE')} weights for the "
            "baselines) and the size shown does not certify; the ratio is then only a "
            "lower bound on the baseline's true size.",
            "",
        ]
    errors = _errors(inst)
    if errors:
        out += ["† Fits that raised:", ""] + [f"* {e}" for e in errors] + [""]
    return "\n".join(out)


def _errors(inst: dict[str, Any]) -> list[str]:
    out = []
    for row in inst["budget"]:
        for key in ("palm_eps", "palm_delta", "uniform"):
            if "error" in row[key]:
                out.append(f"K={row['K']} {key}: {row[key]['error']}")
        if row["random"].get("n_errors"):
            out.append(f"K={row['K']} random: {row['random']['n_errors']} seeds raised")
    for t in inst["targets"]:
        for key in ("palm", "uniform"):
            if "error" in t[key]:
                out.append(f"target {t['eps']:g} {key}: {t[key]['error']}")
        if t["random"].get("n_errors"):
            out.append(
                f"target {t['eps']:g} random: {t['random']['n_errors']} seeds raised"
            )
    return out


def summary_table(report: dict[str, Any]) -> str:
    """One row per instance: geometric-mean ratios over K and target sizes."""

    def gmean(values: list[float | None]) -> float | None:
        vals = [v for v in values if v is not None and math.isfinite(v) and v > 0]
        return math.exp(statistics.fmean(map(math.log, vals))) if vals else None

    head = [
        "instance",
        "d",
        "uniform/PALM ε̂",
        "random/PALM ε̂",
        "uniform/PALM δ̂",
        "random/PALM δ̂",
        "PALM ε̂ proven optimal",
        "PALM δ̂ proven optimal",
        *[f"size at {e:g}: PALM / unif / rand" for e in report["config"]["targets"]],
    ]
    rows = []
    for inst in report["instances"].values():
        b = inst["budget"]
        sizes = []
        for t in inst["targets"]:
            p = t["palm"]
            rs = t["random"].get("size")
            u_mark = "" if t["uniform"].get("holds", True) else "‡"
            r_mark = "‡" if t["random"].get("n_not_met") else ""
            sizes.append(
                f"{p.get('size', 'err')}{'' if p.get('optimal') else '*'} / "
                f"{t['uniform'].get('size', 'err')}{u_mark} / "
                + ("err" if not rs else f"{rs['mean']:.1f}{r_mark}")
            )
        rows.append(
            [
                inst["name"],
                inst["n_traits"],
                *[
                    _fmt_ratio(gmean([row[f"ratio_{base}_{gap}"] for row in b]))
                    for gap in ("eps_hat", "delta_hat")
                    for base in ("uniform", "random")
                ],
                f"{sum(bool(r['palm_eps'].get('optimal')) for r in b)}/{len(b)}",
                f"{sum(bool(r['palm_delta'].get('optimal')) for r in b)}/{len(b)}",
                *sizes,
            ]
        )
    return common.md_table(head, rows)


def render(report: dict[str, Any]) -> str:
    cfg = report["config"]
    meta = report["meta"]
    cold = report.get("cold_start") or {}
    status = (
        "complete"
        if report["complete"]
        else "INCOMPLETE (interrupted or still running; instances done so far)"
    )
    out = [
        "# Portfolio benchmark: PALM vs uniform and random baselines",
        "",
        f"Run status: {status}. Total runtime {report['total_runtime_s']:.0f} s."
        + (
            f" Load average at end {'/'.join(map(str, report['load_average_at_end']))}"
            " (1/5/15 min); a load above the core count means other processes shared "
            "the CPUs and the timings are pessimistic."
            if report.get("load_average_at_end")
            else ""
        ),
        "",
        common.metadata_markdown(meta),
        "",
        "Settings: "
        f"{cfg['n_candidates']} candidates per instance; K = {_krange(cfg['ks'])} "
        f"(d ≥ 10: K = {_krange(cfg['ks_high_d'])}); random baseline averaged over "
        f"{cfg['seeds']} seeds (random_state = 0…{cfg['seeds'] - 1}) at each K and "
        f"{cfg['target_seeds']} seeds for the target sizes; PALM budget fits capped at "
        f"time_limit = {cfg['time_limit']:g} s, target fits at "
        f"{cfg['target_time_limit']:g} s; targets ε = δ ∈ "
        f"{{{', '.join(f'{e:g}' for e in cfg['targets'])}}}."
        + (
            " **Quick mode: reduced sizes, a smoke test only.**" if cfg["quick"] else ""
        ),
        "",
    ]
    if cold:
        out += [
            f"Cold start: `import palm` {cold['import_palm_s']:.2f} s; first "
            f"`Portfolio.fit` {cold['cold_fit_s']:.2f} s (loads cvxpy/HiGHS), the same "
            f"fit again {cold['warm_fit_s']:.3f} s. All fit times below are warm.",
            "",
        ]
    if report.get("aims"):
        out += [
            "## Aims",
            "",
            common.md_table(
                ["aim", "measured", "verdict"],
                [
                    [a["aim"], a["measured"], _verdict(a["pass"])]
                    for a in report["aims"]
                ],
            ),
            "",
        ]
    out += [
        "## How to read",
        "",
        "* Every gap is the exact certificate over the whole simplex relative to the "
        "candidate pool (`palm.certificate`), not a sample estimate.",
        "* PALM ε̂ is from `Portfolio.fit(r, n_members=K, delta=0.0)` (minimizes the "
        "pure multiplicative gap); PALM δ̂ from `Portfolio.fit(r, n_members=K)` "
        "(minimizes the pure additive gap). `*` marks a result not proven optimal "
        "(time limit or round limit hit); the lower bound column is the proven bound "
        "no K-subset beats.",
        '* uniform: `method="uniform", n_members=K` (Das–Dennis lattice thinned to K '
        'weights); random: `method="random", n_members=K` (Dirichlet(1) weights; '
        "mean ± sample sd over seeds). The "
        "size in parentheses is the number of distinct members (may be < K when "
        "several weights pick the same candidate).",
        "* Ratios are baseline / PALM: above 1 means PALM is better. ∞ means the "
        "baseline's ε̂ is infinite (some weight gives every member utility 0).",
        "* Target sizes: `Portfolio.fit(r, eps=e)` (δ = ε) for each method; for the "
        "baselines, the smallest lattice / Dirichlet-prefix size found that certifies "
        "(doubling then bisection). `*` on PALM's size: not proven minimum.",
        "* Fit time: `time.perf_counter()` around `Portfolio.fit`, which includes the "
        "final certificate; after a warm-up fit.",
        "",
        "## Summary (geometric mean over K of the ratios)",
        "",
        summary_table(report),
        "",
        "## Per instance",
        "",
    ]
    for inst in report["instances"].values():
        out.append(render_instance(inst, cfg))
    notes = [*auto_notes(report), *report.get("notes", [])]
    if notes:
        out += ["## Notes", ""] + [f"* {n}" for n in notes] + [""]
    return "\n".join(out)


def auto_notes(report: dict[str, Any]) -> list[str]:
    """Caveats that follow from the settings and the numbers."""
    cfg = report["config"]
    notes = [
        f"Runtime budget: PALM budget fits are capped at time_limit = "
        f"{cfg['time_limit']:g} s so that the full run stays near 30 min on 2 cores "
        "(20 such fits per instance). On d ≥ 3 almost every budget fit uses the whole "
        "limit, so those PALM gaps are the best found in that time, not proven optima "
        "(`*`); a longer --time-limit would usually make them smaller and the bounds "
        "tighter. The same cap makes budget-mode fit times equal to the cap."
    ]
    n_err = sum(
        "error" in row[key]
        for inst in report["instances"].values()
        for row in inst["budget"]
        for key in ("palm_eps", "palm_delta")
    )
    if n_err:
        notes.append(
            f"{n_err} PALM budget fits raised an error (†); they are listed under each "
            "instance and count as failures in the aims."
        )
    met = [
        (inst["name"], t["eps"])
        for inst in report["instances"].values()
        for t in inst["targets"]
        if not t["uniform"].get("holds", True) or t["random"].get("n_not_met")
    ]
    if met:
        notes.append(
            "Baselines that did not certify a target within "
            f"{cfg.get('max_baseline_size', 'the cap on')} weights (‡): "
            + ", ".join(f"{n} at {e:g}" for n, e in met)
            + ". Their sizes are where the search stopped, not a certified size, so "
            "a ratio below 1 there does not mean the baseline did better."
        )
    return notes


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _verdict(value: bool | None) -> str:
    return "n/a" if value is None else ("PASS" if value else "FAIL")


def _krange(ks: Sequence[int]) -> str:
    ks = list(ks)
    if ks and ks == list(range(ks[0], ks[-1] + 1)) and len(ks) > 2:
        return f"{ks[0]}…{ks[-1]}"
    return ", ".join(map(str, ks))


# -------------------------------------------------------------------------- CLI


def _parse_ks(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out += list(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    if not out or min(out) < 1:
        raise argparse.ArgumentTypeError(
            f"K values must be positive integers; got {text!r}"
        )
    return sorted(set(out))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke test (< 1 min): 100 candidates, K = 1-3, 3 seeds, short limits; "
        "writes to a temporary directory unless --out is given",
    )
    parser.add_argument(
        "--instances",
        nargs="+",
        default=["all"],
        choices=["all", *INSTANCES],
        metavar="NAME",
        help=f"instances to run: all or some of {', '.join(INSTANCES)}",
    )
    parser.add_argument("--out", type=Path, default=None, help="output directory")
    parser.add_argument(
        "--n-candidates", type=int, default=None, help="default 1000 (quick 100)"
    )
    parser.add_argument(
        "--ks", type=_parse_ks, default=None, help="budgets, e.g. 1-10 (quick 1-3)"
    )
    parser.add_argument(
        "--ks-high-d",
        type=_parse_ks,
        default=None,
        help="budgets for d >= 10 (default: same as --ks)",
    )
    parser.add_argument(
        "--seeds",
        type=int,
        default=None,
        help="random-baseline seeds per K (default 10, quick 3)",
    )
    parser.add_argument(
        "--target-seeds",
        type=int,
        default=None,
        help="random-baseline seeds per target (default 5, quick 2)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=None,
        help="time_limit (s) of each PALM budget fit (default 10, quick 1)",
    )
    parser.add_argument(
        "--target-time-limit",
        type=float,
        default=None,
        help="time_limit (s) of each PALM target fit (default 60, quick 3)",
    )
    parser.add_argument(
        "--targets",
        type=float,
        nargs="+",
        default=[0.01, 0.02],
        help="target ε = δ values",
    )
    parser.add_argument(
        "--rerender",
        type=Path,
        default=None,
        metavar="JSON",
        help="run nothing: rebuild the Markdown report and the aims from a results "
        "JSON written by this script (into --out, default the JSON's directory)",
    )
    parser.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="TEXT",
        help="a note to add to the report (repeatable; with --rerender too)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log the library's rounds too"
    )
    args = parser.parse_args(argv)
    q = args.quick
    defaults = {
        "n_candidates": 100 if q else 1000,
        "ks": [1, 2, 3] if q else list(range(1, 11)),
        "seeds": 3 if q else 10,
        "target_seeds": 2 if q else 5,
        "time_limit": 1.0 if q else 10.0,
        "target_time_limit": 3.0 if q else 60.0,
    }
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.ks_high_d is None:
        args.ks_high_d = list(args.ks)
    if args.out is None and args.rerender is not None:
        args.out = args.rerender.parent
    if args.out is None:
        args.out = Path(tempfile.gettempdir()) / "palm-bench-quick" if q else RESULTS
    if "all" in args.instances:
        args.instances = list(INSTANCES)
    else:
        args.instances = list(dict.fromkeys(args.instances))
    return args


def _restore(x: Any) -> Any:
    """Undo :func:`_common.jsonable`'s strings for non-finite floats."""
    if isinstance(x, dict):
        return {k: _restore(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_restore(v) for v in x]
    if isinstance(x, str) and x in ("inf", "-inf", "nan"):
        return float(x)
    return x


def rerender(path: Path, out: Path, notes: Sequence[str] = ()) -> int:
    """Rebuild ``portfolio.md`` (and the aims in the JSON) from a results JSON."""
    report = _restore(json.loads(path.read_text(encoding="utf-8")))
    report["notes"] = [*report.get("notes", []), *notes]
    report["aims"] = evaluate_aims(report) if report["instances"] else []
    md, js = common.write_results(out, NAME, render(report), report)
    logger.info("re-rendered %s into %s and %s", path, md, js)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    common.setup_logging(args.verbose)
    if args.rerender is not None:
        return rerender(args.rerender, args.out, args.note)
    wall = time.perf_counter()
    meta = common.run_metadata(
        PACKAGES, argv=None if argv is None else [sys.argv[0], *argv]
    )
    config = {
        "quick": args.quick,
        "instances": args.instances,
        "n_candidates": args.n_candidates,
        "ks": args.ks,
        "ks_high_d": args.ks_high_d,
        "seeds": args.seeds,
        "target_seeds": args.target_seeds,
        "time_limit": args.time_limit,
        "target_time_limit": args.target_time_limit,
        "targets": args.targets,
    }
    report: dict[str, Any] = {
        "benchmark": NAME,
        "complete": False,
        "meta": meta,
        "config": config,
        "instances": {},
        "aims": [],
        "notes": list(args.note),
        "total_runtime_s": 0.0,
    }
    logger.info("portfolio benchmark: %s; results to %s", config, args.out)
    report["cold_start"] = cold_start()  # first palm import: measures it
    from palm import _fit

    config["max_baseline_size"] = _fit.MAX_BASELINE_SIZE

    def save() -> None:
        report["total_runtime_s"] = time.perf_counter() - wall
        report["aims"] = evaluate_aims(report) if report["instances"] else []
        md, js = common.write_results(args.out, NAME, render(report), report)
        logger.info("wrote %s and %s", md, js)

    try:
        for name in args.instances:
            spec = INSTANCES[name]
            rewards = spec.build(args.n_candidates)
            logger.info("instance %s: %s, %s", name, rewards.shape, spec.description)
            report["instances"][name] = run_instance(name, rewards, args, spec)
            logger.info(
                "instance %s done in %.0f s",
                name,
                report["instances"][name]["runtime_s"],
            )
            save()
    except KeyboardInterrupt:
        logger.warning("interrupted; writing the instances finished so far")
        save()
        return 130
    report["complete"] = True
    report["load_average_at_end"] = _loadavg()
    save()
    for aim in report["aims"]:
        logger.info(
            "%s: %s -- %s",
            _verdict(aim["pass"]),
            aim["aim"],
            aim["measured"],
        )
    logger.info("total runtime %.0f s", report["total_runtime_s"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
