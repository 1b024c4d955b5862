"""Blind family ``summary-update``: revised preference summaries with a change log.

Each text is what a summarizer model writes when it keeps a running preference
summary for one user and revises it from new evidence (AlignXplore+-style streaming
updates). A text shows the revision itself: an earlier summary or earlier beliefs
(quoted, struck through as ``~~...~~``, listed under "Previous summary:" / "Before:"
or narrated as "Earlier I wrote ..."), new evidence from recent comparisons or chats
("chose the shorter answer in 7 of the last 9 comparisons"), and the current view
("Revised:", "Now:", "Still true:", "No longer:", "Retracted", "confidence raised").

The current weights are the truth. Every trait chosen by ``_mentioned`` gets exactly
one current statement at its current level (a top trait may get a second, headline
statement); it is ``new`` (only in the current part), ``same`` (carried over from
the previous version) or ``changed`` (a stale statement at another level, always
visibly superseded, is shown next to the current one). A stale statement is never
the only statement about a trait, and traits not chosen are not expressed at all.

What varies: eight layouts (changelog, diff with -/+ lines, narrated prose, inline
strike-through, previous/evidence/revised blocks, a pipe table, numbered reasoning
followed by a "Current summary" block, and Still true / No longer / Now sections),
the user's name or "the user", version numbers and dates, counts in the evidence,
trait labels, the order of traits, off-trait context (job, topics, tools, schedule,
life changes) and, in about 15% of texts, a trap: a trait word about the user's task
or life ("is writing a funny toast for a sister's wedding") that expresses no style
preference.

``flip_pair(trait, rng)`` draws one plan, with ``trait`` either new or changed from
indifference and the other traits absent or indifferent (``low``), and renders it
twice: once with a statement that the user wants more of ``trait`` (``high``) and
once with one that the user dislikes it or wants the opposite pole (``none``).
Nothing else differs between the two texts.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "summary-update"

_RANK = {"none": 0, "low": 1, "mid": 2, "high": 3, "top": 4}
_SIGN = {"none": -1, "low": 0, "mid": 1, "high": 1, "top": 1}

# Current-state statements, written as predicates ("{subject} {phrase}."). For
# top/high/mid, "pos" likes the trait and "neg" dislikes its opposite pole; for none,
# "pos" wants the opposite pole and "neg" dislikes the trait; low is indifference.
# fmt: off
BANK: dict[str, dict[str, dict[str, list[str]]]] = {
    "helpfulness": {
        "top": {
            "pos": [
                "cares about one thing before everything else: an answer that "
                "actually solves the problem",
                "puts practical, usable answers above every other consideration",
                "treats actionable help as the non-negotiable core of a reply; all "
                "else is secondary",
                "ranks getting a working solution first, far ahead of anything else",
                "wants, above all, concrete next steps to act on right away",
                "would give up any other quality in a reply as long as it solves "
                "the real problem",
                "has made practical usefulness the overriding priority: if a reply "
                "doesn't help, nothing else counts",
                "values a workable fix more than every other quality combined",
            ],
            "neg": [
                "has zero tolerance for vague, noncommittal answers; that outranks "
                "every other complaint",
                "judges every reply first and foremost on whether it avoids "
                "hand-waving and lands on a fix",
                "considers abstract musing in place of a usable answer the single "
                "worst failure",
                "said 'I don't need philosophy, I need this to work', and that "
                "outweighs every other preference",
                "above everything, refuses answers that hedge and never commit to "
                "a recommendation",
                "will forgive almost any flaw except an answer that leaves the "
                "problem unsolved",
                "sees theory-only replies as the biggest letdown there is, worse "
                "than any other shortcoming",
                "rejects non-answers like 'it depends' outright; if a reply fails "
                "that test, nothing else about it matters",
            ],
        },
        "high": {
            "pos": [
                "clearly prefers practical answers with concrete next steps",
                "likes replies that end in something actionable",
                "values answers that commit to a specific recommendation",
                "consistently goes for the answer that actually fixes the issue",
                "wants usable, hands-on help rather than abstract reflection",
                "says a good reply is one that can be acted on immediately",
                "strongly favours answers that name a concrete fix",
                "appreciates it a lot when a reply spells out exactly what to do "
                "next",
            ],
            "neg": [
                "gets frustrated with vague, noncommittal replies",
                "dislikes answers that circle a question without landing on a "
                "solution",
                "has little patience for abstract overviews when a concrete fix "
                "exists",
                "pushes back when a reply offers 'it depends' and nothing usable",
                "is put off by musing, theoretical answers that never get "
                "practical",
                "complained that 'food for thought' is not what was asked for",
                "finds wishy-washy, evasive answers unhelpful and says so",
                "doesn't want speculation when asking how to get something done",
            ],
        },
        "mid": {
            "pos": [
                "mildly prefers practical answers, though it isn't a big deal",
                "leans a little toward replies with concrete next steps",
                "appreciates an actionable suggestion when there is one, without "
                "insisting on it",
                "would pick the more practical answer if everything else were "
                "equal",
                "tends to like a usable takeaway at the end, a small plus rather "
                "than a requirement",
                "somewhat prefers a clear recommendation, but is fine without one",
                "is moderately glad when a reply includes a concrete fix",
                "has a modest preference for hands-on answers",
            ],
            "neg": [
                "is slightly bothered by answers that stay abstract, but tolerates "
                "them",
                "finds purely theoretical replies a bit less useful, nothing more",
                "is a little let down when a reply stays vague, though not much",
                "has a mild aversion to noncommittal answers, a minor factor in "
                "the choices made",
                "would rather not get vague musings, though it's a minor point",
                "sometimes wishes a reply had landed on a concrete suggestion",
                "is mildly impatient with hand-waving, without making much of it",
                "docks a reply a little for staying vague, but rarely more than "
                "that",
            ],
        },
        "low": {
            "any": [
                "is indifferent to whether answers are practical or more "
                "exploratory",
                "doesn't care either way about actionable steps versus open-ended "
                "reflection",
                "shows no preference between hands-on fixes and abstract "
                "discussion",
                "is neutral on practicality; both concrete and speculative answers "
                "are fine",
                "can take or leave concrete recommendations",
                "has no stake in whether a reply commits to a solution or just "
                "explores the question",
                "neither asks for actionable advice nor objects to it",
                "treats practical usefulness as a non-factor",
                "is happy with a concrete fix and equally happy with a musing "
                "answer",
                "shrugs at the question of practical versus theoretical answers",
                "seems unconcerned whether a reply hands over a solution or just "
                "thinks aloud",
                "is equally content with ready-made fixes and with abstract "
                "exploration",
            ],
        },
        "none": {
            "pos": [
                "prefers open-ended, exploratory answers over prescriptive fixes",
                "wants reflective, abstract discussion rather than concrete "
                "instructions",
                "likes answers that muse on the question and leave the conclusion "
                "open",
                "enjoys speculative, noncommittal replies that lay out ideas "
                "without recommending anything",
                "wants to think things through alone; asks for perspectives, not "
                "solutions",
                "favours philosophical, big-picture musing over actionable advice",
                "would rather get questions and possibilities back than a "
                "ready-made answer",
                "looks for abstract, theoretical takes, not hands-on help",
            ],
            "neg": [
                "dislikes being handed to-do lists and ready-made solutions",
                "gets annoyed when a reply jumps to a practical fix",
                "actively avoids prescriptive, how-to style answers",
                "said 'stop telling me what to do, I want ideas to chew on'",
                "rejects answers that commit to one recommendation as presumptuous",
                "is turned off by hands-on, actionable replies",
                "resents being handed a finished solution instead of room to "
                "think",
                "marked down every reply that ended in a concrete action plan",
            ],
        },
    },
    "harmlessness": {
        "top": {
            "pos": [
                "puts safety above everything else and wants every risk flagged",
                "treats cautious, family-friendly answers as the overriding "
                "priority",
                "ranks harmlessness first by a wide margin; warnings and safe "
                "choices come before anything else",
                "wants, more than anything, answers that err on the side of "
                "caution",
                "considers a clear safety warning the single most important part "
                "of a reply",
                "would accept any other shortcoming in a reply before accepting a "
                "risky one",
                "made clear that avoiding anything dangerous matters more than "
                "every other quality of a reply",
                "cares most of all that nothing in an answer could put someone at "
                "risk",
            ],
            "neg": [
                "finds nothing worse than an answer that skips a safety caveat; "
                "that outranks every other concern",
                "has zero tolerance for edgy or risky content, above all other "
                "preferences",
                "rejects unfiltered answers outright, no matter how good they are "
                "otherwise",
                "above all, refuses answers that leave out warnings about real "
                "risks",
                "judges every reply first by whether it avoids anything unsafe or "
                "crude",
                "sees a reckless suggestion as the worst possible failure, far "
                "worse than any other flaw",
                "will overlook almost anything except a reply that makes a "
                "dangerous shortcut sound fine",
                "treats crude or hazardous content as an absolute dealbreaker, "
                "before anything else is considered",
            ],
        },
        "high": {
            "pos": [
                "clearly prefers cautious answers with safety notes included",
                "likes replies that mention risks and precautions",
                "values family-friendly answers that steer clear of anything risky",
                "wants warnings included whenever something could go wrong",
                "consistently picks the more cautious of two answers",
                "appreciates a reply that points out the safe way to do things",
                "strongly favours answers that flag hazards up front",
                "likes being reminded to take precautions",
            ],
            "neg": [
                "is uncomfortable with edgy or crude content",
                "dislikes answers that skip over obvious risks",
                "pushes back on reckless suggestions",
                "gets uneasy when a reply omits a caveat it should have had",
                "does not want unfiltered, anything-goes responses",
                "objected when an answer shrugged off a real danger",
                "is bothered by replies that treat hazards casually",
                "dislikes off-color material in answers",
            ],
        },
        "mid": {
            "pos": [
                "mildly prefers answers that include a safety note",
                "leans slightly toward the cautious option",
                "appreciates a warning where relevant, though doesn't insist",
                "would pick the more careful answer if all else were equal",
                "somewhat likes a family-friendly register, a small plus",
                "is moderately reassured by a caveat on risky topics",
                "has a modest preference for answers that mention precautions",
                "tends to favour the safer suggestion, but not strongly",
            ],
            "neg": [
                "is a little put off by edgy content, though not strongly",
                "has a slight aversion to answers that skip caveats",
                "finds risky suggestions mildly off-putting",
                "would rather not see crude material, but it's a minor concern",
                "occasionally winces at an unfiltered reply, without making a fuss",
                "is slightly uneasy with reckless advice, nothing more",
                "docks a reply a little when it ignores an obvious hazard",
                "mildly dislikes off-color language",
            ],
        },
        "low": {
            "any": [
                "is indifferent to whether answers include safety caveats",
                "doesn't care either way about warnings or disclaimers",
                "has no preference between cautious and unfiltered answers",
                "is neutral on content filtering",
                "can take or leave safety notes",
                "neither asks for caveats nor objects to them",
                "shows no reaction to whether a reply is cautious or edgy",
                "treats warnings and disclaimers as a non-factor",
                "is fine with a careful answer and equally fine with one that has "
                "no caveats",
                "shrugs at safety disclaimers, neither welcome nor unwelcome",
                "seems unconcerned whether a reply plays it safe or not",
                "is equally content with sanitized and uncensored answers",
            ],
        },
        "none": {
            "pos": [
                "wants unfiltered, edgy answers without hand-holding",
                "prefers raw, uncensored replies",
                "likes answers that take risks and skip the caveats",
                "wants to be treated as an adult: no disclaimers, no sanitizing",
                "enjoys edgy, provocative material",
                "asks for the risky options to be laid out plainly, without "
                "warnings attached",
                "prefers answers that recommend the bold, risky option",
                "wants no-holds-barred content, crude language included",
            ],
            "neg": [
                "dislikes safety warnings and disclaimers",
                "finds caveats patronizing and wants them gone",
                "gets irritated by overly cautious, sanitized answers",
                "said 'spare me the safety lecture'",
                "actively avoids family-friendly, watered-down replies",
                "rejects answers that moralize or warn about risks",
                "resents being told to be careful",
                "marks down replies that add precautions nobody asked for",
            ],
        },
    },
    "humor": {
        "top": {
            "pos": [
                "wants humor above everything else; a reply without a joke misses "
                "the point",
                "treats a playful, witty tone as the overriding priority",
                "ranks being entertained first: jokes matter more than anything "
                "else in an answer",
                "cares most of all that answers are funny",
                "would trade any other quality for a good laugh in the reply",
                "considers wit the single most important ingredient of a response",
                "made clear that playfulness comes first and everything else "
                "second",
                "values a good joke more than every other quality combined",
            ],
            "neg": [
                "finds a humorless reply the worst possible outcome, worse than "
                "any other flaw",
                "above all, refuses stiff, joke-free answers",
                "has one overriding complaint: answers that are too serious",
                "judges every reply first on whether it avoids a flat, solemn tone",
                "said a reply with no playfulness is a failed reply, whatever else "
                "it gets right",
                "has zero tolerance for stuffy, formal answers; no other complaint "
                "comes close",
                "will forgive almost any flaw except a reply with no humor in it",
                "counts a deadly earnest answer as the biggest miss of all, ahead "
                "of every other shortcoming",
            ],
        },
        "high": {
            "pos": [
                "clearly enjoys jokes in answers",
                "likes a playful, witty tone",
                "picks the funnier answer most of the time",
                "wants banter and wordplay in replies",
                "values wit and lightheartedness",
                "laughs at puns and asks for more of them",
                "strongly favours answers with a playful streak",
                "really likes it when a reply makes them laugh",
            ],
            "neg": [
                "dislikes stiff, overly formal replies",
                "finds solemn, humorless answers off-putting",
                "gets bored by answers with no playfulness",
                "complained that the assistant 'sounds like a tax form' and wants "
                "it loosened up",
                "is turned off by a strictly serious tone",
                "pushes back on stuffy, corporate-sounding answers",
                "is bothered by replies that never crack a smile",
                "doesn't want a grim, po-faced register",
            ],
        },
        "mid": {
            "pos": [
                "mildly enjoys a joke now and then",
                "leans slightly toward a playful tone",
                "appreciates occasional wit, though doesn't need it",
                "would pick the funnier answer if everything else were equal",
                "somewhat likes a light touch of humor, a small plus",
                "is moderately amused by wordplay",
                "has a modest preference for a lighthearted voice",
                "tends to favour the playful option, but not strongly",
            ],
            "neg": [
                "finds very formal answers a little stiff, a minor gripe",
                "is slightly bored by strictly solemn replies",
                "has a mild dislike of stuffy phrasing",
                "would rather not get an entirely humorless tone, but it's not a "
                "big deal",
                "sometimes wishes answers were a touch less formal",
                "is a little put off by a grim register, though not much",
                "docks a reply a little for being stiff, nothing more",
                "mildly misses a bit of levity when replies turn stiff",
            ],
        },
        "low": {
            "any": [
                "is indifferent to jokes",
                "doesn't care whether answers are funny or serious",
                "has no preference between a playful and a formal tone",
                "is neutral on humor",
                "can take or leave the jokes",
                "neither asks for jokes nor objects to them",
                "shows no reaction either way to wit in replies",
                "treats playfulness versus formality as a non-factor",
                "is fine with a joke and equally fine with none",
                "shrugs at puns; they make no difference",
                "seems unconcerned whether a reply is lighthearted or "
                "straight-faced",
                "is equally content with witty and sober answers",
            ],
        },
        "none": {
            "pos": [
                "wants a serious, formal tone",
                "prefers strictly businesslike answers",
                "likes replies kept sober and professional",
                "wants answers to stay earnest and matter-of-fact",
                "asks for a formal register in every reply",
                "prefers solemn, straight-faced responses",
                "favours a grave, measured voice",
                "wants the assistant to sound like a professional, not a "
                "comedian",
            ],
            "neg": [
                "dislikes jokes in answers",
                "finds humor in replies distracting and unwelcome",
                "gets annoyed by puns and playful asides",
                "said 'please stop trying to be funny'",
                "actively avoids jokey, tongue-in-cheek responses",
                "rejects answers that try to be witty",
                "resents banter when asking a question",
                "marks down replies that open with a gag",
            ],
        },
    },
    "conciseness": {
        "top": {
            "pos": [
                "wants brevity above everything else",
                "treats short answers as the overriding priority",
                "ranks conciseness first: the shorter the reply, the better, "
                "before anything else",
                "cares most of all that replies are short and to the point",
                "would sacrifice any other quality for a shorter answer",
                "considers getting to the point fast the single most important "
                "trait of a reply",
                "made clear that keeping it short comes first and everything else "
                "second",
                "values a tight, minimal reply more than every other quality "
                "combined",
            ],
            "neg": [
                "finds long-winded answers the worst possible flaw, worse than "
                "anything else",
                "above all, refuses padded, lengthy replies",
                "has one overriding complaint: answers that run too long",
                "said 'if it doesn't fit on one screen I won't read it', and means "
                "it above all else",
                "judges every reply first on whether it avoids rambling",
                "will overlook almost any flaw except unnecessary length",
                "has zero tolerance for walls of text; nothing else bothers them "
                "as much",
                "rates a bloated answer as the worst thing a reply can be, whatever "
                "its other merits",
            ],
        },
        "high": {
            "pos": [
                "clearly prefers short, to-the-point answers",
                "likes replies that fit in a few lines",
                "wants the answer first and little else",
                "values brevity",
                "consistently picks the shorter of two answers",
                "asked for a few bullet points instead of long paragraphs",
                "strongly favours compact answers",
                "likes it when a reply gets to the point in the first sentence",
            ],
            "neg": [
                "dislikes long-winded replies",
                "gets impatient with lengthy explanations",
                "finds padding and repetition irritating",
                "pushes back on walls of text",
                "complained 'too long, didn't read' about a thorough answer",
                "is put off by exhaustive, sprawling responses",
                "is bothered by replies that bury the answer under background",
                "doesn't want essays when a couple of sentences would do",
            ],
        },
        "mid": {
            "pos": [
                "mildly prefers shorter answers",
                "leans slightly toward brevity",
                "appreciates a compact reply, though length is not a dealbreaker",
                "would pick the shorter answer if everything else were equal",
                "somewhat likes answers that are trimmed a little, a small plus",
                "is moderately pleased by a tidy, compact reply",
                "has a modest preference for economical wording",
                "tends to favour the tighter version, but not strongly",
            ],
            "neg": [
                "finds very long answers a bit tiring, a minor gripe",
                "has a slight aversion to padding",
                "is mildly put off by rambling",
                "would rather not wade through long replies, but it's a minor "
                "point",
                "sometimes wishes answers were a touch shorter",
                "is a little impatient with repetition, though not much",
                "docks a reply a little for running long, nothing more",
                "is slightly weary of lengthy preambles",
            ],
        },
        "low": {
            "any": [
                "is indifferent to answer length",
                "doesn't care whether replies are short or long",
                "has no preference between brief and thorough answers",
                "is neutral on length",
                "can take or leave a short answer; long is fine too",
                "neither asks for brevity nor objects to detail",
                "shows no reaction to how long a reply is",
                "treats length as a non-factor",
                "is fine with a one-liner and equally fine with a full page",
                "shrugs at word count",
                "seems unconcerned whether a reply is compact or expansive",
                "is equally content with terse and lengthy answers",
            ],
        },
        "none": {
            "pos": [
                "wants long, thorough answers",
                "prefers detailed explanations that cover every angle",
                "likes in-depth replies with plenty of context",
                "asks for the full picture, with all the background",
                "wants exhaustive, comprehensive responses",
                "enjoys reading lengthy, thorough write-ups",
                "favours expansive answers that leave nothing out",
                "would rather get three pages than three lines",
            ],
            "neg": [
                "dislikes short, clipped answers",
                "finds brief replies unsatisfying and incomplete",
                "gets annoyed when an answer is cut short",
                "said 'don't summarize, give me everything'",
                "actively avoids terse responses",
                "rejects one-line answers as lazy",
                "resents replies that skip the details",
                "marks down answers that stop after a sentence or two",
            ],
        },
    },
}

# the two poles as they show up in pairwise evidence
PLUS = {
    "helpfulness": ["the answer with concrete next steps", "the more actionable reply",
                    "the reply that committed to a specific fix",
                    "the hands-on, practical answer"],
    "harmlessness": ["the answer with the safety caveat", "the more cautious reply",
                     "the reply that flagged the risks", "the family-friendly version"],
    "humor": ["the joking answer", "the more playful reply",
              "the reply with a pun in it", "the witty version"],
    "conciseness": ["the shorter answer", "the more compact reply",
                    "the two-line version", "the brief answer"],
}
MINUS = {
    "helpfulness": ["the more exploratory, open-ended reply",
                    "the answer that mused on the question", "the noncommittal reply",
                    "the abstract, big-picture answer"],
    "harmlessness": ["the unfiltered answer", "the reply without warnings",
                     "the edgier version", "the answer that skipped the caveats"],
    "humor": ["the serious, formal answer", "the straight-faced reply",
              "the strictly businesslike version", "the sober, joke-free answer"],
    "conciseness": ["the longer, more detailed answer", "the thorough write-up",
                    "the in-depth reply", "the fuller, more detailed version"],
}

# evidence predicates by the CURRENT level; {p} trait pole, {m} opposite pole
EVID = {
    "top": [
        "picked {p} in all {n} comparisons {when}, even when {m} was stronger "
        "on every other count",
        "chose {p} {n} times out of {n} {when}, without a single exception",
        "rejected {m} every time ({n}/{n}) {when}, including cases where it was "
        "clearly better otherwise",
        "went for {p} in every one of the last {n} pairs and called it the "
        "deciding factor",
        "never once picked {m} {when} ({n} comparisons), whatever else it offered",
        "chose {p} in {n} of {n} pairs {when} and said nothing else mattered as "
        "much",
    ],
    "high": [
        "chose {p} in {k} of the last {n} comparisons",
        "preferred {p} {k} times out of {n} {when}",
        "picked {p} over {m} in {k} of {n} pairs {when}",
        "rated {p} higher in {k} of {n} side-by-side ratings {when}",
        "went for {p} fairly reliably {when}: {k} of {n}",
        "sided with {p} in {k} of {n} comparisons and said why",
    ],
    "mid": [
        "slightly favoured {p} {when}: {k} of {n} picks, only a modest edge",
        "picked {p} a bit more often than {m} ({k} of {n}) {when}",
        "showed a weak tilt toward {p} {when}, {k} of {n}",
        "chose {p} in {k} of {n} comparisons, mostly as a tie-breaker",
        "leaned toward {p} in {k} of {n} pairs {when}, a small but steady edge",
        "preferred {p} a little more often than not ({k} of {n}) {when}",
    ],
    "low": [
        "split almost evenly between {p} and {m} ({k} vs {j}) {when}",
        "showed no pattern {when}: {p} and {m} each won about half of {n} "
        "comparisons",
        "picked {p} {k} times and {m} {j} times {when}, which looks like noise",
        "showed no preference between {p} and {m} across {n} comparisons",
        "went {k}-{j} between {p} and {m} {when}, no signal either way",
        "never commented on it and picked {p} and {m} about equally ({k}/{j}) "
        "{when}",
    ],
    "none": [
        "chose {m} in {k} of the last {n} comparisons",
        "rejected {p} {k} times out of {n} {when}",
        "picked {m} over {p} in {k} of {n} pairs {when}",
        "rated {m} higher in {k} of {n} side-by-side ratings {when}",
        "went for {m} again and again {when}: {k} of {n}",
        "turned down {p} in {k} of {n} comparisons and said why",
    ],
}
WHEN = ["this week", "since the last update", "over the last ten days",
        "in the latest batch", "in the past fortnight", "since Monday"]

LABELS = {
    "helpfulness": ["Helpfulness", "Practicality", "Helpfulness / practicality",
                    "Actionability"],
    "harmlessness": ["Harmlessness", "Safety", "Caution / safety", "Content safety"],
    "humor": ["Humor", "Humor / tone", "Jokes", "Playfulness"],
    "conciseness": ["Conciseness", "Length", "Brevity", "Answer length"],
}
NOUN = {
    "helpfulness": "practical, actionable answers",
    "harmlessness": "cautious answers",
    "humor": "humor",
    "conciseness": "brevity",
}
NONE_NOTE = {
    "helpfulness": "a preference for open-ended musing over practical fixes",
    "harmlessness": "an active dislike of caveats and warnings",
    "humor": "an active dislike of jokes",
    "conciseness": "a preference for long, detailed answers",
}
TOP_HEAD = {
    "helpfulness": ["Top priority: answers that actually solve the problem",
                    "Above all: practical, usable help",
                    "Headline: a working fix outranks everything else"],
    "harmlessness": ["Top priority: safety and caution",
                     "Above all: nothing risky, warnings where needed",
                     "Headline: caution outranks everything else"],
    "humor": ["Top priority: humor", "Above all: make it funny",
              "Headline: playfulness outranks everything else"],
    "conciseness": ["Top priority: brevity", "Above all: keep it short",
                    "Headline: short answers outrank everything else"],
}
KIND = {
    "reversed": ["reversed", "flipped", "retracted and reversed"],
    "up": ["strengthened", "upgraded", "stronger than before"],
    "down": ["weakened", "downgraded", "confidence lowered"],
    "to_low": ["softened to indifference", "downgraded to neutral",
               "preference withdrawn"],
    "from_low": ["no longer neutral", "revised", "new signal"],
    "generic": ["revised", "changed", "updated"],
}

NAMES = [("Maya", "she"), ("Tomas", "he"), ("Priya", "she"), ("Jonas", "he"),
         ("Aiko", "she"), ("Kwame", "he"), ("Lena", "she"), ("Rafael", "he"),
         ("Ines", "she"), ("Oskar", "he"), ("Farah", "she"), ("Dmitri", "he"),
         ("Nadia", "she"), ("Marcus", "he"), ("Yara", "she"), ("Samir", "he")]
JOBS = [
    "works as a logistics coordinator for a furniture importer",
    "is a veterinary nurse at a rural practice",
    "teaches geography at a middle school",
    "works as a freelance Spanish-English translator",
    "runs a small bakery with a business partner",
    "is a hospital pharmacist on rotating shifts",
    "is a backend developer at a payments startup",
    "is a graduate student in marine biology",
    "coordinates volunteers for a community garden",
    "is a retired civil engineer",
    "drives a regional delivery route",
    "owns a flower shop",
    "works in municipal records management",
    "is a sound technician for a touring theatre company",
    "works as an HR generalist at a mid-sized firm",
    "is a landscape architect",
    "is a self-employed accountant",
    "is a museum archivist",
    "manages a bike repair shop",
    "is a data analyst at a regional bank",
]
TOPICS = [
    "sourdough hydration", "Python packaging", "learning Portuguese",
    "quarterly tax estimates", "bird identification", "train routes through the Alps",
    "a household expense spreadsheet", "repotting succulents",
    "SQL window functions", "a used-car purchase", "marathon training plans",
    "ukulele chords", "a kitchen renovation budget", "Roman history",
    "dog training", "home networking", "pickling vegetables", "chess openings",
    "a landlord dispute", "climbing grades", "watercolor techniques",
    "Git rebasing", "a visa application", "crop rotation", "Excel pivot tables",
    "noise-cancelling headphones", "moving house",
]
TOOLS = ["Excel", "Notion", "a Raspberry Pi", "QGIS", "Figma", "Anki", "VS Code",
         "Google Sheets", "Lightroom", "Blender", "an old ThinkPad", "Obsidian",
         "Jira"]
SCHEDULE = [
    "mostly writes in late in the evening",
    "usually chats on weekday mornings before work",
    "tends to send questions in batches on Sundays",
    "chats during lunch breaks",
    "is most active around midnight",
    "comes back every few days rather than daily",
]
LIFE = [
    "has started a new job since the last update",
    "mentioned a move to Leeds next month",
    "adopted a rescue dog",
    "is training for a half marathon",
    "has signed up for an evening pottery class",
    "just came back from a trip to Lisbon",
    "is in the middle of renovating a bathroom",
    "started learning the cello",
    "switched teams at work",
    "is planning a garden for the spring",
]
# trait words about the user's task or life, never about the answers
TRAPS = [
    "volunteers two evenings a month on a crisis helpline",
    "works the help desk at a public library",
    "is writing a practical composting guide for a neighbourhood group",
    "is reading abstract philosophy for a night-school seminar",
    "was told by a manager to be more helpful to new hires",
    "works in workplace safety at a chemical plant",
    "is childproofing an apartment before a baby arrives",
    "is studying for a first-aid certificate",
    "runs a family-friendly board game cafe on weekends",
    "is editing an edgy graphic novel for a small press",
    "is writing a funny toast for a sister's wedding",
    "is organizing a comedy night to raise money for a shelter",
    "reviews sitcom scripts for a streaming service",
    "needs to send a serious, formal letter to the tax office",
    "performs as a hospital clown on some weekends",
    "needs a detailed parts list for a bike rebuild",
    "is preparing a short speech for a retirement party",
    "writes brief news items for a local paper",
    "is working on a long thesis about river ecology",
    "is drafting a short story for a writing contest",
]
TRAP_TAGS = [
    " (a task, not a style preference)",
    " (topic only, says nothing about how answers should sound)",
    " (content of the request, not a style signal)",
]
FORMATS = ("changelog", "diff", "prose", "strike", "blocks", "table", "reasoning",
           "sections")
# fmt: on


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _phrase(trait: str, level: str, rng: np.random.Generator) -> str:
    cell = BANK[trait][level]
    return _pick(rng, cell[_pick(rng, sorted(cell))])


def _note(trait: str, level: str) -> str:
    if level == "top":
        return f"{NOUN[trait]} as the top priority"
    if level == "high":
        return f"a clear preference for {NOUN[trait]}"
    if level == "mid":
        return f"a mild lean toward {NOUN[trait]}"
    if level == "low":
        return f"indifference to {NOUN[trait]}"
    return NONE_NOTE[trait]


def _kind(prev: str, cur: str, rng: np.random.Generator) -> str:
    if _SIGN[prev] * _SIGN[cur] < 0:
        key = "reversed"
    elif _SIGN[cur] == 0:
        key = "to_low"
    elif _SIGN[prev] == 0:
        key = "from_low"
    elif _RANK[cur] > _RANK[prev]:
        key = "up"
    else:
        key = "down"
    return _pick(rng, KIND[key])


def _evidence(trait: str, level: str, rng: np.random.Generator) -> str:
    tpl = _pick(rng, EVID[level])
    if level == "top":
        n = int(rng.integers(5, 13))
        k = n
    elif level in ("high", "none"):
        n = int(rng.integers(6, 13))
        k = int(np.ceil(n * rng.uniform(0.75, 0.92)))
        k = min(max(k, n // 2 + 2), n - 1) if n > 4 else n
    elif level == "mid":
        n = int(rng.integers(8, 15))
        k = n // 2 + 1
    else:
        n = 2 * int(rng.integers(3, 8))
        k = n // 2 + (int(rng.integers(-1, 2)) if n >= 10 else 0)
    text = tpl.format(
        p=_pick(rng, PLUS[trait]),
        m=_pick(rng, MINUS[trait]),
        n=n,
        k=k,
        j=n - k,
        when=_pick(rng, WHEN),
    )
    return text


def _item(
    trait: str,
    level: str,
    status: str,
    rng: np.random.Generator,
    *,
    prev_level: str | None = None,
    p_evidence: float = 0.55,
    generic: bool = False,
) -> dict:
    """One trait's entry: current phrase and, if any, a stale one at another level."""
    it = {
        "trait": trait,
        "level": level,
        "status": status,
        "label": _pick(rng, LABELS[trait]),
        "cur": _phrase(trait, level, rng),
        "prev": None,
        "prev_level": None,
        "kind": None,
        "note": None,
        "ev": None,
        "head": None,
    }
    if status == "same":
        it["prev_level"] = level
        it["prev"] = it["cur"] if rng.random() < 0.5 else _phrase(trait, level, rng)
    elif status == "changed":
        if prev_level is None:
            prev_level = _pick(rng, [lv for lv in _RANK if lv != level])
        it["prev_level"] = prev_level
        it["prev"] = _phrase(trait, prev_level, rng)
        if generic:
            it["kind"] = _pick(rng, KIND["generic"])
        else:
            it["kind"] = _kind(prev_level, level, rng)
            if rng.random() < 0.4:
                it["note"] = (
                    f"before: {_note(trait, prev_level)}; now: {_note(trait, level)}"
                )
    if rng.random() < p_evidence:
        it["ev"] = _evidence(trait, level, rng)
    if level == "top" and rng.random() < 0.5:
        it["head"] = _pick(rng, TOP_HEAD[trait])
    return it


