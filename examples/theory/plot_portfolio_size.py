"""
=================================================
Portfolio size against the target (T1, T2 and T3)
=================================================

How many members does a certified portfolio need? For a target
``PORT(w) >= (OPT(w) - δ) / (1 + ε)`` for every user weight ``w``, this example
compares, as ε = δ shrinks:

* the size of the geometric grid ``|G|`` (derived guarantee **T1**): an upper bound
  that holds for *any* candidate pool, and grows like ``(log(d/δ)/ε)^(d-1)``;
* the full grid (``method="full-grid"``): the distinct oracle policies among the
  ``|G|`` grid points, never more than the pool (derived guarantee **T2**: an
  oracle call at every grid point meets the target for every user weight);
* PALM: the grid's oracle policies pruned by set cover, greedy or exact ILP
  (T2 for the grid, then derived guarantee **T3**: the pruned portfolio keeps the
  target);
* ``method="exact"``: the smallest subset of the pool whose exact LP certificate
  (T5) meets the target, proven optimal;
* the baselines: the smallest uniform Das–Dennis lattice, and the shortest prefix
  of a random Dirichlet(1) stream (mean ± sd over seeds), whose certificate meets
  the same target.

The grid bound is far above every portfolio actually needed: the pool is finite and
smooth, so most grid points share an oracle policy. Every curve is certified at the
same target, so the comparison is of sizes at equal guarantee.
"""

# %%
# Two concave fronts
# ------------------
# Candidate policies on concave Pareto fronts ``{r >= 0 : ||r||_p = 1}`` with two
# and three traits. Rewards already lie in [0, 1], so no normalization happens.
import os

import matplotlib.pyplot as plt
import numpy as np

from palm import Portfolio
from palm.grid import grid_size
from palm.instance import concave_front

fronts = {
    2: concave_front(200, 2, power=2.5, random_state=0),
    3: concave_front(120, 3, power=2.5, random_state=0),
}
# Targets ε = δ. The grid for three traits grows quickly as ε shrinks (T1), so
# PALM's grid is built there only for the coarser targets. The test suite sets
# ``PALM_EXAMPLE_QUICK=1`` to run with fewer targets and seeds.
targets = {
    2: [0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3],
    3: [0.05, 0.07, 0.1, 0.15, 0.2, 0.3],
}
grid_min_eps = {2: 0.0, 3: 0.1}
seeds = range(3)
if os.environ.get("PALM_EXAMPLE_QUICK") == "1":
    targets = {2: [0.03, 0.07, 0.15, 0.3], 3: [0.07, 0.15, 0.3]}
    seeds = range(2)

# %%
# Fit every method at every target
# --------------------------------
# ``Portfolio.fit(rewards, eps, delta=eps, ...)`` returns the smallest portfolio the
# method finds whose exact certificate meets the target.
sizes: dict[tuple[str, int], tuple[list[float], list[float], list[float]]] = {}


def record(key, eps, values):
    xs, means, sds = sizes.setdefault(key, ([], [], []))
    xs.append(eps)
    means.append(float(np.mean(values)))
    sds.append(float(np.std(values)))


for d, rewards in fronts.items():
    for eps in targets[d]:
        record(("exact", d), eps, [len(Portfolio.fit(rewards, eps, delta=eps))])
        for cover in ("greedy", "ilp") if eps >= grid_min_eps[d] else ():
            p = Portfolio.fit(rewards, eps, delta=eps, method="grid", cover=cover)
            record((f"grid + {cover}", d), eps, [len(p)])
        p = Portfolio.fit(rewards, eps, delta=eps, method="full-grid")
        record(("full-grid", d), eps, [len(p)])
        p = Portfolio.fit(rewards, eps, delta=eps, method="uniform")
        record(("uniform", d), eps, [len(p)])
        lengths = [
            len(Portfolio.fit(rewards, eps, delta=eps, method="random", random_state=s))
            for s in seeds
        ]
        record(("random", d), eps, lengths)

# %%
# Plot
# ----
# Log-log axes. The grid bound is a step function of ε (its number of levels is an
# integer) and is drawn for every ε; the portfolios at the fitted targets, nudged
# sideways a little so that equal sizes do not hide each other.
import matplotlib.ticker as mticker

styles = {
    "full-grid": {"marker": "x", "color": "0.3", "linestyle": "--"},
    "grid + greedy": {"marker": "v", "color": "tab:orange"},
    "grid + ilp": {"marker": "^", "color": "tab:red"},
    "exact": {"marker": "o", "color": "tab:blue"},
    "uniform": {"marker": "s", "color": "tab:green"},
    "random": {"marker": "D", "color": "tab:purple"},
}
labels = {
    "full-grid": "full grid: distinct oracle policies",
    "grid + greedy": "PALM: grid + greedy cover (T3)",
    "grid + ilp": "PALM: grid + ILP cover (T3)",
    "exact": "exact certified subset (proven smallest)",
    "uniform": "uniform lattice baseline",
    "random": f"random baseline (mean ± sd, {len(seeds)} seeds)",
}
fig, axes = plt.subplots(1, 2, figsize=(11, 5.2), sharey=True)
for ax, d in zip(axes, fronts):
    eps_fine = np.geomspace(0.02, 0.3, 200)
    ax.step(
        eps_fine,
        [grid_size(e, e, d) for e in eps_fine],
        where="post",
        color="black",
        linewidth=1.2,
        label="grid bound |G| (T1)",
    )
    for i, (name, style) in enumerate(styles.items()):
        if (name, d) not in sizes:
            continue
        xs, means, sds = sizes[(name, d)]
        nudge = 1.0 + 0.025 * (i - 2.5)
        ax.errorbar(
            np.asarray(xs) * nudge,
            means,
            yerr=sds if name == "random" else None,
            capsize=3,
            markersize=5,
            linewidth=1.2,
            label=labels[name],
            **style,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.xaxis.set_major_locator(mticker.FixedLocator([0.02, 0.05, 0.1, 0.2, 0.3]))
    ax.xaxis.set_major_formatter(mticker.FormatStrFormatter("%g"))
    ax.xaxis.set_minor_formatter(mticker.NullFormatter())
    ax.set_xlabel("target ε = δ")
    ax.set_title(f"{d} traits, {len(fronts[d])} candidates")
    ax.grid(True, which="major", alpha=0.3)
axes[0].set_ylabel("portfolio size (members)")
handles, names = axes[1].get_legend_handles_labels()
fig.legend(handles, names, loc="lower center", ncol=4, fontsize="small")
fig.suptitle("Members needed for PORT ≥ (OPT − δ)/(1 + ε) at every user weight")
fig.tight_layout(rect=(0, 0.1, 1, 1))

plt.show()
