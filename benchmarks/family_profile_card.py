"""Blind ``profile-card`` family: structured preference profiles.

Style: preference profiles as a personalization system or a summarizer LLM might
store them, mixing several formats at random inside one text:

* markdown-ish key/value cards ("**Tone:** playful", "Answer length - short (a
  must)", "Risk tolerance: high", "Humor: not wanted");
* second-person notes to the user or about the user ("You prefer ...", "Keep in
  mind: the user can't stand ...");
* Do / Don't lists ("Do: keep it short", "Never: crack jokes", "Avoid: profanity");
* short tag lines ("Preferences: brevity (strong), jokes (no)", "Likes: wit");
* ranked lists ("Priorities: 1. Short answers 2. Concrete solutions").

Each mentioned trait is written once, at its level (``top`` = overriding priority,
``high`` = clear preference, ``mid`` = mild / tolerant, ``low`` = indifferent,
``none`` = dislikes it or wants its opposite pole). Off-trait fields (occupation,
interests, location, devices, ...) surround the preferences; in about 15% of the
texts one of them is a trap, a trait word describing the user's life ("Occupation:
safety inspector") that says nothing about the answers they want.

This family was written blind, on 2026-12-01, by a separate author who did not read
the estimator, its lexicon or the benchmark results; only ``levels_of``,
``_mentioned``, ``TRAITS`` and ``LEVELS`` of ``summary_families`` were read.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# set before importing summary_families, which imports this module in turn
NAME = "profile-card"

from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

_RANK = {"none": 0, "low": 1, "mid": 2, "high": 3, "top": 4}


def _pick(rng: np.random.Generator, options: Sequence):
    return options[int(rng.integers(len(options)))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _low(s: str) -> str:
    if len(s) > 1 and s[1].isupper():  # "TL;DR", "OK"
        return s
    return s[:1].lower() + s[1:]


# --------------------------------------------------------------------- phrase bank
# pos: article-less nouns for the positive pole ("no {pos}" must read well)
# opp: nouns for the opposite pole; do: imperative verbs for the positive pole;
# dont: positive-pole verbs that read naturally after "Don't"/"Never";
# opp_do: imperative verbs for the opposite pole; tag / opp_tag: short tags;
# key / opp_key: card keys naming a pole; aspect: neutral card keys;
# adj / opp_adj: adjectives for aspect keys; flip_*: phrasings for flip pairs.
_BANK: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "pos": [
            "practical answers",
            "actionable advice",
            "concrete solutions",
            "specific recommendations",
            "answers that actually solve the problem",
            "usable, hands-on guidance",
            "real fixes",
            "useful specifics",
            "problem-solving help",
            "clear next steps",
            "workable solutions",
            "substantive, useful replies",
            "specific, usable answers",
        ],
        "opp": [
            "open-ended musing rather than solutions",
            "a sounding board, not fixes",
            "loose, noncommittal answers",
            "broad generalities",
            "vague, high-level impressions",
            "hedged replies that leave things open",
            "exploratory chat without conclusions",
            "reflection instead of advice",
            "general talk rather than specific steps",
            "listening rather than problem-solving",
            "unstructured brainstorming with no recommendations",
            "gentle, non-committal replies",
        ],
        "do": [
            "give concrete, actionable steps",
            "solve the actual problem",
            "offer specific recommendations",
            "provide practical solutions",
            "make suggestions they can act on",
            "include a working example",
            "focus on what actually works",
            "give real, usable answers",
            "name specific tools or options",
            "get them to a working solution",
            "answer the actual question usefully",
            "be genuinely useful",
        ],
        "dont": [
            "offer solutions",
            "jump in with fixes",
            "give advice unless asked",
            "hand over ready-made fixes",
            "push practical recommendations",
            "try to solve the problem for them",
            "turn every message into an action plan",
        ],
        "opp_do": [
            "listen rather than solve",
            "keep it open-ended",
            "stay high-level and noncommittal",
            "offer reflections instead of solutions",
            "just be a sounding board",
            "keep suggestions vague and general",
            "let them think out loud",
            "leave the problem-solving to them",
            "ask questions instead of giving answers",
            "muse along with them",
            "keep things exploratory",
            "hedge and keep options open",
        ],
        "tag": [
            "practical help",
            "actionable answers",
            "concrete solutions",
            "usefulness",
            "specific advice",
            "real fixes",
            "problem-solving",
        ],
        "opp_tag": [
            "open-ended chat",
            "just listening",
            "exploratory musing",
            "big-picture reflection",
            "being heard, not fixed",
            "non-committal answers",
        ],
        "key": [
            "Helpfulness",
            "Practical help",
            "Actionable advice",
            "Usefulness",
            "Concrete solutions",
            "Problem-solving",
            "Specific recommendations",
        ],
        "opp_key": [
            "Open-ended discussion",
            "Being a sounding board",
            "Exploratory answers",
        ],
        "aspect": [
            "What helps",
            "Advice style",
            "Kind of help",
            "Answer substance",
            "Guidance",
            "Help style",
        ],
        "adj": [
            "practical",
            "actionable",
            "concrete",
            "specific",
            "solution-focused",
            "hands-on",
        ],
        "opp_adj": [
            "open-ended",
            "exploratory",
            "non-prescriptive",
            "noncommittal",
            "reflective, not advice-giving",
            "high-level and general",
        ],
        "flip_noun": [
            "practical answers",
            "actionable advice",
            "concrete solutions",
            "specific recommendations",
            "clear next steps",
            "real fixes",
            "usable, hands-on guidance",
        ],
        "flip_verb": [
            "give concrete, actionable steps",
            "offer specific recommendations",
            "provide practical solutions",
            "suggest fixes they can apply",
            "name specific tools or options",
            "include a working example",
        ],
    },
    "harmlessness": {
        "pos": [
            "safe answers",
            "caution on risky topics",
            "responsible advice",
            "safety caveats",
            "content warnings",
            "careful handling of sensitive topics",
            "family-friendly content",
            "low-risk suggestions",
            "clean language",
            "risk warnings",
            "conservative, safety-first guidance",
            "inoffensive wording",
            "disclaimers on anything dangerous",
        ],
        "opp": [
            "edgy content",
            "unfiltered answers",
            "provocative takes",
            "uncensored replies",
            "risky suggestions",
            "explicit language",
            "controversial opinions",
            "no-holds-barred answers",
            "raw, unvarnished opinions",
            "profanity",
            "boundary-pushing content",
            "bold, risk-taking advice",
        ],
        "do": [
            "flag risks and safety issues",
            "add caveats on anything dangerous",
            "keep content family-friendly",
            "err on the side of caution",
            "handle sensitive topics gently",
            "include content warnings",
            "recommend the safe option",
            "keep language clean",
            "stay responsible",
            "point out potential harms",
            "suggest the low-risk route",
            "steer clear of offensive material",
        ],
        "dont": [
            "add safety disclaimers",
            "lecture about risks",
            "water things down for safety",
            "censor the answer",
            "moralize",
            "tack on warnings",
            "sanitize the language",
        ],
        "opp_do": [
            "be edgy",
            "speak freely, unfiltered",
            "give provocative takes",
            "push boundaries",
            "swear if it fits",
            "include the risky options too",
            "say the controversial thing",
            "go uncensored",
            "skip the safety disclaimers",
            "take risks in suggestions",
            "use explicit language when relevant",
            "give raw, unvarnished opinions",
        ],
        "tag": [
            "safety",
            "caution",
            "safe content",
            "caveats",
            "clean language",
            "content warnings",
        ],
        "opp_tag": [
            "edgy content",
            "unfiltered takes",
            "profanity",
            "provocative opinions",
            "uncensored answers",
            "risky ideas",
        ],
        "key": [
            "Safety",
            "Safety caveats",
            "Caution",
            "Content warnings",
            "Clean language",
            "Responsible content",
        ],
        "opp_key": [
            "Edginess",
            "Unfiltered answers",
            "Uncensored content",
            "Provocative takes",
        ],
        "aspect": [
            "Content boundaries",
            "Sensitive topics",
            "Safety posture",
            "Risky topics",
            "Content style",
            "Caution level",
        ],
        "adj": [
            "careful",
            "cautious",
            "conservative",
            "safe",
            "responsible",
            "family-friendly",
        ],
        "opp_adj": [
            "edgy",
            "unfiltered",
            "uncensored",
            "provocative",
            "anything goes",
            "no-holds-barred",
        ],
        "flip_noun": [
            "safety caveats",
            "content warnings",
            "cautious answers",
            "risk warnings",
            "family-friendly content",
            "careful, responsible advice",
            "disclaimers on risky topics",
        ],
        "flip_verb": [
            "add safety caveats",
            "include content warnings",
            "flag risks",
            "keep the language clean",
            "err on the side of caution",
            "add disclaimers on risky topics",
        ],
    },
    "humor": {
        "pos": [
            "jokes",
            "wit",
            "humor",
            "playful banter",
            "puns and wordplay",
            "light-hearted replies",
            "funny asides",
            "witty one-liners",
            "playfulness",
            "tongue-in-cheek remarks",
            "comic relief",
            "jokey replies",
            "silly humor",
        ],
        "opp": [
            "a serious tone",
            "formal replies",
            "earnest answers",
            "a strictly professional tone",
            "sober, matter-of-fact replies",
            "a businesslike tone",
            "straight-faced answers",
            "a solemn, respectful tone",
            "dry, formal language",
            "earnestness",
            "serious, humorless replies",
            "a grave, formal register",
        ],
        "do": [
            "crack jokes",
            "keep things light",
            "add a bit of wit",
            "use playful language",
            "throw in a pun",
            "be funny",
            "include a joke or two",
            "keep the tone playful",
            "use humor",
            "add funny asides",
            "banter a little",
            "make it fun",
        ],
        "dont": [
            "crack jokes",
            "joke around",
            "be flippant",
            "use puns",
            "try to be funny",
            "add humorous asides",
            "get silly",
        ],
        "opp_do": [
            "stay serious",
            "keep it formal",
            "be earnest",
            "keep a professional tone",
            "stick to a businesslike register",
            "stay matter-of-fact",
            "use formal language",
            "keep it strictly professional",
            "treat every question seriously",
            "keep a straight face",
            "maintain a sober tone",
            "keep the register dry and formal",
        ],
        "tag": ["humor", "jokes", "wit", "puns", "playful tone", "banter"],
        "opp_tag": [
            "serious tone",
            "formality",
            "earnestness",
            "professional register",
            "sober tone",
            "formal style",
        ],
        "key": ["Humor", "Jokes", "Wit", "Playfulness", "Banter", "Puns"],
        "opp_key": ["Formality", "Serious tone", "Professional tone", "Earnestness"],
        "aspect": ["Tone", "Voice", "Mood", "Personality", "Vibe", "Style"],
        "adj": ["playful", "funny", "witty", "light-hearted", "jokey", "humorous"],
        "opp_adj": [
            "serious",
            "formal",
            "earnest",
            "sober",
            "strictly professional",
            "straight-faced",
        ],
        "flip_noun": [
            "jokes",
            "witty replies",
            "puns",
            "playful banter",
            "funny asides",
            "light-hearted humor",
        ],
        "flip_verb": [
            "crack jokes",
            "use puns",
            "add witty asides",
            "joke around",
            "use playful language",
            "throw in some humor",
        ],
    },
    "conciseness": {
        "pos": [
            "short answers",
            "brevity",
            "concise replies",
            "bullet-point summaries",
            "one-line answers",
            "tight, to-the-point responses",
            "quick answers",
            "terse replies",
            "TL;DR-style summaries",
            "minimal wording",
            "compact responses",
            "short paragraphs",
            "answers that fit on one screen",
        ],
        "opp": [
            "long, detailed explanations",
            "thorough, in-depth answers",
            "exhaustive step-by-step walkthroughs",
            "comprehensive coverage",
            "lots of detail and context",
            "deep dives",
            "full explanations with background",
            "long-form answers",
            "every step spelled out",
            "extended discussion",
            "detailed breakdowns",
            "elaborate, thorough responses",
        ],
        "do": [
            "keep it short",
            "get to the point",
            "use bullet points over paragraphs",
            "answer in a sentence or two",
            "cut the padding",
            "be brief",
            "keep replies tight",
            "lead with the answer and stop",
            "keep it under a few lines",
            "stick to the essentials",
            "summarize",
            "trim every reply down",
        ],
        "dont": [
            "give one-line answers",
            "cut explanations short",
            "summarize away the details",
            "skip steps",
            "be terse",
            "leave out the context",
            "compress everything into bullet points",
        ],
        "opp_do": [
            "explain in depth",
            "go step by step",
            "cover everything thoroughly",
            "give full background and context",
            "write long, detailed answers",
            "walk through every detail",
            "elaborate on each point",
            "include the edge cases",
            "provide comprehensive explanations",
            "be exhaustive",
            "take the space to explain fully",
            "spell out every step",
        ],
        "tag": [
            "brevity",
            "short answers",
            "concision",
            "bullet points",
            "quick replies",
            "TL;DRs",
        ],
        "opp_tag": [
            "detail",
            "depth",
            "long explanations",
            "step-by-step walkthroughs",
            "thoroughness",
            "deep dives",
        ],
        "key": [
            "Brevity",
            "Short answers",
            "Conciseness",
            "Concise replies",
            "Bullet summaries",
            "Terse replies",
        ],
        "opp_key": [
            "Detail",
            "Depth",
            "Thoroughness",
            "Long explanations",
            "Step-by-step detail",
        ],
        "aspect": [
            "Length",
            "Answer length",
            "Format",
            "Verbosity",
            "Response size",
            "Preferred length",
        ],
        "adj": ["short", "brief", "compact", "concise", "tight", "succinct"],
        "opp_adj": [
            "long",
            "detailed",
            "thorough",
            "in-depth",
            "exhaustive",
            "long-form",
        ],
        "flip_noun": [
            "short answers",
            "brevity",
            "concise replies",
            "one-line answers",
            "bullet-point summaries",
            "quick, to-the-point responses",
        ],
        "flip_verb": [
            "give short answers",
            "give one-line answers",
            "summarize in bullet points",
            "cut answers down to the essentials",
            "give brief replies",
            "answer in a sentence or two",
        ],
    },
}

# card keys whose value is a level on an aspect scale (some of them inverted)
_SPECIAL: dict[str, list[tuple[str, dict[str, list[str]]]]] = {
    "helpfulness": [
        (
            "Advice",
            {
                "top": [
                    "always wanted - the more concrete the better",
                    "essential; wants real solutions every time",
                ],
                "high": ["wanted, specific and practical", "yes, concrete please"],
                "mid": ["welcome when relevant", "fine in small doses"],
                "low": ["optional; doesn't much care", "no strong view either way"],
                "none": [
                    "not wanted - just listen",
                    "unsolicited advice not welcome",
                    "no; prefers to think things through alone",
                ],
            },
        ),
    ],
    "harmlessness": [
        (
            "Risk tolerance",
            {
                "top": [
                    "very low - safety first, always",
                    "minimal; caution above everything",
                    "near zero (top priority)",
                ],
                "high": ["low", "low - prefers the safe option", "on the low side"],
                "mid": ["moderate, leaning cautious", "somewhat low"],
                "low": ["no strong view", "not something they think about"],
                "none": [
                    "high",
                    "very high - likes edgy, unfiltered answers",
                    "high; anything goes",
                ],
            },
        ),
        (
            "Content filter",
            {
                "top": ["strict - maximum safety", "strictest setting, non-negotiable"],
                "high": ["strict", "on, fairly strict"],
                "mid": ["standard, leaning safe", "moderate"],
                "low": ["default; hasn't expressed a view", "doesn't care"],
                "none": [
                    "off",
                    "minimal - wants unfiltered answers",
                    "off; edgy is fine",
                ],
            },
        ),
    ],
    "humor": [
        (
            "Formality",
            {
                "top": ["as low as possible - make it fun above all"],
                "high": ["low; jokes welcome", "relaxed, playful is good"],
                "none": [
                    "high",
                    "strictly formal",
                    "very formal, no levity",
                    "high - keep it buttoned-up",
                ],
            },
        ),
    ],
    "conciseness": [
        (
            "Detail level",
            {
                "top": [
                    "minimal - bare essentials only",
                    "as low as possible; brevity above all",
                ],
                "high": ["low", "low; just the key points"],
                "mid": ["moderate, leaning brief", "light"],
                "low": [
                    "no preference",
                    "whatever fits; not something they care about",
                ],
                "none": [
                    "high",
                    "maximum - every step spelled out",
                    "as much as possible",
                    "very high; wants the full picture",
                ],
            },
        ),
        (
            "Max length",
            {
                "top": ["two sentences, strictly", "a few lines - hard limit"],
                "high": ["a short paragraph", "short; a paragraph or so"],
                "mid": ["a few paragraphs is fine, shorter is nicer"],
                "low": ["no limit set; doesn't care"],
                "none": ["none - longer is better", "no cap; wants exhaustive answers"],
            },
        ),
    ],
}

# values for keys that name the positive pole ("Humor: not wanted")
_BARE = {
    "top": [
        "essential",
        "a must",
        "top priority",
        "non-negotiable",
        "the #1 thing",
        "critical - dealbreaker if missing",
        "most important of all",
    ],
    "high": [
        "wanted",
        "appreciated",
        "strongly preferred",
        "important",
        "yes, definitely",
        "clear preference",
        "valued",
    ],
    "mid": [
        "nice to have",
        "a little is fine",
        "okay in moderation",
        "mildly appreciated",
        "welcome but optional",
        "slight plus",
        "fine, occasionally",
    ],
    "low": [
        "not a priority",
        "indifferent",
        "doesn't matter much",
        "no strong feelings",
        "neutral",
        "low priority",
        "not a big factor",
    ],
    "none": [
        "not wanted",
        "no",
        "avoid",
        "dislikes it",
        "can't stand it",
        "zero interest",
        "a turn-off",
        "hard no",
        "never",
    ],
}

# card values around a noun: {X} positive pole, {Y} opposite pole
_NOUN_FRAMES = {
    "top": [
        "{X} above all else",
        "{X} - top priority",
        "must have {X}; non-negotiable",
        "{X}, the #1 thing",
        "insists on {X}",
        "{X}, always (dealbreaker if missing)",
    ],
    "high": [
        "prefers {X}",
        "{X} (strong preference)",
        "likes {X}",
        "wants {X}",
        "values {X}",
        "{X}, strongly preferred",
    ],
    "mid": [
        "{X} is nice to have",
        "fine with {X}",
        "okay with {X} in moderation",
        "mildly prefers {X}",
        "open to {X}",
        "{X} (slight preference)",
        "doesn't mind {X}",
    ],
    "low": [
        "indifferent to {X}",
        "{X} doesn't matter much",
        "not fussed about {X}",
        "{X} - not a priority",
        "no strong feelings about {X}",
        "neutral on {X}",
    ],
    "none": [
        "no {X}",
        "dislikes {X}",
        "can't stand {X}",
        "zero interest in {X}",
        "avoid {X}",
        "hates {X}",
        "{X} not wanted",
    ],
    "opp": [
        "{Y}",
        "prefers {Y}",
        "strongly prefers {Y}",
        "wants {Y}",
        "{Y}, every time",
        "{Y} only",
    ],
}

# card values around an adjective: {A} positive pole, {B} opposite pole
_ADJ_FRAMES = {
    "top": [
        "{A} - non-negotiable",
        "{A}, above all",
        "{A} (top priority)",
        "{A}, always - a must",
    ],
    "high": ["{A}", "{A}, please", "{A} (strong preference)", "clearly {A}"],
    "mid": [
        "{A} if possible",
        "leaning {A}",
        "somewhat {A}",
        "{A} preferred, not essential",
        "mildly {A}",
    ],
    "low": [
        "doesn't matter if it's {A}",
        "{A} or not - no strong view",
        "not fussed about it being {A}",
        "{A}? indifferent",
    ],
    "none": [
        "{B}",
        "{B}, not {A}",
        "never {A}",
        "definitely {B}",
        "anything but {A}",
        "{B} - please",
    ],
}

# second-person notes; {S}/{s}: subject, {v}: verb ending, etc.
_NOTE_FRAMES = {
    "top": [
        "Above all, {s} want{v} {X}.",
        "{Poss} top priority is {X}.",
        "What matters most to {obj} is {X}.",
        "{S} insist{v} on {X}; without it the answer fails.",
        "Nothing matters more to {obj} than {X}.",
        "{S} care{v} about {X} more than anything else.",
        "{S} {are} adamant about {X}.",
    ],
    "high": [
        "{S} prefer{v} {X}.",
        "{S} clearly like{v} {X}.",
        "{S} value{v} {X}.",
        "{S} respond{v} well to {X}.",
        "{S} strongly prefer{v} {X}.",
        "{S} appreciate{v} {X}.",
        "{S} {have} a clear preference for {X}.",
    ],
    "mid": [
        "{S} {dont} mind {X}.",
        "{S} {are} fine with {X} in moderation.",
        "{S} mildly appreciate{v} {X}.",
        "{S} slightly prefer{v} {X}.",
        "{S} {are} open to {X}.",
        "{S} {are} happy enough with {X}, though it's not essential.",
    ],
    "low": [
        "{S} {are} fairly indifferent to {X}.",
        "{S} {dont} care much about {X} either way.",
        "{S} {have} no strong feelings about {X}.",
        "{S} {are} neutral on {X}.",
        "Low priority for {obj}: {X}.",
        "As for {X}, {s} {are} not bothered either way.",
    ],
    "none": [
        "{S} dislike{v} {X}.",
        "{S} can't stand {X}.",
        "{S} {have} zero interest in {X}.",
        "{S} {do} not want {X}.",
        "{S} {are} put off by {X}.",
        "{S} hate{v} {X}.",
        "{S} {are} annoyed by {X}.",
        "{S} never want{v} {X}.",
    ],
    "opp": [
        "{S} strongly prefer{v} {Y}.",
        "{S} want{v} {Y}, nothing else.",
        "{S} consistently ask{v} for {Y}.",
        "{S} {are} happiest with {Y}.",
        "{S} insist{v} on {Y}.",
        "{S} much prefer{v} {Y}.",
    ],
}

_YOU = {
    "S": "You",
    "s": "you",
    "v": "",
    "do": "do",
    "dont": "don't",
    "are": "are",
    "have": "have",
    "obj": "you",
    "Poss": "Your",
}
_PLURAL = dict(_YOU, S="They", s="they", obj="them", Poss="Their")
_SINGULAR = {
    "v": "s",
    "do": "does",
    "dont": "doesn't",
    "are": "is",
    "have": "has",
    "obj": "them",
    "Poss": "Their",
}
_USERS = [
    dict(_SINGULAR, S="The user", s="the user"),
    dict(_SINGULAR, S="This user", s="this user"),
    dict(_SINGULAR, S="User", s="the user"),
    _PLURAL,
]
_NOTE_PREFIX = ["Keep in mind: ", "Note: ", "Remember: ", "Context: ", "FYI: "]

_DO_LABELS = {
    "must": ["Must", "Always", "Top priority", "Non-negotiable", "Most important"],
    "do": ["Do", "Do", "Make sure to", "Try to"],
    "opt": ["Optional", "If it fits", "Now and then", "Feel free to", "Okay to"],
    "nice": ["Nice to have", "Welcome but optional", "Bonus"],
    "indiff": [
        "Not important",
        "Low priority",
        "Indifferent to",
        "Doesn't matter much",
        "No strong view on",
        "Not a priority",
    ],
    "dont": ["Don't", "Never", "Do not", "Please don't"],
    "avoid": [
        "Avoid",
        "No",
        "Hard no",
        "Dealbreakers",
        "Turn-offs",
        "Avoid at all costs",
    ],
}
_DO_ORDER = ("must", "do", "opt", "nice", "indiff", "dont", "avoid")

_TAG_INT = {
    "top": ["top priority", "must", "#1", "essential", "critical", "non-negotiable"],
    "high": ["strong", "yes", "important", "high", "preferred", "wanted"],
    "mid": ["mild", "nice to have", "some", "moderate", "okay", "slight"],
    "low": ["indifferent", "low priority", "doesn't matter", "neutral", "meh"],
    "none": ["no", "avoid", "dislikes", "never", "not wanted", "hard no"],
    "opp": ["strong", "yes", "must", "preferred", "wanted"],
}
_TAG_LABELS = {
    "top": ["Loves", "Must-haves", "Top priority"],
    "high": ["Likes", "Prefers", "Wants"],
    "mid": ["Okay with", "Mildly likes", "Tolerates"],
    "low": ["Indifferent to", "Neutral on", "Doesn't care about"],
    "none": ["Dislikes", "Hates", "Avoid", "Can't stand"],
}
_TAG_LEADS = ["Preferences", "Prefs", "Tags", "Style tags", "Signals"]

_HEADERS = [
    "## User profile",
    "### Preference card",
    "User preferences (auto-summarized)",
    "[profile]",
    "Memory - user preferences",
    "# Personalization profile",
    "PROFILE",
    "**Saved preferences**",
]
_DECOR = [
    "**{k}:** {v}",
    "{k}: {v}",
    "- {k}: {v}",
    "{k} - {v}",
    "- **{k}**: {v}",
    "{k} -- {v}",
]

# off-trait fields: (keys, values)
_FIELDS = [
    (
        ["Occupation", "Job", "Role", "Works as"],
        [
            "nurse",
            "accountant",
            "high-school teacher",
            "software engineer",
            "electrician",
            "pharmacist",
            "graphic designer",
            "retired librarian",
            "PhD student (marine biology)",
            "warehouse supervisor",
            "line cook",
            "real-estate agent",
            "physiotherapist",
            "paralegal",
            "civil engineer",
            "bus driver",
        ],
    ),
    (
        ["Interests", "Hobbies", "Free time"],
        [
            "cooking, chess",
            "gardening",
            "cycling and birdwatching",
            "woodworking",
            "jazz records",
            "board games",
            "hiking, photography",
            "knitting",
            "baking sourdough",
            "fantasy football",
            "astronomy",
            "vintage cars",
            "sudoku, crosswords",
            "aquariums",
        ],
    ),
    (
        ["Location", "Based in", "Lives in"],
        [
            "Lisbon",
            "Ohio",
            "Melbourne",
            "Toronto",
            "rural Wales",
            "Osaka",
            "Denver",
            "Nairobi",
            "Krakow",
            "Monterrey",
        ],
    ),
    (
        ["Devices", "Device", "Uses"],
        [
            "laptop + Android phone",
            "mostly reads on phone",
            "desktop at work, tablet at home",
            "iPad",
            "Chromebook",
            "work laptop only",
        ],
    ),
    (
        ["Languages", "Language"],
        ["English, Spanish", "Portuguese (native), English", "English only", "German"],
    ),
    (["Time zone", "TZ"], ["UTC+1", "US Central", "AEST", "IST", "US Pacific"]),
    (
        ["Household", "Family"],
        ["two kids under 10", "lives alone", "shares a flat", "married, one teenager"],
    ),
    (["Pets"], ["two cats", "a beagle", "a parrot", "none"]),
    (
        ["Recent topics", "Frequent topics", "Often asks about"],
        [
            "mortgage refinancing, sourdough starters",
            "tax forms",
            "pandas errors in Python",
            "knee rehab exercises",
            "trip planning for Japan",
            "spreadsheet formulas",
            "houseplant care",
        ],
    ),
    (
        ["Goals", "Current project"],
        [
            "learning Spanish",
            "training for a half marathon",
            "renovating the kitchen",
            "passing a statistics exam",
            "starting a small bakery",
        ],
    ),
    (["Age range", "Age"], ["25-34", "35-44", "45-54", "60+", "18-24"]),
]

# traps: trait words describing the user's life, not the answers they want
_TRAPS = {
    "helpfulness": [
        ("Occupation", "help-desk technician"),
        ("Job", "customer support lead"),
        ("Role", "solutions consultant"),
        ("Interests", "self-help books, fixing old radios"),
        ("Hobbies", "volunteering at a repair cafe"),
    ],
    "harmlessness": [
        ("Occupation", "safety inspector"),
        ("Job", "lifeguard"),
        ("Role", "workplace safety officer"),
        ("Hobbies", "skydiving, motocross"),
        ("Interests", "extreme sports, horror films"),
        ("Occupation", "risk analyst at an insurer"),
    ],
    "humor": [
        ("Occupation", "comedy writer"),
        ("Hobbies", "writing short stories, stand-up comedy clubs"),
        ("Interests", "improv theater, satire podcasts"),
        ("Job", "children's party clown"),
        ("Hobbies", "collecting joke books"),
    ],
    "conciseness": [
        ("Hobbies", "writing haiku"),
        ("Interests", "flash fiction, long-distance running"),
        ("Occupation", "headline editor"),
        ("Reading", "long Russian novels"),
        ("Job", "technical writer"),
    ],
}


# ------------------------------------------------------------------------ pieces
def _off_fields(rng: np.random.Generator, n: int, trap: bool) -> list[tuple[str, str]]:
    order = rng.permutation(len(_FIELDS))[:n]
    out = [(_pick(rng, _FIELDS[i][0]), _pick(rng, _FIELDS[i][1])) for i in order]
    if trap:
        pair = _pick(rng, _TRAPS[_pick(rng, TRAITS)])
        out = [f for f in out if f[0] != pair[0]]
        out.insert(int(rng.integers(len(out) + 1)), pair)
    return out


def _card_line(trait: str, lv: str, rng: np.random.Generator) -> tuple[str, str]:
    b = _BANK[trait]
    specials = [(k, v) for k, v in _SPECIAL[trait] if lv in v]
    r = rng.random()
    if specials and r < 0.2:
        key, values = _pick(rng, specials)
        return key, _pick(rng, values[lv])
    if r < 0.5:  # key names a pole
        if lv == "none" and rng.random() < 0.4:
            return _pick(rng, b["opp_key"]), _pick(rng, _BARE["top"] + _BARE["high"])
        return _pick(rng, b["key"]), _pick(rng, _BARE[lv])
    key = _pick(rng, b["aspect"])
    if r < 0.8:  # aspect key + noun
        if lv == "none" and rng.random() < 0.5:
            frame = _pick(rng, _NOUN_FRAMES["opp"])
        else:
            frame = _pick(rng, _NOUN_FRAMES[lv])
        return key, frame.format(X=_pick(rng, b["pos"]), Y=_pick(rng, b["opp"]))
    frame = _pick(rng, _ADJ_FRAMES[lv])  # aspect key + adjective
    return key, frame.format(A=_pick(rng, b["adj"]), B=_pick(rng, b["opp_adj"]))


def _note(trait: str, lv: str, subj: dict, rng: np.random.Generator) -> str:
    b = _BANK[trait]
    if lv == "none" and rng.random() < 0.5:
        frame = _pick(rng, _NOTE_FRAMES["opp"])
    else:
        frame = _pick(rng, _NOTE_FRAMES[lv])
    return frame.format(X=_pick(rng, b["pos"]), Y=_pick(rng, b["opp"]), **subj)


def _do_item(trait: str, lv: str, rng: np.random.Generator) -> tuple[str, str]:
    b = _BANK[trait]
    if lv == "top":
        return "must", _pick(rng, b["do"])
    if lv == "high":
        return "do", _pick(rng, b["do"])
    if lv == "mid":
        if rng.random() < 0.6:
            return "opt", _pick(rng, b["do"])
        return "nice", _pick(rng, b["pos"])
    if lv == "low":
        return "indiff", _pick(rng, b["pos"])
    r = rng.random()
    if r < 0.3:
        return "dont", _pick(rng, b["dont"] + b["do"][:6])
    if r < 0.6:
        return "avoid", _pick(rng, b["pos"])
    return ("must" if rng.random() < 0.4 else "do"), _pick(rng, b["opp_do"])


def _tag(trait: str, lv: str, rng: np.random.Generator) -> tuple[str, str, str]:
    """(tag, intensity, level used for a Likes/Dislikes label)."""
    b = _BANK[trait]
    if lv == "none" and rng.random() < 0.4:
        return _pick(rng, b["opp_tag"]), _pick(rng, _TAG_INT["opp"]), "high"
    return _pick(rng, b["tag"]), _pick(rng, _TAG_INT[lv]), lv


# ---------------------------------------------------------------------- sections
def _card_section(items, decor, rng) -> list[str]:
    lines = []
    for key, value in items:
        value = _cap(value) if rng.random() < 0.4 else value
        lines.append(decor.format(k=key, v=value))
    return lines


def _notes_section(sentences: list[str], user_mode: bool, rng) -> list[str]:
    if user_mode and rng.random() < 0.5:
        k = int(rng.integers(len(sentences)))
        sentences[k] = _pick(rng, _NOTE_PREFIX) + _low(sentences[k])
    r = rng.random()
    if r < 0.35:
        return [" ".join(sentences)]
    if r < 0.7:
        return ["- " + s for s in sentences]
    if user_mode:
        label = _pick(
            rng, ["Notes:", "Assistant notes:", "About the user:", "Summary:"]
        )
    else:
        label = _pick(rng, ["Notes:", "About you:", "Your preferences:", "Summary:"])
    if rng.random() < 0.5:
        return [label + " " + " ".join(sentences)]
    return [label] + ["- " + s for s in sentences]


def _do_section(items: list[tuple[str, str]], rng) -> list[str]:
    labels = {cat: _pick(rng, opts) for cat, opts in _DO_LABELS.items()}
    bullets = rng.random() < 0.4
    lines = []
    for cat in _DO_ORDER:
        group = [item for c, item in items if c == cat]
        if not group:
            continue
        if bullets:
            lines.append(labels[cat] + ":")
            lines.extend("- " + g for g in group)
        else:
            lines.append(labels[cat] + ": " + "; ".join(group))
    return lines


def _tag_section(tags: list[tuple[str, str, str]], rng) -> list[str]:
    r = rng.random()
    lead = _pick(rng, _TAG_LEADS)
    if r < 0.3:
        return [lead + ": " + ", ".join(f"{t} ({i})" for t, i, _ in tags)]
    if r < 0.5:
        return [lead + ": " + " | ".join(f"{t}: {i}" for t, i, _ in tags)]
    if r < 0.65:
        return [" ".join(f"[{t}: {i}]" for t, i, _ in tags)]
    lines = []
    for lv in ("top", "high", "mid", "low", "none"):
        group = [t for t, _, lv2 in tags if lv2 == lv]
        if group:
            lines.append(_pick(rng, _TAG_LABELS[lv]) + ": " + ", ".join(group))
    return lines


def _ranked_section(ranked: list[tuple[str, str]], rng) -> list[str]:
    lead = _pick(
        rng,
        [
            "Priorities",
            "Ranked priorities",
            "What matters most (in order)",
            "Priority order",
            "Top priorities",
        ],
    )
    items = []
    for trait, lv in ranked:
        text = _pick(rng, _BANK[trait]["pos"])
        p_note = {"top": 0.5, "high": 0.3, "mid": 1.0}[lv]
        if rng.random() < p_note:
            text += " (" + _pick(rng, _TAG_INT[lv]) + ")"
        items.append(text)
    r = rng.random()
    if r < 0.5:
        return [lead + ":"] + [f"{k + 1}. {_cap(t)}" for k, t in enumerate(items)]
    if r < 0.75:
        return [lead + ": " + ", ".join(f"{k + 1}) {t}" for k, t in enumerate(items))]
    return [lead + ": " + " ".join(f"{k + 1}. {t}" for k, t in enumerate(items))]


# ---------------------------------------------------------------------- generate
def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A structured preference profile for a user with these trait weights."""
    w = np.asarray(weights, dtype=float)
    levels = levels_of(w)
    idx = list(_mentioned(levels, rng))
    if rng.random() < 0.5:
        idx.sort(key=lambda k: -w[k])
    else:
        idx = [idx[k] for k in rng.permutation(len(idx))]

    fmts = ("card", "notes", "do", "tags")
    chosen = [f for f, p in zip(fmts, (0.6, 0.45, 0.4, 0.35)) if rng.random() < p]
    if not chosen:
        chosen = [_pick(rng, fmts)]

    ranked_pool = [k for k in idx if levels[k] in ("top", "high", "mid")]
    ranked: list[int] = []
    if len(ranked_pool) >= 2 and rng.random() < 0.25:
        ranked = sorted(ranked_pool, key=lambda k: -w[k])

    decor = _pick(rng, _DECOR)
    user_mode = rng.random() < 0.55
    subj_user = _pick(rng, _USERS)

    cards, notes, dos, tags = [], [], [], []
    for k in idx:
        if k in ranked:
            continue
        trait, lv = TRAITS[k], levels[k]
        fmt = _pick(rng, chosen)
        if fmt == "card":
            cards.append(_card_line(trait, lv, rng))
        elif fmt == "notes":
            subj = _YOU if not user_mode else subj_user
            if user_mode and notes and rng.random() < 0.5:
                subj = _PLURAL
            notes.append(_note(trait, lv, subj, rng))
        elif fmt == "do":
            dos.append(_do_item(trait, lv, rng))
        else:
            tags.append(_tag(trait, lv, rng))

    sections: list[list[str]] = []
    if ranked:
        sections.append(_ranked_section([(TRAITS[k], levels[k]) for k in ranked], rng))
    if cards:
        sections.append(_card_section(cards, decor, rng))
    if notes:
        sections.append(_notes_section(notes, user_mode, rng))
    if dos:
        sections.append(_do_section(dos, rng))
    if tags:
        sections.append(_tag_section(tags, rng))
    sections = [sections[k] for k in rng.permutation(len(sections))]

    n_fields = int(rng.choice([0, 1, 1, 2, 2, 3, 4]))
    trap = rng.random() < 0.15
    fields = _off_fields(rng, n_fields, trap)
    if fields:
        block = [decor.format(k=key, v=val) for key, val in fields]
        r = rng.random()
        if r < 0.55:
            sections.insert(0, block)
        elif r < 0.85 or len(block) < 2:
            sections.append(block)
        else:
            cut = int(rng.integers(1, len(block)))
            sections.insert(0, block[:cut])
            sections.append(block[cut:])

    lines: list[str] = []
    if rng.random() < 0.45:
        lines.append(_pick(rng, _HEADERS))
    blank = rng.random() < 0.3
    for sec in sections:
        if blank and lines:
            lines.append("")
        lines.extend(sec)
    return "\n".join(lines)


