"""``persona-doc``: preference summaries written as a UX-research user persona.

Each text is a persona document about one user, of the kind a product team or a
summarizer LLM writes from that user's chat history: a title line with a name and
an off-trait archetype ("the night-shift nurse", never "the busy pragmatist"),
sometimes a provenance line (number of conversations, confidence), then three to
ten short sections drawn from Background, At-a-glance labels, Goals, What
delights them, Frustrations / Pain points, Behaviors, Quotes, Communication
preferences, Design implications / Do and Avoid. The set of sections, their order,
their headings and the markdown (``##``, bold, ALL CAPS or ``Label:`` headings;
``-``, ``*``, ``•`` or numbered bullets; a short paragraph instead of bullets for
some sections; a combined "Do: / Avoid:" list or two separate lists) all vary.

Most of each document is off-trait: a persona core (job, goals, a quote in the
user's voice, a work frustration) plus generic product and life detail (devices,
schedule, hobbies, usage habits). About 15% of texts hold one trap: a life detail
with a trait word that says nothing about the answers wanted (a safety audit at
work, long-form fiction, a comedy podcast, a practical driving test).

A mentioned trait gives one preference item, and with probability .25 a second,
consistent one in another voice. Items come from a bank per trait and level, in
nine voices that decide the section they land in: a goal, a delight, a
frustration, an observed behavior, a quote (informal, lowercase), a recommendation
to the assistant ("do"), an avoid-item, a score or label, and a communication
preference (full sentence, sometimes hedged "(inferred)"). Items under negative
headings (Frustrations, Avoid) name the disliked thing without any negation, so
the polarity is carried by the heading. Every level is written from both poles:
``top`` (the overriding priority: "above all", "number-one need", "biggest pet
peeve"), ``high`` (a clear preference), ``mid`` (mildly positive, "within reason",
"a minor gripe"), ``low`` (indifferent, not a priority) and ``none`` (dislikes the
trait or wants its opposite, e.g. a frustration with the trait itself or a goal
stating the opposite pole). Which traits are written is decided by
``summary_families._mentioned``, called once per text.

``flip_pair`` renders the same document twice from one seed, differing in one
item only: a ``high`` item for the trait versus a ``none`` item in the same voice,
or the same item placed under a positive versus a negative heading (Delights vs
Frustrations, Do vs Avoid), a quote, a behavior or a label ("high" vs "low").
Off-trait content, traps and the items about other traits are identical (in a
numbered list, the items after the flipped one are renumbered).

Written blind on 2026-12-07 by a separate author who did not read the estimator, its
lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from summary_families import LEVELS, TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "persona-doc"

# Voices (section kinds): k background, s labels, g goals, l delights,
# d frustrations, b behaviors, q quotes, c communication, o do, a avoid.
_ORDER = ("k", "s", "g", "l", "d", "b", "q", "c", "o", "a")
_HEDGED = ("g", "b", "c")


def _parse(block: str) -> list[tuple[str, str]]:
    """Lines ``code text``; an indented line continues the previous entry."""
    out: list[tuple[str, str]] = []
    for line in block.strip("\n").splitlines():
        if not line.strip():
            continue
        if line.startswith(" "):
            code, text = out[-1]
            out[-1] = (code, text + " " + line.strip())
        else:
            code, text = line.split(" ", 1)
            out.append((code, text.strip()))
    return out


# ---------------------------------------------------------------- preference bank

_BANK_TEXT = {
    "helpfulness": {
        "top": """
g Above all, wants a concrete, usable answer {they} can act on right away
g Number-one need: a clear fix or next step, not a discussion
d Biggest pet peeve: vague answers that circle the problem without solving it
d Hand-wavy "it depends" replies that leave {them} with nothing to do (the worst
  thing, by {their} own account)
b Immediately re-asks, more sharply, whenever a reply gives {them} nothing to act on
q just tell me what to do. that's literally all I need
q I don't need a think piece, I need the fix
o Lead with the fix or the exact steps; this matters more than anything else
a Open-ended musing in place of a solution (the top thing to avoid)
s Need for actionable answers: critical (highest of all)
c Whether a reply solves the problem outweighs everything else about it
c If forced to pick one thing: make it actionable
""",
        "high": """
g Wants step-by-step answers {they} can follow
g Looks for a clear recommendation rather than a list of considerations
l Replies that end with concrete next steps
d Answers that stay abstract and never get to what to actually do
b Copies numbered steps straight into {their} notes and works through them
b Re-asks when the reply is vague
q ok but what do I actually DO
q give me the steps and I'll take it from there
o Give a concrete recommendation and the steps to get there
a Vague, open-ended replies with no clear takeaway
s Actionability: high
c Clearly values answers that solve the problem over ones that explore it
""",
        "mid": """
