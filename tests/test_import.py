from __future__ import annotations

import subprocess
import sys

import palm

HEAVY = ("torch", "transformers", "trl", "peft", "matplotlib", "sklearn")


def test_import_palm_is_light():
    code = (
        "import sys, palm, palm.simplex, palm.grid, palm.cover, palm.certificate, "
        "palm.portfolio, palm.selection, palm.instance\n"
        f"bad = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names_are_exported():
    for name in palm.__all__:
        assert hasattr(palm, name), name
    assert palm.__version__
