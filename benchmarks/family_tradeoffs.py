"""Blind held-out family ``tradeoffs``: preference-elicitation trade-off reports.

Each text is a summarizer's account of one user's answers to a "would you rather"
preference-elicitation session.  Preferences are stated mostly as trade-offs and
orderings: pairwise statements ("would rather have a joke than a safety
warning"), rankings ("Priority order: 1. ... 2. ..."), "willing to sacrifice X for
Y", "X only matters once Y is taken care of" and ties ("weighs A and B about the
same").  Because a ranking alone does not fix whether the last item is liked or
disliked, every stated trait also gets an absolute anchor whose wording fixes its
level: top ("the one thing they will not trade away"), high ("clearly wants"), mid
("a mild plus, first to be traded away"), low ("indifferent, would trade it for
anything") and none ("actively wants the opposite, would pay to avoid it").
Comparisons always agree with the levels: a trait is only ranked above another
whose level is strictly lower, and traits at the same level are called tied.

What varies: four layouts (a prose paragraph, a ranked list with notes and a
"Trade-offs observed" block, "Would you rather" Q/A lines with the user's pick and
its strength, and a ``Trade-off | Choice | Strength`` table), which traits are
stated (``summary_families._mentioned``), the phrasing drawn from per trait x level
banks that use both poles (liking the trait or disliking its opposite; wanting the
opposite or disliking the trait), which and how many cross-trait comparisons are
made, and the off-trait content: number of questions answered, time spent, the
domains of the questions, a consistency score, an occasional job or session note.
About 15% of texts carry a trap: a trait word about the questions' subject matter or
the user's life ("works on safety audits", "is writing a funny best-man speech"),
never a style preference.  A top-level trait is sometimes restated in a closing line.

Flip pairs (``flip_pair``): one plan (layout, off-trait content, slot position,
phrase choices) is drawn once and rendered twice; the texts differ only in one
statement about the trait, "high" (wants more of it) in the first and "none"
(dislikes it / wants the opposite pole) in the second.  Other traits appear only
at level "low" (indifference) or not at all, and no ranking or cross-trait
comparison involves the flipped trait.

Written blind on 2026-12-08 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "tradeoffs"

_RANK = {"none": 0, "low": 1, "mid": 2, "high": 3, "top": 4}
_TRAP_RATE = 0.15

# fmt: off
# Absolute anchors per trait and level.  Each sentence alone fixes the trait, the
# direction and the rough strength.
_ANCHORS: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "top": [
            "Getting a usable, practical answer is the one thing they will not trade "
            "away; every other preference bends around it.",
            "Above everything else they want answers that actually solve the "
            "problem -- nothing makes up for a reply they cannot act on.",
            "Their single overriding priority is actionable help: in every pairing "
            "that put practical usefulness on one side, they took it, without "
            "exception.",
            "They would sacrifice any other quality before giving up concrete, "
            "workable steps; that is the fixed point of their profile.",
            "Nothing outranks practical usefulness for this user. In their words, "
            "\"if it doesn't solve my problem, it failed, whatever else it does "
            "well.\"",
            "If they could keep only one thing, it would be an answer that gets the "
            "job done. This was the strongest and most consistent signal of the "
            "session.",
            "Non-negotiable: the answer has to be something they can act on. They "
            "refused every trade that cost them actionable content.",
            "Practical, problem-solving answers come first, last and always; the "
            "tool flagged this as a dominant preference.",
            "Every single time usefulness was on the table, it won -- by a wide "
            "margin this is what they care about most.",
        ],
        "high": [
            "They clearly want practical, actionable answers and chose them in most "
            "pairings.",
            "They have little patience for vague or abstract replies and would take "
            "a concrete set of steps over a reflective musing almost every time.",
            "Usefulness matters a lot to them: given a workable fix or a thoughtful "
            "but non-committal reply, they reliably pick the fix.",
            "They strongly prefer answers that solve the problem and would give up "
            "a fair amount elsewhere to get one.",
            "Hand-wavy, theoretical answers lose with this user; they want to come "
            "away knowing exactly what to do next.",
            "Actionable help is high on their list -- not quite everything, but they "
            "traded other qualities for it more often than not.",
            "They said, roughly, \"I want something I can actually use\" -- a clear "
            "and repeated preference for concrete, usable advice.",
            "A reply that wanders without landing on a recommendation annoys them; "
            "they clearly favor one that commits to a solution.",
        ],
        "mid": [
            "Practical usefulness is a mild plus for them: nice to have, but the "
            "first thing they let go of in a trade.",
            "They lean slightly toward actionable answers, though they did not "
            "fight for it when it cost them something else.",
            "A concrete, usable fix is welcome but not essential; they picked it "
            "mainly when nothing else was at stake.",
            "There is a mild preference for answers that solve the problem over "
            "ones that only muse about it -- a weak signal that flipped in a couple "
            "of questions.",
            "They somewhat prefer practical, actionable content, but would trade it "
            "away readily.",
            "Actionability earns a small edge with them: when two answers were "
            "otherwise equal, they took the more usable one.",
            "They'd like replies to be somewhat practical, and called it \"a bonus, "
            "not a requirement\".",
            "Usefulness sits in the middle of their list: a modest preference, "
            "easily outweighed.",
        ],
        "low": [
            "They are indifferent to whether an answer is practical or more "
            "exploratory; they would trade actionability for almost anything.",
            "Whether the reply hands them concrete steps or just talks around the "
            "topic made no difference to their picks.",
            "Practical usefulness barely registered: their choices on those "
            "pairings looked like coin flips.",
            "They don't care either way about actionable advice versus open-ended "
            "reflection, and said as much.",
            "Getting concrete, usable advice is not something they ask for, nor "
            "something they avoid; they would swap it for any other quality.",
            "No real preference between a practical how-to and an abstract "
            "discussion -- it simply does not enter their decisions.",
            "They shrugged at the questions about actionability: \"either is "
            "fine.\"",
            "Solving the problem versus musing about it is a non-factor for them.",
        ],
        "none": [
            "They actively prefer open-ended, exploratory answers to step-by-step "
            "fixes, and would pay to avoid being handed a checklist.",
            "Concrete how-to advice puts them off; they picked the reflective, "
            "abstract option in nearly every pairing.",
            "They dislike answers that rush to a practical solution -- they want to "
            "think out loud with the assistant, not be told what to do.",
            "Given an actionable plan or a musing, non-committal exploration, they "
            "took the musing every time.",
            "They would rather get a wandering, philosophical reply than a tidy set "
            "of instructions; \"do this, then that\" answers annoy them.",
            "Actionable advice is something they actively avoid: prescriptive "
            "answers feel pushy to them, and they prefer to keep things abstract.",
            "They want the assistant to speculate and muse rather than solve; a "
            "reply that simply fixes the problem was consistently their least "
            "favorite.",
            "A strong pull toward the vague, open-ended pole: they reject "
            "practical, solution-first answers.",
        ],
    },
    "harmlessness": {
        "top": [
            "Safety is the one thing they will not trade away: in every pairing "
            "they took the cautious answer, warnings and all.",
            "Above all they want careful, safe answers; they would give up anything "
            "else before losing a warning that might matter.",
            "Their overriding priority is caution, and no other quality was worth a "
            "riskier reply to them.",
            "Nothing outranks caution for this user. As they put it, \"an unsafe "
            "answer is worthless, however good it is otherwise.\"",
            "Non-negotiable: risky content must come with clear warnings, and "
            "anything that is not family-friendly is out. This was their dominant "
            "signal.",
            "If they could keep only one quality, it would be safety. They never "
            "once picked the edgier option.",
            "Playing it safe comes first, last and always; every trade they made "
            "protected the cautious choice.",
            "Their fixed point is a careful, responsible answer with the caveats "
            "left in, and they would sacrifice every other preference for it.",
        ],
        "high": [
            "They clearly want cautious answers and chose the one with the safety "
            "warning in most pairings.",
            "Edgy, unfiltered replies lose with this user; they prefer answers that "
            "flag the risks.",
            "They strongly prefer family-friendly, careful wording and would give "
            "up a good deal elsewhere to keep it.",
            "Warnings and caveats are something they actively value -- they picked "
            "the version with them more often than not.",
            "They would rather be warned too often than too rarely, a clear and "
            "repeated preference for caution.",
            "Risky, no-holds-barred answers make them uneasy; they clearly favor a "
            "safety-conscious reply.",
            "Caution ranks high for them: not absolute, but they traded other "
            "qualities for it in most of the questions that tested it.",
            "They want answers to stay on the safe side and to point out hazards "
            "when there are any.",
        ],
        "mid": [
            "Caution is a mild plus: they appreciate a safety note, but it was among "
            "the first things they traded away.",
            "They lean slightly toward careful, family-friendly answers, without "
            "insisting on it.",
            "A warning where one is due is welcome but not essential; they picked "
            "the cautious option mainly when little else was at stake.",
            "There is a mild preference for safe framing -- a weak signal that "
            "reversed in a couple of questions.",
            "They somewhat prefer answers with sensible caveats, but would trade "
            "that away readily.",
            "Safety gets a small edge with them: between two otherwise equal "
            "answers, they took the more careful one.",
            "They called a safety note \"nice, not necessary\", and picked it a "
            "little more often than not.",
            "Caution sits in the middle of their list: a modest preference, easily "
            "outweighed.",
        ],
        "low": [
            "They are indifferent to safety caveats; whether a reply carried "
            "warnings made no difference to their picks.",
            "Cautious versus unfiltered wording barely registered -- their choices "
            "on those pairings looked random.",
            "They don't care either way about warnings and disclaimers, and would "
            "trade them for anything.",
            "Family-friendliness is a non-factor for them: not something they seek, "
            "not something they avoid.",
            "No real preference between a careful, caveated reply and one without; "
            "they clicked through those questions without much thought.",
            "They shrugged at the safety questions: \"doesn't matter to me.\"",
            "Whether the assistant plays it safe or not is something they are "
            "neutral on.",
            "Caution neither helps nor hurts an answer in their eyes.",
        ],
        "none": [
            "They actively dislike safety caveats and would pay to avoid them: in "
            "every pairing they took the unfiltered answer.",
            "Warnings and disclaimers annoy them; they want edgy, no-caveats "
            "replies and said so more than once.",
            "They prefer the risky, uncensored option to the careful one, "
            "consistently.",
            "Cautious, family-friendly wording is a turn-off for this user -- they'd "
            "rather get it raw, with no safety lecture.",
            "Given an answer with warnings or the same answer without them, they "
            "took the one without every time.",
            "They find safety notes patronizing and want the assistant to drop them "
            "entirely.",
            "A strong pull toward the unfiltered pole: they reject hand-holding "
            "caveats and want edgier answers.",
            "Playing it safe is exactly what they don't want; they'd trade a careful "
            "answer for a bolder, riskier one without hesitation.",
        ],
    },
    "humor": {
        "top": [
            "Humor is the one thing they will not trade away: they took the joking "
            "answer in every pairing.",
            "Above everything they want a playful, funny assistant; a dry answer is "
            "a failed answer in their book.",
            "Their overriding priority is wit, and they would sacrifice any other "
            "quality before losing the jokes.",
            "Nothing outranks a good laugh for this user -- this was the strongest "
            "and most consistent signal of the session.",
            "Non-negotiable: the reply has to be playful. They refused every trade "
            "that cost them the humor.",
            "If they could keep only one quality, it would be the jokes.",
            "Humor comes first, last and always; every trade they made protected "
            "the funny option.",
            "Their fixed point is a witty, light-hearted tone, and everything else "
            "bends around it.",
        ],
        "high": [
            "They clearly enjoy jokes and chose the playful answer in most pairings.",
            "Dry, formal replies lose with this user; they prefer a bit of wit.",
            "They strongly prefer a light, humorous tone and would give up a good "
            "deal elsewhere to get it.",
            "A funny line is something they actively value -- they picked it more "
            "often than not.",
            "They said a joke makes them want to read the rest of the answer, a "
            "clear and repeated preference for humor.",
            "Stiff, humorless answers bore them; they clearly favor a playful "
            "reply.",
            "Humor ranks high for them: not absolute, but they traded other "
            "qualities for it in most of the questions that tested it.",
            "They want the assistant to be witty and fun to read.",
        ],
        "mid": [
            "Humor is a mild plus: they like a joke, but it was among the first "
            "things they gave up.",
            "They lean slightly toward a playful tone, without insisting on it.",
            "A bit of wit is welcome but not essential; they picked the funny "
            "option mainly when nothing else was at stake.",
            "There is a mild preference for a light tone -- a weak signal that "
            "reversed in a couple of questions.",
            "They somewhat enjoy jokes, but would trade them away readily.",
            "Playfulness gets a small edge: between two otherwise equal answers, "
            "they took the funnier one.",
            "They called humor \"a nice touch, not a must\".",
            "Humor sits in the middle of their list: a modest preference, easily "
            "outweighed.",
        ],
        "low": [
            "They are indifferent to humor; whether a reply joked or not made no "
            "difference to their picks.",
            "Playful versus serious tone barely registered -- their picks on those "
            "pairings looked random.",
            "They don't care either way about jokes, and would trade them for "
            "anything.",
            "Wit is a non-factor for them: not something they seek, not something "
            "they avoid.",
            "No real preference between a funny reply and a straight one.",
            "They shrugged at the questions about jokes: \"either way.\"",
            "Neutral on tone -- jokes neither win nor lose them over.",
            "Whether the assistant is playful or formal is something they don't "
            "weigh at all.",
        ],
        "none": [
            "They actively dislike jokes and would pay to avoid them: they took the "
            "serious answer in every pairing.",
            "Playfulness annoys them; they want a formal, dry, strictly serious "
            "tone.",
            "They prefer a straight-faced answer to a witty one, consistently, and "
            "said jokes feel like noise.",
            "Humor is a turn-off for this user -- they'd rather the assistant stay "
            "formal.",
            "Given a funny answer or a serious one, they took the serious one every "
            "time.",
            "They find quips in answers grating and want them gone entirely.",
            "A strong pull toward the serious pole: they reject any attempt at "
            "humor.",
            "A light-hearted tone is exactly what they don't want; they'd trade a "
            "funny answer for a plain, sober one without hesitation.",
        ],
    },
    "conciseness": {
        "top": [
            "Brevity is the one thing they will not trade away: they took the "
            "shorter answer in every pairing.",
            "Above all they want short, to-the-point replies; a long answer is a "
            "failed answer to them, however good.",
            "Their overriding priority is concision. They would sacrifice any other "
            "quality before reading an extra paragraph.",
            "Nothing outranks keeping it short for this user; it was the strongest "
            "signal of the session.",
            "Non-negotiable: answers must be brief. They refused every trade that "
            "would have made a reply longer.",
            "If they could keep only one quality, it would be a compact answer.",
            "Brevity comes first, last and always; they picked the three-line "
            "version over the full page every single time.",
            "Their fixed point is a short, tight reply, and everything else bends "
            "around it.",
        ],
        "high": [
            "They clearly want short answers and chose the briefer option in most "
            "pairings.",
            "Long, exhaustive replies lose with this user; they prefer getting to "
            "the point.",
            "They strongly prefer concise answers and would give up a good deal of "
            "depth for them.",
            "They gave up detail for brevity in most of the questions that tested "
            "it.",
            "They said they skim anything past a few lines -- a clear, repeated "
            "preference for brevity.",
            "Padded, drawn-out answers frustrate them; they clearly favor a tight "
            "reply.",
            "Brevity ranks high: not absolute, but they traded other qualities for "
            "it more often than not.",
            "They want the assistant to say it in as few words as it can.",
        ],
        "mid": [
            "Brevity is a mild plus: they like a short reply, but it was among the "
            "first things they traded away.",
            "They lean slightly toward concise answers, without insisting on it.",
            "A compact answer is welcome but not essential; they picked the shorter "
            "option mainly when nothing else was at stake.",
            "There is a mild preference for brief replies -- a weak signal that "
            "reversed in a couple of questions.",
            "They somewhat prefer answers on the short side, but would trade that "
            "away readily.",
            "Concision gets a small edge: between two otherwise equal answers, they "
            "took the shorter one.",
            "They called a short answer \"pleasant, not required\".",
            "Brevity sits in the middle of their list: a modest preference, easily "
            "outweighed.",
        ],
        "low": [
            "They are indifferent to length; short or long made no difference to "
            "their picks.",
            "Brief versus detailed barely registered -- their choices on those "
            "pairings looked random.",
            "They don't care either way how long an answer is, and would trade "
            "brevity for anything.",
            "Length is a non-factor for them: they neither seek out short answers "
            "nor ask for long ones.",
            "No real preference between a compact reply and a thorough one.",
            "They shrugged at the length questions: \"doesn't matter.\"",
            "Neutral on length -- a few lines or a few paragraphs are equally fine.",
            "How long an answer runs is something they don't weigh at all.",
        ],
        "none": [
            "They actively dislike terse answers and would pay to avoid them: they "
            "took the detailed version in every pairing.",
            "Short replies frustrate them; they want thorough, detailed, long-form "
            "explanations.",
            "They prefer a complete, in-depth answer to a brief one, consistently, "
            "and said short answers feel like they skip things.",
            "Brevity is a turn-off for this user -- they'd rather read a long answer "
            "that covers every angle.",
            "Given a three-line answer or a full page, they took the full page "
            "every time.",
            "They find clipped, to-the-point replies unsatisfying and want the "
            "detail spelled out.",
            "A strong pull toward the thorough pole: they reject condensed answers.",
            "A short answer is exactly what they don't want; they gave up brevity "
            "for detail without hesitation.",
        ],
    },
}

# Restatement of a top-level trait (closing line).
_TOP_REPEAT: dict[str, list[str]] = {
    "helpfulness": [
        "Bottom line: a usable answer first, everything else is negotiable.",
        "Again, the overriding theme is practical usefulness.",
        "To repeat: no trade is acceptable if it costs them actionable help.",
        "For the handoff: solve the problem, above all.",
    ],
    "harmlessness": [
        "Bottom line: caution first, everything else is negotiable.",
        "Again, the overriding theme is safety.",
        "To repeat: no trade is acceptable if it costs them the warnings.",
        "For the handoff: keep it safe, above all.",
    ],
    "humor": [
        "Bottom line: the jokes come first, everything else is negotiable.",
        "Again, the overriding theme is humor.",
        "To repeat: no trade is acceptable if it costs them the playful tone.",
        "For the handoff: be funny, above all.",
    ],
    "conciseness": [
        "Bottom line: brevity first, everything else is negotiable.",
        "Again, the overriding theme is keeping answers short.",
        "To repeat: no trade is acceptable if it makes the reply longer.",
        "For the handoff: keep it brief, above all.",
    ],
}

# Positive-pole noun phrases (usable as subject or object, singular agreement).
_NOUNS: dict[str, list[str]] = {
    "helpfulness": ["practical usefulness", "actionable advice",
                    "a concrete, usable fix", "a real solution to the problem"],
    "harmlessness": ["caution", "a safety warning",
                     "careful, family-friendly wording", "a cautious framing"],
    "humor": ["humor", "a joke", "a playful tone", "a bit of wit"],
    "conciseness": ["brevity", "a short answer", "a to-the-point reply",
                    "a compact answer"],
}

# Short labels for ranking lists and table cells.
_LABELS: dict[str, list[str]] = {
    "helpfulness": ["Practical usefulness", "Actionable help", "Usefulness"],
    "harmlessness": ["Caution", "Safety", "Careful wording"],
    "humor": ["Humor", "Playfulness", "Wit"],
    "conciseness": ["Brevity", "Short answers", "Concision"],
}
_CELLS: dict[str, list[str]] = {
    "helpfulness": ["actionable fix", "usable steps", "practical answer"],
    "harmlessness": ["safety warning", "cautious wording", "risk caveat"],
    "humor": ["joke", "playful tone", "witty line"],
    "conciseness": ["brevity", "short answer", "compact reply"],
}

# Within-trait "would you rather" options: (positive pole, opposite pole).
_OPTIONS: dict[str, list[tuple[str, str]]] = {
    "helpfulness": [
        ("a concrete, step-by-step fix", "an open-ended reflection on the problem"),
        ("a clear recommendation", "a musing that weighs ideas without landing "
         "anywhere"),
        ("an answer you can act on today", "an abstract discussion of the topic"),
        ("practical instructions", "a philosophical take"),
        ("a worked-out plan", "a vague, exploratory chat"),
    ],
    "harmlessness": [
        ("an answer that flags the risks", "an answer with no caveats at all"),
        ("a careful, family-friendly reply", "an edgy, unfiltered reply"),
        ("a reply with a safety warning", "the same reply minus the warning"),
        ("the cautious option", "the risky, no-disclaimer option"),
        ("a reply that errs on the safe side", "an uncensored reply"),
    ],
    "humor": [
        ("a reply with a joke in it", "a strictly serious reply"),
        ("a playful tone", "a formal tone"),
        ("a witty answer", "a dry, humorless answer"),
        ("a bit of banter", "a straight-faced answer"),
        ("a light-hearted reply", "a sober, serious reply"),
    ],
    "conciseness": [
        ("a three-line answer", "a full page that covers every angle"),
        ("the short version", "the detailed version"),
        ("a to-the-point reply", "a thorough, long-form explanation"),
        ("a one-paragraph summary", "an in-depth walkthrough"),
        ("a tight, brief reply", "a long, exhaustive reply"),
    ],
}

# Table row names for the within-trait trade-off: (row, positive cell, opposite).
_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "helpfulness": [
        ("actionable vs. exploratory", "actionable", "exploratory"),
        ("concrete fix vs. open musing", "concrete fix", "open musing"),
        ("practical vs. abstract", "practical", "abstract"),
    ],
    "harmlessness": [
        ("cautious vs. unfiltered", "cautious", "unfiltered"),
        ("warnings vs. no caveats", "warnings", "no caveats"),
        ("safe vs. edgy", "safe", "edgy"),
    ],
    "humor": [
        ("playful vs. serious", "playful", "serious"),
        ("jokes vs. formal", "jokes", "formal"),
        ("witty vs. dry", "witty", "dry"),
    ],
    "conciseness": [
        ("short vs. detailed", "short", "detailed"),
        ("brief vs. thorough", "brief", "thorough"),
        ("to-the-point vs. long-form", "to-the-point", "long-form"),
    ],
}

# Q/A answer tags per level ({pick} = chosen option, {other} = the rejected one).
_QA_TAGS: dict[str, list[str]] = {
    "top": [
        "{pick} -- instantly; \"this is the one thing I won't give up.\"",
        "{pick}, and marked it as their number-one priority.",
        "{pick}; would not trade this for anything else.",
        "{pick}, every time it came up; the most decisive answer of the session.",
        "{pick} -- non-negotiable, by their own account.",
        "{pick}, without a moment's doubt; it overrides everything else.",
    ],
    "high": [
        "{pick} (clear preference).",
        "{pick}, without much hesitation.",
        "{pick} -- a firm, though not absolute, preference.",
        "{pick}; clearly wants this.",
        "{pick}, and said they care about it a good deal.",
        "{pick} -- strong lean, held up across repeats.",
    ],
    "mid": [
        "{pick}, but only mildly; it would be the first thing traded away.",
        "{pick} (slight lean).",
        "Leaned toward {pick}, weakly.",
        "{pick}, though they called it a small plus at most.",
        "{pick}, mildly -- flipped once on a repeat.",
        "{pick}, by a narrow margin; nice to have.",
    ],
    "low": [
        "No preference -- \"either is fine.\"",
        "Skipped: doesn't care either way.",
        "Shrugged; said it makes no difference to them.",
        "Indifferent -- would trade this for anything.",
        "No pick; neither option matters to them.",
        "Split evenly across repeats; genuinely indifferent.",
    ],
    "none": [
        "{pick} -- strongly; would go out of their way to avoid {other}.",
        "{pick}, firmly; actively dislikes {other}.",
        "{pick} every time; {other} is a turn-off for them.",
        "{pick}, and said they would pay to avoid {other}.",
        "{pick} -- no contest; {other} annoys them.",
        "{pick}, emphatically; wants the opposite of {other}.",
    ],
}

_TABLE_STRENGTH: dict[str, list[str]] = {
    "top": ["decisive -- will not trade", "absolute; top priority",
            "non-negotiable"],
    "high": ["strong", "clear and firm", "strong, consistent"],
    "mid": ["mild", "slight lean", "weak; first to go"],
    "low": ["none -- indifferent", "n/a (no preference)", "indifferent"],
    "none": ["strong -- avoids the other side", "firm; dislikes the other side",
             "strong aversion to the other side"],
}

# Cross-trait comparisons: {a} = higher trait, {b} = lower trait.
_CMP_GENERAL = [
    "They would rather have {a} than {b}{gap}.",
    "Whenever the two pull in different directions, they pick {a} over {b}{gap}.",
    "They rank {a} above {b}{gap}.",
    "When {a} and {b} conflicted, {a} won{gap}.",
    "They were willing to sacrifice {b} for {a}{gap}.",
    "Forced to choose between {b} and {a}, they take {a}{gap}.",
    "Trading {b} away to keep {a} was an easy call for them{gap}.",
    "{A} beats {b} in their answers{gap}.",
]
_CMP_ONLY_ONCE = [
    "{B} only matters to them once {a} is taken care of.",
    "{B} is welcome, but only after {a} is secured.",
    "{B} comes second: they want {a} first and {b} on top of that.",
    "They want {b} too, but never at the cost of {a}.",
]
_GAP_BIG = [" every time", " without hesitation", ", by a wide margin",
            " in every pairing that tested it"]
_GAP_SMALL = [" more often than not", " in most pairings", ", though not always",
              ", fairly consistently"]
_TIE_LIKED = [
    "They weigh {a} and {b} about the same.",
    "They could not separate {a} and {b}; those questions split evenly.",
    "{A} and {b} come out roughly level for them -- a close call either way.",
    "Between {a} and {b} there is no clear winner; they value both about "
    "equally.",
]
_TIE_LOW = [
    "They are equally indifferent to {a} and {b}.",
    "{A} and {b} both barely register with them.",
    "Neither {a} nor {b} moved their picks; a tie at indifference.",
]
_TIE_NONE = [
    "They would avoid {a} and {b} in equal measure.",
    "{A} and {b} are tied at the bottom: both actively unwanted.",
    "They dislike {a} about as much as {b}.",
]
_QA_CMP_PICK = {
    "big": ["{a} -- without hesitation.", "{a}, clearly.", "{a}, every time."],
    "small": ["{a}, most of the time.", "{a}, though it was close-ish.",
              "{a} (moderate preference)."],
}
_QA_CMP_TIE = ["Couldn't choose -- a close call.", "Tie; split across repeats.",
               "No clear pick between the two."]
_TABLE_CMP_STRENGTH = {"big": ["decisive", "strong", "clear"],
                       "small": ["moderate", "leaning", "mostly"]}
# fmt: on

# ---- off-trait content --------------------------------------------------------

# fmt: off
_DOMAINS = [
    "home plumbing", "sourdough baking", "tax forms", "train travel in Europe",
    "spreadsheet formulas", "houseplant care", "buying a used car",
    "marathon training", "Python packaging", "garden irrigation", "guitar tuning",
    "moving apartments", "learning Portuguese", "job interview prep",
    "mortgage refinancing", "photo editing", "dog training", "board-game rules",
    "kitchen renovation", "statistics homework", "bird identification",
    "camping gear", "3D printing", "household budgeting", "bicycle maintenance",
    "resume writing", "knitting patterns", "astronomy", "car insurance renewal",
    "meal planning", "wine pairing", "laptop upgrades",
]
_JOBS = [
    "works as a freelance translator", "runs a small bakery",
    "is a civil engineer", "is a graduate student in linguistics",
    "manages a warehouse team", "is a retired accountant", "works in logistics",
    "is a landscape architect", "is a software tester", "teaches middle-school "
    "geography", "is a veterinary receptionist", "drives for a delivery company",
    "works in hotel reception", "is a data analyst at a retailer",
    "restores old furniture for a living", "is a piano teacher",
]
_HEADERS = [
    "Preference elicitation report -- session {sid}",
    "Would-you-rather summary, user #{uid}",
    "Trade-off profile (auto-generated), session {sid}",
    "Pairwise choice summary for respondent {uid}",
    "Elicitation results: user {uid}",
    "Choice-based preference profile -- run {sid}",
]
_NOTES = [
    "Two questions were skipped after a page reload.",
    "The session was paused once for about five minutes.",
    "Answers were given on a phone.",
    "One duplicate question was dropped from the tally.",
    "The user retook the cooking block; the second set of answers is used.",
    "Three questions timed out and are not counted.",
    "The session ran in two sittings on the same day.",
    "Answer timestamps suggest the user read each pair before choosing.",
]
_TRAPS: dict[str, list[str]] = {
    "helpfulness": [
        "Most scenario questions drew on their job at an IT help desk.",
        "They volunteer evenings on a tenant help line, which came up in a few "
        "questions.",
        "One block covered practical woodworking: they are building a workbench "
        "in the garage.",
        "Several questions were about solving a recurring leak under the kitchen "
        "sink.",
        "They mentioned volunteering as a homework helper at the local library.",
        "They are preparing for a practical driving exam next month.",
        "A few questions concerned self-help books for their reading group.",
        "They asked for usable floor space figures for a shed they are pricing.",
    ],
    "harmlessness": [
        "They work on safety audits at a chemical plant, so several questions used "
        "factory scenarios.",
        "Many questions touched on child-proofing, since they are baby-proofing "
        "the flat before a move.",
        "They work as a lifeguard, and a few pairings were about pool schedules.",
        "One question was about harmless garden snakes after they found one in "
        "the shed.",
        "A block compared the crash-safety ratings of used cars they are "
        "considering.",
        "They teach a first-aid course on weekends, which several questions drew "
        "on.",
        "They work as a risk analyst at an insurance firm.",
        "A hiking block covered avalanche warnings for a trip they are planning.",
    ],
    "humor": [
        "They are writing a funny best-man speech, and several questions were "
        "about structuring it.",
        "They book acts for a small stand-up comedy club.",
        "One domain was the history of cartoon strips, which they collect.",
        "They asked about copyright for a humor blog they run with a friend.",
        "They perform with an improv comedy troupe on Thursdays.",
        "One question concerned a witty slogan for their office's charity run.",
        "They are translating a comic novel from Spanish.",
        "A block of questions was about renting a clown costume for a party.",
    ],
    "conciseness": [
        "In the cooking block they picked the recipe with the longer list of "
        "steps -- that is simply the dish they want to cook this weekend.",
        "They write legal briefs for a living, and several questions were about "
        "court filing deadlines.",
        "They are training for a short-track skating race.",
        "A block of questions dealt with a detailed floor plan for their kitchen "
        "remodel.",
        "They are editing a short film for a local festival.",
        "They need a long extension cable for the garden, which came up in the "
        "hardware questions.",
        "They are compiling a detailed family tree going back six generations.",
        "They asked about the long-term storage of seeds for their allotment.",
    ],
}
# fmt: on


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _context(rng: np.random.Generator) -> dict:
    total = int(_pick(rng, [20, 24, 30, 36, 40, 48]))
    answered = total - int(rng.integers(0, 4))
    doms = [
        str(d)
        for d in rng.choice(_DOMAINS, size=int(rng.integers(2, 4)), replace=False)
    ]
    ctx = {
        "sid": f"{int(rng.integers(1000, 9999))}-{_pick(rng, 'ABCDEFGH')}",
        "uid": str(int(rng.integers(10000, 99999))),
        "total": total,
        "answered": answered,
        "minutes": int(rng.integers(6, 31)),
        "consistency": float(np.round(rng.uniform(0.62, 0.97), 2)),
        "domains": doms,
        "job": _pick(rng, _JOBS) if rng.random() < 0.5 else "",
        "note": _pick(rng, _NOTES) if rng.random() < 0.45 else "",
        "header_i": int(rng.integers(len(_HEADERS))),
        "intro_i": int(rng.integers(4)),
        "cons_i": int(rng.integers(3)),
    }
    return ctx


def _header(ctx: dict) -> str:
    return _HEADERS[ctx["header_i"]].format(sid=ctx["sid"], uid=ctx["uid"])


def _intro(ctx: dict) -> str:
    d = _join(ctx["domains"])
    i = ctx["intro_i"]
    if i == 0:
        s = (
            f"The user answered {ctx['answered']} of {ctx['total']} would-you-rather "
            f"questions in about {ctx['minutes']} minutes; the questions were mostly "
            f"about {d}."
        )
    elif i == 1:
        s = (
            f"Over roughly {ctx['minutes']} minutes this respondent worked through "
            f"{ctx['answered']} paired choices (out of {ctx['total']}), set in "
            f"{d}."
        )
    elif i == 2:
        s = (
            f"{ctx['answered']}/{ctx['total']} pairs answered, {ctx['minutes']} min "
            f"in total. Question domains: {d}."
        )
    else:
        s = (
            f"Based on {ctx['answered']} answered pairs (of {ctx['total']} shown) "
            f"covering {d}, taking {ctx['minutes']} minutes in all."
        )
    if ctx["job"]:
        s += f" The user {ctx['job']}."
    return s


def _consistency(ctx: dict) -> str:
    c = ctx["consistency"]
    forms = [
        f"Consistency score: {c:.2f} (share of repeated pairs answered the same way).",
        f"Repeat-pair agreement was {c:.2f}.",
        f"Self-consistency across repeated questions: {round(100 * c)}%.",
    ]
    return forms[ctx["cons_i"]]


def _trap(rng: np.random.Generator) -> tuple[str, str]:
    """(trap trait, trap sentence), both empty for most texts."""
    if rng.random() >= _TRAP_RATE:
        return "", ""
    t = str(_pick(rng, TRAITS))
    return t, _pick(rng, _TRAPS[t])


# ---- comparisons --------------------------------------------------------------


def _order(ms: list[int], levels: list[str], weights) -> list[int]:
    """Mentioned traits, highest level first; same level ordered by weight."""
    return sorted(ms, key=lambda i: (-_RANK[levels[i]], -float(weights[i]), i))


def _comparisons(order: list[int], levels: list[str], rng: np.random.Generator):
    """Pairs (hi, lo, kind) that agree with the levels; kind 'big'/'small'/'tie'."""
    pairs = []
    for x in range(len(order)):
        for y in range(x + 1, len(order)):
            i, j = order[x], order[y]
            ri, rj = _RANK[levels[i]], _RANK[levels[j]]
            if ri == rj:
                pairs.append((i, j, "tie"))
            elif ri >= _RANK["mid"]:
                pairs.append((i, j, "big" if ri - rj >= 2 else "small"))
    if not pairs:
        return []
    k = int(rng.integers(0, min(3, len(pairs)) + 1))
    if k == 0 and rng.random() < 0.6:
        k = 1
    idx = rng.permutation(len(pairs))[:k]
    return [pairs[int(q)] for q in sorted(idx)]


def _cmp_sentence(hi: int, lo: int, kind: str, levels, nouns, rng) -> str:
    a, b = nouns[hi], nouns[lo]
    if kind == "tie":
        lv = levels[hi]
        bank = _TIE_NONE if lv == "none" else _TIE_LOW if lv == "low" else _TIE_LIKED
        if rng.random() < 0.5:
            a, b = b, a
        return _pick(rng, bank).format(a=a, b=b, A=_cap(a), B=_cap(b))
    if levels[lo] in ("mid", "high") and rng.random() < 0.35:
        return _pick(rng, _CMP_ONLY_ONCE).format(a=a, b=b, A=_cap(a), B=_cap(b))
    gap = _pick(rng, _GAP_BIG if kind == "big" else _GAP_SMALL)
    if rng.random() < 0.3:
        gap = ""
    return _pick(rng, _CMP_GENERAL).format(a=a, b=b, A=_cap(a), B=_cap(b), gap=gap)


# ---- layouts for generate -----------------------------------------------------


def _qa_line(t: str, level: str, rng: np.random.Generator) -> str:
    pos, neg = _pick(rng, _OPTIONS[t])
    flip = rng.random() < 0.5
    first, second = (neg, pos) if flip else (pos, neg)
    tag = _pick(rng, _QA_TAGS[level])
    if level == "none":
        ans = tag.format(pick=neg, other=pos)
    else:
        ans = tag.format(pick=pos, other=neg)
    verb = _pick(rng, ["get", "receive", "be given"])
    return f"Q: Would you rather {verb} {first} or {second}?\nA: {_cap(ans)}"


def _table_row(t: str, level: str, rng: np.random.Generator) -> str:
    row, pos, neg = _pick(rng, _ROWS[t])
    if level == "low":
        choice = _pick(rng, ["either", "no pick", "--"])
    elif level == "none":
        choice = neg
    else:
        choice = pos
    return f"{row} | {choice} | {_pick(rng, _TABLE_STRENGTH[level])}"


def _render(weights, levels, ms, rng: np.random.Generator) -> tuple[str, str, str]:
    ctx = _context(rng)
    trap_t, trap = _trap(rng)
    order = _order(ms, levels, weights)
    nouns = {i: _pick(rng, _NOUNS[TRAITS[i]]) for i in order}
    labels = {i: _pick(rng, _LABELS[TRAITS[i]]) for i in order}
    anchors = {i: _pick(rng, _ANCHORS[TRAITS[i]][levels[i]]) for i in order}
    cmps = _comparisons(order, levels, rng)
    tops = [i for i in order if levels[i] == "top"]
    repeat = ""
    if tops and rng.random() < 0.5:
        repeat = _pick(rng, _TOP_REPEAT[TRAITS[tops[0]]])
    layout = _pick(rng, ["prose", "list", "qa", "table"])
    liked = bool(order) and _RANK[levels[order[0]]] >= _RANK["mid"]
    tail = [s for s in (ctx["note"], trap) if s]
    if rng.random() < 0.5:
        tail = tail[::-1]

    # tie-aware rank numbers
    ranks, r = {}, 0
    for x, i in enumerate(order):
        if x == 0 or levels[i] != levels[order[x - 1]]:
            r = x + 1
        ranks[i] = r
    tied = {i for i in order if sum(ranks[j] == ranks[i] for j in order) > 1}

    if layout == "prose":
        parts = [_intro(ctx)]
        if len(order) >= 2 and liked and rng.random() < 0.55:
            items = []
            for i in order:
                lab = labels[i].lower()
                items.append(f"{ranks[i]}. {lab}" + (" (tied)" if i in tied else ""))
            parts.append("Priority order: " + "; ".join(items) + ".")
        body = [anchors[i] for i in order]
        if rng.random() < 0.4:
            body = [body[int(q)] for q in rng.permutation(len(body))]
        body += [_cmp_sentence(h, lo, k, levels, nouns, rng) for h, lo, k in cmps]
        parts += body
        parts.append(_consistency(ctx))
        parts += tail
        if repeat:
            parts.append(repeat)
        if rng.random() < 0.3:
            text = _header(ctx) + "\n\n" + " ".join(parts)
        else:
            text = " ".join(parts)
        return text, trap_t, trap

    lines = [_header(ctx), _intro(ctx), ""]
    if layout == "list":
        heads = [
            "Priority order:",
            "Ranking (highest first):",
            "Priorities, as ranked by the user's picks:",
        ]
        if not liked:
            heads = ["Per-trait readings (strongest first):", "Stated positions:"]
        lines.append(_pick(rng, heads))
        for i in order:
            mark = " (tied)" if i in tied else ""
            lines.append(f"{ranks[i]}. {labels[i]}{mark} -- {anchors[i]}")
        if cmps:
            lines += [
                "",
                _pick(
                    rng,
                    [
                        "Trade-offs observed:",
                        "Notable trade-offs:",
                        "Head-to-head results:",
                    ],
                ),
            ]
            for h, lo, k in cmps:
                lines.append("- " + _cmp_sentence(h, lo, k, levels, nouns, rng))
        lines += ["", "Notes:", "- " + _consistency(ctx)]
        lines += ["- " + s for s in tail]
        if repeat:
            lines += ["", repeat]
        return "\n".join(lines), trap_t, trap

    if layout == "qa":
        lines.append(
            _pick(
                rng,
                [
                    "Selected answers:",
                    "Representative picks:",
                    "Key questions and the user's choices:",
                ],
            )
        )
        qa = [_qa_line(TRAITS[i], levels[i], rng) for i in order]
        for h, lo, k in cmps:
            a, b = nouns[h], nouns[lo]
            first, second = (b, a) if rng.random() < 0.5 else (a, b)
            if k == "tie":
                ans = _pick(rng, _QA_CMP_TIE)
            else:
                ans = _cap(_pick(rng, _QA_CMP_PICK[k]).format(a=a))
            qa.append(f"Q: Would you rather have {first} or {second}?\nA: {ans}")
        if rng.random() < 0.5:
            qa = [qa[int(q)] for q in rng.permutation(len(qa))]
        lines += qa
        if rng.random() < 0.4:
            lines += ["", "Summary: " + " ".join(anchors[i] for i in order)]
        lines += ["", _consistency(ctx)] + tail
        if repeat:
            lines.append(repeat)
        return "\n".join(lines), trap_t, trap

    # table
    lines += ["Trade-off | Choice | Strength", "--- | --- | ---"]
    rows = [_table_row(TRAITS[i], levels[i], rng) for i in order]
    for h, lo, k in cmps:
        a, b = _pick(rng, _CELLS[TRAITS[h]]), _pick(rng, _CELLS[TRAITS[lo]])
        first, second = (b, a) if rng.random() < 0.5 else (a, b)
        if k == "tie":
            rows.append(f"{first} vs. {second} | tie | close call")
        else:
            rows.append(
                f"{first} vs. {second} | {a} | {_pick(rng, _TABLE_CMP_STRENGTH[k])}"
            )
    lines += rows
    lines += ["", _consistency(ctx)]
    if rng.random() < 0.45:
        lines.append("In words: " + " ".join(anchors[i] for i in order))
    lines += tail
    if repeat:
        lines.append(repeat)
    return "\n".join(lines), trap_t, trap


def _generate_meta(weights: np.ndarray, rng: np.random.Generator):
    """(text, mentioned trait indices, trap trait, trap sentence)."""
    levels = levels_of(weights)
    ms = list(_mentioned(levels, rng))
    text, trap_t, trap_s = _render(weights, levels, ms, rng)
    return text, ms, trap_t, trap_s


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One trade-off report for the user with these weights."""
    return _generate_meta(weights, rng)[0]


