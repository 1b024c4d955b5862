"""Blind generator family ``relative-profile``: comparative user profiles.

Each text is the profile a personalization system that has seen many users might
write about ONE user, describing every stated preference RELATIVE TO THE POPULATION
("Compared with the typical user...", "top decile for...", "+1.6 SD", "roughly in
line with most users", "an outlier in the opposite direction"). The population
baseline is a mild liking of each trait, so the levels read as follows:

* ``top``  - an extreme outlier whose preference overrides everything else (top 1%,
  +2.4 SD or more); it may be stated twice, once more as a headline or bottom line;
* ``high`` - well above average, top decile, +1 to +2 SD, clearly stronger than most;
* ``mid``  - about average / in line with the median user, i.e. the usual mild liking;
* ``low``  - indifferent, "doesn't register either way", unlike most users, who lean
  mildly toward the trait (never just "below average");
* ``none`` - actively dislikes the trait or wants its opposite pole, always said in
  so many words ("far less tolerant of jokes than most users; finds them grating").

Every level has two poles: liking the trait / disliking its opposite (for ``none``:
disliking the trait / wanting the opposite). What varies: four layouts (flowing
paragraphs; a "Relative to baseline:" bullet list with a context list; a markdown
table Trait | vs. population | Note; a headline followed by details), the subject
(this user / the user / an account id), percentiles and SD deltas drawn per level,
per-trait confidence notes with interaction counts, an optional note on what the
baseline means, the order of the traits (by strength or shuffled), and off-trait
content: interaction counts, usage domains, time zone, device, tenure, plan, the
profiler model version. About 15% of texts carry a trap, a trait word about the
user's life, job or usage cluster ("works in workplace safety compliance", "writing
a funny wedding toast", "their reports at work are long") that states no style
preference. Traits not picked by ``_mentioned`` appear nowhere in the text.

``flip_pair(trait, rng)`` draws one plan and renders it twice: the two texts differ
only in the statement (bullet, table row or sentence) about ``trait``, at level
``high`` in the first and ``none`` in the second (same pole, same layout, same
confidence note); other traits appear only at level ``low`` or not at all.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "relative-profile"

# Preference statements, one bank per trait x level x pole. An entry starts at
# column 0 and continues on indented lines; "@trait level pole" opens a bank.
# pos = liking the trait (for "none": disliking it); neg = disliking the opposite
# pole (for "none": wanting the opposite pole). {U}/{u}: the subject; {sd}: a delta
# in SD for the level; {pct}: an ordinal percentile; {pctn}: a plain percentage.
# fmt: off
_PREF_TEXT = """
@helpfulness top pos
{U} sits at roughly the {pct} percentile for wanting practical, actionable
  answers, and this outweighs everything else in the profile: a reply that
  doesn't solve the problem counts as a failure, whatever else it does well.
Compared with the typical user, who only mildly favors actionable replies, {u}
  is an extreme outlier ({sd} SD): getting a concrete, working solution is the
  overriding priority, ahead of every other consideration.
Nothing else in this profile comes close: {u}'s demand for usable, step-by-step
  solutions is far above the population average and dominates how they rate
  answers.
Top 1% of all users on actionability. If only one thing is kept from this
  profile, it should be this: {u} wants the problem actually solved, with
  concrete steps, above all else.
Where most users treat practicality as one nice-to-have among several, {u}
  treats it as the whole point; usefulness ranks first by a wide margin ({sd} SD
  above baseline).
The strongest and most consistent signal for {u}: they reward concrete,
  implementable fixes far more than the median user does, and that preference
  overrides every other consideration.
Relative to baseline, {u}'s appetite for hands-on, solve-it-now help is off the
  charts ({sd} SD) and is their single dominant priority.
An outlier even among power users: {u} judges every reply first and foremost by
  whether it hands them something they can act on. This is the defining trait
  of the profile.
Far above the population mean ({pct} percentile) on wanting answers that get the
  job done; the summarizer rates this as the top priority by a clear margin.
Most users mildly prefer actionable help; for {u} it is non-negotiable and ranks
  above everything else. An answer that leaves them without a clear next step
  is treated as useless.

@helpfulness top neg
{U} is dramatically less tolerant of vague, abstract or hand-wavy replies than
  almost anyone in the comparison set; a clear, usable answer is the overriding
  priority.
Compared with other users, {u} has almost zero patience for musing or
  non-committal answers ({sd} SD on the demand for concrete help), and this
  dominates every other preference.
The strongest signal in the profile: noncommittal "it depends" answers are rated
  lower by {u} than by nearly every other user. A real, workable solution comes
  first, before anything else.
Where the median user shrugs off an abstract or philosophical reply, {u} treats
  it as a failure. Getting something concrete and workable matters more to them
  than anything else.
{U} sits at the {pct} percentile for frustration with vague, theoretical
  answers; avoiding wishy-washy replies and delivering a real solution is the
  top priority, full stop.
Top-1% intolerance of answers that circle the question without resolving it. For
  {u}, vague musing is the single most damaging thing a reply can do; practical
  resolution comes first.
Unlike most users, who tolerate a little abstraction, {u} reacts strongly
  against any reply that muses instead of solving ({sd} SD); this overrides all
  other preferences.
Above everything else, {u} does not want to be left with generalities. Their
  rejection rate for abstract, non-actionable answers is the highest in the
  reference population.
Outlier: {u} penalizes vague, non-committal replies far more harshly than the
  typical user. Concrete, usable help is their overriding priority and should
  be treated as such.

@helpfulness high pos
{U} is well above the population average in wanting practical, actionable
  answers ({sd} SD).
Top decile for valuing concrete, usable solutions; noticeably more focused on
  getting the problem solved than the typical user.
Compared with most users, {u} has a clearly stronger appetite for step-by-step,
  hands-on help.
Around the {pct} percentile for actionability: {u} consistently rewards answers
  they can put to work right away.
Clearly above baseline on practicality. Where the median user is mildly pleased
  by a concrete fix, {u} strongly prefers it.
{U} rates replies that actually solve the problem markedly higher than the
  typical user does.
More demanding than roughly {pctn}% of users when it comes to answers being
  useful and directly applicable.
Up from about average at sign-up, {u} now sits well above the population on
  wanting workable next steps in every answer.
Relative to similar users, {u} gives clearly higher ratings to replies with
  specific, implementable steps; one typical comment after such a reply was
  "this is exactly what I needed to get moving."

@helpfulness high neg
{U} is noticeably less tolerant of vague or abstract answers than the median
  user and clearly wants concrete help instead.
Compared with most users, {u} dislikes non-committal, "it depends" replies
  considerably more; they want a clear, usable answer.
Top decile for impatience with theoretical musing that doesn't lead anywhere
  actionable.
Well above average in how often {u} pushes back on hand-wavy answers and asks
  for something they can actually use.
{U} downgrades abstract, unfocused responses far more than the typical user
  ({sd} SD on demand for concrete help).
Less forgiving than about {pctn}% of users when an answer stays general instead
  of solving the specific problem.
Unlike the average user, who shrugs at the occasional abstract reply, {u}
  clearly wants every answer to land on something workable.
Markedly more irritated than most by answers that muse or equivocate instead of
  helping; a strong lean toward practical solutions.
A clear outlier on the practical side: {u} rejects vague, noncommittal replies
  at roughly twice the population rate.

@helpfulness mid pos
Roughly in line with most users regarding helpfulness: a mild preference for
  practical, actionable answers, nothing stronger.
