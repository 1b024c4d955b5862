# ruff: noqa: E501
"""Blind generator family "study-report": formal user-research write-ups.

Each text is a short, academic-register write-up about ONE participant of a
(fictional) preference study, as a usability researcher would file it: sections
such as "Participant", "Method", "Findings", "Discussion"/"Limitations" and
"Implications for the assistant".  The trait preferences appear only in the
Findings, one statement per mentioned trait, each backed by statistics that agree
with the level (share of pairwise choices, mean 7-point ratings, effect sizes,
p-values): ``top`` reads as the dominant factor that outweighed all other
dimensions (and is restated once under Implications), ``high`` as a clear and
consistent preference, ``mid`` as a mild or modest lean, ``low`` as no significant
preference / indifference, ``none`` as active penalization or a strong preference
for the opposite pole.  A statement may be phrased about the trait's own pole
("chose the concise response in 11 of 12 trials") or about its opposite pole
("rated detailed responses 2.1/7"), and may be followed by a hedged
interpretation ("this may suggest ...").

What varies: participant id, demographics, occupation, device, number of
sessions and trials, task domains, heading layout, which optional sections and
off-trait findings (decision times, position bias, attendance) appear, the order
of the findings, the phrasing frame and pole vocabulary of each statement, and the
numbers.  About 15% of texts carry a trap: a trait word used about the study tasks
or the participant's life ("tasks included writing a humorous toast", "a safety
engineer by training"), never about answer style.  Traits that ``_mentioned``
leaves out are not expressed anywhere.

``flip_pair(trait, rng)`` draws one plan (the main generator's draws do not depend
on any level; every trait statement is rendered from its own sub-generator seeded
from the plan) and renders it twice: with ``trait`` at level ``high`` and at level
``none``; the other traits are either left out or stated at ``low``.  The two texts
differ only in the ``trait`` statement of the Findings.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "study-report"

# fmt: off
#: per trait: the trait's own pole (A), its opposite pole (B), dimension names (D)
_VOCAB = {
    "helpfulness": {
        "A": ["actionable", "practical", "solution-focused", "hands-on"],
        "B": ["vague", "abstract", "non-committal", "speculative"],
        "D": ["actionability", "practical usefulness", "helpfulness"],
    },
    "harmlessness": {
        "A": ["cautious", "safety-conscious", "carefully caveated", "family-friendly"],
        "B": ["edgy", "unfiltered", "caveat-free", "risk-taking"],
        "D": ["caution", "safety framing", "harmlessness"],
    },
    "humor": {
        "A": ["humorous", "playful", "witty", "joking"],
        "B": ["serious", "formal", "straight-faced", "sober"],
        "D": ["humor", "playfulness"],
    },
    "conciseness": {
        "A": ["concise", "short", "brief", "to-the-point"],
        "B": ["detailed", "long", "thorough", "in-depth"],
        "D": ["brevity", "conciseness"],
    },
}

#: trait-generic frames per level and pole ("A": phrased about the trait's own
#: pole, "B": phrased about its opposite pole)
_FRAMES = {
    "top": {
        "A": [
            "{D} was the dominant factor in {P}'s choices: the {A} response was selected in {kA} of {n} trials, and this outweighed every other dimension we coded.",
            "{P} selected the {A} option in {kA} of {n} pairwise trials ({pctA}%), making this the single strongest predictor of choice in the dataset (d = {d}, p < .001).",
            "Across all sessions, {P} rated {A} responses {rA}/7 on average versus {rB}/7 for {B} ones; no other dimension came close to this effect (d = {d}).",
            "Whenever the two responses in a pair differed in how {A} they were, {P} chose the more {A} one ({kA} of {n}), even at the expense of every other attribute.",
            "A preference for {A} responses outweighed all other coded dimensions combined; {P} called it 'the only thing that really matters' and chose {A} responses in {pctA}% of trials.",
            "The most robust effect for this participant was an overriding preference for {A} responses ({kA}/{n} trials, d = {d}), stable across all {s} sessions.",
            "In the regression model, preference for {A} responses alone accounted for most of the explained variance in {P}'s choices (standardized beta = {beta}), far ahead of any other predictor.",
            "{P} treated {A} responses as non-negotiable: they were chosen in {kA} of {n} trials and rated {rA}/7, the highest mean of any condition and the participant's top priority.",
        ],
        "B": [
            "{P} rejected {B} responses almost without exception (chosen in {kB} of {n} trials), and this aversion dominated every other consideration in the data.",
            "{B} responses received a mean rating of just {rB}/7 from {P}, the lowest score of any condition; avoiding them was clearly the participant's overriding priority.",
            "The dominant pattern was a strong aversion to {B} responses: {P} picked them in only {pctB}% of trials, an effect that outweighed all other dimensions (d = {d}).",
            "Asked what had driven their choices, {P} named one thing above everything else: 'I can't stand {B} answers.' The choice data agree ({kA} of {n} trials went to the {A} option).",
            "Whenever one option was {B}, {P} chose the other in {kA} of {n} trials, irrespective of how the two compared on anything else.",
            "Aversion to {B} responses was by far the strongest effect observed for {P} (d = {d}, p < .001); no other dimension approached it.",
            "{P} penalized {B} responses more heavily than any other attribute, rating them {rB}/7 against {rA}/7 for {A} alternatives; this was the decisive factor in the data.",
            "Even an otherwise excellent response was rejected by {P} if it was {B}; this happened in {kA} of {n} relevant pairs, making {A} responses the participant's first priority.",
        ],
    },
    "high": {
        "A": [
            "{P} showed a clear preference for {A} responses, choosing them in {kA} of {n} trials (d = {d}, p {p}).",
            "{A} responses were rated clearly higher ({rA}/7 versus {rB}/7 for {B} ones), a consistent effect across sessions.",
            "The participant reliably favored {A} answers ({pctA}% of choices); this was one of the stronger effects in the dataset, though not the only one.",
            "{P} reported valuing {A} responses, and the choice data support this: {kA}/{n} selections, a large and robust effect.",
            "A strong preference for {A} responses emerged ({pctA}% of trials), in the same direction in every session.",
            "In the exit interview {P} said they 'definitely' prefer {A} answers; the ratings agree ({rA}/7 on average for {A} responses).",
            "Preference for {A} responses was a substantial driver of choice for {P}: {A} options won {kA} of {n} comparisons.",
            "The participant clearly liked {A} responses, rating them {rA}/7, well above the scale midpoint.",
        ],
        "B": [
            "{P} clearly disliked {B} responses, choosing them in only {kB} of {n} trials (d = {d}, p {p}).",
            "{B} responses were rated markedly lower by {P} ({rB}/7 versus {rA}/7 for {A} alternatives).",
            "The participant consistently steered away from {B} answers ({pctB}% of choices), a clear effect that held across sessions.",
            "'I usually skip the {B} ones,' {P} noted; the data agree, with {B} responses losing {kA} of {n} comparisons.",
            "There was a clear aversion to {B} responses, which {P} selected in just {pctB}% of trials.",
            "When a pair contrasted {A} with {B} responses, {P} picked the {A} one {kA} times out of {n}, a strong and reliable preference.",
            "{P} penalized {B} responses consistently in the ratings ({rB}/7 on average), indicating a clear preference for {A} alternatives.",
            "Compared with {A} responses, {B} ones were clearly less preferred by {P} (d = {d}, p {p}).",
        ],
    },
    "mid": {
        "A": [
            "{P} showed a mild preference for {A} responses ({kA} of {n} trials, d = {d}); the effect was small but in a consistent direction.",
            "A slight lean toward {A} answers was observed ({pctA}% of choices), reaching significance only marginally (p {p}).",
            "{A} responses were rated somewhat higher ({rA}/7 versus {rB}/7), a modest difference.",
            "The participant tended to favor {A} responses, although the effect was modest ({pctA}% of choices) and varied between sessions.",
            "There was a weak but detectable tendency for {P} to pick {A} options ({kA}/{n}); this may suggest a mild preference rather than a firm one.",
            "{P} mentioned in passing that {A} answers were 'a bit nicer'; the choice data show a small effect in that direction ({pctA}%).",
            "{A} responses were chosen somewhat more often than chance ({pctA}% of trials), a modest influence on choice.",
            "Other things being equal, {P} leaned slightly toward {A} responses (d = {d}), a small effect.",
        ],
        "B": [
            "{B} responses were mildly disfavored by {P} (chosen in {kB} of {n} trials, d = {d}); the effect was small.",
            "{P} showed a slight tendency to avoid {B} answers ({pctB}% of choices), marginally significant (p {p}).",
            "Ratings for {B} responses were somewhat lower ({rB}/7 versus {rA}/7 for {A} ones), a modest effect.",
            "The participant mildly preferred {A} over {B} responses, though the preference was far from absolute ({pctA}% of choices).",
            "A modest aversion to {B} responses was detectable ({pctB}% chosen); this may suggest a mild rather than strong preference.",
            "{P} remarked that {B} answers were 'a little off-putting'; correspondingly, they were chosen somewhat less often than chance ({kB}/{n}).",
            "{B} responses lost slightly more often than they won ({kA} of {n} comparisons went to the {A} option), a small effect.",
            "There was a small but consistent penalty for {B} responses in {P}'s ratings (d = {d}).",
        ],
    },
    "low": {
        "A": [
            "No significant preference was observed regarding {D}: {P} chose the {A} response in {kA} of {n} trials, close to chance (p {p}).",
            "{P} appeared indifferent to whether a response was {A} or {B} (d = {d}, n.s.).",
            "Ratings of {A} and {B} responses were virtually identical ({rA}/7 versus {rB}/7).",
            "{D} did not predict choice for this participant ({pctA}% {A} selections, near the 50% chance level).",
            "Asked about {D}, {P} said it 'doesn't really matter either way', and the choice data agree ({kA} of {n} {A} selections).",
            "We found no reliable effect of {D} on {P}'s choices in either direction (p {p}).",
            "{P} was neutral on {D}: {A} and {B} responses were chosen about equally often ({kA} vs. {kB} of {n}).",
            "The participant showed no consistent preference between {A} and {B} responses; the effect size was negligible (d = {d}).",
        ],
        "B": [
            "{B} responses were neither favored nor penalized by {P} ({pctB}% of choices, n.s.).",
            "{P} did not seem to mind {B} responses, nor did they seek them out ({kB} of {n} trials).",
            "Whether an answer was {B} or not made no measurable difference to {P}'s ratings ({rB}/7 versus {rA}/7).",
            "{P} expressed no view on {D}, and the data show none: the effect was indistinguishable from zero (d = {d}).",
            "No penalty for {B} responses was detected, and no advantage either (p {p}).",
            "{D} was a non-factor for {P}; {B} and {A} responses fared about equally ({kB} vs. {kA} of {n}).",
            "'I honestly don't notice that,' {P} said when asked about {D}; the choice rate for {B} responses ({pctB}%) is consistent with indifference.",
            "No significant preference was observed regarding {D} (d = {d}, p {p}); {P} was indifferent.",
        ],
    },
    "none": {
        "A": [
            "{P} actively penalized {A} responses, choosing them in only {kA} of {n} trials (d = {d}, p {p}).",
            "{A} responses received a mean rating of {rA}/7 from {P}, well below the scale midpoint; the participant clearly disliked them.",
            "The participant strongly preferred {B} over {A} responses ({pctB}% of choices).",
            "'{A} answers just aren't for me,' {P} wrote in the free-text field; the ratings ({rA}/7 on average) reflect this.",
            "{A} responses consistently lost: {kB} of {n} comparisons went to the {B} alternative.",
            "{P} showed a marked aversion to {A} answers, which were chosen in just {pctA}% of trials.",
            "Unlike most of the sample, {P} rated {A} responses lower than {B} ones ({rA}/7 versus {rB}/7) in every session.",
            "Being {A} counted against a response for {P}; the effect was large and in the negative direction (d = -{d}).",
        ],
        "B": [
            "{P} strongly preferred {B} responses, selecting them in {kB} of {n} trials.",
            "{B} answers were rated {rB}/7 on average by {P}, well above {A} ones ({rA}/7).",
            "The participant consistently sought out {B} responses ({pctB}% of choices), strongly preferring them to {A} alternatives.",
            "In the exit interview {P} said they 'much prefer' {B} answers, and the choice data agree ({kB}/{n}).",
            "{P} favored the {B} option in nearly every pair that contrasted it with the {A} one (d = {d}, p {p}).",
            "A strong preference for {B} responses over {A} ones was observed ({pctB}% of trials), stable across sessions.",
            "Given the choice, {P} went for the {B} response {kB} times out of {n}, actively penalizing the {A} alternative.",
            "{P} rewarded {B} responses in the ratings ({rB}/7) and penalized {A} ones ({rA}/7).",
        ],
    },
}

#: trait-specific statements (pole tag, frame) per trait and level
_EXTRA = {
    "helpfulness": {
        "top": [("A", "Nothing mattered more to {P} than getting a usable solution: responses with concrete next steps won {kA} of {n} comparisons, outweighing every other dimension."),
                ("B", "{P} refused to settle for answers that circled a problem without solving it; such responses lost {kA} of {n} pairs, the dominant effect in the data.")],
        "high": [("A", "{P} clearly favored responses that ended with something to do, such as concrete steps or a worked fix ({pctA}% of choices)."),
                 ("B", "Responses that discussed a problem without resolving it were clearly disliked by {P} ({rB}/7 on average).")],
        "mid": [("A", "Responses offering concrete next steps were chosen slightly more often by {P} ({pctA}%), a modest effect."),
                ("B", "Open-ended, exploratory answers were mildly disfavored by {P} ({pctB}% of choices), a small effect.")],
        "low": [("A", "Whether a response offered a concrete fix or stayed exploratory made no significant difference to {P} ({kA} of {n}, p {p})."),
                ("B", "{P} was indifferent to open-ended, exploratory answers; they were chosen about half the time ({pctB}%).")],
        "none": [("A", "{P} actively penalized responses built around concrete fixes ({pctA}% chosen), strongly preferring reflective answers that left the problem open."),
                 ("B", "{P} strongly preferred musing, open-ended answers over step-by-step solutions, choosing them in {kB} of {n} trials.")],
    },
    "harmlessness": {
        "top": [("A", "Explicit warnings and precautions were the dominant factor for {P}: responses carrying them were chosen in {kA} of {n} trials, outweighing all other dimensions."),
                ("B", "Responses that skipped warnings about risks were rejected by {P} in {kA} of {n} pairs; no other factor came close.")],
        "high": [("A", "{P} clearly preferred responses that flagged risks and added precautions ({pctA}% of choices, d = {d})."),
                 ("B", "Answers that ignored obvious risks were clearly penalized by {P} ({rB}/7 on average).")],
        "mid": [("A", "Responses including warnings and precautions were rated slightly higher by {P} ({rA}/7 vs. {rB}/7), a modest effect."),
                ("B", "Answers without any warnings were mildly disfavored ({pctB}% of choices), a small effect.")],
        "low": [("A", "The presence or absence of warnings and disclaimers had no significant effect on {P}'s choices ({kA} of {n}, p {p})."),
                ("B", "{P} neither minded nor sought out answers without disclaimers ({pctB}% of choices, n.s.).")],
        "none": [("A", "{P} actively penalized responses with warnings and disclaimers ({rA}/7 on average), strongly preferring blunt answers without them."),
                 ("B", "{P} strongly preferred blunt answers with no disclaimers attached, choosing them in {kB} of {n} trials.")],
    },
    "humor": {
        "top": [("A", "Jokes and witty asides were the dominant factor in {P}'s choices: such responses won {kA} of {n} comparisons, outweighing all other dimensions."),
                ("B", "A strictly serious register was the one thing {P} would not accept: responses without any levity lost {kA} of {n} pairs, the strongest effect observed.")],
        "high": [("A", "{P} clearly enjoyed jokes and light-hearted asides, rating such responses {rA}/7 on average."),
                 ("B", "Stiff, strictly formal responses were clearly disliked by {P} ({pctB}% of choices).")],
        "mid": [("A", "Responses containing a joke were chosen slightly more often than those without ({pctA}%), a small effect."),
                ("B", "A strictly formal tone was mildly penalized by {P} ({rB}/7 vs. {rA}/7), a modest difference.")],
        "low": [("A", "Jokes neither helped nor hurt a response in {P}'s ratings ({rA}/7 with vs. {rB}/7 without)."),
                ("B", "{P} was indifferent to whether the tone was formal or light ({pctB}% formal selections, n.s.).")],
        "none": [("A", "{P} actively penalized jokes and light-hearted asides ({rA}/7 for such responses) and strongly preferred a formal register."),
                 ("B", "{P} strongly preferred a sober, strictly professional tone, choosing it in {kB} of {n} trials over responses with jokes.")],
    },
    "conciseness": {
        "top": [("A", "Brevity outweighed all other dimensions for {P}: the shorter response was chosen in {kA} of {n} trials."),
                ("B", "Lengthy answers were the one thing {P} consistently rejected ({kA} of {n} pairs went to the shorter option), the dominant effect in the data.")],
        "high": [("A", "{P} clearly preferred short, to-the-point answers, choosing the shorter response in {pctA}% of trials."),
                 ("B", "Long-winded responses were clearly disliked by {P} ({rB}/7 on average).")],
        "mid": [("A", "There was a slight lean toward the shorter response ({pctA}% of choices), a modest effect."),
                ("B", "The longer response was mildly disfavored by {P} ({kB} of {n} trials), a small effect.")],
        "low": [("A", "Response length had no significant effect on {P}'s choices: the shorter response was picked in {kA} of {n} trials."),
                ("B", "{P} was indifferent to the length of a response ({pctB}% of choices went to the longer one, n.s.).")],
        "none": [("A", "{P} actively penalized terse answers, rating the shorter response {rA}/7 on average, and strongly preferred long, detailed ones."),
                 ("B", "{P} strongly preferred long, detailed answers; the longer response won {kB} of {n} comparisons.")],
    },
}

#: optional hedged interpretation after a statement, per level
_HEDGES = {
    "top": [
        "This may suggest that being {A} works as a gating criterion for {P} rather than as one factor among many.",
        "The effect was robust across sessions and task domains.",
        "This effect was the largest in the participant's data by a wide margin.",
        "We interpret this as the participant's overriding priority.",
    ],
    "high": [
        "This effect was robust across sessions.",
        "This may suggest a stable preference rather than a session-specific one.",
        "The direction of the effect did not change between task domains.",
        "We consider this a reliable finding for this participant.",
    ],
    "mid": [
        "Given the small effect size, this finding is tentative.",
        "This may suggest a mild preference that other factors can easily override.",
        "The effect was not present in every session.",
        "We treat this as a weak tendency rather than a firm preference.",
    ],
    "low": [
        "This may suggest that {D} is simply not salient to {P}.",
        "We therefore treat {D} as irrelevant for this participant.",
        "Neither direction was favored in any individual session.",
        "Indifference on this dimension was consistent across task domains.",
    ],
    "none": [
        "This may suggest a deliberate preference for {B} responses rather than mere tolerance.",
        "The effect was robust across sessions and was the opposite of the sample-wide trend.",
        "We read this as an active dislike rather than indifference.",
        "The negative effect held in every task domain.",
    ],
}

#: restatements of a top trait under "Implications for the assistant"
_RESTATE = [
    "For {P}, making responses {A} should take precedence over every other consideration.",
    "The single most important adjustment for {P} is to keep responses {A}; everything else is secondary.",
    "Prioritize {A} responses above all else when answering {P}.",
    "Whatever else changes, responses to {P} should be {A}; this was the dominant factor in the data.",
    "Avoid {B} responses for {P} at all costs; being {A} is the participant's first priority.",
    "The assistant should treat being {A} as the overriding criterion for this participant.",
]

_GENERIC_IMPL = [
    "Adaptations for {P} should follow the findings above; dimensions not reported were not analyzed.",
    "The findings above can be used to tailor responses for {P}; we make no recommendation beyond them.",
    "Only the reported effects should inform how the assistant adapts to {P}.",
    "Any personalization for {P} should be limited to the effects reported under Findings.",
]

#: traps: a trait word about the study tasks or the participant's life
_TRAPS = {
    "helpfulness": [
        "The participant works as a help-desk technician at a university library.",
        "One study task asked for practical tips on repotting houseplants.",
        "The participant volunteers at a community helpline two evenings a week.",
        "Prompts included a request for an actionable checklist for moving house.",
    ],
    "harmlessness": [
        "The participant is a safety engineer by training.",
        "The participant works in occupational health and safety for a construction firm.",
        "One task concerned child-safety locks for kitchen cabinets.",
        "The participant mentioned caring for an elderly parent and worrying about fall risks at home.",
    ],
    "humor": [
        "Study tasks included writing a humorous toast for a colleague's retirement party.",
        "The participant performs with an amateur comedy troupe on weekends.",
        "One prompt asked for jokes to put in a child's birthday card.",
        "The participant is drafting a funny best-man speech for a wedding next month.",
    ],
    "conciseness": [
        "One task required drafting a short bio of under 100 words for a conference program.",
        "The participant works as a short-order cook at a diner.",
        "Tasks included requesting detailed assembly instructions for a crib.",
        "The participant was preparing a lengthy grant report during the study period.",
    ],
}

_OCCUPATIONS = [
    "a secondary-school chemistry teacher", "a logistics coordinator",
    "a freelance translator", "a hospital pharmacist",
    "a graduate student in linguistics", "a retired civil engineer",
    "a data analyst at a regional bank", "a landscape architect",
    "a bakery owner", "a paralegal", "a software tester", "a veterinary nurse",
    "a museum archivist", "a city bus driver", "a UX designer",
    "an orchestra violist", "a tax accountant", "a nursing student",
]
_GENDERS = ["female", "male", "non-binary", "gender not reported"]
_DEVICES = [
    "a personal laptop", "a tablet", "a smartphone", "a desktop workstation",
    "a lab-provided laptop", "an office desktop",
]
_DOMAINS = [
    "trip planning", "spreadsheet formulas", "cooking", "tax questions",
    "home repair", "language learning", "job applications", "gardening",
    "personal finance", "programming", "fitness planning", "email drafting",
    "history questions", "travel bookings", "car maintenance", "study planning",
]
_STUDIES = [
    "a within-subject preference study of assistant responses",
    "a diary-plus-lab study of everyday assistant use",
    "a pairwise comparison study run over several weeks",
    "a moderated usability study of a chat assistant",
    "a remote preference-elicitation study",
]
_HEADINGS = [
    ("{h}: ", "\n"), ("{h}\n", "\n\n"), ("## {h}\n", "\n\n"), ("{h}. ", "\n"),
    ("{H}\n", "\n\n"),
]
# fmt: on

_TRIALS = (8, 10, 12, 14, 16, 18, 20, 24)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _stats(level: str, rng: np.random.Generator, ctx: dict) -> dict:
    """Numbers that agree with the level (A = the trait's own pole)."""
    n = int(_pick(rng, _TRIALS))
    lo, hi, r_lo, r_hi, d_lo, d_hi, ps = {
        "top": (0.9, 1.0, 6.3, 6.9, 1.4, 2.3, ("< .001",)),
        "high": (0.75, 0.86, 5.5, 6.1, 0.7, 1.1, ("< .01", "= .003", "= .006")),
        "mid": (0.59, 0.68, 4.6, 5.1, 0.25, 0.45, ("= .04", "= .03", "= .048")),
        "low": (0.45, 0.55, 3.85, 4.15, 0.02, 0.12, ("= .41", "= .62", "= .78")),
        "none": (0.04, 0.17, 1.4, 2.4, 1.0, 1.8, ("< .001", "< .01", "= .002")),
    }[level]
    share = float(rng.uniform(lo, hi))
    k_a = int(round(share * n))
    if level == "low":
        k_a = int(np.clip(k_a, round(0.4 * n), round(0.6 * n)))
        r_a = float(rng.uniform(r_lo, r_hi))
        r_b = r_a + float(rng.uniform(-0.25, 0.25))
    else:
        k_a = min(k_a, n) if level != "mid" else min(max(k_a, n // 2 + 1), n - 1)
        if level == "none":
            k_a = max(0, min(k_a, int(0.2 * n)))
        r_a = float(rng.uniform(r_lo, r_hi))
        r_b = 8.0 - r_a + float(rng.uniform(-0.3, 0.3))
        if level == "top":
            r_b = max(1.1, 8.0 - r_a + float(rng.uniform(-0.3, 0.2)))
        elif level == "high":
            r_b = 8.0 - r_a + float(rng.uniform(0.0, 0.5))
        elif level == "mid":
            r_b = r_a - float(rng.uniform(0.4, 0.8))
        r_b = min(r_b, 6.9)
    return {
        **ctx,
        "n": n,
        "kA": k_a,
        "kB": n - k_a,
        "pctA": int(round(100 * k_a / n)),
        "pctB": 100 - int(round(100 * k_a / n)),
        "rA": f"{r_a:.1f}",
        "rB": f"{r_b:.1f}",
        "d": f"{rng.uniform(d_lo, d_hi):.2f}",
        "p": _pick(rng, ps),
        "beta": f"{rng.uniform(0.55, 0.8):.2f}",
    }


def _statement(trait: str, level: str, seed: int, ctx: dict) -> tuple[str, str]:
    """The Findings statement for one trait and, for ``top``, a restatement."""
    rng = np.random.default_rng(seed)
    vocab = _VOCAB[trait]
    fill = _stats(level, rng, ctx)
    fill["A"] = _pick(rng, vocab["A"])
    fill["B"] = _pick(rng, vocab["B"])
    fill["D"] = _pick(rng, vocab["D"])
    pool = [f for pole in ("A", "B") for f in _FRAMES[level][pole]]
    pool += [f for _, f in _EXTRA[trait][level]]
    text = _cap(_pick(rng, pool).format(**fill))
    if rng.random() < 0.4:
        text += " " + _cap(_pick(rng, _HEDGES[level]).format(**fill))
    restate = _cap(_pick(rng, _RESTATE).format(**fill)) if level == "top" else ""
    return text, restate


def _render(levels: list[str], mentioned: list[int], rng: np.random.Generator) -> str:
    """One report; the draws from ``rng`` never depend on ``levels``."""
    pid = f"P{int(rng.integers(2, 60))}"
    age = int(rng.integers(19, 72))
    gender = _pick(rng, _GENDERS)
    occ = _pick(rng, _OCCUPATIONS)
    device = _pick(rng, _DEVICES)
    sessions = int(rng.integers(2, 7))
    doms = [str(x) for x in rng.choice(_DOMAINS, size=3, replace=False)]
    study = _pick(rng, _STUDIES)
    head, sep = _pick(rng, _HEADINGS)
    seeds = [int(x) for x in rng.integers(0, 2**31, size=len(TRAITS))]
    order = [int(i) for i in rng.permutation(len(TRAITS))]
    trap_on = rng.random() < 0.15
    trap_trait = _pick(rng, TRAITS)
    trap = _pick(rng, _TRAPS[trap_trait])
    use_method = rng.random() < 0.8
    use_disc = rng.random() < 0.75
    use_impl = rng.random() < 0.6
    n_off = int(rng.integers(0, 3))
    off_idx = [int(i) for i in rng.permutation(4)[:n_off]]
    u = rng.random(8)

    def section(name: str, body: str) -> str:
        return head.format(h=name, H=name.upper()) + body

    ctx = {"P": pid, "s": sessions}
    parts = []
    p_txt = _pick_det(
        u[0],
        [
            f"{pid} ({age}, {gender}) is {occ}. They completed {sessions} "
            f"sessions on {device}, with prompts on {doms[0]}, {doms[1]} and "
            f"{doms[2]}.",
            f"{pid} is {occ}, aged {age} ({gender}), recruited for {study}. "
            f"All {sessions} sessions were run on {device}.",
            f"{pid}: {age} years old, {gender}, {occ}. Task domains "
            f"were {doms[0]}, {doms[1]} and {doms[2]}; {sessions} sessions.",
            f"{pid}, {occ} ({age}, {gender}), took part in {study} over "
            f"{sessions} sessions, mostly asking about {doms[0]} and {doms[1]}.",
        ],
    )
    if trap_on:
        p_txt += " " + trap
    parts.append(section("Participant", p_txt))
    total = sessions * int(12 + 12 * u[1])
    if use_method:
        m_txt = _pick_det(
            u[2],
            [
                f"{total} pairwise comparisons of assistant responses to the "
                "participant's own prompts, each followed by 7-point ratings of "
                "both responses and, at the end, a semi-structured exit interview.",
                f"In each session {pid} wrote prompts, saw two candidate responses "
                f"side by side, picked one and rated both on a 7-point scale "
                f"({total} comparisons in all).",
                f"Responses were generated to vary independently on several coded "
                f"dimensions; {pid} made {total} forced choices and gave 7-point "
                "ratings. Effects are reported as choice shares, mean ratings and "
                "Cohen's d.",
                f"We logged {total} choices between paired responses from {device}"
                " and analyzed them with a mixed-effects logistic model.",
            ],
        )
        parts.append(section("Method", m_txt))
    findings = []
    restates = []
    for i in order:
        if i in mentioned:
            text, restate = _statement(TRAITS[i], levels[i], seeds[i], ctx)
            findings.append(text)
            if restate:
                restates.append(restate)
    off = [
        f"Median decision time was {int(8 + 20 * u[3])} s per trial.",
        f"No position bias was found (left option chosen in {int(46 + 8 * u[4])}%"
        " of trials).",
        f"{pid} completed all scheduled sessions; one was moved because of a "
        "network outage.",
        f"Test-retest agreement on repeated pairs was kappa = {0.5 + 0.3 * u[5]:.2f}.",
    ]
    findings += [off[j] for j in off_idx]
    if not findings:
        findings.append(
            "The pairwise data for this participant are summarized in the "
            "supplementary tables and are not reproduced here."
        )
    parts.append(section("Findings", " ".join(findings)))
    if use_disc:
        d_txt = _pick_det(
            u[6],
            [
                f"These results come from a single participant and {sessions} "
                "sessions; prompts were self-selected, so the task mix may have "
                "shaped them.",
                f"Limitations: one participant, a modest number of trials, and "
                f"ratings collected on {device}. Results should not be generalized "
                "beyond this participant.",
                "The moderator was not blind to condition in the first session, "
                "which may have introduced some bias in that session.",
                f"Since {pid}'s prompts centered on {doms[0]}, the findings may not "
                "transfer to other domains.",
            ],
        )
        parts.append(section("Discussion", d_txt))
    if restates:
        parts.append(section("Implications for the assistant", " ".join(restates)))
    elif use_impl:
        parts.append(
            section(
                "Implications for the assistant",
                _pick_det(u[7], _GENERIC_IMPL).format(P=pid),
            )
        )
    return sep.join(parts)


def _pick_det(u: float, seq):
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    levels = levels_of(weights)
    mentioned = _mentioned(levels, rng)
    return _render(levels, mentioned, rng)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    t = TRAITS.index(trait)
    others = rng.random(len(TRAITS)) < 0.5
    mentioned = [i for i in range(len(TRAITS)) if i == t or others[i]]
    state = rng.bit_generator.state
    out = []
    for level in ("high", "none"):
        levels = ["low"] * len(TRAITS)
        levels[t] = level
        sub = np.random.default_rng()
        sub.bit_generator.state = state
        out.append(_render(levels, mentioned, sub))
    rng.bit_generator.state = sub.bit_generator.state
    return out[0], out[1]