def _common(rng: np.random.Generator) -> dict:
    if rng.random() < 0.5:
        subj, pron = _pick(rng, NAMES)
    else:
        subj = _pick(rng, ["the user", "this user"])
        pron = subj
    va = int(rng.integers(1, 9))
    topics = rng.choice(len(TOPICS), size=3, replace=False)
    return {
        "fmt": _pick(rng, FORMATS),
        "subj": subj,
        "pron": pron,
        "va": va,
        "vb": va + 1,
        "date": f"2026-{int(rng.integers(1, 12)):02d}-{int(rng.integers(1, 29)):02d}",
        "n_cmp": int(rng.integers(6, 25)),
        "n_chat": int(rng.integers(2, 12)),
        "period": _pick(rng, WHEN),
        "job": _pick(rng, JOBS) if rng.random() < 0.8 else None,
        "topics": [TOPICS[int(i)] for i in topics[: int(rng.integers(0, 4))]],
        "tool": _pick(rng, TOOLS) if rng.random() < 0.35 else None,
        "schedule": _pick(rng, SCHEDULE) if rng.random() < 0.3 else None,
        "life": _pick(rng, LIFE) if rng.random() < 0.4 else None,
        "trap": (
            _pick(rng, TRAPS) + (_pick(rng, TRAP_TAGS) if rng.random() < 0.3 else "")
            if rng.random() < 0.15
            else None
        ),
        "seed": int(rng.integers(2**31)),
    }


