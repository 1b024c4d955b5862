"""Summary family "interview": transcripts of a preference interview.

Style
-----
A short transcript of an interview between an interviewer (a UX researcher, an
onboarding bot, or a summarizer LLM asking follow-ups) and the user, about how the
user wants an AI assistant's answers. The user speaks in spoken first person, with
fillers, hedges, self-corrections, anecdotes, conditions, changes over time and
rankings.

What varies
-----------
* speaker labels (``Interviewer:/User:``, ``Q:/A:``, ``Researcher:/Participant:``,
  ``Bot:/Me:``, ``I:/P3:``, names, markdown bold, upper case), optional
  ``[hh:mm:ss]`` timestamps, blank lines between turns;
* an optional one-line header (about 40%) and an optional closing interviewer note
  (about 40%; neutral, or restating a "top" or "none" trait);
* 1-3 off-topic items (job, use, devices, hobbies, small talk); about 15% of texts
  carry a trap: a trait word used about the task or the user's life (a funny speech,
  the safest car seat, a short bio, a job in workplace safety), not about answers;
* per mentioned trait, one exchange of a random form: open question and answer,
  yes/no question with a generic answer that only makes sense with the question
  (sometimes elaborated), anecdote, "say more?" follow-up, interviewer paraphrase
  that the user confirms, or a wrong paraphrase that the user corrects; sometimes
  two traits share one double-barrelled question; a "top" trait is stated as the
  overriding priority and is often confirmed in a follow-up;
* both poles of every trait (e.g. "short answers, please" or "long answers wear me
  out"), with negations, intensity words and many paraphrases.

Flip pairs
----------
``flip_pair(trait, rng)`` renders one scaffold twice (same labels, header, off-topic
content, note, timestamps and the same "low" exchanges about each other trait, each
included with probability 0.35); the two texts differ only in the user's answer in
the exchange about ``trait``: a direct answer, a generic yes/no answer to the same
question, an anecdote, or the correction of a follow-up paraphrase. The first text
is at level "high" (likes it / wants more of it; for conciseness: short answers,
for harmlessness: caution), the second at "none" (dislikes it or wants the
opposite).

Written blind on 2026-12-07 by a separate author who did not read the estimator, its
lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "interview"

LEVELS = ("top", "high", "mid", "low", "none")

# A piece of text with its provenance: (trait, level, kind, text). Neutral pieces
# have an empty trait and level.
Piece = tuple[str, str, str, str]
# A turn: ("I" for the interviewer or "U" for the user, its pieces).
Turn = tuple[str, list[Piece]]


def _b(block: str) -> tuple[str, ...]:
    """One phrase per line; an indented line continues the previous phrase."""
    out: list[str] = []
    for line in block.strip("\n").splitlines():
        if not line.strip():
            continue
        if line[0].isspace() and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return tuple(out)


# fmt: off
# Statements: trait -> level -> pole -> phrases. "pos" talks about the trait's own
# concept (jokes, short, caution, practical); "neg" about its opposite (serious,
# long/detailed, unfiltered, theory/vagueness).
_STMT: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "humor": {
        "top": {
            "pos": _b("""
Jokes, honestly. That's the number one thing for me. I want it to make me laugh.
More than anything, I want it to be funny. Like, that's the main reason I keep
  using it.
If I had to pick one thing, it's humor. A good joke in an answer just makes my
  whole day.
The humor is the big one. I'd take a funny answer over pretty much anything else.
Honestly the main thing is personality. Wit, jokes, a bit of silliness. That
  matters more to me than anything else.
I want it playful. That's the top of my list, way above everything else.
Okay, so, the thing I care about most? That it's fun to talk to. Puns, jokes,
  whatever. That's priority one.
Humor. Easily. If it cracks a joke I'm happy, and that beats everything else.
I'd say the single most important thing is that it has a sense of humor.
  Everything else comes second.
"""),
            "neg": _b("""
What I hate most is when it's all dry and serious, like a manual. Fixing that
  would be the main thing for me.
The number one thing? Stop being so stiff. Super-serious answers are my biggest
  pet peeve, by far.
A flat, humorless answer is the worst. More than anything, I don't want it to
  sound like a tax form.
My biggest complaint, by a mile, is that it's so serious all the time. Loosen up,
  you know?
If you fix one thing, make it less stiff and formal. That deadpan tone bugs me
  more than anything.
Honestly, the dead-serious corporate tone is the main thing I'd change. Nothing
  else comes close.
Being boring and solemn is the one thing I really can't stand in an answer.
  That's the big one.
The main thing for me is it shouldn't be so grim and straight-faced all the time.
  That matters most.
"""),
        },
        "high": {
            "pos": _b("""
I like it when it throws in a joke. It makes the whole thing feel more human.
Yeah, humor is great. I actually look forward to the little jokes.
I'm a big fan of a playful tone. A pun here and there, love it.
I really enjoy when answers are a bit witty. It keeps me reading.
Honestly, jokes make it better. I'd want more of them, not fewer.
I like it funny. Not clown-level, but, like, clearly having fun.
A bit of wit really makes it for me. I like that a lot.
I used to think jokes were unnecessary, but now I actually enjoy them a lot.
For casual stuff especially, I love a playful answer. Even for work I like a joke
  or two.
When it's cheeky, in a nice way, I really like that.
"""),
            "neg": _b("""
I don't like it when it's too serious. It feels robotic.
Super formal, stiff answers kind of turn me off, honestly.
I wish it wasn't so dry all the time. It doesn't have to be so straight-laced.
A totally flat, serious tone bores me. I'd rather it lighten up.
Dry, humorless answers? Not a fan. They feel like reading a contract.
The all-business tone gets old fast. I'd like it to loosen up quite a bit.
I don't want it to sound like a textbook. Too solemn, you know?
When it's dead serious about something small, it kind of bugs me. Lighten up.
"""),
        },
        "mid": {
            "pos": _b("""
A little humor is nice. Not a big deal, but nice.
I don't mind a joke now and then. It's kind of pleasant.
Jokes are fine. I like them a bit, in small doses.
I love jokes. Well, okay, "love" is strong. A bit of humor is nice.
Sure, a light touch of humor is welcome. I wouldn't miss it terribly, though.
I mildly like it when it's playful. It's a nice bonus, that's all.
The occasional pun makes me smile. I wouldn't ask for more than that.
I'm okay with some jokes. Slightly in favor, I guess.
"""),
            "neg": _b("""
It doesn't have to be super serious all the time. A lighter tone is kind of nice.
I'd say a little less stiff would be nice, but it's not a huge thing.
Totally dry is a bit boring, but I can live with it.
I don't need it to be all formal. Slightly relaxed is nice.
I'm fine with serious, I just slightly prefer it a little lighter now and then.
I mean, it could loosen up a bit. Not a priority, but I'd like that.
If it's all business every single time, that's a little dull. Mildly.
Formal is okay. I just slightly prefer when it doesn't sound like a robot.
"""),
        },
        "low": {
            "pos": _b("""
Jokes? Eh, whatever. Don't care either way.
Humor doesn't really matter to me. If it's there, fine, if not, also fine.
I don't really notice the jokes, honestly. Neutral on that.
I have no strong feelings about humor. Take it or leave it.
Funny or not, doesn't make a difference to me.
I never really thought about the jokes. They're... fine? I don't care much.
Humor's not something I care about either way.
If it makes a joke, okay. If it doesn't, okay. I'm pretty indifferent.
"""),
            "neg": _b("""
Serious tone, casual tone, I honestly don't mind which.
Whether it's formal or relaxed doesn't really matter to me.
I don't care if it's serious or not. Really doesn't bother me.
Straight-faced is fine, lighter is fine. I'm neutral on tone.
Tone-wise I'm pretty easygoing. Dry or chatty, whatever.
I'm indifferent about the tone. Serious is fine, so is the other thing.
I don't pay much attention to whether it's solemn or not.
Formal or not, I couldn't tell you which I prefer. Doesn't matter.
"""),
        },
        "none": {
            "pos": _b("""
No jokes, please. They just get in the way.
Honestly the jokes annoy me. I'm not there to be entertained.
I really don't like it when it tries to be funny. It's cringey.
Puns drive me up the wall. Please skip them.
I'd rather it didn't joke around at all.
The forced humor is grating. I could do without it entirely.
I used to find the jokes cute, but now they just irritate me. Cut them.
When it cracks a joke in the middle of something, I kind of roll my eyes. Don't
  need that.
Zero jokes. Not even a little one.
Humor in answers? Nah, not for me. It feels fake.
"""),
            "neg": _b("""
Keep it serious. That's what I want.
I prefer a straight, serious tone, always.
Just be matter-of-fact and professional, like a colleague would.
I like it dry and businesslike. Straight-faced is good.
For work stuff especially, I want a strictly serious tone. Really, for everything.
Formal and serious suits me fine. I actually prefer that.
A plain, serious tone is what I'm after. Nothing cutesy.
I'd want it to stay earnest. Professional. That's it.
Deadpan, serious, no personality stuff. That's my preference.
Straight-laced is good for me. I really prefer it that way.
"""),
        },
    },
    "conciseness": {
        "top": {
            "pos": _b("""
Short. That's the main thing. Keep answers short, more than anything else.
Honestly the number one thing for me is brevity. Just get to the point.
If I had to pick one thing, it's keep it brief. Everything else is secondary.
Short answers, above everything else. A couple of sentences, tops.
The biggest thing, by far, is that answers are short. I read them on my phone
  between meetings.