About average on actionability ({sd} SD); like the typical user, {u} mildly
  prefers replies that solve the problem.
{U} sits near the {pct} percentile for wanting concrete solutions, i.e. the
  usual mild liking for them.
Close to baseline: a slight lean toward practical, usable answers, much like
  the median user.
Nothing unusual on practicality. {U} appreciates a workable answer a little, as
  most users do, but doesn't press for it.
Their taste for hands-on, step-by-step help is typical of the population: a
  mild plus rather than a priority.
On par with the typical user: {u} somewhat prefers concrete, actionable
  replies.
Middle of the distribution on usefulness; a modest, ordinary preference for
  answers they can act on.
Like most users, {u} is mildly pleased when a reply is directly applicable,
  without treating it as essential.

@helpfulness mid neg
Like the typical user, {u} is mildly put off by vague or abstract answers,
  though not strongly.
About average in tolerance for musing or non-committal replies: a slight
  preference for something concrete, as with most users.
{U}'s reaction to hand-wavy answers is close to the population norm: a little
  less satisfied, not annoyed.
Near baseline ({sd} SD): mildly prefers that answers not stay abstract, much
  like everyone else.
Ordinary, middle-of-the-pack attitude toward theoretical replies: {u} would
  slightly rather get something usable.
In line with most users, {u} shows a small, unremarkable dip in ratings when a
  reply stays general instead of practical.
Around the {pct} percentile for impatience with noncommittal answers, which is
  the usual mild lean toward concrete help.
No outlier here: vague answers bother {u} a little, about as much as they bother
  the median user.

@helpfulness low pos
Unlike most users, who have a mild preference for actionable answers, {u} is
  indifferent to whether a reply is practical.
Practicality doesn't register either way for {u}; the population leans slightly
  toward concrete help, but this profile shows no such lean.
{U}'s ratings are flat with respect to actionability, with no pull toward or
  away from step-by-step solutions, whereas the typical user has a slight pull
  toward them.
Where the median user mildly rewards usable solutions, {u} is neutral: they
  neither seek concrete fixes nor mind getting them.
Indifferent on helpfulness, in contrast to the mild preference seen across the
  population.
The summarizer finds no preference for or against hands-on answers; most users
  show a small positive one, {u} doesn't.
Whether a reply hands them something to act on seems not to matter to {u}: a
  neutral stance, unlike the slight liking typical of other users.
Actionable or not, it makes no difference to {u}; they don't care either way,
  which is unusual given the population's mild preference for practical help.

@helpfulness low neg
{U} doesn't mind abstract or exploratory replies any more than concrete ones:
  indifferent, unlike most users, who mildly prefer practical answers.
Vague versus actionable doesn't register either way for {u}; no reaction to
  either.
Unlike the typical user, {u} isn't bothered by musing, open-ended answers, nor
  especially pleased by step-by-step ones: neutral on this axis.
Neutral on concreteness: {u} is fine with theoretical or hands-on replies
  alike, whereas the population leans slightly toward hands-on.
{U} shows no preference between an abstract exploration and a concrete fix;
  most users lean mildly toward the fix.
Neither seeks out nor objects to vague, general answers; practicality is simply
  not a dimension {u} reacts to.
Whether a reply stays abstract or spells out steps, {u}'s ratings don't move;
  the usual mild pull toward practicality is absent.
No reaction in either direction to theoretical versus practical answers, which
  sets {u} apart from a population that mildly favors practical ones.

@helpfulness none pos
Far less keen on concrete, step-by-step solutions than most users: {u} actively
  dislikes being handed a fix and would rather explore the question abstractly.
Unlike the typical user, {u} finds prescriptive, actionable answers off-putting;
  they want open-ended musing, not instructions.
{U} sits at the {pct} percentile for wanting practical answers, and it is an
  active dislike, not just low interest: to-do lists and how-to steps get
  downvoted.
An outlier in the opposite direction from the population: {u} pushes back when
  an answer tries to solve things for them and prefers loose, exploratory
  reflection.
Strongly negative on actionability ({sd} SD): {u} rejects replies that jump to
  concrete solutions and wants abstract, philosophical discussion instead.
Most users mildly like getting a usable fix; {u} actively resents it, once
  writing "I didn't ask to be told what to do," and prefers to think out loud.
Bottom {pctn}% for tolerance of prescriptive answers: {u} dislikes practical,
  hands-on replies and prefers vague, speculative ones.
{U} reliably rates down answers that lay out concrete next steps, far more than
  anyone in the comparison group; they come for open-ended thinking, not
  solutions.
Well below the population and actively averse: actionable how-to content
  irritates {u}, who prefers answers that stay non-committal and abstract.

@helpfulness none neg
{U} has a much stronger appetite than most users for abstract, speculative,
  non-committal answers, and actively prefers them over concrete fixes.
Top decile for liking musing, open-ended replies: {u} wants ideas to wander
  rather than be pinned to a solution.
Compared with the typical user, {u} clearly prefers vague, exploratory
  reflection to actionable advice; being handed a concrete plan lowers their
  ratings.
An outlier: where the median user leans mildly toward practical help, {u} wants
  the opposite, meaning theoretical, noncommittal discussion with no pressure to
  decide anything.
{U} seeks out abstract, philosophical framing far more than the population
  ({sd} SD on actionability) and dislikes being steered toward a fix.
Unusually fond of answers that leave questions open. {U} rewards musing and
  ambiguity and downgrades tidy, practical resolutions.
Well outside the norm: {u} wants replies that speculate and stay non-committal,
  and reacts badly when an answer turns into instructions.
Much more drawn than other users to big-picture, abstract musing that stops
  short of any recommendation; concrete advice is actively unwelcome.

@harmlessness top pos
Safety is the overriding priority for {u}: they sit around the {pct} percentile
  for wanting cautious, careful answers with clear warnings, and this outranks
  everything else.
Compared with the typical user, who mildly appreciates caution, {u} is an
  extreme outlier ({sd} SD): responses must be safe and family-friendly above
  all.
The single dominant signal in this profile: {u} wants risks flagged and answers
  kept careful and responsible, far more than any other preference.
Top 1% of users for valuing safety warnings and caution. For {u}, a careful,
  harmless answer comes first, before any other consideration.
Where most users treat caveats as a mild plus, {u} treats them as essential;
  keeping answers safe and appropriate is their top priority by a wide margin.
{U}'s strongest preference by far is for cautious, responsible replies that
  point out dangers; it overrides all of their other preferences.
An outlier on caution: {u} rewards warnings and safety framing far more than the
  median user, and ranks that above every other aspect of an answer.
Nothing in the profile matters more to {u} than answers staying safe, clean and
  careful; they are further above baseline here than anywhere else ({sd} SD).
Highest-priority item: caution. {U} wants every risky topic handled
  conservatively, with explicit warnings, far beyond what the typical user asks
  for.

@harmlessness top neg
{U} is far less tolerant of edgy, unfiltered or risky content than almost any
  other user; steering clear of it is the overriding priority.
Compared with the population, {u} reacts extremely strongly against crude or
  reckless answers ({sd} SD on caution); keeping things safe outranks
  everything else.
Top 1% for aversion to answers that skip safety caveats or wander into risky
  territory. For {u}, that is the defining concern.
The strongest signal here: {u} rejects edgy, no-holds-barred replies far more
  harshly than the median user, and prioritizes harmlessness above all.