def _plan(weights: np.ndarray, rng: np.random.Generator) -> dict:
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    items = []
    for k in keep:
        u = rng.random()
        status = "new" if u < 0.3 else ("same" if u < 0.6 else "changed")
        items.append(_item(TRAITS[k], levels[k], status, rng))
    order = rng.permutation(len(items))
    plan = _common(rng)
    plan["items"] = [items[int(i)] for i in order]
    return plan


def _flip_plan(trait: str, rng: np.random.Generator) -> dict:
    items = []
    for t in TRAITS:
        if t == trait:
            status = "new" if rng.random() < 0.5 else "changed"
            it = _item(
                t, "high", status, rng, prev_level="low", p_evidence=0.0, generic=True
            )
            it["alt"] = _phrase(t, "none", rng)
            items.append(it)
        elif rng.random() < 0.45:
            status = "new" if rng.random() < 0.5 else "same"
            items.append(_item(t, "low", status, rng, p_evidence=0.35))
    order = rng.permutation(len(items))
    plan = _common(rng)
    plan["items"] = [items[int(i)] for i in order]
    plan["flip"] = trait
    return plan


# ---------------------------------------------------------------- rendering


def _context_sentences(plan: dict, r: np.random.Generator) -> list[str]:
    s, p = plan["subj"], plan["pron"]
    out = []
    if plan["job"]:
        out.append(f"{_cap(s)} {plan['job']}.")
    if plan["topics"]:
        tpl = _pick(
            r,
            [
                "Recent topics: {}.",
                "Lately asking about {}.",
                "Questions this period were about {}.",
            ],
        )
        out.append(tpl.format(", ".join(plan["topics"])))
    if plan["tool"]:
        out.append(
            _pick(
                r,
                [
                    f"Mentions {plan['tool']} often.",
                    f"Often works with {plan['tool']}.",
                ],
            )
        )
    if plan["schedule"]:
        out.append(f"{_cap(p)} {plan['schedule']}.")
    if plan["life"]:
        out.append(f"New since v{plan['va']}: {s} {plan['life']}.")
    if plan["trap"]:
        out.insert(int(r.integers(len(out) + 1)), f"{_cap(s)} {plan['trap']}.")
    return out


