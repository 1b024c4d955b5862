"""Summaries that revise an earlier summary, read for what holds now.

A summarizer that updates a user's summary from new evidence (the streaming
update of :class:`palm.summarizer.LLMSummarizer`) often shows its work: the old
wording struck through (``~~likes jokes~~ dislikes jokes``), ``Was: "..."`` /
``Now: ...``, ``before: ...; now: ...``, a diff of the two versions, a table with
*before* and *now* columns, a "Previous summary" or "No longer:" section, or a
narrated "Until this update I had the user down as ...". Only the current
statements are the user's preferences; this module removes the superseded ones
and the bare status labels ("Jokes: REVERSED.") before the text is read. Text
without such markers is returned unchanged.
"""

from __future__ import annotations

import re

# markers of a revision, any of which a text must hold to be looked at (plain
# substring tests, cheaper than one regex over every summary)
_MARKERS = (
    "~~",
    "was:",
    "before:",
    "before |",
    "stored",
    "no longer",
    "retract",
    "superseded",
    "legend:",
    "previous summary",
    "old version",
    "until this update",
    "| now",
    # a bare status after a label: "Practicality: added." (see _STATUS)
    ": added",
    ": new.",
    ": revised",
    ": changed",
    ": reversed",
    ": unchanged",
    ": flipped",
    ": withdrawn",
    ": strengthened",
    ": weakened",
    ": softened",
)
_STRUCK = re.compile(r"~~[^~\n]*~~")
_WAS = re.compile(
    r"(?i)\b(?:was|stored|previously):\s*[\"\u201c][^\"\u201d\n]*[\"\u201d]\.?"
)
_BEFORE_NOW = re.compile(r"(?i)\(?\bbefore:\s*[^;()\n]*;\s*now:\s*")
_RETRACTED = re.compile(
    # (from the start of a sentence, or the end of a quote where the last match
    # ended: a match found further in would start there anyway, and trying every
    # position costs a millisecond a summary)
    r"(?i)(?<![^.!?\n\"\u201d])[^.!?\n]*"
    r"\b(?:retracted|superseded|no longer holds|had this line)\b"
    r"[^.!?\n]*?:?\s*[\"\u201c][^\"\u201d\n]*[\"\u201d]\.?"
)
_NARRATED = re.compile(
    r"(?i)(?:^|(?<=[.!?]\s))(?:until this update|earlier i (?:wrote|had|noted|said)|"
    r"previously,? i (?:wrote|had|noted|said))[^.!?\n]*[.!?]"
)
_STALE_HEADING = re.compile(
    r"(?i)^\s*(?:#+\s*)?(?:\*\*)?(?:previous summary|old version|stored summary|"
    r"no longer|retracted|removed|dropped|superseded|before)\b[^:\n]{0,40}:?"
    r"(?:\*\*)?\s*$"
)
_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?[A-Z][^:\n]{0,60}:(?:\*\*)?\s*$")
# "1. Jokes. Stored: ..." (a numbered review): the item's label alone
_ITEM_LABEL = re.compile(r"(?m)^(\s*\d+[.)]\s*)[A-Z][\w /&-]{1,40}\.[ \t]+(?=\S)")
_STATUS = re.compile(
    r"(?im)^(\s*(?:[-*\u2022]|\d+[.)])?\s*)[A-Za-z][\w /&-]{1,40}[:.]\s*"
    r"(?:REVERSED|PREFERENCE WITHDRAWN|WITHDRAWN|added|unchanged|new|revised|"
    r"strengthened|weakened|softened|flipped|changed)\s*[.:]\s*"
)
_DIFF = re.compile(r"(?im)^diff\b|legend:[^\n]*'-'")
_OLD_CELLS = frozenset(("before", "was", "old", "previous", "stored"))
_NEW_CELLS = frozenset(("now", "after", "current", "new", "revised"))


def _tables(lines: list[str]) -> list[str]:
    """Rows of a before/now table replaced by their "now" cell."""
    out: list[str] = []
    now_col: int | None = None
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            now_col = None
            out.append(line)
            continue
        low = [c.lower() for c in cells]
        if not _OLD_CELLS.isdisjoint(low) and not _NEW_CELLS.isdisjoint(low):
            now_col = next(i for i, c in enumerate(low) if c in _NEW_CELLS)
            continue  # the header row
        if now_col is not None and set(line.strip()) <= set("|-: "):
            continue  # a separator row
        if now_col is not None and now_col < len(cells):
            out.append(cells[now_col].rstrip(".") + ".")
        else:
            out.append(line)
    return out


def current(text: str) -> str:
    """``text`` without the statements a revision marks as superseded."""
    low = text.lower()
    diff = low.startswith("diff") or "\ndiff" in low
    if not diff and not any(marker in low for marker in _MARKERS):
        return text
    if "~~" in low:
        text = _STRUCK.sub("", text)
    if "retracted" in low or "superseded" in low or "no longer holds" in low:
        text = _RETRACTED.sub("", text)
    if "was:" in low or "stored:" in low or "previously:" in low:
        text = _WAS.sub("", text)
    if "before:" in low:
        text = _BEFORE_NOW.sub("", text)
    if "until this update" in low or "earlier i" in low or "previously" in low:
        text = _NARRATED.sub("", text)
    text = _STATUS.sub(r"\1", text)
    if "stored" in low:
        text = _ITEM_LABEL.sub(r"\1", text)
    lines = text.splitlines()
    if diff or _DIFF.search(text):
        # a diff: "-" lines were dropped, "+" lines added
        lines = [
            line[2:] if line.startswith("+ ") else line
            for line in lines
            if not line.startswith(("- ", "-\t"))
        ]
    kept: list[str] = []
    stale = False
    for line in lines:
        if _STALE_HEADING.match(line):
            stale = True
            continue
        if stale and (not line.strip() or _HEADING.match(line)):
            stale = False
        if not stale:
            kept.append(line)
    return "\n".join(_tables(kept))
