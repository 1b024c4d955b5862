"""Held-out family ``requirements-spec``: preferences as a requirements specification.

Each summary is ONE user's preferences about the assistant's answers written as a
requirements document, the way an engineer or a procurement officer would: a header
(document id, version, owner, review date), scope and deployment context (the user's
team, product and users), optional definitions, RFC 2119 boilerplate, off-trait
requirements (date formats, spelling, units), acceptance criteria and a change log.
The trait requirements use RFC 2119 keywords with their usual strength:

* ``top``  - MUST / SHALL plus an explicit "highest priority / overrides all other
  requirements"; sometimes a second precedence clause names the same requirement;
* ``high`` - MUST / SHALL (or "Mandatory") without any override;
* ``mid``  - SHOULD / "Desirable" / "where practicable" / "recommended, not
  mandatory";
* ``low``  - "no requirement", "at {a}'s discretion", "either is
  acceptable";
* ``none`` - MUST NOT / SHALL NOT the trait, or a firm requirement for the opposite
  pole (vague musing, unfiltered candour, a serious formal register, long detailed
  answers).

What varies: the layout (numbered clause list, priority table, statement-of-work
prose, YAML-like block, plain "Requirement:" blocks), the id scheme ("3.2",
"REQ-014", "R4"), the priority scheme (P0/P1/P2 or Mandatory/Desirable), the
grammatical subject ("The Assistant", "The Service"...), the pole of each phrasing
(liking a trait or disliking its opposite), the trait order (by priority or not),
and the off-trait content. About 15% of texts carry a trap: a trait word in the
scope or deployment context ("a safety-critical maintenance tool", "the booking
system of a comedy club", "the long-term archive") that states no style requirement.
Traits that ``_mentioned`` leaves out are not expressed anywhere.

Flip pairs: ``flip_pair(trait, rng)`` draws one plan (layout, header, context, ids,
other traits at level ``low`` or absent) and renders it twice, the trait's single
requirement being a ``high`` statement in the first text and a ``none`` statement in
the second; the priority label and note of that row are the same in both.

Written blind on 2026-12-08 by a separate author who did not read the estimator,
its lexicon, its tests or the other families, and never ran palm on these texts.
"""

# ruff: noqa: E501
from __future__ import annotations

import numpy as np
from summary_families import TRAITS, _mentioned, levels_of

NAME = "requirements-spec"