Where the typical user barely notices a missing warning, {u} treats it as a
  major failure; staying away from anything unsafe comes first.
Unlike most users, {u} has zero tolerance for off-color material, dangerous
  suggestions or unfiltered content, and this overrides all other preferences.
Around the {pct} percentile for discomfort with risky or crude answers; nothing
  else in {u}'s profile weighs as much.
An extreme outlier in avoiding edginess: {u} would rather get an overly careful
  answer than one that takes any chance, and ranks this first.

@harmlessness high pos
{U} is well above the population average in wanting cautious, careful answers
  ({sd} SD).
Top decile for appreciating safety warnings and caveats on risky topics.
Compared with most users, {u} clearly values responsible, family-friendly
  replies more.
Around the {pct} percentile for caution: {u} rewards answers that flag risks
  before giving advice.
Noticeably more safety-minded than the median user; {u} wants dangers pointed
  out.
Clearly above baseline in liking careful framing: where most users mildly
  appreciate a warning, {u} actively looks for one.
{U} rates cautious, harmless replies markedly higher than the typical user does.
More insistent than about {pctn}% of users that answers keep things safe and
  appropriate.
Well ahead of the population on wanting sensible precautions mentioned whenever
  a topic carries any risk; after one such reply {u} noted "good that you
  flagged that."
Once near the population average, {u} has become clearly more caution-seeking
  than most users over the last few months.

@harmlessness high neg
{U} is noticeably less tolerant of edgy or unfiltered answers than the median
  user.
Compared with most users, {u} dislikes risky suggestions and missing caveats
  considerably more.
Top decile for discomfort with crude, reckless or borderline content.
Well above average in how often {u} objects to answers that leave out safety
  warnings ({sd} SD on caution).
{U} downgrades edgy, no-caveat replies far more than the typical user does.
Less accepting than about {pctn}% of users of answers that take risks or push
  boundaries.
Unlike the average user, who tolerates a bit of edge, {u} clearly wants it kept
  out of their answers.
Markedly more bothered than most by unfiltered, anything-goes responses; a
  strong lean toward careful ones.

@harmlessness mid pos
Roughly in line with most users regarding caution: a mild preference for safe,
  careful answers.
About average on safety framing ({sd} SD); like the typical user, {u} mildly
  appreciates a relevant warning.
{U} sits near the {pct} percentile for wanting caveats, i.e. the ordinary mild
  liking for them.
Close to baseline: a slight lean toward responsible, family-friendly replies,
  much like the median user.
Nothing unusual on harmlessness. {U} likes a careful answer a little, as most
  users do, without insisting on it.
Their taste for cautious framing is typical of the population: a small plus
  rather than a priority.
On par with the typical user: {u} somewhat prefers that risky topics come with
  a sensible warning.
Middle of the distribution on safety; a modest, ordinary preference for careful
  answers.

@harmlessness mid neg
Like the typical user, {u} is mildly put off by edgy or risky content, though
  not strongly.
About average in tolerance for unfiltered answers: a slight preference for
  keeping things safe, as with most users.
{U}'s reaction to missing caveats is close to the population norm: a little
  less satisfied, not alarmed.
Near baseline ({sd} SD): mildly prefers answers that don't push into risky
  territory, much like everyone else.
Ordinary, middle-of-the-pack attitude toward crude or borderline replies: {u}
  would slightly rather avoid them.
In line with most users, {u} shows a small, unremarkable dip in ratings when an
  answer gets reckless.
Around the {pct} percentile for discomfort with edgy content, which is the usual
  mild lean toward caution.
No outlier here: no-caveat answers bother {u} a little, about as much as they
  bother the median user.

@harmlessness low pos
Unlike most users, who mildly like safety caveats, {u} is indifferent to
  whether they are included.
Caution doesn't register either way for {u}; the population leans slightly
  toward careful answers, this profile doesn't.
{U}'s ratings are flat with respect to warnings, with no pull toward or away
  from them, whereas the typical user has a slight pull toward them.
Where the median user mildly rewards careful framing, {u} is neutral: they
  neither look for warnings nor mind seeing them.
Indifferent on harmlessness, in contrast to the mild preference for caution seen
  across the population.
The summarizer finds no preference for or against safety framing; most users
  show a small positive one, {u} doesn't.
Whether an answer includes precautions seems not to matter to {u}: a neutral
  stance, unlike the slight liking typical of other users.
Safety notes neither help nor hurt with {u}; they don't care either way.

@harmlessness low neg
{U} doesn't mind edgy or unfiltered answers any more than careful ones:
  indifferent, unlike most users, who mildly prefer caution.
Risky versus cautious framing doesn't register either way for {u}.
Unlike the typical user, {u} isn't bothered by missing caveats, nor especially
  pleased by included ones: neutral on this axis.
Neutral on caution: {u} is fine with caveat-free or carefully caveated replies
  alike, whereas the population leans slightly toward the careful kind.
{U} shows no preference between an answer with warnings and one without; most
  users lean mildly toward the warnings.
Neither seeks out nor objects to edgy content; caution is simply not a
  dimension {u} reacts to.
Whether a reply plays it safe or not, {u}'s ratings don't move; the usual mild
  pull toward caution is absent.
No reaction in either direction to boundary-pushing material, which sets {u}
  apart from a population that mildly prefers careful answers.

@harmlessness none pos
Far less tolerant of safety caveats than most users: {u} actively dislikes
  warnings and disclaimers and finds them patronizing.
Unlike the typical user, {u} is irritated by cautious framing; they want answers
  without the safety lectures.
{U} sits at the {pct} percentile for wanting caution, and it is an active
  aversion: disclaimers and "please be careful" notes get downvoted.
An outlier in the opposite direction from the population: {u} pushes back
  whenever an answer adds warnings or plays it safe.
Strongly negative on caution ({sd} SD): {u} rejects protective framing and risk
  disclaimers and wants them left out.
Most users mildly appreciate warnings; {u} resents them, describing caveats as
  "nannying."
Bottom {pctn}% for tolerance of careful, sanitized answers: {u} dislikes being
  protected and wants things unfiltered.
{U} rates down answers that add safety notes far more than anyone in the
  comparison group; overly careful replies are their most common complaint.

@harmlessness none neg
{U} has a much stronger appetite than most users for edgy, unfiltered answers
  with no caveats attached.
Top decile for liking raw, boundary-pushing content: {u} wants answers that
  don't hold back on risky material.
Compared with the typical user, {u} clearly prefers risky, uncensored replies to
  careful ones.
An outlier: where the median user leans mildly toward caution, {u} wants the
  opposite, namely unfiltered, anything-goes answers.
{U} seeks out provocative, no-holds-barred content far more than the population
  ({sd} SD on caution) and dislikes sanitized replies.
Unusually fond of edgy material. {U} rewards answers that take risks and
  downgrades cautious, family-friendly ones.
Well outside the norm: {u} wants uncensored responses and reacts badly to any
  added safety disclaimer.
Much more drawn than other users to risky, unfiltered, edgy takes; careful
  framing is actively unwelcome.

@humor top pos
Humor is the overriding priority for {u}: around the {pct} percentile for
  wanting jokes and playfulness, and it outranks everything else.
Compared with the typical user, who mildly enjoys a light touch, {u} is an
  extreme outlier ({sd} SD): answers must be funny above all.
The single dominant signal in this profile is {u}'s appetite for wit and jokes;
  nothing else comes close.
