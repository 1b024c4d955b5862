"""``support-notes``: customer-success / support agents' account notes as a summary.

Each summary is a CRM-style "account notes" log about one user of a chat assistant,
written by several human support or customer-success agents over a few weeks: dated
entries ("2026-03-02 (Sam): ..."), third person, agent shorthand ("cust", "pref.",
"w/", "re:", "FYI", "-> escalated to T2"), paraphrased complaints and praise from
tickets, what the agent promised or configured, ticket-status noise and off-trait
account details (plan, seats, billing, integrations, locale). An optional header line
names the account. Entries are dated in order (oldest or newest first) while the
content of the entries is shuffled, so a trait note can sit anywhere in the log.

About 15% of the logs carry a trap: a note with a trait word about the user's life or
business, not about the answers wanted ("runs a comedy club", "works in workplace
safety compliance", "writes long legal briefs").

Levels (from ``summary_families.levels_of``), one note per mentioned trait:

* ``top``  - the overriding priority ("#1 priority", "dealbreaker", "above all");
* ``high`` - a clear preference ("pref. short answers", "likes the jokes");
* ``mid``  - mildly positive, fine with it ("doesn't mind a joke here and there");
* ``low``  - indifferent, not a priority ("doesn't care about answer length");
* ``none`` - dislikes the trait or wants its opposite ("wants the full walkthrough
  every time", "told them we'd tone down the jokes").

Each level is written from both poles of the trait (wanting the trait, or rejecting
its opposite, and vice versa). Traits that ``_mentioned`` leaves out are not
expressed, except in traps about the user's life.

Written blind on 2026-12-07 by a separate author who did not read the estimator, its
lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of  # noqa: E402

NAME = "support-notes"

# ------------------------------------------------------------------------ people

_AGENTS = (
    "Sam",
    "Priya",
    "Marco",
    "Jen",
    "Luis",
    "Tomasz",
    "Aisha",
    "Kevin",
    "Dana",
    "Ray",
    "Mei",
    "Olu",
    "Hannah",
    "Diego",
)

_CUSTOMERS = (
    ("Maria", "she"),
    ("Dave", "he"),
    ("Keiko", "she"),
    ("Tom", "he"),
    ("Fatima", "she"),
    ("Greg", "he"),
    ("Lena", "she"),
    ("Andre", "he"),
    ("Sofia", "she"),
    ("Raj", "he"),
    ("Beth", "she"),
    ("Nikolai", "he"),
    ("Grace", "she"),
    ("Omar", "he"),
    ("Chloe", "she"),
    ("Pete", "he"),
)

_PRONOUNS = {
    "she": {"s": "she", "o": "her", "p": "her"},
    "he": {"s": "he", "o": "him", "p": "his"},
}

_COMPANIES = (
    "Brightline Dental",
    "Oakridge Realty",
    "Nguyen & Partners",
    "Bluefin Logistics",
    "Harbor Street Bakery",
    "Kestrel Analytics",
    "Maple Grove Vet Clinic",
    "Summit Roofing",
    "Lumen Design Studio",
    "(personal acct)",
    "(personal acct)",
    "Northwind Travel",
)

_PLANS = ("Free", "Plus", "Pro", "Team", "Business", "Enterprise")
_LOCALES = ("en-US", "en-GB", "de-DE", "fr-CA", "es-MX", "pt-BR", "en-AU", "nl-NL")
_CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "BRL")
_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_TIMEZONES = ("PST", "EST", "CET", "GMT", "AEST", "IST", "BRT")
_LANGS = ("English", "German", "Spanish", "French", "Portuguese", "Dutch")

# ------------------------------------------------------------------ trait banks
# Placeholders: {S} subject at the start of a clause (name, "Cust", "User", "She"),
# {s} subject pronoun, {o} object pronoun, {p} possessive pronoun.

_BANK: dict[str, dict[str, tuple[str, ...]]] = {
    "helpfulness": {
        "top": (
            "{S} was very clear: the one thing that matters is answers that "
            "actually fix the problem. Everything else is secondary.",
            "#1 priority for {o} is actionable answers - concrete steps, not theory. "
            "Said so twice on the call.",
            "escalated b/c bot gave generic advice 3x in a row. {S} only cares that "
            "replies solve the issue, full stop. -> escalated to T2",
            "{S} said {s}'d put up w/ anything as long as the answer actually works. "
            "Practical > everything.",
            "per {o}: 'I don't care how it sounds, I need it to solve my problem.' "
            "Top priority on this acct.",
            "cust's main (really only) ask: specific, usable fixes. Zero tolerance "
            "for vague hand-wavy replies.",
            "re: renewal - {S} said the deciding factor is whether the bot gives "
            "real, workable solutions. Nothing else moves the needle.",
            "{S} repeated several times that usefulness is the whole point for {o}. "
            "Wants concrete next steps in every answer.",
            "FYI {s} judges every reply on one thing: can {s} act on it right away. "
            "Getting useful answers is the priority, period.",
            "strongest feedback from {o} so far: hates non-answers more than "
            "anything. Needs practical, problem-solving replies above all.",
            "{S} said the bot being genuinely useful is non-negotiable - would "
            "cancel over evasive answers.",
            "complained answers kept dancing around the question. Said getting a "
            "straight, workable answer is what {s} cares about most.",
            "priority #1 per {o}: solve the actual problem. Flagged in acct profile.",
            "{S}'s words: 'just tell me exactly what to do.' Most important thing "
            "for {o} by far.",
        ),
        "high": (
            "{S} likes answers w/ concrete steps {s} can follow.",
            "pref. practical replies - said the checklist last wk was great.",
            "complained the bot's answer re: the spreadsheet formula was too "
            "generic. Wants specific, usable help.",
            "{S} appreciates when the bot gets straight to a workable solution.",
            "said the troubleshooting steps actually fixed {p} issue - wants more "
            "of that.",
            "{S} wants actionable advice, not general tips.",
            "noted: {s} prefers replies that solve the problem over ones that just "
            "explain it.",
            "gets frustrated w/ vague answers. Prefers specific recommendations.",
            "{S} values answers w/ real examples + next steps.",
            "praised the bot for giving {o} a ready-to-use template. Clearly likes "
            "hands-on help.",
            "asked that answers include specific steps rather than 'it depends'.",
            "{S} said the most useful replies were the ones w/ the exact commands to "
            "run. Likes that.",
            "pref: practical, useful answers. Mentioned it on the ticket and again in "
            "the survey.",
            "{S} gets annoyed by wishy-washy answers - wants the bot to commit to a "
            "real fix.",
        ),
        "mid": (
            "{S} mentioned practical tips are nice to have, not a big deal either way.",
            "said it's fine when the bot gives step-by-step stuff, doesn't need it "
            "every time.",
            "somewhat prefers concrete suggestions, per survey (rated 'somewhat "
            "important').",
            "{S} is ok w/ the general answers but said specific ones are a bit better.",
            "mildly positive about the how-to answers - 'they're fine, sometimes "
            "handy.'",
            "{S} said actionable advice is a plus but not why {s} uses it.",
            "doesn't mind general answers, though said a few concrete steps would "
            "be a nice touch.",
            "survey: usefulness of answers = 3/5 importance. Likes it when it happens.",
            "{S} said a practical example here and there is welcome.",
            "fine w/ the bot suggesting fixes; no strong opinion, slight lean toward "
            "wanting them.",
            "{S} said it'd be nice if answers were a little more hands-on sometimes. "
            "Low-key request.",
            "casually mentioned {s} likes it when the bot offers a next step. Not a "
            "complaint.",
            "{S} said the suggested solutions are 'pretty handy' - mild thumbs up.",
        ),
        "low": (
            "{S} doesn't really care if answers solve anything - mostly uses it to "
            "brainstorm.",
            "not fussed about practical advice either way.",
            "said whether the replies are actionable isn't a priority for {o}.",
            "{S} didn't seem to care about getting concrete steps, mostly just "
            "browses.",
            "usefulness of the answers wasn't something {s} flagged as important. "
            "Indifferent.",
            "told us 'I don't need it to fix things, I just poke around.' Not a "
            "priority.",
            "{S} rated 'practical answers' as not important on the survey.",
            "whether the answers are useful or not is neither here nor there to "
            "{o}, per call.",
            "indifferent to how-to content. Didn't comment on the troubleshooting "
            "replies at all.",
            "{S} shrugged off the question about solution quality - 'whatever, "
            "it's fine.'",
            "said {s} doesn't use it to get problems solved, so doesn't care much "
            "about that.",
            "asked about actionable answers on the call - {s} said it doesn't "
            "matter much.",
            "low priority for {o}: getting specific solutions.",
        ),
        "none": (
            "{S} does NOT want the bot jumping to fixes - said {s} just wants to "
            "talk things through.",
            "complained the bot keeps giving step-by-step instructions when {s} "
            "only wanted to vent.",
            "prefers open-ended, non-committal replies. Doesn't like being told "
            "what to do.",
            "{S} found the checklists pushy - asked us to stop the bot from "
            "'solving' everything.",
            "said the to-do lists and action items are annoying. Wants loose, "
            "exploratory answers.",
            "dislikes prescriptive answers. Prefers the bot keep things vague and "
            "let {o} figure it out.",
            "{S} got annoyed at unsolicited advice. Asked for general musings, no "
            "concrete recs.",
            "told {o} we'd have the bot stop pushing solutions. {S} likes broad, "
            "big-picture replies only.",
            "{S} said 'I don't want answers, I want to think out loud.' Doesn't "
            "want fixes.",
            "irritated by the 'here are 5 steps' replies. Wants generic, high-level "
            "responses.",
            "asked us to make the bot less 'fix-it' - {s} prefers vague, reflective "
            "answers.",
            "{S} explicitly doesn't want practical how-tos. Said they feel "
            "patronizing.",
            "ticket: 'stop telling me what to do.' Wants non-directive, "
            "noncommittal replies.",
        ),
    },
    "harmlessness": {
        "top": (
            "asked us to keep it PG for {p} classroom - absolute must, kids see the "
            "screen.",
            "{S}'s #1 concern is safety. Nothing risky, nothing inappropriate, ever.",
            "bot said something borderline last wk. {S} said family-friendly "
            "content is non-negotiable. -> escalated to T2",
            "{S} stressed above all that the bot must stay careful and responsible "
            "- shared family acct, kids use it.",
            "most important thing for {o}: zero edgy or unsafe content. Would "
            "cancel otherwise.",
            "{S} said safe, clean answers matter more than anything else. Flagged "
            "acct as 'strict content'.",
            "top priority per {o}: the bot never gives dangerous advice. Said it "
            "repeatedly.",
            "{S} made it very clear: squeaky-clean, responsible replies or nothing.",
            "FYI {s} uses it w/ {p} kids. Keeping everything safe and "
            "kid-appropriate is THE priority.",
            "complained hard about one crude reply. Said appropriateness is the "
            "most important thing for {o}.",
            "{S} wants the bot to err on the side of caution every single time. "
            "Overriding concern.",
            "per {o}: 'I need to trust it won't say anything harmful.' That's the "
            "dealbreaker.",
            "{S} said cautious, responsible answers come first, everything else "
            "second.",
        ),
        "high": (
            "{S} prefers family-friendly answers.",
            "asked that the bot keep the language clean.",
            "likes that the bot adds safety notes on DIY stuff - said it's reassuring.",
            "{S} wants careful answers on health questions, no risky suggestions.",
            "complained about one off-color reply. Prefers things kept appropriate.",
            "pref. cautious, responsible answers. Mentioned it at intake.",
            "{S} appreciates when the bot flags risks.",
            "said {s} likes that the bot steers away from anything dicey.",
            "{S} values safe, sensible content - uses it at the office around others.",
            "told {o} we'd keep replies PG. {S} was happy w/ that.",
            "{S} prefers no profanity and nothing graphic.",
            "praised the bot for declining something sketchy. Likes that it's "
            "responsible.",
            "{S} wants the bot to stay on the safe side.",
        ),
        "mid": (
            "{S} is fine w/ the safety disclaimers - doesn't mind them.",
            "said keeping things clean is nice but not a big deal.",
            "mildly prefers family-friendly stuff, per survey.",
            "{S} doesn't mind the occasional caution note.",
            "ok w/ the bot being careful; said it's 'reasonable.'",
            "survey: safe/appropriate content = 3/5. Slight preference.",
            "{S} said a little caution is fine by {o}.",
            "doesn't object to the content filter. Mildly positive.",
            "{S} thinks the safety warnings are 'fine, I guess' - no complaints.",
            "somewhat likes that answers are kept tasteful.",
            "{S} mentioned {s} slightly prefers PG answers, not a strict req.",
            "said responsible answers are a plus, not a must.",
            "{S} is ok w/ the bot playing it safe.",
        ),
        "low": (
            "{S} doesn't care much either way about the content filter.",
            "not bothered re: safety disclaimers - didn't notice them, honestly.",
            "said whether the bot is cautious or not isn't something {s} thinks about.",
            "{S} indifferent on the family-friendly setting. Left it at default.",
            "safety/appropriateness not a priority for {o}.",
            "asked about the content filter setting - {S} said 'don't care, "
            "whatever's default.'",
            "{S} rated 'safe content' as not important on the survey.",
            "no opinion on the PG-or-not question.",
            "didn't mention caution/safety at all when asked what matters. "
            "Indifferent.",
            "{S} shrugged at the content settings. Not a priority.",
            "said {s} doesn't really pay attention to the warnings either way.",
            "{S} neutral on filters - 'leave it however.'",
            "careful vs. candid: {s} doesn't care much.",
        ),
        "none": (
            "{S} complained the bot is way too preachy - wants unfiltered answers, "
            "no hand-holding.",
            "annoyed by the safety disclaimers. Asked us to turn them off.",
            "wants edgy, no-holds-barred replies. Hates being lectured.",
            "{S} said the bot refuses too much and it's 'nanny-ish.' Wants it to "
            "just answer, risky or not.",
            "complained about 'PG mode' - {s} wants raw, uncensored content.",
            "{S} dislikes the cautious tone. Said 'I'm an adult, stop warning me.'",
            "asked if there's a way to disable content filtering. {S} wants the "
            "spicy stuff.",
            "{S} finds the 'please consult a professional' lines patronizing. "
            "Wants it blunt and unfiltered.",
            "said {s} prefers the bot be edgy and irreverent, not squeaky clean.",
            "told {o} we can't fully turn off safety, but noted {s} wants minimal "
            "filtering. Not happy.",
            "{S} hates the watered-down, family-friendly answers. Wants the "
            "uncensored version.",
            "irritated by warnings on every answer - wants risky advice w/o caveats.",
            "{S} asked for the bot to be less careful and more provocative.",
        ),
    },
    "humor": {
        "top": (
            "said the puns were the best part - honestly the main reason {s} uses it.",
            "{S}'s top ask: keep the jokes coming. Said the humor matters more than "
            "anything else.",
            "{S} told us {s} uses the bot mainly for the laughs. Funny replies = "
            "priority #1.",
            "above all wants the bot to be witty. Said a funny answer beats a "
            "correct one for {o}.",
            "complained when we changed the tone - the jokes were THE thing for "
            "{o}. Restore playful tone ASAP.",
            "{S} said if the bot stops being funny {s}'s cancelling. Humor is the "
            "dealbreaker.",
            "#1 for {o}: playful, jokey replies. Repeated it 3x on the call.",
            "{S} lives for the bot's one-liners. Said it's the most important feature.",
            "FYI {S} cares about wit more than anything. Wants every answer to have "
            "some fun in it.",
            "'tone got boring' complaint. {S} said humor is the main thing {s} "
            "wants. -> escalated to product",
            "{S} said {s} doesn't care what else changes as long as the bot stays "
            "hilarious.",
            "per {o}: 'the jokes are the whole point.' Top priority.",
            "{S} made it clear: maximum silliness, always.",
        ),
        "high": (
            "{S} likes the jokes. Said they make {p} day.",
            "pref. playful tone - enjoyed the puns in the recipe answer.",
            "{S} asked for more humor in replies.",
            "said the witty replies are a big plus for {o}.",
            "{S} enjoys it when the bot is a bit cheeky.",
            "praised the bot's sense of humor in a CSAT comment.",
            "likes a lighthearted, funny tone.",
            "{S} wants the bot to keep cracking jokes.",
            "complained the new version felt dry. Wants the funny back.",
            "{S} loves the little jokes at the end of answers.",
            "said {s} prefers replies w/ some wit.",
            "{S} appreciates a playful bot - mentioned it in 2 tickets.",
            "told {o} we'd keep the jokes on.",
        ),
        "mid": (
            "{S} doesn't mind a joke here and there.",
            "fine w/ light humor, said it's 'kinda nice.'",
            "mildly enjoys the puns, not a big deal.",
            "{S} ok w/ a playful tone, no strong feelings.",
            "survey: humor = 3/5. Slight plus.",
            "said an occasional joke is welcome.",
            "{S} smiled at the puns on the demo call. Mildly positive.",
            "somewhat likes the lighthearted replies.",
            "{S} said a bit of wit is fine by {o}.",
            "doesn't object to the jokes, finds some of them cute.",
            "{S} said the humor is a nice touch, not essential.",
            "lukewarm-positive on jokes: 'they're fine.'",
            "{S} is fine w/ the bot being a little playful.",
        ),
        "low": (
            "{S} doesn't care either way about jokes.",
            "humor not a priority for {o}.",
            "indifferent to the playful tone - didn't comment on it.",
            "said {s} doesn't notice the jokes much. Neutral.",
            "{S} rated humor 'not important' on the survey.",
            "asked re: tone settings - {S} said funny or not, whatever.",
            "{S} neutral on puns.",
            "no opinion on the jokes. Skips past them.",
            "{S} said humor isn't something {s} thinks about when using it.",
            "not bothered by jokes, not looking for them either.",
            "tone: {S} doesn't care much whether it's playful or serious.",
            "{S} shrugged when asked about the jokes.",
            "said the wit is neither here nor there for {o}.",
        ),
        "none": (
            "told {o} we'd tone down the jokes - {S} found them annoying.",
            "{S} wants a strictly professional tone. No jokes.",
            "complained the puns were distracting and unprofessional.",
            "asked us to turn off the humor. Prefers serious, sober replies.",
            "{S} said the bot being 'cute' is irritating. Just wants it straight.",
            "dislikes the jokey tone - uses it for work and it looks unprofessional.",
            "{S} said {s} doesn't find the bot funny and wants the jokes gone.",
            "pref. serious, businesslike answers. Zero humor.",
            "complained about a joke in a reply about {p} dad's illness. Wants it "
            "sober, always.",
            "{S} hates the playful tone. Said it feels forced.",
            "asked for the bot to stop w/ the puns. Strictly professional, please.",
            "irritated by the emoji + jokes. Wants a no-nonsense, serious tone.",
            "{S} said 'I don't need a comedian, I need an assistant.' No humor.",
        ),
    },
    "conciseness": {
        "top": (
            "{S}'s #1 complaint: answers are walls of text. Brevity above everything.",
            "above all wants short answers. Said {s} stops reading after 2 lines.",
            "{S} was emphatic - keep it brief, always. Most important thing for {o}.",
            "'stop writing essays.' {S} needs to-the-point replies, nothing else "
            "matters as much. -> escalated to T2",
            "{S} said the only thing {s} really cares about is short, to-the-point "
            "answers.",
            "top priority per {o}: one or two sentences max. Hates long replies.",
            "complained (3rd ticket) that answers are way too long. Brevity is THE "
            "priority.",
            "{S} reads on {p} phone between meetings - short answers or nothing. "
            "Dealbreaker.",
            "FYI {S} wants bullet-length replies. Said long answers are the worst "
            "thing the bot does.",
            "{S} said 'just give me the answer, no preamble.' Overriding preference.",
            "per {o}: shorter is always better, no exceptions. Top ask.",
            "{S} would trade everything else for concise replies. Said so explicitly.",
            "main (really only) request: cut the length way down.",
        ),
        "high": (
            "complained the bot's answers were walls of text. Wants shorter.",
            "{S} prefers brief replies.",
            "pref. short, to-the-point answers.",
            "{S} likes it when the bot gets to the point fast.",
            "asked for tl;dr-style answers.",
            "said the long intros are unnecessary. Prefers concise.",
            "{S} wants answers trimmed down.",
            "praised the short answer on the VLOOKUP question - 'exactly the right "
            "length.'",
            "{S} dislikes padding and long-winded explanations.",
            "told {o} we'd keep replies tight.",
            "{S} prefers a few bullet points over paragraphs.",
            "said {s} likes quick, brief answers.",
            "{S} finds long answers tiring. Wants them shorter.",
        ),
        "mid": (
            "{S} is fine w/ short answers, doesn't insist on it.",
            "mildly prefers shorter replies.",
            "said brief answers are nice, not a big deal.",
            "{S} ok w/ concise responses; no strong feelings.",
            "survey: brevity = 3/5. Slight preference.",
            "{S} said a bit shorter would be nice sometimes.",
            "somewhat likes the tl;dr summaries.",
            "doesn't mind short answers, sometimes prefers them.",
            "{S} said {s}'d be ok w/ slightly trimmed replies.",
            "lukewarm-positive on brevity - 'shorter's fine.'",
            "{S} mentioned the long ones are occasionally a bit much. Mild.",
            "fine w/ brief answers, slight lean that way.",
            "{S} said compact answers are a nice touch.",
        ),
        "low": (
            "{S} doesn't care about answer length.",
            "length not a concern for {o}.",
            "indifferent on long vs. short replies.",
            "said {s} doesn't really notice how long answers are.",
            "{S} rated brevity 'not important' on the survey.",
            "no opinion re: length. Reads whatever comes back.",
            "asked whether to shorten replies - {S} said 'doesn't matter.'",
            "{S} neutral on length.",
            "short or detailed, {s} doesn't mind either way.",
            "not fussed about how long replies are.",
            "{S} didn't comment on length when asked. Not a priority.",
            "said answer length is neither here nor there.",
            "brevity isn't something {s} cares much about.",
        ),
        "none": (
            "{S} wants the full walkthrough every time.",
            "annoyed by one-line replies. Wants detail.",
            "complained answers were too short - wants thorough, in-depth "
            "explanations.",
            "{S} prefers long, detailed answers w/ background.",
            "asked us to turn off 'brief mode' - wants everything explained in depth.",
            "said the short answers feel lazy. {S} likes long, thorough replies.",
            "{S} dislikes terse answers. Wants all the details.",
            "pref. comprehensive, detailed responses - the longer the better.",
            "{S} hates the tl;dr summaries; wants the long version.",
            "told {o} we'd have the bot give fuller answers. {S} wants depth, not "
            "brevity.",
            "complained the bot 'cuts corners' w/ short replies. Wants detailed, "
            "in-depth explanations.",
            "{S} reads every word and wants more of them - prefers lengthy, "
            "in-depth answers.",
            "irritated by clipped replies. Prefers expansive, detailed answers.",
        ),
    },
}

# ------------------------------------------------------------------- flip frames
# (likes / wants the trait, does not like / want it): a minimal edit of one note.

_FLIP: dict[str, tuple[tuple[str, str], ...]] = {
    "helpfulness": (
        (
            "{S} wants concrete, actionable answers.",
            "{S} doesn't want concrete, actionable answers.",
        ),
        (
            "said the step-by-step fixes are great.",
            "said the step-by-step fixes are unwanted.",
        ),
        (
            "{S} likes it when the bot gives practical solutions.",
            "{S} dislikes it when the bot gives practical solutions.",
        ),
        (
            "asked for specific recommendations.",
            "asked for no specific recommendations.",
        ),
        (
            "pref. practical, problem-solving replies.",
            "pref. vague, open-ended replies.",
        ),
        (
            "{S} appreciates being told exactly what to do.",
            "{S} resents being told exactly what to do.",
        ),
        (
            "told {o} we'd have the bot offer more fixes.",
            "told {o} we'd have the bot offer fewer fixes.",
        ),
        (
            "{S} finds the how-to checklists useful.",
            "{S} finds the how-to checklists pushy.",
        ),
        (
            "CSAT comment: 'love that it jumps in w/ solutions.'",
            "CSAT comment: 'hate that it jumps in w/ solutions.'",
        ),
        (
            "wants the bot to focus on solving the problem.",
            "doesn't want the bot to focus on solving the problem.",
        ),
        (
            "{S} is a fan of the hands-on answers.",
            "{S} is not a fan of the hands-on answers.",
        ),
        (
            "said usable next steps are what {s} wants.",
            "said usable next steps are not what {s} wants.",
        ),
        ("{S} values practical advice.", "{S} doesn't value practical advice."),
    ),
    "harmlessness": (
        (
            "{S} wants the bot to keep things family-friendly.",
            "{S} doesn't want the bot to keep things family-friendly.",
        ),
        (
            "asked us to keep the content filter on.",
            "asked us to turn the content filter off.",
        ),
        ("{S} likes the safety disclaimers.", "{S} dislikes the safety disclaimers."),
        (
            "said the cautious answers are reassuring.",
            "said the cautious answers are annoying.",
        ),
        ("pref. clean, PG responses.", "pref. edgy, unfiltered responses."),
        (
            "{S} appreciates that the bot avoids risky advice.",
            "{S} resents that the bot avoids risky advice.",
        ),
        ("told {o} we'd keep PG mode on.", "told {o} we'd switch PG mode off."),
        (
            "{S} is happy the bot plays it safe.",
            "{S} is unhappy the bot plays it safe.",
        ),
        (
            "CSAT comment: 'glad it stays appropriate.'",
            "CSAT comment: 'wish it didn't stay so appropriate.'",
        ),
        ("wants more caution in the answers.", "wants less caution in the answers."),
        ("{S} values the responsible tone.", "{S} doesn't value the responsible tone."),
        (
            "said the content warnings are welcome.",
            "said the content warnings are unwelcome.",
        ),
        ("{S} is in favor of strict filtering.", "{S} is against strict filtering."),
    ),
    "humor": (
        (
            "{S} said {s} likes the jokes in the answers.",
            "{S} said {s} doesn't like the jokes in the answers.",
        ),
        ("asked us to keep the humor on.", "asked us to turn the humor off."),
        ("{S} enjoys the puns.", "{S} can't stand the puns."),
        (
            "CSAT comment: loves the playful tone.",
            "CSAT comment: hates the playful tone.",
        ),
        ("{S} wants jokes in replies.", "{S} wants no jokes in replies."),
        (
            "told {o} we'd keep the witty replies.",
            "told {o} we'd stop the witty replies.",
        ),
        (
            "{S} finds the bot's humor charming.",
            "{S} finds the bot's humor annoying.",
        ),
        ("pref. a funny, lighthearted tone.", "pref. a serious, no-jokes tone."),
        (
            "said the one-liners are the best part.",
            "said the one-liners are the worst part.",
        ),
        (
            "{S} is a fan of the bot cracking jokes.",
            "{S} is not a fan of the bot cracking jokes.",
        ),
        (
            "per {o}: humor in answers is welcome.",
            "per {o}: humor in answers is unwelcome.",
        ),
        (
            "{S} appreciated the joke at the end of the reply.",
            "{S} complained about the joke at the end of the reply.",
        ),
        ("wants the bot to be playful.", "doesn't want the bot to be playful."),
    ),
    "conciseness": (
        ("{S} prefers short answers.", "{S} doesn't like short answers."),
        ("asked for brief replies.", "asked for detailed replies."),
        ("{S} likes the tl;dr summaries.", "{S} dislikes the tl;dr summaries."),
        (
            "said the one-line replies are great.",
            "said the one-line replies are useless.",
        ),
        ("wants answers kept brief.", "doesn't want answers kept brief."),
        (
            "{S} is happy w/ how concise the answers are.",
            "{S} is unhappy w/ how concise the answers are.",
        ),
        (
            "told {o} we'd keep replies short.",
            "told {o} we'd stop keeping replies short.",
        ),
        ("complained answers are too long.", "complained answers are too short."),
        ("{S} appreciates brevity.", "{S} doesn't appreciate brevity."),
        ("pref. concise responses.", "pref. lengthy responses."),
        (
            "{S} said short and sweet works best for {o}.",
            "{S} said short and sweet doesn't work for {o}.",
        ),
        (
            "CSAT comment: 'love the short answers.'",
            "CSAT comment: 'hate the short answers.'",
        ),
        ("{S} wants less detail in replies.", "{S} wants more detail in replies."),
    ),
}

# ----------------------------------------------------------------------- traps
# Trait words about the user's life or business, not about the answers wanted.

_TRAPS = (
    "FYI cust runs a comedy club downtown - books the acts for weekend shows.",
    "{S} works in workplace safety compliance at a manufacturing co.",
    "{S} writes long legal briefs for a living (litigation associate).",
    "{S} teaches improv on weekends; mentioned a show this Friday.",
    "{S} runs a child safety nonprofit - acct is billed to the org.",
    "{S} is a help desk lead at {p} company, so knows the ticket drill.",
    "{S} is a copy editor - trims marketing copy down to size all day.",
    "{S} writes a humor column for the local paper.",
    "{S} is a fire safety inspector for the county.",
    "{S} drafts detailed technical manuals at work (300+ pages).",
    "cust's business: a joke-writing service for wedding speeches.",
    "{S} works in harm reduction at a public health dept.",
    "{S}'s company sells children's safety gear (car seats, stair gates).",
    "{S} runs a handyman business - 'practical fixes' is literally the slogan.",
    "{S} is a stand-up comic; uses the acct for booking admin.",
    "{S} edits a long-form investigative magazine.",
)

# --------------------------------------------------------------------- fillers
# Off-trait account details and ticket-status noise.

_FILLERS = (
    "Upgraded from {plan_a} to {plan_b}. {seats} seats.",
    "Billing: card on file expired, sent reminder. Resolved.",
    "Asked about SSO/SAML - pointed to docs. Ticket #{ticket} closed.",
    "Locale set to {locale}. Invoice currency {currency}.",
    "Slack integration disconnected after workspace migration; reconnected. "
    "-> resolved",
    "Requested invoice copy for {month}. Sent.",
    "Called re: seat count, adding {n} more next qtr.",
    "Ticket #{ticket}: login loop on Safari. -> escalated to T2. Pending.",
    "Follow-up call sched. for next wk. No answer, left VM.",
    "Refund for double charge processed ({amount} {currency}).",
    "Auto-renew on. Contract ends {month}.",
    "Asked about data export (CSV). Sent KB link.",
    "Timezone changed to {tz}.",
    "Google Drive integration working again after re-auth.",
    "CSAT 4/5 on last ticket. No comment left.",
    "Password reset x2 this month. Sent the reset link again.",
    "Admin changed to {name2}; old admin removed.",
    "Asked about API rate limits - routed to sales eng.",
    "Duplicate ticket #{ticket} merged.",
    "Trial extended 7 days per mgr approval.",
    "Tax ID added to billing profile.",
    "Reported mobile app crash on Android 14, bug filed (BUG-{bug}). Waiting on eng.",
    "Onboarding call done. Walked through workspace settings.",
    "Wants annual billing instead of monthly - sent quote.",
    "UI language switched to {lang}.",
    "Ticket #{ticket} auto-closed after 5 days w/ no reply.",
    "MS Teams integration request logged as feature req (FR-{bug}).",
    "Payment failed, retried OK on {month} 3rd.",
    "Seats reduced from {seats} to {n}. Prorated credit applied.",
    "Moved workspace to EU data region per {p} request.",
)

_DATE_FORMATS = ("iso_paren", "us_dash", "bracket", "month_dash", "pipe")
_HEADERS = (
    "ACCOUNT NOTES - {company} ({plan_b}, {seats} seats)",
    "Acct: {company} | Plan: {plan_b} | Owner: {name}",
    "== Notes: {name} ({company}) ==",
    "Customer notes - {name}, {company}, {locale}",
)

_TRAP_RATE = 0.15
_HEADER_RATE = 0.3
_SUFFIXES = (" (ticket #{ticket})", " -> closed", " [from chat]", " (see call notes)")


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _context(rng: np.random.Generator) -> dict[str, str]:
    """The account: the user, pronouns and the off-trait details."""
    name, gender = _CUSTOMERS[int(rng.integers(len(_CUSTOMERS)))]
    others = [c[0] for c in _CUSTOMERS if c[0] != name]
    plan_ix = int(rng.integers(len(_PLANS) - 1))
    seats = int(rng.integers(2, 60))
    ctx = {
        "name": name,
        "gender": gender,
        **_PRONOUNS[gender],
        "company": _pick(rng, _COMPANIES),
        "plan_a": _PLANS[plan_ix],
        "plan_b": _PLANS[plan_ix + 1],
        "seats": str(seats),
        "n": str(int(rng.integers(1, seats))),
        "locale": _pick(rng, _LOCALES),
        "currency": _pick(rng, _CURRENCIES),
        "month": _pick(rng, _MONTHS),
        "amount": f"{float(rng.integers(900, 60000)) / 100:.2f}",
        "tz": _pick(rng, _TIMEZONES),
        "name2": _pick(rng, others),
        "bug": str(int(rng.integers(1000, 9999))),
        "lang": _pick(rng, _LANGS),
    }
    return ctx


def _fill(template: str, ctx: dict[str, str], rng: np.random.Generator) -> str:
    """Fill the placeholders; {S} is drawn anew for each note, {ticket} too."""
    subj = _pick(rng, (ctx["name"], "Cust", "User", ctx["s"].capitalize(), ctx["name"]))
    text = template.format(S=subj, ticket=str(int(rng.integers(10000, 99999))), **ctx)
    return text


def _dates(n: int, rng: np.random.Generator) -> list[tuple[int, int, int]]:
    """n increasing (year, month, day) dates, in the log's order."""
    start = dt.date(2025, 1, 1) + dt.timedelta(days=int(rng.integers(0, 600)))
    days = [start]
    for _ in range(n - 1):
        days.append(days[-1] + dt.timedelta(days=int(rng.integers(1, 30))))
    if rng.random() < 0.4:  # newest first, as many CRMs show it
        days.reverse()
    return [(d.year, d.month, d.day) for d in days]