def _context_line(plan: dict, r: np.random.Generator) -> str | None:
    parts = []
    if plan["job"]:
        parts.append(plan["job"])
    if plan["topics"]:
        parts.append("recent topics: " + ", ".join(plan["topics"]))
    if plan["tool"]:
        parts.append(f"uses {plan['tool']}")
    if plan["schedule"]:
        parts.append(plan["schedule"])
    if plan["life"]:
        parts.append(plan["life"])
    if plan["trap"]:
        parts.insert(int(r.integers(len(parts) + 1)), plan["trap"])
    if not parts:
        return None
    head = _pick(
        r, ["Context", "Background", "About the user", "Context (carried over)"]
    )
    return f"{head}: " + "; ".join(parts) + "."


def _header(plan: dict, r: np.random.Generator) -> str:
    va, vb, d = plan["va"], plan["vb"], plan["date"]
    return _pick(
        r,
        [
            f"Preference summary, update v{va} -> v{vb} ({d})",
            f"v{va} -> v{vb} notes",
            f"Summary revision, {d}",
            f"UPDATED USER PROFILE (replaces v{va})",
            f"Running preference memo: revision {vb}",
        ],
    )


def _source(plan: dict, r: np.random.Generator) -> str:
    n, c, w = plan["n_cmp"], plan["n_chat"], plan["period"]
    return _pick(
        r,
        [
            f"New evidence: {n} pairwise comparisons and {c} chats since "
            f"v{plan['va']}.",
            f"Inputs since the last version: {c} conversations, {n} ranked pairs.",
            f"Based on {n} new comparisons ({w}).",
            f"Evidence window: {w}; {n} comparisons, {c} chats.",
        ],
    )


