"""Preference profiles written as data (JSON, YAML, TOML) read as plain statements.

A summarizer asked for structured output writes ``{"humor": {"stance": "Finds
jokes distracting", "confidence": "medium"}, "scores": {"brevity": 2}}``. The
clause reader needs sentences: this module parses the block and writes one line
per statement, in words the reader knows ("brevity: preferred", "Finds jokes
distracting"), and drops what says nothing about answers (ids, dates, counts,
confidence). Anything that does not parse is left as it is.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from typing import Any

_FENCE_RE = re.compile(
    r"```[ \t]*(json|ya?ml|toml)?[ \t]*\n(.*?)\n[ \t]*```", re.S | re.I
)
_KEY_LINE_RE = re.compile(r"""^(\s*)(?:-\s+)?["']?[\w .()/&'-]+["']?\s*:(?:\s|$)""")
_TOML_LINE_RE = re.compile(r"""^\s*(?:\[[^\]\n]+\]|["']?[\w .-]+["']?\s*=\s*\S)""")
_NUMBER_RE = re.compile(r"[-+]?\d+(?:\.\d+)?")
_WORD_SPLIT_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+")

# keys that say nothing about answers
_METADATA_KEYS = frozenset(
    (
        "id",
        "user id",
        "profile id",
        "version",
        "profile version",
        "schema",
        "schema version",
        "last updated",
        "updated",
        "date",
        "generated",
        "generated at",
        "sessions observed",
        "conversations analyzed",
        "sessions analyzed",
        "chats analyzed",
        "confidence",
        "certainty",
        "evidence count",
        "sample size",
    )
)
# keys that name what an object is about: {"aspect": "Brevity", "preference": ...}
_LABELS = frozenset(("trait", "aspect", "dimension", "name", "category", "topic"))
# keys whose value is a short verdict on the object's subject
_VERDICTS = frozenset(
    (
        "value",
        "verdict",
        "polarity",
        "direction",
        "stance",
        "preference",
        "level",
        "setting",
        "wants it",
        "position",
    )
)
# keys whose value is how strongly
_STRENGTHS = frozenset(
    ("importance", "weight", "strength", "intensity", "priority", "flag strength")
)
# keys of scale descriptions, read for the range of the numbers
_SCALES = ("scale", "legend", "score scale", "scoring")
# what a stance list's key says, in the words of a summary ("turnOffs": dislikes)
_STANCE_WORDS = {
    **dict.fromkeys(("like", "likes", "prefers", "preferred", "wants"), "Likes"),
    **dict.fromkeys(
        (
            "dislikes",
            "avoid",
            "avoids",
            "dont",
            "don't",
            "do not",
            "pet peeves",
            "turn offs",
        ),
        "Dislikes",
    ),
    **dict.fromkeys(
        ("neutral", "indifferent to", "no preference", "doesn't care about"),
        "Indifferent to",
    ),
    **dict.fromkeys(
        ("top priorities", "priorities", "must have", "must haves"), "Top priority"
    ),
    "nice to have": "Nice to have",
}
# list keys that state a stance over their items
_STANCE_LISTS = frozenset(_STANCE_WORDS)
_STRENGTH_WORDS = {
    "none": "not at all",
    "weak": "slightly",
    "mild": "slightly",
    "slight": "slightly",
    "low": "slightly",
    "moderate": "",
    "medium": "",
    "clear": "",
    "marked": "strongly",
    "strong": "strongly",
    "high": "strongly",
    "very high": "strongly",
}


def _words(key: str) -> str:
    """A key in words: "expects_a_recommendation" -> "expects a recommendation"."""
    return " ".join(w for w in _WORD_SPLIT_RE.split(str(key).strip("\"' ")) if w)


def _find_block(text: str) -> tuple[str, str, str, str] | None:
    """(before, block, kind, after) of the data block, or None."""
    fence = _FENCE_RE.search(text)
    if fence:
        kind = (fence.group(1) or "").lower()
        return text[: fence.start()], fence.group(2), kind, text[fence.end() :]
    lines = text.splitlines()
    sections = any(line.strip().startswith("[") for line in lines)
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if line.strip().startswith("{")
            or sections
            and _TOML_LINE_RE.match(line)
            and (line.strip().startswith("[") or " = " in line)
        ),
        None,
    )
    if start is not None and lines[start].strip().startswith("{"):
        end = max(
            (i for i, line in enumerate(lines) if line.strip().endswith("}")),
            default=-1,
        )
        if end >= start:
            return (
                "\n".join(lines[:start]),
                "\n".join(lines[start : end + 1]),
                "json",
                "\n".join(lines[end + 1 :]),
            )
        return None
    if start is not None:
        return "\n".join(lines[:start]), "\n".join(lines[start:]), "toml", ""
    # YAML: a run of key lines, nested at least once, from its first key line
    first = next((i for i, line in enumerate(lines) if _KEY_LINE_RE.match(line)), None)
    if first is None:
        return None
    body = [line for line in lines[first:] if line.strip() and line.strip() != "---"]
    nested = any(line[:1].isspace() and _KEY_LINE_RE.match(line) for line in body)
    keyed = sum(bool(_KEY_LINE_RE.match(line)) for line in body)
    listed = sum(line.lstrip().startswith("- ") for line in body)
    if nested and keyed + listed == len(body) and keyed >= 3:
        return "\n".join(lines[:first]), "\n".join(lines[first:]), "yaml", ""
    return None