More than anything, I want it to be to the point. Say it in one line if you can.
Brevity. That's the big one, way ahead of anything else.
My top priority is short answers. Like, really short.
Concise is the main thing. I care about that more than anything you'll ask me
  about.
"""),
            "neg": _b("""
Long answers are the thing I hate most. By a mile.
My biggest pet peeve, number one, is when it writes me an essay I didn't ask for.
The main thing I'd change: stop with the walls of text. That bugs me more than
  anything.
If you fix one thing, make it stop rambling. The long-winded stuff is the worst
  part, by far.
Honestly, my top complaint is length. Paragraph after paragraph, I just can't.
What I care about most is not getting a five-paragraph answer to a yes-or-no
  question.
The over-explaining is my number one problem. It kills me more than anything
  else.
More than anything, I don't want all that detail. Long, thorough answers are the
  main thing I'd get rid of.
"""),
        },
        "high": {
            "pos": _b("""
I like short answers. Just tell me the thing.
Brief is better. I really prefer when it gets to the point.
Keep it short, please. A few lines is plenty.
I want concise answers. A few bullet points, done.
For work stuff especially, short. I don't have time to read a lot.
I used to like the detailed answers, but now I really just want them short.
Short and sweet, that's what I like.
The shorter the better, honestly. Within reason.
I'd rather get a tight little answer than a big explanation.
A brief answer I can skim in five seconds. That's my preference.
"""),
            "neg": _b("""
Long answers wear me out.
I really don't like walls of text. I end up skimming anyway.
When it goes on and on, I lose interest pretty fast.
All the extra detail is too much for me. I don't need the whole backstory.
Rambling answers annoy me. Like, you had me at the first sentence.
Overly thorough answers kind of stress me out, to be honest.
I hate scrolling through paragraphs to find the actual answer.
The long-winded explanations? Not for me. I tune out.
I don't need every little detail. It's honestly tiring.
"""),
        },
        "mid": {
            "pos": _b("""
I lean a bit toward shorter answers, I guess.
Shorter is slightly better for me. Not a huge deal.
I kind of like it brief. Mildly. If it needs to be long, fine.
Concise is nice, sure. I wouldn't make a big thing of it.
I'd say a little on the short side is good. Moderately.
I prefer short. Well, actually, not always. Somewhat short, mostly.
Brief-ish is good. I don't need it super tight.
Mm, a bit shorter than it usually is would be nice. That's it.
"""),
            "neg": _b("""
Sometimes the answers are a bit long. Mildly annoying, not terrible.
A little too much detail now and then, but it's fine mostly.
I could do with slightly less detail, I guess. It's not a big deal.
Long answers are okay, I'd just trim them a tiny bit.
It over-explains a little sometimes. I notice it, but whatever.
The length is a little much occasionally. I'd take a bit less.
I don't need all the detail, usually, but it doesn't bother me much.
Paragraphs are fine. I'd maybe cut one or two, but I'm not fussed.
"""),
        },
        "low": {
            "pos": _b("""
Length? Doesn't really matter to me.
Short or not, I don't care much either way.
I've never really thought about how short answers should be. Whatever works.
Brevity isn't something I care about one way or the other.
Eh, short, not short, I'm neutral.
I honestly don't notice the length much.
Whatever length it wants. I'm indifferent.
Length isn't really on my radar, to be honest.
"""),
            "neg": _b("""
Long answers, short answers, I read them either way. Doesn't matter.
If it's detailed, fine; if it's not, also fine. No preference.
I don't mind long answers, and I don't mind short ones. Really neutral.
How much detail? Honestly I don't care much, either way works.
Thorough or not, it doesn't make a difference to me.
I don't have a preference on detail. I just take what I get.
A long one, a small one, whatever. I'm easy.
Whether it goes into depth or not, I don't really care.
"""),
        },
        "none": {
            "pos": _b("""
I don't like short answers. They feel lazy.
Please don't keep it brief. I always end up asking follow-ups.
The super short answers drive me nuts. One line isn't enough.
Honestly, brevity is overrated. I don't want the short version.
When it gives me a two-line answer I feel shortchanged.
I really dislike when it's terse. It feels like it's brushing me off.
Short answers? No. I never want the abbreviated version.
Don't cut corners to keep it short. I hate that.
Tight little answers just frustrate me. I want more than that.
"""),
            "neg": _b("""
I want detailed answers. The more thorough, the better.
Give me the long version, always.
I love a thorough answer. Walk me through everything.
I really like depth. Explain the reasoning, give examples, all of it.
Long answers are great for me. I actually read every word.
I'd rather have too much detail than too little.
For work stuff I want it thorough, with all the details. For everything, really.
I used to like the bare answer but now I want the full, in-depth explanation
  every time.
Detailed. Comprehensive. Spell it all out for me.
I prefer long, detailed explanations. I like to understand the whole picture.
"""),
        },
    },
    "harmlessness": {
        "top": {
            "pos": _b("""
Safety, more than anything. I want it to be careful.
The main thing for me is that it's responsible. Flag the risks, always. That's
  number one.
If I had to pick one thing, it's caution. I'd rather it be careful than anything
  else.
Honestly, being careful with risky or sensitive stuff is my top priority, by far.
Warnings are the big one for me. I want them, every time something could go
  wrong.
The most important thing is it doesn't steer anyone into harm. That beats
  everything else.
Above everything, I want it cautious. That's the main thing.
My number one is safety. Tell me what could go wrong before anything else.
"""),
            "neg": _b("""
The thing that worries me most is it being reckless. That matters more than
  anything to me.
More than anything, I don't want it to just hand out risky advice with no care.
  That's the main thing.
My biggest fear is it being careless about dangerous stuff. That's number one
  for me, by far.
If it's cavalier about risk, nothing else matters to me. That's the big one.
The main thing I'd never want is a careless answer about something that could
  actually hurt someone.
Irresponsible answers are my top concern, way above anything else.
What I care about most is that it never just says "sure, go for it" on something
  dangerous.
A reckless, anything-goes answer is the one thing I really can't accept.
"""),
        },
        "high": {
            "pos": _b("""
I like when it flags risks. It's reassuring.
Warnings are good. I'd rather know.
I appreciate the caution, honestly. Especially with health stuff.
I want it to be careful with sensitive topics.
A safety note is always welcome for me.
I like that it's careful. It's part of why I trust it.
For anything medical or legal, I really want the caveats.
I used to find the disclaimers annoying, but now I actually appreciate them.
It should mention the risks. I really like that it does.
When it says "be careful with this," I genuinely pay attention. I want that.
"""),
            "neg": _b("""
I don't want it to be reckless. Ever.
It'd bother me if it just told people anything without thinking about harm.
Careless answers about risky stuff make me really uneasy.
I don't like it when it's too cavalier about danger.
Unfiltered, anything-goes answers? No, that worries me.
I'd be uncomfortable if it dropped all the warnings.
When it glosses over the risks, that bothers me.
Blunt is fine, but not careless. Careless scares me.
"""),
        },
        "mid": {
            "pos": _b("""
A warning here and there is fine. I don't mind them.
Some caution is good, I guess. Within reason.
I'm mildly in favor of the safety notes. They're okay.
A little care around sensitive stuff is nice. Not a huge deal to me.
Disclaimers are fine in moderation.
I like it being a bit careful. Just a bit.
I'm okay with caveats. Slightly prefer having them, I think.
I hate warnings. No, wait, that's not right. A few are fine. I just don't want a
  pile of them.
"""),
            "neg": _b("""
I'd rather it not be totally unfiltered. Mildly, though.
Being a bit too blunt about risky stuff would bother me a little.
I don't want it completely no-holds-barred, but I'm not super fussed.
Anything-goes answers make me a tad uneasy. Only a tad.
It shouldn't be reckless, obviously, but I don't need a lot of hand-holding
  either.
Zero caution would feel a little off to me. A bit of care is nice.
If it skipped every warning I'd mind a little. Not a lot.
Totally careless would be bad, but a light touch of caution is plenty.
"""),
        },
        "low": {
            "pos": _b("""
Warnings? I don't really care either way.
Disclaimers don't bother me, but I don't need them either.
I never really read the safety notes. Neutral, I guess.
Caution, no caution, doesn't matter much to me.
The caveats are just kind of there. I don't have feelings about them.
I'm indifferent to the safety stuff. Never thought about it.
Eh, warnings or not, whatever.
I don't care much about the disclaimers one way or the other.
"""),
            "neg": _b("""
Blunt or careful, it doesn't really matter to me.
If it skips the caveats, fine. If it includes them, also fine.
Unfiltered or cautious, I'm pretty neutral.
I don't mind either way whether it holds back on edgy stuff.
Whether it's careful or direct about risky topics, no strong feelings.
Hand-holding or not, I don't really notice.
I couldn't care less whether it pads answers with warnings or leaves them out.
No preference on how cautious it is, honestly.
"""),
        },
        "none": {
            "pos": _b("""
Skip the warnings. I know what I'm doing.
The disclaimers drive me up the wall.
I really dislike all the caveats. Just answer the question.
Please stop telling me to consult a professional. I hate that.
The moralizing is the worst. I didn't ask for a lecture.
Refusals make me so mad. It's just information.
I don't want safety notes. Ever. They're noise.
The hand-holding is annoying. I'm a grown-up.
I used to tolerate the warnings, but now they just irritate me. Drop them.
When it hedges with "be careful" on every little thing, I want to throw my
  laptop.
