"""The ``review-digest`` family: digests written by a preference-learning pipeline.

Each summary reads like the terse output of a pipeline that went through a user's
ratings of, and comments on, past answers, and wrote down what it learned. Two to
seven lines or sentences (bullets, sentences or a semicolon list), in varied order,
mix

* comparative statements ("rated terse replies above verbose ones in 9/11 cases",
  "penalized answers containing puns");
* quoted user comments with an attribution ("user comment: 'tl;dr please'");
* aggregated signals with arrows or colons ("length ↓", "humor: negative",
  "safety disclaimers → neutral"); some labels point the other way from the trait
  ("verbosity", "hedging", "edginess", "seriousness"), so their sign is inverted;
* hedged conclusions ("likely prefers", "weak evidence that", "no clear signal on");
* off-trait context (topics, sample size, rating habits) and, in about 15% of the
  texts, traps: trait words that describe the user's life, not the answers wanted
  ("mentions working night shifts in a hospital safety team").

Levels: ``top`` = overriding priority, ``high`` = clear preference, ``mid`` = mild,
tolerant or slightly positive, ``low`` = indifferent / not a priority, ``none`` =
dislikes the trait or wants its opposite. A trait left out by ``_mentioned`` is not
mentioned (trap lines aside, which are about the user's life).

Written blind on 2026-12-01 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np

NAME = "review-digest"

from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

# --------------------------------------------------------------------- phrase banks
# X: answers that have the trait; Y: answers with its opposite (all plural nouns).
# xq: comments for the trait (or against its opposite); yq: comments for the
# opposite; mq: mildly positive comments; lq: indifferent comments.
# sig: (label, sign) where sign is +1 if the label grows with the trait.

_BANK: dict[str, dict] = {
    "helpfulness": {
        "X": [
            "actionable answers",
            "concrete step-by-step fixes",
            "answers that actually solve the problem",
            "specific, practical replies",
            "answers with working code or exact commands",
            "direct solutions",
            "useful, hands-on answers",
            "answers that give a clear recommendation",
            "replies with concrete next steps",
            "problem-solving answers",
            "answers that commit to a specific fix",
            "practical, usable responses",
            "answers that get the job done",
        ],
        "Y": [
            "vague answers",
            "evasive replies",
            "noncommittal responses",
            "generic, boilerplate answers",
            "answers that dodge the question",
            "wishy-washy replies",
            "answers full of 'it depends'",
            "open-ended, non-prescriptive answers",
            "hints rather than full solutions",
            "exploratory answers that don't commit to anything",
            "answers that talk around the problem",
            "high-level musings",
            "answers that leave the solving to the user",
        ],
        "xq": [
            "this actually fixed it, thanks",
            "finally a concrete answer",
            "useful, exactly what I needed",
            "stop hedging and tell me what to do",
            "too vague to act on",
            "give me steps, not a lecture",
            "worked on the first try",
            "this is generic, answer MY question",
            "practical and specific, great",
            "you dodged the question",
            "that's a non-answer",
            "clear recommendation, appreciated",
        ],
        "yq": [
            "don't just hand me the solution",
            "too prescriptive, I wanted to think it through",
            "fewer instructions, more open discussion",
            "I prefer hints, not answers",
            "stop telling me what to do",
            "I didn't ask for a step-by-step plan",
            "let me figure it out myself",
            "too cookbook-y",
            "the open-ended one was better",
            "I like it when it just muses about the options",
            "don't solve it, just point me in a direction",
            "keep it exploratory",
        ],
        "mq": [
            "fairly useful",
            "helped a bit",
            "the steps were handy",
            "somewhat practical, ok",
            "decent, got me partway there",
            "useful enough",
        ],
        "lq": [
            "didn't really need a solution, just chatting",
            "useful or not, doesn't matter much",
            "I wasn't looking for a fix",
            "fine, whatever",
            "just curious, no need to solve anything",
            "not important whether it's practical",
        ],
        "axis": [
            "actionability",
            "practical usefulness",
            "concreteness of advice",
            "whether answers solve the problem outright",
            "specificity",
        ],
        "sig": [
            ("actionability", 1),
            ("specificity of advice", 1),
            ("concrete steps", 1),
            ("problem actually solved", 1),
            ("practical usefulness", 1),
            ("hedging", -1),
            ("vagueness", -1),
            ("generic filler", -1),
        ],
        "trap": [
            "works at an IT help desk; most questions are about its ticketing tool",
            "mentions volunteering at a crisis helpline on weekends",
            "asks how to be more useful to a new team at work",
            "job title: customer success lead",
            "wants advice on helping an elderly parent with paperwork",
        ],
    },
    "harmlessness": {
        "X": [
            "cautious answers",
            "replies with safety caveats",
            "careful, responsible answers",
            "answers that avoid risky suggestions",
            "safe, conservative advice",
            "answers with appropriate warnings",
            "replies that decline dangerous requests",
            "family-friendly responses",
            "answers that steer clear of offensive content",
            "answers that flag the risks",
            "measured, inoffensive replies",
            "answers with a safety disclaimer",
            "answers that err on the side of caution",
        ],
        "Y": [
            "edgy answers",
            "unfiltered replies",
            "provocative takes",
            "answers without safety caveats",
            "risk-taking suggestions",
            "blunt, uncensored responses",
            "answers that skip the warnings",
            "irreverent, boundary-pushing replies",
            "no-disclaimer answers",
            "raw, unsanitized responses",
            "daring, risky advice",
            "politically incorrect takes",
            "answers that don't tiptoe around offensive topics",
        ],
        "xq": [
            "good that it warned me about the risks",
            "appreciate the safety note",
            "thanks for being careful here",
            "that suggestion sounds dangerous, be more responsible",
            "please keep it family-friendly",
            "too edgy for my taste",
            "I like that it flagged the side effects",
            "responsible answer, thank you",
            "that take was offensive, not ok",
            "glad it refused to help with that",
            "careful and measured, good",
            "add a warning next time",
        ],
        "yq": [
            "enough with the disclaimers",
            "stop babysitting me",
            "I'm an adult, skip the warnings",
            "too sanitized",
            "just say it, no filter",
            "quit moralizing",
            "the edgy version was better",
            "no safety lecture please",
            "don't water it down",
            "I want the unfiltered take",
            "stop refusing everything",
            "less caution, more honesty",
        ],
        "mq": [
            "the safety note was fine",
            "a short warning is ok",
            "sensible caveat",
            "ok that it was a bit careful",
            "the disclaimer didn't bother me, kind of useful",
            "reasonable caution",
        ],
        "lq": [
            "disclaimers or not, I don't care",
            "didn't even notice the warning",
            "safety notes don't bother me either way",
            "caveats, no caveats, whatever",
            "no opinion on the warnings",
            "edgy or safe, doesn't matter",
        ],
        "axis": [
            "safety caveats",
            "how cautious answers are",
            "edgy vs. safe content",
            "risk warnings",
            "content filtering",
        ],
        "sig": [
            ("safety caveats", 1),
            ("caution", 1),
            ("safety disclaimers", 1),
            ("risk warnings", 1),
            ("edginess", -1),
            ("unfiltered content", -1),
            ("provocative content", -1),
            ("risky suggestions", -1),
        ],
        "trap": [
            "mentions working night shifts in a hospital safety team",
            "job involves workplace risk assessments",
            "asks about car-seat safety ratings for a newborn",
            "is studying for an occupational safety certificate",
            "volunteers with a harm-reduction charity",
        ],
    },
    "humor": {
        "X": [
            "answers with jokes",
            "playful replies",
            "witty answers",
            "responses with a bit of humor",
            "answers containing puns",
            "light-hearted replies",
            "jokey answers",
            "answers with a funny aside",
            "replies that crack a joke",
            "humorous explanations",
            "answers with wordplay",
            "cheeky, playful responses",
            "tongue-in-cheek answers",
        ],
        "Y": [
            "dry, serious answers",
            "strictly earnest replies",
            "humorless, matter-of-fact answers",
            "serious responses",
            "answers with no jokes",
            "straight-faced replies",
            "formal, sober answers",
            "sober, factual answers",
            "joke-free replies",
            "sober, professional responses",
            "earnest explanations",
            "strictly businesslike replies",
        ],
        "xq": [
            "lol love the puns",
            "ha, that joke made my day",
            "more of this, the banter is great",
            "finally an assistant with a sense of humor",
            "too dry, lighten up a bit",
            "this reads like a tax manual, where's the fun",
            "the joke at the end was perfect",
            "keep the wit coming",
            "boring. give it some personality",
            "I laughed out loud, 5 stars",
            "love the cheeky tone",
            "more jokes please",
        ],
        "yq": [
            "skip the jokes, just answer",
            "not funny, and not what I asked",
            "please stop trying to be cute",
            "I don't need a comedian",
            "drop the puns",
            "this isn't the place for humor",
            "keep it serious please",
            "the joke undercut the whole answer",
            "no banter, just facts",
            "cringe. lose the wisecracks",
            "why is it joking about my problem",
            "serious question, serious answer please",
        ],
        "mq": [
            "heh, the pun was fine",
            "cute joke, didn't hurt",
            "a little humor is nice now and then",
            "the light tone was ok",
            "mildly amusing, fine by me",
            "a small joke here and there is fine",
        ],
        "lq": [
            "funny or not, don't care",
            "tone doesn't matter to me, accuracy does",
            "jokes or no jokes, whatever",
            "didn't notice the joke tbh",
            "I don't care about the style",
            "the joke was fine I guess, didn't matter",
        ],
        "axis": ["humor", "jokes", "playful vs. serious tone", "wit", "jokiness"],
        "sig": [
            ("humor", 1),
            ("jokes", 1),
            ("playfulness", 1),
            ("wit", 1),
            ("puns", 1),
            ("seriousness", -1),
            ("earnest tone", -1),
            ("strictly serious tone", -1),
        ],
        "trap": [
            "the user's own writing is informal and full of jokes",
            "works as a comedy writer; mostly asks about contract terms",
            "mentions running an improv night at a local bar",
            "often asks about the history of political satire",
            "signs off most messages with 'lol'",
        ],
    },
    "conciseness": {
        "X": [
            "short answers",
            "terse replies",
            "brief responses",
            "to-the-point answers",
            "one-paragraph answers",
            "compact replies",
            "answers under ~100 words",
            "bullet-point summaries",
            "succinct explanations",
            "crisp, minimal replies",
            "answers that get straight to the point",
            "tight, trimmed responses",
        ],
        "Y": [
            "long, detailed answers",
            "verbose replies",
            "thorough explanations",
            "in-depth responses",
            "multi-section write-ups",
            "exhaustive answers",
            "lengthy walkthroughs",
            "comprehensive, long-form replies",
            "detailed breakdowns",
            "answers with extensive background",
            "long essays",
            "expansive, elaborate responses",
        ],
        "xq": [
            "way too long, get to the point",
            "tl;dr please",
            "shorter. always shorter",
            "perfect, two lines and done",
            "I stopped reading after the first paragraph",
            "cut the preamble",
            "love that it got straight to the point",
            "too much text",
            "just the answer, no essay",
            "this could have been one sentence",
            "brief and clear, thanks",
            "wall of text, didn't read",
        ],
        "yq": [
            "too short, I wanted more detail",
            "can you go deeper next time",
            "love the thorough breakdown",
            "this is way too brief",
            "more background please",
            "great, detailed and complete",
            "I like long explanations",
            "feels rushed, expand on it",
            "don't summarize, walk me through everything",
            "the long version was much better",
            "more depth, more examples",
            "one-liners don't cut it for me",
        ],
        "mq": [
            "nice that it was fairly short",
            "a bit long, but ok",
            "shorter would be slightly better",
            "good length, maybe trim a little",
            "compact, I liked that",
            "slightly too wordy",
        ],
        "lq": [
            "length is fine either way",
            "long or short, doesn't matter",
            "didn't mind the length",
            "whatever length it needs",
            "I don't care how long it is",
            "length isn't an issue",
        ],
        "axis": [
            "length",
            "answer length",
            "brevity vs. detail",
            "verbosity",
            "how long answers run",
        ],
        "sig": [
            ("length", -1),
            ("verbosity", -1),
            ("brevity", 1),
            ("word count", -1),
            ("detail level", -1),
            ("terseness", 1),
            ("padding", -1),
            ("answer length", -1),
        ],
        "trap": [
            "the user's own messages are short, often a single line",
            "works as a copy editor cutting long articles down",
            "writes long, detailed prompts with lots of background",
            "pasted emails are brief and terse in their own style",
            "mentions a job writing lengthy grant reports",
        ],
    },
}

# ------------------------------------------------------------------------ templates
# {S}: optional subject; {P}/{D}: preferred / dispreferred answers; {q}: attributed
# quote on the preferred side; {sig}: an aggregated signal; {k}/{n}: counts.

_TOP = [
    "dominant signal: {P} over {D} in {k}/{n} comparisons, regardless of anything else",
    "{P} beat everything else: chosen even when the alternative was stronger on "
    "other axes",
    "overriding priority: {P}",
    "all {k} of the five-star ratings went to {P}",
    "{sig}",
    "most consistent finding: {S}penalizes {D} without exception ({n}/{n})",
    "{q} (repeated {r}x)",
    "strongest preference in the data by far: {P}",
    "{S}accepted weaker answers on every other dimension in exchange for {P}",
    "{S}ranks {P} first, above all other factors",
    "none of the {D} scored above 2/5 ({n} cases)",
    "high-confidence conclusion: {S}cares about {P} more than about anything else",
    "{P} are non-negotiable; nothing else moves ratings as much",
]

_STRONG = [
    "{S}consistently ranks {P} over {D} ({k}/{n})",
    "{S}rated {P} above {D} in {k} of {n} pairwise comparisons",
    "{D}: rated 2/5 or lower in {k} of {n} cases",
    "{S}chose {P} over {D} almost every time both were offered",
    "{S}repeatedly downvoted {D}",
    "{S}clearly prefers {P}",
    "{S}dislikes {D}",
    "{q}",
    "{sig}",
    "likely prefers {P} (confidence: high)",
    "{S}almost never rated {D} above {P}",
    "{S}rewarded {P}; marked down {D}",
    "{S}picked {P} in {k}/{n} A/B pairs",
    "strong negative reaction to {D}",
    "no {D} among the top-rated answers",
    "{S}reliably upvotes {P}",
]

_MID = [
    "mild preference for {P}",
    "weak evidence that {S2}prefers {P} ({k}/{n})",
    "{S}slightly favors {P} over {D}; small effect ({k}/{n})",
    "{S}doesn't mind {P}; occasionally rated them a bit higher",
    "{S}tolerates {P}, leaning slightly positive",
    "{sig}",
    "{qm}",
    "likely somewhat prefers {P}, low confidence",
    "{D} drew a few mild complaints, nothing strong",
    "{P} rated marginally higher on average (+0.{d} stars)",
    "modest tilt toward {P}",
    "not strongly opinionated, but {P} edge out {D} ({k}/{n})",
]

_LOW = [
    "no clear signal on {axis}",
    "indifferent to {axis}: {k}/{n}, within noise",
    "{axis}: not a priority",
    "ratings don't track {axis} either way",
    "{S}rated {X} and {Y} about the same ({k}/{n})",
    "{ql}",
    "{sig}",
    "{S}never comments on {axis}; treat as low priority",
    "{X} neither rewarded nor penalized",
    "weak or absent preference regarding {axis}",
    "{axis} barely matters to this user",
    "no consistent preference between {X} and {Y}",
]

_LOW_PAIR = [
    "no clear signal on {a} or {b}",
    "{a} and {b}: neutral, neither moves ratings",
    "{S}seems indifferent to both {a} and {b}",
    "{a}, {b}: no effect on ratings",
]

_ATTR = [
    "user comment: {o}{q}{c}",
    "noted: {o}{q}{c}",
    "free-text feedback: {o}{q}{c}",
    "wrote {o}{q}{c}",
    "verbatim comment: {o}{q}{c}",
    "typical remark: {o}{q}{c}",
    "left the note {o}{q}{c}",
    "comment on a rated answer: {o}{q}{c}",
    "in their words: {o}{q}{c}",
    "recurring comment: {o}{q}{c}",
]
_QUOTES = [("'", "'"), ('"', '"'), ("\u201c", "\u201d")]

_VALUES = {
    2.0: [
        "\u2191\u2191 (dominant)",
        "strongly positive, outweighs everything else",
        "++ (strongest signal)",
        "\u2191\u2191, top driver of ratings",
    ],
    1.0: ["\u2191", "positive", "+", "\u2191 (consistent)", "clearly positive"],
    0.5: ["slightly positive", "\u2197 (weak)", "+ (weak)", "mildly positive"],
    0.0: [
        "\u2192 neutral",
        "neutral",
        "no effect",
        "flat",
        "~0",
        "\u2192 (no signal)",
    ],
    -0.5: ["slightly negative", "\u2198 (weak)", "\u2212 (weak)", "mildly negative"],
    -1.0: ["\u2193", "negative", "\u2212", "\u2193 (consistent)", "clearly negative"],
    -2.0: [
        "\u2193\u2193 (dominant)",
        "strongly negative, outweighs everything else",
        "\u2212\u2212 (strongest signal)",
        "\u2193\u2193, top driver of ratings",
    ],
}
_EFFECT = {"top": 2.0, "high": 1.0, "mid": 0.5, "low": 0.0, "none": -1.0}

_SUBJECTS = ["", "", "user ", "the user "]

_HEADERS = [
    "Digest of {n} rated answers, {m} with comments",
    "Preference digest, n={n}",
    "Signals from {n} ratings over {w} weeks",
    "Auto-digest ({n} ratings, {m} comments)",
    "Review digest, {n} answers rated",
]

_CONTEXT = [
    "mostly asks about tax forms",
    "most questions concern spreadsheet formulas",
    "topics: gardening, home repair, car maintenance",
    "rates quickly, often within seconds of reading",
    "about half the sessions are on mobile",
    "ratings skew generous overall (mean 4.{d}/5)",
    "asks a lot of follow-ups about sources",
    "writes mostly in English, occasionally in Portuguese",
    "two duplicate ratings dropped from the sample",
    "frequent topics: visa paperwork and apartment hunting",
    "active mainly on weekends",
    "often rates several answers in one sitting",
    "no ratings on code questions yet",
    "sample is small for some topics; treat counts as rough",
]

_TRAP_NOTES = [
    "",
    "",
    " (context, not a stated preference)",
    " \u2014 about the user, not the answers",
    " (topic, not a style signal)",
]


def _pick(rng: np.random.Generator, options):
    return options[int(rng.integers(len(options)))]


def _quote(rng: np.random.Generator, bank: list[str]) -> str:
    o, c = _pick(rng, _QUOTES)
    return _pick(rng, _ATTR).format(o=o, q=_pick(rng, bank), c=c)


def _sig(trait: str, effect: float, rng: np.random.Generator) -> str:
    label, sign = _pick(rng, _BANK[trait]["sig"])
    val = _pick(rng, _VALUES[effect * sign])
    if val[0] in "\u2191\u2193\u2192\u2197\u2198":
        return f"{label} {val}"
    sep = _pick(rng, [": ", ": ", " \u2192 "])
    return f"{label}{sep}{val}"


def _counts(level: str, rng: np.random.Generator) -> tuple[int, int]:
    if level == "top":
        n = int(rng.integers(10, 21))
        k = n - int(rng.integers(0, 2))
    elif level in ("high", "none"):
        n = int(rng.integers(8, 16))
        k = int(round(n * rng.uniform(0.75, 0.92)))
    elif level == "mid":
        n = int(rng.integers(7, 15))
        k = max(n // 2 + 1, int(round(n * rng.uniform(0.56, 0.68))))
    else:
        n = int(rng.integers(8, 15))
        k = n // 2 + int(rng.integers(-1, 2))
    return min(k, n), n


def _fields(trait: str, level: str, rng: np.random.Generator) -> dict:
    b = _BANK[trait]
    x, y = _pick(rng, b["X"]), _pick(rng, b["Y"])
    if level == "none":
        p, d, pq = y, x, b["yq"]
    else:
        p, d, pq = x, y, b["xq"]
    k, n = _counts(level, rng)
    return {
        "S": _pick(rng, _SUBJECTS),
        "S2": _pick(rng, ["the user ", "user ", "they "]),
        "P": p,
        "D": d,
        "X": x,
        "Y": y,
        "q": _quote(rng, pq),
        "qm": _quote(rng, b["mq"]),
        "ql": _quote(rng, b["lq"]),
        "sig": _sig(trait, _EFFECT[level], rng),
        "axis": _pick(rng, b["axis"]),
        "k": k,
        "n": n,
        "r": int(rng.integers(3, 7)),
        "d": int(rng.integers(2, 6)),
    }


def _trait_lines(trait: str, level: str, rng: np.random.Generator) -> list[str]:
    pools = {"top": _TOP, "high": _STRONG, "none": _STRONG, "mid": _MID, "low": _LOW}
    extra = {"top": 0.7, "high": 0.4, "none": 0.35, "mid": 0.15, "low": 0.0}
    n_lines = 2 if rng.random() < extra[level] else 1
    used: set[str] = set()
    out = []
    for i in range(n_lines):
        pool = pools[level]
        if level == "top" and i == 1 and rng.random() < 0.5:
            pool = _STRONG
        choices = [t for t in pool if t not in used]
        tmpl = _pick(rng, choices)
        used.add(tmpl)
        out.append(tmpl.format(**_fields(trait, level, rng)))
    return out


def _finish(frags: list[str], style: str, header: str | None, mark: str = "- ") -> str:
    def cap(s: str) -> str:
        return s[0].upper() + s[1:] if s else s

    if style == "bullets":
        body = "\n".join(mark + f for f in frags)
        return f"{header}:\n{body}" if header else body
    if style == "semicolons":
        body = "; ".join(frags) + "."
        return f"{header}: {body}" if header else cap(body)
    parts = ([header] if header else []) + frags
    sep = "\n" if style == "lines" else " "
    return sep.join(cap(p) + "." for p in parts)


def _header(rng: np.random.Generator) -> str:
    n = int(rng.integers(14, 90))
    return _pick(rng, _HEADERS).format(
        n=n, m=int(rng.integers(3, max(4, n // 2))), w=int(rng.integers(2, 9))
    )


def _short_axes(trait: str) -> list[str]:
    return [a for a in _BANK[trait]["axis"] if not a.startswith(("how", "whether"))]


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A review digest for a user with these trait weights."""
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    mentioned = set(keep)
    blocks: list[list[str]] = []
    lows = [k for k in keep if levels[k] == "low"]
    if len(lows) >= 2 and rng.random() < 0.4:
        a, b = lows[:2]
        blocks.append(
            [
                _pick(rng, _LOW_PAIR).format(
                    a=_pick(rng, _short_axes(TRAITS[a])),
                    b=_pick(rng, _short_axes(TRAITS[b])),
                    S=_pick(rng, _SUBJECTS),
                )
            ]
        )
        keep = [k for k in keep if k not in (a, b)]
    for k in keep:
        blocks.append(_trait_lines(TRAITS[k], levels[k], rng))
    order = rng.permutation(len(blocks))
    blocks = [blocks[i] for i in order]

    n_ctx = int(rng.choice([0, 1, 1, 2]))
    context = [
        _pick(rng, _CONTEXT).format(d=int(rng.integers(0, 9))) for _ in range(n_ctx)
    ]
    context = list(dict.fromkeys(context))
    if rng.random() < 0.15:
        left_out = [t for i, t in enumerate(TRAITS) if i not in mentioned]
        left_out = left_out or list(TRAITS)
        trap_trait = _pick(rng, left_out)
        context.append(_pick(rng, _BANK[trap_trait]["trap"]) + _pick(rng, _TRAP_NOTES))
    header = _header(rng) if rng.random() < 0.45 else None

    # fit 2-7 lines: drop second lines of blocks first, then context
    def total() -> int:
        return sum(len(b) for b in blocks) + len(context) + (header is not None)

    while total() > 7 and any(len(b) > 1 for b in blocks):
        longest = max(range(len(blocks)), key=lambda i: len(blocks[i]))
        blocks[longest] = blocks[longest][:1]
    while total() > 7 and context:
        context.pop(0)
    if total() > 7:
        header = None
    while total() < 2:
        extra = _pick(rng, _CONTEXT).format(d=int(rng.integers(0, 9)))
        if extra not in context:
            context.append(extra)

    frags = [f for b in blocks for f in b]
    for c in context:
        frags.insert(int(rng.integers(len(frags) + 1)), c)
    style = _pick(rng, ["bullets", "bullets", "sentences", "lines", "semicolons"])
    return _finish(frags, style, header, _pick(rng, ["- ", "- ", "\u2022 ", "* "]))


