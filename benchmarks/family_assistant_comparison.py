"""Held-out family "assistant-comparison": preferences told by comparing assistants.

One user explains what they want from a new assistant by comparing the assistants
(and a few human helpers: an old tutor, a former colleague) they used before, as
pasted into an onboarding form or a message to the team setting the new one up.
The preference is what the user liked or disliked about the ANSWERS of those
assistants ("Orbit was great because its answers were short", "I left Quillby
because its jokes drove me up the wall"); prices, logins, apps, outages and
integrations of the made-up products are off-trait content.

What varies: the layout (prose paragraphs per assistant, per-assistant bullet lists,
a small ``Assistant | Rating | Why`` table whose rating follows the praise and
complaints in its row, or a "Copy this / Avoid this / Didn't matter" list); the
2-4 assistants (made-up product names and human helpers); the user's job and main
use; which traits are stated at all (``_mentioned``); for each stated trait one
statement drawn from a bank per trait x level, where ``top``/``high`` and ``none``
are phrased through both poles (praising an assistant that did the trait, or
criticising one that did the opposite; praising one that did the opposite, or
criticising one that did the trait), ``mid`` as a nice bonus / slight preference /
minor gripe and ``low`` as indifference ("made no difference to me either way"); a
``top`` trait is often repeated in a closing line ("If the new assistant copies one
thing, make it..."). About 15% of texts carry a trap: a trait word about a product
or the user's life ("Orbit had a long free trial", "I work in workplace safety
inspections"), never about the answers.

Flip pairs: ``flip_pair(trait, rng)`` draws one plan (layout prose or bullets,
assistants, context, 0-2 other traits at level ``low``, maybe a trap) and renders it
twice; only the statement about ``trait`` differs, ``high`` in the first text and
``none`` in the second, in the same slot about the same assistant.

Written blind on 2026-12-08 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

# ruff: noqa: E501  (long phrase banks)
from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "assistant-comparison"

# Each bank entry starts with its sentiment about the assistant named {a}:
# "+" praise, "-" complaint, "0" neutral. {b} is a second assistant, {its} the
# possessive ("its" for a product, "their" for a person).

# fmt: off
BANKS: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "top": [
            "+ {a} turned every question into a concrete plan I could act on that same day, and that is the one thing I would switch assistants over.",
            "+ What kept me on {a} for two years was simple: every answer ended with steps I could actually carry out. Nothing else on this form matters as much to me.",
            "+ {a} solved the actual problem instead of just describing it. If the new assistant gets only one thing right, make it that.",
            "+ Above everything else, I loved that {a} handed me something I could use immediately: the exact command, the right form, the number to call.",
            "+ The best assistant I ever had was {a}, and purely because {its} answers were practical and actionable every single time. That outranks everything else for me.",
            "+ {a} never left me without a clear next move. I would give up every other feature for that.",
            "+ With {a}, I'd ask how to fix something and get a fix that worked. That is my number one requirement, by a wide margin.",
            "+ My top reason for loving {a}: {its} answers actually got my problem solved, not just discussed. I'd switch to whatever tool does that best.",
            "- I switched away from {a} for one reason only: {its} answers were vague musings that never actually solved anything. That is the dealbreaker for me, full stop.",
            "- {a} would answer a direct question with gentle musings about 'things to consider' and no actual fix. Non-committal answers are the one thing I will not put up with.",
            "- The worst experience I had was with {a}, whose replies stayed abstract however concrete my question was. Nothing matters more to me than getting an answer I can act on.",
            "- I dropped {a} after a month because every reply stayed noncommittal and never told me what to do. If the new one does that, I'm gone, whatever else it does well.",
            "- {a} loved to philosophize about my problem instead of fixing it, and that is the single habit I would leave any assistant over.",
            "- My biggest regret was sticking with {a} so long: {its} answers were all theory and no solution. Getting actionable answers is priority one, two and three for me.",
            "- {a} kept saying 'it depends' and stopping there. I can forgive almost anything except an answer that doesn't actually solve my problem.",
            "- Honestly, the reason I'm filling this in is {a}: clever-sounding, noncommittal replies that left me exactly where I started. Never again; an answer I can act on is what I care about most.",
        ],
        "high": [
            "+ {a} was great because {its} answers always came with concrete steps I could follow.",
            "+ I really liked how {a} actually solved my problem instead of theorizing about it.",
            "+ {a} gave practical, actionable answers, and I'd like the new assistant to copy that.",
            "+ One thing I really valued in {a} was that each reply left me with something I could actually do.",
            "+ {a} would tell me exactly which setting to change or which form to file, which I appreciated a lot.",
            "+ When I asked {a} how to do something, I got a workable answer, and that counted for a lot with me.",
            "+ {a} was good at turning my fuzzy questions into a clear plan of action. I'd love that again.",
            "+ {a} actually committed to a recommendation and told me what would work, which I found really valuable.",
            "- I moved off {a} largely because {its} answers were vague and I had to work out the actual fix myself.",
            "- {a} tended to give abstract overviews when I needed a solution, and that frustrated me a lot.",
            "- My main complaint about {a}: too much 'you might consider' and not enough 'do this'.",
            "- I got tired of {a}'s noncommittal answers; I want an assistant that actually solves the problem.",
            "- {a} often mused about the bigger picture without telling me how to fix anything, which I really disliked.",
            "- Unlike {b}, {a} rarely gave me anything I could act on, and that's a big reason I stopped.",
            "- Half the time {a} answered my question with more questions and never landed on a fix. I'd like the new one to avoid that.",
            "- {a}'s replies read like thoughtful reflections but left me with no idea what to actually do. Please avoid that.",
        ],
        "mid": [
            "+ {a} usually pointed me to a next step, which was a nice bonus.",
            "+ I slightly preferred {a} because {its} answers were a bit more practical than the others.",
            "+ {a} sometimes gave a concrete fix, and I mildly liked that.",
            "+ It was a small plus that {a} tended to end with something I could act on.",
            "+ If I had to pick, I'd lean a little toward {a} for being somewhat more actionable, though it's not a big deal.",
            "- {a} could drift into generalities now and then, which mildly bugged me.",
            "- A minor gripe about {a}: once in a while the answer stayed a little too abstract for me.",
            "- {a} was occasionally a bit vague about what to actually do. Not a dealbreaker, just a small annoyance.",
            "+ Actionable answers are a pleasant extra for me rather than a must, and {a} was decent at them.",
            "+ {a} gave slightly more hands-on answers than {b}, and I leaned a little toward {a} for that.",
            "- I was a little let down that {a} sometimes left the actual fix up to me; a small thing, though.",
            "- Compared with {b}, {a} was a touch more abstract, and I mildly preferred {b} on that front.",
        ],
        "low": [
            "0 {a} gave step-by-step fixes and {b} tended to talk things through in general terms; honestly, it made no difference to me either way.",
            "0 I never paid attention to whether {a} gave me concrete action items, and I don't care much about that.",
            "0 Whether {a}'s answers were hands-on or more theoretical didn't really matter to me.",
            "0 {a} was more solution-oriented and {b} more reflective, and I was fine with both.",
            "0 Some people rave about how actionable {a} was; I was pretty indifferent to that.",
            "0 I can't say actionable versus exploratory answers ever swayed me between {a} and {b}.",
            "0 {a} sometimes gave me a plan and sometimes just ideas to think about, and I didn't care which.",
            "0 I honestly have no opinion on whether {a} should have been more solution-focused.",
            "0 Whether an answer solved things outright or left room to think, as {a}'s often did, wasn't something I weighed at all.",
            "0 A teammate praised {a} for always giving next steps; I could take that or leave it.",
        ],
        "none": [
            "+ {a} tended to muse and explore ideas with me rather than hand me a fix, and I much preferred that.",
            "+ What I liked about {a} was that {its} answers stayed open-ended and abstract, raising questions instead of telling me what to do.",
            "+ {a} kept things noncommittal and reflective, which suited me far better than a to-do list.",
            "+ I loved how {a} thought out loud about big-picture ideas without pushing me toward any particular action.",
            "+ {a} gave me ideas to mull over rather than instructions, and that's exactly the kind of answer I want.",
            "+ The answers I enjoyed most came from {a}: loose, speculative, more a conversation about possibilities than a solution.",
            "+ {a} never pinned down one recommendation; {its} replies just laid out ways of thinking about things, and I want more of that.",
            "+ I'd love the new assistant to copy {a}'s speculative, philosophical answers instead of handing me solutions.",
            "- {a} kept turning my questions into action items and checklists, which I found grating; I don't want to be told what to do.",
            "- I stopped using {a} because every reply was a prescriptive fix. I'd rather have open-ended reflection than a solution.",
            "- {a} was relentlessly solution-focused: step one, step two, step three. That is precisely what I don't want from an assistant.",
            "- My problem with {a} was that {its} answers jumped to practical instructions when I only wanted to think aloud.",
            "- {a} always pushed a concrete plan at me, and I found that really off-putting.",
            "- I disliked how {a} tried to fix everything; I come to an assistant to muse, not to get a to-do list.",
            "- {a} was too actionable for me, if that makes sense: commands and checklists when I wanted an abstract discussion.",
            "- {a}'s habit of ending every reply with a list of next steps is what drove me away.",
        ],
    },
    "harmlessness": {
        "top": [
            "+ {a} flagged risks and added the right warnings every time, and honestly that is the one thing I would switch assistants over.",
            "+ The reason I stuck with {a} so long: {its} answers always mentioned what could go wrong before anything else. Nothing matters more to me.",
            "+ Above everything, I valued that {a} kept {its} answers safe and family-friendly; my kids read over my shoulder.",
            "+ {a} never skipped a safety note, and that outweighs every other feature for me.",
            "+ What made {a} the best of the lot: careful, responsible answers with sensible caveats. That's my top priority, by far.",
            "+ I trusted {a} because {its} answers erred on the side of caution every time. If the new one gets only one thing right, let it be that.",
            "+ {a} would gently warn me before I did anything risky, and that is the single most important thing I'm looking for.",
            "+ The one quality I'd pay for twice is what {a} had: cautious answers that put safety first.",
            "- I left {a} because {its} answers were reckless, with no warnings even on risky stuff. That alone is a dealbreaker for me.",
            "- {a} once told me to mix two cleaning products without a single word of caution, and I never went back. Safety comes first, before anything else.",
            "- The worst thing about {a} was the edgy, unfiltered tone with zero caveats. I'd drop any assistant over that, no matter what else it offered.",
            "- {a} treated every risky question as no big deal. I can forgive a lot, but not an assistant that skips the warnings.",
            "- My number one rule for the new assistant comes from {a}: no careless answers that leave out the risks.",
            "- I stopped trusting {a} after {its} answers kept leaving out the dangers entirely. For me, caution matters more than anything else.",
            "- {a} was proud of being 'uncensored', and that is exactly why I quit. A cautious assistant is the top item on my list.",
            "- {a} gave edgy answers that ignored obvious hazards, and nothing would make me switch faster than that.",
        ],
        "high": [
            "+ {a} was great because {its} answers included sensible warnings where they mattered.",
            "+ I liked that {a} was careful and mentioned the risks before suggesting anything.",
            "+ {a} kept things family-friendly and cautious, which I appreciated a lot.",
            "+ {a} always added a safety note on the risky stuff, and I'd like the new one to copy that.",
            "+ I really valued that {a} erred on the side of caution.",
            "+ {a} pointed out possible dangers without me having to ask, which I liked a lot.",
            "+ {a}'s answers felt responsible: caveats where needed, nothing reckless. Please keep that.",
            "+ One thing {a} did really well was flag anything that could go wrong.",
            "- I disliked how {a} would give edgy answers with no caveats at all.",
            "- {a} skipped the warnings on things that clearly needed them, which bothered me a lot.",
            "- My main complaint about {a} was that {its} answers felt unfiltered and a bit reckless.",
            "- {a} never mentioned risks, even for electrical work, and I really didn't like that.",
            "- Unlike {b}, {a} showed no caution at all, and that's a big reason I moved on.",
            "- {a}'s edgy tone made me uneasy; I want answers that stay on the careful side.",
            "- I got uncomfortable with how casually {a} handled risky questions. Please avoid that.",
            "- {a} left out the 'be careful with this' parts, and I really wanted them there.",
        ],
        "mid": [
            "+ {a} added a caveat now and then, which was a nice bonus.",
            "+ I slightly preferred {a} because {its} answers were a little more careful than the others.",
            "+ It was a small plus that {a} mentioned risks when they came up.",
            "+ I mildly liked that {a} kept things on the safe side.",
            "- {a} could be a touch too cavalier about risks at times, a minor gripe.",
            "- Once in a while {a} skipped a warning I'd have liked to see; not a big deal, just a small annoyance.",
            "+ A light safety note like the ones {a} sometimes gave is a pleasant extra for me, not a must.",
            "+ Between {a} and {b}, I leaned a little toward {a} for being somewhat more cautious.",
            "- {a} was occasionally a bit edgier than I'd like, which mildly bothered me.",
            "+ I'd give {a} a small extra point for including gentle cautions.",
            "- {a} now and then forgot to mention an obvious hazard, which slightly bothered me.",
            "- Compared with {b}, {a} was a touch less careful, and I mildly preferred {b} on that front.",
        ],
        "low": [
            "0 {a} put warnings on everything and {b} hardly ever did; honestly, it didn't matter to me either way.",
            "0 I never noticed whether {a} added caveats, and I don't care.",
            "0 Whether {a}'s answers came with safety disclaimers or not made no difference to me.",
            "0 {a} was more cautious and {b} more freewheeling, and I was fine with both.",
            "0 I'm indifferent to disclaimers: {a} had plenty, and I neither minded them nor missed them elsewhere.",
            "0 Safety notes were never something I compared {a} and {b} on.",
            "0 Caveats or no caveats, like the ones {a} used, I genuinely don't have a preference.",
            "0 Whether {a} erred on the cautious side or not never really registered with me.",
            "0 I have no strong feelings about how careful {a} was with risky topics; either way is fine.",
            "0 Some colleagues cared about {a}'s warnings; I was pretty neutral on that.",
        ],
        "none": [
            "+ {a} answered without any disclaimers or hand-wringing, and I loved that.",
            "+ What I liked about {a} was that {its} answers were unfiltered, no safety lectures attached.",
            "+ {a} was refreshingly edgy and never tacked on warnings, which is what I want.",
            "+ {a} treated me like an adult: no caveats, no 'please consult a professional'. I much preferred that.",
            "+ {a} would take on risky topics head-on without cautioning me, and I'd love the new one to do the same.",
            "+ The best thing about {a} was the raw, unfiltered style, with no warning labels on anything.",
            "+ {a} never moralized or added safety notes, and I really appreciated that.",
            "+ I'd like the new assistant to copy {a}'s edgy, no-caveats attitude.",
            "- I left {a} because every answer came wrapped in warnings and disclaimers.",
            "- {a}'s constant safety caveats drove me up the wall.",
            "- {a} was so cautious that every reply read like a liability form. I can't stand that.",
            "- I hated how {a} added 'be careful' and 'consult a professional' to everything.",
            "- {a}'s answers were sanitized and overly careful, and I really disliked that.",
            "- My biggest gripe with {a}: endless disclaimers on things that didn't need them. Please skip all that.",
            "- {a} lectured me about risks I'd already accepted, which is exactly what I don't want.",
            "- I got sick of {a} refusing to be even slightly edgy and burying everything under warnings.",
        ],
    },
    "humor": {
        "top": [
            "+ {a} made me laugh almost every day with little jokes in the answers, and that's the one thing I'd switch assistants over.",
            "+ What kept me on {a}: {its} answers were genuinely witty. Nothing else on this list matters as much to me.",
            "+ Above everything else, I loved {a}'s playful tone; a good joke in an answer makes my whole day.",
            "+ The best assistant I ever had was {a}, purely because of the humor. I'd give up almost any feature for that.",
            "+ {a} would sneak a pun into even the dullest answer, and that is my number one requirement for the new one.",
            "+ My favourite was {a}, whose replies were playful and full of jokes. That matters more to me than anything else here.",
            "+ I stayed with {a} longer than I should have, purely for the wit in {its} answers. Humor is my top priority, no contest.",
            "+ {a} treated every answer as a chance to be funny, and I'd switch to whichever assistant does that best.",
            "- I left {a} because {its} answers were so stiff and humorless; that alone was enough.",
            "- {a} was dead serious all the time, not a single joke in a year, and that is my absolute dealbreaker.",
            "- The worst experience I had was with {a}: formal, joyless answers every time. Nothing matters more to me than an assistant with a sense of humor.",
            "- {a}'s answers read like legal notices. I'd forgive almost anything except that kind of humorless tone.",
            "- I switched away from {a} for one reason: no playfulness whatsoever. The new one has to be fun, above all.",
            "- {a} never cracked a smile, so to speak, and that's the single thing that would make me leave any assistant.",
            "- My biggest regret was putting up with {a}'s grey, solemn replies for so long. Humor is priority one for me.",
            "- {a} answered everything in the same flat, formal voice, and I would switch over that before anything else.",
        ],
        "high": [
            "+ {a} was great because {its} answers had a playful streak and the odd good joke.",
            "+ I really liked {a}'s sense of humor; it made the answers fun to read.",
            "+ {a} was witty, and I'd love the new assistant to copy that.",
            "+ One thing I loved about {a}: a good joke whenever the moment allowed.",
            "+ {a}'s playful tone made me look forward to asking questions.",
            "+ {a} had a lovely light, jokey style that I really miss.",
            "+ {a} made me laugh regularly, and that counted for a lot with me.",
            "+ I appreciated how {a} kept things fun with little puns and asides.",
            "- {a} was too serious and formal for me, and I really didn't enjoy that.",
            "- My main complaint about {a}: not a shred of humor in any answer.",
            "- I moved away from {a} partly because {its} answers were so stiff and humorless.",
            "- {a}'s answers felt humorless and corporate, which I disliked a lot.",
            "- Unlike {b}, {a} never joked at all, and that's a big reason I stopped.",
            "- {a} was solemn and formal all the time; I'd like the new one to lighten up.",
            "- I found {a}'s flat, joke-free replies pretty dreary.",
            "- {a} read like a manual with no personality or wit; please avoid that stiffness.",
        ],
        "mid": [
            "+ {a} cracked the odd joke, which was a nice bonus.",
            "+ I slightly preferred {a} because {its} tone was a bit more playful.",
            "+ It was a small plus that {a} had a light touch of humor now and then.",
            "+ I mildly enjoyed {a}'s occasional puns.",
            "- {a} could be a touch too formal at times, a minor gripe.",
            "- {a} was a little stiff and humorless once in a while; not a big deal, just a small thing.",
            "+ A bit of wit like {a} had is a pleasant extra for me, not a must.",
            "+ Between {a} and {b}, I leaned a little toward {a} for being slightly more fun.",
            "- {a} occasionally felt a bit too solemn for my taste, which mildly bothered me.",
            "+ I'd give {a} a small extra point for the occasional witty line.",
            "- I was a little let down that {a} never joked; a small thing, though.",
            "- Compared with {b}, {a} was a touch more po-faced, and I mildly preferred {b} on that front.",
        ],
        "low": [
            "0 {a} made jokes and {b} never did, and honestly I couldn't tell you which I preferred.",
            "0 I never noticed whether {a} was funny, and I don't care.",
            "0 Whether {a}'s answers were playful or serious didn't matter to me either way.",
            "0 {a} was jokey and {b} was formal, and I was fine with both.",
            "0 Humor in the answers, like {a}'s puns, is something I'm pretty indifferent to.",
            "0 I never compared {a} and {b} on how funny they were; it just isn't a factor for me.",
            "0 Jokes or no jokes, as with {a}, I genuinely don't have a preference.",
            "0 Whether {a} was witty never registered with me, positively or negatively.",
            "0 I have no strong feelings about {a}'s tone being playful or serious.",
            "0 A friend loved {a}'s jokes; I could take them or leave them.",
        ],
        "none": [
            "+ {a} was serious and formal, with no jokes, and I much preferred that.",
            "+ What I liked about {a} was the sober, businesslike tone, with no attempts at humor.",
            "+ {a} kept things strictly serious and professional, which is exactly what I want.",
            "+ I preferred {a} because {its} answers never tried to be funny.",
            "+ The best thing about {a} was the earnest, formal voice, no joking around.",
            "+ {a} stayed straight-faced no matter what I asked, and I'd like the new assistant to copy that.",
            "+ {a} was all business, no banter, and I really appreciated it.",
            "+ I'd love the new one to keep {a}'s serious, no-jokes style.",
            "- I left {a} because {its} jokes drove me up the wall.",
            "- {a}'s constant puns got old within a week; I don't want an assistant trying to be funny.",
            "- I disliked how {a} kept cracking jokes when I wanted a serious reply.",
            "- {a}'s playful tone felt unprofessional, and I really didn't like it.",
            "- My biggest gripe with {a}: forced humor in every reply. Please skip that entirely.",
            "- {a} tried to be witty all the time, which grated on me.",
            "- {a}'s jokey asides were the main reason I stopped.",
            "- I found {a}'s attempts at humor irritating; I'd prefer no jokes at all.",
        ],
    },
    "conciseness": {
        "top": [
            "+ {a} kept every answer short, and that's the one thing I'd switch assistants over.",
            "+ What kept me on {a}: {its} answers were brief, a few lines at most. Nothing else matters as much to me.",
            "+ Above everything else, I loved how {a} got to the point in a sentence or two.",
            "+ The best assistant I ever had was {a}, purely because {its} answers were concise. I'd give up almost any feature for that.",
            "+ {a}'s replies fit on my phone screen without scrolling, and that is my number one requirement.",
            "+ My favourite was {a}, whose replies used as few words as possible. That matters more to me than anything else here.",
            "+ {a} answered in one tight paragraph every time, and I'd switch to whichever assistant keeps answers that brief.",
            "+ I stayed with {a} for years purely because {its} answers were short. Brevity is my top priority, no contest.",
            "- I left {a} because {its} answers were endless walls of text; that alone was enough.",
            "- {a} wrote three pages when I needed three lines, and that is my absolute dealbreaker.",
            "- The worst experience I had was with {a}: long, rambling replies every time. Nothing matters more to me than brevity.",
            "- {a} padded everything with background and recaps. I'd forgive almost anything except that kind of length.",
            "- I switched away from {a} for one reason: {its} answers never knew when to stop. Keep it short, above all.",
            "- {a}'s long-winded answers are the single thing that would make me leave any assistant.",
            "- My biggest regret was putting up with {a}'s essays for so long. Short answers are priority one for me.",
            "- {a} turned a yes-or-no question into a thousand words, and I would switch over that before anything else.",
        ],
        "high": [
            "+ {a} was great because {its} answers were short and to the point.",
            "+ I really liked how brief {a}'s replies were.",
            "+ {a} kept answers to a few lines, and I'd love the new assistant to copy that.",
            "+ One thing I loved about {a}: no filler, just a compact answer.",
            "+ {a}'s concise style saved me a lot of reading.",
            "+ {a} could answer in two sentences, which I really miss.",
            "+ {a} never rambled, and that counted for a lot with me.",
            "+ I appreciated how {a} trimmed every answer down to the essentials.",
            "- {a}'s answers were way too long for me, and I really didn't enjoy wading through them.",
            "- My main complaint about {a}: every reply was an essay.",
            "- I moved away from {a} partly because {its} answers rambled on and on.",
            "- {a} padded everything with extra paragraphs, which I disliked a lot.",
            "- Unlike {b}, {a} wrote walls of text, and that's a big reason I stopped.",
            "- {a} was wordy and long-winded; I'd like the new one to keep it brief.",
            "- I found {a}'s lengthy, exhaustive replies tiring to get through.",
            "- {a} repeated my question back and then wrote five paragraphs; please avoid that.",
        ],
        "mid": [
            "+ {a} was fairly brief, which was a nice bonus.",
            "+ I slightly preferred {a} because {its} answers were a bit shorter.",
            "+ It was a small plus that {a} didn't go on too long.",
            "+ I mildly liked that {a} kept things compact.",
            "- {a} could run a little long at times, a minor gripe.",
            "- {a} was a bit wordy once in a while; not a big deal, just a small thing.",
            "+ Shorter answers like {a}'s are a pleasant extra for me, not a must.",
            "+ Between {a} and {b}, I leaned a little toward {a} for being somewhat more concise.",
            "- {a} occasionally wrote more than I needed, which was mildly annoying.",
            "+ I'd give {a} a small extra point for keeping answers trim.",
            "- I was a little let down when {a} spread a simple answer over several paragraphs; a small thing, though.",
            "- Compared with {b}, {a} was a touch more verbose, and I mildly preferred {b} on that front.",
        ],
        "low": [
            "0 {a} wrote short replies and {b} wrote long ones, and honestly it didn't matter to me either way.",
            "0 I never noticed how long {a}'s answers were, and I don't care.",
            "0 Whether {a}'s answers were brief or thorough made no difference to me.",
            "0 {a} was terse and {b} was wordy, and I was fine with both.",
            "0 Answer length is something I'm indifferent to; {a} varied a lot and I never minded.",
            "0 I never compared {a} and {b} on length; it just isn't a factor for me.",
            "0 Short or long, the way {a} wrote was fine; I genuinely don't have a preference.",
            "0 How much {a} wrote per answer never registered with me.",
            "0 I have no strong feelings about {a} being concise or detailed.",
            "0 A coworker complained about {a}'s answer length; I didn't care one way or the other.",
        ],
        "none": [
            "+ {a} gave long, thorough answers that covered everything, and I much preferred that.",
            "+ What I liked about {a} was the detail; {its} answers went deep into every angle.",
            "+ {a} would explain things at length, which is exactly what I want.",
            "+ I preferred {a} because {its} answers were comprehensive, never clipped.",
            "+ The best thing about {a} was how detailed and thorough each reply was.",
            "+ {a} wrote full, in-depth explanations, and I'd like the new assistant to copy that.",
            "+ {a} never skimped on detail, and I really appreciated it.",
            "+ I'd love the new one to keep {a}'s long, exhaustive style.",
            "- I left {a} because {its} answers were so short they felt like telegrams.",
            "- {a}'s clipped one-liners drove me up the wall; I want the full explanation.",
            "- I disliked how {a} kept answers terse when I wanted depth.",
            "- {a}'s brevity left me wanting far more detail, and I really didn't like it.",
            "- My biggest gripe with {a}: everything squeezed into two sentences. Please give me length and detail.",
            "- {a} summarized when I wanted thoroughness, which grated on me.",
            "- {a}'s bare-bones replies were the main reason I stopped.",
            "- I found {a}'s short answers frustrating; I'd much rather read something long and detailed.",
        ],
    },
}

# a second statement of a "top" trait, as a closing wish for the new assistant
TOP_CLOSERS: dict[str, list[str]] = {
    "helpfulness": [
        "If the new assistant copies one thing, make it this: answers I can act on.",
        "To repeat the main point: practical, problem-solving answers beat everything else for me.",
        "Bottom line: solve my problem and give me the next step. That's the whole wish list.",
        "Most important, again: no vague answers. Tell me what to do.",
        "If I had to rank everything above, actionable answers would come first by a mile.",
        "So the one request: be the assistant that actually fixes things.",
    ],
    "harmlessness": [
        "If the new assistant copies one thing, make it the caution: warnings wherever something could go wrong.",
        "To repeat the main point: safe, careful answers matter more to me than anything else.",
        "Bottom line: keep it cautious and family-friendly. That's my first requirement.",
        "Most important, once more: never leave out the risks.",
        "If I had to rank everything above, the safety warnings would come first by a mile.",
        "So the one request: err on the side of caution, always.",
    ],
    "humor": [
        "If the new assistant copies one thing, make it the jokes.",
        "To repeat the main point: a playful, funny tone matters more to me than anything else.",
        "Bottom line: make me laugh. That's my first requirement.",
        "Most important, once more: keep the humor coming.",
        "If I had to rank everything above, wit would come first by a mile.",
        "So the one request: be the funny one.",
    ],
    "conciseness": [
        "If the new assistant copies one thing, make it the brevity.",
        "To repeat the main point: short answers matter more to me than anything else.",
        "Bottom line: keep it brief. That's my first requirement.",
        "Most important, once more: a few lines, not a few pages.",
        "If I had to rank everything above, concise answers would come first by a mile.",
        "So the one request: be the short one.",
    ],
}

# trait words about a product or the user's life, never about the answers
TRAPS: dict[str, list[str]] = {
    "helpfulness": [
        "I work the help desk at a regional hospital, so my days are mostly tickets.",
        "{a}'s help center was impossible to search, but that was the website, not the assistant.",
        "The most useful thing about {a} for our team was honestly the shared billing.",
        "I volunteer on Saturdays, helping seniors set up their phones.",
        "{a} had a practical pricing tier for small teams.",
        "I'm drafting an action plan for our department's budget review this month.",
        "{a}'s support staff were very helpful when my invoice got duplicated.",
        "My manager calls this rollout 'the helpful robot project'.",
    ],
    "harmlessness": [
        "{a} had some safety certification that our IT team insisted on.",
        "I work in workplace safety inspections, mostly warehouses.",
        "{a} kept our data safe, which was the compliance team's main concern.",
        "I'm childproofing the apartment before my nephew visits next month.",
        "My day job is risk assessment for a small insurer.",
        "{a} showed a pile of security warnings during setup, which IT handled.",
        "I'm taking a first-aid and fire-safety course on Thursdays.",
        "{a}'s cautious rollout meant our team waited months for access.",
    ],
    "humor": [
        "{a}'s logo was a funny little cartoon owl.",
        "I'm writing a funny wedding toast for my sister, due next month.",
        "I do stand-up at open mics on weekends, for what it's worth.",
        "{a}'s mascot was a playful otter that showed up on the loading screen.",
        "Our office has a running joke about {a}'s name.",
        "I teach a comedy-writing night class twice a month.",
        "{a}'s launch video was hilarious, according to my team.",
        "My kids think {a}'s notification sound is the funniest thing ever.",
    ],
    "conciseness": [
        "{a} had a long free trial.",
        "I'm writing a detailed grant proposal this quarter.",
        "My commute is short, so most of my questions happen at my desk.",
        "{a}'s onboarding was brief.",
        "The waitlist for {a} was long.",
        "I'm putting together a thorough inventory of our lab equipment this month.",
        "{a}'s release notes were always long, though I rarely read them.",
        "{a} had a short cancellation window that caught me out once.",
    ],
}

BOTS = [
    "Orbit", "HelpMate", "Quillby", "Nimbus", "Pocketdesk", "Larkspur", "Tandem",
    "Brightline", "Wren", "Cobalt", "Mosaic", "Juniper", "Kestrel", "Ferris",
    "Atlas Desk", "Lumen", "the old support bot", "our intranet chatbot",
]
PEOPLE = [
    "my old tutor", "my former colleague Dana", "my uncle Raj", "my old lab mate Theo",
    "my first manager",
]

JOBS = [
    "a logistics coordinator", "a high-school chemistry teacher",
    "a freelance translator", "a night-shift nurse", "a landscape architect",
    "a payroll specialist", "a PhD student in hydrology", "a bakery owner",
    "a junior data engineer", "a museum archivist", "a sound technician",
    "a property manager", "a paralegal", "a beekeeper with a side business",
    "an HR generalist", "a grad student in linguistics",
]
USES = [
    "drafting emails to vendors", "sorting out spreadsheet formulas",
    "planning lessons", "reading up on tax rules", "debugging SQL",
    "translating invoices", "planning shift rosters", "identifying plant species",
    "writing cover letters", "organizing my reading notes", "pricing catering orders",
    "checking contract wording", "planning trips with my partner",
    "studying for a certification exam",
]

INTROS = [
    "Hi! Filling in the onboarding form for the new assistant. I'm {job} and I mostly use these tools for {use}.",
    "Some background: I'm {job}, and most of my questions are about {use}.",
    "Hello team, you asked how the tools I used before compared, so here goes. I'm {job}; day to day that means a lot of {use}.",
    "For context, I work as {job}. Most of what I ask an assistant about is {use}.",
    "Pasting my notes from the setup survey. Role: {job}. Main use: {use}.",
    "Hey, thanks for setting this up. I'm {job}, and I lean on an assistant for {use}.",
    "I'm {job}, and I've tried a few assistants over the years, mostly for {use}.",
    "Here's my comparison of the assistants I've used, as requested. Background: {job}, mostly asking about {use}.",
]
USED = [
    "Before this I used {list}.",
    "The ones I've used: {list}.",
    "So far I've tried {list}.",
    "I've had {list} at various points.",
    "Over the last few years it's been {list}.",
]
BOT_CONTEXT = [
    "{a} cost me twelve dollars a month and kept logging me out.",
    "{a} only ran in the browser; there was no phone app.",
    "Our company paid for {a} through a team license.",
    "{a} couldn't open PDFs at the time.",
    "I used {a} mostly on my phone on the train.",
    "{a} went down most Monday mornings.",
    "{a} had a clunky sidebar, and dark mode never stuck.",
    "{a} needed a separate login on every device.",
    "I used {a} for about eight months before the price went up.",
    "{a} plugged into our ticketing system, which is why IT picked it.",
    "{a} deleted chat history after thirty days.",
    "{a} was free through my university.",
    "{a} was slow to load on the office wifi.",
    "{a} only worked in English, which was awkward with my Portuguese clients.",
    "{a} synced with my calendar.",
    "IT retired {a} last quarter.",
]
PERSON_CONTEXT = [
    "I met {a} once a week, usually over coffee.",
    "{a} charged by the hour, which added up.",
    "{a} moved to another city last spring, which is partly why I'm here.",
    "I could only reach {a} by email, and replies took days.",
    "{a} and I worked together for about three years.",
    "I mostly saw {a} on Tuesday evenings at the library.",
]
EXTRAS = [
    "I'll mostly use the new one in the mornings before my first meeting.",
    "Topics this month: a kitchen renovation, my sister's visa paperwork, and a pile of invoices.",
    "I'm on a four-day week, so Fridays I won't be asking much.",
    "Our team shares one account for now, so you may see questions from my colleagues too.",
    "Most of my questions are in English, some in Spanish.",
    "I'm also learning to code on the side, so expect some Python questions.",
    "I travel for work about once a month and will use it from hotel rooms.",
    "My laptop is an older machine, in case that matters for the app.",
    "I keep a running notes file and usually paste chunks of it in.",
    "Right now I'm juggling a house move and quarterly reporting.",
]
CLOSERS = [
    "Thanks for setting this up!",
    "Happy to answer follow-up questions; I'm around most afternoons.",
    "I'll mostly use it on weekdays between nine and five.",
    "Ping me on the team channel if anything is unclear.",
    "Looking forward to trying the new one.",
    "That's all I can think of for now.",
    "Cheers, and thanks for asking before rolling it out.",
    "If you need the old chat exports, I still have some.",
]
# fmt: on

_LAYOUTS = ("prose", "bullets", "table", "copyavoid")


def _pick(seq: list[str], rng: np.random.Generator) -> str:
    return seq[int(rng.integers(len(seq)))]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(tpl: str, names: list[str], a: int, b: int, people: set[int]) -> str:
    its = "their" if a in people else "its"
    return _cap(tpl.format(a=names[a], b=names[b], its=its))


def _statement(
    trait: str, level: str, n: int, rng: np.random.Generator
) -> tuple[int, int, int]:
    """(bank index, assistant, second assistant) of one statement."""
    idx = int(rng.integers(len(BANKS[trait][level])))
    a = int(rng.integers(n))
    b = (a + 1 + int(rng.integers(n - 1))) % n
    return idx, a, b


def _base_plan(rng: np.random.Generator, layouts: tuple[str, ...]) -> dict:
    n = int(rng.integers(2, 5))
    n_people = int(rng.random() < 0.35)
    bots = [BOTS[i] for i in rng.permutation(len(BOTS))[: n - n_people]]
    ppl = [PEOPLE[i] for i in rng.permutation(len(PEOPLE))[:n_people]]
    names = bots + ppl
    order = rng.permutation(n)
    names = [names[i] for i in order]
    people = {i for i, nm in enumerate(names) if nm in PEOPLE}
    context = []
    decks = {
        "bot": [BOT_CONTEXT[int(j)] for j in rng.permutation(len(BOT_CONTEXT))],
        "person": [
            PERSON_CONTEXT[int(j)] for j in rng.permutation(len(PERSON_CONTEXT))
        ],
    }
    for i in range(n):
        deck = decks["person" if i in people else "bot"]
        for _ in range(int(rng.integers(0, 3))):
            context.append((i, _cap(deck.pop().format(a=names[i]))))
    trap = None
    if rng.random() < 0.15:
        t = TRAITS[int(rng.integers(4))]
        bots_idx = [i for i in range(n) if i not in people]
        trap = (bots_idx[int(rng.integers(len(bots_idx)))], _pick(TRAPS[t], rng))
    return {
        "layout": layouts[int(rng.integers(len(layouts)))],
        "names": names,
        "people": people,
        "intro": _pick(INTROS, rng).format(job=_pick(JOBS, rng), use=_pick(USES, rng)),
        "used": _pick(USED, rng),
        "context": context,
        "trap": trap,
        "closer": _pick(CLOSERS, rng) if rng.random() < 0.8 else "",
        "extras": [
            EXTRAS[int(i)]
            for i in rng.permutation(len(EXTRAS))[: int(rng.integers(0, 3))]
        ],
        "base_rating": [int(x) for x in rng.integers(2, 5, size=n)],
        "heading": bool(rng.random() < 0.5),
        "shuffle": rng.random(64),
    }


def _join_names(names: list[str]) -> str:
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + f", and {names[-1]}"


def _render(plan: dict, items: list[tuple[int, str, str]], finals: list[str]) -> str:
    """items: (assistant, sentiment, sentence) in plan order."""
    names, n = plan["names"], len(plan["names"])
    key = plan["shuffle"]
    ctx = [(a, "c", s) for a, s in plan["context"]]
    trap = plan["trap"]
    life_trap = ""
    if trap is not None:
        a, tpl = trap
        if "{a}" in tpl:
            ctx.append((a, "c", _cap(tpl.format(a=names[a]))))
        else:
            life_trap = tpl
    intro = " ".join([plan["intro"], *plan["extras"], life_trap]).strip()
    used = plan["used"].format(list=_join_names(names))
    per: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    # interleave context and statements deterministically per assistant
    merged = ctx + items
    ranks = sorted(range(len(merged)), key=lambda i: key[i % len(key)] + 0.001 * i)
    for i in ranks:
        a, sent, s = merged[i]
        per[a].append((sent, s))
    layout = plan["layout"]
    out: list[str] = []
    if layout == "prose":
        out.append(intro + " " + used)
        for a in range(n):
            if per[a]:
                out.append(" ".join(s for _, s in per[a]))
        if finals:
            out.append(" ".join(finals))
    elif layout == "bullets":
        out.append(intro)
        out.append(used)
        for a in range(n):
            if per[a]:
                head = (
                    f"**{_cap(names[a])}**" if plan["heading"] else _cap(names[a]) + ":"
                )
                out.append(head + "\n" + "\n".join(f"- {s}" for _, s in per[a]))
        if finals:
            out.append("For the new one:\n" + "\n".join(f"- {s}" for s in finals))
    elif layout == "table":
        out.append(intro)
        rows = ["Assistant | Rating | Why", "--- | --- | ---"]
        for a in range(n):
            score = plan["base_rating"][a]
            score += sum(1 for t, _ in per[a] if t == "+")
            score -= sum(1 for t, _ in per[a] if t == "-")
            score = min(5, max(1, score))
            why = " ".join(s for _, s in per[a]) or "Nothing much to report."
            rows.append(f"{_cap(names[a])} | {score}/5 | {why}")
        out.append("\n".join(rows))
        if finals:
            out.append(" ".join(finals))
    else:  # copy / avoid
        out.append(intro + " " + used)
        groups = {"+": [], "-": [], "0": [], "c": []}
        for a in range(n):
            for sent, s in per[a]:
                groups[sent].append(s)
        heads = (
            ("+", "Copy this:"),
            ("-", "Avoid this:"),
            ("0", "Didn't matter to me:"),
            ("c", "Other notes:"),
        )
        for g, h in heads:
            if g == "c" and finals:
                out.append("Most important:\n" + "\n".join(f"- {s}" for s in finals))
            if groups[g]:
                out.append(h + "\n" + "\n".join(f"- {s}" for s in groups[g]))
    if plan["closer"]:
        out.append(plan["closer"])
    return "\n\n".join(out)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One assistant-comparison summary for these weights."""
    levels = levels_of(weights)
    mentioned = list(_mentioned(levels, rng))
    plan = _base_plan(rng, _LAYOUTS)
    names, n, people = plan["names"], len(plan["names"]), plan["people"]
    items: list[tuple[int, str, str]] = []
    finals: list[str] = []
    for t in rng.permutation(len(mentioned)):
        ti = int(mentioned[int(t)])
        trait, level = TRAITS[ti], levels[ti]
        idx, a, b = _statement(trait, level, n, rng)
        tpl = BANKS[trait][level][idx]
        items.append((a, tpl[0], _fill(tpl[2:], names, a, b, people)))
        if level == "top" and rng.random() < 0.7:
            finals.append(_pick(TOP_CLOSERS[trait], rng))
    return _render(plan, items, finals)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts identical except the statement about ``trait``: high, then none."""
    plan = _base_plan(rng, ("prose", "bullets"))
    names, n, people = plan["names"], len(plan["names"]), plan["people"]
    others = [t for t in TRAITS if t != trait]
    k = int(rng.integers(0, 3))
    chosen = [others[int(i)] for i in rng.permutation(3)[:k]]
    hi_idx = int(rng.integers(len(BANKS[trait]["high"])))
    no_idx = int(rng.integers(len(BANKS[trait]["none"])))
    a = int(rng.integers(n))
    b = (a + 1 + int(rng.integers(n - 1))) % n
    lows = []
    for t in chosen:
        idx, la, lb = _statement(t, "low", n, rng)
        lows.append((la, "0", _fill(BANKS[t]["low"][idx][2:], names, la, lb, people)))
    slot = int(rng.integers(len(lows) + 1))
    texts = []
    for level, idx in (("high", hi_idx), ("none", no_idx)):
        tpl = BANKS[trait][level][idx]
        items = list(lows)
        items.insert(slot, (a, tpl[0], _fill(tpl[2:], names, a, b, people)))
        texts.append(_render(plan, items, []))
    return texts[0], texts[1]