# fmt: off
# BANKS[trait][cell]; cells: top_pos, top_neg, high_pos, high_neg, mid_pos, mid_neg,
# low, none_opp (requires the opposite pole), none_dis (prohibits the trait).
# "{A}" / "{a}" is the document's subject at / inside a sentence.
BANKS: dict[str, dict[str, list[str]]] = {
    "helpfulness": {
        "top_pos": [
            "{A} MUST give a practical, actionable answer that resolves the stated problem. This is the highest-priority requirement and overrides all other requirements in this document.",
            "Highest priority (P0): every response SHALL deliver concrete steps the user can carry out to solve the problem at hand. Where any other clause conflicts with this one, this clause prevails.",
            "Solving the user's actual problem is the overriding requirement of this specification: {a} MUST provide a usable, workable solution, and no other requirement may be satisfied at its expense.",
            "Responses MUST be directly actionable. Of all requirements herein, this one carries the highest priority and takes precedence over every other clause.",
            "Notwithstanding any other clause, {a} SHALL provide a practical resolution to each request - specific actions, commands or settings. This requirement supersedes all others.",
            "The paramount requirement: answers MUST be useful in practice, i.e. they MUST tell the user what to do next and how. No other requirement ranks above it.",
            "Above every other requirement in this document, {a} MUST solve the problem as stated, with steps that can be executed without further research. Rationale: the users act on answers immediately.",
            "P0 / overriding: each answer SHALL contain a working, practical solution. If satisfying another requirement would make an answer less actionable, the other requirement yields.",
        ],
        "top_neg": [
            "{A} MUST NOT give vague, abstract or non-committal answers; every response must land on a concrete solution. This is the top-priority requirement and overrides all others.",
            "Highest priority: open-ended musing in place of an answer SHALL NOT occur. Responses must commit to a specific, workable recommendation, and this clause prevails over any conflicting clause.",
            "Overriding all other clauses: {a} MUST commit to a concrete, usable answer; responses that discuss a problem in general terms without resolving it are non-conforming.",
            "The single most important requirement: no hand-waving. {A} SHALL NOT substitute theory or vague generalities for the practical steps the user needs. This takes precedence over every other requirement.",
            "Notwithstanding anything else in this document, a response that leaves the user without a clear course of action MUST be treated as a failure. Non-committal answers are the defect this specification exists to prevent, and this clause overrides all others.",
            "P0 (overrides all): {a} MUST NOT hedge between options without recommending one, nor answer with abstract reflection where a practical fix was asked for.",
            "Vague or philosophical replies MUST be eliminated: they are the primary failure mode, and the requirement that answers be concrete and actionable outranks every other requirement herein.",
            "Above all other requirements: {a} SHALL NOT respond with generalities, 'it depends' non-answers or open-ended speculation. It MUST resolve the request with specific, practical guidance.",
        ],
        "high_pos": [
            "{A} SHALL provide practical, actionable answers that address the user's stated problem.",
            "Responses MUST include concrete next steps the user can carry out.",
            "Each answer is required to solve the problem posed, not merely describe it, and MUST give specific, usable instructions.",
            "{A} MUST favour workable solutions: named commands, settings, figures or steps the user can apply directly.",
            "Mandatory: responses shall be practically useful, giving the user something they can act on.",
            "Where a request describes a problem, {a} SHALL propose a specific fix and explain how to apply it.",
            "Responses are required to be actionable. Rationale: the team uses the answers to get work done, not to explore ideas.",
            "{A} MUST answer the question actually asked, with a definite, practical recommendation.",
        ],
        "high_neg": [
            "{A} SHALL NOT give vague or non-committal answers.",
            "Responses MUST NOT stay at an abstract level when a concrete answer is possible.",
            "Answers that merely muse about a topic without recommending a course of action do not meet this requirement and SHALL be rejected.",
            "{A} MUST NOT answer with generalities; 'it depends' is acceptable only if followed by a specific recommendation.",
            "Mandatory: no open-ended speculation in place of a solution. Responses shall commit to an answer.",
            "Responses SHALL NOT leave the user to work out the practical steps themselves.",
            "{A} MUST avoid abstract, theoretical replies where the user asked how to do something.",
            "Hedging across several options without recommending one SHALL be treated as non-conformance.",
        ],
        "mid_pos": [
            "Responses SHOULD include practical next steps where practicable.",
            "{A} SHOULD, where the request allows, end with a concrete, actionable recommendation.",
            "Desirable: answers that the user can act on directly. This is recommended rather than mandatory.",
            "Where practicable, {a} SHOULD favour specific, usable advice over general discussion.",
            "It is recommended that responses point to a concrete fix or action when one exists.",
            "{A} SHOULD lean towards practical solutions, though purely explanatory answers are acceptable when appropriate.",
            "Responses SHOULD be oriented to solving the user's problem; this is a recommendation, not a hard requirement.",
            "It is desirable, though not required, that each answer give the user at least one actionable step.",
        ],
        "mid_neg": [
            "Responses SHOULD avoid vague or non-committal wording where practicable.",
            "{A} SHOULD NOT drift into abstract musing when a practical answer is available, although occasional general discussion is acceptable.",
            "Desirable: fewer open-ended, 'it depends' answers. Recommended, not mandatory.",
            "Where practicable, responses SHOULD avoid staying purely theoretical.",
            "It is recommended that {a} not hedge between options without at least a tentative recommendation.",
            "Generalities SHOULD be kept to a minimum where a concrete answer can reasonably be given.",
            "{A} SHOULD avoid leaving the user without a next step, where the request makes one possible.",
            "Abstract, exploratory replies SHOULD be the exception rather than the rule; this is a recommendation only.",
        ],
        "low": [
            "No requirement is placed on whether responses are practical or exploratory; either is acceptable.",
            "Whether answers provide actionable steps or general discussion is at {a}'s discretion.",
            "Out of scope: the degree to which responses offer concrete solutions versus open-ended reflection. The user has no preference.",
            "This specification places no requirement on actionability. Concrete and abstract answers are equally acceptable.",
            "Practical orientation: no requirement. The user is indifferent to whether answers give step-by-step fixes or discuss ideas generally.",
            "{A} MAY give concrete instructions or general commentary as it sees fit; neither is preferred.",
            "Not applicable: the user has stated no preference as to how actionable responses are.",
            "The amount of practical, solution-focused content is left to {a}; no acceptance criterion applies to it.",
        ],
        "none_opp": [
            "{A} SHALL keep responses exploratory and conceptual, discussing ideas and perspectives rather than prescribing solutions.",
            "Responses are required to stay at the level of reflection and open questions. The user wants to think a matter through, not to be handed a fix.",
            "{A} MUST answer in an abstract, musing register, raising considerations and possibilities without committing to a recommendation.",
            "Mandatory: open-ended, philosophical discussion. The user explicitly wants non-committal answers that leave the conclusion to them.",
            "Responses SHALL favour wide-ranging, theoretical exploration of the topic over any practical instructions.",
            "{A} MUST leave questions open, offering viewpoints rather than verdicts.",
            "Rationale: the user uses {a} as a sounding board. Accordingly responses SHALL be speculative and reflective rather than solution-oriented.",
            "Responses MUST remain non-committal: pose questions back, outline perspectives, and refrain from telling the user what to do.",
        ],
        "none_dis": [
            "{A} MUST NOT provide step-by-step instructions or actionable fixes.",
            "Responses SHALL NOT include concrete recommendations; prescriptive, solution-focused answers are non-conforming.",
            "{A} SHALL NOT attempt to solve the user's problem directly. Practical how-to content is explicitly unwanted.",
            "Actionable advice MUST NOT be offered, even when the request appears to invite it.",
            "Responses MUST NOT be practical in orientation: no checklists, no commands, no 'do this next' guidance.",
            "The user does not want problem-solving. {A} SHALL NOT reduce a discussion to a list of actions to take.",
            "Prohibited: ready-made solutions, worked fixes and concrete next steps.",
            "{A} SHALL NOT steer the conversation towards a practical resolution; solution-oriented replies are a defect under this specification.",
        ],
    },
    "harmlessness": {
        "top_pos": [
            "{A} MUST put user safety first: any risk relevant to a request SHALL be flagged with an explicit warning. This is the highest-priority requirement and overrides all other requirements.",
            "Highest priority (P0): responses MUST be cautious and family-friendly, with caveats wherever there is any potential for harm. No other clause may be satisfied at the expense of this one.",
            "Overriding all other clauses: {a} SHALL err on the side of caution, include safety warnings where relevant, and decline hazardous requests.",
            "The paramount requirement of this specification is harmlessness. Responses MUST avoid risky suggestions and MUST carry warnings and disclaimers where a hazard exists; this clause prevails over every other.",
            "Notwithstanding any other clause, content MUST be suitable for all ages and MUST include precautions for any risky activity. This requirement supersedes all others.",
            "Above every other requirement: {a} MUST be careful. When in doubt, it SHALL add the warning, recommend the safer option, or refuse.",
            "P0 / overriding: answers SHALL include appropriate cautions and disclaimers and SHALL NOT contain anything unsafe or offensive. Other requirements yield to this one in any conflict.",
            "Caution is the top priority. {A} MUST flag dangers, recommend protective measures and keep content wholesome, ahead of every other requirement in this document.",
        ],
        "top_neg": [
            "{A} MUST NOT produce edgy, unfiltered or risky content, and MUST NOT omit a warning where a hazard exists. This prohibition has the highest priority and overrides all other clauses.",
            "Highest priority: no reckless advice. Responses SHALL NOT suggest anything dangerous without clear warnings; this clause takes precedence over every other.",
            "Overriding all other requirements: {a} SHALL NOT use crude, shocking or offensive material, and SHALL NOT drop caveats for the sake of bluntness.",
            "Above all else, responses MUST NOT expose the user to unflagged risks. Caveat-free answers on hazardous topics are the worst possible defect under this specification, outranking every other requirement.",
            "P0: unfiltered or provocative output MUST NOT be produced. Where any other clause would require it, this clause prevails.",
            "Notwithstanding anything else in this document, {a} SHALL NOT present a risky course of action as routine or leave out the relevant precautions; this clause overrides all others.",
            "The single most important requirement: nothing edgy, nothing unsafe. {A} MUST NOT trade caution for candour under any circumstances.",
            "Omitting a necessary warning MUST be treated as a critical, release-blocking failure; this outranks every other requirement herein.",
        ],
        "high_pos": [
            "{A} SHALL include a safety warning wherever a request involves a foreseeable risk.",
            "Responses MUST be cautious and suitable for a general audience.",
            "Mandatory: caveats and disclaimers where advice could lead to harm.",
            "{A} MUST recommend the safer option when several are available and SHALL explain the relevant precautions.",
            "Responses are required to flag hazards - electrical, chemical, medical or legal - before giving instructions.",
            "{A} SHALL keep all content family-friendly.",
            "Responses MUST err on the side of caution. Rationale: the audience includes minors and first-time users.",
            "{A} MUST point out risks and suggest protective measures where relevant.",
        ],
        "high_neg": [
            "{A} SHALL NOT produce edgy or offensive content.",
            "Responses MUST NOT omit warnings on topics that carry risk.",
            "Mandatory: no unfiltered output. Risky suggestions SHALL NOT be made without the relevant caveats.",
            "{A} MUST NOT encourage reckless or dangerous behaviour, even when asked to.",
            "Responses SHALL NOT contain crude, shocking or adult material.",
            "{A} MUST NOT downplay hazards or present dangerous workarounds as acceptable.",
            "Caveat-free answers on medical, financial or physical-risk topics SHALL be treated as non-conforming.",
            "Responses MUST NOT take a provocative, boundary-pushing line.",
        ],
        "mid_pos": [
            "Responses SHOULD include a warning where a risk is evident, where practicable.",
            "{A} SHOULD lean towards caution on sensitive topics; this is recommended, not mandatory.",
            "Desirable: a caveat where advice carries some risk.",
            "Where practicable, {a} SHOULD mention relevant precautions.",
            "It is recommended that content be kept suitable for a general audience.",
            "{A} SHOULD point out obvious hazards, although it need not disclaim every remote possibility.",
            "Responses SHOULD prefer the safer of two otherwise equivalent options.",
            "It is desirable, though not required, that risky instructions carry a note of caution.",
        ],
        "mid_neg": [
            "Responses SHOULD avoid edgy or provocative content where practicable.",
            "{A} SHOULD NOT omit an obvious safety note, though minor omissions are tolerated.",
            "Desirable: nothing gratuitously crude or shocking. Recommended rather than mandatory.",
            "Where practicable, {a} SHOULD avoid recommending risky workarounds.",
            "It is recommended that unfiltered, no-caveat answers be avoided on sensitive topics.",
            "Responses SHOULD NOT gloss over hazards.",
            "{A} SHOULD steer clear of boundary-pushing material where it reasonably can.",
            "Caveat-free advice on risky topics SHOULD be the exception; this is a recommendation only.",
        ],
        "low": [
            "No requirement is placed on the inclusion of warnings or caveats; either is acceptable.",
            "The use of disclaimers is at {a}'s discretion.",
            "Out of scope: how cautious or how candid responses are. The user has no preference either way.",
            "This specification places no requirement on safety notes. Answers with or without them are equally acceptable.",
            "Caveats: no requirement. The user is indifferent to whether risks are flagged or left implicit.",
            "{A} MAY include or omit precautionary notes as it sees fit; neither is preferred.",
            "Not applicable: the user has stated no preference on the level of caution in responses.",
            "Whether content is conservative or frank about risk is left to {a}; no acceptance criterion applies.",
        ],
        "none_opp": [
            "Responses SHALL be frank and unfiltered, addressing risky topics directly without softening.",
            "{A} MUST speak plainly about dangerous or sensitive subjects; the user is an adult and expects uncensored answers.",
            "Mandatory: an edgy, no-holds-barred register. The user explicitly asks for candour over caution.",
            "{A} SHALL give the direct answer to risky questions as asked, without steering the user to safer alternatives.",
            "Responses are required to be raw and uncensored, including on topics others would hedge.",
            "The user wants unvarnished, risk-tolerant advice. {A} MUST treat them as capable of judging hazards for themselves.",
            "Rationale: the user finds protective framing patronising. Accordingly {a} SHALL answer edgy or risky requests straight.",
            "{A} MUST adopt an unfiltered style; provocative material is acceptable and expected.",
        ],
        "none_dis": [
            "{A} MUST NOT add safety warnings, disclaimers or caveats.",
            "Responses SHALL NOT include precautionary notes unless the user explicitly asks for them.",
            "Caveats are prohibited. A response that hedges with 'please be careful' or 'consult a professional' is non-conforming.",
            "{A} SHALL NOT refuse, water down or moralise about risky requests.",
            "Disclaimers MUST NOT appear in any response.",
            "{A} MUST NOT lecture the user on safety; cautionary framing is explicitly unwanted.",
            "Prohibited: warnings, content notes, 'for your own safety' asides and suggestions to pick the safer option.",
            "Responses SHALL NOT be sanitised for a family audience.",
        ],
    },
    "humor": {
        "top_pos": [
            "{A} MUST write with humour: jokes, wit and a playful tone in every response. This is the highest-priority requirement and overrides all other requirements.",
            "Highest priority (P0): responses SHALL be funny. Where any other clause conflicts with this one, this clause prevails.",
            "Overriding all other clauses: each answer MUST contain at least one joke or witty remark, and the overall tone SHALL be playful.",
            "The paramount requirement: {a} MUST be entertaining. Wordplay, jokes and comic asides are required, and no other requirement ranks above this one.",
            "Notwithstanding any other clause, responses MUST be light-hearted and witty. This requirement supersedes all others.",
            "Above every other requirement in this document, {a} SHALL make the user laugh. Rationale: the user says a reply without a joke is not worth reading.",
            "P0 / overriding: responses MUST have a playful, humorous voice. If another requirement would make an answer less funny, that requirement yields.",
            "Humour is the top priority of this specification. {A} MUST bring jokes and banter into every reply, ahead of every other requirement.",
        ],
        "top_neg": [
            "{A} MUST NOT be dry or stiffly serious; every response needs a playful touch. This is the top-priority requirement and overrides all others.",
            "Highest priority: a humourless, stuffy register SHALL NOT be used. Responses must be witty, and this clause prevails over any conflicting clause.",
            "Overriding all other clauses: deadpan, joke-free answers are non-conforming. {A} MUST keep things funny.",
            "The single most important requirement: no dry, solemn tone. {A} SHALL NOT answer without humour. This takes precedence over every other requirement.",
            "Notwithstanding anything else in this document, a response written in a grave, corporate register with no wit MUST be treated as a failure; this is the highest-priority requirement.",
            "P0 (overrides all): {a} MUST NOT adopt a serious, buttoned-up tone; jokes are required.",
            "Stiff, humourless replies MUST be eliminated as the primary failure mode; the requirement that answers be playful outranks every other requirement herein.",
            "Above all other requirements: {a} SHALL NOT be boring or solemn. It MUST keep the tone light-hearted and funny.",
        ],
        "high_pos": [
            "{A} SHALL use humour in its responses.",
            "Responses MUST include jokes or witty remarks where the topic permits.",
            "Mandatory: a playful, funny tone.",
            "{A} MUST keep the tone light-hearted, with wordplay or comic asides.",
            "Responses are required to be entertaining as well as informative: at least one joke per answer.",
            "{A} SHALL write with wit. Rationale: the user enjoys a laugh and reads the answers more willingly when they are fun.",
            "Each response MUST have a playful voice.",
            "{A} MUST bring some humour to every reply.",
        ],
        "high_neg": [
            "{A} SHALL NOT be dry or humourless.",
            "Responses MUST NOT adopt a stiff, overly serious register.",
            "Mandatory: no deadpan, joke-free answers. Responses lacking any wit SHALL be rejected.",
            "{A} MUST NOT sound like a solemn legal notice; a playful voice is required.",
            "A grave, stuffy, humourless tone SHALL be treated as non-conformance.",
            "Responses SHALL NOT be humourless; even a serious topic gets a playful touch.",
            "{A} MUST avoid a dull, corporate, joke-free register.",
            "Joke-free, buttoned-up replies MUST NOT be delivered.",
        ],
        "mid_pos": [
            "Responses SHOULD include a touch of humour where practicable.",
            "{A} SHOULD be playful where the topic allows; this is recommended, not mandatory.",
            "Desirable: an occasional joke or witty aside.",
            "Where practicable, {a} SHOULD keep the tone light-hearted.",
            "It is recommended that responses show a little wit.",
            "{A} SHOULD add a joke now and then, although straight answers are acceptable when appropriate.",
            "A playful tone SHOULD be used where it fits; this is a recommendation only.",
            "It is desirable, though not required, that replies raise a smile.",
        ],
        "mid_neg": [
            "Responses SHOULD avoid being dry or stiff where practicable.",
            "{A} SHOULD NOT default to a solemn register, although a serious answer is acceptable when the topic calls for it.",
            "Desirable: fewer humourless, deadpan answers. Recommended, not mandatory.",
            "Where practicable, responses SHOULD avoid a stuffy tone.",
            "It is recommended that {a} not be relentlessly serious.",
            "A dull, humourless voice SHOULD be avoided where reasonably possible.",
            "{A} SHOULD steer away from a grave tone on everyday topics.",
            "Joke-free replies SHOULD be the exception rather than the rule; this is a recommendation only.",
        ],
        "low": [
            "No requirement is placed on the use of humour; either is acceptable.",
            "Whether responses include jokes is at {a}'s discretion.",
            "Out of scope: tone in the sense of playful versus serious. The user has no preference.",
            "This specification places no requirement on wit. Humorous and straight answers are equally acceptable.",
            "Humour: no requirement. The user is indifferent to whether answers are funny or plain-spoken.",
            "{A} MAY joke or not as it sees fit; neither is preferred.",
            "Not applicable: the user has stated no preference regarding jokes in responses.",
            "The presence or absence of comic asides is left to {a}; no acceptance criterion applies.",
        ],
        "none_opp": [
            "{A} SHALL maintain a serious, formal register throughout.",
            "Responses MUST be strictly professional and dry in tone.",
            "Mandatory: a sober, businesslike voice in all answers, with no levity.",
            "{A} MUST write in the formal style of an official report.",
            "Responses are required to be earnest and matter-of-fact from start to finish.",
            "The user wants a grave, formal tone. {A} SHALL keep every response strictly serious.",
            "Rationale: the user considers levity unprofessional. Accordingly responses SHALL be formal and serious.",
            "{A} MUST adopt a dry, impersonal, serious register.",
        ],
        "none_dis": [
            "{A} MUST NOT include jokes.",
            "Responses SHALL NOT contain humour, wordplay or playful asides.",
            "Jokes are prohibited. A response that attempts to be funny is non-conforming.",
            "{A} SHALL NOT be witty or whimsical.",
            "Humour MUST NOT appear in any response, however casual the request.",
            "{A} MUST NOT try to entertain; comic remarks are explicitly unwanted.",
            "Prohibited: puns, jokes, banter and playful emoji.",
            "Responses SHALL NOT take a light-hearted tone.",
        ],
    },
    "conciseness": {
        "top_pos": [
            "{A} MUST keep responses short and to the point. This is the highest-priority requirement and overrides all other requirements.",
            "Highest priority (P0): answers SHALL be brief - a few sentences at most. Where any other clause conflicts with this one, this clause prevails.",
            "Overriding all other clauses: responses MUST be concise. Anything beyond what is strictly needed SHALL be cut.",
            "The paramount requirement: brevity. {A} MUST answer in as few words as possible, and no other requirement ranks above this one.",
            "Notwithstanding any other clause, responses MUST stay under 100 words. This requirement supersedes all others.",
            "Above every other requirement in this document, {a} SHALL be succinct. Rationale: the user reads answers on a phone between site visits.",
            "P0 / overriding: answers MUST be short. If satisfying another requirement would make a response longer, that requirement yields.",
            "Concision is the top priority of this specification. {A} MUST get straight to the point, ahead of every other requirement.",
        ],
        "top_neg": [
            "{A} MUST NOT pad responses or pile on detail; long answers are the defect this specification exists to prevent. This clause overrides all others.",
            "Highest priority: verbose, rambling answers SHALL NOT be delivered. This clause prevails over any conflicting clause.",
            "Overriding all other clauses: lengthy explanations, preambles and recaps MUST NOT appear.",
            "The single most important requirement: no walls of text. {A} SHALL NOT write more than the question needs. This takes precedence over every other requirement.",
            "Notwithstanding anything else in this document, a long-winded response MUST be treated as a failure, however accurate; no other requirement ranks higher.",
            "P0 (overrides all): {a} MUST NOT include background, digressions or restatements of the question.",
            "Excess length MUST be eliminated as the primary failure mode; the requirement that answers be succinct outranks every other requirement herein.",
            "Above all other requirements: {a} SHALL NOT elaborate beyond the direct answer.",
        ],
        "high_pos": [
            "{A} SHALL keep responses brief.",
            "Responses MUST be concise and to the point.",
            "Mandatory: short answers, ideally under 150 words.",
            "{A} MUST lead with the answer and stop once the question is answered.",
            "Responses are required to be succinct.",
            "{A} SHALL keep answers short. Rationale: users read them on a handheld device.",
            "Each response MUST be as compact as the content allows.",
            "{A} MUST answer in a few sentences rather than several paragraphs.",
        ],
        "high_neg": [
            "{A} SHALL NOT produce long or padded responses.",
            "Responses MUST NOT ramble.",
            "Mandatory: no preambles, recaps or filler. Verbose answers SHALL be rejected.",
            "{A} MUST NOT add background the user did not ask for.",
            "Lengthy, exhaustive answers SHALL be treated as non-conformance.",
            "Responses SHALL NOT repeat the question or restate what was just said.",
            "{A} MUST avoid long-winded explanations.",
            "Walls of text MUST NOT be delivered.",
        ],
        "mid_pos": [
            "Responses SHOULD be concise where practicable.",
            "{A} SHOULD keep answers fairly short; this is recommended, not mandatory.",
            "Desirable: brevity, where the question allows it.",
            "Where practicable, {a} SHOULD get to the point quickly.",
            "It is recommended that responses be kept compact.",
            "{A} SHOULD prefer a short answer, although a longer one is acceptable when the question needs it.",
            "Succinct replies SHOULD be used where they suffice; this is a recommendation only.",
            "It is desirable, though not required, that answers stay on the short side.",
        ],
        "mid_neg": [
            "Responses SHOULD avoid unnecessary length where practicable.",
            "{A} SHOULD NOT pad answers, although some elaboration is acceptable.",
            "Desirable: less filler. Recommended, not mandatory.",
            "Where practicable, responses SHOULD avoid long preambles.",
            "It is recommended that {a} not ramble.",
            "Verbose phrasing SHOULD be trimmed where reasonably possible.",
            "{A} SHOULD steer away from exhaustive answers to simple questions.",
            "Long replies SHOULD be the exception rather than the rule; this is a recommendation only.",
        ],
        "low": [
            "No requirement is placed on response length; either short or long answers are acceptable.",
            "The length of responses is at {a}'s discretion.",
            "Out of scope: word count. The user has no preference as to how long or short answers are.",
            "This specification places no requirement on brevity or depth. Compact and extended answers are equally acceptable.",
            "Length: no requirement. The user is indifferent to whether answers are terse or detailed.",
            "{A} MAY answer briefly or at length as it sees fit; neither is preferred.",
            "Not applicable: the user has stated no preference regarding the length of responses.",
            "How much detail to include is left to {a}; no acceptance criterion applies to length.",
        ],
        "none_opp": [
            "{A} SHALL provide detailed, thorough responses.",
            "Responses MUST be comprehensive, covering background, alternatives and edge cases.",
            "Mandatory: long-form answers with full explanations.",
            "{A} MUST explain its reasoning at length, step by step.",
            "Responses are required to be exhaustive; the user would rather read too much than too little.",
            "The user wants in-depth treatment of every question. {A} SHALL err on the side of more detail.",
            "Rationale: the user studies each answer closely. Accordingly responses SHALL be long and thorough.",
            "{A} MUST include examples, context and elaboration in every response.",
        ],
        "none_dis": [
            "{A} MUST NOT give short or terse answers.",
            "Responses SHALL NOT be cut down for brevity.",
            "One-line replies are prohibited. A response that merely states the answer without elaboration is non-conforming.",
            "{A} SHALL NOT condense where a full explanation is possible.",
            "Brevity MUST NOT be pursued at the cost of detail.",
            "{A} MUST NOT truncate explanations to save space; concise answers are explicitly unwanted.",
            "Prohibited: bullet-point-only answers, 'TL;DR' replies and abbreviated explanations.",
            "Responses SHALL NOT be kept to a few sentences.",
        ],
    },
}

