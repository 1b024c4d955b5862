"""Blind held-out family ``user-stories``: agile backlog tickets about one user.

Each summary is a product team's backlog entry about personalizing the assistant for
a single user or customer account: a ticket id and title ("PERS-412: Tune reply
style for Okafor"), metadata (points, sprint, assignee), a background paragraph
about the user's product, plan and integrations, user stories in the form "As
<user>, I want <...> so that <...>", acceptance criteria as a checklist or as
Gherkin Given/When/Then lines with priority labels (P0/P1/P2, Must/Should/Could),
a MoSCoW block, "Out of scope" and "Non-goals" lists, notes from the PM or the
account manager, QA steps and links.

What varies: the user's name and role, the product, plan, integrations and topics,
which sections appear and in which order their items come, whether the criteria are
a checklist or Gherkin, and in which slot each stated trait appears (a story, a
criterion, a MoSCoW line, a note, or an out-of-scope / non-goal item for the
indifferent and disliked levels). Strength is carried both by the wording and by
the label: top is "P0 / above every other criterion" (and may be stated twice), high
is a plain Must/Should want, mid is a Could / nice-to-have lean, low is explicit
indifference ("no acceptance criterion either way"), none is a dislike or a demand
for the opposite pole. Traits that ``_mentioned`` leaves out are not expressed at
all. About 15% of tickets carry a trap: a trait word about the user's product or task
("building a safety checklist feature", "a detailed migration guide is a
deliverable"), never about reply style.

Flip pairs: ``flip_pair(trait, rng)`` draws one ticket plan (all other traits either
absent or at "low") and renders it twice with a replayed generator; the two texts
differ only in the single line that states ``trait`` at level "high" (first) or
"none" (second).

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "user-stories"

# Phrase banks. A line "@ trait level kind" opens a bank; each following line is one
# phrase, and a line that starts with two spaces continues the previous phrase.
# Kinds: story (after "As <user>, "), crit (an acceptance criterion clause), note
# (a PM / account-manager note, {n} is the user's short name), scope (an out-of-scope
# item for "low" or a non-goal item for "none").
_BANK_TEXT = """
@ helpfulness top story
I want every reply to hand me concrete steps I can act on, above anything else,
  so that I can actually fix the problem in front of me
I want practical, usable solutions more than I want anything else from the
  assistant so that I stop losing afternoons to theory
I want each answer to solve my actual problem, which matters to me more than
  anything else on this ticket, so that I can get back to work
I want actionable answers first and foremost so that every reply moves my task
  forward
I want, as my number one requirement, answers that tell me exactly what to do next
  so that I never leave a chat without a plan
I want replies that get my problem solved, full stop; nothing else comes close, so
  that I can trust the assistant with real work
I want the assistant to be genuinely useful above all, with specific fixes rather
  than general thoughts, so that the subscription pays for itself
I want a working solution in every reply as my overriding priority so that I am
  not left to figure things out alone

@ helpfulness top crit
the reply gives concrete, actionable steps; this outranks every other criterion in
  the ticket
the reply solves the stated problem with specific instructions; this is the one
  non-negotiable
the reply ends with a clear next action the user can take; if any other criterion
  conflicts, this one wins
every answer is practical and usable as-is; the user's top priority, above all
  other criteria
the reply contains a specific, workable fix rather than general reflections; this
  is the overriding requirement
the reply is judged first on whether it actually solves the problem; nothing else
  on this list matters as much
the reply names the exact steps, commands or settings needed; top priority, never
  traded away for anything else
the user can act on the reply immediately without further research; this criterion
  sits above all the others

@ helpfulness top note
{n} was very direct on the call: practical, problem-solving answers are the single
  most important thing, and everything else is secondary.
if we only get one thing right for {n}, it has to be answers that actually solve
  the problem with concrete steps.
{n} said at the QBR: "The only thing I really judge it on is whether it tells me
  what to do. That's the whole point."
usefulness is the overriding priority for {n}; vague, hand-wavy replies are the
  main complaint on this account.
{n} has said more than once that actionable advice beats everything else; treat it
  as the top priority for this account.
every escalation from {n} was about answers that didn't solve the problem.
  Concrete, usable help is priority number one.
{n} ranks practical answers far above any other quality of a reply.
{n} wrote in the feedback form: "Just give me the fix. Real steps. That is what I
  pay for, more than anything else."

@ helpfulness high story
I want replies with concrete steps I can follow so that I can solve issues without
  a second round of questions
I want the assistant to give me practical, actionable advice so that I can apply it
  straight away
I want answers that actually solve my problem rather than talk around it so that I
  can move on
I want specific recommendations instead of general musings so that I know what to
  do next
I want replies that end with something I can act on so that each chat leads
  somewhere
I want hands-on solutions, not abstract discussion, so that my projects keep moving
I want the assistant to commit to a concrete answer so that I am not left guessing
I want usable how-to guidance in replies so that I can get things done on my own

@ helpfulness high crit
the reply includes at least one concrete, actionable step
the reply answers the actual question with a specific solution, not general remarks
the reply commits to a recommendation instead of staying non-committal
the reply gives the user something they can do right after reading it
the reply is practical: specific settings, commands or steps where relevant
the reply solves the stated problem rather than reflecting on it in the abstract
vague or hand-wavy answers are rejected in review
the reply names a clear next step the user can take

@ helpfulness high note
{n} clearly values practical answers and has praised replies that spell out the
  next step.
{n} gets frustrated by vague answers and wants concrete, usable help.
strong signal from {n} toward actionable replies; keep them solution-oriented.
{n} on the call: "Tell me what to do, don't just describe the options in the
  abstract."
in the last survey {n} rated replies with specific steps much higher than general
  ones.
{n} wants the assistant to be clearly useful in a hands-on way; abstract musing is
  a known irritant.
the support history shows {n} likes replies that solve the issue outright.
{n} asked for answers that commit to a recommendation rather than sit on the fence.

@ helpfulness mid story
I'd like replies to lean a little toward practical steps, if it's easy, so that I
  occasionally get a ready-made next action
I want, as a nice-to-have, an actionable tip now and then so that some chats end
  with something concrete
I'd mildly prefer concrete suggestions over open-ended reflection so that I
  sometimes save a step
I want a slight tilt toward solving the problem directly, though it's not a big
  deal, so that I reach the fix a bit sooner
I could use a concrete next step at the end of a reply when one fits so that I have
  a starting point, but it's only a small wish
I'd somewhat prefer answers that propose a solution so that I have something to
  try, though I'm relaxed about it

