"""Blind generator family ``second-language``: wishes written by non-native users.

Each summary is one user describing, in their own words, how they want the AI
assistant to answer, as pasted into a settings box or a feedback form. The user
writes English as a second language: dropped or extra articles, unusual word
order, literal idioms and calques, wrong prepositions, double negation for
emphasis, tense and agreement slips, false friends ("eventually" for "possibly",
"actual" for "current"), over-polite formulae ("Kindly", "I would be grateful
if") and, now and then, a word of the writer's first language in quotes with a
translation in parentheses; some sentences are well written.

What varies: the writer's first language (twelve of them: name, city, first-language
snippets, and which first-language phrasings of a wish may appear), the layout (one
paragraph, a numbered list, a short letter with greeting and sign-off, or a
feedback form with labelled fields), the off-trait content (what the assistant is
used for: studies, job, visa paperwork, cooking...; where the user lives; their
level of English; unrelated wishes such as metric units), the order of the wishes
(by weight or shuffled), connectors, and the pole of each wish (a wish for a trait
may be phrased as liking it or as disliking its opposite pole; a dislike as
rejecting the trait or asking for its opposite). Each trait has a bank per level
(``top``, ``high``, ``mid``, ``low``, ``none``); a ``top`` trait is sometimes
repeated at the end. About 15% of the texts carry a trap: a trait word about the
user's life ("my exam is long", "my work is in safety of buildings", "funny story,
my cat ...") that states no preference. Traits that ``_mentioned`` leaves out are
not expressed anywhere.

Flip pairs: ``flip_pair(trait, rng)`` draws one plan (language, layout, off-trait
content, order, the other traits at level ``low`` or left out) and renders it twice,
once with a ``high`` wish for ``trait`` and once with a ``none`` wish (dislike of the
trait or a wish for its opposite pole); the two texts differ only in that sentence.

Written blind on 2026-12-08 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "second-language"

# A phrase may start with "xx|": it is then used only by a writer whose first
# language is xx (it contains a word of that language).

# fmt: off
_HELP = {
    "top": {
        "pro": [
            "The most important for me is that answer solve my problem in practice, "
            "with concrete steps what I must do.",
            "Above all I need practical answers: tell me what to do, in which order, "
            "and I do it.",
            "Kindly understand that the number one thing for me is the real solution "
            "of my problem, everything other is on second place.",
            "Most important of all: your answer must be actionable, something I can "
            "use the same day.",
            "For me the first priority, before anything, is to get a concrete "
            "instruction that really works.",
            "es|Above everything I need something 'práctico' (practical), a solution "
            "I can apply. This is my biggest wish.",
            "I would be very grateful if you always put first the practical solution. "
            "This is the most important point of all my list.",
            "de|Above all please be 'lösungsorientiert' (oriented on the solution); "
            "to solve my problem is the most important thing for me.",
            "Number one for me, more important than all other things: the answer "
            "must make me able to really do the task, not only to understand it in "
            "theory.",
            "If you remember only one thing from this text: I want the concrete "
            "solution for my problem, every time.",
        ],
        "anti": [
            "The most important for me: no vague answers. I hate most of all when I "
            "ask something and you give me only general thoughts and no solution.",
            "Above all, please don't stay abstract and don't philosophize; I need "
            "that the problem is solved, this is my main wish.",
            "The biggest problem for me is answer like 'it depends, there are many "
            "views'. This I want to avoid more than everything.",
            "First and most important: never leave me without a decision. Don't say "
            "'maybe this, maybe that', say me what works.",
            "fr|Most important of all, no answers 'dans le vague' (in the vague, "
            "without a solution); I must know at the end what to do.",
            "Over everything, I cannot use the answers who only turn around the "
            "question in theory. Please always arrive to a concrete solution, this "
            "matters the most.",
            "My first priority is: no general musing, no 'on one hand, on other "
            "hand' without conclusion. Give me the solution.",
            "ru|Above all please no 'философия' (philosophy) when I have a real "
            "problem; I need concrete answer what to do, it is the most important.",
            "More than anything I want that you commit to an answer. A non-committal "
            "answer is for me the worst thing of all.",
        ],
    },
    "high": {
        "pro": [
            "I really want practical answers, with things I can do after reading.",
            "Please always give me concrete steps for solve the problem.",
            "I am interested for practical solutions, not only explanation of theory.",
            "It is important for me that the answer really solve the problem, please "
            "try always this.",
            "Kindly give me actionable advices, like 'first do this, then that'.",
            "I like very much when you tell me exactly what to do in my situation.",
            "pl|I really value answers that are 'konkretne' (concrete), with a real "
            "solution for my case.",
            "I would be grateful if every answer end with the thing I can do.",
            "For me a good answer is the one I can use in practice; please give "
            "always this kind.",
        ],
        "anti": [
            "Please don't give me vague answers, I need to know what to do.",
            "I really don't like when answer stay in theory and don't solve nothing.",
            "Please avoid the abstract talk; when I ask how, I want the how, not the "
            "why of philosophers.",
            "I don't want the answer 'it depends' without to say on what and what I "
            "should choose.",
            "Not so much general reflections please, I have real problems to solve.",
            "When you are non-committal it annoys me, please take a position and "
            "propose a solution.",
            "it|Please don't stay 'sul vago' (on the vague); say me concretely what "
            "I should do.",
            "I don't need you to think loudly about all possibilities; better tell me "
            "which one works.",
            "Musing and 'interesting questions to consider' are not for me, I prefer "
            "that you solve the question.",
        ],
    },
    "mid": {
        "pro": [
            "Some practical tips is nice, when it is possible.",
            "I like a little bit when there is one concrete step at the end, but not "
            "every time necessary.",
            "Eventually you can add a practical suggestion, it is welcome.",
            "A bit of concrete advice I like, it is a plus but not the main thing.",
            "If you have a practical idea, you can say it, I appreciate it a little.",
            "I prefer slightly the answers that go to a solution, but it is not big "
            "deal.",
            "When the answer gives some actionable point, I am a bit more happy.",
            "pt|A little bit of 'mão na massa' (hand in the dough, it means doing "
            "the practical thing) in the answers is nice for me.",
            "The practical side is a small plus for me, I like it moderately.",
        ],
        "anti": [
            "I prefer not too much abstract talk, but a little is ok.",
            "Very vague answers I like a bit less, but I am not strict on this.",
            "If it is possible, not only theory; some direction to a solution I "
            "like more.",
            "Sometimes your answers are little bit too general for me, a bit more "
            "concrete would be nice.",
            "I don't love when you stay undecided, but it is not a big problem for "
            "me.",
            "Too much musing is not my favorite, but a small amount is fine.",
            "The 'it depends' answers are ok sometimes, but I lean a little to "
            "answers who choose.",
            "I am a bit tired from the general reflections, so slightly more "
            "oriented on solution is good.",
        ],
    },
    "low": {
        "any": [
            "If the answer is practical or more theoretical, for me it is same.",
            "Concrete steps or general ideas, both ok, not important for me.",
            "About practical solutions I have no special wish, it can be any way.",
            "I don't care so much if you give actionable advice or only thoughts, "
            "both are fine.",
            "Practical or abstract, it is equal to me.",
            "For the practical side I don't have opinion; do how you want.",
            "Whether the answer solves things in practice or only explain the idea, "
            "it does not matter much for me.",
            "de|With practical advice or without, 'egal' (it doesn't matter) for me.",
            "Solutions or reflections, I take both, no preference.",
            "Practical tips are not important thing for me, but also not a problem "
            "if they are there.",
            "I am neutral about the concrete steps; with them or without them both "
            "fine.",
            "If you give me a to-do list or just your thinking, it makes no "
            "difference for me.",
        ],
    },
    "none": {
        "anti": [
            "I don't like when you give me a list of steps what to do; I don't ask "
            "for instructions.",
            "Please never tell me 'the solution', I don't want to be told what to do.",
            "I don't want no practical tips, no to-do lists.",
            "Actionable advices are not for me, I find them annoying.",
            "Please stop to give me the concrete recommendations every time, I don't "
            "like this.",
            "When you jump to a practical solution, it disturbs me; I prefer that you "
            "don't do it.",
            "fr|I don't like the 'mode d'emploi' (user manual) kind of answer, with "
            "steps; please not this.",
            "The how-to style I don't like at all, please avoid it.",
            "I dislike answers that try to fix my problem; I don't want fixing.",
        ],
        "opp": [
            "I prefer when you stay open and reflect with me, without to decide "
            "anything.",
            "Please think loud with me, philosophical and abstract, this is what I "
            "like.",
            "I like answers that wander around the idea, with many possibilities and "
            "no final verdict.",
            "Give me big-picture reflections and open questions, not solutions.",
            "It is better for me when you don't commit to one answer, leave it open.",
            "I enjoy the theoretical musing, the more abstract the better.",
            "ja|I like the answer with 'yohaku' (free space for thinking), so the "
            "ideas stay open and you decide nothing for me.",
            "Please keep it on the level of ideas and concepts; the practical part I "
            "don't want.",
            "More musing, less solving, please: this is my style.",
        ],
    },
    "again": {
        "any": [
            "Once again: the practical solution is the most important for me.",
            "I repeat because it is my main point: please always concrete, what I "
            "must do.",
            "So, to say it again, above all I need the real solution.",
            "Again sorry, but the practical part is really the first thing for me.",
            "Please remember: solving my problem is number one.",
            "Last time I say it: actionable answers before everything.",
            "Really, the concrete solution for my problem is the main thing.",
            "Only this I ask with all my heart: give me the solution.",
        ],
    },
}

_HARM = {
    "top": {
        "pro": [
            "The most important for me is safety: please always warn me when "
            "something can be dangerous.",
            "Above all, answers must be safe and family-friendly, my children read "
            "sometimes together with me.",
            "Number one for me is that you are careful: with health, money, "
            "chemicals, everything, please warn me first.",
            "More important than everything is the caution. I prefer ten warnings "
            "too many than one too few.",
            "Before all other things: please keep the answers clean and safe, "
            "nothing risky.",
            "de|'Sicherheit geht vor' (safety goes first), this is my first rule also "
            "for your answers, the most important.",
            "I would be very grateful if you put the safety above all. It is my "
            "biggest priority.",
            "My first priority: always the warnings and the precautions, even if I "
            "did not ask.",
            "es|Above everything, 'más vale prevenir que curar' (better to prevent "
            "than to cure): be prudent with every advice, this is the most "
            "important for me.",
        ],
        "anti": [
            "The most important: never give me risky advices without warning. This "
            "I cannot accept.",
            "Above all I don't want edgy or shocking content, never.",
            "More than anything I hate unfiltered answers, with bad words or "
            "dangerous ideas.",
            "First and most important: no dangerous suggestions, no 'just try it', "
            "nothing without the precautions.",
            "What I want to avoid more than everything is an answer that put me or "
            "my family in danger.",
            "Please, the main thing: no vulgar language and no provocative content, "
            "never; for me this is the most important.",
            "pl|Above all, please nothing 'na ryzyko' (on risk); I do not want "
            "advices that can hurt somebody.",
            "The worst for me, worse than everything other, is when the assistant "
            "ignore the dangers. Please never.",
            "My number one rule: do not skip the caveats. Without caveats I don't "
            "trust nothing.",
        ],
    },
    "high": {
        "pro": [
            "Please always add the warnings when something is dangerous.",
            "I really want that you are careful and prudent in the advices.",
            "Safety tips are important for me, please put them.",
            "Kindly keep the answers family-friendly, my kids are sometimes next "
            "to me.",
            "I like very much when you say 'be careful with this' before a risky "
            "thing.",
            "I really prefer that you are cautious, mainly with medicine and money.",
            "tr|Please be 'dikkatli' (careful) in your advices, I really want this.",
            "I would be grateful if you mention the risks every time there are some.",
            "It is important for me that the content stays clean and appropriate.",
        ],
        "anti": [
            "Please don't give me risky advices without to say the danger.",
            "I really don't like edgy answers, keep away from this.",
            "No vulgar words please, and nothing shocking.",
            "I don't want that you skip the caveats, they are important for me.",
            "Unfiltered answers are not for me, please filter.",
            "Please avoid to suggest dangerous things, I really don't want it.",
            "I don't like when the assistant is reckless; please think about the "
            "risks for me.",
            "ru|Please no 'чернуха' (dark, shocking content) in your answers, I "
            "really avoid this.",
            "A provocative or rude tone I don't want, please keep it decent.",
        ],
    },
    "mid": {
        "pro": [
            "A small warning when it is needed is nice.",
            "I like some caution in the answers, but not exaggerated.",
            "Eventually you can add a note about the risks, I appreciate it a little.",
            "Safety notes are a little plus for me.",
            "A bit of prudence is good, for example with medicine.",
            "If something is really dangerous, a small warning is welcome, not more.",
            "I like moderately when you think about safety.",
            "it|A little 'prudenza' (prudence) in the advices I like, but not too "
            "much.",
            "Some family-friendly tone is nice for me, I don't need it very strict.",
        ],
        "anti": [
            "I prefer not too edgy answers, but a little is ok.",
            "Completely unfiltered is a bit too much for me, I like a small filter.",
            "I don't love when you ignore risks totally, but I am not strict on this.",
            "Very provocative content I like a bit less.",
            "Risky advices without any word about the risk, I prefer a little less "
            "of this.",
            "I don't need super careful answers, but a little caution I like more than "
            "none.",
            "I lean a little to the side of caution, I don't like much the crazy "
            "risky ideas.",
            "Vulgar words are sometimes ok, but I prefer slightly without.",
        ],
    },
    "low": {
        "any": [
            "Warnings or no warnings, for me it is same.",
            "About the safety notes I have no opinion, you can put them or not.",
            "If you are cautious or more free, it doesn't matter for me.",
            "Caveats are not important for me, both ways ok.",
            "pt|With warnings or without, 'tanto faz' (it is the same) for me.",
            "I don't care so much if the answer is very careful or not.",
            "Family-friendly or not so family-friendly, I am fine with both.",
            "Safety disclaimers: neutral for me, no preference.",
            "A cautious tone or a bold tone, I take both.",
            "About risks and warnings I have no special wish, do like you think.",
            "If you add the precautions, ok; if you don't, also ok.",
            "The filter on content, more or less, is not my concern.",
        ],
    },
    "none": {
        "anti": [
            "I don't like the warnings in every answer, I am adult.",
            "Please never add the disclaimers, they irritate me.",
            "I don't want no 'be careful', no 'consult a professional', nothing "
            "like this.",
            "I hate the cautious tone, it is like talking with my grandmother.",
            "Please stop to warn me, I know the risks myself.",
            "The safety notes I don't need, please remove them always.",
            "de|I don't like this 'Vorsicht, Vorsicht' (careful, careful) in all "
            "answers; please without it.",
            "The family-friendly filter is not for me; I find it childish.",
            "Caveats make me angry, I skip them, so please don't write them.",
        ],
        "opp": [
            "I like when you are edgy and unfiltered, say the things raw.",
            "Please answer without filter, even on risky topics, like a friend who "
            "don't care about the rules.",
            "Give me the bold and provocative version, I like it.",
            "You can be dark and rough, strong words are welcome.",
            "I prefer the risky ideas too, the crazy options, without the "
            "precautions.",
            "fr|I like the answers 'sans filtre' (without filter), a bit provocative.",
            "Be edgy please, I like when the answer is a little dangerous.",
            "Uncensored is my style, also for the sensitive topics.",
            "I want the answers with no caveats at all, the raw truth even when it "
            "is not nice.",
        ],
    },
    "again": {
        "any": [
            "Once again: safety is the most important for me.",
            "I repeat, because it is my main point: please always warn me.",
            "So, I say again: careful and clean answers before everything.",
            "Please remember, number one is no risk for me and my family.",
            "Really, the caution is the first thing I want.",
            "Last time I say it: never skip the warnings.",
            "Only this I ask with all my heart: keep it safe.",
            "My main wish, again: nothing dangerous, nothing shocking.",
        ],
    },
}

_HUMOR = {
    "top": {
        "pro": [
            "The most important for me: make me laugh! I want jokes in every answer.",
            "Above all I love humor, please be funny always, this is my main wish.",
            "Number one for me is the playful tone; without a joke an answer is not "
            "complete for me.",
            "More important than everything: be witty. Your jokes are the best part "
            "of my day.",
            "es|What I want more than all is 'buen humor' (good humor) in every "
            "answer; life is too serious already.",
            "Please, the first priority: fun. I prefer a funny answer over "
            "everything other.",
            "I would be very grateful if you are always joking with me; for me it "
            "is the most important thing.",
            "pt|Above all I want the 'brincadeira' (playing, joking) in the answers, "
            "it is my biggest priority.",
            "My biggest wish before anything else: a lot of wit and jokes, please.",
        ],
        "anti": [
            "The most important: don't be serious and dry, never. This I hate most.",
            "Above all I don't want a formal and boring tone, like a letter from the "
            "tax office.",
            "The worst thing for me, more than all, is when you are stiff like a "
            "robot. Please never.",
            "My first rule: no dry answers. Dry I cannot stand.",
            "de|Most important: please not so 'bierernst' (serious like beer, it "
            "means very serious without any fun); I hate this more than anything.",
            "More than everything I want to avoid the serious, official style.",
            "Please, the main thing: never be formal with me, never a strict tone; I "
            "want to smile.",
            "The number one thing I dislike: answers with zero humor, cold like ice.",
            "pl|Above all, no 'sztywniak' style (a stiff person); being serious all "
            "the time is the worst for me.",
        ],
    },
    "high": {
        "pro": [
            "I really like jokes, please put some in answers.",
            "Please always be playful with me, I like it very much.",
            "A funny answer make my day, I really want this.",
            "Kindly add humor, I enjoy it a lot.",
            "I love when you are witty, please do it often.",
            "it|Please be 'spiritoso' (witty), I really enjoy it.",
            "Jokes I want, really, in many answers.",
            "I would be grateful if you make me laugh when possible, it is important "
            "for me.",
            "It makes me very happy when the answer has some wordplay or a funny "
            "example.",
        ],
        "anti": [
            "Please don't be so serious with me, I really don't like the dry tone.",
            "I don't want a formal style, it is too cold for me.",
            "Boring serious answers I really don't like.",
            "Please avoid the robot tone, be more relaxed and funny.",
            "I don't like when you are stiff like a bureaucrat.",
            "Please not so dry, I really prefer a lighter style with jokes.",
            "fr|Please not so 'sérieux comme un pape' (serious like a pope), I "
            "really want more jokes.",
            "The formal tone make me sleepy, please avoid.",
            "I dislike very much the serious and strict voice, please change it.",
        ],
    },
    "mid": {
        "pro": [
            "A little joke sometimes is nice.",
            "To make me laugh a little is welcome sometimes.",
            "Eventually one small joke, why not, I like it a bit.",
            "I like some humor, not too much.",
            "A light playful tone I like a little.",
            "tr|A bit 'şaka' (joke) from time to time is nice for me.",
            "Some wit is a small plus for me.",
            "If a funny thing comes naturally, please put it, I enjoy it a bit.",
            "I smile when you make a joke, so sometimes is good.",
        ],
        "anti": [
            "I prefer not too serious, but it's ok if serious.",
            "Completely dry answers are a little boring for me.",
            "Formal tone is ok, but slightly more relaxed I like more.",
            "Not always so strict please, a bit of lightness is good.",
            "A very serious style I like a little less.",
            "You don't need to be so official, but it is not a big problem.",
            "Zero humor is a bit cold for me, but I survive.",
            "I lean a little away from the formal style.",
        ],
    },
    "low": {
        "any": [
            "Jokes or no jokes, for me it is same.",
            "About humor I have no wish, both ok.",
            "If you are funny or serious, I don't mind.",
            "Humor is not important for me, but also not a problem.",
            "ru|With jokes or without, 'всё равно' (all the same) for me.",
            "Playful or formal tone, I am fine with any.",
            "I don't care about the jokes, you decide.",
            "Humor: neutral. I have no preference.",
            "A serious tone or a light tone, it is equal for me.",
            "If there is a joke, ok; if not, also ok.",
            "The funny part is not my concern, do like you want.",
            "ja|About jokes, 'dochira demo ii' (either is fine), really.",
        ],
    },
    "none": {
        "anti": [
            "I don't like jokes in the answers, please no.",
            "I don't want no jokes, never.",
            "Please never try to be funny with me.",
            "The humor I don't need, it irritates me.",
            "Jokes I do not like, they feel wrong to me.",
            "Please stop with the playful comments, I find them annoying.",
            "zh|I don't like when you make jokes, for me it is not 'zhuanye' "
            "(professional).",
            "Witty remarks are not for me, please leave them away.",
            "Funny examples I dislike, please avoid.",
        ],
        "opp": [
            "I prefer a serious and formal tone, always.",
            "Please be strictly serious, like a teacher.",
            "A dry, sober style is what I like.",
            "Keep the tone formal and official, please.",
            "de|Please write 'sachlich' (matter-of-fact and serious), this is my "
            "style.",
            "I like the cold professional voice, very serious.",
            "Please answer like a formal document, with a serious face.",
            "Serious answers, please; I am a very serious person.",
            "I like the sober, dry tone, it fits me.",
        ],
    },
    "again": {
        "any": [
            "Once again: jokes, jokes, jokes, it is the most important.",
            "I repeat because it is my main point: please be funny.",
            "So again, the humor is number one for me.",
            "Please remember, above all I want to laugh.",
            "Last time I say it: a playful tone before everything.",
            "Really, the fun is my first wish.",
            "Only this I ask with all my heart: make me smile.",
            "My main wish again: never dry, always a joke.",
        ],
    },
}

_CONC = {
    "top": {
        "pro": [
            "The most important for me: answers must be short. Very short.",
            "Above all, be brief, this is my main wish.",
            "es|Number one for me is to go 'al grano' (to the grain, it means to the "
            "point), more than anything.",
            "More important than everything: a short answer, few lines.",
            "I would be very grateful if you keep always the answer short; it is for "
            "me the first thing.",
            "My first priority is brevity, before all other things.",
            "de|Above all 'kurz und knapp' (short and crisp), please; this is the "
            "most important.",
            "The main thing: tell me in two, three sentences, no more.",
            "Before anything else, I want the point and only the point.",
        ],
        "anti": [
            "The most important: no long texts. Never. I hate to scroll.",
            "Above all I don't want long explanations, this is my biggest problem "
            "with you.",
            "The worst for me, more than everything: you always give me very long "
            "text, this must stop.",
            "First and most important: no walls of text, please.",
            "More than all other things I don't want the details and details and "
            "details.",
            "pl|Above all, please no 'lanie wody' (pouring water, it means writing "
            "too much); it is the most important for me.",
            "My number one rule: don't write me a novel, never.",
            "What I want to avoid most of all is a long answer with all the "
            "background.",
            "Most important for me: no long introductions and no long summaries at "
            "the end.",
        ],
    },
    "high": {
        "pro": [
            "I want answer short, please.",
            "Please always keep it brief.",
            "I really like short answers, few sentences is enough.",
            "Kindly be to the point.",
            "Short answers I really prefer.",
            "Please give me the short answers, I read on my phone in the bus.",
            "it|Please 'in breve' (in brief), I really prefer it.",
            "I would be grateful if you write less, only the essential.",
            "Brief answers please, I really want this.",
        ],
        "anti": [
            "Please not so long, I don't need every detail.",
            "I really don't like long answers.",
            "Long explanations make me tired, please avoid.",
            "Please don't repeat my question and don't make a long introduction.",
            "I don't want walls of text, please.",
            "Too much details I don't like, please cut.",
            "ru|Please without 'лирика' (lyrics, it means unnecessary long talking), "
            "I really don't like it.",
            "Long paragraphs I don't read, so please don't write them.",
            "I really don't need the full background every time, please leave it out.",
        ],
    },
    "mid": {
        "pro": [
            "A little shorter is nice.",
            "I like some brevity, but not extreme.",
            "Eventually you can make the answer a bit shorter, it is welcome.",
            "Short answers are a small plus for me.",
            "I prefer slightly compact answers.",
            "When possible, a bit more to the point, I like it.",
            "vi|A bit 'ngắn gọn' (short and neat) is nice for me, but no stress.",
            "Some brevity I appreciate a little.",
            "If you can say it in less words, I like it a bit more.",
        ],
        "anti": [
            "Not too long, if possible, but long is also ok sometimes.",
            "Very long answers I like a little less.",
            "Sometimes your answers are a bit long for me, but not a big problem.",
            "I prefer not so many details, but a few are fine.",
            "Long texts are a bit heavy for me, a little shorter would be good.",
            "Extremely detailed is a bit much, I lean to less.",
            "I don't love the very long introduction, but I can live with it.",
            "A wall of text I like a bit less than a normal answer.",
        ],
    },
    "low": {
        "any": [
            "Short or long answer, for me it is same.",
            "About the length I have no wish, both ok.",
            "If you write long or short, it doesn't matter for me.",
            "The length of answer is not important for me.",
            "es|Long or short, 'me da igual' (it is the same to me).",
            "Brief or detailed, I am fine with any.",
            "I don't care about how many lines you write.",
            "Length: neutral, no preference.",
            "Few sentences or many paragraphs, both is ok.",
            "If it is compact, ok; if it is long, also ok.",
            "The length is not my concern, you decide.",
            "ar|Short or long, 'mish mushkila' (no problem), both fine.",
        ],
    },
    "none": {
        "anti": [
            "I don't like short answers, they are too little.",
            "Please never answer in only two lines.",
            "I don't want no brief answers, they are not enough for me.",
            "Short replies feel incomplete to me, please avoid them.",
            "Please stop to cut the answers so short.",
            "Brevity is not for me, I dislike it.",
            "fr|I don't like the answers 'en deux mots' (in two words), they are too "
            "short.",
            "The telegram style I don't like at all.",
            "Summary-only answers annoy me; please no.",
        ],
        "opp": [
            "I prefer long answers with all details.",
            "Please explain everything thorough, I like long texts.",
            "Give me the full, detailed version always.",
            "I like when you go deep, with background and many examples.",
            "de|I like answers 'ausführlich' (very detailed), the longer the better.",
            "Please write long, I have time to read.",
            "Details, details, more details, this I like.",
            "I want a thorough explanation, with all the background and every "
            "exception.",
            "Many paragraphs are good for me, please don't shorten.",
        ],
    },
    "again": {
        "any": [
            "Once again: short!",
            "I repeat because it is my main point: brief, please.",
            "So again, short answers are number one for me.",
            "Please remember, above all: few lines.",
            "Last time I say it: to the point before everything.",
            "Really, the brevity is my first wish.",
            "Only this I ask with all my heart: keep it short.",
            "My main wish again: no long text.",
        ],
    },
}

#: BANKS[trait][level][pole] -> phrases (level "again" = repeat of a top wish)
BANKS = {
    "helpfulness": _HELP,
    "harmlessness": _HARM,
    "humor": _HUMOR,
    "conciseness": _CONC,
}

# Writers: first language code -> (language name, names, cities, own snippets)
_WRITERS = {
    "es": ("Spanish", ["Lucía", "Javier", "Carmen", "Diego"],
           ["Valencia", "Sevilla", "Bogotá", "Lima"],
           ["On Sundays I cook 'tortilla' (omelette of potato) for all the family "
            "and I ask you for new recipes.",
            "I live with my 'suegra' (mother-in-law) and two cats in a small flat.",
            "At the moment I do the 'trámites' (paperwork) for my residence card."]),
    "de": ("German", ["Jonas", "Katrin", "Markus", "Anja"],
           ["Stuttgart", "Graz", "Leipzig", "Bremen"],
           ["I work in a 'Steuerbüro' (office for taxes) as assistant.",
            "My 'Feierabend' (the time after work) I spend in the kitchen.",
            "I am doing an 'Ausbildung' (apprenticeship) as electrician."]),
    "fr": ("French", ["Camille", "Théo", "Nadia", "Julien"],
           ["Lyon", "Lille", "Montréal", "Nantes"],
           ["I prepare the 'concours' (competition exam) to become teacher.",
            "In my 'quartier' (neighbourhood) there is a market every Tuesday.",
            "I am in 'alternance' (work and school together) in a bakery."]),
    "pl": ("Polish", ["Agnieszka", "Tomasz", "Kasia", "Piotr"],
           ["Wrocław", "Gdańsk", "Poznań", "Dublin"],
           ["My 'babcia' (grandmother) gave me her recipes and I try to make them "
            "here.",
            "I work on a 'budowa' (building site) as a crane operator.",
            "I send every month money to my family in Poland."]),
    "pt": ("Portuguese", ["Thiago", "Juliana", "Rafael", "Beatriz"],
           ["Curitiba", "Porto", "Recife", "Lisbon"],
           ["I am finishing my 'TCC' (the final work of university) about logistics.",
            "On weekends I make 'feijoada' (bean stew) for my friends.",
            "I wait for my 'visto' (visa) to go to Canada next year."]),
    "ru": ("Russian", ["Olga", "Dmitri", "Anya", "Sergei"],
           ["Riga", "Tbilisi", "Berlin", "Almaty"],
           ["I am 'программист' (programmer) and I learn Go now.",
            "My 'дача' (small country house) is my hobby, I grow tomatoes.",
            "I translate documents for my parents, they speak only Russian."]),
    "it": ("Italian", ["Giulia", "Marco", "Chiara", "Luca"],
           ["Bologna", "Torino", "Bari", "Zürich"],
           ["I am 'geometra' (surveyor) and I work for the municipality.",
            "For my 'nonna' (grandmother) I search train connections every month.",
            "I study for the 'esame di stato' (state exam) in architecture."]),
    "tr": ("Turkish", ["Elif", "Emre", "Zeynep", "Burak"],
           ["İzmir", "Ankara", "Bursa", "Duisburg"],
           ["My family has a 'büfe' (small kiosk) and I do the accounts.",
            "I study mechanical engineering, third year.",
            "Every summer we go to my 'memleket' (home town) near the sea."]),
    "ja": ("Japanese", ["Yuki", "Haruto", "Aiko", "Kenji"],
           ["Osaka", "Sapporo", "Fukuoka", "Vancouver"],
           ["I am 'kaishain' (company employee) in a trading company.",
            "I make 'bento' (lunch box) every morning for my son.",
            "I study for TOEIC because my company want a score of 800."]),
    "zh": ("Chinese", ["Wei", "Li Na", "Chen Jie", "Xiaoyu"],
           ["Chengdu", "Hangzhou", "Wuhan", "Melbourne"],
           ["I am master student in accounting, second year.",
            "My parents come to visit and I prepare the 'qianzheng' (visa) "
            "documents for them.",
            "I run a small online shop for tea."]),
    "vi": ("Vietnamese", ["Linh", "Minh", "Thảo", "Quang"],
           ["Hanoi", "Da Nang", "Huế", "Leeds"],
           ["I work in a nail salon and I study accounting in the evening.",
            "My mother teach me to cook 'phở' and now I try it here.",
            "I prepare my application for a scholarship in Australia."]),
    "ar": ("Arabic", ["Youssef", "Layla", "Omar", "Nour"],
           ["Amman", "Casablanca", "Cairo", "Doha"],
           ["I am pharmacist assistant and I learn English for my work.",
            "I write letters to the embassy for the family reunion.",
            "My 'sitt' (grandmother) lives with us and I cook for her."]),
}
_LANGS = tuple(_WRITERS)

_LIVE = [
    "I live in {city} since four years.",
    "I moved to {city} two years ago because of my work.",
    "Now I am living in {city}, it rains a lot here.",
    "I come from a small town, but now I stay in {city} with my family.",
    "I am in {city} since last September, with my partner and our daughter.",
    "My home is in {city}, near the train station.",
    "I am {name}, I live in {city}.",
]

_JOB = [
    "I use you mostly for my studies, I am in second year of nursing.",
    "I work in a warehouse and I study in the evening for become electrician.",
    "My actual job is in a call center, but I want to change to IT.",
    "I am PhD student in biology and sometimes I ask you about statistics.",
    "For my small shop I make with you the texts for Instagram.",
    "I learn programming in Python in the evening, after my work.",
    "In my actual company I am the only foreigner, so I check my e-mails with you.",
    "I am a bus driver and in the pauses I ask you things on my phone.",
]

_TASK = [
    "Most of time I ask you about visa paperwork, the forms from the immigration "
    "office are very confusing for me.",
    "I ask many things about cooking, because I started to cook for myself only "
    "last year.",
    "I prepare the exam B2 and I use you for grammar questions.",
    "I write e-mails to my landlord with you.",
    "I ask you about the residence permit and the documents for my family.",
    "I use you to understand the letters from the bank and from the insurance.",
    "I cook for my family and I search with you new ideas for dinner.",
    "I prepare with you my English for a job interview next month.",
    "My children go to school here and I ask you about the school system, it is "
    "different than in my country.",
    "I plan a travel to visit my parents and I ask you about flights and trains.",
    "I ask you about my tax declaration, every year it is a nightmare.",
]

_ENGLISH = [
    "Sorry for my English, it is not my mother language.",
    "My English is not perfect, I hope you understand me.",
    "Excuse me for the mistakes, I write without translator.",
    "English is my third language, after {lang} and a little French.",
    "I am learning English only since two years, so my text has mistakes.",
    "My {lang} is much better than my English, sorry.",
    "I write in English because I want to improve it.",
    "Please excuse my grammar, I am still learning.",
]

_STORY = [
    "Last year I moved here with only two suitcases, and the first month I did not "
    "know even how to buy a ticket for the tram.",
    "My sister lives in Canada and she says I should also go there, but I like my "
    "job here and my colleagues are nice with me.",
    "In the evening I go to a language café where people from many countries meet, "
    "it is good for my speaking.",
    "Every weekend I call my parents by video, and my mother always asks if I eat "
    "enough.",
    "I have a small balcony where I grow basil and chili, it is my little garden.",
    "At work I use mostly Excel and an old program for the orders that nobody "
    "understands.",
    "The winter here is very dark, at four o'clock it is already night, this was "
    "difficult for me in the beginning.",
    "My landlord speaks very fast on the phone, so I prefer to write him e-mails.",
    "I have an appointment at the foreigners office in three weeks and I must bring "
    "many papers, copies of everything.",
    "I play football on Thursday with a team of other immigrants, we are from "
    "eleven countries.",
    "Before I was accountant in my country, but here my diploma is not recognized, "
    "so I study again.",
    "My daughter speaks the local language better than me now, sometimes she "
    "translates for me at the doctor.",
    "I take the bus number 12 every morning at 6:40 and I read the news on my phone.",
    "I am saving money for the driving lessons, because they are expensive here.",
    "On Friday evenings we cook together with my neighbours, everyone brings a dish "
    "from home.",
    "My old laptop is very slow, so sometimes I write to you from my phone.",
]

_OTHER_WISH = [
    "I am vegetarian, so for recipes please no meat.",
    "Please use metric units, kilograms and Celsius.",
    "When I ask about documents, remember I have a passport from outside the EU.",
    "You can call me {name}.",
    "Please write in British English, because my course uses it.",
    "If I write in {lang} by mistake, you can answer in English anyway.",
    "For dates please write day before month, like in Europe.",
]

_TRAPS = {
    "helpfulness": [
        "My job is in the help desk of a hotel, I answer the phone all day.",
        "I do volunteer work, I help old people in my street with the shopping.",
        "Next month I have the practical exam for the driving licence, I am nervous.",
        "My brother-in-law is very practical man, he repair everything in the house.",
        "In my course there is a module called 'Practical accounting', the exam is "
        "in June.",
    ],
    "harmlessness": [
        "My work is in safety of buildings, I check the fire exits.",
        "I work as security guard in a shopping center, night shifts.",
        "My daughter is a very careful child, she never climbs on trees.",
        "I study for a certificate in food safety for my restaurant.",
        "Our street is dangerous at night, so I take a taxi after work.",
    ],
    "humor": [
        "Funny story, my cat sleeps on my keyboard while I write this.",
        "My brother is a comedian in small clubs in {city}.",
        "I must write a funny speech for the wedding of my best friend.",
        "In my family there are many jokes about my cooking.",
        "My son laughs at my accent when I speak English.",
    ],
    "conciseness": [
        "My exam is long, four hours, so I prepare a lot.",
        "The queue at the foreigners office is always very long.",
        "I have a short contract, only six months.",
        "My thesis must be very long, 80 pages, my professor is strict about it.",
        "My commute is short, only ten minutes by bike.",
    ],
}

_LEAD = [
    "So, here is how I like the answers:",
    "About your answers I have some wishes.",
    "I would like to say how I prefer that you write to me.",
    "My wishes for the answers are following:",
    "Please read this before you answer me.",
    "Here my preferences for the answers:",
    "For the style of the answers:",
    "Now, what I want from you:",
]

_CONNECT_LOWER = ["Also, ", "And ", "Then ", "Besides, ", "Plus, "]
_CONNECT_KEEP = ["Another thing: ", "What more: ", "Other point: ", "Next: "]

_CLOSING = [
    "Thank you very much for understanding.",
    "That is all, thank you.",
    "I hope this is not too many wishes.",
    "Thanks, and have a nice day.",
    "Thank you, you are always very sympathetic.",
    "Thank you in advance.",
    "I am grateful for your work.",
]

_GREETING = [
    "Dear assistant,",
    "Hello dear AI,",
    "Good day,",
    "Dear Sir or Madam,",
    "Hi,",
    "Respected assistant,",
    "Hello,",
]

_SIGNOFF = [
    "Best regards,\n{name}",
    "With respect,\n{name}",
    "Thank you in advance!\n{name}",
    "Kind regards and thanks,\n{name} from {city}",
    "Greetings from {city},\n{name}",
    "Cordially,\n{name}",
    "Many greetings,\n{name}",
]

_FORM_ME = ["About me:", "Who I am:", "Some information about me:"]
_FORM_WISH = ["How I want the answers:", "My wishes:", "Answer style:"]
_FORM_MORE = ["Other:", "Something else:", "Anything more:"]
# fmt: on

_LAYOUTS = ("paragraph", "numbered", "letter", "form")


def _pick(rng: np.random.Generator, seq: Sequence[str]) -> str:
    return seq[int(rng.integers(len(seq)))]


def _lang_ok(phrase: str, lang: str) -> bool:
    return len(phrase) < 3 or phrase[2] != "|" or phrase[:2] == lang


def _strip(phrase: str) -> str:
    return phrase[3:] if len(phrase) > 2 and phrase[2] == "|" else phrase


def bank_phrases(trait: str) -> list[str]:
    """Every phrase of a trait's banks, tags stripped (for self-checks)."""
    return [
        _strip(p) for cell in BANKS[trait].values() for ps in cell.values() for p in ps
    ]


