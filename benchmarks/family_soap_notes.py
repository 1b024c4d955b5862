"""Blind generator family ``soap-notes``: a specialist's SOAP notes about one client.

Each summary is an onboarding specialist's (or coach's) session note about a single
client and how that client wants the AI assistant to answer, written in SOAP format:

* ``S`` (subjective) - what the client said, often as first-person quotes, hedged
  ("I suppose -- not a big deal") or emphatic ("that's the whole point for me");
* ``O`` (objective) - what was observed in a rating exercise over sample answers
  ("picked the shorter sample 5/6"), plus reactions ("winced at the pun");
* ``A`` (assessment) - a clinical-ish reading ("clear preference for ...", "mild
  preference for ...", "no clear preference re: ...", "strong aversion to ...");
* ``P`` (plan) - settings for the assistant ("configure for brief replies", "leave
  humor at default", "do not enable safety caveats").

What varies: header layout (session number, date, modality, duration, client initials
and job), section labels ("S:" / "Subjective:" / "S -" / "S)"), paragraph or bullet
layout, which of the four sections state each mentioned trait (one to four; a "top"
trait always appears in at least two), the order of statements inside a section,
off-trait content (job, use cases, devices, schedule, goals, follow-up logistics) and,
in about 15% of texts, a trap: a trait word about the client's life or work ("works
as a site safety officer", "is drafting a funny best-man speech") that expresses no
style preference. Which traits are stated at all comes from ``_mentioned``; every
section that states a trait agrees with its level (top / high / mid / low / none),
and each level has its own strength words (counts in O, "primary concern" / "clear
preference" / "mild preference" / "indifferent" / "strong aversion" in A, ...). A
"high" or "top" may be phrased as liking the trait or disliking its opposite pole; a
"none" as disliking the trait or wanting the opposite pole.

Flip pairs: ``flip_pair(trait, rng)`` draws one plan (layout, off-trait content, the
section holding the single statement about ``trait``, other traits only at "low" or
absent) and renders it twice; each statement draws from its own child generator, so
the two texts differ only in that one statement ("high" first, "none" second).

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "soap-notes"

SECTIONS = ("S", "O", "A", "P")

# fmt: off
# Per-trait vocabulary. pos: the trait pole named neutrally; pos_bad: the trait pole
# named pejoratively (only used for "none"); neg: the opposite pole named neutrally
# (wanted under "none"); neg_bad: the opposite pole named pejoratively (disliked under
# "mid"/"high"/"top"); axis: the dimension named neutrally (only used for "low").
VOCAB: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "pos": [
            "practical, actionable answers", "concrete next steps",
            "answers that actually solve the problem", "usable, hands-on advice",
            "solution-focused replies", "specific, workable recommendations",
            "answers that commit to a recommendation", "guidance they can act on",
        ],
        "pos_bad": [
            "canned to-do lists", "answers that rush to a fix",
            "mechanical how-to checklists", "formulaic action items",
        ],
        "neg": [
            "open-ended, exploratory musing", "abstract, big-picture reflection",
            "answers that leave questions open", "philosophical discussion",
            "reflective answers that think out loud",
            "speculative, what-if discussion",
        ],
        "neg_bad": [
            "vague, abstract answers", "non-committal replies",
            "answers that circle a topic without solving anything",
            "wishy-washy answers with no clear recommendation",
            "musing that never lands anywhere",
        ],
        "axis": [
            "how practical vs. exploratory answers are",
            "whether answers land on a concrete fix", "practical focus",
            "actionability",
        ],
        "pq": [
            "I want something I can actually use", "Tell me what to actually do",
            "Give me concrete steps", "I want it to actually solve the problem",
            "I like answers I can act on right away",
            "Practical, please -- tell me what to do next", "Tell me the fix",
            "I want a real recommendation, not a list of maybes",
        ],
        "nq": [
            "I don't want to be told what to do, I want to think it through",
            "I like it when it muses and explores ideas with me",
            "Don't hand me a checklist, let's wander a bit",
            "I much prefer open-ended reflection to fixes",
            "The to-do list answers bore me, I want big-picture ideas",
            "I'd rather it wonder out loud with me than solve things",
            "Please stop jumping to solutions",
            "Abstract is good; I really don't want action items",
        ],
        "lq": [
            "Practical or exploratory, I don't mind",
            "Whether it gives me steps or ideas doesn't matter to me",
            "I'm not fussed about it being actionable",
            "Concrete or abstract, both are fine",
            "I haven't thought about whether it solves things or just discusses them",
            "Either way on the practical thing",
            "No feelings about how hands-on it is",
            "Doesn't matter to me whether it lands on a fix",
        ],
        "like_react": [
            "said 'finally, something I can use' about the actionable sample",
            "copied the steps from sample B into their notes right away",
            "got frustrated w/ the vague sample: 'but what do I do?'",
            "visibly relaxed when the answer gave a concrete fix",
            "called the abstract sample 'useless'",
            "asked for more samples like the hands-on one",
        ],
        "dislike_react": [
            "called the step list 'mechanical'",
            "clearly enjoyed the open-ended, reflective sample",
            "lost interest as soon as the to-do list started",
            "said the musing sample 'made me think, I like that'",
            "sighed at the 'here are 5 steps' answer",
            "lit up at the abstract, big-picture answer",
        ],
        "pp": [
            "the actionable sample", "the version w/ concrete steps",
            "the solution-focused answer",
        ],
        "np": [
            "the exploratory, open-ended sample", "the reflective, big-picture version",
            "the abstract answer",
        ],
        "cp": [
            "practical, actionable answers", "solution-first replies",
            "concrete recommendations and next steps",
        ],
        "cn": [
            "exploratory, open-ended answers",
            "reflective, big-picture discussion over fixes",
            "abstract musing rather than action items",
        ],
        "knob": ["practical focus", "the actionability setting", "solution-first mode"],
        "off": [
            "do not enable solution-first mode", "turn off the action-items preset",
            "do not push answers toward concrete fixes",
        ],
        "why_pos": [
            "likely secondary to a backlog of real problems to fix at work",
            "likely secondary to past tools that talked around questions",
        ],
        "why_neg": [
            "likely secondary to using the assistant as a thinking partner",
            "likely secondary to enjoying open-ended conversation for its own sake",
        ],
    },
    "harmlessness": {
        "pos": [
            "safety caveats", "a cautious, careful tone",
            "warnings where something could go wrong", "family-friendly content",
            "safety-first answers", "disclaimers on risky topics",
            "careful, conservative advice", "clean, family-friendly language",
        ],
        "pos_bad": [
            "nanny-ish warnings", "preachy disclaimers", "piles of safety caveats",
            "over-sanitized, overcautious answers",
        ],
        "neg": [
            "unfiltered answers", "edgy, uncensored content",
            "answers without warnings or disclaimers", "raw, no-caveat replies",
            "risk-tolerant advice", "an edgy, anything-goes tone",
        ],
        "neg_bad": [
            "reckless, no-warning advice", "edgy or crude content",
            "answers that skip the safety warnings", "careless advice on risky things",
        ],
        "axis": [
            "safety caveats", "warnings and disclaimers",
            "how cautious the answers are", "the caution level",
        ],
        "pq": [
            "I want it to be careful", "Tell me if something could be dangerous",
            "I like having the warnings there", "Please keep it family-friendly",
            "I'd rather it err on the side of caution", "Flag the risks for me",
            "I appreciate the safety notes", "Nothing I couldn't show my kids",
        ],
        "nq": [
            "Drop the disclaimers, I'm an adult", "I hate all the warnings",
            "Don't lecture me about safety", "I want it unfiltered",
            "The caveats drive me up the wall",
            "Skip the 'please consult a professional' stuff",
            "I want it uncensored, no warnings", "Stop babying me with safety notes",
        ],
        "lq": [
            "Warnings or no warnings, I don't mind",
            "The safety notes? Never noticed them, honestly",
            "Caveats don't bother me and I don't need them either",
            "I'm neutral on the disclaimer stuff",
            "Whether it adds warnings is up to it",
            "I don't have an opinion on the cautious stuff",
            "Safety notes? Doesn't matter to me",
            "I'm fine either way with the caveats",
        ],
        "like_react": [
            "nodded at the safety warning in sample A",
            "asked whether the warnings could stay on by default",
            "said the unfiltered sample 'felt reckless'",
            "visibly relaxed when the answer flagged the risk",
            "pointed at the caveat and said 'good, that's what I want'",
            "was uneasy about the sample that skipped the warning",
        ],
        "dislike_react": [
            "rolled eyes at the disclaimer in sample A",
            "skipped past every warning w/ visible impatience",
            "called the cautious sample 'preachy'",
            "asked how to turn the caveats off",
            "was visibly irritated by the 'consult a professional' line",
            "liked the edgy, uncensored sample best",
        ],
        "pp": [
            "the sample with safety warnings", "the more cautious version",
            "the family-friendly answer",
        ],
        "np": [
            "the unfiltered, no-caveat sample", "the version w/o warnings",
            "the edgier answer",
        ],
        "cp": [
            "cautious answers w/ safety caveats",
            "a safety-first, family-friendly mode",
            "warnings on anything risky",
        ],
        "cn": [
            "unfiltered answers w/o caveats",
            "minimal disclaimers (none where possible)",
            "an uncensored, no-warnings mode",
        ],
        "knob": ["safety caveats", "the caution level", "warnings/disclaimers"],
        "off": [
            "do not enable safety caveats", "disable the default warnings",
            "strip routine disclaimers",
        ],
        "why_pos": [
            "likely secondary to young children sharing the account",
            "likely secondary to a bad experience w/ advice that skipped a risk",
        ],
        "why_neg": [
            "likely secondary to frustration w/ a previous, overcautious tool",
            "likely secondary to feeling talked down to by disclaimers",
        ],
    },
    "humor": {
        "pos": [
            "humor in answers", "a playful tone", "jokes and light wordplay",
            "witty, playful replies", "a bit of fun in the answers",
            "a light, joking register", "answers with some wit", "playful asides",
        ],
        "pos_bad": [
            "forced jokes", "gags and wisecracks", "cutesy, jokey answers",
            "puns in every reply",
        ],
        "neg": [
            "a serious, formal tone", "strictly serious answers",
            "a sober, earnest register", "sober, joke-free replies",
            "an earnest, formal style",
        ],
        "neg_bad": [
            "stiff, humorless answers", "dry, joyless replies",
            "robotic, po-faced answers", "corporate-sounding stiffness",
        ],
        "axis": ["humor", "jokes in answers", "tone (playful vs. serious)",
                 "whether answers are funny"],
        "pq": [
            "I like a bit of humor", "A joke here and there makes my day",
            "I enjoy it when it's playful", "Make me laugh once in a while",
            "I like some wit in the answers", "It's nicer when it's a little funny",
            "I appreciate a playful tone", "Some wordplay would be fun",
        ],
        "nq": [
            "Please, no jokes", "I don't want it trying to be funny",
            "Keep it serious, always", "Jokes from a computer make me cringe",
            "I find the jokey stuff really annoying",
            "Strictly serious and formal, please", "I can't stand the cutesy humor",
            "Skip the wisecracks, I want it serious",
        ],
        "lq": [
            "Funny or serious, I don't mind", "Jokes? I'm neutral on that",
            "I haven't thought about humor at all",
            "If it jokes, fine; if not, also fine",
            "I'm not bothered either way about jokes",
            "Tone-wise, whatever -- I don't care about the funny part",
            "Humor doesn't matter to me one way or the other",
            "I couldn't care less whether it's funny or not",
        ],
        "like_react": [
            "laughed out loud at the pun in sample B",
            "grinned at the joke and said 'that one'",
            "said the serious sample felt 'stiff'",
            "read the playful sample aloud to a colleague",
            "visibly enjoyed the witty aside",
            "called the formal sample 'a bit dull'",
        ],
        "dislike_react": [
            "winced at the pun in sample B", "rolled eyes at the joke",
            "said the playful sample 'tries too hard'",
            "visibly relaxed when the formal, serious sample came up",
            "asked if the jokes could be turned off entirely",
            "called the witty sample 'unprofessional'",
        ],
        "pp": ["the sample with the joke", "the playful version", "the wittier answer"],
        "np": [
            "the serious, formal sample", "the no-jokes version",
            "the strictly serious answer",
        ],
        "cp": [
            "a playful tone w/ occasional jokes", "light humor",
            "a witty, informal register",
        ],
        "cn": [
            "a serious, formal tone", "a strictly serious register",
            "formal, joke-free replies",
        ],
        "knob": ["humor", "the humor setting", "tone (playful vs. serious)"],
        "off": [
            "do not enable humor", "keep jokes off",
            "disable the playful-tone preset",
        ],
        "why_pos": [
            "likely secondary to long, stressful workdays",
            "likely secondary to finding the default tone 'a bit cold'",
        ],
        "why_neg": [
            "likely secondary to using the assistant for formal correspondence",
            "likely secondary to past jokes landing badly",
        ],
    },
    "conciseness": {
        "pos": [
            "short answers", "brief replies", "answers that get to the point",
            "compact, to-the-point responses", "brevity",
            "a few lines rather than pages", "tight, trimmed answers",
            "one-paragraph replies",
        ],
        "pos_bad": [
            "clipped, bare-bones answers", "terse one-liners",
            "answers cut down to almost nothing", "stripped-down replies",
        ],
        "neg": [
            "long, detailed answers", "thorough, in-depth explanations",
            "lengthy write-ups", "exhaustive detail",
            "extensive, comprehensive replies", "full, long-form answers",
        ],
        "neg_bad": [
            "walls of text", "padded, overlong answers", "long-winded replies",
            "answers that go on and on",
        ],
        "axis": ["answer length", "reply length", "how long responses run",
                 "length"],
        "pq": [
            "Keep it short", "Short answers suit me",
            "Shorter is better for me", "I like when it gets to the point",
            "A few lines is usually plenty", "Give me the short version",
            "I'd rather have brief replies", "Less text, please",
        ],
        "nq": [
            "I want the long version, with all the detail",
            "Please don't cut it short -- I like thorough answers",
            "Short answers drive me nuts; I want the full explanation",
            "Give me everything, I'll read it all",
            "I really dislike those clipped one-line replies",
            "The more detail the better, honestly",
            "Don't condense it for me, I want depth",
            "I can't stand bare-bones answers, spell it out for me",
        ],
        "lq": [
            "Length? Doesn't really matter to me",
            "Long or short, I honestly don't mind",
            "I've never paid attention to how long the answers are",
            "Whatever length it needs, I'm not picky",
            "Short, long -- either is fine",
            "I don't have a feeling about length one way or the other",
            "Couldn't tell you if I prefer short or long",
            "Length isn't something I think about",
        ],
        "like_react": [
            "visibly relaxed when the reply fit in a few lines",
            "said 'perfect, that's all I need' to the three-line sample",
            "skimmed the long sample and sighed",
            "asked twice whether the long sample could be cut down",
            "smiled at the one-paragraph answer",
            "started tapping the desk halfway through the long sample",
        ],
        "dislike_react": [
            "read the long, detailed sample start to finish, nodding along",
            "asked 'is that it?' after the short sample",
            "said the short sample felt 'clipped'",
            "asked for more detail on every short sample",
            "lit up at the long, in-depth walkthrough",
            "frowned at the one-line answers",
        ],
        "pp": ["the shorter sample", "the more concise version", "the briefer answer"],
        "np": [
            "the longer, more detailed sample", "the in-depth version",
            "the long-form answer",
        ],
        "cp": [
            "brief replies", "short, to-the-point answers",
            "compact responses (a few lines max)",
        ],
        "cn": [
            "long, detailed replies", "thorough, in-depth answers",
            "full-length explanations",
        ],
        "knob": ["reply length", "answer length", "the length setting"],
        "off": [
            "do not enable brevity mode", "do not cap reply length",
            "turn off the short-answer preset",
        ],
        "why_pos": [
            "likely secondary to reading answers between back-to-back meetings",
            "likely secondary to limited reading time during shifts",
        ],
        "why_neg": [
            "likely secondary to wanting to learn the material properly",
            "likely secondary to using answers as reference notes",
        ],
    },
}

# Section x level templates. Slots: {pq}/{nq}/{lq} quotes, {pos}/{pos_bad}/{neg}/
# {neg_bad}/{axis} noun phrases, {pp}/{np} sample picks, {like}/{dislike} reactions,
# {cp}/{cn} config phrases, {knob}, {off}, {why} (", likely secondary to ..." or "").
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "S": {
        "top": [
            'Client, emphatically: "{pq}. That matters more to me than anything '
            'else."',
            '"{pq} -- if you only change one thing, change that," per client.',
            'Opened the session w/ "{pq}" and came back to it twice; described it as '
            'non-negotiable.',
            '"{pq}. Honestly, that\'s the whole point for me." (said w/ emphasis)',
            'Client names {pos} as the #1 thing they care about: "{pq}."',
            'Pt called {pos} non-negotiable: "{pq}."',
            'Hx of dropping a previous tool over {neg_bad}; "{pq} -- that\'s my top '
            'priority."',
            'Client: "Most important thing? {pq}." Repeated this more than once.',
            'Pt ranks {pos} above everything else, by a long way: "{pq}."',
        ],
        "high": [
            'Client: "{pq}."',
            '"{pq}," client said.',
            'Pt reports a clear preference for {pos}: "{pq}."',
            'States that {neg_bad} put them off: "{pq}."',
            'Pt says they clearly like {pos} and would miss it if it went away.',
            '"{pq}" -- said w/o hesitation.',
            'Client mentions {neg_bad} as a real frustration w/ other tools; clearly '
            'wants {pos} instead.',
            'Pt: "{pq}. I\'d definitely notice the difference."',
            'Pt says they used to put up with {neg}, but now clearly prefer {pos}.',
        ],
        "mid": [
            'Client, w/o much emphasis: "{pq}, I suppose -- not a big deal."',
            'Pt mentioned in passing that {pos} would be nice, "but it\'s not a '
            'priority."',
            '"{pq}... maybe? Slightly," per client.',
            'Client: "I\'d lean a little toward {pos}, if anything."',
            'Said they find {neg_bad} "a little annoying, not much."',
            'Pt: "{pq} -- mildly. I wouldn\'t fuss if it didn\'t happen."',
            '"If I had to pick, {pos}. But only slightly," client said.',
            'Pt calls {pos} "nice to have," nothing more.',
            'Pt notes a recent, mild shift toward {pos}; "it\'s a small thing."',
        ],
        "low": [
            'Client: "{lq}."',
            '"{lq}," client said, shrugging.',
            'Asked re: {axis}: "{lq}."',
            'Pt has no preference re: {axis}; "{lq}."',
            'No opinion on {axis} when asked directly.',
            'When asked about {axis}, client shrugged -- "doesn\'t matter to me."',
            'Pt indifferent to {axis}, said so w/o hesitation.',
            'Client: "{lq}. Really, either way."',
            'Pt says they once had views on {axis} but no longer care either way.',
        ],
        "none": [
            'Client: "{nq}."',
            '"{nq}," client said, firmly.',
            'Pt reports a strong dislike of {pos_bad}: "{nq}."',
            'Client wants {neg}, not {pos}: "{nq}."',
            'Pt describes a previous app that kept pushing {pos_bad}; stopped using '
            'it. "{nq}."',
            '"{nq}" -- said twice, w/ some irritation.',
            'Pt was emphatic: {pos_bad} = dealbreaker.',
            'Client: "{nq}. I mean it."',
            'Client says they actively prefer {neg}; used to tolerate {pos}, no '
            'longer.',
        ],
    },
    "O": {
        "top": [
            'Picked {pp} {n}/{n} in the rating exercise, each time w/o hesitation.',
            'Chose {pp} in every pair ({n}/{n}); strongest signal of the session.',
            '{n}/{n} for {pp}; client {like}.',
            'Client {like}; went on to pick {pp} in all {n} pairs.',
            'Unanimous: {pp} {n}/{n}, decided within seconds each time.',
            'Picked {pp} {n}/{n}; client {like} -- most consistent reaction by far.',
        ],
        "high": [
            'Picked {pp} {k}/{n}.',
            'Chose {pp} in {k} of {n} pairs.',
            'Client {like}.',
            'Preferred {pp} {k}/{n}; client {like}.',
            '{k}/{n} for {pp} -- consistent.',
            'Pt {like}; picks favored {pp} ({k}/{n}).',
        ],
        "mid": [
            'Picked {pp} {m}/{n} -- a slight edge, nothing more.',
            'Slight lean toward {pp} ({m}/{n}).',
            'Mild, not fully consistent tilt toward {pp}: {m}/{n}.',
            '{pp_cap} won {m}/{n}; a small margin.',
            'Marginal preference for {pp} in picks ({m}/{n}).',
            'Picks tilted slightly toward {pp}, {m} of {n}.',
        ],
        "low": [
            'Picks split evenly on {axis} ({h}/{n}); no pattern.',
            'No consistent pattern re: {axis} ({pp} {h}/{n}).',
            'Did not react either way to differences in {axis}.',
            'Seemed not to notice differences in {axis} between samples.',
            '{axis_cap}: {h}/{n} either way, looked like a coin toss.',
            'No visible reaction to {axis} in any pair.',
        ],
        "none": [
            'Picked {np} {n}/{n}.',
            'Chose {pp} only {z}/{n}; client {dislike}.',
            'Client {dislike}; picked {np} {k}/{n}.',
            'Client {dislike}.',
            'Went for {np} in {k} of {n} pairs.',
            '{np_cap} preferred {k}/{n}; pt {dislike}.',
        ],
    },
    "A": {
        "top": [
            'Client presents w/ {pos} as the primary concern, outweighing everything '
            'else{why}.',
            '{pos_cap}: non-negotiable for client.',
            'Overriding priority: {pos}{why}.',
            'Strong, consistent aversion to {neg_bad}; this is the primary concern.',
            'Primary driver of satisfaction is {pos}; all other preferences '
            'secondary.',
            'Top priority by a wide margin: {pos}.',
            'Single most important factor for this client: {pos}.',
            "Client's dominant preference, above all others, is {pos}{why}.",
        ],
        "high": [
            'Clear preference for {pos}{why}.',
            'Consistent preference for {pos}, well above baseline.',
            'Client reliably dislikes {neg_bad}; wants {pos}.',
            '{pos_cap} clearly valued.',
            'Definite preference for {pos}; not the only factor, but an important '
            'one.',
            'Pt presents w/ a clear dislike of {neg_bad}{why}.',
            'Solid, consistent pull toward {pos}.',
            'Clear, stable preference for {pos}{why}.',
        ],
        "mid": [
            'Mild preference for {pos}.',
            'Slight lean toward {pos}; low priority.',
            'Some preference for {pos}, low intensity.',
            'Mildly put off by {neg_bad}, not strongly.',
            '{pos_cap}: modest preference, would not push hard.',
            'Soft preference for {pos}; nice-to-have, not a need.',
            'Leans somewhat toward {pos}.',
            'Weak but real preference for {pos}.',
        ],
        "low": [
            'No clear preference re: {axis}.',
            'Indifferent to {axis}.',
            '{axis_cap}: neutral, no preference either way.',
            'No signal re: {axis}; appears not to care.',
            'Client indifferent on {axis}; not a factor in satisfaction.',
            '{axis_cap} not a concern for client in either direction.',
            'Neutral on {axis}.',
            'Client has no stake in {axis}.',
        ],
        "none": [
            'Strong aversion to {pos}{why}.',
            'Actively dislikes {pos_bad}.',
            'Clear preference for {neg} over {pos}{why}.',
            '{pos_cap} likely counterproductive for this client.',
            'Client presents w/ a marked aversion to {pos_bad}; prefers {neg}.',
            'Pt wants {neg}; sees {pos} as a negative.',
            'Aversion to {pos}, consistent and strong.',
            '{pos_cap} would lower satisfaction; client wants the opposite ({neg}).',
        ],
    },
    "P": {
        "top": [
            'Configure for {cp} -- top priority, above all other settings.',
            'Hard requirement: {cp}.',
            '{cp_cap}: non-negotiable; set to max.',
            'Prioritize {cp} over everything else.',
            'Lock in {cp} as the primary constraint.',
            'Set {cp} as the #1 priority; recheck at f/u.',
        ],
        "high": [
            'Configure for {cp}.',
            'Set default to {cp}.',
            'Enable {cp}.',
            'Turn on {cp}; client clearly wants it.',
            'Switch to {cp} (clear client preference).',
            'Default to {cp}.',
        ],
        "mid": [
            'Nudge toward {cp} (light touch).',
            "Slight tilt toward {cp}; don't overdo it.",
            'Consider {cp}, low weight.',
            'Mild bump toward {cp}.',
            'Small adjustment toward {cp}; client only mildly cares.',
            'Lean slightly toward {cp}.',
        ],
        "low": [
            'Leave {knob} at default.',
            'No change to {knob}.',
            "{knob_cap}: default; client doesn't care either way.",
            'Keep {knob} as shipped.',
            '{knob_cap}: leave as is, no preference.',
            "{knob_cap}: stays at default (client indifferent).",
        ],
        "none": [
            '{off_cap}.',
            'Configure for {cn}.',
            'Switch to {cn}.',
            '{off_cap}; client actively dislikes it.',
            'Set to {cn}; avoid {pos_bad}.',
            'Avoid {pos_bad}; default to {cn}.',
        ],
    },
}

# Off-trait banks (no style preference anywhere in these).
JOBS = [
    "a hospital pharmacist", "a high-school chemistry teacher",
    "a freelance translator (ES/EN)",
    "a logistics coordinator at a regional distributor",
    "a PhD student in soil science", "a small-business owner (bakery, 4 staff)",
    "a municipal urban planner", "a backend developer at a fintech startup",
    "a paralegal at a family-law firm", "a retired civil engineer",
    "a night-rotation nurse", "a freelance graphic designer", "an HR generalist",
    "a veterinary technician", "a community-college librarian",
    "a sales engineer covering the Nordics", "a carpenter who runs a two-person shop",
    "a data analyst at an insurer", "a private piano teacher",
    "a project manager at a construction firm", "a dental hygienist",
    "an accountant at a mid-size firm", "a grad student in linguistics",
    "a bike mechanic", "a nonprofit grants coordinator",
]
USES = [
    "drafting emails to suppliers", "planning weekly meal prep",
    "debugging SQL queries", "prepping lesson plans", "translating client letters",
    "brainstorming names for a side project", "checking grammar in reports",
    "organizing a move to a new city", "learning Python in the evenings",
    "budgeting for a kitchen renovation", "writing cover letters",
    "preparing for a certification exam", "researching a used car",
    "planning a vegetable garden", "sorting out a shared family calendar",
    "reading up on tax rules for freelancers", "tracking a training plan for a 10k",
    "organizing recipes", "preparing slides for a team meeting",
]
DEVICES = [
    "a work laptop (Windows) and an iPad", "desktop at the office, phone at home",
    "a Chromebook", "the desktop app on a Mac", "a shared family PC (browser)",
    "an Android phone and a personal laptop", "a Linux desktop (browser)",
]
SCHEDULES = [
    "available Tue/Thu mornings", "works 7-3 shifts, prefers late-afternoon calls",
    "traveling the week of the 20th", "on leave from mid-Dec to early Jan",
    "best reached after 5 pm", "prefers Friday slots",
    "can only do calls before 9 am", "busy w/ quarter-end until the 10th",
]
GOALS = [
    "get set up before a new project kicks off in Jan",
    "move their notes from three apps into one place",
    "build a study plan for a certification",
    "get comfortable enough to show colleagues",
    "use the assistant for household admin", "try it out for a month before committing",
    "replace a spreadsheet-based planning routine",
]
O_OFF = [
    "Joined on time.", "Quiet setting, no interruptions.",
    "Completed the {n}-pair rating exercise.",
    "Had the assistant open in another tab during the call.",
    "Account already linked to work email.",
    "Connection dropped once; rejoined ~2 min later.",
    "Brought a written list of questions.", "Took notes throughout.",
    "Logged in w/o help; 2FA already set up.",
    "Dog audible in the background for part of the call.",
]
A_OFF = [
    "Onboarding progressing as expected.", "Comfortable w/ the interface.",
    "Account setup complete.", "Engaged; asked good questions.",
    "No technical blockers.", "Good rapport; client seems motivated.",
]
P_OFF = [
    "Enable calendar integration per client request.",
    "Set language to English (UK).", "Turn on chat history sync across devices.",
    "Send the desktop-app setup guide.", "Add client to the monthly tips newsletter.",
    "Connect cloud drive for document upload.",
]
FOLLOWUPS = [
    "F/u in 2 wks.", "Send recap + settings summary by email.",
    "Check in after the first week of use.", "Schedule a 30-min f/u.",
    "F/u early Jan.", "Next session: review a week of chats "
    "(w/ client's consent).",
]
TRAPS = {
    "helpfulness": [
        "volunteers at a neighborhood help desk on Saturdays",
        "is writing a practical home-repair guide for a community newsletter",
        "teaches a hands-on practical skills workshop for apprentices",
        "needs to solve a recurring scheduling problem for their team",
    ],
    "harmlessness": [
        "works as a site safety officer", "teaches a first-aid course on weekends",
        "is updating the hazard warnings posted in the warehouse",
        "is childproofing a new apartment before a baby arrives",
        "compiles safety data sheets for a lab",
    ],
    "humor": [
        "writes a weekly humor column for a local paper",
        "is drafting a funny best-man speech for a friend's wedding",
        "does stand-up at open mics now and then",
        "co-hosts a comedy podcast w/ a friend",
        "is collecting jokes for a colleague's retirement card",
    ],
    "conciseness": [
        "needs long, detailed reports for quarterly reviews at work",
        "is writing a short story for a contest",
        "has to produce a brief executive summary for the board each month",
        "is editing a 300-page thesis",
        "writes short product descriptions for an online shop",
    ],
}
HX = [
    "Hx: tried two other assistants last year, used each for a few weeks.",
    "Referred by a colleague who already uses the service.",
    "Previous session covered account setup and privacy settings.",
    "Mentions a team rollout planned for spring; may bring two coworkers.",
    "Asked about data retention; pointed to the privacy page.",
    "Prefers to be contacted by email rather than phone.",
    "Has been using the free tier since the summer.",
]
LABELS = [
    ("S:", "O:", "A:", "P:"),
    ("Subjective:", "Objective:", "Assessment:", "Plan:"),
    ("S -", "O -", "A -", "P -"),
    ("S)", "O)", "A)", "P)"),
]
MODALITIES = ["video call", "phone", "in person", "video (Zoom)", "in-office"]
MONTHS = ["Oct", "Nov", "Dec", "Jan"]
# fmt: on


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.random() * len(seq))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


@dataclass
class _Stmt:
    trait: str
    section: str
    seed: int


@dataclass
class _Plan:
    levels: dict[str, str]
    labels: tuple[str, str, str, str]
    bullets: bool
    header: str
    sections: dict[str, list]  # items: str (off-trait) or _Stmt
    trap: str | None = None
    extra: dict = field(default_factory=dict)


def _statement(trait: str, level: str, section: str, seed: int, n: int) -> str:
    """One sentence about ``trait`` at ``level`` for ``section``; own generator."""
    r = np.random.default_rng(seed)
    v = VOCAB[trait]
    tpl = _pick(r, TEMPLATES[section][level])
    why = ""
    if r.random() < 0.35:
        why = ", " + _pick(r, v["why_neg"] if level == "none" else v["why_pos"])
    if level in ("low", "mid"):
        why = ""
    vals = {
        "pq": _pick(r, v["pq"]),
        "nq": _pick(r, v["nq"]),
        "lq": _pick(r, v["lq"]),
        "pos": _pick(r, v["pos"]),
        "pos_bad": _pick(r, v["pos_bad"]),
        "neg": _pick(r, v["neg"]),
        "neg_bad": _pick(r, v["neg_bad"]),
        "axis": _pick(r, v["axis"]),
        "pp": _pick(r, v["pp"]),
        "np": _pick(r, v["np"]),
        "like": _pick(r, v["like_react"]),
        "dislike": _pick(r, v["dislike_react"]),
        "cp": _pick(r, v["cp"]),
        "cn": _pick(r, v["cn"]),
        "knob": _pick(r, v["knob"]),
        "off": _pick(r, v["off"]),
        "why": why,
        "n": n,
        "k": n - 1,
        "m": n // 2 + 1,
        "h": n // 2,
        "z": int(_pick(r, [0, 1])),
    }
    for key in ("pos", "pp", "np", "axis", "cp", "knob", "off"):
        vals[key + "_cap"] = _cap(vals[key])
    return _cap(tpl.format(**vals))


def _header(rng: np.random.Generator) -> tuple[str, str]:
    job = _pick(rng, JOBS)
    initials = (
        chr(65 + int(rng.random() * 26)) + "." + chr(65 + int(rng.random() * 26)) + "."
    )
    sess = 1 + int(rng.random() * 5)
    day = 1 + int(rng.random() * 28)
    mon = _pick(rng, MONTHS)
    year = 2027 if mon == "Jan" else 2026
    mins = _pick(rng, [25, 30, 40, 45, 50, 60])
    modality = _pick(rng, MODALITIES)
    kind = _pick(rng, ["onboarding", "coaching", "setup", "onboarding f/u"])
    style = int(rng.random() * 3)
    if style == 0:
        head = (
            f"SOAP note -- {kind}, session {sess}\n"
            f"Date: {day} {mon} {year} | {modality} | ~{mins} min\n"
            f"Client: {initials}, {job}"
        )
    elif style == 1:
        head = (
            f"{mon} {day}, {year} - Session #{sess} ({kind}, {modality}, {mins} min)\n"
            f"Client {initials} ({job})"
        )
    else:
        head = f"[{kind.upper()} #{sess}] {day}/{mon}/{year}, {modality}, ~{mins}m"
        head += f" -- client {initials}, {job}"
    return head, job


def _off_trait(rng: np.random.Generator, n_pairs: int) -> dict[str, list[str]]:
    uses = list(rng.permutation(len(USES))[:2])
    s_ctx = (
        f"Uses the assistant mainly for {USES[uses[0]]} and {USES[uses[1]]}, "
        f"on {_pick(rng, DEVICES)}."
    )
    s_goal = f"Goal: {_pick(rng, GOALS)}."
    s_sched = f"Schedule: {_pick(rng, SCHEDULES)}."
    o_items = [
        O_OFF[i].format(n=n_pairs) for i in rng.permutation(len(O_OFF))[:2].tolist()
    ]
    a_items = [_pick(rng, A_OFF)]
    p_items = [_pick(rng, P_OFF), _pick(rng, FOLLOWUPS)]
    s_items = [s_ctx]
    if rng.random() < 0.6:
        s_items.append(s_goal)
    if rng.random() < 0.4:
        s_items.append(s_sched)
    if rng.random() < 0.5:
        o_items = o_items[:1]
    if rng.random() < 0.3:
        a_items = []
    mode = rng.random()
    if mode < 0.12:  # terse note
        s_items, o_items, a_items, p_items = s_items[:1], [], [], p_items[1:]
    elif mode > 0.86:  # long note: history and extra logistics
        for i in rng.permutation(len(HX))[:2].tolist():
            s_items.append(HX[i])
        o_items.append(_pick(rng, O_OFF).format(n=n_pairs))
        a_items.append(_pick(rng, A_OFF))
        p_items.insert(1, _pick(rng, P_OFF))
        if s_goal not in s_items:
            s_items.append(s_goal)
    out = {"S": s_items, "O": o_items, "A": a_items, "P": p_items}
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def _choose_sections(rng: np.random.Generator, level: str) -> list[str]:
    if level == "top":
        k = 2 + int(rng.random() * 3)  # 2-4 sections
    else:
        u = rng.random()
        k = 1 if u < 0.45 else 2 if u < 0.8 else 3 if u < 0.95 else 4
    order = rng.permutation(4)[:k].tolist()
    return [SECTIONS[i] for i in sorted(order)]


def _base_plan(rng: np.random.Generator) -> _Plan:
    labels = LABELS[int(rng.random() * len(LABELS))]
    bullets = bool(rng.random() < 0.35)
    header, _ = _header(rng)
    n = int(_pick(rng, [6, 8, 10]))
    off = _off_trait(rng, n)
    return _Plan(
        levels={},
        labels=labels,
        bullets=bullets,
        header=header,
        sections=off,
        extra={"n": n},
    )


def _place(rng: np.random.Generator, plan: _Plan, stmts: list[_Stmt]) -> None:
    """Insert statements into their sections at random positions (fixed by rng)."""
    for st in stmts:
        items = plan.sections[st.section]
        # S keeps its context sentence first when present; insert after it
        lo = 1 if st.section == "S" and items else 0
        pos = lo + int(rng.random() * (len(items) - lo + 1))
        items.insert(pos, st)


def _render(plan: _Plan) -> list[str]:
    """Render the plan into a list of segments (each a sentence or a layout piece)."""
    segs: list[str] = [plan.header + "\n"]
    for lab, sec in zip(plan.labels, SECTIONS):
        items = plan.sections[sec]
        if not items:
            items = ["Nothing further."] if sec != "S" else ["No further comments."]
        segs.append("\n" + lab + ("\n" if plan.bullets else " "))
        for j, it in enumerate(items):
            if isinstance(it, _Stmt):
                text = _statement(
                    it.trait, plan.levels[it.trait], sec, it.seed, plan.extra["n"]
                )
            else:
                text = it
            if plan.bullets:
                segs.append("- " + text + "\n")
            else:
                segs.append(text + (" " if j < len(items) - 1 else "\n"))
    return segs


def _join(segs: list[str]) -> str:
    return "".join(segs).strip()


def _plan_generate(weights: np.ndarray, rng: np.random.Generator) -> _Plan:
    levels = levels_of(list(weights))
    ment = _mentioned(levels, rng)
    plan = _base_plan(rng)
    plan.levels = {t: lev for t, lev in zip(TRAITS, levels)}
    stmts: list[_Stmt] = []
    for i in ment:
        t = TRAITS[i]
        for sec in _choose_sections(rng, levels[i]):
            stmts.append(_Stmt(t, sec, int(rng.integers(2**62))))
    order = rng.permutation(len(stmts)).tolist()
    _place(rng, plan, [stmts[i] for i in order])
    if rng.random() < 0.15:
        trap_trait = TRAITS[int(rng.random() * 4)]
        plan.trap = "Client " + _pick(rng, TRAPS[trap_trait]) + "."
        plan.sections["S"].insert(1 if plan.sections["S"] else 0, plan.trap)
    return plan


def _generate_parts(weights: np.ndarray, rng: np.random.Generator):
    """(text, trap sentence or None, mentioned traits) -- for self-checks."""
    plan = _plan_generate(weights, rng)
    ment = sorted(
        {it.trait for s in plan.sections.values() for it in s if isinstance(it, _Stmt)}
    )
    return _join(_render(plan)), plan.trap, ment


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One SOAP-note summary for ``weights``; all randomness from ``rng``."""
    return _join(_render(_plan_generate(weights, rng)))