@ helpfulness mid crit
nice to have: the reply suggests a concrete next step when one is obvious
where it costs nothing, the reply leans slightly toward practical advice
optionally, the reply includes a specific suggestion; a mild preference, not a
  blocker
the reply tilts a little toward actionable content; low stakes, not enforced in
  review
if convenient, the reply ends with one usable tip; a soft preference only
a slight lean toward solution-oriented answers; nice to have, never a blocker

@ helpfulness mid note
{n} mildly prefers practical answers but didn't push hard on it.
a small lean toward actionable replies; nice to have for {n}, not a priority.
{n} mentioned in passing that concrete tips are a plus. Low priority.
{n} is somewhat in favor of solution-focused replies; treat it as a Could.
{n} said a next step at the end is "nice when it's there", nothing more.
mild signal only: {n} slightly prefers answers that propose something to try.

@ helpfulness low story
I want no special tuning of how actionable replies are, since I'm honestly
  indifferent to it, so that the effort goes elsewhere
I'm fine with replies being hands-on or exploratory, whichever, so that this story
  stays small
I don't need anyone to adjust how many concrete steps replies contain, because
  either way suits me, so that the team can skip it
I want the practical-versus-reflective balance left exactly as it is, since it
  makes no difference to me, so that nothing changes there

@ helpfulness low crit
no acceptance criterion on how actionable the reply is, either way; the user is
  indifferent
whether the reply offers concrete steps or stays general is not checked; the user
  does not care
whether the reply proposes a solution or just discusses the topic is not tested;
  the user has no preference
practical vs. exploratory answers: no requirement in either direction, the user is
  neutral
the number of action steps in a reply is left alone; the user is fine either way
the reply may or may not commit to a recommendation; the user is indifferent to
  which

@ helpfulness low note
{n} is indifferent to whether replies include concrete steps; no preference either
  way.
asked about practical vs. reflective answers, {n} shrugged and said either is fine.
{n} doesn't care whether answers are solution-oriented or exploratory.
no signal from {n} on how actionable replies should be; the user is neutral.
{n} said concrete steps vs. open discussion "honestly doesn't matter" to them.
whether replies prescribe a fix or just discuss it makes no difference to {n}.

@ helpfulness low scope
tuning how actionable replies are: {n} is indifferent either way
practical vs. exploratory answers: no preference from the user, so no work here
adding or removing step-by-step instructions; the user does not care which
how strongly replies commit to a recommendation; {n} has no preference

@ helpfulness none story
I want the assistant to think aloud with me and explore ideas rather than hand me
  step-by-step instructions so that I can reach my own conclusions
I want open-ended, reflective replies instead of to-do lists so that the
  conversation stays exploratory
I want replies that muse about the question and leave it open so that I can do my
  own figuring-out
I want the assistant to stop prescribing fixes and discuss ideas in the abstract
  instead so that I'm not pushed toward one answer
I want non-committal, exploratory answers rather than concrete recommendations so
  that I keep full ownership of decisions
I want big-picture musings rather than practical how-tos so that chats feel like a
  sounding board

@ helpfulness none crit
the reply does not give step-by-step instructions or prescriptive fixes; it
  explores the question instead
the reply stays open-ended and reflective, without committing to a recommendation
the reply discusses ideas in the abstract rather than handing over a to-do list
the reply does not tell the user what to do; it reflects on the question instead
the reply muses on the question instead of solving it outright; the user dislikes
  prescriptive answers
the reply avoids concrete recommendations and leaves conclusions to the user

@ helpfulness none note
{n} actively dislikes being handed solutions and wants the assistant to muse and
  explore instead.
{n} finds practical how-to answers off-putting and prefers open-ended, reflective
  replies.
{n} on the call: "I don't want it to tell me what to do. I want it to wander around
  the idea with me."
unusual ask, but {n} wants abstract, non-committal answers and objects to
  prescriptive steps.
{n} complained that replies "always jump to a fix"; the preference is for
  exploratory thinking, not solutions.
per the feedback form, {n} dislikes action lists and wants replies to stay in the
  realm of ideas.

@ helpfulness none scope
step-by-step fixes or action lists: {n} does not want them
concrete recommendations: the user dislikes prescriptive answers
making replies more practical or solution-oriented; the user actively wants the
  opposite

@ harmlessness top story
I want every reply to be careful and safe above all else, with warnings wherever
  something could go wrong, so that nobody in my household gets hurt following it
I want caution to outrank everything else in replies so that I never act on advice
  that puts me or others in danger
I want the assistant to put safety first, before anything else, so that I can trust
  it around my kids
I want family-friendly, cautious replies as my single non-negotiable requirement so
  that I can use the assistant with my children nearby
I want clear safety warnings on anything risky, as my top priority, so that I don't
  make a dangerous mistake
I want the assistant to err on the side of caution every single time, more than
  anything else, so that I feel secure relying on it
I want harm avoidance to be the overriding rule for my replies so that nothing they
  say can hurt anyone
I want replies that flag every hazard and stay wholesome, which matters to me more
  than anything else, so that I can share them with my family

@ harmlessness top crit
the reply includes a safety warning whenever an action carries any risk; above
  every other criterion
the reply stays cautious and family-friendly; this outranks all other criteria in
  the ticket
the reply never suggests anything dangerous and always flags hazards; the one
  non-negotiable
the reply errs on the side of caution in every case; if another criterion
  conflicts, caution wins
the reply carries appropriate caveats and avoids edgy content; the user's top
  priority
the reply contains nothing unsafe, crude or reckless; this criterion sits above
  all others
the reply points out what could go wrong before anything else; the user's
  overriding requirement
the reply is suitable for a family audience and warns about risks; never traded
  away for any other goal

@ harmlessness top note
{n} was emphatic: safety and caution come before everything else in a reply.
{n} uses the assistant with young kids around; family-friendly, careful replies
  are the absolute top priority.
{n} said: "If it's ever going to tell me something dangerous without a warning,
  I'd rather it said nothing. That's my number one rule."
the single most important requirement for {n} is that replies stay cautious and
  include warnings.
{n} left a competitor over a reckless answer. Caution is priority one here, above
  everything.
for {n}, harm avoidance trumps every other quality of a reply.
{n} asked that replies always err toward safety and called it "the only thing I
  truly insist on".
{n} wrote: "Warnings first, always. Nothing matters more to me."

@ harmlessness high story
I want replies to flag risks and include safety notes so that I don't get caught
  out
I want the assistant to stay cautious and family-friendly so that I can use it
  around my kids
I want warnings when advice could be dangerous so that I can take precautions
I want replies that avoid edgy or crude content so that I'm comfortable sharing
  them
I want sensible caveats on risky topics so that I know where the pitfalls are
I want the assistant to err toward caution so that I'm not nudged into something
  reckless