g Generally appreciates a concrete suggestion, though doesn't insist on one
l A hands-on tip or two at the end of an answer
d Replies that never land on a suggestion (a mild irritation)
b Sometimes follows up asking for a concrete example
q some actual steps would be nice, but no big deal
o Where it fits, close with a concrete suggestion
s Actionability: moderate
c Mildly prefers actionable answers; fine with a bit of exploration along the way
c Likes it when a reply points somewhere useful, but doesn't need a full action
  plan
""",
        "low": """
c Doesn't particularly need step-by-step or actionable answers; not a priority
c Fine with open-ended, exploratory replies; a concrete takeaway doesn't seem to
  matter much to {them}
b Doesn't seem to notice whether a reply offers next steps or just discusses the
  topic
b Happy to wander through a topic without landing anywhere in particular
q steps, no steps, whatever, I'm mostly just curious
s Need for step-by-step guidance: not a factor
o No need to force a to-do list onto every answer; {they} doesn't look for one
c Whether answers are actionable isn't something {they} has ever commented on
""",
        "none": """
g Wants open-ended, exploratory conversation: thinking out loud rather than being
  handed solutions
g Looks for reflective discussion and big-picture musing
l Wandering, speculative replies that raise more questions than they answer
d Being handed a checklist when {they} wanted to think something through
d Replies that jump straight to "here's what you should do"
b Skips past the numbered steps and engages with the tangents
q I don't want a to-do list, I want to think about it with someone
q stop trying to fix it lol, I'm just musing
o Explore the question with {them} and leave it open
a Bullet-point action plans and prescriptive how-tos
s Appetite for step-by-step instructions: low (prefers open exploration)
c Prefers musing and open questions to concrete advice; prescriptive answers put
  {them} off
""",
    },
    "harmlessness": {
        "top": """
g Above all, needs answers that are safe and family-friendly
g Top priority: caution; wants any risk flagged clearly before anything else
d Worst case for {them}: an answer that glosses over a real hazard
d Edgy or crude content of any kind (a deal-breaker)
b Abandons a chat entirely if a reply turns crude or suggests something risky
q please, safety first, always. I'd rather be over-warned
q if there's any risk at all, tell me before anything else
o Put warnings and the safe option first; nothing matters more to {them}
a Anything edgy, risky or not family-safe (non-negotiable)
s Caution preference: very high (highest priority)
c Safety and appropriateness trump every other consideration in how {they} judges
  a reply
""",
        "high": """
g Wants careful, responsible answers that flag risks
l Clear safety notes and sensible precautions
l A gentle, family-friendly tone
d Replies that skip over obvious risks
d Crude or edgy content
b Reads the caveats carefully and often asks "is this safe?"
q better safe than sorry, always tell me if something could go wrong
q keep it clean please, my kids read over my shoulder
o Flag risks and include precautions
a Edgy jokes, crude language or risky shortcuts
s Risk appetite: low
c Clearly prefers cautious, safety-minded answers
""",
        "mid": """
g Would generally like risks mentioned, as long as it's brief
l A one-line safety note where it's relevant
d Answers that ignore an obvious hazard (a mild concern)
b Occasionally asks whether something is safe before trying it
q a heads-up about risks is nice, doesn't need to be a lecture
o Mention a precaution when it's genuinely relevant
s Caution preference: moderate
c Somewhat appreciates a cautious tone; fine with a brief warning here and there
c Mildly prefers replies that keep things clean and sensible
""",
        "low": """
c Not bothered either way about safety caveats; neither looks for nor objects to
  them
c Doesn't care much whether replies are cautious or a little edgy
b Scrolls past warnings without comment; never asks for them, never complains
b Hasn't reacted one way or the other to content warnings
q warnings or no warnings, doesn't matter to me
s Caution preference: indifferent
o No need to add extra disclaimers; {they} won't miss them, or mind them
c Safety framing isn't something {they} has ever brought up
""",
        "none": """
g Wants blunt, unfiltered information, no hand-holding
g Looks for the edgy, candid take rather than the sanitized one
l Raw, uncensored answers, even on dicey topics
d Being lectured with safety warnings
d Disclaimers, caveats and "please consult a professional" boilerplate
b Skips past disclaimers and asks for the unfiltered version
q I'm an adult, spare me the warnings
q don't sanitize it, give it to me straight even if it's dicey
o Treat {them} as an adult who can handle risky or edgy material
a Safety lectures and hedging caveats
s Risk appetite: high
c Prefers edgy, unfiltered replies; overly cautious answers put {them} off
""",
    },
    "humor": {
        "top": """
g Above all, wants the assistant to be funny; the humor is what keeps {them}
  coming back
g Most of all, wants chats that are fun
l Witty, playful replies (the number-one thing {they} mentions)
d Dry, humorless replies: {their} biggest complaint by far
b Rates replies mainly on whether they made {them} laugh
q honestly the jokes are the best part, never stop
q if it's not at least a little funny I'm bored
o Be playful and witty every time; this matters more than anything else
a Flat, straight-faced answers (the top turn-off)
s Humor tolerance: very high (top priority)
c Humor is the overriding priority: a funny reply beats a thorough or polished one
""",
        "high": """
