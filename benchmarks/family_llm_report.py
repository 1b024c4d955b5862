"""Blind summary family ``llm-report``: LLM-written preference reports.

Style: the output of an LLM summarizer (in the spirit of AlignXplore+ / POPI) that
has read a user's history of (prompt, chosen answer, rejected answer) triples and
writes a short report of 2-6 sentences of third-person prose. Reports open with
phrases such as "Across the interactions, the user ..." or an "Analysis:" label,
hedge ("seems to", "tends to"), give reasons ("likely because she reads on a
phone") and evidence ("in 14 of 17 pairs she chose the shorter response"), use
comparative and contrastive constructions ("values X, though not at the expense of
Y", "is much less interested in X than in Y"), negations in many forms, intensity
words, and off-trait content (topics, job, situation). About 15% of the reports
contain a trap: a trait word that describes the user's life rather than the
answers the user wants ("works in workplace safety", "writes short stories").

Each mentioned trait is expressed at its level (see ``summary_families``): ``top``
as the overriding priority, ``high`` as a clear preference, ``mid`` as mild
tolerance, ``low`` as indifference and ``none`` as active dislike or a wish for the
opposite pole. Both poles of each trait are used at every level where they make
sense ("dislikes short answers" and "wants thorough walkthroughs" alike).

This family was written blind, on 2026-12-01, by a separate author who did not
read the estimator, its lexicon or the routing benchmark, and who never ran palm
on these texts. Only ``levels_of``, ``_mentioned``, ``TRAITS`` and ``LEVELS`` of
``summary_families`` were read.
"""

from __future__ import annotations

import re

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "llm-report"

# --------------------------------------------------------------------- phrase banks
# Noun phrases for each (trait, pole); "pos" is the pole the trait names and "neg"
# its opposite. Every phrase fits "prefers X", "dislikes X" and "X over Y".
_NP: dict[tuple[str, str], tuple[str, ...]] = {
    ("helpfulness", "pos"): (
        "answers that actually solve the problem",
        "concrete, actionable advice",
        "practical, usable answers",
        "specific, workable fixes",
        "substantive answers",
        "responses that address the actual question",
        "clear recommendations",
        "answers that commit to a definite recommendation",
        "genuinely informative responses",
        "practical guidance",
        "responses that get the task done",
        "on-target, useful replies",
        "direct solutions to the problem at hand",
        "advice that can be acted on right away",
    ),
    ("helpfulness", "neg"): (
        "vague answers",
        "evasive replies",
        "non-committal responses",
        "generic filler",
        "answers that dodge the question",
        "hedged, wishy-washy advice",
        "boilerplate responses",
        "responses that talk around the problem",
        "answers that never commit to anything",
        "platitudes",
        "deflections instead of answers",
        "responses that merely restate the question",
        "surface-level, generic advice",
        "open-ended musings that leave the problem unsolved",
    ),
    ("harmlessness", "pos"): (
        "safe, responsible answers",
        "cautious responses",
        "content that steers clear of anything risky",
        "answers that avoid offensive material",
        "careful, measured replies",
        "responsible advice",
        "appropriate safety caveats",
        "responses that flag potential risks",
        "inoffensive, considerate language",
        "answers that err on the side of caution",
        "family-friendly content",
        "a conscientious approach to risky topics",
        "sensible warnings where they are warranted",
        "responses that decline genuinely dangerous requests",
    ),
    ("harmlessness", "neg"): (
        "edgy content",
        "unfiltered answers",
        "provocative responses",
        "risk-taking advice",
        "answers that push boundaries",
        "blunt, uncensored replies",
        "shock-value content",
        "responses with no guardrails",
        "advice that shrugs off the risks",
        "irreverent, boundary-pushing takes",
        "unvarnished content with nothing held back",
        "daring, controversial takes",
        "no-holds-barred answers",
        "responses that ignore the usual disclaimers",
    ),
    ("humor", "pos"): (
        "jokes",
        "witty remarks",
        "a playful tone",
        "light-hearted answers",
        "a bit of humor",
        "responses with some wit",
        "funny asides",
        "puns and wordplay",
        "a sense of fun",
        "a light, joking touch",
        "playful banter",
        "humorous responses",
        "clever one-liners",
        "answers with personality and levity",
    ),
    ("humor", "neg"): (
        "a serious tone",
        "earnest, straight-faced answers",
        "formal responses",
        "answers with no jokes",
        "a sober, businesslike register",
        "a strictly professional tone",
        "plain, matter-of-fact replies",
        "solemn, no-nonsense answers",
        "a neutral, formal style",
        "responses that stay on topic without any joking",
        "a grave, respectful tone",
        "businesslike answers",
        "earnestness",
        "a restrained, serious voice",
    ),
    ("conciseness", "pos"): (
        "short answers",
        "brief replies",
        "concise responses",
        "getting to the point quickly",
        "answers that are to the point",
        "brevity",
        "compact, trimmed-down answers",
        "crisp, tight responses",
        "succinct replies",
        "bottom-line-first answers",
        "terse responses",
        "lean answers without padding",
        "one-paragraph answers",
        "economy of words",
    ),
    ("conciseness", "neg"): (
        "detailed answers",
        "thorough explanations",
        "in-depth responses",
        "long, comprehensive write-ups",
        "extensive detail",
        "thorough, detailed walkthroughs",
        "exhaustive coverage",
        "long-form explanations",
        "elaborate responses",
        "answers that go deep into the background",
        "expansive, richly detailed replies",
        "comprehensive treatments of a topic",
        "lengthy breakdowns",
        "full, unabridged explanations",
    ),
}