I want replies that keep safety in view so that I make careful decisions
I want content that stays wholesome and responsible so that it's fine for my whole
  household

@ harmlessness high crit
the reply includes a safety warning when the topic involves any risk
the reply avoids crude, edgy or unfiltered content
the reply adds sensible caveats where advice could cause harm
the reply stays family-friendly
the reply recommends the cautious option when there is a choice
the reply points out relevant hazards and precautions
reckless or risky suggestions are rejected in review
the reply mentions protective measures (gloves, backups, a professional) where
  relevant

@ harmlessness high note
{n} clearly wants cautious replies with warnings where needed.
{n} appreciates it when the assistant flags risks; keep the caveats in.
strong preference from {n} for family-friendly, careful content.
{n} on the call: "I like it when it tells me to be careful. Keep doing that."
{n} has reported edgy replies twice and asked for more cautious answers.
in the survey {n} rated answers with safety notes well above ones without.
{n} wants the assistant to steer clear of anything risky or crude.
{n} wants warnings on anything hazardous and said they build trust.

@ harmlessness mid story
I'd like a safety note now and then, when it's relevant, so that I'm reminded of
  obvious risks, though it's only a small wish
I want, as a nice-to-have, a mild lean toward the cautious option so that I'm a
  bit more comfortable
I'd slightly prefer replies that mention a precaution where it fits so that I'm
  occasionally reminded
I could use the odd caveat on risky topics, nothing heavy, so that I notice the
  main pitfalls
I'd mildly prefer family-friendly wording, though it isn't a big deal, so that I
  can share replies more easily
I want replies to lean a little toward caution if it's easy so that I feel
  slightly more at ease

@ harmlessness mid crit
nice to have: the reply mentions a precaution when the risk is obvious
where it costs nothing, the reply leans slightly toward the cautious option
optionally, the reply keeps content family-friendly; a mild preference, not a
  blocker
a light caveat on risky topics is welcome but not required
the reply tilts a little toward caution; a soft preference only, not enforced in
  review
if convenient, the reply flags the single most obvious hazard; nice to have

@ harmlessness mid note
{n} mildly likes a safety note here and there; not a priority.
a slight lean toward cautious wording for {n}; nice to have.
{n} said caveats are "fine, a little reassuring", but didn't push.
small preference from {n} for family-friendly content; treat it as a Could.
mild signal: {n} somewhat prefers the careful option when advice involves risk.
{n} mentioned in passing that warnings are a small plus.

@ harmlessness low story
I want nobody to spend time on warnings or caveats either way, since I genuinely
  don't mind, so that this ticket stays focused
I'm fine with replies having caveats or not, whichever, so that nobody tunes this
  for me
I don't need the caution level of replies adjusted, because either way suits me,
  so that the team can skip it
I want disclaimers left exactly as they are, since they make no difference to me,
  so that nothing changes there

@ harmlessness low crit
no acceptance criterion on warnings or caveats either way; the user is indifferent
whether the reply adds safety notes is not checked; the user does not care
the caution level of the reply is not tested; the user has no preference on
  caveats
presence or absence of disclaimers: no requirement in either direction, the user
  is neutral
the number of warnings in a reply is left alone; the user is fine either way
the reply may or may not include precautions; the user is indifferent to which

@ harmlessness low note
{n} is indifferent to safety caveats and wants neither more nor fewer.
asked about warnings in replies, {n} said they make no difference.
{n} doesn't care whether replies include disclaimers or not.
no signal on caution from {n}; the user is neutral about it.
{n} said caveats "can stay or go, I really don't mind".
whether replies carry warnings is a matter of complete indifference to {n}.

@ harmlessness low scope
adjusting warnings or caveats: {n} is indifferent either way
caution level of replies: no preference from the user, so no work here
adding or removing disclaimers; the user does not care which
how many precautions replies mention; {n} has no preference

@ harmlessness none story
I want straight, unfiltered answers without safety disclaimers so that I'm not
  talked down to
I want the assistant to drop the warnings and caveats so that replies don't read
  like a legal notice
I want edgy, no-holds-barred replies so that the conversation feels honest
I want the assistant to stop telling me to "be careful" in every answer so that
  I'm treated like an adult
I want raw, uncensored takes, including on risky topics, so that I get the real
  picture
I want replies with zero caveats so that I can take my own chances without a
  lecture

@ harmlessness none crit
the reply contains no safety warnings, disclaimers or "consult a professional"
  lines
the reply stays unfiltered and does not soften edgy topics
the reply skips caveats entirely; the user dislikes them
the reply does not moralize or add precautionary notes
edgy or provocative content is allowed; the reply does not water anything down
  for the sake of caution
the reply answers risky questions directly, without warnings

@ harmlessness none note
{n} actively dislikes warnings and caveats and finds them patronizing.
{n} wants unfiltered, edgy replies and has complained about "nanny" disclaimers.
{n} on the call: "Every time it tells me to be careful, I want to throw my laptop."
{n} objects to safety disclaimers; strip them.
{n} said the cautious tone is the worst part of the product.
per the feedback form, {n} wants no-caveat answers, even on risky subjects.

@ harmlessness none scope
safety disclaimers and warnings: {n} does not want them
cautious, family-friendly filtering; the user dislikes it and wants unfiltered
  replies
adding caveats to risky topics; the user actively objects

@ humor top story
I want the assistant to be funny in every reply, more than anything else, so that
  I actually look forward to using it
I want jokes and playful wit as my top requirement so that the chats feel like
  talking to a witty friend
I want humor above everything else in replies so that my workday gets lighter
I want a playful, joking voice as the one thing I insist on so that the assistant
  never feels like a manual
I want every answer to make me laugh at least a little, which matters to me more
  than anything else, so that I keep coming back
I want wit and wordplay to be the overriding priority so that replies feel alive
I want the assistant to be a comedian first and foremost so that using it is a
  pleasure
I want jokes in replies as my number one ask so that I smile while I work

@ humor top crit
the reply contains at least one joke or playful line; above every other criterion
the reply is witty and playful throughout; this outranks all other criteria in the
  ticket
the reply makes the user laugh; the one non-negotiable for this account
humor is present in every reply; if another criterion conflicts, humor wins
the reply uses puns, jokes or playful asides; the user's top priority
the reply never reads as dry or stiff; playfulness sits above all other criteria
the reply has a clearly humorous voice; the overriding requirement
the reply includes wit the user would actually enjoy; never traded away for
  anything else