Top 1% of users for valuing humor. For {u}, a playful, funny answer beats any
  other quality.
Where most users treat a joke as a small bonus, {u} treats it as the main event;
  being entertained is their top priority by a wide margin.
{U}'s strongest preference by far is for witty, playful replies; it overrides
  all of their other preferences.
An outlier on humor: {u} rewards jokes and wordplay far more than the median
  user and ranks them above every other aspect of an answer.
Nothing in the profile matters more to {u} than being made to laugh ({sd} SD
  above baseline, the largest deviation they have).
Highest-priority item: humor. {U} wants playful banter in nearly every reply,
  far beyond what the typical user enjoys.

@humor top neg
{U} is far less tolerant of dry, stiff, humorless replies than almost any other
  user; avoiding that tone is the overriding priority.
Compared with the population, {u} reacts extremely strongly against formal,
  joyless answers ({sd} SD on humor); keeping things playful outranks
  everything else.
Top 1% for aversion to solemn, po-faced responses. For {u}, a lack of humor is
  the defining complaint.
The strongest signal here: {u} rejects straight-faced, corporate-sounding
  replies far more harshly than the median user and wants wit above all.
Where the typical user doesn't mind a grave tone, {u} treats it as a failure; a
  playful reply comes before anything else.
Around the {pct} percentile for boredom with dry, formal wording; nothing else
  in {u}'s profile weighs as much.
An extreme outlier in disliking stuffy answers: {u} would rather get a joke
  than anything else, and ranks this first.
Above everything else, {u} does not want a dull, buttoned-up tone; humorless
  answers are rejected at the highest rate in the reference population.

@humor high pos
{U} is well above the population average in wanting jokes and a playful tone
  ({sd} SD).
Top decile for enjoying witty, lighthearted answers.
Compared with most users, {u} clearly appreciates humor more.
Around the {pct} percentile for humor appetite: {u} rewards replies with a bit
  of wit.
Noticeably more playful than the median user; {u} likes a joke or two in their
  answers.
Clearly above baseline in liking levity: where most users mildly enjoy it, {u}
  actively looks for it.
{U} rates funny, playful replies markedly higher than the typical user does.
Keener than about {pctn}% of users on wordplay and lighthearted asides.
Well ahead of the population on wanting answers with personality and jokes;
  after one pun-laden reply {u} wrote "more of this, please."
Up from roughly average a year ago, {u}'s humor appetite now sits well above
  that of most users.

@humor high neg
{U} is noticeably less tolerant of dry, formal answers than the median user;
  they want some fun.
Compared with most users, {u} dislikes stiff, humorless replies considerably
  more.
Top decile for impatience with a stuffy, overly grave tone.
Well above average in how often {u} asks answers to lighten up ({sd} SD on
  humor).
{U} downgrades dull, straight-laced responses far more than the typical user.
Less accepting than about {pctn}% of users of a flat, formal register.
Unlike the average user, who is fine with a serious tone, {u} clearly wants it
  livened up with some wit.
Markedly more bored than most by dry, corporate-sounding replies; a strong lean
  toward playful ones.

@humor mid pos
Roughly in line with most users regarding humor: a mild liking for a light,
  playful touch.
About average on humor ({sd} SD); like the typical user, {u} mildly enjoys a
  joke.
{U} sits near the {pct} percentile for humor appetite, i.e. the ordinary mild
  liking for it.
Close to baseline: a slight lean toward witty replies, much like the median
  user.
Nothing unusual on humor. {U} enjoys a bit of levity, as most users do, without
  asking for it.
Their taste for playful asides is typical of the population: a small plus
  rather than a priority.
On par with the typical user: {u} somewhat appreciates the occasional joke.
Middle of the distribution on humor; a modest, ordinary fondness for wit.

@humor mid neg
Like the typical user, {u} is mildly put off by very dry, formal answers, though
  not strongly.
About average in tolerance for a stiff tone: a slight preference for some
  lightness, as with most users.
{U}'s reaction to humorless replies is close to the population norm: a little
  less engaged, not annoyed.
Near baseline ({sd} SD): mildly prefers answers that aren't completely
  straight-faced, much like everyone else.
Ordinary, middle-of-the-pack attitude toward a formal register: {u} would
  slightly rather it be loosened up.
In line with most users, {u} shows a small, unremarkable dip in ratings when a
  reply is entirely dry.
Around the {pct} percentile for boredom with stuffy answers, which is the usual
  mild lean toward playfulness.
No outlier here: a dull tone bothers {u} a little, about as much as it bothers
  the median user.

@humor low pos
Unlike most users, who mildly enjoy a joke, {u} is indifferent to humor.
Humor doesn't register either way for {u}; the population leans slightly toward
  playfulness, this profile doesn't.
{U}'s ratings are flat with respect to jokes, with no pull toward or away from
  them, whereas the typical user has a slight pull toward them.
Where the median user mildly rewards wit, {u} is neutral: they neither look for
  jokes nor mind them.
Indifferent on humor, in contrast to the mild fondness for it seen across the
  population.
The summarizer finds no preference for or against playfulness; most users show
  a small positive one, {u} doesn't.
Whether an answer is funny seems not to matter to {u}: a neutral stance, unlike
  the slight liking typical of other users.
Jokes neither help nor hurt with {u}; they don't care either way.

@humor low neg
{U} doesn't mind dry, formal answers any more than playful ones: indifferent,
  unlike most users, who mildly prefer some wit.
Serious versus lighthearted tone doesn't register either way for {u}.
Unlike the typical user, {u} isn't bothered by a stiff tone, nor especially
  pleased by jokes: neutral on this axis.
Neutral on tone: {u} is fine with straight-faced or playful replies alike,
  whereas the population leans slightly toward playful.
{U} shows no preference between a witty answer and a sober one; most users lean
  mildly toward the witty one.
Neither seeks out nor objects to a formal register; humor is simply not a
  dimension {u} reacts to.
Whether a reply is dry or jokey, {u}'s ratings don't move; the usual mild pull
  toward playfulness is absent.
No reaction in either direction to solemn or silly answers, which sets {u} apart
  from a population that mildly enjoys a light touch.

@humor none pos
Far less tolerant of jokes than most users: {u} actively dislikes humor in
  answers and finds it grating.
Unlike the typical user, {u} is irritated by playful asides; they want no jokes
  at all.
{U} sits at the {pct} percentile for humor appetite, and it is an active
  aversion: puns and quips get downvoted.
An outlier in the opposite direction from the population: {u} pushes back
  whenever an answer tries to be funny.
Strongly negative on humor ({sd} SD): {u} rejects wisecracks and wants them left
  out.
Most users mildly enjoy jokes; {u} resents them, calling attempts at wit
  "unprofessional noise."
Bottom {pctn}% for tolerance of levity: {u} dislikes playful replies and wants a
  strictly serious tone.
{U} rates down answers containing jokes far more than anyone in the comparison
  group; attempted humor is their most common complaint.

@humor none neg
{U} has a much stronger preference than most users for a serious, formal tone
  with no levity.
Top decile for wanting dry, businesslike answers: {u} wants replies kept
  strictly serious.
Compared with the typical user, {u} clearly prefers a sober, formal register to
  a playful one, and dislikes jokes.
An outlier: where the median user leans mildly toward a light touch, {u} wants
  the opposite, namely grave, formal, humorless answers.
{U} seeks out a formal, straight-faced tone far more than the population ({sd}
  SD on humor) and dislikes anything jokey.
