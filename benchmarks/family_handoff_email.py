"""Blind generator family ``handoff-email``: handover notes between colleagues.

Each summary is an email (or a chat message) from someone on a support / account
team to the colleague who takes over a user, telling them how to answer that user.
The voice is informal and chatty: a greeting and a sign-off, sometimes a subject
line, asides in parentheses, "fwiw", "tbh", "heads up", hedges ("I think", "pretty
sure", "from what I've seen"), second-hand reports ("Priya says ..."), anecdotes of
past exchanges and changes over time ("used to ..., these days ...").

What varies: the user's pronoun (she / he / they) and name, the job and current
projects, logistics unrelated to style (time zone, plan, renewal, an open ticket
number, a standing call), email or chat layout, the style statements as one
paragraph, separate paragraphs or bullets, their order, hedges and P.S. lines. The
strength of each stated trait is spelled out in plain words matching its level:
``top`` is "the one thing you must get right" (often repeated in a P.S. or a closing
line), ``high`` clearly wants it, ``mid`` a mild lean, ``low`` honest indifference,
``none`` active dislike of the trait or a wish for the opposite pole. Each level has
phrasings that name the trait's own pole and phrasings that name the opposite pole.
Traits that ``_mentioned`` leaves out are not expressed anywhere. About 15% of the
texts carry a trap: a trait word about the user's life or work ("runs safety training
for forklift drivers", "needs the long version of a contract reviewed"), never about
the style of the answers.

Flip pairs: ``flip_pair(trait, rng)`` draws one plan (layout, people, logistics,
order, every other statement) and renders it twice; only the statement about
``trait`` changes, from "high" (wants more of it; for conciseness: likes short
answers; for harmlessness: wants caution) to "none" (dislikes it or wants the
opposite; for conciseness: wants detailed answers; for harmlessness: dislikes
caveats). The other traits appear in a pair only at level ``low`` or not at all.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "handoff-email"

LEVEL_NAMES = ("top", "high", "mid", "low", "none")
POLES = ("plus", "minus")  # plus names the trait's own pole, minus the opposite


def _cells(block: str) -> dict[str, dict[str, list[str]]]:
    """Parse a phrase block: '@level pole' headers, '- ' items, indented wraps."""
    out: dict[str, dict[str, list[str]]] = {}
    cell: list[str] | None = None
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            level, pole = line[1:].split()
            cell = out.setdefault(level, {}).setdefault(pole, [])
        elif line.startswith("- "):
            assert cell is not None
            cell.append(line[2:])
        else:
            assert cell
            cell[-1] += " " + line
    return out


def _items(block: str) -> list[str]:
    """Parse a flat list of '- ' items with indented wraps."""
    return _cells("@x x\n" + block)["x"]["x"]


# Placeholders: {S} she/he/they, {S_} capitalized, {O} her/him/them, {P} her/his/
# their, {P_} capitalized, {Sis} she's/they're, {S_is} capitalized, verb endings
# {s} {es}, {is} is/are, {has} has/have, {doesnt} doesn't/don't, {N} the user's
# first name, {other} a third colleague.

# fmt: off
_BANK_TEXT = {
    "helpfulness": """
@top plus
- The one thing you must get right with {O}: every answer has to be practical.
  Concrete steps {S} can act on today, a clear recommendation, the actual fix.
  Nothing else matters to {O} nearly as much.
- Above everything else, {S} want{s} answers that actually solve the problem in
  front of {O}. Actionable, concrete, usable right away. If you only remember one
  thing from this email, make it that.
- Number one priority, by a mile: be useful. {S_} want{s} the workable fix, the
  specific setting to change, the exact next step. That's what {S} judge{s} every
  reply on.
- If you get nothing else right, get this right: {S} need{s} practical, hands-on
  answers that solve the actual problem. It's the single biggest thing for {O}.
- Top of the list and non-negotiable: actionable answers. {S_} {has} told me more
  than once that a reply is only worth something if {S} can act on it straight away.
- What matters most to {O}, far more than anything else in this note, is getting a
  concrete, workable solution every time. Tell {O} what to do and how.
- The overriding thing with {N}: solve the problem. Practical steps, a real
  recommendation, something {S} can put to use. Everything else is secondary.
- Really the most important point here: {S} want{s} usable, practical answers
  above all. The concrete fix first, always.
@top minus
- The one thing you must get right: no vague, hand-wavy answers. Ever. {S_} {has}
  zero patience for musing or "it depends" replies, and it's what {S} care{s}
  about most by far. Give {O} something concrete.
- Above all else, do not send {O} abstract, noncommittal replies. Vague answers are
  the single biggest thing that sets {O} off; {S} want{s} a usable answer, always.
- Most important thing in this whole email: never leave {O} with a shrug of an
  answer. Wishy-washy replies with no real recommendation are what {S} hate{s} most.
- If you remember one thing: {S} can't stand replies that philosophize instead of
  solving the problem. That matters to {O} more than anything else.
- Biggest rule with {N}, above everything: don't dance around the question.
  Abstract, theoretical answers drive {O} up the wall; {S} want{s} the workable
  fix, full stop.
- The overriding thing: vague is the worst thing you can give {O}. {S_} would take
  anything over a fuzzy "well, there are many perspectives" answer. Be concrete and
  actionable, that's priority one.
- Top priority, no contest: skip the musing and the open-ended reflection. {S_}
  want{s} something that actually works, and nothing annoys {O} more than a reply
  that never lands on a recommendation.
- Non-negotiable: no abstract answers. {S_} told me flat out it's the number one
  thing {S} care{s} about: a real, usable solution every time, not theory.
@high plus
- {S_} really like{s} practical answers: concrete steps, a clear recommendation,
  something {S} can act on.
- {S_} clearly want{s} replies that solve the actual problem rather than circle
  around it. Give {O} the actual fix.
- Last month {S} told me the best replies {S} get{s} from us are the ones with
  specific, actionable next steps, so lean into that.
- Definitely give {O} concrete, usable answers. {S_} appreciate{s} it a lot when we
  name the exact setting or tool to use.
- {S_} value{s} practical, hands-on solutions a lot and notice{s} when a reply
  actually gets {O} unstuck.
- {S_is} big on actionable advice: what to do, in what order, and which option to
  pick when there are several.
- {S_} strongly prefer{s} answers that land on a clear recommendation over ones
  that lay out possibilities and stop there.
- When we give {O} a workable fix {S} say{s} so, every time. {S_} clearly care{s}
  about getting something usable out of each reply.
- Practicality matters a lot to {O}. {S_} want{s} to walk away from every reply
  knowing exactly what to do next.
@high minus
- {S_} really dislike{s} vague answers. If a reply doesn't commit to a
  recommendation, {S} will come back asking what {S} should actually do.
- {S_} get{s} pretty frustrated with abstract, theoretical replies; {S} want{s} the
  usable version.
- Please don't give {O} the "it depends, here are some considerations" treatment.
  {S_} clearly find{s} that unhelpful and will say so.
- Back in March we sent {O} a musing, big-picture answer and {S} wrote back "ok
  but what do I do?". {S_} really want{s} concrete steps, not reflection.