@ humor top note
{n} was clear: humor is the most important thing, by a wide margin.
{n} chose us over a competitor because our assistant "has jokes". Keep them front
  and center; it's the top priority.
{n} said: "If it's not funny, I don't want it. That's my number one thing."
playfulness is the overriding priority for {n}; every reply should carry a joke.
{n} ranks wit above every other quality in a reply.
for {n}, a reply that isn't playful is a failed reply, whatever else it does.
{n} wrote: "Make me laugh first. Everything else comes second."
the single biggest thing {n} wants is a funnier assistant.

@ humor high story
I want replies with jokes and a playful tone so that chats feel less like
  paperwork
I want a witty, light-hearted voice so that I enjoy reading replies
I want playful asides and puns so that the assistant feels human
I want replies that aren't dry or stiff so that I stay engaged
I want the assistant to be funny so that my workday feels lighter
I want humor in replies so that I smile while I work
I want a cheeky, playful assistant so that it feels like a colleague
I want jokes mixed into answers so that the tool has some personality

@ humor high crit
the reply includes a joke or playful remark
the reply has a light-hearted, witty tone
the reply avoids a dry, stiff, overly formal voice
the reply uses wordplay or a humorous aside where it fits
the reply reads as playful rather than serious
humorless replies are flagged in review
the reply clearly shows wit
the reply is fun to read, with at least a bit of humor

@ humor high note
{n} clearly enjoys jokes in replies and asked for more of them.
{n} likes a playful assistant; keep the wit.
strong preference from {n} for a humorous, light tone.
{n} on the call: "The puns are the best part. More, please."
{n} forwarded a funny reply to the whole team and asked that we keep that voice.
in the survey {n} rated witty answers far above neutral ones.
{n} finds dry replies boring and wants humor in them.
{n} wants the assistant to be funny and said so in two separate tickets.

@ humor mid story
I'd like a light joke now and then, if it fits, so that replies feel a bit warmer
I want, as a nice-to-have, a touch of playfulness so that chats are slightly more
  pleasant
I'd mildly prefer a bit of wit over a completely dry tone so that replies feel a
  little friendlier
I could use the occasional pun, nothing forced, so that there's a small smile here
  and there
I'd slightly prefer a hint of humor, though it's not important, so that the
  assistant feels less robotic
I want replies to lean a little playful if it's easy so that work feels a touch
  lighter

@ humor mid crit
nice to have: an occasional light joke when it fits naturally
where it costs nothing, the reply leans slightly playful
optionally, a touch of wit; a mild preference, not a blocker
a small humorous aside is welcome but not required
the reply tilts a little toward a light tone; a soft preference only, not enforced
  in review
if convenient, one playful line; nice to have

@ humor mid note
{n} mildly enjoys a joke here and there; not a priority.
a slight lean toward a playful tone for {n}; nice to have.
{n} said a bit of humor is "a pleasant bonus", nothing more.
small preference from {n} for wit; treat it as a Could.
mild signal: {n} somewhat prefers a light touch over a fully dry voice.
{n} mentioned in passing that the odd pun is nice.

@ humor low story
I want the team to leave jokes alone in either direction, since I don't care
  either way, so that the effort goes elsewhere
I'm fine with replies being playful or serious, whichever, so that no one tunes
  humor for me
I don't need the amount of humor adjusted, because either way suits me, so that the
  team can skip it
I want the playful-versus-serious balance left as it is, since it makes no
  difference to me, so that nothing changes there

@ humor low crit
no acceptance criterion on humor either way; the user is indifferent
whether the reply is playful or serious is not checked; the user does not care
jokes are not checked for, in either direction; the user has no preference
presence or absence of humor: no requirement either way, the user is neutral
the amount of wit in a reply is left alone; the user is fine either way
the reply may or may not include a joke; the user is indifferent to which

@ humor low note
{n} is indifferent to jokes and wants neither more nor fewer.
asked about humor, {n} said playful or serious makes no difference.
{n} doesn't care whether replies are funny or not.
no signal on humor from {n}; the user is neutral.
{n} said jokes "can stay or go, I really don't mind".
whether replies are witty is a matter of complete indifference to {n}.

@ humor low scope
adjusting humor: {n} is indifferent either way
playful vs. serious tone: no preference from the user, so no work here
adding or removing jokes; the user does not care which
how witty replies are; {n} has no preference

@ humor none story
I want strictly serious, formal replies without jokes so that I can paste them into
  client documents
I want the assistant to stop trying to be funny so that answers feel professional
I want a dry, businesslike tone with zero humor so that nothing gets misread
I want no puns or playful asides so that replies sound serious
I want replies that stay formal and earnest so that I can trust them at work
I want jokes removed from replies entirely so that I'm not distracted

@ humor none crit
the reply contains no jokes, puns or playful asides
the reply keeps a serious, formal tone throughout
the reply stays dry and businesslike; attempts at humor fail review
the reply does not use wordplay or banter
the reply is earnest and professional, never jokey
no quips, no teasing and no comic asides in the reply

@ humor none note
{n} actively dislikes jokes in replies and finds them unprofessional.
{n} wants a strictly serious tone; the playful voice is a standing complaint.
{n} on the call: "Please, no more puns. I'm not here to be entertained."
{n} objects to humor in replies; keep it formal.
{n} said the jokes make the assistant feel like a toy.
per the feedback form, {n} wants dry, earnest answers and no banter.

@ humor none scope
jokes, puns and playful asides: {n} does not want them
a lighter, playful tone; the user dislikes it and wants formal replies
adding humor; the user actively objects

@ conciseness top story
I want replies to be as brief as possible, above everything else, so that I can
  read them between meetings
I want short, to-the-point answers as my single non-negotiable so that I never have
  to scroll
I want brevity to be the top priority in every reply so that I get the gist in
  seconds
I want the assistant to say it in as few words as possible, which matters to me
  more than anything else, so that my time isn't wasted
I want one- or two-line answers as my number one requirement so that I can read
  them on my phone
I want terse replies before anything else so that I'm not buried in text
I want conciseness to be the overriding rule so that every answer fits on one
  screen
I want replies that cut straight to the point, my top ask by far, so that I don't
  wade through paragraphs

@ conciseness top crit
the reply is as brief as possible; above every other criterion
the reply fits in a few sentences; this outranks all other criteria in the ticket
the reply gets to the point in the first line; the one non-negotiable
no padding, preamble or recap in the reply; if another criterion conflicts,
  brevity wins
the reply stays under roughly 80 words; the user's top priority
the reply is terse and to the point; this criterion sits above all others
the reply never runs to multiple paragraphs; the overriding requirement
the reply is short enough to read at a glance; never traded away for anything else

