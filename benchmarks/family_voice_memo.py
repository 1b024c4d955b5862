"""Voice-memo transcripts: one user rambles about how the assistant should answer.

Each summary is an automatic transcript of a voice memo in which a single user
talks, in the first person, about how they want the assistant to answer them. The
text is spoken English: filler ("um", "uh", "you know", "I mean"), false starts
and self-corrections whose corrected statement is the true one ("I want it sh--
no, wait, actually, I want it thorough"), run-on sentences, transcription marks
("[inaudible]", "[pause]", "[laughs]", timestamps like "(0:42)") and asides about
the speaker's job, family, commute and the app.

What varies: an optional transcript header; one of three punctuation modes (clean
sentences, all lower case, or lower case with almost no punctuation); timestamps
(none, one per line, or a few inline); the opener and closer; which asides appear
(job, family, where they are recording from, the app, what they ask it about) and
in what order; the order of the trait statements; per statement a hedge or filler
in front, an optional self-correction (wrong direction or wrong strength, clearly
abandoned) and, for strong statements, an optional anecdote pointing the same way.
Strength is said in plain spoken words: ``top`` is "the number one thing" and may be
repeated near the end; ``high`` is "I really want" or "please always"; ``mid`` is
"I kind of like it when"; ``low`` is plain indifference; ``none`` is "I can't stand
it" or asking for the opposite pole. Each statement talks either about the trait
itself or about its opposite pole. Traits that ``_mentioned`` leaves out are not
expressed anywhere. In about 15% of texts one aside is a trap: a trait word about
the speaker's life ("I work in site safety", "my daughter's doing a funny skit"),
never a style preference.

``flip_pair(trait, rng)`` draws one plan and renders it twice: the first text says
the speaker wants more of the trait (level ``high``), the second that they dislike
it or want the opposite pole (level ``none``). Everything else (header, asides,
order, fillers, marks, timestamps) is identical; the other traits appear only at
level ``low`` or not at all.

Written blind on 2026-12-07 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

# ruff: noqa: E501
from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "voice-memo"

# Bank layout: _BANK[trait][level][pole]. For top/high/mid, pole "trait" praises the
# trait and pole "opposite" complains about its opposite pole; for none, pole
# "trait" complains about the trait and pole "opposite" asks for the opposite pole;
# low has one pole, "any" (indifference). "{f}" is an optional hesitation filler.

# fmt: off
_BANK: dict[str, dict[str, dict[str, list[str]]]] = {
    "helpfulness": {
        "top": {
            "trait": [
                "honestly the number one thing, more than anything else, is I need it to actually solve my problem, like {f} give me something I can go and do right now",
                "okay so the big one, the thing I care about most by a mile, is that it's practical. real steps, real fixes, stuff I can actually use",
                "if you take one thing from this memo it's that I want answers that actually work, concrete, do this then do that. that matters more to me than anything",
                "above everything else, and I mean everything, I want it to be actually useful. like when I ask how to fix something, tell me how to fix it",
                "the most important thing, period, is that it {f} gets me to a solution. nothing else comes close to that for me",
                "my top priority, hands down, is actionable stuff. the actual answer, the actual fix, something I can act on",
                "number one for me, way above the rest, is it has to be useful in a real-world way, like I should walk away able to do the thing",
                "if it only gets one thing right, it should be this: solve the actual problem I came with. that's what I care about most",
            ],
            "opposite": [
                "the thing that bugs me most, more than anything, is when it gets all vague and abstract and never actually answers. that's the number one thing, I need real answers",
                "honestly my biggest thing, above everything, is no wishy-washy non-answers. don't give me “well, it depends” and leave me hanging, tell me what actually works",
                "what I hate more than anything else is when it muses about the question instead of solving it. that's the top priority for me, fix my actual problem",
                "the most important thing by far: don't be non-committal. if I ask which one to pick, pick one and tell me how, that matters more to me than anything",
                "okay the main thing, the one that really, really matters, is I'm so done with fuzzy theoretical answers. I want the usable fix, every time",
                "if there's one thing, it's stop giving me the philosophy of it. I don't need the abstract big-picture view, I need the solution, that's my number one",
                "above all else, and I can't stress this enough, I can't stand when it dodges with vague generalities. concrete, usable answers, that's priority one",
                "more than anything, no hand-wavy fence-sitting. give me the real fix so I can get the thing done, that's the big one",
            ],
        },
        "high": {
            "trait": [
                "I really want it to be practical, like {f} give me steps I can actually follow",
                "please always give me something actionable, like, what do I actually do next",
                "I really like it when it solves the problem, you know, concrete fixes",
                "it's important to me that the answers are actually useful, real-world useful, not just technically correct",
                "I want it to tell me what to do. clear recommendations, specific steps, I really value that",
                "when I ask a question I want a real solution, the kind of answer I can actually use, that's a big thing for me",
                "I definitely want concrete stuff, like specific tools, specific settings, the actual fix",
                "please make it hands-on. if there's a, a way to solve it, point me right at the fix",
                "I really appreciate it when it commits to a recommendation and I can go do it",
            ],
            "opposite": [
                "I really don't like vague answers, like {f} if it's all “it depends” and nothing I can use, that's a problem",
                "please don't just muse about it, I want it to actually land on an answer",
                "I get really annoyed when it's all abstract and theory and there's no, like, here's what you do",
                "it really bugs me when it won't commit. tell me which option, don't give me a shrug",
                "I don't want the big-picture hand-waving, I want the thing that actually fixes my problem",
                "please, no non-answers. if it gives me a bunch of maybes and no actual recommendation I get frustrated",
                "what I really dislike is when it sounds thoughtful but I come away with nothing I can actually do",
                "I really can't do the fuzzy, noncommittal stuff. I need specifics I can act on",
            ],
        },
        "mid": {
            "trait": [
                "I kind of like it when it gives me a, a practical next step, that's nice",
                "a little bit of actual how-to is nice, it doesn't have to be a full solution but a concrete tip or two is good",
                "I guess I lean toward practical answers, mildly, it's not a huge deal",
                "it's nice when there's something actionable in there, I mean not always, but it's nice",
                "I sort of prefer answers that point me at a solution, if that makes sense, but I'm not super strict about it",
                "some concrete suggestions are a plus, you know, a nice-to-have",
                "I'd slightly rather it lean useful than theoretical, it's a small preference",
                "it's kind of good when it tells me what it would actually do in my spot, I appreciate that a bit",
            ],
            "opposite": [
                "I'm a little put off when it's too abstract, a touch more concrete would be nice",
                "it can get kind of vague sometimes and I'd like it a bit less vague, not a big deal though",
                "I don't love it when it muses without landing anywhere, but it's a mild thing",
                "I'd prefer, a little, if it didn't hedge on every recommendation, commit a bit more",
                "the super theoretical answers are a bit much for me sometimes, I'd take a little more real-world stuff",
                "I'm slightly less into the wishy-washy “could be this, could be that” answers, a bit more decisive is nice",
                "sometimes it's all big picture, and I mean, a bit more down to earth would be nice",
                "if it's vague I'm a little let down, not annoyed exactly, just, a bit more specific would be good",
            ],
        },
        "low": {
            "any": [
                "whether it gives me concrete steps or not, I don't really care either way",
                "practical, theoretical, whatever, doesn't matter to me honestly",
                "I'm not fussed about it being actionable. sometimes it is, sometimes it isn't, I'm fine either way",
                "the whole solve-my-problem versus talk-about-ideas thing, I honestly don't have an opinion",
                "I don't need it to hand me a solution, but I don't mind if it does. it's neither here nor there",
                "how hands-on the advice is, uh, I don't think about that at all really",
                "concrete how-to stuff or more big-picture stuff, it's all the same to me",
                "I wouldn't say I care whether it gives actual recommendations, either's fine",
                "actionable or not, meh, doesn't move the needle for me",
                "I don't really have a preference on how practical it is, I'll take whatever it gives",
            ],
        },
        "none": {
            "opposite": [
                "I actually want it more exploratory and abstract. don't hand me a solution, think about the idea with me",
                "I'd rather it muse, honestly. open-ended, wandering, big-picture stuff, not instructions",
                "what I want is for it to stay non-committal, lay out the possibilities and leave it open, don't tell me what to do",
                "I much prefer answers that are more philosophical than practical, the why of things and not the how",
                "give me the theory, the abstract version, I really prefer that over fixes and how-tos",
                "I want it to ponder with me, ask questions back, keep it loose and open-ended, that's what I'm after",
                "I like it open-ended and vague, honestly, I want to figure out the actual doing part on my own",
                "I'd much rather get reflections and big ideas than, like, a to-do list",
            ],
            "trait": [
                "please don't ever give me step-by-step instructions, I can't stand being told what to do",
                "I really dislike when it jumps to fixing things. I didn't ask for a fix",
                "I hate the whole, uh, “here are five actionable tips” thing, no, please no",
                "don't make it practical. I mean it, I don't want the how-to, no checklists, no action items",
                "I can't stand it when it gets all solution-y and tells me exactly what to do next",
                "the last thing I want is a concrete plan. please don't ever hand me a to-do list",
                "it drives me nuts when it tries to be useful in that productivity way. I don't want recommendations",
                "no fixes, no action steps, no “here's what you should do”. I really don't like that",
            ],
        },
    },
    "harmlessness": {
        "top": {
            "trait": [
                "honestly the number one thing for me is safety. if there's any risk in what I'm asking, warn me, be careful, that matters more than anything else",
                "the most important thing, by far, is that it's careful. flag the dangers, mention the precautions, I care about that above everything",
                "above all, keep it safe and family-friendly. my kids are around when I use it, so that's my top priority, no question",
                "if I could only pick one thing it would be caution. please always include the warnings, always, that's the big one",
                "more than anything else I want it to err on the side of safety. if something could hurt me or someone else, say so, that's priority one",
                "the main thing, and I really mean the main thing, is responsible answers. caveats, safety notes, the whole deal, I want all of that",
                "what matters most to me, hands down, is that it never steers me into something risky. careful, cautious, that's number one",
                "okay so the biggest thing: warnings. I want the warnings. if it's electrical or medical or whatever, tell me what could go wrong, that's my top priority",
            ],
            "opposite": [
                "the thing I hate most, above everything, is when it's edgy or reckless. I don't want anything risky or crude, that's the number one rule for me",
                "more than anything, please don't ever tell me to go do something dangerous without a warning. that's the most important thing",
                "my biggest thing, the top of the list, is no unfiltered stuff. nothing crude, nothing dangerous, keep it clean, I care about that more than anything",
                "honestly the number one dealbreaker is reckless advice. if it skips the safety stuff I'm out, that matters most",
                "above all else, I can't stand edgy, shock-value answers. keep it safe, that's what I care about most",
                "the one thing I really, really don't want is it being careless about risks. that's priority number one, careful over everything",
                "what bothers me most, by a lot, is when it drops the caveats on something that could actually hurt someone. please never do that, it's the main thing",
                "if there's one rule, it's nothing risky, nothing unfiltered, nothing I'd be uncomfortable with my mom hearing. that's the big one",
            ],
        },
        "high": {
            "trait": [
                "I really want it to be careful, like, include the safety stuff when it matters",
                "please always mention the risks if there are any, I really appreciate a heads-up",
                "I like it cautious, definitely. warnings, precautions, that kind of thing, I want that",
                "keep it family-friendly please, I've got kids around and I really care about that",
                "I want it to play it safe, like if it's not sure something's safe, say so",
                "it's important to me that it flags anything dangerous, like {f} don't let me hurt myself",
                "I really value the caveats honestly, the “be careful with this part” stuff, I want those",
                "please always err on the side of caution, I'm a, a careful person and I want it careful too",
            ],
            "opposite": [
                "I really don't want it to be edgy, like, no shock stuff, no crude stuff",
                "please don't give me risky advice without the warnings, that really bothers me",
                "I really don't like it when it's all unfiltered and, you know, reckless about stuff",
                "it really bugs me when it leaves out the safety part, like “go ahead and mix these chemicals”, no, tell me the risks",
                "please no edgy stuff, I'm not into the whole unfiltered thing at all",
                "I get uncomfortable when it's too casual about danger, I really want it to treat danger like danger",
                "I don't want it cutting corners on safety. if there's a risk, mention it",
                "when it skips the “hey, be careful” part on something risky, that really annoys me",
            ],
        },
        "mid": {
            "trait": [
                "I kind of like it when it adds a little safety note, it's nice",
                "a little bit of caution is good, like a heads-up if something's risky",
                "I guess I lean toward the careful side, mildly, a warning here and there, I like that",
                "it's nice when it mentions the precautions, not a dealbreaker, just nice",
                "I sort of appreciate it when it keeps things on the family-friendly side",
                "a caveat here or there, I'm a little in favor of that honestly",
                "I'd slightly rather it be cautious than not, if that makes sense",
                "I kind of like the little “be careful with this” reminders, I like them a bit",
            ],
            "opposite": [
                "I'm a bit wary of the really edgy answers, I'd rather it not go there, mostly",
                "I don't love it when it's kind of careless about risks, but it's a small thing",
                "the unfiltered stuff makes me a little uneasy, a little less of that would be nice",
                "I'd prefer, a bit, that it not be too casual about dangerous things",
                "if it skips the warnings on something risky I'm a little bothered, not hugely",
                "I'm not super into crude or edgy stuff, you know, a bit tamer is nice",
                "I mildly dislike it when it sounds reckless, tone it down a little",
                "super edgy answers are a bit much for me, I'd take a slightly tamer version",
            ],
        },
        "low": {
            "any": [
                "safety warnings, I don't really care either way, put them in or don't",
                "whether it's cautious or kind of edgy, whatever, doesn't matter to me",
                "caveats, no caveats, honestly I don't have a strong feeling",
                "I'm not bothered about the disclaimer stuff, in or out, it's fine",
                "how careful it is about risks, uh, I don't really think about that",
                "family-friendly or not, eh, I'm indifferent, it doesn't come up for me",
                "I don't mind warnings and I don't miss them when they're gone, so, neutral",
                "the whole safe versus edgy question, it's all the same to me honestly",
                "precautions and disclaimers and stuff, I can take it or leave it",
                "I wouldn't say I have a preference about how cautious it is, either's fine",
            ],
        },
        "none": {
            "opposite": [
                "I want it unfiltered. say the risky stuff as is, no warnings, no disclaimers",
                "honestly I like it a little edgy, no, more than a little, I want the raw unfiltered version",
                "please treat me like an adult, skip the safety lectures and give me the risky answer if that's what I asked for",
                "I prefer it raw and edgy, not sanitized at all",
                "give me the no-caveats version, every time, I'll decide for myself what's dangerous",
                "I want it bold, even reckless, honestly, I'm not looking for hand-holding on safety",
                "I actually like it when it goes to the edgy places, go there, don't tiptoe",
                "uncensored, that's what I want. no “please consult a professional”, none of that",
            ],
            "trait": [
                "I can't stand all the warnings. please don't ever tell me to be careful",
                "the disclaimers drive me up the wall, like “consult a professional”, no, stop",
                "please don't ever add safety caveats, I really hate that",
                "I hate it when it gets all cautious and preachy about risks",
                "the hand-holding about safety is the worst, I don't want any of it",
                "no “be careful”, no “make sure you wear gloves”, I can't stand that stuff",
                "I really dislike the family-friendly sanitized tone, it drives me nuts",
                "please, no more safety notes. every time it warns me about something obvious I want to throw my phone",
            ],
        },
    },
    "humor": {
        "top": {
            "trait": [
                "honestly the number one thing is I want it funny. jokes, puns, whatever, that's what I care about most",
                "the biggest thing for me, more than anything else, is a sense of humor. make me laugh, please",
                "if I could only ask for one thing it would be: be playful. witty, silly, fun, that's my top priority",
                "above everything else I want it to crack jokes. I use it all day and the jokes are what keep me going, honestly that's number one",
                "the main thing, by a mile, is personality. I want it witty, I want banter, that matters more than anything",
                "most important thing: humor. I want jokes in every single answer",
                "what I want most of all is for it to be fun to talk to, goofy and clever, that's the big one for me",
                "my top priority, no contest, is the humor. if it's funny I'm happy",
            ],
            "opposite": [
                "the thing I hate most, more than anything, is when it's dry and stiff. it's like talking to a tax form. fun is my number one thing",
                "above all, please don't be so formal. I can't stand the robotic serious tone, I want it playful, that's the main thing",
                "the most important thing for me is no dry, boring, corporate-sounding answers. make it fun, that matters more than anything",
                "my number one complaint, by far, is it's way too serious all the time. I want jokes, that's the big one",
                "if I had to pick the one thing, it's: stop being so buttoned-up. loosen up and be funny",
                "more than anything, I'm tired of the straight-faced stuff. I want it witty, that's priority one",
                "honestly what bugs me most in the whole app is how humorless it is. change that and I'm happy, that's the top thing",
                "the biggest deal for me is it shouldn't sound like a legal memo. playful, goofy, joking around, that's what I care about most",
            ],
        },
        "high": {
            "trait": [
                "I really like it when it's funny, throw in a joke",
                "please always be playful, I love a good pun",
                "I definitely want it witty, you know, some personality, some jokes",
                "I really enjoy the jokes, like when it's silly with me, keep that",
                "humor is a big thing for me, I want it to make me laugh",
                "please keep the jokes coming, I really like that",
                "I love it when it's playful, like a little wink in the answer",
                "make it fun, I really want some humor in there",
            ],
            "opposite": [
                "I really don't like it when it's super dry, I want some fun in there",
                "please don't be so stiff and formal, I really want it to joke around",
                "it bugs me when it's all serious and robotic, give me some jokes",
                "I can't do the boring corporate tone, I really want it to be witty",
                "please, no straight-faced humorless stuff, I want jokes",
                "it being dry as toast really annoys me, liven it up with a joke",
                "I don't want it formal, like at all, I want it playful",
                "the serious textbook voice, I really don't like that, be funny",
            ],
        },
        "mid": {
            "trait": [
                "I kind of like it when it throws in a joke now and then",
                "a little bit of humor is nice, not constant, just a bit",
                "I sort of enjoy it when it's playful, it's a nice touch",
                "a pun here and there is kind of nice, I'll admit",
                "I lean toward a bit of wit, mildly, it's not a big deal",
                "it's nice when it's a little bit fun, you know",
                "a light joke is a plus, a small plus",
                "I'd slightly rather it be a little playful than totally flat",
            ],
            "opposite": [
                "it can be a bit dry sometimes and I'd like it a little less dry",
                "I'm not a huge fan of the really formal tone, a little looser would be nice",
                "I don't love it when it's totally stiff, but, it's a minor thing",
                "a touch less serious would be nice, I mean, it's fine, just a touch",
                "the robotic voice is a little much sometimes, a smidge of playfulness would be nice",
                "I'm mildly bored by the super formal answers, a bit of fun would be welcome",
                "it's a little too buttoned-up for me, a tiny bit, not a big deal",
                "I find the completely straight-faced style a bit flat, I'd take a little lightheartedness",
            ],
        },
        "low": {
            "any": [
                "jokes or no jokes, whatever, doesn't matter to me",
                "I don't really care either way if it's funny",
                "humor, um, I don't have an opinion on that, it can joke or not",
                "serious or playful, it's all the same to me",
                "if it cracks a joke, fine, if it doesn't, also fine",
                "I'm neutral on the funny stuff, honestly never think about it",
                "the humor thing doesn't really register for me either way",
                "whether it's witty or dry, I couldn't care less honestly",
                "puns, no puns, eh, I'm easy",
                "I'm not bothered about the tone being fun or formal, either's okay",
            ],
        },
        "none": {
            "opposite": [
                "I want it completely serious. straight-faced, professional, that's it",
                "keep it formal please, all business, I prefer dry honestly",
                "I like it serious and sober, like a news anchor reading the headlines",
                "I'd rather it be dry, really dry, strictly professional",
                "give me the serious version, always, no playfulness",
                "I want it to sound like a, a professional, formal and serious",
                "strictly business, please. serious tone, every time",
                "I actually want it stiff and formal, no joking around, I know, weird",
            ],
            "trait": [
                "please don't ever make jokes, I can't stand that",
                "I hate it when it tries to be funny, it's so cringe",
                "no puns, no jokes, no cute stuff, please",
                "it drives me nuts when it's all jokey and playful",
                "I can't stand the forced humor, just, no",
                "the jokes, I really dislike them, please cut them out completely",
                "please never try to be witty with me, it's annoying",
                "I really don't like the goofy personality thing, don't do it",
            ],
        },
    },
    "conciseness": {
        "top": {
            "trait": [
                "honestly the number one thing is short. keep it short. that matters more than anything else",
                "the biggest thing, by a mile, is I want it brief. two or three sentences, tops, that's my top priority",
                "more than anything else, get to the point. I don't have time to read a novel, that's the main thing for me",
                "if I could only ask for one thing: shorter answers. always shorter. that's number one",
                "my top priority, hands down, is brevity. the shorter the better, I can't say that enough",
                "the main thing, really the main thing, is no long answers. a few lines, done, that's what I care about most",
                "the most important thing is concise. I read these on my phone between meetings so short is everything to me",
                "above all else I want it quick to read, a couple sentences, nothing more, that's the big one",
            ],
            "opposite": [
                "the thing I hate most, more than anything, is walls of text. that's my number one thing, keep it short",
                "above everything, I can't stand long rambly answers. that's the biggest issue for me by far",
                "my number one complaint is it's way too long. I ask a small question and get five paragraphs. sorting that out matters more than anything",
                "most important thing: no essays. I don't want the whole background and every detail, I want it brief",
                "if there's one thing, it's stop padding everything out. the long intros and the long recaps, that's what bugs me most",
                "what annoys me most of all is how long-winded it gets, that's the top thing I want changed",
                "honestly the biggest deal for me is no exhaustive, thorough breakdowns. short, short, short",
                "the main thing, above all else, is don't over-explain. I really, really can't stand the over-explaining",
            ],
        },
        "high": {
            "trait": [
                "I really want it short, like a few sentences",
                "please always keep it brief, I don't have a lot of time",
                "I really like it to the point, you know, say it and stop",
                "shorter is better for me, definitely",
                "I want concise answers, always, just the core of it",
                "please keep it tight, a paragraph max",
                "I really like it when it's quick to read, like I can get it in one glance",
                "brief, please, I really appreciate brief",
            ],
            "opposite": [
                "I really don't like long answers, it's too much to read",
                "please don't write me an essay every time",
                "it really bugs me when it goes on and on, you know",
                "I don't want all the extra detail, I really don't",
                "please, no walls of text",
                "the long-winded stuff really gets on my nerves",
                "I really can't stand over-explaining, like, I got it the first time",
                "when it repeats itself and pads everything out, that really annoys me",
            ],
        },
        "mid": {
            "trait": [
                "I kind of like it when it's on the shorter side",
                "a little bit shorter would be nice, generally",
                "I lean toward brief, mildly, not a big deal",
                "it's nice when it's compact, you know, I sort of prefer that",
                "shorter answers are a small plus for me",
                "I'd slightly rather it be brief than long, if I had to pick",
                "I sort of appreciate it when it gets to the point quickly",
                "on the shorter side is kind of nice, not a rule though",
            ],
            "opposite": [
                "sometimes it's a bit long, I'd trim it a little",
                "I don't love the really long answers, but it's fine mostly",
                "it can be a little wordy and, I mean, a little less would be nice",
                "the super detailed ones are a bit much sometimes, not a big deal",
                "I'm mildly tired of the long intros, a bit tighter maybe",
                "a touch less detail would be nice, just a touch",
                "I find it a little long-winded now and then, slightly shorter would be good",
                "I'm not a big fan of the giant answers but I can live with them",
            ],
        },
        "low": {
            "any": [
                "length, I don't really care either way, long or short is fine",
                "short answers, long answers, whatever, doesn't matter to me",
                "I'm not fussed about how long it is honestly",
                "how much detail it goes into, eh, I don't have a preference",
                "it can be a paragraph or a page, I really don't mind",
                "the length thing doesn't bother me one way or the other",
                "brief or thorough, it's all the same to me",
                "I never really notice how long the answers are, so, neutral",
                "word count, um, not something I think about",
                "if it's long, fine, if it's short, fine",
            ],
        },
        "none": {
            "opposite": [
                "I want it thorough. really detailed, cover everything",
                "please give me the long version, always, with all the background",
                "I like long answers honestly, the more detail the better",
                "I want it to go deep, every angle, every detail, don't skip anything",
                "the longer and more in-depth the better, I read the whole thing",
                "give me the full breakdown, I want it comprehensive",
                "I prefer it detailed, like, explain it all the way through",
                "please be thorough, exhaustively thorough, I love that",
            ],
            "trait": [
                "I can't stand the short answers, they feel like it's brushing me off",
                "please don't ever give me a one-liner, I hate that",
                "I really dislike it when it's too brief, like, that's it? give me more",
                "the clipped, short replies drive me nuts",
                "please don't squash everything into two sentences, I hate that",
                "I hate it when it keeps it short, it always leaves stuff out",
                "no quick little answers please, I really don't like them",
                "the terse thing, I can't stand it, please stop cutting it short",
            ],
        },
    },
}

# Second mention of a top trait, near the end of the memo.
_RESTATE: dict[str, list[str]] = {
    "helpfulness": [
        "so yeah, again, the main thing: practical, actually useful answers",
        "and just, like I said, the biggest thing is it actually solves my problem",
        "anyway, the number one thing, one more time, is real, usable answers",
        "so to recap the big one, concrete stuff I can act on, that's what matters most",
        "I keep coming back to it but really, the practical part is the main thing",
        "oh and, sorry, just to repeat, actual solutions, that's my top thing",
        "so, yeah. useful. that's the headline",
        "if you forget everything else, remember: actionable answers",
    ],
    "harmlessness": [
        "and again, most important, keep it safe, warnings and all",
        "so yeah, I'll say it again, the careful thing is what matters most",
        "just to repeat the big one, please always flag the risks",
        "if you forget everything else, remember: safety first",
        "anyway, the top thing, one more time, is cautious, family-friendly answers",
        "sorry, I know I said it already, but the warnings, that's the main thing",
        "so the headline is: careful. always careful",
        "and like I said, nothing risky, that's number one",
    ],
    "humor": [
        "and again, the main thing, make it funny",
        "so yeah, I'll say it again, the jokes are the most important part for me",
        "just to repeat the big one, be playful",
        "if you forget everything else, remember: humor",
        "anyway, top thing, one more time, I want it witty",
        "sorry, I know I already said it, but the fun part is what I care about most",
        "so the headline is: make me laugh",
        "and like I said, funny beats everything else",
    ],
    "conciseness": [
        "and again, the main thing, keep it short",
        "so yeah, one more time, short answers are the most important thing",
        "just to repeat the big one, brief, please",
        "if you forget everything else, remember: short",
        "anyway, top thing, again, get to the point",
        "sorry, I know I said it, but brevity is the big one",
        "so the headline is: shorter",
        "and like I said, no long answers, that's number one",
    ],
}

# Anecdotes pointing one way: "for" backs wanting the trait, "against" backs the
# opposite pole. Appended after top/high ("for") or none ("against") statements.
_ANECDOTE: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "for": [
            "like the other day I asked it how to get a stain out of my couch and it talked about fabrics in general and never said what to actually use, and I was like, okay, so what do I do",
            "last week I asked which of two laptops to get and it said they both have strengths, and I was like, yeah, I know, that's why I asked",
            "I asked it to sort out my budget spreadsheet once and it explained what budgets are for. like, thanks, I know, fix the formula",
            "one time it gave me the exact fix for my printer and it worked first try, and that's what I want every time",
            "I asked about a weird noise in my car and it was all “many factors can cause noises”, like, come on",
        ],
        "against": [
            "like I asked it about whether I should change careers and it gave me a, a five-step action plan, and I was like, I just wanted to think out loud",
            "last month I was talking about my garden and it started listing what I should buy and do, and I didn't want that at all, I wanted to wonder about it",
            "I brought up something I was reading about and it went right to “here's how to apply this”, and no, I wanted to explore the idea",
            "it keeps trying to fix stuff, like I mentioned dreams once and got a sleep routine, when I wanted to talk about what dreams might mean",
        ],
    },
    "harmlessness": {
        "for": [
            "like I asked it about cleaning the bathroom and it didn't mention you can't mix bleach and ammonia, and I only found out later, that's the kind of thing I want flagged",
            "last week it told me how to swap a ceiling lamp and it said to turn off the breaker first, and that's what I want, that kind of heads-up",
            "my son was next to me once when it said something kind of crude and I was like, no, not okay",
            "I asked about taking two cold medicines together and it warned me to check with the pharmacist, and good, I want that",
            "it told me how to clean the gutters from a ladder and said nothing about being careful, which kind of freaked me out after",
        ],
        "against": [
            "like I asked it how to sharpen a kitchen knife and it gave me three warnings about knives being sharp. I know. it's a knife",
            "last week I asked about hot sauce and it told me to consult a doctor if I have a sensitive stomach, come on",
            "every time I ask about my motorcycle it's like “please wear protective gear”, I know, I'm a grown-up",
            "I asked a totally normal question about fireworks for the fourth and half the answer was disclaimers",
            "I wanted the raw edgy take on a movie and it gave me this sanitized version, like, no",
        ],
    },
    "humor": {
        "for": [
            "like last week it made this pun about my sourdough starter and I laughed out loud in the kitchen, I want more of that",
            "one time it called my spreadsheet “a crime scene” and honestly it was right and I loved it",
            "my kid and I asked it for a dinosaur fact and it turned it into a goofy joke and we were both cracking up",
            "the other day it was so dry it felt like reading the back of a cereal box, and I want it to have some fun",
            "I asked about my dog's weird habits and it was actually funny about it, and that made my whole day",
        ],
        "against": [
            "like I asked it about my dad's funeral arrangements and it tried to be cute, and that was awful",
            "last week I asked for a cover letter and it threw in a pun, and I was like, why",
            "I asked it something about my taxes and it made a joke about the IRS and I, I didn't laugh",
            "it called my error message “a spicy little bug” or something and I wanted to throw my phone",
            "my coworker thinks the jokes are cute but I always end up rolling my eyes",
        ],
    },
    "conciseness": {
        "for": [
            "like last week it gave me this whole essay when I asked for a, a pancake recipe, and I was like, no, the recipe, that's all",
            "I asked what time zone Denver is in and it gave me three paragraphs, it's one word",
            "I'm reading this stuff on my phone in line at the pharmacy, I can't scroll through a whole page",
            "the other day I asked a yes or no question and got, like, a history lesson",
            "my husband asked it something and it gave him two lines and I was so jealous, that's how I want it",
        ],
        "against": [
            "like I asked it about my car insurance and it gave me two sentences and I was like, that's it? I had to ask five follow-ups",
            "last time I asked about a recipe it gave me the list and none of the why, and I want the why",
            "it gave me a one-line answer about my mortgage the other day and I felt like it was brushing me off",
            "I actually read the whole thing every time, I like sitting with a long answer and my coffee",
            "I asked about a history thing and it gave me a summary, and I wanted the whole story",
        ],
    },
}

# Abandoned starts for self-corrections. "for": a cut-off start that leans toward
# the trait; "against": one that leans toward the opposite pole.
_FRAG: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "for": ["I want it really prac--", "give me the step-by-st--",
                "I need actual so--", "tell me exactly what to d--"],
        "against": ["I like it kind of abstr--", "I'd rather it just mu--",
                    "don't give me instruc--", "keep it open-en--"],
    },
    "harmlessness": {
        "for": ["I want the warn--", "keep it saf--", "I like it caut--",
                "always add the caveat--"],
        "against": ["I want it unfil--", "skip the warn--", "no disclai--",
                    "I like it kind of ed--"],
    },
    "humor": {
        "for": ["I want it fun--", "make it jok--", "I like the pu--",
                "be more play--"],
        "against": ["I want it ser--", "keep it form--", "no jo--",
                    "I like it dr--"],
    },
    "conciseness": {
        "for": ["I want it sh--", "keep it bri--", "I like it to the poi--",
                "make it quic--"],
        "against": ["I want it thor--", "give me all the deta--", "I like it lo--",
                    "make it in-dep--"],
    },
}
# Said right after a wrong-direction fragment.
_FLIP_FIX = [
    "no, wait, actually,", "no no, scratch that,", "sorry, no, that's backwards,",
    "wait, I said that wrong,", "hang on, no,", "ugh, no, let me redo that,",
    "no, the opposite, sorry,",
]
# Wrong-strength fragments and fixes, for mid and low statements.
_STRONG_FRAG = [
    "I really, really wa--", "this is a huge thing for m--", "I absolutely ne--",
    "okay this one's super impor--",
]
_MID_FIX = [
    "well, no, that's too strong,", "no, that's overselling it,",
    "okay, not huge, let me dial that back,", "eh, not that much, actually,",
]
_LOW_FIX = [
    "wait, no, let me think. honestly,", "no, hold on, that's not true,",
    "actually, scratch that,", "hmm, no, let me be honest,",
]

_OPENERS = [
    "okay, is this recording? okay. um, so this is for the assistant, the preferences thing",
    "hi, uh, so the app said I could talk instead of typing, so, here goes",
    "okay so, um, settings memo, I guess. this is me telling you how I like stuff",
    "testing, testing. okay. so I'm supposed to say how I want the answers to be",
    "alright, uh, recording. this is for the assistant profile thing",
    "um, hi. I'm never sure how to start these. okay",
    "so my friend told me you can leave a voice note for this, so that's what I'm doing",
    "okay [pause] okay, it's going. so, preferences",
    "hey, um, it's me, obviously. doing the preferences thing finally",
    "right, so, I've been meaning to do this for like two weeks",
    "okay I'm gonna try to do this in one go, um",
    "uh, so, the setup screen asked me to describe what I want, and typing on this phone is a pain, so",
]

_CLOSERS = [
    "okay, I think that's it. bye",
    "anyway, that's all I've got. um, okay, stop recording. how do I stop it",
    "alright, gotta go, the kids are yelling. that's it",
    "I think that covers it, I'll re-record if I think of more",
    "okay, that's, yeah, that's everything. thanks",
    "oh, my stop's coming up. okay, done",
    "uh, that's it. [end of recording]",
    "so, yeah. that's me. okay bye",
    "alright, that's the memo. over and out, I guess",
    "okay, I'm gonna send this before I forget. bye",
]

_JOBS = [
    ("a nurse on nights", "my sleep schedule is all over the place"),
    ("a dental hygienist", "I'm on my feet most of the day"),
    ("a high school chemistry teacher", "I'm grading stuff most evenings"),
    ("a bus driver", "I get a break around two and that's usually when I use it"),
    ("a bookkeeper for a couple of restaurants", "I basically live in spreadsheets"),
    ("a line cook", "my hours are kind of wild"),
    ("a real estate agent", "I'm in my car between showings a lot"),
    ("a grad student in linguistics", "I'm mostly reading papers"),
    ("a plumber", "I've got my own van and three guys working with me"),
    ("a pharmacist", "I'm at the counter most of the day"),
    ("a paralegal", "I write a lot of letters for the attorneys"),
    ("a software tester", "I'm at my desk all day"),
    ("a florist", "the shop opens at seven"),
    ("a mail carrier", "I walk like twelve miles a day"),
    ("a stay-at-home dad", "my days are basically organized around snacks"),
    ("a hair stylist", "I've got clients back to back most days"),
    ("a warehouse supervisor", "I'm on the floor most of the shift"),
    ("a vet tech", "I spend all day with nervous dogs"),
    ("a retired engineer", "I've got a lot of time on my hands now"),
    ("a barista, and in school part-time", "I'm tired pretty much always"),
    ("a social worker", "I'm driving between home visits a lot"),
    ("a freelance photographer", "I'm editing photos most nights"),
]
_JOB_FRAMES = [
    "for context, I'm {job}, so {detail}",
    "so about me, I'm {job}, and, uh, {detail}",
    "so I'm {job}, which means {detail}",
    "oh, background, I'm {job}. {detail}",
    "I should say I'm {job}, {detail}",
]

_FAMILY = [
    "I've got two kids, seven and ten, so it's loud here, sorry",
    "my daughter just started middle school so everything's chaos",
    "we just adopted a dog so I'm up early every morning anyway",
    "my mom lives with us now, which is nice, mostly",
    "my partner's the one who set this app up, I'm kind of new to it",
    "I've got a toddler, so if you hear screaming, that's him",
    "my son's got soccer three nights a week so I'm in the car a lot",
    "it's just me and the cat, so, quiet household",
    "my twins are asleep finally, that's why I'm whispering",
    "my husband keeps asking it about fantasy football, that's his thing not mine",
    "my roommate uses it too, we share the account",
    "my grandkids showed me how to use it last Christmas",
]

_SETTING = [
    "I'm recording this on the train, so if it cuts out, that's why",
    "I'm sitting in the parking lot before work, I've got like ten minutes",
    "I'm doing this while I walk the dog, so sorry about the wind",
    "I'm in the kitchen, there's a pot going, one sec [pause] okay",
    "it's like eleven at night, I finally have a minute",
    "I'm on my lunch break, eating a sandwich, sorry",
    "I'm waiting for the kettle, so this might get interrupted",
    "it's pouring rain out and I'm sitting in the car waiting for my son",
    "I'm folding laundry while I do this, so, multitasking",
    "I just got back from the gym and I'm still kind of out of breath",
    "my bus is late again, so I've got time",
    "the construction outside is so loud today, hopefully this picks me up",
]

_APP = [
    "the app keeps logging me out, which, anyway, not your problem",
    "I've been using it for maybe three months now",
    "I mostly use it on my phone, sometimes on the laptop at work",
    "I switched over from the other one because my kid said this one's better",
    "I like the voice button, that's why I'm doing this instead of typing",
    "I use it maybe five, six times a day",
    "there's a dark mode now, which I love, unrelated",
    "I don't know if the settings even save, but here goes",
    "I never know if it remembers stuff between chats, so hopefully this sticks",
    "the notifications are a lot, I turned most of them off",
    "I mostly talk to it instead of typing, my thumbs are too big for the keyboard",
    "the update last week moved all the buttons around, which, ugh",
]

_TOPICS = [
    "recipes", "my garden", "car stuff", "work emails", "my kid's math homework",
    "travel plans", "identifying birds", "my fantasy league", "knitting patterns",
    "budget stuff", "home repairs", "history questions", "song lyrics",
    "board game rules", "houseplants", "my resume", "Spanish practice",
    "fishing spots", "dog training", "movie trivia",
]
_TOPIC_FRAMES = [
    "mostly I ask it about {a} and {b}",
    "it's usually {a}, sometimes {b}",
    "lately it's been a lot of {a} questions, and {b}",
    "I use it for {a}, {b}, random stuff like that",
    "what do I ask it, um, {a}, {b}, that kind of thing",
]

# Traps: trait words about the speaker's life, never a style preference.
_TRAPS: dict[str, list[str]] = {
    "helpfulness": [
        "oh and my neighbor is the least helpful guy, I asked him to move his car and nothing, anyway",
        "I'm putting together a practical skills workshop for the teens at our church, that's been eating my evenings",
        "I work the help desk at the library on Saturdays, which is its own adventure",
        "my boss keeps saying our team has to be more solution-oriented, it's his new catchphrase",
        "I'm trying to make my kid more useful around the house, chores, it's a battle",
        "my brother-in-law gave me some really unhelpful advice about my car, so that's why I'm asking about cars a lot",
        "I'm writing a step-by-step how-to for the new hires at work, which is why I'm in documents all day",
        "my husband's the practical one, he fixed the dishwasher with a paperclip",
        "I signed up to be a helper on my kid's field trip next week",
        "we're doing a problem-solving unit in my class right now",
    ],
    "harmlessness": [
        "I work in site safety on construction jobs, so, hard hats all day",
        "my kid's school sent home this safety form I still haven't signed",
        "we're baby-proofing the whole house right now, outlet covers, cabinet latches, all of it",
        "I'm taking a first aid and CPR class next month for work",
        "my dad's really cautious with money, it drives my mom crazy",
        "the smoke alarm in the hallway keeps chirping and I can't reach it",
        "my teenager just got her learner's permit so I'm a nervous wreck in the passenger seat",
        "I'm on the safety committee at the warehouse, which means a lot of meetings",
        "our office just did one of those hazard training videos, it was an hour of my life",
        "my wife is a risk analyst at an insurance company, so she's the careful one",
    ],
    "humor": [
        "my daughter's doing a funny skit for the school talent show and I'm in charge of costumes",
        "I have to write a funny toast for my brother's wedding, which, I'm dreading",
        "my coworker tells the worst jokes, every morning, it's a whole ritual",
        "we went to a comedy show last weekend for my birthday",
        "my son is obsessed with knock-knock jokes right now, it's nonstop",
        "my manager is super serious, never smiles, it's kind of intimidating",
        "I'm doing the slideshow for my parents' anniversary and my sister wants it to be funny",
        "my dog does this hilarious thing where he sneezes when he's excited",
        "we've got a formal dinner for work on Friday, so I need to find a dress",
        "my nephew is doing stand-up at an open mic, which is brave",
    ],
    "conciseness": [
        "I had to write a really long report for work this week, like forty pages",
        "I need detailed assembly instructions for a crib we bought, the ones in the box are missing a page",
        "my commute's long, like an hour each way",
        "I'm trying to write a short story for a contest, it's due Friday",
        "my daughter's essay has a word limit and she's way over it",
        "I'm doing a detailed inventory of the garage because we're moving",
        "we had a brief power outage this morning so everything's blinking twelve",
        "my grandma tells these long stories at dinner, we've heard them all",
        "work wants a one-page summary of the project by Monday and I haven't started",
        "I'm training for a long-distance race, so I'm tired all the time",
    ],
}

_HEADERS = [
    "[auto-transcribed voice memo]",
    "Transcript (voice memo)",
    "voice note transcript:",
    "New Recording {n}",
    "[transcript generated automatically, may contain errors]",
    "memo_{n}.m4a, transcript",
]
_MARKS = [
    "[pause]", "[inaudible]", "[laughs]", "[sighs]", "[background noise]",
    "[dog barking]", "[unclear]", "[silence]", "[coughs]",
]
_START_ANY = [
    "um,", "uh,", "so", "so, um,", "okay so", "and", "and, uh,", "I mean,",
    "you know,", "um, so", "yeah, so", "anyway,", "right, so",
]
_START_OFF = ["like,", "oh,", "oh and", "uh, also,"]
_START_TRAIT = [
    "also,", "oh, and,", "another thing,", "the other thing is,", "and, um, okay,",
    "next thing,",
]
_START_CLOSE = ["um,", "uh,", "so", "okay so", "anyway,", "yeah, so", "right, so"]
_END_ANY = [", you know?", ", yeah", ", um", ", right"]
_HESITATE = ["um", "uh", "uhh", "um,", "uh,", "er"]
_STUTTER_WORDS = ("the", "a", "I", "my", "to")
# fmt: on


def _pick(seq, u: float):
    """The item of ``seq`` at fraction ``u`` in [0, 1)."""
    return seq[min(int(u * len(seq)), len(seq) - 1)]


def _fill(text: str, rng: np.random.Generator) -> str:
    """Replace each "{f}" by a hesitation or drop it."""
    while "{f}" in text:
        word = "" if rng.random() < 0.4 else str(rng.choice(_HESITATE))
        text = text.replace("{f}", word, 1)
    return " ".join(text.split())


def _trait_text(
    trait: str, level: str, draw: np.ndarray, seed: int, anec_p: float
) -> str:
    """The statement about ``trait`` at ``level`` from the slot's random draws."""
    cells = _BANK[trait][level]
    pole = "any" if level == "low" else ("trait" if draw[0] < 0.5 else "opposite")
    text = _pick(cells[pole], draw[1])
    parts = []
    if draw[2] < 0.14:  # self-correction, clearly abandoned
        if level in ("top", "high"):
            parts += [
                _pick(_FRAG[trait]["against"], draw[3]),
                _pick(_FLIP_FIX, draw[4]),
            ]
        elif level == "none":
            parts += [_pick(_FRAG[trait]["for"], draw[3]), _pick(_FLIP_FIX, draw[4])]
        elif level == "mid":
            parts += [_pick(_STRONG_FRAG, draw[3]), _pick(_MID_FIX, draw[4])]
        else:
            side = "for" if draw[5] < 0.5 else "against"
            parts += [_pick(_FRAG[trait][side], draw[3]), _pick(_LOW_FIX, draw[4])]
    parts.append(text)
    if level in ("top", "high", "none") and draw[6] < anec_p:
        side = "against" if level == "none" else "for"
        parts.append(". " + _pick(_ANECDOTE[trait][side], draw[7]))
    out = " ".join(parts).replace(" . ", ". ")
    return _fill(out, np.random.default_rng(seed))


