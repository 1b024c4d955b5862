"""Oracle-call benchmark: full grid, lazy grid and corner search (DESIGN §6, item 7).

An oracle call trains a policy, so the number of calls is what a portfolio costs.
This script counts the calls each strategy of :func:`palm.search.fit_oracle` needs
to certify ε = δ ∈ {0.05, 0.02, 0.01} with an exact synthetic oracle
(:class:`palm.oracle.CandidateOracle`) over hidden candidate sets:

* ``concave-d2`` … ``concave-d5`` - random concave fronts
  (``palm.instance.concave_front(n, d, random_state=d)``, power drawn in [1.5, 4]);
* ``quarter-circle`` - the hard instance in d = 2 (``palm.instance.quarter_circle``);
* ``sphere`` - the hard instance in d = 3 (``palm.instance.sphere_octant``,
  ``random_state=0``).

Strategies:

* full grid (``strategy="grid"``): one call per grid point, so its call count is
  exactly ``palm.grid.grid_size`` of the grid half of ``split_budget(ε, δ)``. That
  count is *computed* for every configuration and the search is *run* only where the
  grid has at most ``--full-grid-max`` points (then the run's count is checked
  against the formula);
* lazy grid (``strategy="lazy"``): run where the grid (which it materializes) has at
  most ``--lazy-max`` points, otherwise recorded as skipped with the grid size;
* corner search (``strategy="corner"``): run everywhere.

Every portfolio returned is checked against the hidden set with
``palm.certificate.certify(members, hidden, eps=ε, delta=δ)`` (exact LP certificate
over the whole simplex), and every run is timed.

Usage::

    python benchmarks/bench_oracle.py              # full run, a few minutes on 2 cores
    python benchmarks/bench_oracle.py --quick      # smoke test, < 1 min

Writes ``oracle.md`` and ``oracle.json`` to ``--out`` (default ``benchmarks/results``;
with ``--quick`` a temporary directory). Results are rewritten after every instance.
"""

from __future__ import annotations

import argparse
import logging
import math
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

logger = logging.getLogger("bench_oracle")

RESULTS = Path(__file__).resolve().parent / "results"
NAME = "oracle"
PACKAGES = ("numpy", "scipy", "highspy", "tqdm", "palm-portfolio")
STRATEGIES = ("grid", "lazy", "corner")
LABELS = {"grid": "full grid", "lazy": "lazy grid", "corner": "corner"}
#: Aim 1: lazy and corner need this many times fewer calls than the full grid ...
CALL_RATIO_AIM = 10.0
#: ... at this dimension and target.
CALL_RATIO_AT = (3, 0.02)
#: Aim 2: corner calls at most this multiple of the final size, on concave fronts.
CORNER_SIZE_AIM = 3.0


# -------------------------------------------------------------------- instances


@dataclass(frozen=True)
class Spec:
    """How to build one hidden candidate set."""

    d: int
    build: Callable[[int], np.ndarray]
    description: str
    concave: bool


def _concave(d: int) -> Spec:
    from palm.instance import concave_front

    # concave_front draws its power first from default_rng(random_state)
    power = float(np.random.default_rng(d).uniform(1.5, 4.0))
    return Spec(
        d,
        lambda n, d=d: concave_front(n, d, random_state=d),
        f"random concave front ||r||_p = 1, p = {power:.3f} (random_state={d})",
        True,
    )


def instances() -> dict[str, Spec]:
    from palm.instance import quarter_circle, sphere_octant

    return {
        **{f"concave-d{d}": _concave(d) for d in (2, 3, 4, 5)},
        "quarter-circle": Spec(
            2,
            quarter_circle,
            "quarter circle (cos θ, sin θ), θ evenly spaced (hard instance)",
            False,
        ),
        "sphere": Spec(
            3,
            lambda n: sphere_octant(n, 3, random_state=0),
            "random points on the unit-sphere octant plus the axis points (hard "
            "instance, random_state=0)",
            False,
        ),
    }


