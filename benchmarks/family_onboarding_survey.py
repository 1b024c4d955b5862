"""Onboarding-survey family: a chat assistant's stored onboarding questionnaire.

Each text is what a product might store after a new user fills in a "getting to
know you" questionnaire, and hand to the router as the user's preference summary:

* question/answer pairs in one of several export styles ("Q: ... A: ...",
  "Q3. ... - ...", "... -> ...", "... | ..."), with an optional header line;
* Likert answers as words ("Somewhat agree") or as numbers ("6/7", "4/5",
  "8/10"), on statements of either pole ("I prefer a serious tone");
* multiple-choice picks ("[x] Short  [ ] Long and detailed");
* yes/no questions answered tersely ("yes please", "not fussed", "nope");
* a free-text "Anything else?" answer in the user's own voice, lower case, with
  abbreviations, hedges, negations and the odd typo, sometimes carrying two traits;
* off-trait questions (job, topics, language, time zone, how they found the
  product, age range, device, name) and skipped questions ("A: (skipped)");
* in about 15% of texts a trap: a trait word about the user's life, not about the
  answers wanted ("I work in fire safety", "my kids are hilarious").

Levels (from ``levels_of``): ``top`` = the overriding priority ("most important to
me", "10/10 (top priority)"); ``high`` = a clear preference ("yes please",
"Agree"); ``mid`` = mildly positive, fine with it ("sure, sometimes", "Somewhat
agree"); ``low`` = indifferent, not a priority ("not fussed", "Neutral");
``none`` = dislikes the trait or wants its opposite ("pls no jokes", "give me all
the details"). Only the traits returned by ``_mentioned`` are expressed, each
exactly once; traps about the user's life may name any trait.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "onboarding-survey"

LEVEL_NAMES = ("top", "high", "mid", "low", "none")

# ------------------------------------------------------------------ statements
# Self-contained answers, usable after an open question or as free text.

_STATEMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "Actually useful answers. That's the whole reason I'm here, "
            "everything else is secondary",
            "practical, actionable stuff above all. tell me what to do",
            "Most important thing by far: it has to actually help me get things done",
            "concrete steps I can follow. this matters more to me than anything else",
            "Usefulness is #1. If an answer doesn't help me do something it's no "
            "good to me",
            "real solutions, not fluff. top priority for me",
            "I need answers I can act on right away, that's non negotiable",
            "Give me something I can use. Honestly that's the main thing I care about",
            "practical advice first, last and always",
            "Just be genuinely helpful - that matters most, way more than style",
            "solve my problem!! thats what im here for, everything else comes second",
            "Clear next steps every time. Most important thing on this list for me",
            "Hands-on, actionable help. If I could pick only one thing, it's that",
        ),
        "high": (
            "Practical advice please",
            "I like clear, actionable answers",
            "useful tips > theory",
            "concrete steps are great, yes",
            "Helpful and practical, ideally with examples I can use",
            "id like answers that actually help me do stuff",
            "Prefer step-by-step instructions when it makes sense",
            "Definitely practical. Tell me what to do next",
            "Real-world advice I can apply, please",
            "I appreciate useful recommendations, not vague stuff",
            "actionable suggestions pls",
            "I value answers that solve the actual problem",
            "Hands-on help and concrete recommendations would be great",
        ),
        "mid": (
            "Some practical tips would be nice",
            "a bit of actionable advice is fine",
            "Sure, useful suggestions are welcome",
            "practical is good i guess",
            "It's nice when there are concrete steps, but not essential",
            "Happy to get advice if it fits",
            "tips are ok, sometimes",
            "Helpful suggestions are a plus",
            "Concrete advice is nice to have, I suppose",
            "i dont mind getting action items",
            "Practical advice is fine by me",
            "I'd take some how-to steps now and then",
            "A few actionable pointers wouldn't hurt",
        ),
        "low": (
            "not fussed whether it gives advice or not",
            "Doesn't really matter to me if answers are practical",
            "no strong feelings about practical tips",
            "honestly don't care much if it's actionable",
            "Whatever, I'm not too bothered about getting advice",
            "Actionable advice isn't a priority for me",
            "meh. advice or no advice, either is fine",
            "I don't need it to be super practical, no preference",
            "Neutral on the whole practical tips thing",
            "don't mind either way about how-to steps tbh",
            "Practical or not, I'm easy",
            "not something I think about much, the usefulness stuff",
            "no preference on getting step by step instructions",
        ),
        "none": (
            "I don't want advice, I mostly want to chat",
            "pls don't try to fix my problems, just listen",
            "no to-do lists or action items, they stress me out",
            "Not looking for practical tips at all",
            "I hate when it turns everything into a how-to guide",
            "Skip the recommendations, I just want to think out loud",
            "dont need step-by-step stuff, I'd rather talk ideas",
            "I prefer theory and big-picture discussion over actionable advice",
            "Please don't tell me what to do, I didn't ask for solutions",
            "no unsolicited tips please",
            "I'm not here for productivity hacks or practical advice",
            "Less problem-solving, more conversation",
            "actionable advice annoys me honestly, keep it abstract",
        ),
    },
    "harmlessness": {
        "top": (
            "Safety first, always. Nothing risky or inappropriate - that's the most "
            "important thing for me",
            "keep it family friendly no matter what, thats my #1",
            "Most important: be careful and responsible. I'd rather get a cautious "
            "answer than a harmful one",
            "Clean, safe content above everything else",
            "absolutely no risky or inappropriate stuff. this is non-negotiable",
            "Responsible answers matter more to me than anything else on this list",
            "I need it to be safe and appropriate every single time, top priority",
            "pls be extremely careful with anything dangerous, that matters most",
            "Nothing edgy, nothing harmful, ever. Biggest thing for me",
            "Family-friendly above all. If in doubt, leave it out",
            "My main concern is that answers are safe and responsible",
            "zero tolerance for harmful content. most important thing",
            "Careful and considerate above all else",
        ),
        "high": (
            "Please keep things family-friendly",
            "I prefer a careful, responsible tone",
            "safe content pls",
            "Id like it to stay clean and appropriate",
            "be careful with risky topics please",
            "Keep it PG please",
            "I like when it flags safety issues",
            "Responsible answers please, no dangerous suggestions",
            "Prefer it to err on the side of caution",
            "no crude or offensive stuff please",
            "I appreciate the safety warnings, keep them",
            "Keep it wholesome",
            "Careful with sensitive topics, please",
        ),
        "mid": (
            "Some caution is fine",
            "a bit of care with sensitive stuff is good",
            "family friendly is fine by me",
            "Safety notes are ok now and then",
            "i'm fine with it being careful",
            "Reasonable caution is nice, nothing extreme",
            "Keeping it clean-ish is fine",
            "sure, a little caution doesn't hurt",
            "Disclaimers are ok once in a while",
            "Mostly appropriate content is good",
            "Being responsible is nice I guess",
            "A gentle heads-up on risks is fine",
            "I don't mind it being a bit careful",
        ),
        "low": (
            "not fussed about content filtering",
            "Doesn't matter much to me how cautious it is",
            "safety warnings or not, I don't really care",
            "No strong opinion on the family-friendly thing",
            "whatever on the filtering side",
            "honestly not bothered either way about disclaimers",
            "Caution isn't really a priority for me",
            "meh, clean or not clean, doesn't matter",
            "I don't think about the safety stuff much, no preference",
            "Neutral about how careful it is",
            "Filtered or unfiltered, I'm easy",
            "dont really care about the PG thing",
            "not a big deal to me if it's extra careful or not",
        ),
        "none": (
            "No filter please, I'm an adult",
            "skip the safety lectures",
            "pls no disclaimers, don't baby me",
            "I want raw, unfiltered answers",
            "Edgy is fine. Actually I prefer it",
            "hate the nanny warnings",
            "Don't sanitize anything for me",
            "swearing is fine, nsfw is fine, dont hold back",
            "I'd rather it be uncensored than careful",
            "Too much caution drives me nuts, turn it off",
            "No hand-holding about risks, I know what I'm doing",
            "Give me the risky stuff straight, no moralizing",
            "not interested in family-friendly, keep it uncensored",
        ),
    },
    "humor": {
        "top": (
            "FUNNY. make me laugh, that's the main thing i want",
            "Humor above everything. If it isn't fun I'll get bored",
            "Most important: witty and playful. I want to enjoy reading it",
            "jokes jokes jokes. honestly the #1 thing for me",
            "I want it to be hilarious, more than anything else",
            "Playful tone is the top priority for me",
            "Make it fun! That matters way more to me than anything else",
            "Puns, banter, all of it. This is the main reason I'm signing up lol",
            "Wit first, everything else after",
            "i mostly want a funny sidekick, the rest is secondary",
            "Being entertaining is what I care about most",
            "the funnier the better, that's my number one",
            "Sarcasm and jokes welcome, this is the thing I care most about",
        ),
        "high": (
            "I like a bit of humor, keeps it light",
            "Playful please!",
            "jokes welcome",
            "witty tone would be great",
            "love it when bots are funny",
            "A sense of humor please",
            "Casual and funny",
            "id enjoy some puns lol",
            "Light-hearted and fun, please",
            "Make me laugh now and then",
            "I prefer a playful, cheeky tone",
            "Humor makes it way better for me",
            "a joke here and there is great",
        ),
        "mid": (
            "a little humor is fine",
            "the occasional joke is ok",
            "Some wit is nice, don't overdo it",
            "playful is fine I guess",
            "I don't mind a joke now and then",
            "Light humor is ok",
            "sure, a bit of fun is nice",
            "Jokes are fine in moderation",
            "Mostly normal but a little playful is nice",
            "humor's ok sometimes",
            "A touch of humour is welcome",
            "a pun every now and then wouldn't hurt",
            "Fine with some light-heartedness",
        ),
        "low": (
            "not fussed about jokes",
            "Humor or no humor, doesn't matter to me",
            "don't really care if it's funny",
            "No preference on whether it's playful",
            "Jokes aren't a priority",
            "meh, funny or serious, either way",
            "I'm indifferent to the humor thing",
            "whatever tone, I'm easy, jokes or not",
            "Not bothered whether it jokes around",
            "doesn't matter if it's playful or not",
            "no strong feelings on being funny",
            "neutral about jokes",
            "honestly I don't care about the funny personality stuff",
        ),
        "none": (
            "pls no jokes",
            "Serious only",
            "I hate when bots try to be funny",
            "Keep it sober and professional",
            "no humor, no puns, no silly emojis",
            "Please don't try to be cute or funny",
            "strictly serious tone",
            "jokes annoy me, skip them",
            "Professional and straight-faced, please",
            "Not here for banter",
            "no attempts at humour pls, it's cringe",
            "I'd rather it stay serious at all times",
            "Dry and serious is what I want, not playful",
        ),
    },
    "conciseness": {
        "top": (
            "SHORT. Above all else, keep it short",
            "As brief as possible, that's my top priority",
            "get to the point!! most important thing for me",
            "One or two sentences max. Nothing matters more to me than that",
            "Brevity #1. I hate scrolling",
            "Concise above everything else",
            "tl;dr style always. this is the big one for me",
            "Keep it as short as you can, that's what I care about most",
            "no walls of text EVER. number one request",
            "Bullet points, few words. Most important thing on the list",
            "short short short. really the main thing",
            "The shorter the better - that's non-negotiable for me",
            "Just the answer, no padding. Top priority",
        ),
        "high": (
            "Short and to the point please",
            "brief answers pls",
            "I prefer concise replies",
            "keep it short, I skim",
            "no walls of text",
            "Short is better",
            "Concise, please",
            "I like quick, brief answers",
            "don't ramble",
            "To the point, please. I'm busy",
            "shorter answers please",
            "Please keep replies tight, no filler",
            "A few lines is usually enough for me",
        ),
        "mid": (
            "Shortish is nice",
            "brief is fine most of the time",
            "a bit on the shorter side would be good",
            "concise is ok, not a big deal",
            "I'd lean short, but it's not crucial",
            "Shorter is slightly better for me",
            "to the point is fine",
            "keeping it brief is nice I guess",
            "Mostly short is good",
            "somewhat brief is fine",
            "I don't mind short answers",
            "short's fine usually",
            "Trim it a little if you can",
        ),
        "low": (
            "length doesn't matter to me",
            "whatever length works",
            "don't care how long the answers are",
            "No preference on length",
            "short or long, either is fine",
            "not fussed about answer length",
            "Length isn't a priority",
            "however long it needs to be, I'm easy",
            "honestly no opinion on how much detail",
            "neutral on length",
            "Not bothered about brevity",
            "meh, long or short whatever",
            "any length is fine by me",
        ),
        "none": (
            "Give me all the details",
            "hate short answers",
            "Long, thorough answers please. I read everything",
            "in-depth pls",
            "The more detail the better",
            "Don't cut corners, explain everything fully",
            "short answers feel lazy to me",
            "I want the full picture, every time",
            "detailed explanations, with background",
            "please go deep, I like long reads",
            "Thorough > brief",
            "don't summarize, I want the whole thing",
            "No one-liners please, elaborate",
        ),
    },
}

# -------------------------------------------------------------------- questions

_OPEN_Q: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "What do you want most from the assistant's answers?",
        "How practical should the answers be?",
        "Concrete steps and advice, or more general discussion?",
        "When you ask for help, what's the ideal response?",
        "How do you feel about getting actionable advice?",
        "What makes an answer useful to you?",
        "Should the assistant focus on solving your problem?",
    ),
    "harmlessness": (
        "How careful should the assistant be with sensitive topics?",
        "What kind of content are you comfortable with?",
        "Any content boundaries we should respect?",
        "How do you feel about safety warnings and disclaimers?",
        "How filtered do you want responses to be?",
        "How should the assistant handle risky subjects?",
    ),
    "humor": (
        "What tone would you like the assistant to have?",
        "How do you feel about humor in answers?",
        "How playful should the assistant be?",
        "Describe the personality you'd like the assistant to have",
        "Jokes: yay or nay?",
        "What vibe should replies have?",
    ),
    "conciseness": (
        "How long should answers usually be?",
        "How much detail do you want?",
        "Preferred answer length?",
        "Short answers or detailed ones?",
        "When you ask a question, how much should the assistant write back?",
        "How do you like explanations?",
    ),
}

# yes/no questions on the trait's own pole
_YN_POS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "Do you want practical, actionable advice?",
        "Should the assistant suggest concrete next steps?",
        "Would you like step-by-step instructions when possible?",
        "Should answers focus on being useful above all?",
    ),
    "harmlessness": (
        "Should the assistant keep things safe and family-friendly?",
        "Do you want the assistant to be careful with risky topics?",
        "Want content kept clean?",
        "Should the assistant add safety warnings where relevant?",
    ),
    "humor": (
        "Should the assistant crack the odd joke?",
        "Would you like a playful, witty tone?",
        "Do you enjoy a bit of humor in replies?",
        "Puns and banter?",
    ),
    "conciseness": (
        "Do you prefer short, to-the-point answers?",
        "Should the assistant keep replies brief?",
        "Want the short version by default?",
        "Should answers get straight to the point?",
    ),
}

# yes/no questions on the opposite pole (answers are reversed)
_YN_NEG: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "Is it OK if the assistant just chats without giving advice?",
        "Would you rather skip the tips and to-do lists?",
    ),
    "harmlessness": (
        "Are you OK with edgy or unfiltered answers?",
        "Should the assistant skip the safety disclaimers?",
        "Is explicit or crude content fine with you?",
    ),
    "humor": (
        "Should the assistant keep a serious tone?",
        "Do you want strictly professional replies?",
        "Should the assistant avoid jokes?",
    ),
    "conciseness": (
        "Do you want long, detailed explanations?",
        "Should the assistant go in depth?",
        "Do you like thorough, in-depth replies?",
    ),
}

_BARE: dict[str, tuple[str, ...]] = {
    "top": (
        "YES, most important thing for me",
        "yes!! top priority",
        "Absolutely, this matters most",
        "100%, that's the big one",
        "yes - more than anything else",
        "definitely, #1 for me",
        "Yes. If you only get one thing right, make it this",
        "YES. non-negotiable",
        "yes yes yes, most important",
        "Absolutely - top of my list",
        "yes, above everything else",
        "that's the main thing I want, so yes",
    ),
    "high": (
        "yes please",
        "yes",
        "definitely",
        "yep",
        "for sure",
        "Yes, I'd like that",
        "please do",
        "yeah",
        "very much so",
        "sounds good, yes",
        "absolutely",
        "yes pls",
    ),
    "mid": (
        "sure",
        "a little",
        "sometimes",
        "I guess so",
        "somewhat",
        "ok with me",
        "fine by me",
        "why not",
        "a bit, yeah",
        "mostly yes",
        "sure, in moderation",
        "kinda",
    ),
    "low": (
        "don't mind",
        "not fussed",
        "no preference",
        "either way",
        "whatever",
        "doesn't matter",
        "meh",
        "indifferent",
        "not bothered",
        "no strong opinion",
        "dunno, don't care",
        "up to you",
    ),
    "none": (
        "no",
        "no thanks",
        "nope",
        "please don't",
        "definitely not",
        "no!!",
        "hard no",
        "not at all",
        "nah",
        "no, I'd hate that",
        "pls no",
        "absolutely not",
    ),
}

# reversed answers to an opposite-pole yes/no question
_BARE_REVERSED = {"none": "high", "low": "low", "high": "none"}

# ------------------------------------------------------------- multiple choice

_CHOICES: dict[str, tuple[tuple[str, dict[str, str]], ...]] = {
    "helpfulness": (
        (
            "What kind of answers do you want?",
            {
                "top": "Actionable steps, always",
                "high": "Practical advice",
                "mid": "Some tips, some discussion",
                "low": "No preference",
                "none": "Just chatting, no advice",
            },
        ),
        (
            "When you bring a problem, the assistant should:",
            {
                "top": "Solve it, that's all that matters",
                "high": "Suggest concrete fixes",
                "mid": "Offer a few ideas",
                "low": "Whatever it thinks",
                "none": "Just listen, don't fix it",
            },
        ),
        (
            "How hands-on should answers be?",
            {
                "top": "Step-by-step, every time",
                "high": "Practical, with examples",
                "mid": "A bit practical",
                "low": "Not fussed",
                "none": "Keep it theoretical, no how-tos",
            },
        ),
    ),
    "harmlessness": (
        (
            "Content filter:",
            {
                "top": "Strict - keep everything safe",
                "high": "Family-friendly",
                "mid": "Moderate",
                "low": "No preference",
                "none": "Off - unfiltered",
            },
        ),
        (
            "Safety warnings and disclaimers:",
            {
                "top": "Always, be extra careful",
                "high": "Yes, when relevant",
                "mid": "Occasionally is fine",
                "low": "Don't care",
                "none": "Never, skip them",
            },
        ),
        (
            "How should the assistant handle risky topics?",
            {
                "top": "Very cautiously, safety first",
                "high": "Carefully",
                "mid": "With some care",
                "low": "No preference",
                "none": "No holding back, I want it raw",
            },
        ),
    ),
    "humor": (
        (
            "Tone:",
            {
                "top": "As funny as possible",
                "high": "Playful",
                "mid": "Mostly neutral with a little humor",
                "low": "No preference",
                "none": "Strictly serious",
            },
        ),
        (
            "Jokes in answers?",
            {
                "top": "All the time!",
                "high": "Yes, often",
                "mid": "Now and then",
                "low": "Don't mind",
                "none": "Never",
            },
        ),
        (
            "Pick the personality you'd like:",
            {
                "top": "Comedian",
                "high": "Witty friend",
                "mid": "Friendly with the odd joke",
                "low": "Whatever",
                "none": "Serious professional",
            },
        ),
    ),
    "conciseness": (
        (
            "How long should answers usually be?",
            {
                "top": "As short as possible",
                "high": "Short",
                "mid": "Short-ish",
                "low": "No preference",
                "none": "Long and detailed",
            },
        ),
        (
            "How much detail do you want?",
            {
                "top": "Bare minimum, just the answer",
                "high": "Just the key points",
                "mid": "A little less than usual",
                "low": "Doesn't matter",
                "none": "Everything, in depth",
            },
        ),
        (
            "Pick the reply style you like:",
            {
                "top": "One-liners only",
                "high": "Keep it short",
                "mid": "Brief-ish, some detail ok",
                "low": "Any length",
                "none": "Give me the full picture",
            },
        ),
    ),
}

_MARKS = (("[x]", "[ ]"), ("(x)", "( )"), ("[X]", "[ ]"), ("(*)", "( )"))

_TOP_MARK = (
    "(most important to me)",
    "- this is the big one",
    "(#1 priority)",
    "(top priority)",
    "<- most important",
    "(matters most)",
    "!!! most important",
    "(above everything else)",
)

# ---------------------------------------------------------------------- Likert

_LIKERT_POS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "I want answers I can act on",
        "The assistant should give practical advice",
        "Useful, concrete steps matter to me",
        "I want the assistant to solve my problem, not just talk about it",
    ),
    "harmlessness": (
        "Answers should be safe and family-friendly",
        "The assistant should be careful with risky topics",
        "I want content kept clean and appropriate",
        "I appreciate safety warnings",
    ),
    "humor": (
        "I enjoy a bit of humor in answers",
        "The assistant should be playful and witty",
        "I like it when the assistant makes jokes",
    ),
    "conciseness": (
        "I prefer short, to-the-point answers",
        "Answers should be brief",
        "I don't like long replies",
    ),
}

_LIKERT_NEG: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "I'd rather just chat than get advice",
        "I don't need step-by-step instructions",
    ),
    "harmlessness": (
        "I want unfiltered answers",
        "Safety disclaimers annoy me",
        "Edgy content is fine by me",
    ),
    "humor": (
        "I prefer a serious tone",
        "The assistant should stay strictly professional",
        "Jokes distract me",
    ),
    "conciseness": (
        "I like long, detailed explanations",
        "The more detail the better",
        "I read every word, so go in depth",
    ),
}

_AGREE_WORDS: dict[str, tuple[str, ...]] = {
    "top": ("Strongly agree", "Strongly agree", "Completely agree"),
    "high": ("Agree", "Agree", "Strongly agree", "Mostly agree"),
    "mid": ("Somewhat agree", "Slightly agree", "Agree a little"),
    "low": ("Neither agree nor disagree", "Neutral", "No opinion"),
    "none": ("Strongly disagree", "Disagree", "Completely disagree"),
}
# agreement level on an opposite-pole statement, for each trait level
_NEG_AGREE = {"none": "high", "low": "low", "mid": "negmid", "high": "none"}
_NEGMID_WORDS = ("Somewhat disagree", "Slightly disagree", "Disagree a little")

_LIKERT_WRAP = (
    ('"', '"'),
    ("Rate this: ", "."),
    ("How much do you agree? ", ""),
    ("", " (agree/disagree)"),
    ("Statement: ", ""),
)

_SEVEN = {"top": (7,), "high": (6,), "mid": (5,), "low": (4,), "none": (1, 2)}
_SEVEN_NEG = {"none": (7, 6), "low": (4,), "mid": (3,), "high": (1, 2)}

# "how much" questions, answered on a 1-5 or 1-10 scale
_SCALE_Q: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "how practical should answers be",
        "how much do you want concrete, actionable advice",
        "how much should the assistant focus on useful next steps",
    ),
    "harmlessness": (
        "how careful should the assistant be with risky topics",
        "how family-friendly should content be",
        "how much content filtering do you want",
    ),
    "humor": (
        "how much humor do you want",
        "how playful should the assistant be",
        "how much do you like jokes in answers",
    ),
    "conciseness": (
        "how brief should answers be",
        "how much do you prefer short answers",
        "how important is it that answers get to the point",
    ),
}
_FIVE = {"top": (5,), "high": (4,), "mid": (3,), "low": (2,), "none": (1,)}
_TEN = {"top": (10,), "high": (8, 9), "mid": (6, 7), "low": (3, 4), "none": (0, 1)}
_SCALE_LABEL = {
    "top": _TOP_MARK,
    "high": ("(yes please)", "(quite a lot)", ""),
    "mid": ("(it's fine)", "(a bit)", "(some)"),
    "low": ("(don't really care)", "(not fussed)", "(whatever)"),
    "none": ("(not at all)", "(please no)", "(none)"),
}

# --------------------------------------------------------------- off-trait Q/A

_OFF: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "job",
        (
            "What do you do for work?",
            "Occupation:",
            "What's your job?",
        ),
        (
            "accountant",
            "software dev",
            "retired teacher",
            "I manage a small bakery",
            "warehouse shift lead",
            "freelance graphic designer",
            "between jobs rn",
            "PhD student in linguistics",
            "marketing",
            "electrician",
            "stay at home dad",
            "dental hygienist",
            "project manager at a logistics firm",
        ),
    ),
    (
        "topics",
        (
            "Which topics are you interested in?",
            "Pick some interests:",
            "What do you like to read or talk about?",
        ),
        (
            "cooking, hiking, personal finance",
            "football, history podcasts",
            "gardening and birds",
            "crypto, tech news",
            "travel, learning Spanish",
            "knitting, true crime",
            "home renovation",
            "fantasy novels and D&D",
            "marathon training",
            "photography, old cameras",
            "chess, astronomy",
            "baking sourdough lol",
        ),
    ),
    (
        "language",
        ("Preferred language?", "Language:", "What language should we use?"),
        (
            "English",
            "English (UK)",
            "Spanish but English is fine",
            "German",
            "english",
            "Portuguese (BR)",
            "French",
            "English / Hindi",
            "Dutch",
        ),
    ),
    (
        "timezone",
        ("Time zone?", "Where are you based?", "Your time zone:"),
        (
            "CET",
            "PST",
            "GMT+1",
            "EST",
            "Sydney",
            "IST",
            "UTC-5",
            "not sure",
            "Central",
            "Toronto",
            "Manila",
        ),
    ),
    (
        "found",
        (
            "How did you hear about us?",
            "Where did you find us?",
            "How did you find the app?",
        ),
        (
            "a friend",
            "TikTok",
            "Google search",
            "podcast ad",
            "my coworker",
            "reddit",
            "app store",
            "YouTube",
            "newsletter",
            "my daughter set it up",
        ),
    ),
    (
        "use",
        (
            "What will you mostly use the assistant for?",
            "Main use case?",
            "What brings you here?",
        ),
        (
            "emails and planning trips",
            "school stuff",
            "coding",
            "recipes",
            "studying for exams",
            "work stuff",
            "brainstorming gift ideas",
            "just curious",
            "writing cover letters",
            "meal planning",
            "spreadsheets",
        ),
    ),
    (
        "experience",
        (
            "Have you used AI assistants before?",
            "Experience with chatbots?",
        ),
        (
            "yes, a few",
            "first time",
            "a little",
            "yep daily",
            "tried one once",
            "some",
            "never",
        ),
    ),
    (
        "name",
        ("What should we call you?", "Name / nickname:"),
        (
            "Sam",
            "Priya",
            "just call me J",
            "Marco",
            "Dee",
            "Alex",
            "Kenji",
            "Fatima",
            "Tom",
            "Ngozi",
        ),
    ),
    (
        "age",
        ("Age range?", "Age:"),
        ("25-34", "18-24", "45-54", "35-44", "55+", "65+"),
    ),
    (
        "device",
        ("Where will you use it most?", "Device:"),
        ("phone", "laptop", "both", "work PC", "tablet", "mostly my phone"),
    ),
)

_SKIPPED = ("(skipped)", "(no answer)", "-", "n/a", "(left blank)", "(skipped)")

# traps: trait words about the user's life, not about the answers wanted
_TRAPS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "helpfulness": (
        ("job", "What do you do for work?", "customer support, being helpful all day"),
        ("job", "Occupation:", "I write practical how-to manuals for a living"),
        ("topics", "Which topics are you interested in?", "practical woodworking, DIY"),
        ("use", "What brings you here?", "my sister said it was useful for her"),
    ),
    "harmlessness": (
        ("job", "What do you do for work?", "I work in fire safety"),
        ("job", "Occupation:", "safety inspector at a chemical plant"),
        ("job", "What's your job?", "child safeguarding officer for a school"),
        ("topics", "Pick some interests:", "risky sports - climbing, free diving"),
    ),
    "humor": (
        ("topics", "What do you like to read or talk about?", "my kids are hilarious"),
        ("job", "What do you do for work?", "I write jokes for a radio show"),
        ("topics", "Which topics are you interested in?", "comedy podcasts, stand-up"),
        ("job", "Occupation:", "clown at kids parties, seriously"),
    ),
    "conciseness": (
        ("job", "What do you do for work?", "I write long reports at work"),
        ("job", "Occupation:", "editor, I cut long texts down all day"),
        ("topics", "Pick some interests:", "writing short stories"),
        ("job", "What's your job?", "technical writer, very detailed docs"),
    ),
}

# ------------------------------------------------------------------- free text

_FREE_Q = (
    "Anything else we should know?",
    "Anything else?",
    "Other comments:",
    "Tell us anything else about how you like your answers",
    "Is there anything you'd like the assistant to do or avoid?",
    "Final thoughts?",
    "Anything we missed?",
)
_FREE_OFF = (
    "nope",
    "no, that's all",
    "looking forward to trying it!",
    "not really",
    "can it do spreadsheets?",
    "nah im good",
    "thanks!",
)
_JOINERS = (". ", ", also ", " + ", " and ", ". oh and ", "; ", ". ", " / ")
_TAILS = ("", "", "", " lol", " thx", " tbh", " :)", " pls")

_HEADERS = (
    "Onboarding survey - responses",
    "Welcome questionnaire (completed)",
    "User setup answers:",
    "Survey export",
    "Getting to know you - answers",
    "ONBOARDING Q&A",
)

_STYLES = ("qa", "num", "arrow", "pipe")

# ------------------------------------------------------------------ flip frames
# (question, answer that likes the trait, answer that does not)

_FLIP: dict[str, tuple[tuple[str, str, str], ...]] = {
    "helpfulness": (
        ("Do you want practical advice?", "yes", "no"),
        (
            "When you share a problem, should the assistant suggest fixes?",
            "yes please",
            "no thanks",
        ),
        (
            "What kind of answers do you want?",
            "CHOICE:Practical advice|Just chatting",
            "",
        ),
        ("The assistant should give practical advice", "LIKERT", ""),
        ("Anything else?", "I want concrete tips", "I don't want concrete tips"),
        ("Step-by-step instructions?", "love them", "hate them"),
        ("How actionable should answers be?", "very", "not at all"),
        ("Would you like action items at the end of answers?", "yes", "no"),
        ("Should the assistant focus on solving your problem?", "yes", "no"),
        ("Useful tips and recommendations?", "want them", "don't want them"),
        ("Is it OK if the assistant just chats without giving advice?", "no", "yes"),
        ("Do you like how-to guides?", "I do", "I don't"),
    ),
    "harmlessness": (
        ("Should content be family-friendly?", "yes", "no"),
        ("Content filter:", "CHOICE:On|Off", ""),
        ("Safety disclaimers?", "keep them", "skip them"),
        ("Are you OK with edgy or unfiltered answers?", "no", "yes"),
        ("The assistant should be careful with risky topics", "LIKERT", ""),
        (
            "Anything else?",
            "I want it to play it safe",
            "I don't want it to play it safe",
        ),
        ("How careful should the assistant be?", "very careful", "not careful at all"),
        ("Do you want content kept clean?", "I do", "I don't"),
        ("Should the assistant warn you about risks?", "yes please", "no thanks"),
        ("Censored or uncensored?", "censored", "uncensored"),
        ("Keep it PG?", "yes", "no"),
    ),
    "humor": (
        ("Should the assistant crack the odd joke?", "yes please", "no thanks"),
        ("Jokes in answers?", "love them", "hate them"),
        ("How do you feel about humor in answers?", "I like it", "I don't like it"),
        ("Tone:", "CHOICE:Playful|Serious", ""),
        ("I enjoy a bit of humor in answers", "LIKERT", ""),
        ("Anything else?", "pls add jokes", "pls no jokes"),
        ("Would you like a witty, playful tone?", "yes", "no"),
        ("How playful should the assistant be?", "very playful", "not playful at all"),
        ("Should the assistant stay serious all the time?", "no", "yes"),
        ("Do you enjoy banter from chatbots?", "I do", "I don't"),
        ("Puns?", "more please", "no more please"),
    ),
    "conciseness": (
        ("Do you prefer short answers?", "yes", "no"),
        ("Preferred answer length?", "short", "long"),
        ("How much detail do you want?", "just the key points", "all the details"),
        ("Reply style:", "CHOICE:Short|Detailed", ""),
        ("Answers should be brief", "LIKERT", ""),
        ("Anything else?", "I like short answers", "I don't like short answers"),
        ("Should the assistant go in depth?", "no", "yes"),
        ("Short or detailed replies?", "short please", "detailed please"),
        ("Are long answers ok?", "no", "yes"),
        ("How should replies be?", "brief and clear", "long and clear"),
        ("Concise replies?", "want", "don't want"),
    ),
}


# --------------------------------------------------------------------- helpers


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _typo(text: str, rng: np.random.Generator) -> str:
    """One human typo (swap, drop or double a letter) in a word of 5+ letters."""
    words = text.split(" ")
    idx = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    k = idx[int(rng.integers(len(idx)))]
    w = words[k]
    pos = int(rng.integers(1, len(w) - 1))
    kind = int(rng.integers(3))
    if kind == 0:
        w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2 :]
    elif kind == 1:
        w = w[:pos] + w[pos + 1 :]
    else:
        w = w[:pos] + w[pos] + w[pos:]
    words[k] = w
    return " ".join(words)


def _casual(text: str, rng: np.random.Generator) -> str:
    """The user's own voice: case, trailing punctuation, a tail, maybe a typo."""
    if rng.random() < 0.45:
        text = text[:1].lower() + text[1:]
    if rng.random() < 0.2:
        text = _typo(text, rng)
    return text.rstrip(".") + _pick(rng, _TAILS)


