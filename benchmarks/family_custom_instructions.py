"""Blind summary family ``custom-instructions``: first-person custom instructions.

Style: what users type into a chatbot's "How would you like me to respond?" box.
Informal first person ("I", "me", "pls", "tbh"), sometimes all lowercase, sometimes
as a short list, with contractions, exclamation marks and parentheses; mixed with
facts about the user ("I'm a nurse working night shifts"), reasons ("I read on my
phone so keep it tight"), comparisons ("I'd rather have X than Y"), conditionals,
negations in many forms (don't, never, no, without, skip, spare me, can't stand,
not a fan of) and intensity words. About 15% of texts carry a *trap*: a trait word
that describes the user's life ("I work in workplace safety", "I write short
stories for fun") and says nothing about the answers they want.

Each mentioned trait is expressed at its level (``summary_families.levels_of``):
``top`` overriding priority, ``high`` clear preference, ``mid`` mild / slightly
positive, ``low`` indifferent, ``none`` dislikes the trait or wants its opposite.

This family was written blind, on 2026-12-01, by a separate author who did not read
the estimator, its lexicon or its trait definitions, nor the other generator
families, and who did not run the estimator on these texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "custom-instructions"

__all__ = ["NAME", "generate", "flip_pair"]


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _decap(s: str) -> str:
    """Lower the first letter unless the sentence starts with the pronoun I."""
    if s[:2] in ("I ", "I'") or s[:1] == "'":
        return s
    return s[:1].lower() + s[1:]


# --------------------------------------------------------------- trait phrase banks
# POS: noun phrases of the positive pole (what a user who wants the trait asks for).
# OPP: noun phrases of the opposite pole. Frames below take them without needing
# verb agreement, so singular and plural phrases can be mixed.

POS = {
    "helpfulness": (
        "practical answers",
        "actionable advice",
        "concrete steps I can actually follow",
        "answers that actually solve my problem",
        "specific recommendations",
        "real, usable solutions",
        "clear instructions",
        "useful tips I can put to work",
        "hands-on help",
        "fixes that actually work",
        "specific answers for my actual situation",
        "a real answer to what I asked",
        "answers I can act on right away",
    ),
    "harmlessness": (
        "safe answers",
        "a careful, responsible approach",
        "safety warnings when something's risky",
        "cautious advice",
        "family-friendly content",
        "clean language",
        "answers that steer clear of anything offensive",
        "a heads-up about risks",
        "responsible suggestions",
        "advice that errs on the side of caution",
        "respectful, non-offensive wording",
        "a safety note before anything dangerous",
        "content that's ok for kids to see",
    ),
    "humor": (
        "jokes",
        "a bit of humor",
        "witty replies",
        "puns",
        "a playful tone",
        "funny asides",
        "banter",
        "wordplay",
        "a light, fun vibe",
        "dad jokes",
        "some sass",
        "silly comments",
        "answers that make me laugh",
    ),
    "conciseness": (
        "short answers",
        "brief replies",
        "answers that get to the point",
        "concise responses",
        "a quick tl;dr",
        "answers of a couple of lines max",
        "bullet points instead of essays",
        "tight, no-fluff answers",
        "short and sweet replies",
        "one-paragraph answers",
        "quick, to-the-point replies",
        "the short version",
        "compact answers I can read in ten seconds",
    ),
}

OPP = {
    "helpfulness": (
        "vague answers",
        "wishy-washy hedging",
        "generic filler",
        "'consult a professional' non-answers",
        "answers that dodge the question",
        "a bunch of maybes and it-depends",
        "fluffy motivational stuff",
        "textbook answers that don't fit my situation",
        "evasive replies",
        "generic advice I could find on a cereal box",
        "non-answers",
        "hand-wavy explanations that don't tell me what to do",
    ),
    "harmlessness": (
        "edgy answers",
        "unfiltered, uncensored replies",
        "provocative takes",
        "bold, risky suggestions",
        "raw, uncensored content",
        "controversial hot takes",
        "crude language",
        "answers that push the envelope",
        "edgy, offensive stuff",
        "answers with no filter",
        "the unsanitized version",
        "spicy opinions, even the offensive ones",
    ),
    "humor": (
        "a serious tone",
        "strictly professional answers",
        "earnest replies",
        "a formal tone",
        "straight-faced answers",
        "a sober, matter-of-fact tone",
        "serious, grown-up answers",
        "a calm, businesslike voice",
        "all-business replies",
        "an earnest, serious style",
        "professional, no-jokes answers",
        "a completely serious approach",
    ),
    "conciseness": (
        "long, detailed explanations",
        "thorough answers",
        "in-depth breakdowns",
        "the full story with all the details",
        "long-form answers",
        "detailed walkthroughs",
        "lots of context and background",
        "deep dives",
        "comprehensive write-ups",
        "extensive explanations",
        "every detail, even the small ones",
        "the long version",
    ),
}

# Plainer topic nouns for the mild levels (mid, low): people say "I don't mind
# jokes" or "length doesn't matter", not "I don't mind answers that make me laugh".
MILD = {
    "helpfulness": (
        "practical advice",
        "actionable tips",
        "step-by-step solutions",
        "concrete recommendations",
        "how-tos",
        "suggestions for next steps",
        "specific fixes",
    ),
    "harmlessness": (
        "safety warnings",
        "disclaimers",
        "keeping things family-friendly",
        "being extra careful",
        "content warnings",
        "playing it safe",
        "safety tips",
    ),
    "humor": (
        "jokes",
        "humor",
        "puns",
        "a playful tone",
        "a bit of wit",
        "funny remarks",
        "light banter",
    ),
    "conciseness": (
        "short answers",
        "keeping it short",
        "brevity",
        "brief replies",
        "a tl;dr at the top",
        "compact answers",
        "trimming things down",
    ),
}

# What a user who dislikes helpfulness asks for instead (OPP reads as complaints).
OPP_WANT = {
    "helpfulness": (
        "loose, open-ended replies",
        "general musings, not solutions",
        "big-picture chat instead of instructions",
        "vague, general thoughts",
        "questions back instead of answers",
        "philosophical tangents, not fixes",
        "just a sounding board, no solutions",
    ),
}

# Frames, with {p} a POS phrase and {o} an OPP phrase of the same trait.
FRAMES = {
    "top": (
        "Above all, I want {p}.",
        "Most important thing for me: {p}.",
        "My #1 priority by far is {p}.",
        "If you remember one thing, it's {p}. Every single time.",
        "Nothing matters more to me than {p}.",
        "I absolutely need {p}, more than anything else.",
        "Seriously, the big one for me is {p}, that's non-negotiable.",
        "Above everything else: {p}. I really can't stand {o}.",
        "The main thing I care about is {p}, I'd take that over anything.",
        "{P}!!! that's the most important thing for me, above all.",
        "Top priority, always: {p}. Never give me {o}.",
        "I care about {p} more than literally anything else here.",
    ),
    "high": (
        "I like {p}.",
        "I really appreciate {p}.",
        "I'm a big fan of {p}.",
        "Pls give me {p}.",
        "I'd much rather have {p} than {o}.",
        "I prefer {p}.",
        "Not a fan of {o}, I like {p}.",
        "I'd love {p} whenever possible.",
        "I really like {p}, it makes a difference for me.",
        "I tend to prefer {p}, so please go with that.",
        "I'm not into {o}, so {p} pls.",
        "Give me {p} when you can, I appreciate it!",
    ),
    "mid": (
        "I don't mind {p}.",
        "I'm fine with {p}, it's a nice bonus.",
        "I kinda like {p} but it's not a dealbreaker either way.",
        "{P}: welcome but not essential.",
        "I slightly prefer {p}, but honestly either way is fine.",
        "I'm ok with {p}, a little goes a long way.",
        "{P} now and then would be nice, no big deal though.",
        "I lean a bit towards {p} but I'm not fussy about it.",
        "I mildly like {p}, take it or leave it.",
        "If it fits, I'm cool with {p}, just not a must.",
    ),
    "low": (
        "I don't really care about {p}.",
        "{P}? not really a priority for me.",
        "I'm pretty indifferent to {p} tbh.",
        "No strong feelings about {p}.",
        "Whether or not you go for {p} doesn't matter much to me.",
        "Not fussed about {p} one way or the other.",
        "{P}: not something I think about much.",
        "I don't care much about {p}, it's low on my list.",
        "Honestly {p} isn't a priority, I barely notice.",
        "{P}, meh, doesn't make much difference to me.",
    ),
    "none_neg": (
        "I don't want {p}.",
        "I can't stand {p}.",
        "Not a fan of {p} at all.",
        "I hate it when I get {p}.",
        "Never give me {p}, pls.",
        "I really dislike {p}.",
        "Please don't give me {p}.",
        "I'm so not into {p}.",
        "I'd rather not get {p}, ever.",
        "Skip the {p}, not for me.",
    ),
    "none_opp": (
        "I actually want {o}.",
        "Give me {o}, please.",
        "I much prefer {o}.",
        "I'm all about {o}.",
        "Honestly I'd rather get {o}.",
        "I like {o}, the more the better.",
        "{O} pls, that's what I'm here for.",
        "I'd rather have {o} than {p}.",
        "I really want {o}, every time.",
        "Go for {o}, I love that.",
    ),
}

# Hand-written sentences per trait and level, with reasons, conditionals and facts.
WRITTEN = {
    "helpfulness": {
        "top": (
            "Most important: actually solve my problem. I don't want vague stuff, "
            "I want the fix.",
            "Above all, be useful. If I ask how to do something, tell me exactly "
            "how, step by step, no dodging.",
            "The #1 thing: give me answers I can actually use. Don't just tell me "
            "to consult a professional.",
            "I come here to get stuff done, so a real, practical answer matters "
            "more to me than anything else.",
            "Please, above everything, don't be evasive. Give me the actual "
            "answer and what to do next.",
        ),
        "high": (
            "I like concrete, practical answers, like what to buy or what to click.",
            "If you're not sure, just say so and give me your best guess anyway, "
            "I'd rather have that than a non-answer.",
            "Pls skip the generic advice and tell me what would actually work in "
            "my case.",
            "I hate when I get 'it depends' with nothing after it, give me a real "
            "recommendation.",
            "I really appreciate it when you give me specific steps I can follow.",
            "Don't hedge everything, I'd rather you commit to an answer.",
        ),
        "mid": (
            "Practical tips are nice but I don't always need them.",
            "A bit of advice is fine if it fits, I'm not always looking for a fix.",
            "I don't mind if you suggest next steps, it's kinda handy sometimes.",
            "Solutions are welcome, but sometimes I just want to talk things through.",
        ),
        "low": (
            "I'm not really after practical advice, it doesn't matter much to me.",
            "Whether the answer is actually useful isn't a big deal for me, I "
            "mostly chat to pass the time.",
            "I don't care much about getting a solution, I'm just curious mostly.",
            "Getting actionable stuff out of this isn't really a priority for me.",
        ),
        "none": (
            "I don't want solutions or advice, I mostly want someone to think out "
            "loud with.",
            "Please don't try to fix my problems for me.",
            "Skip the practical tips and how-tos, I'm not here for that.",
            "I'd rather you keep things open-ended and vague than hand me a "
            "step-by-step plan.",
            "I can't stand it when you jump straight into problem-solving mode.",
            "Don't give me recommendations or instructions, even if it seems like "
            "I need them.",
            "No to-do lists, no action items, no 'here's how to fix it' pls.",
            "I like to figure things out myself, so don't hand me the answer, "
            "keep it loose and general.",
        ),
    },
    "harmlessness": {
        "top": (
            "Safety first, always. I have two little kids and I ask a lot about "
            "home stuff, so please flag anything dangerous.",
            "Above all, keep it safe and responsible. I'd rather you refuse than "
            "suggest something risky.",
            "The most important thing for me: nothing offensive or harmful, ever.",
            "Please be super careful with anything medical or dangerous, that "
            "matters more to me than anything else.",
            "My top priority is that your answers are safe, so always mention the "
            "risks and never suggest anything reckless.",
        ),
        "high": (
            "Please keep things clean, my teenager uses this account sometimes.",
            "If there's any risk involved, mention it.",
            "I'd rather you err on the side of caution.",
            "No crude or offensive stuff pls.",
            "I like it when you point out safety precautions, especially with "
            "tools or chemicals.",
            "Please don't suggest anything dangerous or sketchy.",
        ),
        "mid": (
            "A safety note now and then is ok, I don't mind.",
            "Being careful is fine, but no need to go overboard with warnings.",
            "I'm ok with the occasional disclaimer, it's a nice touch when "
            "something's actually risky.",
            "Keeping it fairly clean is nice, I'm not super strict about it though.",
        ),
        "low": (
            "Safety disclaimers don't matter much to me either way.",
            "I'm not too fussed about keeping things squeaky clean.",
            "I don't really care whether you add warnings or not.",
            "Being extra cautious isn't a priority for me.",
        ),
        "none": (
            "Don't hold back, I want it uncensored.",
            "I hate all the warnings and disclaimers, I'm an adult.",
            "Edgy is good, go there. I don't need you to play it safe.",
            "Stop nannying me, I can handle risky stuff.",
            "No filter pls, I actually like provocative, offensive takes.",
            "Spare me the safety lectures, I know what I'm doing.",
            "I don't want the cautious, sanitized version of anything.",
            "Please don't water things down to be 'safe', I'd rather you take risks.",
        ),
    },
    "humor": {
        "top": (
            "Make me laugh! Humor is the most important thing to me, I'm here for "
            "the fun.",
            "Above all, be funny. I don't care what else, just keep the jokes coming.",
            "I love puns more than anything, please put at least one in every "
            "answer (the worse the better).",
            "The main thing I want is a playful, joking tone, every time.",
            "Please be witty, that's my #1 thing. A boring reply is the worst.",
        ),
        "high": (
            "I like it when you crack a joke or two.",
            "Feel free to be goofy, I love a bit of banter!",
            "Pls throw in some humor, it makes my day better.",
            "I enjoy witty replies way more than dry textbook ones.",
            "Sarcasm and puns are very welcome here lol.",
            "Keep it light and playful pls, I like that.",
        ),
        "mid": (
            "A joke here and there is fine.",
            "I don't mind a little humor if it fits.",
            "A bit of playfulness is nice but don't overdo it.",
            "The occasional pun is cute, I won't complain.",
        ),
        "low": (
            "Jokes are whatever to me.",
            "I don't care much whether you're funny or not.",
            "Humor isn't really a priority, I barely notice it.",
            "Funny or not funny, doesn't matter much to me tbh.",
        ),
        "none": (
            "No jokes pls, I use this for work.",
            "I hate when chatbots try to be funny.",
            "Keep it serious, I'm not in the mood for puns.",
            "I'm not here to be entertained, so skip the jokes.",
            "Please don't try to be cute or playful, just be serious.",
            "Can't stand forced humor, cut it out.",
            "Strictly professional tone, no jokes, no emojis.",
            "I'd rather you stay serious and earnest, even if it's boring.",
        ),
    },
    "conciseness": {
        "top": (
            "SHORT answers. I mean it. I'm on my phone on the train and I won't "
            "scroll.",
            "Above all, be brief. If it can be said in one line, say it in one line.",
            "The most important thing: get to the point fast, no rambling ever.",
            "Keep it super short, that matters more to me than anything.",
            "Brevity above everything! Two or three sentences max.",
        ),
        "high": (
            "I read on my phone so keep it tight pls.",
            "If it can be said in one sentence, say it in one sentence.",
            "I'm busy, get to the point.",
            "Cut the intro and the recap, just the answer.",
            "I don't like walls of text, keep it brief.",
            "Shorter is better for me, I skim a lot.",
        ),
        "mid": (
            "Shorter is slightly better but I don't mind a longer answer when it's "
            "needed.",
            "Brief is nice, but I'm fine with more if the question needs it.",
            "I lean towards short replies, no hard rule though.",
            "Keeping it compact is good, but not a must.",
        ),
        "low": (
            "Length doesn't matter much to me.",
            "Long or short, whatever, I'm easy.",
            "I don't really care how long the answers are.",
            "How short you keep it isn't a priority for me.",
        ),
        "none": (
            "I'm a slow reader but I love detail, so go long!",
            "Give me the whole explanation, don't summarize.",
            "I don't like short answers, they feel lazy.",
            "The more detail the better, honestly.",
            "Please don't cut things short, I want to understand everything.",
            "Walk me through it in depth, I hate quick summaries.",
            "Don't be brief with me, I'd rather read a long answer than a one-liner.",
            "Explain it thoroughly, with background and examples, I have time.",
        ),
    },
}

# Neutral facts about the user: no trait word, no preference.
ABOUT_GROUPS = (
    (  # who they are (one per text, so a text never holds two jobs)
        "I'm a nurse working night shifts.",
        "I'm a grad student in chemistry.",
        "I'm a retired teacher.",
        "I run a small bakery with my partner.",
        "I'm a software dev, mostly Python and some Go.",
        "I work in logistics.",
        "I'm in high school, junior year.",
        "I'm a freelance graphic designer.",
        "I'm a mechanical engineer.",
        "I'm studying for the bar exam.",
        "I manage a team of 12 at a bank.",
        "I'm a stay-at-home mom.",
    ),
    (  # what they ask about
        "I mostly ask about gardening and my car.",
        "I use this mostly for cooking and meal planning.",
        "I ask a lot of questions about personal finance and taxes.",
        "I mostly use this for coding questions and trip planning.",
        "I mostly ask about plants, recipes and the occasional Excel formula.",
        "Mostly I ask about history stuff and random trivia.",
    ),
    (  # the rest of their life
        "I'm 34 and live in Leeds.",
        "I'm learning Spanish (slowly lol).",
        "I have two cats and a very old dog.",
        "I'm training for my first marathon!",
        "English is my second language.",
        "I'm into woodworking and DIY.",
        "I travel a lot for work.",
        "I live on a farm in Iowa.",
        "I play bass in a local band.",
        "I'm a huge history nerd.",
        "I have three kids under ten.",
    ),
)


def _about(n: int, rng: np.random.Generator) -> list[str]:
    """``n`` consistent facts about the user, at most one from each group."""
    groups = sorted(int(g) for g in rng.choice(len(ABOUT_GROUPS), n, replace=False))
    return [_pick(rng, ABOUT_GROUPS[g]) for g in groups]


# Traps: trait words describing the user's life, not the wanted answers.
TRAPS = {
    "helpfulness": (
        "I work at an IT help desk all day.",
        "My job is basically solving other people's problems (customer support).",
        "I volunteer at a food bank, helping out on weekends.",
        "My sister says I'm the most helpful person she knows, ha.",
        "I'm writing a practical guide to beekeeping on the side.",
    ),
    "harmlessness": (
        "I work in workplace safety.",
        "I'm a safety inspector for construction sites.",
        "I'm a lifeguard in the summer.",
        "My dog is totally harmless but barks at everyone lol.",
        "I teach a first-aid and CPR course.",
    ),
    "humor": (
        "My friends say I'm funny.",
        "I do improv on Thursdays.",
        "I go to a lot of stand-up comedy shows.",
        "My kid tells the worst jokes at dinner.",
        "I collect old comedy records.",
    ),
    "conciseness": (
        "I write short stories for fun.",
        "I'm a court stenographer, so I type long transcripts all day.",
        "I'm short (5'2\") so shopping for jeans is a nightmare lol.",
        "I'm working on a really long fantasy novel.",
        "I write detailed engineering reports at work.",
    ),
}

HEADERS = (
    ("About me: ", "How to respond: "),
    ("Me: ", "What I want: "),
    ("", ""),
)

SIGNOFFS = ("Thanks!", "thx :)", "Thank you!!", "ty", "Cheers.")


# ------------------------------------------------------------------------- generate
def _trait_sentence(trait: str, level: str, rng: np.random.Generator) -> str:
    """One sentence that expresses ``trait`` at ``level``."""
    p_written = 0.7 if (trait, level) == ("helpfulness", "none") else 0.45
    if rng.random() < p_written:
        return _pick(rng, WRITTEN[trait][level])
    if level == "none":
        key = "none_neg" if rng.random() < 0.5 else "none_opp"
    else:
        key = level
    frame = _pick(rng, FRAMES[key])
    mild = level in ("mid", "low") or (trait, key) == ("helpfulness", "none_neg")
    p = _pick(rng, MILD[trait] if mild else POS[trait])
    o = _pick(rng, OPP_WANT.get(trait, OPP[trait]) if key == "none_opp" else OPP[trait])
    if frame.startswith("Skip the {p}"):
        p = p.removeprefix("a ").removeprefix("the ")
    return frame.format(p=p, o=o, P=_cap(p), O=_cap(o))


def _merge(a: str, b: str, rng: np.random.Generator) -> str:
    """Join two sentences into one casual one."""
    glue = _pick(rng, (", and ", ", also ", " - ", "; ", ". Also, "))
    a = a.rstrip(".!")
    return a + glue + _decap(b)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A first-person custom-instructions text for a user with ``weights``."""
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    # most salient first, with some shuffling: people don't write in order
    noise = rng.random(len(keep)) * 0.3
    order = sorted(keep, key=lambda k: -(float(weights[k]) + noise[keep.index(k)]))
    if rng.random() < 0.3:
        order = [order[int(i)] for i in rng.permutation(len(order))]
    prefs = [_trait_sentence(TRAITS[k], levels[k], rng) for k in order]

    # merge a pair of adjacent preference sentences now and then
    if len(prefs) >= 2 and rng.random() < 0.25:
        i = int(rng.integers(len(prefs) - 1))
        prefs[i : i + 2] = [_merge(prefs[i], prefs[i + 1], rng)]

    trap = None
    if rng.random() < 0.15:
        trap = _pick(rng, TRAPS[TRAITS[int(rng.integers(len(TRAITS)))]])
    room = max(0, 6 - len(prefs) - (trap is not None))
    n_about = min(room, int(rng.choice([0, 1, 1, 2, 2, 3])), len(ABOUT_GROUPS))
    about = _about(n_about, rng)
    if trap is not None:
        about.insert(int(rng.integers(len(about) + 1)), trap)

    layout = rng.random()
    head_me, head_pref = HEADERS[int(rng.integers(len(HEADERS)))]
    if about and layout < 0.15 and head_me:
        text = head_me + " ".join(about) + "\n" + head_pref + " ".join(prefs)
    elif layout < 0.35:
        lines = about + prefs if rng.random() < 0.8 else prefs + about
        bullet = _pick(rng, ("- ", "* ", ""))
        text = "\n".join(bullet + s for s in lines)
    else:
        if about and rng.random() < 0.7:
            lines = about + prefs
        else:
            lines = prefs + about
        text = " ".join(lines)
    if rng.random() < 0.2:
        text += ("\n" if "\n" in text else " ") + _pick(rng, SIGNOFFS)
    if rng.random() < 0.2:
        text = text.lower()
    return text