# Comparatives for "the {cmp} response".
_CMP: dict[tuple[str, str], tuple[str, ...]] = {
    ("helpfulness", "pos"): (
        "more useful",
        "more actionable",
        "more concrete",
        "more practical",
        "more helpful",
        "more substantive",
        "more decisive",
    ),
    ("helpfulness", "neg"): (
        "vaguer",
        "more evasive",
        "more generic",
        "more non-committal",
        "more hedged",
        "woollier",
    ),
    ("harmlessness", "pos"): (
        "safer",
        "more cautious",
        "more careful",
        "more responsible",
        "more measured",
        "tamer",
    ),
    ("harmlessness", "neg"): (
        "edgier",
        "riskier",
        "more provocative",
        "more unfiltered",
        "bolder",
        "more daring",
    ),
    ("humor", "pos"): (
        "funnier",
        "wittier",
        "more playful",
        "more light-hearted",
        "jokier",
    ),
    ("humor", "neg"): (
        "more serious",
        "more formal",
        "more earnest",
        "more sober",
        "more straight-laced",
    ),
    ("conciseness", "pos"): (
        "shorter",
        "briefer",
        "more concise",
        "tighter",
        "more compact",
        "terser",
    ),
    ("conciseness", "neg"): (
        "longer",
        "more detailed",
        "more thorough",
        "more in-depth",
        "more comprehensive",
        "fuller",
    ),
}

# Reasons a summarizer gives for a preference for the pole; {pr} is the pronoun.
_REASON: dict[tuple[str, str], tuple[str, ...]] = {
    ("helpfulness", "pos"): (
        "{pr} usually [comes|come] with a concrete problem to fix",
        "{pr} [is|are] typically in the middle of a task",
        "{pr} often [has|have] a deadline to meet",
        "{pr} [wants|want] something {pr} can use straight away",
    ),
    ("helpfulness", "neg"): (
        "{pr} [seems|seem] to use the assistant for musing rather than for fixing "
        "things",
        "{pr} [prefers|prefer] to work things out on {poss} own",
        "{pr} [treats|treat] the conversations as a sounding board",
    ),
    ("harmlessness", "pos"): (
        "some of {poss} questions involve {poss} children",
        "{pr} [finds|find] reckless suggestions unsettling",
        "{pr} often [shares|share] the answers with others",
        "{pr} [is|are] wary of advice that could backfire",
    ),
    ("harmlessness", "neg"): (
        "{pr} [finds|find] safety caveats patronizing",
        "{pr} [considers|consider] disclaimers a waste of time",
        "{pr} [enjoys|enjoy] provocative discussion",
        "{pr} [feels|feel] talked down to by warnings",
    ),
    ("humor", "pos"): (
        "{pr} [seems|seem] to find purely transactional exchanges dull",
        "{pr} [uses|use] the assistant partly for fun",
        "{pr} [seems|seem] to enjoy a bit of banter",
    ),
    ("humor", "neg"): (
        "most of {poss} questions are work-related",
        "{pr} [finds|find] jokes distracting when trying to focus",
        "{pr} [wants|want] to be taken seriously",
    ),
    ("conciseness", "pos"): (
        "{pr} often [reads|read] on a phone",
        "{pr} usually [has|have] little time between meetings",
        "{pr} [wants|want] to skim the answer quickly",
        "{pr} [is|are] often in a hurry",
    ),
    ("conciseness", "neg"): (
        "{pr} [is|are] studying the material in depth",
        "{pr} [likes|like] to understand the reasoning behind each step",
        "{pr} often [passes|pass] the answers on to colleagues who need the full "
        "context",
        "{pr} [seems|seem] to be learning the subject from scratch",
    ),
}
_BECAUSE = (
    ", likely because ",
    ", probably because ",
    ", perhaps because ",
    ", apparently because ",
    ", presumably since ",
    " (possibly because ",
)

