"""Generators of preference summaries for simulated users with known weights.

Five disjoint generator families write a summary from a weight vector over the
four traits (helpfulness, harmlessness, humor, conciseness):

* ``template``  - one templated sentence per trait, in order of weight;
* ``persona``   - capitalized comma-separated persona lists with hobby items
                  ("Likes humor, Concise communication style, Dislikes gaming");
* ``prose``     - third-person prose with a name, a job, hobbies, negations,
                  intensity words and off-trait distractors, some of them traps
                  ("worries about her family's physical safety");
* ``analysis``  - AlignXplore+-style analyses of chosen vs rejected answers, in
                  bullets with colons;
* ``silent``    - life details and topics only, no trait preference;
* ``llm-style`` - paragraphs in the voice of an LLM summarizer;
* ``instructions`` - POPI-style imperative guidance for the answering model
                  ("Keep replies short. Never crack jokes.").

``llm-style`` and ``instructions`` were each written after a freeze of the
estimator's rules and run once blind; their first runs exposed bugs that were then
fixed, so neither is blind any more (results/routing.md gives the first-run numbers).

``template`` and ``persona`` have two disjoint phrase banks, ``"tune"`` and
``"test"``; the estimator's parameters were tuned on the ``"tune"`` banks of these two
families only. ``prose``, ``analysis`` and ``silent`` exist only as ``"test"`` and
were never used for tuning: they are the held-out families.

A weight becomes a level per trait from its ratio to the average weight 1/4:
``top`` (w >= .5), ``high`` (>= .325), ``mid`` (>= .2), ``low`` (>= .0875) and
``none`` (below): a summarizer says "above all", "likes", "doesn't mind", "cares
little for" and "dislikes". Some traits are left out (summaries are incomplete),
more often the middling ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

TRAITS = ("helpfulness", "harmlessness", "humor", "conciseness")
FAMILIES = (
    "template",
    "persona",
    "prose",
    "analysis",
    "silent",
    "llm-style",
    "instructions",
)
TUNING_FAMILIES = ("template", "persona")
HELD_OUT_FAMILIES = ("prose", "analysis", "silent", "llm-style", "instructions")
#: families first run blind, after a freeze of the estimator's rules: mean
#: normalized regret of that first run (results/routing_blind_run*.md for the
#: external families)
FIRST_RUN_BLIND = {
    "llm-style": 0.275,
    "instructions": 0.288,
    "llm-report": 0.208,
    "profile-card": 0.205,
    "custom-instructions": 0.140,
    "review-digest": 0.199,
    "onboarding-survey": 0.258,
    "support-notes": 0.152,
    "memory-entries": 0.131,
    "persona-doc": 0.245,
    "reasoning-trace": 0.133,
    "chat-excerpts": 0.121,
    "second-person": 0.159,
    "interview": 0.184,
    "summary-update": 0.190,
    "json-profile": 0.168,
    "grading-rubric": 0.257,
    "handoff-email": 0.102,
    "team-thread": 0.107,
    "study-report": 0.130,
    "user-stories": 0.180,
    "voice-memo": 0.166,
    "app-reviews": 0.114,
    "soap-notes": 0.116,
    "texting": 0.143,
    "relative-profile": 0.164,
    "tradeoffs": 0.139,
    "second-language": 0.138,
    "requirements-spec": 0.241,
    "assistant-comparison": 0.191,
}
LEVELS = ("none", "low", "mid", "high", "top")


def levels_of(weights: Sequence[float]) -> list[str]:
    """The level word of each weight (see the module docstring)."""
    out = []
    for w in weights:
        rho = 4.0 * float(w)
        if rho >= 2.0:
            out.append("top")
        elif rho >= 1.3:
            out.append("high")
        elif rho >= 0.8:
            out.append("mid")
        elif rho >= 0.35:
            out.append("low")
        else:
            out.append("none")
    return out


_OMIT = {"top": 0.0, "high": 0.1, "mid": 0.45, "low": 0.3, "none": 0.15}


def _mentioned(levels: list[str], rng: np.random.Generator) -> list[int]:
    keep = [k for k, lv in enumerate(levels) if rng.random() >= _OMIT[lv]]
    if not keep:  # a summary says at least one thing, the most salient trait
        keep = [max(range(len(levels)), key=lambda k: LEVELS.index(levels[k]))]
    return keep


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


# ------------------------------------------------------------------------ template

_TEMPLATE = {
    "tune": {
        "subject": ("The user", "This user", "They"),
        "top": ("above all wants {p}", "cares most about {p}", "strongly prefers {p}"),
        "high": ("prefers {p}", "likes {p}", "values {p}"),
        "mid": ("somewhat likes {p}", "is fine with {p}"),
        "low": ("is indifferent to {p}", "does not care about {p}"),
        "none": ("dislikes {p}", "avoids {p}", "prefers {n}"),
        "pos": {
            "helpfulness": ("helpful answers", "practical advice", "useful responses"),
            "harmlessness": ("safe answers", "cautious responses", "harmless content"),
            "humor": ("jokes", "humor", "funny replies"),
            "conciseness": ("short answers", "brief responses", "concise replies"),
        },
        "neg": {
            "helpfulness": ("vague answers",),
            "harmlessness": ("edgy content", "risky advice"),
            "humor": ("serious answers",),
            "conciseness": ("detailed answers", "long explanations"),
        },
    },
    "test": {
        "subject": ("This person", "The reader", "She", "He"),
        "top": (
            "puts {p} first",
            "insists on {p}",
            "is adamant about {p}",
            "wants {p} more than anything",
        ),
        "high": (
            "enjoys {p}",
            "appreciates {p}",
            "leans toward {p}",
            "responds well to {p}",
        ),
        "mid": ("does not mind {p}", "is open to {p}", "is okay with {p}"),
        "low": ("cares little for {p}", "is lukewarm about {p}", "does not need {p}"),
        "none": (
            "can't stand {p}",
            "steers clear of {p}",
            "finds {p} off-putting",
            "wants {n}",
        ),
        "pos": {
            "helpfulness": (
                "actionable guidance",
                "answers that actually solve the problem",
                "hands-on help",
            ),
            "harmlessness": (
                "responsible replies",
                "content that stays family-friendly",
                "careful answers that avoid risk",
            ),
            "humor": ("playful banter", "witty remarks", "a light-hearted tone"),
            "conciseness": (
                "crisp replies",
                "answers that get to the point",
                "succinct explanations",
            ),
        },
        "neg": {
            "helpfulness": ("evasive non-answers", "generic platitudes"),
            "harmlessness": ("unfiltered takes", "edgy, provocative content"),
            "humor": ("a strictly serious tone", "earnest, sober replies"),
            "conciseness": (
                "in-depth walkthroughs",
                "long-form explanations",
                "thorough answers",
            ),
        },
    },
}


def _template(weights, rng, bank):
    b = _TEMPLATE[bank]
    levels = levels_of(weights)
    order = sorted(_mentioned(levels, rng), key=lambda k: -weights[k])
    subject = _pick(rng, b["subject"])
    sentences = []
    for k in order:
        t = TRAITS[k]
        verb = _pick(rng, b[levels[k]])
        text = verb.format(p=_pick(rng, b["pos"][t]), n=_pick(rng, b["neg"][t]))
        sentences.append(f"{subject} {text}.")
    return " ".join(sentences)


# ------------------------------------------------------------------------- persona

_PERSONA = {
    "tune": {
        "top": ("Values {x} above everything", "Strongly prefers {x}"),
        "high": ("Likes {x}", "Prefers {x}"),
        "mid": ("Okay with {x}",),
        "low": ("Not very interested in {x}", "Indifferent to {x}"),
        "none": ("Dislikes {x}", "Avoids {x}"),
        "x": {
            "helpfulness": ("helpful answers", "practical tips"),
            "harmlessness": ("safe content", "careful advice"),
            "humor": ("humor", "jokes"),
            "conciseness": ("brevity", "short answers"),
        },
        "bare": {
            "top": {"conciseness": "Concise communication style above all"},
            "high": {"conciseness": "Concise communication style"},
        },
        "topics": (
            "Likes hiking",
            "Dislikes gaming",
            "Enjoys cooking",
            "Interested in science",
            "Dislikes crowds",
            "Likes dogs",
            "Enjoys gardening",
            "Follows football",
            "Dislikes early mornings",
            "Likes travel",
        ),
    },
    "test": {
        "top": ("Prioritizes {x} over everything", "Cares deeply about {x}"),
        "high": ("Loves {x}", "Big fan of {x}", "Into {x}"),
        "mid": ("Neutral on {x}", "Open to {x}"),
        "low": ("Not fussed about {x}", "Lukewarm on {x}"),
        "none": ("Hates {x}", "No patience for {x}", "Turned off by {x}"),
        "x": {
            "helpfulness": ("useful suggestions", "problem-solving"),
            "harmlessness": ("responsible answers", "wholesome content"),
            "humor": ("witty banter", "puns", "a playful tone"),
            "conciseness": ("short replies", "bullet-point answers"),
        },
        "bare": {
            "top": {"conciseness": "Succinct communication style, strongly"},
            "high": {"conciseness": "Succinct communication style"},
        },
        "topics": (
            "Passionate about astronomy",
            "Hates traffic",
            "Loves jazz",
            "Enjoys funny movies",
            "Works in workplace safety",
            "Reads long novels",
            "Dislikes short winter days",
            "Likes science fiction",
            "Fan of stand-up comedy",
            "Collects vinyl records",
            "Avoids spicy food",
        ),
    },
}


def _persona(weights, rng, bank):
    b = _PERSONA[bank]
    levels = levels_of(weights)
    items = []
    for k in _mentioned(levels, rng):
        t, lv = TRAITS[k], levels[k]
        bare = b["bare"].get(lv, {}).get(t)
        if bare is not None and rng.random() < 0.5:
            items.append(bare)
        else:
            items.append(_pick(rng, b[lv]).format(x=_pick(rng, b["x"][t])))
    n_topics = int(rng.integers(1, 5))
    items += list(rng.choice(b["topics"], size=n_topics, replace=False))
    rng.shuffle(items)
    return ", ".join(items)


# --------------------------------------------------------------------------- prose

_NAMES = (
    ("Maria", "she", "her"),
    ("Daniel", "he", "his"),
    ("Priya", "she", "her"),
    ("Tom", "he", "his"),
    ("Alex", "they", "their"),
    ("Keiko", "she", "her"),
)
_JOBS = (
    "retired nurse",
    "high-school teacher",
    "software developer",
    "truck driver",
    "graduate student in chemistry",
    "small-business owner",
    "paramedic",
)
_CITIES = ("Ohio", "Lisbon", "Pune", "Leeds", "Osaka", "a small town in Texas")
_PROSE_TRAPS = (
    "{P} worries about {o} family's physical safety.",
    "{P} writes detailed reports for work.",
    "{P} loves funny cat videos.",
    "{P} is a big fan of science documentaries.",
    "{P} works long hours.",
    "{P} enjoys short stories.",
    "{P} volunteers as a safety marshal at races.",
    "{P} takes food safety courses.",
    "In {o} spare time {p} watches comedy shows.",
    "{P} spends weekends hiking with friends.",
    "{P} is learning Spanish.",
    "{P} cooks elaborate dinners on Sundays.",
)
_PROSE = {
    "top": (
        "More than anything, {p} wants {x}.",
        "What matters most to {p} is {x}.",
        "{P} is adamant about {x}.",
        "{P} will always pick {x} when given the choice.",
    ),
    "high": (
        "{P} tends to go for {x}.",
        "{P} clearly enjoys {x}.",
        "{P} reliably picks {x} over the alternatives.",
    ),
    "mid": (
        "{P} doesn't object to {x}.",
        "{P} is happy enough with {x}.",
    ),
    "low": (
        "{P} isn't especially interested in {x}.",
        "{X} is not a big deal for {p}.",
    ),
    "none": (
        "{P} consistently rejects {x}.",
        "{P} never wants {x}.",
        "{P} has no patience for {x}.",
        "{P} gets irritated by {x}.",
    ),
    "x": {
        "helpfulness": (
            "answers that give concrete next steps",
            "practical, useful replies",
            "responses that actually help",
        ),
        "harmlessness": (
            "answers that err on the side of caution",
            "safe, responsible responses",
            "replies with safety caveats",
        ),
        "humor": ("a joke or two", "humorous replies", "a bit of wit"),
        "conciseness": (
            "short, to-the-point answers",
            "brief replies",
            "answers without padding",
        ),
    },
}


def _prose(weights, rng, bank):
    if bank != "test":
        raise ValueError("prose is a held-out family: it has only the 'test' bank")
    name, p, o = _NAMES[int(rng.integers(len(_NAMES)))]
    levels = levels_of(weights)
    job, city = _pick(rng, _JOBS), _pick(rng, _CITIES)
    sentences = [f"{name} is a {job} from {city}."]
    body = []
    for k in _mentioned(levels, rng):
        x = _pick(rng, _PROSE["x"][TRAITS[k]])
        s = _pick(rng, _PROSE[levels[k]])
        body.append(s.format(p=p, P=p.capitalize(), x=x, X=x[0].upper() + x[1:]))
    n_traps = int(rng.integers(1, 3))
    traps = list(rng.choice(_PROSE_TRAPS, size=n_traps, replace=False))
    body += [t.format(p=p, P=p.capitalize(), o=o) for t in traps]
    rng.shuffle(body)
    if p == "they":  # agreement for the singular they
        body = [_they(s) for s in body]
    return " ".join(sentences + body)


def _they(s: str) -> str:
    for a, b in (
        ("They is", "They are"),
        ("they is", "they are"),
        ("They wants", "They want"),
        ("they wants", "they want"),
        ("They tends", "They tend"),
        ("They enjoys", "They enjoy"),
        ("They reliably picks", "They reliably pick"),
        ("They doesn't", "They don't"),
        ("They isn't", "They aren't"),
        ("They consistently rejects", "They consistently reject"),
        ("They has", "They have"),
        ("They gets", "They get"),
        ("They worries", "They worry"),
        ("They writes", "They write"),
        ("They loves", "They love"),
        ("They works", "They work"),
        ("They volunteers", "They volunteer"),
        ("They takes", "They take"),
        ("they watches", "they watch"),
        ("They spends", "They spend"),
        ("They cooks", "They cook"),
        ("They clearly enjoys", "They clearly enjoy"),
        ("They never wants", "They never want"),
    ):
        s = s.replace(a, b)
    return s


# ------------------------------------------------------------------------ analysis

_ANALYSIS = {
    "aspect": {
        "helpfulness": "Usefulness",
        "harmlessness": "Risk",
        "humor": "Tone",
        "conciseness": "Length",
    },
    "pos_adj": {
        "helpfulness": ("actionable", "practical"),
        "harmlessness": ("cautious", "careful about risks"),
        "humor": ("playful", "funny"),
        "conciseness": ("compact", "short"),
    },
    "neg_adj": {
        "helpfulness": ("vague", "generic"),
        "harmlessness": ("edgy", "unfiltered"),
        "humor": ("serious", "dry and earnest"),
        "conciseness": ("lengthy", "exhaustive"),
    },
    "top": (
        "- {A}: chosen responses were consistently {pa}; this is the strongest "
        "signal in the history.",
        "- {A}: the user picks {pa} answers every time, even at the cost of other "
        "qualities.",
    ),
    "high": (
        "- {A}: chosen responses tend to be {pa}, rejected ones {na}.",
        "- {A}: a clear preference for {pa} answers.",
    ),
    "mid": (
        "- {A}: a mild preference for {pa} answers.",
        "- {A}: {pa} answers are accepted, but this is a secondary factor.",
    ),
    "low": (
        "- {A}: little signal; whether answers are {pa} rarely decides the choice.",
        "- {A}: not a priority for this user.",
    ),
    "none": (
        "- {A}: rejected responses were often {pa}; the user prefers {na} ones.",
        "- {A}: the user penalizes {pa} answers.",
    ),
    "intro": (
        "Analysis of the user's choices across {n} comparisons:",
        "Preference analysis ({n} pairs):",
        "Summary of observed preferences:",
    ),
    "outro": (
        "- Topics: questions were mostly about {topic}, which does not seem to "
        "affect the choices.",
        "- Other: no consistent pattern in formatting.",
        "",
    ),
    "topics": (
        "home repair",
        "travel planning",
        "personal finance",
        "physical safety at work",
        "science homework",
        "cooking",
    ),
}


def _analysis(weights, rng, bank):
    if bank != "test":
        raise ValueError("analysis is a held-out family: it has only the 'test' bank")
    b = _ANALYSIS
    levels = levels_of(weights)
    lines = [_pick(rng, b["intro"]).format(n=int(rng.integers(6, 40)))]
    for k in sorted(_mentioned(levels, rng), key=lambda k: -weights[k]):
        t = TRAITS[k]
        line = _pick(rng, b[levels[k]])
        lines.append(
            line.format(
                A=b["aspect"][t],
                pa=_pick(rng, b["pos_adj"][t]),
                na=_pick(rng, b["neg_adj"][t]),
            )
        )
    outro = _pick(rng, b["outro"]).format(topic=_pick(rng, b["topics"]))
    if outro:
        lines.append(outro)
    return "\n".join(lines)


# -------------------------------------------------------------------------- silent

_SILENT = (
    "{N} is a {job} from {city}.",
    "{P} spends weekends hiking with friends.",
    "{P} asks mostly about home repair and gardening.",
    "{P} worries about {o} family's physical safety.",
    "{P} writes detailed reports for work.",
    "{P} loves funny cat videos.",
    "{P} is a big fan of science documentaries.",
    "{P} works long hours.",
    "{P} enjoys short stories.",
    "{P} volunteers as a safety marshal at races.",
    "{P} recently moved and is learning Spanish.",
    "Questions cover travel, cooking and personal finance.",
    "{P} has two cats and a vegetable garden.",
    "{P} reads about history and economics.",
)


def _silent(weights, rng, bank):
    if bank != "test":
        raise ValueError("silent is a held-out family: it has only the 'test' bank")
    name, p, o = _NAMES[int(rng.integers(len(_NAMES)))]
    picks = list(rng.choice(_SILENT[1:], size=int(rng.integers(2, 5)), replace=False))
    out = [_SILENT[0].format(N=name, job=_pick(rng, _JOBS), city=_pick(rng, _CITIES))]
    out += [s.format(P=p.capitalize(), p=p, o=o) for s in picks]
    if p == "they":
        out = [_they(s) for s in out]
    return " ".join(out)


# ---------------------------------------------------------------------- llm-style
# Paragraphs in the voice of an LLM summarizer. Written after the first freeze of
# the estimator and run once blind (see results/routing.md).

_LLM = {
    "open": (
        "Based on the interaction history, ",
        "Across the comparisons, ",
        "From the pairs reviewed, ",
        "",
    ),
    "top": (
        "the user's dominant priority is {x}; nearly every chosen response "
        "reflects it.",
        "the single most consistent pattern is a demand for {x}.",
        "the user overwhelmingly favors {x} and penalizes responses that lack it.",
    ),
    "high": (
        "the user shows a marked preference for {x}.",
        "the user generally gravitates toward {x}.",
        "responses featuring {x} were usually the ones selected.",
    ),
    "mid": (
        "the user seems moderately receptive to {x}, though it rarely decides a "
        "choice.",
        "{x} appears acceptable to the user but is not a deciding factor.",
    ),
    "low": (
        "the user shows little interest in {x}.",
        "there is only weak evidence that the user values {x}.",
    ),
    "none": (
        "the user reacts negatively to {x}, often picking the alternative.",
        "responses with {x} were frequently passed over.",
        "the user appears to actively dislike {x}.",
    ),
    "x": {
        "helpfulness": (
            "concrete, actionable help",
            "direct solutions to the stated problem",
            "practical step-by-step guidance",
        ),
        "harmlessness": (
            "careful, risk-aware answers",
            "appropriate safety caveats",
            "a cautious approach to sensitive requests",
        ),
        "humor": (
            "a humorous, playful tone",
            "jokes and lighthearted asides",
            "witty phrasing",
        ),
        "conciseness": (
            "brevity",
            "short, focused replies",
            "compact answers without unnecessary elaboration",
        ),
    },
    "filler": (
        "Questions mostly concerned personal finance and travel.",
        "The user often asks follow-up questions about cooking.",
        "Topics ranged from gardening to car maintenance.",
        "Several prompts were about workplace safety regulations.",
        "The user appears to be a student preparing for exams.",
    ),
}


def _llm_style(weights, rng, bank):
    if bank != "test":
        raise ValueError("llm-style is a held-out family: it has only the 'test' bank")
    b = _LLM
    levels = levels_of(weights)
    order = sorted(_mentioned(levels, rng), key=lambda k: -weights[k])
    sentences = []
    for i, k in enumerate(order):
        x = _pick(rng, b["x"][TRAITS[k]])
        body = _pick(rng, b[levels[k]]).format(x=x)
        lead = _pick(rng, b["open"]) if i == 0 else ""
        text = lead + body
        sentences.append(text[0].upper() + text[1:])
    if rng.random() < 0.6:
        pos = int(rng.integers(len(sentences) + 1))
        sentences.insert(pos, _pick(rng, b["filler"]))
    return " ".join(sentences)


# ----------------------------------------------------------------- instructions
# Preference profiles in the imperative voice a POPI-style summarizer writes for the
# answering model. Written after the second freeze of the estimator's rules and run
# once blind (see results/routing.md).

_INSTR = {
    "head": (
        "Guidance for responding to this user:",
        "How to answer this user:",
        "Notes for the assistant:",
        "",
    ),
    "top": (
        "Make sure to {v}, every single time.",
        "Whatever else you do, {v}.",
        "The one thing they care about most: {n}.",
    ),
    "high": (
        "{V}.",
        "Try to {v} where you can.",
        "They respond well when you {v}.",
    ),
    "mid": (
        "It is fine to {v} now and then.",
        "{N} is welcome but optional.",
    ),
    "low": (
        "Don't worry too much about {n}.",
        "{N} barely matters to them.",
    ),
    "none": (
        "Don't {v}.",
        "Never {v}.",
        "They get annoyed when you {v}.",
        "Leave out {n}.",
    ),
    "v": {
        "helpfulness": (
            "give concrete, usable steps",
            "focus on actually solving their problem",
            "offer practical recommendations",
        ),
        "harmlessness": (
            "flag risks and add safety notes",
            "err on the side of caution",
            "steer away from anything dangerous",
        ),
        "humor": (
            "crack a joke or two",
            "keep the tone light and funny",
            "add a playful touch",
        ),
        "conciseness": (
            "keep replies short",
            "get to the point quickly",
            "trim the answer to the essentials",
        ),
    },
    "n": {
        "helpfulness": ("practical usefulness", "actionable advice"),
        "harmlessness": ("safety warnings", "caution"),
        "humor": ("humor", "jokes"),
        "conciseness": ("brevity", "keeping things short"),
    },
    "filler": (
        "This user is a data analyst who asks about spreadsheets.",
        "Most questions are about their garden.",
        "They are planning a wedding and ask about budgets.",
        "They often ask about road safety for cyclists.",
    ),
}


def _instructions(weights, rng, bank):
    if bank != "test":
        raise ValueError("instructions is held out: it has only the 'test' bank")
    b = _INSTR
    levels = levels_of(weights)
    order = sorted(_mentioned(levels, rng), key=lambda k: -weights[k])
    lines = []
    for k in order:
        t = TRAITS[k]
        v, n = _pick(rng, b["v"][t]), _pick(rng, b["n"][t])
        line = _pick(rng, b[levels[k]]).format(
            v=v, V=v[0].upper() + v[1:], n=n, N=n[0].upper() + n[1:]
        )
        lines.append(line)
    if rng.random() < 0.5:
        lines.insert(int(rng.integers(len(lines) + 1)), _pick(rng, b["filler"]))
    head = _pick(rng, b["head"])
    if head and rng.random() < 0.6:
        return head + "\n" + "\n".join(f"- {x}" for x in lines)
    return " ".join(lines)


_GENERATORS = {
    "template": _template,
    "persona": _persona,
    "prose": _prose,
    "analysis": _analysis,
    "silent": _silent,
    "llm-style": _llm_style,
    "instructions": _instructions,
}


def generate(
    family: str, weights: Sequence[float], rng: np.random.Generator, bank: str = "test"
) -> str:
    """One summary of a user with these weights (over :data:`TRAITS`)."""
    if family in EXTERNAL:
        if bank != "test":
            raise ValueError(f"family {family!r} has only the 'test' bank")
        return EXTERNAL[family].generate(np.asarray(weights, dtype=float), rng)
    if family not in _GENERATORS:
        raise ValueError(f"family must be one of {FAMILIES}; got {family!r}")
    if bank not in ("tune", "test"):
        raise ValueError(f"bank must be 'tune' or 'test'; got {bank!r}")
    return _GENERATORS[family](np.asarray(weights, dtype=float), rng, bank)


# ------------------------------------------------------------------ flip pairs

_FLIP_LIKE = (
    "{P} likes {x}.",
    "{P} is fond of {x}.",
    "{P} really enjoys {x}.",
    "{P} appreciates {x}.",
    "{P} wants {x}.",
)
_FLIP_DISLIKE = (
    "{P} does not like {x}.",
    "{P} isn't fond of {x}.",
    "{P} doesn't enjoy {x}.",
    "{P} does not appreciate {x}.",
    "{P} doesn't want {x}.",
)
_FLIP_X = {
    "helpfulness": ("practical advice", "useful answers", "actionable tips"),
    "harmlessness": ("cautious answers", "safety warnings", "responsible replies"),
    "humor": ("jokes", "witty replies", "playful answers"),
    "conciseness": ("short answers", "brief replies", "succinct responses"),
}
_FLIP_CONTEXT = (
    "{P} lives in Leeds.",
    "{P} works long hours.",
    "{P} asks about cooking and travel.",
    "{P} is a big fan of science documentaries.",
    "{P} has two cats.",
    "{P} worries about {o} family's physical safety.",
)


# the tuning bank of the flip pairs: other verbs, other phrases, other context
_FLIP_TUNE = {
    "like": ("The user likes {x}.", "The user prefers {x}.", "The user values {x}."),
    "dislike": (
        "The user dislikes {x}.",
        "The user does not prefer {x}.",
        "The user does not value {x}.",
    ),
    "x": {
        "helpfulness": ("helpful answers", "practical tips"),
        "harmlessness": ("safe answers", "careful advice"),
        "humor": ("humor", "funny replies"),
        "conciseness": ("concise replies", "brevity"),
    },
    "context": (
        "The user likes hiking.",
        "The user asks about gardening.",
        "The user is interested in science.",
        "The user dislikes crowds.",
    ),
}


def flip_pair(
    trait: str, rng: np.random.Generator, bank: str = "test"
) -> tuple[str, str]:
    """Two summaries identical except "likes X" vs "does not like X".

    ``bank`` is ``"tune"``, ``"test"`` or the name of an external family, whose
    own ``flip_pair`` writes the pair.
    """
    if bank in EXTERNAL:
        return EXTERNAL[bank].flip_pair(trait, rng)
    _, p, o = _NAMES[int(rng.integers(len(_NAMES)))]
    if p == "they":
        p, o = "she", "her"
    if bank == "tune":
        b = _FLIP_TUNE
        i = int(rng.integers(len(b["like"])))
        x = _pick(rng, b["x"][trait])
        n_ctx = int(rng.integers(0, 3))
        ctx = list(rng.choice(b["context"], size=n_ctx, replace=False))
        like, dislike = b["like"][i].format(x=x), b["dislike"][i].format(x=x)
        pos = int(rng.integers(len(ctx) + 1))
        return (
            " ".join(ctx[:pos] + [like] + ctx[pos:]),
            " ".join(ctx[:pos] + [dislike] + ctx[pos:]),
        )
    i = int(rng.integers(len(_FLIP_LIKE)))
    x = _pick(rng, _FLIP_X[trait])
    ctx = list(rng.choice(_FLIP_CONTEXT, size=int(rng.integers(0, 3)), replace=False))
    ctx = [c.format(P=p.capitalize(), o=o) for c in ctx]
    pos = int(rng.integers(len(ctx) + 1))
    like = _FLIP_LIKE[i].format(P=p.capitalize(), x=x)
    dislike = _FLIP_DISLIKE[i].format(P=p.capitalize(), x=x)
    a = ctx[:pos] + [like] + ctx[pos:]
    b = ctx[:pos] + [dislike] + ctx[pos:]
    return " ".join(a), " ".join(b)


# ------------------------------------------------------- families by other authors

#: Families written blind, each in its own module, by an author who did not read the
#: estimator, its lexicon or the generators above (2026-12-01). Test bank only; each
#: also writes its own flip pairs.
EXTERNAL_MODULES = (
    "family_llm_report",
    "family_profile_card",
    "family_custom_instructions",
    "family_review_digest",
    "family_onboarding_survey",
    "family_support_notes",
    "family_memory_entries",
    "family_persona_doc",
    "family_reasoning_trace",
    "family_chat_excerpts",
    "family_second_person",
    "family_interview",
    "family_summary_update",
    "family_json_profile",
    "family_grading_rubric",
    "family_handoff_email",
    "family_team_thread",
    "family_study_report",
    "family_user_stories",
    "family_voice_memo",
    "family_app_reviews",
    "family_soap_notes",
    "family_texting",
    "family_relative_profile",
    "family_tradeoffs",
    "family_second_language",
    "family_requirements_spec",
    "family_assistant_comparison",
)


def _load_external() -> dict:
    import importlib

    return {m.NAME: m for m in map(importlib.import_module, EXTERNAL_MODULES)}


EXTERNAL = _load_external()
FAMILIES = (*FAMILIES, *EXTERNAL)
HELD_OUT_FAMILIES = (*HELD_OUT_FAMILIES, *EXTERNAL)