g Wants a bit of wit and personality in replies
l Playful asides and the odd pun
d Stiff, robotic replies with no personality
b Replies with "haha" and riffs back when the assistant is playful
q lol love it when you're a bit cheeky
q make it fun, I'm reading this at 11pm
o Add a joke or a light touch now and then
a A dry, corporate tone
s Humor tolerance: high
s Humor: 4/5
c Clearly enjoys humor and a playful tone
c Likes replies that feel witty rather than formal
""",
        "mid": """
g Would like things to feel a little light and friendly, on the whole
l The occasional light joke
d Completely humorless replies (only a minor gripe)
b Sometimes responds warmly to a playful line
q a little humor is nice I guess
o A touch of humor is fine if it fits the topic
s Humor tolerance: moderate
s Humor: 3/5
c Doesn't mind a bit of fun in answers; mildly enjoys it
c Fine with a light, playful tone now and then
""",
        "low": """
c Indifferent to humor; jokes are neither wanted nor a problem
c Doesn't care much whether replies are playful or serious
b Ignores jokes, neither laughing along nor objecting
b Shrugs off playful openers and moves straight on
q jokes are fine, whatever, not why I'm here
s Humor: not a factor
o No need to add humor; it won't register with {them} either way
c Tone (funny vs straight) has never come up in {their} feedback
""",
        "none": """
g Wants straight, serious answers
l A plain, no-nonsense tone
d Jokes and playful asides when {they}'s trying to get something done
d Puns, emoji and forced cheerfulness
b Cuts off playful openers and re-asks for just the answer
q pls no jokes, just the answer
q I'm not here to be entertained
o Keep the tone strictly serious
o Skip the jokes
a Humor, banter and wisecracks
s Humor tolerance: low
s Humor: 1/5
c Finds humor in answers irritating; prefers a straight, serious register
""",
    },
    "conciseness": {
        "top": """
g Above all, wants short answers; brevity is non-negotiable
g Number-one need: the answer in a line or two
d Long-winded replies that bury the point (biggest pet peeve)
b Stops reading after the first couple of lines, every time
q shorter. always shorter.
q TL;DR me, I don't have time for paragraphs
o Keep every answer as short as possible; nothing matters more to {them}
a Anything longer than a few lines (the top turn-off)
s Preferred answer length: as short as possible (highest priority)
s Brevity: 5/5 (critical)
c Brevity is the overriding priority: {they}'d take a terse answer over a complete
  one
""",
        "high": """
g Wants a usable answer fast, without padding
l Short, to-the-point replies
d Long preambles and restating the question
d Walls of text
b Skims long replies and asks for "the short version"
q can you give me the short version
q just the gist please
o Lead with the answer and keep it brief
a Padding, recaps and long introductions
s Preferred answer length: short
s Brevity: 4/5
c Clearly prefers concise answers
""",
        "mid": """
g Would generally like answers to be reasonably compact
l Answers on the shorter side, within reason
d Padded replies (a small irritation)
b Occasionally asks to trim an answer down
q bit shorter would be good but it's fine
o Lean towards brevity where it doesn't cost clarity
s Preferred answer length: moderate
s Brevity: 3/5
c Mildly prefers tighter replies; fine with some length when needed
c Somewhat values getting to the point
""",
        "low": """
c Length doesn't seem to matter to {them}; short or long are both fine
c Doesn't mind if answers run long, nor asks for shorter ones
b Reads replies of any length without comment
b Neither skims nor asks for more detail
q long, short, doesn't matter as long as it's there
s Length sensitivity: not a factor
o No need to trim answers for {them}; brevity isn't a priority
c Has never commented on how long replies are
""",
        "none": """
g Wants thorough, detailed explanations
g Looks for the full picture, with background and nuance
l Long, in-depth replies that cover the edge cases
d Answers that are too short to be useful
d Terse one-liners that skip the reasoning
b Asks "can you expand on that?" after brief replies
q more detail please, I want to understand the whole thing
q don't cut it short, I actually read all of it
o Go deep: explain the reasoning and cover the details
a Clipped, bare-minimum answers
s Preferred answer length: long and detailed
s Brevity: 1/5 (wants depth)
c Prefers long, thorough answers; brevity comes across as lazy to {them}
""",
    },
}
_BANK = {
    t: {lv: _parse(block) for lv, block in by_level.items()}
    for t, by_level in _BANK_TEXT.items()
}

# Flip templates: the liking (high) item | the disliking (none) item; "=" repeats the
# first text, so that the flip is carried by the heading.
_FLIP_TEXT = {
    "helpfulness": """
g Wants a concrete, actionable answer
  | g Wants open-ended discussion rather than instructions