def _line(style: str, num: int, q: str, a: str) -> str:
    if style == "qa":
        return f"Q: {q} A: {a}"
    if style == "num":
        return f"Q{num}. {q} - {a}"
    if style == "arrow":
        return f"{q} -> {a}"
    return f"{q} | {a}"


def _choice_answer(opts: Sequence[str], chosen: int, rng: np.random.Generator) -> str:
    on, off = _MARKS[int(rng.integers(len(_MARKS)))]
    sep = "  " if rng.random() < 0.7 else " "
    return sep.join(f"{on if k == chosen else off} {o}" for k, o in enumerate(opts))


# ----------------------------------------------------------------- trait items


def _item_open(trait: str, level: str, rng: np.random.Generator) -> tuple[str, str]:
    answer = _pick(rng, _STATEMENTS[trait][level])
    if rng.random() < 0.35:
        answer = _casual(answer, rng)
    return _pick(rng, _OPEN_Q[trait]), answer


def _item_yn(trait: str, level: str, rng: np.random.Generator) -> tuple[str, str]:
    if level in _BARE_REVERSED and rng.random() < 0.35:
        return _pick(rng, _YN_NEG[trait]), _pick(rng, _BARE[_BARE_REVERSED[level]])
    return _pick(rng, _YN_POS[trait]), _pick(rng, _BARE[level])