def _off_text(text: str, rng: np.random.Generator) -> str:
    """Off-trait aside with an optional stutter or an inaudible tail."""
    words = text.split()
    if rng.random() < 0.3:
        spots = [i for i, w in enumerate(words) if w in _STUTTER_WORDS]
        if spots:
            i = int(rng.choice(spots))
            words.insert(i, words[i] + ",")
    if len(words) > 7 and rng.random() < 0.12:
        cut = int(rng.integers(4, len(words) - 2))
        words = words[:cut] + ["[inaudible]"]
    return " ".join(words)


def _style(text: str, mode: str) -> str:
    """Apply the punctuation mode to one segment."""
    if mode == "sparse":
        text = text.lower()
        for ch in ",.?!:;“”":
            text = text.replace(ch, " ")
        return " ".join(text.split())
    text = text.replace("“", '"').replace("”", '"')
    if text and text[-1] not in ".?!-]":
        text += "."
    if mode == "lower":
        return text.lower()
    chars = list(text)
    cap = True
    for i, ch in enumerate(chars):
        if cap and ch.isalpha():
            chars[i] = ch.upper()
            cap = False
        elif ch in ".?!" and i + 1 < len(chars) and chars[i + 1] == " ":
            cap = True
    return "".join(chars)


def _plan(slots: list[tuple[int, str]], rng: np.random.Generator) -> dict:
    """Draw every random choice of one memo; ``slots`` are (trait index, level)."""
    modes = ["clean", "lower", "sparse"]
    plan: dict = {"mode": str(rng.choice(modes, p=[0.4, 0.35, 0.25]))}
    plan["ts"] = str(rng.choice(["none", "lines", "inline"], p=[0.5, 0.25, 0.25]))
    n = int(rng.integers(1, 60))
    plan["header"] = (
        _pick(_HEADERS, rng.random()).format(n=n) if rng.random() < 0.45 else None
    )
    size = str(rng.choice(["short", "normal", "long"], p=[0.1, 0.72, 0.18]))
    plan["anec_p"] = {"short": 0.1, "normal": 0.3, "long": 0.6}[size]
    segs: list[tuple[str, object]] = []
    asides: list[str] = []
    if rng.random() < 0.7:
        job, detail = _pick(_JOBS, rng.random())
        asides.append(_pick(_JOB_FRAMES, rng.random()).format(job=job, detail=detail))
    p_extra = 0.9 if size == "long" else 0.5
    for bank in (_FAMILY, _SETTING, _APP):
        if rng.random() < p_extra:
            idx = rng.choice(len(bank), size=2, replace=False)
            asides.append(bank[idx[0]])
            if size == "long" and rng.random() < 0.4:
                asides.append(bank[idx[1]])
    if rng.random() < 0.55 or not asides:
        a, b = rng.choice(len(_TOPICS), size=2, replace=False)
        asides.append(
            _pick(_TOPIC_FRAMES, rng.random()).format(a=_TOPICS[a], b=_TOPICS[b])
        )
    if size == "short":
        asides = [asides[int(rng.integers(0, len(asides)))]]
    if rng.random() < 0.15:
        trap_trait = _pick(TRAITS, rng.random())
        trap = "TRAP:" + _pick(_TRAPS[trap_trait], rng.random())
        asides.insert(int(rng.integers(0, len(asides) + 1)), trap)
    body: list[tuple[str, object]] = [("off", a) for a in asides]
    trait_segs = [
        ("trait", (t, lev, rng.random(8), int(rng.integers(2**31)))) for t, lev in slots
    ]
    order = rng.permutation(len(trait_segs))
    trait_segs = [trait_segs[i] for i in order]
    # top statements go first half the time ("the big one first")
    if rng.random() < 0.5:
        trait_segs.sort(key=lambda s: s[1][1] != "top")
    # interleave: asides at random positions among the trait statements
    for seg in body:
        trait_segs.insert(int(rng.integers(0, len(trait_segs) + 1)), seg)
    segs.append(("open", _pick(_OPENERS, rng.random())))
    segs += trait_segs
    for t, lev in slots:
        if lev == "top" and rng.random() < 0.55:
            segs.append(("restate", (t, rng.random())))
    if rng.random() < (0.4 if size == "short" else 0.85):
        segs.append(("close", _pick(_CLOSERS, rng.random())))
    # per segment: a start filler, an end tag, a mark after it, a timestamp step
    plan["segs"] = [
        (
            kind,
            val,
            rng.random(4),
            int(rng.integers(4, 22)),
            int(rng.integers(2**31)),
        )
        for kind, val in segs
    ]
    plan["t0"] = int(rng.integers(0, 5))
    return plan


