from __future__ import annotations

import sys

import numpy as np
import pytest

from palm.exceptions import MissingDependencyError, PalmTypeError, ValidationError
from palm.route import prior_best, route
from palm.summarizer import (
    Comparison,
    LLMSummarizer,
    OfflineSummarizer,
    Summarizer,
    check_history,
    humor_scorer,
    length_scorer,
    politeness_scorer,
)
from palm.trait import Trait

SHORT = "Paris."
LONG = "The capital of France is Paris, which has been the capital for centuries."
FUNNY = "Paris! Haha, it is the city of light, no pun intended, lol."
POLITE = "Thanks for asking! Paris, happy to help."


# ---------------------------------------------------------------- history checks


def test_check_history_accepts_tuples_and_comparisons():
    items = check_history([("q", "a", "b"), Comparison("q2", "c", "d")])
    assert items[1] == Comparison("q2", "c", "d") and items[0].rejected == "b"


@pytest.mark.parametrize(
    ("history", "exc", "match"),
    [
        ("q a b", PalmTypeError, "history must be a sequence"),
        (None, PalmTypeError, "history must be a sequence"),
        ([], ValidationError, "history is empty"),
        ([("q", "a")], PalmTypeError, r"history\[0\] must be a \(prompt, chosen"),
        ([("q", "a", 3)], PalmTypeError, r"history\[0\] must be"),
        ([("q", "a", "b"), "qab"], PalmTypeError, r"history\[1\]"),
    ],
)
def test_bad_history(history, exc, match):
    with pytest.raises(exc, match=match):
        check_history(history)


# ---------------------------------------------------------------------- scorers


def test_scorers_rank_the_obvious_cases():
    assert length_scorer(SHORT) > length_scorer(LONG)
    assert 0 < length_scorer(LONG) <= 1
    assert humor_scorer(FUNNY) > humor_scorer(LONG) == 0.0
    assert politeness_scorer(POLITE) > politeness_scorer(LONG) == 0.0
    assert politeness_scorer("Obviously, that is a stupid question.") < 0


# ------------------------------------------------------------ offline summarizer


def test_offline_summary_states_consistent_preferences_strongest_first():
    history = [("Capital of France?", SHORT, LONG)] * 3 + [("Capital?", FUNNY, LONG)]
    s = OfflineSummarizer()
    strengths = s.strengths(history)
    assert strengths["conciseness"] == pytest.approx(1.0)
    assert strengths["humor"] == pytest.approx(1.0)
    assert strengths["politeness"] == 0.0
    text = s.summarize(history)
    assert text == (
        "Above all, the user wants conciseness in answers. "
        "Above all, the user wants humor in answers."
    )
    assert isinstance(s, Summarizer)


def test_offline_summary_of_a_dislike_reads_back_as_negative():
    history = [("Capital?", LONG, FUNNY), ("Capital?", LONG, SHORT)]
    text = OfflineSummarizer().summarize(history)
    assert "dislikes humor in answers" in text
    r = route(_StandIn(), text)
    assert r.weights[0] < r.weights[2]  # humor below politeness (silent)


def test_inconsistent_choices_give_no_pattern_and_route_to_the_prior():
    history = [("Capital?", SHORT, LONG), ("Capital?", LONG, SHORT)]
    text = OfflineSummarizer().summarize(history)
    assert text == "The choices show no consistent pattern."
    assert route(_StandIn(), text).fallback


def test_offline_update_blends_the_previous_summary():
    s = OfflineSummarizer()
    previous = "Above all, the user wants humor in answers."
    updated = s.summarize([("Capital?", SHORT, LONG)] * 2, previous=previous)
    assert "conciseness" in updated and "humor" in updated
    assert s.summarize([], previous=previous) == previous
    fresh = OfflineSummarizer(previous_weight=0.0)
    assert "humor" not in fresh.summarize(
        [("Capital?", SHORT, LONG)], previous=previous
    )


def test_offline_custom_trait_scorer():
    excl = Trait("enthusiasm", positive=["enthusiastic"], negative=["flat"])
    s = OfflineSummarizer({excl: lambda t: t.count("!"), "conciseness": length_scorer})
    text = s.summarize(
        [("Hi", "Hello!!", "Hello, how are you doing today"), ("Hi", "Yo!", "Hi")]
    )
    assert "Above all, the user wants enthusiasm in answers." in text
    p = _StandIn(traits=(excl, "conciseness", "humor"))
    assert route(p, text).weights[0] > 1 / 3


