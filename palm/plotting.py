"""Plots of portfolios: reward fronts (two traits), simplex maps (three traits), usage.

matplotlib is an optional dependency (the ``plot`` extra). It is imported inside the
plotting functions only, so ``import palm.plotting`` stays light; a plotting call
without matplotlib raises :class:`~palm.exceptions.MissingDependencyError` naming the
fix. :func:`ternary_coordinates`, :func:`member_usage` and :func:`usage_perplexity`
are pure numpy.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._validation import check_positive_int, check_rewards
from .certificate import gaps_at
from .exceptions import MissingDependencyError, ValidationError
from .simplex import check_weights, das_dennis, sample_dirichlet

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .portfolio import Portfolio

__all__ = [
    "member_usage",
    "plot_front",
    "plot_simplex_map",
    "ternary_coordinates",
    "usage_perplexity",
]

#: The command that installs the plotting dependencies.
INSTALL_HINT = 'pip install "palm-portfolio[plot]" -c constraints.txt'

#: How much the largest local gap darkens a member's colour in a simplex map.
_SHADE_DEPTH = 0.7
#: Share of white mixed into a member's colour where the local gap is zero.
_TINT = 0.35


def ternary_coordinates(weights: ArrayLike) -> NDArray[np.float64]:
    """Map weights on the 3-trait simplex to the plane of an equilateral triangle.

    Trait 0 sits at ``(0, 0)``, trait 1 at ``(1, 0)`` and trait 2 at
    ``(1/2, √3/2)``; a weight maps to the same convex combination of the corners.

    Parameters
    ----------
    weights : array-like of shape (3,) or (n_weights, 3)
        Points on the simplex.

    Returns
    -------
    ndarray of shape (2,) or (n_weights, 2)
        Cartesian coordinates ``(x, y)``.

    Raises
    ------
    ValidationError
        If the weights are not on the 3-trait simplex.

    Examples
    --------
    >>> from palm.plotting import ternary_coordinates
    >>> ternary_coordinates([[1, 0, 0], [0, 1, 0], [0.5, 0.5, 0]])
    array([[0. , 0. ],
           [1. , 0. ],
           [0.5, 0. ]])
    >>> ternary_coordinates([1 / 3, 1 / 3, 1 / 3]).round(4)
    array([0.5   , 0.2887])
    """
    w = check_weights(weights, 3)
    rows = np.atleast_2d(w)
    xy = np.column_stack([rows[:, 1] + 0.5 * rows[:, 2], rows[:, 2] * math.sqrt(3) / 2])
    return xy[0] if w.ndim == 1 else xy


def member_usage(
    portfolio: Portfolio | ArrayLike,
    weights: ArrayLike | None = None,
    *,
    n_users: int = 10_000,
    random_state: int | np.random.Generator | None = 0,
) -> NDArray[np.float64]:
    """Share of users routed to each member.

    Each user goes to the member with the largest utility ``w·r_m`` (ties to the
    lowest index), as :meth:`palm.Portfolio.select` does.

    Parameters
    ----------
    portfolio : Portfolio or array-like of shape (n_members, n_traits)
        A fitted portfolio, or its members' normalized reward vectors.
    weights : array-like of shape (n_users, n_traits), optional
        The users. Default: ``n_users`` Dirichlet(1) samples, uniform on the simplex.
    n_users : int, default=10_000
        Number of sampled users when ``weights`` is not given.
    random_state : int, Generator or None, default=0
        Seed of the sampled users.

    Returns
    -------
    ndarray of shape (n_members,)
        Non-negative shares summing to 1.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.plotting import member_usage
    >>> members = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> member_usage(members, [[0.9, 0.1], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
    array([0.75, 0.25])
    """
    members = _member_rewards(portfolio)
    k, d = members.shape
    if weights is None:
        n_users = check_positive_int(n_users, "n_users")
        w = sample_dirichlet(n_users, d, random_state=random_state)
    else:
        w = np.atleast_2d(check_weights(weights, d))
    chosen = np.argmax(w @ members.T, axis=1)
    return np.bincount(chosen, minlength=k) / w.shape[0]


def usage_perplexity(
    portfolio: Portfolio | ArrayLike,
    weights: ArrayLike | None = None,
    *,
    n_users: int = 10_000,
    random_state: int | np.random.Generator | None = 0,
) -> float:
    """Effective number of members in use: ``exp(-Σ u_j ln u_j)`` of their usage.

    ``u_j`` is the share of users routed to member ``j`` (:func:`member_usage`), by
    default under Dirichlet(1) users, uniform on the simplex. The value lies in
    ``[1, n_members]``: 1 when one member serves everyone, ``n_members`` when all
    serve equally many users.

    Parameters
    ----------
    portfolio : Portfolio or array-like of shape (n_members, n_traits)
        A fitted portfolio, or its members' normalized reward vectors.
    weights : array-like of shape (n_users, n_traits), optional
        The users; default ``n_users`` Dirichlet(1) samples.
    n_users : int, default=10_000
        Number of sampled users when ``weights`` is not given.
    random_state : int, Generator or None, default=0
        Seed of the sampled users.

    Returns
    -------
    float

    Examples
    --------
    >>> import numpy as np
    >>> from palm.plotting import usage_perplexity
    >>> members = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> round(usage_perplexity(members), 2)  # two members, half the users each
    2.0
    >>> usage_perplexity(members, [[0.9, 0.1], [0.7, 0.3]])  # one member serves all
    1.0
    """
    u = member_usage(portfolio, weights, n_users=n_users, random_state=random_state)
    u = u[u > 0]
    return float(np.exp(-np.sum(u * np.log(u))))


def plot_front(
    rewards: Portfolio | ArrayLike,
    members: ArrayLike | None = None,
    *,
    ax: Axes | None = None,
    traits: tuple[str, str] | list[str] | None = None,
    label: str | None = "members",
    color: Any = None,
    marker: str = "o",
    show_candidates: bool = True,
    show_envelope: bool = True,
) -> Axes:
    """Scatter a two-trait candidate front and highlight a portfolio's members.

    Call it once per portfolio on the same axes to compare picks (pass
    ``show_candidates=False`` after the first call).

    Parameters
    ----------
    rewards : Portfolio or array-like of shape (n_candidates, 2)
        Candidate reward vectors. With a fitted :class:`~palm.Portfolio`, its
        normalized candidates, members and trait names are used.
    members : array-like of int, optional
        Rows of ``rewards`` to highlight (ignored for a portfolio).
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.
    traits : pair of str, optional
        Axis labels; default the portfolio's traits or ``trait_0``, ``trait_1``.
    label : str or None, default="members"
        Legend label of the members.
    color : matplotlib color, optional
        Colour of the members; default the next colour of the axes' cycle.
    marker : str, default="o"
        Marker of the members.
    show_candidates : bool, default=True
        Draw every candidate as a small grey dot.
    show_envelope : bool, default=True
        Join the members in order of the first trait with a dashed line: the
        frontier the portfolio reaches, to compare with the candidates' front.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValidationError
        If the rewards do not have two traits or a member index is out of range.
    MissingDependencyError
        If matplotlib is not installed.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from palm import Portfolio
    >>> from palm.instance import quarter_circle
    >>> from palm.plotting import plot_front
    >>> portfolio = Portfolio.fit(quarter_circle(50), eps=0.05, delta=0.01)
    >>> ax = plot_front(portfolio, label="PALM")
    >>> ax.get_xlabel(), ax.get_legend_handles_labels()[1]
    ('trait_0', ['candidates', 'PALM'])
    >>> plt.close("all")
    """
    cand, idx, names = _front_inputs(rewards, members, traits)
    plt = _pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=(5.0, 4.5))
    if show_candidates:
        ax.scatter(
            cand[:, 0],
            cand[:, 1],
            s=9,
            color="0.65",
            linewidths=0,
            label="candidates",
            zorder=1,
        )
    if idx is not None and len(idx) > 0:
        chosen = cand[idx]
        dots = ax.scatter(
            chosen[:, 0],
            chosen[:, 1],
            s=60,
            marker=marker,
            color=color,  # None: the next colour of the axes' cycle
            edgecolors="black",
            linewidths=0.6,
            label=label,
            zorder=3,
        )
        if show_envelope and len(chosen) > 1:
            order = np.lexsort((-chosen[:, 1], chosen[:, 0]))
            ax.plot(
                chosen[order, 0],
                chosen[order, 1],
                linestyle="--",
                linewidth=1.3,
                color=dots.get_facecolor()[0],
                alpha=0.8,
                zorder=2,
            )
    ax.set_xlabel(names[0])
    ax.set_ylabel(names[1])
    ax.set_aspect("equal", adjustable="datalim")
    ax.legend(loc="lower left", fontsize="small")
    return ax


def plot_simplex_map(
    portfolio: Portfolio,
    *,
    n_partitions: int = 80,
    shade: bool = True,
    gap_max: float | None = None,
    show_members: bool = True,
    show_witness: bool = True,
    colorbar: bool = True,
    legend: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Ternary map of a three-trait portfolio: who serves each user, and how well.

    The simplex is cut into ``n_partitions²`` small triangles; each is coloured by
    the member :meth:`~palm.Portfolio.select` routes its centre to and, with
    ``shade``, darkened by the local additive gap ``OPT(w) - PORT(w)``
    (:func:`palm.certificate.gaps_at`) at its centre.

    Parameters
    ----------
    portfolio : Portfolio
        A fitted portfolio with three traits.
    n_partitions : int, default=80
        Divisions of each side of the simplex (the Das–Dennis lattice
        ``das_dennis(n_partitions, 3)`` gives the corners of the triangles).
    shade : bool, default=True
        Darken each triangle by its local gap.
    gap_max : float, optional
        Gap drawn darkest; default the certified worst case
        ``portfolio.certificate.delta_hat``, which no local gap exceeds (T5). Pass
        the same value to several maps to compare them.
    show_members : bool, default=True
        Mark each member's weight (``portfolio.member_weights``) with its number.
    show_witness : bool, default=True
        Mark the weight where the certified additive gap is attained
        (``certificate.delta_witness``) with a star.
    colorbar : bool, default=True
        Add a colour bar of the local gap (with ``shade``).
    legend : bool, default=True
        Add a legend of the members (up to 12).
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValidationError
        If the portfolio does not have three traits or ``n_partitions < 1``.
    MissingDependencyError
        If matplotlib is not installed.

    Notes
    -----
    The shading is exact at the triangle centres and never exceeds the certificate
    of derived guarantee T5, which is the maximum over the whole simplex.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from palm import Portfolio
    >>> from palm.instance import concave_front
    >>> from palm.plotting import plot_simplex_map
    >>> portfolio = Portfolio.fit(concave_front(60, 3, random_state=0), eps=0.2)
    >>> ax = plot_simplex_map(portfolio, n_partitions=20)
    >>> len(ax.collections[0].get_paths())  # 20² small triangles
    400
    >>> plt.close("all")
    """
    if portfolio.n_traits != 3:
        raise ValidationError(
            f"plot_simplex_map draws three traits; the portfolio has "
            f"{portfolio.n_traits} ({list(portfolio.traits)}). Use plot_front for two "
            "traits, or fit on three columns."
        )
    h = check_positive_int(n_partitions, "n_partitions")
    if gap_max is not None and not (math.isfinite(gap_max) and gap_max >= 0):
        raise ValidationError(
            f"gap_max must be a finite number >= 0; got {gap_max!r}. Leave it None "
            "to use the certified worst case."
        )
    plt = _pyplot()
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import LinearSegmentedColormap, Normalize, to_rgb
    from matplotlib.patches import Patch

    corners = _lattice_triangles(h)  # (n_triangles, 3 corners, 3 traits)
    centres = corners.mean(axis=1)
    routed = np.asarray(portfolio.select(centres))
    k = portfolio.n_members
    palette = np.array([to_rgb(c) for c in _member_colors(k)])
    rgb = (1.0 - _TINT) * palette[routed] + _TINT
    cert = portfolio.certificate
    top = cert.delta_hat if gap_max is None else float(gap_max)
    if shade:
        gaps = gaps_at(centres, portfolio.member_rewards, portfolio.candidate_rewards)
        level = np.clip(gaps / top, 0.0, 1.0) if top > 0 else np.zeros(len(gaps))
        rgb = rgb * (1.0 - _SHADE_DEPTH * level)[:, None]

    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 5.2))
    xy = ternary_coordinates(corners.reshape(-1, 3)).reshape(-1, 3, 2)
    ax.add_collection(
        PolyCollection(xy, facecolors=rgb, edgecolors=rgb, linewidths=0.3, zorder=1)
    )
    _simplex_frame(ax, portfolio.traits)

    if show_members:
        for m, (x, y) in enumerate(ternary_coordinates(portfolio.member_weights)):
            ax.text(
                x,
                y,
                str(m),
                ha="center",
                va="center",
                fontsize=7,
                zorder=6,
                bbox={
                    "boxstyle": "circle,pad=0.25",
                    "facecolor": palette[m],
                    "edgecolor": "black",
                    "linewidth": 0.6,
                },
            )
    if show_witness and cert.delta_witness is not None:
        wx, wy = ternary_coordinates(cert.delta_witness)
        ax.scatter(
            [wx],
            [wy],
            marker="*",
            s=220,
            color="gold",
            edgecolors="black",
            linewidths=0.8,
            zorder=5,
            label=f"worst case, δ̂ = {cert.delta_hat:.3f}",
        )
    if legend:
        handles: list[Any] = [
            Patch(facecolor=palette[m], edgecolor="black", label=f"member {m}")
            for m in range(min(k, 12))
        ]
        handles += ax.get_legend_handles_labels()[0]
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            fontsize="small",
            frameon=False,
        )
    if shade and colorbar:
        darkest = 1.0 - _SHADE_DEPTH
        greys = LinearSegmentedColormap.from_list(
            "palm_gap", [(1.0, 1.0, 1.0), (darkest, darkest, darkest)]
        )
        mappable = plt.cm.ScalarMappable(norm=Normalize(0.0, top or 1.0), cmap=greys)
        ax.figure.colorbar(
            mappable,
            ax=ax,
            location="bottom",
            shrink=0.6,
            pad=0.02,
            aspect=30,
            label="local additive gap OPT(w) − PORT(w)",
        )
    return ax


