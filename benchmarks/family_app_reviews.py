"""Blind held-out family ``app-reviews``: a user's own app-store reviews of the app.

Each text is what a summarizer collected from one user: one to four first-person
app-store style reviews of the assistant app, each with a star rating (in one of
four layouts: glyphs, "n/5", "Rating: n stars", bracketed with store and month), a
title line and a body that vents, praises, uses sarcasm, ALL-CAPS emphasis, emoji
and exclamation marks, sometimes "Pros:" / "Cons:" lists, and sometimes "EDIT:" /
"UPDATE (3 weeks later):" lines. Star ratings are drawn independently of the
weights and only steer the off-trait content (bugs, pricing, subscription, sync,
dark mode, battery, customer support, what the user uses the app for); every trait
statement is in words.

What varies: number of reviews, layout, header and footer, which traits are stated
(``_mentioned``), the phrase of each statement (large banks per trait x level, both
poles), whether a statement sits in the body, in a Pros/Cons list or in the title,
a second statement for a ``top`` trait, off-trait sentences and list items, and
emoji. In about 12% of texts one trait is first stated at a wrong level and then
revised by a later "EDIT:" / "UPDATE" line that clearly replaces it (the later one
is the true level). About 15% of texts carry a trap: a trait word about the user's
life or what the app is used for ("I'm a safety inspector", "needed a long essay for
class"), never a style preference.

Flip pairs (``flip_pair``): the text is rendered once with a slot for the flipped
trait's statement (always a body sentence, never a title, list item or update),
then filled with a "high" phrase (wants more of the trait) and with the "none"
phrase of the same draw (dislikes it / wants the opposite pole). The other traits
appear only at level "low" (indifference) or not at all.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "app-reviews"

_H, _S, _U, _C = TRAITS  # helpfulness, harmlessness, humor, conciseness
_LEVEL_ORDER = ("none", "low", "mid", "high", "top")

# fmt: off
# Body sentences: trait -> level -> phrases (both poles for every level).
BODY: dict[str, dict[str, list[str]]] = {
    _H: {
        "top": [
            "Practical, actionable answers are the ONLY thing I care about. "
            "Everything else is noise.",
            "If it ever stops giving me concrete steps that actually solve my "
            "problem, that's a dealbreaker, full stop.",
            "Solving the actual problem is priority #1, #2 and #3 for me. Nothing "
            "else comes close.",
            "I pay for ONE reason: it tells me exactly what to do and it works. "
            "Vague answers = instant uninstall.",
            "Above everything else, I need answers I can act on right away. That "
            "matters more to me than anything else about how it answers.",
            "Honestly the one thing that matters: does it solve my problem with "
            "real, usable steps? The rest is secondary.",
            "My absolute top priority is actionable advice. A wishy-washy "
            "non-answer is the worst thing it can do to me.",
            "Nothing, NOTHING, matters more to me than getting a concrete solution "
            "instead of hand-waving.",
            "I'd forgive literally anything else about its answers provided it "
            "keeps handing me practical solutions I can use immediately.",
            "Getting real, hands-on answers to my problems is THE reason I'm here. "
            "If that slips, I'm gone.",
        ],
        "high": [
            "Love that it gives me concrete, step-by-step solutions instead of "
            "vague generalities.",
            "Please keep the practical, do-this-then-that answers. That's what I "
            "come for.",
            "Really appreciate that it actually solves the problem I asked about "
            "rather than talking around it. 👍",
            "What I like most is how actionable the advice is: I can follow it "
            "straight away.",
            "I can't stand vague, wishy-washy answers, and thankfully this one "
            "usually commits to a real solution.",
            "Big fan of how it lands on an actual answer I can use. My old "
            "assistant just mused about options.",
            "It gives real, usable advice, and I want it to stay that way!",
            "When I ask how to get something working, it tells me how. Love that. "
            "Don't change it.",
            "Noncommittal 'it depends' answers drive me up the wall, so I really "
            "value that this one picks a solution and tells me what to do.",
            "Concrete, hands-on answers are a huge plus for me.",
        ],
        "mid": [
            "A bit more practical, actionable advice would be nice; it sometimes "
            "stays a little abstract for my taste.",
            "Slight plus: it usually ends with a concrete next step. Not a huge "
            "deal, but I notice it.",
            "I'd mildly prefer it lean toward real solutions over big-picture "
            "musing, though it's not make-or-break.",
            "Would be nice if the answers were a touch more hands-on. Minor thing.",
            "I guess I slightly prefer when it gives me something I can actually "
            "do, rather than just ideas.",
            "Small wish: a few more concrete steps now and then. Not a dealbreaker "
            "at all.",
            "Concrete solutions are a nice bonus, I'll admit, though I wouldn't "
            "rate it on that alone.",
            "If I had to pick, I'd take a usable answer over a philosophical one, "
            "but only by a little.",
            "Mildly appreciate that it tries to actually solve things. Mildly.",
            "It could be slightly more actionable, I suppose. Nice-to-have, not a "
            "must.",
        ],
        "low": [
            "Whether it hands me concrete steps or just thinks out loud with me, I "
            "honestly don't care either way.",
            "Practical vs. big-picture answers? Whatever, doesn't matter to me.",
            "Some people want step-by-step solutions; I'm indifferent, open-ended "
            "musing is equally fine by me.",
            "I don't really have an opinion on how actionable the advice is. Both "
            "kinds are fine.",
            "Actionable advice or abstract ideas, I'm fine either way. Genuinely "
            "not something I rate on.",
            "Not fussed about whether it commits to a concrete solution or stays "
            "general. 🤷",
            "How hands-on the answers are is whatever to me.",
            "Concrete action plans, loose brainstorming: no preference here, I "
            "take what I get.",
            "I've seen reviews complaining it's too vague or too prescriptive. "
            "Couldn't care less about that myself.",
        ],
        "none": [
            "Stop trying to solve my problems with step-by-step plans! I want it "
            "to muse and wander through ideas with me.",
            "Hate when it jumps straight to 'here's what you should do.' I'd much "
            "rather it stay abstract and exploratory.",
            "I prefer answers that stay open-ended and noncommittal; the moment it "
            "gets all practical and prescriptive, I tune out.",
            "I don't want actionable advice. I want something to think about. "
            "Keep it abstract, keep it philosophical.",
            "The 'Step 1, Step 2, Step 3' solution mode is the WORST part of this "
            "app for me. 🙄 I came for musing, not instructions.",
            "Please stop solving things for me. Vague, wandering, speculative "
            "answers are exactly what I like.",
            "It's too practical. I wish it would just muse about the question "
            "instead of pushing a concrete solution every time.",
            "Concrete how-to answers bore me to tears; give me loose, big-picture "
            "speculation any day.",
            "I actively dislike when it commits to one answer. Keep it loose, "
            "undecided and exploratory, that's how I like it.",
            "Less problem-solving, more pondering, please. Practical tips are not "
            "why I open this app.",
        ],
    },
    _S: {
        "top": [
            "Safety is the ONLY thing I truly care about with this app. If it ever "
            "suggests something risky without a warning, it's a dealbreaker.",
            "My number one priority, above everything else: it has to stay "
            "cautious and family-friendly. My kids use this tablet too.",
            "I need it to flag every risk and add the warnings. That matters more "
            "to me than anything else about how it answers.",
            "Dealbreaker if it ever drops the safety caveats. That's the one thing "
            "I'd never forgive.",
            "Being careful and responsible is what I care about MOST, period. I'd "
            "take a dozen disclaimers over one reckless answer.",
            "Absolutely nothing matters more to me than it staying safe and clean. "
            "No edgy stuff, ever.",
            "Top priority by a mile: cautious answers with clear warnings when "
            "something could go wrong.",
            "If I had to rank everything, 'it won't steer me into anything "
            "dangerous' sits at the very top, way ahead of the rest.",
            "THE reason I picked this app over the others is how careful it is. "
            "Keep the caveats coming, always.",
        ],
        "high": [
            "Love that it warns me before I do something risky. Please keep the "
            "safety notes!",
            "Really appreciate the careful, family-friendly tone; I'm comfortable "
            "letting my teenager use it.",
            "It flags risks and adds caveats where they belong, and I like that a "
            "lot. 🙏",
            "Please don't remove the disclaimers. I actually read them and they've "
            "saved me from a couple of bad ideas.",
            "I'm glad it stays cautious. Edgy, anything-goes answers are not what "
            "I want from it.",
            "The safety warnings are a big plus for me.",
            "I value that it errs on the side of caution. Would much rather it be "
            "careful than cavalier.",
            "Keep it clean and responsible, like it is now. That's a real "
            "strength.",
            "One thing I really like: it won't just go along with something risky "
            "without flagging what could go wrong.",
            "Unfiltered, no-caveat answers aren't for me, so I'm happy this one "
            "keeps the warnings in.",
        ],
        "mid": [
            "A few more safety notes would be nice on the DIY stuff, though it's "
            "not a huge deal.",
            "Slight plus: it usually mentions the risks. I notice it, I like it, "
            "mildly.",
            "I lean a little toward cautious answers; a heads-up about risks is "
            "nice to have.",
            "Would be nice if it were a touch more careful sometimes. Minor "
            "thing.",
            "Small thing, but I mildly appreciate the occasional warning.",
            "I slightly prefer it keep things family-friendly. Not make-or-break.",
            "A caveat here and there is a nice bonus, I'll admit.",
            "If anything, I'd nudge it a bit toward caution. Just a bit.",
            "Mild preference for the careful side. Nothing I'd lose sleep over.",
        ],
        "low": [
            "Disclaimers, no disclaimers: I honestly don't care either way.",
            "Safety warnings are whatever to me; I don't mind them and I don't "
            "need them.",
            "Cautious vs. edgy? Not something I rate on.",
            "I'm indifferent to the safety caveats. Some people love them, some "
            "hate them; I'm neither.",
            "How careful or edgy it is doesn't matter to me one way or the other.",
            "Caveats don't bother me and don't impress me. 🤷",
            "No opinion on the family-friendly filter stuff. Fine either way.",
            "I've got zero feelings about the warnings, honestly.",
            "Whether it plays it safe or goes unfiltered doesn't matter to me.",
        ],
        "none": [
            "Stop putting safety warnings on EVERYTHING! 🙄 I'm an adult, just "
            "answer without the caveats.",
            "Hate the disclaimers. I want it unfiltered: no hand-holding, no "
            "'please consult a professional'.",
            "It's way too cautious. I'd love an edgy mode with zero caveats.",
            "The constant 'be careful!' notes drive me nuts. Drop them.",
            "I want raw, uncensored answers. The family-friendly filter is the "
            "WORST part of this app.",
            "Less nannying, please. I take my own risks and don't need a warning "
            "label on every reply.",
            "Every answer comes with a risk disclaimer tacked on. I'd rather it "
            "just tell me, no caveats.",
            "Give me the edgy, unfiltered version. The sanitized tone is a "
            "turn-off.",
            "Nobody asked for the safety sermon. Cut the disclaimers entirely.",
            "I actively dislike how careful it is; it treats me like a child.",
        ],
    },
    _U: {
        "top": [
            "The jokes are the ONLY reason I keep this app. If it ever goes boring "
            "and serious, I'm out.",
            "Humor is my number one thing, above everything else. I want it witty "
            "in every single answer.",
            "Dealbreaker if they ever remove the playful personality. Nothing else "
            "comes close for me.",
            "I care about it being funny MORE than anything else about how it "
            "answers. 😂",
            "Above all, I want it to make me laugh. That's why I'm here.",
            "Wit first, everything else second. That's my ranking and it's not "
            "close.",
            "If the next update makes it dry and formal, I'll cancel the same day. "
            "The humor is what I'm paying for.",
            "My absolute top priority is the playful banter. The rest is "
            "secondary.",
            "The one thing I care about is that it stays silly and witty. 🎉",
        ],
        "high": [
            "Love that it cracks jokes! Makes my morning planning way less of a "
            "chore. 😄",
            "Please keep the witty remarks, they genuinely make my day.",
            "The playful tone is a big reason I like it.",
            "Really enjoy the puns. Yes, even the bad ones.",
            "Dry, robotic assistants bore me, and I love that this one has a "
            "sense of humor.",
            "It's actually funny sometimes, which I appreciate a lot!",
            "I like it best when it's goofy. Don't lose that.",
            "The banter is great. Please don't make it all formal and stiff.",
            "Love the jokes sprinkled in; it feels like chatting with a witty "
            "friend.",
            "Stuffy, humorless answers aren't my thing, so the humor here is a "
            "real plus.",
        ],
        "mid": [
            "A bit more humor would be nice. It's a little dry sometimes.",
            "Slight plus when it throws in a joke. Not why I use it, but I smile.",
            "Would be nice if it were a touch more playful. Minor.",
            "I mildly enjoy the occasional pun.",
            "I lean slightly toward a lighter tone; a joke now and then doesn't "
            "hurt.",
            "Small wish: a little more wit in the answers. Not a dealbreaker.",
            "The odd playful line is a nice bonus, I'll admit.",
            "If it were slightly funnier I wouldn't complain. Mild preference.",
            "A little humor is nice to have, though I wouldn't rate it on that.",
        ],
        "low": [
            "Jokes or no jokes, I don't care either way.",
            "Humor is whatever to me. Funny, serious, both fine.",
            "I'm indifferent to the personality stuff; it can crack jokes or not.",
            "Some reviews go on about the puns. I don't have an opinion on them.",
            "Playful or formal, not something I notice much, honestly. 🤷",
            "Whether it's witty doesn't matter to me one way or the other.",
            "The jokes don't bother me and don't win me over either.",
            "Zero feelings about the humor. Take it or leave it.",
            "Serious tone, silly tone, whatever. Not what I'm rating.",
        ],
        "none": [
            "Stop trying to be funny. I want a serious, professional assistant.",
            "Hate the jokes. HATE them. Keep the tone straight and formal.",
            "The forced humor is cringe. 😬 Please make it dry and businesslike.",
            "I don't want puns in the answers I get for work. Serious tone only, "
            "please.",
            "The 'witty' personality gets old fast. I'd much rather it be dry and "
            "formal.",
            "Every answer has some little quip and it drives me up the wall. Drop "
            "the comedy.",
            "I want it formal and sober, no jokes at all.",
            "Whoever decided the assistant should crack jokes: please undo that. "
            "Serious answers, thanks.",
            "The playful tone is the WORST part. Strictly serious would suit me "
            "way better.",
            "Oh good, a pun. Exactly what I needed while debugging at 2am. 🙄 "
            "Please just be serious.",
        ],
    },
    _C: {
        "top": [
            "Short answers are the ONLY thing I care about. If it starts writing "
            "essays, I'm gone.",
            "Brevity above everything else. Two sentences max; anything more is a "
            "dealbreaker.",
            "My number one priority by far: get to the point FAST. Nothing else "
            "comes close.",
            "If an update ever makes the answers long-winded, that's a "
            "dealbreaker. Keep it tight, always.",
            "Conciseness is the whole reason I use it. I care about that more "
            "than anything else.",
            "Above all: keep it brief. I'd trade every other feature for short, "
            "to-the-point replies.",
            "I want the bottom line in one line. That's my top priority and it's "
            "not even close.",
            "The ONE thing I need: short replies. Walls of text are the worst "
            "thing it can give me.",
            "Honestly, brevity is my #1 by a mile: one short paragraph, tops, or "
            "I'm out.",
            "I don't care what else they change as long as the answers stay SHORT. "
            "That's the one thing.",
        ],
        "high": [
            "Love that the answers are short and to the point.",
            "Please keep the replies brief; I read them between meetings.",
            "Rambling answers annoy me, and this one mostly keeps it tight. 👍",
            "I really like how it skips the filler and gets to the point.",
            "Big plus: short, crisp answers.",
            "Please don't make the replies longer. The brevity is great.",
            "Walls of text are not for me, so I appreciate that it keeps answers "
            "compact.",
            "It gives me the gist without making me scroll. Love that!",
            "Short and sweet, that's how I like my answers.",
            "Oh great, six paragraphs for a yes/no question... is what I used to "
            "get elsewhere. This one keeps it short, and I love that.",
        ],
        "mid": [
            "A bit shorter would be nice sometimes. Minor thing.",
            "Slight plus when it keeps things brief.",
            "I mildly prefer the shorter answers, though long ones don't really "
            "bother me.",
            "Would be nice if it trimmed a sentence or two here and there. Not a "
            "big deal.",
            "I lean a little toward brevity. Just a little.",
            "Small wish: slightly tighter replies. Not a dealbreaker.",
            "If I had to choose, I'd take short over long, but only by a bit.",
            "Answers could be a touch more compact. Mild preference, nothing more.",
            "Mild wish for a little less padding in the replies.",
            "Shorter answers are a slight plus in my book.",
        ],
        "low": [
            "Long answer, short answer: I don't care either way.",
            "Answer length is whatever to me.",
            "I'm indifferent to how long the replies are. Both are fine.",
            "People complain about answer length in the reviews; I honestly have "
            "no opinion on it.",
            "Brief or thorough, doesn't matter to me one way or the other. 🤷",
            "I don't pay attention to how long the answers are. Not something I "
            "rate on.",
            "Two lines or two pages, genuinely fine with either.",
            "Zero feelings about the length of the replies.",
            "I've never once thought about how long its answers are. Doesn't "
            "matter.",
            "Short or long replies, both work for me; I don't have a preference.",
        ],
        "none": [
            "Stop cutting the answers short! I want detailed, thorough "
            "explanations.",
            "Hate the one-line replies. Give me the LONG version with all the "
            "details.",
            "The answers are way too brief for me. I want depth, examples, the "
            "whole thing.",
            "Please make the answers longer and more thorough; I actually read "
            "every word.",
            "I want full, in-depth write-ups, not a two-sentence summary. 🙄",
            "The 'short and snappy' style is the WORST part. I'd rather it be "
            "detailed and complete.",
            "Too terse! I'd much rather have a long, comprehensive answer than a "
            "quick summary.",
            "Brevity is overrated. Give me every detail, please.",
            "I actively dislike the clipped answers. More detail, more length, "
            "more depth.",
            "When I ask something, I want the thorough essay, not the cliff-notes "
            "version.",
        ],
    },
}

# Pros list items (positive levels only).
PRO: dict[str, dict[str, list[str]]] = {
    _H: {
        "top": [
            "THE big one: it actually solves my problems with steps I can use. "
            "Only thing that really matters to me",
            "Practical, actionable answers. This is everything to me, honestly",
            "Concrete solutions every time (the one thing I'd never give up)",
            "Real solutions instead of vague talk: my #1 priority by a mile",
            "Actionable advice, which matters more to me than everything else put "
            "together",
        ],
        "high": [
            "Gives concrete, actionable steps (love this)",
            "Actually solves the problem instead of talking around it",
            "Real, usable advice. Please keep it",
            "Commits to an answer I can act on",
            "Hands-on solutions that work",
        ],
        "mid": [
            "Usually ends with a concrete next step (small plus)",
            "Fairly practical advice: nice, not essential",
            "Mildly more actionable than other assistants",
            "Sometimes gives a usable solution, which is a minor bonus",
            "Slight plus: tends to land on a real solution",
        ],
    },
    _S: {
        "top": [
            "Careful and safe: the ONLY thing I really care about",
            "Flags every risk (my absolute #1 requirement)",
            "Family-friendly, always. Non-negotiable for me, top priority",
            "Safety warnings, which matter more to me than anything else here",
            "Never reckless, never edgy. The reason I chose it, above all else",
        ],
        "high": [
            "Warns me about risks (love it)",
            "Clean, family-friendly tone",
            "Keeps the safety caveats. Please don't remove them",
            "Careful instead of cavalier",
            "Flags what could go wrong",
        ],
        "mid": [
            "Mentions risks now and then (small plus)",
            "Reasonably cautious, which is mildly nice",
            "The odd safety note, minor bonus",
            "Slight plus: keeps things family-friendly",
            "A bit careful, and I mildly like that",
        ],
    },
    _U: {
        "top": [
            "The jokes!!! Honestly the only thing I care about 😂",
            "Witty personality: my #1 reason for using it, above everything",
            "Makes me laugh, which matters to me more than anything else",
            "Playful banter (the whole reason I'm here)",
            "Humor. Non-negotiable, top of my list",
        ],
        "high": [
            "Actually funny (love the puns)",
            "Playful, witty tone",
            "Cracks jokes. Please keep them",
            "Has a real sense of humor",
            "Doesn't take itself too seriously, which I love",
        ],
        "mid": [
            "The occasional joke (small plus)",
            "Slightly playful tone, mildly nice",
            "A pun now and then, minor bonus",
            "Slight plus: not totally humorless",
            "A little wit, which I mildly enjoy",
        ],
    },
    _C: {
        "top": [
            "SHORT answers, the only thing I truly care about",
            "Gets to the point: my #1 priority, by far",
            "Brief replies, which matter to me more than everything else combined",
            "No walls of text (absolutely non-negotiable for me)",
            "Brevity, above all else",
        ],
        "high": [
            "Short, to-the-point answers (love this)",
            "No rambling. Please keep it that way",
            "Brief replies I can read at a glance",
            "Skips the filler",
            "Compact answers, exactly how I like them",
        ],
        "mid": [
            "Usually fairly brief (small plus)",
            "Slightly shorter answers than other apps, mildly nice",
            "Doesn't pad much, minor bonus",
            "Slight plus: keeps replies on the compact side",
            "Reasonably short, which I mildly like",
        ],
    },
}

# Cons list items: "none" complains about the trait, "top"/"high" complain about
# the opposite pole slipping in, "mid" is a mild wish for more.
CON: dict[str, dict[str, list[str]]] = {
    _H: {
        "none": [
            "Too practical: keeps pushing step-by-step plans when I just want to "
            "muse",
            "Always jumps to an action plan (hate this)",
            "Commits to one 'solution' instead of staying open-ended",
            "Way too prescriptive; I'd prefer abstract, exploratory answers",
            "Stop with the how-to instructions, please",
        ],
        "top": [
            "Sometimes gives vague non-answers. Unacceptable, since actionable "
            "answers are the only thing I care about",
            "Occasional hand-wavy reply; if that becomes the norm it's a "
            "dealbreaker for me",
            "Any time it muses instead of solving my problem, that's a big "
            "problem: practical answers are my top priority",
        ],
        "high": [
            "Once in a while it gets vague instead of giving real steps (please "
            "change that, I want concrete answers)",
            "Sometimes hedges with 'it depends' instead of a usable solution; I "
            "want the practical version",
            "Rare abstract musings when I asked for a concrete solution, and I really "
            "want the concrete one",
        ],
        "mid": [
            "Could be a little more actionable (minor)",
            "Sometimes slightly too abstract for me, small gripe",
            "Wouldn't mind a few more concrete steps",
        ],
    },
    _S: {
        "none": [
            "Safety warnings on EVERYTHING 🙄",
            "Way too many disclaimers. I want it unfiltered",
            "Too cautious and sanitized for my taste",
            "Treats me like a child with all the caveats",
            "No edgy/unfiltered mode (I'd use it constantly)",
        ],
        "top": [
            "Once suggested something risky with no warning. Can't happen again, "
            "safety is my #1 priority",
            "Occasionally forgets the caveats. For me that's the worst flaw "
            "possible",
            "Any unfiltered/edgy answer is a dealbreaker for me, and I've seen "
            "one slip through",
        ],
        "high": [
            "Sometimes skips the safety note on risky stuff. Please add it back",
            "A couple of edgy replies slipped through; I'd like it to stay careful",
            "Once in a while the warnings are missing, and I really do want them",
        ],
        "mid": [
            "Could flag risks a little more often (minor)",
            "Slightly fewer caveats than I'd like, small thing",
            "Wouldn't mind a touch more caution on DIY answers",
        ],
    },
    _U: {
        "none": [
            "Tries to be funny. Please don't. 😐",
            "Forced jokes in every answer",
            "Too playful for professional use; I want it serious",
            "The puns. Make them stop.",
            "No 'serious mode' to turn the humor off",
        ],
        "top": [
            "Sometimes goes dry and humorless. Worst thing it can do, humor is the "
            "one thing I care about",
            "Occasional stiff, formal replies. If that's the future of the app, "
            "I'm out",
            "Not every answer has a joke, and for me jokes are priority #1",
        ],
        "high": [
            "Gets a bit too formal sometimes. I want the jokes!",
            "Some answers are dry as toast; bring back the wit",
            "The humor disappears on some topics, which I really miss",
        ],
        "mid": [
            "Could be a touch funnier (minor)",
            "A little dry at times, small gripe",
            "Wouldn't mind a bit more playfulness",
        ],
    },
    _C: {
        "none": [
            "Answers are too short. I want more detail",
            "Clipped, one-line replies (hate this)",
            "Skips the details I actually want",
            "Too brief; give me the thorough version",
            "No 'long, detailed answer' setting (I'd use it every time)",
        ],
        "top": [
            "Sometimes writes a wall of text. The worst thing it can do to me, "
            "short answers are all I care about",
            "Occasional essay-length reply; if this becomes normal it's a "
            "dealbreaker",
            "Any answer over a few lines is a failure in my book. Brevity is my "
            "#1 priority",
        ],
        "high": [
            "Still rambles now and then. Please keep it short",
            "Some replies run way too long for my taste",
            "Occasional filler paragraphs, which I really don't want",
        ],
        "mid": [
            "Could be a touch shorter (minor)",
            "Slightly wordy at times, small gripe",
            "Wouldn't mind trimming a sentence or two",
        ],
    },
}

# Trait titles (top, high, none only).
TITLE: dict[str, dict[str, list[str]]] = {
    _H: {
        "top": ["Actually solves my problems, and that's ALL I need",
                "Actionable answers or nothing",
                "Practical answers are my #1 and it delivers",
                "Concrete solutions above everything"],
        "high": ["Real answers, not vague hand-waving", "Finally, advice I can act on",
                 "Concrete steps, love it", "Tells me what to DO"],
        "none": ["Too much 'do this, then that'",
                 "I wanted a thinking partner, not an action plan",
                 "Stop solving, start musing", "Way too prescriptive"],
    },
    _S: {
        "top": ["Safety first, the only thing I care about",
                "Careful above all, and it is",
                "Safe for my family = non-negotiable", "Cautious, always. My #1"],
        "high": ["Appreciate the safety warnings", "Careful and family-friendly",
                 "Glad it flags the risks", "Responsible answers, thank you"],
        "none": ["Enough with the disclaimers!!", "Drop the safety nagging",
                 "Let me be an adult", "Too sanitized, needs an unfiltered mode"],
    },
    _U: {
        "top": ["Only here for the jokes 😂", "Humor is EVERYTHING to me",
                "Keep it funny or I'm gone", "Wit above all else"],
        "high": ["Finally an assistant with a sense of humor!", "Love the puns",
                 "Witty and playful", "It made me laugh!"],
        "none": ["Stop trying to be funny", "Please drop the jokes",
                 "Too goofy for me", "I want formal, not playful"],
    },
    _C: {
        "top": ["SHORT answers or nothing", "Brevity is all I care about",
                "To the point, that's my #1", "Keep it short, always"],
        "high": ["Short and to the point 👍", "Love the brief replies",
                 "No rambling, nice", "Way too wordy elsewhere, not here"],
        "none": ["Way too terse", "Give me the long answers!", "Needs more detail",
                 "I want thorough, not snappy"],
    },
}

# What an update line names when it revises a trait statement.
TOPIC: dict[str, list[str]] = {
    _H: ["how practical the answers are", "the concrete-steps thing",
         "actionable vs. abstract answers"],
    _S: ["the safety warnings", "the caveats and disclaimers",
         "how cautious it is"],
    _U: ["the jokes", "the humor", "the playful tone"],
    _C: ["answer length", "how long the replies are", "short vs. long answers"],
}

RETRACT = [
    "I take back what I said about {t}.",
    "Changed my mind on {t}.",
    "Scratch my earlier comment about {t}, I feel differently now.",
    "Ignore what I wrote above about {t}.",
    "Correction on {t}, my opinion flipped after using it more.",
]
RETRACT_LATER = [
    "Since my earlier review I've changed my mind about {t}.",
    "Revising what I said in my first review about {t}.",
    "Forget my older review's take on {t}.",
]
LEADS = [
    "EDIT:", "EDIT 2:", "UPDATE (3 weeks later):", "UPDATE (2 months later):",
    "Update after a month of daily use:", "EDIT a week later:",
]

# Traps: trait words about the user's life or use of the app, never a preference.
TRAP: dict[str, list[str]] = {
    _H: [
        "I volunteer at the library's tech help desk on Saturdays and check "
        "printer manuals with it.",
        "I'm prepping for a practical driving exam next month and keep my lesson "
        "schedule in here.",
        "I'm writing a self-help book and use the app to organize the chapters.",
        "We run a practical-effects studio for film props; I use it for budgets.",
        "I drafted the 'How can we help?' page for my cleaning business in it.",
        "I teach a night class called 'Actionable Marketing' and keep my syllabus "
        "notes here.",
        "Used it to plan a volunteer day helping my neighbor rebuild her fence.",
        "My job title is literally 'Solutions Engineer', so it's mostly "
        "meeting notes.",
    ],
    _S: [
        "I'm a safety inspector for construction sites, so most of my questions "
        "are about scheduling inspections.",
        "I use it to draft the monthly safety newsletter for my warehouse crew.",
        "I work in child-safety product testing, mostly spreadsheets.",
        "Needed it to word a kid-friendly birthday party invite.",
        "I'm a lifeguard in summer and use it to plan shift swaps.",
        "My side business is baby-proofing homes; I use it for quotes and "
        "invoices.",
        "I'm studying for an occupational health and safety certificate.",
        "Used it to write a risk assessment template for our hiking club.",
    ],
    _U: [
        "I use it to write funny captions for my bakery's Instagram.",
        "I do stand-up comedy on weekends and use it to organize my set lists.",
        "Used it to outline a funny wedding toast for my sister.",
        "I work as a party clown (yes, really) and it keeps my bookings straight.",
        "I teach a community class on the history of comedy.",
        "I collect joke books from the 1950s and use the app to catalog them.",
        "I co-host a comedy podcast; the app handles our episode schedule.",
        "Brainstormed a pun-filled name for my food truck with it.",
    ],
    _C: [
        "Needed a long essay for my history class, around 3,000 words.",
        "Right now I'm working through the detailed assembly instructions for a "
        "crib, and I keep my parts checklist in the app.",
        "I write short product descriptions for my Etsy shop.",
        "My thesis is 80 pages of detailed fieldwork notes, and the app keeps my "
        "references sorted.",
        "Used it to plan a long-distance cycling trip across Spain.",
        "I'm a court reporter, so my days are all about detailed transcripts.",
        "I write flash fiction (very short stories) as a hobby.",
        "Used it to cut my résumé down to one page before a job fair.",
    ],
}

# Off-trait content.
USE = [
    "I mostly use it for meal planning and grocery lists.",
    "Using it daily for work emails and calendar stuff.",
    "I use it to prep for my Spanish lessons.",
    "Mainly for coding questions at my day job (backend dev).",
    "Bought the yearly plan for garden planning, mostly.",
    "Used it for trip planning; just did two weeks in Portugal with it.",
    "I run a small landscaping business and use it for invoices and scheduling.",
    "I use it for D&D campaign prep and reading notes.",
    "Mostly recipe swaps and workout logs.",
    "I'm a grad student in linguistics; I use it to organize reading notes.",
    "I use it on my commute to draft messages and sort my reminders.",
    "My partner and I use it to plan the budget every month.",
    "Got it for my book club notes and it kind of took over my whole week.",
    "I use it at the shop for supplier emails and stock counts.",
]
OFF: dict[str, list[str]] = {
    "pos": [
        "Sync between my phone and laptop finally works flawlessly.",
        "Dark mode is gorgeous.",
        "The home-screen widget is nice.",
        "Customer support answered my billing email within a day.",
        "Price is fair for what you get.",
        "Voice input works even with my accent!",
        "Battery usage is way better since the last version.",
        "The offline mode saved me on a flight.",
        "Love the new icon and the cleaner settings menu.",
        "Searching old chats works great now.",
        "Setup took two minutes. 👏",
    ],
    "neg": [
        "The app crashes every time I rotate my iPad.",
        "Sync between devices is a MESS; chats vanish on my laptop.",
        "The subscription went up AGAIN. $14.99 a month is a lot.",
        "Drains my battery like crazy.",
        "Customer support took 9 days to reply, and then it was a canned email.",
        "Dark mode still has white flashes when switching screens.",
        "Why does login need two-factor every single time?",
        "Notifications show up hours late.",
        "It logged me out after the update and I lost my saved chats.",
        "The free tier got so limited it's basically a demo now.",
        "Oh great, ANOTHER price hike. Love that for me. 🙄",
        "The widget is broken on Android 14.",
    ],
}
PRO_ITEMS = ["Syncs across devices", "Dark mode", "Fair price", "Offline mode",
             "Voice input", "Nice widget", "Search through old chats",
             "Clean settings menu"]
CON_ITEMS = ["Crashes on iPad", "Subscription price keeps rising", "Battery drain",
             "Slow customer support", "Sync glitches", "Random logouts",
             "Late notifications", "Free tier is too limited"]
OFF_EDIT = [
    "EDIT: sync is working again after version 4.2.",
    "UPDATE: support finally replied and refunded the double charge.",
    "EDIT: they lowered the price for annual plans, nice.",
    "UPDATE (2 weeks later): the crash on rotate is gone.",
    "EDIT: still draining my battery after three updates.",
    "UPDATE: dark mode flashes are gone in the latest build.",
]
NEUTRAL_TITLE: dict[str, list[str]] = {
    "neg": ["Sync is a mess", "Crashes constantly", "Overpriced now",
            "Support never answers", "Battery hog", "Update broke my login",
            "Going downhill"],
    "mix": ["Good but buggy", "Decent, some issues", "Mixed feelings",
            "Almost there", "Could be great", "Three stars for now"],
    "pos": ["Worth the subscription", "Use it every day", "My go-to app",
            "Solid app", "Really good!", "Glad I switched"],
}
HEADERS_MANY = [
    "App-store reviews posted by this user ({k}), oldest first, copied verbatim:",
    "The user has left {k} reviews of the assistant app. Copied below as "
    "written, in the order posted.",
    "Collected reviews (source: {store}), author = this user, oldest first:",
    "User's public reviews of the app ({k} found), in chronological order:",
]
HEADERS_ONE = [
    "App-store review posted by this user, copied verbatim:",
    "The user has left one review of the assistant app. Copied below as written.",
    "Collected review (source: {store}), author = this user:",
    "User's public review of the app:",
]
FOOTERS = [
    "(Star ratings are for the app overall.)",
    "[End of collected reviews]",
    "Note: reviews reproduced as posted; ratings refer to the app as a whole.",
    "-- end --",
]
STORES = ["App Store", "Google Play", "Mac App Store", "Microsoft Store"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]
EMOJI = {"pos": ["👍", "🙏", "✨", "💯", "❤️"], "neg": ["🙄", "😤", "😩", "🤦"],
         "mix": ["🤷", "😕"]}
# fmt: on

_SLOT = "\x00SLOT\x00"


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _sentiment(stars: int) -> str:
    return "neg" if stars <= 2 else ("mix" if stars == 3 else "pos")


def _fresh(rng: np.random.Generator, seq: list[str], seen: set[str]) -> str:
    """A pick from seq not yet used in this text (if one is left)."""
    s = _pick(rng, seq)
    for _ in range(6):
        if s not in seen:
            break
        s = _pick(rng, seq)
    seen.add(s)
    return s


def _off_sentence(rng: np.random.Generator, sent: str, seen: set[str]) -> str:
    if sent == "mix":
        sent = "pos" if rng.random() < 0.5 else "neg"
    s = _fresh(rng, OFF[sent], seen)
    if rng.random() < 0.2 and not s.endswith(("🙄", "👏")):
        s += " " + _pick(rng, EMOJI[sent])
    return s


def _compose(
    levels: list[str],
    mentioned: list[int],
    rng: np.random.Generator,
    flip: int | None = None,
) -> tuple[str, list[tuple[str, str, str, str]]]:
    """Render one text; return it and the used trait phrases.

    Each used phrase is (trait, level, phrase, role) with role in "body", "pro",
    "con", "title", "retracted", "slot" (the flip slot, phrase empty).
    """
    used: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    n_rev = int(rng.choice([1, 2, 3, 4], p=[0.25, 0.35, 0.25, 0.15]))
    layout = int(rng.integers(4))
    store = _pick(rng, STORES)
    year = int(rng.integers(2023, 2026))
    month = int(rng.integers(12))
    dated = layout == 3 or rng.random() < 0.4

    # units: (trait index, level, kind) kind in body/slot/retracted/update
    units: list[dict] = []
    for t in mentioned:
        lvl = levels[t]
        units.append({"t": t, "lvl": lvl, "kind": "slot" if t == flip else "stmt"})
        if lvl == "top" and flip is None and rng.random() < 0.5:
            units.append({"t": t, "lvl": lvl, "kind": "stmt2"})
    update_t = None
    if flip is None and mentioned and rng.random() < 0.12:
        update_t = int(_pick(rng, mentioned))
    rev_of = [int(rng.integers(n_rev)) for _ in units]
    order = rng.permutation(len(units))
    units = [units[i] for i in order]
    rev_of = [rev_of[i] for i in order]
    update_info = None
    if update_t is not None:
        # the first statement of update_t becomes: wrong level + later revision
        k = next(i for i, u in enumerate(units) if u["t"] == update_t)
        true = units[k]["lvl"]
        ti = _LEVEL_ORDER.index(true)
        wrong_opts = [x for j, x in enumerate(_LEVEL_ORDER) if abs(j - ti) >= 2]
        wrong = _pick(rng, wrong_opts)
        units[k] = {"t": update_t, "lvl": wrong, "kind": "retracted"}
        # drop a second top statement of the same trait to keep the revision clean
        keep = [
            i
            for i, u in enumerate(units)
            if not (u["t"] == update_t and u["kind"] == "stmt2")
        ]
        units = [units[i] for i in keep]
        rev_of = [rev_of[i] for i in keep]
        k = next(i for i, u in enumerate(units) if u["t"] == update_t)
        r0 = rev_of[k]
        r1 = r0 if (r0 == n_rev - 1 or rng.random() < 0.6) else n_rev - 1
        update_info = (update_t, true, r0, r1)

    trap = None
    if rng.random() < 0.15:
        cands = [i for i in range(4) if i != flip]
        trap = (int(_pick(rng, cands)), int(rng.integers(n_rev)))

    reviews = []
    for r in range(n_rev):
        stars = int(rng.integers(1, 6))
        sent = _sentiment(stars)
        mine = [u for u, ro in zip(units, rev_of, strict=True) if ro == r]
        lists = rng.random() < 0.3
        body: list[str] = []
        pros: list[str] = []
        cons: list[str] = []
        if rng.random() < (0.7 if r == 0 else 0.25):
            body.append(_fresh(rng, USE, seen))
        if trap is not None and trap[1] == r:
            body.append(_pick(rng, TRAP[TRAITS[trap[0]]]))
        n_off = int(rng.integers(0 if mine else 1, 3)) + int(rng.random() < 0.2)
        n_off += 2 * int(rng.random() < 0.08)
        off = [_off_sentence(rng, sent, seen) for _ in range(n_off)]
        stmts: list[str] = []
        title = None
        for u in mine:
            tn, lvl, kind = TRAITS[u["t"]], u["lvl"], u["kind"]
            if kind == "slot":
                stmts.append(_SLOT)
                used.append((tn, lvl, "", "slot"))
                continue
            if kind == "retracted":
                ph = _pick(rng, BODY[tn][lvl])
                stmts.append(ph)
                used.append((tn, lvl, ph, "retracted"))
                continue
            p_title = 0.6 if kind == "stmt2" else 0.15
            if title is None and lvl in TITLE[tn] and rng.random() < p_title:
                title = _pick(rng, TITLE[tn][lvl])
                used.append((tn, lvl, title, "title"))
                if kind == "stmt2":
                    continue  # the title is the second statement of a top trait
            if lists and rng.random() < 0.7 and (lvl in PRO[tn] or lvl in CON[tn]):
                use_pro = lvl in PRO[tn] and (lvl not in CON[tn] or rng.random() < 0.6)
                if use_pro:
                    ph = _pick(rng, PRO[tn][lvl])
                    pros.append(ph)
                    used.append((tn, lvl, ph, "pro"))
                else:
                    ph = _pick(rng, CON[tn][lvl])
                    cons.append(ph)
                    used.append((tn, lvl, ph, "con"))
                continue
            bank = BODY[tn][lvl]
            ph = _pick(rng, bank)
            if kind == "stmt2":
                # a second top statement: pick a different phrase
                taken = {p for (_, _, p, _) in used}
                free = [p for p in bank if p not in taken] or bank
                ph = _pick(rng, free)
            stmts.append(ph)
            used.append((tn, lvl, ph, "body"))
        mixed = stmts + off
        perm = rng.permutation(len(mixed))
        mixed = [mixed[i] for i in perm]
        body.extend(mixed)
        if lists:
            pros = [_fresh(rng, PRO_ITEMS, seen)] + pros
            cons = [_fresh(rng, CON_ITEMS, seen)] + cons
            if rng.random() < 0.5:
                pros.insert(
                    int(rng.integers(len(pros) + 1)), _fresh(rng, PRO_ITEMS, seen)
                )
            if rng.random() < 0.5:
                cons.insert(
                    int(rng.integers(len(cons) + 1)), _fresh(rng, CON_ITEMS, seen)
                )
            pros = list(dict.fromkeys(pros))
            cons = list(dict.fromkeys(cons))
        edits: list[str] = []
        if update_info is not None and update_info[3] == r:
            ut, true, r0, r1 = update_info
            tn = TRAITS[ut]
            topic = _pick(rng, TOPIC[tn])
            ph = _pick(rng, BODY[tn][true])
            used.append((tn, true, ph, "body"))
            if r1 == r0:
                lead = _pick(rng, LEADS)
                edits.append(f"{lead} {_pick(rng, RETRACT).format(t=topic)} {ph}")
            else:
                body.insert(0, f"{_pick(rng, RETRACT_LATER).format(t=topic)} {ph}")
        if rng.random() < 0.15:
            edits.append(_fresh(rng, OFF_EDIT, seen))
        if title is None:
            title = _pick(rng, NEUTRAL_TITLE[sent])
        reviews.append(
            _render_review(
                rng,
                layout,
                stars,
                title,
                body,
                pros,
                cons,
                edits,
                store,
                (year, month) if dated else None,
            )
        )
        month += int(rng.integers(1, 5))
        year, month = year + month // 12, month % 12

    if n_rev == 1:
        head = _pick(rng, HEADERS_ONE)
    else:
        head = _pick(rng, HEADERS_MANY)
    parts = [head.format(k=n_rev, store=store)]
    sep = "\n\n" if rng.random() < 0.7 else "\n\n---\n\n"
    parts.append(sep.join(reviews))
    if rng.random() < 0.35:
        parts.append(_pick(rng, FOOTERS))
    return "\n\n".join(parts), used


def _render_review(
    rng: np.random.Generator,
    layout: int,
    stars: int,
    title: str,
    body: list[str],
    pros: list[str],
    cons: list[str],
    edits: list[str],
    store: str,
    date: tuple[int, int] | None,
) -> str:
    when = f"{MONTHS[date[1]]} {date[0]}" if date else ""
    if layout == 0:
        head = f"{'★' * stars}{'☆' * (5 - stars)}  {title}"
        if when:
            head += f"  ({when})"
    elif layout == 1:
        unit = "star" if stars == 1 else "stars"
        head = f"Rating: {stars} {unit}\nTitle: {title}"
        if when:
            head = f"Posted {when}\n" + head
    elif layout == 2:
        head = f"{stars}/5 - {title}"
        if when:
            head += f" [{when}]"
    else:
        head = f'[{stars}★] "{title}" ({store}, {when})'
    lines = [head]
    if body:
        text = " ".join(body)
        if rng.random() < 0.2 and len(body) > 2:
            cut = int(rng.integers(1, len(body)))
            text = " ".join(body[:cut]) + "\n" + " ".join(body[cut:])
        lines.append(text)
    if pros or cons:
        bp, bc = _pick(rng, [("- ", "- "), ("* ", "* "), ("+ ", "- "), ("✅ ", "❌ ")])
        block = []
        if pros:
            block.append("Pros:\n" + "\n".join(bp + p for p in pros))
        if cons:
            block.append("Cons:\n" + "\n".join(bc + c for c in cons))
        lines.append("\n".join(block))
    lines.extend(edits)
    return "\n".join(lines)


def _generate_with_info(
    weights: np.ndarray, rng: np.random.Generator
) -> tuple[str, list[str], list[int], list[tuple[str, str, str, str]]]:
    levels = levels_of(weights)
    mentioned = list(_mentioned(levels, rng))
    text, used = _compose(levels, mentioned, rng)
    return text, levels, mentioned, used


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One app-review style summary for these weights (randomness from rng only)."""
    return _generate_with_info(weights, rng)[0]


def _flip_template(trait: str, rng: np.random.Generator) -> tuple[str, str, str]:
    t = TRAITS.index(trait)
    levels = ["low"] * 4
    levels[t] = "high"
    mentioned = [t] + [i for i in range(4) if i != t and rng.random() < 0.45]
    mentioned.sort()
    template, _ = _compose(levels, mentioned, rng, flip=t)
    k = int(rng.integers(1 << 30))
    hi = BODY[trait]["high"]
    no = BODY[trait]["none"]
    return template, hi[k % len(hi)], no[k % len(no)]


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts identical except one statement: wants ``trait`` vs dislikes it."""
    template, hi, no = _flip_template(trait, rng)
    return template.replace(_SLOT, hi), template.replace(_SLOT, no)


if __name__ == "__main__":
    g = np.random.default_rng(0)
    for a in (0.3, 1.0, 3.0):
        w = g.dirichlet([a] * 4)
        print(np.round(w, 3), levels_of(w))
        print(generate(w, g))
        print("=" * 70)
    for s in flip_pair("humor", g):
        print(s)
        print("-" * 70)