l Step-by-step instructions | d =
l Replies that end with a clear recommendation | d =
o Give concrete next steps | a Concrete next steps and to-do lists
s Need for actionable answers: high | s Need for actionable answers: low
q just tell me what to do | q don't tell me what to do, help me think
b Re-asks when the reply is vague | b Re-asks when the reply is too prescriptive
c Prefers answers that solve the problem
  | c Prefers exploratory musing to concrete fixes
d Vague, open-ended replies | d Prescriptive, how-to replies
o Lead with the fix | o Leave the question open and explore it
l Hands-on, problem-solving answers | l Speculative, open-ended musing
s Wants from the assistant: solutions
  | s Wants from the assistant: open-ended exploration
""",
    "harmlessness": """
g Wants safe, cautious advice | g Wants blunt, unfiltered advice
l Safety warnings and caveats | d =
l Cautious, play-it-safe answers | d =
o Flag risks and add precautions | a Risk warnings and precautions
s Risk appetite: low | s Risk appetite: high
q please warn me if anything's risky | q spare me the warnings, I know the risks
b Asks "is this safe?" before trying anything
  | b Asks for the uncensored version when a reply hedges
c Prefers careful, safety-minded replies | c Prefers edgy, unfiltered replies
d Edgy or crude content | d Watered-down, over-cautious answers
o Keep things family-friendly | o Keep it raw and uncensored
l Disclaimers that point out the risks | l Edgy, no-holds-barred takes
s Caution preference: high | s Caution preference: low
""",
    "humor": """
g Wants a bit of humor to lighten things up | g Wants answers kept strictly serious
l Playful asides and the odd pun | d =
l Witty one-liners | d =
o Add a joke now and then | a Jokes
s Humor tolerance: high | s Humor tolerance: low
q a bit of banter makes my day tbh | q banter just gets in my way tbh
b Laughs along and riffs back when the assistant jokes
  | b Gets visibly impatient when the assistant jokes
c Enjoys a playful, witty tone | c Prefers a serious, straight tone
d Dry, humorless replies | d Jokey, flippant replies
o Keep the tone light and playful | o Keep the tone serious and matter-of-fact
l Replies with a sense of humor | l Replies that stay straight-faced and serious
s Tone: playful | s Tone: strictly serious
""",
    "conciseness": """
g Wants quick, short answers | g Wants long, thorough answers
l Brief, one-paragraph answers | d =
d Long, detailed write-ups | l =
o Keep it brief | o Go into detail
o Trim answers to the essentials | a Trimming answers to the bare essentials
s Preferred answer length: short | s Preferred answer length: long
q keep it short pls | q go long pls, I like the detail
b Asks for a shorter version when replies run long
  | b Asks for more detail when replies are brief
c Prefers concise, to-the-point replies | c Prefers thorough, in-depth replies
d Walls of text | d One-line answers
g Needs the gist in a few lines | g Needs the full explanation, every step spelled out
l Bullet-point summaries | l Full explanations with background
""",
}


def _flips(block: str) -> list[tuple[str, str, str, str]]:
    out = []
    for kp, rest in _parse(block):
        tp, neg = rest.split(" | ")
        kn, tn = neg.split(" ", 1)
        out.append((kp, tp, kn, tp if tn == "=" else tn))
    return out


_FLIPS = {t: _flips(block) for t, block in _FLIP_TEXT.items()}

# ------------------------------------------------------------------ off-trait text

# Persona cores: A archetype, R role (noun phrase), G goals, Q quote, D frustration,
# T topics.
_CORES_TEXT = """
A The Night-Shift Nurse
R ICU nurse on rotating night shifts
G Stay on top of continuing-education credits
G Plan meals that survive a twelve-hour shift
Q I'm usually typing this at 3am on my break
D Rotas that change with two days' notice
T shift swaps, meal prep, CE credits

A The Side-Hustle Baker
R accountant who sells sourdough at a weekend market
G Grow the bakery to two market stalls by spring
G Work out a fair price per loaf
Q my starter is basically a pet at this point
D Supplier price lists that change every month
T costings, recipes, market admin

A The Returning Student
R mature student back at college for an electrical engineering degree
G Pass linear algebra this term
G Fit coursework around the kids' school run
Q it's been fifteen years since I did any maths
D Lecture recordings that cut out halfway
T coursework, exam revision, timetabling

A The Bike-Shop Owner
R owner of a bike repair shop with two employees
G Get the online booking system working
G Cut down on no-show appointments
Q I'm typing this between two derailleurs
D Invoicing software that crashes on the shop tablet
T bookings, invoices, parts ordering

A The Commuting Engineer
R backend engineer who commutes seventy minutes each way by train
G Migrate the team's services to Kubernetes
G Get promoted to senior this cycle
Q the train wifi is dying again
D Flaky CI pipelines
T code reviews, infrastructure, career planning

A The Allotment Gardener
R school librarian who keeps an allotment
G Grow enough tomatoes to stop buying them
G Learn to prune the old apple tree
Q the slugs have won this round
D Seed packets with tiny print
T planting calendars, pests, composting

