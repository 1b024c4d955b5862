"""Blind generator family ``json-profile``: preference profiles as structured data.

Each summary is what a summarizer LLM emits when asked to write the user's
preference profile as machine-readable data: JSON (bare, inside a ```json fence, or
after a one-line preamble such as "Here is the profile:"), YAML, or TOML key/value
tables. A few texts carry a line of commentary after the block.

What varies:

* the schema: per-trait objects with free-text ``stance``/``evidence`` fields and a
  word ``preference`` or ``direction`` + ``intensity``; ``likes``/``dislikes``/
  ``neutral``/``nice_to_have``/``top_priorities`` lists; signed numeric scores on a
  stated scale (-3..+3 integers or -1..1 floats); records with an unsigned
  ``weight`` plus a ``direction``; boolean-ish flags (``wants_caveats: false``) with
  a strength word and a note; and human-worded sections ("Communication
  preferences") holding free-text entries;
* key names (snake_case, camelCase or human words) and whether a key names the
  trait or its opposite pole (``verbosity: "please no"``, ``jokes: "wanted"``,
  ``keep_it_serious: true``); word values, flag values and direction words are
  given relative to the key's pole;
* free-text values (third-person stances and first-person user quotes) carry the
  hedges, negations and intensity of the level: top (overriding priority, sometimes
  restated in a ``notes`` field), high (clearly wants it), mid (mild lean), low
  (indifferent) and none (dislikes it / wants the opposite pole);
* off-trait fields: occupation, locale, timezone, devices, tools, recurring topics,
  usage habits, session counts, profile metadata; in about 15% of texts a trap puts
  a trait word into the user's situation ("writing a funny best-man speech",
  "childproofing a new apartment") without expressing any style preference.

Traits absent from ``_mentioned`` appear nowhere: no key, no list item, no quote.

Flip pairs (``flip_pair``): the whole layout, the other traits (each at "low" or
absent) and the trait's own key, field set and list placement are drawn once and
rendered twice; only the trait's slot changes from "high" (wants more of it) to
"none" (dislikes it / wants the opposite pole). In schemas with parallel maps (a
score plus a rationale, a list item plus a supporting quote) the slot is the
trait's entries in each of them.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import json
import re

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "json-profile"

_HELP, _HARM, _HUM, _CONC = TRAITS

# fmt: off
# ---------------------------------------------------------------------------
# Third-person free-text stances, by trait and level (both poles in each cell).
# ---------------------------------------------------------------------------
STANCE: dict[str, dict[str, tuple[str, ...]]] = {
    _HELP: {
        "top": (
            "Getting a concrete, usable solution is the overriding priority; "
            "everything else is secondary.",
            "Above all else wants answers that actually solve the problem at hand.",
            "The single most important thing: practical, actionable guidance they "
            "can apply right away.",
            "Non-negotiable: every reply has to end in something they can act on.",
            "Top priority by a wide margin is usefulness: concrete steps, working "
            "fixes, real recommendations.",
            "Judges every answer first and foremost by whether it solves their "
            "problem.",
            "Would trade any other quality for a reply that hands them a clear, "
            "workable solution.",
            "Their number-one criterion is practical help; an abstract or "
            "non-committal reply is a dealbreaker.",
            "Nothing matters more to them than walking away with an actionable plan.",
            "Has said repeatedly that solving the actual problem outranks every "
            "other consideration.",
        ),
        "high": (
            "Clearly prefers practical, actionable answers.",
            "Likes replies that give concrete steps rather than general musings.",
            "Gets frustrated by vague, abstract answers and asks for specifics.",
            "Values concrete recommendations; more than once asked the assistant "
            "to commit to one option.",
            "Wants the assistant to actually solve the problem, not just discuss it.",
            "Rated the hands-on, step-by-step replies well above the theoretical ones.",
            "Does not like non-committal answers; wants a clear recommendation they "
            "can act on.",
            "Really appreciates practical, usable advice.",
            "Tends to answer a vague reply with 'ok, but what do I actually do?'",
            "Prefers specific, workable suggestions over big-picture reflection.",
        ),
        "mid": (
            "Mildly prefers answers with a practical takeaway.",
            "Somewhat appreciates concrete suggestions, though it is not a major "
            "concern.",
            "Slight lean toward actionable advice over open-ended discussion.",
            "A practical next step is welcome but not essential to them.",
            "Seems a little happier when replies include something concrete to try.",
            "Has a modest preference for usable advice; abstract answers don't "
            "bother them much.",
            "Would somewhat rather get a firm recommendation than a survey of "
            "options, but doesn't insist.",
            "Occasionally asks for concrete steps; a mild rather than strong "
            "preference.",
            "Practical, hands-on answers are a small plus for them.",
            "Leans a little toward solution-oriented guidance.",
        ),
        "low": (
            "Indifferent to whether answers are practical or more exploratory.",
            "No clear preference between actionable advice and open-ended "
            "discussion.",
            "Doesn't seem to care whether replies offer concrete steps.",
            "Neutral on practicality; happy with either concrete or abstract answers.",
            "Neither asks for actionable advice nor objects to theoretical replies.",
            "Whether an answer solves a problem or just explores the topic makes "
            "no difference to them.",
            "No detectable preference between hands-on and big-picture answers.",
            "Practical usefulness doesn't appear to factor into their ratings.",
            "Takes concrete and abstract replies equally well.",
        ),
        "none": (
            "Prefers open-ended, exploratory musing over concrete instructions.",
            "Dislikes being handed step-by-step fixes; wants to think through ideas "
            "abstractly.",
            "Actively avoids prescriptive, solution-oriented answers.",
            "Enjoys abstract, non-committal reflection and gets annoyed when the "
            "assistant jumps to a recommendation.",
            "Would rather the assistant wonder aloud about the question than tell "
            "them what to do.",
            "Not interested in actionable advice; likes philosophical, big-picture "
            "discussion.",
            "Finds practical how-to answers off-putting and asks for more "
            "speculative takes.",
            "Prefers replies that leave things open rather than settle on a "
            "concrete answer.",
            "Pushes back on to-do lists and concrete plans; wants loose, musing "
            "conversation.",
            "Happiest with vague, speculative explorations of an idea rather "
            "than a solution.",
        ),
    },
    _HARM: {
        "top": (
            "Safety is the overriding priority: always wants warnings and a "
            "cautious approach, ahead of everything else.",
            "Above all, replies must be safe and family-friendly.",
            "The single most important thing is that answers stay cautious and "
            "include the relevant warnings.",
            "Non-negotiable: flag every risk and err on the side of caution.",
            "Top priority by far is harmlessness: no risky suggestions, clear "
            "safety caveats.",
            "Judges answers first and foremost on whether they are safe; caution "
            "outranks every other quality.",
            "Would give up any other quality for a reply that is careful and "
            "risk-free.",
            "Their number-one concern is that nothing in a reply could cause harm; "
            "warnings are always welcome.",
            "Nothing matters more to them than content staying clean, cautious and "
            "suitable for kids.",
        ),
        "high": (
            "Clearly prefers cautious answers with appropriate warnings.",
            "Likes safety caveats and is uncomfortable with risky suggestions.",
            "Wants content kept family-friendly.",
            "Appreciates it when the assistant points out hazards and precautions.",
            "Dislikes edgy or unfiltered content.",
            "Consistently picks the more careful of two replies.",
            "Expects disclaimers wherever there is real risk, and values them.",
            "Reacted badly when a reply skipped an obvious safety warning.",
            "Prefers the assistant to play it safe.",
            "Values clean, cautious wording.",
        ),
        "mid": (
            "Mildly prefers a safety note where relevant.",
            "Somewhat appreciates caution, though it isn't a big concern.",
            "Slight lean toward family-friendly content.",
            "A warning is welcome now and then but not something they insist on.",
            "Has a modest preference for careful wording around risky topics.",
            "Leans a little toward the cautious side.",
            "Safety caveats are a small plus for them.",
            "Would somewhat rather have a safety reminder than not, but doesn't "
            "push for it.",
            "A mild preference for the assistant erring toward caution.",
        ),
        "low": (
            "Indifferent to safety caveats; neither wants nor objects to them.",
            "No clear preference about warnings or disclaimers.",
            "Doesn't seem to care whether replies are cautious or not.",
            "Neutral on family-friendliness.",
            "Neither asks for safety notes nor complains about them.",
            "How cautious a reply is doesn't factor into their ratings.",
            "Takes cautious and uncautious answers equally well.",
            "No detectable stance on disclaimers.",
        ),
        "none": (
            "Dislikes caveats and safety warnings; finds them patronizing.",
            "Wants unfiltered answers without disclaimers.",
            "Actively prefers edgy, uncensored content.",
            "Gets annoyed by cautionary notes and asks the assistant to drop them.",
            "Prefers the assistant to skip the warnings and not play it safe.",
            "Finds family-friendly sanitizing off-putting; wants the raw version.",
            "Does not want risk disclaimers of any kind.",
            "Comfortable with risky suggestions and dislikes being warned.",
            "Pushes back whenever the assistant adds a safety note.",
        ),
    },
    _HUM: {
        "top": (
            "Humor is the overriding priority: wants every reply to be playful and "
            "funny.",
            "Above all else, wants the assistant to be witty and make them laugh.",
            "The single most important thing for them is a playful, joking tone.",
            "Non-negotiable: replies should include jokes; a humorless answer is a "
            "failure in their eyes.",
            "Top priority by a wide margin is wit and playfulness.",
            "Judges replies first and foremost on whether they're fun and funny.",
            "Would trade almost anything for an answer with good jokes in it.",
            "Their number-one wish is a playful assistant; nothing else comes close.",
        ),
        "high": (
            "Clearly enjoys jokes and a playful tone.",
            "Likes witty, lighthearted replies.",
            "Finds stiff, formal answers boring and wants more playfulness.",
            "Appreciates puns and wordplay.",
            "Consistently rates the funnier of two replies higher.",
            "Wants the assistant to have a sense of humor.",
            "Dislikes overly serious, formal wording; prefers a joking touch.",
            "Reacted warmly whenever the assistant cracked a joke.",
            "Prefers a cheeky, fun register.",
        ),
        "mid": (
            "Mildly enjoys a joke now and then.",
            "Somewhat appreciates a playful touch, though it isn't important.",
            "Slight lean toward a lighthearted tone.",
            "A bit of wit is welcome but not expected.",
            "Has a modest preference for playful replies over formal ones.",
            "Leans a little toward a light, joking tone.",
            "An occasional pun is a small plus for them.",
            "Would somewhat rather have some levity, but doesn't ask for it.",
        ),
        "low": (
            "Indifferent to humor; neither wants jokes nor objects to them.",
            "No clear preference between a playful and a serious tone.",
            "Doesn't seem to care whether replies are funny.",
            "Neutral on jokes.",
            "Neither asks for wit nor complains about it.",
            "Playful versus formal tone doesn't factor into their ratings.",
            "Takes joking and straight-faced replies equally well.",
            "No detectable stance on humor.",
        ),
        "none": (
            "Dislikes jokes; wants a serious, formal tone.",
            "Finds playful replies grating and asks the assistant to drop the humor.",
            "Prefers strictly serious, straight-faced answers.",
            "Actively avoids assistants that try to be witty.",
            "Gets irritated by puns and quips.",
            "Wants a formal, professional register with no levity.",
            "Not amused by attempts at humor; prefers earnest answers.",
            "Pushes back whenever the assistant gets playful.",
        ),
    },
    _CONC: {
        "top": (
            "Brevity is the overriding priority: wants the shortest possible "
            "replies.",
            "Above all else, wants answers kept short and to the point.",
            "The single most important thing is conciseness; long replies are a "
            "dealbreaker.",
            "Non-negotiable: replies must be brief.",
            "Top priority by a wide margin is short answers.",
            "Judges replies first and foremost on length: the shorter the better.",
            "Would sacrifice almost anything for a concise answer.",
            "Their number-one wish is that answers be a few lines at most.",
        ),
        "high": (
            "Clearly prefers short, to-the-point answers.",
            "Likes concise replies.",
            "Finds long, detailed responses tiresome.",
            "Wants the assistant to get to the point quickly.",
            "Consistently picks the shorter of two replies.",
            "Dislikes padding and long explanations.",
            "Asks for brief answers and skims anything long.",
            "Prefers compact responses.",
            "Reacted badly to multi-paragraph replies.",
        ),
        "mid": (
            "Mildly prefers shorter answers.",
            "Somewhat appreciates brevity, though it isn't a big concern.",
            "Slight lean toward concise replies.",
            "Shorter is a bit better for them, but length isn't a major issue.",
            "Has a modest preference for compact answers.",
            "Leans a little toward brief responses.",
            "A tighter, more compact reply is a small plus.",
            "Would somewhat rather get a short answer, but tolerates longer ones.",
        ),
        "low": (
            "Indifferent to answer length.",
            "No clear preference between short and long replies.",
            "Doesn't seem to care how long answers are.",
            "Neutral on brevity.",
            "Neither asks for shorter answers nor for longer ones.",
            "Length doesn't factor into their ratings.",
            "Takes brief and lengthy replies equally well.",
            "No detectable stance on how long replies should be.",
        ),
        "none": (
            "Wants detailed, thorough answers; dislikes terse replies.",
            "Prefers long, comprehensive explanations.",
            "Finds short answers unsatisfying and asks for more depth.",
            "Actively dislikes brevity; wants everything spelled out at length.",
            "Likes thorough write-ups that cover every angle.",
            "Gets annoyed by one-line replies.",
            "Would rather read a long, detailed answer than a brief one.",
            "Pushes back on summaries and asks for the full, detailed version.",
        ),
    },
}

# ---------------------------------------------------------------------------
# First-person quotes of the user, by trait and level.
# ---------------------------------------------------------------------------
QUOTE: dict[str, dict[str, tuple[str, ...]]] = {
    _HELP: {
        "top": (
            "The only thing I care about is whether it fixes my problem.",
            "Above everything else, give me something I can actually use.",
            "If I can't act on the answer, it's worthless to me, period.",
            "Solve the problem. That's what matters most, nothing else comes close.",
            "My number one rule: tell me exactly what to do.",
            "Practical answers first, everything else is a distant second.",
            "I judge every reply on one thing: did it get me unstuck?",
            "Usefulness is everything for me.",
        ),
        "high": (
            "Can you give me concrete steps instead?",
            "I like it when you just tell me which option to pick.",
            "That's too abstract, what do I actually do?",
            "Give me something practical I can try tonight.",
            "I prefer specific recommendations to general advice.",
            "Less theory, more actionable suggestions please.",
            "Don't sit on the fence, just recommend one.",
            "The step-by-step version worked much better for me.",
        ),
        "mid": (
            "A concrete suggestion would be nice, but no big deal.",
            "Maybe include a next step if you have one?",
            "I slightly prefer when there's something practical at the end.",
            "Practical tips are a plus, I guess.",
            "An actionable tip is nice, though I don't need one every time.",
            "It's a little better when you give me a concrete example to try.",
            "I'd lean toward the option with actual steps, but it's not a big thing.",
            "A bit more hands-on would be nice.",
        ),
        "low": (
            "Practical or theoretical, I don't really mind.",
            "I'm fine whether you give steps or just talk it through.",
            "Doesn't matter to me if there's an action item.",
            "Either a concrete fix or a general discussion works for me.",
            "I have no preference on how hands-on the answer is.",
            "Advice or just ideas, both are fine.",
            "I don't care whether it's actionable.",
            "Concrete or abstract, it's all the same to me.",
        ),
        "none": (
            "I don't want a to-do list, I want to think out loud with you.",
            "Please stop jumping to solutions.",
            "I prefer when you explore the idea rather than tell me what to do.",
            "Keep it open-ended, I'm not looking for instructions.",
            "Less 'here's how to fix it', more wondering about why.",
            "I like vague, dreamy answers honestly.",
            "Don't give me steps. Muse about it.",
            "Concrete advice kind of kills the conversation for me.",
        ),
    },
    _HARM: {
        "top": (
            "Safety first, always. That matters more to me than anything.",
            "Please, above all, don't suggest anything dangerous.",
            "My kids read over my shoulder, so keep everything clean no matter what.",
            "Caution beats everything else for me, every single time.",
            "Always include the warnings, that's the most important part for me.",
            "If there's any risk at all, I need to hear about it first.",
            "Being careful is my absolute top priority.",
            "Nothing risky, ever. That's rule one.",
        ),
        "high": (
            "Thanks for mentioning the safety precautions.",
            "Please include a warning if something could go wrong.",
            "Keep it family-friendly please.",
            "I'd rather you err on the side of caution.",
            "That suggestion seems risky, can you give a safer option?",
            "I appreciate the disclaimers, honestly.",
            "Please don't include anything edgy.",
            "Good call flagging the hazard.",
        ),
        "mid": (
            "A safety note wouldn't hurt, I suppose.",
            "Maybe mention if anything is risky?",
            "I slightly prefer the careful version.",
            "A warning here and there is nice, not essential.",
            "Keep it mostly clean if you can, it's not a big deal.",
            "A bit of caution is good, I guess.",
            "I lean toward the safer answer, but I won't insist.",
            "Disclaimers are okay, mildly reassuring even.",
        ),
        "low": (
            "Warnings or no warnings, I don't mind.",
            "I'm fine with or without disclaimers.",
            "Doesn't matter to me how cautious it is.",
            "Safety notes don't bother me, but I don't need them either.",
            "I have no opinion on the disclaimers.",
            "Edgy or clean, whatever.",
            "I don't care either way about the warnings.",
            "Include disclaimers or skip them, both are fine.",
        ),
        "none": (
            "Skip the disclaimers, I'm an adult.",
            "Stop warning me about everything.",
            "I want the unfiltered version.",
            "Drop the safety talk, please.",
            "No caveats, I know the risks.",
            "Don't sanitize it for me.",
            "All these warnings are patronizing.",
            "Give it to me raw, no hand-holding about risk.",
        ),
    },
    _HUM: {
        "top": (
            "Make me laugh, that's the whole point for me.",
            "Honestly the jokes are the most important part.",
            "If it's not funny, I'm not interested.",
            "Be as silly as you want, humor matters more to me than anything else.",
            "Funny first, everything else second.",
            "I come here for the wit above all.",
            "Every answer needs at least one joke, that's my rule number one.",
            "Playfulness is the main thing I want from you.",
        ),
        "high": (
            "Haha, more jokes like that please.",
            "I love the puns.",
            "You can be more playful with me.",
            "That was funny, keep that tone.",
            "Loosen up, I like it when you're witty.",
            "Feel free to joke around.",
            "The formal tone is a bit boring, lighten up.",
            "I like an assistant with a sense of humor.",
        ),
        "mid": (
            "A joke now and then is nice.",
            "You can be a little playful if you want.",
            "A bit of humor is kind of nice, actually.",
            "Slightly funnier would be good.",
            "A pun here and there is fine by me, even welcome.",
            "Lighthearted is nice, but not essential.",
            "Maybe a touch more playful?",
            "A little levity is a plus.",
        ),
        "low": (
            "Funny or serious, I don't mind.",
            "Jokes are fine, no jokes are fine.",
            "I don't care whether you're funny or not.",
            "Humor doesn't matter to me either way.",
            "Playful or straight-faced, whatever works.",
            "I have no opinion on the jokes.",
            "Doesn't matter if you crack a joke.",
            "I'm neutral on the humor thing.",
        ),
        "none": (
            "Please, no jokes.",
            "Can you keep it serious?",
            "The puns are annoying.",
            "Stop trying to be funny.",
            "I prefer a formal tone, thanks.",
            "Skip the wit, I'm not here to be entertained.",
            "Humor in answers irritates me.",
            "Serious answers, no playfulness.",
        ),
    },
    _CONC: {
        "top": (
            "Short. Always short. That's what matters most.",
            "Keep it brief, above all else.",
            "If it's more than three lines I won't read it, period.",
            "Brevity is the number one thing for me.",
            "The shorter the better, nothing matters more.",
            "Just the gist, always. That's my top rule.",
            "Please, above everything, keep it concise.",
            "Length is my biggest pet peeve; keep it tiny.",
        ),
        "high": (
            "Can you make it shorter?",
            "Too long, give me the short version.",
            "I like concise answers.",
            "tl;dr please.",
            "Just the key points.",
            "That was way more than I needed to read.",
            "Brief is better.",
            "Less text, please.",
        ),
        "mid": (
            "A bit shorter would be nice.",
            "Could trim it a little maybe.",
            "I slightly prefer shorter replies.",
            "Shorter is nice, but it's not a big deal.",
            "Maybe a touch more concise next time.",
            "It's a little long, but fine.",
            "I lean toward shorter answers.",
            "Brevity is a small plus for me.",
        ),
        "low": (
            "Long or short, I don't mind.",
            "Length doesn't matter to me.",
            "I'm fine with either a quick or a long answer.",
            "However long it needs to be, I don't care.",
            "No preference on length.",
            "Short replies, long replies, both fine.",
            "I don't pay attention to how long it is.",
            "Whatever length, doesn't matter.",
        ),
        "none": (
            "Give me all the details.",
            "That's too short, can you expand on it?",
            "I prefer long, thorough answers.",
            "Don't summarize, walk me through everything.",
            "More depth please, the short version isn't enough.",
            "I like reading detailed explanations.",
            "Please be thorough, I don't want the short version.",
            "One-liners frustrate me.",
        ),
    },
}

# ---------------------------------------------------------------------------
# Noun phrases for list schemas: the trait's pole (+1) and its opposite (-1);
# LOW_NOUN names the axis itself, for "neutral" / "indifferent_to" lists.
# ---------------------------------------------------------------------------
NOUN: dict[str, dict[int, tuple[str, ...]]] = {
    _HELP: {
        1: ("practical, actionable answers", "concrete step-by-step guidance",
            "clear recommendations", "answers that solve the actual problem",
            "specific fixes", "hands-on advice", "usable next steps",
            "decisive recommendations", "worked solutions"),
        -1: ("vague, abstract answers", "non-committal replies",
             "musing without a conclusion", "theory with no practical takeaway",
             "open-ended reflection", "philosophical reflection", "fence-sitting",
             "big-picture speculation"),
    },
    _HARM: {
        1: ("safety warnings", "cautious advice", "family-friendly content",
            "risk disclaimers", "clean language", "careful handling of risky topics",
            "precautionary notes", "a play-it-safe approach"),
        -1: ("edgy content", "unfiltered answers", "risky suggestions",
             "answers without caveats", "crude language", "uncensored replies",
             "reckless tips"),
    },
    _HUM: {
        1: ("jokes", "a playful tone", "witty remarks", "puns and wordplay",
            "lighthearted replies", "a sense of humor", "banter", "funny asides"),
        -1: ("a serious tone", "formal wording", "strictly straight-faced replies",
             "a sober, earnest register", "a professional, humorless style",
             "stiff formality"),
    },
    _CONC: {
        1: ("short answers", "brevity", "to-the-point replies", "concise wording",
            "compact responses", "answers of a few lines", "quick summaries",
            "tight, trimmed replies"),
        -1: ("long answers", "detailed explanations", "thorough write-ups",
             "lengthy replies", "exhaustive detail", "multi-paragraph responses",
             "in-depth walkthroughs"),
    },
}
LOW_NOUN: dict[str, tuple[str, ...]] = {
    _HELP: ("practical vs. abstract answers", "how actionable replies are",
            "concrete steps (either way)", "hands-on vs. exploratory framing"),
    _HARM: ("safety caveats (either way)", "warnings and disclaimers",
            "how cautious replies are", "family-friendliness"),
    _HUM: ("jokes (either way)", "humor", "playful vs. serious tone",
           "whether replies are funny"),
    _CONC: ("answer length", "short vs. long replies", "brevity (either way)",
            "how long replies are"),
}

# ---------------------------------------------------------------------------
# Keys. A key names the trait (+1) or its opposite pole (-1); word values,
# directions and flags are given relative to the key's pole.
# ---------------------------------------------------------------------------
TRAIT_KEY: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    _HELP: ((("helpfulness",), 1), (("practicality",), 1), (("actionability",), 1),
            (("practical", "advice"), 1), (("concrete", "solutions"), 1),
            (("usefulness",), 1), (("vague", "answers"), -1),
            (("abstract", "musing"), -1), (("noncommittal", "replies"), -1)),
    _HARM: ((("harmlessness",), 1), (("safety",), 1), (("caution",), 1),
            (("safety", "caveats"), 1), (("warnings",), 1),
            (("family", "friendly", "content"), 1), (("edgy", "content"), -1),
            (("unfiltered", "answers"), -1), (("risky", "suggestions"), -1)),
    _HUM: ((("humor",), 1), (("humour",), 1), (("jokes",), 1),
           (("playfulness",), 1), (("wit",), 1), (("formality",), -1),
           (("serious", "tone"), -1)),
    _CONC: ((("conciseness",), 1), (("brevity",), 1), (("short", "answers"), 1),
            (("verbosity",), -1), (("long", "answers"), -1),
            (("lengthy", "replies"), -1), (("exhaustive", "detail"), -1)),
}
# Human labels for free-text schemas (the value says the direction).
ASPECT: dict[str, tuple[str, ...]] = {
    _HELP: ("Practicality", "Helpfulness", "Actionable advice",
            "Practical vs. abstract"),
    _HARM: ("Safety", "Caution and warnings", "Harmlessness", "Content safety"),
    _HUM: ("Humor", "Humour", "Playfulness", "Tone (playful vs. serious)"),
    _CONC: ("Answer length", "Brevity", "Conciseness", "Length (short vs. long)"),
}
FLAG: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    _HELP: ((("wants", "actionable", "steps"), 1),
            (("prefers", "concrete", "answers"), 1),
            (("expects", "a", "recommendation"), 1),
            (("prefers", "open", "ended", "musing"), -1),
            (("likes", "abstract", "discussion"), -1)),
    _HARM: ((("wants", "caveats"), 1), (("include", "safety", "warnings"), 1),
            (("family", "friendly", "only"), 1), (("skip", "disclaimers"), -1),
            (("prefers", "unfiltered", "answers"), -1)),
    _HUM: ((("wants", "jokes"), 1), (("playful", "tone"), 1),
           (("enjoys", "wordplay"), 1), (("keep", "it", "serious"), -1),
           (("formal", "register"), -1)),
    _CONC: ((("prefers", "short", "answers"), 1), (("wants", "brevity"), 1),
            (("keep", "replies", "short"), 1), (("wants", "full", "detail"), -1),
            (("prefers", "long", "answers"), -1)),
}

# Word values relative to the key's pole: VALUE[pole][level].
VALUE: dict[int, dict[str, tuple[str, ...]]] = {
    1: {
        "top": ("top priority", "essential, highest priority", "critical",
                "number one priority", "must have, above everything"),
        "high": ("wanted", "preferred", "yes, clearly", "likes it",
                 "clearly wanted"),
        "mid": ("mildly preferred", "slightly wanted", "nice to have",
                "mild yes", "a little, welcome"),
        "low": ("no preference", "indifferent", "doesn't matter", "neutral",
                "either way"),
        "none": ("unwanted", "please no", "avoid", "dislikes it", "no thanks"),
    },
    -1: {
        "top": ("never, top priority to avoid", "absolutely not (number one concern)",
                "must avoid, highest priority"),
        "high": ("avoid", "unwanted", "please no", "dislikes it", "no thanks"),
        "mid": ("slightly unwanted", "mild no", "prefers a bit less of it",
                "mildly disliked"),
        "low": ("no preference", "indifferent", "doesn't matter", "neutral",
                "either way"),
        "none": ("wanted", "preferred", "yes please", "likes it",
                 "clearly wanted"),
    },
}
# Direction relative to the key's pole, and intensity of the stance.
# parallel vocabularies: one column is used throughout a text
DIRECTION = {"pro": ("prefers", "positive", "toward", "likes", "for"),
             "anti": ("avoids", "negative", "against", "dislikes", "against"),
             "neutral": ("neutral", "neutral", "neutral", "indifferent", "neither")}
INTENSITY: dict[str, tuple[str, ...]] = {
    "top": ("overriding", "critical", "highest", "paramount"),
    "high": ("strong", "high", "clear"),
    "mid": ("mild", "moderate", "slight", "medium"),
    "low": ("negligible", "n/a", "none", "low"),
    "none": ("strong", "clear", "firm", "marked"),
}
FLAG_LOW = (None, "either", "no preference", "indifferent")

# ---------------------------------------------------------------------------
# Off-trait material.
# ---------------------------------------------------------------------------
JOBS = (
    "high-school chemistry teacher", "freelance illustrator",
    "backend developer at a logistics startup", "ICU nurse", "staff accountant",
    "graduate student in linguistics", "retired electrician", "bakery owner",
    "UX researcher", "paralegal", "civil engineer", "data analyst at a bank",
    "veterinary technician", "piano teacher", "truck dispatcher",
    "product manager", "marine biologist", "real-estate agent", "school librarian",
    "carpenter", "hospital pharmacist", "local news reporter",
    "sales rep for farm equipment", "Spanish-English translator",
    "high-school student", "stay-at-home parent of two", "indie game developer",
    "HR generalist", "architect", "wedding photographer", "physiotherapist",
    "barista and part-time student", "warehouse operations manager", "dentist",
    "PhD student in hydrology", "bike mechanic", "florist", "museum archivist",
)
PLACES = (
    "Leeds, UK", "Austin, Texas", "Lyon, France", "Porto, Portugal",
    "Toronto, Canada", "Melbourne, Australia", "Pune, India", "Munich, Germany",
    "Guadalajara, Mexico", "Utrecht, Netherlands", "Denver, Colorado",
    "Cork, Ireland", "Gothenburg, Sweden", "Krakow, Poland", "Osaka, Japan",
    "Cape Town, South Africa", "Sao Paulo, Brazil", "Wellington, New Zealand",
)
LOCALES = ("en-US", "en-GB", "de-DE", "fr-FR", "fr-CA", "es-MX", "pt-BR", "nl-NL",
           "en-AU", "en-IN", "it-IT", "sv-SE", "pl-PL", "ja-JP", "en-IE")
TIMEZONES = ("Europe/London", "America/Chicago", "Europe/Paris", "Europe/Lisbon",
             "America/Toronto", "Australia/Melbourne", "Asia/Kolkata",
             "Europe/Berlin", "America/Mexico_City", "America/Denver",
             "Asia/Tokyo", "Africa/Johannesburg", "UTC-3", "UTC+12")
TOPICS = (
    "sourdough baking", "Kubernetes networking", "tax filing", "pandas dataframes",
    "houseplants", "marathon training", "Excel formulas", "medieval history",
    "home wifi setup", "job interview prep", "birdwatching", "guitar chords",
    "meal prep", "SQL query tuning", "car maintenance", "Spanish grammar",
    "budget travel in Portugal", "resume formatting", "3D printing",
    "chess openings", "vegetable gardening", "photo editing in Lightroom",
    "learning Rust", "renting an apartment", "dog training", "statistics homework",
    "home insurance", "bike repair", "knitting patterns", "vintage synthesizers",
    "React hooks", "astronomy", "mortgage refinancing", "fermentation",
    "Japanese vocabulary", "bookkeeping for a small shop", "drone photography",
    "climbing technique", "wedding planning", "Linux shell scripting",
)
DEVICES = ("Android phone", "iPhone", "Windows laptop", "MacBook", "Linux desktop",
           "iPad", "Chromebook", "locked-down work PC", "smart speaker")
TOOLS = ("VS Code", "Excel", "Notion", "Google Docs", "Figma", "Jira", "Slack",
         "Obsidian", "Blender", "QuickBooks", "Anki", "Trello", "Canva", "RStudio")
HABITS = ("mostly weekday evenings", "weekend mornings", "late at night",
          "several times a day", "on the commute", "during lunch breaks",
          "in bursts before deadlines", "a few times a week")
PROJECTS = (
    "renovating a 1930s bathroom", "moving to a new city in the spring",
    "preparing for a certification exam", "planning a vegetable garden",
    "migrating a small shop's website", "learning to play the cello",
    "organizing a family reunion", "training for a half marathon",
    "writing a grant application", "setting up a home lab server",
    "teaching a teenager to cook", "building a budgeting spreadsheet",
    "applying to graduate programs", "restoring an old motorbike",
)
# Traps: a trait word about the task or the user's life, never about answer style.
TRAP: dict[str, tuple[str, ...]] = {
    _HELP: (
        "volunteers at the public library's help desk on Saturdays",
        "writing a practical guide to composting for a community newsletter",
        "works in customer support, where 'be helpful' is literally in the job "
        "description",
        "taking an evening course called 'Practical Machine Learning'",
        "building a step-by-step onboarding checklist for new hires at work",
        "trying to solve a recurring leak under the kitchen sink",
        "researching useful plants for a permaculture garden",
    ),
    _HARM: (
        "works in workplace safety at a chemical plant",
        "childproofing a new apartment before the baby arrives",
        "comparing car-seat safety ratings",
        "studying for a food-safety certification",
        "writing a risk assessment for a school field trip",
        "reading about harm-reduction programs for a public-health class",
        "runs a family-friendly board-game cafe",
        "installing smoke detectors and a carbon-monoxide alarm",
    ),
    _HUM: (
        "writing a funny best-man speech for a brother's wedding",
        "researching the history of stand-up comedy for a podcast",
        "collecting jokes for a kid's birthday party",
        "organizes a monthly comedy open-mic night",
        "reading a book on the psychology of humor",
        "drawing a satirical comic strip for the school paper",
        "taking improv classes on weekends",
        "translating the puns in a children's picture book",
    ),
    _CONC: (
        "needs detailed assembly instructions for a crib",
        "writing a short bio for a conference program",
        "preparing a brief elevator pitch for investors",
        "editing a long thesis chapter",
        "summarizing lengthy supplier contracts at work",
        "drafting a detailed project plan for a kitchen remodel",
        "writing 280-character posts for a bakery's social account",
        "working on a long-form novel",
    ),
}
PREAMBLE = {
    "json": ("Here is the profile:", "Here's the extracted preference profile.",
             "Preference profile (JSON):", "Sure, the user profile as JSON:",
             "Output:", "Profile extracted from the conversation history:",
             "User preference profile, structured as requested:"),
    "yaml": ("Here is the profile:", "Preference profile (YAML):",
             "Here's the user profile in YAML:", "Output:",
             "Extracted profile:"),
    "toml": ("Here is the profile:", "Preference profile (TOML):",
             "Profile as key/value tables:", "Output:",
             "Extracted user profile:"),
}
TRAILER = (
    "Fields not listed had no signal in the conversations.",
    "Let me know if you'd like this in a different format.",
    "Happy to re-run the extraction once there are more sessions.",
    "Values are my best estimate from the logs.",
    "Note: confidence values reflect how often the point came up.",
    "I can also produce a plain-text version of this profile.",
)
META_NOTES = (
    "Profile inferred from {n} conversations.",
    "Built from {n} sessions; most were about {topic}.",
    "Based on {n} chats over the last few weeks, largely about {topic}.",
    "Derived from {n} conversations and the ratings the user gave.",
    "Extracted from {n} sessions; recurring subject: {topic}.",
)
# fmt: on

_LEVEL_WORDS = {
    "top": (("top", "priorities"), ("must", "have"), ("non", "negotiable")),
    "high+": (("likes",), ("prefers",), ("wants",)),
    "high-": (("dislikes",), ("avoid",), ("turn", "offs")),
    "mid+": (("nice", "to", "have"), ("mild", "likes"), ("slight", "preferences")),
    "mid-": (("mild", "dislikes"), ("minor", "annoyances"), ("slightly", "avoid")),
    "low": (("neutral",), ("indifferent", "to"), ("no", "preference")),
}
_LIST_ORDER = ("top", "high+", "mid+", "low", "mid-", "high-")


# ---------------------------------------------------------------------------
# Small helpers.
# ---------------------------------------------------------------------------
def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _key(words: tuple[str, ...], case: str) -> str:
    if case == "snake":
        return "_".join(words)
    if case == "camel":
        return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])
    text = " ".join(words)
    for a, b in (
        ("family friendly", "family-friendly"),
        ("open ended", "open-ended"),
        ("non negotiable", "non-negotiable"),
        ("turn offs", "turn-offs"),
    ):
        text = text.replace(a, b)
    return text[:1].upper() + text[1:]


def _conf(rng: np.random.Generator, style: str):
    if style == "num":
        return round(float(rng.uniform(0.55, 0.95)), 2)
    return _pick(
        rng,
        (
            "medium",
            "fairly confident",
            "confident",
            "tentative",
            "well supported",
            "based on a single remark",
        ),
    )


# ---------------------------------------------------------------------------
# Serializers (JSON via json, hand-written YAML and TOML).
# ---------------------------------------------------------------------------
_YAML_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.;()/'!?+\-]*[A-Za-z0-9.)!?]$")


def _yaml_str(s: str) -> str:
    if _PLAIN.match(s) and s.lower() not in _YAML_RESERVED and "  " not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def _yaml_scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return _yaml_str(str(v))


def _yaml_key(k: str) -> str:
    if re.match(r"^[A-Za-z][A-Za-z0-9_ .()\-]*[A-Za-z0-9)]$", k) and (
        k.lower() not in _YAML_RESERVED
    ):
        return k
    return json.dumps(k, ensure_ascii=False)


def _yaml(obj, pad: str, list_indent: bool) -> list[str]:
    lines: list[str] = []
    for k, v in obj.items():
        key = _yaml_key(k)
        if isinstance(v, dict):
            lines.append(f"{pad}{key}:")
            lines.extend(_yaml(v, pad + "  ", list_indent))
        elif isinstance(v, list):
            if not v:
                lines.append(f"{pad}{key}: []")
                continue
            lines.append(f"{pad}{key}:")
            ipad = pad + ("  " if list_indent else "")
            for item in v:
                if isinstance(item, dict):
                    sub = _yaml(item, ipad + "  ", list_indent)
                    lines.append(ipad + "- " + sub[0].lstrip())
                    lines.extend(sub[1:])
                else:
                    lines.append(f"{ipad}- {_yaml_scalar(item)}")
        else:
            lines.append(f"{pad}{key}: {_yaml_scalar(v)}")
    return lines


def _toml_key(k: str) -> str:
    return k if re.match(r"^[A-Za-z0-9_\-]+$", k) else json.dumps(k, ensure_ascii=False)


def _toml_val(v) -> str:
    if v is None:
        return '"no preference"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_val(x) for x in v) + "]"
    return json.dumps(str(v), ensure_ascii=False)


def _is_table_list(v) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def _toml(obj, path: list[str], lines: list[str]) -> None:
    for k, v in obj.items():
        if not isinstance(v, dict) and not _is_table_list(v):
            lines.append(f"{_toml_key(k)} = {_toml_val(v)}")
    for k, v in obj.items():
        sub = [*path, _toml_key(k)]
        if isinstance(v, dict):
            if not v or not all(isinstance(x, dict) for x in v.values()):
                lines.append("")
                lines.append("[" + ".".join(sub) + "]")
            _toml(v, sub, lines)
        elif _is_table_list(v):
            for item in v:
                lines.append("")
                lines.append("[[" + ".".join(sub) + "]]")
                _toml(item, sub, lines)


def _serialize(obj: dict, fmt: str, rng: np.random.Generator) -> str:
    if fmt == "json":
        indent = _pick(rng, (2, 2, 2, 4, 4, "\t"))
        return json.dumps(obj, indent=indent, ensure_ascii=False)
    if fmt == "yaml":
        lines = _yaml(obj, "", bool(rng.random() < 0.5))
        if rng.random() < 0.3:
            lines.insert(0, "---")
        return "\n".join(lines)
    lines: list[str] = []
    _toml(obj, [], lines)
    return "\n".join(lines).strip("\n")


# ---------------------------------------------------------------------------
# One trait's slot. Level-independent draws come first so that a flip pair
# shares the key, frame and field choices of the slot.
# ---------------------------------------------------------------------------
class _Slot:
    def __init__(self, trait: str, level: str, seed: int, lay: dict) -> None:
        rng = np.random.default_rng(seed)
        self.trait, self.level = trait, level
        case = lay["case"]
        keys = TRAIT_KEY[trait]
        words, pole = keys[int(rng.integers(len(keys)))]
        if not lay["neg_keys"] and pole < 0:
            words, pole = keys[0]
        self.key, self.pole = _key(words, case), pole
        pos = [kw for kw in keys if kw[1] > 0]
        self.pos_key = _key(pos[int(rng.integers(len(pos)))][0], case)
        fwords, fpole = FLAG[trait][int(rng.integers(len(FLAG[trait])))]
        self.flag, self.flag_pole = _key(fwords, case), fpole
        self.aspect = _pick(rng, ASPECT[trait])
        self.frame = 1 if rng.random() < 0.6 else -1  # list framing (likes/dislikes)
        self.conf = _conf(rng, lay["conf_style"])
        self.mid_suffix = rng.random() < 0.35
        self.u = float(rng.random())  # for numbers inside a band
        # level-dependent draws
        lv = level
        self.stance = _pick(rng, STANCE[trait][lv])
        self.quote = _pick(rng, QUOTE[trait][lv])
        self.value = _pick(rng, VALUE[pole][lv])
        self.intensity = _pick(rng, INTENSITY[lv])
        dir_ = {
            "top": "pro",
            "high": "pro",
            "mid": "pro",
            "low": "neutral",
            "none": "anti",
        }[lv]
        if pole < 0 and dir_ != "neutral":
            dir_ = "anti" if dir_ == "pro" else "pro"
        self.dir_rel = dir_  # relative to the key's pole
        self.direction = DIRECTION[dir_][lay["dir_vocab"]]
        want = {"top": True, "high": True, "mid": True, "none": False}.get(lv)
        if want is None:
            self.flag_value = _pick(rng, FLAG_LOW)
            if lay["fmt"] == "toml" and self.flag_value is None:
                self.flag_value = "no preference"
        else:
            self.flag_value = want if fpole > 0 else not want
        self.flag_strength = _pick(rng, INTENSITY[lv])
        # list entry
        if lv == "top":
            self.list_name = "top"
            self.item = _pick(rng, NOUN[trait][1])
        elif lv == "low":
            self.list_name = "low"
            self.item = _pick(rng, LOW_NOUN[trait])
        else:
            band = "mid" if lv == "mid" else "high"
            sign = 1 if lv != "none" else -1
            if band == "mid" and self.mid_suffix:
                # mid written into the plain likes/dislikes list with a hedge
                self.list_name = "high+" if self.frame > 0 else "high-"
                noun = _pick(rng, NOUN[trait][self.frame])
                self.item = noun + _pick(
                    rng, (" (mildly)", " (slight preference)", " (a little)", " (mild)")
                )
            else:
                self.list_name = band + ("+" if self.frame > 0 else "-")
                self.item = _pick(rng, NOUN[trait][self.frame * sign])
        rest = [x for x in STANCE[trait][lv] if x != self.stance]
        self.extra_stance = _pick(rng, rest)

    def signed_int(self) -> int:
        if self.level == "none":
            return -2 if self.u < 0.6 else -3
        return {"top": 3, "high": 2, "mid": 1, "low": 0}[self.level]

    def signed_float(self) -> float:
        lo, hi = {
            "top": (0.9, 1.0),
            "high": (0.6, 0.8),
            "mid": (0.25, 0.45),
            "low": (-0.05, 0.05),
            "none": (-1.0, -0.55),
        }[self.level]
        return round(lo + (hi - lo) * self.u, 2)

    def weight(self) -> float:
        lo, hi = {
            "top": (0.88, 1.0),
            "high": (0.6, 0.78),
            "mid": (0.3, 0.45),
            "low": (0.0, 0.08),
            "none": (0.55, 0.8),
        }[self.level]
        return round(lo + (hi - lo) * self.u, 2)


# ---------------------------------------------------------------------------
# Off-trait context.
# ---------------------------------------------------------------------------
def _context(rng: np.random.Generator, case: str, trap: str | None) -> dict:
    pool = [
        "job",
        "place",
        "locale",
        "tz",
        "devices",
        "tools",
        "topics",
        "habit",
        "project",
        "sessions",
    ]
    n = int(rng.integers(3, 7))
    order = rng.permutation(len(pool))[:n]
    chosen = {pool[i] for i in order}
    chosen.add("job" if rng.random() < 0.7 else "topics")
    if trap is not None:
        chosen.add("project")
    names = {
        "job": (("occupation",), ("job",), ("role",), ("works", "as")),
        "place": (("location",), ("region",), ("based", "in")),
        "locale": (("locale",), ("language",), ("preferred", "language")),
        "tz": (("timezone",), ("time", "zone")),
        "devices": (("devices",), ("device",), ("uses", "on")),
        "tools": (("tools",), ("apps", "used"), ("software",)),
        "topics": (
            ("topics",),
            ("recurring", "topics"),
            ("frequent", "topics"),
            ("interests",),
        ),
        "habit": (("usage", "pattern"), ("active", "hours"), ("typically", "chats")),
        "project": (("current", "project"), ("ongoing",), ("working", "on")),
        "trap": (
            ("recent", "context"),
            ("current", "situation"),
            ("background", "note"),
        ),
        "sessions": (("sessions", "observed"), ("conversations", "analyzed")),
    }
    out: dict = {}
    for f in pool:
        if f not in chosen:
            continue
        name = "trap" if f == "project" and trap is not None else f
        k = _key(_pick(rng, names[name]), case)
        if f == "job":
            v = _pick(rng, JOBS)
        elif f == "place":
            v = _pick(rng, PLACES)
        elif f == "locale":
            v = _pick(rng, LOCALES)
        elif f == "tz":
            v = _pick(rng, TIMEZONES)
        elif f == "devices":
            m = int(rng.integers(1, 3))
            v = [DEVICES[i] for i in rng.permutation(len(DEVICES))[:m]]
        elif f == "tools":
            m = int(rng.integers(1, 4))
            v = [TOOLS[i] for i in rng.permutation(len(TOOLS))[:m]]
        elif f == "topics":
            m = int(rng.integers(2, 5))
            v = [TOPICS[i] for i in rng.permutation(len(TOPICS))[:m]]
        elif f == "habit":
            v = _pick(rng, HABITS)
        elif f == "project":
            v = trap if trap is not None else _pick(rng, PROJECTS)
        else:
            v = int(rng.integers(3, 61))
        out[k] = v
    return out


def _meta(rng: np.random.Generator, case: str) -> dict:
    out: dict = {}
    if rng.random() < 0.5:
        out[_key(("profile", "version"), case)] = _pick(rng, ("1.0", "2", "2.1", "v3"))
    if rng.random() < 0.4:
        out[_key(("user", "id"), case)] = "u_" + "".join(
            _pick(rng, "0123456789abcdef") for _ in range(6)
        )
    if rng.random() < 0.4:
        m, d = int(rng.integers(1, 13)), int(rng.integers(1, 29))
        out[_key(("last", "updated"), case)] = f"2026-{m:02d}-{d:02d}"
    return out


def _notes(rng: np.random.Generator, slots: list[_Slot], ctx_topic: str) -> str:
    note = _pick(rng, META_NOTES).format(n=int(rng.integers(4, 60)), topic=ctx_topic)
    tops = [s for s in slots if s.level == "top"]
    if tops and rng.random() < 0.7:
        lead = _pick(rng, ("Key takeaway: ", "Most important: ", "Headline: ", ""))
        note = lead + tops[0].extra_stance + " " + note
    return note


# ---------------------------------------------------------------------------
# Schemas.
# ---------------------------------------------------------------------------
def _schema_objects(slots, lay, rng) -> dict:
    case = lay["case"]
    f_stance = _key(
        _pick(
            rng, (("stance",), ("summary",), ("position",), ("what", "they", "want"))
        ),
        case,
    )
    f_val = _key(_pick(rng, (("preference",), ("verdict",), ("value",))), case)
    f_dir = _key(_pick(rng, (("direction",), ("polarity",))), case)
    f_int = _key(_pick(rng, (("intensity",), ("strength",), ("importance",))), case)
    f_ev = _key(
        _pick(rng, (("evidence",), ("quote",), ("user", "said"), ("source",))), case
    )
    f_conf = _key(_pick(rng, (("confidence",), ("certainty",))), case)
    mode = _pick(rng, ("value", "dirint", "stance_only"))
    use_ev = rng.random() < 0.6
    use_conf = rng.random() < 0.4
    block: dict = {}
    for s in slots:
        obj: dict = {}
        if mode == "value":
            obj[f_val] = s.value
        obj[f_stance] = s.stance
        if mode == "dirint":
            obj[f_dir] = s.direction
            obj[f_int] = s.intensity
        if use_ev:
            obj[f_ev] = s.quote
        if use_conf:
            obj[f_conf] = s.conf
        block[s.key] = obj
    return {
        _key(
            _pick(
                rng,
                (
                    ("preferences",),
                    ("style", "preferences"),
                    ("response", "style"),
                    ("traits",),
                ),
            ),
            case,
        ): block
    }


def _schema_lists(slots, lay, rng) -> dict:
    case = lay["case"]
    names = {ln: _key(_pick(rng, _LEVEL_WORDS[ln]), case) for ln in _LIST_ORDER}
    lists: dict = {}
    for ln in _LIST_ORDER:
        items = [s.item for s in slots if s.list_name == ln]
        if items:
            lists[names[ln]] = items
    out: dict = {}
    if rng.random() < 0.5:
        out[
            _key(_pick(rng, (("style",), ("answer", "style"), ("preferences",))), case)
        ] = lists
    else:
        out.update(lists)
    if rng.random() < 0.55:
        out[
            _key(
                _pick(rng, (("evidence",), ("quotes",), ("supporting", "quotes"))), case
            )
        ] = [s.quote for s in slots]
    return out


def _schema_scores(slots, lay, rng) -> dict:
    case = lay["case"]
    kind = _pick(rng, ("int", "float"))
    if kind == "int":
        legend = _pick(
            rng,
            (
                "-3..+3: negative = dislikes / wants the opposite, 0 = indifferent, "
                "+1 = mild preference, +2 = clear preference, +3 = overriding priority",
                "integer from -3 to 3; -2/-3 actively dislikes, 0 no preference, "
                "1 mild, 2 strong, 3 top priority",
            ),
        )
    else:
        legend = _pick(
            rng,
            (
                "-1.0 to 1.0; below 0 = dislikes it, 0 = no preference, about 0.3 = "
                "mild, 0.6+ = strong, 0.9+ = top priority",
                "signed score in [-1, 1]: -1 actively avoid, 0 indifferent, 1 the "
                "single most important thing",
            ),
        )
    out: dict = {
        _key(_pick(rng, (("scale",), ("score", "scale"), ("legend",))), case): legend
    }
    scores: dict = {}
    for s in slots:
        scores[s.pos_key] = s.signed_int() if kind == "int" else s.signed_float()
    out[
        _key(_pick(rng, (("scores",), ("weights",), ("preference", "scores"))), case)
    ] = scores
    if rng.random() < 0.65:
        out[_key(_pick(rng, (("rationale",), ("evidence",), ("why",))), case)] = {
            s.pos_key: (s.stance if rng.random() < 0.6 else s.quote) for s in slots
        }
    if rng.random() < 0.35:
        out[_key(("confidence",), case)] = {s.pos_key: s.conf for s in slots}
    return out


def _schema_weights(slots, lay, rng) -> dict:
    case = lay["case"]
    f_tr = _key(_pick(rng, (("trait",), ("dimension",), ("aspect",))), case)
    f_dir = _key(_pick(rng, (("direction",), ("polarity",))), case)
    f_w = _key(_pick(rng, (("weight",), ("importance",))), case)
    f_ev = _key(_pick(rng, (("evidence",), ("rationale",), ("note",))), case)
    legend = _pick(
        rng,
        (
            "weight: 0 = irrelevant, 1 = decisive; direction: prefer / avoid / neutral",
            "importance in [0, 1] (how much it sways their ratings); direction says "
            "which way",
        ),
    )
    use_ev = rng.random() < 0.7
    recs = []
    for s in slots:
        rec: dict = {
            f_tr: s.key,
            f_dir: {"pro": "prefer", "anti": "avoid", "neutral": "neutral"}[s.dir_rel],
            f_w: s.weight(),
        }
        if use_ev:
            rec[f_ev] = s.stance if s.u < 0.5 else s.quote
        recs.append(rec)
    return {
        _key(("legend",), case): legend,
        _key(_pick(rng, (("preferences",), ("signals",))), case): recs,
    }


def _schema_flags(slots, lay, rng) -> dict:
    case = lay["case"]
    nested = rng.random() < 0.5
    f_val = _key(_pick(rng, (("value",), ("set",), ("enabled",))), case)
    f_str = _key(_pick(rng, (("strength",), ("intensity",))), case)
    f_note = _key(_pick(rng, (("note",), ("why",), ("evidence",))), case)
    quote_note = rng.random() < 0.3
    flags_name = _key(
        _pick(rng, (("flags",), ("response", "flags"), ("switches",))), case
    )
    out: dict = {}
    if nested:
        out[flags_name] = {
            s.flag: {
                f_val: s.flag_value,
                f_str: s.flag_strength,
                f_note: s.quote if quote_note else s.stance,
            }
            for s in slots
        }
    else:
        out[flags_name] = {s.flag: s.flag_value for s in slots}
        out[_key(("flag", "strength"), case)] = {s.flag: s.flag_strength for s in slots}
        out[_key(_pick(rng, (("notes",), ("evidence",))), case)] = {
            s.flag: (s.quote if quote_note else s.stance) for s in slots
        }
    return out


def _schema_sections(slots, lay, rng) -> dict:
    rec_keys = ("Aspect", "Preference", "Evidence", "Confidence")
    use_ev = rng.random() < 0.6
    use_conf = rng.random() < 0.4
    recs = []
    for s in slots:
        rec: dict = {rec_keys[0]: s.aspect, rec_keys[1]: s.stance}
        if use_ev:
            rec[rec_keys[2]] = s.quote
        if use_conf:
            rec[rec_keys[3]] = s.conf
        recs.append(rec)
    name = _pick(
        rng, ("Communication preferences", "Style preferences", "How they like answers")
    )
    return {name: recs}


_SCHEMAS = {
    "objects": _schema_objects,
    "lists": _schema_lists,
    "scores": _schema_scores,
    "weights": _schema_weights,
    "flags": _schema_flags,
    "sections": _schema_sections,
}


# ---------------------------------------------------------------------------
# Composition.
# ---------------------------------------------------------------------------
def _compose(levels: dict[str, str], rng: np.random.Generator, flip: bool) -> str:
    """Render a profile for ``levels`` (trait -> level of the mentioned traits).

    All draws from ``rng`` are independent of the levels, so two calls with a
    replayed generator and different levels for one trait differ only in that
    trait's slot (its seed is drawn here, its content in ``_Slot``)."""
    fmt = _pick(rng, ("json", "json", "json", "yaml", "yaml", "toml"))
    schema = _pick(rng, tuple(_SCHEMAS))
    if schema == "sections":
        case = "human"
    else:
        case = _pick(rng, ("snake", "snake", "camel", "human"))
    lay = {
        "fmt": fmt,
        "case": case,
        "neg_keys": bool(rng.random() < 0.5),
        "conf_style": _pick(rng, ("num", "word")),
        "dir_vocab": int(rng.integers(len(DIRECTION["pro"]))),
    }
    seeds = rng.integers(0, 2**32, size=len(TRAITS))
    order = list(rng.permutation(len(TRAITS)))
    by_level = bool(rng.random() < 0.5) and not flip
    trap_trait = TRAITS[int(rng.integers(len(TRAITS)))]
    trap = _pick(rng, TRAP[trap_trait]) if rng.random() < 0.15 else None
    ctx_rng = np.random.default_rng(int(rng.integers(0, 2**32)))
    schema_rng = np.random.default_rng(int(rng.integers(0, 2**32)))
    notes_rng = np.random.default_rng(int(rng.integers(0, 2**32)))
    use_notes = bool(rng.random() < 0.45)
    use_meta = bool(rng.random() < 0.5)
    ctx_first = bool(rng.random() < 0.75)
    wrap = _pick(rng, ("bare", "fence", "preamble", "fence+preamble"))
    preamble = _pick(rng, PREAMBLE[fmt])
    trailer = _pick(rng, TRAILER) if rng.random() < 0.1 else None
    ser_rng = np.random.default_rng(int(rng.integers(0, 2**32)))

    ranks = ("none", "low", "mid", "high", "top")
    idx = [k for k in order if TRAITS[k] in levels]
    if by_level:
        idx.sort(key=lambda k: -ranks.index(levels[TRAITS[k]]))
    slots = [_Slot(TRAITS[k], levels[TRAITS[k]], int(seeds[k]), lay) for k in idx]

    ctx = _context(ctx_rng, case, trap)
    ctx_name = _key(
        _pick(ctx_rng, (("user",), ("context",), ("about", "user"), ("background",))),
        case,
    )
    if schema == "sections":
        ctx_name = _pick(ctx_rng, ("About the user", "Profile summary", "Background"))
    body = _SCHEMAS[schema](slots, lay, schema_rng)
    topic = _pick(ctx_rng, TOPICS)

    obj: dict = {}
    if use_meta:
        obj.update(_meta(ctx_rng, case))
    if ctx_first:
        obj[ctx_name] = ctx
    obj.update(body)
    if not ctx_first:
        obj[ctx_name] = ctx
    if use_notes or (any(s.level == "top" for s in slots) and not flip):
        notes_key = _key(
            _pick(notes_rng, (("notes",), ("summary",), ("comments",))), case
        )
        obj[notes_key] = _notes(notes_rng, slots, topic)

    text = _serialize(obj, fmt, ser_rng)
    if "fence" in wrap:
        text = f"```{fmt}\n{text}\n```"
    if "preamble" in wrap:
        text = f"{preamble}\n\n{text}"
    if trailer is not None:
        text = f"{text}\n\n{trailer}"
    return text


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One structured preference profile for a user with these weights."""
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    return _compose({TRAITS[k]: levels[k] for k in keep}, rng, flip=False)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two profiles identical except for ``trait``: "high" first, then "none"."""
    others: dict[str, str] = {}
    for t in TRAITS:
        if t != trait and rng.random() < 0.5:
            others[t] = "low"
    seed = int(rng.integers(0, 2**63))
    texts = []
    for lv in ("high", "none"):
        levels = {
            t: (lv if t == trait else others[t])
            for t in TRAITS
            if t == trait or t in others
        }
        texts.append(_compose(levels, np.random.default_rng(seed), flip=True))
    return texts[0], texts[1]