# ------------------------------------------------------------------ helpers


def _pyplot() -> Any:
    """matplotlib.pyplot, or a MissingDependencyError that says how to install it."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise MissingDependencyError(
            "plotting needs matplotlib, which is not installed. Install the plot "
            f"extra: {INSTALL_HINT}"
        ) from exc
    return plt


def _member_rewards(portfolio: Any) -> NDArray[np.float64]:
    members = getattr(portfolio, "member_rewards", portfolio)
    return check_rewards(members, name="members")


def _front_inputs(
    rewards: Any, members: ArrayLike | None, traits: Any
) -> tuple[NDArray[np.float64], NDArray[np.int64] | None, tuple[str, str]]:
    if hasattr(rewards, "candidate_rewards"):
        cand = np.asarray(rewards.candidate_rewards, dtype=np.float64)
        idx = np.asarray(rewards.member_indices, dtype=np.int64)
        default = tuple(rewards.traits)
    else:
        cand = check_rewards(rewards)
        default = ("trait_0", "trait_1")
        idx = None
        if members is not None:
            idx = np.asarray(members).reshape(-1)
            if idx.size and (
                not np.issubdtype(idx.dtype, np.integer)
                or idx.min() < 0
                or idx.max() >= len(cand)
            ):
                raise ValidationError(
                    "members must be row indices into rewards, integers in "
                    f"[0, {len(cand) - 1}]; got {idx.tolist()}."
                )
            idx = idx.astype(np.int64)
    if cand.shape[1] != 2:
        raise ValidationError(
            f"plot_front draws two traits; got rewards with {cand.shape[1]} columns. "
            "Use plot_simplex_map for three traits, or pass two columns."
        )
    names = default if traits is None else tuple(traits)
    if len(names) != 2:
        raise ValidationError(f"traits must name the two axes; got {list(names)}.")
    return cand, idx, (str(names[0]), str(names[1]))


def _lattice_triangles(n_partitions: int) -> NDArray[np.float64]:
    """The ``n_partitions²`` triangles of the Das–Dennis lattice, as corner weights.

    Returns shape ``(n_partitions**2, 3, 3)``: triangle, corner, trait.
    """
    h = n_partitions
    points = das_dennis(h, 3)
    counts = np.rint(points * h).astype(np.int64)
    index = {(int(a), int(b)): i for i, (a, b, _) in enumerate(counts)}
    tris = []
    for a in range(h):
        for b in range(h - a):
            # "up" triangle, then the "down" triangle sharing its upper-right edge
            tris.append((index[a, b], index[a + 1, b], index[a, b + 1]))
            if a + b < h - 1:
                tris.append((index[a + 1, b], index[a + 1, b + 1], index[a, b + 1]))
    return points[np.asarray(tris)]


def _member_colors(n_members: int) -> list[Any]:
    from matplotlib import colormaps

    if n_members <= 10:
        cmap = colormaps["tab10"]
        return [cmap(i) for i in range(n_members)]
    if n_members <= 20:
        cmap = colormaps["tab20"]
        return [cmap(i) for i in range(n_members)]
    cmap = colormaps["hsv"]
    return [cmap(i / n_members) for i in range(n_members)]


def _simplex_frame(ax: Axes, traits: tuple[str, ...] | list[str]) -> None:
    """Outline, corner labels and limits of a ternary plot; no Cartesian axes."""
    top = math.sqrt(3) / 2
    ax.plot([0, 1, 0.5, 0], [0, 0, top, 0], color="black", linewidth=1.0, zorder=3)
    pad = 0.05
    ax.text(0.0, -pad, traits[0], ha="center", va="top")
    ax.text(1.0, -pad, traits[1], ha="center", va="top")
    ax.text(0.5, top + pad, traits[2], ha="center", va="bottom")
    ax.set_xlim(-0.25, 1.25)
    ax.set_ylim(-0.14, top + 0.12)
    ax.set_aspect("equal")
    ax.axis("off")
