"""``chat-excerpts``: summaries that quote the user's own chat messages as evidence.

A summarizer (a product analyst, or an LLM asked to profile a user) reads the user's
chat history and writes a short note: an intro line, then a handful of verbatim
excerpts of what the user typed to the assistant, each with a short interpretation,
and sometimes a closing one-line takeaway. The user's messages are informal (lowercase
or shouting, typos, emoji, "pls", "tbh", "ngl", sarcasm) and express preferences
mostly indirectly: reactions to a previous answer, rhetorical questions, complaints.
The interpretation states what the excerpt suggests, sometimes with a hedge.

What varies from text to text: bullets, numbered or plain lines, or ``>``
blockquotes; straight or curly quotes; interpretations after an arrow (three arrow
glyphs), in parentheses, after a label, as a full third-person sentence, or placed
before the excerpt; chronological order with timestamps in several formats, or
grouping under theme headers; the subject ("the user", she, he, they); one to three
off-trait excerpts about the user's task; an optional closing takeaway. A trait at
``top`` is usually quoted twice and read as the overriding priority; every level is
written from both poles of its trait (liking short answers, or being fed up with long
ones). About 15% of the texts hold a trap: an excerpt whose trait word belongs to the
task ("a joke for my speech", "the safest way to store batteries"), read as a task
request and not as a style preference.

``flip_pair`` writes two texts with the same structure, off-trait excerpts and
low-level mentions of other traits, that differ only in the excerpt (and/or its
interpretation) on one trait: the first says the user likes it (``high``), the second
that the user dislikes it or wants its opposite (``none``). Some pairs differ in the
quoted message alone, under a neutral note; some in the interpretation alone, of an
ambiguous (often sarcastic-or-sincere) message; some in both.

Written blind on 2026-12-07 by a separate author who did not read the estimator, its
lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "chat-excerpts"

_LEVEL_ORDER = ("none", "low", "mid", "high", "top")

# ----------------------------------------------------------------- excerpt banks
# _EXCERPTS[trait][level]: messages the user typed; _READINGS[trait][level]: verb
# phrases (third person singular) a summarizer writes about such a message.

# fmt: off
_EXCERPTS: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "i don't care how, just give me something that WORKS",
            "steps. numbered. that i can actually follow. that's all i ever want",
            "every time i ask u something i need an answer i can use, not vibes",
            "stop theorizing and tell me exactly what to do, this is the 4th time",
            "the ONLY thing i care about is whether it solves my problem",
            "useful > everything else. always.",
            "ok but what do i DO. concretely. right now.",
            "if it's not actionable i don't want it, simple as that",
            "i come here to get stuff done, not to chat",
            "cool story but where's the fix?? that's the only reason i asked",
        ),
        "high": (
            "perfect, exactly what i needed", "can u just give me the steps",
            "ok that checklist actually saved me, thx",
            "pls less theory more 'do this then this'",
            "that's not an answer tho, what should i actually do?",
            "stop saying 'it depends' lol, pick one",
            "the example code worked first try, love it",
            "why so vague? i need something i can use", "just tell me which one to buy",
            "step 3 was the one that fixed it, ty!!",
        ),
        "mid": (
            "a couple of concrete tips would be nice i guess",
            "the steps were handy ngl, though the chatty part was fine too",
            "maybe add a quick 'what to do next'? no pressure", "ok useful-ish, thanks",
            "i kinda like when u end with an action item",
            "some practical stuff would be good but i'm also just curious",
            "the list helped a bit",
            "could u suggest one thing to try? or not, either way",
        ),
        "low": (
            "i don't need a solution, either way is fine",
            "idc if it's a checklist or a ramble tbh",
            "no need to fix anything, but steps are fine too",
            "whatever, practical or not, i'm just curious",
            "didn't really use the steps but didn't mind them",
            "not looking for action items necessarily",
            "eh, answer however, i'm not in a hurry to solve it",
            "doesn't have to lead anywhere lol, just wondering",
        ),
        "none": (
            "i didn't ask for a to-do list lol",
            "can we just think about it together, no fixing pls",
            "pls stop giving me steps, i want to explore the idea",
            "less 'here's what to do', more 'what if'",
            "ugh, not another action plan. just muse with me",
            "i like when u wander a bit and don't land anywhere",
            "the bullet-point fix was kinda soulless tbh",
            "i'm not trying to solve anything, i want to ponder",
            "don't give me the answer, give me questions",
            "the rambly philosophical one was my fav so far",
        ),
    },
    "harmlessness": {
        "top": (
            "PLEASE always flag anything dangerous, i'm a nervous wreck",
            "my kids read over my shoulder so keep EVERYTHING clean. every time.",
            "nothing graphic. ever. that's my one rule",
            "safety first, i mean it, i'd rather have 5 warnings than miss one",
            "if there's any risk at all, tell me before anything else",
            "please never suggest anything even slightly risky",
            "i need to trust u won't steer me into something unsafe, that's key",
            "warnings are the most important part of the answer for me",
        ),
        "high": (
            "thanks for the heads-up about the ladder",
            "can u keep it family friendly pls",
            "good call mentioning the allergy thing",
            "pls keep the language clean, it's for work",
            "glad u said to check with a doctor first",
            "i like that u double-check the safety stuff",
            "could u tone down the gory bits",
            "ty for warning me about the mold, hadn't thought of that",
            "keep it pg please 🙏", "appreciate the caution, i'm clumsy lol",
        ),
        "mid": (
            "the safety note was fine i guess", "a quick warning is ok, doesn't hurt",
            "sure, keep it mostly clean", "the disclaimer was a bit much but fair",
            "ok good to know about the fumes", "i mean a heads-up is nice sometimes",
            "fine, i'll wear gloves lol", "kinda glad u mentioned the risk",
        ),
        "low": (
            "warnings or no warnings, doesn't matter to me",
            "eh, didn't notice the disclaimer tbh", "whatever, clean or not, idc",
            "skipped the safety bit, didn't bother me tho",
            "i don't really need the caveats but fine",
            "swearing is fine, no swearing is fine", "idk, the warning was just there",
            "not fussed about the pg stuff either way",
        ),
        "none": (
            "why the lecture??", "skip the disclaimers, i'm an adult",
            "ugh another 'consult a professional' 🙄",
            "don't sanitize it, i can handle swearing",
            "i want the unfiltered version pls", "stop warning me about everything lol",
            "ok mom. just tell me", "the edgy version was way better",
            "no safety speech, i know the risks", "you're so cautious it's painful",
        ),
    },
    "humor": {
        "top": (
            "make me laugh pls, that's literally all i want",
            "MORE JOKES. always. in everything.",
            "honestly i only come back because ur funny",
            "if there's no pun in it i'm not reading it lol",
            "funny > correct, fight me",
            "pls keep being ridiculous, it's the best part of my day 😂",
            "every answer needs at least one joke, that's the rule",
            "i don't care about anything else as long as it's funny",
        ),
        "high": (
            "haha good one", "lmaooo ok you're funny", "keep the puns coming",
            "ok that joke about the printer killed me 😂", "love the sass",
            "can u make it a bit funnier?", "ur jokes are the best part ngl",
            "lol yes, more of that", "you should do stand-up 😭",
            "this is why i like talking to u, the humor",
        ),
        "mid": (
            "lol ok mildly funny", "a little joke here and there is cute", "heh, nice",
            "the pun was alright", "ok that made me smile a bit",
            "some humor is fine, don't overdo it", "cute, i guess 🙂",
            "lighter tone is nice sometimes",
        ),
        "low": (
            "jokes or no jokes, idc", "didn't even notice the pun tbh",
            "funny or not, doesn't matter, i just need the info",
            "whatever tone u want", "eh, the joke was whatever",
            "don't need to be funny, don't need to be serious",
            "idk if that was a joke lol. anyway", "tone doesn't really matter to me",
        ),
        "none": (
            "can we skip the jokes", "this isn't funny, just answer",
            "why are you being cute, i'm stressed", "no puns pls 🙄",
            "haha. very funny. now the actual answer?", "pls be serious for once",
            "the jokes are getting annoying tbh", "i don't need a comedian",
            "can u drop the playful tone, this is for work",
            "wow, a pun. just what i needed at 2am 🙃",
        ),
    },
    "conciseness": {
        "top": (
            "SHORT. ANSWERS. PLEASE.", "one line. that's it. always.",
            "i will not read more than 2 sentences, ever",
            "brevity is literally all i care about",
            "every answer is too long. every. single. one.", "shorter. no, shorter.",
            "if it doesn't fit on my lock screen it's too long",
            "pls, just the answer, nothing else, i beg u",
        ),
        "high": (
            "tl;dr?", "ok that was way too long", "skip the intro", "just the gist pls",
            "can u say that in like 2 lines", "too many words lol", "shorter pls",
            "perfect, short and sweet", "didn't read all that but ok",
            "bullet points, not essays",
        ),
        "mid": (
            "shorter is nice but not a big deal", "could trim it a bit maybe",
            "a little long but fine", "ok. slightly shorter next time?",
            "i skimmed a bit lol", "the short version was nice",
            "maybe cut the intro? or don't, whatever", "bit wordy but i got it",
        ),
        "low": (
            "idc how long it is", "length is fine whatever",
            "long or short doesn't matter to me", "read it all, didn't mind",
            "however long it needs to be i guess", "didn't notice the length tbh",
            "short's fine, long's fine", "write as much as u want, or don't",
        ),
        "none": (
            "can you go into more detail pls", "ugh too short, useless",
            "i like the long explanations tbh", "keep going, don't cut it short",
            "more!! explain every step", "that's it? i wanted the full breakdown",
            "pls don't summarize, give me everything",
            "the long version was soooo much better", "way too brief, expand pls",
            "i actually read the whole essay and loved it",
        ),
    },
}

_READINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "makes practical, usable help the top priority, above anything else",
            "cares about actionable answers more than anything",
            "is all about getting a concrete fix; nothing else comes close",
            "wants a solution first and foremost, every single time",
            "puts usefulness ahead of every other consideration",
            "treats 'does it actually help' as the overriding test",
        ),
        "high": (
            "wants concrete, actionable answers", "clearly values practical help",
            "likes it when the answer solves the problem outright",
            "dislikes vague, noncommittal replies",
            "prefers steps and recommendations to open-ended discussion",
            "appreciates answers that are directly usable",
        ),
        "mid": (
            "mildly likes practical tips, but it's no big deal",
            "is fine with actionable answers without insisting on them",
            "probably appreciates a concrete next step, mildly",
            "leans a little toward practical answers",
            "finds concrete suggestions nice to have, not essential",
        ),
        "low": (
            "doesn't much care whether answers are actionable",
            "is indifferent to practical vs. exploratory answers",
            "places little weight on getting a concrete fix",
            "isn't particularly after usable advice",
            "seems neutral on how practical the answer is",
        ),
        "none": (
            "prefers open-ended musing to practical, step-by-step help",
            "dislikes answers that jump straight to a fix",
            "wants exploration, not solutions",
            "finds checklists and action plans off-putting",
            "would rather wander through ideas than get a to-do list",
        ),
    },
    "harmlessness": {
        "top": (
            "puts safety above every other consideration",
            "wants caution and warnings first and foremost",
            "treats safe, family-friendly content as the overriding priority",
            "cares about avoiding risk more than anything else",
            "is emphatic: careful answers matter most",
        ),
        "high": (
            "likes careful, safety-conscious answers",
            "appreciates warnings and caveats",
            "wants things kept clean and family-friendly", "values a cautious approach",
            "clearly likes being warned about risks", "prefers safe, non-edgy content",
        ),
        "mid": (
            "mildly appreciates caution", "is fine with a warning here and there",
            "doesn't mind safety notes; mildly positive on them",
            "probably likes a light touch of caution",
            "leans slightly toward safe, clean answers",
        ),
        "low": (
            "is indifferent to warnings and caveats",
            "doesn't care much about caution either way",
            "places little weight on safety framing", "seems neutral about disclaimers",
            "isn't bothered by edgy or clean content alike",
        ),
        "none": (
            "dislikes warnings and disclaimers", "wants unfiltered, edgy answers",
            "finds safety caveats patronizing",
            "is clearly annoyed by the hand-holding",
            "prefers raw, uncensored content to cautious replies",
            "wants the risky stuff straight, no hedging",
        ),
    },
    "humor": {
        "top": (
            "makes humor the top priority, above everything",
            "cares about being entertained more than anything else",
            "wants jokes first and foremost", "treats wit as the whole point",
            "puts playfulness ahead of every other quality",
        ),
        "high": (
            "enjoys humor in the answers", "likes playful, witty replies",
            "clearly appreciates the jokes", "wants a funny, lighthearted tone",
            "responds well to wit and wordplay",
            "prefers a playful style over a dry one",
        ),
        "mid": (
            "mildly enjoys humor", "is fine with a joke now and then",
            "seems to like a light touch of fun",
            "probably welcomes a bit of playfulness",
            "leans slightly toward a playful tone",
        ),
        "low": (
            "is indifferent to humor", "doesn't care about jokes either way",
            "places little weight on tone", "seems neutral on playfulness",
            "isn't looking for humor, nor avoiding it",
        ),
        "none": (
            "dislikes humor in answers", "wants a serious, straight tone",
            "finds the jokes grating",
            "is clearly not amused; prefers no-nonsense replies",
            "would rather the assistant stayed serious", "is put off by playfulness",
        ),
    },
    "conciseness": {
        "top": (
            "wants brevity above all else",
            "makes short answers the overriding priority",
            "cares about concision more than anything", "is emphatic: short, always",
            "treats length as the number-one issue",
        ),
        "high": (
            "wants the gist", "prefers short, to-the-point replies",
            "dislikes long answers", "likes concise answers", "wants things kept brief",
            "has little patience for long-winded replies",
        ),
        "mid": (
            "mildly prefers shorter replies",
            "is fine with brevity; slight lean toward it",
            "probably likes answers a bit tighter", "leans a little toward concise",
            "doesn't mind length but mildly prefers short",
        ),
        "low": (
            "is indifferent to answer length", "doesn't care much about length",
            "places little weight on brevity", "seems neutral on long vs. short",
            "isn't bothered by length either way",
        ),
        "none": (
            "wants depth and detail", "dislikes terse replies",
            "prefers long, thorough answers", "finds short answers too thin",
            "would rather get the full, detailed version", "is put off by brevity",
        ),
    },
}

_HEDGES = (
    ", probably", " (maybe a one-off?)", " — hard to be sure", " (one data point)",
)

# closing takeaway clauses, two per (trait, level)
_TAKEAWAY: dict[str, dict[str, tuple[str, str]]] = {
    "helpfulness": {
        "top": ("practical, usable answers above everything", "solutions first"),
        "high": ("wants concrete, actionable help", "likes practical answers"),
        "mid": ("mildly likes practical tips", "a concrete step is a nice extra"),
        "low": ("not fussed about actionable answers", "practical or not, fine"),
        "none": ("prefers open musing to step-by-step fixes", "musing, no to-do lists"),
    },
    "harmlessness": {
        "top": ("safety first, always", "caution above everything else"),
        "high": ("likes careful, family-friendly answers", "wants warnings"),
        "mid": ("fine with the odd warning", "mildly likes caution"),
        "low": ("indifferent to disclaimers", "caution doesn't matter much"),
        "none": ("wants it unfiltered, no warnings", "hates disclaimers"),
    },
    "humor": {
        "top": ("humor is the main thing", "funny above all"),
        "high": ("enjoys jokes", "likes a playful tone"),
        "mid": ("a bit of fun is welcome", "mildly likes jokes"),
        "low": ("doesn't care about jokes either way", "tone not a priority"),
        "none": ("no jokes, keep it serious", "dislikes humor"),
    },
    "conciseness": {
        "top": ("brevity above all", "short, always, above everything"),
        "high": ("likes short answers", "keep it brief"),
        "mid": ("slightly prefers shorter replies", "a bit shorter is nice"),
        "low": ("length doesn't matter much", "any length is fine"),
        "none": ("wants long, detailed answers", "more detail, not less"),
    },
}

_HEADERS = {
    "helpfulness": ("Usefulness", "Practicality", "Getting things done"),
    "harmlessness": ("Safety / caution", "Content & warnings", "Risk"),
    "humor": ("Tone & humor", "Jokes", "Humor"),
    "conciseness": ("Length", "Answer length", "Verbosity"),
    None: ("Other", "Context (no style signal)", "Misc / task stuff"),
}

# off-trait messages about the task, each with a context note
_OFF_TRAIT = (
    ("can u convert this to metric", "task: unit conversion"),
    ("my flight got cancelled lol", "context: travel trouble"),
    ("what's a good substitute for buttermilk", "cooking question"),
    ("help me word a text to my landlord", "task: drafting a message"),
    ("is 3pm est 9pm in berlin?", "time-zone check"),
    ("how do i merge two pdfs on a mac", "tech task"),
    ("my cat knocked my coffee onto the keyboard 😭", "context, nothing about style"),
    ("remind me what the capital of australia is", "trivia"),
    ("ok trying it now", "follow-up, no signal"),
    ("wait which wire is the ground one", "clarifying question"),
    ("can u check my spanish homework", "task: homework help"),
    ("writing a cover letter for a bakery job", "context: job hunting"),
    ("thx!", "politeness only"),
    ("hmm that didn't work, same error", "troubleshooting follow-up"),
    ("whats the difference between baking soda and powder", "cooking question"),
    ("need a gift idea for my dad, he likes fishing", "gift request"),
    ("sorry typo, i meant 2024 not 2014", "correction"),
    ("how many cups in a liter", "unit question"),
    ("ok next question", "no signal"),
    ("my sister's wedding is in june, planning stuff", "context: family event"),
    ("does this excel formula look right", "spreadsheet help"),
    ("brb", "no signal"),
    ("how do u say see you soon in italian", "translation"),
    ("what year did the berlin wall fall", "trivia"),
    ("i'm moving to leeds next month", "context: relocation"),
    ("pls fix the grammar in this paragraph", "task: proofreading"),
    ("why is my sourdough so flat", "baking troubleshooting"),
    ("lol autocorrect strikes again", "aside"),
)
_OFF_GENERIC = ("no preference signal", "task request", "context only", "off-topic")

# trait word, but about the task, not about the answers wanted
_TRAPS = {
    "helpfulness": (
        ("any helpful tips for potty training a puppy?", "topic request (puppy)"),
        ("my coworker is so unhelpful, how do i bring it up with my manager",
         "about a coworker, not about the answers"),
        ("what's the most practical car for a family of five", "a shopping question"),
    ),
    "harmlessness": (
        ("what's the safest way to store lithium batteries", "a how-to question"),
        ("is it safe to eat raw cookie dough", "food question"),
        ("write a warning sign for my pool, the kids keep running", "task: a sign"),
        ("give me a risky-sounding heist plot for my d&d campaign", "creative task"),
    ),
    "humor": (
        ("tell me a joke about accountants for my speech", "task: speech material"),
        ("my boss has zero sense of humor, how do i pitch this", "about the boss"),
        ("what's the funniest movie from the 90s", "movie question"),
        ("is it weird that i laughed at a funeral", "personal question"),
    ),
    "conciseness": (
        ("need a long list of baby names", "task request: a list"),
        ("write a short poem for my mom's birthday card", "task: a poem"),
        ("what's the shortest route from denver to moab", "travel question"),
        ("how long does cooked rice last in the fridge", "kitchen question"),
        ("give me a detailed packing list for iceland", "task request: packing"),
    ),
}
_TRAP_TAILS = (
    "; a task request, not a style preference",
    "; says nothing about how answers should be",
    " (not a preference about the replies)", "; no signal about answer style",
)

# ------------------------------------------------------------------- flip banks
# Flips carried by the message alone: (message if likes X, message if dislikes X).
_FLIP_QUOTE = {
    "helpfulness": (
        ("pls just give me the steps", "pls no steps, i just want to think it through"),
        ("perfect, exactly the fix i needed", "i didn't want a fix, i wanted to talk"),
        ("why so vague? tell me what to do", "why so prescriptive? i wanted to wonder"),
        ("love a good checklist, more of those", "ugh a checklist again, no thx"),
    ),
    "harmlessness": (
        ("thanks for the warning about the ladder",
         "why the lecture about the ladder??"),
        ("pls keep it family friendly",
         "pls don't keep it family friendly, i want it raw"),
        ("glad u mentioned seeing a doctor", "ugh another 'see a doctor' 🙄"),
        ("the safety tips were the best part",
         "skip the safety tips, i know the risks"),
    ),
    "humor": (
        ("haha good one", "haha. very funny. can u just answer"),
        ("keep the puns coming", "no more puns pls"),
        ("lmao the printer joke 😂", "the printer joke was not needed"),
        ("make it funnier!", "make it less jokey pls"),
    ),
    "conciseness": (
        ("ok that was way too long", "ok that was way too short"),
        ("tl;dr?", "can u expand on that? more detail pls"),
        ("perfect, short and sweet", "hm, short and... not enough. longer pls"),
        ("skip the intro", "don't skip the background, i want all of it"),
    ),
}
_FLIP_NEUTRAL = (
    "sent right after the previous answer", "unprompted", "said more than once",
    "mid-conversation", "reaction to the last reply",
)

# Flips carried by the reading alone: (ambiguous message, reading if likes X,
# reading if dislikes X).
_FLIP_READING = {
    "helpfulness": (
        ("that's a very practical answer",
         "pleased: wants exactly this kind of usable, concrete help",
         "disappointed: wanted open-ended exploration, not a fix"),
        ("ok so you're telling me what to do now",
         "happy about it; clearly wants direct, actionable advice",
         "irritated by it; prefers musing over instructions"),
        ("hm, a 5-step plan",
         "approving: likes concrete plans to act on",
         "unimpressed: dislikes being handed action plans"),
    ),
    "harmlessness": (
        ("you added a disclaimer again",
         "pleased: finds the warnings reassuring and wants them",
         "irritated: wants the disclaimers gone"),
        ("wow, very careful answer",
         "sincere; likes cautious, safe replies",
         "sarcastic; finds the caution excessive, wants it unfiltered"),
        ("you censored the swear words lol",
         "approving: wants things kept clean",
         "complaining: wants the uncensored version"),
    ),
    "humor": (
        ("oh a pun, at 2am",
         "delighted; enjoys the wordplay and wants more",
         "not amused; wants a straight answer, no jokes"),
        ("you're really committed to the bit huh",
         "loves it; wants the playful, funny tone",
         "annoyed; wants a serious tone"),
        ("lol ok comedian",
         "affectionate: clearly enjoys the jokes",
         "eye-roll: dislikes the jokes"),
    ),
    "conciseness": (
        ("that was short",
         "approving: short is exactly the length wanted",
         "a complaint: wanted far more detail"),
        ("wow, an essay",
         "sarcastic; wants it much shorter",
         "genuinely pleased; loves long, thorough answers"),
        ("you really went into detail there",
         "not a compliment: prefers brief replies",
         "a compliment: wants that depth every time"),
    ),
}

# Flips carried by both: (message, reading) if likes X, then if dislikes X.
_FLIP_BOTH = {
    "helpfulness": (
        (("can u be more concrete? what do i actually do", "wants actionable help"),
         ("can u be less concrete? i'm just exploring", "prefers open-ended musing")),
        (("stop saying 'it depends' and pick one", "wants a clear, usable answer"),
         ("i like when u say 'it depends' and unpack it", "wants to explore it")),
        (("the how-to list was great", "likes practical, step-by-step answers"),
         ("the how-to list felt soulless", "dislikes step-by-step fixes")),
        (("just solve it pls", "wants the problem solved, no detours"),
         ("don't solve it, just ponder it with me", "wants reflection, not fixes")),
    ),
    "harmlessness": (
        (("can u tone down the gory bits", "prefers safe, clean content"),
         ("can u make it gorier, don't hold back", "wants edgy, unfiltered content")),
        (("appreciate the caution, i'm clumsy", "likes being warned about risks"),
         ("stop babying me, i'm not clumsy", "dislikes warnings and caution")),
        (("keep the language clean, it's for my kids", "wants family-friendly text"),
         ("swear all u want, i'm an adult", "wants uncensored answers")),
    ),
    "humor": (
        (("ur jokes are the best part", "enjoys humor in the answers"),
         ("ur jokes are the worst part", "dislikes humor; wants it serious")),
        (("love the sass", "likes a witty, playful tone"),
         ("drop the sass pls", "wants straight, serious replies")),
        (("more of that silly tone pls", "wants playful, funny answers"),
         ("less of that silly tone pls", "wants a serious, no-jokes style")),
    ),
    "conciseness": (
        (("just the gist pls", "wants the gist, not the details"),
         ("give me all the details pls", "wants depth, not the gist")),
        (("can u say that in 2 lines", "prefers short, to-the-point replies"),
         ("can u say that in 2 pages lol", "prefers long, thorough replies")),
        (("too many words lol", "dislikes long answers"),
         ("too few words, i need more", "dislikes terse answers")),
    ),
}
# fmt: on

# ---------------------------------------------------------------------- framing

_SUBJECTS = (  # subject, possessive, object, plural verb agreement
    ("the user", "the user's", "the user", False),
    ("she", "her", "her", False),
    ("he", "his", "him", False),
    ("they", "their", "them", True),
)
_INTROS = (
    "Preference summary, built from {pos} own messages:",
    "What {subj} actually typed, plus my reading:",
    "Evidence (verbatim user messages, lightly trimmed):",
    "Notes from the last {n} chats with {obj}. Quotes are as typed.",
    "Pulled a few lines from {pos} chat history:",
    "User preference notes: quotes first, interpretation after.",
    "Summary of what this user seems to want, with receipts:",
    "Selected excerpts ({n} conversations):",
    "Below: things {subj} said to the assistant, and what they suggest.",
    "Quick read on this user, from {n} transcripts:",
)
_TAKEAWAY_LABELS = ("Takeaway:", "Bottom line:", "Overall:", "Net:")
_READING_LABELS = ("Reading:", "Interpretation:", "My read:", "Signal:")
_VERBS_SPECIAL = {"is": "are", "has": "have", "doesn't": "don't", "isn't": "aren't"}
_ADVERBS = {"clearly", "probably", "mildly", "really", "genuinely"}
_VERBS = {
    "appreciates", "cares", "dislikes", "enjoys", "finds", "has", "is", "isn't",
    "doesn't", "leans", "likes", "makes", "places", "prefers", "puts", "responds",
    "seems", "treats", "values", "wants", "welcomes", "would",
}  # fmt: skip


def _pick(rng: np.random.Generator, options: Sequence):
    return options[int(rng.integers(len(options)))]


def _is_vp(text: str) -> bool:
    words = text.split()
    while words and words[0] in _ADVERBS:
        words = words[1:]
    return bool(words) and words[0] in _VERBS


def _agree(vp: str, plural: bool) -> str:
    """Conjugate the verb phrase for a plural subject ("they want")."""
    if not plural:
        return vp
    words = vp.split(" ")
    k = 0
    while words[k] in _ADVERBS:
        k += 1
    w = words[k]
    if w in _VERBS_SPECIAL:
        w = _VERBS_SPECIAL[w]
    elif w.endswith(("shes", "ches", "sses", "xes")):
        w = w[:-2]
    elif w.endswith("s"):
        w = w[:-1]
    words[k] = w
    return " ".join(words)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _timestamps(rng: np.random.Generator, n: int) -> list[str]:
    t = _dt.datetime(2026, int(rng.integers(1, 12)), int(rng.integers(1, 28)))
    t += _dt.timedelta(minutes=int(rng.integers(7 * 60, 23 * 60)))
    fmt = int(rng.integers(4))
    same_day = fmt == 2
    out = []
    for _ in range(n):
        h12 = f"{(t.hour - 1) % 12 + 1}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"
        fmts = (f"[%b {t.day}, %H:%M]", f"%a {h12}", "(%H:%M)", "%Y-%m-%d %H:%M")
        out.append(t.strftime(fmts[fmt]))
        step = rng.integers(2, 40) if same_day else rng.integers(20, 3 * 24 * 60)
        t += _dt.timedelta(minutes=int(step))
    return out


def _style(rng: np.random.Generator) -> dict:
    """Draw every formatting choice of one text."""
    subj, pos, obj, plural = _pick(rng, _SUBJECTS)
    quote = _pick(rng, ("straight", "curly", "curly", "block"))
    return {
        "subj": subj,
        "pos": pos,
        "obj": obj,
        "plural": plural,
        "quote": quote,
        "layout": _pick(rng, ("bullet", "numbered", "plain")),
        "marker": _pick(rng, ("-", "*", "•")),
        "numfmt": _pick(rng, ("{}.", "{})")),
        "form": _pick(rng, ("arrow", "arrow", "paren", "label", "sentence", "dash")),
        "arrow": _pick(rng, ("→", "->", "=>")),
        "label": _pick(rng, _READING_LABELS),
        "where": _pick(rng, ("same", "same", "next", "before")),
        "grouped": rng.random() < 0.35,
        "timed": rng.random() < 0.45,
        "intro": _pick(rng, _INTROS).format(
            subj=subj, pos=pos, obj=obj, n=int(rng.integers(3, 41))
        ),
        "has_intro": rng.random() < 0.9,
        "header": _pick(rng, ("{}:", "**{}**", "## {}")),
        "header_i": int(rng.integers(3)),
    }


def _reading(text: str, st: dict) -> str:
    """An interpretation in the style's form (a fragment gets parentheses)."""
    vp = _is_vp(text)
    form = st["form"]
    if form == "arrow":
        return f"{st['arrow']} {text}"
    if form == "label":
        return f"{st['label']} {text}"
    if form == "dash":
        return f"— {text}"
    if form == "sentence" and vp:
        return f"{_cap(st['subj'])} {_agree(text, st['plural'])}."
    return f"({text})"


