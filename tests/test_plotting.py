from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from palm import MissingDependencyError, Portfolio, ValidationError
from palm.certificate import gaps_at
from palm.instance import concave_front, quarter_circle
from palm.plotting import (
    _lattice_triangles,
    member_usage,
    plot_front,
    plot_simplex_map,
    ternary_coordinates,
    usage_perplexity,
)
from palm.simplex import sample_dirichlet

plt = pytest.importorskip("matplotlib.pyplot")

INSTALL = 'pip install "palm-portfolio[plot]" -c constraints.txt'


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def portfolio3() -> Portfolio:
    rewards = concave_front(60, 3, power=2.5, random_state=0)
    return Portfolio.fit(rewards, eps=0.1, traits=["helpful", "harmless", "humor"])


@pytest.fixture(scope="module")
def portfolio2() -> Portfolio:
    return Portfolio.fit(quarter_circle(41), eps=0.05, delta=0.01)


# ------------------------------------------------------------ lazy matplotlib


def test_import_palm_and_palm_plotting_do_not_import_matplotlib():
    code = (
        "import sys, palm, palm.plotting\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_metrics_work_without_matplotlib():
    # pure numpy: usable where the plot extra is not installed
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None\n"
        "sys.modules['matplotlib.pyplot'] = None\n"
        "import numpy as np\n"
        "from palm.plotting import usage_perplexity, ternary_coordinates\n"
        "assert round(usage_perplexity(np.eye(2)), 2) == 2.0\n"
        "assert ternary_coordinates([0, 1, 0]).tolist() == [1.0, 0.0]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("blocked", ["matplotlib", "matplotlib.pyplot"])
def test_plotting_without_matplotlib_raises_missing_dependency(
    monkeypatch, portfolio2, portfolio3, blocked
):
    monkeypatch.setitem(sys.modules, blocked, None)
    with pytest.raises(MissingDependencyError, match="needs matplotlib") as info:
        plot_front(portfolio2)
    assert INSTALL in str(info.value)
    assert isinstance(info.value, ImportError)  # callers' `except ImportError` works
    with pytest.raises(MissingDependencyError, match=r"palm-portfolio\[plot\]"):
        plot_simplex_map(portfolio3)


# ------------------------------------------------------------ ternary coordinates


def test_ternary_corners_and_centre():
    xy = ternary_coordinates(np.eye(3))
    np.testing.assert_allclose(xy, [[0, 0], [1, 0], [0.5, math.sqrt(3) / 2]])
    # the centroid of the simplex is the centroid of the triangle: (1/2, √3/6)
    np.testing.assert_allclose(
        ternary_coordinates([1 / 3, 1 / 3, 1 / 3]), [0.5, math.sqrt(3) / 6]
    )


def test_ternary_keeps_single_and_batch_shapes():
    assert ternary_coordinates([0.2, 0.3, 0.5]).shape == (2,)
    assert ternary_coordinates([[0.2, 0.3, 0.5]]).shape == (1, 2)


@given(st.lists(st.floats(0.0, 1.0), min_size=3, max_size=3))
def test_ternary_is_the_affine_map_of_the_corners(raw):
    w = np.asarray(raw) + 1e-3
    w /= w.sum()
    corners = ternary_coordinates(np.eye(3))
    np.testing.assert_allclose(ternary_coordinates(w), w @ corners, atol=1e-12)


@pytest.mark.parametrize(
    ("weights", "match"),
    [
        ([0.5, 0.5], "3 entries per vector"),
        ([0.5, 0.6, 0.1], "must sum to 1"),
        ([1.2, -0.2, 0.0], "non-negative"),
    ],
)
def test_ternary_rejects_weights_off_the_3_simplex(weights, match):
    with pytest.raises(ValidationError, match=match):
        ternary_coordinates(weights)


# ------------------------------------------------------------ usage metrics


def test_member_usage_hand_worked():
    members = np.array([[1.0, 0.0], [0.0, 1.0]])
    # users 1-3 prefer trait 0 (member 0); user 4 prefers trait 1; the tie at
    # (0.5, 0.5) goes to the lowest index, as in Portfolio.select
    users = [[0.9, 0.1], [0.6, 0.4], [0.5, 0.5], [0.2, 0.8]]
    np.testing.assert_allclose(member_usage(members, users), [0.75, 0.25])


def test_member_usage_matches_portfolio_select(portfolio3):
    users = sample_dirichlet(500, 3, random_state=1)
    counts = np.bincount(portfolio3.select(users), minlength=len(portfolio3))
    np.testing.assert_allclose(member_usage(portfolio3, users), counts / 500)


def test_member_usage_default_users_are_seeded(portfolio3):
    a = member_usage(portfolio3, n_users=2000, random_state=3)
    b = member_usage(portfolio3, n_users=2000, random_state=3)
    np.testing.assert_array_equal(a, b)
    assert a.sum() == pytest.approx(1.0)


def test_usage_perplexity_extremes():
    members = np.array([[1.0, 0.0], [0.0, 1.0]])
    # one member serves everyone: perplexity 1
    assert usage_perplexity(members, [[0.9, 0.1], [0.7, 0.3]]) == 1.0
    # two members, two users each: perplexity exp(ln 2) = 2
    users = [[0.9, 0.1], [0.7, 0.3], [0.3, 0.7], [0.1, 0.9]]
    assert usage_perplexity(members, users) == pytest.approx(2.0)
    # shares (3/4, 1/4): exp(-(3/4 ln 3/4 + 1/4 ln 1/4)) = 1.7548
    users = [[0.9, 0.1], [0.7, 0.3], [0.6, 0.4], [0.1, 0.9]]
    assert usage_perplexity(members, users) == pytest.approx(1.7547654, rel=1e-6)


@given(st.integers(1, 6), st.integers(0, 10_000))
def test_usage_perplexity_lies_between_one_and_the_size(k, seed):
    members = concave_front(k, 3, random_state=seed)
    value = usage_perplexity(members, n_users=300, random_state=seed)
    assert 1.0 - 1e-12 <= value <= k + 1e-12


def test_usage_rejects_bad_inputs(portfolio3):
    with pytest.raises(ValidationError, match="n_users must be a positive integer"):
        usage_perplexity(portfolio3, n_users=0)
    with pytest.raises(ValidationError, match="3 entries per vector"):
        member_usage(portfolio3, [[0.5, 0.5]])


# ------------------------------------------------------------ plot_front


def test_plot_front_from_a_portfolio(portfolio2):
    ax = plot_front(portfolio2, label="PALM")
    candidates, members = ax.collections
    assert len(candidates.get_offsets()) == len(portfolio2.candidate_rewards)
    np.testing.assert_allclose(members.get_offsets(), portfolio2.member_rewards)
    assert ax.get_xlabel() == "trait_0"
    assert ax.get_legend_handles_labels()[1] == ["candidates", "PALM"]
    # the dashed envelope joins every member, in order of the first trait
    (envelope,) = ax.get_lines()
    xs = envelope.get_xdata()
    assert len(xs) == len(portfolio2) and np.all(np.diff(xs) >= 0)


def test_plot_front_overlays_on_given_axes():
    rewards = quarter_circle(21)
    fig, ax = plt.subplots()
    assert plot_front(rewards, [0, 10, 20], ax=ax, label="a") is ax
    plot_front(rewards, [5, 15], ax=ax, label="b", show_candidates=False)
    assert ax.get_legend_handles_labels()[1] == ["candidates", "a", "b"]
    assert len(ax.collections) == 3
    # distinct default colours from the axes' cycle
    a, b = ax.collections[1].get_facecolor()[0], ax.collections[2].get_facecolor()[0]
    assert not np.allclose(a, b)


def test_plot_front_candidates_only_and_trait_names():
    ax = plot_front(quarter_circle(11), traits=["humor", "conciseness"])
    assert len(ax.collections) == 1
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("humor", "conciseness")


def test_plot_front_rejects_three_traits(portfolio3):
    with pytest.raises(ValidationError, match="plot_front draws two traits; got"):
        plot_front(portfolio3)


@pytest.mark.parametrize("members", [[0, 21], [-1], [0.5]])
def test_plot_front_rejects_bad_member_indices(members):
    with pytest.raises(ValidationError, match=r"row indices into rewards"):
        plot_front(quarter_circle(21), members)


def test_plot_front_rejects_wrong_number_of_trait_names():
    with pytest.raises(ValidationError, match="traits must name the two axes"):
        plot_front(quarter_circle(5), traits=["a", "b", "c"])


# ------------------------------------------------------------ plot_simplex_map


@pytest.mark.parametrize("h", [1, 2, 7])
def test_lattice_triangles_tile_the_simplex(h):
    tris = _lattice_triangles(h)
    assert tris.shape == (h * h, 3, 3)
    np.testing.assert_allclose(tris.sum(axis=2), 1.0)
    xy = ternary_coordinates(tris.reshape(-1, 3)).reshape(-1, 3, 2)
    a, b, c = xy[:, 0], xy[:, 1], xy[:, 2]
    area = 0.5 * np.abs(
        (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1])
        - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1])
    )
    # h² congruent triangles covering the whole triangle of area √3/4
    np.testing.assert_allclose(area, math.sqrt(3) / 4 / h**2)