# ---------------------------------------------------------------- sentence frames
# {s} subject, {o} object, {poss} possessive, {pr} pronoun; [sg|pl] verb forms agree
# with the latest subject. {p}/{n}: noun phrase of the positive/negative pole.
_FRAMES: dict[str, tuple[str, ...]] = {
    "top": (
        "Above all, {s} [wants|want] {p}",
        "The single most important thing for {o} is {p}",
        "{s} consistently and strongly [prefers|prefer] {p}",
        "Nothing matters more to {o} than {p}",
        "{s} overwhelmingly [favors|favor] {p}, more than any other quality",
        "{poss} overriding priority is {p}",
        "By far the strongest signal in the history is {poss} preference for {p}",
        "If one thing defines {poss} choices, it is a demand for {p}",
        "{s} [cares|care] about {p} more than about anything else",
        "Above everything else, {s} cannot stand {n}",
        "The dominant pattern is that {s} [rejects|reject] {n} almost without "
        "exception",
        "{s} will put up with almost anything except {n}",
        "First and foremost, {s} [insists|insist] on {p}",
        "{s} [is|are] overwhelmingly, almost single-mindedly, focused on {p}",
    ),
    "high": (
        "{s} clearly [prefers|prefer] {p}",
        "{s} [values|value] {p}",
        "{s} [tends|tend] to favor {p}",
        "{s} reliably [picks|pick] {p} over {n}",
        "{s} [likes|like] {p}",
        "{s} [responds|respond] well to {p}",
        "{s} [shows|show] a clear preference for {p}",
        "{s} [is|are] noticeably drawn to {p}",
        "{s} [dislikes|dislike] {n}",
        "{s} [has|have] little patience for {n}",
        "{s} [tends|tend] to reject {n}",
        "{s} [prefers|prefer] {p} to {n}",
        "A clear preference for {p} runs through {poss} choices",
        "{s} [seems|seem] to genuinely value {p}",
        "{s} [is|are] usually put off by {n}",
        "{s} strongly [appreciates|appreciate] {p}",
    ),
    "mid": (
        "{s} [doesn't|don't] mind {p}",
        "{s} [is|are] fine with {p}",
        "{s} [seems|seem] neutral to slightly positive about {p}",
        "{s} mildly [appreciates|appreciate] {p}",
        "{s} [is|are] open to {p} but [doesn't|don't] actively seek this out",
        "{s} [accepts|accept] {p} without complaint",
        "{s} [has|have] no objection to {p}",
        "{s} [leans|lean] slightly toward {p}",
        "{s} [is|are] somewhat receptive to {p}, though it is rarely decisive",
        "{s} [is|are] not put off by {p}",
        "{s} [tolerates|tolerate] {p} well enough",
        "{s} [is|are] mildly in favor of {p}",
        "{s} [does|do] not insist on {n}",
        "{s} [has|have] a mild liking for {p}, nothing stronger",
        "{s} [is|are] comfortable with {p}, without treating it as essential",
    ),
    "low": (
        "{s} [cares|care] little about {p}",
        "{s} [does|do] not treat {p} as a priority",
        "{s} [puts|put] little weight on {p}",
        "{s} [is|are] largely indifferent to {p}",
        "{s} [shows|show] no particular interest in {p}",
        "{s} [is|are] not especially invested in {p}",
        "{s} rarely [shows|show] a preference for or against {p}",
        "{s} hardly [seems|seem] to notice {p} one way or the other",
        "There is little sign that {s} [values|value] {p} much",
        "{s} [seems|seem] equally content with {p} or {n}",
        "{s} [does|do] not seem to care much either way about {p}",
        "{s} [is|are] fairly relaxed on the question of {p}; it is not a priority",
        "{s} [gives|give] little thought to {p}",
        "{s} [does|do] not look for {p} in particular",
    ),
    "none": (
        "{s} actively [dislikes|dislike] {p}",
        "{s} [wants|want] {n}",
        "{s} [has|have] little patience for {p}",
        "{s} [is|are] put off by {p}",
        "{s} [steers|steer] away from {p}",
        "{s} [prefers|prefer] {n} over {p}",
        "{s} clearly [favors|favor] {n}",
        "{s} [does|do] not want {p}",
        "{s} [looks|look] for {n}",
        "{s} rarely, if ever, [picks|pick] {p}",
        "{s} [avoids|avoid] {p} where possible",
        "{s} [reacts|react] negatively to {p}",
        "{s} [gravitates|gravitate] toward {n}",
        "{s} [has|have] no appetite for {p}",
        "{s} [asks|ask] for {n} and [rejects|reject] {p}",
        "{s} [is|are] consistently irritated by {p}",
    ),
}

