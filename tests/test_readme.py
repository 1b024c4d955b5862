"""The README's quick start runs as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_quick_start_runs(tmp_path, monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    assert blocks, "the README has no python block"
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(blocks[0], str(README), "exec"), namespace)
    portfolio = namespace["portfolio"]
    assert portfolio.certificate.holds
    assert (tmp_path / "my_portfolio" / "portfolio.json").exists()
    assert len(namespace["best5"]) == 5


def test_readme_routing_example_runs():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    routing = [b for b in blocks if ".route(" in b]
    assert routing, "the README shows no routing example"
    namespace: dict = {}
    exec(compile(routing[0], str(README), "exec"), namespace)
    route = namespace["route"]
    assert route.member == 1 and not route.fallback


def test_readme_opens_with_the_two_setup_commands():
    text = README.read_text()
    first_block = re.search(r"```bash\n(.*?)```", text, flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["make demo", "make test"]


def test_readme_oracle_example_runs(tmp_path, monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    oracle_blocks = [b for b in blocks if "CandidateOracle" in b]
    assert oracle_blocks, "the README shows no oracle example"
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(oracle_blocks[0], str(README), "exec"), namespace)
    p = namespace["p"]
    assert p.certificate.holds
    assert p.n_oracle_calls <= 50  # the comment promises about 10
    assert any((tmp_path / "oracle_cache").iterdir())


def test_readme_link_example_runs():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    fitting = [b for b in blocks if "ScoreLink.fit(" in b]
    assert fitting, "the README shows no link-fitting example"
    namespace: dict = {}
    exec(compile(fitting[0], str(README), "exec"), namespace)
    link = namespace["link"]
    # "No jokes please." under the fitted link: humor gets the least weight
    w = namespace["LexicalEstimator"](link=link).estimate(
        "No jokes please.", namespace["traits"]
    )
    assert w.weights.argmin() == 0 and abs(w.weights.sum() - 1) < 1e-9