def test_simplex_map_colours_each_triangle_by_its_routed_member(portfolio3):
    from matplotlib import colormaps

    h = 12
    ax = plot_simplex_map(portfolio3, n_partitions=h, shade=False, legend=False)
    faces = ax.collections[0].get_facecolor()[:, :3]
    routed = portfolio3.select(_lattice_triangles(h).mean(axis=1))
    tab10 = np.array([colormaps["tab10"](i)[:3] for i in range(len(portfolio3))])
    np.testing.assert_allclose(faces, 0.65 * tab10[routed] + 0.35)
    assert len(np.unique(faces, axis=0)) == len(np.unique(routed))


def test_simplex_map_shading_follows_the_local_gap(portfolio3):
    h = 15
    plain = plot_simplex_map(portfolio3, n_partitions=h, shade=False, colorbar=False)
    shaded = plot_simplex_map(portfolio3, n_partitions=h, colorbar=False)
    ratio = (
        shaded.collections[0].get_facecolor()[:, :3]
        / plain.collections[0].get_facecolor()[:, :3]
    )
    darkening = 1.0 - ratio[:, 0]
    centres = _lattice_triangles(h).mean(axis=1)
    gaps = gaps_at(centres, portfolio3.member_rewards, portfolio3.candidate_rewards)
    # darkening is 0.7 × gap / δ̂; no local gap exceeds the certificate (T5)
    np.testing.assert_allclose(
        darkening, 0.7 * gaps / portfolio3.certificate.delta_hat, atol=1e-12
    )
    assert darkening.max() <= 0.7 + 1e-12