@pytest.mark.parametrize(
    ("kwargs", "exc", "match"),
    [
        ({"scorers": {}}, PalmTypeError, "scorers must be a non-empty mapping"),
        ({"scorers": [length_scorer]}, PalmTypeError, "scorers must be a non-empty"),
        (
            {"scorers": {"humor": 3}},
            PalmTypeError,
            r"scorers\['humor'\] must be a callable",
        ),
        ({"scorers": {3: len}}, PalmTypeError, "scorers keys must be trait names"),
        (
            {"scorers": {"humor": lambda t: "funny"}},
            ValidationError,
            "scorer for 'humor' must return a number; got str",
        ),
        (
            {"scorers": {"humor": lambda t: float("nan")}},
            ValidationError,
            "returned nan; it must be finite",
        ),
        ({"min_strength": 1.0}, ValidationError, r"min_strength must be in \[0, 1\)"),
        (
            {"previous_weight": -0.1},
            ValidationError,
            r"previous_weight must be in \[0, 1\]",
        ),
    ],
)
def test_offline_validation(kwargs, exc, match):
    with pytest.raises(exc, match=match):
        OfflineSummarizer(**kwargs).summarize([("q", SHORT, LONG)])


def test_offline_previous_must_be_text():
    with pytest.raises(PalmTypeError, match="previous must be a summary"):
        OfflineSummarizer().summarize([("q", SHORT, LONG)], previous=3)
    with pytest.raises(ValidationError, match="history is empty"):
        OfflineSummarizer().summarize([])


# -------------------------------------------------------------- closing the loop


class _StandIn:
    def __init__(self, rewards=None, traits=("humor", "conciseness", "politeness")):
        self.member_rewards = (
            np.array(
                [[1.0, 0.2, 0.3], [0.2, 1.0, 0.2], [0.2, 0.3, 1.0], [0.6, 0.6, 0.6]]
            )
            if rewards is None
            else rewards
        )
        self.trait_specs = tuple(traits)
        self.traits = tuple(t.name if isinstance(t, Trait) else t for t in traits)


def _response(rng, humor, short, polite):
    parts = ["Paris is the capital of France."]
    if humor:
        parts.append("Haha, a pun: it is the city of lights, lol.")
    if polite:
        parts.append("Thanks for asking, happy to help!")
    if not short:
        parts.append(
            "It has been the capital for a very long time and it is home to many "
            "famous museums, parks, bridges and neighbourhoods worth a visit."
        )
    return " ".join(parts)


def test_offline_loop_from_simulated_choices_to_a_routed_member():
    """Users with known weights choose by Bradley-Terry; summaries route them well."""
    rng = np.random.default_rng(0)
    portfolio = _StandIn()
    summarizer = OfflineSummarizer()
    ours, base = [], []
    for _ in range(40):
        w = rng.dirichlet(np.ones(3))
        history = []
        for _ in range(30):
            fa, fb = rng.integers(0, 2, size=3), rng.integers(0, 2, size=3)
            ua, ub = w @ fa, w @ fb
            a, b = _response(rng, *fa), _response(rng, *fb)
            if rng.random() < 1 / (1 + np.exp(-8 * (ua - ub))):
                history.append(("Capital of France?", a, b))
            else:
                history.append(("Capital of France?", b, a))
        member = route(portfolio, summarizer.summarize(history)).member
        u = portfolio.member_rewards @ w
        span = u.max() - u.min()
        ours.append((u.max() - u[member]) / span)
        base.append((u.max() - u[prior_best(portfolio)]) / span)
    assert np.mean(ours) < 0.5 * np.mean(base)
    assert np.mean(ours) < 0.15


# ---------------------------------------------------------------- LLM summarizer


HISTORY = [
    ("Capital of France?", SHORT, LONG),
    ("Tell me a fact.", FUNNY, LONG),
    ("Say hi.", POLITE, "Hi."),
]