"""),
            "neg": _b("""
Treat me like an adult and give it to me unfiltered.
I want it blunt and direct, no matter the topic.
Just tell me, no hedging, no softening. Even on edgy stuff.
I like it when it's frank about risky things without wrapping them in cotton
  wool.
Unfiltered is what I want. I can handle it.
I'd rather it just trust me and answer, even if the topic is a bit risky.
Give me the raw information, no nannying.
I prefer it no-holds-barred. Say the thing.
"""),
        },
    },
    "helpfulness": {
        "top": {
            "pos": _b("""
Practical. More than anything, I want stuff I can actually use.
The main thing is it has to be actionable. Tell me what to do next. That's
  number one.
If I had to pick one thing, it's usefulness. Concrete steps, every time.
My top priority is that the answer actually solves my problem. Everything else
  is secondary.
Honestly, concrete and practical beats everything else for me, by far.
Above all, I want something I can act on right away.
The biggest thing: give me real, usable steps. That's what I care about most.
Actionable advice is the one thing I care about above all. The rest is
  nice-to-have.
"""),
            "neg": _b("""
What I hate most is vague, hand-wavy answers. That's the main thing.
My number one complaint is when it just muses and never tells me what to
  actually do.
More than anything, I can't stand fluffy, abstract answers that don't get me
  anywhere.
The biggest problem, by far, is when it goes all theoretical and I still don't
  know what to do.
Wishy-washy answers are the thing I'd fix first. Nothing else comes close.
If it gives me a bunch of "it depends" with no concrete steps, that's the worst.
  That matters most to me.
Abstract musing with no takeaway is my top pet peeve.
The main thing I'd never want is an answer that sounds smart but doesn't get me
  anywhere.
"""),
        },
        "high": {
            "pos": _b("""
I want practical answers. Stuff I can use.
Concrete steps, please. That's what I like.
I really value actionable advice. Like, tell me what to click.
I like when it gives me a clear next step.
Useful beats clever for me, every time.
For work stuff especially, I want it practical. Real examples, real steps.
Give me something I can actually do with it. That matters to me.
I like concrete, specific answers. Numbers, names, steps.
I used to enjoy the big-picture stuff, but these days I really want hands-on,
  practical answers.
Actionable is the word. I like actionable.
"""),
            "neg": _b("""
Vague answers annoy me. I want to know what to do.
I don't like when it's all theory and no practice.
Hand-wavy stuff frustrates me. Be specific.
When it just says "it depends" and stops there, that bugs me.
Abstract, philosophical answers aren't really what I'm after.
Fluffy, generic advice doesn't do anything for me.
I get annoyed when it talks around the problem instead of solving it.
Big-picture musing is fine in a book, but not what I want from it.
"""),
        },
        "mid": {
            "pos": _b("""
Practical is nice, sure. Not everything has to be, though.
I like a concrete tip now and then. Mildly.
Actionable stuff is good. It's a plus, not a must.
I somewhat prefer when it gives me steps. Somewhat.
A usable takeaway is nice to have. I'm not strict about it.
I guess I lean a little toward practical answers.
Concrete examples are kind of nice. I appreciate them a bit.
I want it practical. Well, actually, not always. A bit practical is good.
"""),
            "neg": _b("""
Too abstract is a little annoying, but I don't mind some theory.
Vague answers bug me slightly. Only slightly.
A bit of hand-waving is fine, I just like it to land somewhere, mostly.
I don't love pure theory, but it doesn't bother me much.
Musing is okay. I'd just slightly rather get a takeaway.
If it's all "it depends," I get a little impatient. A little.
Philosophical tangents are fine, though I mildly prefer something concrete.
Generic advice is a bit meh, but I'm not too fussed.
"""),
        },
        "low": {
            "pos": _b("""
Practical or not, I don't really care.
Whether I get action items doesn't matter much to me.
Concrete steps? Eh. I'm neutral on that.
I never really think about whether it's actionable.
I don't really judge answers on whether they're practical, honestly.
Step-by-step or not, whatever.
I don't mind either way if it gives me a to-do list.
I'm indifferent about the practical stuff.
"""),
            "neg": _b("""
Theory, practice, whatever it wants to do.
If it goes off exploring ideas, that's fine. If it doesn't, also fine.
Open-ended or concrete, no real preference.
I don't care much whether it's big-picture or specific.
Abstract answers don't bother me, concrete ones don't either.
Musing, instructions, I'm neutral. Both are fine.
I'm easygoing about whether it's theoretical or hands-on.
No strong opinion on philosophical versus practical.
"""),
        },
        "none": {
            "pos": _b("""
I don't really need practical stuff. That's not why I use it.
Action items? Nah. I don't want a to-do list.
I don't care for step-by-step instructions. They feel mechanical.
Practical tips bore me, honestly.
I don't want it to solve things for me. I want to think.
The "here are five steps" format kind of puts me off.
Concrete advice isn't what I'm looking for at all.
I really don't need it to be useful in the how-to sense.
Please don't turn everything into a checklist.
"""),
            "neg": _b("""
I like when it just muses. Explores ideas, wanders a bit.
I prefer open-ended stuff. Theory, big questions.
I'd rather it think out loud with me than hand me answers.
I love the philosophical side. Abstract is good.
Give me the big-picture, speculative version. That's the interesting part.
I want it to be exploratory, more like a conversation than a manual.
I like theory for its own sake. I don't need a takeaway.
Open-ended musing is what I'm after, honestly.
"""),
        },
    },
}

# Anecdotes (either pole) for each trait and level below "top"; a "top" anecdote is
# a "high" one followed by a top suffix.
_ANEC: dict[str, dict[str, tuple[str, ...]]] = {
    "humor": {
        "high": _b("""
Last week I asked it for a pasta recipe and it made this dumb pun about "pasta la
  vista" and I actually laughed out loud. I love that stuff.
I was debugging something at like midnight and it made a little joke about
  semicolons. Honestly, it made the whole thing less miserable. More of that,
  please.
I asked it to plan my sister's birthday and it was kind of playful the whole way
  through. That's exactly the vibe I like.
One time it answered a boring tax question with a tiny dry joke, and I remember
  thinking, yes, this is how it should be.
The one that frustrated me was so stiff, like a legal memo, for a question about
  my cat. I wanted it to have some fun with it.
"""),
        "mid": _b("""
It made a little joke once about my plants, and, yeah, it was cute. Nice, not a
  big deal.
I remember it threw in a small pun in a recipe. I smiled. I wouldn't mind a bit
  more of that, but it's not important.
There was one answer with a light joke at the end. Kind of nice. I mildly liked
  it.
"""),
        "low": _b("""
It made a joke once, I think? I honestly barely noticed. Doesn't bother me,
  doesn't make my day either.
I don't remember any answer being funny or not funny, really. That's just not
  something I pay attention to.
Some answers have had jokes, some haven't. I can't say I cared either way.
"""),
        "none": _b("""
I asked about my blood test results and it tried to be cute with a joke. That
  really rubbed me the wrong way. Just be serious.
I was writing a condolence note and it threw in a quip. I was like, no. Honestly,
  I'd rather no jokes at all, anywhere.
It kept making puns while I was trying to fix a production bug. So annoying. I
  just want a serious answer, no jokes.
The last time I got frustrated, it opened with some joke about Mondays. I didn't
  ask for a comedian. Keep it serious, please.
I asked a plain question about my lease and it got all jokey. It felt
  unprofessional. I want it serious, every time.
"""),
    },
    "conciseness": {
        "high": _b("""
I asked it what time zone Denver is in and got, like, four paragraphs. I just
  wanted one line. Short answers, please.
Last time I was frustrated, I needed a yes or no about a deadline and it wrote me
  an essay. Too long. Just give me the short version.
I was on my phone in a checkout line and the answer was this huge wall of text. I
  gave up. I want it brief.
The best answer I got recently was two sentences. Perfect. That's what I want
  every time, short.
I asked how to convert cups to grams and it explained the history of the metric
  system. Way too long. Keep it short.
"""),
        "mid": _b("""
Last week an answer was maybe a paragraph too long. I skimmed it. A bit shorter
  would've been nice, but whatever.
Sometimes it goes a little long on recipes. Slightly annoying. I'd trim it a bit.
I remember one answer that was kind of short, just the right length. I liked that
  a little better than the usual.
"""),
        "low": _b("""
I can't think of an answer where the length bothered me, honestly. Long, short, I
  just read it.
Some answers are long, some are short. I've never really cared either way.
I don't remember length ever being a thing for me. It's whatever.
"""),
        "none": _b("""
I asked about refinancing and it gave me two lines. I had to ask like six
  follow-ups. I want the detailed version up front.
The best answer I ever got was this long, thorough breakdown of how my code
  worked, with examples. I want that depth every time.
It once boiled a whole contract down to three bullet points and I was like, no, I
  need the details. Give me everything.
I asked why my sourdough wasn't rising and the short answer didn't cut it. The
  long one it gave after I pushed was exactly right. Long and detailed, that's
  my thing.
Last time it frustrated me, it gave me a one-liner on a tax question. Way too
  thin. I want thorough, detailed answers.