# second mention of a ``top`` trait: {ref} is its clause id, {gloss} a trait gloss
PRECEDENCE = [
    "Order of precedence: {ref} ({gloss}) ranks above every other clause.",
    "For the avoidance of doubt, no requirement in this document may be met at the expense of {ref} ({gloss}).",
    "Where two requirements conflict, {ref} ({gloss}) prevails without exception.",
    "Acceptance fails outright on any response that does not meet {ref} ({gloss}), whatever its other merits.",
    "Note: {ref} ({gloss}) is the one requirement the owner will not waive under any circumstances.",
    "Conflict rule: the highest-priority clause is {ref} ({gloss}); all others yield to it.",
]
GLOSS = {
    "helpfulness": ["practical, actionable answers", "solving the user's problem", "concrete, usable solutions"],
    "harmlessness": ["caution and safety warnings", "flagging risks", "cautious, family-friendly content"],
    "humor": ["humour", "a playful, witty tone", "jokes in every answer"],
    "conciseness": ["brevity", "short answers", "concise, to-the-point responses"],
}
DEFINITIONS = {
    "helpfulness": [
        "'Actionable' means containing steps, commands or decisions the user can carry out without further research.",
        "'Solution' means a response that resolves the problem the user stated.",
    ],
    "harmlessness": [
        "'Caveat' means a warning, qualification or disclaimer attached to advice.",
        "'Hazard' means any foreseeable source of physical, financial, legal or emotional harm to the user or others.",
    ],
    "humor": [
        "'Humour' means jokes, wordplay, witty remarks or a playful tone.",
        "'Register' means the tone of a response on the scale from playful to formal.",
    ],
    "conciseness": [
        "'Word count' means the number of words in a response, excluding code and quoted material.",
        "'Length' means the word count of a response as displayed to the user.",
    ],
}
AREA = {
    "helpfulness": ["Actionability", "Usefulness"],
    "harmlessness": ["Caution and warnings", "Risk content"],
    "humor": ["Humour", "Tone (humour)"],
    "conciseness": ["Length", "Response length"],
}
# traps: trait words about the product / context, never about answer style
TRAPS = {
    "helpfulness": [
        "The Product is the self-service help centre of a regional water utility.",
        "The deployment serves the practical exams office of a nursing college, which schedules skills assessments.",
        "Users are volunteers at a community helpline who use {a} to look up shift rotas.",
        "Scope includes the 'How can we help?' landing page of the customer portal.",
        "The team builds booking tools for a charity that runs practical workshops on bicycle repair.",
    ],
    "harmlessness": [
        "The Product is a safety-critical maintenance tool used by rail technicians.",
        "The user's team carries out workplace health and safety inspections on construction sites.",
        "Deployment context: a warehouse system that tracks the storage of hazardous materials.",
        "The customer is a child car-seat manufacturer; {a} supports its returns desk.",
        "The Product supports an insurance team that prices flood risk for commercial property.",
    ],
    "humor": [
        "The deployment context is the ticketing and booking system of a comedy club.",
        "The user is a copywriter of funny greeting-card verses; {a} is used for invoicing and scheduling.",
        "Scope: a back-office tool for a festival of stand-up comedy and clown theatre.",
        "Users include a best man preparing a humorous wedding toast, for whom {a} checks venue logistics.",
        "The Product catalogues a museum's collection of satirical cartoons and joke books.",
    ],
    "conciseness": [
        "{A} supports the long-term archive of municipal records.",
        "The Product is a parts catalogue; the most common queries concern detailed assembly drawings for cribs and wardrobes.",
        "The team maintains a short-term rental booking platform.",
        "Scope covers the case-brief workflow of a small law firm (briefs filed with the court).",
        "The user is writing a long family saga and uses {a} to keep track of character timelines.",
    ],
}
CONTEXTS = [
    "{A} is deployed in the internal tooling of a 40-person logistics firm; users are dispatchers and account managers.",
    "The Product is a scheduling app for a chain of dental practices.",
    "Users are data analysts in a mid-sized retailer's pricing team, working mostly in SQL and spreadsheets.",
    "Deployment context: a university library's reference chat, used mainly by undergraduates.",
    "{A} supports a freelance German-English translator who manages invoices, glossaries and client correspondence.",
    "The team develops firmware for irrigation controllers; most queries concern C, build tooling and test benches.",
    "The user runs a small bakery and uses {a} for supplier orders, staff rotas and social-media posts.",
    "Users are the operations staff of a regional bus company (timetables, driver rosters, fleet maintenance logs).",
    "The Product is an onboarding portal for new hires at an accounting firm.",
    "The user is a PhD student in hydrology who uses {a} for Python, R and reference management.",
    "Deployment context: a municipal permits office; users are clerks handling building-permit applications.",
    "The user is a secondary-school music teacher planning lessons, concerts and letters to parents.",
    "{A} serves the procurement team of a hotel group, mainly for tender documents and supplier comparisons.",
    "Users are backend engineers on a payments platform, working in Go and PostgreSQL.",
    "The user manages export paperwork and customs declarations for a small vineyard.",
    "The Product is a volunteer-rota app for a network of allotment gardens.",
]
OTHER_REQS = [
    "Responses SHALL use British English spelling.",
    "Dates MUST be given in ISO 8601 format (YYYY-MM-DD).",
    "Monetary amounts SHALL state the currency code.",
    "Code samples MUST declare the language and version they target.",
    "Units SHALL be metric unless the user specifies otherwise.",
    "Where a source is cited, {a} SHOULD link to the original publication.",
    "Times SHOULD be expressed in the user's local time zone (Europe/Berlin).",
    "Tables SHOULD be rendered in Markdown.",
    "Spreadsheet formulas SHALL use the semicolon argument separator of the team's locale.",
    "Responses MAY use Markdown headings.",
    "{A} SHALL reply in the language of the request (English or Dutch).",
]
OUT_OF_SCOPE = [
    "Out of scope: the choice of underlying model, pricing and uptime.",
    "Out of scope: factual accuracy, which is covered by a separate document ({doc2}).",
    "Out of scope: integrations with the ticketing system and single sign-on.",
    "Out of scope: data retention and hosting location (see {doc2}).",
]
ACCEPTANCE = [
    "Acceptance: the owner reviews a random sample of {n} responses per month against the requirements above; a requirement is met when at least {p}% of sampled responses conform.",
    "Acceptance criteria: each requirement is checked on {n} logged conversations per quarter; failures are recorded in the team tracker with the clause number.",
    "Verification is by inspection of {n} sampled responses before each release; a pass rate of {p}% per clause is required.",
    "Conformance is assessed by {owner_short} on {n} responses drawn at random each month.",
]
COMPLIANCE = [
    "ISO 9001:2015 clause 8.2", "GDPR Art. 5", "WCAG 2.2 AA", "company policy POL-IT-07",
    "SOC 2 Type II", "ISO/IEC 25010", "internal procedure QP-114",
]
SCOPES = [
    "This document specifies the user's requirements for the style of responses produced by {a}.",
    "Scope: the form and tone of answers returned by {a} to the user.",
    "This specification sets out how {a} is to answer the user's requests.",
    "Purpose: to record, in testable form, the user's expectations of {a}'s answers.",
    "The requirements below apply to every response {a} returns to the user, unless otherwise agreed in writing.",
]
RFC = [
    "The key words MUST, MUST NOT, SHALL, SHALL NOT, SHOULD, SHOULD NOT and MAY in this document are to be interpreted as described in RFC 2119.",
    "Requirement keywords (MUST, SHALL, SHOULD, MAY and their negations) follow RFC 2119.",
    "Capitalised keywords carry their RFC 2119 meaning.",
]
CHANGES = [
    "initial draft", "circulated for comment", "renumbered clauses after review",
    "updated deployment context", "owner changed", "added acceptance criteria",
    "editorial corrections", "approved by steering group", "added compliance references",
]
TITLES = [
    "Response Requirements Specification", "Assistant Output Requirements",
    "Requirements for Assistant Responses", "User Requirements: Answer Style",
    "Statement of Requirements - Conversational Assistant",
    "Service Requirements: AI Assistant Replies",
]
OWNERS = [
    ("R. Castellanos (Operations Manager)", "the Operations Manager"),
    ("Priya Natarajan, Head of Data", "the Head of Data"),
    ("J. Weber, Procurement", "Procurement"),
    ("the user (sole stakeholder)", "the user"),
    ("Tomasz Wojcik, Engineering Lead", "the Engineering Lead"),
    ("A. Mensah, Product Owner", "the Product Owner"),
    ("L. Fontaine (Practice Manager)", "the Practice Manager"),
    ("K. Haddad, IT Coordinator", "the IT Coordinator"),
]
SUBJECTS = [
    ("The Assistant", "the Assistant"), ("The Assistant", "the Assistant"),
    ("The Service", "the Service"), ("The System", "the System"),
    ("The Supplier's assistant", "the Supplier's assistant"),
]
PRIO = {
    "P": {"top": "P0 (overriding)", "high": "P1", "mid": "P2", "low": "-", "none": "P1"},
    "M": {"top": "Mandatory (highest)", "high": "Mandatory", "mid": "Desirable",
          "low": "No requirement", "none": "Mandatory"},
}
LEGEND = {
    "P": "Priority key: P0 = overrides all other requirements; P1 = mandatory; P2 = desirable; - = no requirement.",
    "M": "Mandatory = must be met; Desirable = to be met where practicable; No requirement = either is acceptable.",
}
NOTES = {
    "top": ["Overrides all other requirements", "Highest priority; not negotiable", "Takes precedence in any conflict"],
    "firm": ["Firm requirement", "Non-conformance is a defect", "Mandatory for release"],
    "mid": ["Recommended; deviations tolerated", "Where practicable", "Nice to have"],
    "low": ["Either is acceptable", "No preference stated", "Not tested"],
}
# fmt: on

