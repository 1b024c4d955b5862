"""Summarizers: from a user's history of choices to a plain-language summary.

A history is a sequence of ``(prompt, chosen, rejected)`` triples. A summarizer
writes what the user likes, in text that :func:`palm.route.route` reads.

* :class:`LLMSummarizer` prompts any causal language model (transformers) in the
  AlignXplore+ style: analyse the triples, state the user's preferences, no
  preamble; long histories stream through it in chunks, each chunk updating the
  previous summary.
* :class:`OfflineSummarizer` scores chosen against rejected answers with per-trait
  scorers (plain callables ``text -> float``) and writes plain sentences, so the
  whole loop, from simulated choices to a routed member, runs offline.

Any object with ``summarize(history, previous=None) -> str`` is a
:class:`Summarizer`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, runtime_checkable

import numpy as np

from .exceptions import MissingDependencyError, PalmTypeError, ValidationError
from .trait import Trait

__all__ = [
    "DEFAULT_SCORERS",
    "Comparison",
    "LLMSummarizer",
    "OfflineSummarizer",
    "Summarizer",
    "check_history",
    "humor_scorer",
    "length_scorer",
    "politeness_scorer",
]

_TRAIN_INSTALL = 'pip install "palm-portfolio[train]" -c constraints.txt'


class Comparison(NamedTuple):
    """One choice of the user: a prompt, the answer they chose, the one they did not."""

    prompt: str
    chosen: str
    rejected: str


@runtime_checkable
class Summarizer(Protocol):
    """Anything that turns a history of choices into a preference summary."""

    def summarize(
        self,
        history: Sequence[Comparison | tuple[str, str, str]],
        previous: str | None = None,
    ) -> str:
        """Summarize ``history``, updating ``previous`` when given."""
        ...


def check_history(history: object, *, allow_empty: bool = False) -> list[Comparison]:
    """Validate a history of ``(prompt, chosen, rejected)`` triples.

    Parameters
    ----------
    history : sequence of (str, str, str)
        The user's choices, oldest first.
    allow_empty : bool, default=False
        Whether an empty history is valid.

    Returns
    -------
    list of Comparison

    Raises
    ------
    PalmTypeError
        If ``history`` is not a sequence, or an item is not three strings.
    ValidationError
        If it is empty (and ``allow_empty`` is False).

    Examples
    --------
    >>> from palm.summarizer import check_history
    >>> check_history([("Hi?", "Hello!", "Go away.")])[0].chosen
    'Hello!'
    """
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise PalmTypeError(
            "history must be a sequence of (prompt, chosen, rejected) triples; got "
            f"{type(history).__name__}."
        )
    if not history and not allow_empty:
        raise ValidationError(
            "history is empty; pass at least one (prompt, chosen, rejected) triple, or "
            "route with the prior instead."
        )
    out = []
    for i, item in enumerate(history):
        if (
            isinstance(item, (str, bytes))
            or not isinstance(item, Sequence)
            or len(item) != 3
            or not all(isinstance(x, str) for x in item)
        ):
            raise PalmTypeError(
                f"history[{i}] must be a (prompt, chosen, rejected) triple of strings; "
                f"got {_short(repr(item))}."
            )
        out.append(Comparison(*item))
    return out


def _check_previous(previous: object) -> str | None:
    if previous is None:
        return None
    if not isinstance(previous, str):
        raise PalmTypeError(
            f"previous must be a summary (str) or None; got {type(previous).__name__}."
        )
    return previous.strip() or None


def _short(s: str, n: int = 80) -> str:
    return s if len(s) <= n else s[: n - 3] + "..."


# ------------------------------------------------------------------- LLM summarizer

_PROMPT = """You are given interactions between a user and an assistant. In each one \
the user saw two answers to the same prompt and chose one of them.
{previous}
{label}
{interactions}

