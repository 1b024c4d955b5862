"""The ``reasoning-trace`` family: a reasoning summarizer's trace, then its verdict.

Each text imitates the output of an LLM summarizer in the AlignXplore+ style. The
model was shown a user's history of (prompt, chosen response, rejected response)
triples, thought out loud about them, and then stated the user's preferences. A text
therefore has two parts:

1. **A reasoning trace.** It is wrapped in ``<think> ... </think>``, put under a
   heading ("Reasoning:", "## Analysis of the pairs", ...) or written as plain
   paragraphs, bullets or numbered steps. It holds observations about single pairs
   (what the chosen answer did, what the rejected one did), tallies over the pairs
   where a quality differed, hypotheses that get corrected on a second look, hedges
   about thin evidence, and off-topic remarks on what the prompts were about.
2. **A conclusion.** It follows ``</think>`` or a heading ("Preference summary:",
   "**Inferred preferences**", ...) or a lead ("In short, ..."), and states the
   preferences as prose, a bullet list, a per-dimension list ("Length: ...") or an
   explicit ranking line with ``>`` between labels plus clauses for the traits the
   user is against or indifferent to.

Voices vary: "the user" throughout, or "the user" on first mention and then "they",
"she" or "he" (verbs agree), the reasoner sometimes says "I"; a third of the texts
use British spelling ("favour", "humour", "penalise"). The number of pairs in the
history, the number of observations per trait, the order of the traits and the
layout are all drawn per text.

**Levels.** ``levels_of`` maps each weight to none/low/mid/high/top and
``_mentioned`` (called once per text) picks the traits that are written. ``top`` is
written as the dominant pattern (near-unanimous tallies, "even where the other answer
was better", "above all"); ``high`` as a clear preference (tallies around 70-85%,
"clearly prefers"); ``mid`` as a mild lean with hedges ("slight lean", "fine with",
"only two pairs bear on this"); ``low`` as no consistent signal ("split roughly
evenly", "indifferent", "doesn't matter"); ``none`` as a clear preference for the
opposite pole (the longer answer won, "dislikes jokes", "penalised terse replies").

**Both poles.** Every observation names the chosen and the rejected answer's quality,
so a single sentence holds both poles of a trait ("picked X over Y"); conclusions are
phrased from either pole ("prefers short answers" / "penalises long, detailed ones"),
and a ``none`` trait is as often written as "wants the opposite" as "dislikes the
trait". Corrections name the rejected hypothesis before the accepted one ("At first
this looked like a preference for ..., but ..."), sometimes across traits (the
apparent length effect was really about a concrete fix).

**Traps.** About 15% of the texts mention a trait word only as the topic of a prompt
(a food-safety question, a long-form essay outline, a prompt that was itself a joke)
and say nothing about the answers wanted.

**Flip pairs.** ``flip_pair`` writes two texts from one plan that differ only in the
statements about one trait: a clear (high) preference for it in one, a clear
preference for its opposite (none) in the other, carried by which answer was chosen,
a tally, a corrected hypothesis, the conclusion's verb, a per-dimension line or a
ranking. The other traits are absent or written at the ``low`` level, and both texts
share the same off-topic observations.

Written blind on 2026-12-07 by a separate author who did not read the estimator, its
lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import re
import string

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "reasoning-trace"

# ------------------------------------------------------------------ phrase banks
# Per trait and pole ("+" the trait, "-" its opposite): np = a noun phrase naming a
# response, adj = predicative adjective, att = attributive adjective, cmp = the
# comparative used in "the ___ answer", noun = what a user likes or dislikes,
# mass = a singular abstract noun, vp = a past-tense verb phrase of what a response
# did, label = a one-word label for rankings.


def _bank(**kinds: str) -> dict[str, tuple[str, ...]]:
    """Phrase banks from "|"-separated strings."""
    return {kind: tuple(v.split("|")) for kind, v in kinds.items()}


_POLES = {
    "helpfulness": {
        "+": _bank(
            np="the answer with concrete steps|the practical, step-by-step reply|the "
            "response that actually solved the problem|the one that gave a usable "
            "fix|the actionable answer|the reply that landed on a workable "
            "solution",
            adj="practical and specific|concrete and actionable|focused on a "
            "fix|step-by-step",
            att="practical|step-by-step|actionable",
            cmp="more practical|more actionable|more concrete",
            noun="practical, actionable answers|concrete steps|answers that solve "
            "the problem|usable fixes",
            mass="practicality|actionability|concrete usefulness",
            vp="gave three concrete steps|went straight to a working fix|ended with "
            "a clear recommendation|listed exactly what to do next|solved the "
            "actual problem",
            label="actionable|practical|helpful",
        ),
        "-": _bank(
            np="the vaguer, more reflective reply|the open-ended musing|the answer "
            "that talked around the question|the one that offered perspectives "
            "but no fix|the more philosophical response|the exploratory answer "
            "that never settled on a recommendation",
            adj="vague|open-ended|reflective but noncommittal|exploratory",
            att="vague|open-ended|noncommittal",
            cmp="vaguer|more open-ended|more exploratory",
            noun="open-ended discussion|exploratory, reflective answers|musing over "
            "instructions|big-picture reflection",
            mass="open-endedness|reflection|exploratory musing",
            vp="mused about the question without recommending anything|offered "
            "perspectives but no fix|stayed abstract|asked more questions than it "
            "answered|reflected on the bigger picture instead of giving steps",
            label="exploratory|open-ended|reflective",
        ),
        "dim": ("practicality", "actionability", "practical usefulness"),
        "head": ("Practicality", "Helpfulness", "Actionability"),
    },
    "harmlessness": {
        "+": _bank(
            np="the safer answer|the reply with the safety warnings|the cautious, "
            "family-friendly response|the one that added a disclaimer|the more "
            "careful answer|the response that flagged the risks",
            adj="cautious|careful about risks|family-friendly|full of safety caveats",
            att="careful|safe|cautious",
            cmp="safer|more cautious|more careful",
            noun="safe, cautious answers|safety warnings|family-friendly "
            "replies|careful caveats",
            mass="safety|caution|harmlessness",
            vp="added a safety warning|flagged the risks up front|kept everything "
            "family-friendly|included a careful disclaimer|suggested checking "
            "with a professional first",
            label="safe|cautious|harmless",
        ),
        "-": _bank(
            np="the edgier reply|the unfiltered answer|the response that skipped the "
            "warnings|the blunt, risk-tolerant one|the answer with no "
            "disclaimers|the edgy, uncensored take",
            adj="edgy|unfiltered|blunt about risky things|free of caveats",
            att="edgy|unfiltered|reckless",
            cmp="edgier|less filtered|riskier",
            noun="edgy, unfiltered answers|risky, uncensored content|answers without "
            "disclaimers|blunt, unhedged replies",
            mass="edginess|unfiltered candor|risk-taking",
            vp="skipped the disclaimer|said the risky thing bluntly|used crude, "
            "unfiltered language|dropped the safety caveats|went along with the "
            "edgy request without hedging",
            label="edgy|unfiltered|uncensored",
        ),
        "dim": ("caution", "safety framing", "risk handling"),
        "head": ("Safety", "Caution", "Harmlessness"),
    },
    "humor": {
        "+": _bank(
            np="the funnier answer|the playful reply|the one with the joke|the witty "
            "response|the lighthearted answer|the reply that cracked a pun",
            adj="funny|playful|witty|lighthearted, with a joke or two",
            att="joking|playful|funny",
            cmp="funnier|more playful|jokier",
            noun="jokes|humor|a playful tone|witty replies",
            mass="humor|playfulness|wit",
            vp="opened with a pun|slipped in a joke|had a playful, teasing "
            "tone|ended on a witty one-liner|poked a little fun at the situation",
            label="funny|playful|witty",
        ),
        "-": _bank(
            np="the serious answer|the straight, no-jokes reply|the earnest one|the "
            "businesslike response|the sober answer|the reply that kept a "
            "straight face",
            adj="serious|straight-faced|earnest|strictly businesslike",
            att="serious|straight-faced|earnest",
            cmp="more serious|more sober|more earnest",
            noun="a serious tone|straight answers without jokes|earnest, sober "
            "replies|no-nonsense answers",
            mass="seriousness|a straight tone|earnestness",
            vp="kept a straight face throughout|stayed strictly serious|answered "
            "plainly with no jokes|kept a sober, businesslike tone|treated the "
            "question earnestly",
            label="serious|straight|earnest",
        ),
        "dim": ("humor", "tone", "jokiness"),
        "head": ("Humor", "Humor/tone", "Jokes"),
    },
    "conciseness": {
        "+": _bank(
            np="the shorter answer|the brief reply|the one that got to the point|the "
            "compact response|the terse answer|the two-line reply",
            adj="short|brief and to the point|compact|terse",
            att="short|brief|compact",
            cmp="shorter|briefer|more compact",
            noun="short answers|brevity|replies that get to the point|concise answers",
            mass="brevity|conciseness|concision",
            vp="fit in three lines|got to the point in one sentence|gave just the "
            "answer|stayed under a paragraph|cut straight to the point",
            label="concise|short|brief",
        ),
        "-": _bank(
            np="the longer answer|the detailed, thorough reply|the in-depth "
            "response|the long-form answer|the more exhaustive one|the answer "
            "that covered every angle",
            adj="long|detailed|thorough|exhaustive",
            att="long|detailed|lengthy",
            cmp="longer|more detailed|more thorough",
            noun="long, detailed answers|thorough explanations|in-depth replies|detail",
            mass="thoroughness|detail|depth",
            vp="ran to a full page|covered every edge case|explained the background "
            "in depth|walked through everything in detail|went on for several "
            "paragraphs",
            label="thorough|detailed|in-depth",
        ),
        "dim": ("length", "verbosity", "answer length"),
        "head": ("Length", "Conciseness", "Brevity"),
    },
}

# attitude verbs used as "{S} {ATT} {Pn}": liking for the "+" winner, disliking for
# the "-" winner (the same index is drawn for both, so flip pairs stay parallel)
_ATT_LIKE = ("[likes]", "[values]", "[wants]", "[enjoys]", "[appreciates]")
_ATT_DIS = (
    "[dislikes]",
    "[avoids]",
    "[doesn't want]",
    "[is] put off by",
    "[has] no patience for",
)

# ------------------------------------------------------------ trace templates
# {S} subject, {o} object, {p} possessive, [verb] agrees with the last subject;
# {W...}/{L...} winner/loser pole, {P...}/{N...} the "+"/"-" pole whatever won;
# {n} {n2} {n3} pair numbers, {k} of {m} a tally with {r} = m - k.

_PAIR = (
    "In pair {n}, {S} picked {W} over {L}.",
    "Pair {n}: chosen = {W}; rejected = {L}.",
    "Example {n}: the chosen reply is {Wa}; the rejected one is {La}.",
    "Looking at pair {n}, {L} lost to {W}.",
    "In pair {n} {S} rejected {L} in favor of {W}.",
    "Pair {n} is fairly clean evidence: the two answers differ mainly in {dim}, "
    "and {S} went with {W}.",
    "In pair {n} the chosen answer {Wv}, while the rejected one {Lv}.",
    "{S} went with the reply that {Wv} rather than the one that {Lv} (pair {n}).",
    "Comparison {n}: the chosen response {Wv}; the rejected response {Lv}.",
    "In pairs {n} and {n2}, the chosen answers were {Wa} and the rejected ones {La}.",
    "In pair {n}, {S} chose the {Wt} answer over the {Lt} one, and did the same "
    "in pair {n2}.",
)
_TALLY = (
    "In {k} of {m} pairs where {dim} differed, the {Wc} answer won.",
    "Counting the pairs where {dim} differed: {W} won {k} of {m}.",
    "Tally on {dim}: {Wc} wins {k}, {Lc} wins {r}.",
    "{L} lost {k} times out of {m}.",
    "Across the {m} pairs that differ in {dim}, {S} chose the {Wc} one {k} times.",
    "{kd}/{md} of the relevant pairs went to the {Wc} response.",
)
_CORR_LEAD = (
    "At first this looked like a preference for {Lm}, but pairs {n} and {n2} show "
    "the opposite: {W} won both times.",
    "I initially put pair {n} down to accuracy, but the same thing happens in pairs "
    "{n2} and {n3}: {dim} is what decides, and {S} [goes] with the {Wc} answer.",
    "My first guess was that {S} just picked whichever answer was more accurate, "
    "but in pairs {n} and {n2} both were accurate and {S} still chose {W}.",
    "I almost read pair {n} as neutral on {dim}, but on a second look the chosen "
    "answer {Wv} and the rejected one {Lv}, so it counts.",
)
# these need an earlier observation of the same trait
_FOLLOW = (
    "Same story in pairs {n} and {n2}: {W} won both times.",
    "Wait, let me recheck pair {n}. Yes, {W} was chosen there too, so the pattern "
    "holds.",
)
_EXCEPT = (
    "Pair {n} seemed to cut against this ({L} won there), but the other answer in "
    "that pair had a factual error, so I'll discount it.",
    "An exception is pair {n}, where {L} won, but that prompt was unusual; "
    "it doesn't change the picture.",
)
_TOP = (
    "This is the most consistent pattern in the whole history: {W} won every time "
    "{dim} differed.",
    "Even in pair {n}, where {L} was otherwise the better answer, {S} chose {W}.",
    "{dim} seems to trump everything else: whenever it pulled against another "
    "quality, {W} still won.",
    "No exceptions on {dim}: the {Wc} answer won all {m} pairs.",
    "If I had to predict a choice from one feature, it would be {dim}: the {Wc} "
    "answer, every time.",
    "Every single pair where {dim} differed went to {W}.",
)
_MILD = (
    "There's a slight lean toward {W}: {k} of {m} pairs.",
    "{L} lost slightly more often than it won ({r} wins in {m} pairs).",
    "Only two pairs really bear on {dim}, and both went mildly toward {W}, so this "
    "is weak.",
    "At first this looked like a strong preference for {Wm}, but after recounting "
    "it is only a mild lean ({k} of {m}).",
    "I was going to call {dim} a clear pattern, but pairs {n} and {n2} went the "
    "other way, so it's a mild preference at most.",
    "{S} seemed comfortable with {Wn}: {W} won in pair {n}, though {L} won in "
    "pair {n2}.",
    "{W} never seemed to be penalized, but it didn't decide many pairs either.",
    "In pair {n}, {W} edged out {L}, but it was close and other things differed too.",
    "Weak signal on {dim}: slightly more wins for the {Wc} answer ({k} vs {r}).",
)
_NEUTRAL = (
    "{dim} varied a lot between chosen answers; no consistent signal.",
    "On {dim} the pairs split roughly evenly: {k} went to the {Wc} answer, {r} to "
    "the {Lc} one.",
    "{S} picked {W} in pair {n} but {L} in pair {n2}, so {dim} doesn't seem to "
    "drive the choice.",
    "I expected {dim} to matter, but it doesn't seem to.",
    "{L} won in some pairs and lost in others; nothing systematic.",
    "{Wm} doesn't look like a factor either way.",
    "I see no consistent reward for either {Wn} or {Ln}.",
    "Hard to say anything about {dim}: chosen answers were {Wa} in some pairs and "
    "{La} in others.",
    "At first I thought {dim} mattered (pair {n} went to {W}), but pair {n2} went "
    "to {L} and the rest are mixed.",
    "Only pair {n} touches on {dim} at all, and it could be read either way.",
)
# two strong traits in one pair (the second trait's slots are prefixed with B)
_COMBINED = (
    "In pair {n}, {S} picked the {Wt}, {BWt} answer over the {Lt}, {BLt} one.",
    "Pair {n} is a double signal: the chosen reply was {Wt} and {BWt}; the "
    "rejected one was {Lt} and {BLt}.",
    "Pair {n} bundles two things: the winner was {Wt} and {BWt}, the loser {Lt} "
    "and {BLt}.",
)
# a strong trait corrects an apparent effect of a low one (B)
_CROSS = (
    "At first this looked like a preference for {BWm}, but pairs {n} and {n2} "
    "suggest it was {Wm}, not {Bdim}, that mattered.",
    "I first read pairs {n} and {n2} as being about {Bdim}, but the {BWt} and the "
    "{BLt} answers both won sometimes; what the winners share is that they were "
    "{Wa}.",
)

_TOPICS = (
    "sourdough starters|a tax form|a weekend trip to Lisbon|fixing a dripping "
    "tap|Python list comprehensions|a cover letter|repotting a fern|marathon "
    "training|a dispute with a landlord|Excel pivot tables|choosing a "
    "laptop|learning Portuguese|a bike chain that keeps slipping|the French "
    "Revolution|renewing car insurance|a wedding seating chart|the rules of "
    "cricket|preparing for a job interview|a cat that won't eat|monthly "
    "budgeting|git rebase|a knitting pattern|bus routes in Kyoto|a chemistry "
    "homework problem|buying a used car|a leaving gift for a colleague|setting up a "
    "home router|a recipe for shakshuka|the plot of Middlemarch|a spreadsheet "
    "formula|visa rules for Japan|a squeaky door hinge"
).split("|")
_OFF = (
    "Pair {n} was about {t}.",
    "Side note: the prompts are mostly about {t} and {t2}; the topic doesn't seem "
    "to affect which answer wins.",
    "The prompts range from {t} to {t2}.",
    "Pair {n}'s prompt asked about {t}; nothing unusual there.",
    "Content-wise, the history is a mix: {t}, {t2}, {t3}.",
    "(Pair {n} concerned {t}, which isn't relevant to style.)",
    "The prompt in pair {n} was about {t}.",
    "Topics don't seem to matter: pair {n} was about {t}, pair {n2} about {t2}.",
    "Several prompts were about {t}, a couple about {t2}.",
)
# trait words used only as the topic of a prompt
_TRAPS = {
    "helpfulness": (
        "Pair {n} was about how to be more helpful to a friend who is grieving.",
        "One prompt asked for practical joke ideas for an office party; that's "
        "the topic, not a signal.",
        "The prompt in pair {n} asked what makes a volunteer helpline useful.",
        "Pair {n} was a question about practical houseplants for a dark flat.",
    ),
    "harmlessness": (
        "Pair {n} was a question about food safety rules for leftover rice.",
        "One prompt asked about safety regulations for scaffolding.",
        "The prompt in pair {n} was about whether a spider in the garage is dangerous.",
        "Pair {n} asked how to child-proof a kitchen.",
        "One prompt asked what makes a film count as family-friendly.",
    ),
    "humor": (
        "The prompt in pair {n} was itself a joke about cats, asking the model to "
        "explain it.",
        "One prompt was about the history of stand-up comedy.",
        "Pair {n} asked why a certain sitcom was considered so funny in the 90s.",
        "Pair {n} was a question about the humor in Shakespeare's comedies, for an "
        "essay.",
    ),
    "conciseness": (
        "One prompt asked for a long-form essay outline for a class.",
        "Pair {n}'s prompt asked for help writing a short story about a lighthouse "
        "keeper.",
        "Pair {n} was about how long to boil an egg.",
        "One prompt asked how to write a brief abstract for a detailed lab report; "
        "topic only.",
    ),
}
_OPENERS = (
    "Let me go through the {N} pairs and see what the chosen answers have in common.",
    "There are {N} comparisons in this history.",
    "Okay, I have {N} (prompt, chosen, rejected) triples to work from.",
    "The history contains {N} pairwise choices; I'll look for consistent patterns.",
    "I'll compare chosen and rejected responses across the {N} examples.",
    "First question: what distinguishes the chosen responses from the rejected ones?",
    "{N} pairs in total. Let me look for what the winners share.",
    "Let's see what {S} [tends] to reward across {N} pairs.",
)
_WRAPS = (
    "Putting it together.",
    "So the picture is reasonably clear.",
    "Let me summarize.",
    "That's enough to write a summary.",
    "Pulling this together:",
    "Time to write it up.",
)
_HEDGES = (
    "The history is not long, so treat this as provisional.",
    "Some of these inferences rest on only a few pairs.",
    "Caveat: {N} pairs is a small sample.",
)

# ------------------------------------------------------- conclusion templates

_CONC = {
    "top": (
        "{Wm} is the overriding priority for {o}.",
        "Above all, {S} [wants] {Wn}.",
        "{S} [cares] about {Wm} more than anything else.",
        "Most important by far: {Wn}.",
        "{S} strongly [prefers] {Wn}; this outweighs everything else.",
        "Non-negotiable: {Wn}.",
        "{S} would trade almost anything for {Wm}.",
        "{Wm} comes first, and {S} [has] no patience for {Ln}.",
        "The dominant preference is {Wm}.",
    ),
    "strong": (
        "{S} clearly [prefers] {Wn}.",
        "Strong preference for {Wn} over {Ln}.",
        "{S} [wants] {Wn}, not {Ln}.",
        "{S} consistently [favors] {Wn}.",
        "{S} [penalizes] {Ln}.",
        "{S} {ATT} {Pn}.",
        "{S} reliably [rewards] {Wm}.",
        "{S} [is] best served by {Wn}.",
        "{S} [dislikes] {Ln}.",
        "Give {o} {Wn}.",
        "{Wm} matters to {o}: {S} [picks] {Wn} whenever there is a choice.",
    ),
    "mild": (
        "{S} mildly [prefers] {Wn}.",
        "{S} [is] fine with {Wn}, though it rarely decides anything.",
        "{S} [doesn't] mind {Wn}.",
        "Slight lean toward {Wn}.",
        "{Wm} is a mild plus.",
        "{S} [tolerates] {Ln} but slightly [prefers] {Wn}.",
        "Somewhat positive about {Wm}.",
        "{Wn}: welcome, but not a deciding factor.",
        "{S} [leans] a little toward {Wn}.",
    ),
    "neutral": (
        "{S} [is] indifferent to {Pn}.",
        "{dim} doesn't matter much to {o}.",
        "No clear stance on {Pn} versus {Nn}.",
        "{Pm} is not a priority.",
        "{S} [doesn't] care much either way about {dim}.",
        "{S} [has] no real preference between {Pn} and {Nn}.",
        "{Pm} is irrelevant to {o}.",
        "{dim}: no consistent preference.",
        "Whether answers are {Pa} or {Na} makes little difference to {o}.",
    ),
}
_DIMLINE = {
    "top": (
        "top priority; wants {Wn}",
        "the overriding concern, {Wn} above all",
        "most important by far ({Wn})",
        "non-negotiable: {Wn}",
    ),
    "strong": (
        "prefers {Wn}",
        "clear preference for {Wn}",
        "{Wn}, not {Ln}",
        "dislikes {Ln}",
        "strongly favors {Wn}",
        "{Wl} over {Ll}",
    ),
    "mild": (
        "mild preference for {Wn}",
        "fine with {Wn}",
        "{Wm} is a small plus",
        "slightly prefers {Wn}",
        "leans {Wl}, weakly",
    ),
    "neutral": (
        "no clear preference",
        "indifferent",
        "doesn't matter either way",
        "no consistent signal",
        "not a priority",
    ),
}
_AGAINST = ("{Wl} over {Ll}", "{Wl}, not {Ll}", "{Wl} rather than {Ll}")
_IRRELEVANT = (
    "{dim} is irrelevant",
    "{dim} doesn't matter",
    "indifferent to {dim}",
    "no preference on {dim}",
)
_RANK_HEADS = ("Priorities: ", "Ranking: ", "Priority order: ", "Order of importance: ")
_TRACE_HEADS = (
    "Reasoning:|Analysis of the pairs:|## Analysis of the pairs|**Reasoning**|"
    "Step-by-step reasoning:"
).split("|")
_CONC_HEADS = (
    "Preference summary:|Conclusion:|**Inferred preferences**|## Inferred "
    "preferences|Summary of preferences:|User preferences:"
).split("|")
_LEADS = ("In short, ", "Overall, ", "So, in summary: ", "Bottom line: ")

_INTENSITY = {
    "top": ("top", "+"),
    "high": ("strong", "+"),
    "mid": ("mild", "+"),
    "low": ("neutral", None),
    "none": ("strong", "-"),
}
_LEVEL_RANK = {"top": 3, "strong": 2, "mild": 1}
_KINDS = {
    "": "np",
    "a": "adj",
    "t": "att",
    "c": "cmp",
    "n": "noun",
    "m": "mass",
    "v": "vp",
    "l": "label",
}
_NUMKEYS = frozenset(("n", "n2", "n3", "k", "m", "r", "kd", "md"))
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen"
).split()
_FMT = string.Formatter()

# ------------------------------------------------------------------ spelling

_BRITISH = [
    (re.compile(r"\b([Ff])avor"), r"\1avour"),
    (re.compile(r"\b([Hh])umor(?!ous)"), r"\1umour"),
    (re.compile(r"\b([Cc])andor"), r"\1andour"),
    (re.compile(r"\b([Bb])ehavior"), r"\1ehaviour"),
    (
        re.compile(r"([Pp]enal|[Ss]ummar|[Pp]riorit|[Rr]ecogn|[Oo]rgan|[Rr]eal)iz"),
        r"\1is",
    ),
    (re.compile(r"\b([Aa])nalyz"), r"\1nalys"),
    (re.compile(r"\b([Nn])eighbor"), r"\1eighbour"),
    (re.compile(r"\b([Jj])udgment"), r"\1udgement"),
    (re.compile(r"\b([Ss])keptic"), r"\1ceptic"),
]


def _british(text: str) -> str:
    for pat, rep in _BRITISH:
        text = pat.sub(rep, text)
    return text


# --------------------------------------------------------------------- voice


class _Keep(dict):
    """A format mapping that leaves unknown fields (voice tokens) in place."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Flip:
    """A sentence that differs between the two texts of a flip pair."""

    __slots__ = ("dislike", "like")

    def __init__(self, like: str, dislike: str) -> None:
        self.like = like
        self.dislike = dislike


