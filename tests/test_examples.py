"""Every example runs headless, from the command line, and saves nothing it should not.

Each script runs in a fresh interpreter with ``MPLBACKEND=Agg`` in an empty working
directory. ``PALM_EXAMPLE_QUICK=1`` shrinks the sizes and seeds of the slower theory
plots so that the whole file stays well under a minute on two cores.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from palm import Portfolio

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
THEORY_PLOTS = sorted((EXAMPLES / "theory").glob("plot_*.py"))
#: Theorem IDs each theory plot must name in its docstring (DESIGN §6, theory/).
THEOREMS = {
    "plot_portfolio_size.py": ("T1", "T2", "T3"),
    "plot_gap_vs_size.py": ("T5",),
    "plot_reward_scatter.py": ("T5",),
    "plot_simplex_map.py": ("T5",),
    "plot_usage_perplexity.py": ("T5",),
    "plot_lower_bound.py": ("T4",),
    "plot_oracle_calls.py": ("T6",),
    "plot_routing_bound.py": ("T7",),
}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MPLBACKEND": "Agg", "PALM_EXAMPLE_QUICK": "1"}
    proc = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, (
        f"{args[0]} failed with exit status {proc.returncode}:\n{proc.stderr[-4000:]}"
    )
    return proc


def test_every_theory_plot_is_listed():
    assert {p.name for p in THEORY_PLOTS} == set(THEOREMS)


@pytest.mark.parametrize("script", THEORY_PLOTS, ids=lambda p: p.name)
def test_theory_plot_runs_headless_and_saves_nothing(script, tmp_path):
    _run([str(script)], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("script", THEORY_PLOTS, ids=lambda p: p.name)
def test_theory_plot_has_a_gallery_docstring_naming_its_theorem(script):
    source = script.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source), clean=False)
    assert doc is not None
    over, title, under = doc.strip("\n").splitlines()[:3]
    # sphinx-gallery needs an rst title whose over- and underline cover it
    assert set(over) == set(under) == {"="}
    assert len(over) == len(under) >= len(title) > 0
    for theorem in THEOREMS[script.name]:
        assert f"**{theorem}**" in doc or theorem in title, theorem
    assert "# %%" in source
    assert source.rstrip().endswith("plt.show()")


def test_demo_runs_end_to_end(tmp_path):
    out = tmp_path / "out"
    proc = _run([str(EXAMPLES / "demo.py"), "--output-dir", str(out)], tmp_path)
    saved = out / "portfolio" / "portfolio.json"
    png = out / "simplex_map.png"
    assert saved.is_file()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # nothing is written outside the output directory
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    loaded = Portfolio.load(saved.parent)
    assert loaded.traits == ("helpfulness", "harmlessness", "humor")
    assert loaded.certificate.holds
    # raw reward scales were normalized, and the report says so
    assert (loaded.reward_upper - loaded.reward_lower > 1.0).any()
    assert "HOLDS" in proc.stdout
    assert "uniform lattice" in proc.stdout and "random" in proc.stdout
    # progress goes to the log (stderr), not to the printed report
    assert "palm.demo" in proc.stderr and "palm.demo" not in proc.stdout
    # each example summary leans on the trait it stresses and reaches the member
    # best for its estimated weights, one strong on that trait
    report = proc.stdout.split("Routing by preference summaries")[1]
    rewards = loaded.member_rewards
    for name, trait in [("parent", 1), ("comedian", 2), ("analyst", 0)]:
        line = report.split(name, 1)[1].split("\n")[1]
        member = int(line.split("-> member ")[1].split()[0])
        weights = [float(part.split("=")[1]) for part in line.split(", ")[-3:]]
        assert int(np.argmax(weights)) == trait, line
        assert member == loaded.select(np.array(weights) / sum(weights)), line
        assert rewards[member, trait] > np.median(rewards[:, trait]), line


def test_demo_has_a_gallery_docstring():
    doc = ast.get_docstring(ast.parse((EXAMPLES / "demo.py").read_text()), clean=False)
    over, title, under = doc.strip("\n").splitlines()[:3]
    assert set(over) == set(under) == {"="} and len(over) >= len(title)