First compare the chosen and the rejected answers: what do the chosen ones have in \
common that the rejected ones lack (tone, length, humor, safety, helpfulness, \
formality, warmth, accuracy)? Then write the user's preferences as short plain \
sentences, strongest first, saying both what they like and what they dislike. \
{instruction} Write only the preferences, with no preamble.
Preferences:"""

_PREVIOUS = """
The current summary of this user's preferences, from earlier interactions:
\"\"\"{previous}\"\"\"
"""

_LABEL_RE = re.compile(r"^\s*(?:preferences|summary|user preferences)\s*:\s*", re.I)


class LLMSummarizer:
    """Summarize a history with any causal language model (transformers).

    Parameters
    ----------
    model : transformers.PreTrainedModel
        A causal LM (``generate`` is used).
    tokenizer : transformers.PreTrainedTokenizerBase
        Its tokenizer. When it has a chat template the prompt is sent as one user
        message; otherwise as plain text.
    max_new_tokens : int, default=200
        Length limit of each summary.
    chunk_size : int, default=8
        Triples per prompt. A longer history is read in chunks, each updating the
        summary of the chunks before (streaming update).
    max_chars : int, default=600
        Each prompt, chosen and rejected text is cut to this many characters.
    generation_kwargs : dict, optional
        Extra arguments to ``model.generate`` (greedy decoding by default, so the
        summary is deterministic).
    prompt_template : str, optional
        Replaces the AlignXplore+-style prompt; it gets ``{previous}``, ``{label}``,
        ``{interactions}`` and ``{instruction}`` fields.

    Examples
    --------
    >>> from palm.summarizer import LLMSummarizer
    >>> s = LLMSummarizer(model=None, tokenizer=None)
    >>> print(s.build_prompt([("Tell me a fact.", "Owls! Hoot.", "Owls are birds.")]))
    ... # doctest: +ELLIPSIS
    You are given interactions ...
    [1] Prompt: Tell me a fact.
        Chosen: Owls! Hoot.
        Rejected: Owls are birds.
    ...
    Preferences:
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        max_new_tokens: int = 200,
        chunk_size: int = 8,
        max_chars: int = 600,
        generation_kwargs: Mapping[str, Any] | None = None,
        prompt_template: str | None = None,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.max_new_tokens = max_new_tokens
        self.chunk_size = chunk_size
        self.max_chars = max_chars
        self.generation_kwargs = dict(generation_kwargs or {})
        self.prompt_template = prompt_template

    @classmethod
    def from_pretrained(cls, path: str, **kwargs: Any) -> LLMSummarizer:
        """Load a model and tokenizer from a local directory (never downloads).

        Parameters
        ----------
        path : str or path-like
            A directory saved with ``save_pretrained``.
        **kwargs
            Passed to :class:`LLMSummarizer`.

        Returns
        -------
        LLMSummarizer

        Raises
        ------
        MissingDependencyError
            If transformers is not installed.
        ValidationError
            If ``path`` is not a directory.
        """
        import os

        if not os.path.isdir(path):
            raise ValidationError(
                f"path must be a local model directory (save_pretrained output); got "
                f"{str(path)!r}, which is not a directory. palm never downloads models."
            )
        transformers = _import_transformers()
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            path, local_files_only=True
        )
        model = transformers.AutoModelForCausalLM.from_pretrained(
            path, local_files_only=True
        )
        return cls(model, tokenizer, **kwargs)

    def _check(self) -> None:
        for name in ("max_new_tokens", "chunk_size", "max_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValidationError(
                    f"{name} must be a positive integer; got {value!r}."
                )

    def build_prompt(
        self,
        history: Sequence[Comparison | tuple[str, str, str]],
        previous: str | None = None,
    ) -> str:
        """The prompt for one chunk of history.

        Parameters
        ----------
        history : sequence of (prompt, chosen, rejected)
        previous : str, optional
            The summary so far; the prompt then asks for an updated summary.

        Returns
        -------
        str
        """
        self._check()
        items = check_history(history)
        previous = _check_previous(previous)
        cut = self.max_chars
        blocks = [
            f"[{i}] Prompt: {_clip(c.prompt, cut)}\n"
            f"    Chosen: {_clip(c.chosen, cut)}\n"
            f"    Rejected: {_clip(c.rejected, cut)}"
            for i, c in enumerate(items, 1)
        ]
        if previous is None:
            prev_block, label = "", "Interactions:"
            instruction = ""
        else:
            prev_block = _PREVIOUS.format(previous=previous)
            label = "New interactions:"
            instruction = (
                "Update the current summary: keep what the new choices confirm, revise "
                "what they contradict, and add what is new."
            )
        template = self.prompt_template or _PROMPT
        return template.format(
            previous=prev_block,
            label=label,
            interactions="\n".join(blocks),
            instruction=instruction,
        ).replace("  Write only", " Write only")

    def summarize(
        self,
        history: Sequence[Comparison | tuple[str, str, str]],
        previous: str | None = None,
    ) -> str:
        """Summarize a history, in chunks of ``chunk_size`` triples.

        Parameters
        ----------
        history : sequence of (prompt, chosen, rejected)
            Oldest first. May be empty when ``previous`` is given (it is returned).
        previous : str, optional
            A summary of earlier history, updated rather than rewritten.

        Returns
        -------
        str
            The summary (an empty string if the model wrote nothing).

        Raises
        ------
        MissingDependencyError
            If torch is not installed.
        """
        self._check()
        previous = _check_previous(previous)
        items = check_history(history, allow_empty=previous is not None)
        if self.model is None or self.tokenizer is None:
            raise ValidationError(
                "LLMSummarizer needs a model and a tokenizer to summarize; got None. "
                "Use LLMSummarizer.from_pretrained(path) or pass both."
            )
        summary = previous
        for start in range(0, len(items), self.chunk_size):
            chunk = items[start : start + self.chunk_size]
            summary = self._generate(self.build_prompt(chunk, summary)) or summary
        return summary or ""

    def update(
        self, previous: str, history: Sequence[Comparison | tuple[str, str, str]]
    ) -> str:
        """Update a summary with new choices: ``summarize(history, previous)``."""
        return self.summarize(history, previous=previous)

    def _generate(self, prompt: str) -> str:
        torch = _import_torch()
        tok = self.tokenizer
        if getattr(tok, "chat_template", None):
            text = tok.apply_chat_template(
                [{"role": "user", "content": prompt}],
                tokenize=False,
                add_generation_prompt=True,
            )
        else:
            text = prompt
        inputs = tok(text, return_tensors="pt")
        device = getattr(self.model, "device", None)
        if device is not None:
            inputs = {k: v.to(device) for k, v in inputs.items()}
        kwargs: dict[str, Any] = {
            "max_new_tokens": self.max_new_tokens,
            "do_sample": False,
        }
        pad = getattr(tok, "pad_token_id", None)
        if pad is None:
            pad = getattr(tok, "eos_token_id", None)
        if pad is not None:
            kwargs["pad_token_id"] = pad
        kwargs.update(self.generation_kwargs)
        with torch.inference_mode():
            out = self.model.generate(**inputs, **kwargs)
        new = out[0, inputs["input_ids"].shape[1] :]
        return _LABEL_RE.sub("", tok.decode(new, skip_special_tokens=True)).strip()


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def _import_torch() -> Any:
    try:
        import torch
    except ImportError as exc:
        raise MissingDependencyError(
            f"LLMSummarizer needs torch and transformers; install them with: "
            f"{_TRAIN_INSTALL}. Or use palm.summarizer.OfflineSummarizer."
        ) from exc
    return torch