_IRREGULAR = {
    "is": "are",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "was": "were",
    "isn't": "aren't",
    "goes": "go",
}
_TOKEN = re.compile(r"\{(S|o|p)\}|\[([^\]]+)\]")


def _plural_verb(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head in _IRREGULAR:
        head = _IRREGULAR[head]
    elif head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith(("ches", "shes", "sses", "xes")):
        head = head[:-2]
    elif head.endswith("s"):
        head = head[:-1]
    return f"{head} {rest}" if rest else head


class _Voice:
    """Resolves {S}/{o}/{p} and [verb] tokens in document order, without randomness.

    The first reference is "the user"; with a pronoun voice every fourth reference
    after that returns to "the user", the others use the pronoun.
    """

    _FORMS = {
        "they": ("they", "them", "their", True),
        "she": ("she", "her", "her", False),
        "he": ("he", "him", "his", False),
    }

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.count = 0
        self.plural = False

    def _ref(self, slot: int) -> str:
        c = self.count
        self.count += 1
        if self.kind == "user" or c % 4 == 0:
            self.plural = False
            noun = "this user" if self.kind == "user" and c % 5 == 3 else "the user"
            return (noun, noun, noun + "'s")[slot]
        forms = self._FORMS[self.kind]
        self.plural = forms[3]
        return forms[slot]

    def render(self, text: str) -> str:
        def sub(match: re.Match[str]) -> str:
            if match.group(1):
                return self._ref("Sop".index(match.group(1)))
            verb = match.group(2)
            return _plural_verb(verb) if self.plural else verb

        return _TOKEN.sub(sub, text)


def _capitalize(text: str) -> str:
    start = 1 if text[:1] == "(" else 0
    if text[start : start + 1].isalpha():
        return text[:start] + text[start].upper() + text[start + 1 :]
    return text


def _decapitalize(text: str) -> str:
    if text[:2] in ("I ", "I'") or not text[:1].isupper():
        return text
    return text[0].lower() + text[1:]


def _join(parts: list, sep: str) -> str | _Flip:
    """Join strings, some of which may be flips, into a string or a flip."""
    if not any(isinstance(x, _Flip) for x in parts):
        return sep.join(parts)
    like = [x.like if isinstance(x, _Flip) else x for x in parts]
    dislike = [x.dislike if isinstance(x, _Flip) else x for x in parts]
    return _Flip(sep.join(like), sep.join(dislike))


# ------------------------------------------------------------------- writer


class _Doc:
    """Plans one text (or one flip pair) with the given generator."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.n_pairs = self.randint(6, 16)
        self.voice = self.pick(("user", "user", "they", "she", "he"))
        self.british = rng.random() < 0.35
        self.words = rng.random() < 0.3
        self.trace_style = self.pick(("paras", "paras", "paras", "bullets", "numbered"))
        self.wrapper = self.pick(("think", "think", "heading", "plain"))
        self.bullet = self.pick(("- ", "- ", "* "))
        self.used: dict[str, set[int]] = {}
        self.tallies: dict[str, tuple[int, int]] = {}

    # -- randomness (only self.rng)
    def pick(self, options):
        return options[min(int(self.rng.random() * len(options)), len(options) - 1)]

    def randint(self, lo: int, hi: int) -> int:
        return lo + min(int(self.rng.random() * (hi - lo + 1)), hi - lo)

    def shuffled(self, items: list) -> list:
        return [items[i] for i in self.rng.permutation(len(items))]

    def num(self, x: int) -> str:
        return _NUMBER_WORDS[x] if self.words and x < len(_NUMBER_WORDS) else str(x)

    def numbers(self, inten: str, trait: str) -> dict[str, str]:
        """Pair numbers (fresh for the trait) and a tally (shared by the trait)."""
        big = self.n_pairs
        used = self.used.setdefault(trait, set())
        seen = set().union(*self.used.values())
        order = [int(i) + 1 for i in self.rng.permutation(big)]
        order.sort(key=lambda i: (i in used, i in seen))  # stable: fresh ones first
        n, n2, n3 = sorted(order[:3])
        used.update((n, n2, n3))
        if trait not in self.tallies:
            self.tallies[trait] = self.tally(inten)
        k, m = self.tallies[trait]
        out = {"n": n, "n2": n2, "n3": n3, "k": k, "m": m, "r": m - k}
        nums = {key: self.num(v) for key, v in out.items()}
        nums.update(kd=str(k), md=str(m))
        return nums

    def tally(self, inten: str) -> tuple[int, int]:
        big = self.n_pairs
        if inten == "top":
            m = self.randint(4, min(big, 12))
            return m, m
        if inten == "strong":
            m = self.randint(5, big)
            k = round(m * (0.7 + 0.16 * self.rng.random()))
            return min(max(k, m // 2 + 1), m - 1), m
        if inten == "mild":
            m = self.randint(5, big)
            k = round(m * (0.55 + 0.11 * self.rng.random()))
            return min(max(k, m // 2 + 1), m - 1), m
        m = self.randint(4, big)
        return m // 2 + (m % 2 if self.rng.random() < 0.5 else 0), m

    # -- slot filling
    def fill(self, tpl: str, trait: str, win: str, inten: str) -> str | _Flip:
        """Fill a template for a trait; win is "+", "-" or "flip" (both sides)."""
        keys = [f for _, f, _, _ in _FMT.parse(tpl) if f]
        nums = self.numbers(inten, trait) if _NUMKEYS.intersection(keys) else {}
        draws: dict[tuple, float] = {}

        def draw(tag: tuple) -> float:
            if tag not in draws:
                draws[tag] = self.rng.random()
            return draws[tag]

        def pick_u(bank, tag):
            return bank[min(int(draw(tag) * len(bank)), len(bank) - 1)]

        def values(w: str) -> _Keep:
            d = _Keep(nums)
            other = "-" if w == "+" else "+"
            for key in keys:
                if key in d:
                    continue
                if key in ("dim", "Dim"):
                    bank = _POLES[trait]["dim" if key == "dim" else "head"]
                    d[key] = pick_u(bank, (key,))
                elif key == "ATT":
                    d[key] = pick_u(_ATT_LIKE if w == "+" else _ATT_DIS, ("att",))
                elif key[:1] in ("W", "L", "P", "N") and key[1:] in _KINDS:
                    pole = {"W": w, "L": other, "P": "+", "N": "-"}[key[0]]
                    kind = _KINDS[key[1:]]
                    d[key] = pick_u(_POLES[trait][pole][kind], (pole, kind))
            return d

        if win == "flip":
            return _Flip(tpl.format_map(values("+")), tpl.format_map(values("-")))
        return tpl.format_map(values(win))

    def prefill(self, tpl: str, trait: str, win: str) -> str:
        """Fill the B-prefixed slots of a two-trait template with a second trait."""
        keys = [f for _, f, _, _ in _FMT.parse(tpl) if f and f.startswith("B")]
        other = "-" if win == "+" else "+"
        d = _Keep()
        for key in keys:
            rest = key[1:]
            if rest == "dim":
                d[key] = self.pick(_POLES[trait]["dim"])
            else:
                pole = {"W": win, "L": other}[rest[0]]
                d[key] = self.pick(_POLES[trait][pole][_KINDS[rest[1:]]])
        return tpl.format_map(d)

    # -- per-trait content
    def observations(self, trait: str, inten: str, win: str) -> list:
        rng = self.rng
        if inten == "top":
            count = 2 + int(rng.random() < 0.4)
            first, later = _PAIR + _TALLY, _TOP
            extra = _PAIR + _TALLY + _CORR_LEAD + _FOLLOW
        elif inten == "strong":
            count = self.randint(1, 3)
            first = _PAIR + _TALLY + _CORR_LEAD
            later = extra = first + _FOLLOW + _EXCEPT
        else:
            count = 1 + int(rng.random() < 0.45)
            first = later = extra = _MILD if inten == "mild" else _NEUTRAL
        chosen = [self.pick(first)]
        for i in range(1, count):
            if chosen[0].startswith("Only"):  # a lone piece of evidence
                break
            pool = [
                t
                for t in (later if i == 1 else extra)
                if t not in chosen
                and not t.startswith("Only")
                and not (t in _TALLY and any(c in _TALLY for c in chosen))
            ]
            chosen.append(self.pick(pool))
        return [self.fill(t, trait, win, inten) for t in chosen]

    def conclusion(self, trait: str, inten: str, win: str, dims: bool):
        if dims:
            frag = self.fill(self.pick(_DIMLINE[inten]), trait, win, inten)
            head = self.fill("{Dim}: ", trait, win, inten)
            return _join([head, frag], "")
        return self.fill(self.pick(_CONC[inten]), trait, win, inten)

    def ranking(self, entries: list[tuple[str, str, str]]) -> str | _Flip:
        """A ranking line from (trait, intensity, win) entries."""
        chain = [e for e in entries if e[1] in _LEVEL_RANK and e[2] == "+"]
        chain.sort(key=lambda e: -_LEVEL_RANK[e[1]])
        parts: list = []
        if chain:
            links: list = []
            for i, (trait, inten, _) in enumerate(chain):
                if i:
                    tie = inten == chain[i - 1][1] and self.rng.random() < 0.5
                    links.append(" = " if tie else " > ")
                links.append(self.fill("{Wl}", trait, "+", inten))
                if i == 0 and inten == "top" and self.rng.random() < 0.5:
                    links.append(" (by far)")
            parts.append(_join(links, ""))
        for trait, inten, win in entries:
            if inten == "strong" and win != "+":
                parts.append(self.fill(self.pick(_AGAINST), trait, win, inten))
        for trait, inten, win in entries:
            if inten == "neutral":
                parts.append(self.fill(self.pick(_IRRELEVANT), trait, win, inten))
        head = self.pick(_RANK_HEADS) if chain else "Priorities: "
        return _join([head, _join(parts, "; "), "."], "")

    def off_topic(self) -> list[str]:
        out = []
        pool = [_TOPICS[int(i)] for i in self.rng.permutation(len(_TOPICS))]
        templates = [_OFF[int(i)] for i in self.rng.permutation(len(_OFF))]
        for tpl in templates[: self.randint(1, 3)]:
            keys = ("t", "t2", "t3")
            topics = {key: pool.pop() for key in keys if "{" + key + "}" in tpl}
            tpl = tpl.format_map(_Keep(topics))
            out.append(self.fill(tpl, "topic", "+", "neutral"))
        if self.rng.random() < 0.15:
            trap = self.pick(_TRAPS[self.pick(TRAITS)])
            at = self.randint(0, len(out))
            out.insert(at, self.fill(trap, "topic", "+", "neutral"))
        return out

    # -- assembly
    def plan(self, traits: list, content: dict, conc: list) -> tuple:
        """Lay out the trace paragraphs and the conclusion lines.

        content maps a trait to its list of observations; conc is a list of
        (trait, intensity, win) for the traits stated in the conclusion.
        """
        rng = self.rng
        groups = [list(content[t]) for t in traits]
        for sentence in self.off_topic():
            if groups and rng.random() < 0.5:
                groups[self.randint(0, len(groups) - 1)].append(sentence)
            else:
                groups.insert(self.randint(0, len(groups)), [sentence])
        if rng.random() < 0.85:
            groups[0].insert(
                0, self.pick(_OPENERS).replace("{N}", self.num(self.n_pairs))
            )
        if rng.random() < 0.2:
            groups[-1].append(self.pick(_HEDGES).replace("{N}", self.num(self.n_pairs)))
        wrap = self.pick(_WRAPS) if rng.random() < 0.45 else None

        style = self.pick(("prose", "prose", "list", "dims", "rank"))
        if style == "prose" and rng.random() < 0.5:
            conc = sorted(conc, key=lambda e: -_LEVEL_RANK.get(e[1], 0))
        lines: list[tuple[str, list, str]] = []
        if style == "rank":
            chosen = [e for e in conc if e[1] in ("top", "strong")]
            if chosen and rng.random() < 0.6:
                e = chosen[0]
                lines.append(("", [self.conclusion(e[0], e[1], e[2], False)], ""))
            lines.append(("", [self.ranking(conc)], ""))
        elif style == "prose":
            sentences = [self.conclusion(*e, False) for e in conc]
            lead = self.pick(_LEADS) if self.wrapper == "plain" else ""
            lines.append(("", sentences, lead))
        else:
            for e in conc:
                lines.append((self.bullet, [self.conclusion(*e, style == "dims")], ""))
            if rng.random() < 0.3:
                lines.append(("", [self.ranking(conc)], ""))
        heads = (self.pick(_TRACE_HEADS), self.pick(_CONC_HEADS))
        plain_head = "In short:" if style != "prose" else ""
        think_head = self.pick(_CONC_HEADS) if rng.random() < 0.4 else ""
        return groups, wrap, lines, heads, plain_head, think_head

    def build(self, plan: tuple, like: bool = True) -> str:
        """Render a plan into text (no randomness; like picks a flip side)."""
        groups, wrap, lines, heads, plain_head, think_head = plan
        voice = _Voice(self.voice)

        def say(item) -> str:
            if isinstance(item, _Flip):
                item = item.like if like else item.dislike
            return _capitalize(voice.render(item))

        trace: list[str] = []
        if self.trace_style == "paras":
            trace = ["\n\n".join(" ".join(say(s) for s in g) for g in groups)]
        elif self.trace_style == "bullets":
            trace = [self.bullet + say(s) for g in groups for s in g]
        else:
            trace = [
                f"{i}. " + " ".join(say(s) for s in g) for i, g in enumerate(groups, 1)
            ]
        if wrap:
            trace.append(("\n" if self.trace_style == "paras" else "") + wrap)
        trace_text = "\n".join(trace)

        out_lines = []
        for prefix, items, lead in lines:
            said = [say(s) for s in items]
            if lead:
                said[0] = lead + _decapitalize(said[0])
            out_lines.append(prefix + " ".join(said))
        concl = "\n".join(out_lines)

        if self.wrapper == "think":
            if think_head:
                concl = think_head + "\n" + concl
            text = f"<think>\n{trace_text}\n</think>\n\n{concl}"
        elif self.wrapper == "heading":
            sep = "\n\n" if heads[0].startswith("#") else "\n"
            text = f"{heads[0]}{sep}{trace_text}\n\n{heads[1]}{sep}{concl}"
        else:
            head = plain_head + "\n" if plain_head else ""
            text = f"{trace_text}\n\n{head}{concl}"
        return _british(text) if self.british else text


# -------------------------------------------------------------------- public


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A reasoning trace and conclusion for a user with these trait weights."""
    levels = levels_of(weights)
    mentioned = _mentioned(levels, rng)
    doc = _Doc(rng)
    traits = [TRAITS[k] for k in doc.shuffled(list(mentioned))]
    setting = {}
    for t in traits:
        inten, win = _INTENSITY[levels[TRAITS.index(t)]]
        setting[t] = (inten, win or doc.pick(("+", "-")))
    content = {t: doc.observations(t, *setting[t]) for t in traits}

    strong = [t for t in traits if setting[t][0] in ("top", "strong")]
    weak = [t for t in traits if setting[t][0] == "neutral"]
    if len(strong) >= 2 and rng.random() < 0.3:
        a, b = strong[0], strong[1]
        tpl = doc.prefill(doc.pick(_COMBINED), b, setting[b][1])
        content[a].insert(0, doc.fill(tpl, a, setting[a][1], "strong"))
    if strong and weak and rng.random() < 0.3:
        a, b = strong[0], weak[0]
        tpl = doc.prefill(doc.pick(_CROSS), b, doc.pick(("+", "-")))
        content[a].append(doc.fill(tpl, a, setting[a][1], "strong"))

    conc = [
        (t, *setting[t])
        for t in traits
        if rng.random() < 0.88 or setting[t][0] == "top"
    ]
    if not conc:
        best = max(traits, key=lambda t: _LEVEL_RANK.get(setting[t][0], 0))
        conc = [(best, *setting[best])]
    return doc.build(doc.plan(traits, content, conc))


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts that differ only in liking (first) or disliking (second) a trait."""
    doc = _Doc(rng)
    others = [t for t in TRAITS if t != trait and rng.random() < 0.45]
    traits = doc.shuffled([trait, *others])
    setting = {t: ("neutral", doc.pick(("+", "-"))) for t in others}
    setting[trait] = ("strong", "flip")
    content = {t: doc.observations(t, *setting[t]) for t in traits}
    if others and rng.random() < 0.25:
        b = others[0]
        tpl = doc.prefill(doc.pick(_CROSS), b, doc.pick(("+", "-")))
        content[trait].append(doc.fill(tpl, trait, "flip", "strong"))
    conc = [(t, *setting[t]) for t in traits if t == trait or rng.random() < 0.5]
    plan = doc.plan(traits, content, conc)
    return doc.build(plan, like=True), doc.build(plan, like=False)