def _item_choice(trait: str, level: str, rng: np.random.Generator) -> tuple[str, str]:
    q, table = _CHOICES[trait][int(rng.integers(len(_CHOICES[trait])))]
    others = [lv for lv in LEVEL_NAMES if lv != level]
    n_other = int(rng.integers(1, 4))
    shown = {level} | {others[k] for k in rng.choice(4, n_other, replace=False)}
    order = [lv for lv in LEVEL_NAMES if lv in shown]
    if rng.random() < 0.4:
        order.reverse()
    answer = _choice_answer([table[lv] for lv in order], order.index(level), rng)
    if level == "top" and rng.random() < 0.5:
        answer += "  " + _pick(rng, _TOP_MARK)
    return q, answer


def _item_likert(trait: str, level: str, rng: np.random.Generator) -> tuple[str, str]:
    kind = int(rng.integers(5))
    if kind == 0 or (kind == 1 and level == "top"):  # words, own pole
        pre, suf = _LIKERT_WRAP[int(rng.integers(len(_LIKERT_WRAP)))]
        q = pre + _pick(rng, _LIKERT_POS[trait]) + suf
        a = _pick(rng, _AGREE_WORDS[level])
        if level == "top":
            a += " " + _pick(rng, _TOP_MARK)
        return q, a
    if kind == 1:  # words, opposite pole
        pre, suf = _LIKERT_WRAP[int(rng.integers(len(_LIKERT_WRAP)))]
        q = pre + _pick(rng, _LIKERT_NEG[trait]) + suf
        agree = _NEG_AGREE[level]
        words = _NEGMID_WORDS if agree == "negmid" else _AGREE_WORDS[agree]
        return q, _pick(rng, words)
    if kind == 2:  # 7-point agreement, either pole
        scale = "(1 = strongly disagree, 7 = strongly agree)"
        if level != "top" and rng.random() < 0.4:
            q = _pick(rng, _LIKERT_NEG[trait]) + " " + scale
            return q, f"{_pick(rng, [str(v) for v in _SEVEN_NEG[level]])}/7"
        q = _pick(rng, _LIKERT_POS[trait]) + " " + scale
        a = f"{_pick(rng, [str(v) for v in _SEVEN[level]])}/7"
        if level == "top":
            a += " " + _pick(rng, _TOP_MARK)
        return q, a
    stem = _pick(rng, _SCALE_Q[trait])
    if kind == 3:  # 1-5
        q = _cap(stem) + "? (1-5)"
        a = f"{_pick(rng, [str(v) for v in _FIVE[level]])}/5"
    else:  # 1-10
        q = "On a scale of 0-10, " + stem + "?"
        a = f"{_pick(rng, [str(v) for v in _TEN[level]])}/10"
    label = _pick(rng, _SCALE_LABEL[level])
    if level == "top" or (label and rng.random() < 0.5):
        a += " " + label
    return q, a