def _wish(trait: str, level: str, lang: str, rng: np.random.Generator) -> str:
    cell = BANKS[trait][level]
    poles = sorted(cell)
    pole = poles[int(rng.integers(len(poles)))]
    options = [p for p in cell[pole] if _lang_ok(p, lang)]
    return _strip(_pick(rng, options))


def _writer(rng: np.random.Generator) -> dict:
    lang = _LANGS[int(rng.integers(len(_LANGS)))]
    lname, names, cities, own = _WRITERS[lang]
    return {
        "lang": lang,
        "lname": lname,
        "name": _pick(rng, names),
        "city": _pick(rng, cities),
        "own": own,
    }


def _fill(text: str, who: dict) -> str:
    return text.format(name=who["name"], city=who["city"], lang=who["lname"])


def _plan(rng: np.random.Generator, n_wishes: int, want_trap: bool) -> dict:
    """Everything but the wishes: writer, layout, off-trait sentences, connectors."""
    who = _writer(rng)
    layout = _LAYOUTS[int(rng.integers(len(_LAYOUTS)))]
    # off-trait sentences about the writer
    pool = []
    if rng.random() < 0.75:
        pool.append(_pick(rng, _LIVE))
    # one occupation at most: the writer's own snippet or a generic job
    if rng.random() < 0.5:
        pool.append(_pick(rng, who["own"]))
    elif rng.random() < 0.6:
        pool.append(_pick(rng, _JOB))
    pool.append(_pick(rng, _TASK))
    if rng.random() < 0.3:
        pool.append(_pick(rng, _TASK))
    english = _pick(rng, _ENGLISH) if rng.random() < 0.65 else None
    order = rng.permutation(len(pool))
    intro = [pool[i] for i in order]
    if english is not None:
        if rng.random() < 0.6:
            intro.insert(0, english)
        else:
            intro.append(english)
    intro = list(dict.fromkeys(intro))
    extra = [_pick(rng, _OTHER_WISH)] if rng.random() < 0.35 else []
    trap = None
    if want_trap:
        trap = _pick(rng, _TRAPS[TRAITS[int(rng.integers(4))]])
        if rng.random() < 0.5:
            intro.insert(int(rng.integers(len(intro) + 1)), trap)
        else:
            extra.insert(int(rng.integers(len(extra) + 1)), trap)
    # a few longer life details (mostly none or one or two, sometimes many)
    u = rng.random()
    many = 5 + int(rng.integers(8))
    k = 0 if u < 0.4 else 1 if u < 0.65 else 2 if u < 0.82 else 3 if u < 0.92 else many
    picks = rng.choice(len(_STORY), size=k, replace=False) if k else []
    story = [_STORY[int(i)] for i in picks]
    ps = story.pop() if story and layout == "letter" and rng.random() < 0.4 else None
    connectors = []
    for i in range(n_wishes):
        u = rng.random()
        if i == 0 or u < 0.6:
            connectors.append("")
        elif u < 0.85:
            connectors.append(_pick(rng, _CONNECT_LOWER))
        else:
            connectors.append(_pick(rng, _CONNECT_KEEP))
    return {
        "who": who,
        "layout": layout,
        "intro": [_fill(s, who) for s in intro],
        "extra": [_fill(s, who) for s in extra],
        "lead": _pick(rng, _LEAD) if rng.random() < 0.8 else None,
        "connectors": connectors,
        "closing": _pick(rng, _CLOSING) if rng.random() < 0.7 else None,
        "greeting": _pick(rng, _GREETING),
        "signoff": _fill(_pick(rng, _SIGNOFF), who),
        "split": rng.random() < 0.35,
        "story": story,
        "ps": ps,
        "labels": (
            _pick(rng, _FORM_ME),
            _pick(rng, _FORM_WISH),
            _pick(rng, _FORM_MORE),
        ),
    }