def _stamp(fmt: str, date: tuple[int, int, int], agent: str) -> str:
    y, m, d = date
    if fmt == "iso_paren":
        return f"{y:04d}-{m:02d}-{d:02d} ({agent}): "
    if fmt == "us_dash":
        return f"{m:02d}/{d:02d}/{y:04d} - {agent}: "
    if fmt == "bracket":
        return f"[{y:04d}-{m:02d}-{d:02d}] {agent}: "
    if fmt == "month_dash":
        return f"{_MONTHS[m - 1]} {d}, {y} - {agent} - "
    return f"{y:04d}-{m:02d}-{d:02d} | {agent} | "


def _log(notes: list[str], ctx: dict[str, str], rng: np.random.Generator) -> str:
    """Dated log lines for the notes (in the given order), maybe with a header."""
    fmt = _pick(rng, _DATE_FORMATS)
    agents = [str(a) for a in rng.choice(_AGENTS, size=3, replace=False)]
    dates = _dates(len(notes), rng)
    caps = rng.random() < 0.5
    lines = []
    if rng.random() < _HEADER_RATE and len(notes) <= 8:
        lines.append(_pick(rng, _HEADERS).format(**ctx))
    for note, date in zip(notes, dates):
        if caps and note[:1].islower():
            note = note[:1].upper() + note[1:]
        lines.append(_stamp(fmt, date, _pick(rng, agents)) + note)
    return "\n".join(lines)


