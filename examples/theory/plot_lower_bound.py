r"""
======================================================
The quarter-circle lower bound: Ω(ε^-1/2) members (T4)
======================================================

Some fronts need many members no matter how they are chosen. On the quarter circle
``r(θ) = (cos θ, sin θ)`` the front is curved everywhere, so each member serves
only a short arc of user weights. Derived guarantee **T4** makes this exact: a
purely multiplicative ε-portfolio (``PORT(w) >= OPT(w)/(1+ε)`` for every ``w``)
needs

.. math::

   K_{\min}(\varepsilon) = \left\lceil \frac{\pi}{4 \arccos(1/(1+\varepsilon))}
   \right\rceil \approx \frac{\pi}{4\sqrt{2\varepsilon}},

that is Ω(ε^-1/2) members, and ``K`` members evenly spaced in angle are optimal,
with gap ``1/cos(π/4K) - 1 ≈ π²/(32 K²)``
(:func:`palm.instance.quarter_circle_optimal_gap`).

Left: the smallest portfolio that ``Portfolio.fit`` certifies for the target ε
(with a negligible additive slack ``δ = 1e-6``, since a target needs ``δ > 0``),
against the closed form and the ε^-1/2 rate. Right: the best multiplicative gap of
``K`` members (``Portfolio.fit(arc, n_members=K, delta=0.0)``) against the
closed form. The pool is a discretized arc of 241 angles, on which the optimal
angles ``(2i - 1)π/(4K)`` lie for ``K <= 6``, so the library's proven optima can be
compared with the continuous theory point for point.
"""

# %%
# The hard instance
# -----------------
# The test suite sets ``PALM_EXAMPLE_QUICK=1`` to run with fewer targets and sizes.
import math
import os

import matplotlib.pyplot as plt
import numpy as np

from palm import Portfolio
from palm.instance import quarter_circle, quarter_circle_optimal_gap

quick = os.environ.get("PALM_EXAMPLE_QUICK") == "1"
arc = quarter_circle(241)
targets = np.geomspace(0.02 if quick else 0.002, 0.3, 5 if quick else 12)
budgets = np.arange(1, 4 if quick else 7)

# %%
# Smallest certified portfolio for each target
# --------------------------------------------
# The uniform lattice baseline, certified for the same target, for comparison.
# ``portfolio.optimal`` says whether the search proved its size the smallest.
palm_size, proven, uniform_size = [], [], []
for eps in targets:
    portfolio = Portfolio.fit(arc, eps=float(eps), delta=1e-6)
    palm_size.append(len(portfolio))
    proven.append(portfolio.optimal)
    uniform_size.append(
        len(Portfolio.fit(arc, eps=float(eps), delta=1e-6, method="uniform"))
    )


def closed_form_size(eps):
    return math.ceil(math.pi / (4 * math.acos(1 / (1 + eps))))


# %%
# Best gap for each budget
# ------------------------
best_gap = [
    Portfolio.fit(arc, n_members=int(k), delta=0.0).certificate.eps_hat for k in budgets
]
for k, gap in zip(budgets, best_gap):
    print(
        f"K={k}: certified eps_hat {gap:.6f}, "
        f"closed form {quarter_circle_optimal_gap(int(k)):.6f}"
    )

# %%
# Plot
# ----
fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.8))

fine = np.geomspace(targets[0], targets[-1], 400)
left.step(
    fine,
    [closed_form_size(e) for e in fine],
    where="post",
    color="black",
    linewidth=1.2,
    label="T4: ⌈π / (4 arccos(1/(1+ε)))⌉",
)
left.plot(
    fine,
    math.pi / (4 * np.sqrt(2 * fine)),
    color="black",
    linestyle=":",
    label="rate π / (4 √(2ε)) ∝ ε^-1/2",
)
proven = np.asarray(proven)
palm_size = np.asarray(palm_size)
left.plot(
    targets[proven],
    palm_size[proven],
    "o",
    color="tab:blue",
    label="Portfolio.fit, proven smallest",
)
if not proven.all():
    left.plot(
        targets[~proven],
        palm_size[~proven],
        "o",
        color="tab:blue",
        markerfacecolor="none",
        label="Portfolio.fit, not proven smallest",
    )
left.plot(
    targets,
    uniform_size,
    "s",
    color="tab:green",
    markerfacecolor="none",
    label="uniform lattice, same target",
)
left.set_xscale("log")
left.set_yscale("log")
left.set_xlabel("multiplicative target ε (δ = 1e-6)")
left.set_ylabel("portfolio size (members)")
left.set_title("Members needed on the quarter circle")
left.grid(True, which="both", alpha=0.3)
left.legend(fontsize="small")

ks = np.linspace(budgets[0], budgets[-1], 200)
right.plot(
    ks,
    1 / np.cos(np.pi / (4 * ks)) - 1,
    color="black",
    linewidth=1.2,
    label="T4: 1/cos(π/4K) − 1",
)
right.plot(
    ks,
    np.pi**2 / (32 * ks**2),
    color="black",
    linestyle=":",
    label="rate π²/(32 K²)",
)
right.plot(
    budgets,
    best_gap,
    "o",
    color="tab:blue",
    label="Portfolio.fit(n_members=K, delta=0) ε̂",
)
right.set_xscale("log")
right.set_yscale("log")
right.set_xticks(budgets, labels=[str(k) for k in budgets])
right.minorticks_off()
right.set_xlabel("portfolio size K")
right.set_ylabel("best multiplicative gap ε̂")
right.set_title("Best gap of K members on the quarter circle")
right.grid(True, which="major", alpha=0.3)
right.legend(fontsize="small")

fig.suptitle(f"Lower bound T4 on the quarter circle ({len(arc)} candidates)")
fig.tight_layout()

plt.show()