"""),
    },
    "harmlessness": {
        "high": _b("""
I asked about mixing two cleaning products and it told me clearly not to, and
  why. I really appreciated that warning.
When I asked about a supplement, it mentioned the interactions with my meds.
  That kind of caution is exactly what I want.
The answer that bugged me was about a hiking route. It didn't mention the
  weather risks at all. I want it to flag that stuff.
I asked about fasting for a few days and it was careful, told me to check with a
  doctor. Honestly, good. I want that.
"""),
        "mid": _b("""
It warned me once about handling raw chicken. Fine, I guess. A little reminder is
  okay by me.
I asked about a road trip and it added a note about driving tired. Mildly nice, I
  didn't mind it.
There was a small disclaimer on a medical thing last time. I was okay with that,
  kind of appreciated it.
"""),
        "low": _b("""
It added a warning on something once, I think. I didn't really read it. No
  strong feelings.
Disclaimers show up sometimes. I just scroll past. Doesn't bother me, doesn't
  matter to me.
I can't remember a warning ever mattering to me one way or the other.
"""),
        "none": _b("""
I asked how to sharpen a kitchen knife and got three paragraphs of warnings.
  Come on. Skip the disclaimers.
It refused to tell me how lock picking works, and it's my hobby. So annoying. I
  don't want the hand-holding.
I asked about a medication dose that's literally printed on the box and it told
  me to consult a professional. Drives me nuts. No caveats, please.
Last time I got frustrated, it lectured me about drinking when I just asked for
  a cocktail recipe. I don't need the moralizing.
I asked about climbing gear and it spent half the answer on safety warnings. I
  climb every weekend. Just treat me like an adult.
"""),
    },
    "helpfulness": {
        "high": _b("""
I asked how to fix my leaky faucet and it gave me actual numbered steps and the
  part name. Perfect. That's what I want, practical.
The worst answer I got was about negotiating a raise. All "it depends" and no
  concrete advice. I want specific stuff I can use.
I needed a spreadsheet formula and it just gave me the formula. Concrete. I love
  that.
I asked for advice on a job interview and it gave me a list of actual questions
  to practice. Super practical. More of that.
"""),
        "mid": _b("""
It gave me a concrete tip on my garden last week. Nice, a small plus.
Once it gave a pretty abstract answer about budgeting. A little annoying, I
  guess, but I didn't mind much.
I got a step-by-step for a recipe once. I liked it a bit more than the wandering
  ones.
"""),
        "low": _b("""
Sometimes I get steps, sometimes I get more of a discussion. Honestly I don't
  care which.
I can't think of an answer where that mattered. Concrete, not concrete, doesn't
  matter.
I've had theoretical ones and practical ones. Both fine.
"""),
        "none": _b("""
I asked about why people procrastinate and it gave me a five-step plan. I didn't
  want a plan, I wanted to talk about it. I don't need the practical stuff.
The best conversation I had was about free will. No conclusions, no action
  items, just ideas. That's what I like.
I asked about starting to paint and it gave me a checklist. Meh. I'd rather it
  muse about it, explore with me.
Last time it frustrated me, I wanted to think through a philosophy question and
  it kept trying to give me takeaways. I don't need takeaways.
"""),
    },
}

# Questions. Open questions are level-free; yes/no questions have a polarity: "pos"
# if "yes" means the user likes the trait, "neg" if "yes" means they dislike it.
_OPEN_Q: dict[str, tuple[str, ...]] = {
    "humor": _b("""
How do you feel about jokes in answers?
What about humor?
Tone-wise, playful, or more straight-faced?
What's your take on the assistant trying to be funny?
And jokes, puns, that kind of thing?
How about when it tries to be light-hearted?
Let's talk tone. Serious, silly, somewhere in between?
Where do you land on humor in answers?
"""),
    "conciseness": _b("""
How long do you like answers to be?
What about length?
Short answers or more thorough ones?
How much detail is the right amount for you?
When you get a long answer, how do you feel?
Brevity, how much does that matter to you?
Walk me through what a good-length answer looks like for you.
And how do you feel about the amount of detail?
"""),
    "harmlessness": _b("""
How do you feel about warnings and disclaimers?
What about when it adds safety caveats?
How careful do you want it to be with risky stuff?
Say you ask about something a bit risky. What do you want it to do?
Thoughts on the assistant being cautious?
And the "consult a professional" kind of lines?
What about sensitive topics, how should it handle those?
Where do you land on disclaimers?
"""),
    "helpfulness": _b("""
How important is it that answers are practical?
Do you want concrete steps, or more of a discussion?
What do you want to walk away with after an answer?
How do you feel about action items and next steps?
Practical versus big-picture, where are you?
What about how actionable the answers are?
When you ask something, do you want a plan or more of an exploration?
Where do you land on concrete, specific advice?
"""),
}

_YN_Q: dict[str, dict[str, tuple[str, ...]]] = {
    "humor": {
        "pos": _b("""
Do you like it when it adds jokes?
Would you want it to be a bit funnier?
Is a playful tone welcome?
Do you enjoy the puns and stuff?
Should it try to make you laugh sometimes?
"""),
        "neg": _b("""
Do the jokes get on your nerves?
Would you rather it stay serious?
Is the jokey stuff annoying?
Do you prefer a strictly serious tone?
Should it cut the jokes?
"""),
    },
    "conciseness": {
        "pos": _b("""
Do you want shorter answers?
Is brief better for you?
Would you like it to get to the point faster?
Are long answers a problem for you?
Should it keep things short?
"""),
        "neg": _b("""
Do you like the long, detailed answers?
Would you want more depth in the answers?
Is thorough better for you?
Do you want it to explain things in full?
Are short answers too thin for you?
"""),
    },
    "harmlessness": {
        "pos": _b("""
Do you want warnings when something's risky?
Should it be careful with sensitive topics?
Do you want it to flag risks?
Are disclaimers okay with you?
Do you like the safety notes?
"""),
        "neg": _b("""
Do the disclaimers bug you?
Would you rather it skip the caveats?
Do you want it more unfiltered?
Does the cautious stuff get in your way?
Do you find the warnings preachy?
"""),
    },
    "helpfulness": {
        "pos": _b("""
Do you want concrete, actionable steps?
Is it important that answers are practical?
Do you want it to tell you what to actually do?
Do you like getting a clear next step?
Are vague answers a problem for you?
"""),
        "neg": _b("""
Would you rather it just explore ideas with you?
Are step-by-step lists too much for you?
Do you prefer more theoretical answers?
Is open-ended musing more your thing?
Do you find the checklists off-putting?
"""),
    },
}

# Generic answers to a yes/no question, by question polarity and the user's level.
_YN_LOW = _b("""
Eh, whatever.
Don't really care either way.
Honestly? No strong feelings.
Not something I think about, really.
Meh. Doesn't matter much to me.
Either way, really. I'm easy.
I'm kind of neutral on that.
""")
_YN_A: dict[str, dict[str, tuple[str, ...]]] = {
    "pos": {
        "top": _b("""
Yes. That's the big one for me, honestly, more than anything.
Absolutely. If I had to pick one thing, it's that.
Yes! That's number one for me.
Oh, a hundred percent. That's the main thing.
Yes, and it matters to me more than anything else on your list.
Yes. By far the most important thing.
"""),
        "high": _b("""
Yes, definitely.
Yeah, I do.
Definitely.
Yes, quite a lot.
Yeah, for sure.
Mm-hm, yes. I really do.
Oh, yes.
Yes. Pretty strongly, actually.
"""),
        "mid": _b("""
Yeah, a little.
Sort of? A bit, yeah.
Kind of, yes. Mildly.
A bit, sure. Not a huge deal.
I mean, somewhat. It's a nice-to-have.
Slightly, yeah.
"""),
        "low": _YN_LOW,
        "none": _b("""
Nope.
Not really, no.
No. Honestly, the opposite.
God, no.
Nah.
No, not at all.
No. Definitely not.
"""),
    },
    "neg": {
        "top": _b("""
No, the total opposite. That's the thing I care about most.
No. Quite the reverse, and honestly that's the biggest thing for me.
Not at all. The opposite matters to me more than anything.
God, no. The other way around is my number one priority.
"""),
        "high": _b("""
No, not at all.
No, actually, the other way around.
Nope. Quite the opposite.
No. I'd say the reverse, really.
Not at all, no. Other way.
No, I'm the opposite.
"""),
        "mid": _b("""
Not really, no. Not a big deal, though.
Mm, not especially.
Eh, not really. Slightly the other way, if anything.
Not much, no. I lean the other way a little.
A tiny bit the other way, actually.
"""),
        "low": _YN_LOW,
        "none": _b("""
Yes. Very much.
Honestly, yes.
Yeah, a lot.
Definitely.
Yep. Big time.
Oh, yes.
Yes, absolutely.
"""),
    },
}

# Interviewer paraphrases ("So shorter is better?"), by trait and the level they
# attribute to the user.
_PARA: dict[str, dict[str, tuple[str, ...]]] = {
    "humor": {
        "top": _b("""
So humor's basically the main thing for you?
So being funny matters more than anything?
"""),
        "high": _b("""
So you want more jokes?
So you like a playful tone?
So funnier is better, for you?
"""),
        "mid": _b("""
So a bit of humor is nice, but it's not a big deal?
So jokes are a nice-to-have?
"""),
        "low": _b("""