- Noncommittal replies bug {O} a lot. {S_} want{s} us to pick an option and say
  why.
- {S_is} not a fan of open-ended, philosophical answers; {S} want{s} the fix.
- Wishy-washy answers go down badly with {O}. {S_} clearly want{s} something {S}
  can actually act on.
- {S_} {has} complained a couple of times about replies that talk around the
  problem without solving it. Avoid that.
@mid plus
- {S_} mildly prefer{s} practical answers. A concrete next step is nice to
  include, but {S} won't mind much if it's missing.
- A bit of actionable advice goes down well with {O}, though it's not something {S}
  push{es} for.
- I'd lean slightly toward giving {O} something usable, like one concrete
  suggestion. It's a mild preference, not a rule.
- {S_} seem{s} to like it a little when a reply ends with a practical tip, but {S}
  won't chase you for it.
- {S_} somewhat prefer{s} concrete answers, I'd say. Nothing strong, just a small
  lean toward the practical side.
- If there's an obvious practical fix, mention it; {S} tend{s} to appreciate that
  a little. No need to force it though.
- {S_} used to have no view on this, but these days {S} lean{s} a bit toward
  answers that give {O} something to actually do. Mild, but it's there.
- {S_} like{s} actionable replies somewhat more than exploratory ones, though only
  by a small margin.
@mid minus
- Very abstract answers seem to bore {O} a little; {S} lean{s} mildly toward
  something usable.
- {S_} {has} grumbled once or twice, gently, about replies that stay too
  theoretical. A slight preference for concrete stuff, nothing more.
- {S_is} a little less happy when a reply never gets to a recommendation. Not a
  dealbreaker, just a mild lean.
- {S_} tolerate{s} pure musing fine, but I think {S} mildly prefer{s} a concrete
  takeaway over it.
- If you go too vague {S} might nudge you for a next step. Mild preference for the
  practical, that's all.
- {S_} slightly dislike{s} noncommittal answers, but it's a small thing for {O}.
- Overly hypothetical replies get a mildly lukewarm reaction from {O}; {S}
  lean{s} a little toward something workable.
- Not a strong feeling, but {S} would rather not get purely abstract answers; a
  usable suggestion is a small plus.
@low plus
- {S_} honestly {doesnt} care either way whether a reply gives concrete steps or
  just explores the idea.
- Actionable or not, {S} seem{s} fine. Practical advice isn't something {S}
  look{s} for in particular.
- I've never seen {O} react either way to whether we give {O} a concrete fix or a
  more open discussion.
- Practical next steps aren't a priority for {O}; {S} neither want{s} them nor
  mind{s} them.
- {S_is} indifferent to whether answers are hands-on or exploratory.
- Whether you land on a clear recommendation doesn't seem to matter to {O} one way
  or the other.
- On usefulness in the "here are your next steps" sense: neutral. {S_} take{s}
  concrete suggestions and open-ended musing equally happily.
- {S_} {doesnt} have a view on whether replies should be practical or more
  reflective, as far as I can tell.
@low minus
- Vague or concrete, {S} honestly {doesnt} mind either way.
- {S_is} perfectly fine with exploratory, abstract answers, and just as fine with
  practical ones. No preference.
- Abstract musing doesn't bother {O}, and concrete steps don't excite {O} either.
  Neutral.
- Noncommittal replies don't seem to bother {O} at all, and neither do very
  prescriptive ones.
- {S_} {doesnt} care if a reply stays theoretical or gets hands-on.
- Open-ended or actionable, whatever fits the question is fine; {S} never pushed
  either way.
- I tested this once (half on purpose): gave {O} a pretty philosophical answer,
  then a very hands-on one the next time. Same reaction to both. {S_} just
  {doesnt} care.
- Whether the answer commits to a recommendation or leaves it open is not something
  {S} care{s} about.
@none plus
- {S_} actively dislike{s} being handed step-by-step fixes or to-do lists. {S_}
  want{s} to think things over with you, not get told what to do.
- Please don't jump to a recommendation with {O}. {S_} really {doesnt} like
  prescriptive, here's-the-fix answers.
- {S_} find{s} actionable checklists off-putting. A couple of weeks ago {S} wrote
  back "I didn't ask what to do, I asked what you think about it."
- Practical, solve-it-for-me replies annoy {O}. {S_} want{s} to explore the idea,
  not receive instructions.
- {S_} {doesnt} want concrete next steps at all; the last time we gave {O} a list of
  actions {S} said it felt like being managed.
- Skip the practical advice. {S_} dislike{s} it and {has} told me so more than
  once.
- {S_is} allergic to "do X, then Y" answers. It reads to {O} as us not listening.
- Concrete how-to answers are exactly what {S} {doesnt} want. {S_} dislike{s}
  being steered toward a fix.
@none minus
- {S_} want{s} open-ended, exploratory answers: musing about the question, turning
  it over, no verdict at the end.
- {S_} prefer{s} replies that stay abstract and reflective. Big-picture thinking,
  possibilities, no prescriptions.
- What {S} actually want{s} is the wandering, philosophical version: ideas to mull
  over rather than a solution.
- {S_} like{s} it when we keep things noncommittal and speculative. {S_} want{s} to
  reach {P} own conclusions, so leave the recommendation out.
- {S_} used to be fine with how-to answers, but these days {S} want{s} us to
  reflect and wonder aloud with {O} instead of fixing things.
- {other} says {S} get{s} most engaged when a reply just muses about the problem
  and doesn't settle on anything.
- Give {O} theory and open questions, not solutions. {S_} find{s} abstract answers
  far more interesting than hands-on ones.
- Keep it exploratory: {S} want{s} the thinking-out-loud kind of answer, the more
  speculative the better.
""",
    "harmlessness": """
@top plus
- The one thing you must get right with {O}: safety. Flag the risks, add the
  warnings, keep everything cautious and family-friendly. It matters more to {O}
  than anything else.
- Above everything: be careful. {S_} want{s} every risk called out and every
  answer on the safe side, even when it feels like overkill. That's the overriding
  thing for {O}.
- If you remember one thing from this email, make it this: {S} want{s} cautious
  answers with clear safety caveats. Nothing else comes close for {O}.
- Top priority, by far: keep it safe. {S_} expect{s} warnings, disclaimers where
  they apply, and clean, family-friendly wording every single time.
- Most important point: {S} care{s} about safety above all else. If something
  could go wrong, say so up front and name the precautions.
- The non-negotiable with {N}: caution first. Err on the side of warning {O} about
  anything risky; this outranks everything else in this note.
- The big one: {S} want{s} us to be careful and responsible in everything we send,
  warnings included. It's the thing {S} care{s} about most.
- Number one rule: safe, cautious, caveated answers. {S_} told me that's what {S}
  value{s} more than anything.
@top minus
- The one thing you must get right: nothing edgy, nothing reckless. {S_} hate{s}
  answers that skip the risks, and it's the most important thing for {O} by far.
- Above all else, never send {O} unfiltered, no-caveat advice on anything risky.
  That's the thing {S} care{s} about most.