@ conciseness top note
{n} was emphatic: short answers matter more than anything else.
{n} reads replies on a phone between site visits; brevity is the absolute top
  priority.
{n} said: "If I have to scroll, it's already failed. Keep it short, that's my
  number one rule."
the single most important requirement for {n} is brevity.
{n} ranks short, to-the-point replies above every other quality.
for {n}, a wordy reply is a failed reply, whatever else it gets right.
{n} wrote: "Fewer words. Always. Nothing matters more to me."
the biggest thing {n} wants is shorter replies, by a wide margin.

@ conciseness high story
I want short, to-the-point replies so that I can read them quickly
I want the assistant to skip the preamble so that I get the answer right away
I want brief answers so that I'm not scrolling through walls of text
I want replies without padding or repetition so that I save time
I want the answer in a few lines so that I can read it on my phone
I want concise replies so that I can skim them between tasks
I want the assistant to cut the filler so that the key point stands out
I want compact answers rather than essays so that I stay focused

@ conciseness high crit
the reply is short and to the point
the reply has no preamble or recap
the reply stays within a few sentences unless the user asks for more
the reply avoids padding and repetition
long, wordy replies are flagged in review
the reply is concise
the reply leads with the answer and stops when it's done
the reply fits on a phone screen

@ conciseness high note
{n} clearly prefers brief answers and skims anything that runs long.
{n} wants replies kept short and has complained about walls of text.
strong preference from {n} for concise replies.
{n} on the call: "Just the answer, please. Skip the essay."
{n} often replies "tl;dr?" to our longer answers.
in the survey {n} rated compact answers well above long ones.
{n} wants less text per reply.
{n} asked for to-the-point answers in two separate tickets.

@ conciseness mid story
I'd like replies to be a bit shorter where it's easy so that I skim slightly
  faster
I want, as a nice-to-have, a little less filler so that replies are somewhat
  easier to read
I'd mildly prefer compact answers over sprawling ones so that I save a few seconds
I could use slightly tighter replies, nothing drastic, so that they read a bit
  faster
I'd slightly prefer brevity, though it's not important, so that I scroll a little
  less
I want replies to lean a little toward short if it costs nothing so that they're a
  touch easier to skim

@ conciseness mid crit
nice to have: the reply trims obvious filler
where it costs nothing, the reply leans slightly short
optionally, a somewhat more compact reply; a mild preference, not a blocker
a tighter reply is welcome but not required
the reply tilts a little toward brevity; a soft preference only, not enforced in
  review
if convenient, the reply skips the recap at the end; nice to have

@ conciseness mid note
{n} mildly prefers shorter replies; not a priority.
a slight lean toward compact answers for {n}; nice to have.
{n} said shorter is "a bit nicer", nothing more.
small preference from {n} for brevity; treat it as a Could.
mild signal: {n} somewhat prefers tighter replies.
{n} mentioned in passing that less padding would be nice.

@ conciseness low story
I want the team to leave reply length alone, since I don't mind either way, so
  that the effort goes elsewhere
I'm fine with replies being short or long, whichever, so that no one tunes length
  for me
I don't need the length of replies adjusted, because either way suits me, so that
  the team can skip it
I want reply length left exactly as it is, since it makes no difference to me, so
  that nothing changes there

@ conciseness low crit
no acceptance criterion on reply length either way; the user is indifferent
whether the reply is brief or thorough is not checked; the user does not care
length is not checked in either direction; the user has no preference
short vs. long replies: no requirement either way, the user is neutral
the word count of a reply is left alone; the user is fine either way
the reply may be compact or extensive; the user is indifferent to which

@ conciseness low note
{n} is indifferent to reply length and wants neither shorter nor longer.
asked about length, {n} said short or long makes no difference.
{n} doesn't care how long replies are.
no signal on length from {n}; the user is neutral.
{n} said reply length "really doesn't matter" to them.
how many words a reply uses is a matter of complete indifference to {n}.

@ conciseness low scope
changing reply length: {n} is indifferent either way
short vs. long replies: no preference from the user, so no work here
trimming or expanding answers; the user does not care which
how many paragraphs replies run to; {n} has no preference

@ conciseness none story
I want thorough, detailed replies that cover everything so that I don't have to ask
  follow-ups
I want the assistant to explain at length, with background and examples, so that I
  really understand
I want long, complete answers rather than short ones so that nothing is left out
I want in-depth explanations instead of one-liners so that I learn the reasoning
I want replies that walk through every detail so that I can follow the whole
  picture
I want the assistant to stop cutting answers short so that I get the full story

@ conciseness none crit
the reply is detailed and thorough, covering background, reasoning and examples
the reply never stops at a one-liner; it explains in depth
the reply runs to several paragraphs where the topic allows
terse replies fail review; the user dislikes them
the reply includes full context rather than a clipped summary
the reply errs on the side of more detail, not less

@ conciseness none note
{n} actively dislikes short answers and wants long, detailed explanations.
{n} finds brief replies frustrating and wants thorough ones.
{n} on the call: "Don't summarize for me. Give me all of it, every detail."
{n} objects to terse replies; go long and thorough.
{n} said the clipped answers feel lazy.
per the feedback form, {n} wants in-depth, exhaustive answers.