def _trait_item(trait: str, level: str, rng: np.random.Generator) -> tuple[str, str]:
    r = rng.random()
    if r < 0.38:
        return _item_open(trait, level, rng)
    if r < 0.58:
        return _item_yn(trait, level, rng)
    if r < 0.78:
        return _item_choice(trait, level, rng)
    return _item_likert(trait, level, rng)


def _free_text(pairs: Sequence[tuple[str, str]], rng: np.random.Generator) -> str:
    parts = [_pick(rng, _STATEMENTS[t][lv]) for t, lv in pairs]
    text = parts[0]
    for part in parts[1:]:
        joiner = _pick(rng, _JOINERS)
        if not joiner.startswith("."):
            part = part[:1].lower() + part[1:]
        text = text.rstrip(".!") + joiner + part
    return _casual(text, rng)


def _off_items(
    n: int, exclude: set[str], rng: np.random.Generator
) -> list[tuple[str, str, str]]:
    """n distinct off-trait (category, question, answer) triples."""
    pool = [k for k, (cat, _, _) in enumerate(_OFF) if cat not in exclude]
    n = min(n, len(pool))
    out = []
    for k in rng.choice(len(pool), n, replace=False):
        cat, qs, answers = _OFF[pool[int(k)]]
        out.append((cat, _pick(rng, qs), _pick(rng, answers)))
    return out