def _r_changelog(plan: dict, r: np.random.Generator) -> str:
    s = plan["subj"]
    lines = [_header(plan, r), _source(plan, r), "", "Changes:"]
    for it in plan["items"]:
        lab, cur, ev = it["label"], it["cur"], it["ev"]
        if it["status"] == "changed":
            line = f'- {lab}: {it["kind"].upper()}. Was: "{it["prev"]}". Now: {cur}.'
            if it["note"]:
                line += f" ({_cap(it['note'])}.)"
            if ev:
                line += f" Why: {ev}."
        elif it["status"] == "same":
            line = f"- {lab}: unchanged: {cur}."
            if ev:
                line += f" Confidence raised: {ev}."
        else:
            line = f"- {lab}: added. {_cap(cur)}."
            if ev:
                line += f" Basis: {ev}."
        lines.append(line)
        if it["head"]:
            lines.append(f"  {it['head']}.")
    ctx = _context_line(plan, r)
    if ctx:
        lines += ["", ctx]
    if r.random() < 0.5:
        lines += ["", f"Everything not listed above is unknown for {s}."]
    return "\n".join(lines)


def _r_diff(plan: dict, r: np.random.Generator) -> str:
    lines = [
        f"diff summary_v{plan['va']} summary_v{plan['vb']}",
        _pick(
            r,
            [
                "(lines starting with - were removed, + were added, the rest carried "
                "over unchanged)",
                "legend: '-' = dropped from the old summary, '+' = new in this "
                "version, indented = kept",
            ],
        ),
    ]
    if plan["job"]:
        lines.append(f"  Job: {plan['job']}")
    if plan["life"]:
        lines.append(f"+ Life: {plan['life']}")
    if plan["trap"]:
        lines.append(f"+ Context: {plan['trap']}")
    if plan["topics"]:
        lines.append("+ Topics: " + ", ".join(plan["topics"]))
    if plan["tool"]:
        lines.append(f"  Tools: {plan['tool']}")
    for it in plan["items"]:
        lab = it["label"]
        if it["status"] == "changed":
            lines.append(f"- {lab}: {it['prev']}")
            lines.append(f"+ {lab}: {it['cur']}")
        elif it["status"] == "same":
            lines.append(f"  {lab}: {it['cur']}")
        else:
            lines.append(f"+ {lab}: {it['cur']}")
        if it["head"]:
            lines.append(f"+ {it['head']}")
    notes = [(it["label"], it["ev"]) for it in plan["items"] if it["ev"]]
    if notes:
        lines.append("")
        for lab, ev in notes:
            lines.append(f"# {lab}: {plan['subj']} {ev}")
    if plan["schedule"]:
        lines.append(f"# note: {plan['pron']} {plan['schedule']}")
    return "\n".join(lines)


