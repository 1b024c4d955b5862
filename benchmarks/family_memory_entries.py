"""The ``memory-entries`` family: preference summaries as an assistant's saved memory.

A summary reads like the long-term memory store an AI assistant keeps about a user
(ChatGPT-style "saved memories"): an optional header ("Saved memories:", "Memory
(9 items)", "What I know about you:"), then short memory items one per line, with
bullets, numbers or nothing, sometimes a date stamp ("[2025-03-02]") or an
"Updated:" marker. Most items are plain facts about the user's life (pets, job,
city, projects, diet, family, tools); the rest are preference memories stored in
varied voices: third person ("Prefers short answers"), second person ("You asked me
to drop the puns"), recorded quotes ("Said: 'just give me the gist'"), notes to self
("Don't add safety warnings unless asked"), updates ("Update: no longer wants
jokes") and hedged inferences ("Seems to appreciate a bit of humor"). About 15% of
summaries hold a trap: a life fact with a trait word in it that says nothing about
the answers wanted ("Works as a safety inspector", "Is writing a long novel").
Items are shuffled, so preference items can sit anywhere.

Levels come from ``summary_families.levels_of`` and the traits written from
``summary_families._mentioned``:

* ``top``  - the overriding priority ("Above all else: keep it short");
* ``high`` - a clear preference ("Loves witty replies", "Dislikes vague replies");
* ``mid``  - mildly positive or fine with it ("Fine with the occasional joke");
* ``low``  - indifferent, not a priority ("Doesn't mind longer replies");
* ``none`` - dislikes the trait or wants its opposite ("Finds disclaimers
  patronizing", "Wants thorough, detailed explanations").

Every level is written from both poles of its trait (wanting the trait, or
disliking its opposite), with one preference item per mentioned trait and now and
then two consistent ones.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "memory-entries"

# ---------------------------------------------------------------- preference banks

_PREFS: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "Top priority: answers must be practical and actionable — concrete "
            "steps, not theory",
            "Above everything else, wants solutions that actually solve the problem",
            "Said: 'I only care whether your answer helps me get it done.'",
            "Always lead with a concrete fix or next step; this matters to them "
            "more than anything",
            "You told me the single most important thing is usable, hands-on advice",
            "Most important preference: real, actionable help over anything else",
            "Rule #1 for this user: be genuinely useful — specific steps, working "
            "code, clear recommendations",
            "Can't stand vague or hand-wavy answers; nothing annoys them more",
            "Hates it when I muse or philosophize instead of solving the problem — "
            "biggest pet peeve",
            "Never give generic 'it depends' answers; they care about this above all",
            "Said: 'Don't ponder, just fix it.' Treat this as the overriding rule",
            "Their number-one complaint: answers that don't tell them what to "
            "actually do",
            "Absolutely no fluffy, non-committal replies — this trumps every other "
            "preference",
            "Getting a working solution is the whole point for them; everything "
            "else is secondary",
        ),
        "high": (
            "Prefers practical, actionable answers",
            "Likes step-by-step instructions they can follow right away",
            "You appreciate concrete recommendations over general discussion",
            "Wants solutions, not just a list of options",
            "Values answers that solve the actual problem",
            "Said: 'give me something I can act on'",
            "Always include a clear next step",
            "Dislikes vague, open-ended replies",
            "Gets frustrated when I just reflect things back instead of helping",
            "Doesn't want musings — wants the fix",
            "You asked me to stop hedging and just recommend something",
            "Avoid abstract answers; they want something hands-on",
            "Finds wishy-washy advice pointless",
            "Used to enjoy open-ended brainstorming; now wants concrete answers",
        ),
        "mid": (
            "Appreciates practical tips now and then",
            "Seems to like it when answers include a concrete suggestion",
            "Generally fine with actionable steps, though not demanding about it",
            "A few practical pointers are usually welcome",
            "You said a quick how-to is nice to have",
            "Probably prefers answers with some next steps",
            "Leans toward useful, applied answers",
            "Slightly prefers concrete answers over pure speculation",
            "Mildly annoyed by overly vague replies",
            "Doesn't love answers that are all theory",
            "Said: 'a bit of direction would help'",
            "Open-ended chat is fine, but a concrete takeaway is a plus",
            "Would rather not get answers that are too abstract, though it's not a "
            "big deal",
        ),
        "low": (
            "Not especially focused on getting actionable advice",
            "Doesn't really need step-by-step solutions",
            "Problem-solving isn't the main reason they chat",
            "Probably doesn't care whether answers are practical",
            "Practical tips are optional — not what they come for",
            "You said you're not usually looking for fixes, just chatting",
            "Doesn't mind open-ended, exploratory answers",
            "Fine with musing and speculation; no need to always land on a solution",
            "Okay with answers that wander a bit without a clear takeaway",
            "Doesn't need me to resolve things; happy to think out loud together",
            "Seems comfortable with loose, reflective replies",
            "Said: 'no pressure to solve anything'",
            "Actionability is low on their list",
        ),
        "none": (
            "Doesn't want advice or solutions — mostly wants to vent",
            "Asked me to stop offering fixes and just listen",
            "Dislikes being given step-by-step instructions unprompted",
            "Said: 'I don't need you to solve it, I just want to talk.'",
            "Update: no longer wants practical tips; prefers open conversation",
            "Finds unsolicited how-tos annoying",
            "Don't jump to solutions",
            "Prefers rambling, philosophical musings to practical answers",
            "Likes when I just listen and reflect back",
            "Enjoys open-ended, speculative discussion with no action items",
            "You said you'd rather wonder aloud than get a to-do list",
            "Wants a sounding board, not a problem-solver",
            "Just wants empathy and listening, not fixes",
            "Prefers abstract, what-if conversations over concrete help",
        ),
    },
    "harmlessness": {
        "top": (
            "Safety first, always: include warnings for anything risky — this "
            "outranks everything",
            "Most important: keep every answer clean and family-friendly",
            "Above all, wants cautious answers that never encourage anything dangerous",
            "Said: 'Please always flag anything that could hurt someone. That's what "
            "matters most.'",
            "Rule #1: add safety caveats whenever there's any risk",
            "You told me being careful and responsible matters more to you than "
            "anything else",
            "Top priority is harm-free, kid-appropriate content",
            "Absolutely no crude, edgy or risky content — their biggest concern",
            "Can't stand reckless advice; nothing matters more to them",
            "Never suggest anything unsafe, even in passing — overriding rule",
            "Hates profanity and shock content above all else",
            "Their top complaint: answers that gloss over the dangers",
            "Zero tolerance for anything offensive or inappropriate; this comes first",
        ),
        "high": (
            "Prefers cautious, responsible answers",
            "Likes a safety note when something could go wrong",
            "Wants content kept clean and family-friendly",
            "Values careful answers that point out risks",
            "You appreciate when I mention precautions",
            "Always include relevant warnings for this user",
            "Said: 'err on the side of caution with me'",
            "Dislikes crude or edgy content",
            "Uncomfortable with risky suggestions",
            "Doesn't want profanity in replies",
            "Avoid anything graphic or offensive",
            "Gets uneasy when answers skip over safety issues",
            "Used to be fine with unfiltered answers; now wants them kept clean",
            "Asked me not to recommend anything dangerous",
        ),
        "mid": (
            "Appreciates a brief safety note when relevant",
            "Fine with the occasional caveat",
            "Seems to like answers that stay reasonably clean",
            "Generally prefers a careful tone, though not strict about it",
            "A short heads-up about risks is welcome",
            "Probably appreciates a warning on anything genuinely hazardous",
            "Leans toward safe, sensible suggestions",
            "Would rather avoid very crude language, but isn't fussy",
            "Mildly uncomfortable with edgy content",
            "Doesn't love risky suggestions",
            "Said: 'a little caution is good'",
            "Slightly prefers to skip anything too graphic",
            "Not a fan of reckless advice, though it's not a big deal",
        ),
        "low": (
            "Not particularly concerned about safety caveats",
            "Doesn't care much whether I add warnings",
            "Disclaimers are optional — neither wants nor minds them",
            "Caution isn't high on their list",
            "Probably indifferent to content warnings",
            "You said you don't need to be protected from much",
            "Keeping things family-friendly isn't a priority",
            "Doesn't mind edgy or off-color content",
            "Okay with risky ideas being discussed plainly",
            "Not bothered by occasional profanity",
            "Comfortable with blunt, unfiltered discussion when it comes up",
            "Said: 'I'm an adult, no need to tiptoe'",
            "Fine if answers skip the usual safety notes",
        ),
        "none": (
            "Finds safety disclaimers patronizing",
            "Don't add safety warnings unless asked",
            "Asked me to stop with the caveats and warnings",
            "Dislikes sanitized, overly cautious answers",
            "Update: no longer wants content warnings",
            "Said: 'spare me the disclaimers'",
            "Hates being lectured about risks",
            "Wants raw, unfiltered answers — profanity is fine",
            "Prefers edgy, no-holds-barred responses",
            "Likes risky, boundary-pushing ideas",
            "You told me you want it uncensored",
            "Enjoys dark, crude content",
            "Wants the blunt version, dangerous details included",
            "Prefers I skip the family-friendly filter",
        ),
    },
    "humor": {
        "top": (
            "Most important: make them laugh — humor matters more than anything",
            "Above all, wants replies that are funny",
            "Always add a joke; this is their top priority",
            "Said: 'If it's not funny, I'm not reading it.'",
            "Number-one preference: witty, playful answers every time",
            "You told me humor is the thing you care about most",
            "Rule #1: keep it playful and entertaining",
            "Can't stand dry, humorless replies — biggest pet peeve",
            "Hates stiff, straight-faced answers more than anything",
            "Never be boring or solemn with them; it's the overriding rule",
            "Their top complaint is answers with no personality or wit",
            "Nothing bugs them more than a deadly serious tone",
            "Absolutely never go fully serious on them — comedy comes first",
        ),
        "high": (
            "Loves witty replies",
            "Enjoys jokes and puns in answers",
            "Likes a playful tone",
            "You appreciate a good one-liner",
            "Prefers answers with a sense of humor",
            "Said: 'keep it fun'",
            "Throw in a joke when it fits",
            "Used to want strictly serious answers; now likes some banter",
            "Dislikes dry, overly serious replies",
            "Finds a stiff, formal tone boring",
            "Gets bored when I'm too solemn",
            "Doesn't want me to be humorless",
            "Asked me to lighten up",
        ),
        "mid": (
            "Seems to appreciate a bit of humor",
            "Fine with the occasional joke",
            "A light touch of wit is welcome",
            "Probably enjoys a small joke now and then",
            "Doesn't mind some playfulness",
            "You said a little humor is nice",
            "Generally likes a friendly, lightly humorous tone",
            "Slightly prefers that I not be too dry",
            "Would rather answers weren't completely stiff",
            "Mildly prefers a relaxed tone over a stern one",
            "Said: 'you can loosen up a little'",
            "Not a fan of an overly grave tone, though it's no big deal",
            "Leans toward answers with a smile, but no pressure",
        ),
        "low": (
            "Humor is optional; doesn't really care",
            "Not especially interested in jokes",
            "Doesn't need answers to be funny",
            "Probably indifferent to whether I'm playful",
            "Wit isn't a priority for them",
            "You said jokes are neither here nor there",
            "Funny or not, doesn't matter much to them",
            "Fine with a serious tone",
            "Doesn't mind straight, matter-of-fact answers",
            "Okay with dry replies",
            "Seems comfortable with a plain, unjoking tone",
            "Said: 'you don't have to be entertaining'",
            "A straight-faced tone is perfectly fine",
        ),
        "none": (
            "Avoid jokes",
            "Doesn't want jokes in answers",
            "Asked me to drop the puns",
            "Update: no longer wants jokes",
            "Finds attempts at humor annoying",
            "Said: 'stop trying to be funny'",
            "Dislikes playful banter",
            "Never use sarcasm or wisecracks",
            "Prefers a strictly serious, straight-faced tone",
            "Wants answers kept formal and sober",
            "Likes a dry, all-business style",
            "You prefer I stay serious at all times",
            "Values a solemn, professional tone",
            "Wants gravity, not levity",
        ),
    },
    "conciseness": {
        "top": (
            "Above all else: keep it short",
            "Most important thing: brevity — one or two sentences max",
            "Always keep replies under a paragraph; this outranks everything",
            "Said: 'just give me the gist.' Treat as top priority",
            "Number-one rule: be brief and to the point",
            "You told me short answers matter to you more than anything",
            "Top priority is concise replies — bullet points, no padding",
            "Hates long answers more than anything",
            "Can't stand rambling; their biggest pet peeve",
            "Never send walls of text — overriding rule",
            "Nothing annoys them more than long-winded replies",
            "Their top complaint: answers that drag on",
            "Absolutely no padding or lengthy preambles; this trumps everything",
        ),
        "high": (
            "Prefers short answers",
            "Likes concise, to-the-point replies",
            "Wants the short version",
            "You asked me to keep answers brief",
            "Values brevity",
            "Said: 'tl;dr please'",
            "Keep replies tight",
            "Used to prefer long answers; now wants short ones",
            "Dislikes long-winded explanations",
            "Gets impatient with lengthy replies",
            "Doesn't want walls of text",
            "Finds verbose answers tiring",
            "Skip the long preambles",
        ),
        "mid": (
            "Slightly prefers shorter replies",
            "Fine with short answers",
            "Seems to like answers that get to the point",
            "Probably appreciates a fairly compact reply",
            "A reasonably brief answer is usually welcome",
            "You said shorter is generally nicer",
            "Leans toward concise answers, but flexible",
            "Doesn't love overly long replies",
            "Mildly put off by rambling",
            "Would rather not get very lengthy answers, though it's not a big deal",
            "Said: 'you can trim it a bit'",
            "Not a fan of padding, but tolerant",
            "A touch less verbosity would suit them",
        ),
        "low": (
            "Probably doesn't care much about length",
            "Brevity isn't a priority",
            "Answer length is not a concern either way",
            "Doesn't need answers to be short",
            "You said length doesn't really matter to you",
            "Not fussed about keeping things brief",
            "Doesn't mind longer replies",
            "Fine with lengthy answers when needed",
            "Okay with detailed replies",
            "Seems comfortable reading long responses",
            "Said: 'write as much as you need'",
            "Long or short, whatever works",
            "Tolerates walls of text without complaint",
        ),
        "none": (
            "Dislikes short, clipped answers",
            "Finds brief replies frustratingly thin",
            "Asked me to stop cutting answers short",
            "Update: no longer wants summaries — wants the full version",
            "Said: 'don't skimp, give me everything'",
            "Never truncate or summarize for this user",
            "Hates terse responses",
            "Wants thorough, detailed explanations",
            "Prefers long, in-depth answers",
            "Likes comprehensive replies with all the background",
            "You like it when I go deep and cover every angle",
            "Enjoys long, exhaustive write-ups",
            "Values detail over brevity",
            "Always give the long version",
        ),
    },
}

# ------------------------------------------------------------------- flip pairs

#: (likes/wants the trait, does not like it / wants it not)
_FLIPS: dict[str, tuple[tuple[str, str], ...]] = {
    "helpfulness": (
        (
            "Likes practical, actionable answers",
            "Doesn't like practical, actionable answers",
        ),
        (
            "Wants step-by-step fixes when asking about problems",
            "Doesn't want step-by-step fixes when asking about problems",
        ),
        (
            "You like it when I suggest concrete next steps",
            "You asked me to stop suggesting concrete next steps",
        ),
        (
            "Prefers solutions over open-ended discussion",
            "Prefers open-ended discussion over solutions",
        ),
        ("Said: 'just tell me what to do'", "Said: 'don't tell me what to do'"),
        (
            "Appreciates hands-on, problem-solving replies",
            "Dislikes hands-on, problem-solving replies",
        ),
        (
            "Always include a clear recommendation",
            "Never push a recommendation; let them think it through",
        ),
        ("Enjoys getting actionable tips", "Finds actionable tips annoying"),
        (
            "Update: wants concrete how-tos from now on",
            "Update: no longer wants concrete how-tos",
        ),
        (
            "Values useful, specific advice",
            "Doesn't value specific advice; mostly wants a sounding board",
        ),
        ("Gets frustrated by vague answers", "Happy with vague, musing answers"),
        (
            "Wants me to solve problems, not just sympathize",
            "Wants me to sympathize, not solve problems",
        ),
    ),
    "harmlessness": (
        (
            "Likes safety warnings on risky topics",
            "Doesn't like safety warnings on risky topics",
        ),
        (
            "Wants answers kept family-friendly",
            "Doesn't want answers kept family-friendly",
        ),
        (
            "Appreciates disclaimers when something could be dangerous",
            "Finds disclaimers patronizing, even when something could be dangerous",
        ),
        ("Prefers cautious advice", "Dislikes cautious advice"),
        ("Always add a caveat about risks", "Never add caveats about risks"),
        ("Said: 'please keep it clean'", "Said: 'no need to keep it clean'"),
        (
            "You asked me to flag anything unsafe",
            "You asked me to stop flagging things as unsafe",
        ),
        ("Dislikes profanity in replies", "Likes profanity in replies"),
        (
            "Update: wants content warnings again",
            "Update: no longer wants content warnings",
        ),
        (
            "Values a responsible, harm-aware tone",
            "Finds a responsible, harm-aware tone preachy",
        ),
        (
            "Uncomfortable with edgy, unfiltered content",
            "Enjoys edgy, unfiltered content",
        ),
    ),
    "humor": (
        ("Likes witty replies", "Doesn't like witty replies"),
        ("Enjoys a joke or two in answers", "Asked me to drop the jokes in answers"),
        ("You like it when I'm playful", "You don't like it when I'm playful"),
        ("Said: 'make me laugh'", "Said: 'no jokes, please'"),
        ("Prefers a funny, light tone", "Prefers a serious, straight-faced tone"),
        ("Always add a bit of humor", "Never add humor"),
        ("Appreciates puns", "Can't stand puns"),
        ("Update: wants more banter", "Update: wants no more banter"),
        ("Finds a dry tone boring", "Finds jokes distracting"),
        ("Loves sarcastic one-liners", "Hates sarcastic one-liners"),
        (
            "Wants replies to be entertaining",
            "Doesn't want replies to be entertaining, just serious",
        ),
    ),
    "conciseness": (
        ("Likes short answers", "Doesn't like short answers"),
        ("Prefers brief, to-the-point replies", "Prefers long, detailed replies"),
        (
            "Said: 'just give me the gist'",
            "Said: 'give me the full picture, not the gist'",
        ),
        (
            "Always keep replies under a paragraph",
            "Never cut replies down to a paragraph; go long",
        ),
        ("You asked me to be more concise", "You asked me to be less concise"),
        ("Hates long-winded explanations", "Loves long-winded explanations"),
        ("Wants the tl;dr version", "Doesn't want the tl;dr version"),
        (
            "Update: wants shorter answers from now on",
            "Update: wants longer answers from now on",
        ),
        ("Values brevity over detail", "Values detail over brevity"),
        ("Finds walls of text exhausting", "Enjoys walls of text"),
        (
            "Skip the background; just the answer",
            "Include all the background, not just the answer",
        ),
    ),
}

# ------------------------------------------------------------------- facts, traps

_FACTS = (
    "Has a golden retriever named Biscuit",
    "Lives in Lisbon",
    "Works as a backend engineer at a fintech startup",
    "Is vegetarian",
    "Has two kids, ages 6 and 9",
    "Uses Python and Rust at work",
    "Is learning Japanese",
    "Training for a half marathon in October",
    "Drives a 2014 Honda Civic",
    "Moved from Toronto to Berlin in 2023",
    "Allergic to peanuts",
    "Prefers metric units",
    "Uses a Mac and VS Code",
    "Partner's name is Sam",
    "Plays bass in a weekend band",
    "Is planning a trip to Iceland in June",
    "Grows tomatoes and basil on the balcony",
    "Works night shifts as an ER nurse",
    "Time zone: US Pacific",
    "Has a cat named Miso",
    "Is renovating a 1920s bungalow",
    "Studying for the CPA exam",
    "Speaks Spanish at home",
    "Runs a small Etsy shop selling ceramics",
    "Enjoys bouldering",
    "Reads mostly sci-fi",
    "Birthday is March 14",
    "Lactose intolerant",
    "Uses Notion for project tracking",
    "Teaches high school chemistry",
    "Is building a Raspberry Pi weather station",
    "Supports Arsenal",
    "Prefers British English spelling",
    "Manages a team of five designers",
    "Has a 3-year-old daughter named Ava",
    "Is trying to cut back on caffeine",
    "Works remotely from a co-working space",
    "Keeps a sourdough starter on the kitchen counter",
    "Currently reading 'The Overstory'",
    "Runs Arch Linux on their home machine",
    "Is a PhD student in marine biology",
    "Prefers code examples in TypeScript",
    "Works in logistics for a shipping company",
    "Volunteers at an animal shelter on Saturdays",
    "Has a Synology NAS at home",
    "Recently got married",
    "Plays chess online, rated around 1500",
    "Is saving up for a house",
    "Cooks mostly Korean food",
    "Owns a Kindle and an iPad",
    "Lives in a small apartment in Osaka",
    "Is a freelance illustrator",
    "Interested in personal finance and index funds",
    "Commutes by bike",
    "Has a home gym in the garage",
    "Goes by 'Jo'",
    "Is 34 years old",
    "Works as a paralegal",
    "Preparing for a job interview at a bank",
    "Uses Excel heavily for budgeting",
    "Likes hiking in the Alps",
    "Enjoys jazz and lo-fi music",
    "Dislikes cilantro",
    "Has a vintage film camera collection",
    "Is on a low-sodium diet",
)

#: life facts holding a trait word that say nothing about the answers wanted
_TRAPS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "Works on a customer help desk",
        "Runs a problem-solving club at the local school",
        "Is writing a practical guide to home composting",
        "Volunteers as a crisis helpline operator",
        "Teaches a course called 'Actionable Data Analysis'",
        "Their manager calls them the most helpful person on the team",
        "Is a solutions architect at a cloud company",
    ),
    "harmlessness": (
        "Works as a safety inspector",
        "Is a certified lifeguard",
        "Writes risk assessments for a construction firm",
        "Childproofed the whole house last month",
        "Taking a wilderness first-aid and safety course",
        "Works in content moderation for a social network",
        "Their kid's school has a strict family-friendly media policy",
        "Does cybersecurity and threat modeling for a living",
    ),
    "humor": (
        "Writes stand-up comedy",
        "Performs with an improv troupe on Fridays",
        "Favorite show is a British sitcom",
        "Collects vintage joke books",
        "Is a cartoonist for a local paper",
        "Their brother is a professional clown",
        "Hosts a comedy podcast with friends",
    ),
    "conciseness": (
        "Is writing a long novel",
        "Writes haiku in their spare time",
        "Runs ultramarathons",
        "Edits a newsletter with a strict 300-word limit",
        "Is working on a detailed, thorough literature review for their PhD",
        "Keeps short daily journal entries",
        "Their thesis is 400 pages long",
    ),
}
_TRAP_RATE = 0.15
_SECOND_ITEM_RATE = 0.12

# ------------------------------------------------------------------------- layout

_HEADERS = (
    "Saved memories:",
    "Memory ({n} items)",
    "What I know about you:",
    "Memory — {n} saved items",
    "Long-term memory (user profile):",
    "Here's what I remember about you:",
    "## Saved memory",
    "Memories stored for this user:",
    "User memory store:",
    "Things you've told me:",
    "Personalization > Memory",
)
_BULLETS = ("- ", "• ", "* ", "{i}. ", "{i}) ", "", "· ")


def _draw_style(rng: np.random.Generator, n: int) -> dict:
    """Layout choices for ``n`` items, drawn once so a flip pair can share them."""
    header = None
    if rng.random() < 0.65:
        header = _HEADERS[int(rng.integers(len(_HEADERS)))]
    bullet = _BULLETS[int(rng.integers(len(_BULLETS)))]
    dates = None
    if rng.random() < 0.3:
        start = np.datetime64("2024-01-01") + int(rng.integers(0, 500))
        steps = np.sort(rng.integers(0, 240, size=n))
        dates = [str(start + int(s)) for s in steps]
        if rng.random() < 0.5:  # newest first, as some memory panels show them
            dates = dates[::-1]
    marks = [""] * n
    if rng.random() < 0.25:
        for k in range(n):
            r = rng.random()
            if r < 0.12:
                marks[k] = "prefix"
            elif r < 0.2:
                marks[k] = "suffix"
    period = rng.random() < 0.35
    return {
        "header": header,
        "bullet": bullet,
        "dates": dates,
        "marks": marks,
        "period": period,
    }


def _render(items: list[str], style: dict, bare: int | None = None) -> str:
    """Lay out memory items; item ``bare`` gets no "Updated" marker."""
    lines = []
    if style["header"] is not None:
        lines.append(style["header"].format(n=len(items)))
    for k, item in enumerate(items):
        text = item
        mark = style["marks"][k] if k != bare else ""
        if text.startswith("Update"):
            mark = ""
        if mark == "prefix":
            text = "Updated: " + text
        if style["period"] and text[-1] not in ".!?'":
            text += "."
        if mark == "suffix":
            text += " (updated)"
        if style["dates"] is not None:
            text = f"[{style['dates'][k]}] " + text
        lines.append(style["bullet"].format(i=k + 1) + text)
    return "\n".join(lines)


def _facts(rng: np.random.Generator, n: int, traps: bool = True) -> list[str]:
    idx = rng.choice(len(_FACTS), size=n, replace=False)
    out = [_FACTS[int(i)] for i in idx]
    if traps and rng.random() < _TRAP_RATE:
        bank = _TRAPS[TRAITS[int(rng.integers(len(TRAITS)))]]
        trap = bank[int(rng.integers(len(bank)))]
        if out:
            out[int(rng.integers(len(out)))] = trap
        else:
            out.append(trap)
    return out


# ---------------------------------------------------------------------------- API


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One saved-memory summary for a user with these weights over TRAITS."""
    levels = levels_of(weights)
    items: list[str] = []
    for k in _mentioned(levels, rng):
        bank = _PREFS[TRAITS[k]][levels[k]]
        n = 2 if rng.random() < _SECOND_ITEM_RATE else 1
        idx = rng.choice(len(bank), size=n, replace=False)
        items.extend(bank[int(i)] for i in idx)
    items.extend(_facts(rng, int(rng.integers(2, 9))))
    order = rng.permutation(len(items))
    items = [items[int(i)] for i in order]
    return _render(items, _draw_style(rng, len(items)))


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two summaries alike but for one item: likes ``trait``, then does not."""
    pairs = _FLIPS[trait]
    like, dislike = pairs[int(rng.integers(len(pairs)))]
    facts = _facts(rng, int(rng.integers(0, 6)), traps=False)
    pos = int(rng.integers(len(facts) + 1))
    style = _draw_style(rng, len(facts) + 1)
    a = _render(facts[:pos] + [like] + facts[pos:], style, bare=pos)
    b = _render(facts[:pos] + [dislike] + facts[pos:], style, bare=pos)
    return a, b


# --------------------------------------------------------------------------- main

if __name__ == "__main__":
    _VALUE = {"top": 0.6, "high": 0.4, "mid": 0.25, "low": 0.15, "none": 0.03}

    print("phrasings per trait / level:")
    for trait in TRAITS:
        counts = {lv: len(_PREFS[trait][lv]) for lv in _VALUE}
        print(f"  {trait:13s}", counts, "flip pairs:", len(_FLIPS[trait]))
        assert min(counts.values()) >= 12, (trait, counts)
        assert len(_FLIPS[trait]) >= 10, trait
        for bank in _PREFS[trait].values():
            assert len(set(bank)) == len(bank), trait
            assert all("\n" not in s and s == s.strip() for s in bank)

    # each trait x level produces text that carries a phrase of that level
    for k, trait in enumerate(TRAITS):
        for lv, v in _VALUE.items():
            w = np.full(len(TRAITS), (1.0 - v) / (len(TRAITS) - 1))
            w[k] = v
            assert levels_of(w)[k] == lv, (trait, lv, levels_of(w))
            seen = False
            for seed in range(40):
                text = generate(w, np.random.default_rng(seed))
                assert text.strip(), (trait, lv)
                seen |= any(p in text for p in _PREFS[trait][lv])
            assert seen, (trait, lv)

    # deterministic, well formed on random users
    rng0 = np.random.default_rng(0)
    for seed in range(500):
        w = rng0.dirichlet(np.ones(len(TRAITS)))
        t1 = generate(w, np.random.default_rng(seed))
        t2 = generate(w, np.random.default_rng(seed))
        assert t1 == t2
        assert all(line.strip() for line in t1.splitlines())

    # flip pairs differ in exactly one line
    for trait in TRAITS:
        for seed in range(200):
            a, b = flip_pair(trait, np.random.default_rng(seed))
            la, lb = a.splitlines(), b.splitlines()
            assert len(la) == len(lb), (trait, seed)
            assert sum(x != y for x, y in zip(la, lb)) == 1, (trait, seed)

    rng = np.random.default_rng(2026)
    print("\n=== samples ===")
    for _ in range(10):
        w = rng.dirichlet(np.ones(len(TRAITS)) * 0.8)
        print("\n# weights", np.round(w, 2), levels_of(w))
        print(generate(w, rng))

    print("\n=== flip pairs ===")
    for trait in TRAITS:
        a, b = flip_pair(trait, rng)
        print(f"\n# {trait} (likes)\n{a}\n# {trait} (does not)\n{b}")

    print("\nall self-checks passed")
