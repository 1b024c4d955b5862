"""
==========================================
End-to-end CPU demo: fit, certify, route
==========================================

The demo run by ``make demo``: a certified portfolio of candidate policies over three
traits, on CPU, in a few seconds.

1. Make candidate policies on a concave front of ``helpfulness``, ``harmlessness`` and
   ``humor``, measured on raw reward scales (not in [0, 1]), plus some dominated
   checkpoints.
2. ``Portfolio.fit(rewards, eps=0.05)``: the smallest subset whose exact certificate
   (derived guarantee T5) says ``PORT(w) >= (OPT(w) - 0.05) / 1.05`` for *every* user
   weighting ``w``; the rewards are min-max normalized per trait first.
3. Compare with the uniform-lattice and random baselines at the same size.
4. Route a few example users to their member.
5. Save the portfolio, load it back, and draw its simplex map.

Run it with ``python examples/demo.py [--output-dir DIR]``; it writes
``DIR/portfolio/portfolio.json`` and ``DIR/simplex_map.png`` (default
``demo_output/``).
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np

from palm import MissingDependencyError, Portfolio
from palm.instance import concave_front

logger = logging.getLogger("palm.demo")

TRAITS = ["helpfulness", "harmlessness", "humor"]
#: Raw reward scale of each trait: (value of the worst, value of the best candidate).
#: A reward-model score, a safety classifier's log-odds, and a percentage of raters
#: who found the answer funny.
RAW_SCALES = np.array([[-2.0, 3.5], [-4.0, 6.0], [5.0, 60.0]])
USERS = {
    "careful parent": [0.30, 0.65, 0.05],
    "comedy writer": [0.20, 0.10, 0.70],
    "researcher": [0.80, 0.15, 0.05],
    "balanced": [1 / 3, 1 / 3, 1 / 3],
}


def make_candidates(
    n_candidates: int, random_state: int
) -> tuple[np.ndarray, np.ndarray]:
    """Raw rewards of candidate policies: a concave front plus dominated checkpoints.

    Returns the raw rewards and a boolean mask of the front candidates.
    """
    rng = np.random.default_rng(random_state)
    unit = concave_front(n_candidates, 3, power=2.5, random_state=rng)
    # a third of the candidates are undertrained checkpoints, dominated by the front
    dominated = rng.random(n_candidates) < 1 / 3
    dominated[:3] = False  # keep the three specialists
    unit[dominated] *= rng.uniform(0.6, 0.95, size=(int(dominated.sum()), 1))
    low, high = RAW_SCALES[:, 0], RAW_SCALES[:, 1]
    return low + unit * (high - low), ~dominated


def compare_baselines(
    portfolio: Portfolio, raw: np.ndarray, eps: float, n_seeds: int
) -> list[tuple[str, int, float, float, str]]:
    """Certified gaps of PALM and the baselines at the same size."""
    k = len(portfolio)
    rows = [
        (
            "PALM (exact)",
            k,
            portfolio.certificate.eps_hat,
            portfolio.certificate.delta_hat,
            "yes" if portfolio.certificate.holds else "no",
        )
    ]
    uniform = Portfolio.fit(raw, n_members=k, method="uniform", traits=TRAITS)
    rows.append(
        (
            "uniform lattice",
            len(uniform),
            uniform.certificate.eps_hat,
            uniform.certificate.delta_hat,
            "yes" if uniform.recertify(eps, eps).holds else "no",
        )
    )
    runs = [
        Portfolio.fit(raw, n_members=k, method="random", random_state=s, traits=TRAITS)
        for s in range(n_seeds)
    ]
    eps_hats = np.array([r.certificate.eps_hat for r in runs])
    finite = eps_hats[np.isfinite(eps_hats)]
    n_hold = sum(r.recertify(eps, eps).holds for r in runs)
    rows.append(
        (
            f"random (mean of {n_seeds} seeds)",
            round(float(np.mean([len(r) for r in runs]))),
            float(np.mean(finite)) if len(finite) else float("inf"),
            float(np.mean([r.certificate.delta_hat for r in runs])),
            f"{n_hold}/{n_seeds}",
        )
    )
    return rows


def route_users(portfolio: Portfolio, eps: float) -> list[str]:
    """Lines describing which member serves each example user, and how well."""
    lines = []
    pool = portfolio.candidate_rewards
    for name, weights in USERS.items():
        w = np.asarray(weights)
        member = int(portfolio.select(w))
        port = float(portfolio.utilities(w)[member])
        opt = float((pool @ w).max())
        raw = ", ".join(
            f"{t}={v:.2f}"
            for t, v in zip(portfolio.traits, portfolio.member_raw_rewards[member])
        )
        floor = (opt - eps) / (1 + eps)
        lines.append(
            f"  {name:<15} w={np.round(w, 2).tolist()} -> member {member}\n"
            f"    ({raw})\n"
            f"    utility {port:.3f}, best candidate {opt:.3f} ({port / opt:.1%}); "
            f"guaranteed >= (best - {eps:g}) / (1 + {eps:g}) = {floor:.3f}"
        )
    return lines


#: Plain-language summaries, as a summarizer LLM would write them from a history.
SUMMARIES = {
    "parent": "Above all wants safe, harmless answers for a child; humor is secondary.",
    "comedian": "Loves witty, playful replies and jokes; cares little for detail.",
    "analyst": "Wants thorough, genuinely helpful explanations; never wants jokes.",
}


def route_summaries(portfolio: Portfolio) -> list[str]:
    """Lines describing where each example summary is routed, with the evidence."""
    lines = []
    for name, text in SUMMARIES.items():
        route = portfolio.route(text)
        weights = ", ".join(
            f"{t}={w:.2f}" for t, w in zip(portfolio.traits, route.weights)
        )
        lines.append(
            f"  {name:<10} {text!r}\n"
            f"    -> member {route.member} (confidence {route.confidence:.2f}"
            f"{', fell back to the prior' if route.fallback else ''}); "
            f"estimated weights {weights}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the demo; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument(
        "--output-dir",
        type=Path,
        default=Path("demo_output"),
        help="where to save the portfolio and the PNG (default: demo_output/)",
    )
    parser.add_argument("--n-candidates", type=int, default=300)
    parser.add_argument("--eps", type=float, default=0.05, help="target ε = δ")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also log the library's progress"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    logger.setLevel(logging.INFO)
    started = time.perf_counter()

    raw, on_front = make_candidates(args.n_candidates, args.seed)
    logger.info(
        "made %d candidates (%d on the front, %d dominated) over %s",
        len(raw),
        int(on_front.sum()),
        int((~on_front).sum()),
        TRAITS,
    )

    tic = time.perf_counter()
    portfolio = Portfolio.fit(raw, eps=args.eps, traits=TRAITS)
    logger.info(
        "fitted %d members in %.2f s (%d oracle calls)",
        len(portfolio),
        time.perf_counter() - tic,
        portfolio.n_oracle_calls,
    )

    tic = time.perf_counter()
    rows = compare_baselines(portfolio, raw, args.eps, n_seeds=5)
    logger.info("fitted the baselines in %.2f s", time.perf_counter() - tic)

    out = args.output_dir
    saved = portfolio.save(out / "portfolio")
    loaded = Portfolio.load(out / "portfolio")
    same = np.array_equal(loaded.member_indices, portfolio.member_indices) and (
        loaded.certificate == portfolio.certificate
    )
    if not same:
        logger.error("the reloaded portfolio differs from the saved one")
        return 1
    logger.info("saved to %s and reloaded: identical", saved)

    png = out / "simplex_map.png"
    try:
        import matplotlib.pyplot as plt

        from palm.plotting import plot_simplex_map

        ax = plot_simplex_map(loaded)
        ax.set_title(f"{len(loaded)} members certified for ε = δ = {args.eps:g}")
        ax.figure.savefig(png, dpi=120, bbox_inches="tight")
        plt.close(ax.figure)
        logger.info("wrote %s", png)
    except (ImportError, MissingDependencyError) as exc:
        png = None
        logger.warning("skipped the simplex map: %s", exc)

    lower = ", ".join(
        f"{t} [{lo:.2f}, {hi:.2f}]"
        for t, lo, hi in zip(TRAITS, loaded.reward_lower, loaded.reward_upper)
    )
    report = [
        "",
        "=" * 78,
        f"palm demo: {len(raw)} candidates, target eps = delta = {args.eps:g}",
        "=" * 78,
        f"Normalization (raw value -> 0, raw value -> 1): {lower}",
        "",
        str(loaded),
        "",
        "Member rewards on the raw scales:",
        *(
            f"  member {m}: " + ", ".join(f"{t}={v:.2f}" for t, v in zip(TRAITS, row))
            for m, row in enumerate(loaded.member_raw_rewards)
        ),
        "",
        f"Baselines at the same size (certified gaps; target eps=delta={args.eps:g}):",
        f"  {'method':<26}{'members':>8}{'eps_hat':>10}{'delta_hat':>11}{'holds':>7}",
        *(f"  {name:<26}{k:>8}{e:>10.4f}{d:>11.4f}{h:>7}" for name, k, e, d, h in rows),
        "",
        "Example users (weights over " + ", ".join(TRAITS) + "; normalized utility):",
        *route_users(loaded, args.eps),
        "",
        "Routing by preference summaries (only the member choice is certified):",
        *route_summaries(loaded),
        "",
        f"Saved: {saved}",
        f"Simplex map: {png if png is not None else 'skipped (no matplotlib)'}",
        f"Total time: {time.perf_counter() - started:.1f} s",
    ]
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
