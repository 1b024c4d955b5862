"""Shared helpers for the benchmark scripts: run metadata and results files.

Every benchmark writes its numbers twice, as a Markdown report and as JSON, next to
the machine, the date, the git commit and the exact command that produced them.
This module holds the generic parts so that each script only builds its own tables:

* :func:`run_metadata` - date, git commit (+ dirty flag), machine (CPU model, cores,
  RAM, OS), Python and package versions, the command line;
* :func:`metadata_markdown` - the same as a Markdown bullet list;
* :func:`md_table` - a Markdown table from headers and rows;
* :func:`jsonable` / :func:`write_results` - JSON-safe values (``inf`` and ``nan``
  become strings) and an atomic write of ``<name>.md`` and ``<name>.json``;
* :func:`setup_logging` - logging that cooperates with tqdm progress bars.

Nothing here imports palm, so a script can record its metadata before (or without)
importing the library. Typical use::

    import _common as common

    meta = common.run_metadata(packages=("numpy", "scipy", "highspy", "palm-portfolio"))
    ...
    common.write_results(out_dir, "portfolio", markdown_text, {"meta": meta, ...})
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import logging
import math
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "REPO_ROOT",
    "command_line",
    "git_info",
    "jsonable",
    "machine_info",
    "md_table",
    "metadata_markdown",
    "package_versions",
    "run_metadata",
    "setup_logging",
    "write_results",
]

REPO_ROOT = Path(__file__).resolve().parents[1]

#: Packages recorded by default: the numeric stack the library's timings depend on.
DEFAULT_PACKAGES = ("numpy", "scipy", "highspy", "cvxpy", "palm-portfolio")


# --------------------------------------------------------------------- metadata


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    if sys.platform == "darwin":
        try:
            out = subprocess.run(
                ["sysctl", "-n", "machdep.cpu.brand_string"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
            if out.stdout.strip():
                return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    return platform.processor() or platform.machine() or "unknown"


def _ram_bytes() -> int | None:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return None


def _cgroup_cpu_limit() -> float | None:
    """CPUs allowed by a cgroup v2 quota (containers), if any."""
    try:
        text = Path("/sys/fs/cgroup/cpu.max").read_text(encoding="utf-8").split()
    except OSError:
        return None
    if len(text) == 2 and text[0] != "max":
        try:
            return int(text[0]) / int(text[1])
        except (ValueError, ZeroDivisionError):
            return None
    return None


def machine_info() -> dict[str, Any]:
    """CPU model, logical and usable cores, RAM, OS, architecture, load average.

    A load average above the usable cores means other processes competed for the
    CPU, so wall-clock timings are pessimistic.
    """
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count()
    ram = _ram_bytes()
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        load = None
    return {
        "cpu_model": _cpu_model(),
        "logical_cpus": os.cpu_count(),
        "usable_cpus": usable,
        "cgroup_cpu_limit": _cgroup_cpu_limit(),
        "ram_gib": None if ram is None else round(ram / 2**30, 1),
        "os": platform.platform(),
        "arch": platform.machine(),
        "load_average": load,
    }


def package_versions(packages: Iterable[str] = DEFAULT_PACKAGES) -> dict[str, str]:
    """Installed version of each distribution (``"not installed"`` if absent)."""
    out = {"python": platform.python_version()}
    for name in packages:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def git_info(repo: str | os.PathLike[str] = REPO_ROOT) -> dict[str, Any]:
    """Short commit of HEAD and whether the working tree differs from it.

    Read-only: runs ``git rev-parse --short HEAD`` and ``git status --porcelain``.
    """

    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(
                ["git", *args],
                cwd=repo,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout if out.returncode == 0 else None

    commit = git("rev-parse", "--short", "HEAD")
    status = git("status", "--porcelain")
    changed = [] if status is None else [ln for ln in status.splitlines() if ln]
    return {
        "commit": commit.strip() if commit else "unknown",
        "dirty": bool(changed) if status is not None else None,
        "n_changed_paths": len(changed) if status is not None else None,
    }


def command_line(argv: Sequence[str] | None = None) -> str:
    """The command that reproduces this run, relative to the repository root."""
    argv = list(sys.argv if argv is None else argv)
    script = Path(argv[0]).resolve() if argv else Path("?")
    try:
        shown = str(script.relative_to(REPO_ROOT))
    except ValueError:
        shown = str(script)
    return shlex.join(["python", shown, *argv[1:]])


def run_metadata(
    packages: Iterable[str] = DEFAULT_PACKAGES,
    *,
    argv: Sequence[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything a results file must say about how it was produced."""
    meta: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": command_line(argv),
        "git": git_info(),
        "machine": machine_info(),
        "versions": package_versions(packages),
    }
    if extra:
        meta.update(extra)
    return meta