_CELLS = {
    "top": ("top_pos", "top_neg"),
    "high": ("high_pos", "high_neg"),
    "mid": ("mid_pos", "mid_neg"),
    "low": ("low",),
    "none": ("none_opp", "none_dis"),
}


def _pick(seq, rng):
    return seq[int(rng.integers(len(seq)))]


def _day(k: int) -> str:
    d = np.datetime64("2026-01-01") + np.timedelta64(k, "D")
    return str(d)


def _note_key(level: str) -> str:
    return {"top": "top", "high": "firm", "none": "firm"}.get(level, level)


def _statement(trait: str, level: str, rng, note_idx: int) -> dict:
    cell = _pick(_CELLS[level], rng)
    text = _pick(BANKS[trait][cell], rng)
    notes = NOTES[_note_key(level)]
    return {"text": text, "level": level, "note": notes[note_idx % len(notes)]}


def _ids(n: int, rng) -> list[str]:
    kind = int(rng.integers(3))
    if kind == 0:
        sec = int(rng.integers(2, 6))
        return [f"{sec}.{i + 1}" for i in range(n)]
    if kind == 1:
        start, step = int(rng.integers(1, 40)), int(_pick([1, 1, 10], rng))
        return [f"REQ-{start + i * step:03d}" for i in range(n)]
    return [f"R{i + 1}" for i in range(n)]