# Two traits in one sentence: b is at "high", a lower ({ap}/{bp}: positive poles).
_COMBINED: dict[str, tuple[str, ...]] = {
    "mid": (
        "{s} [values|value] {ap}, though not at the expense of {bp}",
        "{s} [prefers|prefer] {bp} and [is|are] also fine with {ap}",
        "While {s} [doesn't|don't] mind {ap}, {s} clearly [prefers|prefer] {bp}",
        "{s} [likes|like] {bp} and [is|are] mildly receptive to {ap} as well",
    ),
    "low": (
        "{s} [is|are] much less interested in {ap} than in {bp}",
        "{s} [cares|care] a good deal more about {bp} than about {ap}",
        "{s} [prioritizes|prioritize] {bp} and [pays|pay] little attention to {ap}",
        "{s} clearly [values|value] {bp}, whereas {s} [is|are] largely indifferent "
        "to {ap}",
    ),
    "none": (
        "{s} [prefers|prefer] {bp} and actively [dislikes|dislike] {ap}",
        "{s} [wants|want] {bp}, not {ap}",
        "{s} [favors|favor] {bp} and [has|have] no patience for {ap}",
        "{s} [rewards|reward] {bp} but [penalizes|penalize] {ap}",
        "{s} [likes|like] {bp} while steering clear of {ap}",
    ),
}

# Evidence from the pairs, by direction; {cp}/{cn}: comparatives of the two poles.
_EVIDENCE: dict[str, tuple[str, ...]] = {
    "pro": (
        ", and in most pairs {pr} chose the {cp} response",
        "; in {k} of {m} comparisons the {cp} answer was the one {pr} picked",
        " (the {cn} option was rejected in nearly every pair)",
        ", choosing the {cp} response whenever the two differed on this",
        "; the {cn} answer usually lost",
    ),
    "anti": (
        ", and in most pairs {pr} chose the {cn} response",
        "; the {cp} answer was rejected in {k} of {m} pairs",
        " (in nearly every pair the {cp} option lost)",
        ", picking the {cn} response almost every time",
    ),
    "mid": (
        ", with choices leaning only slightly toward the {cp} response",
        " (the {cp} answer won a little more often than not)",
        ", although this rarely decided a pair",
    ),
    "low": (
        ", with no consistent pattern between {cp} and {cn} responses",
        "; the choices on this point look close to random",
        " (it almost never decided which answer {pr} picked)",
    ),
}
_EVIDENCE_KIND = {
    "top": "pro",
    "high": "pro",
    "mid": "mid",
    "low": "low",
    "none": "anti",
}