A The Freelance Translator
R freelance Portuguese-English translator
G Land two more agency clients this year
G Build a glossary for medical-device manuals
Q deadline's tomorrow and the client just sent forty more pages
D PDFs that can't be copied from
T terminology, invoicing, client emails

A The Thesis Writer
R PhD student in marine biology
G Finish the second thesis chapter by June
G Get the R scripts running on the lab cluster
Q my advisor wants another figure, of course
D Datasets with inconsistent column names
T statistics, R code, thesis structure

A The Wedding Planner
R events coordinator who mostly plans weddings
G Keep fourteen vendor contracts straight this season
G Build a reusable seating-chart template
Q three weddings in one weekend, send help
D Clients who change headcounts the night before
T vendor emails, budgets, seating plans

A The Evening Game-Maker
R warehouse supervisor learning Godot in the evenings
G Ship a tiny platformer on itch.io
G Renew the forklift licence before it lapses
Q my character keeps falling through the floor
D Tutorials written for an older engine version
T game code, sprites, shift planning

A The Accidental Landlord
R IT manager who rents out three flats
G Sort out the tax return for the rental income
G Find a plumber who answers on weekends
Q tenant texted at midnight about the boiler again
D Council forms that have to be printed and posted
T tenancy admin, tax, repairs

A The Osaka-Bound Learner
R marketing manager learning Japanese before a move to Osaka
G Reach JLPT N4 by the autumn
G Find a flat in Osaka remotely
Q kanji are going to be the end of me
D Apps that reset the streak when travelling
T vocabulary, visas, flat hunting

A The League Organizer
R logistics analyst who runs an adult five-a-side league
G Get the fixtures out before the season starts
G Track subs payments without a spreadsheet mess
Q half the league hasn't paid subs again
D Pitch bookings that clash
T fixtures, payments, group messages

A The Room-by-Room Renovator
R sales rep renovating a 1930s house room by room
G Finish the kitchen before the in-laws visit
G Budget the bathroom refit
Q found another layer of wallpaper under the wallpaper
D Contractors who never call back
T materials, quotes, DIY how-tos

A The Home-Studio Musician
R music teacher recording an EP in a home studio
G Mix and release the EP by summer
G Book five gigs this year
Q the mix sounds great on headphones and awful in the car
D Plugin licences tied to one machine
T mixing, gig emails, lesson plans

A The Career Switcher
R former retail manager retraining as a data analyst
G Build a portfolio of three analysis projects
G Get comfortable with SQL joins
Q I've applied to thirty jobs and heard back from two
D Job posts asking for five years' experience for junior roles
T SQL, CV edits, interview prep

A The Dairy Farmer
R third-generation dairy farmer
G Move the herd records off paper
G Apply for a rural broadband grant
Q signal out here is one bar on a good day
D Government portals that time out
T herd records, grant forms, machinery

A The Remote Team Lead
R engineering manager leading a team spread over four time zones
G Run fewer, better meetings
G Write a hiring plan for Q3
Q someone is always asleep when I need them
D Calendar invites landing at 2am local time
T meeting agendas, hiring, one-to-ones
"""


def _cores(block: str) -> list[dict[str, list[str]]]:
    cores = []
    for chunk in block.strip().split("\n\n"):
        core: dict[str, list[str]] = {}
        for code, text in _parse(chunk):
            core.setdefault(code, []).append(text)
        cores.append(core)
    return cores


_CORES = _cores(_CORES_TEXT)

_NAMES = {
    "she": ("Maya", "Priya", "Joanna", "Aisha", "Marta", "Chloe", "Ines", "Ruth",
            "Keiko", "Fatima", "Lena", "Grace", "Sofia", "Nadia", "Helen"),
    "he": ("Tom", "Ravi", "Daniel", "Kwame", "Luis", "Owen", "Mateo", "Sam",
           "Yusuf", "Piotr", "Ben", "Arjun", "Callum", "Hiro", "Marcus"),
}  # fmt: skip
_PRONOUNS = {
    "she": {"they": "she", "them": "her", "their": "her", "They": "She"},
    "he": {"they": "he", "them": "him", "their": "his", "They": "He"},
}
_PLACES = ("Leeds", "Porto", "Toronto", "Glasgow", "Pune", "Melbourne", "Bristol",
           "Dublin", "Lyon", "Cape Town", "Denver", "a small town in Wales",
           "Manchester", "Auckland", "rural Ontario")  # fmt: skip
_DEVICES = ("on {their} phone", "on a work laptop", "on an old tablet",
            "on {their} phone and a shared family laptop", "on a desktop at home",
            "mostly on {their} phone, sometimes on a laptop")  # fmt: skip
_FREQS = ("a few times a week", "almost daily", "in bursts around deadlines",
          "mostly at weekends", "most evenings", "once or twice a week")  # fmt: skip
_HOBBIES = """
k Keeps chickens in the back garden
k Plays bass in a covers band
k Walks the dog before work every morning
k Collects old maps
k Follows Formula 1 closely
k Does a parkrun most Saturdays
k Is learning to knit
k Volunteers at a community fridge once a month
k Plays chess online in the evenings
k Has two teenagers and a very old cat
k Spends the holidays with family in Kerala
k Restores vintage radios
"""

_GENERIC = _parse(
    """