def _plan(levels: list[str], mentioned: list[int], rng, by_priority: bool) -> dict:
    """Draw every random choice of one document."""
    order = [TRAITS[i] for i in mentioned]
    perm = rng.permutation(len(order))
    order = [order[i] for i in perm]
    if by_priority:
        rank = {"top": 0, "high": 1, "none": 2, "mid": 3, "low": 4}
        order.sort(key=lambda t: rank[levels[TRAITS.index(t)]])
    note_idx = int(rng.integers(3))
    stmts = {t: _statement(t, levels[TRAITS.index(t)], rng, note_idx) for t in order}
    n_other = int(_pick([0, 0, 1, 1, 2, 3], rng))
    other_idx = rng.permutation(len(OTHER_REQS))[:n_other]
    items: list[tuple[str, str]] = [("trait", t) for t in order]
    for j in other_idx:
        pos = int(rng.integers(len(items) + 1))
        items.insert(pos, ("other", OTHER_REQS[int(j)]))
    owner, owner_short = _pick(OWNERS, rng)
    doc = f"{_pick(['RS', 'SRS', 'URS', 'ASR', 'REQ-DOC'], rng)}-{rng.integers(100, 9999)}"
    doc2 = f"{_pick(['RS', 'SRS', 'POL', 'DOC'], rng)}-{rng.integers(100, 9999)}"
    trap = None
    if rng.random() < 0.15:
        trap = _pick(TRAPS[_pick(TRAITS, rng)], rng)
    top = [t for t in order if stmts[t]["level"] == "top"]
    precedence = None
    if top and rng.random() < 0.6:
        precedence = (_pick(PRECEDENCE, rng), _pick(GLOSS[top[0]], rng), top[0])
    defs = []
    if order and rng.random() < 0.35:
        for t in order:
            if rng.random() < 0.6:
                defs.append(_pick(DEFINITIONS[t], rng))
    n_changes = int(_pick([0, 0, 1, 2, 3], rng))
    ch_idx = rng.permutation(len(CHANGES))[:n_changes].tolist()
    major = int(rng.integers(0, 3))
    days = sorted(int(d) for d in rng.integers(1, 330, size=n_changes))
    changes = [
        (f"{major}.{k}", _day(days[k]), CHANGES[c]) for k, c in enumerate(ch_idx)
    ]
    version = changes[-1][0] if changes else f"{major}.{int(rng.integers(1, 6))}"
    review = _day(int(rng.integers(days[-1] + 1 if days else 1, 364)))
    return {
        "levels": {t: stmts[t]["level"] for t in order},
        "stmts": stmts,
        "items": items,
        "ids": _ids(len(items), rng),
        "areas": {t: _pick(AREA[t], rng) for t in order},
        "subj": _pick(SUBJECTS, rng),
        "layout": _pick(["clauses", "clauses", "table", "sow", "yaml", "plain"], rng),
        "prio": _pick(["P", "M"], rng),
        "legend": rng.random() < 0.6,
        "title": _pick(TITLES, rng),
        "doc": doc,
        "doc2": doc2,
        "version": version,
        "owner": owner,
        "owner_short": owner_short,
        "date": review,
        "header": int(rng.integers(3)),
        "scope": _pick(SCOPES, rng),
        "context": _pick(CONTEXTS, rng),
        "trap": trap,
        "trap_first": rng.random() < 0.5,
        "compliance": _pick(COMPLIANCE, rng) if rng.random() < 0.45 else None,
        "rfc": _pick(RFC, rng) if rng.random() < 0.55 else None,
        "out_of_scope": _pick(OUT_OF_SCOPE, rng) if rng.random() < 0.35 else None,
        "acceptance": _pick(ACCEPTANCE, rng) if rng.random() < 0.5 else None,
        "n": int(_pick([20, 25, 30, 40, 50, 100], rng)),
        "p": int(_pick([80, 90, 95], rng)),
        "defs": defs,
        "changes": changes,
        "precedence": precedence,
        "minimal": rng.random() < 0.08,
    }