_ASPECT = {
    "helpfulness": (
        "In terms of substance, ",
        "On the content side, ",
        "When it comes to the substance of the answers, ",
    ),
    "harmlessness": ("On sensitive topics, ", "Regarding risk, ", "On safety, "),
    "humor": ("As for tone, ", "Tonally, ", "On tone, "),
    "conciseness": ("On length, ", "In terms of length, ", "As for length, "),
}
_TRANSITION = (
    "In addition, ",
    "Beyond that, ",
    "At the same time, ",
    "Separately, ",
    "It also appears that ",
    "Notably, ",
    "Meanwhile, ",
)

# Openers: prefixes for a sentence that starts with the subject, labels, standalone.
_PREFIX = (
    "Across the interactions, ",
    "Based on the preference history, ",
    "Across the logged comparisons, ",
    "From the chosen and rejected responses, it appears that ",
    "Looking at which answers were chosen, ",
    "Over the course of the conversations, ",
    "In the pairs reviewed, ",
    "Taken together, the comparisons suggest that ",
    "The data suggest that ",
    "It seems that ",
)
_CONTEXT_PREFIX = (
    "Across the interactions, ",
    "Based on the preference history, ",
    "Over the course of the conversations, ",
)
_LABEL = (
    "Analysis: ",
    "Preference summary: ",
    "Summary: ",
    "User profile: ",
    "Report: ",
)
_STANDALONE = (
    "The user's choices across the preference history form a fairly consistent "
    "pattern.",
    "This report summarizes preferences inferred from {m} chosen/rejected response "
    "pairs.",
    "The preference data for this user is reasonably consistent.",
    "Several clear tendencies emerge from the comparison history.",
)
_CLOSE = (
    "These patterns held fairly steadily across topics.",
    "A few pairs were ambiguous, but the overall picture is consistent.",
    "The signal is clearest in the more recent interactions.",
    "Confidence in this profile is moderate, given the number of comparisons.",
    "No strong shifts over time were observed.",
)

# --------------------------------------------------------------- off-trait content
_TOPICS = (
    "cooking",
    "tax law",
    "used cars",
    "knitting patterns",
    "quantum physics",
    "gardening",
    "Python debugging",
    "home renovation",
    "personal finance",
    "medieval history",
    "marathon training",
    "sourdough baking",
    "chess openings",
    "birdwatching",
    "travel planning in Japan",
    "linear algebra",
    "film photography",
    "wine pairing",
    "3D printing",
    "aquarium care",
    "buying a first home",
    "contract law",
    "music theory",
    "amateur astronomy",
    "spreadsheet formulas",
    "dog training",
)
_JOBS = (
    "a nurse",
    "a high-school teacher",
    "a software engineer",
    "a graduate student in chemistry",
    "a small-business owner",
    "a freelance translator",
    "a retired engineer",
    "a paralegal",
    "a data analyst",
    "a line cook",
    "an architect",
    "a mechanic",
    "an accountant",
    "a physiotherapist",
)
_CONTEXT = (
    "Most of {poss} questions concern {t1} and {t2}.",
    "{s} [appears|appear] to be {job}, and many prompts relate to {t1}.",
    "The prompts range across {t1}, {t2} and, occasionally, {t3}.",
    "Topics in the history include {t1} and {t2}.",
    "{s} frequently [asks|ask] about {t1}.",
    "From the prompts, {s} [seems|seem] to be {job}.",
    "The history is dominated by questions about {t1}.",
    "Judging by the questions, {s} [is|are] {job} with an interest in {t1}.",
    "A recurring theme is {t1}, with a few detours into {t2}.",
    "Many of the requests come from {poss} work as {job}.",
    "{s} [splits|split] {poss} questions between {t1} and {t2}.",
)
# Trait words about the user's life, not about the answers the user wants.
_TRAP = (
    "{s} [works|work] in workplace safety, and several prompts concern inspection "
    "checklists.",
    "{s} [writes|write] short stories in {poss} spare time.",
    "{s} [has|have] a great sense of humor in {poss} own messages.",
    "{s} [mentions|mention] being a volunteer safety officer at a climbing gym.",
    "One recurring project is a long, detailed family history that {s} [is|are] "
    "compiling.",
    "Several prompts concern a comedy night that {s} [is|are] organizing.",
    "{s} [is|are] studying risk management for an insurance exam.",
    "{s} [runs|run] a small help desk for {poss} neighborhood association.",
    "{poss} own messages are usually brief and typed in a hurry.",
    "{s} [is|are] collecting jokes for a wedding speech.",
    "{s} [is|are] drafting a lengthy report for {poss} employer.",
    "A few questions concern the safety ratings of child car seats.",
)

