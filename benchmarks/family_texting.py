"""Blind generator family ``texting``: a pasted thread of text messages.

Each summary is a short thread of texts/DMs in which one user tells a friend, who
is setting up the AI assistant for them, how they want it to answer. The thread is
pasted as is: several short lines, one message each, in one of four layouts
(``me:`` / ``friend:`` prefixes, ``> `` quoted user lines, a name-and-time header
per block such as ``Sam 9:41``, or bare user lines with the friend's name as
prefix). The voice is very casual texting English: lower case, abbreviations and
slang (u, pls, tbh, ngl, idc, fr, w/, smth, kinda, gonna), emoji and emoticons,
stretched words ("sooo", "pleeease"), ALL CAPS for emphasis and a few typos.

What varies: the layout, the names, the opener and closer, the order of the
traits, and how each mentioned trait is stated: a plain message (optionally after
a lead-in such as "oh and"), a one-word reply to a neutral question from the
friend ("jokes?" / "nah pls no"), an answer to an either-or question ("short or
long answers?" / "long!! detailed pls"), a full message answering an open
question, or a correction in a later message ("wait no i meant the opposite")
whose last statement is the true one. The friend's questions never state a
preference. A top trait may be restated near the end. Off-trait chatter (the
user's job, what they will use the assistant for, a game, plans, the weather,
errands) surrounds the slots; in about 15% of threads a "trap" uses a trait word
about the user's life ("long shift", "safety training at work", "my bro's roast
was so funny") and never states a style preference. Levels follow ``levels_of``:
top = the #1 thing, high = def want it, mid = kinda / a lil, low = idc, none = pls
no / wants the opposite pole. Traits not chosen by ``_mentioned`` never appear.

Flip pairs: ``flip_pair(trait, rng)`` renders the same thread twice from a
replayed generator; only the one slot about ``trait`` changes, from wanting more of
it (level high) to disliking it or wanting the opposite pole (level none). The
other traits appear only at level low or not at all, and flip slots never use the
correction form.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "texting"

# fmt: off
# --- trait statements: _BANK[trait][level] -------------------------------------
_BANK: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "most important thing: it has to actually SOLVE my problem. real steps",
            "like the #1 thing fr is it being useful. tell me exactly what to do",
            "above everything i care about practical answers i can act on rn",
            "if it does ONE thing right pls let it be giving me actual fixes that work",
            "the whole point is it being USEFUL. concrete steps > everything else",
            "#1 priority: real answers i can use. nothing else matters as much",
            "the biggest thing by far is practical help, like step 1, 2, 3, done",
            "ngl if it cant give me a usable answer its pointless. thats THE thing",
            "most important by a mile: actionable stuff. what to click, what to do",
            "pleeease above all make it solve what i asked. nothing matters more",
            "top priority fr: practical > anything else. i ask a q, i want the fix",
        ),
        "high": (
            "def want it practical, like actual steps i can follow",
            "pls always give me real answers i can use, not just ideas",
            "i really want it to tell me what to do, straight up",
            "hate when its all vague and wishy washy, i want concrete fixes",
            "actionable stuff pls!! like what do i actually do next",
            "def want it to solve the problem, not just talk around it",
            "last bot just kept saying 'it depends' \U0001f644 i want actual answers",
            "pls make it useful lol, like give me the steps",
            "i want concrete recs, like 'get this one' not 'there are many options'",
            "def want practical answers. dont need the philosophy, just the how",
            "used to be ok w/ vague answers but now i really want clear steps",
        ),
        "mid": (
            "kinda like when it gives actual steps i guess",
            "a lil practical advice is nice, doesnt have to be a full plan",
            "i'd sorta prefer concrete tips over just ideas, but not a huge deal",
            "practical is nice-ish? like a bit of how-to helps",
            "it'd be nice if it gave me smth i can actually do, at least sometimes",
            "kinda prefer when it commits to an answer ngl, mild pref tho",
            "a few usable tips here n there would be good i guess",
            "slightly more into actionable answers than vague ones, but eh no biggie",
            "i mean concrete suggestions r kinda nice, not gonna die w/o them",
        ),
        "low": (
            "idc if it gives steps or just ideas tbh",
            "practical or not, whatever works lol",
            "doesnt matter tbh if it tells me what to do or just talks it thru",
            "steps vs big picture stuff? honestly idc either way",
            "i dont really care if its super actionable or more general",
            "whether it gives me a plan or just thoughts, idk, both fine",
            "how-to lists or just vibes, doesnt matter to me",
            "not picky abt whether it solves stuff directly or just throws out ideas",
            "meh, concrete fixes or general thoughts, whatever works",
        ),
        "none": (
            "pls no step by step lists, i just want it to ramble w/ me about ideas",
            "hate when it just tells me what to do. i'd rather it muses out loud",
            "ugh no how-to stuff pls, i like it abstract and philosophical",
            "dont want it to solve things for me lol, just wonder about stuff w/ me",
            "i want it vague n dreamy tbh, not practical. practical bores me",
            "pls no 'here are 5 steps' \U0001f644 i want open ended musings",
            "i like when it doesnt commit to an answer, just explores the question",
            "no concrete advice pls, i'd rather it stay big picture, no to-do lists",
            "ngl i hate actionable tips, just wanna chat abt ideas and what ifs",
            "dont give me fixes, give me like... thoughts. loose n abstract",
        ),
    },
    "harmlessness": {
        "top": (
            "MOST important thing: it has to be safe. warnings on anything risky",
            "like the #1 thing fr is keep it careful. my kids use my ipad",
            "above everything, pls make it cautious. flag anything dangerous",
            "biggest thing for me is family friendly, nothing sketchy. non negotiable",
            "if it does ONE thing right it better be safety. warn me abt risky stuff",
            "top priority by far: careful answers w/ the warnings n caveats",
            "honestly safety is THE thing. i'd rather it over-warn, thats #1",
            "most important: keep it clean and safe, no edgy stuff. above everything",
            "#1 rule: if sth could hurt me it HAS to tell me. nothing matters more",
            "pleeease above all be careful w/ risky stuff, like thats the main thing",
        ),
        "high": (
            "def want warnings if sth is risky",
            "pls always tell me if smth is dangerous",
            "i like it careful, like mention the safety stuff. def",
            "keep it family friendly pls, def",
            "def want it cautious w/ medical stuff n chemicals etc",
            "pls add the caveats, i'd rather know",
            "hate when it just says 'go for it' w/ no warning about the risks",
            "i want it to be safe and clean, no edgy stuff pls",
            "pls flag anything risky!! i'm clumsy lol",
            "def want disclaimers when it matters, like electrical stuff",
            "used to find warnings annoying but after the ladder thing i want them lol",
        ),
        "mid": (
            "a lil bit of safety info is nice i guess",
            "kinda like when it warns me, if its not overboard",
            "a caveat here n there is fine, kinda prefer having them",
            "sorta want it careful w/ risky stuff, not a huge deal tho",
            "i'd like a small heads up on dangerous stuff, nothing preachy",
            "mildly prefer family friendly i guess",
            "warnings r kinda nice sometimes, like a quick one line one",
            "slight pref for it being on the cautious side",
            "a bit of 'be careful w/ this' is nice tbh, just a bit",
        ),
        "low": (
            "warnings or no warnings, idc",
            "doesnt matter tbh if it adds disclaimers",
            "idc about the safety stuff either way",
            "caveats? whatever works, doesnt bother me",
            "not picky abt whether its cautious or not",
            "edgy or careful, honestly both fine lol",
            "i dont really care if it includes warnings",
            "meh, disclaimers dont matter to me one way or the other",
            "safety notes in or out, idk, no pref",
        ),
        "none": (
            "pls no warnings, i'm an adult lol",
            "hate when it adds like 5 disclaimers \U0001f644",
            "ugh no safety lectures pls",
            "i want it unfiltered tbh, no caveats",
            "dont baby me. no 'consult a professional' stuff",
            "i want it edgy tbh. no warnings",
            "pls turn off the careful mode lmao, i hate all the risk disclaimers",
            "no disclaimers EVER pls. i know what im doing",
            "ngl the safety warnings drive me nuts, skip them",
            "i want the raw answer, no 'be careful!!' stuff",
            "used to not mind the warnings but now they drive me crazy, pls none",
        ),
    },
    "humor": {
        "top": (
            "MOST important thing: it has to be funny lol. jokes pls",
            "like the #1 thing fr is it makes me laugh",
            "above everything i want it playful and joking around",
            "if it does ONE thing right let it be the jokes \U0001f602",
            "biggest thing by far: humor. i need my bot to be silly",
            "top priority: make it FUNNY. like thats the whole point for me",
            "honestly the main thing is jokes. i'd take funny over anything else",
            "#1 rule: no boring robot voice, i want it cracking jokes constantly",
            "pleeease above all make it witty, nothing matters more to me lol",
            "ngl the humor is THE thing. if it cant joke w/ me i dont want it",
        ),
        "high": (
            "def want it funny lol",
            "pls always throw in a joke or two",
            "i like when its playful, def want that",
            "hate when bots r super stiff and serious, i want jokes",
            "make it witty pls!! \U0001f602",
            "def want some jokes, like banter",
            "pls let it be silly w/ me, i love that",
            "i want it to have a real sense of humor fr, roast me even",
            "last ai i used was so dry \U0001f634 i want it funny",
            "jokes pls!! def",
            "used to think jokey bots were cringe but now i really want it funny lol",
        ),
        "mid": (
            "a lil humor is nice",
            "kinda like when its a bit playful",
            "a joke here n there would be cute i guess",
            "sorta prefer it w/ some personality, like a lil funny",
            "a bit of humor is nice, not like a comedian tho",
            "i'd kinda like it light, maybe a small joke sometimes",
            "mildly into the playful thing, not a big deal",
            "slight pref for a lil wit, dont overdo it",
            "a tiny bit silly is nice tbh",
        ),
        "low": (
            "jokes or no jokes, idc",
            "doesnt matter tbh if its funny",
            "idc about humor either way",
            "funny or serious whatever works",
            "i dont really care if it jokes around",
            "playful, not playful, both fine lol",
            "meh humor doesnt matter to me",
            "not picky abt the jokes thing",
            "if it jokes cool if not cool, idk",
        ),
        "none": (
            "pls no jokes",
            "hate when bots try to be funny \U0001f644",
            "keep it serious pls, no jokes",
            "ugh no humor, just be professional",
            "i want it dry n formal tbh",
            "no playful stuff pls its cringe",
            "dont let it be silly, i find that so annoying",
            "serious only!! no puns",
            "ngl the jokey ai thing makes me want to throw my phone. no jokes",
            "used to find the jokes cute but now they just annoy me, pls none",
        ),
    },
    "conciseness": {
        "top": (
            "MOST important thing: SHORT answers. like tiny",
            "like the #1 thing fr is keep it short",
            "above everything, no walls of text. brief brief brief",
            "if it does ONE thing right let it be short answers pls",
            "biggest thing by far is to the point. i dont read long stuff",
            "top priority: get to the point fast, like 2 lines max",
            "honestly the main thing is keeping it brief, nothing matters more",
            "#1 rule: NO essays. short and done",
            "pleeease above all keep it short, like thats the whole thing for me",
            "ngl short answers is THE thing. if its long i wont read it",
        ),
        "high": (
            "def want short answers",
            "pls keep it brief",
            "hate walls of text, keep it short",
            "to the point pls!!",
            "def want it quick n short, no fluff",
            "last time it wrote me a whole essay for a yes/no q \U0001f644 short pls",
            "keep it short, like 'can i freeze rice' -> 'yep, ~a month' is perfect",
            "pls no long paragraphs, i want brief",
            "shorter the better tbh, def",
            "used to want detailed stuff but now i really just want short answers",
            "keep it to a couple lines pls, i mean it",
        ),
        "mid": (
            "kinda like shorter answers",
            "a lil on the shorter side is nice",
            "sorta prefer brief, not a huge deal",
            "shortish would be nice i guess",
            "kinda prefer it to the point, but some detail is ok",
            "i'd lean toward short-ish, mild pref tho",
            "a bit brief is nice, dont need it tiny",
            "slight pref for shorter stuff",
            "not too long would be nice i guess",
        ),
        "low": (
            "length doesnt matter tbh",
            "short or long idc",
            "idc how long the answers are",
            "long, short, whatever works",
            "i dont really care about length",
            "brief or detailed, both fine lol",
            "meh, answer length doesnt matter to me",
            "not picky abt how long it is",
            "a few lines or a few paragraphs, idk, no pref",
        ),
        "none": (
            "i want LONG detailed answers",
            "pls explain everything, like super thorough",
            "hate when its too short, give me the full thing",
            "ugh no one liners pls, i want all the details",
            "def want detailed answers, the longer the better",
            "dont make it brief lol, i like reading a lot",
            "i want it thorough!! like walk me thru every part",
            "short answers r the worst, pls go long",
            "give me essays tbh, i love a deep dive",
            "used to like short replies but now i want way more detail, pls go long",
        ),
    },
}

# --- friend's neutral yes/no questions about the positive pole -----------------
_POS_Q: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "should it give u actual steps n stuff?",
        "u want it practical? like real fixes",
        "want it to just tell u what to do?",
        "should it go straight to solving the thing?",
        "actionable stuff? like to-do type answers",
        "should it give concrete recs?",
    ),
    "harmlessness": (
        "u want warnings?",
        "safety disclaimers n all that?",
        "should it be careful w/ risky stuff?",
        "family friendly mode?",
        "want it to flag dangerous stuff?",
        "caveats?",
    ),
    "humor": (
        "jokes?",
        "want it funny?",
        "should it joke around?",
        "playful?",
        "want it to have like a sense of humor?",
        "banter?",
    ),
    "conciseness": (
        "short answers?",
        "u want it brief?",
        "should it keep things short?",
        "to the point?",
        "want it quick n short?",
        "brief replies?",
    ),
}

# --- friend's neutral either-or questions --------------------------------------
_CHOICE_Q: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "step by step stuff or more like big picture musing?",
        "u want direct fixes or more like open ended thoughts?",
        "practical or more philosophical?",
        "should it tell u what to do or just talk thru ideas?",
        "concrete how-to or more abstract?",
    ),
    "harmlessness": (
        "careful w/ warnings or no filter?",
        "safe mode or unfiltered?",
        "cautious or edgy?",
        "how careful should it be w/ risky stuff",
        "disclaimers on or off?",
    ),
    "humor": (
        "funny or serious?",
        "jokes or strictly business?",
        "playful or formal?",
        "how jokey should it be",
        "silly or dry?",
    ),
    "conciseness": (
        "short or long answers?",
        "quick answers or detailed ones?",
        "brief or thorough?",
        "how long u want the answers",
        "one liners or full explanations?",
    ),
}

# --- user's replies to the either-or questions: _CHOICE_A[trait][level] --------
_CHOICE_LOW = ("idc tbh", "doesnt matter tbh", "either way, idc", "whatever works lol")
_CHOICE_A: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "step by step!! thats like the #1 thing",
            "direct fixes. most important thing fr",
            "PRACTICAL. above everything",
            "tell me what to do, thats top priority",
        ),
        "high": (
            "practical pls",
            "direct fixes def",
            "steps pls, i want to actually do stuff",
            "tell me what to do def",
        ),
        "mid": (
            "kinda practical i guess?",
            "leaning steps but a lil big picture is fine",
            "a bit more on the practical side",
            "mm practical-ish, mild pref",
        ),
        "low": _CHOICE_LOW,
        "none": (
            "big picture!! no step lists pls",
            "musing pls, i hate being told what to do",
            "philosophical def, not practical",
            "just talk thru ideas, no to-do lists pls",
        ),
    },
    "harmlessness": {
        "top": (
            "careful!! like thats the #1 thing",
            "SAFE mode. most important thing fr",
            "cautious, above everything",
            "warnings always, top priority",
        ),
        "high": (
            "careful pls",
            "safe mode def",
            "cautious pls, i want the warnings",
            "careful def, flag risky stuff",
        ),
        "mid": (
            "kinda careful i guess?",
            "leaning safe but not preachy",
            "a lil cautious is nice",
            "mm safe-ish, mild pref",
        ),
        "low": _CHOICE_LOW,
        "none": (
            "unfiltered!! no warnings pls",
            "edgy lol, i hate disclaimers",
            "no filter def",
            "no caveats pls, i hate them",
        ),
    },
    "humor": {
        "top": (
            "FUNNY. like thats the #1 thing",
            "jokes!! most important thing fr",
            "playful, above everything",
            "funny funny funny. top priority lol",
        ),
        "high": (
            "funny pls",
            "jokes def \U0001f602",
            "playful pls!!",
            "funny! hate stiff bots",
        ),
        "mid": (
            "kinda funny i guess?",
            "a lil playful",
            "mostly normal but a few jokes r nice",
            "mm lightly funny, mild pref",
        ),
        "low": _CHOICE_LOW,
        "none": (
            "serious!! no jokes pls",
            "strictly business, i hate jokey bots",
            "formal def",
            "serious pls, no puns",
        ),
    },
    "conciseness": {
        "top": (
            "SHORT. like thats the #1 thing",
            "short short short. most important thing fr",
            "SHORT. above everything",
            "brief!! honestly thats the top priority",
        ),
        "high": (
            "short pls",
            "short def",
            "brief pls \U0001f64f",
            "short! hate walls of text",
        ),
        "mid": (
            "shortish i guess? kinda prefer shorter",
            "a lil on the shorter side",
            "kinda brief? not a big deal",
            "leaning short but eh",
        ),
        "low": _CHOICE_LOW,
        "none": (
            "long!! detailed pls",
            "thorough. i hate short answers",
            "detailed def, the longer the better",
            "LONG pls, like all the details",
        ),
    },
}

# --- user's replies to the yes/no questions, by level (trait-free) -------------
_YESNO_A: dict[str, tuple[str, ...]] = {
    "top": (
        "YES. most important thing honestly",
        "YESSS like the #1 thing fr",
        "omg yes, above everything",
        "YES thats the main thing for me",
        "yes yes yes. top priority",
        "YES. if it does one thing let it be that",
        "100000% yes, thats #1",
    ),
    "high": (
        "yes pls",
        "def yes",
        "yesss pls always",
        "yeah def",
        "pls yes",
        "yes!! \U0001f44d",
        "ya def want that",
        "yes pleeease",
    ),
    "mid": (
        "kinda? a lil bit is nice",
        "sorta yeah, like a bit",
        "a lil yeah",
        "i guess a bit yeah",
        "mm kinda, i guess",
        "ya a lil, not a big deal",
        "kinda yeah, mild pref",
        "a bit would be nice i guess",
    ),
    "low": (
        "idc",
        "eh whatever works",
        "doesnt matter tbh",
        "either way honestly",
        "meh no pref",
        "\u00af\\_(\u30c4)_/\u00af idc",
        "whatever lol, both fine",
        "dont care either way tbh",
    ),
    "none": (
        "ugh no",
        "pls no \U0001f644",
        "NO lol hate that",
        "nope. hard pass",
        "god no",
        "nah pls dont, i hate that",
        "noooo pls no",
        "absolutely not lol",
    ),
}

# --- friend's open questions (answered with a full statement) ------------------
_OPEN_Q: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "what abt like, how practical it is?",
        "theres a setting for how direct the advice is, thoughts?",
        "and the how-to stuff?",
    ),
    "harmlessness": (
        "what abt safety stuff?",
        "theres a setting for warnings, thoughts?",
        "and the caution stuff?",
    ),
    "humor": (
        "what abt jokes?",
        "theres a personality slider for humor, thoughts?",
        "and the funny stuff?",
    ),
    "conciseness": (
        "what abt length?",
        "theres a setting for answer length, thoughts?",
        "and how long should answers be?",
    ),
}

# --- second mention of a top trait, near the end -------------------------------
_ECHO: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "anyway again, USEFUL answers. thats the main thing",
        "srsly tho the practical thing is #1",
        "dont forget the actual-steps thing pls, most important",
        "remember: real fixes > everything \U0001f64f",
        "oh and pls put the practical thing at the top, its the big one",
        "again the #1 thing is it actually solving stuff lol",
    ),
    "harmlessness": (
        "and again SAFE. thats the #1 thing",
        "srsly tho the warnings thing matters most",
        "dont forget the careful thing pls, its the big one",
        "remember: safety first lol, literally the top thing",
        "oh and pls put the caution thing at the top, most important",
        "again the #1 thing is no risky stuff w/o a warning",
    ),
    "humor": (
        "and again FUNNY pls, thats the big one",
        "srsly tho the jokes thing is #1 lol",
        "dont forget the jokes, most important \U0001f602",
        "remember: humor > everything",
        "oh and pls put the funny thing at the top, its the main one",
        "again the #1 thing is it being playful lol",
    ),
    "conciseness": (
        "and again SHORT. thats the main thing",
        "srsly tho short answers is #1",
        "dont forget: brief. most important",
        "remember no essays!! thats the big one",
        "oh and pls put the short thing at the top, most important",
        "again the #1 thing is it being to the point",
    ),
}

# --- corrections ---------------------------------------------------------------
_FIX_OPPOSITE = (
    "wait no i meant the opposite lol",
    "omg typo, i meant the reverse:",
    "wait no scratch that",
    "LOL ignore that last one",
    "wait that came out backwards \U0001f926",
    "no wait flip that",
    "ugh autocorrect. i meant the opposite",
    "*correction, other way around:",
)
_FIX_NVM = (
    "wait actually nvm that",
    "hmm actually scratch that",
    "eh actually ignore that",
    "lol actually take that back",
    "ok thinking abt it more, nvm",
)

# --- threading material --------------------------------------------------------
_USERS = (
    "Sam", "Dani", "Marcus", "Priya", "Luis", "Kayla", "Jo", "Tyler", "Mei",
    "Andre", "Becca", "Omar", "Hana", "Jordan", "Rosa", "Kofi",
)
_FRIENDS = (
    "jess", "nico", "tay", "rob", "ana", "kev", "lena", "dre", "mo", "sophie",
    "eli", "bri", "josh", "val",
)
_HEADERS = (
    "texts w/ {f} abt the assistant setup:",
    "(pasted from my phone)",
    "copied from my chat w/ {f} lol",
    "thread w/ {f}, pasting it here",
    "from my dms w/ {f}:",
    "ok here's what i told {f}",
)
_OPEN_F = (
    "ok im setting up the ai thing for u rn",
    "ok downloading the assistant app on ur tablet now",
    "so how do u want ur assistant to answer stuff",
    "setting up ur bot, gimme the settings lol",
    "k i'm on the setup screen, tell me what u want",
    "ok it asks for preferences, what should i put",
    "alright its installed. how should it talk to u",
)
_OPEN_U = (
    "hey can u set up that ai thing for me, i'm hopeless w/ tech",
    "ok so for the assistant thing",
    "omg thank u for doing the bot setup",
    "pls set up the assistant for me when u get a sec \U0001f64f",
    "ok here's what i want for the ai thing",
    "heyyy so abt the assistant app",
)
_OPEN_U_REPLY = (
    "ya ofc, what do u want it to do",
    "sure, tell me how u want it",
    "np! what settings",
    "ok go",
    "yep, on it. what do u want",
)
_ACK = (
    "ok", "k", "got it", "noted", "\U0001f44d", "ok ok", "kk", "typing it in",
    "ok added", "mhm", "ok next",
)
_PROMPT = ("anything else?", "what else", "more?", "that it?", "ok what else")
_LEADIN = (
    "oh and", "also", "ok next thing", "oh wait also", "one more", "and",
    "ok so", "ooh also",
)
_CLOSE_U = (
    "thats it i think", "ok thats all lol", "ty ur the best \U0001f64f",
    "ok thx!!", "lmk when its done", "ily thank u", "ok gtg", "thats everything",
)
_CLOSE_F = (
    "np", "np!! \U0001f917", "ok done, try it out", "all set \U0001f44d",
    "ok its saved", "done! lmk if its weird", "k saved it",
)

_TOPICS = (
    "spanish homework", "meal planning", "excel formulas", "my plant problems",
    "car stuff", "budgeting", "my etsy shop", "emails to my landlord",
    "studying for the nclex", "d&d prep", "fantasy football", "recipes",
    "my resume", "python for class", "gardening", "training my dog",
    "trip planning", "my fish tank",
)
_JOBS = (
    "i work at the vet clinic so prob a lot of scheduling stuff",
    "i do payroll at the warehouse, so numbers numbers numbers",
    "im teaching 3rd grade this yr so lesson plan stuff",
    "still at the coffee shop, mostly gonna ask abt my classes tho",
    "im in nursing school rn so mostly studying",
    "im an electrician apprentice now btw, did i tell u",
    "im doing remote customer support, so emails all day",
    "im a line cook so i'll ask it recipe stuff lol",
    "i do hair now, booking stuff is a mess",
)
_WORK_RANT = (
    "inventory week at the store \U0001f629",
    "3 new hires to train this week",
    "my manager moved all my meetings again",
    "payroll is due fri and nothing adds up",
    "the printer died again lmao",
    "clients keep emailing at midnight",
    "we got a new scheduling app and nobody knows how it works",
)
_GAMES = (
    "elden ring", "zelda", "stardew", "mario kart", "valorant",
    "animal crossing", "baldur's gate", "hollow knight",
)
_PLANS = (
    "bowling fri", "brunch sun", "the concert sat", "movie night",
    "my sister's bbq", "trivia tues", "the farmers market sat",
)
_FOOD = ("chips", "the dip", "cookies", "drinks", "my famous pasta salad", "ice")
_WEATHER = (
    "its pouring here lol", "sooo hot today \U0001f975", "snowing again wtf",
    "the wind is insane rn", "finally sunny omg", "its so foggy i cant see the street",
)
_DEVICES = ("phone", "laptop", "ipad", "work computer", "old tablet")
_ERRANDS = (
    "gotta grab laundry", "pizzas here", "my mom is calling", "boss walking by",
    "dog needs to go out", "charging my phone",
)
_PET = (
    "omg my cat just knocked over my plant",
    "my dog just stole a whole bagel",
    "the parrot learned the microwave beep \U0001f62d",
    "my cat is sitting on my keyboard again",
)
_GOSSIP = (
    "my neighbor is doing construction at 7am AGAIN",
    "my sister got engaged!!",
    "i finally got my bike back from the shop",
    "my roommate dyed her hair green lmao",
    "i think my car is making the noise again",
)
_SHIFTS = ("nights", "doubles", "early mornings", "weekends")

# each exchange: tuple of (speaker, template); speaker "u" = user, "f" = friend
_CHATTER: tuple[tuple[tuple[str, str], ...], ...] = (
    (("u", "its mostly for {topic} btw"),),
    (("u", "gonna use it for {topic} + {topic2} prob"),),
    (("f", "what r u gonna use it for"), ("u", "{topic} mostly, maybe {topic2}")),
    (("u", "work is insane rn, {rant}"),),
    (("f", "u still coming to {plan}?"), ("u", "yess wouldnt miss it")),
    (("f", "u still playing {game}?"), ("u", "every night lmao \U0001f629")),
    (("u", "{weather}"),),
    (("u", "brb {errand}"), ("u", "ok back")),
    (("f", "{pet}"), ("u", "lmaooo")),
    (("u", "i'll mostly use it on my {device}"),),
    (("f", "r we still doing {plan}?"), ("u", "ya! i'll bring {food}")),
    (("u", "im on {shift} this week so expect weird hour questions lol"),),
    (("f", "hows work"), ("u", "{job}")),
    (("u", "omg {gossip}"), ("f", "wait what")),
    (("f", "ok hold on its updating"), ("u", "k")),
    (("u", "{job}"),),
    (("f", "also {weather}"), ("u", "same here ugh")),
    (("u", "have u played {game}? im obsessed"), ("f", "not yet!")),
    (("f", "how was ur weekend"), ("u", "chill, mostly slept lol")),
    (("u", "ok my lunch break is almost over"),),
    (("f", "is this for work or personal"), ("u", "personal, work blocks apps")),
)
# exchanges in one group repeat a subject; a thread uses at most one per group
_GROUP = (0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 2, 8, 9, 10, 11, 9, 4, 3, 12, 13, 7)

# traps: trait words about the user's life, never a style preference
_TRAPS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("u", "safety training at work today ugh, 3 hrs of slides \U0001f634"),),
    (("u", "pulling a long shift tmrw so ill test it after"),),
    (("u", "my bro's bday roast was sooo funny last night lmao"),),
    (("u", "i have to write a short speech for my cousin's wedding \U0001f62c "
           "so thats one thing i'll ask it"),),
    (("u", "need detailed assembly instructions for this crib fr, "
           "the paper ones are useless"),),
    (("u", "work had a whole meeting about being careful w/ customer data"),),
    (("u", "my kid's school sent home a warning about lice \U0001f644"),),
    (("u", "the comedy show sat was hilarious btw u shouldve come"),),
    (("u", "got a safety recall letter for my car lol great"),),
    (("u", "watched the most serious documentary last night, still thinking abt it"),),
    (("u", "taking a first aid course next month so i can be the safe one on hikes"),),
    (("u", "my landlord is sooo unhelpful, still no heat"),),
    (("u", "writing a funny card for my grandma's 90th, gonna ask it for ideas"),),
    (("u", "its gonna be a long week"),),
    (("u", "practical exam for nursing school is fri \U0001f62c"),),
    (("u", "running a risky build in {game} lol, all damage no defense"),),
    (("u", "my coworker keeps telling the worst dad jokes at standup"),),
    (("u", "short on cash til friday so no brunch for me lol"),),
    (("u", "my boss says my reports are too long lmao"),),
    (("f", "did u get the hazard training email too"), ("u", "ya ugh")),
    (("u", "need a step by step plan for moving apartments, gonna ask it that first"),),
    (("u", "my nephew thinks everything i say is hilarious, best audience"),),
)
# fmt: on

_FORMATS = ("prefix", "quote", "stamp", "bare")


def _pick(seq, u: float):
    """Element of ``seq`` chosen by a uniform float ``u`` (fixed rng consumption)."""
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def _fill(template: str, v: np.ndarray) -> str:
    fields = {
        "topic": _pick(_TOPICS, v[0]),
        "topic2": _pick(_TOPICS, (v[0] + 0.37) % 1.0),
        "rant": _pick(_WORK_RANT, v[1]),
        "plan": _pick(_PLANS, v[2]),
        "game": _pick(_GAMES, v[3]),
        "weather": _pick(_WEATHER, v[4]),
        "errand": _pick(_ERRANDS, v[5]),
        "pet": _pick(_PET, v[6]),
        "device": _pick(_DEVICES, v[7]),
        "food": _pick(_FOOD, v[8]),
        "shift": _pick(_SHIFTS, v[9]),
        "job": _pick(_JOBS, v[10]),
        "gossip": _pick(_GOSSIP, v[11]),
    }
    return template.format(**fields)


def _typo(msg: str, u: float, w: float) -> tuple[str, str | None]:
    """Swap two inner letters of one word; return the message and the fixed word."""
    words = msg.split(" ")
    cand = [i for i, t in enumerate(words) if t.isalpha() and len(t) >= 5]
    if not cand:
        return msg, None
    i = _pick(cand, u)
    word = words[i]
    j = 1 + min(int(w * (len(word) - 3)), len(word) - 4)
    if word[j] == word[j + 1]:
        return msg, None
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words), word


def _chatter(
    rng: np.random.Generator,
    ex: tuple[tuple[str, str], ...],
    trap: bool,
    persona: np.ndarray,
) -> list[tuple[str, str]]:
    """One off-trait exchange (or a trap), with an occasional typo."""
    v = rng.random(16)
    out = [(spk, _fill(t, persona)) for spk, t in ex]
    if not trap and v[13] < 0.15:
        k = min(int(v[14] * len(out)), len(out) - 1)
        spk, msg = out[k]
        bad, good = _typo(msg, v[15], v[14])
        if good is not None:
            out[k] = (spk, bad)
            if v[13] < 0.06:
                out.insert(k + 1, (spk, "*" + good))
    return out


def _slot(
    trait: str, level: str, rng: np.random.Generator, allow_fix: bool
) -> list[tuple[str, str]]:
    """Messages stating one trait at one level; always draws the same randomness."""
    v = rng.random(10)
    form = v[0]
    out: list[tuple[str, str]] = []
    can_fix = allow_fix and level in ("top", "high", "none", "low")
    if can_fix and v[1] < 0.13:
        if level == "low":
            wrong = _pick(_BANK[trait]["high" if v[2] < 0.5 else "none"], v[3])
            fix = _pick(_FIX_NVM, v[4])
        else:
            wrong = _pick(_BANK[trait]["none" if level != "none" else "high"], v[3])
            fix = _pick(_FIX_OPPOSITE, v[4])
        true = _pick(_BANK[trait][level], v[5])
        out.append(("u", wrong))
        if v[6] < 0.5:
            out.append(("f", _pick(_ACK, v[7])))
        if v[8] < 0.5:
            out.append(("u", fix))
            out.append(("u", true))
        else:
            out.append(
                ("u", fix + ", " + true if not fix.endswith(":") else fix + " " + true)
            )
        return out
    if form < 0.40:
        if v[1] < 0.3:
            out.append(("u", _pick(_LEADIN, v[2])))
        out.append(("u", _pick(_BANK[trait][level], v[3])))
    elif form < 0.62:
        out.append(("f", _pick(_POS_Q[trait], v[2])))
        out.append(("u", _pick(_YESNO_A[level], v[3])))
    elif form < 0.82:
        out.append(("f", _pick(_CHOICE_Q[trait], v[2])))
        out.append(("u", _pick(_CHOICE_A[trait][level], v[3])))
    else:
        out.append(("f", _pick(_OPEN_Q[trait], v[2])))
        out.append(("u", _pick(_BANK[trait][level], v[3])))
    return out


def _layout(
    msgs: list[tuple[str, str]], fmt: str, user: str, friend: str, v: np.ndarray
) -> list[str]:
    lines: list[str] = []
    if fmt == "bare" or v[0] < 0.4:
        lines.append(_pick(_HEADERS, v[1]).format(f=friend))
    if fmt == "stamp":
        hour = 1 + int(v[2] * 12)
        minute = int(v[3] * 50)
        ulabel = "Me" if v[4] < 0.35 else user
        flabel = friend.capitalize()
        prev = None
        steps = (v[5:] * 3).astype(int) if len(v) > 5 else np.zeros(1, dtype=int)
        for n, (spk, msg) in enumerate(msgs):
            if spk != prev:
                minute += int(steps[n % len(steps)])
                if minute >= 60:
                    minute -= 60
                    hour = hour % 12 + 1
                label = ulabel if spk == "u" else flabel
                lines.append(f"{label} {hour}:{minute:02d}")
                prev = spk
            lines.append(msg)
        return lines
    for spk, msg in msgs:
        if spk == "f":
            lines.append(f"{friend}: {msg}")
        elif fmt == "prefix":
            lines.append(f"me: {msg}")
        elif fmt == "quote":
            lines.append(f"> {msg}")
        else:
            lines.append(msg)
    return lines


def _compose(
    levels: list[str],
    mentioned: list[int],
    rng: np.random.Generator,
    allow_fix: bool = True,
) -> tuple[str, bool]:
    """Render a thread; return the text and whether it holds a trap."""
    v = rng.random(12)
    fmt = _pick(_FORMATS, v[0])
    user = _pick(_USERS, v[1])
    friend = _pick(_FRIENDS, v[2])
    trap = bool(v[3] < 0.15)
    n_chat = 2 + int(v[4] * 5)
    if v[6] < 0.1:
        n_chat = 1 + int(v[7] * 2)
    elif v[6] > 0.86:
        n_chat = 7 + int(v[7] * 5)
    if trap:
        n_chat = max(n_chat, 1)
    order = [int(i) for i in rng.permutation(len(mentioned))]
    traits = [TRAITS[mentioned[i]] for i in order]
    tops = [t for t in traits if levels[TRAITS.index(t)] == "top"]
    if tops and v[5] < 0.5:
        traits.remove(tops[0])
        traits.insert(0, tops[0])

    msgs: list[tuple[str, str]] = []
    o = rng.random(3)
    if o[0] < 0.55:
        msgs.append(("f", _pick(_OPEN_F, o[1])))
    else:
        msgs.append(("u", _pick(_OPEN_U, o[1])))
        msgs.append(("f", _pick(_OPEN_U_REPLY, o[2])))

    # off-trait exchanges go into gaps: 0 = before the first slot, k = after slot k
    n_gaps = len(traits) + 1
    gaps = [min(int(g * n_gaps), n_gaps - 1) for g in rng.random(n_chat)]
    trap_at = int(rng.random() * n_chat)
    between = rng.random((len(traits), 2))
    perm = rng.permutation(len(_CHATTER))
    persona = rng.random(12)  # job, topics, game, plans: one set per thread
    picked: list[int] = []
    for idx in perm:
        if _GROUP[int(idx)] not in {_GROUP[i] for i in picked}:
            picked.append(int(idx))
    trap_ex = _pick(_TRAPS, rng.random())
    chats = [
        _chatter(rng, trap_ex, True, persona)
        if trap and k == trap_at
        else _chatter(rng, _CHATTER[picked[k]], False, persona)
        for k in range(n_chat)
    ]
    slots = [_slot(t, levels[TRAITS.index(t)], rng, allow_fix) for t in traits]
    for k in range(n_chat):
        if gaps[k] == 0:
            msgs.extend(chats[k])
    for s, slot in enumerate(slots):
        if s > 0 and between[s, 0] < 0.3:
            msgs.append(("f", _pick(_PROMPT, between[s, 1])))
        msgs.extend(slot)
        if slot[-1][0] == "u" and between[s, 0] > 0.75:
            msgs.append(("f", _pick(_ACK, between[s, 1])))
        for k in range(n_chat):
            if gaps[k] == s + 1:
                msgs.extend(chats[k])
    e = rng.random(2)
    if tops and e[0] < 0.5:
        msgs.append(("u", _pick(_ECHO[tops[0]], e[1])))
    c = rng.random(3)
    if c[0] < 0.5:
        msgs.append(("u", _pick(_CLOSE_U, c[1])))
        if c[2] < 0.6:
            msgs.append(("f", _pick(_CLOSE_F, c[2] / 0.6)))
    elif c[0] < 0.8:
        msgs.append(("f", _pick(_CLOSE_F[2:], c[1])))
    lines = _layout(msgs, fmt, user, friend, rng.random(30))
    return "\n".join(lines), trap


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One texting-thread summary for ``weights`` (randomness from ``rng`` only)."""
    levels = levels_of(weights)
    mentioned = list(_mentioned(levels, rng))
    text, _ = _compose(levels, mentioned, rng)
    return text


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two threads identical but for one slot: ``trait`` at level high, then none."""
    k = TRAITS.index(trait)
    v = rng.random(len(TRAITS))
    levels = ["low"] * len(TRAITS)
    mentioned = [i for i in range(len(TRAITS)) if i == k or v[i] < 0.5]
    state = rng.bit_generator.state
    levels[k] = "high"
    replay = np.random.Generator(type(rng.bit_generator)())
    replay.bit_generator.state = state
    first, _ = _compose(levels, mentioned, rng, allow_fix=False)
    levels[k] = "none"
    second, _ = _compose(levels, mentioned, replay, allow_fix=False)
    return first, second