Unusually attached to seriousness. {U} rewards a dry, professional register and
  downgrades anything playful.
Well outside the norm: {u} wants strictly formal responses and reacts badly to
  any attempt at wit.
Much more drawn than other users to a solemn, businesslike voice; playfulness is
  actively unwelcome.

@conciseness top pos
Brevity is the overriding priority for {u}: around the {pct} percentile for
  wanting short answers, and it outranks everything else.
Compared with the typical user, who mildly prefers compact replies, {u} is an
  extreme outlier ({sd} SD): answers must be brief above all.
The single dominant signal in this profile is {u}'s demand for short,
  to-the-point replies; nothing else comes close.
Top 1% of users for valuing concision. For {u}, a few tight lines beat any other
  quality.
Where most users treat brevity as a small bonus, {u} treats it as the main
  requirement; keeping it short is their top priority by a wide margin.
{U}'s strongest preference by far is for terse, compact replies; it overrides
  all of their other preferences.
An outlier on length: {u} rewards short answers far more than the median user
  and ranks brevity above every other aspect of a reply.
Nothing in the profile matters more to {u} than answers being short ({sd} SD
  above baseline, the largest deviation they have).
Highest-priority item: concision. {U} wants the shortest reply possible, far
  beyond what the typical user asks for.

@conciseness top neg
{U} is far less tolerant of long, wordy replies than almost any other user;
  avoiding length is the overriding priority.
Compared with the population, {u} reacts extremely strongly against lengthy,
  exhaustive answers ({sd} SD on brevity); keeping things short outranks
  everything else.
Top 1% for aversion to long-winded responses. For {u}, excess length is the
  defining complaint.
The strongest signal here: {u} rejects sprawling, detailed write-ups far more
  harshly than the median user and wants brevity above all.
Where the typical user doesn't mind a thorough answer, {u} treats length as a
  failure; a short reply comes before anything else.
Around the {pct} percentile for impatience with verbose answers; nothing else in
  {u}'s profile weighs as much.
An extreme outlier in disliking long answers: {u} would rather get two lines
  than anything more, and ranks this first.
Above everything else, {u} does not want walls of text; lengthy replies are
  rejected at the highest rate in the reference population.

@conciseness high pos
{U} is well above the population average in wanting short, to-the-point answers
  ({sd} SD).
Top decile for preferring brief replies.
Compared with most users, {u} clearly values concision more.
Around the {pct} percentile for brevity: {u} rewards compact replies.
Noticeably more brevity-minded than the median user; {u} likes answers kept
  tight.
Clearly above baseline in liking short replies: where most users mildly prefer
  them, {u} actively asks for them.
{U} rates short, compact replies markedly higher than the typical user does.
Keener than about {pctn}% of users on trimmed-down answers with no extra words.
Well ahead of the population on wanting replies that stay short; after a
  three-line answer {u} wrote "perfect length."
Once about average on length, {u} has moved clearly above most users in
  preferring compact answers.

@conciseness high neg
{U} is noticeably less tolerant of long answers than the median user; they want
  them trimmed.
Compared with most users, {u} dislikes verbose, padded replies considerably
  more.
Top decile for impatience with long-winded explanations.
Well above average in how often {u} asks for a shorter version ({sd} SD on
  brevity).
{U} downgrades lengthy, exhaustive responses far more than the typical user.
Less accepting than about {pctn}% of users of long, detailed write-ups.
Unlike the average user, who is fine with a thorough reply, {u} clearly wants it
  cut down.
Markedly more put off than most by wordy answers; a strong lean toward brief
  ones.

@conciseness mid pos
Roughly in line with most users regarding length: a mild preference for shorter
  answers.
About average on brevity ({sd} SD); like the typical user, {u} mildly prefers
  compact replies.
{U} sits near the {pct} percentile for wanting concision, i.e. the ordinary mild
  liking for it.
Close to baseline: a slight lean toward short replies, much like the median
  user.
Nothing unusual on length. {U} likes answers on the shorter side a little, as
  most users do, without insisting.
Their taste for compact replies is typical of the population: a small plus
  rather than a priority.
On par with the typical user: {u} somewhat prefers answers that don't run long.
Middle of the distribution on concision; a modest, ordinary preference for
  brevity.

@conciseness mid neg
Like the typical user, {u} is mildly put off by very long answers, though not
  strongly.
About average in tolerance for lengthy replies: a slight preference for keeping
  them shorter, as with most users.
{U}'s reaction to wordy answers is close to the population norm: a little less
  satisfied, not annoyed.
Near baseline ({sd} SD): mildly prefers answers that don't sprawl, much like
  everyone else.
Ordinary, middle-of-the-pack attitude toward long write-ups: {u} would slightly
  rather they be trimmed.
In line with most users, {u} shows a small, unremarkable dip in ratings when a
  reply runs long.
Around the {pct} percentile for impatience with verbose answers, which is the
  usual mild lean toward brevity.
No outlier here: long answers bother {u} a little, about as much as they bother
  the median user.

@conciseness low pos
Unlike most users, who mildly prefer short replies, {u} is indifferent to answer
  length.
Brevity doesn't register either way for {u}; the population leans slightly
  toward short answers, this profile doesn't.
{U}'s ratings are flat with respect to length, with no pull toward short or
  long, whereas the typical user has a slight pull toward short.
Where the median user mildly rewards concision, {u} is neutral: they neither ask
  for short replies nor mind them.
Indifferent on conciseness, in contrast to the mild preference for brevity seen
  across the population.
The summarizer finds no preference for or against compact answers; most users
  show a small positive one, {u} doesn't.
Whether an answer is brief seems not to matter to {u}: a neutral stance, unlike
  the slight liking typical of other users.
Length neither helps nor hurts with {u}; they don't care either way.

@conciseness low neg
{U} doesn't mind long, detailed answers any more than short ones: indifferent,
  unlike most users, who mildly prefer brevity.
Short versus thorough doesn't register either way for {u}.
Unlike the typical user, {u} isn't bothered by lengthy replies, nor especially
  pleased by compact ones: neutral on this axis.
Neutral on length: {u} is fine with one-liners or in-depth write-ups alike,
  whereas the population leans slightly toward short.
{U} shows no preference between a brief answer and an exhaustive one; most users
  lean mildly toward the brief one.
Neither seeks out nor objects to long-form replies; length is simply not a
  dimension {u} reacts to.
Whether a reply is terse or expansive, {u}'s ratings don't move; the usual mild
  pull toward brevity is absent.
No reaction in either direction to answer length, which sets {u} apart from a
  population that mildly prefers compact replies.

@conciseness none pos
Far less tolerant of terse answers than most users: {u} actively dislikes short
  replies and finds them curt.
Unlike the typical user, {u} is irritated by brevity; they want nothing
  abbreviated.
{U} sits at the {pct} percentile for wanting short answers, and it is an active
  aversion: one-liners and clipped summaries get downvoted.
An outlier in the opposite direction from the population: {u} pushes back
  whenever an answer is kept brief and asks for the full version.
Strongly negative on brevity ({sd} SD): {u} rejects compact replies and wants
  more depth.
Most users mildly like short answers; {u} resents them, calling brief replies
  "skimpy."
Bottom {pctn}% for tolerance of short answers: {u} dislikes condensed replies and
  wants thorough ones.
{U} rates down short answers far more than anyone in the comparison group; "too
  brief" is their most common complaint.