def _scalar(value: str) -> Any:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    low = value.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    if _NUMBER_RE.fullmatch(value):
        return float(value)
    if low in ("null", "~", ""):
        return None
    return value


def _parse_yaml(block: str) -> Any:
    """The subset of YAML a summarizer writes: nested maps, lists, scalars."""
    rows = [
        (len(line) - len(line.lstrip()), line.strip())
        for line in block.splitlines()
        if line.strip() and line.strip() != "---" and not line.lstrip().startswith("#")
    ]

    def node(i: int, indent: int) -> tuple[Any, int]:
        if i < len(rows) and rows[i][1].startswith("- "):
            items = []
            while (
                i < len(rows) and rows[i][0] == indent and rows[i][1].startswith("- ")
            ):
                rest = rows[i][1][2:].strip()
                if _KEY_LINE_RE.match(rest):
                    # "- key: value" opens a map in the list
                    rows[i] = (indent + 2, rest)
                    value, i = node(i, indent + 2)
                    items.append(value)
                else:
                    items.append(_scalar(rest))
                    i += 1
            return items, i
        out: dict[str, Any] = {}
        while i < len(rows) and rows[i][0] == indent:
            key, _, rest = rows[i][1].partition(":")
            key = key.strip().strip("\"'")
            i += 1
            if rest.strip():
                out[key] = _scalar(rest)
            elif i < len(rows) and rows[i][0] > indent:
                out[key], i = node(i, rows[i][0])
            elif i < len(rows) and rows[i][0] == indent and rows[i][1].startswith("- "):
                out[key], i = node(i, indent)  # "key:\n- item" at the same indent
            else:
                out[key] = None
        return out, i

    tree, used = node(0, rows[0][0]) if rows else (None, 0)
    return tree if used == len(rows) else None


def _parse(block: str, kind: str) -> Any:
    attempts = {
        "json": (json.loads,),
        "toml": (tomllib.loads,),
        "yaml": (_parse_yaml,),
        "yml": (_parse_yaml,),
    }.get(kind, (json.loads, tomllib.loads, _parse_yaml))
    for parse in attempts:
        try:
            tree = parse(block)
        except (ValueError, IndexError):
            continue
        if isinstance(tree, (dict, list)) and tree:
            return tree
    return None


def _scale(tree: Any) -> tuple[float, bool]:
    """(largest magnitude, signed) of the scores, from a scale key or the numbers."""
    described = ""
    numbers: list[float] = []

    def walk(node: Any) -> None:
        nonlocal described
        if isinstance(node, dict):
            for k, v in node.items():
                key = _words(k).lower()
                if isinstance(v, str) and any(s in key for s in _SCALES):
                    described += " " + v
                if key not in _METADATA_KEYS:  # not "sessions observed": 54
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            numbers.append(float(node))

    walk(tree)
    bounds = [float(x) for x in _NUMBER_RE.findall(described)]
    if bounds:
        top = max(abs(b) for b in bounds)
        return (top or 1.0), min(bounds) < 0
    if not numbers:
        return 1.0, True
    top = max(abs(n) for n in numbers)
    return (1.0 if top <= 1 else 3.0 if top <= 3 else 5.0 if top <= 5 else 10.0), min(
        numbers
    ) < 0


def _amount(value: float, scale: tuple[float, bool]) -> str:
    """A score in the words a summary uses for it."""
    top, signed = scale
    r = value / top
    if not signed:
        r = 2 * r - 1 if top > 1 else r  # "4/5" is a liking, "1/5" a dislike
    if r <= -0.6:
        return "strongly disliked"
    if r <= -0.15:
        return "disliked"
    if r < 0.15:
        return "indifferent"
    if r < 0.45:
        return "slightly preferred"
    if r < 0.8:
        return "preferred"
    return "top priority"