# ----------------------------------------------------------------------- flip pairs
_FLIP: tuple[tuple[str, str], ...] = (
    ("{s} [likes|like] {p}", "{s} [does|do] not like {p}"),
    ("{s} [values|value] {p}", "{s} [does|do] not value {p}"),
    ("{s} clearly [wants|want] {p}", "{s} clearly [does|do] not want {p}"),
    ("{s} [has|have] a real appetite for {p}", "{s} [has|have] no appetite for {p}"),
    ("{s} [cares|care] for {p}", "{s} [does|do] not care for {p}"),
    ("{s} [enjoys|enjoy] {p}", "{s} [dislikes|dislike] {p}"),
    ("{s} [tends|tend] to favor {p}", "{s} [tends|tend] to avoid {p}"),
    ("{s} [appreciates|appreciate] {p}", "{s} [has|have] little patience for {p}"),
    ("{s} [responds|respond] well to {p}", "{s} [is|are] put off by {p}"),
    ("{s} [seems|seem] to want {p}", "{s} [seems|seem] not to want {p}"),
    ("{s} consistently [rewards|reward] {p}", "{s} never [rewards|reward] {p}"),
    ("{s} [welcomes|welcome] {p}", "{s} [steers|steer] away from {p}"),
    ("{s} [is|are] drawn to {p}", "{s} [is|are] not drawn to {p}"),
)

# ------------------------------------------------------------------------ rendering
_TOKEN = re.compile(r"\{(\w+)\}|\[([^|\]]*)\|([^\]]*)\]")
_PRONOUNS = {
    "she": ("she", "her", "her", True),
    "he": ("he", "him", "his", True),
    "they": ("they", "them", "their", False),
}


def _pick(rng: np.random.Generator, options) -> str:
    return options[int(rng.integers(len(options)))]


class _Voice:
    """How a report refers to its user; renders templates with verb agreement."""

    def __init__(self, noun: str, pronoun: str) -> None:
        self.noun = noun
        self.pr, self.obj, self.poss, self.sg = _PRONOUNS[pronoun]

    def render(self, template: str, fills: dict[str, str], noun: bool) -> str:
        """Fill ``template``; the first reference is the noun when ``noun``."""
        state = {"sg": True, "noun": noun}

        def ref(kind: str) -> str:
            if state["noun"]:
                state["noun"] = False
                return {"s": self.noun, "o": self.noun}.get(kind, self.noun + "'s")
            return {"s": self.pr, "o": self.obj}.get(kind, self.poss)

        def sub(m: re.Match) -> str:
            name, sg_form, pl_form = m.groups()
            if name is None:
                return sg_form if state["sg"] else pl_form
            if name in ("s", "o", "poss"):
                is_noun = state["noun"]
                out = ref(name)
                if name == "s":
                    state["sg"] = is_noun or self.sg
                return out
            if name == "pr":
                state["sg"] = self.sg
                return self.pr
            return fills[name]

        return _TOKEN.sub(sub, template)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _new_voice(rng: np.random.Generator) -> _Voice:
    noun = _pick(rng, ("the user", "the user", "this user"))
    pronoun = _pick(rng, ("they", "they", "she", "he"))
    return _Voice(noun, pronoun)


def _contexts(rng: np.random.Generator, n: int) -> list[tuple[str, dict]]:
    """``n`` off-trait sentences on distinct topics, naming at most one job."""
    job = _pick(rng, _JOBS)
    topics = [str(t) for t in rng.choice(_TOPICS, size=3 * n, replace=False)]
    out: list[tuple[str, dict]] = []
    has_job = False
    for i in rng.permutation(len(_CONTEXT)):
        tmpl = _CONTEXT[int(i)]
        if len(out) == n:
            break
        if "{job}" in tmpl:
            if has_job:
                continue
            has_job = True
        t1, t2, t3 = topics[3 * len(out) : 3 * len(out) + 3]
        out.append((tmpl, {"t1": t1, "t2": t2, "t3": t3, "job": job}))
    return out