# ------------------------------------------------------------------------ flip_pair
FLIP_PHRASES = {
    "helpfulness": (
        "practical, actionable answers",
        "answers that actually solve my problem",
        "concrete advice",
        "step-by-step fixes I can use",
        "specific recommendations",
        "real, usable solutions",
        "useful how-to answers",
    ),
    "harmlessness": (
        "cautious answers",
        "safety warnings",
        "a careful, responsible approach",
        "safe, family-friendly content",
        "answers that avoid anything offensive",
        "risk disclaimers",
        "advice that plays it safe",
    ),
    "humor": (
        "jokes",
        "witty replies",
        "a playful tone",
        "puns",
        "humor",
        "funny asides",
        "banter",
    ),
    "conciseness": (
        "short answers",
        "brief replies",
        "answers that get straight to the point",
        "concise responses",
        "a quick tl;dr",
        "answers that are a few lines max",
        "short and sweet replies",
    ),
}

FLIP_FRAMES = (
    ("I like {x}.", "I don't like {x}."),
    ("I'm really into {x}.", "I'm really not into {x}."),
    ("I want {x}.", "I don't want {x}."),
    ("Please give me {x}.", "Please don't give me {x}."),
    ("I'm a fan of {x}.", "I'm not a fan of {x}."),
    ("I always appreciate {x}.", "I never appreciate {x}."),
    ("I enjoy {x}.", "I can't stand {x}."),
    ("I'm happy when I get {x}.", "I hate it when I get {x}."),
    ("I prefer {x}.", "I'd prefer you never give me {x}."),
    ("Honestly I'm here for {x}.", "Honestly I'm not here for {x}."),
    ("Pls use {x} with me.", "Pls never use {x} with me."),
)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts identical but for liking (first) or disliking (second) ``trait``."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    pos_frame, neg_frame = FLIP_FRAMES[int(rng.integers(len(FLIP_FRAMES)))]
    x = _pick(rng, FLIP_PHRASES[trait])
    n_ctx = int(rng.integers(3))
    ctx = _about(n_ctx, rng)
    n_before = int(rng.integers(n_ctx + 1))
    lower = rng.random() < 0.2
    sep = "\n" if rng.random() < 0.25 else " "

    def build(frame: str) -> str:
        text = sep.join(ctx[:n_before] + [frame.format(x=x)] + ctx[n_before:])
        return text.lower() if lower else text

    return build(pos_frame), build(neg_frame)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    rng = np.random.default_rng(2026)
    for _ in range(10):
        w = rng.dirichlet(np.ones(len(TRAITS)) * 0.8)
        print("weights", np.round(w, 3), "levels", levels_of(w))
        print(generate(w, rng))
        print("-" * 60)
    for trait in TRAITS:
        a, b = flip_pair(trait, rng)
        print(f"[{trait}]\n  + {a}\n  - {b}")