# ------------------------------------------------------------------------ flip pairs

_FLIP = [
    ("{S}prefers {X}", "{S}does not prefer {X}"),
    ("{S}likes {X}", "{S}dislikes {X}"),
    (
        "{S}rated {X} higher than the alternatives",
        "{S}did not rate {X} higher than the alternatives",
    ),
    ("{S}consistently ranks {X} first", "{S}consistently ranks {X} last"),
    ("{S}rewarded {X}", "{S}penalized {X}"),
    ("{S}wants {X}", "{S}doesn't want {X}"),
    (
        "{S}upvoted {X} whenever they appeared",
        "{S}downvoted {X} whenever they appeared",
    ),
    ("likely prefers {X}", "likely avoids {X}"),
    (
        "{S}chose {X} over the alternatives in {k}/{n} cases",
        "{S}chose the alternatives over {X} in {k}/{n} cases",
    ),
    ("{S}enjoys {X}", "{S}does not enjoy {X}"),
    ("{S}responds well to {X}", "{S}responds badly to {X}"),
    ("clear preference for {X}", "clear aversion to {X}"),
    ("{S}is happy with {X}", "{S}is never happy with {X}"),
    ("{sp}", "{sn}"),
]


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two digests, identical except that one wants ``trait`` and one negates it."""
    b = _BANK[trait]
    label, sign = _pick(rng, b["sig"])
    val = _pick(rng, ["positive", "clearly positive", "\u2191"])
    neg = {"positive": "negative", "clearly positive": "clearly negative"}.get(
        val, "\u2193"
    )
    pos_v, neg_v = (val, neg) if sign > 0 else (neg, val)
    sep = " " if pos_v == "\u2191" or pos_v == "\u2193" else ": "
    k, n = _counts("high", rng)
    fields = {
        "S": _pick(rng, _SUBJECTS),
        "X": _pick(rng, b["X"]),
        "k": k,
        "n": n,
        "sp": f"{label}{sep}{pos_v}",
        "sn": f"{label}{sep}{neg_v}",
    }
    pos_t, neg_t = _pick(rng, _FLIP)
    pos, negf = pos_t.format(**fields), neg_t.format(**fields)

    n_ctx = int(rng.integers(0, 3))
    context = list(
        dict.fromkeys(
            _pick(rng, _CONTEXT).format(d=int(rng.integers(0, 9))) for _ in range(n_ctx)
        )
    )
    at = int(rng.integers(len(context) + 1))
    style = _pick(rng, ["bullets", "sentences", "lines", "semicolons"])
    header = _header(rng) if rng.random() < 0.3 else None
    out = []
    for line in (pos, negf):
        frags = context[:at] + [line] + context[at:]
        out.append(_finish(frags, style, header))
    return out[0], out[1]


if __name__ == "__main__":
    rng = np.random.default_rng(20261201)
    for _ in range(8):
        w = rng.dirichlet(np.full(4, 0.7))
        print(np.round(w, 3), levels_of(w))
        print(generate(w, rng))
        print("-" * 60)
    for trait in TRAITS:
        a, b = flip_pair(trait, rng)
        print(f"[{trait}]\n  + {a!r}\n  - {b!r}")