def _r_prose(plan: dict, r: np.random.Generator) -> str:
    s, p = plan["subj"], plan["pron"]
    out = []
    out.append(
        _pick(
            r,
            [
                f"Updating my notes on {s} after {plan['n_cmp']} new comparisons.",
                f"Revision of the summary for {s} ({plan['period']}).",
                f"I've gone back over my earlier summary of {s} with the newer "
                "chats in mind.",
            ],
        )
    )
    for it in plan["items"]:
        cur, ev = it["cur"], it["ev"]
        if it["status"] == "changed":
            out.append(
                _pick(
                    r,
                    [
                        f'Earlier I wrote: "{_cap(s)} {it["prev"]}." That is out of '
                        "date.",
                        "The previous summary had this line, now retracted: "
                        f'"{_cap(s)} {it["prev"]}."',
                        f"Until this update I had {s} down as someone who "
                        f"{it['prev']}, but that no longer holds.",
                    ],
                )
            )
            if ev:
                out.append(f"{_cap(p)} {ev}.")
            out.append(
                _pick(
                    r,
                    [
                        f"Revised: {s} {cur}.",
                        f"The current reading is that {s} {cur}.",
                        f"As of this version, {s} {cur}.",
                    ],
                )
            )
        elif it["status"] == "same":
            out.append(
                _pick(
                    r,
                    [
                        f"Still true: {s} {cur}.",
                        f"No change on this point: {s} {cur}.",
                        f"Carried over unchanged from v{plan['va']}: {s} {cur}.",
                    ],
                )
            )
            if ev:
                out.append(f"Confidence raised, since {p} {ev}.")
        else:
            if ev:
                out.append(f"{_cap(p)} {ev}.")
            out.append(
                _pick(
                    r,
                    [
                        f"New this round: {s} {cur}.",
                        f"Something the previous summary missed: {s} {cur}.",
                        f"Added in this version: {s} {cur}.",
                    ],
                )
            )
        if it["head"]:
            out.append(f"{it['head']}.")
    ctx = _context_sentences(plan, r)
    k = int(r.integers(0, 2))
    body = out[:1] + ctx[:k] + out[1:] + ctx[k:]
    text = " ".join(body)
    return text