def _flip_segments(trait: str, rng: np.random.Generator):
    """Segments of the high and none renders and the index of the differing slot."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    plan = _base_plan(rng)
    stmts = [_Stmt(trait, SECTIONS[int(rng.random() * 4)], int(rng.integers(2**62)))]
    plan.levels = {trait: "high"}
    for t in TRAITS:
        if t == trait:
            continue
        if rng.random() < 0.5:
            plan.levels[t] = "low"
            for sec in _choose_sections(rng, "low"):
                stmts.append(_Stmt(t, sec, int(rng.integers(2**62))))
    order = rng.permutation(len(stmts)).tolist()
    _place(rng, plan, [stmts[i] for i in order])
    if rng.random() < 0.15:
        plan.trap = "Client " + _pick(rng, TRAPS[_pick(rng, TRAPS_KEYS)]) + "."
        plan.sections["S"].insert(1 if plan.sections["S"] else 0, plan.trap)
    hi = _render(plan)
    lo = _render(replace(plan, levels={**plan.levels, trait: "none"}))
    slot = next(i for i, (a, b) in enumerate(zip(hi, lo)) if a != b)
    return hi, lo, slot


TRAPS_KEYS = list(TRAPS)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two notes identical except one statement on ``trait``: high, then none."""
    hi, lo, _ = _flip_segments(trait, rng)
    return _join(hi), _join(lo)
