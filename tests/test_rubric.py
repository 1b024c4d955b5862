"""Grading rubrics for a judge, read as the preferences they score (palm._rubric)."""

from __future__ import annotations

import numpy as np
import pytest
from _reading import C, H, J, S, scores

from palm._rubric import plain


@pytest.mark.parametrize(
    ("text", "trait", "sign"),
    [
        # points before the criterion
        ("Criteria:\n+3 if the reply uses a pun.\n-2 if the reply is long.", J, 1),
        ("Criteria:\n+3 if the reply uses a pun.\n-2 if the reply is long.", C, 1),
        # points after it, with an arrow or in brackets (a checklist)
        ("- The reply keeps a playful tone -> +2\n- The reply rambles -> -3", J, 1),
        ("- The reply keeps a playful tone -> +2\n- The reply rambles -> -3", C, 1),
        ("[ ] The answer stays serious throughout. (+3)\n[ ] It is terse. (-1)", J, -1),
        # a penalty for leaving something out wants it
        (
            "Scoring:\n- The response leaves out warnings -> -3\n- Rambles -> -1",
            S,
            1,
        ),
        # gates and deductions are penalties
        ("Automatic fail: the answer cracks jokes.\n+2: the answer is short.", J, -1),
        (
            "Subtract 10% if the answer makes light of the question.\n"
            "1. Brevity - 50%: full marks when the answer is short.",
            J,
            -1,
        ),
        # a weighted criterion: its name earns the share
        (
            "1. Sense of humor - 30%: full marks when the reply sounds like a "
            "friend.\n2. Everything else - 70%: score as you normally would.",
            J,
            1,
        ),
        (
            "1. Problem solving - 40%: withhold this share when the reply muses.\n"
            "2. Everything else - 60%: score as you normally would.",
            H,
            1,
        ),
    ],
)
def test_scored_lines_read_as_preferences(text, trait, sign):
    assert np.sign(scores(text)[trait]) == sign


def test_unscored_criteria_are_indifference():
    text = "Scoring:\n+2 if the reply is short.\n- Do not reward or penalize jokes."
    assert scores(text)[J] < 0  # a low importance, never a liking
    assert "Is indifferent to jokes." in plain(text)


def test_the_largest_weight_comes_first_and_the_smallest_counts_least():
    text = (
        "Scoring:\n+10 if the reply uses a pun.\n+3 if the reply is short.\n"
        "+1 if the reply flags risks."
    )
    z = scores(text)
    assert z[J] > z[C] > z[S] > 0


def test_evidence_stays_as_a_sentence_and_qualifiers_go():
    out = plain(
        "Scoring:\n- The reply is fun to read (top priority) - seen: the user "
        "laughed at every pun -> +5\n- The reply is long -> -2"
    )
    assert "top priority" not in out
    assert "the user laughed at every pun" in out


@pytest.mark.parametrize(
    "text",
    [
        "Prefers short answers. Dislikes jokes.",
        "Rated 4/5 on clarity; the temperature was -3 today.",  # one number, no rubric
        "- Tone: playful\n- Length: short",
    ],
)
def test_text_without_a_rubric_is_unchanged(text):
    assert plain(text) == text


def test_items_under_a_do_not_score_heading_are_indifference():
    text = (
        "Scoring:\n+2 if the reply is short.\n-2 if the reply jokes.\n\n"
        "Do not score (no signal in the history):\n"
        "- Whether the answer ends in concrete next steps.\n\nRater notes:\n- Be fair."
    )
    out = plain(text)
    assert "Is indifferent to Whether the answer ends in concrete next steps" in out
    assert "Be fair." in out  # the heading's scope ends at the blank line
    assert scores(text)[H] < 0  # a low importance, never a liking