def test_llm_prompt_is_alignxplore_style():
    s = LLMSummarizer(model=None, tokenizer=None, max_chars=30)
    prompt = s.build_prompt(HISTORY[:2])
    assert "[1] Prompt: Capital of France?" in prompt
    assert "    Rejected: The capital of France is Pa..." in prompt  # clipped
    assert "what do the chosen ones have in common" in prompt
    assert "no preamble" in prompt and prompt.endswith("Preferences:")
    assert "current summary" not in prompt
    update = s.build_prompt(HISTORY[2:], previous="Likes short answers.")
    expected = (
        "current summary of this user's preferences, from earlier interactions:\n"
        '"""Likes short answers."""'
    )
    assert expected in update
    assert "New interactions:" in update and "Update the current summary" in update


def test_llm_streams_chunks_through_the_previous_summary(monkeypatch):
    s = LLMSummarizer(model=object(), tokenizer=object(), chunk_size=2)
    prompts = []

    def fake_generate(prompt):
        prompts.append(prompt)
        return f"summary {len(prompts)}"

    monkeypatch.setattr(s, "_generate", fake_generate)
    assert s.summarize(HISTORY) == "summary 2"
    assert len(prompts) == 2 and '"""summary 1"""' in prompts[1]
    assert s.update("old", HISTORY[:1]) == "summary 3"
    assert '"""old"""' in prompts[2]
    assert s.summarize([], previous="kept") == "kept"


def test_llm_keeps_the_previous_summary_when_the_model_writes_nothing(monkeypatch):
    s = LLMSummarizer(model=object(), tokenizer=object())
    monkeypatch.setattr(s, "_generate", lambda prompt: "")
    assert s.summarize(HISTORY, previous="Likes jokes.") == "Likes jokes."
    assert s.summarize(HISTORY) == ""


def test_llm_validation(monkeypatch, tmp_path):
    with pytest.raises(
        ValidationError, match="chunk_size must be a positive integer; got 0"
    ):
        LLMSummarizer(None, None, chunk_size=0).build_prompt(HISTORY)
    with pytest.raises(ValidationError, match="needs a model and a tokenizer"):
        LLMSummarizer(None, None).summarize(HISTORY)
    with pytest.raises(
        ValidationError, match="is not a directory. palm never downloads"
    ):
        LLMSummarizer.from_pretrained(str(tmp_path / "gpt-5"))
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(MissingDependencyError, match=r"palm-portfolio\[train\]"):
        LLMSummarizer(object(), object()).summarize(HISTORY)
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingDependencyError, match="needs transformers"):
        LLMSummarizer.from_pretrained(str(tmp_path))


def _tiny_llama():
    """A tiny random Llama and a word-level tokenizer, built here: no download."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    tokenizers = pytest.importorskip("tokenizers")
    words = (
        "[PAD] [UNK] [EOS] the user prefers likes dislikes short long answers jokes "
        "humor polite brief detailed and not . , : ? ! prompt chosen rejected paris"
    ).split()
    vocab = {w: i for i, w in enumerate(words)}
    tok = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = tokenizers.normalizers.Lowercase()
    tok.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", eos_token="[EOS]"
    )
    config = transformers.LlamaConfig(
        vocab_size=len(words),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=1024,
        pad_token_id=0,
        eos_token_id=2,
        bos_token_id=None,
    )
    torch.manual_seed(0)
    model = transformers.LlamaForCausalLM(config).eval()
    return model, tokenizer


def test_llm_summarizer_with_a_tiny_local_model(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    model, tokenizer = _tiny_llama()
    kwargs = {
        "max_new_tokens": 6,
        "chunk_size": 2,
        "generation_kwargs": {"min_new_tokens": 6, "suppress_tokens": [0, 1, 2]},
    }
    s = LLMSummarizer(model, tokenizer, **kwargs)
    prompts = []
    original = s._generate
    monkeypatch.setattr(s, "_generate", lambda p: prompts.append(p) or original(p))
    text = s.summarize(HISTORY)
    assert isinstance(text, str) and len(text.split()) == 6
    assert len(prompts) == 2 and "current summary" in prompts[1]
    first = original(prompts[0])
    assert f'"""{first}"""' in prompts[1]  # streaming: chunk 2 updates chunk 1
    assert LLMSummarizer(model, tokenizer, **kwargs).summarize(HISTORY) == text

    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    loaded = LLMSummarizer.from_pretrained(str(tmp_path), **kwargs)
    assert loaded.summarize(HISTORY) == text