# ------------------------------------------------------------------------- runs


def full_grid_calls(eps: float, delta: float, d: int) -> int:
    """The full grid's oracle calls: the size of the grid of ``split_budget``."""
    from palm.grid import grid_size, split_budget

    split = split_budget(eps, delta)
    return int(grid_size(split.eps_grid, split.delta_grid, d))


def run_search(
    hidden: np.ndarray, eps: float, strategy: str, grid_points: int
) -> dict[str, Any]:
    """One ``fit_oracle`` run, timed and certified against the hidden set."""
    from palm.certificate import certify
    from palm.oracle import CandidateOracle
    from palm.search import fit_oracle

    d = hidden.shape[1]
    oracle = CandidateOracle(hidden)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start = time.perf_counter()
        try:
            search = fit_oracle(oracle, d, eps, eps, strategy=strategy, progress=False)
        except Exception as exc:  # noqa: BLE001 - a benchmark records failures
            logger.error("%s at eps=%g raised %s: %s", strategy, eps, type(exc), exc)
            return {
                "mode": "error",
                "error": f"{type(exc).__name__}: {exc}",
                "time_s": time.perf_counter() - start,
            }
        elapsed = time.perf_counter() - start
    cert = certify(search.member_rewards, hidden, eps=eps, delta=eps)
    out: dict[str, Any] = {
        "mode": "run",
        "n_oracle_calls": int(search.n_oracle_calls),
        "oracle_n_calls": int(oracle.n_calls),
        "n_members": len(search.members),
        "n_distinct_policies": int(len(np.unique(search.rewards, axis=0))),
        "n_skipped": int(search.n_skipped),
        "budget_exhausted": bool(search.budget_exhausted),
        "noisy": bool(search.noisy),
        "holds": bool(cert.holds),
        "eps_hat": float(cert.eps_hat),
        "delta_hat": float(cert.delta_hat),
        "delta_at_eps": float(cert.delta_at_eps),
        "time_s": elapsed,
    }
    if search.gap is not None:
        out["final_gap"] = float(search.gap)
    if strategy == "grid":
        out["matches_grid_size"] = search.n_oracle_calls == grid_points
    notes = sorted({f"{w.category.__name__}: {w.message}" for w in caught})
    if notes:
        out["warnings"] = notes[:5]
    return out


def run_instance(name: str, spec: Spec, cfg: argparse.Namespace) -> dict[str, Any]:
    """Every (ε, strategy) of one hidden set."""
    from palm.certificate import upper_hull_mask

    hidden = spec.build(cfg.n_candidates)
    d = hidden.shape[1]
    started = time.perf_counter()
    rows = []
    tasks = [(e, s) for e in cfg.targets for s in STRATEGIES]
    results: dict[float, dict[str, Any]] = {}
    bar = tqdm(tasks, desc=name, unit="run", dynamic_ncols=True)
    for eps, strategy in bar:
        bar.set_postfix_str(f"{strategy} eps={eps:g}")
        row = results.setdefault(
            eps,
            {"eps": eps, "delta": eps, "grid_points": full_grid_calls(eps, eps, d)},
        )
        points = row["grid_points"]
        if strategy == "grid" and points > cfg.full_grid_max:
            res: dict[str, Any] = {"mode": "count", "n_oracle_calls": points}
        elif strategy == "lazy" and points > cfg.lazy_max:
            res = {"mode": "skipped", "reason": f"grid of {points:,} points"}
        else:
            res = run_search(hidden, eps, strategy, points)
        row[strategy] = res
        logger.info(
            "%s eps=delta=%g %s: %s",
            name,
            eps,
            strategy,
            {
                k: v
                for k, v in res.items()
                if k
                in ("mode", "n_oracle_calls", "n_members", "holds", "time_s", "reason")
            },
        )
    bar.close()
    for eps in cfg.targets:
        row = results[eps]
        full = row["grid_points"]
        for s in ("lazy", "corner"):
            calls = row[s].get("n_oracle_calls")
            row[f"full_over_{s}"] = full / calls if calls else None
        c = row["corner"]
        if c.get("n_members"):
            row["corner_calls_per_member"] = c["n_oracle_calls"] / c["n_members"]
        rows.append(row)
    return {
        "name": name,
        "description": spec.description,
        "concave": spec.concave,
        "n_candidates": int(hidden.shape[0]),
        "n_traits": d,
        "n_upper_hull": int(upper_hull_mask(hidden).sum()),
        "rows": rows,
        "runtime_s": time.perf_counter() - started,
    }


