"""
=============================================
What a wrong weight estimate costs a user
=============================================

A user is routed to ``argmax_m ŵ · r_m`` with ``ŵ`` an estimate of their weight (from
a summary of their preferences). Derived guarantee **T7** bounds what a wrong estimate
costs: the routed member's utility is at most ``‖w - ŵ‖₁`` below the user's best
member, and at most that times half the range of the two members' reward difference.
With a certified portfolio, the routed member therefore gives every user at least
``(OPT(w) - δ) / (1 + ε) - ‖w - ŵ‖₁``.

Left, the loss of each simulated user against ``‖w - ŵ‖₁`` for estimates of
decreasing quality (Dirichlet noise around the true weight): every point lies below
the diagonal, most far below it, since a small error only costs when it crosses a
boundary between members. Right, the fraction of users routed to their best member
and the mean loss as the estimate gets noisier.
"""

# %%
# A certified portfolio and noisy estimates
# -----------------------------------------
# The test suite sets ``PALM_EXAMPLE_QUICK=1`` to run with fewer users.
import os

import matplotlib.pyplot as plt
import numpy as np

from palm import Portfolio
from palm.instance import concave_front
from palm.simplex import sample_dirichlet

quick = os.environ.get("PALM_EXAMPLE_QUICK") == "1"
n_users = 300 if quick else 2000
rewards = concave_front(1000, 3, random_state=0)
portfolio = Portfolio.fit(rewards, eps=0.05, traits=["helpfulness", "humor", "brevity"])
users = sample_dirichlet(n_users, 3, random_state=1)
best = portfolio.utilities(users).max(axis=1)

rng = np.random.default_rng(2)
concentrations = (300.0, 100.0, 30.0, 10.0, 3.0)
results = []
for kappa in concentrations:
    estimates = np.array([rng.dirichlet(kappa * w + 0.05) for w in users])
    routed = np.asarray(portfolio.select(estimates))
    got = np.einsum("ij,ij->i", users, portfolio.member_rewards[routed])
    results.append((kappa, np.abs(users - estimates).sum(axis=1), best - got))

# %%
# Loss against the bound
# ----------------------
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
for kappa, l1, loss in results:
    left.scatter(l1, loss, s=6, alpha=0.5, label=f"concentration {kappa:g}")
top = max(float(r[1].max()) for r in results)
left.plot([0, top], [0, top], color="black", lw=1, label="T7 bound: ‖w − ŵ‖₁")
left.set_xlabel("estimate error ‖w − ŵ‖₁")
left.set_ylabel("utility lost against the best member")
left.set_title(f"{portfolio.n_members} certified members, {n_users} users")
left.legend(fontsize=7, loc="upper left")

mean_l1 = [float(r[1].mean()) for r in results]
right.plot(
    mean_l1,
    [float(np.mean(r[2] <= 1e-12)) for r in results],
    "o-",
    label="routed to the best member",
)
right.plot(mean_l1, [float(r[2].mean()) for r in results], "s-", label="mean loss")
right.plot(mean_l1, mean_l1, "k--", lw=1, label="mean bound")
right.set_xlabel("mean ‖w − ŵ‖₁")
right.set_title("noisier estimates")
right.legend(fontsize=8)
fig.tight_layout()
plt.show()
