"""Private file helpers shared by the modules that persist state."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` all or nothing.

    The text goes to a temporary file in the same directory, is flushed to disk, and
    is renamed over ``target``; on any failure the temporary file is removed and a
    previous ``target`` is left as it was.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