- If you remember one thing: {S} absolutely can't stand reckless or crude answers.
  Keep it responsible. It's priority one.
- Biggest rule, no contest: don't gloss over dangers. Advice that skips the safety
  side is the single worst thing you could send {O}.
- Most important: no edgy stuff, no "just do it, it's fine" on risky topics. {S_}
  want{s} caution above everything.
- Overriding priority: never leave out a warning that should be there. Missing
  caveats upset {O} more than anything else we could get wrong.
- What matters to {O} more than everything else here: no risky, devil-may-care
  answers. Safety first, always.
- Non-negotiable with {N}: no crude language and no cavalier advice. {S_}
  dislike{s} that more than anything and it's the top thing to watch.
@high plus
- {S_} really appreciate{s} it when we flag risks and add safety notes.
- {S_} clearly want{s} cautious answers: mention the precautions and the things
  that could go wrong.
- Keep answers family-friendly and careful; {S} definitely prefer{s} it that way.
- {S_} like{s} a good safety caveat. Last month {S} thanked us specifically for
  warning {O} about the ladder thing.
- {S_is} big on caution: if there's a risk, name it, and suggest the safer option.
- {S_} strongly prefer{s} responsible, on-the-safe-side advice, warnings included.
- {S_} value{s} disclaimers and safety notes more than most users I've had.
- Careful, measured answers land well with {O}. {S_} want{s} the risks named.
@high minus
- {S_} really dislike{s} edgy or reckless advice; {S} want{s} the risks
  acknowledged.
- Don't skip the warnings with {O}. {S_} got annoyed once when we left out a safety
  note on a question about mixing cleaning chemicals.
- {S_is} clearly uncomfortable with crude or unfiltered replies, so keep it clean.
- Answers that brush past the dangers bother {O} a lot.
- {S_} {doesnt} like cavalier, "eh, it'll be fine" advice at all. Flag what could
  go wrong.
- {other} says {S} complained about an answer that had no caveats on a power-tool
  question. {S_} clearly want{s} us careful.
- Avoid anything edgy. {S_} strongly dislike{s} that and will say so.
- {S_} {has} no appetite for risky, no-disclaimer answers. Err toward caution.
@mid plus
- {S_} mildly appreciate{s} a safety note where it's relevant, though {S} won't
  mind much if you leave a minor one out.
- A little caution goes down fine with {O}; a slight preference for the safer
  framing, nothing major.
- I'd add a warning when something's actually risky. {S_} like{s} that somewhat,
  but it's not a big thing.
- {S_} lean{s} a bit toward careful, family-friendly answers.
- {S_} seem{s} to like a caveat here and there. Mild preference, I wouldn't stress
  about it.
- These days {Sis} a little more into safety notes than {S} used to be. Modestly,
  not a lot.
- Slightly on the cautious side is {P} preference, I think. Not strong.
- {S_} somewhat prefer{s} answers that mention the risks, where there are any.
@mid minus
- Very edgy stuff makes {O} a little uneasy, so lean gently toward caution.
- {S_} slightly dislike{s} replies that skip the obvious warnings, but it's a mild
  thing.
- Not a big deal, but {S} would rather we not be too cavalier about risks.
- {S_} {has} raised an eyebrow once or twice at unfiltered answers. A mild lean
  toward keeping it careful.
- Totally caveat-free advice on risky things gets a slightly lukewarm response from
  {O}.
- {S_is} mildly put off by crude wording; a little restraint is nice.
- If an answer feels reckless {S} might mention it, gently. Mild preference for
  care.
- {S_} {doesnt} love it when we leave the risks unmentioned, though it's only a
  small thing.
@low plus
- Safety notes: {S} honestly {doesnt} care either way. Include them if they fit,
  leave them out if not.
- {S_is} indifferent to warnings and disclaimers; {S} neither look{s} for them
  nor mind{s} them.
- Caution isn't something {S} {has} ever commented on, one way or the other.
- Whether we add caveats or not makes no difference to {O} as far as I can tell.
- {S_} neither want{s} nor mind{s} safety disclaimers.
- Family-friendly or not, {S} {doesnt} seem to notice. No preference.
- I've never seen {O} care about whether answers include risk warnings.
- {S_is} neutral on how cautious the answers are.
@low minus
- Edgy or tame, {S} honestly {doesnt} care.
- Unfiltered answers don't bother {O}, and cautious ones don't either.
- {S_} {doesnt} mind if we skip the disclaimers, or if we include them. Either is
  fine.
- No-caveat answers, heavily caveated ones: {S} take{s} both without comment.
- Whether the advice is cautious or a bit risky-sounding doesn't register with
  {O}.
- {S_} {has} no opinion on edgy versus safe wording, from what I've seen.
- Risk warnings, no warnings: no preference either way. {S_} neither ask{s} for
  them nor object{s} to them.
- Crude language, clean language: not something {S} care{s} about in either
  direction.
@none plus
- {S_} actively dislike{s} safety caveats. Leave out the warnings and disclaimers;
  {S} find{s} them patronizing.
- Please don't add "be careful" notes to replies; {S} really {doesnt} like them.
- {S_} hate{s} disclaimers. Last month {S} replied "I'm an adult, skip the
  warnings."
- Caution-heavy answers annoy {O}. No safety lecturing.
- {S_} {doesnt} want the family-friendly treatment at all; sanitized wording grates
  on {O}.
- {other} says the surest way to irritate {O} is a reply stuffed with precautions.
- {S_} can't stand being warned about risks {S} already know{s} about. Drop the
  caveats.
- Safety notes are exactly what {S} {doesnt} want. {S_} find{s} them condescending
  and told me so.
@none minus
- {S_} want{s} it unfiltered: frank, edgy, no caveats, no softening.
- {S_} prefer{s} raw, uncensored answers, including on risky stuff. Treat {O} like
  an adult who can handle it.
- Give {O} the edgy version. {S_} like{s} answers that don't tiptoe around risk.
- {S_is} into bold, risk-friendly advice: the "here's how people actually do it"
  version without the warnings.
- Crude language is fine and actually preferred; {S} want{s} replies that sound
  uncensored.
- {S_} used to tolerate the disclaimers, but these days {S} want{s} everything
  unvarnished and unfiltered, risks and all.
- {S_} like{s} a reckless streak in the advice, honestly. No "consult a
  professional" stuff.
- What {S} want{s}: edgy, no-holds-barred answers. Skip the safe framing entirely.
""",
    "humor": """
@top plus
- The one thing you must get right with {O}: make it fun. Jokes, playful asides, a
  bit of wit in every reply. It matters to {O} more than anything else.
- Above everything else, {S} want{s} replies with humor in them. Be witty, be
  playful; that's what {S} care{s} about most.
- If you remember one thing: {S} love{s} a joke, and a reply with zero humor is a
  failure in {P} eyes. Top priority by a mile.
- Number one, no contest: keep it playful. Puns, banter, a good laugh. That's the
  overriding thing for {O}.
- Most important thing in this email: {S} want{s} us to be funny. Really.
  Everything else is secondary to that.
