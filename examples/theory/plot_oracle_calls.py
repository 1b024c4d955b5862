"""
==================================================
Oracle calls against the target (T6: lazy, corner)
==================================================

An oracle call trains one policy for one user weight, so the number of calls is
what a portfolio really costs. This example counts the calls each strategy of
:func:`palm.search.fit_oracle` makes to certify
``PORT(w) >= (OPT(w) - δ) / (1 + ε)`` at every user weight ``w``, as ε = δ shrinks:

* the **full grid** (``strategy="grid"``) calls the oracle once per point of the
  geometric grid, so its count is exactly the grid size ``|G|`` (T1), computed here
  with :func:`palm.grid.grid_size` rather than run;
* the **lazy grid** (``strategy="lazy"``) visits the same grid coarse to fine and
  skips every point that the policies seen so far already cover against an
  optimistic upper bound on ``OPT`` (derived guarantee **T6**,
  ``theory/T6_lazy_grid.md``);
* **corner search** (``strategy="corner"``) queries the corner weight of the
  portfolio's upper envelope with the largest optimistic gap until that gap is at
  most δ (also **T6**).

The oracle is exact and synthetic: :class:`palm.oracle.CandidateOracle` returns the
best of a hidden set of candidates, and every portfolio is checked against that
hidden set with the exact certificate. The lazy grid materializes the grid, so in
three traits it is run only where the grid is small.
"""

# %%
# Two hidden concave fronts
# -------------------------
# The oracle only sees a weight and answers with a policy's reward vector; the
# candidates behind it stay hidden from the search.
import os

import matplotlib.pyplot as plt
import numpy as np

from palm.certificate import certify
from palm.grid import grid_size, split_budget
from palm.instance import concave_front
from palm.oracle import CandidateOracle
from palm.search import fit_oracle

hidden = {
    2: concave_front(300, 2, power=2.5, random_state=0),
    3: concave_front(300, 3, power=2.5, random_state=0),
}
# Targets ε = δ. The test suite sets ``PALM_EXAMPLE_QUICK=1`` to run fewer.
targets = {
    2: [0.2, 0.1, 0.05, 0.02, 0.01, 0.005],
    3: [0.2, 0.1, 0.05, 0.02, 0.01],
}
lazy_max_points = 130_000  # the lazy grid is run up to this grid size
if os.environ.get("PALM_EXAMPLE_QUICK") == "1":
    targets = {2: [0.2, 0.05, 0.01], 3: [0.2, 0.05, 0.02]}
    lazy_max_points = 10_000


def full_grid_calls(eps, d):
    """One call per point of the grid half of the (ε, δ) budget."""
    split = split_budget(eps, eps)
    return grid_size(split.eps_grid, split.delta_grid, d)


# %%
# Run the searches
# ----------------
# For every target: the full grid's count, then the lazy grid (where its grid is
# small enough) and corner search, each with a fresh oracle.
calls: dict[tuple[str, int], list[tuple[float, int, int]]] = {}
for d, rewards in hidden.items():
    for eps in targets[d]:
        calls.setdefault(("full grid", d), []).append(
            (eps, full_grid_calls(eps, d), -1)
        )
        strategies = ["corner"]
        if full_grid_calls(eps, d) <= lazy_max_points:
            strategies.insert(0, "lazy")
        for strategy in strategies:
            oracle = CandidateOracle(rewards)
            search = fit_oracle(oracle, d, eps, eps, strategy=strategy)
            cert = certify(search.member_rewards, rewards, eps=eps, delta=eps)
            if not cert.holds:  # an exact oracle keeps the guarantee (T6)
                raise RuntimeError(f"{strategy} at eps={eps} did not certify")
            calls.setdefault((strategy, d), []).append(
                (eps, search.n_oracle_calls, len(search.members))
            )
            print(
                f"d={d} eps=delta={eps:<6g} {strategy:>6}: {search.n_oracle_calls:5d} "
                f"calls, {len(search.members):4d} members "
                f"(full grid {full_grid_calls(eps, d):,} calls)"
            )

# %%
# Plot
# ----
# Log-log axes, calls as solid lines, final portfolio sizes as dotted lines with
# open markers. The full grid's count is drawn for every ε as a step function (the
# number of grid levels is an integer). Corner search's two lines nearly coincide:
# almost every corner it queries returns a new member. The lazy grid may keep more
# members than it called for fewer reasons: at the points it skipped, its pruning
# must cover the optimistic upper bound, which can exceed ``OPT``.
import matplotlib.ticker as mticker

styles = {
    "lazy": {"marker": "o", "color": "tab:orange"},
    "corner": {"marker": "s", "color": "tab:blue"},
}
labels = {
    "lazy": "lazy grid (T6)",
    "corner": "corner search (T6)",
}
fig, axes = plt.subplots(1, 2, figsize=(11, 5.0), sharey=True)
for ax, d in zip(axes, hidden):
    eps_fine = np.geomspace(min(targets[d]), max(targets[d]), 200)
    ax.step(
        eps_fine,
        [full_grid_calls(e, d) for e in eps_fine],
        where="post",
        color="black",
        linewidth=1.4,
        label="full grid: calls = |G| (T1)",
    )
    for name, style in styles.items():
        xs, n_calls, sizes = (np.array(v) for v in zip(*calls[(name, d)]))
        ax.plot(xs, n_calls, linewidth=1.6, label=f"{labels[name]}: calls", **style)
        ax.plot(
            xs,
            sizes,
            linestyle=":",
            linewidth=1.4,
            markerfacecolor="white",
            label=f"{labels[name]}: final size",
            **style,
        )
    skipped = [e for e in targets[d] if full_grid_calls(e, d) > lazy_max_points]
    if skipped:
        ax.annotate(
            f"lazy grid not run for ε ≤ {max(skipped):g}\n"
            f"(grid above {lazy_max_points:,} points)",
            xy=(0.98, 0.5),
            xycoords="axes fraction",
            ha="right",
            fontsize="small",
            color="tab:orange",
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ticks = [e for e in (0.005, 0.01, 0.02, 0.05, 0.1, 0.2) if e in targets[d]]
    ax.xaxis.set_major_locator(mticker.FixedLocator(ticks))
    ax.xaxis.set_major_formatter(mticker.FormatStrFormatter("%g"))
    ax.xaxis.set_minor_formatter(mticker.NullFormatter())
    ax.invert_xaxis()  # harder targets to the right
    ax.set_xlabel("target ε = δ (harder →)")
    ax.set_title(f"{d} traits, {len(hidden[d])} hidden candidates")
    ax.grid(True, which="major", alpha=0.3)
axes[0].set_ylabel("oracle calls / portfolio members")
handles, names = axes[0].get_legend_handles_labels()
fig.legend(handles, names, loc="lower center", ncol=3, fontsize="small")
fig.suptitle("Oracle calls to certify PORT ≥ (OPT − δ)/(1 + ε) at every user weight")
fig.tight_layout(rect=(0, 0.12, 1, 1))

plt.show()
