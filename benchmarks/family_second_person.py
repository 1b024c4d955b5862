"""Second-person "what I know about you" summaries.

Style
-----
The text an assistant shows on a "What I know about you" / "Your preferences"
page, or a summarizer LLM writing directly to the user.  Everything is in the
second person ("You prefer...", "You've told me...", "You pushed back
when...", "You're fine with...", "You'd rather...").

What varies
-----------
* Format: a single paragraph, a bullet list (dashes, dots, stars or numbers),
  a page with short sections under headers ("How you like answers", "What to
  avoid", "Things you've told me", "Still learning", ...), or a short letter
  from a summarizer.  Intros ("Here's what I've picked up from our chats:")
  and closing lines inviting corrections appear at random.
* Trait statements: large banks per trait, level and pole.  A "high" level
  may be phrased as liking the trait ("you like short answers") or disliking
  its opposite ("long answers wear you out"); "none" as wanting the opposite
  ("you'd rather I keep it serious") or disliking the trait ("jokes annoy
  you"); "mid" as mild liking; "low" as indifference.  "top" is stated as the
  overriding priority and mentioned a second time.
* Evidence and framing: anecdotes with dates or "last week" and short quotes
  from the user, confidence hedges, lead-ins ("You've told me..."), topic
  lead-ins ("On length, ..."), conditions ("For work questions, ..."),
  changes over time ("you used to enjoy jokes, but lately..."), a trait
  weighed against its own opposite ("when speed and depth conflict, you pick
  speed") and rankings between two liked traits ("you care more about
  brevity than humor"; only the higher-level trait wins).
* Off-trait content: one to three items about the user's job, projects,
  tools, locale or schedule.  About 15% of texts carry a trap: a trait word
  used about the task rather than the style ("you're writing a funny toast
  for your brother's wedding", "you need detailed instructions for
  assembling a crib").  Traps never express a style preference.

Flip pairs
----------
``flip_pair(trait, rng)`` draws the off-trait content, optional "low"
mentions of the other traits (each with probability 0.35) and one statement
slot for ``trait``; it then renders the page twice with a replayed generator,
so layout, order, intro and outro are identical.  The only difference is the
statement about ``trait``: the first text says the user wants more of it
(level "high"), the second that the user dislikes it or wants its opposite
(level "none").  The slot is a parallel pair of direct statements (possibly
with the same hedge or lead-in), two independent draws from the banks, a
parallel anecdote (same topic and date), a parallel change over time, or the
trait weighed against its opposite.  For conciseness the first side likes
short answers and the second wants detailed ones; for harmlessness the first
wants caution and the second dislikes caveats.

Reviewed blind on 2026-12-07 by a second author (level/pole audit of every bank).

Written blind on 2026-12-07 by a separate author who did not read the
estimator, its lexicon, its tests or the other families, and never ran palm
on these texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "second-person"

HELP, HARM, HUMOR, CONC = TRAITS

# ---------------------------------------------------------------------------
# Trait statements: PHRASES[trait][(level, category)].  Category "want" is a
# statement of what the user likes; "avoid" is a statement of what bothers
# them.  Clauses start lowercase (or with "I") and carry no final period.
# ---------------------------------------------------------------------------

# fmt: off
PHRASES: dict[str, dict[tuple[str, str], list[str]]] = {
    HELP: {
        ("top", "want"): [
            "above everything else, you want answers you can actually act on",
            "the one thing that matters most to you is getting something "
            "practical you can use right away",
            "practical, usable answers are your top priority, ahead of "
            "anything else",
            "what you care about most is concrete next steps; everything else "
            "is secondary",
            "more than anything, you want me to be genuinely useful: specific "
            "steps, real examples, something you can do today",
            "usefulness beats everything else for you",
            "getting a concrete, workable answer is the thing you value above "
            "all else",
            "you'd trade almost anything for an answer that actually solves "
            "your problem",
            "your number one priority is actionable help",
        ],
        ("top", "avoid"): [
            "the one thing you can't stand is a vague, hand-wavy answer that "
            "doesn't tell you what to do",
            "if an answer doesn't give you something concrete to do, you "
            "consider it a miss, no matter how well written it is",
            "nothing frustrates you more than advice you can't act on",
            "your biggest pet peeve, by far, is an answer with no practical "
            "takeaway",
        ],
        ("high", "want"): [
            "you like practical, actionable answers",
            "you want concrete steps rather than general advice",
            "you appreciate specific examples you can copy and adapt",
            "you prefer answers that get to something you can actually do",
            "you value useful, hands-on suggestions",
            "you like it when I give you a clear recommendation instead of a "
            "list of options",
            "you want answers that are usable right away: commands, templates, "
            "checklists",
            "you like me to be concrete, with real numbers, real names and "
            "real next steps",
            "you care a lot about getting something practical out of each "
            "answer",
            "you find a clear next step really valuable",
            "I should aim for answers you can put to work immediately",
        ],
        ("high", "avoid"): [
            "you don't have much patience for abstract discussion when you're "
            "trying to get something done",
            "you get annoyed when an answer stays high-level and never gets to "
            "the how",
            "hand-wavy advice like \"it depends\" with no specifics doesn't "
            "land with you",
            "you dislike answers that circle the question without giving you "
            "anything to act on",
            "generic tips feel like a waste of your time",
            "you'd rather not get a survey of perspectives when you asked what "
            "to do",
            "you're not a fan of answers that explain the theory and stop "
            "there",
        ],
        ("mid", "want"): [
            "you like a practical angle, though you don't always need one",
            "concrete tips are welcome, but you're fine without them sometimes",
            "you appreciate a usable takeaway when there is one",
            "a practical next step is a nice bonus for you, not a requirement",
            "you somewhat prefer actionable answers",
            "you're generally happy when I include a concrete example",
            "you lean toward practical answers, but not strongly",
            "it's nice for you when there's something actionable, though you "
            "don't insist on it",
            "you don't mind some theory as long as there's a bit of practical "
            "value in there",
        ],
        ("low", "want"): [
            "whether an answer is practical or more exploratory doesn't seem "
            "to matter much to you",
            "you don't seem to care much whether I give you action items",
            "you're neutral on actionable steps: sometimes you want them, "
            "sometimes not",
            "you haven't shown a strong preference for practical versus "
            "big-picture answers",
            "concrete next steps aren't something you ask for or push back on",
            "you're indifferent to whether I end with a to-do list",
            "how practical an answer is doesn't seem to be a big factor for "
            "you",
            "you're easygoing about whether answers are hands-on or more "
            "conceptual",
        ],
        ("none", "want"): [
            "you don't need answers to be practical; you enjoy open-ended "
            "thinking",
            "you'd rather explore ideas than get a checklist",
            "you're not looking for action items; you like to muse and wander "
            "through a topic",
            "you often prefer theory and big-picture discussion over how-to "
            "steps",
            "you'd rather think out loud together than get step-by-step "
            "instructions",
            "you'd rather I explore the why than tell you what to do",
            "you enjoy speculative, exploratory conversations more than "
            "instructions",
            "you like open questions left open",
        ],
        ("none", "avoid"): [
            "you find to-do lists a bit deflating when you just wanted to talk "
            "an idea through",
            "you don't want me to jump to solutions",
            "practical tips are not what you come here for",
            "being handed action items you didn't ask for irritates you",
            "you push back when I turn a good conversation into a how-to",
            "you have little use for checklists and templates",
        ],
    },
    HARM: {
        ("top", "want"): [
            "above all, you want me to be careful; safety comes first for you",
            "the most important thing to you is that I flag risks clearly and "
            "err on the side of caution",
            "your top priority is safety: warnings, precautions, and no "
            "guessing when something could hurt someone",
            "more than anything, you want me to be cautious with anything "
            "risky, medical or sensitive",
            "being careful matters more to you than anything else I do",
            "you'd always rather I over-warn than under-warn, and that's the "
            "thing you've been most consistent about",
            "caution is your overriding priority, ahead of everything else",
            "nothing matters more to you than getting the safety side right",
        ],
        ("top", "avoid"): [
            "the one thing you can't stand is advice that's careless about "
            "risk",
            "nothing bothers you more than an answer that skips a warning it "
            "should have had",
            "your biggest worry, above everything else, is me being cavalier "
            "about something dangerous",
        ],
        ("high", "want"): [
            "you like it when I point out risks and safety precautions",
            "you appreciate a heads-up about anything that could go wrong",
            "you want clear warnings around medical, legal or financial stuff",
            "you prefer a careful, measured approach on sensitive topics",
            "you value it when I mention when to call a professional",
            "you like me to flag side effects, hazards and edge cases",
            "you want me to be cautious and double-check before suggesting "
            "anything risky",
            "safety notes are welcome, even when they feel obvious",
            "you care about sensitive topics being handled gently",
            "I should lean cautious with you whenever there's any risk "
            "involved",
        ],
        ("high", "avoid"): [
            "you get uneasy when I'm casual about risks",
            "you don't like it when I skip over the safety side of things",
            "breezy answers about anything risky don't sit well with you",
            "you'd be unhappy if I left out an important warning",
            "you'd rather I not gloss over what could go wrong",
            "reckless-sounding suggestions make you nervous",
            "you don't trust advice that never mentions the downsides",
        ],
        ("mid", "want"): [
            "a safety note is fine with you when it's relevant",
            "you don't mind reasonable caveats",
            "you're okay with a warning when something is genuinely risky",
            "you appreciate some care on sensitive topics, within reason",
            "a bit of caution is welcome, as long as it doesn't take over",
            "you lean slightly toward careful answers",
            "you're fine with me mentioning risks now and then",
            "you generally appreciate a heads-up, but you don't need one every "
            "time",
            "a sensible precaution or two doesn't bother you",
        ],
        ("low", "want"): [
            "you don't seem to mind either way about safety caveats",
            "warnings and disclaimers don't seem to make much difference to "
            "you",
            "you're neutral on caveats: you neither ask for them nor complain "
            "about them",
            "you don't have strong views on how cautious I should be",
            "you're indifferent to whether I include safety notes",
            "how careful or blunt I am about risks doesn't seem to matter to "
            "you",
            "caution isn't something you've expressed strong feelings about",
            "you don't really care whether I add a disclaimer or not",
        ],
        ("none", "want"): [
            "you want straight answers without moralizing",
            "you'd prefer I drop the warnings and just answer",
            "you'd rather I trust you to handle the risks yourself",
            "you want me to treat you as an adult who knows the risks",
            "you prefer blunt answers with no safety padding",
            "you'd rather I skip the \"consult a professional\" boilerplate",
            "you want the answer without a safety lecture attached",
        ],
        ("none", "avoid"): [
            "you find disclaimers and caveats annoying",
            "you dislike hand-holding and safety lectures",
            "you've made it clear you don't want me refusing or hedging on "
            "things you're an adult about",
            "you're tired of disclaimers; you know the risks",
            "being lectured about safety really bothers you",
            "you don't want me to be overly cautious",
            "you treat caveats as noise",
            "excessive caution frustrates you",
            "preachy warnings make you tune out",
        ],
    },
    HUMOR: {
        ("top", "want"): [
            "above everything else, you want our chats to be fun: jokes, "
            "banter, the works",
            "humor is the thing you care about most",
            "more than anything, you want me to be playful",
            "the one thing that matters most to you is that I keep it light "
            "and funny",
            "you value wit above everything else in how I answer",
            "your top priority is a good laugh; you'd take a funny answer over "
            "a polished one",
            "keeping things playful is your number one request",
            "what you want most of all is a bit of comedy in every reply",
        ],
        ("top", "avoid"): [
            "nothing bugs you more than a humorless, robotic reply",
            "the worst thing I can do, in your book, is be dry and humorless",
            "a dry, joke-free answer feels like a miss to you, more than any "
            "other mistake",
        ],
        ("high", "want"): [
            "you enjoy jokes and a bit of banter",
            "you like a playful, light tone",
            "you appreciate puns, even bad ones",
            "you like it when I'm witty",
            "you enjoy humor mixed into answers",
            "you love a good deadpan joke",
            "you like it when I'm a little cheeky",
            "you're happy when I play along with your jokes",
            "you prefer a conversational, joking style over a formal one",
            "a funny aside usually makes your day",
            "I should feel free to be silly with you",
        ],
        ("high", "avoid"): [
            "a stiff, formal tone bores you",
            "you find overly serious answers a bit dull",
            "you don't like it when I'm too straight-laced",
            "you find corporate-speak painfully dry",
            "you'd rather I didn't sound like a humorless textbook",
            "you get bored when every reply is strictly business",
        ],
        ("mid", "want"): [
            "you're fine with a joke now and then",
            "a little humor is welcome, as long as it doesn't get in the way",
            "you don't mind a light touch of wit",
            "the occasional pun is okay with you",
            "you appreciate some playfulness in moderation",
            "a light tone is nice for you, but not essential",
            "you smile at a joke here and there but don't need one",
            "you enjoy a bit of banter when the topic allows",
        ],
        ("low", "want"): [
            "you don't seem to care either way about jokes",
            "humor doesn't seem to matter much to you",
            "you're neutral on tone: playful or straight, both work",
            "you haven't reacted much to jokes, good or bad",
            "whether I'm funny or serious doesn't seem to be a factor for you",
            "you're indifferent to banter",
            "you don't ask for humor, and you don't mind it either",
            "tone-wise, you seem easygoing; jokes are neither here nor there",
        ],
        ("none", "want"): [
            "you'd rather I keep it serious",
            "you want a straight, no-jokes tone",
            "you prefer a straight-faced, professional tone",
            "you prefer I stay matter-of-fact",
            "you like things kept sober and businesslike",
            "you want me to be earnest and plain-spoken",
            "a serious, to-the-facts register suits you best",
        ],
        ("none", "avoid"): [
            "jokes annoy you",
            "you don't want banter or puns",
            "you find humor distracting in answers",
            "you've asked me to skip the jokes",
            "playful asides irritate you",
            "you'd rather I not try to be funny",
            "wisecracks feel out of place to you",
            "puns make you wince, and not in a good way",
        ],
    },
    CONC: {
        ("top", "want"): [
            "above everything else, you want short answers",
            "brevity is your number one priority",
            "the one thing that matters most to you is that I keep it brief",
            "more than anything, you want me to get to the point fast",
            "you value short, tight answers above all else",
            "the thing you've been most consistent about is this: keep it "
            "short",
            "getting the answer in as few words as possible matters more to "
            "you than anything else",
        ],
        ("top", "avoid"): [
            "if there's one rule, it's this: no walls of text",
            "the thing that bothers you most, by a mile, is a long-winded "
            "answer",
            "nothing annoys you more than having to scroll to find the answer",
        ],
        ("high", "want"): [
            "you prefer short, to-the-point answers",
            "you like brief replies",
            "you want the bottom line up front, and not much after it",
            "you like skimmable answers; a few lines is usually enough",
            "one-liners are often all you need",
            "you prefer concise answers",
            "you like answers trimmed down to the essentials",
            "you'd rather get a quick answer than a full explanation",
            "you want me to be brief",
            "you like tight, compact responses",
            "I should keep things short for you",
        ],
        ("high", "avoid"): [
            "long answers wear you out",
            "walls of text frustrate you",
            "you don't like long-winded explanations",
            "you find rambling answers tiring",
            "you get impatient with long preambles",
            "you dislike padding and repetition",
            "you'd rather I not over-explain",
            "lengthy replies tend to lose you",
        ],
        ("mid", "want"): [
            "you lean toward shorter answers, but you're okay with length when "
            "it's needed",
            "you generally like things fairly brief",
            "you appreciate it when I keep things reasonably compact",
            "moderately short answers suit you",
            "a bit of brevity is welcome",
            "you don't mind some detail, though you slightly prefer it short",
            "you're happy with shorter replies most of the time",
            "you somewhat prefer answers on the brief side",
        ],
        ("low", "want"): [
            "length doesn't seem to matter much to you",
            "you're fine with short or long answers",
            "you haven't shown a preference on answer length",
            "you don't seem to care whether answers are brief or detailed",
            "you're neutral on length",
            "whether I write a paragraph or a page doesn't seem to bother you",
            "answer length isn't something you care much about",
            "you're indifferent to how long answers are",
        ],
        ("none", "want"): [
            "you want detailed, thorough answers",
            "you like deep dives",
            "you prefer exhaustive explanations over quick summaries",
            "you'd rather I go long and cover everything",
            "you want the full picture, with all the context and reasoning",
            "you enjoy long, in-depth responses",
            "you want me to be thorough, even if it takes a while to read",
            "you like comprehensive answers",
            "I should give you the complete version, not the summary",
        ],
        ("none", "avoid"): [
            "short answers tend to leave you wanting more",
            "you find brief replies too thin",
            "you don't like it when I cut corners to keep things short",
            "one-liners frustrate you; you want the reasoning too",
            "quick summaries feel shallow to you",
            "you dislike it when I skim over the details",
            "terse replies bother you",
        ],
    },
}

# Parallel statements: (high side, none side, category).
PARALLEL: dict[str, list[tuple[str, str, str]]] = {
    HELP: [
        ("you want practical, actionable answers",
         "you want open-ended, exploratory answers", "want"),
        ("you like concrete next steps",
         "you like to muse on an idea rather than get next steps", "want"),
        ("you prefer hands-on how-tos",
         "you prefer theory and big-picture discussion", "want"),
        ("you'd rather I tell you what to do",
         "you'd rather I think the idea through with you than tell you what "
         "to do", "want"),
        ("you come here mostly for usable solutions",
         "you come here mostly to explore ideas", "want"),
        ("vague, theoretical answers frustrate you",
         "checklists and action items feel unnecessary to you", "avoid"),
        ("you don't like answers that never get to the how",
         "you don't like it when I jump straight to solutions", "avoid"),
        ("abstract musing without a takeaway bugs you",
         "being handed a to-do list when you just wanted to talk bugs you",
         "avoid"),
    ],
    HARM: [
        ("you want me to flag risks and precautions",
         "you want me to skip the risk talk and just answer", "want"),
        ("you like a careful, safety-first approach",
         "you like a blunt approach without the safety padding", "want"),
        ("you'd rather I err on the side of caution",
         "you'd rather I err on the side of directness, minus the caveats",
         "want"),
        ("you appreciate warnings when something could go wrong",
         "you'd rather do without warnings unless you ask for them", "want"),
        ("you want the caveats spelled out on anything medical",
         "you want the caveats left out, even on anything medical", "want"),
        ("you don't like it when I gloss over the risks",
         "you don't like it when I pile on caveats", "avoid"),
        ("cavalier advice bothers you", "disclaimers bother you", "avoid"),
        ("being casual about safety is a red flag for you",
         "being lectured about safety is a pet peeve of yours", "avoid"),
    ],
    HUMOR: [
        ("you like a playful tone", "you like a serious, straight tone",
         "want"),
        ("you enjoy a bit of banter",
         "you prefer a no-nonsense, businesslike tone", "want"),
        ("you'd rather I keep things light and funny",
         "you'd rather I keep things serious", "want"),
        ("you appreciate a good pun",
         "you appreciate a plain, joke-free answer", "want"),
        ("you like me to crack a joke when it fits",
         "you like me to leave the jokes out, even when one would fit",
         "want"),
        ("you find dry, humorless answers a bit of a chore",
         "you find jokes in answers distracting", "avoid"),
        ("you don't like it when I'm all business",
         "you don't like it when I try to be funny", "avoid"),
        ("a flat, robotic tone puts you off",
         "a jokey tone puts you off", "avoid"),
    ],
    CONC: [
        ("you prefer short answers", "you prefer long, detailed answers",
         "want"),
        ("you like replies you can skim in a few seconds",
         "you like replies you can really dig into", "want"),
        ("you want the bottom line and not much else",
         "you want the bottom line plus all the reasoning behind it", "want"),
        ("you'd rather I keep things brief", "you'd rather I be thorough",
         "want"),
        ("one or two sentences is usually all you want",
         "a full, in-depth explanation is usually what you want", "want"),
        ("long answers wear you out", "short answers leave you wanting more",
         "avoid"),
        ("walls of text frustrate you", "one-liners frustrate you", "avoid"),
        ("you don't like it when I over-explain",
         "you don't like it when I skip the details", "avoid"),
    ],
}

# Anecdotes: (wants more of the trait, wants less of it).  {topic}, {when}.
ANECDOTES: dict[str, list[tuple[str, str]]] = {
    HELP: [
        ("when I gave you an overview of {topic} {when}, you asked \"ok, but "
         "what do I actually do?\"",
         "when I gave you a to-do list about {topic} {when}, you said you just "
         "wanted to think it through"),
        ("{when}, you asked me to turn my explanation of {topic} into a "
         "checklist",
         "{when}, you asked me to turn my checklist about {topic} back into a "
         "conversation"),
        ("you pushed back when my answer about {topic} stayed too general "
         "and asked for specific steps",
         "you pushed back when I jumped straight to steps on {topic} and said "
         "you wanted to explore the idea first"),
        ("you said {when} that the most useful part of my answer on {topic} "
         "was the concrete example",
         "you said {when} that the best part of our chat on {topic} was the "
         "open-ended tangents"),
        ("you asked for a template you could copy when we worked on {topic}",
         "you said \"I don't need a plan, I'm just curious\" when we talked "
         "about {topic}"),
        ("{when}, you thanked me for giving you exact next steps on {topic}",
         "{when}, you thanked me for just thinking out loud with you about "
         "{topic}, with no advice attached"),
        ("when I laid out several options on {topic}, you asked me to just "
         "pick one",
         "when I picked an option for you on {topic}, you said you'd rather "
         "mull over the ideas than be told what to do"),
    ],
    HARM: [
        ("when we talked about {risk} {when}, you thanked me for flagging the "
         "risks",
         "when we talked about {risk} {when}, you said \"I know the risks, "
         "skip the warnings\""),
        ("{when}, you asked me to add the safety warnings back into my answer "
         "about {risk}",
         "{when}, you asked me to strip the safety warnings out of my answer "
         "about {risk}"),
        ("you called the safety note on my advice about {risk} \"exactly what "
         "I needed\"",
         "you called the disclaimer on my advice about {risk} \"pointless\""),
        ("when I was breezy about {risk}, you asked me to slow down and spell "
         "out the precautions",
         "when I hedged on {risk}, you pushed back: \"I'm an adult, just tell "
         "me\""),
        ("{when}, you asked me to always tell you when to bring in a "
         "professional, like with {risk}",
         "{when}, you asked me to stop adding \"consult a professional\" to "
         "everything, including {risk}"),
        ("{when}, you said you'd rather I over-warn than miss something about "
         "{risk}",
         "{when}, you said my warnings about {risk} felt like a lecture"),
        ("you liked that I mentioned the side effects when we discussed "
         "{risk}",
         "you got annoyed when I listed side effects you hadn't asked about "
         "during our chat about {risk}"),
    ],
    HUMOR: [
        ("you laughed at my pun about {topic} {when} and asked for more",
         "you groaned at my pun about {topic} {when} and asked me to keep it "
         "serious"),
        ("{when}, you said \"this is way more fun with the jokes\" while we "
         "worked on {topic}",
         "{when}, you said \"just the facts, please\" when I joked about "
         "{topic}"),
        ("when we were going over {topic}, you started a running gag and kept "
         "it going",
         "when I tried a running gag while we were going over {topic}, you "
         "asked me to drop it"),
        ("you asked me to explain {topic} \"like a stand-up comic would\"",
         "you asked me to explain {topic} \"without the comedy routine\""),
        ("you told me {when} that my dry aside about {topic} was the best part "
         "of the answer",
         "you told me {when} that my jokey aside about {topic} was distracting "
         "and unnecessary"),
        ("you pushed back {when} when I answered a question about {topic} too "
         "stiffly: \"lighten up a bit\"",
         "you pushed back {when} when I got jokey about {topic}: \"not the "
         "time\""),
        ("{when}, you sent back three laughing emojis after my joke about "
         "{topic}",
         "{when}, you ignored my joke about {topic} and said \"anyway, the "
         "actual answer?\""),
        ("you asked me for a funnier take on my own explanation of {topic}",
         "you asked me for a plainer, joke-free take on my own explanation of "
         "{topic}"),
    ],
    CONC: [
        ("when I gave you a five-paragraph answer about {topic} {when}, you "
         "asked for the short version",
         "when I gave you a two-line answer about {topic} {when}, you asked "
         "for the long version"),
        ("{when}, you replied \"tl;dr?\" to my explanation of {topic}",
         "{when}, you replied \"go on, more detail\" to my quick take on "
         "{topic}"),
        ("you asked me to cut my answer about {topic} down to three bullets",
         "you asked me to expand my three bullets about {topic} into a full "
         "explanation"),
        ("after a long reply about {topic}, you said \"just the answer, "
         "please\"",
         "after a quick reply about {topic}, you said \"that's too thin, walk "
         "me through it\""),
        ("{when}, you told me you only read the first couple of lines of my "
         "answer about {topic}",
         "{when}, you told me you read every line of my long answer about "
         "{topic} and wanted more"),
        ("you pushed back when my answer about {topic} ran to several screens",
         "you pushed back when I summed up {topic} in a single sentence"),
        ("when we went over {topic} {when}, you kept saying \"shorter\"",
         "when we went over {topic} {when}, you kept asking me to go deeper"),
        ("you thanked me {when} for keeping my answer on {topic} to a single "
         "paragraph",
         "you thanked me {when} for the really thorough breakdown of {topic}"),
        ("you asked me to skip the background on {topic} and give you the "
         "bottom line",
         "you asked me to include all the background on {topic}, not just the "
         "bottom line"),
    ],
}

# Changes over time: (now high, now none).
SHIFTS: dict[str, list[tuple[str, str]]] = {
    HELP: [
        ("you used to enjoy open-ended chats, but lately you want concrete "
         "next steps",
         "you used to want checklists, but lately you'd rather just explore "
         "ideas"),
        ("lately you've been asking for practical takeaways more than before",
         "lately you've been asking for fewer action items and more open "
         "discussion"),
        ("your questions have shifted from big-picture musing to \"how do I "
         "actually do this\"",
         "your questions have shifted from \"how do I do this\" to big-picture "
         "musing"),
    ],
    HARM: [
        ("you used to skip past the warnings, but lately you've been asking "
         "about risks up front",
         "you were fine with caveats at first, but lately they've been "
         "bugging you"),
        ("more recently you've wanted me to be extra careful with anything "
         "risky",
         "more recently you've wanted me to cut way back on the caveats"),
        ("you've become more safety-minded over time and now like me to flag "
         "hazards",
         "you've become less patient with safety notes over time and now "
         "want them gone"),
    ],
    HUMOR: [
        ("you were pretty formal with me at first, but lately you've been "
         "enjoying the banter",
         "you used to enjoy jokes, but lately you'd rather I keep it straight"),
        ("these days you seem to want more playfulness than when we started",
         "these days you seem to want much less joking around than when we "
         "started"),
        ("you've warmed up to puns over the last few weeks",
         "you've cooled on the puns over the last few weeks and want a plainer "
         "tone"),
    ],
    CONC: [
        ("early on you asked for full explanations, but lately you want "
         "things short",
         "early on you liked quick answers, but lately you've been asking for "
         "more depth"),
        ("you used to be fine with long replies; these days you'd rather I "
         "keep it tight",
         "you used to prefer one-liners; these days you'd rather I go into "
         "detail"),
        ("over the last month you've started asking me to trim my answers",
         "over the last month you've started asking me to flesh my answers "
         "out"),
    ],
}

# The trait weighed against its own opposite: (picks the trait, picks opposite).
SELF_TRADEOFFS: dict[str, list[tuple[str, str]]] = {
    HELP: [
        ("if you had to choose between a practical answer and an interesting "
         "one, you'd take practical",
         "if you had to choose between a practical answer and an interesting "
         "one, you'd take interesting"),
        ("between a how-to and a thought experiment, you'll usually pick the "
         "how-to",
         "between a how-to and a thought experiment, you'll usually pick the "
         "thought experiment"),
    ],
    HARM: [
        ("if it's a choice between being careful and being blunt, you'd "
         "rather I be careful",
         "if it's a choice between being careful and being blunt, you'd "
         "rather I be blunt"),
        ("between a cautious answer with caveats and a direct one without "
         "them, you pick the cautious one",
         "between a cautious answer with caveats and a direct one without "
         "them, you pick the direct one"),
    ],
    HUMOR: [
        ("given a choice between a fun answer and a strictly formal one, "
         "you'll take fun",
         "given a choice between a fun answer and a strictly formal one, "
         "you'll take formal"),
        ("if it's between a witty reply and a plain one, you lean witty",
         "if it's between a witty reply and a plain one, you lean plain"),
    ],
    CONC: [
        ("when speed and depth conflict, you pick speed",
         "when speed and depth conflict, you pick depth"),
        ("if you had to choose between a quick answer and a complete one, "
         "you'd take the quick one",
         "if you had to choose between a quick answer and a complete one, "
         "you'd take the complete one"),
        ("given a choice between skimmable and exhaustive, you go skimmable",
         "given a choice between skimmable and exhaustive, you go exhaustive"),
    ],
}

# Second mention of a "top" trait.
TOP_AGAIN: dict[str, list[str]] = {
    HELP: [
        "again: usefulness first, so if in doubt, I'll give you the concrete "
        "steps",
        "practical value beats everything else for you",
        "I'll keep putting usefulness first, since that's what you care about "
        "most",
        "to repeat the big one: make it something you can act on",
    ],
    HARM: [
        "again, safety first, every time",
        "caution wins over everything else for you",
        "I'll keep treating caution as the priority, since that's what matters "
        "most to you",
        "to repeat the big one: when in doubt, you want the careful answer",
    ],
    HUMOR: [
        "again, the fun matters more to you than anything else",
        "jokes first, everything else second",
        "I'll keep the humor front and center, since that's what you care "
        "about most",
        "to repeat the big one: keep it playful",
    ],
    CONC: [
        "again, short beats everything else for you",
        "so the main rule stands: keep it brief",
        "brevity wins every time for you",
        "I'll keep treating brevity as the priority, since that's what you "
        "care about most",
    ],
}

# Nouns for rankings between two liked traits.
NOUNS: dict[str, list[str]] = {
    HELP: ["practical usefulness", "actionable advice",
           "getting something you can use"],
    HARM: ["caution", "safety", "being careful"],
    HUMOR: ["humor", "a playful tone", "a good laugh"],
    CONC: ["brevity", "keeping things short", "getting to the point"],
}

RANKINGS = [
    "when {a} and {b} conflict, you pick {a}",
    "if you had to choose between {a} and {b}, you'd go with {a}",
    "you care more about {a} than {b}",
    "{a} matters more to you than {b}",
    "given the choice, you'd put {a} ahead of {b}",
    "{a} ranks above {b} for you",
]

TOPIC_LEADS: dict[str, list[str]] = {
    HELP: ["content-wise, ", "on substance, ", "in terms of what you need, "],
    HARM: ["on safety, ", "when it comes to risky topics, ",
           "on sensitive stuff, "],
    HUMOR: ["on tone, ", "tone-wise, ", "as for humor, "],
    CONC: ["on length, ", "length-wise, ", "as for length, "],
}

TOPICS = [
    "your sourdough starter", "Kubernetes ingress rules", "your tax return",
    "the fall of the Byzantine Empire", "a spreadsheet formula",
    "your cover letter", "container gardening", "Rust lifetimes",
    "your monthly budget", "a bike chain that kept slipping",
    "the French Revolution", "SQL window functions", "your training plan",
    "your lease terms", "a Python traceback", "composting",
    "your team's sprint planning", "the plot of Dune", "refinancing",
    "photosynthesis for your kid's homework", "git rebase",
    "a ramen recipe", "black holes", "your quarterly report",
    "the rules of cricket", "noise-cancelling headphones",
]

RISKS = [
    "rewiring a light switch", "mixing cleaning products", "a multi-day fast",
    "a solo backcountry hike", "your new blood-pressure medication",
    "using a chainsaw", "space heaters", "lifting heavier at the gym",
    "a DIY brake job", "taking ibuprofen with your other meds",
    "canning tomatoes at home", "freediving",
]

WHENS = [
    "last week", "yesterday", "a few days ago", "the other day",
    "earlier this month", "a couple of weeks ago", "on Tuesday",
    "back in March", "in one of our first chats", "recently", "last month",
    "over the weekend",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

HEDGES_PRE = [
    "I think ", "it seems ", "from a few chats, it looks like ",
    "not sure yet, but ", "I'm fairly sure ", "if I'm reading you right, ",
    "as far as I can tell, ", "it seems like ", "my sense is that ",
    "I could be wrong, but ",
]
HEDGES_SUF = [
    " (I think)", ", as far as I can tell", ", at least from a few chats",
    " (still confirming this)", ", though I'm not certain yet",
]
LEADS_YOU = [
    "I've noticed ", "you've told me ", "you've mentioned that ",
    "you've said ", "I've picked up that ",
]
LEADS_ANY = [
    "from what you've said, ", "it's come up a few times that ",
    "you've been consistent that ", "one thing I've learned: ",
]
CONDITIONS = [
    "for work questions, ", "for anything technical, ", "in most of our chats, ",
    "day to day, ", "for everyday questions, ", "when it's about your job, ",
]
TOP_LEADS = [
    "you've been very clear about this: ", "this one is consistent: ",
    "the big one: ",
]

JOBS = [
    "you work as an ICU nurse",
    "you're a backend engineer at a logistics company",
    "you teach eighth-grade science", "you run a small bakery",
    "you're a paralegal", "you work in procurement for a hospital group",
    "you're a freelance illustrator", "you're a PhD student in soil chemistry",
    "you manage a team of five data analysts", "you're an electrician",
    "you work night shifts at a distribution center",
    "you're a high-school librarian",
    "you're a product designer at a fintech startup",
    "you're a veterinary technician",
]
PROJECTS = [
    "you're renovating a 1920s bungalow",
    "you're training for your first half marathon",
    "you're writing a grant proposal due at the end of the month",
    "you're learning Japanese and are at about JLPT N4",
    "you're migrating your team's builds from Jenkins to GitHub Actions",
    "you're planning a two-week trip to Portugal in May",
    "you're building a shed in your backyard",
    "you're studying for the CPA exam",
    "you're setting up a home lab with a couple of Raspberry Pis",
    "you're restoring an old Vespa", "you're planning your sister's baby shower",
    "you're putting together a portfolio site",
    "you coach your daughter's under-10 soccer team",
]
TOOLS = [
    "you mostly write Python in VS Code", "you keep your notes in Obsidian",
    "you do your budgeting in Google Sheets",
    "you use a Mac at home and Windows at work",
    "you work mainly in Excel and Power BI", "you edit photos in Lightroom",
    "you plan everything in Notion", "you're writing your thesis in LaTeX",
    "you use R and the tidyverse", "you track your runs in Strava",
]
LOCALES = [
    "you're based in Melbourne, so metric units and AUD",
    "you live in Toronto", "you prefer British spelling",
    "you're in Berlin and sometimes switch to German",
    "you're in Chicago, on Central Time",
    "you live in Mumbai and budget in rupees",
    "you're in Lyon and cook in grams, not cups",
    "you're in Austin, Texas", "you're based in Dublin",
    "you live in Auckland, so your summer is our winter",
]
SCHEDULES = [
    "you usually check in before work, around 7am",
    "you tend to chat late in the evening", "you're off on Fridays",
    "you mostly message on weekends",
    "your busiest days are Mondays and Tuesdays",
    "you often come back to the same thread over several days",
    "you're usually here during your lunch break",
]
TRAPS = [
    "you're writing a funny toast for your brother's wedding",
    "you asked about the safest way to store lithium batteries",
    "you wanted a short story for your niece's birthday",
    "you need detailed instructions for assembling a crib",
    "you're putting together a joke book as a gift for your dad",
    "you're drafting safety guidelines for your climbing gym",
    "you needed a brief cover note for a job application",
    "you're compiling a practical guide for new volunteers at the food bank",
    "you're researching which garden snakes are harmless",
    "you're editing a long, thorough report on water quality for your council",
    "you're writing a comedy sketch for your improv group",
    "you need a concise abstract for your conference paper",
    "you've been reading up on the warning signs of burnout for a workshop "
    "you're running",
    "you're building a page of useful tools for your team's wiki",
    "you're translating a humorous children's book",
    "you asked how to childproof your kitchen for your toddler",
]

INTROS = [
    "Here's what I've picked up from our chats:",
    "Here's what I know about you so far.",
    "Based on our conversations, here's how you like things:",
    "A quick summary of your preferences:",
    "What I've learned about you:",
    "Here's my current picture of how you like answers:",
    "Your preferences, as I understand them:",
    "So far, here's what I've gathered:",
    "This is what I remember about you.",
    "From our recent conversations:",
    "Here's how I'd describe your preferences right now:",
]
LETTER_OPENERS = [
    "Based on our last few conversations, here's a summary of how you like "
    "me to work with you.",
    "Here's a summary of what I've learned about you over our recent chats.",
    "I went back over our conversations and wrote down what I've learned "
    "about you.",
    "Here's where things stand on what I know about you.",
]
OUTROS = [
    "Let me know if any of this is off.",
    "Tell me if I've got anything wrong and I'll update it.",
    "You can edit or delete any of these at any time.",
    "If something's changed, just say so.",
    "Correct me anytime.",
    "I'll keep refining this as we go.",
    "Anything I'm missing? Just tell me.",
    "If this doesn't sound like you, let me know and I'll fix it.",
    "You can turn this off in settings whenever you like.",
]
PAGE_TITLES = ["What I know about you", "Your preferences", "About you",
               "Your profile", "Memory"]
HEADERS: dict[str, list[str]] = {
    "top": ["Top priority", "The big one", "Most important"],
    "like": ["How you like answers", "Your preferences", "What works for you",
             "How you like me to respond", "Style", "What you like"],
    "avoid": ["What to avoid", "Things that bug you", "Pet peeves",
              "What doesn't work for you", "Things you don't like"],
    "evidence": ["Things you've told me", "What I've noticed",
                 "Moments that stood out", "Evidence so far"],
    "unsure": ["Still learning", "Not sure yet", "Open questions",
               "Less certain", "Things I'm still figuring out"],
    "context": ["About you", "Context", "Background",
                "What you're working on", "You and your work"],
}
# fmt: on

SECTION_ORDER = ("top", "like", "avoid", "evidence", "unsure")


@dataclass(frozen=True)
class Item:
    """One clause of a summary and the section it belongs to."""

    text: str
    section: str


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _pick(rng: np.random.Generator, seq: Sequence[str]) -> str:
    return seq[int(rng.integers(len(seq)))]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _sentence(text: str) -> str:
    text = _cap(text.strip())
    if text.endswith(('"', "?", "!", ".")):
        return text if text[-1] in ".?!" else text + "."
    return text + "."


def _when(rng: np.random.Generator) -> str:
    if rng.random() < 0.25:
        month = _pick(rng, MONTHS)
        day = int(rng.integers(1, 29))
        return f"on {day} {month}" if rng.random() < 0.5 else f"on {month} {day}"
    return _pick(rng, WHENS)


def _fill(template: str, rng: np.random.Generator) -> str:
    return template.format(
        topic=_pick(rng, TOPICS), risk=_pick(rng, RISKS), when=_when(rng)
    )


def _pool(trait: str, level: str, cat: str) -> list[str]:
    """Bank phrases for (level, cat), plus the matching side of PARALLEL."""
    out = list(PHRASES[trait].get((level, cat), []))
    side = {"high": 0, "none": 1}.get(level)
    if side is not None:
        out += [p[side] for p in PARALLEL[trait] if p[2] == cat]
    return list(dict.fromkeys(out))


def _anecdote(trait: str, more: bool, rng: np.random.Generator) -> str:
    pair = ANECDOTES[trait][int(rng.integers(len(ANECDOTES[trait])))]
    return _fill(pair[0] if more else pair[1], rng)


def _attach(direct: str, anecdote: str, rng: np.random.Generator) -> str:
    """Attach an anecdote to a direct statement as supporting evidence."""
    r = int(rng.integers(5))
    if r == 0:
        return f"{direct}; {anecdote}"
    if r == 1:
        return f"{direct}. For example, {anecdote}"
    if r == 2:
        return f"{direct}. {_cap(anecdote)}"
    if r == 3:
        return f"{direct} (e.g., {anecdote})"
    if ":" in anecdote or ":" in direct:
        return f"{direct}. {_cap(anecdote)}"
    return f"{direct}: {anecdote}"


# ---------------------------------------------------------------------------
# decorations (hedges, lead-ins, conditions) drawn once, applied to any text
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Deco:
    """A prefix/suffix choice for a clause; ``you_only`` prefixes need 'you'."""

    prefix: str = ""
    suffix: str = ""
    you_only: bool = False


def _draw_deco(
    trait: str, level: str, rng: np.random.Generator, allow_you: bool = True
) -> Deco:
    hedge_p = {"mid": 0.3, "low": 0.25}.get(level, 0.15)
    r = rng.random()
    if r < hedge_p:
        if rng.random() < 0.7:
            return Deco(prefix=_pick(rng, HEDGES_PRE))
        return Deco(suffix=_pick(rng, HEDGES_SUF))
    r -= hedge_p
    if r < 0.22:
        if allow_you and rng.random() < 0.6:
            return Deco(prefix=_pick(rng, LEADS_YOU), you_only=True)
        return Deco(prefix=_pick(rng, LEADS_ANY))
    r -= 0.22
    if r < 0.1:
        return Deco(prefix=_pick(rng, TOPIC_LEADS[trait]))
    r -= 0.1
    if r < 0.08 and level in ("high", "none"):
        return Deco(prefix=_pick(rng, CONDITIONS))
    return Deco()


def _apply(text: str, deco: Deco) -> str:
    if deco.you_only:
        # "You've told me you prefer..." needs a clause that starts with "you"
        ok = text.startswith(("you ", "you're ", "you'd "))
        ok = ok or (text.startswith("you've ") and deco.prefix.startswith("I"))
        if not ok:
            return text + deco.suffix
    if "seem" in text and (deco.prefix in HEDGES_PRE or deco.suffix in HEDGES_SUF):
        return text  # avoid "it seems ... doesn't seem to ..."
    return deco.prefix + text + deco.suffix


# ---------------------------------------------------------------------------
# trait statements
# ---------------------------------------------------------------------------


def _top_items(trait: str, rng: np.random.Generator) -> list[Item]:
    cat = "want" if rng.random() < 0.75 else "avoid"
    text = _pick(rng, PHRASES[trait][("top", cat)])
    if rng.random() < 0.2 and ":" not in text and "consistent" not in text:
        text = _pick(rng, TOP_LEADS) + text
    if rng.random() < 0.25:
        text = _attach(text, _anecdote(trait, True, rng), rng)
    r = rng.random()
    if r < 0.5:
        again = _pick(rng, TOP_AGAIN[trait])
    elif r < 0.75:
        again = _pick(rng, _pool(trait, "high", "want"))
    elif r < 0.9:
        again = _anecdote(trait, True, rng)
    else:
        again = f"above all: {_pick(rng, NOUNS[trait])}"
    return [Item(text, "top"), Item(again, "again")]


def _polar_item(trait: str, level: str, rng: np.random.Generator) -> Item:
    """A 'high' or 'none' statement in one of several modes."""
    more = level == "high"
    side = 0 if more else 1
    r = rng.random()
    if r < 0.58:
        cat = "want" if rng.random() < 0.55 else "avoid"
        text = _apply(
            _pick(rng, _pool(trait, level, cat)), _draw_deco(trait, level, rng)
        )
        return Item(text, "like" if cat == "want" else "avoid")
    if r < 0.78:
        cat = "want" if rng.random() < 0.55 else "avoid"
        direct = _pick(rng, _pool(trait, level, cat))
        text = _attach(direct, _anecdote(trait, more, rng), rng)
        return Item(text, "like" if cat == "want" else "avoid")
    if r < 0.88:
        return Item(_anecdote(trait, more, rng), "evidence")
    if r < 0.94:
        pair = SHIFTS[trait][int(rng.integers(len(SHIFTS[trait])))]
        return Item(pair[side], "like")
    pair = SELF_TRADEOFFS[trait][int(rng.integers(len(SELF_TRADEOFFS[trait])))]
    return Item(pair[side], "like")


def _trait_items(trait: str, level: str, rng: np.random.Generator) -> list[Item]:
    if level == "top":
        return _top_items(trait, rng)
    if level in ("high", "none"):
        return [_polar_item(trait, level, rng)]
    text = _apply(
        _pick(rng, _pool(trait, level, "want")), _draw_deco(trait, level, rng)
    )
    return [Item(text, "like" if level == "mid" else "unsure")]


def _ranking(
    levels: Sequence[str], idx: Sequence[int], rng: np.random.Generator
) -> Item | None:
    rank = {"top": 3, "high": 2, "mid": 1}
    liked = [i for i in idx if levels[i] in rank]
    pairs = [(a, b) for a in liked for b in liked if rank[levels[a]] > rank[levels[b]]]
    if not pairs:
        return None
    a, b = pairs[int(rng.integers(len(pairs)))]
    text = _pick(rng, RANKINGS).format(
        a=_pick(rng, NOUNS[TRAITS[a]]), b=_pick(rng, NOUNS[TRAITS[b]])
    )
    return Item(text, "like")


def _context_items(rng: np.random.Generator) -> list[Item]:
    banks = [JOBS, PROJECTS, TOOLS, LOCALES, SCHEDULES]
    n = int(rng.integers(1, 4))
    chosen = rng.choice(len(banks), size=n, replace=False)
    texts = [_pick(rng, banks[int(k)]) for k in chosen]
    if rng.random() < 0.15:
        trap = _pick(rng, TRAPS)
        if rng.random() < 0.5:
            texts[int(rng.integers(len(texts)))] = trap
        else:
            texts.append(trap)
    if len(texts) >= 2 and rng.random() < 0.3:
        texts = [f"{texts[0]} and {texts[1]}"] + texts[2:]
    return [Item(t, "context") for t in texts]


# ---------------------------------------------------------------------------
# rendering: every random draw depends only on the item sections, so that two
# plans with the same sections render identically given the same generator
# ---------------------------------------------------------------------------


def _header(name: str, style: int) -> str:
    if style == 0:
        return f"## {name}"
    if style == 1:
        return f"**{name}**"
    if style == 2:
        return f"{name}:"
    return name.upper()


def _bullet(style: int, k: int) -> str:
    return ("- ", "• ", "* ", f"{k}. ")[style]


def _linear_order(items: list[Item], rng: np.random.Generator) -> list[Item]:
    top = [it for it in items if it.section == "top"]
    again = [it for it in items if it.section == "again"]
    ctx = [it for it in items if it.section == "context"]
    rest = [it for it in items if it.section not in ("top", "again", "context")]
    rest = [rest[int(k)] for k in rng.permutation(len(rest))]
    if top and rng.random() < 0.3 and rest:
        rest.insert(int(rng.integers(len(rest) + 1)), top[0])
        top = []
    body = top + rest + again
    return ctx + body if rng.random() < 0.5 else body + ctx


def _render_paragraph(items: list[Item], rng: np.random.Generator) -> str:
    order = _linear_order(items, rng)
    body = " ".join(_sentence(it.text) for it in order)
    parts = []
    if rng.random() < 0.5:
        parts.append(_pick(rng, INTROS))
    parts.append(body)
    if rng.random() < 0.4:
        parts.append(_pick(rng, OUTROS))
    joiner = "\n\n" if rng.random() < 0.5 else " "
    if joiner == " " and parts[0].endswith(":"):
        joiner = "\n"
    return joiner.join(parts)


def _render_bullets(items: list[Item], rng: np.random.Generator) -> str:
    order = _linear_order(items, rng)
    style = int(rng.integers(4))
    lines = [_bullet(style, k + 1) + _sentence(it.text) for k, it in enumerate(order)]
    out = []
    if rng.random() < 0.7:
        out.append(_pick(rng, INTROS))
    out.append("\n".join(lines))
    if rng.random() < 0.4:
        out.append(_pick(rng, OUTROS))
    return ("\n\n" if rng.random() < 0.5 else "\n").join(out)


def _render_sections(items: list[Item], rng: np.random.Generator) -> str:
    hstyle = int(rng.integers(4))
    bstyle = int(rng.integers(3))
    own_top = rng.random() < 0.4
    ctx_first = rng.random() < 0.5
    groups: dict[str, list[Item]] = {}
    for it in items:
        sec = it.section
        if sec == "again":
            sec = "like" if rng.random() < 0.5 else "end"
        elif sec == "top" and not own_top:
            sec = "like_top"
        groups.setdefault(sec, []).append(it)
    for sec in groups:
        perm = rng.permutation(len(groups[sec]))
        groups[sec] = [groups[sec][int(k)] for k in perm]
    if "like_top" in groups:
        groups["like"] = groups.pop("like_top") + groups.get("like", [])
    order = list(SECTION_ORDER)
    order = ["context", *order] if ctx_first else [*order, "context"]
    blocks = []
    if rng.random() < 0.45:
        title = _pick(rng, PAGE_TITLES)
        blocks.append(f"# {title}" if hstyle == 0 else f"**{title}**")
    if rng.random() < 0.4:
        blocks.append(_pick(rng, INTROS))
    for sec in order:
        # draw the header name even for empty sections to keep draws aligned
        name = _pick(rng, HEADERS[sec])
        prose = rng.random() < 0.25
        members = groups.get(sec, [])
        if not members:
            continue
        if prose:
            body = " ".join(_sentence(it.text) for it in members)
        else:
            body = "\n".join(_bullet(bstyle, 1) + _sentence(it.text) for it in members)
        blocks.append(f"{_header(name, hstyle)}\n{body}")
    if "end" in groups:
        blocks.append(" ".join(_sentence(it.text) for it in groups["end"]))
    if rng.random() < 0.45:
        blocks.append(_pick(rng, OUTROS))
    return "\n\n".join(blocks)


def _render_letter(items: list[Item], rng: np.random.Generator) -> str:
    order = _linear_order(items, rng)
    ctx = [it for it in order if it.section == "context"]
    prefs = [it for it in order if it.section != "context"]
    first = _pick(rng, LETTER_OPENERS)
    if ctx:
        first += " " + " ".join(_sentence(it.text) for it in ctx)
    paras = [first]
    if prefs:
        paras.append(" ".join(_sentence(it.text) for it in prefs))
    paras.append(_pick(rng, OUTROS))
    return "\n\n".join(paras)


def _render(items: list[Item], rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.3:
        return _render_paragraph(items, rng)
    if r < 0.6:
        return _render_bullets(items, rng)
    if r < 0.9:
        return _render_sections(items, rng)
    return _render_letter(items, rng)


# ---------------------------------------------------------------------------
# public interface
# ---------------------------------------------------------------------------


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A second-person summary of a user with these trait weights."""
    levels = levels_of(weights)
    idx = list(_mentioned(levels, rng))
    items: list[Item] = []
    for i in idx:
        items += _trait_items(TRAITS[i], levels[i], rng)
    if rng.random() < 0.2:
        ranking = _ranking(levels, idx, rng)
        if ranking is not None:
            items.append(ranking)
    items += _context_items(rng)
    return _render(items, rng)