def test_simplex_map_marks_members_and_witness(portfolio3):
    ax = plot_simplex_map(portfolio3, n_partitions=10)
    numbers = [t.get_text() for t in ax.texts if t.get_text().isdigit()]
    assert numbers == [str(m) for m in range(len(portfolio3))]
    corner_labels = {t.get_text() for t in ax.texts} - set(numbers)
    assert corner_labels == {"helpful", "harmless", "humor"}
    (star,) = [c for c in ax.collections if c.get_label().startswith("worst case")]
    np.testing.assert_allclose(
        star.get_offsets()[0],
        ternary_coordinates(portfolio3.certificate.delta_witness),
    )
    assert len(ax.figure.axes) == 2  # the map and its colour bar


def test_simplex_map_without_decorations(portfolio3):
    ax = plot_simplex_map(
        portfolio3,
        n_partitions=4,
        show_members=False,
        show_witness=False,
        colorbar=False,
        legend=False,
    )
    assert len(ax.collections) == 1
    assert ax.get_legend() is None
    assert len(ax.figure.axes) == 1


def test_simplex_map_rejects_two_traits(portfolio2):
    with pytest.raises(ValidationError, match="plot_simplex_map draws three traits"):
        plot_simplex_map(portfolio2)


def test_simplex_map_rejects_bad_sizes(portfolio3):
    with pytest.raises(ValidationError, match="n_partitions must be a positive"):
        plot_simplex_map(portfolio3, n_partitions=0)
    with pytest.raises(ValidationError, match="gap_max must be a finite number"):
        plot_simplex_map(portfolio3, gap_max=-1.0)