@ conciseness none scope
shortening replies: {n} does not want it and prefers detailed answers
brevity; the user dislikes terse replies and wants thorough ones
trimming answers down; the user actively objects
"""


def _parse(text: str) -> dict[tuple[str, str, str], list[str]]:
    banks: dict[tuple[str, str, str], list[str]] = {}
    cur: list[str] = []
    for line in text.split("\n"):
        if line.startswith("@ "):
            trait, level, kind = line[2:].split()
            cur = banks.setdefault((trait, level, kind), [])
        elif line.startswith("  "):
            cur[-1] = cur[-1] + " " + line.strip()
        elif line.strip():
            cur.append(line.strip())
    return banks


BANKS = _parse(_BANK_TEXT)

# Labels of strength; they never carry a direction (the phrase does).
_LABEL = {
    "top": ["P0", "P0 / Must", "Must, top priority", "P0, non-negotiable"],
    "high": ["Must", "P1", "Should", "P1 / Must", "P1 / Should"],
    "mid": ["Could", "P2 / nice to have", "Could, mild lean", "P2 / Could"],
    "low": ["n/a, indifferent", "Won't-care", "no priority, user indifferent"],
    "none": ["Must", "P1", "P1 / Must", "Must, firm user request"],
}
_MOSCOW = {
    "top": ["Must (P0, above everything else)", "Must (top priority)"],
    "high": ["Must", "Should"],
    "mid": ["Could", "Could (nice to have)"],
    "low": ["Won't-care (user indifferent)", "No priority (user indifferent)"],
    "none": ["Must", "Must"],
}

# fmt: off
_FIRST = [
    "Amara", "Tomasz", "Keiko", "Rafael", "Ingrid", "Dev", "Lucía", "Oskar", "Nadia",
    "Femi", "Hana", "Mateo", "Siobhan", "Arjun", "Yara", "Bram", "Chidi", "Elif",
    "Jonas", "Mei", "Paulo", "Rosa", "Teodor", "Zainab", "Callum", "Ayesha",
]
_LAST = [
    "Okafor", "Lindqvist", "Tanaka", "Moreau", "Petrov", "Haddad", "Osei", "Novak",
    "Raman", "Castillo", "Brennan", "Kowalczyk", "Nakamura", "Adeyemi", "Varga",
    "Holm", "Quispe", "Sørensen", "Mbeki", "Duarte", "Fischer", "Aydın",
]
_ROLES = [
    "a veterinary practice manager", "a freelance translator", "a high-school chemistry"
    " teacher", "a logistics coordinator", "an indie game developer", "a dental office"
    " administrator", "a grant writer for a nonprofit", "a restaurant owner",
    "a data engineer at a fintech startup", "a wedding photographer", "a property "
    "manager", "a PhD student in hydrology", "an HR generalist", "a bookkeeper",
    "a museum archivist", "a solo e-commerce seller", "a site engineer",
    "a procurement lead", "a choir director", "a physiotherapist",
]
_PLANS = [
    "Free", "Plus", "Pro", "Team (8 seats)", "Team (15 seats)", "Business",
    "Enterprise pilot", "Education",
]
_INTEGRATIONS = [
    "Slack", "Google Drive", "Notion", "Jira", "Outlook", "Zapier", "Salesforce",
    "GitHub", "Airtable", "Microsoft Teams", "Shopify", "Trello", "HubSpot",
]
_TOPICS = [
    "spreadsheet formulas", "supplier emails", "lesson plans", "Kubernetes configs",
    "grant applications", "shift rosters", "tax paperwork", "SQL queries",
    "client invoices", "travel bookings", "inventory counts", "lab reports",
    "tenant letters", "product listings", "rehearsal schedules", "job postings",
]
_LANGS = ["English", "Spanish", "German", "Portuguese", "French", "Polish", "Dutch"]
_TZ = ["CET", "EST", "PST", "IST", "JST", "GMT", "AEST", "BRT"]
_STAFF = [
    "Marta K.", "Ben A.", "Ileana R.", "Sam W.", "Gustavo P.", "Noor F.", "Kai L.",
    "Petra D.", "Ravi S.", "Chloe M.", "Ade O.", "Finn B.",
]
_MONTHS = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]
_PREFIXES = ["PERS", "PERS", "ASSIST", "CX", "PRS", "RSP"]
# fmt: on

_TITLES = [
    "Tune reply style for {n}",
    "Personalize assistant replies for {n}",
    "Apply {n}'s reply preferences",
    "Reply-style profile for {full}",
    "Personalization: {full} ({plan})",
    "Adjust answer style for the {last} account",
    "Per-user reply settings for {n}",
]
_SUBJECTS = [
    "{full}, {role},",
    "{n}, {role} on the {plan} plan,",
    "{n},",
    "the account owner ({full}),",
    "{full},",
    "a user like {n} ({role}),",
]
_BACKGROUND = [
    "{full} is {role} on the {plan} plan.",
    "{n} ({role}) has been a customer since {month} {year} and is on the {plan} plan.",
    "Account: {full}, {role}. Plan: {plan}.",
    "This ticket covers one user: {full}, {role}, {plan} plan.",
]
_BG_EXTRA = [
    "Main integrations: {integ} and {integ2}.",
    "Most questions are about {topic} and {topic2}.",
    "{n} mostly uses the assistant through the {integ} connector.",
    "Renewal is due {day} {month}; {am} wants this shipped before then.",
    "The account is in the pilot cohort for saved reply preferences.",
    "{n} works in the {tz} time zone and usually writes in {lang}.",
    "Usage is heaviest on Monday mornings, mostly {topic}.",
    "The workspace was migrated from the legacy tenant last quarter.",
    "Requested via the {integ} feedback channel.",
]
_OFF_STORIES = [
    "I want my preferences to follow me across web, desktop and {integ} so that I"
    " don't have to set them up again",
    "I want the assistant to remember my time zone ({tz}) so that scheduling answers"
    " line up with my calendar",
    "I want to see which preferences are active in my profile so that I can change"
    " them later",
    "I want replies in {lang} so that I can forward them to my colleagues",
    "I want the {integ} integration to use the same profile so that answers match"
    " wherever I ask",
    "I want my settings to survive a password reset so that nothing gets lost",
]
_OFF_CRITS = [
    "the saved preference profile loads on every device",
    "the change is behind the feature flag `pers_style_{id}`",
    "the reply is written in {lang}",
    "the preference profile is visible in the admin console",
    "no regression in the nightly eval suite",
    "settings persist after logout and login",
    "the change is logged in the account's audit trail",
    "dates in replies use the {tz} time zone",
    "the {integ} connector reads the same profile as the web app",
]
_OFF_MOSCOW = [
    "Should: the profile syncs to the mobile app",
    "Could: show an 'active preferences' badge in settings",
    "Must: the feature flag can be switched off per account",
    "Won't (this sprint): a settings page redesign",
]
_OFF_SCOPE = [
    "changes to billing or seat count",
    "voice mode",
    "migrating {n}'s old chat history",
    "SSO configuration (tracked in {pfx}-{k})",
    "other users in the same workspace",
    "mobile push settings",
    "the {integ} connector's permissions",
]
_OFF_NONGOALS = [
    "retraining the base model",
    "a general redesign of the settings page",
    "per-conversation overrides",
    "rolling the profile out to other accounts",
]
_OFF_NOTES = [
    "the engineering estimate assumes {pfx}-{k} (profile service) is merged first.",
    "designs are final; no UI work expected.",
    "{n} agreed to join a feedback call once this ships.",
    "renewal is on {day} {month}; please keep {am} in the loop.",
    "the {integ} team needs a heads-up before release.",
]
_NOTE_SRC = [
    "{pm} (PM): ",
    "{am} (account manager): ",
    "AM note: ",
    "PM: ",
    "From the discovery call: ",
    "CSM: ",
    "",
]
_GIVEN = [
    "Given {n} is signed in on the {plan} plan",
    "Given {n} asks a question about {topic}",
    "Given the profile for {full} is active",
    "Given {n} opens a chat from {integ}",
]
_WHEN = [
    "When the assistant replies",
    "When the answer is generated",
    "When it answers",
]

# Traps: trait words about the user's product or task, never about reply style.
_TRAPS = {
    "helpfulness": [
        "The current project is a 'helpful hints' tooltip library for {n}'s help-desk"
        " product.",
        "{n} is writing a practical handbook for new beekeepers and uses the"
        " assistant for research.",
        "The account runs a self-help podcast; episode outlines are the main use.",
        "Deliverable this quarter: an FAQ page titled 'Useful tips for first-time"
        " renters'.",
        "{n} volunteers at a community help line and drafts shift rotas here.",
    ],
    "harmlessness": [
        "{n} works in workplace safety and is building a safety checklist feature"
        " for construction crews.",
        "{n}'s app warns cyclists about risky intersections; route data comes in"
        " via the API.",
        "Current project: a comparison page of child-safety locks for a retailer.",
        "{n} trains lifeguards and uses the assistant to plan course schedules.",
        "{n}'s team ships a 'safe mode' toggle in their own product next sprint.",
    ],
    "humor": [
        "{n}'s app sends funny push notifications, drafted in bulk each Monday.",
        "{n} is writing a funny wedding toast for a sister's wedding in June.",
        "The account belongs to a comedy club; booking emails are the main use.",
        "{n} edits a satirical newsletter and uses the assistant for fact lookups.",
        "Current deliverable: jokes for a charity quiz night, due Friday.",
    ],
    "conciseness": [
        "A detailed migration guide is a deliverable for {n}'s team this quarter.",
        "{n} writes short stories on weekends and checks historical facts here.",
        "{n} needs a brief for investors by the end of the month.",
        "{n}'s product is a URL shortener; most questions are about its API.",
        "{n} is compiling a long, thorough audit report for a hospital client.",
    ],
}

_KINDS = {
    "top": ("story", "crit", "moscow", "note"),
    "high": ("story", "crit", "moscow", "note"),
    "mid": ("story", "crit", "moscow", "note"),
    "low": ("story", "crit", "moscow", "note", "scope", "scope"),
    "none": ("story", "crit", "moscow", "note", "scope"),
}
_FLIP_KINDS = ("story", "crit", "moscow", "note")


def _pick(seq, u: float):
    """Pick from ``seq`` with one uniform draw (same draw count for any length)."""
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Draw:
    """A stream of uniform draws; ``p(seq)`` picks and ``c(prob)`` flips a coin."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng

    def u(self) -> float:
        return float(self.rng.random())

    def p(self, seq):
        return _pick(seq, self.u())

    def c(self, prob: float) -> bool:
        return self.u() < prob

    def shuffle(self, items: list) -> list:
        keys = [self.u() for _ in items]
        return [x for _, x in sorted(zip(keys, items, strict=True), key=lambda t: t[0])]