def _verdict(value: Any, strength: str) -> str:
    if isinstance(value, bool):
        word = "yes" if value else "no"
    else:
        word = str(value)
    low = word.lower()
    if low in ("avoid", "avoids", "against", "negative"):
        word = "disliked"
    elif low in ("prefer", "prefers", "positive", "for", "wanted"):
        word = "preferred"
    elif low in ("neutral", "either", "either way", "none", "n/a", "no preference"):
        return "indifferent"
    return f"{strength} {word}".strip() if strength else word


def _statements(node: Any, subject: str, scale: tuple[float, bool]) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _statements(item, subject, scale)
            elif item is not None:
                yield f"{item}".rstrip(".") + "."
        return
    if not isinstance(node, dict):
        return
    keys = {_words(k).lower(): k for k in node}
    label = next((node[keys[k]] for k in _LABELS if k in keys), None)
    if isinstance(label, str):
        subject = _words(label)  # "abstractMusing" -> "abstract Musing"
    verdict: Any = None
    strength = ""  # a strength word ("strongly"), or
    weight: float | None = None  # a number ("importance": 0.7)
    for raw_key, value in node.items():
        key = _words(raw_key).lower()
        if key in _METADATA_KEYS or key in _LABELS or value is None:
            continue
        if any(s in key for s in _SCALES) and isinstance(value, str):
            continue
        if key in _VERDICTS and (
            isinstance(value, (bool, int, float))
            or len(str(value).split()) <= 6
            and not str(value).rstrip().endswith(".")
        ):
            verdict = value  # "value": true, "polarity": "avoid", "verdict": "likes it"
            continue
        if key in _STRENGTHS and isinstance(value, (dict, list)):
            continue  # a parallel map of strengths: second-order, left out
        if key in _STRENGTHS:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                weight = float(value)
            else:
                strength = _STRENGTH_WORDS.get(str(value).lower(), "")
            continue
        if isinstance(value, dict):
            # a map of its own, about the key ("humor": {...}), or a parallel map
            # of statements by subject ("evidence": {"humor": "..."})
            yield from _statements(value, _words(raw_key), scale)
        elif isinstance(value, list):
            items = [v for v in value if v is not None]
            if key in _STANCE_LISTS:
                for item in items:
                    yield from _stance_item(_words(raw_key), item, scale)
            elif all(isinstance(v, (dict, list)) for v in items):
                yield from _statements(items, _words(raw_key), scale)
            elif all(len(str(v).split()) > 4 for v in items):
                for item in items:  # quotes, notes: statements of their own
                    yield from _text("", str(item))
            else:
                yield f"{_words(raw_key).capitalize()}: " + ", ".join(map(str, items))
        elif isinstance(value, bool):
            yield f"{_words(raw_key)}: {'yes' if value else 'no'}."
        elif isinstance(value, (int, float)):
            yield f"{_words(raw_key)}: {_amount(float(value), scale)}."
        else:
            yield from _text(_words(raw_key), str(value))
    if verdict is not None and subject:
        if weight is not None:
            amount = _amount(weight, (1.0, False))
            word = _verdict(verdict, "")
            if word == "disliked" and amount == "top priority":
                word = "strongly disliked"
            elif word == "preferred":
                word = amount
            yield f"{subject}: {word}."
        else:
            yield f"{subject}: {_verdict(verdict, strength)}."


def _stance_item(stance: str, item: Any, scale: tuple[float, bool]) -> Iterator[str]:
    if isinstance(item, (dict, list)):
        yield from _statements(item, stance, scale)
    else:
        said = _STANCE_WORDS.get(stance.lower(), stance.capitalize())
        yield f"{said}: {item}".rstrip(".") + "."


def _text(key: str, value: str) -> Iterator[str]:
    """A string value: a statement of its own, or a short value of its key."""
    value = value.strip()
    if len(value.split()) <= 4 and not value.endswith((".", "!", "?")):
        # "humor": "please no", "job": "florist", "playful_tone": "either"
        yield f"{key}: {_verdict(value, '')}."
    else:
        yield value if value.endswith((".", "!", "?", '"')) else value + "."


def plain(text: str) -> str:
    """``text`` with its JSON, YAML or TOML block written as plain statements."""
    found = _find_block(text)
    if found is None:
        return text
    before, block, kind, after = found
    tree = _parse(block, kind)
    if tree is None:
        return text
    scale = _scale(tree)
    lines = [before.strip(), *_statements(tree, "", scale), after.strip()]
    return "\n".join(line for line in lines if line and line != "---")
