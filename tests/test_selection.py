from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from palm.certificate import certify
from palm.instance import concave_front, quarter_circle, sphere_octant
from palm.selection import MIN_GAIN, _gained, best_of_size, smallest_certified


@pytest.mark.parametrize("cover", ["ilp", "greedy", "lazy"])
def test_smallest_certified_holds(cover):
    pool = sphere_octant(150, 3, random_state=1)
    sel = smallest_certified(pool, 0.05, 0.02, cover=cover)
    assert certify(pool[list(sel.indices)], pool, eps=0.05, delta=0.02).holds
    assert sel.lower_bound <= len(sel.indices)
    assert sel.gap <= 0.02 + 1e-9


def test_repair_when_rounds_run_out():
    pool = concave_front(200, 4, random_state=4)
    sel = smallest_certified(pool, 0.02, 0.02, max_rounds=1, n_init=5)
    assert certify(pool[list(sel.indices)], pool, eps=0.02, delta=0.02).holds
    assert not sel.optimal


def test_high_dimension_works():
    pool = concave_front(200, 12, random_state=12)
    sel = smallest_certified(pool, 0.2, 0.2, time_limit=20)
    assert certify(pool[list(sel.indices)], pool, eps=0.2, delta=0.2).holds


def test_best_of_size_lower_bound_brackets_gap():
    pool = concave_front(60, 3, random_state=9)
    sel = best_of_size(pool, 3)
    cert = certify(pool[list(sel.indices)], pool)
    assert cert.delta_hat == pytest.approx(sel.gap, abs=1e-9)
    assert sel.lower_bound <= sel.gap + 1e-9
    assert len(sel.indices) == 3


def test_budget_larger_than_hull_returns_the_hull():
    pool = np.array([[1.0, 0.0], [0.0, 1.0], [0.3, 0.3]])
    sel = best_of_size(pool, 5)
    assert sel.indices == (0, 1) and sel.gap == 0.0


@pytest.mark.parametrize("d", [4, 8])
def test_repair_is_certified_and_minimal(d):
    """Reverse delete (by diagram vertices for d <= 6, by LP duals above) keeps the
    certificate, and leaves no member whose removal would keep it."""
    pool = concave_front(120, d, random_state=d)
    sel = smallest_certified(pool, 0.05, 0.05, max_rounds=1, n_init=5)
    members = list(sel.indices)
    assert certify(pool[members], pool, eps=0.05, delta=0.05).holds
    for m in members:
        rest = [j for j in members if j != m]
        assert not certify(pool[rest], pool, eps=0.05, delta=0.05).holds, m


def _local_setup(pool, eps, delta):
    from palm.certificate import upper_hull_mask
    from palm.selection import _Target

    hull = np.nonzero(upper_hull_mask(pool))[0]
    return hull, _Target(pool, pool[hull], hull, 1.0 + eps, delta)


@pytest.mark.parametrize(("d", "seed"), [(2, 0), (3, 1), (3, 2), (4, 3), (5, 4)])
def test_local_search_keeps_the_certificate_and_never_grows(d, seed):
    """From the whole hull (trivially certified), local search returns a certified
    cover (by the LPs, an independent check) that is no larger."""
    from palm.selection import _local_search

    pool = concave_front(80, d, random_state=seed)
    hull, target = _local_setup(pool, 0.05, 0.05)
    rng = np.random.default_rng(seed)
    members, cuts = _local_search(target, list(hull), None, rng)
    assert len(members) < len(hull)
    assert certify(pool[members], pool, eps=0.05, delta=0.05).holds
    # every cut is a weight the cover of the moment left uncovered: on the simplex
    assert cuts.shape[1] == d
    assert np.allclose(cuts.sum(axis=1), 1.0) and (cuts >= 0).all()


def test_local_search_reaches_the_optimum_on_the_arc():
    """On the quarter circle the exact search proves its size minimum; local search
    from the whole arc gets there too."""
    from palm.instance import quarter_circle
    from palm.selection import _local_search

    pool = quarter_circle(300)
    exact = smallest_certified(pool, 0.01, 0.0)
    assert exact.optimal
    hull, target = _local_setup(pool, 0.01, 0.0)
    members, _ = _local_search(target, list(hull), None, np.random.default_rng(0))
    assert len(members) == len(exact.indices)
    assert certify(pool[members], pool, eps=0.01, delta=0.0).holds


@pytest.mark.parametrize("seed", [5, 6])
def test_one_to_fill_matches_brute_force(seed):
    """With any two members dropped, a single candidate that makes the rest certify
    exists exactly when ``_one_to_fill`` finds one, checked against the LP
    certificate of every candidate."""
    from palm.selection import _one_to_fill

    pool = sphere_octant(25, 3, random_state=seed)
    hull, target = _local_setup(pool, 0.05, 0.02)
    # a cover for a tighter target: some pairs are redundant at the looser one
    members = list(smallest_certified(pool, 0.02, 0.005).indices)
    found = []
    for a, b in list(itertools.combinations(range(len(members)), 2))[:24]:
        rest = [m for i, m in enumerate(members) if i not in (a, b)]
        fill = _one_to_fill(target, rest, [])
        fixes = [
            int(j)
            for j in hull
            if certify(pool[[*rest, j]], pool, eps=0.05, delta=0.02).holds
        ]
        assert (fill is None) == (fixes == [])
        if fill:  # [] when the rest certifies alone
            assert fill[0] in fixes
        found.append(fill is not None)
    assert any(found) and not all(found)  # both answers occur