# ------------------------------------------------------------------------- aims


def evaluate_aims(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each aim of the issue with the measured numbers and PASS/FAIL."""
    insts = list(report["instances"].values())
    aims: list[dict[str, Any]] = []
    d_at, e_at = CALL_RATIO_AT
    for s in ("lazy", "corner"):
        found = [
            (i["name"], r)
            for i in insts
            if i["concave"] and i["n_traits"] == d_at
            for r in i["rows"]
            if math.isclose(r["eps"], e_at)
        ]
        parts, ok = [], bool(found)
        for name, r in found:
            ratio = r.get(f"full_over_{s}")
            if ratio is None:
                parts.append(f"{name}: {s} {r[s].get('mode')} ({r[s].get('reason')})")
                ok = False
                continue
            parts.append(
                f"{name}: full grid {r['grid_points']:,} calls / {LABELS[s]} "
                f"{r[s]['n_oracle_calls']:,} calls = {ratio:,.0f}×"
            )
            ok &= ratio >= CALL_RATIO_AIM
        aims.append(
            {
                "aim": f"{LABELS[s]} needs ≥ {CALL_RATIO_AIM:g}× fewer oracle calls "
                f"than the full grid at d = {d_at}, ε = δ = {e_at:g} (concave front)",
                "measured": "; ".join(parts) if parts else "not run",
                "pass": ok,
            }
        )
    worst: tuple[float, str] | None = None
    n = 0
    for i in insts:
        if not i["concave"]:
            continue
        for r in i["rows"]:
            x = r.get("corner_calls_per_member")
            if x is None:
                continue
            n += 1
            where = f"{i['name']} ε=δ={r['eps']:g}"
            if worst is None or x > worst[0]:
                worst = (x, where)
    aims.append(
        {
            "aim": f"corner search needs ≤ {CORNER_SIZE_AIM:g}× the final portfolio "
            "size in oracle calls on the concave fronts (every d, every ε)",
            "measured": "not run"
            if worst is None
            else f"max calls/size = {worst[0]:.2f} ({worst[1]}) over {n} runs",
            "pass": worst is not None and worst[0] <= CORNER_SIZE_AIM,
        }
    )
    runs = [
        (i["name"], r["eps"], s, r[s])
        for i in insts
        for r in i["rows"]
        for s in STRATEGIES
        if r[s].get("mode") in ("run", "error")
    ]
    bad = [
        f"{name} ε={e:g} {s}"
        for name, e, s, res in runs
        if not res.get("holds") or res.get("budget_exhausted")
    ]
    mism = [
        f"{i['name']} ε={r['eps']:g}"
        for i in insts
        for r in i["rows"]
        if r["grid"].get("mode") == "run" and not r["grid"].get("matches_grid_size")
    ]
    measured = f"{len(runs) - len(bad)}/{len(runs)} portfolios certified"
    if bad:
        measured += "; fails at " + ", ".join(bad)
    n_grid = sum(r["grid"].get("mode") == "run" for i in insts for r in i["rows"])
    measured += (
        f"; full-grid runs whose call count equals grid_size: "
        f"{n_grid - len(mism)}/{n_grid}"
    )
    aims.append(
        {
            "aim": "every portfolio returned meets ε = δ against the hidden set "
            "(certify), and the full grid's measured calls equal grid_size",
            "measured": measured,
            "pass": bool(runs) and not bad and not mism,
        }
    )
    return aims


# ---------------------------------------------------------------------- report


def _calls(res: dict[str, Any]) -> str:
    mode = res.get("mode")
    if mode == "count":
        return f"{res['n_oracle_calls']:,} (count)"
    if mode == "skipped":
        return f"skipped: {res['reason']}"
    if mode == "error":
        return "error"
    return f"{res['n_oracle_calls']:,}"


def _size(res: dict[str, Any]) -> str:
    return str(res["n_members"]) if "n_members" in res else "—"


def _ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f}×"


def _holds(res: dict[str, Any]) -> str:
    if res.get("mode") != "run":
        return "·"
    return "yes" if res["holds"] and not res["budget_exhausted"] else "NO"


def _time(res: dict[str, Any]) -> str:
    return f"{res['time_s']:.2f}" if "time_s" in res else "·"


def render(report: dict[str, Any]) -> str:
    cfg = report["config"]
    status = "complete" if report["complete"] else "INCOMPLETE (instances so far)"
    out = [
        "# Oracle-call benchmark: full grid vs lazy grid vs corner search",
        "",
        f"Run status: {status}. Total runtime {report['total_runtime_s']:.0f} s.",
        "",
        common.metadata_markdown(report["meta"]),
        "",
        "## Setup",
        "",
        "Exact synthetic oracle `palm.oracle.CandidateOracle(hidden)` (returns the "
        "hidden candidate maximizing w·r) over hidden sets of "
        f"{cfg['n_candidates']} candidates; `palm.search.fit_oracle(oracle, d, ε, δ, "
        "strategy=...)` with the default `grid_share=0.5` and greedy cover; targets "
        f"ε = δ ∈ {{{', '.join(f'{e:g}' for e in cfg['targets'])}}}.",
        "",
        "* **Full grid calls are computed, not always run.** The full grid makes one "
        "call per grid point, so its call count is exactly "
        "`palm.grid.grid_size(s.eps_grid, s.delta_grid, d)` with "
        "`s = split_budget(ε, δ)`. It is run for real only where the grid has at "
        f"most {cfg['full_grid_max']:,} points (marked without `(count)`); there "
        "the measured count is checked to equal the formula.",
        f"* **Lazy grid** is run where the grid it materializes has at most "
        f"{cfg['lazy_max']:,} points; elsewhere it is recorded as skipped.",
        "* **Corner search** is run everywhere.",
        "* *certified*: `palm.certificate.certify(members, hidden, eps=ε, delta=δ)` "
        "holds over the whole simplex (F / L / C = full / lazy / corner; `·` = not "
        "run). Ratios divide the full grid's calls by the other strategy's calls.",
        "",
        "## Aims",
        "",
        common.md_table(
            ["aim", "measured", "result"],
            [
                (a["aim"], a["measured"], "PASS" if a["pass"] else "FAIL")
                for a in report["aims"]
            ],
        ),
        "",
        "## Oracle calls and final portfolio sizes",
        "",
    ]
    rows = []
    for inst in report["instances"].values():
        for r in inst["rows"]:
            g, lz, c = r["grid"], r["lazy"], r["corner"]
            rows.append(
                (
                    inst["name"],
                    inst["n_traits"],
                    f"{r['eps']:g}",
                    _calls(g),
                    _calls(lz),
                    _calls(c),
                    _ratio(r.get("full_over_lazy")),
                    _ratio(r.get("full_over_corner")),
                    f"{_size(g)} / {_size(lz)} / {_size(c)}",
                    "—"
                    if r.get("corner_calls_per_member") is None
                    else f"{r['corner_calls_per_member']:.2f}",
                    f"{_holds(g)} / {_holds(lz)} / {_holds(c)}",
                    f"{_time(g)} / {_time(lz)} / {_time(c)}",
                )
            )
    out.append(
        common.md_table(
            [
                "instance",
                "d",
                "ε = δ",
                "full grid calls",
                "lazy calls",
                "corner calls",
                "full/lazy",
                "full/corner",
                "size F / L / C",
                "corner calls/size",
                "certified F / L / C",
                "time s F / L / C",
            ],
            rows,
        )
    )
    out += ["", "## Instances", ""]
    out.append(
        common.md_table(
            [
                "instance",
                "d",
                "hidden candidates",
                "on upper hull",
                "description",
                "runtime s",
            ],
            [
                (
                    i["name"],
                    i["n_traits"],
                    i["n_candidates"],
                    i["n_upper_hull"],
                    i["description"],
                    f"{i['runtime_s']:.1f}",
                )
                for i in report["instances"].values()
            ],
        )
    )
    out += [
        "",
        "Sizes are the portfolio members `fit_oracle` returns (distinct observed "
        "policies, pruned by set cover for the grids, the upper hull of what was "
        "observed for corner search). The JSON holds per run: calls, the oracle's "
        "own count, skipped grid points, distinct policies observed, the exact "
        "certificate (ε̂, δ̂, δ at ε) and wall time.",
    ]
    return "\n".join(out)


# -------------------------------------------------------------------------- CLI


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke test, < 1 min")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="results directory (default benchmarks/results; quick: a temp dir)",
    )
    parser.add_argument(
        "--instances", nargs="+", default=None, help="default all (quick: 3)"
    )
    parser.add_argument(
        "--targets", type=float, nargs="+", default=None, help="ε = δ values"
    )
    parser.add_argument(
        "--n-candidates", type=int, default=None, help="default 300 (quick 100)"
    )
    parser.add_argument(
        "--full-grid-max",
        type=int,
        default=None,
        help="run the full grid only up to this many points (default 120000, "
        "quick 5000)",
    )
    parser.add_argument(
        "--lazy-max",
        type=int,
        default=None,
        help="run the lazy grid only up to this many points (default 1.1e6, quick 2e5)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log the library's calls too"
    )
    args = parser.parse_args(argv)
    q = args.quick
    defaults = {
        "instances": ["concave-d2", "concave-d3", "quarter-circle"]
        if q
        else list(instances()),
        "targets": [0.05, 0.02] if q else [0.05, 0.02, 0.01],
        "n_candidates": 100 if q else 300,
        "full_grid_max": 5000 if q else 120_000,
        "lazy_max": 200_000 if q else 1_100_000,
    }
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    unknown = sorted(set(args.instances) - set(instances()))
    if unknown:
        parser.error(f"unknown instances {unknown}; choose from {list(instances())}")
    if args.out is None:
        args.out = Path(tempfile.gettempdir()) / "palm-bench-quick" if q else RESULTS
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    common.setup_logging(args.verbose)
    wall = time.perf_counter()
    meta = common.run_metadata(
        PACKAGES, argv=None if argv is None else [sys.argv[0], *argv]
    )
    config = {
        k: getattr(args, k)
        for k in (
            "quick",
            "instances",
            "targets",
            "n_candidates",
            "full_grid_max",
            "lazy_max",
        )
    }
    report: dict[str, Any] = {
        "benchmark": NAME,
        "complete": False,
        "meta": meta,
        "config": config,
        "instances": {},
        "aims": [],
        "total_runtime_s": 0.0,
    }
    logger.info("oracle benchmark: %s; results to %s", config, args.out)
    specs = instances()

    def save() -> None:
        report["total_runtime_s"] = time.perf_counter() - wall
        report["aims"] = evaluate_aims(report)
        md, js = common.write_results(args.out, NAME, render(report), report)
        logger.info("wrote %s and %s", md, js)

    try:
        for name in args.instances:
            report["instances"][name] = run_instance(name, specs[name], args)
            save()
    except KeyboardInterrupt:
        logger.warning("interrupted; writing the instances finished so far")
        save()
        return 130
    report["complete"] = True
    save()
    for aim in report["aims"]:
        logger.info(
            "%s: %s -- %s",
            "PASS" if aim["pass"] else "FAIL",
            aim["aim"],
            aim["measured"],
        )
    logger.info("total runtime %.0f s", report["total_runtime_s"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