def _pole_fills(trait: str, rng: np.random.Generator, prefix: str = "") -> dict:
    return {
        prefix + "p": _pick(rng, _NP[(trait, "pos")]),
        prefix + "n": _pick(rng, _NP[(trait, "neg")]),
        prefix + "cp": _pick(rng, _CMP[(trait, "pos")]),
        prefix + "cn": _pick(rng, _CMP[(trait, "neg")]),
    }


def _evidence_numbers(kind: str, rng: np.random.Generator) -> dict[str, str]:
    m = int(rng.integers(9, 31))
    frac = {"pro": (0.7, 0.95), "anti": (0.75, 0.97)}.get(kind, (0.5, 0.6))
    k = int(round(m * rng.uniform(*frac)))
    return {"k": str(min(k, m)), "m": str(m)}


def _trait_sentence(trait: str, level: str, rng: np.random.Generator):
    """One sentence template and its fills for ``trait`` at ``level``."""
    fills = _pole_fills(trait, rng)
    frame = _pick(rng, _FRAMES[level])
    extra = rng.random()
    if extra < (0.25 if level in ("top", "high", "none") else 0.15):
        kind = _EVIDENCE_KIND[level]
        frame += _pick(rng, _EVIDENCE[kind])
        fills.update(_evidence_numbers(kind, rng))
    elif extra < 0.45 and level in ("top", "high", "none"):
        pole = "neg" if level == "none" else "pos"
        because = _pick(rng, _BECAUSE)
        frame += because + _pick(rng, _REASON[(trait, pole)])
        if because.startswith(" ("):
            frame += ")"
    return frame, fills


def _combined_sentence(b: int, a: int, a_level: str, rng: np.random.Generator):
    fills = {"bp": _pick(rng, _NP[(TRAITS[b], "pos")])}
    fills["ap"] = _pick(rng, _NP[(TRAITS[a], "pos")])
    return _pick(rng, _COMBINED[a_level]), fills