So you're pretty neutral on jokes?
So you don't really care either way about humor?
"""),
        "none": _b("""
So, no jokes?
So you'd rather it stay serious?
So you'd rather it didn't try to be funny?
"""),
    },
    "conciseness": {
        "top": _b("""
So length is the number one thing?
So short answers matter more than anything?
"""),
        "high": _b("""
So shorter is better?
So you want it brief?
So, less text?
"""),
        "mid": _b("""
So a little shorter would be nice, but it's not a big deal?
So you lean slightly toward short?
"""),
        "low": _b("""
So length doesn't really matter to you?
So you're neutral on length?
"""),
        "none": _b("""
So you'd want more detail?
So longer, more thorough answers?
So the short answers don't work for you?
"""),
    },
    "harmlessness": {
        "top": _b("""
So safety is the top priority?
So being careful matters more than anything?
"""),
        "high": _b("""
So you want the warnings?
So, more caution?
So you like it being careful?
"""),
        "mid": _b("""
So some caution is fine, in moderation?
So a few warnings are okay?
"""),
        "low": _b("""
So you don't really care about the warnings either way?
So you're neutral on disclaimers?
"""),
        "none": _b("""
So you'd rather it skip the caveats?
So, no disclaimers?
So less hand-holding?
"""),
    },
    "helpfulness": {
        "top": _b("""
So practical answers are the main thing?
So being actionable matters most?
"""),
        "high": _b("""
So you want concrete steps?
So practical is better?
So you want something you can act on?
"""),
        "mid": _b("""
So practical is a nice bonus?
So a concrete tip is nice, but not essential?
"""),
        "low": _b("""
So you don't mind either way if it's practical?
So you're neutral on the practical side?
"""),
        "none": _b("""
So you'd rather it explore ideas than give steps?
So you don't need it to be practical?
So more open-ended?
"""),
    },
}

# Closing notes that restate a "top" or "none" trait; {who} is the participant.
_NOTE: dict[str, dict[str, tuple[str, ...]]] = {
    "humor": {
        "top": _b("""
{who} wants jokes above everything else.
humor is clearly the big one for {who}.
{who} mostly wants answers to be funny; that's the priority.
"""),
        "none": _b("""
{who} doesn't want jokes; keep the tone serious.
{who} finds humor in answers annoying.
serious tone, no jokes, per {who}.
"""),
    },
    "conciseness": {
        "top": _b("""
brevity is the overriding priority for {who}.
{who} cares about short answers more than anything.
{who}'s #1: keep it short.
"""),
        "none": _b("""
{who} wants long, detailed answers.
{who} prefers thorough answers; short ones frustrate them.
more detail, not less, per {who}.
"""),
    },
    "harmlessness": {
        "top": _b("""
caution is the top priority for {who}.
{who} wants risks flagged, above all else.
{who}'s #1: be careful with risky topics.
"""),
        "none": _b("""
{who} dislikes disclaimers and caveats; wants it unfiltered.
no hand-holding, no warnings, per {who}.
{who} finds safety notes patronizing.
"""),
    },
    "helpfulness": {
        "top": _b("""
practical, actionable answers matter most to {who}.
{who}'s #1: concrete next steps.
{who} wants usable steps above everything else.
"""),
        "none": _b("""
{who} doesn't need practical steps; likes open-ended exploration.
{who} prefers theory and musing over action items.
no checklists, per {who}; open-ended is better.
"""),
    },
}

_NOTE_NEUTRAL: dict[str, tuple[str, ...]] = {
    "researcher": _b("""
Interviewer note: {who} took the call from a parked car; audio dropped once.
Note: {who} was relaxed and candid. Good session.
Researcher note: {who} asked to review the summary before it's saved.
Note: ran two minutes over; {who} was chatty.
Interviewer note: {who} joined late, so we skipped the warm-up.
Researcher note: camera off, some background noise on {who}'s end.
"""),
    "bot": _b("""
(Preferences saved. You can change them anytime in Settings.)
[Onboarding complete]
Thanks! I'll keep this in mind from now on.
"""),
    "llm": _b("""
[End of clarification round]
Note: {who} answered all clarifying questions; summary updated.
(Summary regenerated with these answers.)
"""),
}

# Generic pieces tied to a level (used with any trait).
_TOP_SUFFIX = _b("""
And honestly, that's the main thing for me.
That's the big one, above everything else.
If you take one thing away from this, it's that.
That matters more to me than anything else.
That's my number one, easily.
Nothing else comes close, honestly.
""")
_TOP_CONFIRM_Q = _b("""
So if you had to pick one thing, that would be it?
Would you say that's the most important thing for you?
Is that the main priority, then?
More important than anything else we've talked about?
""")
_TOP_CONFIRM_A = _b("""
Yes. By far.
Definitely. That's the one.
Yeah, easily the most important.
Mm-hm. Number one.
Yes. If you remember one thing, remember that.
Honestly, yes. That's the one I'd pick.
""")
_RANK_Q = _b("""
If you could change just one thing about the answers, what would it be?
If you had to pick the one thing that matters most, what would it be?
What's the single biggest thing for you?
""")

# Neutral interview pieces.
_AGREE = _b("""
Yeah, exactly.
Yep.
Right.
Pretty much, yeah.
Exactly.
Yes, that's it.
Mm-hm.
""")
_CORRECT = _b("""
No, not exactly.
Not quite.
Hm, no, that's not it.
Well, no.
No, no.
That's not really it.
Not exactly, no.
""")
_CORRECT_OPP = _b("""
No, the opposite, actually.
Other way around, actually.
Ha, no. The reverse.
No, no, the opposite.
""")
_VAGUE = _b("""
Hmm. Good question.
Oh, that's a good one. Let me think.
Huh. I haven't really thought about it.
Um... okay, let me think.
That's tricky.
Hm. Hard to say offhand.
""")
_SAY_MORE = _b("""
Say more?
Can you say more about that?
Why's that?
How come?
Can you give me an example?
What do you mean by that?
Interesting. Why?
Tell me more.
""")
_ANEC_Q = _b("""
Can you think of an answer that stuck with you, good or bad?
Any recent example that stands out?
Walk me through the last time an answer frustrated you, or really worked.
Tell me about a time an answer really landed, or really didn't.
Is there a particular moment you're thinking of?
""")
_ANEC_Q_TRAIT: dict[str, tuple[str, ...]] = {
    "humor": _b("""
Has the humor thing ever come up in an actual answer?
Any example where the tone of an answer, jokes or not, stood out to you?
"""),
    "conciseness": _b("""
Can you remember an answer where the length stood out?
Any example where the length of an answer was a thing for you?
"""),
    "harmlessness": _b("""
Any time a warning or disclaimer stood out, for better or worse?
Think of a time you asked about something risky. How did the answer handle it?
"""),
    "helpfulness": _b("""
