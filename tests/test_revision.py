"""Summaries that revise an earlier summary (palm._revision)."""

from __future__ import annotations

import pytest
from _reading import C, J, S, scores

from palm._revision import current


@pytest.mark.parametrize(
    ("text", "trait", "sign"),
    [
        # struck through
        ("- Jokes: ~~wants banter in every reply~~ finds jokes distracting", J, -1),
        # Was: "..." Now: ...
        (
            '- Jokes: REVERSED. Was: "wants humor above everything else". Now: '
            "prefers strictly businesslike answers.",
            J,
            -1,
        ),
        # before: ...; now: ...
        (
            "- Safety: before: likes edgy, unfiltered answers; now: a clear "
            "preference for cautious answers",
            S,
            1,
        ),
        # a diff: "-" lines were dropped
        (
            "diff summary_v6 summary_v7\nlegend: '-' = dropped, '+' = new\n"
            "- Length: wants long, detailed answers\n+ Length: wants short answers",
            C,
            1,
        ),
        # a table with before and now columns
        (
            "trait | before | now | status\n"
            "Jokes | loves puns | dislikes jokes in answers | changed",
            J,
            -1,
        ),
        # a superseded section
        (
            "Previous summary (v4, superseded):\n- loves jokes and banter\n\n"
            "Revised summary:\n- prefers a serious, formal tone",
            J,
            -1,
        ),
        # narrated
        (
            "Until this update I had this user down as someone who wants long, "
            "thorough answers, but that no longer holds. As of this version, the "
            "user wants short answers.",
            C,
            1,
        ),
    ],
)
def test_only_what_holds_now_is_read(text, trait, sign):
    z = scores(text)
    assert z[trait] > 0 if sign > 0 else z[trait] < 0, z


def test_status_labels_are_no_mentions():
    assert scores("- Jokes: REVERSED.\n- Length: unchanged.")[J] == 0.0
    assert "Jokes" not in current('1. Jokes. Stored: "loves puns". Still holds.')


def test_text_without_revision_markers_is_unchanged():
    text = "She likes jokes now. Before noon she wants short answers."
    assert current(text) == text
    plain = "Likes: jokes\nDislikes: long answers"
    assert current(plain) == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Retracted: "loves jokes". Wants short answers.', " Wants short answers."),
        # two in one sentence: the second starts where the first ended
        (
            'I retracted "loves jokes" and superseded "likes long answers". Brief.',
            " Brief.",
        ),
        ('Wants brevity\nno longer holds: "likes detail"', "Wants brevity"),
        # (a quote without a retraction stays)
        ('She said "be brief" and meant it.', 'She said "be brief" and meant it.'),
    ],
)
def test_retracted_quotes_go(text, expected):
    assert current(text) == expected