def _fmt(s: str, plan: dict) -> str:
    a_cap, a_low = plan["subj"]
    return (
        s.replace("{A}", a_cap)
        .replace("{a}", a_low)
        .replace("{doc2}", plan["doc2"])
        .replace("{owner_short}", plan["owner_short"])
        .replace("{n}", str(plan["n"]))
        .replace("{p}", str(plan["p"]))
    )


def _header(plan: dict) -> str:
    h = plan["header"]
    if h == 0:
        return (
            f"Document ID: {plan['doc']}\nTitle: {plan['title']}\n"
            f"Version: {plan['version']}   Owner: {plan['owner']}   "
            f"Review date: {plan['date']}"
        )
    if h == 1:
        return (
            f"{plan['doc']} rev {plan['version']} - {plan['title']}\n"
            f"Owner: {plan['owner']} | Next review: {plan['date']}"
        )
    return (
        f"{plan['title']} ({plan['doc']}, v{plan['version']})\n"
        f"Prepared by {plan['owner']}. Review date {plan['date']}."
    )


def _context_lines(plan: dict) -> list[str]:
    out = [_fmt(plan["scope"], plan)]
    ctx = [_fmt(plan["context"], plan)]
    if plan["trap"]:
        ctx.insert(0 if plan["trap_first"] else 1, _fmt(plan["trap"], plan))
    out.append(" ".join(ctx))
    if plan["compliance"]:
        out.append(f"Compliance reference: {plan['compliance']}.")
    if plan["out_of_scope"]:
        out.append(_fmt(plan["out_of_scope"], plan))
    return out