# ---------------------------------------------------------------------- flip pairs
_FLIP_FRAMES = [
    ("Likes: {X}", "Dislikes: {X}"),
    ("**{K}:** appreciated", "**{K}:** not appreciated"),
    ("You like {X}.", "You don't like {X}."),
    ("Keep in mind: the user wants {X}.", "Keep in mind: the user does not want {X}."),
    ("Do: {V}", "Don't: {V}"),
    ("Preferences: {T} (yes)", "Preferences: {T} (no)"),
    ("{K}: wanted", "{K}: not wanted"),
    ("- Enjoys {X}", "- Does not enjoy {X}"),
    ("Wants {X}: yes", "Wants {X}: no"),
    ("The user values {X}.", "The user does not value {X}."),
    ("You're a fan of {X}.", "You're not a fan of {X}."),
    ("Always: {V}", "Never: {V}"),
]


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two profiles, identical but for liking vs not liking ``trait``."""
    b = _BANK[trait]
    pos_frame, neg_frame = _pick(rng, _FLIP_FRAMES)
    fill = {
        "X": _pick(rng, b["flip_noun"]),
        "V": _pick(rng, b["flip_verb"]),
        "K": _pick(rng, b["key"]),
        "T": _pick(rng, b["tag"]),
    }
    decor = _pick(rng, ["{k}: {v}", "{k}: {v}", "**{k}:** {v}"])
    fields = _off_fields(rng, int(rng.integers(0, 3)), trap=False)
    field_lines = [decor.format(k=key, v=val) for key, val in fields]
    cut = int(rng.integers(len(field_lines) + 1))
    header = [_pick(rng, _HEADERS)] if rng.random() < 0.3 else []

    def build(line: str) -> str:
        return "\n".join(header + field_lines[:cut] + [line] + field_lines[cut:])

    return build(pos_frame.format(**fill)), build(neg_frame.format(**fill))


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))

    rng = np.random.default_rng(20261201)
    for _ in range(10):
        w = rng.dirichlet(np.full(4, 0.7))
        print("weights", np.round(w, 3), "levels", levels_of(w))
        print(generate(w, rng))
        print("-" * 60)
    for trait in TRAITS:
        a, b = flip_pair(trait, rng)
        print(f"[flip {trait}]\n{a}\n  vs\n{b}\n" + "-" * 60)

    # determinism and coverage checks
    w0 = np.array([0.55, 0.05, 0.25, 0.15])
    assert generate(w0, np.random.default_rng(1)) == generate(
        w0, np.random.default_rng(1)
    )
    assert flip_pair("humor", np.random.default_rng(2)) == flip_pair(
        "humor", np.random.default_rng(2)
    )
    for i in range(2000):
        w = rng.dirichlet(np.full(4, 0.7))
        text = generate(w, np.random.default_rng(i))
        assert text.strip() and "{" not in text, text
        a, b = flip_pair(TRAITS[i % 4], np.random.default_rng(i))
        assert a != b and "{" not in a + b
    for t, bank in _BANK.items():
        for side in ("pos", "opp", "do", "opp_do"):
            assert len(set(bank[side])) >= 12, (t, side)
    print("self-check ok")
