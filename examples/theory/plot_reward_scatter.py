"""
==========================================
Which candidates each method picks (d = 2)
==========================================

The same budget of ``K`` members, spent three ways, drawn in reward space. Grey dots
are the candidate policies; each method's members are joined by a dashed line, the
frontier the portfolio reaches for linear users. Where that line falls inside the
candidates' front, some users are served worse than by their best candidate.

* PALM (``Portfolio.fit(rewards, n_members=K)``) picks the ``K`` candidates with
  the smallest certified worst-case additive gap ``δ̂`` (derived guarantee **T5**);
  its members spread along the front where it is most curved.
* The uniform baseline maps ``K`` evenly spread user weights to their best
  candidates; the random baseline maps ``K`` Dirichlet(1) weights. Both ignore
  the shape of the front and leave its ends or its bends uncovered.

The legend gives each portfolio's exact ``δ̂`` over the whole simplex.
"""

# %%
# Fit the three portfolios on two fronts
# --------------------------------------
import matplotlib.pyplot as plt

from palm import Portfolio
from palm.instance import concave_front, quarter_circle
from palm.plotting import plot_front

n_members = 4
instances = {
    "quarter circle": quarter_circle(121),
    "concave front (p = 3)": concave_front(101, 2, power=3.0, random_state=1),
}
methods = {
    "PALM": {"method": "exact", "marker": "o", "color": "tab:blue"},
    "uniform": {"method": "uniform", "marker": "s", "color": "tab:green"},
    "random": {"method": "random", "marker": "D", "color": "tab:purple"},
}

# %%
# Draw them
# ---------
# :func:`palm.plotting.plot_front` draws the candidates once, then each portfolio
# on the same axes.
fig, axes = plt.subplots(1, 2, figsize=(11, 5.2))
for ax, (name, rewards) in zip(axes, instances.items()):
    for i, (label, spec) in enumerate(methods.items()):
        portfolio = Portfolio.fit(
            rewards, n_members=n_members, method=spec["method"], random_state=1
        )
        plot_front(
            portfolio,
            ax=ax,
            traits=("trait 0 reward", "trait 1 reward"),
            label=f"{label}: {len(portfolio)} members, "
            f"δ̂ = {portfolio.certificate.delta_hat:.3f}",
            marker=spec["marker"],
            color=spec["color"],
            show_candidates=i == 0,
        )
    ax.set_title(f"{name}, K = {n_members}")
fig.suptitle("Members chosen at the same budget, in reward space")
fig.tight_layout()

plt.show()