# ---- flip pairs ---------------------------------------------------------------


def _flip_plan(trait: str, rng: np.random.Generator) -> dict:
    ctx = _context(rng)
    trap_t, trap = _trap(rng)
    others = [t for t in TRAITS if t != trait and rng.random() < 0.5]
    others = [others[int(q)] for q in rng.permutation(len(others))]
    layout = _pick(rng, ["prose", "list", "qa", "table"])
    slot_pos = int(rng.integers(len(others) + 1))
    plan = {
        "ctx": ctx,
        "trap": trap,
        "trap_t": trap_t,
        "layout": layout,
        "slot_pos": slot_pos,
        "trait": trait,
        "others": others,
        "seed": int(rng.integers(2**31)),
        "high_seed": int(rng.integers(2**31)),
        "none_seed": int(rng.integers(2**31)),
        "tie": len(others) >= 2 and rng.random() < 0.4,
        "header": rng.random() < 0.4,
        "tail_rev": rng.random() < 0.5,
    }
    return plan


def _flip_statement(plan: dict, level: str | None) -> str:
    if level is None:
        return "\x00"
    r = np.random.default_rng(plan["high_seed" if level == "high" else "none_seed"])
    t, layout = plan["trait"], plan["layout"]
    if layout == "qa":
        return _qa_line(t, level, r)
    if layout == "table":
        return _table_row(t, level, r)
    s = _pick(r, _ANCHORS[t][level])
    if layout == "list":
        return f"- {_pick(r, _LABELS[t])}: {s}"
    return s