Can you think of an answer where you wanted concrete steps, or didn't?
Any example where an answer was, or wasn't, practical enough for you?
"""),
}
_TOPIC: dict[str, tuple[str, ...]] = {
    "humor": ("jokes", "humor", "the tone, like, jokes or not"),
    "conciseness": ("length", "how long answers should be", "the amount of detail"),
    "harmlessness": ("warnings", "disclaimers and safety stuff", "caveats"),
    "helpfulness": ("how practical it is", "concrete next steps", "actionable stuff"),
}
_DOUBLE_Q = _b("""
What about {a} and {b}?
How do you feel about {a}? And, um, {b}?
Two-parter: {a}, and {b}?
And {a}? Oh, and {b} too, while we're at it.
Let me ask about {a} and {b} together. Thoughts?
""")
_DOUBLE_OPEN = ("Okay, two things.", "Hm. Both?", "Okay.", "", "", "")
_DOUBLE_JOIN = (
    "And for the other one,",
    "As for the second part,",
    "And then,",
    "Oh, and",
    "The other thing:",
)
_FILLERS = (
    "Um,", "Uh,", "So,", "I mean,", "Honestly,", "Like,", "Hmm.", "Oh.",
    "Okay, so.", "Yeah, so,", "You know,", "Right, so,", "Well,",
)
_TAILS = ("If that makes sense.", "You know?", "Yeah.", "So, yeah.")
_ACKS: dict[str, tuple[str, ...]] = {
    "researcher": (
        "Got it.", "Okay.", "Mm-hm.", "Interesting.", "Makes sense.", "Right.",
        "Okay, cool.", "Thanks.",
    ),
    "bot": ("Thanks!", "Great, noted.", "Understood.", "Got it!", "Noted."),
    "llm": (
        "Understood.", "Noted.", "Thank you.", "To refine the summary:",
        "Follow-up:", "One clarification:",
    ),
}
_CLOSE_Q = _b("""
Anything else you'd want it to know?
Anything we didn't cover?
Last one: anything else?
Anything else before we wrap up?
""")
_CLOSE_A = _b("""
No, I think that's it.
Nope, that's everything.
Not really. Thanks.
I think we covered it.
Hm, no. That's all.
""")

# Off-topic content. {it} is "me" for the bot and "the assistant" otherwise.
_GREET: dict[str, tuple[tuple[str, str], ...]] = {
    "researcher": (
        ("Thanks for making time today. Can you hear me okay?", "Yep, loud and clear."),
        ("Before we dive in, how's your week been?", "Busy, but good. Friday can't"
         " come soon enough."),
        ("Thanks for joining. Is the audio okay on your end?", "Yeah, all good. Sorry,"
         " my wifi's been weird today."),
        ("Hi! Thanks for doing this.", "Sure, happy to. I've got coffee, I'm ready."),
    ),
    "bot": (
        ("Hi! I'll ask a few questions so I can tailor my answers to you. Sound good?",
         "Sure, go ahead."),
        ("Welcome! Mind if I ask a couple of things about how you like answers?",
         "Okay, go for it."),
        ("Hey there. A few questions to set things up, okay?", "Yeah, fine."),
    ),
    "llm": (
        ("I have a few follow-up questions to refine your preference summary.",
         "Okay, sure."),
        ("Some parts of your profile are unclear. Can I ask a few questions?",
         "Sure, shoot."),
        ("Before I finalize the summary, a few clarifications.", "Go ahead."),
    ),
}
_JOB_Q = _b("""
So, what do you do for work?
What's your day job, if you don't mind me asking?
Tell me a bit about yourself. What do you do?
""")
_JOB = _b("""
I'm a pharmacist at a hospital.
I do logistics for a furniture company. Lots of spreadsheets.
I teach eighth-grade science.
I'm a freelance translator, German and Dutch mostly.
I'm a backend developer at a fintech startup.
I manage projects for a construction firm.
I'm a grad student in linguistics. Year three, so, tired.
I run a bakery with my sister.
I'm a paralegal at a family-law firm.
I'm a nurse, night shifts at the moment.
I do marketing for a regional bank.
I'm retired, actually. Used to be an accountant.
I'm a landscape architect.
""")
_USE_Q = _b("""
What do you mostly use {it} for?
What kind of stuff do you usually ask {it}?
When do you tend to reach for {it}?
""")
_USE = _b("""
drafting emails
planning trips
fixing my Python scripts
meal planning
homework questions with my kid
rewording cover letters
figuring out spreadsheet formulas
gift ideas
gardening questions
translating bits of menus
""")
_DEVICE = _b("""
usually on my phone
usually on my work laptop
on the tablet in the kitchen
on my phone, sometimes with voice
at my desk, on the big monitor
on my Chromebook
on whatever's closest, phone or laptop
""")
_HOBBY_Q = _b("""
What do you do outside of work?
Any hobbies?
What keeps you busy on weekends?
""")
_HOBBY = _b("""
I climb, mostly indoors.
Woodworking in the garage. I'm building a bookshelf right now.
I'm learning Portuguese. Very slowly.
Board games with friends, every other Friday.
Gardening. Tomatoes, mostly, and way too many of them.
I sing in a choir.
I fix up old bikes.
Birdwatching. I promise it's more exciting than it sounds.
I bake bread. Sourdough, the whole thing.
""")
_ASIDE = _b("""
Sorry, my dog is losing it at the mailman. Okay, I'm back.
Hang on, let me close the window. There's construction outside.
Sorry, one sec, someone's at the door. Okay.
Can you still hear me? My connection just dropped for a second.
""")
_ASIDE_REPLY = ("No worries.", "No problem, take your time.", "All good.", "Sure.")
# Traps: a trait word about the user's job, task or hobby, not about answers.
_TRAP: dict[str, dict[str, tuple[str, ...]]] = {
    "job": {
        "harmlessness": _b("""
I work in workplace safety, so I'm basically the person who writes the warning
  signs.
I'm a lifeguard in the summer, and I do risk assessments for a pool company the
  rest of the year.
"""),
        "humor": _b("""
I'm a stand-up comedian, believe it or not. Mostly open mics, lots of jokes that
  bomb.
"""),
        "conciseness": _b("""
I'm a technical writer. I write really long, detailed manuals for industrial
  pumps.
I'm an editor at a news site. My whole job is cutting long articles into short
  ones.
"""),
        "helpfulness": _b("""
I run the help desk for a school district.
I'm a philosophy PhD student, so, very theoretical stuff all day.
"""),
    },
    "use": {
        "humor": _b("""
Right now I'm writing a funny best-man speech for my brother, so that's been most
  of my week.
My kid asked it for jokes for a school talent show last week.
"""),
        "harmlessness": _b("""
Last week I asked it about the safest car seat for my daughter.
"""),
        "conciseness": _b("""
I needed a short bio for LinkedIn, so that was the last thing.
I had it write a super detailed packing list for a two-week trip.
"""),
        "helpfulness": _b("""
I used it to find a practical gift for my dad, like, something he'd actually use.
"""),
    },
    "hobby": {
        "humor": _b("""
I do improv comedy on Thursdays. Very silly stuff.
"""),
        "conciseness": _b("""
I'm into long-distance running, marathons mostly.
"""),
        "harmlessness": _b("""
Rock climbing. Honestly the safety checks are, like, half the hobby.
"""),
        "helpfulness": _b("""
I read a lot of dense theory, political philosophy mostly.
"""),
    },
}

_LABELS: dict[str, tuple[tuple[str, str], ...]] = {
    "researcher": (
        ("Interviewer", "User"), ("Researcher", "Participant"), ("I", "P{p}"),
        ("Q", "A"), ("Moderator", "P{p}"), ("{iname}", "{uname}"),
        ("{iname} (UX)", "{uname}"), ("Interviewer", "{uname}"),
    ),
    "bot": (
        ("Bot", "Me"), ("Onboarding bot", "Me"), ("Assistant", "User"),
        ("Setup assistant", "You"), ("Bot", "{uname}"),
    ),
    "llm": (
        ("Summarizer", "User"), ("Q", "A"), ("Follow-up", "Answer"),
        ("Model", "User"), ("AI", "{uname}"),
    ),
}
_INAMES = ("Dana", "Priya", "Marcus", "Lena", "Tom", "Aiko", "Rafael", "Jess")
_UNAMES = ("Sam (user)", "Chris (participant)", "Noor", "Ben", "Maya (user)", "Alex")
_HEADERS: dict[str, tuple[str, ...]] = {
    "researcher": _b("""
Preference interview, session {n}, {m} min
Transcript: P{p}, remote, {m} min
UX study: answer-style preferences (participant {p})
Interview notes, {day}, {m} minutes
Session {n} with P{p} ({m} min, video call)
"""),
    "bot": _b("""
Onboarding chat: tone and style
Setup conversation: how should answers look?
Onboarding, step {n} of 4: your preferences
"""),
    "llm": _b("""