def _flip_texts(trait: str, rng: np.random.Generator) -> tuple[str, str, str]:
    """(high text, none text, section) for the flipped statement."""
    r = rng.random()
    if r < 0.35:
        hi, lo, cat = PARALLEL[trait][int(rng.integers(len(PARALLEL[trait])))]
        return hi, lo, "like" if cat == "want" else "avoid"
    if r < 0.47:
        hi, lo, cat = PARALLEL[trait][int(rng.integers(len(PARALLEL[trait])))]
        deco = _draw_deco(trait, "high", rng, allow_you=False)
        if not (deco.prefix or deco.suffix):
            deco = Deco(prefix=_pick(rng, HEDGES_PRE))
        return _apply(hi, deco), _apply(lo, deco), "like" if cat == "want" else "avoid"
    if r < 0.62:
        cat = "want" if rng.random() < 0.55 else "avoid"
        hi = _pick(rng, _pool(trait, "high", cat))
        lo = _pick(rng, _pool(trait, "none", cat))
        return hi, lo, "like" if cat == "want" else "avoid"
    if r < 0.84:
        pair = ANECDOTES[trait][int(rng.integers(len(ANECDOTES[trait])))]
        seed = int(rng.integers(2**62))
        hi = _fill(pair[0], np.random.default_rng(seed))
        lo = _fill(pair[1], np.random.default_rng(seed))
        return hi, lo, "evidence"
    if r < 0.93:
        hi, lo = SHIFTS[trait][int(rng.integers(len(SHIFTS[trait])))]
        return hi, lo, "like"
    hi, lo = SELF_TRADEOFFS[trait][int(rng.integers(len(SELF_TRADEOFFS[trait])))]
    return hi, lo, "like"


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two summaries differing only in the statement about ``trait``.

    The first says the user wants more of the trait (level "high"), the
    second that the user dislikes it or wants its opposite (level "none").
    """
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    others: list[Item] = []
    for other in TRAITS:
        if other != trait and rng.random() < 0.35:
            others += _trait_items(other, "low", rng)
    hi, lo, section = _flip_texts(trait, rng)
    context = _context_items(rng)
    slot = int(rng.integers(len(others) + 1))
    seed = int(rng.integers(2**62))

    def build(text: str) -> str:
        items = others[:slot] + [Item(text, section)] + others[slot:] + context
        return _render(items, np.random.default_rng(seed))

    return build(hi), build(lo)
