"""Preference profiles written as JSON, YAML or TOML (palm._structured)."""

from __future__ import annotations

import numpy as np
import pytest
from _reading import C, H, J, S, scores

from palm._structured import plain

JSON_PROFILE = """Here's the extracted preference profile.

```json
{
  "user_id": "u_15938b",
  "User": {"Occupation": "bike mechanic", "Sessions observed": 23},
  "Scale": "signed score in [-1, 1]: -1 actively avoid, 0 indifferent, 1 top",
  "Preference scores": {"Short answers": 0.6, "Jokes": -0.8},
  "Evidence": {"Short answers": "Wants the assistant to get to the point quickly."}
}
```

Let me know if you'd like this in a different format."""

YAML_PROFILE = """---
about_user:
  occupation: florist
  uses_on:
  - Android phone
score_scale: "-3..+3: negative = dislikes, 0 = indifferent, +3 = overriding"
scores:
  short_answers: 2
  caution: -2
  humour: 0
"""

TOML_PROFILE = """Profile as key/value tables:

score_scale = "-1.0 to 1.0; below 0 = dislikes it, 0 = no preference"

[context]
occupation = "graduate student in linguistics"
sessions_observed = 54

[scores]
harmlessness = 0.7
humor = -0.6
"""


def test_json_block_becomes_statements():
    text = plain(JSON_PROFILE)
    assert "Short answers: preferred." in text
    assert "Jokes: strongly disliked." in text
    assert "Wants the assistant to get to the point quickly." in text
    # ids, counts and the scale say nothing about answers
    assert "u_15938b" not in text and "23" not in text and "Scale" not in text
    assert text.startswith("Here's the extracted preference profile.")
    assert text.endswith("in a different format.")


def test_scores_read_by_their_scale():
    z = scores(JSON_PROFILE)
    assert z[C] > 0 and z[J] < 0
    z = scores(YAML_PROFILE)
    assert z[C] > 0 and z[S] < 0 and z[J] <= 0
    z = scores(TOML_PROFILE)
    # 0.7 on a signed scale is a liking; the 54 sessions do not set the scale
    assert z[S] > 0 and z[J] < 0


@pytest.mark.parametrize(
    ("text", "trait", "expected_sign"),
    [
        # a label names the object the other fields are about
        (
            '{"Preferences": [{"Trait": "Safety", "Polarity": "avoid", '
            '"Importance": 0.58, "Note": "Comfortable with risky suggestions."}]}',
            S,
            -1,
        ),
        # a boolean switch and a verdict word relative to their key
        ('{"switches": {"keep_it_serious": false}}', J, 1),
        (
            "Traits:\n  Formality:\n    Verdict: absolutely not\n  Brevity:\n"
            "    Verdict: likes it\nUser:\n  Works as: data analyst",
            J,
            1,
        ),
        # lists under a stance key
        ('{"dislikes": ["long answers", "walls of text"], "job": "nurse"}', C, 1),
        ('{"indifferent_to": ["jokes"], "likes": ["clean language"]}', J, -1),
    ],
)
def test_structured_fields(text, trait, expected_sign):
    z = scores(text)
    assert int(np.sign(z[trait])) == expected_sign


def test_text_that_is_not_data_is_left_alone():
    prose = "She likes short answers. Jokes: no.\nTone: serious"
    assert plain(prose) == prose
    broken = '{"humor": "yes", '  # not valid JSON: read as it stands
    assert plain(broken) == broken
    list_card = "Likes:\n- short answers\n- jokes"  # a card, not nested data
    assert plain(list_card) == list_card


def test_labels_in_camel_case_and_stance_lists():
    text = (
        '{"preferences": [{"dimension": "abstractMusing", "direction": "avoid", '
        '"weight": 0.77}], "turnOffs": ["fence-sitting"]}'
    )
    assert "abstract Musing: disliked." in plain(text)
    assert "Dislikes: fence-sitting." in plain(text)
    assert scores(text)[H] > 0