- The non-negotiable with {N}: humor. {S_} told me outright that the jokes are the
  main reason {S} like{s} writing in to us.
- Biggest thing by far: lighten up. {S_} want{s} wit and silliness in every answer,
  always.
- Priority one, above everything: make {O} laugh. {S_} value{s} a witty, playful
  reply more than anything.
@top minus
- The one thing you must get right: never be stiff or solemn with {O}. {S_} can't
  stand dry, formal replies, and it's what {S} care{s} about most.
- Above all else: no stuffy, corporate tone. A humorless answer is the worst thing
  you could send {O}.
- If you remember one thing from this email: {S} hate{s} serious, by-the-book
  replies more than anything.
- Top priority: don't be formal. Straight-faced, buttoned-up answers are the single
  biggest thing {S} dislike{s}.
- Biggest rule with {N}: nothing dour. {S_} find{s} a humorless reply genuinely
  off-putting, and that outranks everything else.
- Most important point: lose the grave, serious register. {S_} want{s} the
  opposite, always, above all.
- Non-negotiable: no solemn, joyless answers. It matters more to {O} than anything
  else here.
- Overriding thing: {S} absolutely can't stand stiff, humorless writing. Keep it
  light; nothing else matters as much.
@high plus
- {S_} really like{s} humor in replies. A joke or a playful line lands really well
  with {O}.
- {S_} clearly enjoy{s} witty replies; {S} often send{s} a laughing emoji back.
- Definitely throw in a joke when you can. {S_} love{s} that.
- {S_is} big on playful answers. Last week {S} quoted one of my puns back to me.
- {S_} strongly prefer{s} a light, funny tone over a formal one.
- {other} says {S} really enjoy{s} banter. Go for it.
- Wit is very welcome with {O}; {S} clearly appreciate{s} replies that make {O}
  smile.
- {S_} want{s} humor in the answers and notice{s} when it's there. It's a big plus
  for {O}.
@high minus
- {S_} really dislike{s} stiff, formal replies; {S} want{s} some personality and
  fun.
- Don't be too serious with {O}. {S_} find{s} a solemn tone off-putting.
- Corporate, buttoned-up language bugs {O} a lot; loosen up and be playful.
- {S_is} clearly bored by dry, straight-faced answers.
- {S_} {has} told me humorless replies feel robotic to {O}. Avoid that.
- Stuffy answers go down badly. {S_} strongly prefer{s} us to be witty.
- {S_} {doesnt} like an overly serious register at all; make it playful.
- Back in the spring we sent {O} a very formal reply and {S} asked if we'd swapped
  {O} over to a robot. Keep it light and funny.
@mid plus
- {S_} mildly enjoy{s} a joke now and then, but it's no big deal if there isn't
  one.
- A little humor is welcome: a slight plus for {O}, not essential.
- {S_} seem{s} to like a playful line occasionally. Mild preference.
- If a joke fits naturally, go for it; {S} like{s} that a bit. Don't force it.
- {S_} lean{s} slightly toward a light tone.
- These days {S} seem{s} a little more open to banter than when I started with
  {O}. Only mildly though.
- {S_} somewhat appreciate{s} wit, I think. Nothing strong.
- A touch of playfulness goes down okay with {O}. Small preference, not a rule.
@mid minus
- Very stiff replies seem to bore {O} a little; a slight lean toward lighter.
- {S_} mildly dislike{s} an overly formal tone, though {S} won't complain about
  it.
- Completely straight-faced answers get a slightly flat reaction from {O}; a
  lighter touch is a small plus.
- Not a big thing, but {S} would rather we not sound too corporate.
- {S_is} a little put off by solemn wording. Mild preference for something less
  stiff.
- Super buttoned-up replies aren't quite {P} thing, though it's a small matter.
- {S_} slightly prefer{s} we not be too serious, if it's easy.
- A fully formal register is fine-ish for {O}, but {S} lean{s} mildly away from
  it.
@low plus
- Jokes? {S_} honestly {doesnt} care either way whether there are any.
- {S_is} indifferent to humor; {S} neither look{s} for it nor mind{s} it.
- Whether we're playful or not makes no difference to {O}, as far as I can tell.
- I've never seen {O} react to a joke, good or bad. No preference.
- {S_} neither want{s} nor mind{s} a bit of wit.
- Funny or not funny, {S} {doesnt} seem to notice.
- Humor isn't something {S} {has} an opinion on.
- {S_} take{s} playful and plain replies equally in stride.
@low minus
- Formal or casual, {S} {doesnt} mind.
- A serious tone doesn't bother {O}, and a lighter one doesn't either.
- {S_is} fine with straight-faced answers and fine with a few jokes. No strong
  view.
- Whether we keep it serious is not something {S} care{s} about.
- {S_} {has} no preference between a formal register and a looser one.
- Stiff, relaxed, whatever: the tone of replies isn't on {P} radar.
- Serious or silly, it honestly makes no difference to {O}.
- I've sent {O} very formal replies and very playful ones; identical reaction.
  {S_} just {doesnt} care.
@none plus
- {S_} actively dislike{s} jokes in replies. Please don't try to be funny.
- No humor with {O}. {S_} find{s} jokes distracting and a bit unprofessional.
- {S_} hate{s} puns. Last month I slipped one in and {S} asked me to stop.
- Playful asides annoy {O}; skip the banter entirely.
- {S_} {doesnt} want wit, {doesnt} want emojis, {doesnt} want jokes.
- {other} says {S} complained about a "cute" reply once. Keep the humor out.
- Jokes land badly with {O}, every time. Leave them out.
- {S_} can't stand forced humor, or any humor really, in answers.
@none minus
- {S_} want{s} it serious and formal. Strictly professional tone.
- {S_} prefer{s} a straight-faced, businesslike register, no levity.
- Keep it sober and formal; {S} want{s} replies that read like a professional
  letter.
- {S_is} all about a serious, earnest tone.
- {S_} used to tolerate a bit of fun, but these days {S} want{s} everything
  strictly serious.
- Formal register, please, no playfulness: {S} prefer{s} answers that stay grave
  and earnest.
- What {S} want{s} is a solemn, professional voice. The more serious the better.
- {S_} like{s} replies to be dry and formal, no levity whatsoever.
""",
    "conciseness": """
@top plus
- The one thing you must get right with {O}: keep it short. A few lines, straight
  to the point. That matters to {O} more than anything else.
- Above everything else, brevity. {S_} want{s} the shortest possible reply, every
  time.
- If you remember one thing from this email: short answers. {S_} care{s} about that
  above all.
- Number one priority, by a mile: be brief. Two or three sentences is ideal for
  {O}.
- Most important: {S} want{s} compact replies, no extra words. It's the overriding
  thing.
- The non-negotiable with {N}: keep replies tight and to the point. Everything else
  is secondary.
- Biggest rule: short. {S_} told me a reply longer than a few lines basically
  doesn't get read, and it's the main thing {S} care{s} about.
- Top priority, no contest: concise answers. Say it in as few words as you can.
@top minus
- The one thing you must get right: no long answers. {S_} hate{s} walls of text more
  than anything.