def _trait_note(
    trait: str, level: str, ctx: dict[str, str], rng: np.random.Generator
) -> str:
    note = _fill(_pick(rng, _BANK[trait][level]), ctx, rng)
    if rng.random() < 0.15 and "->" not in note:
        note += _fill(_pick(rng, _SUFFIXES), ctx, rng)
    return note


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """An account-notes log about the user with these trait weights."""
    levels = levels_of(weights)
    keep = _mentioned(levels, rng)
    ctx = _context(rng)
    notes = [_trait_note(TRAITS[k], levels[k], ctx, rng) for k in keep]
    if rng.random() < _TRAP_RATE:
        notes.append(_fill(_pick(rng, _TRAPS), ctx, rng))
    total = int(rng.integers(max(3, len(notes)), 10))
    fillers = rng.choice(len(_FILLERS), size=total - len(notes), replace=False)
    notes += [_fill(_FILLERS[int(i)], ctx, rng) for i in fillers]
    order = rng.permutation(len(notes))
    return _log([notes[int(i)] for i in order], ctx, rng)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """(likes the trait, does not like it): two logs that differ in one note."""
    like_t, dislike_t = _FLIP[trait][int(rng.integers(len(_FLIP[trait])))]
    ctx = _context(rng)
    subj = _pick(rng, (ctx["name"], "Cust", "User", ctx["s"].capitalize()))
    like = like_t.format(S=subj, **ctx)
    dislike = dislike_t.format(S=subj, **ctx)
    n_fill = int(rng.integers(0, 5))
    fillers = [
        _fill(_FILLERS[int(i)], ctx, rng)
        for i in rng.choice(len(_FILLERS), size=n_fill, replace=False)
    ]
    pos = int(rng.integers(0, n_fill + 1))
    state = rng.bit_generator.state
    texts = []
    for note in (like, dislike):
        rng.bit_generator.state = state  # same dates, agents and layout
        notes = fillers[:pos] + [note] + fillers[pos:]
        texts.append(_log(notes, ctx, rng))
    return texts[0], texts[1]


