"""
========================================
How evenly members are used (perplexity)
========================================

A portfolio of ``K`` members is only worth its cost if its members actually serve
users. Route many users, drawn uniformly on the simplex (Dirichlet(1) weights), to
their best member and measure the share ``u_j`` each member receives; the *usage
perplexity* ``exp(-Σ u_j ln u_j)`` is the effective number of members in use: ``K``
when all serve equally many users, 1 when one serves everyone.

PALM chooses members for the worst-off user (the exact certificate of derived
guarantee **T5**), not for balance, yet its members end up well used: each covers
a part of the front that some users need. The uniform lattice maps evenly spread
*weights* to candidates, which on a curved front can send many weights to the same
few members; random Dirichlet(1) weights (mean ± sd over seeds) do the same
unevenly, and duplicates leave fewer than ``K`` distinct members.

Left, two traits, PALM's best ``K`` members (``Portfolio.fit(rewards,
n_members=K)``). Right, three traits, PALM's smallest certified portfolios for a
sweep of targets ``ε = δ``, plotted at the sizes they reach, with the baselines at
the same sizes.
"""

# %%
# Fronts and users
# ----------------
# The test suite sets ``PALM_EXAMPLE_QUICK=1`` to run with fewer sizes and seeds.
import os

import matplotlib.pyplot as plt
import numpy as np

from palm import Portfolio
from palm.instance import concave_front
from palm.plotting import usage_perplexity
from palm.simplex import sample_dirichlet

quick = os.environ.get("PALM_EXAMPLE_QUICK") == "1"
seeds = range(3 if quick else 5)
front2 = concave_front(101, 2, power=3.0, random_state=1)
front3 = concave_front(120, 3, power=2.5, random_state=0)
users = {d: sample_dirichlet(20_000, d, random_state=123) for d in (2, 3)}

# %%
# PALM: best K members with two traits, certified targets with three
# ------------------------------------------------------------------
palm_sizes = {2: [], 3: []}
palm_perplexity = {2: [], 3: []}
for k in range(1, 6 if quick else 9):
    portfolio = Portfolio.fit(front2, n_members=k)
    palm_sizes[2].append(len(portfolio))
    palm_perplexity[2].append(usage_perplexity(portfolio, users[2]))
for eps in [0.3, 0.2, 0.1] if quick else [0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03]:
    portfolio = Portfolio.fit(front3, eps=eps)
    palm_sizes[3].append(len(portfolio))
    palm_perplexity[3].append(usage_perplexity(portfolio, users[3]))

# %%
# Baselines at the same sizes
# ---------------------------
fronts = {2: front2, 3: front3}
baseline = {}
for d, rewards in fronts.items():
    ks = np.arange(1, max(palm_sizes[d]) + 1)
    uniform = [
        usage_perplexity(
            Portfolio.fit(rewards, n_members=int(k), method="uniform"), users[d]
        )
        for k in ks
    ]
    random = np.array(
        [
            [
                usage_perplexity(
                    Portfolio.fit(
                        rewards, n_members=int(k), method="random", random_state=s
                    ),
                    users[d],
                )
                for s in seeds
            ]
            for k in ks
        ]
    )
    baseline[d] = (ks, np.asarray(uniform), random.mean(axis=1), random.std(axis=1))

# %%
# Plot
# ----
# The dotted diagonal is perfectly even usage, perplexity = K.
fig, axes = plt.subplots(1, 2, figsize=(11, 4.8))
for ax, d in zip(axes, fronts):
    ks, uniform, rand_mean, rand_sd = baseline[d]
    ax.plot(ks, ks, color="black", linestyle=":", label="even usage (= K)")
    ax.plot(
        palm_sizes[d],
        palm_perplexity[d],
        marker="o",
        color="tab:blue",
        label="PALM" + (" (best K)" if d == 2 else " (certified ε = δ sweep)"),
    )
    ax.plot(ks, uniform, marker="s", color="tab:green", label="uniform lattice")
    ax.errorbar(
        ks,
        rand_mean,
        yerr=rand_sd,
        marker="D",
        capsize=3,
        color="tab:purple",
        label=f"random (mean ± sd, {len(seeds)} seeds)",
    )
    ax.set_xlabel("portfolio size K (members)")
    ax.set_ylabel("usage perplexity exp(−Σ u ln u)")
    ax.set_title(f"{d} traits, {len(fronts[d])} candidates")
    ax.set_xticks(ks)
    ax.set_ylim(bottom=0.8)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize="small", loc="upper left")
fig.suptitle("Effective number of members used by Dirichlet(1) users")
fig.tight_layout()

plt.show()
