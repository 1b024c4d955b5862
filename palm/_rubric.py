"""Grading rubrics for a judge, read as the preferences they score.

A summarizer may write a user's preferences as a rubric that an LLM judge applies
to candidate answers: points per criterion ("+3 if the reply uses a pun", "The
answer is a wall of text -> -5", a checklist line ending "(-2)"), weighted
criteria ("Wit - 20%: full marks when the reply keeps a playful tone"),
deductions ("Subtract 10% if ..."), gates ("Automatic fail: the answer lectures
about risks") and unscored criteria ("Do not reward or penalize jokes", items
under a "Do not score:" heading). Each scored line becomes a plain statement:
"It rewards it when <criterion>" for a positive score, "It penalizes it when
<criterion>" for a negative one (the "when" keeps the criterion's own complaints
in a scope of their own: penalizing a reply that leaves out warnings wants
warnings), "Above all" for a gate and for the sheet's standout weight, "Slightly"
for a point or a share of 10% or less, "Is indifferent to <criterion>" for an
unscored one. A weighted criterion's name is wanted too ("Wit - 20%" wants wit).
Qualifiers in brackets go, since the score says how much the line counts; an
evidence note ("(evidence: the user asked for 'the fun version')") stays, as a
sentence of its own. Lines that score nothing user-specific ("Everything else -
20%: score as you normally would") are left as they are. Text without scored
lines is returned unchanged.
"""

from __future__ import annotations

import re

_PREFIX = r"^(?P<lead>[ \t]*(?:[-*\u2022][ \t]*|\d{1,2}[.)][ \t]*|\[[ xX]?\][ \t]*)?)"
_NUMBER = r"(?P<sign>[+\-\u2212])[ \t]?(?P<n>\d+(?:\.\d+)?)"
_POINTS = r"(?:[ \t]*(?:points?|pts?))?"
# "+3 if the reply ...", "+4: The response ...", "-2 for an answer that ..."
_LEADING = re.compile(
    _PREFIX + _NUMBER + _POINTS + r"[ \t]*(?::|if\b|when\b|for\b)[ \t]*(?P<body>.+)$",
    re.I,
)
# "The reply ... -> +5", "The answer ... (-3)", "... : -2 points"
_TRAILING = re.compile(
    _PREFIX
    + r"(?P<body>.+?)[ \t]*(?:(?:->|\u2192|=>|:)[ \t]*"
    + _NUMBER
    + _POINTS
    + r"|\([ \t]*"
    + _NUMBER.replace("sign", "sign2").replace("<n>", "<n2>")
    + _POINTS
    + r"[ \t]*\))[ \t]*\.?[ \t]*$",
    re.I,
)
# "Hard gate - fail if ...", "Automatic fail: ...", "Disqualify the candidate if ..."
_GATE = re.compile(
    _PREFIX + r"(?:hard gate[ \t]*[-\u2013\u2014:][ \t]*)?(?:automatic(?:ally)? fail|"
    r"auto-fail|fail|disqualify(?: the (?:candidate|answer|reply|response))?|"
    r"reject(?: the (?:candidate|answer|reply|response))?)"
    r"[ \t]*(?::|if\b|when\b)[ \t]*(?P<body>.+)$",
    re.I,
)
# "Subtract 10% if ...", "Deduct 2 points when ..."
_DEDUCTION = re.compile(
    _PREFIX
    + r"(?:subtract|deduct|take off|minus)[ \t]+(?P<n>\d+(?:\.\d+)?)[ \t]*%?"
    + _POINTS
    + r"[ \t]*(?:if\b|when\b|for\b)[ \t]*(?P<body>.+)$",
    re.I,
)
# "Wit - 20%: full marks when ...", "Caution (5%): withhold this share when ..."
_WEIGHTED = re.compile(
    _PREFIX + r"(?P<name>[^:\n%]{1,40}?)[ \t]*(?:[-\u2013\u2014:][ \t]*|\([ \t]*)"
    r"(?P<n>\d+(?:\.\d+)?)[ \t]*%[ \t]*\)?[ \t]*:[ \t]*(?P<body>.+)$",
    re.I,
)
_FULL_MARKS = re.compile(
    r"^(?:full marks|award (?:it|this share|the points)|give (?:it|the share))"
    r"[ \t]+(?:when|if)[ \t]+",
    re.I,
)
_WITHHOLD = re.compile(
    r"^(?:withhold (?:it|this share|the share|the points)|no marks|zero)"
    r"[ \t]+(?:when|if)[ \t]+",
    re.I,
)
# "Do not reward or penalize jokes; ...": an unscored criterion
_UNSCORED = re.compile(
    _PREFIX + r"(?:do not|don't|never) (?:reward or penali[sz]e|penali[sz]e or reward|"
    r"score)[ \t]+(?P<body>[^;.\n]+)",
    re.I,
)
# a heading over criteria that score nothing: "Do not score:", "Ignore (no
# points either way):", "Neutral for this user - 0 points:"
_UNSCORED_HEADING = re.compile(
    r"(?i)^[ \t]*(?:do not score|don't score|not scored|ignore|not part of the score|"
    r"neutral for this user)\b[^:\n]*:[ \t]*$"
)
_ITEM = re.compile(_PREFIX + r"(?P<body>\S.*)$")
# evidence and qualifiers after the criterion: the score says how much it counts
_EVIDENCE = re.compile(
    r"[ \t]*(?:[(\[][^()\[\]\n]*[)\]]|[ \t][-\u2013\u2014][ \t]+(?:seen|evidence|based "
    r"on|history)[ \t]*:.*$|[ \t][-\u2013\u2014][ \t]+(?:a |the |this |weigh |"
    r"nothing |nice |slight|mild).*$)"
)
# an evidence note: "(evidence: the user ...)", "- seen: the user ..."
_NOTE = re.compile(
    r"(?:[(\[]|[ \t][-\u2013\u2014][ \t]+)(?:seen|evidence|based on|history)[ \t]*:"
    r"(?P<note>[^()\[\]]*)"
)
# what every scored line and heading holds (cheap tests before the patterns): a
# signed number or a share, or one of these words
_SIGNED = re.compile(r"[+\-\u2212][ \t]?\d|\d[ \t]*%")
_MARK_WORDS = (
    "fail",
    "disqualif",
    "reject",
    "reward",  # "do not reward or penalize", "penalize or reward"
    "score",
    "ignore",
    "neutral for this user",
    "subtract",
    "deduct",
    "take off",
    "minus",
)


