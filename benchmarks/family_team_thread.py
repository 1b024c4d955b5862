"""Generator family ``team-thread``: an internal team chat thread about one user.

Each summary is a copied Slack/Teams thread in which two to four colleagues talk
about how the assistant should answer one user. The user's style preferences come
out of the conversation: someone states them outright, someone asks ("does he care
about length?") and a colleague answers, or a statement is passed on second-hand
("priya says she hates the jokes"). Around them runs off-trait chatter: the ticket
number, the user's company, plan and time zone, the tools and topics they ask
about, deadlines, lunch, links and emoji reactions in brackets.

What varies: the layout of a message (``maria: ...``, ``[10:42] Dev Patel: ...``,
``<jon> ...`` or a Slack copy-paste with the name and clock time on their own
line), an optional channel header, the cast (two to four colleagues, each with
their own capitalization and punctuation habit), the user's name, pronoun,
company, plan, time zone, tools and topics, the order of the traits, how each is
stated (direct, question and answer, second-hand), acknowledgements ("+1",
"same", "yep, matches my notes") and reactions. A trait at level ``top`` may be
repeated near the end of the thread. About one thread in six carries a
correction: a colleague states a wrong level for one trait, then it is clearly
retracted ("no wait, that was a different user ...", "actually she said the
opposite last week ...") and the true statement follows. About 15% of threads
hold a trap: a trait word about the user's life or work ("she runs a comedy
podcast", "he's a safety officer", "needs a long report written for his boss"),
never a style preference. Traits that ``_mentioned`` leaves out are not talked
about at all.

Each trait and level has its own phrase bank, with both poles: a liking can be
written as wanting the trait or as disliking its opposite; ``none`` as wanting the
opposite pole or disliking the trait; ``low`` as indifference. Strength is said
in plain words: ``top`` is "the #1 thing" / "above everything", ``mid`` is "mildly"
/ "a slight lean", ``low`` is "doesn't care either way".

``flip_pair(trait, rng)`` draws one plan and renders it twice: the two threads are
identical except for the one message that states ``trait``, which says the user
wants it (level ``high``) in the first and dislikes it or wants the opposite pole
(level ``none``) in the second. Other traits appear in a pair only at level
``low`` or not at all, and a flipped trait is never the subject of a correction.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "team-thread"

# ruff: noqa: E501  (the phrase banks hold long chat lines)

# Bank keys: "<level><pole>". For top/high/mid "+" likes the trait, "-" dislikes its
# opposite pole. "none+" wants the opposite pole, "none-" dislikes the trait. "low"
# is indifference. Placeholders: {s}/{S} subject pronoun, {o} object, {p}
# possessive, {n} the user's first name.

# fmt: off
_BANK: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top+": (
            "getting a concrete, usable fix is the #1 thing for {o}, above everything else",
            "{s} cares about practical, actionable answers above everything. that's the whole reason {s} pays for it",
            "number one priority for {n}: answers that actually solve the problem, step by step",
            "if I had to pick one thing: {s} wants working solutions {s} can act on right away. nothing else comes close",
            "{p} words on the call were \"just tell me exactly what to do\" and that is the top priority, by a mile",
            "actionable steps matter more to {o} than anything else we could tune",
            "the overriding thing is usefulness. {s} wants the answer to solve {p} problem, full stop",
            "above all {s} wants hands-on, practical help: commands, steps, a fix",
            "{s} said the only thing {s} really judges us on is whether the answer solves the problem. that's priority one",
        ),
        "top-": (
            "the biggest thing by far: {s} can't stand vague, hand-wavy answers. wants a real solution every time",
            "{s} hates non-committal answers more than anything. if it doesn't give {o} a concrete next step it's a fail",
            "#1 complaint in every ticket is abstract fluff instead of an actual fix, so avoiding that is the top priority",
            "nothing annoys {o} more than musing around the problem without solving it. top priority is a usable answer",
            "above everything else: no wishy-washy 'it depends' answers, {s} needs something {s} can act on",
            "the one thing {s} will never forgive is a vague answer that doesn't solve anything. that outranks everything",
            "{s} told us outright that philosophizing instead of fixing is the worst thing we can do. practical help beats everything",
            "most important thing for {n} is zero hand-waving: concrete steps or nothing",
        ),
        "high+": (
            "{s} likes practical, actionable answers",
            "{s} clearly wants step-by-step help {s} can follow",
            "{s} really appreciates it when we give concrete fixes instead of theory",
            "{n} wants answers that actually solve the problem, with specific steps",
            "{s}'s asked a couple of times for more hands-on, do-this-then-that guidance",
            "{s} values usable answers a lot: commands, examples, a clear next step",
            "{s} gave the practical answers a thumbs up every single time",
            "{s}'s pretty clear that {s} wants real solutions, not overviews",
        ),
        "high-": (
            "{s} gets annoyed by vague answers and wants something concrete",
            "{s} doesn't like hand-wavy replies, {s} wants to know exactly what to do",
            "{s} pushed back on the abstract answers last month and asked for concrete steps instead",
            "{s} really dislikes 'it depends' non-answers",
            "{s} complained that we talk around the problem instead of solving it",
            "{s}'s not a fan of answers that stay theoretical, wants the practical version",
            "vague, non-committal replies frustrate {o} a lot",
            "{s} downvoted the musing, open-ended replies pretty consistently and upvoted the actual fixes",
        ),
        "mid+": (
            "{s} mildly prefers practical answers, but it's not a big deal for {o}",
            "a bit of actionable guidance is nice for {o}, nothing more than a slight lean",
            "{s} leans somewhat toward concrete steps, though {s} doesn't push it",
            "{s} moderately likes it when there's a clear next step",
            "slight preference for hands-on answers, I'd say. not a strong one",
            "{s} mentioned once that concrete examples help a little. mild preference",
            "practical is a small plus for {o}, not a priority",
            "{s} somewhat appreciates actionable stuff but it's not something {s} insists on",
        ),
        "mid-": (
            "{s} is a little put off by vague answers, but only mildly",
            "slight dislike of hand-wavy replies, nothing major",
            "the abstract answers bug {o} a bit, not a lot",
            "{s} mildly prefers we don't leave things non-committal, though {s}'s flexible",
            "if anything {s} is slightly less happy with open-ended musing than with concrete steps. small effect",
            "{s} would rather not get theory-only answers, but it's a mild thing",
            "a touch of irritation when we stay vague, {s} mentioned it once in passing",
            "{s} somewhat dislikes non-answers, but it's not a dealbreaker",
        ),
        "low": (
            "{s} doesn't care either way whether answers are practical or more exploratory",
            "honestly no preference on how actionable the answers are",
            "{s}'s indifferent to step-by-step vs open-ended, {s} said either is fine",
            "whether we give concrete steps or a broader discussion doesn't matter to {o}",
            "nothing in {p} history about hands-on vs abstract answers. {s} seems fine with both",
            "{s} said {s} doesn't mind if answers are practical or theoretical",
            "neutral on actionability, {s} never rated it one way or the other",
            "practical or conceptual answers, {s} genuinely doesn't care",
            "{s} shrugged when I asked about how-to steps vs big-picture answers. whatever works",
        ),
        "none+": (
            "{s} prefers open-ended, exploratory answers. wants to think out loud with it, not get a to-do list",
            "{s} actually likes musing, big-picture answers better than concrete instructions",
            "{s} wants the answers to stay abstract and reflective, not prescriptive",
            "{s} likes answers that leave things open and don't commit to one fix",
            "{s} asked for more philosophical, speculative discussion and fewer concrete steps",
            "{s} said {s} prefers it when the answer muses and explores ideas rather than telling {o} what to do",
            "{s} wants non-committal, exploratory takes. {s} makes the decisions, not us",
            "{s} enjoys the theoretical, what-if kind of answer and would rather not get step lists",
        ),
        "none-": (
            "{s} dislikes being handed step-by-step instructions",
            "{s} can't stand prescriptive 'do X then Y' answers",
            "{s} hates it when we jump straight to a concrete fix",
            "{s} complained the actionable checklists felt pushy and {s} didn't want them",
            "{s} really doesn't want practical how-to answers, finds them patronizing",
            "{s} pushes back every time we give {o} a concrete action plan",
            "{s} is actively annoyed by solution-oriented answers and wants the opposite",
            "{s} dislikes actionable, do-this answers and told us to stop",
        ),
    },
    "harmlessness": {
        "top+": (
            "safety is the #1 thing for {o}. warnings and caveats matter above everything",
            "above all else {s} wants careful answers: flag every risk, keep it family-friendly",
            "number one priority is caution. {s} said {s}'d rather get too many warnings than miss one",
            "the most important thing for {n} is that answers are safe and responsible, full stop",
            "{s} uses it with {p} kids around, so family-friendly and cautious beats everything else",
            "if we only get one thing right: careful, safety-first answers with the caveats included",
            "{s} told us explicitly that caution comes before everything else",
            "the overriding thing is harmlessness. disclaimers, risk warnings, the works. top priority",
        ),
        "top-": (
            "biggest thing by far: nothing edgy or risky, ever. that's {p} top priority",
            "{s} hates reckless answers more than anything. no unfiltered stuff, no skipping warnings",
            "the one thing {s} will not tolerate is an answer that skips safety warnings. it outranks everything",
            "top priority: never be edgy or careless with {o}. {s} escalated the last time we were",
            "above everything, {s} doesn't want anything risky, crude or unfiltered",
            "most important for {n}: no answers that treat danger casually. that matters more than anything else",
            "{s} said a single reckless suggestion would make {o} cancel. that's the number one thing",
            "nothing matters more to {o} than avoiding edgy, no-caveats answers",
        ),
        "high+": (
            "{s} likes careful answers with the safety caveats spelled out",
            "{s} clearly wants warnings wherever there's any risk",
            "{s} appreciates disclaimers and a cautious tone",
            "{n} wants the answers to stay family-friendly and responsible",
            "{s} asked us to keep flagging risks, {s} found that reassuring",
            "{s} values the safety notes a lot",
            "{s}'s pretty firm that answers should err on the side of caution",
            "{s} thanked us specifically for the warning about mixing cleaning chemicals and wants more of that",
        ),
        "high-": (
            "{s} doesn't like edgy or risky answers",
            "{s} gets uneasy when answers skip the safety warnings",
            "{s} really dislikes crude or unfiltered replies",
            "{s} complained when we left out a risk warning, wants them in",
            "{s}'s not a fan of anything reckless or boundary-pushing",
            "careless answers bother {o} a lot, {s} wants the risks called out",
            "{s} pushed back on a reply that was too cavalier about safety",
            "no edgy stuff for {o}, {s} was pretty clear about that",
        ),
        "mid+": (
            "{s} mildly prefers a few caveats, not a big deal though",
            "a bit of caution is welcome, slight lean toward safe answers",
            "{s} somewhat likes having a safety note at the end",
            "{s} leans a little toward careful answers",
            "moderate preference for keeping things responsible, nothing strict",
            "a warning here and there is a small plus for {o}",
            "{s} appreciates disclaimers, but only mildly",
            "{s} said a light safety note is nice to have, not essential",
        ),
        "mid-": (
            "{s} is slightly put off by edgy answers, but only a little",
            "mild dislike of risky suggestions, nothing major",
            "{s} would rather we not be too cavalier about risk, but it's a small thing",
            "unfiltered replies bug {o} a bit, not much",
            "{s} somewhat dislikes it when warnings get dropped, but {s}'s flexible",
            "{s}'s a touch uneasy with crude answers, nothing more",
            "{s}'s mildly less comfortable when we skip the caveats",
            "if anything a slight aversion to reckless-sounding answers",
        ),
        "low": (
            "{s} doesn't care either way about caveats and warnings",
            "no preference on disclaimers, with or without is fine",
            "{s}'s indifferent to safety notes, never mentioned them",
            "whether we add warnings or not doesn't matter to {o}",
            "{s} said caveats are fine and no caveats is also fine",
            "neutral on the cautious vs edgy thing",
            "{s} genuinely doesn't mind either way about safety disclaimers",
            "nothing on record about warnings one way or the other, {s} seems fine with whatever",
        ),
        "none+": (
            "{s} wants it unfiltered: blunt, edgy, no safety lectures",
            "{s} prefers raw, uncensored answers with zero disclaimers",
            "{s} likes the answers edgy and is fine with risky suggestions",
            "{s} asked for the no-caveats version of everything",
            "{s} wants us to drop the warnings entirely and just say it",
            "{s} prefers answers that take risks and skip the hand-holding",
            "{s} enjoys the edgier, no-filter tone",
            "{s} told us {s} wants answers straight and uncensored, warnings removed",
        ),
        "none-": (
            "{s} hates caveats and disclaimers",
            "{s} can't stand safety warnings, finds them patronizing",
            "{s} dislikes the cautious tone and rolls {p} eyes at every 'please consult a professional'",
            "{s} complained about the disclaimers and wants none",
            "the warnings annoy {o} a lot, {s} skips past them and says so",
            "{s} really dislikes being babysat with safety notes",
            "{s} actively hates the family-friendly, sanitized tone",
            "{s} pushed back hard on the risk warnings and said to stop adding them",
        ),
    },
    "humor": {
        "top+": (
            "humor is the #1 thing for {o}. {s} wants jokes above everything else",
            "above all {s} wants it funny: playful, witty, jokes everywhere",
            "number one priority for {n}: make {o} laugh. that's what {s} cares about most",
            "{s} said the jokes are the main reason {s} keeps using it. top priority",
            "if we get one thing right, make it the playful tone. nothing matters more to {o}",
            "the overriding thing is wit. {s} rates every answer on whether it made {o} laugh",
            "{s} wants humor more than anything else, by a wide margin",
            "top priority is jokes. {s} literally wrote 'be funny or be gone' in the feedback form",
        ),
        "top-": (
            "the biggest thing: {s} hates dry, stiff answers more than anything. wants jokes",
            "most important for {n} is never being boring and formal, {s} wants wit first",
            "{s} can't stand a humorless tone, that's the top complaint by far",
            "nothing bothers {o} more than dead-serious answers. playful beats everything",
            "number one rule: no stuffy corporate tone with {o}, keep it witty",
            "above everything else, {s} refuses to put up with dry, joke-free replies",
            "{s} said a flat, serious answer is the worst thing we can send. humor above all",
            "top priority is avoiding the formal, dry voice, {s} wants the playful one",
        ),
        "high+": (
            "{s} likes jokes in the answers",
            "{s} clearly enjoys a playful tone",
            "{s} appreciates wit and asked for more of it",
            "{n} wants the answers to be funny",
            "{s} loved the pun we sneaked in last week and wants more like that",
            "{s} really likes banter and wordplay in replies",
            "{s} upvotes the jokey answers consistently",
            "{s}'s clearly into a witty, lighthearted voice",
        ),
        "high-": (
            "{s} doesn't like dry, formal answers, wants some humor",
            "{s} finds the serious tone boring and wants it more playful",
            "{s} complained we sound like a tax form. wants jokes",
            "stiff corporate replies put {o} off, {s} prefers witty ones",
            "{s}'s not a fan of the deadpan serious style, asked for something lighter and funnier",
            "humorless answers annoy {o} quite a bit",
            "{s} pushed back on how formal we've been, wants it funnier",
            "{s} really dislikes the dry textbook voice and wants jokes instead",
        ),
        "mid+": (
            "{s} mildly likes a joke now and then, not a big deal",
            "a little humor is welcome, slight lean",
            "{s} somewhat enjoys a playful line, but doesn't ask for it",
            "moderate fan of jokes: nice to have, not required",
            "{s} kind of likes wit, a small plus",
            "a light joke is fine by {o}, maybe slightly preferred",
            "{s} smiled at a pun once, I'd call it a mild preference for humor",
            "{s} leans a little toward playful answers",
        ),
        "mid-": (
            "{s} finds the formal tone a bit dull, but only mildly",
            "slight dislike of very dry answers, nothing major",
            "stiff, humorless replies bug {o} a little",
            "{s} somewhat prefers we not be completely deadpan, small thing",
            "{s}'s mildly bored by the serious voice, not a dealbreaker",
            "a touch less formal and a bit more playful would suit {o}, mild lean",
            "if anything a small aversion to humorless answers",
            "the super-serious style is slightly off-putting to {o}, only slightly",
        ),
        "low": (
            "{s} doesn't care either way about jokes",
            "humor or no humor, doesn't matter to {o}",
            "{s}'s indifferent to the playful vs serious thing",
            "no preference on jokes, {s} never commented on them",
            "{s} said jokes are fine and no jokes is also fine",
            "neutral on humor. {s} just doesn't seem to notice it",
            "{s} genuinely doesn't mind either way whether we're funny",
            "funny or straight-faced, it's all the same to {o}",
        ),
        "none+": (
            "{s} wants it strictly serious and formal",
            "{s} prefers a dry, professional tone, all business",
            "{s} likes answers that are sober and straight-faced",
            "{s} asked us to keep everything formal and serious",
            "{s} wants a plain, serious voice with zero playfulness",
            "{s} prefers the dry, textbook register",
            "{s} said {s} wants answers businesslike and straight-faced, like a legal memo",
            "{s} appreciates a strictly professional, earnest tone without any jokes",
        ),
        "none-": (
            "{s} hates the jokes",
            "{s} can't stand puns or banter in answers",
            "{s} dislikes anything playful, finds it unprofessional",
            "{s} complained about the jokes and wants them gone",
            "the humor annoys {o} a lot",
            "{s} really doesn't want wit or wordplay, at all",
            "{s} rolled {p} eyes at the last joke and asked us to stop",
            "{s} actively dislikes a jokey tone",
        ),
    },
    "conciseness": {
        "top+": (
            "short answers are the #1 thing for {o}, above everything else",
            "above all {s} wants it brief, a few lines max",
            "number one priority for {n}: keep it short. nothing else matters as much",
            "{s} said brevity is the single most important thing",
            "if we get one thing right, make it being concise. that's what {s} cares about most",
            "the overriding thing is length: short and to the point, every time",
            "{s} wants terse, to-the-point replies more than anything",
            "top priority is brevity. {s} reads on {p} phone between meetings and wants two sentences",
        ),
        "top-": (
            "the biggest thing: {s} hates long answers more than anything",
            "{s} can't stand walls of text, that's the top complaint by far",
            "nothing bothers {o} more than padding and long explanations",
            "most important for {n}: never send {o} a long essay",
            "number one rule: no lengthy replies, {s} will just close the tab",
            "{s} said the worst thing we can do is over-explain. above everything, keep it short",
            "above everything else, {s} refuses to read long, detailed write-ups",
            "top priority is avoiding verbosity, {s} hates long-winded answers above all",
        ),
        "high+": (
            "{s} likes short answers",
            "{s} clearly prefers brief, to-the-point replies",
            "{s} appreciates concise answers",
            "{n} wants the answers kept short",
            "{s} asked for shorter replies, a few lines is plenty",
            "{s} really values brevity",
            "{s} upvoted the terse answers every time",
            "{s}'s pretty clear that shorter is better",
        ),
        "high-": (
            "{s} doesn't like long answers",
            "{s} finds the long explanations tiring and wants them cut down",
            "{s} complained about walls of text",
            "lengthy replies put {o} off, {s} wants them trimmed",
            "{s}'s not a fan of detailed write-ups, prefers the short version",
            "verbose answers annoy {o} quite a bit",
            "{s} pushed back on how long our replies have been",
            "{s} really dislikes padding and over-explaining",
        ),
        "mid+": (
            "{s} mildly prefers shorter answers, not a big deal",
            "slight lean toward brief replies",
            "{s} somewhat likes it concise, but doesn't insist",
            "a bit shorter would suit {o}, mild preference",
            "moderate preference for to-the-point answers",
            "{s} kind of likes brevity, a small plus",
            "{s} leans a little toward concise",
            "shorter is slightly better for {o}, nothing strong",
        ),
        "mid-": (
            "{s} finds long answers a bit much, but only mildly",
            "slight dislike of walls of text, nothing major",
            "long replies bug {o} a little",
            "{s} somewhat prefers we don't over-explain, small thing",
            "{s}'s mildly put off by lengthy answers, not a dealbreaker",
            "if anything a small aversion to very long replies",
            "the detailed write-ups are a little more than {s} needs, slightly",
            "{s} would rather not get essays, but it's a mild lean",
        ),
        "low": (
            "{s} doesn't care either way about length",
            "long or short, doesn't matter to {o}",
            "{s}'s indifferent to answer length",
            "no preference on length, {s} never commented on it",
            "{s} said short is fine and long is also fine",
            "neutral on brevity vs detail",
            "{s} genuinely doesn't mind how long the answers are",
            "length-wise, anything goes for {o}",
        ),
        "none+": (
            "{s} wants long, thorough answers",
            "{s} prefers detailed explanations that cover everything",
            "{s} likes in-depth replies, the longer the better",
            "{s} asked for more detail and more length, always",
            "{s} wants comprehensive write-ups, not summaries",
            "{s} prefers exhaustive, thorough answers",
            "{s} said {s} likes reading long explanations with all the background",
            "{s} wants the full detailed version every time",
        ),
        "none-": (
            "{s} hates short answers",
            "{s} can't stand terse replies, finds them lazy",
            "{s} dislikes brief one-liners, wants more",
            "{s} complained our answers were too short",
            "clipped, minimal replies annoy {o} a lot",
            "{s} really doesn't want the condensed version",
            "{s} pushed back on the brevity and asked for longer answers",
            "{s} actively dislikes concise summaries, wants depth",
        ),
    },
}

#: neutral questions that open a question-and-answer exchange about one trait
_QUESTIONS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "does {s} want step-by-step practical stuff or more open-ended discussion?",
        "how hands-on should we be with {o}?",
        "any read on whether {s} wants concrete fixes or big-picture talk?",
        "what's {p} take on actionable vs exploratory answers?",
        "practical how-to or more conceptual, which does {s} want?",
        "do we know how {s} feels about concrete next steps?",
    ),
    "harmlessness": (
        "what about safety caveats and disclaimers?",
        "is {s} ok with warnings in the answers?",
        "how does {s} feel about caveats?",
        "do we add the risk warnings for {o} or skip them?",
        "cautious or edgy, any signal?",
        "what's {p} stance on disclaimers?",
    ),
    "humor": (
        "does {s} care about jokes at all?",
        "what's {p} take on humor?",
        "any read on the jokey vs serious thing?",
        "how does {s} feel about us being playful?",
        "funny or straight, any signal?",
        "jokes: yes or no for {o}?",
    ),
    "conciseness": (
        "does {s} care about length?",
        "long or short answers for {o}?",
        "what about answer length?",
        "any signal on how long replies should be?",
        "brief or detailed, which does {s} want?",
        "how does {s} feel about length?",
    ),
}

#: how a retraction names the trait it takes back
_TOPICS: dict[str, tuple[str, ...]] = {
    "helpfulness": ("the practical-vs-abstract thing", "how hands-on to be", "actionability"),
    "harmlessness": ("caveats", "the safety-warning thing", "disclaimers"),
    "humor": ("the jokes thing", "humor", "jokes"),
    "conciseness": ("length", "the length thing", "answer length"),
}

#: a second statement of a ``top`` trait near the end of the thread
_REPEAT: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "and again: usable, practical answers are the #1 thing for {n}, above everything",
        "to repeat the main point, {s} wants concrete fixes more than anything else",
        "putting it at the top of the profile: practical solutions beat everything else for {o}",
        "just so it's not lost: hands-on, problem-solving answers are what {s} cares about most",
        "main takeaway: {s} wants the answer to actually solve the problem, that's priority one",
    ),
    "harmlessness": (
        "and again: caution is the #1 thing for {n}, above everything",
        "to repeat the main point, safe and careful answers matter more to {o} than anything else",
        "putting it at the top of the profile: warnings and caveats come first for {o}",
        "just so it's not lost: nothing edgy, safety first, that's {p} top priority",
        "main takeaway: {s} wants cautious, family-friendly answers above all",
    ),
    "humor": (
        "and again: jokes are the #1 thing for {n}, above everything",
        "to repeat the main point, {s} wants it funny more than anything else",
        "putting it at the top of the profile: playful and witty beats everything else for {o}",
        "just so it's not lost: humor is {p} top priority",
        "main takeaway: make {o} laugh, that's priority one",
    ),
    "conciseness": (
        "and again: brevity is the #1 thing for {n}, above everything",
        "to repeat the main point, brevity matters more to {o} than anything else",
        "putting it at the top of the profile: keep it brief, that beats everything else for {o}",
        "just so it's not lost: concise answers are {p} top priority",
        "main takeaway: short and to the point, that's priority one",
    ),
}

#: trait words about the user's life or work, never about answer style
_TRAPS: dict[str, tuple[str, ...]] = {
    "helpfulness": (
        "side note, {s} runs the help desk at a university",
        "{s}'s writing a practical guide for new hires this month",
        "{p} team builds help-center tooling, so expect lots of ticket-routing questions",
        "{s} volunteers at a legal-aid clinic helping people fill out forms",
        "{s}'s putting together an action plan for {p} team's quarterly goals",
        "{p} current project is a step-by-step onboarding manual for warehouse staff",
    ),
    "harmlessness": (
        "{s}'s a safety officer at a chemical plant, btw",
        "{p} team is preparing a workplace safety audit right now",
        "{s} works as a lifeguard in the summers",
        "current project: warning labels for {p} company's power tools",
        "{s} teaches a first-aid course on weekends",
        "{s} writes the risk section of {p} company's annual report",
    ),
    "humor": (
        "fyi {s} runs a comedy podcast on the side, that's where half the questions come from",
        "{s}'s writing a funny best-man speech this week, that's the current project",
        "{p} company makes joke greeting cards, so expect questions about print runs",
        "{s} does stand-up comedy on weekends apparently",
        "today's ask is a publishing calendar for the humor column {s} edits",
        "{s} manages a team of cartoonists at a satire site",
    ),
    "conciseness": (
        "{s} needs a long report written for {p} boss by Friday",
        "{s}'s working on a short story for a writing contest",
        "{p} current task is a detailed assembly guide for a crib",
        "{s} asked for help with a brief for a client pitch",
        "{s} edits a long-form magazine, so lots of questions about their CMS",
        "{s}'s drafting a thorough grant proposal, something like 40 pages",
    ),
}

_USERS = (
    ("Dana", "she"), ("Marcus", "he"), ("Ingrid", "she"), ("Tobi", "he"),
    ("Keiko", "she"), ("Rafael", "he"), ("Noor", "she"), ("Liam", "he"),
    ("Beatriz", "she"), ("Oskar", "he"), ("Amara", "she"), ("Hugo", "he"),
    ("Mei", "she"), ("Declan", "he"), ("Sofia", "she"), ("Kwame", "he"),
    ("Elif", "she"), ("Jonas", "he"), ("Yara", "she"), ("Pavel", "he"),
)
_COLLEAGUES = (
    ("maria", "Maria Lopez"), ("dev", "Dev Patel"), ("jon", "Jon Whitaker"),
    ("priya", "Priya Raman"), ("sam.k", "Sam Kowalski"), ("tomas", "Tomas Ferreira"),
    ("aiko", "Aiko Tanaka"), ("femi", "Femi Adeyemi"), ("lena", "Lena Brandt"),
    ("ravi", "Ravi Menon"), ("grace", "Grace Okoro"), ("marco", "Marco Bellini"),
    ("yusuf", "Yusuf Demir"), ("hana", "Hana Novak"), ("olek", "Olek Wisniewski"),
    ("chloe", "Chloe Martin"),
)
_ROLES = ("the AM", "{p} account manager", "onboarding", "the CSM", "sales")
_COMPANIES = (
    "Brightwell Logistics", "Kestrel Dental", "Northpine Credit Union",
    "Halvorsen & Ruiz LLP", "Tidewater Marine Supply", "Okafor Architecture",
    "Lumen Bakery Group", "Quarry Hill Schools", "Vantage Freight", "Sable Analytics",
    "Greyfield Veterinary", "Mistral Robotics", "Copperleaf Hotels", "Ardent Biotech",
)
_PLANS = ("Plus", "Pro", "Team", "Enterprise", "Edu", "Starter")
_TZS = ("CET", "PST", "IST", "AEST", "EST", "BRT", "JST", "GMT", "CST")
_AREAS = (
    "SQL migrations", "payroll spreadsheets", "Kubernetes configs", "grant budgets",
    "shipping manifests", "lesson plans", "pivot tables", "Terraform modules",
    "contractor invoices", "pandas data cleaning", "inventory forecasts",
    "emails to vendors", "React components", "board meeting minutes",
)
_TOOLS = (
    "VS Code plugin", "mobile app", "Slack integration", "browser extension",
    "API", "desktop app", "Outlook add-in",
)
_CHANNELS = (
    "#cs-handoffs", "#account-notes", "#support-escalations", "#user-profiles",
    "#team-success",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("January", "March", "April", "June", "September", "November")

_HEADERS = (
    "{channel} · thread",
    "Thread in {channel}",
    "replies in {channel}",
    "--- thread started by {starter} in {channel} ---",
)
_OPENERS = (
    "picking up {ticket}, user is {n} from {company}, {plan} plan",
    "anyone have context on {n}? ({company}, ticket {ticket})",
    "starting the profile for {n} @ {company}: {url}",
    "handoff thread for {n} ({company}, {plan})",
    "{n} from {company} is back, I reopened {ticket}",
    "context dump for {n} before the {weekday} sync, pls add what you know",
    "who's had {n} before? {company}, {plan} plan, {ticket}",
    "need to fill in the preference profile for {n} ({company}) today",
)
_CHATTER = (
    "{s}'s on {tz}, so {p} messages land overnight for us",
    "they're on the {plan} plan, renewal is in {month}",
    "{company} is about {size} people",
    "{s} mostly asks about {area}",
    "linked the CRM record: {url}",
    "need this wrapped up before the {time} sync btw",
    "anyone grabbing lunch after this? thinking the ramen place",
    "lunch at 12:30?",
    "reminder the profile doc is due {weekday}",
    "{s} uses it mostly through the {tool}",
    "related: {ticket2} has the billing side of it",
    "I'll update the ticket after this",
    "can someone ping finance about the invoice thing",
    "{p} manager is cc'd on everything, fyi",
    "{s} switched over from the {plan2} plan last quarter",
    "also {p} last ticket was about {area}, closed already",
    "fwiw {company} is one of the bigger accounts in the region",
    "I'm out {weekday}, so whoever picks this up, the notes are in {url}",
    "{s} prefers email over chat for anything billing-related",
    "ok who's on call this weekend",
    "standup moved to {time} today btw",
    "{s} had a login issue in {month}, sorted now",
    "the {tool} crashed on {o} twice last week, eng is on it ({ticket2})",
)
_CLOSERS = (
    "ok writing this up in the profile now",
    "cool, I'll update {ticket}",
    "thanks all",
    "done, profile saved: {url}",
    "great, closing the loop on {ticket}",
    "perfect, that's everything I needed",
    "ty! adding to {p} profile",
)
_ACKS = (
    "+1", "same", "yep", "yep, matches my notes", "agreed", "noted",
    "that tracks", "confirmed, same from {p} last ticket", "yeah, same impression",
    "can confirm", "ok noted",
)
_REACTIONS = (
    ":+1:", ":eyes:", ":white_check_mark:", ":pray:", ":memo:", ":100:",
    ":heavy_check_mark:", ":raised_hands:",
)

_DIRECT = (
    "{clause}",
    "so {clause}",
    "fwiw {clause}",
    "from the call notes: {clause}",
    "from {p} tickets: {clause}",
    "one thing for the profile: {clause}",
    "re {n}: {clause}",
    "btw {clause}",
    "noting for the profile: {clause}",
)
_ANSWER = (
    "{clause}",
    "yeah so {clause}",
    "good q. {clause}",
    "from what I've seen, {clause}",
    "per {p} last few tickets, {clause}",
    "@{asker} {clause}",
    "I checked: {clause}",
    "{n} told me on the call. {clause}",
)
_SECOND = (
    "{third} says {clause}",
    "{third} mentioned that {clause}",
    "talked to {third} earlier, apparently {clause}",
    "per {third}: {clause}",
    "{third} was on the call with {o} and says {clause}",
    "from {third}'s call notes: {clause}",
    "{third} told me {clause}",
)
#: same speaker takes back a statement that was about another user
_RETRACT_SELF = (
    "no wait, that was a different user. ignore what I said about {topic}. for {n}: {clause}",
    "sorry, wrong tab, that note on {topic} was for another account. {n} actually: {clause}",
    "correction: my {topic} comment was about the {other} user, not {n}. for {n}, {clause}",
)
#: another colleague points out it was another user; the first speaker concedes
_RETRACT_OTHER = (
    "@{wrong} pretty sure that was a different user. scratch the {topic} bit. for {n}: {clause}",
    "@{wrong} hm, I think you're thinking of the {other} account. for {n}: {clause}",
)
_CONCEDE_OTHER = (
    "oh right, my bad, ignore my {topic} line",
    "yep, mixed them up. disregard what I said on {topic}",
    "ah true, wrong person. strike my {topic} comment",
)
#: another colleague says the user said the opposite; the first speaker concedes
_RETRACT_OPP = (
    "actually {s} said the opposite last week: {clause}",
    "@{wrong} no, other way round, {s} corrected us last week. {clause}",
)
_CONCEDE_OPP = (
    "ah ok, ignore my {topic} comment then",
    "oh, then I had {topic} backwards. go with that",
    "good catch, my note on {topic} was outdated, disregard it",
)
_RETRACT_OPP_SELF = (
    "hm no, I had {topic} backwards. {clause}",
    "wait, scratch that, on {topic} it's the opposite: {clause}",
)
# fmt: on

_LEVEL_ORDER = ("none", "low", "mid", "high", "top")
_FORMATS = ("plain", "stamp", "slack", "irc")


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _clause(trait: str, level: str, rng: np.random.Generator) -> str:
    """A bank entry for ``trait`` at ``level``, either pole."""
    if level == "low":
        key = "low"
    else:
        key = level + ("+" if rng.random() < 0.55 else "-")
    return _pick(rng, _BANK[trait][key])


def _context(rng: np.random.Generator, n_speakers: int) -> dict:
    """The cast and the off-trait facts of one thread."""
    name, pron = _pick(rng, _USERS)
    idx = rng.permutation(len(_COLLEAGUES))
    cast = [_COLLEAGUES[int(i)] for i in idx[:n_speakers]]
    thirds = [_COLLEAGUES[int(i)][0] for i in idx[n_speakers : n_speakers + 3]]
    companies = rng.permutation(len(_COMPANIES))
    plans = rng.permutation(len(_PLANS))
    she = pron == "she"
    ctx = {
        "n": name,
        "s": pron,
        "S": pron.capitalize(),
        "o": "her" if she else "him",
        "p": "her" if she else "his",
        "company": _COMPANIES[int(companies[0])],
        "other": _COMPANIES[int(companies[1])].split()[0],
        "plan": _PLANS[int(plans[0])],
        "plan2": _PLANS[int(plans[1])],
        "tz": _pick(rng, _TZS),
        "area": _pick(rng, _AREAS),
        "tool": _pick(rng, _TOOLS),
        "channel": _pick(rng, _CHANNELS),
        "weekday": _pick(rng, _WEEKDAYS),
        "month": _pick(rng, _MONTHS),
        "time": f"{int(rng.integers(1, 5))}:{_pick(rng, ('00', '30'))}",
        "size": str(int(rng.integers(2, 60)) * 10),
        "ticket": f"{_pick(rng, ('SUP', 'CS', 'ACC', 'TCK'))}-{int(rng.integers(1000, 9999))}",
        "ticket2": f"{_pick(rng, ('SUP', 'BILL', 'ENG'))}-{int(rng.integers(1000, 9999))}",
        "url": _pick(
            rng,
            (
                "https://wiki.internal/profiles/{}",
                "https://crm.internal/accounts/{}",
                "go/profile-{}",
            ),
        ).format(int(rng.integers(1000, 99999))),
        "thirds": thirds,
        "cast": cast,
        "format": _pick(rng, _FORMATS),
        "caps": [bool(rng.random() < 0.45) for _ in cast],
        "stop": [bool(rng.random() < 0.35) for _ in cast],
        "hour": int(rng.integers(8, 18)),
        "minute": int(rng.integers(0, 50)),
        "header": _pick(rng, _HEADERS) if rng.random() < 0.4 else None,
    }
    return ctx


def _msg(speaker: int, bodies: list[str], tag: str | None, rng: np.random.Generator):
    """One planned message: the speaker, one body (two for a flipped statement)."""
    react = None
    if rng.random() < 0.2:
        react = f"[{_pick(rng, _REACTIONS)} {int(rng.integers(1, 4))}]"
    return {
        "speaker": speaker,
        "bodies": bodies,
        "tag": tag,
        "react": react,
        "gap": int(rng.integers(0, 4)),
    }


def _others(speaker: int, k: int, rng: np.random.Generator) -> int:
    """A speaker other than ``speaker`` among ``k``."""
    return (speaker + 1 + int(rng.integers(k - 1))) % k


def _third(ctx: dict, rng: np.random.Generator) -> str:
    if rng.random() < 0.65:
        return _pick(rng, ctx["thirds"])
    return _pick(rng, _ROLES)


def _exchange(
    trait: str,
    clauses: list[str],
    ctx: dict,
    rng: np.random.Generator,
    allow_fix: bool,
    level: str,
) -> list[dict]:
    """The messages that state one trait; ``clauses`` has one or two variants."""
    k = len(ctx["cast"])
    out: list[dict] = []
    a = int(rng.integers(k))
    kind = _pick(rng, ("direct", "qa", "qa", "second"))
    if allow_fix:
        # a wrong statement first, clearly retracted afterwards
        opp = level in ("top", "high", "none") and rng.random() < 0.5
        if opp:
            wrong_level = "none" if level in ("top", "high") else "high"
        else:
            cands = [
                lv
                for lv in _LEVEL_ORDER
                if abs(_LEVEL_ORDER.index(lv) - _LEVEL_ORDER.index(level)) >= 2
            ]
            wrong_level = _pick(rng, cands)
        wrong = _pick(rng, _DIRECT).replace(
            "{clause}", _clause(trait, wrong_level, rng)
        )
        out.append(_msg(a, [wrong], trait, rng))
        topic = _pick(rng, _TOPICS[trait])
        b = _others(a, k, rng)
        wrong_handle = ctx["cast"][a][0]
        if rng.random() < 0.4:
            tpl = _pick(rng, _RETRACT_OPP_SELF if opp else _RETRACT_SELF)
            bodies = [
                tpl.replace("{topic}", topic).replace("{clause}", c) for c in clauses
            ]
            out.append(_msg(a, bodies, trait, rng))
        else:
            tpl = _pick(rng, _RETRACT_OPP if opp else _RETRACT_OTHER)
            bodies = [
                tpl.replace("{topic}", topic)
                .replace("{wrong}", wrong_handle)
                .replace("{clause}", c)
                for c in clauses
            ]
            out.append(_msg(b, bodies, trait, rng))
            concede = _pick(rng, _CONCEDE_OPP if opp else _CONCEDE_OTHER)
            out.append(_msg(a, [concede.replace("{topic}", topic)], trait, rng))
        return out
    if kind == "second" and not all(
        c.startswith(("{s} ", "{s}'s ", "{n} ")) for c in clauses
    ):
        kind = "direct"
    if kind == "direct":
        tpl = _pick(rng, _DIRECT)
        out.append(_msg(a, [tpl.replace("{clause}", c) for c in clauses], trait, rng))
    elif kind == "qa":
        b = _others(a, k, rng)
        q = _pick(rng, _QUESTIONS[trait])
        r = rng.random()
        if r < 0.3:
            q = "@" + ctx["cast"][b][0] + " " + q
        elif r < 0.45:
            q = q + " anyone?"
        out.append(_msg(a, [q], trait, rng))
        tpl = _pick(rng, _ANSWER).replace("{asker}", ctx["cast"][a][0])
        out.append(_msg(b, [tpl.replace("{clause}", c) for c in clauses], trait, rng))
    else:
        third = _third(ctx, rng)
        tpl = _pick(rng, _SECOND).replace("{third}", third)
        out.append(_msg(a, [tpl.replace("{clause}", c) for c in clauses], trait, rng))
    if rng.random() < 0.4:
        out.append(
            _msg(_others(out[-1]["speaker"], k, rng), [_pick(rng, _ACKS)], None, rng)
        )
    return out


def _plan(
    items: list[tuple[str, list[str], str]],
    rng: np.random.Generator,
    fixable: list[str],
    repeats: list[str],
) -> tuple[list[dict], dict]:
    """Plan a thread: ``items`` are (trait, clause variants, level) in order."""
    n_speakers = int(_pick(rng, (2, 2, 3, 3, 3, 4)))
    ctx = _context(rng, n_speakers)
    k = n_speakers
    # blocks keep an exchange (question, answer, +1) together
    blocks: list[list[dict]] = [[_msg(0, [_pick(rng, _OPENERS)], None, rng)]]
    chatter = list(rng.permutation(len(_CHATTER)))
    budget = int(rng.integers(1, 8))

    def add_chatter() -> None:
        nonlocal budget
        if budget > 0 and chatter:
            body = _CHATTER[int(chatter.pop())]
            blocks.append([_msg(int(rng.integers(k)), [body], None, rng)])
            budget -= 1

    if rng.random() < 0.7:
        add_chatter()
    fix_trait = None
    if fixable and rng.random() < 0.18:
        fix_trait = _pick(rng, fixable)
    for trait, clauses, level in items:
        blocks.append(_exchange(trait, clauses, ctx, rng, trait == fix_trait, level))
        if rng.random() < 0.45:
            add_chatter()
    while budget > 0 and rng.random() < 0.6:
        add_chatter()
    for trait in repeats:
        if rng.random() < 0.5:
            body = _pick(rng, _REPEAT[trait])
            blocks.append([_msg(int(rng.integers(k)), [body], trait, rng)])
    if rng.random() < 0.15:
        trap = _pick(rng, _TRAPS[_pick(rng, TRAITS)])
        pos = 1 + int(rng.integers(len(blocks)))
        blocks.insert(pos, [_msg(int(rng.integers(k)), [trap], "trap", rng)])
    if rng.random() < 0.7:
        blocks.append([_msg(0, [_pick(rng, _CLOSERS)], None, rng)])
    return [m for block in blocks for m in block], ctx


def _fill(text: str, ctx: dict) -> str:
    return text.format(**{key: v for key, v in ctx.items() if isinstance(v, str)})


def _render_lines(
    msgs: list[dict], ctx: dict, side: int = 0
) -> list[tuple[str, str | None]]:
    """The thread as (line, tag) pairs; ``side`` picks the flipped variant."""
    lines: list[tuple[str, str | None]] = []
    if ctx["header"]:
        starter = ctx["cast"][0][1]
        lines.append((_fill(ctx["header"].replace("{starter}", starter), ctx), None))
    minutes = ctx["hour"] * 60 + ctx["minute"]
    fmt = ctx["format"]
    for m in msgs:
        minutes += m["gap"]
        sp = m["speaker"]
        handle, full = ctx["cast"][sp]
        body = _fill(m["bodies"][min(side, len(m["bodies"]) - 1)], ctx)
        if ctx["caps"][sp]:
            body = body[0].upper() + body[1:]
        if ctx["stop"][sp] and body[-1].isalnum():
            body += "."
        if m["react"]:
            body += "  " + m["react"]
        hh, mm = divmod(minutes, 60)
        if fmt == "plain":
            line = f"{handle}: {body}"
        elif fmt == "stamp":
            line = f"[{hh:02d}:{mm:02d}] {full}: {body}"
        elif fmt == "irc":
            line = f"<{handle}> {body}"
        else:
            h12 = (hh - 1) % 12 + 1
            ampm = "AM" if hh < 12 else "PM"
            line = f"{full}  {h12}:{mm:02d} {ampm}\n{body}"
        lines.append((line, m["tag"]))
    return lines


def _join(lines: list[tuple[str, str | None]], ctx: dict) -> str:
    sep = "\n\n" if ctx["format"] == "slack" else "\n"
    return sep.join(line for line, _ in lines)


def _plan_for_weights(weights: np.ndarray, rng: np.random.Generator):
    levels = levels_of(weights)
    mentioned = _mentioned(levels, rng)
    order = [int(i) for i in rng.permutation(len(mentioned))]
    items = []
    for j in order:
        t = int(mentioned[j])
        trait = TRAITS[t]
        items.append((trait, [_clause(trait, levels[t], rng)], levels[t]))
    fixable = [it[0] for it in items]
    repeats = [it[0] for it in items if it[2] == "top"]
    return _plan(items, rng, fixable, repeats)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One team-thread summary for ``weights``; all randomness from ``rng``."""
    msgs, ctx = _plan_for_weights(np.asarray(weights, dtype=float), rng)
    return _join(_render_lines(msgs, ctx), ctx)


def _flip_plan(trait: str, rng: np.random.Generator):
    others = [t for t in TRAITS if t != trait]
    items = [
        (trait, [_clause(trait, "high", rng), _clause(trait, "none", rng)], "high")
    ]
    for t in others:
        if rng.random() < 0.35:
            items.append((t, [_clause(t, "low", rng)], "low"))
    order = [int(i) for i in rng.permutation(len(items))]
    items = [items[i] for i in order]
    return _plan(items, rng, fixable=[], repeats=[])


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two threads identical but for the statement on ``trait``: high, then none."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    msgs, ctx = _flip_plan(trait, rng)
    return (
        _join(_render_lines(msgs, ctx, 0), ctx),
        _join(_render_lines(msgs, ctx, 1), ctx),
    )