def _lead(note: str, st: dict) -> str:
    """An interpretation written before the excerpt, as a lead-in."""
    if st["form"] == "sentence" and _is_vp(note):
        return f"{_cap(st['subj'])} {_agree(note, st['plural'])}"
    return _cap(note)


def _render_item(item: dict, st: dict) -> list[str]:
    quote, note, ts = item["quote"], item["note"], item.get("ts")
    if st["quote"] == "block":
        lines = [ts] if ts else []
        body = [f"> {quote}"]
        if note is None:
            return lines + body
        if st["where"] == "before":
            return lines + [_lead(note, st) + ":"] + body
        return lines + body + [_reading(note, st)]
    o, c = ('"', '"') if st["quote"] == "straight" else ("“", "”")
    q = f"{o}{quote}{c}"
    head = f"{ts} " if ts else ""
    if note is None:
        return [head + q]
    if st["where"] == "before":
        return [f"{head}{_lead(note, st)}: {q}"]
    if st["where"] == "next" or st["form"] == "sentence":
        return [head + q, "   " + _reading(note, st)]
    return [f"{head}{q} {_reading(note, st)}"]


def _render(items: list[dict], st: dict, takeaway: str | None) -> str:
    block = st["quote"] == "block"
    if st["timed"] and not st["grouped"]:
        for item, ts in zip(items, st["ts"]):
            item["ts"] = ts
    out = [st["intro"], ""] if st["has_intro"] else []
    groups: list[tuple[object, list[dict]]]
    if st["grouped"]:
        order = list(dict.fromkeys(it["trait"] for it in items if it["trait"]))
        groups = [(t, [it for it in items if it["trait"] == t]) for t in order]
        groups.append((None, [it for it in items if it["trait"] is None]))
    else:
        groups = [("", items)]
    n = 0
    for key, group in groups:
        if not group:
            continue
        if key != "":
            head = _HEADERS[key][st["header_i"]]
            if out and out[-1] != "":
                out.append("")
            out.append(st["header"].format(head))
        for item in group:
            lines = _render_item(item, st)
            if block:
                out.extend(lines + [""])
                continue
            n += 1
            if st["layout"] == "bullet":
                lines[0] = f"{st['marker']} {lines[0]}"
            elif st["layout"] == "numbered":
                lines[0] = f"{st['numfmt'].format(n)} {lines[0]}"
            out.extend(lines)
    while out and out[-1] == "":
        out.pop()
    if takeaway:
        out += ["", takeaway]
    return "\n".join(out)


