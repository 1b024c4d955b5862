"""Sphinx configuration for palm (sphinx + sphinx-gallery + numpydoc).

Build with ``make -C docs html`` after ``pip install -c constraints.txt -e ".[docs]"``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Import palm from this checkout even when it is not installed.
sys.path.insert(0, str(ROOT))

# Examples run during the build: never open a window.
os.environ.setdefault("MPLBACKEND", "Agg")
try:
    import matplotlib
except ImportError:  # the docs extra installs it; the gallery then fails loudly
    pass
else:
    matplotlib.use("Agg")

# -- Project -----------------------------------------------------------------

project = "palm"
author = "the palm developers"
copyright = "the palm developers, BSD-3-Clause"
try:
    from palm._version import __version__ as release
except ImportError:
    release = "unknown"
version = release

# -- Extensions --------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.mathjax",
    "sphinx.ext.viewcode",
    "numpydoc",
    "sphinx_gallery.gen_gallery",
]

source_suffix = {".rst": "restructuredtext"}

# Markdown pages (MyST) only when myst_parser is installed; the build works without it.
try:
    import myst_parser  # noqa: F401
except ImportError:
    HAS_MYST = False
else:
    HAS_MYST = True
    extensions.append("myst_parser")
    source_suffix[".md"] = "markdown"
    myst_enable_extensions = ["dollarmath", "amsmath"]

exclude_patterns = [
    "_build",
    "Thumbs.db",
    ".DS_Store",
    "auto_examples/*.ipynb",
    "auto_examples/*.py",
    "auto_examples/**/*.ipynb",
    "auto_examples/**/*.py",
]

# -- autodoc / autosummary / numpydoc ----------------------------------------

autosummary_generate = True
autodoc_default_options = {
    "members": True,
    "show-inheritance": True,
}
autodoc_typehints = "none"  # numpydoc docstrings already state the types
numpydoc_show_class_members = False  # autodoc's :members: lists them
numpydoc_class_members_toctree = False

# -- sphinx-gallery ------------------------------------------------------------

sphinx_gallery_conf = {
    "examples_dirs": "../examples",
    "gallery_dirs": "auto_examples",
    "filename_pattern": "/plot_",
    "image_scrapers": ("matplotlib",),
    "matplotlib_animations": False,
    "download_all_examples": False,
    "remove_config_comments": True,
    "within_subsection_order": "FileNameSortKey",
}

# -- HTML --------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"palm {release}"
html_static_path: list[str] = []