def _import_transformers() -> Any:
    try:
        import transformers
    except ImportError as exc:
        raise MissingDependencyError(
            f"LLMSummarizer.from_pretrained needs transformers; install it with: "
            f"{_TRAIN_INSTALL}."
        ) from exc
    return transformers


# --------------------------------------------------------------------- scorers

_WORD_RE = re.compile(r"[A-Za-z']+")
_HUMOR_MARKERS = frozenset(
    "joke jokes joking funny hilarious haha hahaha lol lmao pun puns punny laugh "
    "laughs laughing chuckle giggle witty silly ridiculous absurd comedy".split()
)
_HUMOR_SYMBOLS = ("😂", "😄", "😆", "🤣", ";)", ":)", ":D")
_POLITE_MARKERS = frozenset(
    "please thank thanks kindly appreciate appreciated sorry apologies glad "
    "welcome grateful pleasure happy certainly".split()
)
_RUDE_MARKERS = frozenset(
    "stupid dumb idiot obviously whatever duh ugh nonsense shut lazy ridiculous".split()
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


def length_scorer(text: str) -> float:
    """Conciseness: ``1 / (1 + n_words / 20)``, in (0, 1]; shorter is higher.

    Examples
    --------
    >>> from palm.summarizer import length_scorer
    >>> length_scorer("Yes.") > length_scorer("Yes, and here is a long story about it.")
    True
    """
    return 1.0 / (1.0 + len(_words(text)) / 20.0)


def humor_scorer(text: str) -> float:
    """Humor: humor markers ("joke", "haha", "pun", emoji) per word x 10, at most 1.

    Examples
    --------
    >>> from palm.summarizer import humor_scorer
    >>> humor_scorer("Why did the owl laugh? A pun, haha!") > humor_scorer("Owls hunt.")
    True
    """
    words = _words(text)
    hits = sum(w in _HUMOR_MARKERS for w in words) + sum(
        text.count(s) for s in _HUMOR_SYMBOLS
    )
    return min(1.0, 10.0 * hits / max(len(words), 1))


def politeness_scorer(text: str) -> float:
    """Politeness: polite minus rude markers per word, times 10, clipped to [-1, 1].

    Examples
    --------
    >>> from palm.summarizer import politeness_scorer
    >>> politeness_scorer("Thanks, happy to help!") > politeness_scorer("Obviously.")
    True
    """
    words = _words(text)
    score = sum(w in _POLITE_MARKERS for w in words) - sum(
        w in _RUDE_MARKERS for w in words
    )
    return max(-1.0, min(1.0, 10.0 * score / max(len(words), 1)))


#: Offline scorers by trait name, used by :class:`OfflineSummarizer` by default.
DEFAULT_SCORERS: Mapping[str, Callable[[str], float]] = {
    "conciseness": length_scorer,
    "humor": humor_scorer,
    "politeness": politeness_scorer,
}


# --------------------------------------------------------------- offline summarizer

# (lower bound of |strength|, verb for a positive strength, verb for a negative one)
_LEVELS = (
    (0.6, "Above all, the user wants {x}.", "The user strongly dislikes {x}."),
    (0.3, "The user prefers {x}.", "The user dislikes {x}."),
    (0.0, "The user slightly prefers {x}.", "The user slightly dislikes {x}."),
)
_NO_PATTERN = "The choices show no consistent pattern."


class OfflineSummarizer:
    """Score chosen against rejected answers per trait; write plain sentences.

    For each trait, the strength of the preference is how consistently the chosen
    answer scores higher than the rejected one:
    ``mean(d) / mean(|d|)`` with ``d = score(chosen) - score(rejected)``, in [-1, 1].
    Traits whose strength is at least ``min_strength`` in size get one sentence,
    strongest first: "Above all, the user wants conciseness in answers." (>= 0.6),
    "The user prefers ..." (>= 0.3), "The user slightly prefers ..." (else), and
    "dislikes" for negative strengths.

    Parameters
    ----------
    scorers : mapping of trait to callable, optional
        ``{trait: scorer}`` with a trait name or :class:`palm.trait.Trait` as key
        and a ``text -> float`` callable (higher means more of the trait) as value.
        :data:`DEFAULT_SCORERS` by default (conciseness, humor, politeness).
    min_strength : float, default=0.15
        Weaker, inconsistent preferences are left out.
    previous_weight : float, default=0.5
        When updating a previous summary, its strengths (read back with the lexical
        estimator) count this much against the new history's.

    Examples
    --------
    >>> from palm.summarizer import OfflineSummarizer
    >>> history = [
    ...     ("Capital of France?", "Paris.", "It is Paris, a city of art and light."),
    ...     ("2+2?", "4, thanks for asking!", "The sum of two and two is four."),
    ... ]
    >>> for sentence in OfflineSummarizer().summarize(history).split(". "):
    ...     print(sentence.rstrip("."))
    Above all, the user wants conciseness in answers
    Above all, the user wants politeness in answers
    """

    def __init__(
        self,
        scorers: Mapping[str | Trait, Callable[[str], float]] | None = None,
        *,
        min_strength: float = 0.15,
        previous_weight: float = 0.5,
    ) -> None:
        self.scorers = scorers
        self.min_strength = min_strength
        self.previous_weight = previous_weight

    def _scorers(self) -> dict[str, Callable[[str], float]]:
        scorers = DEFAULT_SCORERS if self.scorers is None else self.scorers
        if not isinstance(scorers, Mapping) or not scorers:
            raise PalmTypeError(
                "scorers must be a non-empty mapping {trait name: callable text -> "
                f"float}}; got {_short(repr(scorers))}."
            )
        out = {}
        for key, fn in scorers.items():
            name = key.name if isinstance(key, Trait) else key
            if not isinstance(name, str) or not name.strip():
                raise PalmTypeError(
                    f"scorers keys must be trait names or Trait objects; got {key!r}."
                )
            if not callable(fn):
                raise PalmTypeError(
                    f"scorers[{name!r}] must be a callable text -> float; got "
                    f"{type(fn).__name__}."
                )
            out[name] = fn
        return out

    def _check(self) -> None:
        ok = isinstance(self.min_strength, (int, float)) and not isinstance(
            self.min_strength, bool
        )
        if not (ok and 0.0 <= self.min_strength < 1.0):
            raise ValidationError(
                f"min_strength must be in [0, 1); got {self.min_strength!r}."
            )
        ok = isinstance(self.previous_weight, (int, float)) and not isinstance(
            self.previous_weight, bool
        )
        if not (ok and 0.0 <= self.previous_weight <= 1.0):
            raise ValidationError(
                f"previous_weight must be in [0, 1]; got {self.previous_weight!r}."
            )

    def strengths(
        self, history: Sequence[Comparison | tuple[str, str, str]]
    ) -> dict[str, float]:
        """Preference strength per trait, in [-1, 1].

        Parameters
        ----------
        history : sequence of (prompt, chosen, rejected)

        Returns
        -------
        dict of str to float
            0 for a trait whose scorer never tells the two answers apart.

        Raises
        ------
        ValidationError
            If a scorer returns a value that is not a finite number.
        """
        items = check_history(history)
        out = {}
        for name, fn in self._scorers().items():
            diffs = np.array(
                [
                    _score(fn, name, c.chosen) - _score(fn, name, c.rejected)
                    for c in items
                ]
            )
            scale = np.abs(diffs).mean()
            out[name] = 0.0 if scale == 0 else float(diffs.mean() / scale)
        return out

    def summarize(
        self,
        history: Sequence[Comparison | tuple[str, str, str]],
        previous: str | None = None,
    ) -> str:
        """Write the summary of a history, optionally updating a previous one.

        Parameters
        ----------
        history : sequence of (prompt, chosen, rejected)
            May be empty when ``previous`` is given (it is returned unchanged).
        previous : str, optional
            An earlier summary of this user, blended in with ``previous_weight``.

        Returns
        -------
        str
        """
        self._check()
        previous = _check_previous(previous)
        items = check_history(history, allow_empty=previous is not None)
        if not items:
            return previous or ""
        strengths = self.strengths(items)
        if previous is not None:
            old = self._read_back(previous, list(strengths))
            a = self.previous_weight
            strengths = {k: a * old[k] + (1 - a) * v for k, v in strengths.items()}
        ranked = sorted(strengths.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
        sentences = []
        for name, s in ranked:
            if abs(s) < self.min_strength or s == 0:
                continue
            for low, pos, neg in _LEVELS:
                if abs(s) >= low:
                    sentences.append(
                        (pos if s > 0 else neg).format(x=f"{name} in answers")
                    )
                    break
        return " ".join(sentences) if sentences else _NO_PATTERN

    def _read_back(self, previous: str, names: list[str]) -> dict[str, float]:
        """Strengths a previous summary expresses, read with the lexical estimator."""
        from .estimator import LexicalEstimator

        keys = self.scorers.keys() if self.scorers is not None else names
        traits = [k if isinstance(k, Trait) else _as_trait(k) for k in keys]
        scores, _ = LexicalEstimator().scores(previous, traits)
        # "Above all ... wants" reads as 2.0, "prefers" 1.0, "slightly" 0.4
        return {
            t.name: float(np.clip(s / 2.0, -1.0, 1.0)) for t, s in zip(traits, scores)
        }


def _as_trait(name: str) -> Trait:
    from .trait import get_trait

    try:
        return get_trait(name)
    except ValidationError:
        # a custom trait named only by its scorer: its name is its only anchor
        return Trait(name, positive=(name,), negative=(f"less {name}",))


def _score(fn: Callable[[str], float], name: str, text: str) -> float:
    value = fn(text)
    if isinstance(value, bool) or not isinstance(
        value, (int, float, np.floating, np.integer)
    ):
        raise ValidationError(
            f"scorer for {name!r} must return a number; got {type(value).__name__} "
            f"{_short(repr(value))}."
        )
    if not math.isfinite(float(value)):
        raise ValidationError(
            f"scorer for {name!r} returned {value!r}; it must be finite."
        )
    return float(value)