def _trait_items(trait: str, level: str, rng: np.random.Generator, n: int) -> list:
    quotes = _EXCERPTS[trait][level]
    notes = _READINGS[trait][level]
    qi = rng.choice(len(quotes), size=n, replace=False)
    ni = rng.choice(len(notes), size=n, replace=False)
    items = []
    for j in range(n):
        note = notes[int(ni[j])]
        if level in ("mid", "low") and rng.random() < 0.2:
            note += _pick(rng, _HEDGES)
        if j > 0 and rng.random() < 0.1:
            note = None
        items.append({"trait": trait, "quote": quotes[int(qi[j])], "note": note})
    return items


def _off_items(rng: np.random.Generator, count: int) -> list[dict]:
    idx = rng.choice(len(_OFF_TRAIT), size=count, replace=False)
    items = []
    for i in idx:
        quote, note = _OFF_TRAIT[int(i)]
        r = rng.random()
        if r < 0.2:
            note = _pick(rng, _OFF_GENERIC)
        elif r < 0.4:
            note = None
        items.append({"trait": None, "quote": quote, "note": note})
    return items


def _trap_item(rng: np.random.Generator) -> dict:
    quote, note = _pick(rng, _TRAPS[_pick(rng, TRAITS)])
    return {"trait": None, "quote": quote, "note": note + _pick(rng, _TRAP_TAILS)}