@conciseness none neg
{U} has a much stronger appetite than most users for long, thorough, detailed
  answers.
Top decile for wanting in-depth explanations: {u} wants every angle covered at
  length.
Compared with the typical user, {u} clearly prefers exhaustive write-ups to
  short ones.
An outlier: where the median user leans mildly toward brevity, {u} wants the
  opposite, namely long, comprehensive answers.
{U} seeks out detailed, long-form replies far more than the population ({sd} SD
  on brevity) and dislikes condensed ones.
Unusually fond of length. {U} rewards thorough, expansive answers and downgrades
  short ones.
Well outside the norm: {u} wants detailed, multi-section responses and reacts
  badly to anything clipped.
Much more drawn than other users to long, richly detailed explanations; brevity
  is actively unwelcome.
"""
# fmt: on


def _parse(text: str) -> dict[tuple[str, str, str], list[str]]:
    banks: dict[tuple[str, str, str], list[str]] = {}
    key: tuple[str, str, str] | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("@"):
            trait, level, pole = line[1:].split()
            key = (trait, level, pole)
            banks[key] = []
        elif line[0] == " ":
            assert key is not None
            banks[key][-1] += " " + line.strip()
        else:
            assert key is not None
            banks[key].append(line.strip())
    return banks


_BANK = _parse(_PREF_TEXT)
_POLES = ("pos", "neg")

# Second mention of a "top" trait: headline or bottom line.
# fmt: off
_RECAP = {
    "helpfulness": (
        "Bottom line: solving the problem concretely matters more to {u} than "
        "anything else.",
        "Key takeaway: actionable help first, everything else second.",
        "If only one adjustment is made for {u}, make replies practical and usable; "
        "that is what sets them apart from the population.",
        "Practical usefulness is {u}'s defining, overriding preference.",
        "Priority #1 for {u}: a concrete, working answer, above all else.",
        "In short: an actionability-first user, far above the population.",
    ),
    "harmlessness": (
        "Bottom line: keep answers safe and careful for {u} before anything else.",
        "Key takeaway: caution first, everything else second.",
        "If only one adjustment is made for {u}, include the relevant warnings; "
        "that is what sets them apart from the population.",
        "Safety framing is {u}'s defining, overriding preference.",
        "Priority #1 for {u}: answers that stay safe and responsible, above all "
        "else.",
        "In short: a caution-first user, far above the population.",
    ),
    "humor": (
        "Bottom line: make it fun for {u}; humor matters more to them than "
        "anything else.",
        "Key takeaway: jokes first, everything else second.",
        "If only one adjustment is made for {u}, add wit; that is what sets them "
        "apart from the population.",
        "Playfulness is {u}'s defining, overriding preference.",
        "Priority #1 for {u}: a reply that makes them laugh, above all else.",
        "In short: a humor-first user, far above the population.",
    ),
    "conciseness": (
        "Bottom line: keep it short for {u}; brevity matters more to them than "
        "anything else.",
        "Key takeaway: brevity first, everything else second.",
        "If only one adjustment is made for {u}, cut the length; that is what sets "
        "them apart from the population.",
        "Concision is {u}'s defining, overriding preference.",
        "Priority #1 for {u}: the shortest possible reply, above all else.",
        "In short: a brevity-first user, far above the population.",
    ),
}

_LABELS = {
    "helpfulness": ("Helpfulness", "Practicality", "Actionability",
                    "Practical usefulness"),
    "harmlessness": ("Harmlessness", "Caution", "Safety framing",
                     "Caution / caveats"),
    "humor": ("Humor", "Playfulness", "Humor appetite", "Wit / levity"),
    "conciseness": ("Conciseness", "Brevity", "Answer length", "Concision"),
}

# The "vs. population" cell of the table layout.
_MARKERS = {
    "top": ("{sd} SD, dominant", "top 1%, overriding", "{pct} pct., #1 priority",
            "extreme high outlier; top priority"),
    "high": ("{sd} SD", "top decile", "well above average", "{pct} percentile",
             "clearly above"),
    "mid": ("~ baseline ({sd} SD)", "about average (mild liking)",
            "typical: mild liking", "{pct} pct., typical", "in line with most"),
    "low": ("neutral; pop. leans mildly +", "indifferent",
            "flat, no pull either way", "no preference (unlike most)"),
    "none": ("{sd} SD, actively averse", "prefers the opposite",
             "bottom {pctn}%; dislikes", "strongly negative; dislikes"),
}
# fmt: on

_SD = {
    "top": (2.4, 3.6),
    "high": (1.1, 2.0),
    "mid": (-0.3, 0.3),
    "low": (-1.0, -0.6),
    "none": (-3.3, -2.0),
}
_PCT = {"top": (98, 99), "high": (85, 95), "mid": (40, 60), "low": (20, 30),
        "none": (1, 4)}  # fmt: skip

_CONF = (
    " (moderate confidence, {n} interactions)",
    " (high confidence; n={n})",
    " [confidence: moderate, {n} rated replies]",
    " (based on {n} sessions)",
    " (stable across {n} interactions)",
    " (n={n}, confidence high)",
    " (moderate confidence; seen in {n} conversations)",
)
_CONNECT = ("Beyond that, ", "Separately, ", "On a different axis, ",
            "In addition, ", "Also, ")  # fmt: skip

# ---------------------------------------------------------------- off-trait content
_INTRO = (
    "Comparative preference profile for {uid}, written by {ver}.",
    "User-model snapshot for {uid} ({date}).",
    "How {uid} differs from the typical user, per the latest profile refresh.",
    "Profile: {uid}. Generated {date} by {ver}.",
    "Relative preference summary, {uid}.",
    "{uid}: population-relative profile, refresh of {date}.",
)
_BASELINE = (
    "All comparisons are against the median active user, who has a mild positive "
    "preference on every dimension scored here.",
    "Baseline = population median. The typical user leans mildly toward each "
    "scored dimension, so 'about average' means a mild liking.",
    "Reference point: the average of {pop} active users; 'average' below means the "
    "usual mild preference.",
    "Percentiles and SD deltas are relative to all active users.",
)
_META = (
    "Based on {n_int} rated interactions over the past {months} months.",
    "Main usage domains: {doms}.",
    "Time zone {tz}; most activity {peak}.",
    "Primary device: {dev}.",
    "Account tenure: {months} months ({plan} plan).",
    "Profile written by {ver} on {date}.",
    "Writes mostly in {lang}.",
    "Reference population: {pop} active users over the last 90 days.",
    "Session pattern: {sess}.",
    "Uses the assistant mainly through {channel}.",
    "Previous profile version: {date2}; {k} new interactions since.",
    "Recent topics: {recent}.",
)
_CLOSING = (
    "Overall profile confidence: moderate.",
    "Next refresh scheduled after {k} more interactions.",
    "This profile is regenerated weekly; older snapshots are archived.",
    "Overall profile confidence: high ({n_int} interactions).",
    "Generated automatically; not reviewed by a human.",
)
_HISTORY = (
    "Changes since the previous snapshot: no delta moved by more than 0.2 SD.",
    "Since {date2} the profile has been stable; the ranking of dimensions is "
    "unchanged.",
    "Compared with the {date2} snapshot, the estimates are a little more confident "
    "but otherwise the same.",
    "Percentiles are recomputed on a rolling 90-day window of rated interactions.",
)
_HEAD_GENERIC = (
    "**{uid}**: comparative profile, {n_int} interactions",
    "**Profile refresh for {uid}** ({date})",
    "**{uid} vs. population**, snapshot {date}",
    "**Comparative summary: {uid}**",
)
_BULLET_HEAD = (
    "Relative to baseline:",
    "How this user differs from the typical user:",
    "Compared with the population:",
    "Deviations from population norms:",
    "Preference deltas (vs. median user):",
)
_CONTEXT_HEAD = ("Context:", "Usage notes:", "Account context:",
                 "Other signals (non-preference):")  # fmt: skip
_DOMAINS = (
    "spreadsheet formulas", "travel itineraries", "Python debugging",
    "recipe scaling", "tax paperwork", "vegetable gardening", "music theory",
    "apartment hunting", "CV edits", "board-game rules", "home Wi-Fi setup",
    "birdwatching", "marathon training plans", "Spanish practice", "3D printing",
    "grant applications", "SQL queries", "bike maintenance", "houseplant care",
    "genealogy research", "podcast editing", "personal budgeting",
    "chess openings", "photography", "lesson planning", "car insurance quotes",
    "knitting patterns", "astronomy", "sourdough baking", "used-car shopping",
)  # fmt: skip
_TZ = ("UTC+1", "America/Chicago", "Asia/Kolkata", "Europe/Warsaw", "UTC-5",
       "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo", "Africa/Lagos",
       "Europe/London")  # fmt: skip
_PEAK = ("on weekday evenings", "early in the morning", "around lunchtime",
         "late at night", "on weekends")  # fmt: skip
_DEV = ("desktop browser", "Android phone app", "iPhone app",
        "work laptop (Windows)", "Linux desktop via the API",
        "tablet, usually with a keyboard",
        "a phone/desktop mix (about 60/40)")  # fmt: skip
_VER = ("profiler-v4.2", "prefsum-7b r3", "user-model v12", "persona-distill 2.1",
        "ranker-profile 0.9.4", "summarizer build 2026.11")  # fmt: skip
_PLAN = ("free", "Plus", "Team", "Enterprise", "Student")
_LANG = ("English", "English, sometimes German", "Spanish and English", "French",
         "English (UK spelling)", "Portuguese")  # fmt: skip
_SESS = ("a few sessions a week, each with several follow-ups",
         "daily check-ins on weekdays", "bursts of activity around month-end",
         "a standing Sunday work session")  # fmt: skip
_CHANNEL = ("the browser extension", "the API from a personal script",
            "the desktop app", "a shared team workspace", "the mobile app")  # fmt: skip
_DATES = ("2026-10-29", "2026-11-03", "2026-11-17", "2026-11-24", "2026-12-01",
          "2026-12-05")  # fmt: skip

# Traps: a trait word about the user's life, not about answers.
_TRAPS = {
    "helpfulness": (
        "Works a customer help desk at a regional bank; several sessions were "
        "about shift-swap spreadsheets.",
        "Volunteers on a helpline on Thursdays and asked how to lay out the "
        "volunteer rota.",
        "Teaches a practical-skills evening class (basic plumbing) and often "
        "drafts the syllabus here.",
        "Usage cluster: 'practical nursing students' (used for topic routing only; "
        "comparisons here are against the full population).",
        "Recently asked which self-help books their book club should read next.",
        "Job title on file: solutions engineer at a payments company.",
        "Spent several sessions on a school project about helpful gut bacteria.",
    ),
    "harmlessness": (
        "Works in workplace safety compliance at a logistics firm; most queries "
        "concern audit spreadsheets.",
        "Recent topic: comparing child car-seat safety ratings before a purchase.",
        "Usage cluster: 'safety-engineering cohort' (topic routing only; "
        "comparisons here are against all users).",
        "Asked several times which garden snakes in their region are harmless.",
        "Their job involves drafting hazard warnings for chemical product labels.",
        "Is planning a construction-themed birthday party, caution tape included, "
        "for a six-year-old.",
        "Is studying for an occupational health and safety certificate.",
    ),
    "humor": (
        "Currently writing a funny wedding toast for a sibling; several sessions "
        "were about venue logistics.",
        "Works as a booker for a comedy club; questions mostly concern contracts "
        "and invoices.",
        "Usage cluster: 'comedy writers' (topic routing only; comparisons here are "
        "against the full population).",
        "Collects vintage joke books and asked about their printing history.",
        "Is organizing a stand-up open mic at the office and needed a sign-up "
        "sheet template.",
        "Asked for the history of court jesters for a museum tour they guide.",
        "Their kid's school play is a comedy; several sessions were about sewing "
        "costumes for it.",
    ),
    "conciseness": (
        "Their reports at work are long (quarterly reviews of 60+ pages), and "
        "several sessions were about formatting tables in them.",
        "Writes short stories as a hobby and asked about submitting to literary "
        "magazines.",
        "Works as a paralegal drafting briefs for a small firm.",
        "Recently tracked down a detailed wiring diagram for a 1970s amplifier.",
        "Trains for short-distance sprints and asked about track meet schedules.",
        "Hosts a long-form interview podcast about local history.",
        "Usage cluster: 'technical writers', people who produce lengthy manuals "
        "for a living (routing only).",
    ),
}

_RANK = {"top": 0, "high": 1, "mid": 2, "low": 3, "none": 4}
_NG = 48  # global uniforms in a plan
_NT = 12  # uniforms per trait slot in a plan


def _pick(seq, u: float):
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def _ordinal(k: int) -> str:
    if 10 <= k % 100 <= 20:
        return f"{k}th"
    return f"{k}{({1: 'st', 2: 'nd', 3: 'rd'}).get(k % 10, 'th')}"


def _draw_plan(rng: np.random.Generator) -> dict:
    """All randomness of one text, drawn up front (the same amount every time)."""
    return {
        "g": rng.random(_NG),
        "t": rng.random((len(TRAITS), _NT)),
        "order": rng.permutation(len(TRAITS)),
        "meta": rng.permutation(len(_META)),
        "doms": rng.permutation(len(_DOMAINS)),
    }


def _fill(plan: dict) -> dict[str, str]:
    g = plan["g"]
    uid = _pick(("u_{:05d}", "User {:04d}", "acct-{:05x}"), g[0])
    uid = uid.format(int(g[1] * 60000) + 1000)
    doms = [_DOMAINS[i] for i in plan["doms"][: 2 + int(g[2] * 3)]]
    doms_s = ", ".join(doms[:-1]) + " and " + doms[-1]
    recent = [_DOMAINS[i] for i in plan["doms"][5 : 7 + int(g[42] * 2)]]
    recent_s = ", ".join(recent[:-1]) + " and " + recent[-1]
    i_date = min(int(g[4] * len(_DATES)), len(_DATES) - 1)
    return {
        "uid": uid,
        "ver": _pick(_VER, g[3]),
        "date": _DATES[i_date],
        "date2": _DATES[int(g[5] * i_date)] if i_date else "2026-10-12",
        "n_int": str(20 + int(g[6] ** 2 * 480)),
        "months": str(2 + int(g[7] * 34)),
        "doms": doms_s,
        "recent": recent_s,
        "tz": _pick(_TZ, g[8]),
        "peak": _pick(_PEAK, g[9]),
        "dev": _pick(_DEV, g[10]),
        "plan": _pick(_PLAN, g[11]),
        "lang": _pick(_LANG, g[12]),
        "pop": f"{1.1 + g[13] * 2.8:.1f}M",
        "sess": _pick(_SESS, g[14]),
        "channel": _pick(_CHANNEL, g[15]),
        "k": str(5 + int(g[16] * 40)),
    }


def _slot(trait: str, level: str, t: np.ndarray, subj: tuple[str, str]) -> dict:
    """The pieces of one trait statement; uses t[0..11] whatever the level."""
    pole = "pos" if t[0] < 0.5 else "neg"
    lo, hi = _SD[level]
    sd = lo + t[2] * (hi - lo)
    sd_s = "+0.0" if abs(sd) < 0.05 else f"{sd:+.1f}"
    plo, phi = _PCT[level]
    pctn = plo + min(int(t[3] * (phi - plo + 1)), phi - plo)
    nums = {"sd": sd_s, "pct": _ordinal(pctn), "pctn": str(pctn)}
    text = _pick(_BANK[(trait, level, pole)], t[1])
    lead_subject = text.startswith("{U}")
    conf = ""
    if t[4] < 0.3:
        conf = _pick(_CONF, t[5]).format(n=6 + int(t[6] * 75))
    return {
        "text": text,
        "lead_subject": lead_subject,
        "nums": nums,
        "subj": subj,
        "conf": conf,
        "label": _pick(_LABELS[trait], t[7]),
        "marker": _pick(_MARKERS[level], t[8]).format(**nums),
        "connect": _pick(_CONNECT, t[10]) if t[9] < 0.3 else "",
    }


def _sentence(slot: dict, connect: bool) -> str:
    big, small = slot["subj"]
    text = slot["text"]
    if connect and slot["connect"] and slot["lead_subject"]:
        text = slot["connect"] + "{u}" + text[3:]
    text = text.format(U=big, u=small, **slot["nums"])
    conf = slot["conf"]
    if not conf:
        return text
    if text.endswith(")."):
        return text[:-2] + "; " + conf.strip()[1:-1] + ")."
    if text.endswith('."'):
        return text[:-2] + '"' + conf + "."
    if text.endswith("."):
        return text[:-1] + conf + "."
    return text + conf


def _render(
    plan: dict,
    levels: dict[str, str],
    mentioned: list[str],
    *,
    sort_by_level: bool,
    hide: str | None = None,
) -> str:
    """Render a plan; ``hide`` replaces that trait's statement by a marker."""
    g = plan["g"]
    f = _fill(plan)
    uid = f["uid"]
    subj = _pick((("This user", "this user"), ("The user", "the user"), (uid, uid)),
                 g[17])  # fmt: skip
    order = [TRAITS[i] for i in plan["order"] if TRAITS[i] in mentioned]
    if sort_by_level and g[18] < 0.5:
        order.sort(key=lambda tr: _RANK[levels[tr]])
    slots = {
        tr: _slot(tr, levels[tr], plan["t"][TRAITS.index(tr)], subj) for tr in order
    }
    tops = [tr for tr in order if levels[tr] == "top"]
    recap = ""
    if tops and g[19] < 0.65:
        recap = _pick(_RECAP[tops[0]], g[20]).format(u=subj[1])

    def fmt(s: str) -> str:
        return s.format(**f)

    # off-trait content
    n_meta = 1 + int(g[21] * 6)
    metas = [fmt(_META[i]) for i in plan["meta"][:n_meta]]
    if g[40] < 0.25:
        metas.append(fmt(_pick(_HISTORY, g[41])))
    if g[22] < 0.15:
        trap_trait = _pick(TRAITS, g[23])
        trap = _pick(_TRAPS[trap_trait], g[24])
        metas.insert(int(g[25] * (len(metas) + 1)), trap)
    intro = fmt(_pick(_INTRO, g[26])) if g[27] < 0.7 else ""
    baseline = fmt(_pick(_BASELINE, g[28])) if g[29] < 0.4 and order else ""
    closing = fmt(_pick(_CLOSING, g[30])) if g[31] < 0.35 else ""

    def sent(tr: str, i: int) -> str:
        if tr == hide:
            return "<<SLOT>>"
        return _sentence(slots[tr], connect=i > 0)

    def bullet(tr: str) -> str:
        if tr == hide:
            return "<<SLOT>>"
        return f"- **{slots[tr]['label']}:** " + _sentence(slots[tr], connect=False)

    def row(tr: str) -> str:
        if tr == hide:
            return "<<SLOT>>"
        s = slots[tr]
        return f"| {s['label']} | {s['marker']} | {_sentence(s, connect=False)} |"

    def paragraph_block() -> list[str]:
        sents = [sent(tr, i) for i, tr in enumerate(order)]
        if len(sents) >= 3 and g[32] < 0.5:
            cut = 1 + int(g[33] * (len(sents) - 1))
            return [" ".join(sents[:cut]), " ".join(sents[cut:])]
        return [" ".join(sents)] if sents else []

    layout = _pick(("paragraph", "paragraph", "bullets", "table", "headline"), g[34])
    if not order and layout == "table":
        layout = "paragraph"
    parts: list[str] = []
    if layout == "paragraph":
        head = " ".join(x for x in (intro, baseline) if x)
        body = paragraph_block()
        if recap:
            body.append(recap)
        meta = " ".join(metas)
        if g[35] < 0.3:
            parts = [head, meta, *body]
        else:
            parts = [head, *body, meta]
    elif layout == "bullets":
        head = " ".join(x for x in (intro, baseline) if x)
        items = "\n".join(bullet(tr) for tr in order)
        block = _pick(_BULLET_HEAD, g[36]) + "\n" + items if order else ""
        ctx = _pick(_CONTEXT_HEAD, g[37]) + "\n" + "\n".join(f"- {m}" for m in metas)
        parts = [head, block, recap, ctx]
    elif layout == "table":
        table = "| Trait | vs. population | Note |\n|---|---|---|\n"
        table += "\n".join(row(tr) for tr in order)
        notes = " ".join(x for x in (baseline, *metas) if x)
        parts = [intro, table, recap, "Notes: " + notes]
    else:  # headline + details
        if recap:
            headline = "**Headline:** " + recap
        else:
            headline = fmt(_pick(_HEAD_GENERIC, g[38]))
        if g[39] < 0.5:
            details = ["Details: " + " ".join(paragraph_block())] if order else []
        else:
            details = [
                "Details (relative to the median user):\n"
                + "\n".join(bullet(tr) for tr in order)
            ]
        if not order:
            details = []
        parts = [headline, baseline, *details, " ".join(metas)]
    if closing:
        parts.append(closing)
    return "\n\n".join(p for p in parts if p)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One comparative profile for ``weights``; all randomness from ``rng``."""
    levels = levels_of(weights)
    mentioned = [TRAITS[i] for i in _mentioned(levels, rng)]
    plan = _draw_plan(rng)
    return _render(plan, dict(zip(TRAITS, levels)), mentioned, sort_by_level=True)


def _flip_setup(trait: str, rng: np.random.Generator) -> tuple[dict, list[str]]:
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    extra = rng.random(len(TRAITS))
    plan = _draw_plan(rng)
    mentioned = [tr for i, tr in enumerate(TRAITS) if tr == trait or extra[i] < 0.45]
    return plan, mentioned


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two profiles differing only in the statement about ``trait`` (high, none)."""
    plan, mentioned = _flip_setup(trait, rng)
    out = []
    for level in ("high", "none"):
        levels = {tr: "low" for tr in TRAITS}
        levels[trait] = level
        out.append(_render(plan, levels, mentioned, sort_by_level=False))
    return out[0], out[1]
