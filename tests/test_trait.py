from __future__ import annotations

import dataclasses
import json

import pytest

from palm.exceptions import PalmTypeError, ValidationError
from palm.trait import (
    BUILTIN_TRAITS,
    Trait,
    builtin_trait_names,
    get_trait,
    resolve_traits,
)


def test_builtins_cover_the_common_traits():
    names = set(builtin_trait_names())
    assert {"helpfulness", "harmlessness", "humor", "conciseness"} <= names
    assert len(names - {"helpfulness", "harmlessness", "humor", "conciseness"}) >= 4
    for trait in BUILTIN_TRAITS.values():
        assert trait.positive and trait.negative


def test_aliases_resolve_to_their_trait():
    assert get_trait("safety") is BUILTIN_TRAITS["harmlessness"]
    assert get_trait("Brevity") is BUILTIN_TRAITS["conciseness"]
    assert get_trait("  HUMOR ") is BUILTIN_TRAITS["humor"]


def test_conciseness_negative_pole_is_detailed_thorough():
    negative = get_trait("brevity").negative
    assert "detailed" in negative and "thorough" in negative


def test_trait_normalizes_and_deduplicates_phrases():
    t = Trait(
        " sarcasm ",
        positive=["sarcastic", "  very   ironic ", "sarcastic"],
        negative=("sincere",),
    )
    assert t.name == "sarcasm"
    assert t.positive == ("sarcastic", "very ironic")
    assert t.names == ("sarcasm",)


def test_trait_is_frozen_and_hashable():
    t = Trait("sarcasm", positive=["sarcastic"], negative=["sincere"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.name = "other"  # type: ignore[misc]
    assert (
        len({t, Trait("sarcasm", positive=("sarcastic",), negative=("sincere",))}) == 1
    )


def test_to_dict_round_trips_through_json():
    t = Trait(
        "sarcasm",
        positive=["sarcastic"],
        negative=["sincere"],
        aliases=["irony"],
        description="Dry wit.",
    )
    data = json.loads(json.dumps(t.to_dict()))
    assert data["name"] == "sarcasm"
    back = Trait.from_dict(data)
    assert back == t and back.description == "Dry wit." and back.aliases == ("irony",)


def test_builtin_round_trip():
    for trait in BUILTIN_TRAITS.values():
        assert Trait.from_dict(trait.to_dict()) == trait


def test_get_trait_accepts_dict_and_trait_like_objects():
    t = Trait("sarcasm", positive=["sarcastic"], negative=["sincere"])

    class Like:
        name = "sarcasm"

        def to_dict(self):
            return t.to_dict()

    assert get_trait(t.to_dict()) == t
    assert get_trait(Like()) == t
    assert get_trait(t) is t


def test_unknown_name_names_itself_and_what_to_pass():
    with pytest.raises(ValidationError, match=r"'sarcasm' have no anchor phrases") as e:
        get_trait("sarcasm")
    msg = str(e.value)
    assert "Trait('sarcasm', positive=" in msg
    assert "conciseness" in msg and "traits=[...]" in msg


def test_resolve_traits_lists_every_unknown_name():
    with pytest.raises(ValidationError, match=r"'trait_0', 'trait_1' have no anchor"):
        resolve_traits(["trait_0", "humor", "trait_1"])


def test_resolve_traits_rejects_duplicates_after_aliases():
    with pytest.raises(
        ValidationError, match=r"traits must be distinct; \['harmlessness'\]"
    ):
        resolve_traits(["safety", "harmlessness"])


def test_resolve_traits_rejects_a_string():
    with pytest.raises(PalmTypeError, match="traits must be a sequence"):
        resolve_traits("humor")


def test_get_trait_rejects_non_strings():
    with pytest.raises(PalmTypeError, match="a trait must be a name"):
        get_trait(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "exc", "match"),
    [
        (
            {"name": "", "positive": ["a"], "negative": ["b"]},
            ValidationError,
            "Trait name must start with a letter",
        ),
        (
            {"name": "9lives", "positive": ["a"], "negative": ["b"]},
            ValidationError,
            "got '9lives'",
        ),
        (
            {"name": 3, "positive": ["a"], "negative": ["b"]},
            PalmTypeError,
            "Trait name must be a string; got int",
        ),
        (
            {"name": "x", "positive": "funny", "negative": ["b"]},
            PalmTypeError,
            r"Wrap it in a list: \['funny'\]",
        ),
        (
            {"name": "x", "positive": [], "negative": ["b"]},
            ValidationError,
            "needs at least one positive anchor phrase",
        ),
        (
            {"name": "x", "positive": ["a"], "negative": []},
            ValidationError,
            "needs at least one negative anchor phrase",
        ),
        (
            {"name": "x", "positive": ["a", 2], "negative": ["b"]},
            PalmTypeError,
            "must contain only strings; got int 2",
        ),
        (
            {"name": "x", "positive": ["a", "  "], "negative": ["b"]},
            ValidationError,
            "must not contain empty phrases",
        ),
        (
            {"name": "x", "positive": 5, "negative": ["b"]},
            PalmTypeError,
            "must be a sequence of strings; got int",
        ),
        (
            {"name": "x", "positive": ["a"], "negative": ["b"], "description": 1},
            PalmTypeError,
            "description must be a string",
        ),
    ],
)
def test_trait_validation(kwargs, exc, match):
    with pytest.raises(exc, match=match):
        Trait(**kwargs)


def test_from_dict_reports_missing_and_unknown_keys():
    with pytest.raises(
        ValidationError, match=r"missing \['negative'\], unknown \['colour'\]"
    ):
        Trait.from_dict({"name": "x", "positive": ["a"], "colour": "red"})
    with pytest.raises(PalmTypeError, match="needs a mapping; got list"):
        Trait.from_dict(["x"])  # type: ignore[arg-type]