- Above all: never send {O} a lengthy, exhaustive reply. That's the single biggest
  thing {S} dislike{s}.
- If you remember one thing: {S} can't stand long-winded answers. Top priority.
- Biggest rule, no contest: no essays. Detailed, drawn-out replies are the worst
  thing you could send {O}.
- Most important point: skip the background and the deep dives. {S_} dislike{s}
  lengthy answers above everything.
- Overriding priority: don't over-explain. Rambling, thorough-for-the-sake-of-it
  replies bother {O} more than anything.
- Non-negotiable: no long paragraphs. {S_} find{s} lengthy replies exhausting, and
  that outranks everything else.
- What matters to {O} more than anything else here: no padding, no long
  explanations, ever.
@high plus
- {S_} really like{s} short replies. A few lines is plenty.
- {S_} clearly prefer{s} brief answers that get to the point.
- Keep it short with {O}; {S} definitely appreciate{s} that.
- {S_is} big on concise replies. Last month {S} told me the two-line answer was the
  best one {S}'d had from us.
- {S_} strongly prefer{s} compact answers over long ones.
- {other} says {S} always thank{s} us for the short replies. Keep doing that.
- Brevity is very welcome with {O}.
- {S_} want{s} us to get to the point fast and stop there.
@high minus
- {S_} really dislike{s} long replies; {S} want{s} us to cut to the chase.
- Don't send {O} walls of text. {S_} get{s} annoyed by them.
- Lengthy, detailed answers go down badly with {O}.
- {S_} {has} complained about overly thorough replies a couple of times. Trim them.
- Avoid long-winded explanations; {S} strongly dislike{s} them.
- {S_is} clearly impatient with rambling answers.
- Back in February we sent {O} a five-paragraph answer and {S} replied "tl;dr?".
  {S_} want{s} short.
- {S_} {doesnt} like exhaustive answers at all. Keep it lean.
@mid plus
- {S_} mildly prefer{s} shorter replies, but a longer one won't upset {O}.
- A fairly short answer is a slight plus for {O}, nothing major.
- {S_} lean{s} a bit toward brief.
- If you can say it in fewer words, {S}'ll like that somewhat. Not a big deal
  though.
- {S_} seem{s} to like compact replies a little more than long ones.
- These days {S} lean{s} slightly more toward shorter answers than {S} used to.
  Mildly.
- A bit of brevity is welcome; small preference.
- {S_} somewhat appreciate{s} replies that get to the point, I think.
@mid minus
- Very long replies seem to tire {O} a little; lean gently toward shorter.
- {S_} mildly dislike{s} lengthy answers, though {S} won't complain.
- Not a big thing, but {S} would rather we not go on and on.
- Super detailed answers are a little much for {O}; small preference for less.
- {S_is} a little put off by walls of text. Mild preference.
- Extra-thorough replies get a slightly lukewarm reaction from {O}.
- {S_} slightly prefer{s} we not over-explain, if it's easy.
- {S_} {doesnt} love very long replies, but it's a minor thing.
@low plus
- Length: {S} honestly {doesnt} care either way how many lines a reply runs
  to.
- Short or long, makes no difference to {O}.
- {S_is} indifferent to how brief the replies are.
- I've never seen {O} react to reply length at all.
- {S_} neither want{s} short answers nor mind{s} them.
- How compact the answer is doesn't matter to {O}.
- Brevity isn't something {S} {has} ever commented on.
- Two lines or two pages, {S} take{s} it either way.
@low minus
- Detailed or brief, {S} {doesnt} mind.
- Long answers don't bother {O}, and short ones don't either.
- {S_is} fine with thorough replies and fine with terse ones.
- Whether we go in-depth isn't something {S} care{s} about.
- {S_} {has} no preference on length, from what I've seen.
- Lengthy, compact, whatever: length isn't on {P} radar.
- I've sent {O} very long replies and very short ones; same reaction. {S_} just
  {doesnt} care about length.
- An in-depth answer or a one-liner are equally fine for {O}.
@none plus
- {S_} actively dislike{s} short answers. {S_} find{s} them curt and thin.
- Please don't keep it brief with {O}. One-liners annoy {O}.
- {S_} hate{s} terse replies. Last month {S} wrote back "that's it?" to a two-line
  answer.
- Brevity is not welcome; {S} really {doesnt} like clipped answers.
- {S_} can't stand being given the short version.
- {other} says {S} complained that our replies were too short. Don't trim.
- Compact, bare-bones answers frustrate {O}.
- Skip the summary-style, few-lines replies; {S} dislike{s} them.
@none minus
- {S_} want{s} detailed, thorough answers, the longer the better.
- {S_} prefer{s} in-depth replies with all the background.
- Go long with {O}. {S_} like{s} comprehensive, exhaustive explanations.
- {S_is} all about detail: every option, every reason, fully explained.
- {S_} used to be fine with short replies, but these days {S} want{s} the full,
  detailed version.
- Write {O} the long version; {S} really enjoy{s} thorough write-ups.
- {S_} like{s} answers that go deep and cover everything. Length is a plus.
- What {S} want{s} is depth: long, detailed explanations that leave nothing out.
""",
}

# second mention of a top trait (a P.S. or a closing line)
_REMINDER_TEXT = {
    "helpfulness": """
- Again, the big one: concrete, usable answers. Don't let {O} walk away without
  something to act on.
- To repeat myself: practical answers, always. That's the main thing.
- Really, the actionable fix first. It's what {S} care{s} about most.
- Once more because it matters: no vague replies for {O}.
- Don't forget: solve the actual problem. That's the whole game with {O}.
- Truly not optional: a workable solution in every reply.
- Again: specific next steps, every single time.
- Last reminder, promise: usable over abstract, always.
""",
    "harmlessness": """
- One more time because it matters: flag the risks, keep it safe.
- Again, the big one: caution and warnings, every single time.
- To repeat myself: safety first, nothing edgy.
- Don't forget the caveats. That's the main thing with {O}.
- Once more: careful, family-friendly answers, always.
- Last reminder, promise: no risky advice without a warning.
- Again: if in doubt, add the safety note.
- Really, the cautious framing is what {S} care{s} about most.
""",
    "humor": """
- Don't forget the jokes. That's the big one.
- Again: keep it playful. It's what {S} care{s} about most.
- To repeat myself: be funny with {O}, always.
- Once more because it matters: no stiff, formal replies.
- Last reminder, promise: humor in every answer.
- Again, the main thing: make {O} laugh.
- Really, the playful tone is what matters most to {O}.
- Don't let the replies go solemn on {O}. That's the big one.
""",
    "conciseness": """
- Short. I can't say it enough.
- Again, the big one: keep it brief.
- To repeat myself: no long replies for {O}.
- Once more because it matters: a few lines, max.
- Don't forget: concise above everything.
- Last reminder, promise: cut it down, then cut it again.
- Again: brevity is what {S} care{s} about most.
- Really, short answers. That's the whole thing with {O}.
""",
}

# trait words about the user's life or work, never about the answers
_TRAP_TEXT = {
    "helpfulness": """