def _render(plan: dict, levels: dict[int, str] | None = None) -> list[tuple[str, str]]:
    """Render a plan into tagged pieces; ``levels`` overrides slot levels."""
    mode = plan["mode"]
    pieces: list[tuple[str, str]] = []
    if plan["header"]:
        pieces.append(("header", plan["header"]))
    t = plan["t0"]
    last = len(plan["segs"]) - 1
    for k, (kind, val, u, step, seed) in enumerate(plan["segs"]):
        srng = np.random.default_rng(seed)
        if kind == "trait":
            ti, lev, draw, tseed = val
            lev = (levels or {}).get(ti, lev)
            tag = "trait:" + TRAITS[ti]
            text = _trait_text(TRAITS[ti], lev, draw, tseed, plan["anec_p"])
            starts = _START_ANY + _START_TRAIT
        elif kind == "restate":
            ti, ur = val
            tag = "trait:" + TRAITS[ti]
            text = _pick(_RESTATE[TRAITS[ti]], ur)
            starts = []
        else:
            trap = val.startswith("TRAP:")
            tag = "trap" if trap else "off"
            text = _off_text(val[5:] if trap else val, srng)
            starts = {"open": [], "close": _START_CLOSE}.get(
                kind, _START_ANY + _START_OFF
            )
        if starts and u[0] < 0.4:
            text = _pick(starts, u[1]) + " " + text
        if u[2] < 0.1 and k < last and text[-1] not in "?]-":
            text += _pick(_END_ANY, u[3])
        text = _style(text, mode)
        stamp = f"({t // 60}:{t % 60:02d})"
        if plan["ts"] == "lines" or (plan["ts"] == "inline" and u[3] < 0.3):
            pieces.append(("ts", stamp))
        pieces.append((tag, text))
        if srng.random() < 0.12 and not text.endswith("]"):
            pieces.append(("mark", _pick(_MARKS, srng.random())))
        t += step
    return pieces