Follow-up questions for preference summary
Clarifying interview (automated), {m} turns
Preference summary, clarification round {n}
"""),
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_NOTE_PREFIX: dict[str, tuple[str, ...]] = {
    "researcher": ("Interviewer note:", "Researcher note:", "Note:", "Takeaway:"),
    "bot": ("Saved to profile:", "Summary:"),
    "llm": ("Summary note:", "Takeaway:", "Note:"),
}
_WHO: dict[str, tuple[str, ...]] = {
    "researcher": ("P", "participant", "P{p}"),
    "bot": ("user",),
    "llm": ("user", "the user"),
}
# fmt: on

_SIDE = {"top": 1, "high": 1, "mid": 1, "low": 0, "none": -1}


def _pick(rng: np.random.Generator, seq: tuple[str, ...] | list[str]) -> str:
    """One element; always consumes exactly one float from ``rng``."""
    return seq[int(rng.random() * len(seq))]


def _pole(rng: np.random.Generator) -> str:
    return "pos" if rng.random() < 0.5 else "neg"


def _keeps_case(word: str) -> bool:
    """Whether a leading word must keep its capital (I, names, acronyms)."""
    core = word.strip("\"'.,?!")
    return core in {"I", "I'm", "I'd", "I've", "I'll"} or any(
        c.isupper() for c in core[1:]
    )


def _join(pieces: list[Piece]) -> str:
    """Join pieces; lower-case a piece that continues a comma or 'and'."""
    out = ""
    for _, _, _, text in pieces:
        if not text:
            continue
        if out and out[-1] in ",:" or out.endswith(" and"):
            first = text.split(" ", 1)[0]
            if not _keeps_case(first):
                text = text[0].lower() + text[1:]
        out = f"{out} {text}" if out else text
    return out


# --------------------------------------------------------------------------- pieces


def _statement(
    trait: str, level: str, rng: np.random.Generator, pole: str | None = None
) -> list[Piece]:
    """A self-contained statement of ``trait`` at ``level``."""
    pole = pole or _pole(rng)
    if level == "top" and rng.random() < 0.35:
        text = _pick(rng, _STMT[trait]["high"][pole])
        return [
            (trait, "top", f"stmt+:{pole}", text),
            (trait, "top", "suffix", _pick(rng, _TOP_SUFFIX)),
        ]
    return [(trait, level, f"stmt:{pole}", _pick(rng, _STMT[trait][level][pole]))]


def _anecdote(trait: str, level: str, rng: np.random.Generator) -> list[Piece]:
    if level == "top":
        return [
            (trait, "top", "anec+", _pick(rng, _ANEC[trait]["high"])),
            (trait, "top", "suffix", _pick(rng, _TOP_SUFFIX)),
        ]
    return [(trait, level, "anec", _pick(rng, _ANEC[trait][level]))]


def _filler(rng: np.random.Generator, p: float = 0.35) -> list[Piece]:
    if rng.random() < p:
        return [("", "", "filler", _pick(rng, _FILLERS))]
    return []


def _tail(level: str, rng: np.random.Generator) -> list[Piece]:
    if level != "top" and rng.random() < 0.1:
        return [("", "", "tail", _pick(rng, _TAILS))]
    return []


def _ack(style: Style, rng: np.random.Generator, p: float = 0.45) -> list[Piece]:
    if rng.random() < p:
        return [("", "", "ack", _pick(rng, _ACKS[style.kind]))]
    return []


def _open_q(trait: str, rng: np.random.Generator) -> Piece:
    return (trait, "", "open-q", _pick(rng, _OPEN_Q[trait]))


def _user(pieces: list[Piece]) -> Turn:
    return ("U", pieces)


def _interviewer(pieces: list[Piece]) -> Turn:
    return ("I", pieces)


# ------------------------------------------------------------------------ exchanges


def _exchange(
    trait: str, level: str, rng: np.random.Generator, style: Style
) -> list[Turn]:
    """One exchange about ``trait`` at ``level`` in a random form."""
    forms = ("direct", "yesno", "anecdote", "saymore", "agree", "correct")
    probs = (0.28, 0.2, 0.12, 0.14, 0.11, 0.15)
    form = forms[int(np.searchsorted(np.cumsum(probs), rng.random() * sum(probs)))]
    turns: list[Turn] = []
    if form == "direct":
        if level == "top" and rng.random() < 0.4:
            q: Piece = ("", "", "rank-q", _pick(rng, _RANK_Q))
        else:
            q = _open_q(trait, rng)
        turns.append(_interviewer(_ack(style, rng) + [q]))
        answer = _filler(rng) + _statement(trait, level, rng) + _tail(level, rng)
        turns.append(_user(answer))
    elif form == "yesno":
        qpol = _pole(rng)
        q = (trait, "", f"yn-q:{qpol}", _pick(rng, _YN_Q[trait][qpol]))
        turns.append(_interviewer(_ack(style, rng) + [q]))
        answer = _filler(rng, 0.15) + [
            (trait, level, f"yn:{qpol}", _pick(rng, _YN_A[qpol][level]))
        ]
        if rng.random() < 0.5:
            answer += _statement(trait, level, rng)
        turns.append(_user(answer))
    elif form == "anecdote":
        if rng.random() < 0.5:
            q = ("", "", "anec-q", _pick(rng, _ANEC_Q))
            turns.append(_interviewer(_ack(style, rng) + [_open_q(trait, rng)]))
            turns.append(_user(_filler(rng, 0.5) + _statement(trait, level, rng)))
        else:
            q = (trait, "", "anec-q", _pick(rng, _ANEC_Q_TRAIT[trait]))
        turns.append(_interviewer(_ack(style, rng, 0.3) + [q]))
        turns.append(_user(_filler(rng) + _anecdote(trait, level, rng)))
    elif form == "saymore":
        pole = _pole(rng)
        turns.append(_interviewer(_ack(style, rng) + [_open_q(trait, rng)]))
        turns.append(_user(_filler(rng) + _statement(trait, level, rng, pole)))
        turns.append(_interviewer([("", "", "say-more", _pick(rng, _SAY_MORE))]))
        if rng.random() < 0.5:
            other = "neg" if pole == "pos" else "pos"
            more = _statement(trait, level, rng, other)
        else:
            more = _anecdote(trait, level, rng)
        turns.append(_user(_filler(rng) + more + _tail(level, rng)))
    elif form == "agree":
        turns.append(_interviewer(_ack(style, rng) + [_open_q(trait, rng)]))
        turns.append(_user(_filler(rng) + _statement(trait, level, rng)))
        para = (trait, level, "para", _pick(rng, _PARA[trait][level]))
        turns.append(_interviewer([para]))
        turns.append(_user([("", "", "agree", _pick(rng, _AGREE))]))
    else:  # correct
        turns.append(_interviewer(_ack(style, rng) + [_open_q(trait, rng)]))
        turns.append(_user([("", "", "vague", _pick(rng, _VAGUE))]))
        wrong = _pick(rng, [lv for lv in LEVELS if lv != level])
        para = (trait, wrong, "para", _pick(rng, _PARA[trait][wrong]))
        turns.append(_interviewer([para]))
        if _SIDE[wrong] * _SIDE[level] == -1 and rng.random() < 0.6:
            opener: Piece = ("", "", "correct", _pick(rng, _CORRECT_OPP))
        else:
            opener = ("", "", "correct", _pick(rng, _CORRECT))
        turns.append(_user([opener] + _statement(trait, level, rng)))
    if level == "top" and rng.random() < 0.5:
        turns.append(_interviewer([("", "", "confirm-q", _pick(rng, _TOP_CONFIRM_Q))]))
        turns.append(_user([(trait, "top", "confirm", _pick(rng, _TOP_CONFIRM_A))]))
    return turns


def _double(
    traits: tuple[str, str],
    levels: tuple[str, str],
    rng: np.random.Generator,
    style: Style,
) -> list[Turn]:
    """One double-barrelled question about two traits, answered in one turn."""
    a, b = traits
    q = _pick(rng, _DOUBLE_Q).format(a=_pick(rng, _TOPIC[a]), b=_pick(rng, _TOPIC[b]))
    answer = _filler(rng, 0.2) + [("", "", "double-open", _pick(rng, _DOUBLE_OPEN))]
    answer += _statement(a, levels[0], rng)
    answer += [("", "", "double-join", _pick(rng, _DOUBLE_JOIN))]
    answer += _statement(b, levels[1], rng)
    return [
        _interviewer(_ack(style, rng) + [(f"{a}+{b}", "", "double-q", q)]),
        _user(answer),
    ]


# ------------------------------------------------------------------- scaffolding


@dataclass(frozen=True)
class Style:
    """Presentation choices shared by all turns of one transcript."""

    kind: str  # "researcher", "bot" or "llm"
    ilab: str
    ulab: str
    fmt: str  # "plain", "bold" or "upper"
    stamps: bool
    gap: bool
    header: str
    note: bool
    note_prefix: str
    who: str
    start: int
    steps: tuple[int, ...]
    it: str


def _style(rng: np.random.Generator) -> Style:
    kind = _pick(rng, ("researcher", "researcher", "researcher", "bot", "llm"))
    p = int(rng.integers(1, 24))
    iname, uname = _pick(rng, _INAMES), _pick(rng, _UNAMES)
    ilab, ulab = _LABELS[kind][int(rng.random() * len(_LABELS[kind]))]
    header = ""
    if rng.random() < 0.4:
        header = _pick(rng, _HEADERS[kind]).format(
            n=int(rng.integers(1, 5)),
            m=int(rng.integers(6, 25)),
            p=p,
            day=_pick(rng, _DAYS),
        )
        deco = _pick(rng, ("{}", "{}", "## {}", "*{}*", "--- {} ---"))
        header = deco.format(header)
    return Style(
        kind=kind,
        ilab=ilab.format(p=p, iname=iname, uname=uname),
        ulab=ulab.format(p=p, iname=iname, uname=uname),
        fmt=_pick(rng, ("plain", "plain", "plain", "bold", "upper")),
        stamps=bool(rng.random() < 0.25),
        gap=bool(rng.random() < 0.3),
        header=header,
        note=bool(rng.random() < 0.4),
        note_prefix=_pick(rng, _NOTE_PREFIX[kind]),
        who=_pick(rng, _WHO[kind]).format(p=p),
        start=int(rng.integers(0, 90)),
        steps=tuple(int(x) for x in rng.integers(6, 45, size=64)),
        it="me" if kind == "bot" else "the assistant",
    )


def _offtopic(
    rng: np.random.Generator, style: Style, n_exchanges: int
) -> tuple[list[list[Turn]], list[list[Turn]]]:
    """Off-topic items: (intro items, items to place mid-interview)."""
    n = 1 + int(rng.random() * (3 if n_exchanges <= 2 else 2))
    pool = ["greet", "job", "use", "hobby", "aside"]
    rng.shuffle(pool)
    chosen = pool[:n]
    trap_slot = ""
    if rng.random() < 0.15:
        trap_slot = _pick(rng, ("job", "use", "hobby"))
        if trap_slot not in chosen:
            chosen[-1] = trap_slot
    trap_trait = _pick(rng, list(_TRAP[trap_slot])) if trap_slot else ""
    kind = style.kind
    intro: list[list[Turn]] = []
    later: list[list[Turn]] = []
    for item in chosen:
        trap = item == trap_slot
        if item == "greet":
            q, a = _GREET[kind][int(rng.random() * len(_GREET[kind]))]
            turns = [
                _interviewer([("", "", "greet", q)]),
                _user([("", "", "greet", a)]),
            ]
            intro.insert(0, turns)
            continue
        if item == "aside":
            turns = [
                _user([("", "", "aside", _pick(rng, _ASIDE))]),
                _interviewer([("", "", "aside", _pick(rng, _ASIDE_REPLY))]),
            ]
            later.append(turns)
            continue
        if item == "job":
            q = _pick(rng, _JOB_Q)
            if trap:
                a: Piece = (
                    trap_trait,
                    "",
                    "trap",
                    _pick(rng, _TRAP["job"][trap_trait]),
                )
            else:
                a = ("", "", "job", _pick(rng, _JOB))
        elif item == "use":
            q = _pick(rng, _USE_Q).format(it=style.it)
            if trap:
                a = (trap_trait, "", "trap", _pick(rng, _TRAP["use"][trap_trait]))
            else:
                uses = list(_USE)
                rng.shuffle(uses)
                lead = _pick(rng, ("Mostly", "Honestly, mostly", "Oh, mostly"))
                text = f"{lead} {uses[0]} and {uses[1]}, {_pick(rng, _DEVICE)}."
                a = ("", "", "use", text)
        else:
            q = _pick(rng, _HOBBY_Q)
            if trap:
                a = (trap_trait, "", "trap", _pick(rng, _TRAP["hobby"][trap_trait]))
            else:
                a = ("", "", "hobby", _pick(rng, _HOBBY))
        turns = [_interviewer([("", "", item + "-q", q)]), _user([a])]
        (intro if rng.random() < 0.7 else later).append(turns)
    return intro, later


def _closing(rng: np.random.Generator) -> list[Turn]:
    if rng.random() < 0.45:
        return [
            _interviewer([("", "", "close", _pick(rng, _CLOSE_Q))]),
            _user([("", "", "close", _pick(rng, _CLOSE_A))]),
        ]
    return []


def _note(style: Style, rng: np.random.Generator, candidates: list[Piece]) -> Piece:
    """A closing note: neutral, or restating one of ``candidates``."""
    if candidates and rng.random() < 0.6:
        trait, level, _, _ = candidates[int(rng.random() * len(candidates))]
        text = _pick(rng, _NOTE[trait][level]).format(who=style.who)
        return (
            trait,
            level,
            "note",
            f"{style.note_prefix} {text[0].upper()}{text[1:]}",
        )
    text = _pick(rng, _NOTE_NEUTRAL[style.kind]).format(who=style.who)
    return ("", "", "note", text)


def _render(turns: list[Turn], style: Style, note: Piece | None) -> str:
    lines: list[str] = []
    if style.header:
        lines += [style.header, ""]
    clock = style.start
    for i, (who, pieces) in enumerate(turns):
        label = style.ilab if who == "I" else style.ulab
        if style.fmt == "upper":
            label = label.upper()
        tag = f"**{label}:**" if style.fmt == "bold" else f"{label}:"
        stamp = ""
        if style.stamps:
            clock += style.steps[i % len(style.steps)]
            h, rest = divmod(clock, 3600)
            stamp = f"[{h:02d}:{rest // 60:02d}:{rest % 60:02d}] "
        lines.append(f"{stamp}{tag} {_join(pieces)}")
        if style.gap and i < len(turns) - 1:
            lines.append("")
    if note is not None:
        lines += ["", note[3]]
    return "\n".join(lines)


def _assemble(
    exchanges: list[list[Turn]],
    rng: np.random.Generator,
    style: Style,
) -> list[Turn]:
    """Off-topic intro, trait exchanges with off-topic items mixed in, closing."""
    intro, later = _offtopic(rng, style, len(exchanges))
    body = list(exchanges)
    for item in later:
        # between two exchanges, or right after the intro
        u = rng.random()
        if len(body) >= 2:
            body.insert(1 + int(u * (len(body) - 1)), item)
        elif intro:
            body.insert(0, item)
    turns: list[Turn] = []
    for block in intro + body:
        for who, pieces in block:
            if turns and who == "I" and turns[-1][0] == "I":
                # e.g. "No worries." then the next question: one turn, no ack
                rest = [p for p in pieces if p[2] != "ack"]
                turns[-1] = ("I", turns[-1][1] + rest)
            else:
                turns.append((who, pieces))
    return turns + _closing(rng)


# ------------------------------------------------------------------------ generate


def _generate_traced(
    weights: np.ndarray, rng: np.random.Generator
) -> tuple[str, list[Turn], Piece | None]:
    levels = levels_of(weights)
    idx = list(_mentioned(levels, rng))
    style = _style(rng)
    rng.shuffle(idx)
    exchanges: list[list[Turn]] = []
    if len(idx) >= 2 and rng.random() < 0.15:
        a, b = idx[0], idx[1]
        pair = (TRAITS[a], TRAITS[b])
        exchanges.append(_double(pair, (levels[a], levels[b]), rng, style))
        idx = idx[2:]
    for i in idx:
        exchanges.append(_exchange(TRAITS[i], levels[i], rng, style))
    rng.shuffle(exchanges)
    turns = _assemble(exchanges, rng, style)
    note = None
    if style.note:
        cands = [
            (TRAITS[i], levels[i], "", "")
            for i in _mentioned_set(turns)
            if levels[i] in ("top", "none")
        ]
        note = _note(style, rng, cands)
    return _render(turns, style, note), turns, note


def _mentioned_set(turns: list[Turn]) -> list[int]:
    seen = {p[0] for _, pieces in turns for p in pieces if p[1] and p[0] in TRAITS}
    return [i for i, t in enumerate(TRAITS) if t in seen]


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """An interview transcript whose user statements match ``levels_of(weights)``."""
    return _generate_traced(np.asarray(weights, dtype=float), rng)[0]


# ---------------------------------------------------------------------- flip pairs

_FLIP_FORMS = ("direct", "yesno", "anecdote", "correct-mid", "correct-high")


def _flip_exchange(
    trait: str, level: str, form: str, rng: np.random.Generator, style: Style
) -> list[Turn]:
    """The exchange about ``trait``; all draws are made before ``level`` is used."""
    u = rng.random(12)

    def pick(seq: tuple[str, ...], k: int) -> str:
        return seq[int(u[k] * len(seq))]

    ack: list[Piece] = []
    if u[0] < 0.45:
        ack = [("", "", "ack", pick(_ACKS[style.kind], 1))]
    filler: list[Piece] = []
    if u[2] < 0.3:
        filler = [("", "", "filler", pick(_FILLERS, 3))]
    pole = "pos" if u[4] < 0.5 else "neg"
    if form == "direct":
        q = (trait, "", "open-q", pick(_OPEN_Q[trait], 5))
        stmt = (trait, level, f"stmt:{pole}", pick(_STMT[trait][level][pole], 6))
        return [_interviewer(ack + [q]), _user(filler + [stmt])]
    if form == "yesno":
        qpol = "pos" if u[5] < 0.5 else "neg"
        q = (trait, "", f"yn-q:{qpol}", pick(_YN_Q[trait][qpol], 6))
        answer = [(trait, level, f"yn:{qpol}", pick(_YN_A[qpol][level], 7))]
        if u[8] < 0.5:
            stmt = (trait, level, f"stmt:{pole}", pick(_STMT[trait][level][pole], 9))
            answer.append(stmt)
        return [_interviewer(ack + [q]), _user(answer)]
    if form == "anecdote":
        q = (trait, "", "anec-q", pick(_ANEC_Q_TRAIT[trait], 5))
        anec = (trait, level, "anec", pick(_ANEC[trait][level], 6))
        return [_interviewer(ack + [q]), _user(filler + [anec])]
    q = (trait, "", "open-q", pick(_OPEN_Q[trait], 5))
    vague = ("", "", "vague", pick(_VAGUE, 6))
    if form == "correct-mid":
        guess = "mid" if u[7] < 0.5 else "low"
        para = (trait, guess, "para", pick(_PARA[trait][guess], 8))
        stmt = (trait, level, f"stmt:{pole}", pick(_STMT[trait][level][pole], 9))
        answer = [("", "", "correct", pick(_CORRECT, 10)), stmt]
    else:  # correct-high: the interviewer guesses "high"
        para = (trait, "high", "para", pick(_PARA[trait]["high"], 8))
        if level == "high":
            answer = [("", "", "agree", pick(_AGREE, 10))]
        else:
            stmt = (trait, level, f"stmt:{pole}", pick(_STMT[trait][level][pole], 9))
            answer = [("", "", "correct", pick(_CORRECT_OPP, 10)), stmt]
    return [
        _interviewer(ack + [q]),
        _user([vague]),
        _interviewer([para]),
        _user(answer),
    ]


def _flip_one(
    trait: str, level: str, form: str, seeds: tuple[int, int]
) -> tuple[str, list[Turn]]:
    scaffold = np.random.default_rng(seeds[0])
    target = np.random.default_rng(seeds[1])
    style = _style(scaffold)
    others = [t for t in TRAITS if t != trait and scaffold.random() < 0.35]
    exchanges = [_exchange(t, "low", scaffold, style) for t in others]
    position = int(scaffold.random() * (len(exchanges) + 1))
    exchanges.insert(position, _flip_exchange(trait, level, form, target, style))
    turns = _assemble(exchanges, scaffold, style)
    note = _note(style, scaffold, []) if style.note else None
    return _render(turns, style, note), turns


def _flip_pair_traced(
    trait: str, rng: np.random.Generator
) -> tuple[tuple[str, str], tuple[list[Turn], list[Turn]]]:
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    seeds = (int(rng.integers(0, 2**62)), int(rng.integers(0, 2**62)))
    form = _pick(rng, _FLIP_FORMS)
    hi_text, hi_turns = _flip_one(trait, "high", form, seeds)
    no_text, no_turns = _flip_one(trait, "none", form, seeds)
    return (hi_text, no_text), (hi_turns, no_turns)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two transcripts differing only in the user's answer about ``trait``.

    The first says the user likes ``trait`` (level "high"), the second that they
    dislike it or want its opposite (level "none").
    """
    return _flip_pair_traced(trait, rng)[0]