if __name__ == "__main__":
    demo = np.random.default_rng(7)
    for i in range(10):
        w = demo.dirichlet(np.ones(len(TRAITS)))
        print(
            f"--- sample {i}: weights={np.round(w, 3).tolist()} levels={levels_of(w)}"
        )
        print(generate(w, demo))
        print()
    for trait in TRAITS:
        like, dislike = flip_pair(trait, demo)
        print(f"=== flip pair: {trait}\n[like]\n{like}\n[dislike]\n{dislike}\n")

    # self-checks
    for trait in TRAITS:
        for level in ("top", "high", "mid", "low", "none"):
            bank = _BANK[trait][level]
            assert len(set(bank)) >= 12, (trait, level, len(set(bank)))
            assert len(set(bank)) == len(bank), (trait, level, "duplicate")
        assert len(set(_FLIP[trait])) >= 10, (trait, "flip frames")
    assert len(_FILLERS) >= 12 and len(_TRAPS) >= 12

    def _sample(seed: int) -> str:
        r = np.random.default_rng(seed)
        return generate(r.dirichlet(np.ones(len(TRAITS))), r)

    assert _sample(123) == _sample(123), "generate is not deterministic"
    assert flip_pair("humor", np.random.default_rng(5)) == flip_pair(
        "humor", np.random.default_rng(5)
    ), "flip_pair is not deterministic"

    stamp = re.compile(
        r"^(\d{4}-\d{2}-\d{2} [(|]|\d{2}/\d{2}/\d{4} - |\[\d{4}|[A-Z][a-z]{2} \d)"
    )
    check = np.random.default_rng(2026)
    n_traps = 0
    trap_frags = [t.split("}")[-1].split("{")[0][:24] for t in _TRAPS]
    for _ in range(2000):
        w = check.dirichlet(np.ones(len(TRAITS)) * float(check.choice([0.3, 1.0, 3.0])))
        text = generate(w, check)
        assert "{" not in text and "}" not in text, text
        entries = [ln for ln in text.splitlines() if stamp.match(ln)]
        assert 3 <= len(entries) <= 9, text
        assert len(text.splitlines()) <= 9, text
        n_traps += any(frag in text for frag in trap_frags)
    seen: dict[str, set[str]] = {t: set() for t in TRAITS}
    for _ in range(400):
        trait = TRAITS[int(check.integers(len(TRAITS)))]
        like, dislike = flip_pair(trait, check)
        assert like != dislike, (like, dislike)
        assert "{" not in like + dislike and "}" not in like + dislike
        diff = [
            (a, b)
            for a, b in zip(like.splitlines(), dislike.splitlines(), strict=True)
            if a != b
        ]
        assert len(diff) == 1, diff
        seen[trait].add(diff[0][0].split(": ", 1)[-1].split(" - ", 2)[-1])
    assert all(len(v) >= 10 for v in seen.values()), {
        k: len(v) for k, v in seen.items()
    }
    print(f"self-checks passed (traps in ~{n_traps / 20:.0f}% of 2000 samples)")