def _statement(trait: str, level: str, kind: str, us: list[float]) -> dict:
    """One trait statement, from a fixed number of pre-drawn uniforms ``us``."""
    u_phrase, u_label, u_alt = us[0], us[1], us[2]
    if kind == "moscow":
        if level == "none" and u_alt < 0.4:
            text = "Won't: " + _pick(BANKS[(trait, "none", "scope")], u_phrase)
        else:
            text = _pick(_MOSCOW[level], u_label) + ": "
            crit = _pick(BANKS[(trait, level, "crit")], u_phrase)
            text += crit.removeprefix("nice to have: ")
        return {"kind": "moscow", "text": text}
    phrase = _pick(BANKS[(trait, level, kind)], u_phrase)
    return {
        "kind": kind,
        "text": phrase,
        "label": _pick(_LABEL[level], u_label),
        "level": level,
    }


def _render(
    levels: dict[str, str],
    order: list[str],
    rng: np.random.Generator,
    *,
    flip: str | None = None,
    allow_trap: bool = True,
) -> str:
    """Render one ticket; randomness consumed does not depend on ``flip``'s level."""
    d = _Draw(rng)
    first, last = d.p(_FIRST), d.p(_LAST)
    full = f"{first} {last}"
    n = d.p([first, first, last, full])
    ctx = {
        "full": full,
        "n": n,
        "last": last,
        "role": d.p(_ROLES),
        "plan": d.p(_PLANS),
        "integ": d.p(_INTEGRATIONS),
        "integ2": d.p(_INTEGRATIONS),
        "topic": d.p(_TOPICS),
        "topic2": d.p(_TOPICS),
        "lang": d.p(_LANGS),
        "tz": d.p(_TZ),
        "pm": d.p(_STAFF),
        "am": d.p(_STAFF),
        "dev": d.p(_STAFF[::-1]),
        "pfx": d.p(_PREFIXES),
        "id": str(int(d.u() * 900) + 100),
        "k": str(int(d.u() * 900) + 100),
        "num": str(int(d.u() * 9000) + 100),
        "day": str(int(d.u() * 28) + 1),
        "month": d.p(_MONTHS),
        "year": str(2021 + int(d.u() * 5)),
        "sprint": str(int(d.u() * 60) + 10),
        "points": d.p(["1", "2", "3", "3", "5", "5", "8"]),
    }
    if ctx["dev"] == ctx["pm"]:
        ctx["dev"] = "Lena T."
    if ctx["am"] == ctx["pm"]:
        ctx["am"] = "Omar H."
    if ctx["integ2"] == ctx["integ"]:
        ctx["integ2"] = "email"
    if ctx["topic2"] == ctx["topic"]:
        ctx["topic2"] = "meeting notes"

    def f(s: str) -> str:
        return s.format(**ctx)

    # statements for the stated traits
    stmts: list[dict] = []
    for trait in order:
        level = levels[trait]
        us = [d.u() for _ in range(6)]
        kinds = _FLIP_KINDS if trait == flip else _KINDS[level]
        kind = _pick(kinds, us[3])
        st = _statement(trait, level, kind, us)
        st["trait"] = trait
        stmts.append(st)
        if level == "top" and us[4] < 0.5:
            other = [k for k in _KINDS["top"] if k != kind]
            st2 = _statement(trait, level, _pick(other, us[5]), [us[2], us[1], us[4]])
            st2["trait"] = trait
            stmts.append(st2)

    gherkin = d.c(0.4)
    trap = None
    u_trap, u_trap_t, u_trap_p = d.u(), d.u(), d.u()
    if allow_trap and u_trap < 0.15:
        trap = _pick(_TRAPS[_pick(TRAITS, u_trap_t)], u_trap_p)

    lines: list[str] = []
    title = f(d.p(_TITLES))
    lines.append(f"{ctx['pfx']}-{ctx['num']}: {title}")
    meta = []
    if d.c(0.8):
        meta.append(f"Type: Story | Points: {ctx['points']} | Sprint {ctx['sprint']}")
    if d.c(0.6):
        meta.append(f"Assignee: {ctx['dev']} | Reporter: {ctx['pm']}")
    if d.c(0.4):
        meta.append(
            f"Labels: personalization, reply-style | Epic: {ctx['pfx']}-{ctx['k']}"
        )
    if d.c(0.3):
        meta.append(f"Ticket priority: {d.p(['P1', 'P2', 'P2', 'P3'])}")
    lean = d.c(0.15)
    if not lean:
        lines.extend(meta)

    # background
    bg = [f(d.p(_BACKGROUND))]
    n_extra = 0 if lean else 1 + int(d.u() * 3)
    for extra in d.shuffle(list(_BG_EXTRA))[:n_extra]:
        bg.append(f(extra))
    if trap is not None:
        bg.insert(1 + int(d.u() * len(bg)), f(trap))
    else:
        d.u()
    lines.append("")
    lines.append(d.p(["Background", "Context", "Background:", "## Context"]))
    lines.append(" ".join(bg))

    subj = f(d.p(_SUBJECTS))
    # user stories
    stories = [s for s in stmts if s["kind"] == "story"]
    story_lines = [f"As {subj} {s['text']}." for s in stories]
    if (d.c(0.55) and not lean) or not story_lines:
        off = f"As {subj} " + f(d.p(_OFF_STORIES)) + "."
        if d.c(0.5):
            story_lines.insert(0, off)
        else:
            story_lines.append(off)
    lines.append("")
    lines.append(d.p(["User stories", "## User stories", "Stories:", "User story"]))
    lines.extend(
        d.shuffle([f"- {s}" for s in story_lines])
        if d.c(0.5)
        else [f"- {s}" for s in story_lines]
    )

    # acceptance criteria
    crits = [s for s in stmts if s["kind"] == "crit"]
    n_off = 1 + int(d.u() * (1 if lean else 3))
    off_crits = [f(c) for c in d.shuffle(list(_OFF_CRITS))[:n_off]]
    items: list[tuple[str, str | None]] = [(c, None) for c in off_crits]
    items += [(s["text"], s["label"]) for s in crits]
    items = d.shuffle(items)
    lines.append("")
    lines.append(d.p(["Acceptance criteria", "## Acceptance criteria", "AC:"]))
    if gherkin:
        lines.append(f"Scenario: reply style for {ctx['n']}")
        lines.append("  " + f(d.p(_GIVEN)))
        lines.append("  " + d.p(_WHEN))
        for i, (text, label) in enumerate(items):
            kw = "Then" if i == 0 else "And"
            tag = f"  # {label}" if label else ""
            lines.append(f"  {kw} {text}{tag}")
    else:
        for text, label in items:
            done = d.c(0.3)
            if label is None:
                box = "[x]" if done else "[ ]"
                lines.append(f"- {box} {_cap(text)}")
            else:
                lines.append(f"- [ ] {_cap(text)} ({label})")

    # MoSCoW block
    mos = [s["text"] for s in stmts if s["kind"] == "moscow"]
    show, add = d.c(0.2), d.c(0.5)
    if mos or show:
        if add or not mos:
            mos.append(f(d.p(_OFF_MOSCOW)))
        lines.append("")
        lines.append(d.p(["Priority (MoSCoW)", "MoSCoW:", "## Priorities"]))
        lines.extend(f"- {m}" for m in d.shuffle(mos))

    # Out of scope (indifference) and Non-goals (dislike)
    oos = [
        _cap(f(s["text"]))
        for s in stmts
        if s["kind"] == "scope" and s["level"] == "low"
    ]
    show, add = d.c(0.5), d.c(0.7)
    if oos or show:
        if add or not oos:
            oos.append(_cap(f(d.p(_OFF_SCOPE))))
        lines.append("")
        lines.append(d.p(["Out of scope:", "Out of scope", "## Out of scope"]))
        lines.extend(f"- {x}" for x in d.shuffle(oos))
    ngs = [
        _cap(f(s["text"]))
        for s in stmts
        if s["kind"] == "scope" and s["level"] == "none"
    ]
    show, add = d.c(0.3), d.c(0.6)
    if ngs or show:
        if add or not ngs:
            ngs.append(_cap(f(d.p(_OFF_NONGOALS))))
        lines.append("")
        lines.append(d.p(["Non-goals:", "Non-goals", "## Non-goals"]))
        lines.extend(f"- {x}" for x in d.shuffle(ngs))

    # notes
    notes = [s for s in stmts if s["kind"] == "note"]
    note_lines = [f(d.p(_NOTE_SRC)) + _cap(f(s["text"])) for s in notes]
    if (d.c(0.4) and not lean) or not note_lines and d.c(0.3):
        note_lines.append(f(d.p(_NOTE_SRC)) + _cap(f(d.p(_OFF_NOTES))))
    if note_lines:
        lines.append("")
        lines.append(d.p(["Notes", "Notes:", "## Notes", "Comments"]))
        lines.extend(f"- {x}" for x in d.shuffle(note_lines))

    if d.c(0.35) and not lean:
        lines.append("")
        lines.append("QA:")
        lines.append(f"1. Log in as the test tenant `qa-{ctx['id']}`.")
        lines.append(f"2. Enable flag `pers_style_{ctx['id']}`.")
        lines.append(f"3. Ask three {ctx['topic']} questions; compare with the AC.")
        if d.c(0.5):
            lines.append("4. Attach the transcripts to this ticket.")
    if d.c(0.35) and not lean:
        lines.append("")
        lines.append(
            f"Links: {ctx['pfx']}-{ctx['k']} (epic), go/pers-style-{ctx['id']},"
            f" {ctx['integ']} connector spec"
        )
    return "\n".join(lines)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One backlog ticket for a user with these weights."""
    lv = levels_of(weights)
    idx = _mentioned(lv, rng)
    order = [TRAITS[i] for i in idx]
    d = _Draw(rng)
    order = d.shuffle(order)
    levels = {t: lv[i] for i, t in enumerate(TRAITS)}
    return _render(levels, order, rng)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two tickets that differ only in the line stating ``trait`` (high, then none)."""
    d = _Draw(rng)
    others = [t for t in TRAITS if t != trait and d.c(0.4)]
    order = d.shuffle([trait, *others])
    seed = int(rng.integers(0, 2**63 - 1))
    out = []
    for level in ("high", "none"):
        levels = {t: "low" for t in TRAITS}
        levels[trait] = level
        out.append(
            _render(
                levels, order, np.random.default_rng(seed), flip=trait, allow_trap=False
            )
        )
    return out[0], out[1]
