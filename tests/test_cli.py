from __future__ import annotations

import io
import json

import numpy as np
import pytest

import palm
from palm import cli


class Saved:
    """What Portfolio.load gives back, as far as the CLI is concerned."""

    member_rewards = np.array([[1.0, 0.1], [0.1, 1.0], [0.6, 0.6]])
    traits = ("humor", "conciseness")
    trait_specs = ("humor", "conciseness")

    def __str__(self):
        return "Portfolio of 3 members over (humor, conciseness)"


@pytest.fixture
def saved(monkeypatch):
    loaded = []

    def load(path):
        loaded.append(path)
        return Saved()

    monkeypatch.setattr(cli, "_load", load)
    return loaded


def test_route_prints_member_weights_and_evidence(saved, capsys):
    assert cli.main(["route", "pdir", "Short answers please; no jokes."]) == 0
    out = capsys.readouterr().out
    assert saved == ["pdir"]
    assert out.startswith("member 1 (confidence")
    assert "weights: humor=" in out and "utilities: m0=" in out
    assert "-humor" in out and "+conciseness" in out


def test_route_json(saved, capsys):
    assert cli.main(["route", "pdir", "Loves puns.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["member"] == 0 and data["traits"] == ["humor", "conciseness"]
    assert data["evidence"][0]["cues"] == ["puns"]


def test_route_from_file_and_stdin(saved, capsys, tmp_path, monkeypatch):
    f = tmp_path / "summary.txt"
    f.write_text("Brevity above all.", encoding="utf-8")
    assert cli.main(["route", "pdir", "--file", str(f)]) == 0
    assert capsys.readouterr().out.startswith("member 1")
    monkeypatch.setattr("sys.stdin", io.StringIO("Loves jokes."))
    assert cli.main(["route", "pdir", "-"]) == 0
    assert capsys.readouterr().out.startswith("member 0")


def test_route_weights_prior_and_threshold(saved, capsys):
    assert cli.main(["route", "pdir", "--weights", "0.1,0.9"]) == 0
    assert capsys.readouterr().out.startswith("member 1 (confidence 1.00)")
    assert cli.main(["route", "pdir", "Likes dogs.", "--prior", "0.9,0.1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("member 0") and "fell back" in out
    assert cli.main(["route", "pdir", "Slightly likes jokes.", "--threshold", "1"]) == 0
    assert "fell back" in capsys.readouterr().out


def test_info_prints_the_portfolio(saved, capsys):
    assert cli.main(["info", "pdir"]) == 0
    assert (
        capsys.readouterr().out.strip()
        == "Portfolio of 3 members over (humor, conciseness)"
    )


def test_palm_errors_exit_2_with_the_message(saved, capsys):
    assert cli.main(["route", "pdir", "   "]) == 2
    err = capsys.readouterr().err
    assert err.startswith("palm: error: summary is empty")
    assert cli.main(["route", "pdir", "--weights", "0.9,0.9"]) == 2
    assert "weights must sum to 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "match"),
    [
        (["route", "pdir"], "route needs exactly one of SUMMARY"),
        (["route", "pdir", "Loves jokes.", "--weights", "1,0"], "got 2"),
        (["route", "pdir", "--weights", "a,b"], "--weights must be comma-separated"),
        (["route", "pdir", "--file", "/nonexistent/summary.txt"], "cannot read --file"),
        (["route", "pdir", "x", "--prior", "half"], "--prior must be comma-separated"),
        ([], "required"),
    ],
)
def test_usage_errors(saved, capsys, argv, match):
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    assert e.value.code == 2
    assert match in capsys.readouterr().err


def test_loading_a_missing_portfolio_is_a_clean_error(capsys, tmp_path):
    if not hasattr(palm.Portfolio, "load"):
        pytest.skip("palm.Portfolio.load is not available yet")
    assert cli.main(["info", str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.startswith("palm: error:")


def test_round_trip_through_a_saved_portfolio(tmp_path, capsys):
    if not (hasattr(palm.Portfolio, "fit") and hasattr(palm.Portfolio, "save")):
        pytest.skip("palm.Portfolio.fit/save are not available yet")
    rewards = np.array([[1.0, 0.1], [0.1, 1.0], [0.6, 0.6]])
    p = palm.Portfolio.fit(rewards, eps=0.05, traits=["humor", "brevity"])
    p.save(tmp_path / "p")
    assert cli.main(["route", str(tmp_path / "p"), "Loves jokes.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["member"] == int(
        np.argmax(p.member_rewards[:, 0] - p.member_rewards[:, 1])
    )
    assert cli.main(["info", str(tmp_path / "p")]) == 0
    assert capsys.readouterr().out.strip() == str(p).strip()