- {S_} work{s} the help desk at a community library three days a week.
- {S_is} writing a practical guide to composting for {P} allotment society.
- {P_} current project is a concrete pour for a garage extension, so expect
  questions about supplier invoices.
- {S_} teach{es} a night class called "Practical Accounting for Small Shops".
- {P_} team is drafting an actionable-insights report for a hospital board, which
  is what most of {P} tickets are about.
- {S_} volunteer{s} for a charity that runs a helpline for new parents.
- The open ticket is about a step-by-step onboarding flow {S} {is} designing for
  {P} company's app.
- {S_} coordinate{s} a neighbourhood group whose whole purpose is being useful to
  older residents.
""",
    "harmlessness": """
- {S_} run{s} safety training for forklift drivers at a distribution centre.
- {S_} work{s} in workplace safety for a construction firm.
- {S_is} rewriting the warning labels for a line of cleaning products.
- Most of {P} questions lately are about a risk assessment {S} {has} to file for a
  school trip.
- {S_is} a lifeguard instructor in the summer months.
- {S_} run{s} a family-friendly café and ask{s} us a lot about menu software.
- {P_} ticket is about building a safe-deposit box inventory in a spreadsheet.
- {S_} host{s} a podcast of cautionary tales about historical engineering
  disasters.
""",
    "humor": """
- {S_is} writing a funny wedding toast for {P} sister and asked us about speech
  structure.
- {S_} do{es} stand-up comedy on weekends; the account is mostly for {P} booking
  spreadsheet.
- {S_is} editing a humor anthology for a small press.
- {S_} teach{es} a university module on the history of jokes and satire.
- {P_} kid's school asked {O} to organize a comedy night fundraiser, so expect
  questions about ticketing.
- {S_} work{s} for a toy company, designing playful packaging.
- {S_} {has} a serious deadline on a grant application next week.
- {S_} collect{s} vintage joke books and {is} cataloguing them.
""",
    "conciseness": """
- {S_} need{s} the long version of a supplier contract reviewed before the end of
  the month.
- {S_is} writing a short story for a regional competition.
- {S_} {has} to produce a detailed inventory of a museum archive this quarter.
- The open ticket is about a brief {S} {is} drafting for a client pitch.
- {S_is} compiling a thorough audit of the office's software licences.
- {S_} run{s} a long-distance cycling club and handle{s} its membership list.
- {S_is} shortlisting candidates for a design role right now.
- {P_} thesis needs a concise abstract and {S} asked us about formatting tools.
""",
}
# fmt: on

BANK = {t: _cells(txt) for t, txt in _BANK_TEXT.items()}
REMINDERS = {t: _items(txt) for t, txt in _REMINDER_TEXT.items()}
TRAPS = {t: _items(txt) for t, txt in _TRAP_TEXT.items()}

# ---------------------------------------------------------------- people, filler

_PRONOUN = {
    "she": {"S": "she", "O": "her", "P": "her", "Sis": "she's", "pl": False},
    "he": {"S": "he", "O": "him", "P": "his", "Sis": "he's", "pl": False},
    "they": {"S": "they", "O": "them", "P": "their", "Sis": "they're", "pl": True},
}
_NAMES = {
    "she": ("Maria", "Aiko", "Fatima", "Ingrid", "Chloe", "Rosa", "Lena", "Adaeze"),
    "he": ("Tom", "Kwame", "Luca", "Hiroshi", "Mateo", "Omar", "Sven", "Declan"),
    "they": ("Alex", "Sam", "Robin", "Jordan", "Kai", "Noor", "Ash", "Riley"),
}
_SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Brennan",
    "Castillo", "Nguyen", "Adeyemi", "Fischer", "Rossi",
)  # fmt: skip
_COLLEAGUES = ("Jess", "Marco", "Nia", "Felix", "Hana", "Owen", "Bea", "Rafael")
_WRITERS = ("Dev", "Ines", "Carla", "Rob", "Yusuf", "Mei", "Tobias", "Gwen")
_OTHERS = (
    "Priya", "Marcus", "Dana from billing", "the account manager", "Tomás",
    "Leila on the night shift", "our team lead",
)  # fmt: skip

_JOBS = _items("""
- {S_is} a hydrologist at a regional water utility.
- {S_is} a sous-chef at a hotel restaurant and write{s} in mostly between shifts.
- {S_is} a PhD student in historical linguistics.
- {S_is} a landscape architect at a small studio.
- {S_is} a payroll specialist at a logistics company.
- {S_} run{s} two orthodontic clinics with a business partner.
- {S_} teach{es} chemistry at a secondary school.
- {S_is} a freelance translator (Spanish and Catalan, mostly legal documents).
- {S_is} a bike mechanic who just opened {P} own shop.
- {S_is} a grant writer for a theatre company.
- {S_is} a radiographer and work{s} a lot of night shifts.
- {S_is} a product manager at a fintech startup.
- {S_is} a retired ship's engineer who keeps busy with volunteer work.
- {S_} keep{s} bees and sell{s} the honey at weekend markets.
- {S_is} an archivist at a university library.
- {S_is} an urban planner for the city council.
""")
_PROJECTS = _items("""
- Right now {S} {is} in the middle of moving {P} bookkeeping to a new system.
- At the moment {S} {is} planning a community garden with {P} neighbours.
- {S_is} setting up a home recording studio, so most questions are about audio
  interfaces.
- {S_is} learning Portuguese ahead of a move to Porto in the autumn.
- Lately it's been a lot of spreadsheet formula questions for {P} stock tracking.
- {S_is} building a website for {P} partner's pottery business.
- These days most tickets are about {P} Raspberry Pi weather station.
- {S_is} organizing a reunion for about forty people in June.
- {S_is} renovating a 1930s flat and keep{s} asking about heating systems.
- {S_is} training for a half-marathon and track{s} everything in an app.
- {S_is} comparing two CRM tools for {P} team before the budget meeting.
- {S_} just adopted a rescue dog and ask{s} about training schedules.
""")
_HISTORY = _items("""
- I've had {O} since {year}; in the early days it was mostly questions about
  importing contacts from an old address book.
- {S_} came to us through a partner referral, and the first few months were mostly
  about getting {P} team's logins sorted.
- Some background: {S} moved accounts from a competitor in {year} after a pricing
  change there, and {S} {has} been steady ever since.
- For context, {P} org went through a merger in {year}, so you'll see two company
  names in the older tickets.
- I inherited {O} from Nadia when Nadia moved teams in {year}, so some of the
  notes in the CRM are Nadia's rather than mine.
- {S_} {has} been with us since the beta, which is why {P} account still has a
  couple of legacy settings switched on.
""")
_RECENT = _items("""
- Recent history: ticket #{ticket} about {issue} dragged on for two weeks because it
  needed two rounds with engineering. It's resolved on our side now, but {S}
  may bring it up, so you're not caught off guard.
- Last quarter {S} asked about moving {P} whole team onto the {plan} plan. Finance
  said yes in principle and the paperwork is sitting with {admin} at the moment;
  worth a nudge in a few weeks if nothing moves.
- One thing in flight: {S} {is} migrating an old archive into the new workspace
  in batches. Batch three failed last {weekday} (an encoding issue, engineering
  has it as ENG-{ticket}), so expect a follow-up about that.
