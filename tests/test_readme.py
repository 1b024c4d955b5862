"""The README's quick start runs as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _run_block(marker: str | None, what: str) -> dict:
    """Run the README's first python block holding ``marker`` (any if None)."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    chosen = [b for b in blocks if marker is None or marker in b]
    assert chosen, f"the README shows no {what}"
    namespace: dict = {}
    exec(compile(chosen[0], str(README), "exec"), namespace)
    return namespace


def test_readme_quick_start_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace = _run_block(None, "python block")
    portfolio = namespace["portfolio"]
    assert portfolio.certificate.holds
    assert (tmp_path / "my_portfolio" / "portfolio.json").exists()
    assert len(namespace["best5"]) == 5


def test_readme_routing_example_runs():
    route = _run_block(".route(", "routing example")["route"]
    assert route.member == 1 and not route.fallback


def test_readme_opens_with_the_two_setup_commands():
    text = README.read_text()
    first_block = re.search(r"```bash\n(.*?)```", text, flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["make demo", "make test"]


def test_readme_oracle_example_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = _run_block("CandidateOracle", "oracle example")["p"]
    assert p.certificate.holds
    assert p.n_oracle_calls <= 50  # the comment promises about 10
    assert any((tmp_path / "oracle_cache").iterdir())


def test_readme_link_example_runs():
    namespace = _run_block("ScoreLink.fit(", "link-fitting example")
    link = namespace["link"]
    # "No jokes please." under the fitted link: humor gets the least weight
    w = namespace["LexicalEstimator"](link=link).estimate(
        "No jokes please.", namespace["traits"]
    )
    assert w.weights.argmin() == 0 and abs(w.weights.sum() - 1) < 1e-9