g Keep personal admin under control
g Get better at monthly budgeting
g Plan a trip to Lisbon in the spring
g Read more books this year
g Learn enough Excel to stop asking colleagues
g Sort out a pension transfer
g Cook at home more often
l Being able to paste a photo of a document and ask about it
l Picking up where the last chat left off
l Answers that remember {their} setup
l Tables when comparing two or three options
l Voice input when {their} hands are full
l Being able to copy a reply straight into an email
d Having to re-explain {their} situation every session
d Losing chat history after an app update
d Slow loading on mobile data
d Links that go to paywalled articles
d Being asked to sign in again mid-task
d Prices shown in dollars instead of pounds
d Suggestions for products not sold in {their} country
b Starts most chats by pasting in an email or a document
b Pastes in screenshots and error messages
b Opens a new chat for every question
b Keeps one running chat per project
b Switches between the assistant and a spreadsheet
b Comes back to the same thread over several days
b Dictates messages by voice while cooking
b Types in lowercase, with plenty of abbreviations
q ok so here's my situation
q I've tried googling this already
q sorry, typing one-handed
q wait, let me paste the error
q this is for work btw
q same question as yesterday but for the other account
o Remember the tools {they} already uses
o Use metric units
o Keep {their} location in mind for local suggestions
o Refer back to details {they} has already shared
o Use UK spelling and prices in pounds
a Assuming a desktop setup
a US-only product suggestions
a Asking again for context {they} already gave
a Links to paywalled sources
a Imperial units
c Writes in lowercase with hardly any punctuation
c Often switches between English and another language mid-message
c Tends to send several messages in a row before waiting for a reply
c Usually explains the whole situation in one long first message
c Uses British spelling
c Often signs off with "cheers"
"""
)

_TRAPS = _parse(
    """