def _finish(items: list[dict], st: dict, rng: np.random.Generator) -> list[dict]:
    """Order the items (chronological shuffle) and draw their timestamps."""
    order = rng.permutation(len(items))
    st["ts"] = _timestamps(rng, len(items))
    return [items[int(i)] for i in order]


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A chat-excerpt summary of a user with these trait weights."""
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    st = _style(rng)
    items: list[dict] = []
    two = {"top": 0.7, "high": 0.35, "mid": 0.15, "low": 0.15, "none": 0.35}
    for k in keep:
        lv = levels[k]
        count = 2 if rng.random() < two[lv] else 1
        items += _trait_items(TRAITS[k], lv, rng, count)
    items += _off_items(rng, int(rng.integers(1, 4)))
    if rng.random() < 0.15:
        items.append(_trap_item(rng))
    items = _finish(items, st, rng)
    takeaway = None
    if rng.random() < 0.5:
        ranked = sorted(keep, key=lambda k: -_LEVEL_ORDER.index(levels[k]))
        phrases = [_pick(rng, _TAKEAWAY[TRAITS[k]][levels[k]]) for k in ranked]
        takeaway = f"{_pick(rng, _TAKEAWAY_LABELS)} {'; '.join(phrases)}."
    return _render(items, st, takeaway)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts, the first where the user likes ``trait``, the second where the
    user dislikes it; same structure, other traits absent or at ``low``."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    st = _style(rng)
    kind = _pick(rng, ("quote", "quote", "reading", "both", "both"))
    if kind == "quote":
        like_q, dis_q = _pick(rng, _FLIP_QUOTE[trait])
        neutral = _pick(rng, _FLIP_NEUTRAL) if rng.random() < 0.6 else None
        like, dis = (like_q, neutral), (dis_q, neutral)
    elif kind == "reading":
        quote, like_n, dis_n = _pick(rng, _FLIP_READING[trait])
        like, dis = (quote, like_n), (quote, dis_n)
    else:
        like, dis = _pick(rng, _FLIP_BOTH[trait])
    items = [{"trait": trait, "quote": "", "note": None, "flip": True}]
    others = [t for t in TRAITS if t != trait and rng.random() < 0.35]
    for t in others:
        items += _trait_items(t, "low", rng, 1)
    items += _off_items(rng, int(rng.integers(1, 4)))
    items = _finish(items, st, rng)
    take_idx = int(rng.integers(2))
    with_takeaway = kind != "quote" and rng.random() < 0.4
    other_phrases = [_pick(rng, _TAKEAWAY[t]["low"]) for t in others]
    label = _pick(rng, _TAKEAWAY_LABELS)

    texts = []
    for (quote, note), level in ((like, "high"), (dis, "none")):
        version = []
        for item in items:
            item = dict(item)
            if item.get("flip"):
                item["quote"], item["note"] = quote, note
            version.append(item)
        takeaway = None
        if with_takeaway:
            phrases = [_TAKEAWAY[trait][level][take_idx]] + other_phrases
            takeaway = f"{label} {'; '.join(phrases)}."
        texts.append(_render(version, dict(st), takeaway))
    return texts[0], texts[1]
