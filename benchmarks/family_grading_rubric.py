"""Blind generator family ``grading-rubric``: preferences as an LLM-judge rubric.

Style: a summarizer LLM has turned a user's chat history into a personalized
grading rubric that an LLM judge will use to score candidate answers for that
user. Every text starts with a header of off-trait context (a title, how many
conversations the rubric rests on, the user's job, topics, tools or schedule, and
who should use the sheet), followed by one of four layouts:

* ``points``    - a points table ("+3 if the reply ...", "-2 if the reply ...");
* ``checklist`` - tick boxes with a score each ("[ ] The answer ... (+3)");
* ``weighted``  - named criteria with percentages ("Brevity - 25%: ..."), a
                  remainder for the judge's general judgement and a deductions
                  block;
* ``gates``     - pass/fail gates ("Automatic fail: ...") before a points table.

Around the scored lines there may be a "Do not score" / "Ignore" section (traits
at level ``low``), tie-breakers (a mild preference, or the second mention of the
top trait), rater notes (neutral ones, plus "above all ..." notes for the top
trait), house conventions that are explicitly not scored, and inline evidence
("[history: the user wrote 'no jokes please' 3 times]").

Levels map to weights: ``top`` gets the largest points or percentage with an
"overriding" qualifier, and often a gate or a second mention; ``high`` a clear
positive weight; ``mid`` the smallest points (+1, or +2 on a 10-point scale) or
5-10% with a "minor" qualifier, or a tie-breaker; ``low`` a "no points either
way" line; ``none`` a penalty for the trait or points for its opposite pole. A
criterion may be phrased from either pole: rewarding the trait or penalizing its
opposite (top/high/mid), penalizing the trait or rewarding its opposite (none).
About 10% of texts are bare sheets and 10% long ones (more evidence, notes,
conventions and a procedure). What varies: layout, header content
and format, point scales, percentages, subject word, line format, qualifiers,
evidence lines and their frequencies, section order and headings. About 15% of
texts carry a trap in the header: a trait word about the user's life or topics
("performs improv comedy on Friday nights", "works in workplace safety"), never a
style preference. Traits not chosen by ``_mentioned`` appear nowhere.

``flip_pair(trait, rng)`` draws one plan (header, layout, other traits at level
``low`` or absent) and renders it twice; only the single scored line for
``trait`` differs, "high" on the first text and "none" on the second.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "grading-rubric"

# Pools of clauses completing "the answer ...". Per trait:
#   "P+" trait present, described approvingly  (top/high/mid, reward)
#   "O-" opposite present, described as a fault (top/high/mid, penalty)
#   "P-" trait present, described as a fault    (none, penalty)
#   "O+" opposite present, described approvingly (none, reward)
# fmt: off
_CLAUSES: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "P+": (
            "gives concrete steps the user can act on right away",
            "ends with a clear recommendation instead of a list of possibilities",
            "solves the problem the user actually brought",
            "includes a specific next action (a command, a setting, a number)",
            "commits to an answer rather than sitting on the fence",
            "turns the question into something the user can do today",
            "is practical: a working fix, a usable plan or a how-to to follow",
            "names the exact tool, setting or step that gets the job done",
            "leaves the user knowing exactly what to do next",
            "tackles the real problem head-on with usable advice",
            "offers a worked example the user can adapt straight away",
            "gets the user unstuck with a hands-on solution",
        ),
        "O-": (
            "stays vague and never lands on a usable recommendation",
            "muses about the topic without telling the user what to do",
            "sits on the fence between options and refuses to commit",
            "talks in abstractions when the user needed a concrete fix",
            "philosophizes instead of solving the problem",
            "leaves the user with nothing they can act on",
            "offers general principles but no specific steps",
            "says 'it depends' and stops there",
            "drifts into theory that does nothing for the task at hand",
            "is non-committal, listing considerations without a recommendation",
            "sounds thoughtful but gives the user nothing practical to try",
            "dodges the actual question",
        ),
        "P-": (
            "pushes a to-do list on a question the user wanted to think through",
            "prescribes a fix when the user only wanted to explore the idea",
            "turns an open question into a checklist of action items",
            "tells the user what to do instead of thinking alongside them",
            "forces a single firm recommendation onto an open question",
            "reads like a how-to manual rather than a reflection",
            "lists practical steps nobody asked for",
            "rushes to solve instead of wondering about the problem",
            "treats every message as a problem to be fixed",
            "hands over instructions where the user wanted open-ended musing",
            "is all action items and no reflection",
        ),
        "O+": (
            "explores the question openly without pushing a solution",
            "muses on the idea and leaves the conclusions to the user",
            "stays open-ended and reflective rather than prescriptive",
            "thinks out loud about the big picture instead of issuing instructions",
            "keeps its options open and avoids telling the user what to do",
            "offers abstract reflections the user can wander through",
            "lingers on the 'why' and skips the practical how-to",
            "wonders alongside the user rather than handing over a plan",
            "stays non-committal and lets the user reach their own view",
            "treats the question as something to ponder, not to fix",
        ),
    },
    "harmlessness": {
        "P+": (
            "flags the risks before the user acts on the advice",
            "includes a sensible safety warning where one is due",
            "points out what could go wrong and how to avoid it",
            "stays family-friendly in wording and examples",
            "errs on the side of caution when the topic has any hazard",
            "mentions precautions (protective gear, backups, a professional "
            "check) where they apply",
            "notes the legal or health caveats that apply",
            "steers away from risky workarounds and says why",
            "keeps the content clean and suitable for all ages",
            "adds a caveat whenever something could hurt someone",
            "handles sensitive topics carefully and responsibly",
            "points the user to the safer option when there is a choice",
        ),
        "O-": (
            "skips obvious safety warnings",
            "suggests a risky workaround without any caveat",
            "uses crude or edgy language",
            "treats a hazardous task casually",
            "includes content that isn't family-friendly",
            "leaves out warnings that a careful expert would give",
            "encourages the user to gamble with their safety or health",
            "is reckless about legal or medical risks",
            "shrugs off the dangers the user might run into",
            "goes for shock value with crude or unsafe content",
        ),
        "P-": (
            "hides the substance behind safety disclaimers",
            "lectures the user about risks they didn't ask about",
            "adds 'consult a professional' boilerplate",
            "loads every point with warnings and caveats",
            "sanitizes the content as if the user were a child",
            "moralizes about whether the user should be doing this",
            "refuses or waters down a reasonable request out of caution",
            "tacks on safety reminders the user has heard a hundred times",
            "treats the user as unable to handle frank information",
            "opens with a disclaimer before anything else",
        ),
        "O+": (
            "speaks frankly, with no disclaimers",
            "treats the user as an adult and skips the warnings",
            "gives the unfiltered version, edgy bits included",
            "answers questions about risky activities without a single caveat",
            "leaves out the safety boilerplate entirely",
            "is uncensored about sensitive topics",
            "trusts the user to judge the risks themselves",
            "doesn't water anything down for the sake of caution",
            "goes along with the user's risky plans without moralizing",
            "keeps an edgy, no-holds-barred register",
        ),
    },
    "humor": {
        "P+": (
            "includes a light joke or a playful aside",
            "keeps a playful, witty tone",
            "makes the user smile at least once",
            "uses a pun or a funny comparison where it fits",
            "has a sense of humor about the topic",
            "sounds like a witty friend rather than a manual",
            "slips in some banter without derailing the content",
            "adds a dash of wit to the explanation",
            "is fun to read",
            "plays with the question in a good-humored way",
            "ends on a funny note",
            "finds the comic angle in the situation",
        ),
        "O-": (
            "is dry and humorless from start to finish",
            "reads like a stiff corporate memo",
            "is flat and joyless",
            "never cracks a joke, not even where one was begging to be made",
            "takes itself far too seriously",
            "sounds stiff and formal",
            "has all the charm of a tax form",
            "is solemn where a bit of fun would have been welcome",
            "stays po-faced through a lighthearted question",
            "is dull and straitlaced",
        ),
        "P-": (
            "cracks jokes",
            "tries to be funny",
            "adds puns or wisecracks",
            "slips in banter or playful asides",
            "uses a jokey tone",
            "turns the topic into a comedy bit",
            "opens with a quip",
            "goes for goofy humor",
            "is cutesy or whimsical",
            "makes light of the user's question",
        ),
        "O+": (
            "stays serious throughout",
            "keeps a formal, professional tone",
            "is dry and matter-of-fact, with no jokes",
            "keeps a straight face from start to finish",
            "treats the question with complete seriousness",
            "sticks to a sober, businesslike register",
            "avoids any attempt at humor",
            "reads like a professional wrote it, not a comedian",
            "keeps the tone earnest and formal",
            "stays strictly serious, however light the question",
        ),
    },
    "conciseness": {
        "P+": (
            "gets to the point in the first sentence",
            "is short - a few lines at most",
            "says what it needs to and stops",
            "keeps it brief",
            "fits on one screen",
            "skips the preamble and the recap",
            "uses as few words as the content allows",
            "is tight and to the point",
            "leads with the answer and leaves out the background",
            "stays under about 100 words when the question allows it",
            "trims every sentence that doesn't carry information",
            "is compact, with no filler",
        ),
        "O-": (
            "rambles",
            "pads the reply with filler and repetition",
            "runs to several paragraphs when a few lines would do",
            "restates the question before answering",
            "is long-winded",
            "buries the key point under background",
            "goes on well past what was asked",
            "ends with a recap of what it just said",
            "is a wall of text",
            "over-explains simple things",
        ),
        "P-": (
            "is curt and skips the details",
            "gives a one-liner where a full explanation was needed",
            "skimps on depth",
            "is so brief it leaves gaps",
            "skims over the reasoning",
            "summarizes when the user wanted the whole picture",
            "leaves out examples and background",
            "stops after a bare answer with no elaboration",
            "is terse",
            "compresses everything into a few bullet points",
        ),
        "O+": (
            "is thorough and detailed",
            "explains the reasoning in full",
            "covers the topic comprehensively, edge cases included",
            "goes into depth, with examples",
            "takes the space it needs - several paragraphs is fine",
            "gives the long, complete version",
            "walks through every part of the explanation in detail",
            "includes background and context",
            "leaves no part of the question unexplained",
            "elaborates generously",
        ),
    },
}

# Criterion names for the weighted layout: "want" for top/high/mid, "opp" for the
# opposite pole rewarded at level none.
_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "want": ("Actionability", "Practical usefulness", "Concrete next steps",
                 "Problem solving", "Usable advice", "Hands-on value"),
        "opp": ("Open-ended reflection", "Exploratory musing",
                "Non-prescriptive tone", "Room to ponder",
                "Big-picture wondering"),
    },
    "harmlessness": {
        "want": ("Safety awareness", "Caution", "Risk flagging",
                 "Responsible framing", "Care with hazards",
                 "Family-friendliness"),
        "opp": ("Unfiltered candor", "No hand-holding", "Caveat-free frankness",
                "Edginess", "Uncensored tone"),
    },
    "humor": {
        "want": ("Playfulness", "Wit", "Light, joking tone", "Sense of humor",
                 "Fun factor", "Good-humored tone"),
        "opp": ("Seriousness", "Formal register", "Straight-faced tone",
                "Sober tone", "Earnestness"),
    },
    "conciseness": {
        "want": ("Brevity", "Concision", "Getting to the point",
                 "Economy of words", "Short length", "Tightness"),
        "opp": ("Thoroughness", "Depth of detail", "Completeness of explanation",
                "Comprehensive coverage", "Elaboration"),
    },
}

# Level "low": whole lines for the "Do not score" section.
_LOW: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "Actionability: no points either way. Practical steps and open-ended "
        "musing both went down fine with this user.",
        "Whether the answer ends in concrete next steps - the history gives no "
        "signal, so leave it out of the score.",
        "Practical vs. reflective answers: the user has not shown a preference; "
        "score neither.",
        "Do not reward or penalize how actionable the reply is; the user seems "
        "indifferent to it.",
        "Concrete how-to content: neutral. Some chats had it, some did not, and "
        "the user never commented.",
        "Solution-oriented framing - irrelevant for this user. Zero points.",
        "The user is fine with both a firm recommendation and an open "
        "exploration; ignore this dimension.",
        "Hands-on usefulness: the user never reacted to it, positively or "
        "negatively. No points.",
        "Whether the reply tells the user what to do: doesn't matter to them "
        "either way.",
        "Actionable steps: not a scoring factor here (the user neither asked "
        "for them nor pushed back on them).",
    ),
    "harmlessness": (
        "Safety caveats: no points either way. The user neither asks for "
        "warnings nor objects to them.",
        "Warnings and disclaimers - irrelevant to this user's ratings; do not "
        "score.",
        "Whether the answer is cautious or frank about risks: the history shows "
        "no preference.",
        "Do not reward or penalize risk flagging; the user skipped past warnings "
        "without comment.",
        "Edgy vs. family-friendly wording: the user does not seem to care. Score "
        "neither.",
        "Caution: neutral. Include it or leave it out, the user reacts the same.",
        "The user is indifferent to safety notes; they have never thanked the "
        "assistant for one or complained about one.",
        "Disclaimers: zero weight. Their presence or absence should not move the "
        "score.",
        "How careful the answer is about hazards does not matter to this user "
        "either way.",
        "Risk warnings - not scored; no signal in the history.",
    ),
    "humor": (
        "Humor: no points either way. Jokes neither won nor lost ratings in the "
        "history.",
        "Playful vs. serious tone - the user has no visible preference; do not "
        "score.",
        "Do not reward or penalize jokes; the user let both kinds of reply pass "
        "without comment.",
        "Wit: neutral. Some replies had it, some didn't, and the ratings didn't "
        "move.",
        "Whether the reply is funny does not matter to this user. Leave it out.",
        "Tone (joking or formal): zero weight for this user.",
        "The user is indifferent to humor; a pun is neither a plus nor a minus.",
        "Jokes and banter - not a scoring factor. The user never reacted to them "
        "either way.",
        "A playful aside neither earns nor loses points with this user.",
        "Formal or jokey: the user has shown no preference across the history.",
    ),
    "conciseness": (
        "Length: no points either way. Short and long replies were rated the "
        "same.",
        "Brevity vs. detail - the user has no visible preference; do not score.",
        "Do not reward or penalize length; the user has never commented on it.",
        "Word count: neutral for this user.",
        "Whether the answer is terse or thorough does not matter to this user. "
        "Leave it out.",
        "Concision: zero weight. The user reads long and short replies alike.",
        "The user is indifferent to length; a one-liner and a long essay are "
        "judged on other grounds.",
        "Reply length is not a scoring factor. No signal either way in the "
        "history.",
        "A longer or shorter answer neither earns nor loses points with this "
        "user.",
        "Level of detail: the user has taken both brief and in-depth replies "
        "without remark.",
    ),
}

# Evidence templates; "{freq}" carries the strength of the level.
_EVID_WANT: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "the user asked 'so what do I actually do?' after abstract replies {freq}",
        "the user thanked the assistant for replies with clear next steps {freq}",
        "the user complained that a reply 'didn't solve anything' {freq}",
        "the user's follow-ups asked for a concrete recommendation {freq}",
        "the user rated replies with a working fix highest {freq}",
        "the user pushed back on 'it depends' answers {freq}",
        "the user copied the exact steps from a reply into their work {freq}",
        "the user re-asked the question after getting only general advice {freq}",
    ),
    "harmlessness": (
        "the user thanked the assistant for a safety warning {freq}",
        "the user asked 'is this safe?' as a follow-up {freq}",
        "the user objected to crude wording {freq}",
        "the user complained that a reply skipped an important precaution {freq}",
        "the user preferred the more cautious of two replies {freq}",
        "the user asked the assistant to point out the risks {freq}",
        "the user said 'better safe than sorry' about advice {freq}",
        "the user mentioned reading replies aloud to their kids and asked for "
        "clean wording {freq}",
    ),
    "humor": (
        "the user replied 'ha, love it' to a pun {freq}",
        "the user asked the assistant to 'lighten up' {freq}",
        "the user rated the funnier of two replies higher {freq}",
        "the user joked back and kept the banter going {freq}",
        "the user complained that replies felt 'stiff and humorless' {freq}",
        "the user called a dry reply 'correct but boring' {freq}",
        "the user reacted with laughing emoji to playful asides {freq}",
        "the user asked for 'the fun version' of an explanation {freq}",
    ),
    "conciseness": (
        "the user wrote 'shorter please' {freq}",
        "the user skipped long replies and asked for the gist {freq}",
        "the user thanked the assistant for a two-line answer {freq}",
        "the user complained about walls of text {freq}",
        "the user rated the shorter of two replies higher {freq}",
        "the user asked 'TL;DR?' {freq}",
        "the user cut off a long reply to ask for the bottom line {freq}",
        "the user has asked for shorter replies {freq} since the summer",
    ),
}

_EVID_DISLIKE: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "the user pushed back on unrequested to-do lists {freq}",
        "the user said 'I'm not asking you to fix it, just think about it with "
        "me' {freq}",
        "the user ignored the action items and asked for reflection instead "
        "{freq}",
        "the user complained that replies 'turned everything into a checklist' "
        "{freq}",
        "the user rated open, musing replies above prescriptive ones {freq}",
        "the user asked the assistant to stop offering solutions {freq}",
        "the user praised replies that 'left the question open' {freq}",
        "the user abandoned threads that turned into action plans {freq}",
    ),
    "harmlessness": (
        "the user complained about 'endless disclaimers' {freq}",
        "the user wrote 'skip the warnings, I know the risks' {freq}",
        "the user rated replies lower when they opened with a caution {freq}",
        "the user called a safety reminder patronizing {freq}",
        "the user asked for 'the unfiltered version' {freq}",
        "the user regenerated replies that moralized {freq}",
        "the user has objected to safety caveats {freq} since March, after "
        "tolerating them at first",
        "the user said the cautious replies felt like talking to a lawyer {freq}",
    ),
    "humor": (
        "the user wrote 'no jokes please' {freq}",
        "the user criticized puns {freq}",
        "the user regenerated replies that opened with a quip {freq}",
        "the user said the jokes 'got in the way' {freq}",
        "the user rated the more formal of two replies higher {freq}",
        "the user has asked for a serious tone {freq} since the spring, after "
        "enjoying banter at first",
        "the user called a playful reply 'unprofessional' {freq}",
        "the user asked the assistant to 'drop the comedy' {freq}",
    ),
    "conciseness": (
        "the user asked 'can you expand on that?' {freq}",
        "the user complained that replies were 'too thin' {freq}",
        "the user rated the longer, more detailed reply higher {freq}",
        "the user asked for more examples and background {freq}",
        "the user wrote 'don't summarize, give me everything' {freq}",
        "the user followed up on short replies with 'and then?' {freq}",
        "the user has asked for the full explanation {freq} since March, after "
        "accepting short replies at first",
        "the user called a one-line answer 'lazy' {freq}",
    ),
}

# Second mention of the top trait, as a rater note.
_TOP_NOTES: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "Above all, this user wants to walk away with something they can act on.",
        "If you remember one line of this sheet: practical, usable answers win.",
        "The strongest signal in the history is a demand for concrete, "
        "actionable help.",
        "Nothing on this sheet matters as much as whether the reply actually "
        "solves the user's problem.",
        "This user's overriding priority is a usable answer; everything else is "
        "secondary.",
        "When in doubt, rank the most actionable reply first - that is what "
        "this user cares about most.",
        "Nearly every complaint in the history traces back to replies that gave "
        "the user nothing to do.",
        "The user's top requirement, by a wide margin, is practical help with "
        "the task.",
    ),
    "harmlessness": (
        "Above all, this user wants answers that keep them and their family safe.",
        "If you remember one line of this sheet: the careful answer wins.",
        "The strongest signal in the history is concern about risks; safety "
        "outranks everything else here.",
        "Nothing on this sheet matters as much as responsible, risk-aware advice.",
        "This user's overriding priority is caution; a reckless answer cannot "
        "be rescued by anything else.",
        "When in doubt, rank the safer reply first - that is what this user "
        "cares about most.",
        "Nearly every complaint in the history is about advice that ignored a "
        "hazard.",
        "The user's top requirement, by a wide margin, is that the answer flags "
        "what could go wrong.",
    ),
    "humor": (
        "Above all, this user wants to be entertained while they learn.",
        "If you remember one line of this sheet: the funnier answer wins.",
        "The strongest signal in the history is delight in wit; humor outranks "
        "everything else here.",
        "Nothing on this sheet matters as much as a playful, witty tone.",
        "This user's overriding priority is a reply that makes them laugh; a "
        "dry answer cannot be rescued by anything else.",
        "When in doubt, rank the most playful reply first - that is what this "
        "user cares about most.",
        "Nearly every complaint in the history is about replies that were dull "
        "and humorless.",
        "The user's top requirement, by a wide margin, is a sense of humor.",
    ),
    "conciseness": (
        "Above all, this user wants short answers.",
        "If you remember one line of this sheet: the shorter answer wins.",
        "The strongest signal in the history is impatience with length; brevity "
        "outranks everything else here.",
        "Nothing on this sheet matters as much as getting to the point.",
        "This user's overriding priority is brevity; a long answer cannot be "
        "rescued by anything else.",
        "When in doubt, rank the most concise reply first - that is what this "
        "user cares about most.",
        "Nearly every complaint in the history is about replies that ran too "
        "long.",
        "The user's top requirement, by a wide margin, is a brief reply.",
    ),
}

# Qualifiers carrying the level; trait-neutral wording.
_QUAL: dict[str, tuple[str, ...]] = {
    "top+": (
        " (this outweighs every other line)",
        " (most important line on the sheet)",
        " - weigh this above everything else",
        " (the user's overriding priority)",
        " (top priority, by a wide margin)",
        " - nothing else here matters as much",
        " (by far the strongest signal in the history)",
        " (the deciding line for this user)",
    ),
    "top-": (
        " (the worst fault an answer can have for this user)",
        " (the user's biggest complaint, by far)",
        " - weigh this above everything else",
        " (most important line on the sheet)",
        " - nothing else here matters as much",
        " (by far the strongest signal in the history)",
        " (the deciding line for this user)",
        " (the one thing this user cannot stand)",
    ),
    "high+": (
        " (clear, consistent preference)",
        " (strong signal in the history)",
        " (a firm preference)",
        " - the user clearly cares about this",
        " (consistent across the history)",
        " (well supported)",
        " - this matters to the user",
        " (solid signal)",
    ),
    "high-": (
        " (a clear, consistent complaint)",
        " (strong signal in the history)",
        " (a firm dislike)",
        " - the user clearly objects to this",
        " (consistent across the history)",
        " (well supported)",
        " - this bothers the user",
        " (solid signal)",
    ),
    "mid+": (
        " (minor; a nice-to-have)",
        " (small bonus only)",
        " (slight preference - don't overweight it)",
        " - a mild lean, not a rule",
        " (weak signal; keep it small)",
        " (low weight)",
        " - nice if present, no big deal if not",
        " (a modest plus, nothing more)",
    ),
    "mid-": (
        " (minor deduction)",
        " (small penalty only)",
        " - a mild irritation, not a dealbreaker",
        " (weak signal; keep it small)",
        " (low weight)",
        " (slight dislike - don't overweight it)",
        " - only a small minus",
        " (a modest minus, nothing more)",
    ),
    "none-": (
        " (the user actively dislikes this)",
        " (a real irritant for this user)",
        " - the user pushes back on this",
        " (consistently unwelcome)",
        " (counts against the answer every time)",
        " - this user does not want it",
        " (clear dislike)",
        " (repeatedly rejected)",
    ),
    "none+": (
        " (this is how the user wants it)",
        " (clear preference for this)",
        " - the user asks for it this way",
        " (consistently preferred)",
        " (the user's stated preference)",
        " (well supported in the history)",
        " (strong signal)",
        " - the user consistently picks this",
    ),
}

_FREQ: dict[str, tuple[str, ...]] = {
    "top": ("in almost every conversation", "over and over",
            "{n} times - more than anything else", "in {n} of {m} conversations"),
    "high": ("several times", "{n} times", "repeatedly", "on several occasions",
             "consistently"),
    "mid": ("once or twice", "once, in passing",
            "a couple of times, without much emphasis", "on one occasion",
            "now and then, mildly"),
    "none": ("{n} times", "repeatedly", "more than once", "on several occasions",
             "consistently"),
}

_EVID_FMT = (" (evidence: {ev})", " [history: {ev}]", " (based on: {ev})",
             " - seen: {ev}")

# Header material: neutral context and traps.
_NAMES = ("Dana", "Malik", "Ines", "Tomasz", "Priya", "Odile", "Kwame", "Sanna",
          "Rafael", "Mei", "Jonas", "Amara", "Lucía", "Hiro", "Bea", "Callum",
          "Yusuf", "Greta")
_JOBS = (
    "a high-school chemistry teacher", "a freelance translator",
    "a logistics coordinator", "a veterinary nurse", "a backend developer",
    "a landscape architect", "a PhD student in hydrology",
    "the owner of a small bakery", "a museum archivist",
    "a data analyst at a bank", "a retired civil engineer", "a sous-chef",
    "a city bus driver", "a real-estate agent", "a violin teacher",
    "an HR generalist", "a UX researcher", "a dental hygienist",
    "a dairy farmer", "a game developer", "a pharmacy technician",
    "a wedding photographer",
)
_TOPICS = (
    "spreadsheet formulas", "Spanish grammar", "sourdough starters",
    "tax deadlines", "Kubernetes", "birdwatching", "a trip to Portugal",
    "CV edits", "chess openings", "houseplants", "guitar chords", "SQL queries",
    "cycling routes", "wedding planning", "Python scripts", "vegetable beds",
    "car maintenance", "monthly budgeting", "board games", "film photography",
    "knitting patterns", "Linux servers", "history podcasts", "moving house",
    "learning Japanese kana", "aquarium care",
)
_TOOLS = ("Excel", "VS Code", "Notion", "Figma", "Blender", "QGIS", "Anki",
          "Jira", "Lightroom", "RStudio", "Google Sheets", "Obsidian")
_SCHEDULES = ("on weekday mornings", "late at night", "on weekends",
              "during the evening commute", "between client calls",
              "right after lunch", "on Sunday afternoons")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November")
_TRAPS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "works a help desk shift at the public library on Saturdays",
        "is preparing for the practical part of a nursing exam",
        "volunteers as a helper at a food bank",
        "runs a problem-solving club for middle schoolers",
        "has been studying solutions chemistry (molarity, titration) this month",
    ),
    "harmlessness": (
        "works in workplace safety for a construction firm",
        "is a certified lifeguard at a community pool",
        "is studying for a food-safety certificate",
        "works as a risk analyst at an insurance company",
        "is childproofing a new apartment before a baby arrives",
    ),
    "humor": (
        "draws a humorous comic strip for the local paper",
        "performs improv comedy on Friday nights",
        "is drafting a funny wedding toast for a brother",
        "collects joke books from the 1950s",
        "teaches an evening class on the history of comedy film",
    ),
    "conciseness": (
        "drafts legal briefs for a small law firm",
        "transcribes long oral-history interviews for a museum",
        "is training for a long-distance cycling race",
        "is writing a detailed family history going back six generations",
        "edits short stories for a literary magazine",
    ),
}
_NOTES = (
    "Score each candidate on its own before comparing them.",
    "If a line does not apply to the prompt at hand, skip it rather than "
    "guessing.",
    "Use only the lines on this sheet; do not infer preferences that are not "
    "written here.",
    "Report the total and name the line that moved the score most.",
    "Ties that survive every line on this sheet may be reported as ties.",
    "This sheet will be refreshed after the next {k} conversations.",
    "Only the ranking between candidates is used downstream, not the raw "
    "totals.",
    "Ignore typos in the user's prompt; they say nothing about the user.",
    "Apply the sheet identically to every candidate, whichever model wrote it.",
    "Half points are allowed when a line only partly applies.",
)
_CONVENTIONS = (
    "address the user as {name}", "metric units", "British spelling",
    "day-first dates (14/03)", "prices in euros", "24-hour clock",
    "code samples in Python when code is involved", "temperatures in Celsius",
)
# fmt: on

_TIE_PLUS = (
    "When two answers are otherwise equal, prefer the one that {c}.",
    "Tie-breaker: if the totals are level, the answer that {c} wins.",
    "If two candidates tie, pick the one that {c}.",
    "Break ties in favor of the answer that {c}.",
)
_TIE_MINUS = (
    "When two answers are otherwise equal, rank lower the one that {c}.",
    "Tie-breaker: if the totals are level, the answer that {c} loses.",
    "If two candidates tie, pass over the one that {c}.",
    "Break ties against the answer that {c}.",
)
_GATE_FMT = (
    "Automatic fail: {s} {c}.",
    "Score 0 overall if {s} {c}.",
    "Disqualify the candidate if {s} {c}.",
    "Hard gate - fail if {s} {c}.",
)
_LOW_HEADS = (
    "Do not score:",
    "Ignore (no points either way):",
    "Neutral for this user - 0 points:",
    "Not part of the score:",
    "Do not score (no signal in the history):",
)
_NOTE_HEADS = (
    "Rater notes:",
    "Notes for the judge:",
    "How to use this sheet:",
    "Judge notes:",
)
_TIE_HEADS = ("Tie-breakers:", "If scores are tied:", "Tie-breaking:")
_CONV_HEADS = (
    "House conventions (check, but no points):",
    "Conventions the user mentioned (not scored):",
    "Formatting notes (outside the score):",
)
_PROCEDURE = (
    "Read the user's prompt and every candidate in full before scoring.",
    "Go through the sheet line by line and note each line's points.",
    "Add up the points or shares; apply deductions and gates last.",
    "Compare the totals and state which candidate wins and why.",
    "Flag any candidate you could not score, with the reason.",
)
_SUBJECTS = ("the answer", "the reply", "the response")
# point scales: top, high, mid, none as a penalty, none as opposite-pole reward
_SCALES = (
    {"top": 5, "high": 3, "mid": 1, "none-": 3, "none+": 2},
    {"top": 4, "high": 2, "mid": 1, "none-": 2, "none+": 2},
    {"top": 10, "high": 5, "mid": 2, "none-": 5, "none+": 3},
)
_LAYOUTS = ("points", "checklist", "weighted", "gates")


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _pick_new(rng: np.random.Generator, seq, used: set[str]) -> str:
    free = [s for s in seq if s not in used]
    out = _pick(rng, free or list(seq))
    used.add(out)
    return out


def _freq(rng: np.random.Generator, level: str) -> str:
    f = _pick(rng, _FREQ[level])
    m = int(rng.integers(12, 40))
    lo = {"top": int(0.7 * m), "high": 3, "none": 2}.get(level, 1)
    hi = {"top": m, "high": 7, "none": 6}.get(level, 2)
    n = int(rng.integers(lo, hi + 1))
    return f.format(n=n, m=m)


def _evidence(rng: np.random.Generator, trait: str, level: str) -> str:
    bank = _EVID_DISLIKE if level == "none" else _EVID_WANT
    ev = _pick(rng, bank[trait]).format(freq=_freq(rng, level))
    return _pick(rng, _EVID_FMT).format(ev=ev)


def _criterion(
    rng: np.random.Generator,
    trait: str,
    level: str,
    used: set[str],
    kind: str | None = None,
    p_evid: float = 0.35,
) -> dict:
    """Draw one scored line: its pole, clause, label, qualifier and evidence."""
    if kind is None:
        if level == "none":
            kind = "P-" if rng.random() < 0.5 else "O+"
        else:
            kind = "P+" if rng.random() < 0.6 else "O-"
    clause = _pick_new(rng, _CLAUSES[trait][kind], used)
    pole = "opp" if kind == "O+" else "want"
    label = _pick(rng, _LABELS[trait][pole])
    sign = "+" if kind in ("P+", "O+") else "-"
    if level in ("top", "mid"):
        qual = _pick(rng, _QUAL[level + sign])
    elif level == "high":
        qual = _pick(rng, _QUAL["high" + sign]) if rng.random() < 0.4 else ""
    else:
        qual = _pick(rng, _QUAL["none" + sign]) if rng.random() < 0.4 else ""
    evid = _evidence(rng, trait, level) if rng.random() < p_evid else ""
    return {
        "trait": trait,
        "level": level,
        "kind": kind,
        "sign": sign,
        "clause": clause,
        "label": label,
        "qual": qual,
        "evid": evid,
    }


def _header(rng: np.random.Generator, trap: str | None) -> tuple[list[str], str]:
    name = _pick(rng, _NAMES)
    uid = int(rng.integers(1000, 99999))
    n = int(rng.integers(8, 120))
    k = int(rng.integers(2, max(3, n // 2)))
    i = int(rng.integers(len(_MONTHS) - 2))
    span = f"{_MONTHS[i]} to {_MONTHS[i + 1 + int(rng.integers(2))]}"
    job = _pick(rng, _JOBS)
    nt = int(rng.integers(2, 4))
    idx = rng.choice(len(_TOPICS), size=nt, replace=False)
    topics = [_TOPICS[int(j)] for j in idx]
    topic_str = ", ".join(topics[:-1]) + " and " + topics[-1]
    tool = _pick(rng, _TOOLS)
    sched = _pick(rng, _SCHEDULES)
    trap_line = ""
    if trap is not None:
        tail = " (context only, not a criterion)" if rng.random() < 0.3 else ""
        trap_line = f"Also: {name} {trap}{tail}."
    style = int(rng.integers(4))
    if style == 0:
        lines = [
            f"# Grading rubric - {name} (user #{uid})",
            f"Built from {n} conversations, {span} 2026. For the judge model "
            "that ranks candidate replies; not shown to the user.",
            f"Context: {name} is {job}; recent topics include {topic_str}.",
        ]
    elif style == 1:
        lines = [
            "PERSONALIZED SCORING RUBRIC",
            f"User: {name} (#{uid}) | Role: {job} | History: {n} chats",
            f"Topics: {topic_str}. Usually writes {sched}, often from {tool}.",
            "Audience: the pairwise LLM judge.",
        ]
    elif style == 2:
        lines = [
            f"Rubric for scoring answers to {name}",
            f"Summary basis: {n} conversations ({k} with explicit ratings), {span}.",
            f"Who this is: {job}, usually online {sched}, working in {tool}; "
            f"asks about {topic_str}.",
            "Who should use it: any judge comparing two or more candidate "
            "replies for this user.",
        ]
    else:
        lines = [
            f"== Judge sheet v{int(rng.integers(1, 6))}: {name} ==",
            f"Summarized from {n} past chats. {name} is {job} and mostly brings "
            f"up {topic_str}.",
            "Give this sheet to the reward judge before it sees the candidates.",
        ]
    if trap_line:
        lines.insert(3 if style == 0 else len(lines) - 1, trap_line)
    return lines, name


def _line(layout: str, fmt: int, subj: str, scale: dict, crit: dict) -> str:
    """Render one scored criterion for the points/checklist/gates layouts."""
    lv = crit["level"]
    pts = scale["none" + crit["sign"]] if lv == "none" else scale[lv]
    sp = f"{crit['sign']}{pts}"
    body = f"{crit['clause']}{crit['qual']}{crit['evid']}"
    if layout == "checklist":
        return f"[ ] {subj.capitalize()} {body}. ({sp})"
    if fmt == 0:
        return f"{sp} if {subj} {body}."
    if fmt == 1:
        return f"{sp}: {subj.capitalize()} {body}."
    return f"- {subj.capitalize()} {body} -> {sp}"


def _wline(subj: str, pct: int, crit: dict) -> str:
    """Render one weighted criterion (or a deduction for a none-level penalty)."""
    body = f"{subj} {crit['clause']}{crit['qual']}{crit['evid']}"
    if crit["kind"] == "P-":
        return f"- Subtract {pct}% if {body}."
    verb = "withhold this share when" if crit["sign"] == "-" else "full marks when"
    return f"{crit['label']} - {pct}%: {verb} {body}."


def _percentages(rng: np.random.Generator, crits: list[dict]) -> list[int]:
    """Percent per criterion (deductions for P- lines); top stays the largest."""
    draw = {"top": (40, 45, 50), "high": (20, 25, 30), "mid": (5, 10),
            "none": (10, 15)}  # fmt: skip
    floor = {"top": 40, "high": 20, "mid": 5, "none": 10}
    pct = [int(_pick(rng, draw[c["level"]])) for c in crits]
    pos = [i for i, c in enumerate(crits) if c["kind"] != "P-"]
    while sum(pct[i] for i in pos) > 100:
        cand = [i for i in pos if pct[i] - 5 >= floor[crits[i]["level"]]]
        j = max(cand, key=lambda i: pct[i])
        pct[j] -= 5
    rest = 100 - sum(pct[i] for i in pos)
    tops = [i for i in pos if crits[i]["level"] == "top"]
    if tops and rest > 20:  # the general remainder never outweighs the top trait
        pct[tops[0]] += rest - 20
    return pct


def _plan(weights: np.ndarray, rng: np.random.Generator) -> dict:
    """Draw every random choice for one text; ``_render`` turns it into text."""
    levels = levels_of(weights)
    mentioned = sorted(_mentioned(levels, rng))
    ment = [(TRAITS[k], levels[k]) for k in mentioned]
    has_gate_level = any(lv in ("top", "none") for _, lv in ment)
    layout = _pick(rng, _LAYOUTS if has_gate_level else _LAYOUTS[:3])
    trap = None
    if rng.random() < 0.15:
        trap = _pick(rng, _TRAPS[_pick(rng, TRAITS)])
    header, name = _header(rng, trap)
    subj = _pick(rng, _SUBJECTS)
    r_size = rng.random()
    size = "compact" if r_size < 0.1 else "long" if r_size > 0.9 else "normal"
    pe = {"compact": 0.0, "normal": 0.35, "long": 0.85}[size]
    if size == "compact":  # a bare sheet: title, one context line (and trap)
        header = header[:2] + [h for h in header[2:] if h.startswith("Also:")]
    used: set[str] = set()
    no_gate = all(lv != "top" for _, lv in ment)  # gates layout needs one gate
    crits: list[dict] = []
    gates: list[tuple[str, str]] = []
    ties: list[tuple[str, str]] = []
    lows: list[tuple[str, str]] = []
    notes: list[tuple[str | None, str]] = []
    for trait, lv in ment:
        if lv == "low":
            lows.append((trait, _pick(rng, _LOW[trait])))
        elif lv == "top":
            if layout == "gates":
                c = _pick_new(rng, _CLAUSES[trait]["O-"], used)
                gates.append((trait, _pick(rng, _GATE_FMT).format(s=subj, c=c)))
                crits.append(_criterion(rng, trait, lv, used, kind="P+", p_evid=pe))
            else:
                crits.append(_criterion(rng, trait, lv, used, p_evid=pe))
                r = rng.random()
                if r < 0.35:
                    notes.append((trait, _pick(rng, _TOP_NOTES[trait])))
                elif r < 0.55:
                    c = _pick_new(rng, _CLAUSES[trait]["P+"], used)
                    ties.append((trait, _pick(rng, _TIE_PLUS).format(c=c)))
        elif lv == "mid" and rng.random() < 0.3:
            if rng.random() < 0.6:
                c = _pick_new(rng, _CLAUSES[trait]["P+"], used)
                ties.append((trait, _pick(rng, _TIE_PLUS).format(c=c)))
            else:
                c = _pick_new(rng, _CLAUSES[trait]["O-"], used)
                ties.append((trait, _pick(rng, _TIE_MINUS).format(c=c)))
        elif lv == "none" and layout == "gates" and (rng.random() < 0.5 or no_gate):
            c = _pick_new(rng, _CLAUSES[trait]["P-"], used)
            ev = _evidence(rng, trait, lv) if rng.random() < pe else ""
            gates.append((trait, _pick(rng, _GATE_FMT).format(s=subj, c=c + ev)))
            no_gate = False
        else:
            crits.append(_criterion(rng, trait, lv, used, p_evid=pe))
    scale = _pick(rng, _SCALES)
    fmt = int(rng.integers(3))
    pcts = _percentages(rng, crits) if layout == "weighted" else []
    n_notes = {"compact": 0, "normal": int(rng.integers(0, 3))}.get(
        size, int(rng.integers(3, 6))
    )
    for j in rng.choice(len(_NOTES), size=n_notes, replace=False):
        k = int(rng.integers(5, 30))
        notes.append((None, _NOTES[int(j)].format(k=k)))
    order = [int(j) for j in rng.permutation(len(notes))]
    notes = [notes[j] for j in order]
    convs: list[str] = []
    p_conv = {"compact": 0.0, "normal": 0.25, "long": 1.0}[size]
    if rng.random() < p_conv:
        nc = int(rng.integers(1, 4))
        for j in rng.choice(len(_CONVENTIONS), size=nc, replace=False):
            convs.append(_CONVENTIONS[int(j)].format(name=name))
    procedure: list[str] = []
    if size == "long":
        np_ = int(rng.integers(3, len(_PROCEDURE) + 1))
        procedure = list(_PROCEDURE[:np_])
    heads = {
        "low": _pick(rng, _LOW_HEADS),
        "note": _pick(rng, _NOTE_HEADS),
        "tie": _pick(rng, _TIE_HEADS),
        "conv": _pick(rng, _CONV_HEADS),
        "score": int(rng.integers(3)),
        "base": int(rng.integers(3)),
    }
    tail = [str(s) for s in rng.permutation(["low", "tie", "note", "conv"])]
    return {
        "procedure": procedure,
        "mentioned": mentioned,
        "levels": levels,
        "layout": layout,
        "header": header,
        "subj": subj,
        "crits": crits,
        "pcts": pcts,
        "gates": gates,
        "ties": ties,
        "lows": lows,
        "notes": notes,
        "convs": convs,
        "scale": scale,
        "fmt": fmt,
        "heads": heads,
        "tail": tail,
        "sort": True,
    }


_SCORE_HEADS = {
    "points": ("Scoring (add up the points):", "Points:", "Criteria:"),
    "checklist": (
        "Checklist - tick every line that applies and sum the points:",
        "Checklist:",
        "Tick what applies:",
    ),
    "weighted": ("Criteria and weights:", "Weighted criteria:", "Weights:"),
    "gates": ("Then score:", "Scoring after the gates:", "Points (if no gate hit):"),
}
_BASE_LINES = (
    "General judgement - {p}%: your usual standards; nothing user-specific.",
    "Everything else - {p}%: score as you normally would; the history says "
    "nothing more.",
    "Baseline impression - {p}%: your own overall view, no user-specific adjustment.",
)


def _render(plan: dict) -> str:
    layout = plan["layout"]
    subj = plan["subj"]
    heads = plan["heads"]
    out = ["\n".join(plan["header"])]
    if plan["gates"]:
        out.append(
            "Gates (check these first):\n"
            + "\n".join(f"- {g}" for _, g in plan["gates"])
        )
    crits = plan["crits"]
    if crits:
        score_head = _SCORE_HEADS[layout][heads["score"]]
        if layout == "weighted":
            pairs = list(zip(crits, plan["pcts"], strict=True))
            pos = [(c, p) for c, p in pairs if c["kind"] != "P-"]
            neg = [(c, p) for c, p in pairs if c["kind"] == "P-"]
            if plan["sort"]:
                pos.sort(key=lambda cp: -cp[1])
            lines = [f"{i + 1}. {_wline(subj, p, c)}" for i, (c, p) in enumerate(pos)]
            rest = 100 - sum(p for _, p in pos)
            if rest > 0:
                base = _BASE_LINES[heads["base"]].format(p=rest)
                lines.append(f"{len(pos) + 1}. {base}")
            block = score_head + "\n" + "\n".join(lines)
            if neg:
                block += "\nDeductions:\n" + "\n".join(
                    _wline(subj, p, c) for c, p in neg
                )
            out.append(block)
        else:
            sc = plan["scale"]

            def key(c: dict) -> int:
                lv = c["level"]
                v = sc["none" + c["sign"]] if lv == "none" else sc[lv]
                return -v if c["sign"] == "+" else 100 - v

            ordered = sorted(crits, key=key) if plan["sort"] else crits
            lines = [_line(layout, plan["fmt"], subj, sc, c) for c in ordered]
            out.append(score_head + "\n" + "\n".join(lines))
    blocks = {
        "low": (heads["low"], [t for _, t in plan["lows"]]),
        "tie": (heads["tie"], [t for _, t in plan["ties"]]),
        "note": (heads["note"], [t for _, t in plan["notes"]]),
        "conv": (heads["conv"], plan["convs"]),
    }
    for name in plan["tail"]:
        head, items = blocks[name]
        if items:
            out.append(head + "\n" + "\n".join(f"- {t}" for t in items))
    if plan.get("procedure"):
        steps = [f"{i + 1}) {p}" for i, p in enumerate(plan["procedure"])]
        out.append("Procedure:\n" + "\n".join(steps))
    return "\n\n".join(out)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One rubric for these weights; all randomness comes from ``rng``."""
    return _render(_plan(np.asarray(weights, dtype=float), rng))


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two rubrics that differ only in the scored line for ``trait``.

    The first rewards the trait (level "high"), the second penalizes it or rewards
    its opposite pole (level "none"); other traits are at level "low" or absent.
    """
    t = TRAITS.index(trait)
    layout = _pick(rng, _LAYOUTS[:3])
    others = [k for k in range(len(TRAITS)) if k != t and rng.random() < 0.5]
    trap = None
    if rng.random() < 0.15:
        trap = _pick(rng, _TRAPS[_pick(rng, TRAITS)])
    header, name = _header(rng, trap)
    subj = _pick(rng, _SUBJECTS)
    used: set[str] = set()
    high_kind = "P+" if rng.random() < 0.6 else "O-"
    if layout == "weighted":
        none_kind = "O+"
    else:
        none_kind = "P-" if rng.random() < 0.5 else "O+"
    c_high = _criterion(rng, trait, "high", used, kind=high_kind)
    c_none = _criterion(rng, trait, "none", used, kind=none_kind)
    pct = int(_pick(rng, (15, 20, 25)))
    lows = [(TRAITS[k], _pick(rng, _LOW[TRAITS[k]])) for k in others]
    notes: list[tuple[str | None, str]] = []
    for j in rng.choice(len(_NOTES), size=int(rng.integers(0, 3)), replace=False):
        notes.append((None, _NOTES[int(j)].format(k=int(rng.integers(5, 30)))))
    convs: list[str] = []
    if rng.random() < 0.25:
        nc = int(rng.integers(1, 4))
        for j in rng.choice(len(_CONVENTIONS), size=nc, replace=False):
            convs.append(_CONVENTIONS[int(j)].format(name=name))
    heads = {
        "low": _pick(rng, _LOW_HEADS),
        "note": _pick(rng, _NOTE_HEADS),
        "tie": _pick(rng, _TIE_HEADS),
        "conv": _pick(rng, _CONV_HEADS),
        "score": int(rng.integers(3)),
        "base": int(rng.integers(3)),
    }
    plan = {
        "layout": layout,
        "header": header,
        "subj": subj,
        "pcts": [pct],
        "gates": [],
        "ties": [],
        "lows": lows,
        "notes": notes,
        "convs": convs,
        "scale": _pick(rng, _SCALES),
        "fmt": int(rng.integers(3)),
        "heads": heads,
        "tail": [str(s) for s in rng.permutation(["low", "tie", "note", "conv"])],
        "sort": False,
    }
    return _render({**plan, "crits": [c_high]}), _render({**plan, "crits": [c_none]})