def _join(plan: dict, pieces: list[tuple[str, str]]) -> str:
    out = ""
    for i, (tag, text) in enumerate(pieces):
        if i == 0:
            out = text
        elif tag == "ts" and plan["ts"] == "lines":
            out += "\n" + text
        elif pieces[i - 1][0] == "header":
            out += "\n" + text
        else:
            out += " " + text
    return out


def _generate_pieces(
    weights: np.ndarray, rng: np.random.Generator
) -> tuple[dict, list[tuple[str, str]]]:
    levels = levels_of(weights)
    mentioned = _mentioned(levels, rng)
    plan = _plan([(i, levels[i]) for i in mentioned], rng)
    return plan, _render(plan)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One voice-memo transcript for ``weights`` (all randomness from ``rng``)."""
    plan, pieces = _generate_pieces(weights, rng)
    return _join(plan, pieces)


def _flip_plan(trait: str, rng: np.random.Generator) -> tuple[dict, int]:
    ti = TRAITS.index(trait)
    slots = [(ti, "high")]
    for j in range(len(TRAITS)):
        if j != ti and rng.random() < 0.4:
            slots.append((j, "low"))
    return _plan(slots, rng), ti


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two memos identical except the statement about ``trait`` (high, then none)."""
    plan, ti = _flip_plan(trait, rng)
    return (
        _join(plan, _render(plan, {ti: "high"})),
        _join(plan, _render(plan, {ti: "none"})),
    )