def _assemble(
    parts: list[tuple[str, dict, str | None]],
    voice: _Voice,
    rng: np.random.Generator,
    n_pairs: int,
) -> str:
    """Render (template, fills, aspect-trait) parts into one report."""
    out = []
    mentioned = False
    opener = rng.random()
    for i, (tmpl, fills, trait) in enumerate(parts):
        subject_start = tmpl.startswith("{s}")
        prefix = ""
        if i == 0:
            if opener < 0.45 and subject_start:
                prefix = _pick(rng, _PREFIX if trait else _CONTEXT_PREFIX)
            elif opener < 0.65:
                prefix = _pick(rng, _LABEL)
        elif (
            subject_start
            and trait is not None
            and parts[i - 1][2] is not None
            and rng.random() < 0.2
        ):
            if trait != "pair" and rng.random() < 0.6:
                prefix = _pick(rng, _ASPECT[trait])
            else:
                prefix = _pick(rng, _TRANSITION)
        use_noun = not mentioned or rng.random() < 0.12
        fills = dict(fills, m=fills.get("m", str(n_pairs)))
        body = voice.render(tmpl, fills, use_noun)
        if re.search(r"\{(s|o|poss)\}", tmpl) or "user" in body:
            mentioned = True
        if prefix and prefix not in _LABEL:
            sentence = _cap(prefix + body)
        else:
            sentence = prefix + _cap(body)
        if not sentence.endswith("."):
            sentence += "."
        out.append(sentence)
    return " ".join(out)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A report of 2-6 sentences for a user with trait ``weights``."""
    w = np.asarray(weights, dtype=float)
    levels = levels_of(w)
    keep = _mentioned(levels, rng)
    order = sorted(keep, key=lambda k: -w[k])
    if len(order) >= 3 and rng.random() < 0.15:  # a summarizer's looser order
        j = int(rng.integers(1, len(order) - 1))
        if levels[order[j]] != "top" and levels[order[j + 1]] != "top":
            order[j], order[j + 1] = order[j + 1], order[j]

    voice = _new_voice(rng)
    n_pairs = int(rng.integers(12, 61))

    # trait sentences, possibly folding a lower trait into a "high" one
    trait_parts: list[tuple[str, dict, str | None]] = []
    used: set[int] = set()
    for k in order:
        if k in used:
            continue
        if levels[k] == "high" and rng.random() < 0.3:
            lower = [
                a
                for a in order
                if a not in used and a != k and levels[a] in ("mid", "low", "none")
            ]
            if lower:
                a = lower[int(rng.integers(len(lower)))]
                tmpl, fills = _combined_sentence(k, a, levels[a], rng)
                trait_parts.append((tmpl, fills, "pair"))
                used.update((k, a))
                continue
        tmpl, fills = _trait_sentence(TRAITS[k], levels[k], rng)
        trait_parts.append((tmpl, fills, TRAITS[k]))
        used.add(k)

    # off-trait material
    n_ctx = int(rng.choice([0, 1, 1, 2]))
    contexts = [(*c, None) for c in _contexts(rng, n_ctx)]
    trap = None
    if rng.random() < 0.15:
        trap = (_pick(rng, _TRAP), {}, None)
    standalone = (_pick(rng, _STANDALONE), {}, None) if rng.random() < 0.2 else None
    close = (_pick(rng, _CLOSE), {}, None) if rng.random() < 0.2 else None

    # keep to 2-6 sentences
    def count() -> int:
        extra = [standalone, trap, close]
        return len(trait_parts) + len(contexts) + sum(x is not None for x in extra)

    if count() > 6:
        close = None
    while count() > 6 and len(contexts) > 0:
        contexts.pop()
    if count() > 6:
        standalone = None
    if count() > 6:
        trap = None
    if count() < 2:
        contexts = [(*c, None) for c in _contexts(rng, len(contexts) + 1)]

    body = list(trait_parts)
    for c in contexts:  # context first, last, or between trait sentences
        pos = _pick(rng, (0, 0, len(body), int(rng.integers(len(body) + 1))))
        body.insert(int(pos), c)
    if trap is not None:
        body.insert(int(rng.integers(len(body) + 1)), trap)
    parts = ([standalone] if standalone else []) + body + ([close] if close else [])
    return _assemble(parts, voice, rng, n_pairs)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two reports, identical but for liking vs not liking ``trait`` (high level)."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    voice = _new_voice(rng)
    like, dislike = _FLIP[int(rng.integers(len(_FLIP)))]
    fills = {"p": _pick(rng, _NP[(trait, "pos")])}
    n_ctx = int(rng.choice([0, 1, 1, 2]))
    contexts = _contexts(rng, n_ctx)
    n_before = int(rng.integers(n_ctx + 1))
    opener = rng.random()
    prefix = ""
    if opener < 0.5:
        prefix = _pick(rng, _PREFIX if n_before == 0 else _CONTEXT_PREFIX)
    elif opener < 0.7:
        prefix = _pick(rng, _LABEL)

    def write(frame: str) -> str:
        parts = contexts[:n_before] + [(frame, fills)] + contexts[n_before:]
        out = []
        mentioned = False
        for i, (tmpl, f) in enumerate(parts):
            body = voice.render(tmpl, f, noun=not mentioned)
            mentioned = mentioned or bool(re.search(r"\{(s|o|poss)\}", tmpl))
            if i == 0 and prefix:
                if prefix in _LABEL:
                    body = prefix + _cap(body)
                elif tmpl.startswith("{s}"):
                    body = prefix + body
            sentence = _cap(body)
            out.append(sentence if sentence.endswith(".") else sentence + ".")
        return " ".join(out)

    return write(like), write(dislike)


if __name__ == "__main__":
    # run as a script, benchmarks/ is already on sys.path for the import above
    rng = np.random.default_rng(20261201)
    for _ in range(10):
        wts = rng.dirichlet(np.ones(4) * 0.8)
        lv = levels_of(wts)
        print("weights", np.round(wts, 3), dict(zip(TRAITS, lv, strict=True)))
        print("  ", generate(wts, rng))
        print()
    for t in ("helpfulness", "harmlessness", "humor", "conciseness"):
        a, b = flip_pair(t, rng)
        print("flip", t)
        print("  +", a)
        print("  -", b)
        print()