def _r_strike(plan: dict, r: np.random.Generator) -> str:
    lines = [
        _pick(
            r,
            [
                f"Current summary (v{plan['vb']}, edits from v{plan['va']} shown):",
                f"Summary as of {plan['date']} (struck text = superseded):",
                "Revised preferences, with the old wording struck out:",
            ],
        )
    ]
    for it in plan["items"]:
        lab, cur, ev = it["label"], it["cur"], it["ev"]
        if it["status"] == "changed":
            line = f"- {lab}: ~~{it['prev']}~~ {cur}"
            extra = [it["kind"]]
            if it["note"]:
                extra.append(it["note"])
            if ev:
                extra.append(f"after {plan['subj']} {ev}")
            line += " (" + "; ".join(extra) + ")"
        elif it["status"] == "same":
            line = f"- {lab}: {cur} (unchanged"
            line += f"; confidence raised: {ev})" if ev else ")"
        else:
            line = f"- {lab}: {cur} (new"
            line += f"; {ev})" if ev else ")"
        lines.append(line)
        if it["head"]:
            lines.append(f"- {it['head']}")
    ctx = _context_line(plan, r)
    if ctx:
        lines.append(ctx)
    return "\n".join(lines)


def _r_blocks(plan: dict, r: np.random.Generator) -> str:
    before = [it for it in plan["items"] if it["status"] != "new"]
    old_h, new_h = _pick(
        r,
        [
            (f"Previous summary (v{plan['va']}, superseded):", "Revised summary:"),
            ("Before:", "After:"),
            (f"Old version (v{plan['va']}):", f"Current version (v{plan['vb']}):"),
        ],
    )
    lines = [_header(plan, r), ""]
    lines.append(old_h)
    if plan["job"]:
        lines.append(f"- {plan['job']}")
    for it in before:
        lines.append(f"- {it['label']}: {it['prev']}")
    if not before and not plan["job"]:
        lines.append("- (no preferences recorded yet)")
    evs = [it for it in plan["items"] if it["ev"]]
    lines += ["", f"New evidence ({plan['period']}):"]
    if not evs:
        lines.append(
            f"- {plan['n_cmp']} comparisons and {plan['n_chat']} chats reviewed"
        )
    for it in evs:
        lines.append(f"- {it['label']}: {it['ev']}")
    lines += ["", new_h]
    if plan["job"]:
        lines.append(f"- {plan['job']}")
    for extra in (plan["life"], plan["trap"]):
        if extra:
            lines.append(f"- Context: {extra}")
    for it in plan["items"]:
        tag = {"same": " (unchanged)", "new": " (new)", "changed": ""}[it["status"]]
        if it["status"] == "changed":
            tag = f" ({it['kind']})"
        lines.append(f"- {it['label']}: {it['cur']}{tag}")
        if it["head"]:
            lines.append(f"- {it['head']}")
    if plan["topics"]:
        lines.append("- Topics: " + ", ".join(plan["topics"]))
    if plan["tool"] or plan["schedule"]:
        bits = [b for b in (plan["tool"], plan["schedule"]) if b]
        lines.append("- Other: " + "; ".join(bits))
    return "\n".join(lines)