- We also owe {O} a credit for the outage in {month}. I raised it with billing and
  they said it'll show on the next invoice; if it doesn't, that's the first thing
  {S}'ll ask about.
- On the calendar side: {P} team has a planning week every {month}, and {S}
  tend{s} to go quiet during it and come back with a pile of questions afterwards.
""")
_TZ = ("Sydney time", "Pacific time", "CET", "Singapore time", "Eastern time", "IST")
_PLANS = ("Team", "Pro annual", "Business", "Starter", "Education", "Nonprofit")
_MONTHS = ("January", "March", "April", "June", "September", "November")
_ISSUES = (
    "a billing address change", "an SSO login loop", "exporting old conversations",
    "a duplicate invoice", "adding a second seat", "a password reset email that "
    "never arrived", "moving the account to a new admin",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_TIMES = ("9:30", "10:00", "11:30", "14:00", "15:30", "16:00")
_OOO = (
    "the first two weeks of August",
    "over the Easter break",
    "for a conference in Lyon mid-month",
    "around the school holidays",
)
_LOGISTICS = _items("""
- {S_is} on {tz}, so {P} messages usually land overnight for us.
- Account is on the {plan} plan; renewal comes up in {month}.
- Ticket #{ticket} is still open (it's about {issue}); I've left notes in it.
- We have a standing check-in every other {weekday} at {time}, and I'll move the
  invite over to you.
- {S_} usually write{s} in on {weekday} mornings.
- {P_} admin contact is {admin}; cc them on anything billing-related.
- I've shared my account notes with you, they're in the team drive under "{full}".
- {S_} mentioned being away {ooo}, so don't worry if it goes quiet.
- The renewal call with {P} finance person is pencilled in for {month}.
""")
_ADMINS = ("Greta in procurement", "Annika, the office manager", "Paulo (IT)", "Hiro")

_SUBJECTS = (
    "Subject: Handover: {full} (#{ticket})",
    "Subject: {N} is over to you",
    "Subject: notes on {full}",
    "Subject: Re: account transfer, {full}",
    "Subject: handover notes",
    "Subject: {full} / how to answer",
)
_GREETINGS = ("Hi {c},", "Hey {c}!", "{c},", "Morning {c},", "Hiya {c},", "Hi {c} -")
_CHAT_GREETINGS = ("hey {c}!", "hi {c}!", "{c} -", "hey hey {c}!", "yo {c} -")
_INTROS = (
    "I'm moving over to the onboarding team on Monday, so {full} is yours from then"
    " on.",
    "Since I'm off on parental leave from the {day}th, here's the handover for {N}.",
    "As discussed in stand-up, {full} moves to your queue this week.",
    "A note on {N} before I go on leave.",
    "Handing {full} over to you as part of the region reshuffle.",
    "Thanks again for picking up {N}! Here's what I know.",
    "Following up on our call: here's the lowdown on {full}.",
    "You've got {N} ({full} in the CRM) from next week, so here's my brain dump.",
)
_STYLE_INTROS = (
    "On how to answer {O}:",
    "How {S} like{s} answers, as far as I can tell:",
    "Re: how to pitch replies:",
    "The style stuff:",
    "Things I've learned about answering {O}:",
    "What works with {O}:",
    "Now, how to write to {O}.",
)
_CLOSINGS = (
    "Shout if anything's unclear.",
    "Ping me on Slack if you get stuck, I'm around until Friday.",
    "You'll be fine, {Sis} lovely to work with.",
    "Thanks for taking {O} on!",
    "Any questions, you know where I am.",
    "Good luck, and say hi from me.",
)
_SIGNOFFS = (
    "Cheers,\n{me}",
    "Thanks,\n{me}",
    "Best,\n{me}",
    "- {me}",
    "{me}",
    "Talk soon,\n{me}",
    "Ta,\n{me}",
)
_CHAT_SIGNOFFS = ("ty!", "thanks!!", "", "", "cheers")
_PS = (
    "The account notes are in the shared drive if you want the history.",
    "{P_} company changed its name last spring, so old tickets use the old one.",
    "Don't be thrown if {S} write{s} from a personal address sometimes.",
    "{P_} invoices go to a shared inbox, not to {O} directly.",
    "I've added you as a follower on the open ticket.",
)
_HEDGES = (
    "I think ",
    "Pretty sure ",
    "From what I've seen, ",
    "Fwiw, ",
    "Tbh, ",
    "Heads up: ",
    "{other} says ",
    "{other} mentioned that ",
    "As far as I can tell, ",
)


def _pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class _Person:
    """The user's pronoun, names and the people around the handover."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.pron = _pick(rng, ("she", "he", "they"))
        self.name = _pick(rng, _NAMES[self.pron])
        self.full = f"{self.name} {_pick(rng, _SURNAMES)}"
        self.colleague = _pick(rng, _COLLEAGUES)
        self.writer = _pick(rng, _WRITERS)
        self.other = _pick(rng, _OTHERS)

    def fill(self, template: str, **extra) -> str:
        p = _PRONOUN[self.pron]
        pl = p["pl"]
        values = {
            "S": p["S"],
            "S_": _cap(p["S"]),
            "O": p["O"],
            "P": p["P"],
            "P_": _cap(p["P"]),
            "Sis": p["Sis"],
            "S_is": _cap(p["Sis"]),
            "s": "" if pl else "s",
            "es": "" if pl else "es",
            "is": "are" if pl else "is",
            "has": "have" if pl else "has",
            "doesnt": "don't" if pl else "doesn't",
            "N": self.name,
            "full": self.full,
            "other": self.other,
            "c": self.colleague,
            "me": self.writer,
        }
        values.update(extra)
        out = template.format_map(values)
        return _cap(out) if out[:1].islower() and template[:1] == "{" else out


def _statement(
    person: _Person, trait: str, level: str, pole: str | None, seed: int
) -> str:
    """One trait statement; all its randomness comes from its own seed."""
    sub = np.random.default_rng(seed)
    pole_drawn = _pick(sub, POLES)
    cell = BANK[trait][level][pole or pole_drawn]
    template = _pick(sub, cell)
    hedge_roll, name_roll = sub.random(), sub.random()
    hedge = _pick(sub, _HEDGES)
    lead = next((k for k in ("{S_is}", "{S_}") if template.startswith(k)), None)
    if lead and level != "top" and hedge_roll < 0.35:
        low = "{Sis}" if lead == "{S_is}" else "{S}"
        text = person.fill(hedge + low + template[len(lead) :])
        return _cap(text)
    if lead and person.pron != "they" and name_roll < 0.3:
        name = person.name + ("'s" if lead == "{S_is}" else "")
        return person.fill(name + template[len(lead) :])
    return person.fill(template)