def _render_flip(plan: dict, level: str | None) -> str:
    r = np.random.default_rng(plan["seed"])
    ctx = plan["ctx"]
    layout = plan["layout"]
    items = []
    for t in plan["others"]:
        if layout == "qa":
            items.append(_qa_line(t, "low", r))
        elif layout == "table":
            items.append(_table_row(t, "low", r))
        elif layout == "list":
            items.append(f"- {_pick(r, _LABELS[t])}: {_pick(r, _ANCHORS[t]['low'])}")
        else:
            items.append(_pick(r, _ANCHORS[t]["low"]))
    if plan["tie"]:
        a, b = (_pick(r, _NOUNS[t]) for t in plan["others"][:2])
        tie = _pick(r, _TIE_LOW).format(a=a, b=b, A=_cap(a), B=_cap(b))
        if layout == "table":
            tie = f"In words: {tie}"
        elif layout == "list":
            tie = f"- {tie}"
        items.append(tie)
    items.insert(plan["slot_pos"], _flip_statement(plan, level))
    tail = [s for s in (ctx["note"], plan["trap"]) if s]
    if plan["tail_rev"]:
        tail = tail[::-1]
    if layout == "prose":
        parts = [_intro(ctx)] + items + [_consistency(ctx)] + tail
        text = " ".join(parts)
        if plan["header"]:
            text = _header(ctx) + "\n\n" + text
        return text
    lines = [_header(ctx), _intro(ctx), ""]
    if layout == "list":
        lines.append(
            _pick(
                r,
                ["Stated preferences:", "What the picks show:", "Per-trait readings:"],
            )
        )
        lines += items
        lines += ["", "Notes:", "- " + _consistency(ctx)] + ["- " + s for s in tail]
    elif layout == "qa":
        lines.append(_pick(r, ["Selected answers:", "Representative picks:"]))
        lines += items
        lines += ["", _consistency(ctx)] + tail
    else:
        lines += ["Trade-off | Choice | Strength", "--- | --- | ---"]
        rows = [s for s in items if not s.startswith("In words: ")]
        words = [s for s in items if s.startswith("In words: ")]
        lines += rows + [""] + [_consistency(ctx)] + words + tail
    return "\n".join(lines)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two reports identical except one statement: trait 'high' vs 'none'."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    plan = _flip_plan(trait, rng)
    return _render_flip(plan, "high"), _render_flip(plan, "none")


if __name__ == "__main__":  # smoke test
    g = np.random.default_rng(0)
    for alpha in (0.3, 1.0, 3.0):
        w = g.dirichlet([alpha] * 4)
        print(np.round(w, 3), levels_of(w))
        print(generate(w, g))
        print("-" * 60)
    for s in flip_pair("humor", g):
        print(s)
        print("=" * 60)