def _marked(text: str, low: str) -> bool:
    """Whether ``text`` (``low`` in lower case) may hold a scored line."""
    return bool(_SIGNED.search(text)) or any(w in low for w in _MARK_WORDS)


# a text with one scored line is a rubric only if it says so
_RUBRIC_WORDS = ("rubric", "score", "points", "judge", "criteria", "grading")
_GATE_SCORE = float("inf")


def plain(text: str) -> str:
    """``text`` with each scored rubric line written as a statement."""
    low = text.lower()
    if not _marked(text, low):
        return text
    lines = text.splitlines()
    # (line, lead, score, criterion, whether the score is a percentage, the name
    # of a weighted criterion or "")
    scored: list[tuple[int, str, float, str, bool, str]] = []
    unscored = False  # under a heading such as "Do not score:"
    for n, line in enumerate(lines):
        if _UNSCORED_HEADING.match(line):
            unscored = True
            continue
        if not line.strip() or line.rstrip().endswith(":"):
            unscored = False  # a blank line or the next heading ends the section
        found = _score(line) if _marked(line, line.lower()) else None
        item = _ITEM.match(line) if found is None and unscored else None
        if item:
            found = (item["lead"], 0.0, _clean(item["body"]), False, "")
        if found is not None:
            scored.append((n, *found))
    if len(scored) < 2 and not any(w in low for w in _RUBRIC_WORDS):
        return text  # one signed number is no rubric
    sizes = sorted(
        {abs(s) for _, _, s, _, _, _ in scored if s and abs(s) != _GATE_SCORE}
    )
    # the sheet's largest weight is its priority when it stands out (twice the next)
    top = sizes[-1] if len(sizes) > 1 and sizes[-1] >= 2 * sizes[-2] else None
    if top is not None and top < 4:
        top = None  # "+2" over "+1" is no priority above all
    for n, box, score, body, percent, name in scored:
        # (an unticked box would read as an option not chosen: a plain bullet)
        lead = "- " if "[" in box else box
        if not score:
            lines[n] = f"{lead}Is indifferent to {body}."
            continue
        verb = "rewards" if score > 0 else "penalizes"
        size = abs(score)
        if size in (_GATE_SCORE, top):
            degree = "Above all, "
        elif size <= (10.0 if percent else 1.0):  # "+1", "5%": a minor line
            degree = "Slightly "
        else:
            degree = "It "
        # (the evidence, if any, is a sentence of its own after the criterion, and
        # a weighted criterion's name is wanted to the same degree)
        wanted = f". {degree}wants {name}" if name else ""
        lines[n] = f"{lead}{degree}{verb} it when {body}{wanted}."
    return "\n".join(lines)


def _score(line: str) -> tuple[str, float, str, bool, str] | None:
    """(lead, score, criterion, percent, name) of a scored line.

    A gate scores ``-_GATE_SCORE``, an unscored criterion 0.
    """
    m = _UNSCORED.match(line)
    if m:
        return m["lead"], 0.0, _clean(m["body"]), False, ""
    m = _GATE.match(line)
    if m:
        return m["lead"], -_GATE_SCORE, _clean(m["body"]), False, ""
    m = _DEDUCTION.match(line)
    if m:
        return m["lead"], -float(m["n"]), _clean(m["body"]), "%" in line, ""
    m = _LEADING.match(line)
    if m:
        return m["lead"], _signed(m["sign"], m["n"]), _clean(m["body"]), False, ""
    m = _TRAILING.match(line)
    if m:
        sign = m["sign"] or m["sign2"]
        score = _signed(sign, m["n"] or m["n2"])
        return m["lead"], score, _clean(m["body"]), False, ""
    m = _WEIGHTED.match(line)
    if m:
        body = m["body"]
        for pattern, sign in ((_FULL_MARKS, 1.0), (_WITHHOLD, -1.0)):
            found = pattern.match(body)
            if found:
                # the criterion's name is what earns the share: "Wit - 20%:
                # withhold this share when the reply sounds stiff"
                criterion = _clean(body[found.end() :])
                score = sign * float(m["n"])
                return m["lead"], score, criterion, True, m["name"].strip()
        return None  # "Everything else - 20%: score as you normally would"
    return None


def _signed(sign: str, number: str) -> float:
    return (-1.0 if sign in "-\u2212" else 1.0) * float(number)


def _clean(body: str) -> str:
    """The criterion, its qualifiers dropped, its evidence after it as a sentence."""
    evidence = [
        m.group("note").strip(" .;")
        for m in _NOTE.finditer(body)
        if m.group("note") and m.group("note").strip(" .;")
    ]
    criterion = _EVIDENCE.sub("", body).strip().rstrip(".;:,").strip()
    return ". ".join([criterion, *evidence])