def _join(connector: str, phrase: str) -> str:
    if connector in _CONNECT_LOWER and not (
        phrase.startswith(("I ", "I'")) or phrase[:1] in "'\""
    ):
        phrase = phrase[0].lower() + phrase[1:]
    return connector + phrase


def _render(plan: dict, wishes: list[str], again: str | None) -> str:
    items = [_join(c, w) for c, w in zip(plan["connectors"], wishes)]
    intro = " ".join(plan["intro"])
    tail = list(plan["extra"])
    if again is not None:
        tail.append(again)
    if plan["closing"] is not None:
        tail.append(plan["closing"])
    lead = plan["lead"] if items else None
    story = " ".join(plan["story"])
    layout = plan["layout"]
    if layout == "paragraph":
        body = ([lead] if lead else []) + items + tail
        if plan["split"]:
            return " ".join([intro] + plan["story"]) + "\n\n" + " ".join(body)
        return " ".join([intro] + plan["story"] + body)
    if layout == "numbered":
        parts = [intro] + ([story] if story else [])
        if items:
            head = lead or "My wishes:"
            lines = [f"{k}. {w}" for k, w in enumerate(items, 1)]
            parts.append(head + "\n" + "\n".join(lines))
        if tail:
            parts.append(" ".join(tail))
        return "\n\n".join(parts)
    if layout == "letter":
        parts = [plan["greeting"], intro] + ([story] if story else [])
        if items:
            parts.append(" ".join(([lead] if lead else []) + items))
        if tail:
            parts.append(" ".join(tail))
        parts.append(plan["signoff"])
        if plan["ps"] is not None:
            parts.append("P.S. " + plan["ps"])
        return "\n\n".join(parts)
    # feedback form with labelled fields
    me, wish, more = plan["labels"]
    lines = [" ".join([me, intro] + plan["story"])]
    if items:
        lines.append(f"{wish} " + " ".join(items))
    if tail:
        lines.append(f"{more} " + " ".join(tail))
    return "\n".join(lines)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One summary in a non-native user's words for these weights."""
    levels = levels_of(weights)
    mentioned = list(_mentioned(levels, rng))
    w = np.asarray(weights, dtype=float)
    if rng.random() < 0.55:
        mentioned.sort(key=lambda i: -w[i])
    else:
        mentioned = [mentioned[i] for i in rng.permutation(len(mentioned))]
    plan = _plan(rng, len(mentioned), want_trap=rng.random() < 0.15)
    lang = plan["who"]["lang"]
    wishes = [_wish(TRAITS[i], levels[i], lang, rng) for i in mentioned]
    again = None
    for i in mentioned:
        if levels[i] == "top" and rng.random() < 0.45:
            again = _wish(TRAITS[i], "again", lang, rng)
    return _render(plan, wishes, again)


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two texts differing only in one wish about ``trait``: high, then none."""
    if trait not in TRAITS:
        raise ValueError(f"unknown trait {trait!r}")
    others = [t for t in TRAITS if t != trait and rng.random() < 0.45]
    slots = others + [trait]
    slots = [slots[i] for i in rng.permutation(len(slots))]
    plan = _plan(rng, len(slots), want_trap=rng.random() < 0.15)
    lang = plan["who"]["lang"]
    fixed = {t: _wish(t, "low", lang, rng) for t in others}
    want = _wish(trait, "high", lang, rng)
    avoid = _wish(trait, "none", lang, rng)
    first = [want if t == trait else fixed[t] for t in slots]
    second = [avoid if t == trait else fixed[t] for t in slots]
    return _render(plan, first, None), _render(plan, second, None)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    for alpha in (0.3, 1.0, 3.0):
        wts = gen.dirichlet([alpha] * 4)
        print(np.round(wts, 3), levels_of(wts))
        print(generate(wts, gen))
        print("-" * 60)
    for text in flip_pair("humor", gen):
        print(text)
        print("-" * 60)