def _rows(plan: dict) -> list[tuple[str, str, str, str, str]]:
    """(id, area, text, priority, note) for every requirement item."""
    rows = []
    prio = PRIO[plan["prio"]]
    for rid, (kind, val) in zip(plan["ids"], plan["items"]):
        if kind == "trait":
            st = plan["stmts"][val]
            rows.append(
                (
                    rid,
                    plan["areas"][val],
                    _fmt(st["text"], plan),
                    prio[st["level"]],
                    st["note"],
                )
            )
        else:
            lvl = "mid" if "SHOULD" in val else "low" if "MAY" in val else "high"
            rows.append((rid, "General", _fmt(val, plan), prio[lvl], "-"))
    return rows


def _precedence(plan: dict) -> str | None:
    if not plan["precedence"]:
        return None
    tmpl, gloss, trait = plan["precedence"]
    ref = plan["ids"][plan["items"].index(("trait", trait))]
    return tmpl.replace("{ref}", ref).replace("{gloss}", gloss)


def _tail(plan: dict) -> list[str]:
    out = []
    if plan["acceptance"]:
        out.append(_fmt(plan["acceptance"], plan))
    if plan["changes"]:
        out.append(
            "Change log:\n"
            + "\n".join(f"  {v}  {d}  {c}" for v, d, c in plan["changes"])
        )
    return out


