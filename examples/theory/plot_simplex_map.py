"""
==================================================
Who serves which user: the simplex map (d = 3, T5)
==================================================

With three traits every user weight ``w`` is a point of a triangle (a ternary
plot): the corners are users who care about one trait only, the centre a user who
weighs all three equally. Each small triangle is coloured by the member that
``portfolio.select(w)`` routes its centre to, and darkened by the local additive
gap ``OPT(w) - PORT(w)`` (:func:`palm.certificate.gaps_at`): how much that user
loses against their best candidate.

The gold star is the witness of the exact certificate (derived guarantee **T5**):
the weight where the worst additive gap ``δ̂`` over the *whole* simplex is
attained. No shaded triangle is darker than the certificate allows, because the
LP's maximum is over every weight, not only the drawn ones.

Left: PALM's smallest portfolio certified for ``ε = δ = 0.05``. Right: the uniform
lattice baseline with the same number of members. Both maps share one gap scale.
"""

# %%
# Candidates and portfolios
# -------------------------
import matplotlib.pyplot as plt

from palm import Portfolio
from palm.certificate import gaps_at
from palm.instance import concave_front
from palm.plotting import plot_simplex_map
from palm.simplex import das_dennis

traits = ["helpfulness", "harmlessness", "humor"]
rewards = concave_front(150, 3, power=2.5, random_state=0)
palm_portfolio = Portfolio.fit(rewards, eps=0.05, traits=traits)
uniform = Portfolio.fit(
    rewards, n_members=len(palm_portfolio), method="uniform", traits=traits
)
print(palm_portfolio.certificate)

# %%
# The certificate bounds every local gap
# --------------------------------------
# On a dense lattice of user weights the largest pointwise gap stays below ``δ̂``.
weights = das_dennis(60, 3)
for name, portfolio in [("PALM", palm_portfolio), ("uniform", uniform)]:
    local = gaps_at(weights, portfolio.member_rewards, portfolio.candidate_rewards)
    print(
        f"{name}: largest gap on the lattice {local.max():.4f} "
        f"<= certified delta_hat {portfolio.certificate.delta_hat:.4f}"
    )
    assert local.max() <= portfolio.certificate.delta_hat + 1e-9

# %%
# Draw the maps
# -------------
# Numbered circles are the members' own weights (where each was chosen).
gap_max = max(palm_portfolio.certificate.delta_hat, uniform.certificate.delta_hat)
fig, axes = plt.subplots(1, 2, figsize=(11, 5.6))
for ax, (name, portfolio) in zip(
    axes, [("PALM (exact, ε = δ = 0.05)", palm_portfolio), ("uniform", uniform)]
):
    plot_simplex_map(portfolio, n_partitions=60, gap_max=gap_max, ax=ax)
    ax.set_title(
        f"{name}: {len(portfolio)} members, δ̂ = {portfolio.certificate.delta_hat:.3f}"
    )
fig.suptitle("Routed member and local gap for every user weight")
fig.tight_layout()

plt.show()