def metadata_markdown(meta: dict[str, Any]) -> str:
    """A Markdown bullet list of :func:`run_metadata`'s output."""
    git = meta.get("git", {})
    dirty = git.get("dirty")
    commit = git.get("commit", "unknown")
    if dirty:
        commit += (
            f" (working tree dirty: {git.get('n_changed_paths')} changed or untracked "
            "paths, so the numbers may not match this commit exactly)"
        )
    elif dirty is None:
        commit += " (dirty state unknown)"
    m = meta.get("machine", {})
    cores = f"{m.get('usable_cpus')} usable of {m.get('logical_cpus')} logical CPUs"
    if m.get("cgroup_cpu_limit"):
        cores += f", cgroup limit {m['cgroup_cpu_limit']:g}"
    versions = ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items())
    lines = [
        f"* date (UTC): {meta.get('date')}",
        f"* git commit: {commit}",
        f"* command: `{meta.get('command')}`",
        f"* machine: {m.get('cpu_model')}, {cores}, {m.get('ram_gib')} GiB RAM, "
        f"{m.get('os')}",
        f"* versions: {versions}",
    ]
    if m.get("load_average"):
        one, five, fifteen = m["load_average"]
        lines.append(
            f"* load average at start: {one:g} / {five:g} / {fifteen:g} (1 / 5 / 15 "
            "min); above the usable core count, other processes shared the CPUs"
        )
    for key, value in meta.items():
        if key not in ("date", "command", "git", "machine", "versions"):
            lines.append(f"* {key}: {value}")
    return "\n".join(lines)


# ----------------------------------------------------------------------- output


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table; cells are converted with ``str``."""

    def cell(x: Any) -> str:
        return str(x).replace("|", "\\|").replace("\n", " ")

    out = [
        "| " + " | ".join(cell(h) for h in headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    out += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return "\n".join(out)


def jsonable(x: Any) -> Any:
    """Recursively make ``x`` strict-JSON safe.

    ``inf``/``-inf``/``nan`` become the strings ``"inf"``, ``"-inf"``, ``"nan"``;
    numpy scalars and arrays become Python numbers and lists; tuples become lists;
    paths become strings.
    """
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is a dependency of every script
        np = None  # type: ignore[assignment]
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    if np is not None:
        if isinstance(x, np.ndarray):
            return jsonable(x.tolist())
        if isinstance(x, np.generic):
            x = x.item()
    if isinstance(x, bool) or x is None or isinstance(x, (int, str)):
        return x
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return x
    if isinstance(x, os.PathLike):
        return os.fspath(x)
    return str(x)


def _atomic_write(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; use the usual mode
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_results(
    out_dir: str | os.PathLike[str], name: str, markdown: str, data: dict[str, Any]
) -> tuple[Path, Path]:
    """Write ``<out_dir>/<name>.md`` and ``<out_dir>/<name>.json`` atomically."""
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    md_path, json_path = directory / f"{name}.md", directory / f"{name}.json"
    _atomic_write(md_path, markdown.rstrip() + "\n")
    _atomic_write(
        json_path,
        json.dumps(jsonable(data), indent=1, sort_keys=False, allow_nan=False) + "\n",
    )
    return md_path, json_path


# ---------------------------------------------------------------------- logging


class _TqdmHandler(logging.StreamHandler):
    """Writes log records through ``tqdm.write`` so progress bars stay intact."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from tqdm import tqdm

            tqdm.write(self.format(record), file=sys.stderr)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def setup_logging(
    verbose: bool = False, *, library_level: int = logging.WARNING
) -> None:
    """Log INFO (DEBUG with ``verbose``) to stderr through tqdm.

    The ``palm`` logger is kept at ``library_level`` unless ``verbose``: the library
    logs every round of its searches at INFO.
    """
    handler = _TqdmHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("palm").setLevel(logging.INFO if verbose else library_level)