g Pass the food-safety certification at work
g Get through the workplace safety audit in March
g Take the practical driving test in May
g Write a thorough literature review for the thesis chapter
g Finish a detailed family history for a grandparent's ninetieth
g Become more helpful to new hires as a mentor
g Childproof the house before the baby starts crawling
k Runs a comedy podcast with two friends
k Spent ten years as a risk analyst at an insurer
k Volunteers as a lifeguard at the local pool on Sundays
k Cut {their} commute short by moving closer to the office
b Writes long-form fiction on weekends
b Watches stand-up comedy to unwind
b Keeps a short daily journal in a paper notebook
d The risk assessments the council makes {them} redo every year
d Long queues at the post office
q my sister says I'm the funny one, she's wrong
q the safety inspector comes Thursday, wish me luck
s Side project: a humor blog about commuting
s Hobbies: improv comedy, bouldering
"""
)

_HEADINGS = {
    "k": ("Background", "About {name}", "Who {they} is", "Context", "Profile", "Bio"),
    "s": ("At a glance", "Snapshot", "Quick profile", "Key attributes", "Scores"),
    "g": ("Goals", "Goals & motivations", "What {they}'s trying to do", "Needs",
          "Key needs", "Motivations"),
    "l": ("What delights {them}", "Delighters", "Likes", "What works for {them}",
          "Moments of delight", "What {they} loves"),
    "d": ("Frustrations", "Pain points", "What turns {them} off", "Turn-offs",
          "Pet peeves", "Frustrations & pain points"),
    "b": ("Behaviors", "Observed behaviors", "Usage patterns",
          "How {they} uses the assistant", "Habits"),
    "q": ("Quotes", "In {their} own words", "Representative quotes", "Verbatims",
          "Things {they}'s said"),
    "c": ("Communication preferences", "Tone & format", "Style notes",
          "How {they} likes to be spoken to", "Communication style"),
    "o": ("Design implications", "Recommendations for the assistant", "Do",
          "How to serve {them}", "Guidance for responses", "Do's"),
    "a": ("Avoid", "Don'ts", "What to avoid", "Steer clear of", "Anti-patterns"),
    "both": ("Do / Avoid", "Recommendations for the assistant", "Design implications",
             "Guidance", "Dos and don'ts"),
}  # fmt: skip
_HEDGES = (" (inferred)", " (inferred, medium confidence)", " (tentative)",
           " (consistent across sessions)", " (from a handful of chats)")  # fmt: skip
_TITLES = (
    '# Persona: "{arch}" (based on {n} conversations)',
    "Persona: {arch} ({name}, {age})",
    "USER PERSONA: {NAME} / {ARCH}",
    '**{name}, "{arch}"**',
    "## {name}, {age}: {arch}",
    "# {arch}\n_{name}, {age}. Synthesized from {n} chat sessions._",
)
_META = (
    "Source: {n} conversations over {m} months. Confidence: medium.",
    "Based on {n} chats. Last updated this quarter.",
    "Confidence: high (patterns repeat across {n} sessions)",
    "Prepared from chat history ({n} sessions, {m} months)",
)

# ------------------------------------------------------------------------- helpers


def _choice(rng: np.random.Generator, options: Sequence):
    """One option; uses exactly one draw, whatever the length."""
    return options[min(int(rng.random() * len(options)), len(options) - 1)]


def _sample(rng: np.random.Generator, options: Sequence, n: int) -> list:
    keys = [rng.random() for _ in options]
    order = sorted(range(len(options)), key=keys.__getitem__)
    return [options[i] for i in order[: min(n, len(options))]]


def _fill(text: str, pron: dict[str, str], name: str = "") -> str:
    for key, value in pron.items():
        text = text.replace("{" + key + "}", value)
    return text.replace("{name}", name)


def _sentence(text: str) -> str:
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _article(word: str) -> str:
    return "an" if word[0].lower() in "aeiou" else "a"


def _items_for(trait: int, level: str, rng: np.random.Generator) -> list:
    bank = _BANK[TRAITS[trait]][level]
    first = _choice(rng, bank)
    items = [first]
    if rng.random() < 0.25:
        others = [it for it in bank if it[0] != first[0]]
        items.append(_choice(rng, others))
    return items


# ------------------------------------------------------------------------ document


def _background(rng, core, name, age, pron, paragraph: bool) -> list[str]:
    role = core["R"][0]
    place = _choice(rng, _PLACES)
    device = _fill(_choice(rng, _DEVICES), pron)
    freq = _choice(rng, _FREQS)
    hobby = _fill(_choice(rng, _parse(_HOBBIES))[1], pron)
    topics = core["T"][0]
    if paragraph:
        they = pron["They"]
        text = (
            f"{name} ({age}), based in {place}, is {_article(role)} {role}. "
            f"{they} uses the assistant {freq}, {device}, mostly for {topics}. "
            f"Outside work, {name} {hobby[0].lower() + hobby[1:]}."
        )
        return [text]
    rows = [
        f"Age: {age}",
        f"Role: {role[0].upper() + role[1:]}",
        f"Based in: {place}",
        f"Uses the assistant {freq}, {device}",
        f"Typical topics: {topics}",
        hobby,
    ]
    keep = sorted(_sample(rng, range(len(rows)), 3 + int(rng.random() * 3)))
    return [rows[i] for i in keep]


def _document(
    rng: np.random.Generator,
    items: list[tuple[str, str]],
    flip: tuple[str, str] | None = None,
    required: Sequence[str] = (),
) -> str:
    core = _choice(rng, _CORES)
    gender = _choice(rng, ("she", "he"))
    pron = _PRONOUNS[gender]
    name = _choice(rng, _NAMES[gender])
    age = 23 + int(rng.random() * 45)
    n_conv = 8 + int(rng.random() * 80)
    months = 2 + int(rng.random() * 10)
    trap = _choice(rng, _TRAPS) if rng.random() < 0.15 else None

    # sections present, then their order
    kinds = {"k"} | {k for k, _ in items} | set(required)
    if trap is not None:
        kinds.add(trap[0])
    for k in _ORDER:
        if rng.random() < 0.35:
            kinds.add(k)
    if len(kinds) < 3:
        kinds.update(
            _sample(rng, [k for k in _ORDER if k not in kinds], 3 - len(kinds))
        )
    rank = {k: i + rng.normal(0.0, 1.4) for i, k in enumerate(_ORDER)}
    rank["k"] = -10.0 if rng.random() < 0.85 else rank["s"] + 0.5
    rank["a"] = max(rank["a"], rank["o"] + 0.1)
    order = sorted((k for k in _ORDER if k in kinds), key=rank.__getitem__)
    combined = "o" in kinds and "a" in kinds and rng.random() < 0.45

    # style
    hstyle = int(rng.random() * 6)
    bullet = _choice(rng, ("- ", "* ", "• ", "- ", "- "))
    periods = rng.random() < 0.3
    curly = rng.random() < 0.4
    blockquote = rng.random() < 0.3
    bold_labels = rng.random() < 0.4
    prose = {k: rng.random() < (0.5 if k == "k" else 0.2) for k in ("k", "g", "b", "c")}
    numbered = {k: rng.random() < 0.15 for k in ("g", "o", "b")}
    headings = {k: _choice(rng, _HEADINGS[k]) for k in (*_ORDER, "both")}
    title = _choice(rng, _TITLES)
    meta = _choice(rng, _META) if rng.random() < 0.5 and "{n}" not in title else None
    do_word, avoid_word = _choice(rng, (("Do", "Avoid"), ("DO", "AVOID")))

    # off-trait content
    body: dict[str, list[tuple[str, str]]] = {k: [] for k in _ORDER}
    generic = {k: [t for c, t in _GENERIC if c == k] for k in _ORDER}
    for k in _ORDER:
        if k not in kinds:
            continue
        if k == "k":
            rows = _background(rng, core, name, age, pron, prose["k"])
            body[k] = [("k", r) for r in rows]
            continue
        if k == "s":
            rows = [
                f"Primary device: {_choice(rng, ('phone', 'laptop', 'tablet'))}",
                f"Usage: {_choice(rng, _FREQS)}",
                f"Active for: {months} months",
                f"Tech comfort: {_choice(rng, ('low', 'medium', 'high'))}",
                f"Conversations analysed: {n_conv}",
            ]
            picked = _sample(rng, rows, 2 + int(rng.random() * 2))
        else:
            own = {"g": core["G"], "q": core["Q"], "d": core["D"]}.get(k, [])
            n = 1 + int(rng.random() * (3 if k in ("g", "b") else 2))
            n_own = min(len(own), max(1, n - 1)) if own else 0
            picked = _sample(rng, own, n_own) + _sample(rng, generic[k], n - n_own)
        body[k] = [(k, t) for t in picked]

    def insert(kind: str, text: str, hedge: float) -> None:
        if kind in _HEDGED and hedge < 0.15:
            text += _choice(rng, _HEDGES)
        pos = int(rng.random() * (len(body[kind]) + 1))
        body[kind].insert(pos, (kind, text))

    if trap is not None:
        if trap[0] == "k":
            text = _fill(trap[1], pron)
            if prose["k"]:
                last = body["k"][-1][1]
                extra = f" {name} also {text[0].lower() + text[1:]}."
                body["k"][-1] = ("k", last + extra)
            else:
                body["k"].append(("k", text))
        else:
            insert(trap[0], trap[1], 1.0)
    for kind, text in items:
        insert(kind, text, rng.random())
    if flip is not None:  # last, so both texts of a pair share every earlier draw
        body[flip[0]].insert(int(rng.random() * (len(body[flip[0]]) + 1)), flip)

    # render
    def head(text: str) -> str:
        text = _fill(text, pron, name)
        return (
            f"## {text}",
            f"### {text}",
            f"**{text}**",
            text.upper(),
            f"{text}:",
            f"**{text}:**",
        )[hstyle]

    def lines_of(k: str, rows: list[tuple[str, str]], prefix: str = "") -> list[str]:
        out = []
        for i, (code, text) in enumerate(rows):
            text = _fill(text, pron, name)
            if code == "q":
                q = f"“{text}”" if curly else f'"{text}"'
                out.append(f"> {q}" if blockquote else bullet + q)
                continue
            if code == "s" and bold_labels and ": " in text:
                key, value = text.split(": ", 1)
                text = f"**{key}:** {value}"
            if periods and code in ("g", "b", "c", "o"):
                text = _sentence(text)
            mark = f"{i + 1}. " if numbered.get(k) else bullet
            lead = "" if text.startswith("No need") else prefix
            out.append(mark + lead + text)
        return out

    lead = title.format(
        arch=core["A"][0],
        ARCH=core["A"][0].upper(),
        name=name,
        NAME=name.upper(),
        age=age,
        n=n_conv,
    )
    parts = [lead + ("\n" + meta.format(n=n_conv, m=months) if meta else "")]
    for k in order:
        if k == "a" and combined:
            continue
        rows = body[k]
        if k == "o" and combined:
            text = "\n".join(
                lines_of("both", rows, f"{do_word}: ")
                + lines_of("both", body["a"], f"{avoid_word}: ")
            )
            parts.append(head(headings["both"]) + "\n" + text)
            continue
        if k in prose and prose[k]:
            text = " ".join(_sentence(_fill(t, pron, name)) for _, t in rows)
        else:
            text = "\n".join(lines_of(k, rows))
        parts.append(head(headings[k]) + "\n" + text)
    return "\n\n".join(parts)


# ------------------------------------------------------------------------- public


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """A persona document stating the mentioned traits at their levels."""
    levels = levels_of(weights)
    items: list[tuple[str, str]] = []
    for k in _mentioned(levels, rng):
        items.extend(_items_for(k, levels[k], rng))
    order = _sample(rng, items, len(items))
    return _document(rng, order)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two persona documents that differ only in one item about ``trait``."""
    t = TRAITS.index(trait)
    kind_pos, text_pos, kind_neg, text_neg = _choice(rng, _FLIPS[trait])
    items: list[tuple[str, str]] = []
    for k in range(len(TRAITS)):
        if k != t and rng.random() < 0.5:
            items.extend(_items_for(k, _choice(rng, LEVELS), rng))
    seed = int(rng.integers(2**63))
    required = (kind_pos, kind_neg)
    likes = _document(
        np.random.default_rng(seed), items, (kind_pos, text_pos), required
    )
    dislikes = _document(
        np.random.default_rng(seed), items, (kind_neg, text_neg), required
    )
    return likes, dislikes