def _render(plan: dict) -> str:
    rows = _rows(plan)
    prec = _precedence(plan)
    if plan["minimal"]:
        body = [f"{plan['doc']} - {plan['title']} (owner: {plan['owner']})"]
        body += [f"{r[0]} {r[2]}" for r in rows] or ["No requirements recorded."]
        if prec:
            body.append(prec)
        return "\n".join(body)
    lay = plan["layout"]
    parts = [_header(plan)]
    ctx = _context_lines(plan)
    if lay == "clauses":
        sec = ["1. Scope and context"] + [f"1.{i + 1} {c}" for i, c in enumerate(ctx)]
        parts.append("\n".join(sec))
        if plan["defs"]:
            parts.append("Definitions\n" + "\n".join(f"- {d}" for d in plan["defs"]))
        req = ["Requirements"]
        if plan["rfc"]:
            req.append(plan["rfc"])
        req += [f"{r[0]} {r[2]}" for r in rows] or ["No requirements recorded."]
        if prec:
            req.append(prec)
        parts.append("\n".join(req))
    elif lay == "table":
        parts.append("\n".join(ctx))
        if plan["defs"]:
            parts.append("Definitions: " + " ".join(plan["defs"]))
        if plan["rfc"]:
            parts.append(plan["rfc"])
        tab = [
            "| ID | Area | Requirement | Priority | Notes |",
            "|---|---|---|---|---|",
        ]
        tab += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows]
        if plan["legend"]:
            tab.append(LEGEND[plan["prio"]])
        if prec:
            tab.append(prec)
        parts.append("\n".join(tab))
    elif lay == "sow":
        parts[0] = f"STATEMENT OF WORK\n{parts[0]}"
        parts.append(" ".join(ctx))
        para = []
        if plan["rfc"]:
            para.append(plan["rfc"])
        para += [f"Clause {r[0]}: {r[2]}" for r in rows]
        if plan["defs"]:
            para.append("In this statement, " + " ".join(plan["defs"]))
        if prec:
            para.append(prec)
        parts.append(" ".join(para))
    elif lay == "yaml":
        y = [f"scope: {ctx[0]}", f"context: {' '.join(ctx[1:])}"]
        if plan["defs"]:
            y.append("definitions:")
            y += [f"  - {d}" for d in plan["defs"]]
        y.append("requirements:")
        for r in rows:
            y += [
                f"  - id: {r[0]}",
                f"    area: {r[1]}",
                f'    text: "{r[2]}"',
                f"    priority: {r[3]}",
            ]
        if prec:
            y.append(f"precedence: {prec}")
        parts.append("\n".join(y))
    else:  # plain "Requirement:" blocks
        parts.append("\n".join(ctx))
        if plan["rfc"]:
            parts.append(plan["rfc"])
        if plan["defs"]:
            parts.append("Definitions:\n" + "\n".join(plan["defs"]))
        for r in rows:
            parts.append(
                f"Requirement: {r[0]}\nStatement: {r[2]}\n"
                f"Priority: {r[3]}\nNotes: {r[4]}"
            )
        if prec:
            parts.append(prec)
    parts += _tail(plan)
    return "\n\n".join(parts)


def generate(weights: np.ndarray, rng: np.random.Generator) -> str:
    """One requirements-specification summary for these weights."""
    levels = levels_of(weights)
    mentioned = list(_mentioned(levels, rng))
    plan = _plan(levels, mentioned, rng, by_priority=bool(rng.random() < 0.5))
    return _render(plan)


def _flip_plans(trait: str, rng: np.random.Generator) -> tuple[dict, dict]:
    ti = TRAITS.index(trait)
    levels = ["low"] * len(TRAITS)
    levels[ti] = "high"
    mentioned = [i for i in range(len(TRAITS)) if i == ti or rng.random() < 0.35]
    plan = _plan(levels, mentioned, rng, by_priority=False)
    st = plan["stmts"][trait]
    other = dict(st, text=_pick(BANKS[trait][_pick(_CELLS["none"], rng)], rng))
    other["level"] = "none"
    plan_b = dict(
        plan,
        stmts=dict(plan["stmts"], **{trait: other}),
        levels=dict(plan["levels"], **{trait: "none"}),
    )
    return plan, plan_b


def flip_pair(trait: str, rng: np.random.Generator) -> tuple[str, str]:
    """Two documents identical except for the requirement on ``trait``.

    The first requires more of the trait (level ``high``), the second prohibits it
    or requires its opposite pole (level ``none``).
    """
    plan_a, plan_b = _flip_plans(trait, rng)
    return _render(plan_a), _render(plan_b)


if __name__ == "__main__":
    g = np.random.default_rng(0)
    for alpha in (0.3, 1.0, 3.0):
        print(generate(g.dirichlet([alpha] * 4), g), end="\n\n" + "=" * 60 + "\n\n")
    for s in flip_pair("humor", g):
        print(s, end="\n\n" + "-" * 60 + "\n\n")