def test_local_search_leaves_many_traits_alone():
    from palm.selection import _local_search

    pool = concave_front(60, 8, random_state=8)
    hull, target = _local_setup(pool, 0.1, 0.1)
    start = [int(j) for j in hull[:20]]
    members, cuts = _local_search(target, start, None, np.random.default_rng(0))
    assert members == sorted(start) and len(cuts) == 0


@pytest.mark.parametrize("ratio", [False, True])
def test_bisect_targets_improves_and_reports_the_exact_gap(ratio):
    """Budget mode's bisection on the gap returns at most k members whose gap,
    by the LP certificate, is the one it reports and no worse than its start."""
    from palm.selection import _bisect_targets

    pool = sphere_octant(200, 3, random_state=3)
    hull, target = _local_setup(pool, 0.0, 0.0)
    start = [int(j) for j in hull[:5]]  # a poor answer: five arbitrary members
    cert = certify(pool[start], pool)
    start_gap = cert.eps_hat if ratio else cert.delta_hat
    gap, members = _bisect_targets(
        pool, target.front, hull, 5, 0.0, ratio, 0.0, (start_gap, start), None, 0
    )
    cert = certify(pool[members], pool)
    assert gap == pytest.approx(cert.eps_hat if ratio else cert.delta_hat, abs=1e-9)
    assert gap < start_gap and len(set(members)) <= 5


def test_budget_early_stop_applies_only_under_a_time_limit(monkeypatch):
    """Under a time limit (here from the start), budget mode stops after its first
    round (``BUDGET_ROUNDS_UNTIL``) with a certified, possibly worse answer; with
    ``time_limit=None`` it runs on to the proof."""
    import palm.selection as selection

    monkeypatch.setattr(selection, "BUDGET_ROUNDS_UNTIL", 0.0)
    pool = sphere_octant(300, 3, random_state=1)
    patient = best_of_size(pool, 6, time_limit=None)
    quick = best_of_size(pool, 6, time_limit=60)
    assert patient.optimal
    assert quick.n_rounds == 1 < patient.n_rounds
    assert quick.gap >= patient.gap - 1e-12 >= quick.lower_bound - 1e-12
    cert = certify(pool[list(quick.indices)], pool)
    assert cert.delta_hat == pytest.approx(quick.gap, abs=1e-9)


def test_progress_is_relative_to_the_answer_size():
    """A round that saves one member of 10 is progress; one of 270 is not."""
    assert _gained(10, 9) and _gained(49, 48)
    assert not _gained(270, 268) and _gained(270, 270 - math.ceil(MIN_GAIN * 270))
    assert not _gained(10, 10) and not _gained(10, 11)


def test_tight_patience_applies_only_under_a_time_limit(monkeypatch):
    """Under a time limit (here from the start) a tight round that neither proves
    nor shrinks the answer ends the search; ``time_limit=None`` runs to the proof."""
    import palm.selection as selection

    monkeypatch.setattr(selection, "TIGHT_AFTER", 0.0)
    pool = sphere_octant(200, 3, random_state=0)
    patient = smallest_certified(pool, 0.05, 0.05, time_limit=None)
    quick = smallest_certified(pool, 0.05, 0.05, time_limit=60)
    assert patient.optimal and not quick.optimal
    assert quick.n_rounds < patient.n_rounds
    assert len(quick.indices) >= len(patient.indices) > quick.lower_bound
    assert certify(pool[list(quick.indices)], pool, eps=0.05, delta=0.05).holds


def test_target_rounds_stop_early_only_under_a_time_limit(monkeypatch):
    """With 3-6 traits and a time limit, no exact-phase round starts after
    ``TARGET_ROUNDS_UNTIL`` (here 0: the first certified cover is the answer);
    without a limit the search runs on to the proof. Both are certified."""
    import palm.selection as selection

    monkeypatch.setattr(selection, "TARGET_ROUNDS_UNTIL", 0.0)
    pool = sphere_octant(200, 3, random_state=0)
    patient = smallest_certified(pool, 0.05, 0.05, time_limit=None)
    quick = smallest_certified(pool, 0.05, 0.05, time_limit=60)
    assert patient.optimal
    assert quick.n_rounds < patient.n_rounds
    assert len(quick.indices) >= len(patient.indices)
    for sel in (patient, quick):
        assert certify(pool[list(sel.indices)], pool, eps=0.05, delta=0.05).holds
    # two traits are not cut short
    arc = quarter_circle(300)
    assert smallest_certified(arc, 0.02, 0.0, time_limit=60).optimal