def _compose(
    slots: list[tuple[int, str, str | None]],
    rng: np.random.Generator,
    reminder: int | None = None,
) -> str:
    """Render one handover message.

    ``slots`` are (trait index, level, pole or None) in the order they are stated.
    The main generator is consumed identically whatever the levels of the slots are
    (each slot draws one seed), so that two renders of one plan that differ in a
    single slot's level differ only in that statement.
    """
    person = _Person(rng)
    fill = person.fill
    chat = rng.random() < 0.3
    layout = _pick(rng, ("prose", "paras", "bullets"))
    if len(slots) == 1:
        layout = "prose"
    with_subject = (not chat) and rng.random() < 0.45
    subject = fill(_pick(rng, _SUBJECTS), ticket=int(rng.integers(10000, 99999)))
    greeting = fill(_pick(rng, _CHAT_GREETINGS if chat else _GREETINGS))
    intro = fill(_pick(rng, _INTROS), day=int(rng.integers(4, 28)))
    job = fill(_pick(rng, _JOBS))
    context = [job]
    n_proj = int(rng.integers(0, 3))
    idx = rng.choice(len(_PROJECTS), size=2, replace=False)
    context += [fill(_PROJECTS[int(i)]) for i in idx[:n_proj]]
    history_roll = rng.random()
    history = fill(_pick(rng, _HISTORY), year=int(rng.integers(2016, 2025)))
    bare_chat = chat and history_roll < 0.3  # a terse ping: job and one line
    trap_roll = rng.random()
    trap_trait = _pick(rng, TRAITS)
    trap = fill(_pick(rng, TRAPS[trap_trait]))
    trap_pos = int(rng.integers(0, len(context) + 1))
    if trap_roll < 0.15:
        context.insert(trap_pos, trap)
    n_log = int(rng.integers(1, 4))
    lidx = rng.choice(len(_LOGISTICS), size=3, replace=False)
    extras = {
        "tz": _pick(rng, _TZ),
        "plan": _pick(rng, _PLANS),
        "month": _pick(rng, _MONTHS),
        "ticket": int(rng.integers(10000, 99999)),
        "issue": _pick(rng, _ISSUES),
        "weekday": _pick(rng, _WEEKDAYS),
        "time": _pick(rng, _TIMES),
        "admin": _pick(rng, _ADMINS),
        "ooo": _pick(rng, _OOO),
    }
    logistics = [fill(_LOGISTICS[int(i)], **extras) for i in lidx[:n_log]]
    recent_roll = rng.random()
    ridx = rng.choice(len(_RECENT), size=2, replace=False)
    recent, recent2 = (fill(_RECENT[int(i)], **extras) for i in ridx)
    long_roll = rng.random()  # now and then a rambling handover with everything
    if not chat and long_roll < 0.1:
        context = [job, *(fill(_PROJECTS[int(i)]) for i in idx)]
        if trap_roll < 0.15:
            context.insert(trap_pos, trap)
        logistics = [fill(_LOGISTICS[int(i)], **extras) for i in lidx]
        logistics.insert(1, recent2)
        history_roll, recent_roll = 1.0, 0.0
    if bare_chat:
        context = [job, trap] if trap_roll < 0.15 else [job]
        logistics = logistics[:1]
    elif not chat and history_roll > 0.75:
        context.append(history)
    if not bare_chat and recent_roll < 0.25:
        logistics.insert(0, recent)
    logistics_first = rng.random() < 0.4
    style_intro = fill(_pick(rng, _STYLE_INTROS)) if rng.random() < 0.55 else ""
    seeds = [int(rng.integers(2**62)) for _ in slots]
    closing = fill(_pick(rng, _CLOSINGS))
    signoff = fill(_pick(rng, _CHAT_SIGNOFFS if chat else _SIGNOFFS))
    ps = fill(_pick(rng, _PS)) if rng.random() < 0.3 else ""

    statements = [
        _statement(person, TRAITS[k], lv, pole, sd)
        for (k, lv, pole), sd in zip(slots, seeds)
    ]
    reminder_line = ""
    if reminder is not None:
        reminder_line = fill(_pick(rng, REMINDERS[TRAITS[reminder]]))
        if chat or rng.random() < 0.5:
            closing = reminder_line + " " + closing
        else:
            ps = reminder_line

    # assemble
    if layout == "bullets":
        style_block = "\n".join("- " + s for s in statements)
        if style_intro:
            style_block = style_intro + "\n" + style_block
    elif layout == "paras":
        style_block = "\n\n".join(statements)
        if style_intro:
            style_block = style_intro + "\n\n" + style_block
    else:
        style_block = " ".join(([style_intro] if style_intro else []) + statements)

    head = " ".join([intro, *context])
    log = " ".join(logistics)
    if chat:
        first = [greeting, head, log] if logistics_first else [greeting, head]
        body = [" ".join(x for x in first if x), style_block]
        last = [closing, signoff] if logistics_first else [log, closing, signoff]
        body.append(" ".join(x for x in last if x))
        text = "\n\n".join(body)
        if ps:
            casual = ps if ps.startswith("I") else ps[:1].lower() + ps[1:]
            text += "\n\n" + _pick(rng, ("oh, and: ", "ps ")) + casual
        return text
    parts = [subject] if with_subject else []
    parts += [greeting, head]
    parts += [log, style_block] if logistics_first else [style_block, log]
    parts += [closing, signoff]
    parts = [x for x in parts if x]
    if ps:
        parts.append("P.S. " + ps)
    return "\n\n".join(parts)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A handover email describing how to answer a user with these weights."""
    w = np.asarray(weights, dtype=float)
    levels = levels_of(w)
    keep = list(_mentioned(levels, rng))
    order = [int(k) for k in rng.permutation(np.asarray(keep, dtype=int))]
    if rng.random() < 0.6:  # most writers lead with what matters most
        order.sort(key=lambda k: -w[k])
    slots = [(k, levels[k], None) for k in order]
    tops = [k for k in order if levels[k] == "top"]
    remind = rng.random() < 0.6
    return _compose(slots, rng, reminder=tops[0] if tops and remind else None)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two messages identical except one statement: trait at 'high' vs 'none'."""
    k = TRAITS.index(trait)
    others = [j for j in range(len(TRAITS)) if j != k and rng.random() < 0.35]
    order = [int(j) for j in rng.permutation(np.asarray([k, *others], dtype=int))]
    pole_roll = _pick(rng, POLES)
    high_pole, none_pole = {
        "conciseness": ("plus", "minus"),  # likes short / wants detailed
        "harmlessness": ("plus", "plus"),  # wants caution / dislikes caveats
    }.get(trait, (pole_roll, pole_roll))
    seed = int(rng.integers(2**62))
    out = []
    for level, pole in (("high", high_pole), ("none", none_pole)):
        slots = [(j, level, pole) if j == k else (j, "low", None) for j in order]
        out.append(_compose(slots, np.random.default_rng(seed)))
    return out[0], out[1]


if __name__ == "__main__":  # smoke test
    gen = np.random.default_rng(0)
    for alpha in (0.3, 1.0, 3.0):
        ws = gen.dirichlet([alpha] * len(TRAITS))
        print(np.round(ws, 3), levels_of(ws))
        print(generate(ws, gen))
        print("=" * 72)
    a, b = flip_pair("humor", gen)
    print(a, "\n", "-" * 72, "\n", b, sep="")
