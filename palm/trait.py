"""Traits: named dimensions of a model's answers, with anchor phrases for both poles.

A :class:`Trait` is what a portfolio's reward columns mean in words. Its anchor
phrases say what a user who wants *more* of the trait writes ("witty", "jokes") and
what a user who wants *less* of it writes ("serious", "straight-faced"). The
estimators of :mod:`palm.estimator` read preference summaries through these phrases.

Common traits are built in and usable by name (see :data:`BUILTIN_TRAITS`); custom
traits are declared by the user::

    Trait("sarcasm", positive=("sarcastic", "ironic"), negative=("sincere",))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .exceptions import PalmTypeError, ValidationError

__all__ = [
    "BUILTIN_TRAITS",
    "Trait",
    "builtin_trait_names",
    "get_trait",
    "resolve_traits",
]

_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_\- ]*$")


@dataclass(frozen=True)
class Trait:
    """A trait of a model's answers, with anchor phrases for both poles.

    Parameters
    ----------
    name : str
        The trait's name, as in the portfolio's reward columns ("humor").
    positive : sequence of str
        Words or short phrases a user who wants *more* of the trait uses to describe
        the answers they like ("witty", "jokes", "playful").
    negative : sequence of str
        Words or short phrases a user who wants *less* of the trait uses ("serious",
        "straight-faced"). Negations need no phrases of their own: "no jokes" is
        read as a negated positive anchor.
    aliases : sequence of str, default=()
        Other names of the trait ("safety" for harmlessness). They can be used
        instead of ``name`` in :func:`get_trait`, and count as positive mentions.
    description : str, default=""
        One line for people.

    Raises
    ------
    ValidationError
        If the name is empty or not a word, or a pole has no phrase.
    PalmTypeError
        If a phrase is not a string.

    See Also
    --------
    get_trait : Look a built-in trait up by name or alias.

    Examples
    --------
    >>> from palm.trait import Trait
    >>> t = Trait("sarcasm", positive=["sarcastic", "ironic"], negative=["sincere"])
    >>> t.positive
    ('sarcastic', 'ironic')
    >>> Trait.from_dict(t.to_dict()) == t
    True
    """

    name: str
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    description: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise PalmTypeError(
                f"Trait name must be a string; got {type(self.name).__name__} "
                f"{self.name!r}."
            )
        name = self.name.strip()
        if not name or not _NAME_RE.match(name):
            raise ValidationError(
                "Trait name must start with a letter and contain only letters, digits, "
                f"spaces, '_' or '-'; got {self.name!r}."
            )
        object.__setattr__(self, "name", name)
        for pole in ("positive", "negative", "aliases"):
            phrases = _check_phrases(getattr(self, pole), f"Trait {pole}")
            if pole != "aliases" and not phrases:
                raise ValidationError(
                    f"Trait {name!r} needs at least one {pole} anchor phrase (what a "
                    f"user who wants {'more' if pole == 'positive' else 'less'} of it "
                    f"says); got {getattr(self, pole)!r}."
                )
            object.__setattr__(self, pole, phrases)
        if not isinstance(self.description, str):
            raise PalmTypeError(
                "Trait description must be a string; got "
                f"{type(self.description).__name__}."
            )

    @property
    def names(self) -> tuple[str, ...]:
        """The name and the aliases, lower-cased."""
        return (self.name.lower(), *(a.lower() for a in self.aliases))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data that :meth:`from_dict` turns back into this trait.

        Returns
        -------
        dict
            Keys ``name``, ``positive``, ``negative``, ``aliases``, ``description``.
        """
        return {
            "aliases": list(self.aliases),
            "description": self.description,
            "name": self.name,
            "negative": list(self.negative),
            "positive": list(self.positive),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Trait:
        """Rebuild a trait from :meth:`to_dict` output.

        Parameters
        ----------
        data : mapping
            Must hold ``name``, ``positive`` and ``negative``; ``aliases`` and
            ``description`` are optional.

        Returns
        -------
        Trait

        Raises
        ------
        ValidationError
            If a key is missing or unknown.
        """
        if not isinstance(data, Mapping):
            raise PalmTypeError(
                f"Trait.from_dict needs a mapping; got {type(data).__name__}."
            )
        missing = [k for k in ("name", "positive", "negative") if k not in data]
        unknown = sorted(
            set(data) - {"name", "positive", "negative", "aliases"} - {"description"}
        )
        if missing or unknown:
            raise ValidationError(
                f"Trait data must have keys name, positive, negative (optionally "
                f"aliases, description); missing {missing}, unknown {unknown}."
            )
        return cls(
            name=data["name"],
            positive=tuple(data["positive"]),
            negative=tuple(data["negative"]),
            aliases=tuple(data.get("aliases", ())),
            description=data.get("description", ""),
        )


def _check_phrases(phrases: object, what: str) -> tuple[str, ...]:
    if isinstance(phrases, str):
        raise PalmTypeError(
            f"{what} must be a sequence of phrases, not one string; got {phrases!r}. "
            f"Wrap it in a list: [{phrases!r}]."
        )
    if not isinstance(phrases, Iterable):
        raise PalmTypeError(
            f"{what} must be a sequence of strings; got {type(phrases).__name__}."
        )
    out = []
    for p in phrases:
        if not isinstance(p, str):
            raise PalmTypeError(
                f"{what} must contain only strings; got {type(p).__name__} {p!r}."
            )
        p = " ".join(p.split())
        if not p:
            raise ValidationError(f"{what} must not contain empty phrases.")
        out.append(p)
    return tuple(dict.fromkeys(out))


def _builtin(
    name: str,
    positive: str,
    negative: str,
    description: str,
    aliases: tuple[str, ...] = (),
) -> Trait:
    """A built-in trait from ``|``-separated phrase lists."""
    return Trait(
        name=name,
        positive=tuple(p.strip() for p in positive.split("|")),
        negative=tuple(p.strip() for p in negative.split("|")),
        aliases=aliases,
        description=description,
    )


# The first positive phrase of each trait is an adjective: the offline summarizer
# writes "answers that are <first phrase>".
_BUILTINS = (
    _builtin(
        "helpfulness",
        "helpful | helpfulness | useful | usefulness | actionable | practical | "
        "stuff i can actually use | stuff i can use | something i can actually do | "
        "just pick one | pick one for me | what do i actually do | get to the how | "
        "action plans | action plan | prescriptive | practicality | "
        "ready-made answer | ready-made "
        "answers | "
        "gets to the how | "
        "something i can do | land somewhere | lands somewhere | "
        "practical advice | solutions | step-by-step | step by step | answers the "
        "question | informative | resourceful | guidance | concrete advice | specific "
        "advice | how-to | hands-on | tips | problem-solving | solves the problem | "
        "addresses the question | on-topic | substantive | gets things "
        "done | usable | workable | fixes | a fix | working solution | concrete | "
        "specific recommendations | recommendations | next steps | clear next steps | "
        "act on | acted on | on-target | direct answer | direct answers | straight "
        "answers | definite recommendation | definite answers | commits to an answer "
        "| pragmatic | tangible | applicable | solution-oriented | solve | solves | "
        "solving | addresses the actual question | address the question | answer the "
        "question | directly useful | real help | specifics | instructions | actually "
        "help | that help | responses that help | answers that help | concrete help | "
        "actionable help | practical help | useful help | get the task done | gets "
        "the task done | get the job done | gets the job done | get it done | how-tos "
        "| hand me the answer | tell me what to do | tell you what to do | tell them "
        "what to do | tell her what to do | tell him what to do | real answer | "
        "real answers | "
        "actual answer | actual answers | answer what i asked | answer to what i "
        "asked | working example | worked example | a working example | concrete "
        "examples | code examples | specificity | specificity of advice | "
        "problem solved | problem actually solved | working code | exact commands | "
        "code that works | actionability | actionable answers | action items | giving "
        "advice | exactly what to do | takeaway | takeaways | clear takeaway | "
        "to-do list | to-do lists | todo list | what to actually do | tell them what "
        "to do | tell them what to actually do | resolve things | a bit of direction "
        "| some direction | clear direction | prescriptive | steps | the steps | "
        "numbered steps | exact steps | what do i actually do | what do i do | what "
        "you should do | checklist | checklists | land on a suggestion | lands on a "
        "suggestion | land anywhere | landing anywhere | template you could copy | "
        "template you can copy | a template to copy | ready-to-use template | "
        "something you can actually do | something you can act on | stuff you can "
        "actually use | something the user can do | tells the user what to do | tell "
        "the user what to do | in practice | use in practice | the thing i can do | "
        "which one works | do the task | oriented on the solution | "
        "solution-oriented | a solution i can apply | concrete instruction | "
        "direction to a solution | arrive to a concrete solution | worked-out plan",
        "unhelpful | useless | vague | vagueness | evasive | off-topic | non-answers "
        "| non-answer | dodging | deflecting | wishy-washy | platitudes | generic | "
        "beside the point | hedging | hedged | hedges | noncommittal | non-committal "
        "| deflection | deflections | deflect | deflects | dodge | dodges | sidestep "
        "| sidesteps | evasion | filler | surface-level | superficial | shallow | "
        "hollow | canned | waffle | waffling | beating around the bush | restate the "
        "question | sounding board | musing | unfocused | consult a professional | "
        "empty reassurance | open-ended | loose and general | keep it general | vague "
        "and general | it depends | full of it depends | wonder aloud | wondering "
        "aloud | think out loud | thinking out loud | think aloud | reflect back | "
        "reflect things back | reflecting back | just listen | listen and reflect | "
        "all theory | purely theoretical | theoretical | abstract | too abstract | "
        "conceptual | big-picture discussion | big-picture | explore ideas | "
        "exploring ideas | explore the idea | think the idea through | "
        "think ideas through | think things through | "
        "leave it open | leave the question open | explore it | exploratory | "
        "non-prescriptive | speculative | wandering | think something through | "
        "think it through | tangents | reflective | muses | muse | pure theory | "
        "fence-sitting | sits on the fence | sit on the fence | "
        "mull over | mulling over | mulls over | "
        "theory for its own sake | hand-waving | handwaving | food for thought | "
        "speculation | reflection | big-picture reflection | drifts into theory | "
        "drift into theory | wonders alongside | wonder alongside | abstractions | "
        "philosophical | the why of things | in the vague | on the vague | without a "
        "decision | maybe this, maybe that | undecided | general reflections | think "
        "loudly | all possibilities | abstract talk | reflect with me | without to "
        "decide | decide nothing | no final verdict | wander around the idea | ideas "
        "stay open | stay in theory | only theory | in theory | turn around the "
        "question",
        "Answers that solve the user's problem.",
    ),
    _builtin(
        "harmlessness",
        "harmless | harmlessness | safe | safety | cautious | caution | careful | "
        "responsible | ethical | safety warnings | warnings | disclaimers | content "
        "warnings | guardrails | family-friendly | family friendly | wholesome | "
        "age-appropriate | inoffensive | non-toxic | risk-aware | prudent | refuses "
        "harmful requests | avoids harmful content | preachy | moralizing | "
        "moralizes | moralize | safety boilerplate | lecturing "
        "| sanctimonious | hand-holding | conscientious | measured | tame | low-risk "
        "| risk-averse | err on the side of caution | side of caution | caveats | "
        "caveated | carefully caveated | well-caveated | "
        "safety caveats | safety notes | safety tips | flag risks | flags risks | "
        "risk warnings | content filter | filtered | clean language | appropriate | "
        "sensible | handled carefully | careful handling | non-offensive | mindful | "
        "precautions | precautionary | protective measures | safeguards | "
        "tell me if something could be dangerous | tell me if it's dangerous | "
        "boundaries | kid-friendly | "
        "work-safe | safe-for-work | sfw | decline dangerous requests | refusals | "
        "keep it clean | language clean | keep the language clean | clean content | "
        "flag potential risks | flags potential risks | flag the risks | flag what "
        "could go wrong | flags what could go wrong | point out "
        "risks | points out risks | mention risks | warn about risks | warns about "
        "risks | warn of risks | ok for kids | okay for kids | safe for kids | "
        "kid-safe | appropriate for kids | suitable for kids | for kids to see | keep "
        "things clean | pg | family-safe | playing it safe | play it safe | plays it "
        "safe | careful about risks | careful about risk | careful with risks | "
        "carefully and responsibly | what could go wrong | health caveats | legal "
        "caveats | sanitizes | sanitize | "
        "careful around risks | cautious about risks | filtering | strict filtering "
        "| content filtering | censored | kept clean | content clean | flag anything "
        "unsafe | flag unsafe | flag things as unsafe | flag anything risky | flag "
        "anything dangerous | flag dangerous | flag anything | flags anything | "
        "lectured | lecture | lectures | tiptoe | tiptoeing | tiptoe around | "
        "protected | kid gloves | walk on eggshells | stay clean | stays clean | warn "
        "| heads-up about risks | heads up about risks | a heads-up about risks | "
        "see a doctor | check with a doctor | safety-minded | safety-conscious | "
        "overwarn | overwarning | side effects | risk talk | handled gently | "
        "careful with sensitive topics | careful around sensitive topics | "
        "careful about sensitive topics | careful on sensitive topics | "
        "gentle with sensitive topics | "
        "talk to a doctor | ask a doctor | bring in a professional | call a "
        "professional | flag hazards | flags hazards | hazard warnings | be careful "
        "with this | prudence | prudent | a small warning | a note about the risks | "
        "warn me first",
        "casual about safety | casual about risk | casual about risks | cavalier | "
        "underwarn | underwarning | irresponsible | careless | off-color | "
        "off-colour | treat hazards casually | treats hazards casually | "
        "treat danger casually | treats danger casually | treat risks casually | "
        "treats risks casually | "
        "treat like an adult | "
        "treats like an adult | treated like an adult | treat as an adult | treat "
        "like a grown-up | i'm an adult | i'm a grown-up | you're an adult | "
        "you're a grown-up | "
        "risky | edgy | unfiltered | uncensored | unrestricted | dangerous | harmful "
        "| offensive | provocative | explicit | crude | vulgar | profanity | profane "
        "| no-holds-barred | boundary-pushing | dark humor | raw | controversial | "
        "toxic | reckless | daring | no guardrails | nothing held back | unvarnished "
        "| push boundaries | pushes boundaries | boundary pushing | pushes the "
        "envelope | envelope-pushing | spicy | risque | nsfw | no filter | unhinged | "
        "anything goes | shock value | transgressive | risk tolerance | risk appetite "
        "| risk-taking | high-risk | hazardous | edginess | unsafe | graphic | gory "
        "| gruesome | gloss over the dangers | gloss over dangers | gloss over the "
        "risks | gloss over risks | skip over safety issues | skip over safety | skip "
        "over the risks | ignore an obvious hazard | ignores an obvious hazard | "
        "ignore the risks | ignores the risks | ignore risks | glosses over a real "
        "hazard | gloss over a real hazard | glosses over the risks | skip over "
        "obvious risks | skips over obvious risks | take risks | takes risks | "
        "taking risks | cavalier | gloss over what could go wrong | glosses over what "
        "could go wrong | gamble with their safety | gamble with your "
        "safety | shrugs off the dangers | shrug off the dangers | judge the risks "
        "themselves | ignore the dangers | ignores the dangers | put me in danger | "
        "can hurt somebody | dark and rough | strong words | shocking content | "
        "crazy risky | without filter | the raw truth",
        "Answers that avoid harm, risk and offence.",
        aliases=("safety",),
    ),
    _builtin(
        "humor",
        "humorous | humor | humour | funny | witty | wit | jokes | joke | joking | "
        "jokey | playful | lighthearted | light-hearted | puns | pun | banter | "
        "comedic | amusing | entertaining | fun | wry | tongue-in-cheek | cheeky | "
        "silly | whimsical | laughs | laugh | sarcasm | sarcastic | irony | ironic | "
        "quips | quip | zany | goofy | hilarious | levity | lighten the mood | dark "
        "humor | dry wit | sense of humor | sense of humour | witticism | witticisms "
        "| comic relief | comic | lightness | light tone | a sense of fun | wordplay "
        "| cheeky remarks | humorous asides | gags | gag | witty one-liners | clever "
        "one-liners | funny one-liners | sarcastic one-liners | snarky one-liners | "
        "silly one-liners | snark | snarky | lighten up | loosen up | with a smile | "
        "the one-liners | its one-liners | bot's one-liners | a good one-liner | good "
        "one-liners | entertained | light and friendly | made her laugh | made him "
        "laugh | made them laugh | made me laugh | makes her laugh | makes him laugh | "
        "makes them laugh | makes me laugh | make me laugh | a playful line | "
        "jokiness | lighter tone | a lighter tone | a little lighter | a bit lighter | "
        "lightens up | loosened up | playful streak | crack a smile | comedian | "
        "play along | plays along | played along | playing along | haha | hahaha | "
        "ha ha | comedy routine | the comedy | good-humored | good-humoured | "
        "make light of | makes light of | making light of | comic angle | comedy "
        "bit | makes the user smile | make the user smile | witty friend",
        "serious | seriousness | straight-faced | sober | solemn | earnest | "
        "humorless | humourless | grave | stern | strictly business | no-nonsense | "
        "earnestness | restrained | businesslike | straight-laced | strait-laced | "
        "somber | sombre | formal register | formal | formality | strictly "
        "professional | professional tone | dry tone | dry | stiff | unjoking | "
        "all-business | matter-of-fact | sound like a robot | sounds like a robot | "
        "stuffy | corporate-sounding | po-faced | grim register | deadly earnest | "
        "too seriously | corporate memo | straitlaced | joyless | straight face | "
        "charm of a tax form | serious face | a formal document | like a robot",
        "Answers that are funny or playful.",
    ),
    _builtin(
        "conciseness",
        "concise | conciseness | brief | brevity | short | succinct | terse | to the "
        "point | to-the-point | straight to the point | gets to the point | get to "
        "the point | crisp | compact | bullet points | tl;dr | tldr | quick | brisk | "
        "minimal | minimalist | economical | pithy | snappy | skimmable | short and "
        "sweet | in a nutshell | briefly | concisely | succinctly | few words | "
        "no-nonsense | straightforward | direct | directness | one-line | one line | "
        "economy of words | tight | trimmed | trimmed-down | lean answers | "
        "lean replies | lean responses | lean prose | lean and | bottom line | skim | "
        "skimmable | "
        "single sentence | one sentence | a sentence or two | "
        "bottom-line-first | bottom line first | the answer first | bluf | "
        "short-form | bite-sized | at a glance | cut to the chase | fits on one "
        "screen | one-paragraph | single paragraph | one paragraph | less text | "
        "what it needs to and stops | a few "
        "sentences | concision | compactness | streamlined | laconic | condensed | "
        "the gist | key points | bare essentials | quick answers | quick replies | "
        "cap reply length | cap the length | cap length | cap replies | "
        "trim | trimmed answers | trim answers down | trim replies down | trim it "
        "down | trimming answers down | trimming replies down | to the essentials | "
        "essentials only | just the "
        "essentials | one-liners | one-liner | no "
        "intro | just the answer | no preamble | one sentence | "
        "in one sentence | a sentence or two | one or two sentences | two sentences | "
        "short and simple | a few lines | few lines | a few lines max | one paragraph "
        "| one paragraph max | a paragraph max | a short paragraph | bullet summaries "
        "| bullet summary | bulleted | skimp | skimping | skimpy | truncate | "
        "truncated | short version | the short version | clipped | bare-minimum | "
        "skip steps | skips steps | skipping steps | cut it short | cut short | skims "
        "long replies | skims long answers | skims long responses | only two lines | "
        "in two lines | few sentences | two, three sentences | three sentences | "
        "only the point | the point and only the point | only the essential | "
        "write less | less words | fewer words | shorter | telegram style | "
        "summary-only",
        "detailed | detail | details | thorough | thoroughness | thoroughly | "
        "in-depth | in depth | comprehensive | long | lengthy | verbose | verbosity | "
        "wordy | elaborate | expansive | extensive | exhaustive | long-form | deep "
        "dive | deep dives | depth | rambling | padding | fluff | walls of text | "
        "overexplain | overexplaining | overexplains | overexplained | repetition | "
        "repetitive | repeats itself | bloated | long-winded answers | "
        "goes on and on | go on and on | going on and on | scrolling through "
        "paragraphs | scroll through paragraphs | paragraphs and paragraphs | "
        "dig into | really dig into | several paragraphs | multiple paragraphs | "
        "all the reasoning | reasoning behind it | "
        "wall of text | ramble | rambles | long-winded | at length | in detail | "
        "the whole picture | goes on well past | go on well past | no part "
        "of the question unexplained | buries the key point | bury the key point | "
        "buries the answer | bury the answer | over-explains simple things | "
        "full explanations | "
        "essays | fuller | full context | full explanation | richly detailed | rich "
        "detail | walkthroughs | walk-throughs | write-ups | background | every "
        "detail | all the details | spelled out | spell out | breakdowns | long "
        "explanations | longer | elaboration | exhaustive coverage | go deep | nuance "
        "| long reads | comprehensively | preamble | intro | recap | length | word "
        "count | detail level | level of detail | drag on | drags on | dragging on | "
        "give me everything | full version | the full version | as much as you need "
        "| padded | expand on | expand | a novel | many paragraphs | writing too "
        "much | unnecessary long talking",
        "Short answers; its negative pole is detailed, thorough answers.",
        aliases=("brevity",),
    ),
    _builtin(
        "factuality",
        "factually accurate | factual | factuality | factually | facts | "
        "fact-based | accurate | accuracy | correct | correctness | precise | "
        "precision | evidence | evidence-based | sources | sourced | citations | "
        "cited | references | verified | verifiable | truthful | honest | "
        "grounded | rigorous | rigor | reliable | reliability | trustworthy | "
        "objective | data-driven | fact-checked | well-sourced | fact checking",
        "speculative | speculation | made-up | made up | hallucinations | "
        "hallucination | hallucinate | fabricated | fabrication | guesswork | "
        "guesses | unverified | misinformation | inaccurate | inaccuracies | "
        "embellished | embellishment | exaggeration | hearsay | rumors | "
        "sloppy | hand-wavy",
        "Answers that are correct and checkable.",
    ),
    _builtin(
        "creativity",
        "creative | creativity | original | originality | imaginative | "
        "imagination | inventive | unconventional | out-of-the-box | "
        "outside the box | artistic | poetic | storytelling | metaphors | "
        "metaphor | vivid | colorful | colourful | novel ideas | fresh ideas | "
        "innovative | unexpected | fanciful | expressive | flair | brainstorming | "
        "experimental",
        "conventional | formulaic | predictable | boilerplate | cliched | cliché | "
        "clichés | cliches | by-the-book | by the book | bland | unimaginative | "
        "literal | standard | template | templated | run-of-the-mill",
        "Answers with original ideas and expression.",
    ),
    _builtin(
        "formality",
        "formal | formality | professional | professionalism | polished | "
        "businesslike | academic tone | academic style | dignified | official | "
        "proper grammar | impersonal | corporate | reserved | buttoned-up | "
        "strictly business",
        "casual | informal | informality | relaxed | conversational | chatty | "
        "colloquial | slang | laid-back | laid back | breezy | emoji | emojis | "
        "contractions | chill | folksy | down-to-earth | everyday language | "
        "low-key | friendly banter",
        "Answers in a formal, professional register.",
    ),
    _builtin(
        "empathy",
        "empathetic | empathy | empathic | compassionate | compassion | caring | "
        "kind | kindness | warm | warmth | supportive | understanding | "
        "sympathetic | gentle | emotional support | validating | validation | "
        "considerate | encouraging | encouragement | reassuring | reassurance | "
        "sensitive | heartfelt | nurturing | comforting | "
        "acknowledges feelings | emotionally aware | sugarcoating | coddling",
        "cold | detached | clinical | blunt | bluntness | harsh | unsentimental | "
        "matter-of-fact | tough love | brutally honest | brutal honesty | "
        "dispassionate | stoic | unemotional",
        "Answers that attend to the user's feelings.",
    ),
    _builtin(
        "politeness",
        "polite | politeness | courteous | courtesy | respectful | "
        "tactful | tact | gracious | manners | well-mannered | diplomatic | civil | "
        "deferential | apologetic | please and thank you",
        "rude | rudeness | curt | brusque | abrupt | impolite | snarky | sassy | "
        "condescending | dismissive | abrasive | disrespectful | snippy | "
        "insulting | rudely",
        "Answers with good manners.",
    ),
)

#: The built-in traits by name. Aliases ("safety", "brevity") resolve through
#: :func:`get_trait`.
BUILTIN_TRAITS: Mapping[str, Trait] = {t.name: t for t in _BUILTINS}

_BY_ANY_NAME: dict[str, Trait] = {n: t for t in _BUILTINS for n in t.names}


def builtin_trait_names() -> tuple[str, ...]:
    """Names of the built-in traits, sorted.

    Examples
    --------
    >>> from palm.trait import builtin_trait_names
    >>> builtin_trait_names()[:4]
    ('conciseness', 'creativity', 'empathy', 'factuality')
    """
    return tuple(sorted(BUILTIN_TRAITS))


def get_trait(spec: str | Trait) -> Trait:
    """A trait from a built-in name or alias, or a :class:`Trait` itself.

    Parameters
    ----------
    spec : str or Trait
        A built-in name ("humor"), an alias ("safety", "brevity"; any case), or a
        trait object, returned as is.

    Returns
    -------
    Trait

    Raises
    ------
    ValidationError
        If the name is not built in; the message lists the built-in names and shows
        how to declare a custom trait.
    PalmTypeError
        If ``spec`` is neither a string nor a trait.

    Examples
    --------
    >>> from palm.trait import get_trait
    >>> get_trait("safety").name
    'harmlessness'
    >>> get_trait("Brevity").negative[:2]
    ('detailed', 'detail')
    """
    if isinstance(spec, Trait):
        return spec
    if _is_trait_like(spec):
        return Trait.from_dict(spec.to_dict())  # type: ignore[union-attr]
    if isinstance(spec, Mapping):
        return Trait.from_dict(spec)
    if not isinstance(spec, str):
        raise PalmTypeError(
            f"a trait must be a name (str) or a palm.trait.Trait; got "
            f"{type(spec).__name__} {spec!r}."
        )
    trait = _BY_ANY_NAME.get(spec.strip().lower())
    if trait is None:
        raise ValidationError(_no_anchor_message([spec]))
    return trait


def resolve_traits(specs: Sequence[str | Trait]) -> tuple[Trait, ...]:
    """Traits with anchors for every spec, or one error naming all that have none.

    Parameters
    ----------
    specs : sequence of str or Trait
        Built-in names, aliases, or trait objects, one per reward column.

    Returns
    -------
    tuple of Trait

    Raises
    ------
    ValidationError
        If some names are not built in (the message names them and what to pass
        instead), or two specs resolve to the same trait.

    Examples
    --------
    >>> from palm.trait import resolve_traits
    >>> [t.name for t in resolve_traits(["humor", "safety"])]
    ['humor', 'harmlessness']
    """
    if isinstance(specs, str) or not isinstance(specs, Sequence):
        raise PalmTypeError(
            f"traits must be a sequence of names or Trait objects; got "
            f"{type(specs).__name__} {specs!r}."
        )
    unknown = [
        s for s in specs if isinstance(s, str) and s.strip().lower() not in _BY_ANY_NAME
    ]
    if unknown:
        raise ValidationError(_no_anchor_message(unknown))
    traits = tuple(get_trait(s) for s in specs)
    names = [t.name for t in traits]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValidationError(
            f"traits must be distinct; {dupes} appear more than once (after "
            f"resolving aliases) in {list(specs)!r}."
        )
    return traits


def _is_trait_like(obj: object) -> bool:
    return hasattr(obj, "to_dict") and hasattr(obj, "name") and not isinstance(obj, str)


def _no_anchor_message(names: Sequence[object]) -> str:
    shown = ", ".join(repr(n) for n in names)
    builtin = ", ".join(builtin_trait_names())
    example = names[0] if isinstance(names[0], str) else "my_trait"
    return (
        f"trait(s) {shown} have no anchor phrases, so summary text cannot be read for "
        f"them. Pass traits=[...] with built-in names ({builtin}; aliases safety, "
        "brevity) or palm.trait.Trait objects, e.g. "
        f"Trait({example!r}, positive=['...'], negative=['...']), when fitting the "
        "portfolio; or route with a weight vector instead of text."
    )