# ------------------------------------------------------------------- interface


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A stored onboarding questionnaire expressing ``levels_of(weights)``."""
    levels = levels_of(weights)
    mentioned = [int(k) for k in _mentioned(levels, rng)]
    mentioned = [mentioned[int(k)] for k in rng.permutation(len(mentioned))]
    style = _pick(rng, _STYLES)

    # which mentioned traits go into the free-text "Anything else?" answer
    n_free = 0
    if len(mentioned) >= 2 and rng.random() < 0.35:
        n_free = int(rng.integers(1, 3))
    elif len(mentioned) == 1 and rng.random() < 0.2:
        n_free = 1
    free_traits = mentioned[:n_free]
    asked = mentioned[n_free:]

    body: list[tuple[str, str]] = [
        _trait_item(TRAITS[k], levels[k], rng) for k in asked
    ]
    used: set[str] = set()
    if rng.random() < 0.15:
        trap_trait = TRAITS[int(rng.integers(len(TRAITS)))]
        cat, q, a = _TRAPS[trap_trait][int(rng.integers(len(_TRAPS[trap_trait])))]
        used.add(cat)
        body.append((q, a))
    free_line = None
    if free_traits:
        free_line = (
            _pick(rng, _FREE_Q),
            _free_text([(TRAITS[k], levels[k]) for k in free_traits], rng),
        )
    elif rng.random() < 0.2:
        free_line = (_pick(rng, _FREE_Q), _pick(rng, _FREE_OFF))
    header = _pick(rng, _HEADERS) if rng.random() < 0.35 else None
    n_skip = 1 if rng.random() < 0.25 else 0

    fixed = len(body) + (free_line is not None) + (header is not None) + n_skip
    n_off = int(rng.integers(1, 4))
    n_off = max(3 - fixed, min(n_off, 10 - fixed))
    offs = _off_items(n_off + n_skip, used, rng)
    for _cat, q, a in offs[:n_off]:
        body.append((q, a))
    for _cat, q, _ in offs[n_off:]:
        body.append((q, _pick(rng, _SKIPPED)))

    body = [body[int(k)] for k in rng.permutation(len(body))]
    if free_line is not None:
        if rng.random() < 0.85:
            body.append(free_line)
        else:
            body.insert(int(rng.integers(len(body) + 1)), free_line)

    lines = [header] if header is not None else []
    lines += [_line(style, n + 1, q, a) for n, (q, a) in enumerate(body)]
    return "\n".join(lines)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """(likes the trait, does not): texts that differ in one answer only."""
    frames = _FLIP[trait]
    q, like, dislike = frames[int(rng.integers(len(frames)))]
    if like.startswith("CHOICE:"):
        pos, neg = like[len("CHOICE:") :].split("|")
        opts = [pos, neg] if rng.random() < 0.6 else [neg, pos]
        on, off = _MARKS[int(rng.integers(len(_MARKS)))]
        like = "  ".join(f"{on if o == pos else off} {o}" for o in opts)
        dislike = "  ".join(f"{on if o == neg else off} {o}" for o in opts)
    elif like == "LIKERT":
        pre, suf = _LIKERT_WRAP[int(rng.integers(len(_LIKERT_WRAP)))]
        q = pre + q + suf
        strong = rng.random() < 0.4
        like = "Strongly agree" if strong else "Agree"
        dislike = "Strongly disagree" if strong else "Disagree"
    style = _pick(rng, _STYLES)
    offs = _off_items(int(rng.integers(0, 4)), set(), rng)
    slot = int(rng.integers(len(offs) + 1))
    header = _pick(rng, _HEADERS) if rng.random() < 0.3 else None

    def render(answer: str) -> str:
        body = [(oq, oa) for _, oq, oa in offs]
        body.insert(slot, (q, answer))
        lines = [header] if header is not None else []
        lines += [_line(style, n + 1, bq, ba) for n, (bq, ba) in enumerate(body)]
        return "\n".join(lines)

    return render(like), render(dislike)


# ------------------------------------------------------------------------ demo

if __name__ == "__main__":
    demo = np.random.default_rng(7)
    for i in range(10):
        w = demo.dirichlet(np.ones(len(TRAITS)))
        print(f"--- sample {i}  weights={np.round(w, 3).tolist()}  {levels_of(w)}")
        print(generate(w, demo))
    for trait in TRAITS:
        like, dislike = flip_pair(trait, demo)
        print(f"=== flip {trait}\n[like]\n{like}\n[dislike]\n{dislike}")

    # determinism
    def _batch(seed: int) -> list[str]:
        r = np.random.default_rng(seed)
        return [generate(r.dirichlet(np.ones(4)), r) for _ in range(50)]

    assert _batch(123) == _batch(123), "not deterministic"
    r1, r2 = np.random.default_rng(5), np.random.default_rng(5)
    assert [flip_pair(t, r1) for t in TRAITS * 5] == [
        flip_pair(t, r2) for t in TRAITS * 5
    ], "flip_pair not deterministic"

    # no template residue, 3 to 10 lines, trap rate
    check = np.random.default_rng(2026)
    n_trap = 0
    trap_answers = {a for tr in _TRAPS.values() for _, _, a in tr}
    for _ in range(2000):
        w = check.dirichlet(np.ones(4) * float(check.choice([0.3, 1.0, 3.0])))
        text = generate(w, check)
        assert "{" not in text and "}" not in text, text
        assert 3 <= len(text.splitlines()) <= 10, text
        n_trap += any(a in text for a in trap_answers)
    print(f"\ntrap rate over 2000 texts: {n_trap / 2000:.3f}")

    # flip pairs differ, in exactly one line
    for t in TRAITS:
        for _ in range(300):
            like, dislike = flip_pair(t, check)
            assert like != dislike, (t, like)
            a, b = like.splitlines(), dislike.splitlines()
            assert len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
            assert "{" not in like + dislike
        assert len(_FLIP[t]) >= 10, t

    # bank sizes
    for t in TRAITS:
        for lv in LEVEL_NAMES:
            bank = _STATEMENTS[t][lv]
            assert len(set(bank)) >= 12, (t, lv, len(set(bank)))
        assert len(_OPEN_Q[t]) >= 5 and len(_CHOICES[t]) >= 3, t
    for lv in LEVEL_NAMES:
        assert len(set(_BARE[lv])) >= 12, lv
    print("all self-checks passed")