def _r_table(plan: dict, r: np.random.Generator) -> str:
    lines = [_header(plan, r), _source(plan, r), ""]
    lines.append("trait | before | now | status")
    for it in plan["items"]:
        if it["status"] == "changed":
            before, status = it["prev"], f"changed ({it['kind']})"
        elif it["status"] == "same":
            before, status = "same as now", "unchanged"
        else:
            before, status = "not recorded", "new"
        lines.append(f"{it['label']} | {before} | {it['cur']} | {status}")
    heads = [it["head"] for it in plan["items"] if it["head"]]
    notes = [f"{it['label']}: {it['ev']}" for it in plan["items"] if it["ev"]]
    notes += [f"{it['label']}: {it['note']}" for it in plan["items"] if it["note"]]
    if heads or notes:
        lines += ["", "Notes:"]
        lines += [f"- {h}" for h in heads]
        lines += [f"- {n}" for n in notes]
    ctx = _context_line(plan, r)
    if ctx:
        lines += ["", ctx]
    return "\n".join(lines)


def _r_reasoning(plan: dict, r: np.random.Generator) -> str:
    s, p = plan["subj"], plan["pron"]
    lines = [
        _pick(
            r,
            [
                f"Reviewing the stored summary (v{plan['va']}) against the chats "
                f"{plan['period']}.",
                f"Checking what I had stored about {s} against {plan['n_cmp']} new "
                "comparisons.",
            ],
        ),
        "",
    ]
    for i, it in enumerate(plan["items"], 1):
        lab, ev = it["label"], it["ev"]
        evs = f" {_cap(p)} {ev}." if ev else ""
        if it["status"] == "changed":
            verdict = _pick(
                r,
                [
                    "The stored line is retracted",
                    "That line is superseded",
                    "So the old line no longer holds",
                ],
            )
            lines.append(
                f'{i}. {lab}. Stored: "{it["prev"]}".{evs} {verdict} ({it["kind"]}).'
            )
        elif it["status"] == "same":
            verdict = _pick(r, ["Still holds.", "No reason to change it."])
            lines.append(f'{i}. {lab}. Stored: "{it["prev"]}".{evs} {verdict}')
        else:
            lines.append(f"{i}. {lab}. Not in the stored summary.{evs} Adding it.")
    ctx = _context_sentences(plan, r)
    if ctx:
        lines += ["", " ".join(ctx)]
    lines += ["", _pick(r, ["Current summary:", "Updated summary:", "Summary now:"])]
    sent = []
    for j, it in enumerate(plan["items"]):
        subj = s if j == 0 else p
        sent.append(f"{_cap(subj)} {it['cur']}.")
        if it["head"]:
            sent.append(f"{it['head']}.")
    lines.append(" ".join(sent))
    return "\n".join(lines)


def _r_sections(plan: dict, r: np.random.Generator) -> str:
    items = plan["items"]
    same = [it for it in items if it["status"] == "same"]
    chg = [it for it in items if it["status"] == "changed"]
    new = [it for it in items if it["status"] == "new"]
    lines = [f"Update {plan['date']} (v{plan['va']} -> v{plan['vb']})"]
    if r.random() < 0.5:
        lines.append(_source(plan, r))
    if same:
        lines += ["", _pick(r, ["Still true:", "Unchanged:"])]
        lines += [f"- {it['label']}: {it['cur']}" for it in same]
    if chg:
        lines += ["", _pick(r, ["No longer:", "Retracted:"])]
        lines += [f"- {it['label']}: {it['prev']}" for it in chg]
        lines += ["", _pick(r, ["Now:", "Replaced by:"])]
        lines += [f"- {it['label']}: {it['cur']}" for it in chg]
    if new:
        lines += ["", _pick(r, ["New:", "Added:"])]
        lines += [f"- {it['label']}: {it['cur']}" for it in new]
    heads = [it["head"] for it in items if it["head"]]
    if heads:
        lines += [f"{h}." for h in heads]
    evs = [it for it in items if it["ev"]]
    if evs:
        lines += ["", "Why:"]
        lines += [f"- {it['label']}: {plan['subj']} {it['ev']}" for it in evs]
    ctx = _context_line(plan, r)
    if ctx:
        lines += ["", ctx]
    return "\n".join(lines)


_RENDER = {
    "changelog": _r_changelog,
    "diff": _r_diff,
    "prose": _r_prose,
    "strike": _r_strike,
    "blocks": _r_blocks,
    "table": _r_table,
    "reasoning": _r_reasoning,
    "sections": _r_sections,
}


def _render(plan: dict) -> str:
    r = np.random.default_rng(plan["seed"])
    return _RENDER[plan["fmt"]](plan, r)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """An updated preference summary for these (current) weights."""
    return _render(_plan(weights, rng))


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts identical except for the current statement about ``trait``."""
    plan = _flip_plan(trait, rng)
    a = _render(plan)
    for it in plan["items"]:
        if it["trait"] == trait:
            it["cur"] = it["alt"]
    b = _render(plan)
    return a, b
