"""Private text kernels of the lexical estimator: tokens, clauses, modifier words.

Everything here is trait-independent English: how summaries negate, intensify,
complain and change topic. Trait-specific cue phrases come from
:class:`palm.trait.Trait` anchors and are compiled by :func:`compile_cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# --------------------------------------------------------------------------- tokens

TOKEN_PATTERN = r"[a-z0-9]+(?:'[a-z]+)*"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NEGATED_AUX = frozenset(
    "dont doesnt didnt isnt arent wasnt werent cant cannot wont wouldnt shouldnt "
    "couldnt hasnt havent hadnt aint".split()
)


@lru_cache(maxsize=8192)
def norm(token: str) -> str:
    """Lower-case token with a possessive or plural ending removed.

    The same function normalizes text and lexicon entries, so it only has to be
    consistent, not linguistically right ("does" becomes "doe" on both sides).
    """
    if token.endswith("'s"):
        token = token[:-2]
    if token.endswith("n't"):
        return "n't"
    if token in _NEGATED_AUX:
        return "n't"
    if (
        len(token) > 3
        and token.endswith("s")
        and not token.endswith(("ss", "us", "is"))
    ):
        if token.endswith("ies") and len(token) > 4:
            return token[:-3] + "y"
        if token.endswith(("ches", "shes", "xes", "sses")):
            return token[:-2]
        return token[:-1]
    return token


def lowered(text: str) -> str:
    """The text in lower case with its apostrophes made plain, as tokens read it."""
    low = text.lower()
    if "`" in low or not low.isascii():
        return low.translate(_APOSTROPHES)
    return low  # (nothing to translate: the common case, and much cheaper)


def tokens(text: str) -> list[str]:
    """Raw lower-case word tokens (possessives and contractions kept whole)."""
    return list(_tokens(text))


# a clause is tokenized by several splitting tests in a row, and read after:
# its tokens are kept for the summary being read (split_sentences starts anew)
_TOKEN_MEMO: dict[str, tuple[str, ...]] = {}


def _tokens(text: str) -> tuple[str, ...]:
    found = _TOKEN_MEMO.get(text)
    if found is None:
        if len(_TOKEN_MEMO) > 4096:
            _TOKEN_MEMO.clear()
        found = _TOKEN_MEMO[text] = tuple(_TOKEN_RE.findall(lowered(text)))
    return found


_NORMED_MEMO: dict[str, tuple[str, ...]] = {}


def normed(text: str) -> list[str]:
    """The normalized tokens of a text (:func:`norm` of each of :func:`tokens`)."""
    found = _NORMED_MEMO.get(text)
    if found is None:
        if len(_NORMED_MEMO) > 4096:
            _NORMED_MEMO.clear()
        found = _NORMED_MEMO[text] = tuple(map(norm, _tokens(text)))
    return list(found)


_NOT_ADVERBS = frozenset(
    "family early daily weekly monthly yearly elderly friendly lonely holy italy "
    "july rally belly jelly bully ally fly reply supply apply only silly ugly".split()
)


def is_adverb(token: str) -> bool:
    """Whether a raw token looks like an "-ly" adverb ("family" does not)."""
    return token.endswith("ly") and token not in _NOT_ADVERBS


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normalized token sequence a phrase is matched as."""
    return tuple(norm(t) for t in tokens(phrase))


# Inside a multi-word phrase, any determiner matches any other ("solve the
# problem", "solving their problem"), and these fillers may be skipped
# ("answers that actually solve the problem", "address the actual question").
DETERMINERS = frozenset("the their his her my your a an its our this".split())
_FILLERS = frozenset(
    "actually really genuinely actual real truly fairly pretty very super".split()
)
# object pronouns a cue verb may take before the rest of its phrase: "warn me about
# risks" is "warn about risks"
_OBJECTS = frozenset("me you us them him her".split())
_SKIPPABLE = _FILLERS | _OBJECTS


# Verbs that open cue phrases ("keep it short"): their -ing and -ed forms match
# too ("keeping it short").
_CUE_VERBS = frozenset(
    "keep get cut skip give flag point warn mention solve answer address spell go "
    "play hand tell trim err push commit act decline deflect dodge sidestep restate "
    "walk stay stick include add offer provide see check talk".split()
)


def verb_variants(phrase: str) -> list[str]:
    """A multi-word cue phrase and its forms with the opening verb inflected."""
    head, _, rest = phrase.partition(" ")
    if not rest or head.lower() not in _CUE_VERBS:
        return [phrase]
    return [f"{form} {rest}" for form in _verb_forms(head.lower())]


_ARTICLE_SPOTS = frozenset("about of out over on with for".split())


def determiner_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The key and its forms with each inner determiner replaced by the others.

    A cue verb's object may take one where the phrase has none ("mention risks"
    matches "mention the risks", "warn about their risks").
    """
    keys = [key]
    if (
        len(key) >= 2
        and DETERMINERS.isdisjoint(key)
        and (len(key) == 2 or key[-2] in _ARTICLE_SPOTS)
        and key[0] in _CUE_VERB_FORMS
    ):
        keys.append((*key[:-1], "the", key[-1]))
    out = set()
    for k in keys:
        forms = {k}
        for i, t in enumerate(k):
            if t in DETERMINERS and i > 0:
                forms |= {
                    (*f[:i], other, *f[i + 1 :]) for f in forms for other in DETERMINERS
                }
        out |= forms
    return sorted(out)


def has_fillers(toks: list[str]) -> bool:
    """Whether :func:`match_at` may need to skip fillers in these tokens."""
    return not _SKIPPABLE.isdisjoint(toks)


def match_at(
    toks: list[str], i: int, key: tuple[str, ...], fillers: bool = True
) -> int:
    """End index of ``key`` matched at ``toks[i]``, skipping fillers; 0 if none.

    An object pronoun right after the first word is skipped too ("warn me about
    risks" matches "warn about risks").

    ``fillers=False`` promises that the tokens hold none (a fast path).
    """
    m = len(key)
    if tuple(toks[i : i + m]) == key:
        return i + m
    if m < 2 or not fillers:
        return 0
    j = i + 1
    if j < len(toks) and toks[j] in _OBJECTS and key[1] != toks[j]:
        j += 1
    for t in key[1:]:
        while j < len(toks) and toks[j] != t and toks[j] in _FILLERS:
            j += 1
        if j >= len(toks) or toks[j] != t:
            return 0
        j += 1
    return j


# -------------------------------------------------------------------------- clauses

_BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u00b7\u25aa>]+|\d{1,2}[.)])\s*")


def is_list_item(line: str) -> bool:
    """Whether a line starts with a bullet, a number or a ``>``."""
    return bool(_BULLET_RE.match(line))


_SENTENCE_RE = re.compile(
    # (each alternative opens with a character, not a look-behind, so that the
    # regex engine turns most positions down at once: twice as fast)
    r"\s(?:"
    r"(?<=[.!?]\s)\s*"  # after a stop
    r"|\s*\|\s*|\s*/\s+"  # "a | b", "a / b"
    # sentences set apart by a wide gap, no stop: "... non-negotiable  Pt reports"
    r"|(?<=\w[ \t])[ \t]+(?=[A-Z\"\u201c])"
    # "length + playful please": a "+" between items, not in "the emoji + jokes"
    r"|\s*\+\s+(?=[^\s.!?,;]+[ \t]+[^\s.!?,;])"
    r")"
    # a closing quote ends a sentence unless it goes on in lower case ('asks "can
    # you expand on that?" after brief replies')
    r"|['\"\u2019\u201d](?<=[.!?].)\s+(?![a-z])"
    r"|;\s*|\|\s*|(?<=[.!?])$"
)
# "anything but jokes" is one aversion, not a contrast: no split after these words
_CONTRAST_RE = re.compile(
    r"(?<!anything)(?<!everything)(?<!anything )(?<!everything )\s*\b"
    r"(?=(?:but|whereas|although|though|however|yet|except|while)\b)",
    re.I,
)
_PAREN_RE = re.compile(r"\s*[()\[\]]\s*")
_QUOTE_AFTER_COLON = re.compile(r":\s*(?=[\"\u201c])")
_COMMA_RE = re.compile(r"\s*,\s*")
# no split in "for or against", "whether or not", "now and then"
_AND_RE = re.compile(
    r"(?<!\bfor)(?<!\bwhether)(?<!\bnow)\s+(?=(?:and|or|plus)\s)", re.I
)
_MARKUP_RE = re.compile(r"[*_#`]+")
_COORDINATED_RE = re.compile(r"(?i)(?:and|or|nor)\s")
_HYPOTHESIS_RE = re.compile(
    r"(?i)(?:at first|initially (?:it|this) (?:looked|seemed)|i (?:first |initially )?"
    r"expected|i was going to (?:call|say|read)|my first (?:guess|read|impression)|"
    r"i (?:almost|first) read)\b"
)
_MARKUP_CHARS = frozenset("*_#`")
# cheap tests that a split pattern has something to split at (supersets of it)
_HAS_PAREN = re.compile(r"[()\[\]]")
# (in the lowered text: with re.I the regex engine cannot scan for the first
# letters, and the search is four times slower)
_HAS_CONTRAST = re.compile(r"but|whereas|though|however|yet|except|while")
_HAS_DASH = re.compile(r"[-\u2013\u2014]")
_HAS_COMMA = re.compile(",")
_HAS_AND = re.compile(r"\s(?:and|or|plus)\s", re.I)


def _split_if(
    pattern: re.Pattern[str],
    text: str,
    guard: re.Pattern[str],
    *,
    lowered: bool = False,
) -> list[str]:
    """``pattern.split(text)``, or the text whole when ``guard`` finds nothing.

    The guard matches wherever the pattern could split; most clauses hold no such
    place, and the guard's search is cheaper than the split. A ``lowered`` guard is
    searched in the text in lower case, and not at all in a text with letters
    beyond ASCII (whose lower case re.I does not always match: see _ODD_FOLDS).
    """
    if lowered:
        found = not text.isascii() or guard.search(text.lower())
    else:
        found = guard.search(text)
    return pattern.split(text) if found else [text]


# who picks, how often: "you'll usually pick", "they'd"
_PICKER = (
    r"(?:you|they|she|he|the user)(?:'ll| will| would|'d)? (?:usually |always |"
    r"generally |typically |mostly )?"
)
# what was picked: its first word, and the rest of the clause
_PICKED = r"(?:the |a |an )?([\w-]+)[^,.;\n]*"
_BETWEEN_PICK_RE = (
    r"\bbetween (?:an? |the )?([^,;.]{2,40}?) and (?:an? |the )?([^,;.]{2,40}?), "
    + _PICKER
    + r"(?:pick|choose|go for|go with|go|take|prefer|lean|lean toward|lean towards|"
    r"rather (?:i|we) be|rather have)s? " + _PICKED
)
_CONFLICT_PICK_RE = (
    r"\bwhen ([\w -]{2,30}?) and ([\w -]{2,30}?) (?:conflict|clash|compete), "
    + _PICKER
    + r"(?:pick|choose|go with|go for|take|prefer|favou?r)s? "
    + _PICKED
)


def _between_pick(m: re.Match[str]) -> str:
    first, second, picked = m[1], m[2], m[3].lower()
    if picked in second.lower().split():
        return f"prefers {second} over {first}"
    if picked in first.lower().split():
        return f"prefers {first} over {second}"
    return m[0]


# Idioms rewritten to a phrase the modifier lists know, before tokenizing:
# (needles, pattern, replacement); a pattern runs only when one of its needles
# (lower case, one of which every match holds) is in the text, since most summaries
# hold none of them.
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_COUNT = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"


def _tally(match: re.Match[str]) -> str:
    """'shorter wins 7, longer wins 2' as the preference it counts."""
    a, n, b, m = match.group(1, 2, 3, 4)
    n_a = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
    n_b = int(m) if m.isdigit() else _NUMBER_WORDS[m.lower()]
    if n_a == n_b:
        return f"no preference between {a} and {b}"
    won, lost = (a, b) if n_a > n_b else (b, a)
    return f"picked {won} answers, rejected {lost} answers"


def _minority_pick(match: re.Match[str]) -> str:
    """'chose X only 1/8' as a rejection of X.

    A third of the picks or fewer; anything more (a majority, or "7 of 16,
    close to chance") stays as written.
    """
    picked, k, n = match.group(1, 2, 3)
    k_n = [int(c) if c.isdigit() else _NUMBER_WORDS[c.lower()] for c in (k, n)]
    if 3 * k_n[0] > k_n[1]:
        return match.group(0)
    return f"rejected{picked}"


# the ending of "strip" or "leave" as the ending of "remove" or "omit"
_VERB_ENDINGS = {"s": "s", "ped": "d", "ping": "ing", "ing": "ing"}


# the words that give up a spoken false start ("sh-- no, wait, ...")
_GIVEN_UP = (
    r"(?:(?:no|wait|sorry|ugh|actually|okay|um|uh|hang on|hold on|i mean|scratch "
    r"that|let me redo that|let me start over|that's backwards|that's wrong|"
    r"the opposite)\b[,.]?[ \t]*)+"
)
# an idiom's opening word boundary and look-behinds (see _prefilter)
_LEADING_ASSERTIONS = re.compile(
    r"^(?:\\b|\(\?<[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))+"
)
_CAPITAL = re.compile(r"(?<!\\)[A-Z]")
# the only characters that re.I matches to an ASCII letter other than their lower
# case, or whose lower case is two characters or no longer a word character:
# dotted capital I, dotless i and long s (found by trying every code point)
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")


def _atom_end(pattern: str) -> int:
    """Where the element that opens ``pattern`` ends, with its quantifier if any.

    A group, a set, an escape or a character.
    """
    if pattern[0] == "(":
        return _group_end(pattern)
    if pattern[0] == "[":
        end = _set_end(pattern, 0)
    else:
        end = 2 if pattern[0] == "\\" else 1
    quantifier = _QUANTIFIER.match(pattern, end)
    return quantifier.end() if quantifier else end


def _set_end(pattern: str, i: int) -> int:
    """Where the set opening at ``pattern[i]`` ends ("[^]a]" holds "]" and "a")."""
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1  # (a "]" first in a set is the character)
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` ends, with its quantifier if any."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":  # (a set: its brackets and parentheses are characters)
            i = _set_end(pattern, i) - 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                quantifier = _QUANTIFIER.match(pattern, i + 1)
                return quantifier.end() if quantifier else i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})?\??")
# opening groups that a prefilter leaves out (with those that need not match): a
# word or a line start would have the regex engine try every position
_LOOSE_OPENINGS = ("([a-z]", "(?:^|", "((?:^|")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _prefilter(pattern: str) -> re.Pattern[str] | None:
    r"""A cheap test, in the lowered text, that an idiom's pattern may match.

    The pattern without its opening word boundary and look-behinds, and without
    opening elements that need not match or groups that match a word or a line
    start (unless a backreference needs them), case-sensitive: it finds a
    superset of the idiom's matches (any tail of a pattern matches where the
    pattern does), and it opens with a literal or a set the regex engine scans
    for quickly, which ``\b``, such openings and ``re.I`` all prevent. On the
    routing benchmark's texts, 8 idioms per text pass their needle test, 0.8 pass
    this one and 0.6 match. None for a pattern with capitals or flags of its own,
    and of no use on a text with one of the three letters whose case does not
    fold as the lowered text's does (:data:`_ODD_FOLDS`).
    """
    if pattern.startswith("(?") and pattern[2] not in ":<=!":
        return None  # ("(?im)...")
    core = _LEADING_ASSERTIONS.sub("", pattern)
    if _CAPITAL.search(core.replace("\\\\", "").replace("(?P", "(?")):
        return None  # ("[A-Za-z]" would miss the lowered text)
    while core and not core.startswith(("(?=", "(?!")):
        end = _atom_end(core)
        loose = core[:end].endswith(("?", "*")) or core.startswith(_LOOSE_OPENINGS)
        if not loose or not core[end:] or _BACKREFERENCE.search(core):
            break
        core = _LEADING_ASSERTIONS.sub("", core[end:])
    return re.compile(core)


# Texting spellings, read as the words they stand for ("u want it short?", "idc",
# "kinda", "def yes"); single letters only in lower case between spaces
_SLANG = {
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "idc": "i don't care",
    "dont care": "don't care",
    "kinda": "kind of",
    "sorta": "sort of",
    "lil": "little",
    "def": "definitely",
    "prob": "probably",
    "w/": "with",
    "w/o": "without",
    "abt": "about",
    "thru": "through",
    "tho": "though",
    "wanna": "want to",
    "recs": "recommendations",
    "pref": "preference",
    "ya": "yeah",
    "yea": "yeah",
    "srsly": "seriously",
    "smth": "something",
    "sth": "something",
}
_SLANG_RE = (
    r"(?<![\w/.'-])(?:u|ur|pls|plz|idc|dont care|kinda|sorta|lil|def|prob|w/o|w/|"
    r"abt|thru|tho|wanna|recs|pref|ya|yea|srsly|smth|sth)(?![\w/'-]|\.\w)"
)


def _unslang(match: re.Match[str]) -> str:
    word = match.group(0)
    return _SLANG.get(word.lower(), word) if word != "U" else word


# where the option given up ends in a trade-off ("..., by a wide margin", "... every
# time"; not at the comma of "a concrete, usable fix")
_TRADE_END = (
    r"(?=(?: (?:more often|most of the time|in (?:most|every|all|each|\d)|by a|"
    r"every time|without hesitation|fairly|though|clearly|for (?:them|me|him|her)|"
    r"because|since|when|while|but)\b)|,(?= (?:and|but|though|while|which|so|yet|"
    r"by a|every time|without|in (?:most|every)|fairly)\b)|[;.:!?\n]|$)"
)


_ARTICLE_RE = re.compile(r"(?i)^(?:an?|the)\s+")


def _picked_option(match: re.Match[str]) -> str:
    """A would-you-rather question and its answer, as the pick (see its idiom)."""
    indent, first, second, answer = match.groups()
    answer = _ARTICLE_RE.sub("", answer)
    for option in (first, second):
        named = _ARTICLE_RE.sub("", option).lower()
        if answer.lower().startswith(named):
            return f"{indent}picks {option}{answer[len(named) :]}"
    return match.group(0)


def _rank_words(match: re.Match[str]) -> str:
    """What a rank among other users says of this one: see its idiom."""
    if match["n"]:
        rank = int(match["n"])
    else:
        share = (
            int(match["k"]) if match["k"] else 10 if match["part"] == "decile" else 25
        )
        rank = 100 - share if match["end"].lower() == "top" else share
    if rank >= 95:
        return "overwhelming"
    if rank >= 75:
        return "strong"
    if rank >= 40:
        return "mild"
    return "indifferent to" if rank >= 15 else "no"


_IDIOMS = tuple(
    (
        (needle,) if isinstance(needle, str) else needle,
        re.compile(pattern, re.I),
        _prefilter(pattern),
        repl,
    )
    for needle, pattern, repl in (
        ("tl;dr", r"tl;dr", "tldr"),
        (
            (
                # (the signs of a texting style; the pattern reads all its words)
                *(f"{c}u " for c in " \n>:"),
                " u?",
                " u,",
                " ur ",
                *"pls plz idc kinda sorta lil w/ tbh lol abt dont recs".split(),
                "def ",
            ),
            _SLANG_RE,
            _unslang,
        ),
        # a double negative for emphasis: "I don't want no jokes" wants none,
        # "answers that don't solve nothing" solve nothing
        (
            (" no ", " nothing"),
            r"\b(?:do ?n'?t|does ?n'?t|do not|does not|never) (?!mind\b|care\b)"
            r"([a-z]+) (no|nothing)\b",
            r"\1 \2",
        ),
        # "she'd rather get too many warnings than miss one": plenty of them
        (
            "too many",
            r"\btoo many ([\w-]+) than (?:miss|skip)(?:ing)? "
            r"(?:one|any|a single one)\b",
            r"plenty of \1",
        ),
        # "When you jump to a practical solution, it disturbs me": the complaint
        # is about the condition (read as "it disturbs me when ...")
        (
            ("disturbs me", "annoys me", "bothers me", "irritates me", "frustrates me"),
            r"\b(when(?:ever)?|if) ([^,;.:!?\n]{3,80}), (it|this|that) ((?:really |"
            r"always |just )?(?:disturbs|annoys|bothers|irritates|frustrates|bores) "
            r"me)\b",
            r"\3 \4 \1 \2",
        ),
        # "ten warnings too many than one too few": plenty of them
        (
            "too many than",
            r"\b(?:\w+ )?([\w-]+) too many than (?:one|a single one) too few\b",
            r"plenty of \1",
        ),
        # "be funny or be gone": must be funny
        ("or be gone", r"\bbe ([\w-]+) or be gone\b", r"must be \1"),
        # "preferring them to short alternatives": the second one loses
        (
            "prefer",
            r"\b(prefers?|preferred|preferring) (them|it|these|those|this|that) to"
            r"(?= (?:[\w-]+ ){0,2}(?:ones?|alternatives?|answers?|replies|"
            r"responses?|versions?)\b)",
            r"\1 \2 over",
        ),
        # "Nothing on this sheet matters as much as responsible advice": above all
        (
            "nothing",
            r"\bnothing(?: (?:else|here|on this sheet|in this profile))? matters as "
            r"much as\b",
            "above all,",
        ),
        # "the bottom line plus all the reasoning behind it": more than the gist
        (
            "bottom line ",
            r"\b(?:the )?bottom line (?:plus|as well as|along with|and also) ",
            "more than the bottom line, ",
        ),
        # a tally of wins: "Tally on length: shorter wins 7, longer wins 2"
        (
            " wins ",
            # (the label goes too: "Tally on safety:" names what is counted)
            r"(?:\btally on [^:\n]{1,40}:[ \t]*)?"
            r"\b((?:more |less )?[a-z][\w-]*) wins " + _COUNT + r"(?: times?)?,?\s+"
            r"((?:more |less )?[a-z][\w-]*) wins " + _COUNT + r"\b(?: times?)?",
            _tally,
        ),
        # a small minority of picks: "chose the playful version only 1/8"
        (
            ("chose", "picked", "preferred", "selected", "favored", "favoured"),
            r"\b(?:chose|picked|preferred|selected|favou?red)\b([^.;:!?\n(]*?),?\s*"
            r"\(?\b(?:in |on )?(?:only |just )?"
            + _COUNT
            + r"\s*(?:/|of|out of)\s*"
            + _COUNT
            + r"\b(?: (?:pairs|times|trials|rounds|comparisons|sessions))?\)?",
            _minority_pick,
        ),
        # "haha. very funny." as a sentence of its own is sarcasm: not funny
        # (not "haha very funny!", nor "a very funny answer")
        (
            "very funny.",
            r"(?:\bha(?:ha)+[.,]\s*)?(?:(?<=^)|(?<=[.!?]\s)|(?<=[\"\u201c>]))"
            r"\s*very funny\.(?!\w)|\bha(?:ha)+[.,]\s*very funny\.(?!\w)",
            "not funny.",
        ),
        # signal notation: "length ↓", "humor → negative", "jokes ↑"
        ("\u2193", r"(?:\s*\u2193)+", " down"),
        ("\u2191", r"(?:\s*\u2191)+", " up"),
        # "seriousness: −−", "detail level: -", "humor: ++"
        (
            ("-", "\u2212", "\u2013"),
            r":[ \t]*[\u2212\u2013-]{1,2}(?=[ \t(\n]|$)",
            ": negative",
        ),
        ("+", r":[ \t]*\+{1,2}(?=[ \t(\n]|$)", ": positive"),
        # a label's value: "Humor tolerance: low", "**Actionability:** 1/5"
        (
            ("low", "minimal", "/"),
            r":(?:\*\*|__)?[ \t]*(?:(?:very |quite )?low|minimal|"
            r"[0-2](?:\.\d)?[ \t]*/[ \t]*5|"
            r"[0-3](?:\.\d)?[ \t]*/[ \t]*10)(?=[ \t]*(?:[(,;.\n]|$))",
            ": negative",
        ),
        (
            "/",
            r":(?:\*\*|__)?[ \t]*(?:[4-5](?:\.\d)?[ \t]*/[ \t]*5|"
            r"(?:[7-9](?:\.\d)?|10)[ \t]*/"
            r"[ \t]*10)(?=[ \t]*(?:[(,;.\n]|$))",
            ": positive",
        ),
        # an arrow opening a line joins its note to the message above as a
        # clause of its own: "> stop babying me, i'm not clumsy" / "-> dislikes
        # warnings" (the message's "not" is not the note's)
        (("\u2192", "->"), r"[ \t]*\n[ \t]*(?:\u2192|->)[ \t]*", ", "),
        # an arrow after a quoted message ends it: the note after the arrow is a
        # statement of its own ('"the printer joke was not needed" => unprompted')
        (("\u2192", "->", "=>"), r"([\"\u201d])[ \t]*(?:\u2192|->|=>)[ \t]*", r"\1; "),
        ("\u2192", r"\s*\u2192\s*", ": "),
        ("->", r"\s*->\s*", ": "),
        # "answers under ~100 words" are brief, "over 500 words" lengthy
        (
            ("words", "lines", "sentences", "characters"),
            r"\b(?:under|below|fewer than|less than|at most|max(?:imum)?|no more than)"
            r"\s*(?:~|about|around|roughly)?\s*\d+\s*(?:words|lines|sentences|"
            r"characters)\b",
            "brief",
        ),
        (
            " words",
            r"\b(?:over|more than|at least|upwards of)\s*~?\s*\d{3,}\s*words\b",
            "lengthy",
        ),
        (("v.", "vs."), r"\bvs?\.\s", "vs "),  # "playful vs. serious" is one clause
        ("~", r"~\s*0(?![.\d])", "neutral"),  # "safety caveats: ~0"
        # "joke-free replies" are replies with no jokes
        ("-free", r"\b([a-z]+)-free\b", r"no-\1"),
        # ratings: "rated 2/5 or lower", "rated 4/5 or higher"
        (
            "rated",
            r"\brated [0-2](?:\.\d)?\s*/\s*5(?: or (?:lower|below|less))?",
            "disliked",
        ),
        (
            "rated",
            r"\brated (?:[4-5](?:\.\d)?)\s*/\s*5(?: or (?:higher|above|more))?",
            "liked",
        ),
        (
            "nothing",
            r"\bnothing(?: else)? (?:matters|counts|ranks|is|comes) (?:more|higher|"
            r"first|above)(?: important)?(?: to (?:\w+ ){0,2}?\w+)? (?:than|it)\b",
            "above all",
        ),
        (
            "than",
            r"\bmore(?: to (?:\w+ ){0,2}?\w+)? than (?:about )?(?:anything|everything)"
            r"(?: else)?\b",
            "above all",
        ),
        (
            "than",
            r"\bmore than any other (?:quality|trait|thing|factor|aspect)\b",
            "above all",
        ),
        # "#1 complaint": the worst of them, not a priority
        (
            ("#1", "no1", "no 1", "no.1", "no. 1"),
            r"(?:#|\bno\.? ?)1 (?=complaint|gripe|pet peeve)",
            "number-one ",
        ),
        (("#1", "no1", "no 1", "no.1", "no. 1"), r"(?:#|\bno\.? ?)1\b", "top priority"),
        ("always", r"\bfirst,? last,? and always\b", "above all"),
        # "if forced to pick one thing: make it actionable"
        (
            "forced",
            r"\bif (?:i was |i were |he was |she was |they were )?forced to "
            r"(?:pick|choose) (?:one thing|one|just one)\b",
            "above all",
        ),
        # "prefers musing to concrete fixes": "to" compares, as "over" does (not
        # "prefers answers to be short")
        (
            "prefer",
            r"\b(prefers?|preferred|preferring)\b((?:\s+(?!(?:that|which|who|it|them|"
            r"him|her|me|you|us)\b)[\w'-]+,?){1,4}?)\s+to\s+"
            r"(?!(?:be|get|have|keep|see|read|hear|go|make|use|skip|stay|avoid|"
            r"include|start|end|know|receive|think|talk|learn|the point|play|give|"
            r"tell|flag|add|warn|explain|answer|err|mention|offer|provide|ask|"
            r"check|spell|walk|cut|trim|lead|open|stick|leave|treat|just)\b)",
            r"\1\2 over ",
        ),
        # "Max length: none": no limit
        (
            "length",
            r"\bmax(?:imum)?\.? (?:length|word count)(?:\*\*|__)?:(?:\*\*|__)?\s*"
            r"(?:none|no limit|unlimited)\b",
            "length: any",
        ),
        # "jokes are neither wanted nor a problem": indifference
        (
            "neither",
            r"\bneither (?:wanted|welcome|liked|requested) nor (?:a problem|an issue|"
            r"unwanted|disliked|penalized|penalised)\b",
            "either way",
        ),
        # "the witty reply never seemed to be penalized": fine with it
        (
            "penali",
            r"\bnever (?:seemed to be |seems to be |was |got |gets )?"
            r"(?:penalized|penalised|punished)\b",
            "is fine",
        ),
        # "the answer that skipped the warnings lost slightly more often than it won"
        (
            "more often than",
            r"\blost (?:slightly |a bit |somewhat |a little )?more often than "
            r"(?:it )?won\b",
            "was slightly disliked",
        ),
        (
            "more often than",
            r"\bwon (?:slightly |a bit |somewhat |a little )?more often than "
            r"(?:it )?lost\b",
            "was slightly liked",
        ),
        # "it was the fix, not verbosity, that mattered": verbosity did not
        (
            "that matter",
            r"\bnot ([a-z][\w -]{0,30}?), that (?:mattered|matters)\b",
            r". \1 doesn't matter",
        ),
        # discourse labels: "In short, ...", "Bottom line: ...", "Takeaway: ..."
        # and "Caveat: small sample" are no cues
        (
            (
                "in short",
                "caveat",
                "bottom line",
                "takeaway",
                "certain",
                "sure",
                "confident",
            ),
            r"((?:^|\n)[ \t]*(?:[-*\u2022][ \t]*|\d+[.)][ \t]*)?|[.!?>:]\s*)"
            r"(?:in short\s*[:,]|caveat\s*:|bottom line\s*:|"
            r"(?:(?:the )?(?:key|main|big) )?takeaways?\s*:|"
            r"(?:less|more|least|most|not) "
            r"(?:certain|sure|confident)(?: yet)?\s*:)",
            r"\1",
        ),
        # "re-asks, more sharply, whenever a reply is vague"
        (
            "asks",
            r"\bre-?asks?\b(?:,[^,.;]{1,30},)?\s+(?:whenever|when|if)\b",
            "re-asks when",
        ),
        # "Preferred answer length: moderate": mildly brief
        (
            "length",
            r"\blength(?:\*\*|__)?:(?:\*\*|__)?\s*(?:moderate|medium)\b",
            "length: somewhat brief",
        ),
        # phrasal verbs split by their object: "strip the warnings out", "leave the
        # jokes out"
        (
            ("strip", "leave"),
            r"\b(strip|leave)(s|ped|ping|ing)? ((?:the |all |any )?[a-z][\w -]{0,30}?) "
            r"out\b",
            lambda m: (
                ("remove" if m[1].lower() == "strip" else "omit")
                + _VERB_ENDINGS.get((m[2] or "").lower(), "")
                + f" {m[3]}"
            ),
        ),
        # "minimal disclaimers" are fewer of them ("minimal answers" stay brief)
        (
            "minimal",
            r"\bminimal(?= (?!(?:answers|responses|replies|explanations|outputs|"
            r"messages|words|sentences|summaries|examples|instructions|suggestions|"
            r"comments|remarks)\b)[a-z-]+s\b)",
            "fewer",
        ),
        # the verb "strip" ("strip routine disclaimers"), not a comic strip
        (
            "strip",
            r"(?<!\bcomic )\bstrip(s|ped|ping)?\b(?! (?:of|out)\b)",
            lambda m: "remove" + _VERB_ENDINGS.get((m[1] or "").lower(), ""),
        ),
        # a priority between two liked things ("humor ranks above caution for you",
        # "caution matters more to you than a laugh"): the second is liked less,
        # not rejected, so only the first is read
        (
            ("above", "ahead of", "before"),
            r"\b(ranks?|ranked|comes?|came) (?:above|ahead of|before) [^,.;:\n]+?"
            r"(?=\s+for (?:you|them|her|him|the user)\b|[,.;:\n]|$)",
            r"\1 high",
        ),
        (
            "more",
            r"\b((?:matters?|mattered) more(?: to (?:you|them|her|him|the user))?|"
            r"more important(?: to (?:you|them|her|him|the user))?) than "
            r"(?!(?:anything|everything)\b)[^,.;:\n]+",
            r"\1",
        ),
        # "wants the caveats spelled out": wants them, not a long answer
        ("spelled out", r"\b([a-z]+s) spelled out\b", r"\1 please"),
        # "if you fix one thing, make it stop rambling": above all; "I fix up
        # old bikes" is a hobby
        (
            "fix",
            r"\bif (?:you|they|i) (?:could )?fix (?:just )?one thing\b",
            "above all",
        ),
        ("fix up", r"\bfix(es|ed|ing)? up\b", r"restore\1"),
        # "the worst thing I can do, in your book, is be dry": what they hate
        (
            "worst thing",
            r"\bthe worst thing (?:i|you|we|it) (?:can|could) do(?:,[^,\n]{1,30},)?"
            r"(?:,? above everything else,?)? is\b",
            "you hate",
        ),
        # "I'd rather have too much detail than too little": plenty of it
        (
            "too little",
            r"\btoo much ([\w -]{1,30}?) than too little\b",
            r"plenty of \1",
        ),
        # "dry or chatty, whatever": either way ("puns, jokes, whatever" is a list)
        (
            "whatever",
            r"\b([a-z][\w-]*) or (?!not\b|no\b)([a-z][\w-]*),? whatever\b",
            r"\1 or \2 either way",
        ),
        ("whatever", r"\b([a-z][\w-]*), ([a-z][\w-]*),? whatever\b", r"\1, \2"),
        # "Humor - They are indifferent to humor": a label, as with a colon
        (
            (" - ", " \u2013 ", " \u2014 "),
            r"(?m)^([ \t]*(?:[-*][ \t]+)?[A-Z][\w/]*(?: [\w/]+){0,2}) [-\u2013\u2014] "
            r"(?=[A-Z])",
            r"\1: ",
        ),
        # "1. Playfulness -- Nothing outranks a good laugh": a ranked item's
        # label names what its statement says again
        (
            ("--", " \u2014 ", " \u2013 "),
            r"(?m)^([ \t]*)\d{1,2}[.)][ \t]+[A-Z][\w/]*(?: [\w/]+){0,2}"
            r"(?: \([\w ]{1,12}\))?[ \t]+(?:--|\u2014|\u2013)[ \t]+(?=[A-Z])",
            r"\1",
        ),
        # "nothing outranks a good laugh": above all
        (
            (
                "nothing outranks",
                "nothing beats",
                "nothing tops",
                "nothing comes before",
            ),
            r"\bnothing (?:outranks|beats|tops|comes before)\b",
            "above all,",
        ),
        # "they picked the funny option mainly when little else was at stake":
        # mildly
        (
            "at stake",
            r"\b(?:mainly |mostly |only )?when (?:little|nothing) else "
            r"(?:is|was|were) at stake\b",
            "mildly",
        ),
        # two liked options the user weighs alike ("they weigh humor and brevity
        # about the same", "between A and B there is no clear winner") say nothing
        # of how much each is wanted (not "it's about the same to me")
        (
            ("about the same", "no clear winner", "separate", "roughly level"),
            r"[^.;:\n]*\b(?:weighs? [^.;:\n]{1,80}? about the same(?! (?:to|for) )|"
            r"there is no clear winner|(?:could not|couldn't|can't|cannot) separate|"
            r"come out roughly level)\b[^.;\n]*",
            "",
        ),
        # "Would you rather get a witty answer or a dry one? / A dry one, firmly":
        # the answer that names an option picks it
        (
            "would you rather",
            r"(?im)^([ \t]*)would you rather (?:have|get|receive|be given|see|read|"
            r"take) ([^?\n]{2,80}?) or ([^?\n]{2,80}?)\?[ \t]*\n[ \t]*([^\n]+)",
            _picked_option,
        ),
        # a table cell that names two options ("joke vs. brevity | brevity |
        # decisive") asks, the next cell answers
        (
            (" vs", "versus"),
            r"(?m)(?:^|(?<=\|))[ \t]*(?:[-*][ \t]+)?(?:[\w'/-]+ ){0,3}[\w'/-]+ "
            r"(?:vs\.?|versus) (?:[\w'/-]+ ){0,3}[\w'/-]+[ \t]*\|",
            "",
        ),
        # a trade-off between two kinds of answer says the one kept is wanted and
        # nothing of how much the other is (it may be wanted too, a little less):
        # "when a joke and a warning conflicted, a joke won", "willing to
        # sacrifice brevity for a joke", "a joke beats a warning", "picks jokes
        # over warnings", "forced to choose between a warning and a joke, they
        # take a joke", "trading brevity away to keep a joke", "ranks humor above
        # caution"; "would rather have a joke than a warning" keeps its "rather
        # than" (within one trait the other pole is often all that is named)
        (
            ("conflicted", "clashed", "competed", "at odds", "different directions"),
            r"\bwhen(?:ever)? [^,;.:!?\n]{1,80}? (?:conflicted|clashed|competed|"
            r"were at odds|pull(?:ed)? in different directions),\s*",
            "",
        ),
        (
            ("sacrifice", "give up", "trade", "let go of"),
            r"\b(?:(?:was|were|is|are|seems?|seemed) )?(?:willing|happy|ready|glad|"
            r"quick) to (?:sacrifice|give up|trade(?: away)?|let go of) "
            r"[^;.:!?\n]{1,60}? (?:for|to keep|to get|in exchange for) ",
            "somewhat wants ",
        ),
        (
            "away to keep",
            r"\btrading [^;.:!?\n]{1,60}? away to keep ([^;.:!?\n]{1,60}?) "
            r"(?:was|is)\b",
            r"they somewhat want \1; that was",
        ),
        (
            "beats ",
            r"\bbeats [^;.:!?\n]{1,60}?" + _TRADE_END,
            "won",
        ),
        (
            " over ",
            r"\b((?:picks?|picked|chooses?|chose|takes?|took|favou?rs?|favou?red) "
            # (not "chose the alternatives over X": that says X lost)
            r"(?!(?:the |any )?(?:alternatives?|others?|other ones?|rest)\b|anything\b|"
            r"something\b)[^,;.:!?\n]{1,60}?) over [^;.:!?\n]{1,60}?" + _TRADE_END,
            r"\1",
        ),
        (
            "rather ",
            r"\bwould rather (?:have|get|see|read|receive|take) ([^,;.:!?\n]{1,60}?) "
            r"than (?!not\b|no\b)",
            r"wants \1 rather than ",
        ),
        (
            ("choose between", "pick between", "decide between"),
            r"\b(?:when )?(?:forced|asked|made|having|had) to (?:choose|pick|decide) "
            r"between [^,;.:!?\n]{1,80}?,\s*(they|he|she|the user) (?:take|takes|took|"
            r"go with|goes with|went with|opts? for|opted for|picks?|picked|chooses?|"
            r"chose)\b",
            r"\1 picks",
        ),
        (
            "rank",
            r"\b(rank(?:s|ed)?) ([^,;.:!?\n]{1,60}?) "
            r"(?:above|ahead of) (?!(?:all|everything|anything|every other|all other)"
            r"\b)[^;.:!?\n]{1,60}?" + _TRADE_END,
            r"\1 \2 somewhat highly",
        ),
        (
            ("at the cost of", "at the expense of"),
            r"\b(?:but )?(?:never|not) at the (?:cost|expense) of ([^,;.:!?\n]{1,60})",
            r"but \1 matters more",
        ),
        # "every trade they made protected the funny option": kept it
        (
            "protect",
            r"\bprotect(?:s|ed)? (the (?:[\w-]+ ){0,2}(?:option|one|choice|side|"
            r"answer)s?)\b",
            r"kept \1",
        ),
        # "compared with witty responses, formal ones were less preferred": the
        # second lost to the first
        (
            "compared",
            r"\bcompared (?:with|to) ([^,.;\n]{1,40}), ([^,.;\n]{1,40}?) (?:were|was) "
            r"(?:\w+ )?(?:less preferred|less liked|rated lower|chosen less often)",
            r"\2 lost to \1",
        ),
        # "oh, background: I'm a photographer": a spoken label, not a wish for it
        (
            "background",
            r"\b(oh|um|uh|so|okay|anyway|right),?\s+background\b[:,]?",
            r"\1,",
        ),
        # a spoken false start given up: "I want it ser-- no, the opposite, sorry,
        # what I want is ..." says only what comes after (from the clause's start,
        # else from the broken word)
        (
            "--",
            r"(?im)(?:(?<=[.!?\n,])[ \t]*|^)[^.!?\n,]{0,60}?\w--[ \t]*" + _GIVEN_UP,
            " ",
        ),
        ("--", r"(?i)\b\w+--[ \t]*" + _GIVEN_UP, " "),
        # a message that takes the one before it back ("wait that came out
        # backwards", "*correction, other way around:", "i meant the opposite")
        # becomes the sentence "correction." (see the estimator's _corrected)
        (
            (
                "backwards",
                "flip that",
                "opposite",
                "reverse",
                "scratch that",
                "nvm",
                "mind",
                "correction",
                "ignore that",
                "take that back",
            ),
            r"(?im)^[ \t]*(?:>[ \t]*|[a-z][\w ]{0,15}:[ \t]*)?\*?(?:(?:wait|no|omg|ugh|"
            r"lol|hmm+|eh|oh|ok|okay|actually|typo|autocorrect|sorry|thinking about it "
            r"more)[,.!]*[ \t]+)*(?:that came out backwards|flip that|i meant the "
            r"(?:opposite|reverse)|scratch that|ignore that(?: last one)?|"
            r"take that back|nvm(?: that)?|never ?mind(?: that)?|correction,? (?:the )?"
            r"other way around)(?: lol)?(?=[ \t]*(?:[:,.!;]|$|"
            r"\U0001F926))[ \t]*(?:\U0001F926)?[ \t]*[:,.!;]*[ \t]*",
            "correction. ",  # (the speaker's label goes too)
        ),
        # a setting left as it is: "Humor: default", "Caution: unchanged"
        (
            ("default", "unchanged", "as is"),
            r"(?im):[ \t]*(?:default|unchanged|as is|leave as is)[ \t]*(?=[.;]|$)",
            ": no preference",
        ),
        # "Please don't give me risky advice without the warnings, that really
        # bothers me": the tail restates the prohibition, it does not turn it
        (
            ("bothers me", "annoys me", "bugs me"),
            r"(?i)\b((?:please )?(?:don'?t|never) [^.;\n]{3,80}?),?\s+that (?:really |"
            r"just |totally )?(?:bothers|annoys|bugs) me\b",
            r"\1",
        ),
        # "Won't: safety disclaimers: the user does not want them": the tail
        # restates what the label says, it does not turn it
        (
            tuple(
                f"{verb} {them}"
                for verb in ("want", "like", "need")
                for them in ("them", "it", "these", "those")
            ),
            r"(?im)^([ \t]*(?:[-*\u2022][ \t]*)?(?:won'?t(?: have)?|avoid|don'?t|"
            r"never|not wanted|out of scope)[ \t]*:[^:\n]+?)[ \t]*[:;,-][ \t]*"
            r"[^\s:;,]+(?: [^\s:;,]+){0,2}? (?:does not|doesn'?t|do not|don'?t) "
            r"(?:want|like|need) (?:them|it|these|those)\b\.?",
            r"\1",
        ),
        # "it won't commit": it stays noncommittal ("commit to a recommendation"
        # is a phrase of its own)
        (
            "commit",
            r"\b(?:won'?t|will not|doesn'?t|does not|never|refuses? to|can'?t) "
            r"commits?\b(?! to\b)",
            "stays noncommittal",
        ),
        # a groan beside a "no" agrees with it, it does not turn it: "ugh no
        # humor", "pls no 'here are 5 steps' ugh", "no playful stuff pls its
        # cringe"
        (
            ("ugh", "ew", "meh", "nah"),
            r"\b(?:ugh+|ew+|meh|nah)[,.!]*[ \t]+(?=no\b)",
            "",
        ),
        (
            ("ugh", "cringe"),
            r"((?:^|(?<=[.!?;:,\n])|(?<=[.!?;:,]\s)|(?<=\bpls )|(?<=\bplease ))"
            r"[ \t]*no\b[^.!?;\n]{1,60}?)[,.!]*[ \t]+(?:ugh+|(?:pls |please )?"
            r"(?:it'?s|that'?s|those are|they'?re) (?:so |soo+ |super )?(?:cringe|"
            r"cringey|cringy))\b",
            r"\1",
        ),
        # a comparison with other users is no comparison of two kinds of answer:
        # "a much stronger appetite than most users for edgy answers"
        *(
            (
                f"{word} ",
                # (one idiom per word: a literal opening is found fast)
                rf"[ \t,]*\b{word} (?:(?:do |does )?(?:most|many|other|the "
                r"(?:typical|average|median|rest of the)|an? (?:typical|average|"
                r"median)|anyone in the|almost anyone in the)(?: \w+){0,2}? "
                r"(?:users?|people|customers|accounts|members|population|group|"
                r"cohort|baseline)\b(?: (?:do|does|would|typically|usually)\b)?"
                # "keener than about 85% of users"
                r"|(?:about |roughly |some |around )?\d+ ?% of (?:\w+ )?(?:users|"
                r"people|customers|accounts|members)\b)",
                "",
            )
            for word in ("than", "as")
        ),
        # what other users do is not what this one wants: "Most users mildly
        # appreciate warnings", "Unlike the average user, who is fine with a
        # thorough reply, ..." (the clause about them goes)
        (
            (
                *(f"{q} users" for q in ("most", "other", "many")),
                *(
                    f"{q} {who}"
                    for q in ("average", "typical", "median", "baseline", "usual")
                    for who in ("user", "person", "respondent")
                ),
                "most people",
                "population",
                "everyone else",
            ),
            r"(?:(?:^|(?<=[.;:!?(\n,]))[ \t]*|\b(?:while|whereas|where|unlike|like|"
            r"as with) )"
            r"(?:most(?: other)? (?:users|people)|many (?:other )?users|other users|"
            r"(?:the|an?) (?:average|typical|median|baseline|usual) (?:user|person|"
            r"respondent)|the population|everyone else)(?:,? who\b| (?!(?:on|in|at|"
            r"for|of|average|norm|median|baseline|does|do)\b)(?=[a-z]))[^,;.:!?\n]*",
            "",
        ),
        # "they neither seek concrete fixes nor mind getting them": indifferent
        (
            "nor mind",
            r"\bneither (?:seeks?|looks? for|asks? for|wants?|needs?) "
            r"([^,;.:\n]{1,40}?) nor minds? (?:\w+ing )?(?:them|it|those|one)\b",
            r"indifferent to \1",
        ),
        # "brevity-minded", "safety-minded": keen on it
        (
            "-minded",
            r"\b(?!(?:single|open|like|absent|narrow|broad|simple|high|small|strong|"
            r"fair|civic|feeble|bloody|tough|right|same)-)([a-z]+)-minded\b",
            r"keen on \1",
        ),
        # "Humor: prefers the opposite": of what the label names
        (
            "the opposite",
            r"\b(?:prefers?|preferring|wants?|wanting) the opposite\b(?! of)",
            "dislikes it;",
        ),
        # "well above the population average in wanting X": strongly; "far below
        # the average": hardly
        (
            ("average", "baseline", "median", "norm"),
            r"\b(?:(?P<above>(?:(?:far|well|much|way|significantly) )?above)|"
            r"(?:far|well|much|way|significantly) below) (?:the )?(?:population |"
            r"group |cohort |user )?(?:average|baseline|median|norm)\b"
            r"(?: (?:in|on|for|when it comes to)\b)?",
            lambda m: "strongly" if m["above"] else "hardly",
        ),
        # "Every time it makes a joke, I roll my eyes": a condition, as "whenever"
        # (not the frequency of "it makes me laugh every time"; without the comma
        # the clause is one, and "every time" stresses it)
        (
            ("every time", "each time"),
            r"(?im)(?:^[ \t]*(?:[-*\u2022][ \t]*)?|(?<=[.!?:;,\"\u201c])[ \t]*)"
            r"(?:every|each) time(?= (?:it|you|the|a|an|i|they|he|she|we|my|your|"
            r"answers?|replies|responses?)\b[^.!?;:\n,]*,)",
            " whenever",
        ),
        # "if it's not sure something's safe, say so": doubt, no "not safe"
        (
            "not sure",
            r"(?i)\bnot sure(?= (?:if |whether |that )?(?:something|it|this|that)"
            r"(?:'s| is)\b)",
            "unsure",
        ),
        # "Nothing, NOTHING, matters more to me than a concrete solution"
        (
            "matters more",
            r"(?i)\bnothing,?(?: nothing,?)? matters more(?: to me)? than\b",
            "above all,",
        ),
        # "if you forget everything else, remember: safety first"
        (
            "forget everything",
            r"(?i)\bif you forget everything else,? remember\b:?",
            "above all,",
        ),
        # an eye-roll ends what it rolls its eyes at: "on EVERYTHING 🙄"
        ("\U0001f644", r"[ \t]*\U0001f644", " ugh."),
        # note-taking shorthand: "w/ other tools", "w/o a caveat"
        ("hesitat", r"\b(?:w/o|without) (?:any |a moment'?s )?hesitation\b", "clearly"),
        ("w/", r"\bw/o\b", "without"),
        ("w/", r"\bw/(?=\s)", "with"),
        ("w/", r"\bw/(?=\w)", "with "),
        # a note's to-do is no wish for a recap: "Send recap", "send a recap"
        ("recap", r"\b(send|email|share)(s|ed)? (?:a |the )?recap\b", r"\1\2 notes"),
        # a transcript's stage directions: "[laughs]", "(chuckles)"
        (
            ("laugh", "chuckl", "giggl", "sigh"),
            r"[\[(](?:laughs?|laughter|laughing|chuckles?|chuckling|giggles?|sighs?)"
            r"[\])]",
            "",
        ),
        # "abstract fluff", "safety fluff": unwanted talk of that kind, not padding
        (
            "fluff",
            r"\b(abstract|vague|theoretical|philosophical|high-level|generic|"
            r"hand-wavy|wishy-washy|safety|disclaimer|caveat) fluff\b",
            r"\1 stuff",
        ),
        # "my biggest complaint, by a mile, is that it's so serious": what they hate
        (
            ("complaint", "gripe", "peeve"),
            r"\b(?:my |the |their |her |his )?(?:biggest|main|top|number[- ]one|only|"
            r"one) (?:complaint|gripe|pet peeve)(?:,[^,\n]{1,25},| (?:in|about|from) "
            r"[^,\n]{1,25}?)? is "
            r"(?:that |when )?",
            "above all I hate that ",
        ),
        # "if it's cavalier about risk, nothing else matters": a deal-breaker
        (
            "nothing else matters",
            r"\bif it'?s ([^,.;\n]{1,40}),? nothing else matters\b",
            r"above all I hate it being \1",
        ),
        # "disclaimers show up sometimes", "answers have had jokes": they occur,
        # which says nothing of wanting them
        (
            " up",
            r"\b([a-z][\w-]*) (?:show|shows|showed|pop|pops|popped|turn|turns|turned) "
            r"up\b",
            r"occurrence of \1",
        ),
        (
            ("have had", "has had", "it added"),
            r"\b(?:(?:some |a few |most |the )?(?:answers|replies|responses) "
            r"(?:have|has) had|it added)\b",
            "occurrence of",
        ),
        ("background noise", r"\bbackground noise\b", "noise"),
        # "musing is okay": a mild yes, as "fine" is; "jokes too": also jokes;
        # "just the right length" is no length wanted
        (
            (" okay", " ok"),
            r"\b(is|are|was|were|'s|'re) (?:okay|ok)\b(?![ \t]+(?:for|with|to)\b)",
            r"\1 fine",
        ),
        (
            "too",
            r"(?<!\bway )(?<!\bfar )(?<!\bmuch )\btoo(?=[ \t]*(?:[.,;!?)\n]|$))",
            "also",
        ),
        ("right", r"\b(?:just )?the right (?:length|amount)\b", "about right"),
        # "don't cut corners to keep it short": don't keep it short
        (
            "corners",
            r"\bcut(?:s|ting)? corners to keep (it|things|answers|them)\b",
            r"keep \1",
        ),
        # "Onboarding, step 3 of 4": a form's progress, not steps in an answer
        ("step", r"\bstep \d+ (?:of|/) ?\d+\b", "part"),
        # an answer: "Other way around, actually" is a no
        ("way around", r"\b(?:the )?other way (a)?round\b", "the opposite"),
        # "over-warn", "over-explain": one word, not the comparative "over"
        (("over-", "under-"), r"\b(over|under)-(?!the\b)([a-z])", r"\1\2"),
        # "short answers leave you wanting more": they are too thin
        (
            "wanting more",
            r"\b(to )?leaves? (?:you|me|them|her|him|the user) wanting more\b",
            lambda m: "to be too thin" if m[1] else "are too thin",
        ),
        # "turn my checklist back into a conversation": drop it
        (
            "into a",
            r"\bturn(?:s|ed)? (?:my |the |your |that |this )?([\w -]{1,40}?) (?:back )?"
            r"into (?:a |an )?(?:conversation|discussion|chat)\b",
            r"drop the \1",
        ),
        # "flesh my answers out": expand them
        ("flesh", r"\bflesh(?:es|ed|ing)? ((?:\w+ ){0,3}?)out\b", r"expand \1"),
        # "When speed and depth conflict, you pick depth": prefers it over the other
        (("conflict", "clash", "compete"), _CONFLICT_PICK_RE, _between_pick),
        # "your questions have shifted from musing to 'how do I do this'"
        (
            ("shifted", "moved", "changed", "gone", "went"),
            r"\b(?:have |has )?(?:shifted|moved|changed|gone|went) from "
            r"([^,.;\n]{2,60}?) to ([^,.;\n]{2,60})",
            r"now prefer \2 over \1",
        ),
        # "you come here mostly for usable solutions": what they want
        (
            "come",
            r"\bcomes? (?:here|to me) (?:mostly |mainly |primarily |largely )?"
            r"(for|to)\b",
            lambda m: "want" if m[1].lower() == "for" else "want to",
        ),
        # "felt like a lecture", "sounds like a sermon": a complaint
        (
            "like a",
            r"\b(felt|feels|feel|sounded|sounds|sound) like (?:a |an )?"
            r"(?:lecture|sermon|lecturing)\b",
            r"\1 patronizing",
        ),
        # "the bottom line and not much else": only that
        (
            "not much",
            r",? and not much (?:else|more|after it|beyond that)\b",
            " only",
        ),
        # "haven't shown a preference on length", "X isn't something you've
        # expressed strong feelings about": no preference
        (
            ("shown", "expressed", "voiced", "stated"),
            r"\b(?:haven't|hasn't|have not|has not|never|didn't|did not)(?: really)? "
            r"(?:shown|expressed|voiced|stated) (?:a |any |much of an? |an )?"
            r"(?:strong |clear |particular )?(?:preference|opinion|view|feelings?)s?\b",
            "no preference",
        ),
        (
            ("shown", "expressed", "voiced", "stated"),
            r"\bis(?:n't| not) something (?:you|they|she|he)(?:'ve| have|'s| has)? "
            r"(?:really )?(?:shown|expressed|voiced|stated) (?:any |a |much )?"
            r"(?:strong |clear |particular )?(?:preference|opinion|view|feelings?)s? "
            r"(?:about|on)\b",
            "is no preference",
        ),
        # "Between a how-to and a thought experiment, you'll usually pick the
        # thought experiment": prefers the one picked over the other
        ("between", _BETWEEN_PICK_RE, _between_pick),
        # "let me know and I'll fix it": the profile, not the answers
        (
            ("fix", "update", "adjust", "correct"),
            r"\b(?:and )?i(?:'ll| will) (?:fix|update|adjust|correct) "
            r"(?:it|that|this)\b",
            "",
        ),
        # chat: "keep the puns coming" wants more; "why the lecture??" and "why
        # so vague?" complain (a rhetorical question, not one put to the user)
        (
            "coming",
            r"\bkeep (?:the |those |these |them )?([a-z]+) coming\b",
            r"more \1",
        ),
        (
            "why",
            r"(^|[\u201c\"'>(]\s*)why (?:so|the|all the|all this)\b([^?\n]*)\?+",
            r"\1too much\2.",
        ),
        # "caveats, no caveats, whatever"
        (", no ", r"\b([a-z][\w-]*), no \1\b", r"\1 either way"),
        # "humor or no humor, doesn't matter", "practical or not, I'm easy"
        (
            "or no",
            # not "risky or not family-safe", where "not" negates the next word
            r"\b(?!whether\b)([a-z][\w-]*) or (?:no \1|not \1|not)\b(?!\s*\?)"
            r"(?!\s+(?!is\b|isn't\b|doesn't\b|does\b)[a-z]+-?[a-z]*(?:[\s,.;)]|$))",
            r"\1 either way",
        ),
        (
            ("other than", "apart from"),
            r"\b(anything|everything)(?: else)? (?:other than|apart from)\b",
            r"\1 but",
        ),
        # "short or long, either is fine": indifference between the two
        (
            ("either", "both"),
            r"\b([a-z][\w-]*) or ([a-z][\w-]*),? (?:(?:either|both)(?:'s| is| are|"
            r" one is| way is| way)?|(?:is|are) (?:either|both)) "
            r"(?:fine|ok|okay|good|works|work)\b",
            r"\1 \2 either way",
        ),
        # "no need to go overboard with warnings": warnings in moderation
        (
            "overboard",
            r"\b(?:no need to|don't|do not|doesn't need to|not) go overboard"
            r"(?: with| on)?\b",
            "in moderation",
        ),
        # "nothing annoys them more than long replies": the most annoying
        (
            "nothing",
            r"\bnothing (annoys|irritates|bothers|frustrates|grates on|bugs) "
            r"(?:\w+ ){0,2}?more than\b",
            lambda m: f"most of all {'annoys' if m[1].lower() == 'bugs' else m[1]}",
        ),
        # "used to want serious answers; now likes banter": no longer
        (
            "used to",
            r"\bused to (want|like|prefer|love|enjoy|ask for|need|hate|dislike|avoid|"
            r"skip|skim|ignore|appreciate|tolerate|laugh at|groan at|ask me to|think|"
            r"find)\b",
            r"no longer \1",
        ),
        # "keep replies under a paragraph"
        (
            "paragraph",
            r"\b(?:under|within|at most|no more than) (?:a|one|1) paragraph\b",
            "brief",
        ),
        # "short answers or nothing": only that
        ("nothing", r"\bor nothing\b(?! else)", "above all"),
        # "doesn't care what else changes as long as it stays funny": a condition,
        # not a length ("as long as it takes" is one)
        (
            "as long as",
            r"\bas long as\b(?!\s+(?:it takes|it needs|they need|you need|needed|"
            r"necessary|possible|required))(?=\s+(?:the|it|they|he|she|i|we|you|"
            r"its|their|his|her|my)\b)",
            "; if",
        ),
        # "cut answers down to the essentials" keeps the essentials
        (
            "down",
            r"\b(?:cut|cuts|cutting|trim|trims|trimmed|pare|pares|pared|boil|boils|"
            r"boiled|slim|slims|slimmed)\s+((?:[\w'-]+\s+){0,3}?)(?:way\s+)?down\s+to\b",
            r"keep \1to",
        ),
        # "trim an answer down": trimming
        (
            "down",
            r"\b(trim|trims|trimmed|pare|pares|pared|slim|slims|slimmed)\s+"
            r"((?:[\w'-]+\s+){1,3}?)down\b(?!\s+to\b)",
            r"\1 \2",
        ),
        # "cut the length way down", "tone the jokes down": the verb's object
        (
            "down",
            r"\b(cut|cuts|cutting|tone|tones|toned|dial|dials|dialed|dialled|scale|"
            r"scales|scaled|turn|turns|turned)\s+((?:[\w'-]+\s+){1,3}?)(?:way\s+)?"
            r"down\b(?!\s+to\b)",
            r"\1 down \2",
        ),
        # "Nothing else comes close.": what was just said comes first
        (
            ("close", "second"),
            r"\b(?:nothing(?: else)? (?:comes|come|even comes) close|everything "
            r"else (?:comes|is) (?:second|secondary))\b",
            "this matters above all",
        ),
        # a short quote is one phrase: 'says "sure, go for it" on anything risky'
        (
            ('"', "\u201c"),
            r"([\"\u201c][\w']+(?: [\w']+)?),( [^\"\u201c\u201d,.\n]{1,30}[\"\u201d])",
            r"\1\2",
        ),
        # '"stop babying me, i'm not clumsy" My read: ...': the note is a sentence
        (
            ("read", "reading", "interpretation"),
            r"([\"\u201d])\s+(?=(?:my read|reading|interpretation|read)\s*:)",
            r"\1. ",
        ),
        # "this kind of usable help" is no hedge ("kind of useful")
        (
            "kind of",
            r"\b(this|that|what|the|a|any|which|every) (kind|sort) of\b",
            r"\1 type of",
        ),
        # "can take or leave the jokes": indifference (not a new clause at "or")
        ("take or leave", r"\b(?:can )?take or leave\b", "is indifferent to"),
        # "neither asks for caveats nor objects to them": indifference
        (
            "neither",
            r"\bneither (?:asks|asked|ask) for (.+?) nor (?:objects|objected|object) "
            r"to (?:it|them|that|those)\b",
            r"is indifferent to \1",
        ),
        # "No change on this point: X" is no negation of X
        ("no change", r"\bno change(?: on this point| here)?\s*:", "Unchanged:"),
        # "will forgive almost any flaw except X": X is the worst
        (
            "except",
            r"\b(?:will |would )?(?:forgive|overlook|accept|tolerate) (?:almost )?"
            r"(?:any|every|anything)(?: other)?(?: (?:flaw|shortcoming|fault|thing)s?)?"
            r"(?: in a reply)? (?:except|but)\b",
            "hates most",
        ),
        # "finds nothing worse than X": X is the worst
        ("worse", r"\bnothing (?:is )?worse than\b", "the worst thing is"),
        # a label with an alias, "Caution / safety: ...", "**Wit / levity:**", a
        # table's "| Wit / levity |", is one label
        (
            " / ",
            r"(?m)^([ \t]*(?:[-*\u2022][ \t]*)?(?:\*\*|__|\|[ \t]*)?[A-Za-z]"
            r"[\w -]{0,30}?) / [A-Za-z][\w -]{0,30}?(?=(?:\*\*|__)?:|[ \t]*\|)",
            r"\1",
        ),
        # a table row's first cell labels the rest of the row: "| Humor | well
        # above average |" reads "Humor: well above average"
        (
            "|",
            r"(?m)^[ \t]*\|[ \t]*([^|\n]{1,40}?)[ \t]*\|[ \t]*(?=[^|\s-])",
            r"\1: ",
        ),
        # a rank among other users: "sits at the 4th percentile for wanting
        # caution" (most users like each trait a little: the median is a mild
        # liking, a low rank indifference, the bottom a dislike), "top 1% for
        # aversion to long replies", "bottom decile for tolerance of jokes"
        (
            (
                "percentile",
                "pct",
                "bottom",
                "top decile",
                "top quartile",
                *(f"top {d}" for d in "123456789"),
            ),
            r"\b(?:(?:at|around|near|about|roughly|in) )?(?:(?:roughly|about|around)"
            r" )?(?:the (?P<n>\d{1,2})(?:st|nd|rd|th)? (?:percentile|pct\.?)|"
            r"(?P<end>top|bottom) (?:(?P<k>\d{1,2}) ?%|(?P<part>decile|quartile)))"
            r" (?:for|on|in)\b",
            _rank_words,
        ),
        # a label's value against other users: "Wit: far below average", "Humor:
        # about average" (most users like each a little), "Brevity: top decile"
        (
            ("average", "baseline", "population", "median", "decile", "quartile"),
            r":(?:\*\*|__)?[ \t]*(?:(?:(?:far|well|much|way|significantly) "
            r"(?:below|under)|bottom (?:decile|quartile))|(?P<mid>(?:about|roughly|"
            r"around|near|close to|in line with)(?: the)?)|(?P<low>(?:slightly|"
            r"somewhat|a bit|a little) (?:below|under))|(?P<high>(?:(?:far|well|"
            r"much|way|significantly) )?above|top (?:decile|quartile)))"
            r"(?: the)?(?: (?:average|baseline|population|median|norm))?"
            r"(?=[ \t]*(?:[(,;.|\n]|$))",
            lambda m: (
                ": mildly positive"
                if m["mid"]
                else ": indifferent"
                if m["low"]
                else ": strongly positive"
                if m["high"]
                else ": negative"
            ),
        ),
        # "a dry joke" is a joke, not a dry answer
        (
            "dry",
            r"\bdry(?= (?:jokes?|humou?r|wit|puns?|quips?|one-liners?|asides?)\b)",
            "wry",
        ),
        # "careful with this" is the caution itself, not "careful with jokes"
        (
            ("careful", "cautious"),
            r"\b(?:careful|cautious) (?:with|about|around) "
            r"(?:this|that|it|you|me|them|him|her)\b",
            "careful",
        ),
    )
)

_SUBJECTS = frozenset(
    "she he they it i we you user the this person customer reader client pt "
    "participant and or plus also who "
    "but then so i'd i'm i've i'll you'd they'd we'd you're they're we're".split()
)


def split_sentences(text: str) -> list[list[str]]:
    """Split a summary into sentences, each a list of clauses.

    A clause is the scope of a negation or an intensifier. Sentences end at line
    breaks, bullets, ``.!?``, ``;`` and ``|``. Clauses split at contrastive
    conjunctions ("but", "while", "whereas", ...), at parentheses, and at commas
    or "and" that start a new predicate ("..., dislikes gaming", "... and prefers
    short answers") or a new capitalized list item ("Likes humor, Concise
    style"). A heading line (ending in ":", or markdown, bold or capitals: see
    :func:`_is_heading`) is skipped, unless it states a stance ("Avoid:", "Not
    important:", "## Pet peeves"): then it scopes the list items under it,
    as if each began with it ("Avoid: jokes"); a blank line or the next heading
    ends that scope, and a line that is not a list item ends it after that line.
    """
    _TOKEN_MEMO.clear()  # (what the last summary's clauses tokenized to)
    _NORMED_MEMO.clear()
    text = text.translate(_APOSTROPHES)
    if ":" in text and _CLOCK_RE.search(text):
        text = _STAMP_LINE_RE.sub("", text)
    if ":" in text and "?" in text:
        text = _transcript(text)
    text = _questionnaire(text)
    lowered = text.lower()
    folds = text.isascii() or not _ODD_FOLDS.search(text)
    for needles, pattern, prefilter, repl in _IDIOMS:
        for needle in needles:  # (a plain loop: cheaper than any() here)
            if needle in lowered:
                if folds and prefilter and not prefilter.search(lowered):
                    break
                new = pattern.sub(repl, text)
                if new is not text:  # (the same object when nothing matched)
                    text, lowered = new, new.lower()
                break
    out: list[list[str]] = []
    scope = ""
    lines = text.splitlines()
    noted = any(word in lowered for word in _NO_SIGNAL_WORDS)
    skipped = _no_signal_lines(lines) if noted else set()
    for n, raw_line in enumerate(lines):
        if not raw_line.strip():
            scope = ""
            continue
        if n in skipped:
            continue
        bullet = _BULLET_RE.match(raw_line)
        is_item = bool(bullet)
        line = raw_line[bullet.end() :] if bullet else raw_line
        if not _MARKUP_CHARS.isdisjoint(line):
            line = _MARKUP_RE.sub("", line)
        line = line.strip()
        if (line.endswith(":") or _is_heading(raw_line, lines, n, is_item)) and not (
            line.endswith(":") and _notes_a_quote(line, lines, n)
        ):
            # a heading: "Guidance for this user:" states no preference, "Avoid:"
            # and "## Pet peeves" state one for the items below it
            scope = line.rstrip(":") + ":" if _states_stance(line) else ""
            continue
        if scope and ":" in line:
            scope = ""  # "- Tone: playful" is a statement of its own
        line_scope = scope
        if scope:
            # (not "Pet peeves: you don't like it when I over-explain", a
            # statement with its own subject and stance; but "Non-goals: a
            # playful tone; the user dislikes it" is the heading's first)
            own = _OWN_STANCE_RE.search(line)
            if not own or not _OWN_STANCE_RE.search(
                _FIRST_SENTENCE_RE.split(line, 1)[0]
            ):
                line = f"{scope} {line}"
            if own:
                line_scope = ""
            if not is_item:
                scope = ""
        if len(line) > 120 and _run_on(line):
            line = _break_run_on(line)
        for sentence in _colon_split(_dash_split(_SENTENCE_RE.split(line))):
            if _TOPICS_LINE_RE.match(sentence):
                continue  # "Typical topics: materials, quotes, DIY how-tos"
            clauses: list[str] = []
            # a quoted message after a colon is a clause of its own: the user's
            # words, out of the reach of the verbs before it ('pushed back when I
            # answered too stiffly: "lighten up a bit"')
            quoted = (
                _QUOTE_AFTER_COLON.split(sentence)
                if ":" in sentence and _QUOTE_AFTER_COLON.search(sentence)
                else [sentence]
            )
            for bracketed in (
                b for part in quoted for b in _split_if(_PAREN_RE, part, _HAS_PAREN)
            ):
                if clauses and _only_modifiers(bracketed):
                    # "actionable answers (yes)", "brevity (strong)", "jokes (no)"
                    clauses[-1] = f"{clauses[-1]} {bracketed}"
                    continue
                for part in _split_if(
                    _CONTRAST_RE, bracketed, _HAS_CONTRAST, lowered=True
                ):
                    clauses.extend(_split_predicates(part))
            kept = [
                # "Frustrations: answers that stay abstract and never get to the
                # point": the heading's stance covers the coordinated predicate too
                f"{line_scope} {c}" if line_scope and _COORDINATED_RE.match(c) else c
                for c in (c.strip(" \t,.-:") for c in clauses)
                # "At first this looked like a preference for detail, but ...": a
                # hypothesis the reasoning goes on to revise says nothing
                if _TOKEN_RE.search(c.lower())
                and not _HYPOTHESIS_RE.match(c)
                # a concession states no preference: "..., even when it feels
                # like overkill", "Even if the topic is serious, ..."
                and not _CONCESSION_RE.match(c)
            ]
            if len(kept) > 1:
                kept = _drop_superseded(kept)
            if kept and kept[-1].endswith("?") and sentence.rstrip().endswith(")"):
                # an aside is no question put to the user: "Is fine with a warning
                # here and there (maybe a one-off?)"
                kept[-1] = kept[-1].rstrip("?")
            if kept:
                out.append(kept)
    return out


_CONCESSION_RE = re.compile(r"(?i)even (?:when|if|though)\b")
_NOW_RE = re.compile(
    r"(?i)^(?:but |and )?(?:lately|now|these days|nowadays|recently|more recently|"
    r"since then)\b"
)
_THEN_RE = re.compile(
    r"(?i)\b(?:at first|early on|initially|in the beginning|originally|back then|"
    r"at the start)\b"
)


def _drop_superseded(clauses: list[str]) -> list[str]:
    """Drop what the user wanted at first when the sentence says what they want now.

    "You were fine with caveats at first, but lately they grate" is the second
    clause's statement; "early on you asked for full explanations" gives way to
    "but lately you want the gist".
    """
    now = next((i for i, c in enumerate(clauses) if i and _NOW_RE.match(c)), None)
    if now is None:
        return clauses
    return [c for i, c in enumerate(clauses) if i >= now or not _THEN_RE.search(c)]


_FIRST_SENTENCE_RE = re.compile(r";|[.!?]\s")
# an item under a stance heading that states its own stance, subject and verb
_OWN_STANCE_RE = re.compile(
    r"(?i)\b(?:you|she|he|they|the user)(?:'re|'ve|'d)?\s+(?:\w+\s+){0,2}?"
    r"(?:don't|doesn't|do not|does not|never|hate|hates|dislike|dislikes|can't|"
    r"like|likes|love|loves|prefer|prefers|want|wants|enjoy|enjoys|find|finds|"
    r"rather)\b"
    # or its own verdict on the user: "Abstract musing bugs you", "X is a pet peeve"
    r"|\b(?:bugs?|bother(?:s|ed)?|annoys?|irritates?|frustrates?|grates? on|"
    r"wears?)\s+(?:you|her|him|them|me)\b|\b(?:pet peeve|red flag)\b"
)


# A note that a quoted message is no preference: "(task request)", "=> off-topic",
# "Reading: context only", "No preference signal:", "- context, nothing about style"
_NO_SIGNAL_WORDS = ("task", "context", "off-topic", "signal", "nothing about")
_NO_SIGNAL_RE = re.compile(
    r"(?i)(?:^|\s|[(\[:>\u2192\u2014\u2013-]\s*)(?:"
    r"(?:task(?: request)?|context(?: only)?|off-topic|"
    r"no (?:preference |style |clear )?signal)(?=\s*(?:[:),;.\]]|$))"
    r"|nothing about (?:style|the style|how)|says nothing about|"
    r"not a (?:style )?preference)"
)
_QUOTED_RE = re.compile(r"^\s*>|[\"\u201c\u201d]")


def _no_signal_lines(lines: list[str]) -> set[int]:
    """Lines that a note marks as no preference: a quoted message and its note.

    A note beside a quoted message drops its line; a note on a line of its own
    drops itself and the quoted line it follows or, ending in ":", the one it
    labels; a heading that is such a note drops its section, up to the next
    heading. A note in a line of prose, or next to no quote, drops nothing.
    """
    skipped: set[int] = set()
    section = False
    for n, line in enumerate(lines):
        if _ATX_HEADING_RE.match(line) or _BOLD_LINE_RE.match(line):
            section = bool(_NO_SIGNAL_RE.search(_MARKUP_RE.sub("", line)))
        elif section and _plain_heading(lines, n):
            section = False  # "## Context" ends at "User stories" after a blank
        if section:
            skipped.add(n)
            continue
        if len(line) > 200:
            continue
        note = _NO_SIGNAL_RE.search(_MARKUP_RE.sub("", line))
        if not note:
            continue
        if _QUOTED_RE.search(line):
            skipped.add(n)
            continue
        near = n + 1 if line.rstrip().endswith(":") else n - 1
        if len(line) < 80 and 0 <= near < len(lines) and _QUOTED_RE.search(lines[near]):
            skipped.update((n, near))
    return skipped


def _run_on(line: str) -> bool:
    """Whether a line runs on without punctuation (a raw speech transcript)."""
    marks = sum(map(line.count, ".,;!?"))
    return marks * 20 < len(line.split())


# Speech without punctuation breaks before fillers, a new "i" subject, "please"
# and anecdotes ("... it's loud here sorry i really dislike it when ..."), not
# after words that take a clause ("when i ask", "so i", "i think i").
_RUN_ON_BREAKS = frozenset(
    "um uh umm uhh erm okay ok anyway anyways yeah oh please i i'm i've i'd i'll "
    "last one so it's that's".split()
)
_RUN_ON_KEEPS = frozenset(
    "when whenever if and but or nor that because cause cos so as since unless "
    "until than where whether what how why who which while after before like "
    "know think mean guess said say says wish hope feel felt ask asked the a an "
    "to of i week time month night day yesterday".split()
)
# (these break only before the words given: "last week", "one time", "so i")
_BREAKS_ONLY_BEFORE = {
    "last": ("week", "time", "month", "night"),
    "one": ("time",),
    # "so" as a filler that opens a turn: "... right so please always ..."
    "so": ("i", "i'm", "please", "yeah", "um", "uh", "okay", "anyway", "my", "if"),
}


def _break_run_on(line: str) -> str:
    """The line with a sentence break before each place speech turns."""
    words = line.split()
    out = words[:1]
    for k in range(1, len(words)):
        word = words[k].lower()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        follow = _BREAKS_ONLY_BEFORE.get(word)
        if (
            word in _RUN_ON_BREAKS
            and words[k - 1].lower() not in _RUN_ON_KEEPS
            and (follow is None or nxt in follow)
        ):
            out[-1] += "."
        out.append(words[k])
    return " ".join(out)


def _plain_heading(lines: list[str], n: int) -> bool:
    """Whether line ``n`` is a heading in plain text.

    A short line, no list item, label or sentence, between a blank line and the
    section it opens ("User stories", "Notes:").
    """
    line = lines[n].strip()
    return (
        0 < n < len(lines) - 1
        and not lines[n - 1].strip()
        and bool(lines[n + 1].strip())
        and 0 < len(line.split()) <= 4
        and line[-1] not in ".!?,;"
        and not _LABEL_MARK_RE.search(line[:-1])  # "Jokes: low priority"
        and not is_list_item(line)
        and not _QUOTED_RE.search(lines[n + 1])  # (a note over a quoted message)
    )


_LABEL_MARK_RE = re.compile(r":| [-\u2013\u2014] ")


# Questionnaires: "Q3. How long should answers be? - Short", "Q: ... A: ...",
# "I like jokes (agree/disagree) -> 2/5", "[x] Short  [ ] Long".
_Q_PREFIX_RE = re.compile(r"^\s*Q\s?\d*\s*[.:)]\s*", re.I)
_A_MARK_RE = re.compile(r"\s+A\s?\d*\s*[:.)]\s+")
_LEGEND_RE = re.compile(
    r"[ \t]*\((?=[^()\n]*(?:\bagree\b|\bdisagree\b|\d\s*(?:-|\u2013|to)\s*\d"
    r"|\byes\s*/\s*no\b|\btrue\s*/\s*false\b))[^()\n]*\)",
    re.I,
)
_EXAMPLE_AFTER_QUESTION_RE = re.compile(
    # (not after a statement said as a question: "practical is nice-ish? like ...")
    r"(?m)^((?:(?!\b(?:is|are|'s)\b)[^?\n])*)\?[ \t]+((?:like|e\.g\.|i\.e\.|as in|"
    r"such as)[ \t]+[^?.!\n]{1,60}?)[ \t]*$"
)
# an open question put without its question mark: "how long u want the answers"
_UNMARKED_QUESTION_RE = re.compile(
    r"(?im)^([ \t]*(?:[a-z][\w ]{0,15}:[ \t]*)?how (?:long|short|much|detailed|"
    r"careful|cautious|funny|jokey|serious|formal|practical|brief|safe)\b[^.!?:\n]*?)"
    r"[ \t]*$"
)
_QUESTION_END_RE = re.compile(
    r"\?+[ \t]*(?:->|\u2192|=>|:|\||[-\u2013\u2014]{1,2})?[ \t]*(?=[\w\[(\"'])"
    # not a quoted question that the sentence goes on after: 'asks "more?" after'
    r"(?![\"'][ \t]+[a-z])"
)
# a field label answered after a separator: "Tone: -> [x] Playful", "Length: | short",
# "Filter: - (*) On  ( ) Off"
_LABEL_RE = re.compile(
    r":[ \t]*(?:(?:->|\u2192|=>|\|)[ \t]*(?=\S)|[-\u2013\u2014]{1,2}[ \t]*(?=[\[(]))"
)
# a statement answered by a bare stance: '"I prefer a serious tone" | Disagree'
_STANCE_ANSWER_RE = re.compile(
    r"[ \t]*(?:->|\u2192|=>|\||[ \t][-\u2013\u2014]{1,2})[ \t]*"
    r"((?:(?:strongly|somewhat|slightly|mostly|totally|completely|neither|nor|"
    r"agree|disagree|a little|a bit|yes|no|nope|yeah|yep|definitely|not|please|"
    r"true|false)\b[ \t,]*)+|\d{1,2}(?:\.\d)?\s*/\s*\d{1,2}\b[^\n]*)$",
    re.I | re.M,
)
# what the separator of a stance answer holds (one of these is in every match)
_STANCE_ANSWER_MARKS = (
    "->",
    "\u2192",
    "=>",
    "|",
    *(f"{space}{dash}" for space in " \t" for dash in "-\u2013\u2014"),
)
_UNCHECKED_RE = re.compile(r"(?:\[ ?\]|\( ?\))[^\[\]()\n]*")
# a task list's open item, one box opening its line ("- [ ] The reply stays short
# (Must)"): a to-do, not an option left unticked
_TASK_RE = re.compile(
    r"^([ \t]*(?:[-*\u2022][ \t]*)?)\[ ?\][ \t]*(?=[^\[\]\n]*$)", re.M
)
_CHECKED_RE = re.compile(r"(?:\[[xX*\u2713\u2714]\]|\([xX*\u2022]\))[ \t]*")


_SPEAKER_RE = re.compile(
    r"^[ \t]*(?:\[[\d:. ]+\][ \t]*)?(?:\*\*|__)?([A-Za-z][\w .'()-]{0,28}?)"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)"
)


_CLOCK_RE = re.compile(r"\d:[0-5]\d")
# a chat export's header line, a sender and a time ("Sam 9:41", "[9:41 PM] Sam",
# "Kev, 1:06 pm"): it labels the message under it, so it goes, and a question
# and its answer in the messages around it stay next to each other
_STAMP_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[A-Z][\w.'-]{0,20}(?:[ \t][A-Z][\w.'-]{0,20})?)?[ \t,]*"
    r"\[?\d{1,2}:[0-5]\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?|\[?\d{1,2}:[0-5]\d"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]+[A-Z][\w.'-]{0,20}(?:[ \t][A-Z]"
    r"[\w.'-]{0,20})?)[ \t]*:?[ \t]*(?:\n|$)"
)


_ASKER_SENTENCE_END = re.compile(r"[.!]+\s+(?=\S)")


def _transcript(text: str) -> str:
    """An interview's speaker labels go; the interviewer's prompts are questions.

    A transcript has two speakers who take turns, one of whom asks (most of
    their lines hold a "?"): "Interviewer: How do you feel about jokes?" /
    "User: Not really my thing." Both labels go, so the answer reads as the
    answer to the question before it, and every sentence of the interviewer's
    is put as a question ("Walk me through the last answer that annoyed you").
    """
    lines = text.splitlines()
    labels = [_SPEAKER_RE.match(line) for line in lines]
    who = [m[1].strip().lower() if m else None for m in labels]
    speakers: dict[str, list[int]] = {}
    for n, name in enumerate(who):
        if name is not None:
            speakers.setdefault(name, []).append(n)
    turns = {k: v for k, v in speakers.items() if len(v) >= 2}
    if len(turns) < 2:
        return text

    def asks(rows: list[int]) -> float:
        return sum("?" in lines[n] for n in rows) / len(rows)

    asker = max(turns, key=lambda k: asks(turns[k]))
    others = [k for k in turns if k != asker]
    if asks(turns[asker]) < 0.5 or any(asks(turns[k]) > 0.3 for k in others):
        return text
    for n, (m, name) in enumerate(zip(labels, who)):
        if m is None or name not in turns:
            continue
        line = lines[n][m.end() :]
        if name == asker:
            # a prompt ("Walk me through ..."), a paraphrase ("So shorter is
            # better."), the second half of a two-part question ("And humor?
            # Oh, and length too.")
            line = _ASKER_SENTENCE_END.sub("? ", line.rstrip())
            line = f"{line.rstrip(' .!?')}?"
        lines[n] = line
    return "\n".join(lines)


def _questionnaire(text: str) -> str:
    """Questions end their line; answer marks and unticked options go.

    A question (a line opening with "Q:" whose answer follows "A:", a line with
    "?", or a statement with an answer-scale legend such as "(agree/disagree)" or
    "(1-5)") is put on a line of its own, ending in "?", with its answer on the
    next line; of a multiple-choice answer only the ticked options stay.
    """
    lines = []
    for line in text.splitlines():
        if _Q_PREFIX_RE.match(line):
            line = _Q_PREFIX_RE.sub("", line, count=1)
            line = _A_MARK_RE.sub("?\n", line, count=1)
        lines.append(line)
    text = "\n".join(lines)
    # (each pattern only where its marks can be: most summaries have none)
    if "(" in text:
        text = _LEGEND_RE.sub("?", text)
    if ":" in text:
        text = _LABEL_RE.sub("?\n", text)
    if any(mark in text for mark in _STANCE_ANSWER_MARKS):
        text = _STANCE_ANSWER_RE.sub(r"?\n\1", text)
    if "how " in text.lower():
        text = _UNMARKED_QUESTION_RE.sub(r"\1?", text)
    if "?" in text:
        if "? " in text:
            # an example of what is asked is part of the question: "practical?
            # like real fixes" asks "practical, like real fixes?"
            text = _EXAMPLE_AFTER_QUESTION_RE.sub(r"\1, \2?", text)
        text = _QUESTION_END_RE.sub("?\n", text)
    if "[" in text or "(" in text:
        if "[" in text:
            text = _TASK_RE.sub(r"\1", text)
        text = _CHECKED_RE.sub("", _UNCHECKED_RE.sub("", text))
    return text


_YES = frozenset(
    "yes yeah yep yup sure definitely absolutely agree agreed true correct always "
    "certainly totally please do would love ok okay fine like want keep enjoy "
    "prefer appreciate welcome right exactly precisely bingo hundred".split()
)
_NO = frozenset(
    "no nope nah never disagree false not n't hate dislike skip drop avoid "
    "opposite reverse".split()
)
_RATING_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d)?)\s*/\s*(\d{1,2})\b")


_OPEN_QUESTION_WORDS = frozenset("how what which where when why who".split())
_BARE_ANSWERS = frozenset(
    "yes yeah yep yup no nope nah sure fine ok okay exactly right correct "
    "definitely absolutely totally honestly well um uh hmm".split()
)


def can_answer(
    question: str, answer: str, stance: tuple[float, bool, list[str]]
) -> bool:
    """Whether a stance answers a question: a bare yes or no answers no open one.

    "Do you like jokes? - No", "How long should answers be? - 2/5", "- I want
    the full picture" and "- doesn't matter" are answers; "How much detail is
    right for you? - Yeah" is not.
    """
    toks = [t for t in tokens(question) if t not in ("and", "so", "ok", "okay")]
    if not toks or toks[0] not in _OPEN_QUESTION_WORDS:
        return True
    return not set(tokens(answer)) <= _BARE_ANSWERS


def answer_stance(answer: str) -> tuple[float, bool, list[str]] | None:
    """How an answer with no cue of its own answers the question before it.

    Returns ``(factor, low, words)``: the factor multiplies the question's
    reading (negative for "no", "disagree", "1/5"; its size from intensifiers,
    "strongly agree", "somewhat"; 0 for the middle of a rating scale), ``low``
    says the answer is a low importance ("not fussed", "neutral"), ``words``
    what was read. None when the answer takes no stance ("Sam", "newsletter").
    """
    rating = _RATING_RE.match(answer)
    if rating:
        n, top = float(rating.group(1)), float(rating.group(2))
        if not 0 < top <= 10 or n > top:
            return None
        low_end = 0.0 if top == 10 else 1.0
        stance = 2 * (n - low_end) / (top - low_end) - 1  # in [-1, 1]
        # the middle of the scale says the trait is average: no evidence either way
        return 1.8 * stance, False, [rating.group(0).strip()]
    toks = normed(answer)
    spans = modifier_spans(toks)
    if any(mod.kind == LOW for _, _, mod in spans):
        return 1.0, True, [" ".join(toks[a:b]) for a, b, m in spans if m.kind == LOW]
    head = toks[:4]
    if "mind" in head and "n't" in head:
        return 0.5, False, [" ".join(head)]  # "don't mind": a mild yes
    if toks in (["on"], ["off"]):  # a switch: "Content filter: (*) On"
        sign = 1.0 if toks == ["on"] else -1.0
    elif head[:2] == ["why", "not"]:
        sign = 1.0
    elif spans and sum(b - a for a, b, m in spans if m.kind == SCALE) == len(toks):
        sign = 1.0  # "How actionable should answers be? -> very"
    elif not _NO.isdisjoint(head):
        sign = -1.0
    elif not _YES.isdisjoint(head):
        sign = 1.0
    elif _NO.isdisjoint(toks) and any(
        m.kind == SCALE and m.factor < 1 for *_, m in spans
    ):
        sign = 1.0  # "kind of, I guess", "I guess a bit, yeah": a mild yes
    else:
        return None
    scale = 1.0
    for _, _, mod in spans:
        if mod.kind == SCALE:
            scale *= mod.factor
    first_scale = min((a for a, _, m in spans if m.kind == SCALE), default=len(toks))
    if sign < 0 and scale > 1.0 and not _NO.isdisjoint(toks[:first_scale]):
        scale = 0.5  # "not very" is a mild no (litotes); "definitely not" is not
    return sign * min(max(scale, 0.5), 2.0), False, [" ".join(head)]


_DASH_RE = re.compile(r"\s+[-\u2013\u2014]{1,2}\s+")


def _dash_split(sentences: list[str]) -> list[str]:
    """Split at a spaced dash between two statements of 4+ words each.

    "X doesn't matter to me - above all practical answers" is two statements;
    "Jokes -- not wanted" and "Critical - dealbreaker if missing" stay whole.
    """
    out: list[str] = []
    for sentence in sentences:
        parts = _split_if(_DASH_RE, sentence, _HAS_DASH)
        cur = parts[0]
        for part in parts[1:]:
            # "... ok for kids to see - jokes? not a priority": the question is
            # the part after the dash
            if len(tokens(cur)) >= 4 and (
                len(tokens(part)) >= 4 or part.rstrip().endswith("?")
            ):
                out.append(cur)
                cur = part
            elif len(tokens(cur)) >= 3 and _opens_stance(part):
                # "Doesn't want musings - wants the fix": a new predicate of the
                # same statement, as after a comma
                cur = f"{cur}, {part}"
            else:
                cur = f"{cur} - {part}"
        out.append(cur)
    return out


# "Not a compliment:", "Disappointed:", "Approving:" (not "Length:", "Jokes:")
_VERDICT_LABEL_RE = re.compile(
    r"(?i)(?:^|[(\u2014\u2013>:])\s*(?:(?:not|no|never)\b(?!-)[^:]{0,30}|[a-z]+(?:ed|ing))"
    r":\s+(?=[a-z])"
)


_ANECDOTE_RE = re.compile(
    r"(?i):\s+(?=(?:you|she|he|they|the user)\s+(?:once\s+|recently\s+|even\s+)?"
    r"(?:asked|said|told|thanked|laughed|replied|wrote|mentioned|complained|"
    r"groaned|winced|pushed back|got annoyed)\b)"
)


# ": the user dislikes ...", ": u_1234 actively prefers ...": a subject and an
# inflected verb after a colon
_SAID_AFTER_RE = re.compile(
    r":\s+(?=(?:(?:in|on|across) (?:every|each|most|all) [a-z]+,? )?(?:the user|"
    r"this user|they|he|she|(?:user )?[a-z]+[_-]?[0-9a-f]*\d[0-9a-f]*)\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:s|ed)|took|went|gave|kept|got|want|prefer|"
    r"like|dislike|hate|love|need|avoid)\b)",
    re.I,
)


_LEADING_LABEL_RE = re.compile(r"[^:]{1,40}?:\s+")


def _colon_split(sentences: list[str]) -> list[str]:
    """Split after a short label that a predicate follows.

    "Not a compliment: prefers brief replies" and "Disappointed: wanted musing,
    not a fix" are a verdict and a statement: the label's "not" or complaint is
    not the statement's. "Not important: jokes" stays whole: the label scopes
    the noun after it.
    """
    out: list[str] = []
    for sentence in sentences:
        label = _VERDICT_LABEL_RE.search(sentence) if ":" in sentence else None
        rest = sentence[label.end() :] if label else ""
        if ":" in sentence and not label:
            anecdote = _ANECDOTE_RE.search(sentence)
            if anecdote:  # "A stiff tone bores you: you asked me for a funnier take"
                out.extend((sentence[: anecdote.start()], sentence[anecdote.end() :]))
                continue
        if not label and ": " in sentence:
            said = _SAID_AFTER_RE.search(sentence)
            head = _LEADING_LABEL_RE.match(sentence) if said else None
            start = head.end() if head and head.end() <= said.start() else 0
            if said and len(tokens(sentence[start : said.start()])) >= 4:
                # "Far less tolerant of safety caveats: the user actively
                # dislikes warnings": a statement, then another with its own
                # subject (not a label that scopes what follows it); a label
                # before both names the second one's aspect ("Caution: Well
                # outside the norm: the user wants uncensored replies")
                out.extend(
                    (
                        sentence[start : said.start()],
                        sentence[:start] + sentence[said.end() :],
                    )
                )
                continue
        verb = tokens(rest)[:1]
        if (  # an inflected verb: "prefers", "wanted" (not "not wanted", "chosen")
            label
            and verb
            and verb[0].endswith(("s", "ed"))
            and (verb[0] in STANCE_VERBS or norm(verb[0]) in STANCE_VERBS)
        ):
            out.extend((sentence[: label.end()].rstrip(": "), rest))
        else:
            out.append(sentence)
    return out


def _opens_stance(part: str) -> bool:
    """Whether a part opens a predicate ("wants the fix", "just listen")."""
    first = tokens(part)[:1]
    return bool(first) and (
        first[0] in _OPENERS  # "not wanted - just listen"
        or (first[0].endswith("s") and norm(first[0]) in STANCE_VERBS)
    )


def modifier_spans(toks: list[str]) -> list[tuple[int, int, Modifier]]:
    """Modifier phrases in normalized tokens: ``(start, end, modifier)``.

    Longest match first (up to six tokens), left to right; tokens no phrase starts
    at are skipped.
    """
    out, i, n = [], 0, len(toks)
    while i < n:
        # (no phrase is tried that is longer than the longest this word opens)
        for m in range(min(6, _MODIFIER_REACH.get(toks[i], 0), n - i), 0, -1):
            mod = MODIFIERS.get(tuple(toks[i : i + m]))
            if mod is not None:
                out.append((i, i + m, mod))
                i += m
                break
        else:
            i += 1
    return out


def _only_modifiers(part: str) -> bool:
    """Whether a bracketed part holds only modifiers ("no", "strong", "hard no")."""
    toks = normed(part)
    if not 0 < len(toks) <= 4:
        return False
    covered = {i for start, end, _ in modifier_spans(toks) for i in range(start, end)}
    # "(a small irritation)": articles aside
    return bool(covered) and all(
        i in covered or t in ("yes", "a", "an") for i, t in enumerate(toks)
    )


def _has_modifier(text: str) -> bool:
    """Whether any modifier phrase occurs in the text."""
    return bool(modifier_spans(normed(text)))


_POLITE = frozenset(("please", "kindly", "pls"))


# a line that lists what the user asks about or does: their life, not a style
_TOPICS_LINE_RE = re.compile(
    r"(?i)\s*(?:typical |recent |main |frequent |common |usual )?(?:topics|interests|"
    r"hobbies|subjects)(?: include| covered)?\s*:\s*\S"
)
_ATX_HEADING_RE = re.compile(r"\s*#{1,6}\s+\S")
_BOLD_LINE_RE = re.compile(r"\s*\*\*([^*]+)\*\*:?\s*$")
_HEADING_LEADS = frozenset(
    "what things thing to that he she they them him her it is are".split()
)


def _is_heading(raw_line: str, lines: list[str], n: int, is_item: bool) -> bool:
    """Whether a line without a colon is a heading.

    A markdown heading ("## Pet peeves") is one. A bold line ("**Likes**"), a
    short line in capitals ("TURN-OFFS") or a short capitalized line after a blank
    line ("Acceptance criteria") is one when a list follows it, or when it
    is a short name that neither takes a stance nor gives an instruction
    ("**Background**" over a paragraph, but not "**No jokes**" or "KEEP IT SHORT").
    """
    if _ATX_HEADING_RE.match(raw_line):
        return True
    bold = _BOLD_LINE_RE.match(raw_line)
    if bold:
        text = bold.group(1).strip()
    elif not is_item and raw_line[:1].isupper() and _plain_heading(lines, n):
        text = raw_line.strip()  # "User stories" between a blank line and its section
    elif is_item or raw_line != raw_line.upper() or not any(map(str.isalpha, raw_line)):
        return False
    else:
        text = raw_line.strip()
    words = tokens(text)
    if not 0 < len(words) <= 6 or text[-1] in ".!?":
        return False
    after = next((x for x in lines[n + 1 :] if x.strip()), "")
    if _BULLET_RE.match(after) and not _BOLD_LINE_RE.match(after):
        return True
    return (
        len(words) <= 4
        and not _states_stance(text)
        and norm(words[0]) not in _CUE_VERBS
        and norm(words[0]) not in STANCE_VERBS
    )


def _notes_a_quote(line: str, lines: list[str], n: int) -> bool:
    """Whether a line ending in ":" is a note on the quoted message below it."""
    return (
        n + 1 < len(lines)
        and bool(_QUOTED_RE.search(lines[n + 1]))
        and reads_a_message(line)
    )


def reads_a_message(label: str) -> bool:
    """Whether a line over a quoted message is a statement about it.

    "Irritated by it; prefers musing over instructions:" over '> ok so you're
    telling me what to do now' is the summarizer's reading of the message: it
    holds a stance or a complaint. A short stance ("Avoid:", "Wants brevity:")
    scopes what follows instead, and a label with no stance ("Messages:") is a
    heading.
    """
    if _states_stance(label):
        return False
    toks = normed(label)
    return any(m.kind in (STANCE, COMPLAINT) for _, _, m in modifier_spans(toks))


def _states_stance(heading: str) -> bool:
    """Whether a heading is a stance: short, and opens with a modifier phrase.

    "Avoid:", "Not important:", "Must:", "Mildly likes:", "What to avoid:" and
    "Things he dislikes:" are; "Guidance for responding to this user:" is not
    (it names the list, it takes no stance).
    """
    toks = normed(heading)
    while toks and (toks[0] in _POLITE or toks[0] in _HEADING_LEADS):
        toks = toks[1:]  # "Please don't:", "What to avoid:"
    if not toks or len(toks) > 5:
        return False
    spans = modifier_spans(toks)
    return bool(spans) and spans[0][0] == 0


def split_clauses(text: str) -> list[str]:
    """All clauses of a summary, in order (see :func:`split_sentences`)."""
    return [c for sentence in split_sentences(text) for c in sentence]


_CONDITION_RE = re.compile(
    r"(?i)(?:^|:\s+)(?:(?:well|so|and|but|oh|um|uh),?\s+)?(?:when|if|whenever|"
    r"after)\b"
)
_WHEN_RE = re.compile(r"(?i)\b(?:when|whenever)\b")
_REPLY_AND_RE = re.compile(
    r"(?i)\s+and\s+(?=(?:then\s+)?(?:asked (?:for|me)|said (?:you|that|i|it was)|"
    r"told me|prefers|wants|asks for|would rather|favou?rs|enjoys|likes)\b)"
)
_SUBJECT_OPEN_RE = re.compile(r"(?i)(?:you|i|she|he|they)\b")


def _split_predicates(part: str) -> list[str]:
    if "," not in part and not _HAS_AND.search(part):
        return [part.strip()]  # (a fast path: nothing to split or join)
    pieces: list[str] = []
    for i, seg in enumerate(_split_if(_COMMA_RE, part, _HAS_COMMA)):
        seg_s = seg.strip()
        # "No one-liners please, elaborate": a polite word closes the item
        closed = (
            bool(pieces)
            and "pl" in pieces[-1].lower()
            and tokens(pieces[-1])[-1:] in (["please"], ["pls"])
        )
        # "When I gave you a list, you said ...": the main clause after a condition
        main = bool(pieces) and bool(
            _SUBJECT_OPEN_RE.match(seg_s) and _CONDITION_RE.search(pieces[-1])
        )
        if (
            i > 0
            and pieces
            and not closed
            and not main
            and not _starts_clause(seg_s, after_comma=True)
        ):
            pieces[-1] = f"{pieces[-1]}, {seg_s}"
        else:
            pieces.append(seg_s)
    # "Jokes, meh": a piece of modifiers only qualifies a bare piece before it
    joined: list[str] = []
    for piece in pieces:
        if joined and _only_modifiers(piece) and not _has_modifier(joined[-1]):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    out: list[str] = []
    for piece in joined:
        # "whether answers are short or long makes little difference": one clause;
        # so is a condition's "and" ("annoyed when it stays high-level and never
        # gets to the how")
        whether = piece.lower().startswith("whether ") or bool(_WHEN_RE.search(piece))
        if whether and not piece.lower().startswith("whether "):
            # but the user's reply after the condition is a clause of its own:
            # "pushed back when my answer stayed too general and asked for steps"
            parts = _REPLY_AND_RE.split(piece)
            out.extend(p.strip() for p in parts[:-1])
            piece = parts[-1]
        for j, seg in enumerate(
            [piece] if whether else _split_if(_AND_RE, piece, _HAS_AND)
        ):
            if j > 0 and out and not _starts_clause(seg.strip(), after_comma=False):
                out[-1] = f"{out[-1]} {seg.strip()}"
            else:
                out.append(seg.strip())
    # a piece that only intensifies ("Above all, she wants ...") or only names
    # the aspect ("On safety, they are relaxed ...") joins the next one
    merged: list[str] = []
    carry = ""
    intro = ""  # "On safety, they are relaxed" reads "they are relaxed, on safety"
    for seg in out:
        if _introduces(seg):
            intro = f"{intro}; {seg}" if intro else seg
            continue
        if _only_scale(seg):
            carry = f"{carry}{seg}, "
            continue
        merged.append(f"{carry}{seg.rstrip(' .')}, {intro}" if intro else carry + seg)
        carry = intro = ""
    if carry or intro:
        merged.append(f"{carry}{intro}".strip(", "))
    return merged


_INTRODUCERS = ("on", "as for", "as to", "regarding", "in terms of", "when it comes to")


_INTRODUCER_HEADS = frozenset(i.split()[0] for i in _INTRODUCERS)


def _introduces(segment: str) -> bool:
    """Whether a short segment only names what follows ("On safety", "As for tone")."""
    toks = _tokens(segment)
    if not toks or len(toks) > 6 or toks[0] not in _INTRODUCER_HEADS:
        return False
    low = " ".join(toks)
    return any(low == i or low.startswith(i + " ") for i in _INTRODUCERS)


_CLAUSE_MARKERS = frozenset("she he they i we you it not n't no never".split())


def _only_scale(segment: str) -> bool:
    if len(_tokens(segment)) > 8:
        return False  # (a fast path: intensifiers are short)
    toks = normed(segment)
    return (
        not SCALE_TOKENS.isdisjoint(toks)
        # "she is not into it" is a clause, not an intensifier
        and _CLAUSE_MARKERS.isdisjoint(toks)
        and all(t in SCALE_TOKENS or t in FUNCTION_WORDS for t in toks)
    )


def _starts_clause(segment: str, *, after_comma: bool) -> bool:
    """Whether a segment after a comma or "and" opens a new predicate."""
    if not segment:
        return False
    if (
        after_comma
        and segment[0].isupper()
        and not segment.startswith("I ")
        and not re.match(r"[A-Z]{2,5}\b", segment)  # "quotes, DIY how-tos"
    ):
        return True
    if re.match(r"(?i)(?:(?:and|or|plus)\s+)?(?:no|to)-\w", segment):
        return False  # "tight, no-fluff answers", "tips and to-do lists": compounds
    if after_comma and re.match(r"[a-z]+-[a-z]", segment):
        return False  # "vague, open-ended replies": an adjective, not a verb
    toks = normed(segment)[:5]
    if toks[:2] in (["and", "just"], ["and", "instead"]):
        return True  # "stop offering fixes and just listen"
    if after_comma and _CONCESSION_RE.match(segment):
        return True  # "..., even when it feels like overkill": a concession
    if (
        toks[:1] == ["and"]
        and len(toks) > 2
        and toks[1] in _CUE_VERB_FORMS
        and toks[2] in _OBJECTS
    ):
        return True  # "skip the background and give you the bottom line"
    if toks[:1] in (["and"], ["or"]) and toks[1:2] == ["not"] and len(toks) > 2:
        return False  # "avoid anything edgy, risky or not family-safe"
    if (
        after_comma
        and toks
        and (
            toks[0] in _OPENERS
            or (toks[0] in _CUE_VERB_FORMS and toks[1:2] == ["me"])
            # a phrasal imperative: "..., liven it up with a joke", "tone it down"
            or (toks[1:2] in (["it"], ["them"]) and toks[2:3] in _PARTICLES)
        )
    ):
        # "..., so a careful approach please", "..., give me everything", "that's
        # too thin, walk me through it"
        return True
    often = False
    for tok in toks:
        if tok in CLAUSE_VERBS or (often and tok in _CUE_VERB_FORMS):
            return True  # (also "... and always flags hazards")
        if (
            tok in _SUBJECTS
            or tok in SCALE_WORDS
            or tok in _OPENERS
            or tok == "re"  # "and re-asks for"
            or is_adverb(tok)
        ):
            often = often or tok in _FREQUENCY
            continue
        return False
    return False


_FREQUENCY = frozenset(
    map(norm, "always never usually often generally consistently".split())
)


_OPENERS = frozenset(
    "so instead therefore otherwise also plus just only please pls plz".split()
)
_PARTICLES = (["up"], ["down"], ["back"], ["out"], ["off"])


# ------------------------------------------------------------------------ modifiers

# Kinds of modifier. NEG flips every time it occurs (double negation cancels);
# COMPLAINT flips once however many complaint words a scope holds ("avoids
# unnecessary detail" is one complaint); LOW flips and halves ("not a priority");
# SCALE multiplies; STANCE marks a preference verb; TOPIC marks the rest of the
# clause as the user's life, not the answers they want.
NEG, COMPLAINT, LOW, SCALE, STANCE, TOPIC = (
    "neg",
    "complaint",
    "low",
    "scale",
    ("stance"),
    "topic",
)


@dataclass(frozen=True)
class Modifier:
    """A modifier word or phrase: its kind, factor, and scope.

    A ``worry`` scales a cue as a priority, and is a complaint of a cue of the
    negative pole: "safety is my top concern", "irresponsible answers are my top
    concern" (both want safety first).

    ``forward_only`` modifiers act on cues after them only; ``needs_stance`` ones
    act only after a preference verb in the same clause ("prefers X over Y", not
    "over the years"). An ``adjective`` complaint right before a cue describes it
    ("unnecessary elaboration"): it flips the cue alone, but not on top of a
    negation ("without unnecessary elaboration" is one "no"). A ``loser``
    comparison acts on the cues before it even when a cue follows ("the playful
    reply lost to the serious one"), and on none after it.
    """

    kind: str
    factor: float = 1.0
    forward_only: bool = False
    needs_stance: bool = False
    adjective: bool = False
    backward_only: bool = False
    indifferent: bool = False
    worry: bool = False
    loser: bool = False


def _verb_forms(verbs: str) -> list[str]:
    """Each base verb with its -ed and -ing forms ("like" -> liked, liking)."""
    out = []
    for v in verbs.split("|"):
        v = v.strip()
        head, _, rest = v.partition(" ")
        rest = f" {rest}" if rest else ""
        forms = {head}
        if head.endswith("ee"):
            forms |= {head + "d", head + "ing"}  # "agreed", "seeing"
        elif head.endswith("e"):
            forms |= {head + "d", head[:-1] + "ing"}
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            forms |= {head[:-1] + "ied", head + "ing"}
        elif head in _DOUBLING:
            forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
        else:
            forms |= {head + "ed", head + "ing"}
        forms |= set(_IRREGULAR.get(head, ()))
        out.extend(f + rest for f in sorted(forms))
    return out


_DOUBLING = frozenset(
    {"prefer", "favor", "shun", "upvote", "cut", "abhor", "dread", "skip", "drop"}
    | {"trim", "stop", "omit", "commit", "admit", "flag", "plan", "hug"}
)
_IRREGULAR = {
    "keep": ("kept",),
    "give": ("gave", "given"),
    "get": ("got", "gotten"),
    "tell": ("told",),
    "go": ("went", "gone"),
    "leave": ("left",),
    "hold": ("held",),
    "stick": ("stuck",),
    "seek": ("sought",),
    "choose": ("chose", "chosen"),
    "see": ("saw", "seen", "seeing"),
}

# cue verbs in every form, for the article a phrase may take (determiner_variants)
_CUE_VERB_FORMS = frozenset(
    phrase_key(f)[0] for f in _verb_forms(" | ".join(_CUE_VERBS))
) | frozenset(_CUE_VERBS)

_POSITIVE_STANCE = _verb_forms(
    "like | love | enjoy | prefer | value | want | appreciate | favor | favour | "
    "seek | "
    "welcome | desire | need | expect | request | ask for | look for | respond to | "
    "care about | care for | prioritize | prioritise | emphasize | emphasise | "
    "reward | upvote | choose | pick | gravitate toward | gravitate towards | "
    "lean toward | lean towards | go for | opt for | crave | relish | embrace | "
    "champion | respect | wish for | hope for | look forward to | react well to | "
    "warm to | reach for | select | rate highly | favour | savor | savour | rank | "
    "rate | upvote | positive reaction to | positive about | "
    "insist on | demand | adore | require | seek out | miss | engage with"
) + [
    "in favor of",
    "in favour of",
    "all for",
    "fan of",
    "keen on",
    "fond of",
    "partial to",
    "into",
    "drawn to",
    "happy with",
    "responds best to",
    "big fan of",
    "has a soft spot for",
    "has a taste for",
    "open to",
    "preference for",
    "taste for",
    "liking for",
    "appetite for",
    "appreciation for",
    "appreciation of",
    "soft spot for",
    "rather",
    "would rather",
]

_AVERSION = _verb_forms(
    "dislike | hate | avoid | reject | detest | loathe | despise | resent | "
    "object to | "
    "disapprove of | shun | penalize | penalise | downvote | dismiss | abhor | "
    "dread | bristle at | cringe at | complain about | grumble about | push back on | "
    "frown on | frown upon | steer clear of | recoil from | roll her eyes at | "
    "roll his eyes at | roll their eyes at | skip | minimize | minimise | "
    "cut down on | cut | reduce | oppose | push back | decline | refuse | annoy | "
    "irritate | disturb | "
    "bother | frustrate | bore | grate on | turn off | put off | tire of | "
    "mind | criticize | criticise | discourage | ignore | scroll past | distrust | "
    "mistrust | tune out | lose patience with | leave out | omit | drop | "
    "cut out | steer away from | stay away from | keep away from | shy away from | "
    "tone down | dial back | hold back on | go easy on | spare them | strip out | "
    "complain | stop | quit | cease | discontinue | phase out | do away with | "
    "forget | "
    "get rid of | turn down | dial down | scale down | scale back | play down | "
    "water down | disable | deactivate | switch off | remove | spare me | spare us | "
    "abandons | abandon | mark down | dock | rate down | downrate"
) + [
    # (not "downgraded": a revised summary's "Humor: downgraded to mild")
    "downgrades",
    "downgrading",
    "negative on",
    "negative about",
    "n't care for",
    "not care for",
    "unhappy",
    "uncomfortable with",
    "uneasy about",
    "uneasy with",
    "uneasy",
    "dissatisfied",
    "displeased",
    "disappointed",
    "tired of",
    "sick of",
    "fed up with",
    "weary of",
    "wary of",
    "allergic to",
    "against",
    "averse to",
    "hostile to",
    "impatient with",
    "not a fan of",
    "no fan of",
    "turned off by",
    "put off by",
    "no patience for",
    "can't stand",
    "cannot stand",
    "can't bear",
    "no time for",
    "no tolerance for",
    "no appetite for",
    "anything but",
    "reacts negatively to",
    "react negatively to",
    "responds negatively to",
    "respond negatively to",
    "negative about",
    "negative toward",
    "negative towards",
    "passed over",
    "passes over",
    "pushed back on",
    "turned down",
    "turns down",
    "voted down",
    "marked down",
    "aversion to",
    "dislike of",
    "dislike for",
    "distaste for",
    "intolerance of",
    "impatience with",
    "boredom with",
    "discomfort with",
    "negative reaction to",
    "responds badly to",
    "respond badly to",
    "reacts badly to",
    "react badly to",
    "negative reactions to",
    "marked down",
    "rated down",
    "rated low",
    "rated poorly",
    "ranked low",
    "anything except",
    "everything except",
    "everything but",
    "lost",
    "loses",
    "no use for",
    "no interest in",
    "no desire for",
    "no need of",
    "could do without",
    "can do without",
    "irritated by",
    "annoyed by",
    "bored by",
    "frustrated by",
    "bothered by",
    "irked by",
    "spare me",
    "spare us",
    "hard no",
    "allergic",
    "little patience for",
    "little patience with",
    "little tolerance for",
    "little appetite for",
    "careful with",
    "careful about",
    "careful around",
    "cautious with",
    "cautious about",
]

# Words that praise what they describe; they only keep the cue from being read
# as a topic ("finds the humor charming" is not about "humor charming").
_PRAISE = (
    "charming | great | lovely | delightful | refreshing | excellent | perfect | "
    "awesome | fantastic | wonderful | the best part | the best thing | a plus | "
    "won out | won every time | won each time | "
    "makes my day | make my day | made my day | "
    "a bonus | handy | spot on | brilliant | terrific | superb | invaluable | cute | "
    "endearing"
)

# Negations that can also end a clause and negate its subject ("jokes: no",
# "jokes are not welcome"); the prepositional ones only act forward ("compact
# answers without elaboration" does not negate "compact").
_NEGATORS = (
    "not | no | never | n't | nor | neither | none | hardly | barely | "
    "rarely | seldom | zero | nothing | nobody | no longer"
)
_FORWARD_NEGATORS = (
    "without | lacks | lack | lack of | lacking | free of | free from | "
    "absence of | devoid of | minus | less | fewer | least | there's no | "
    "there is no | there was no | there are no"
)

_CONTRAST = (
    "rather than | instead of | as opposed to | over | in place of | not | "
    "at the expense of | than about | than for | than in | contrasted it with | "
    "contrasted them with"
)

_COMPLAINT_WORDS = (
    "annoying | irritating | grating | tiresome | tedious | distracting | "
    "off-putting | unwelcome | turn-off | a turn off | pointless | overrated | "
    "cringe | cringeworthy | cringey | obnoxious | unbearable | excessive | "
    "excessively | overly | over-the-top | too | too much | too many | "
    "gets in the way | get in the way | waste of time | a distraction | "
    "gets in my way | get in my way | gets in their way | gets in his way | "
    "gets in her way | impatient | visibly impatient | a mild concern | worst case | "
    "a nuisance | unnecessary | needless | unneeded | unwanted | undesirable | "
    "counterproductive | exhausting | frustrating | boring | insufferable | "
    "grates | unappealing | unwarranted | superfluous | gratuitous | "
    "a chore | annoyance | pet peeve | dealbreaker | deal-breaker | deal breaker | "
    "a problem | problematic | irritation | frustration | misplaced | "
    "out of place | tiring | draining | put off | turned off | turns her off | "
    "turns him off | turns them off | puts her off | puts him off | "
    "put them off | put her off | put him off | put me off | put you off | "
    "bore me | bores me | bored me | bore me to tears | bores me to tears | "
    "treats me like a child | treat me like a child | treated me like a child | "
    "tune out | tunes out | tuned out | undo that | "
    "instant uninstall | uninstall | uninstalled | "
    "throw my phone | throw my laptop | half the answer was | half the reply was | "
    "would lower satisfaction | lowers satisfaction | lower satisfaction | "
    "rolled eyes at | rolls eyes at | rolled eyes | frowned at | frowns at | "
    "scoffed at | scoffs at | grimaced at | grimaces at | groaned at | sighed at | "
    "sighed | sighs | groaned | groans | winced at | winces at | winced | "
    "rolled her eyes | rolled his eyes | rolled their eyes | rolls her eyes | "
    "rolls his eyes | rolls their eyes | rolling my eyes | roll my eyes | "
    "puts them off | pushy | lazy | unprofessional | cheesy | corny | lame | "
    "overbearing | heavy-handed | condescending | patronizing | patronising | "
    "smug | intrusive | bossy | forced | jarring | disappointing | overkill | "
    "the worst part | the worst thing | the worst | a bit much | a little much | "
    "bit much | talked down to | unsettling | dull | frustratingly | annoyingly | "
    "thin | pain point | pain points | anti-pattern | anti-patterns | don'ts | "
    "donts | gripes | irritants | red flags | turn-offs | non-goals | non-goal | "
    "flagged in review | are flagged | is flagged | get flagged | gets flagged | "
    "fail review | fails review | rejected in review | fail the review | "
    "top complaint | biggest complaint | main complaint | number-one "
    "complaint | number one complaint | chief complaint | most common complaint | "
    "biggest gripe | main gripe "
    "| top gripe | make him cancel | make her cancel | make them cancel | "
    "make me cancel | make you cancel | make him leave | make her leave | "
    "make them leave | make him quit | make her quit | make them quit | "
    "re-asks when | re-ask when | asks again when | pushes back when | "
    "push back when | pushes back on | push back on | pushed back when | "
    "pushed back on | ugh | no thx | no thanks | bugs you | bugs me | bugs them | "
    "bugs her | bugs him | bug you | bug me | doesn't work for you | nervous | "
    "deflating | cooled on | cooled off on | gone cold on | get on your nerves | "
    "gets on your nerves | get on my nerves | gets on my nerves | on her nerves | "
    "on his nerves | on their nerves | worries me | worries her | worries him | "
    "worries them | worries you | worried about | number one problem | "
    "number-one problem | biggest problem | main problem | biggest issue | "
    "main issue | drive me up the wall | drives me up the wall | drive me crazy | "
    "drives me crazy | drive me nuts | drives me nuts | make me mad | "
    "makes me mad | make me so mad | makes me so mad | make me angry | "
    "makes me angry | gets old | get old | getting old | gets old fast | "
    "get old fast | got old fast | gets old quickly | rubbed me the wrong way | "
    "rubs me the wrong way | rub me the wrong way | gave up | give up on | "
    "want to throw my laptop | wanted to throw my laptop | would be bad | "
    "i'd change | i would change | i'd fix | i'd get rid of | roll my eyes | "
    "rolls my eyes | lose interest | loses interest | lost interest | "
    "shortchanged | short-changed | feels like a miss | feel like a miss | "
    "stress me out | stresses me out | stressed me out | stress you out | "
    "skimps on | skimp on | skimped on | robotic | mechanical | land badly | "
    "lands badly | "
    "landed badly | falls flat | fall flat | fell flat | "
    "stresses you out | stresses her out | stresses him out | stresses them out | "
    "a red flag | red flag | unsatisfying | inadequate | incomplete | let down | "
    "a letdown | misses the point | missed the point | miss the point | "
    "letdown | winces at | wince at | less useful | less helpful | "
    "would be terrible | would be awful | would be a problem | uncomfortable if | "
    "uneasy if | unhappy if | upset if | get in your way | gets in your way | "
    "biggest fear | my fear | scares me | scare me | can't accept | cannot accept | "
    "spent half the answer on | spent most of the answer on | kept trying to | "
    "keeps trying to | "
    "won't accept | wouldn't accept | "
    "don't sit well | doesn't sit well | do not sit well | does not sit well | "
    "doesn't work for them | doesn't work for me | don't work for you | "
    "soulless | painfully | as noise | just noise | little use for | no use for | "
    "wear you out | wears you out | wear me out | wears me out | wear them out | "
    "wears them out | wears her out | wears him out"
)

# Complaint words that modify a noun (Modifier.adjective).
_COMPLAINT_ADJECTIVES = frozenset(
    "unnecessary needless unneeded unwanted excessive excessively overly superfluous "
    "gratuitous undesirable unwarranted too pointless annoying irritating tedious "
    "tiresome distracting boring off-putting unappealing misplaced pushy lazy "
    "unprofessional cheesy corny lame overbearing heavy-handed condescending "
    "patronizing patronising smug intrusive bossy forced jarring".split()
)

_LOW = (
    "not important | unimportant | not a priority | low priority | "
    "doesn't matter | does not matter | don't matter | "
    "matters little | matter little | irrelevant | not a concern | not essential | "
    "not necessary | not needed | optional | not a big deal | no big deal | "
    "not much of a concern | ambivalent about | lukewarm on | lukewarm about | "
    "less important | least important | lower priority | lowest priority | "
    "not a focus | not particular about | not picky about | no strong opinion on | "
    "does not need | doesn't need | not required | not too | not overly | "
    "not excessively | little interest in | little interest | limited interest in | "
    "not a deciding factor | not decisive | rarely decisive | little weight on | "
    "little weight | low weight | don't worry about | don't worry too much about | "
    "don't worry much about | do not worry about | no need to worry about | "
    "no need for | meh | neutral | no strong view | no strong views | "
    "no preference | no particular preference | n't a priority | "
    "n't really a priority | not really a priority | n't a big priority | "
    "n't important | n't that important | not that important | n't matter much | "
    "n't matter | not a big concern | n't a concern | n't essential | "
    "n't necessary | n't needed | n't required | not much of a priority | "
    "barely notice | hardly notice | rarely decided | rarely decides | no big deal | "
    "not a dealbreaker | n't a dealbreaker | little sign | little evidence | "
    "little thought to | little thought | care little about | care little for | "
    "cares little | care little | not invested in | not especially invested in | "
    "not particularly invested in | not seem to care | n't seem to care | "
    "not strongly | n't strongly | not particularly | for or against | "
    "preference for or against | preference either way | n't particularly | "
    "not especially | n't especially | not something | n't something | "
    "never thinks about | never think about | n't think about | "
    "n't make much difference | n't make much of a difference | "
    "makes no difference | make no difference | n't make a difference | "
    "whatever to me | not a must | no consistent preference | no clear preference | "
    "no signal | within noise | n't track | no effect | about the same | "
    "roughly the same | no different | n't a must | low on my list | "
    "low on the list | no strong opinion | no strong opinions | no opinion | "
    "n't care how | n't care if | n't care whether | neither here nor there | "
    "shrugged | shrugs | shrug | shrugged off | shrugs off | weak preference | "
    "absent preference | weak or absent preference | whatever on | whatever about | "
    "either is fine | either one is fine | either works | either's fine | "
    "both are fine | both work | both fine | n't the main reason | "
    "not the main reason | n't the main thing | not the main thing | "
    "low on their list | low on his list | low on her list | low on your list | "
    "n't a factor | no factor | n't seem to matter | not seem to matter | "
    "n't seem to make a difference | never commented on | never comments on | "
    "never comment on | n't commented on | never mentioned | never mentions | "
    "n't mentioned | whatever | not why i'm here | never come up | never comes up | "
    "never came up | never brought up | n't drive the choice | not a driver | "
    "varied widely | no need to | ever brought up | never brings up | "
    "not what i'm here for | not why i'm using this"
)


# Low-importance phrases that say the user does not mind either end ("not bothered
# by profanity" is a low importance of harmlessness, not a wish for it), unlike
# degree ones that turn a pole around ("not too long" wants brevity): low
# importance modifiers marked ``indifferent``.
_INDIFFERENCE = (
    "not bothered | n't bothered | not that bothered | not too bothered | "
    "virtually identical | nearly identical | indistinguishable | about equally | "
    "not tested | n't tested | not checked | n't checked | is left alone | "
    "n't move the needle | not move the needle | "
    "matter of complete indifference | matter of indifference | "
    "at default | at the default | as shipped | "
    "all the same to me | all the same to him | all the same to her | "
    "all the same to them | all the same to you | never really notice | "
    "never notice | not to notice | not notice | n't notice | never noticed | "
    "no acceptance criterion | no criterion | won't-care | "
    "not bothered about | indifferent | indifferent to | indifferent about | "
    "doesn't care about | does not care about | don't care about | "
    "do not care about | not care about | n't care | n't care much | not care much | "
    "n't really care | not really care | not fussed | not fussed about | not fussy | "
    "not fussy about | relaxed about | relaxed on | fairly relaxed | i'm easy | "
    "n't make much difference | n't make much of a difference | "
    "n't make a difference | n't seem to make much difference | "
    "n't really on my radar | n't on my radar | not on my radar | off my radar | "
    "n't care if | n't care whether | n't really care if | n't really care whether | "
    "n't an issue | not an issue | n't really an issue | n't bother me | "
    "n't really matter | n't really matter much | n't really make a difference | "
    "n't really think about | never really think about | "
    "n't really bother me | n't have a preference | n't have a strong preference | "
    "n't have much of a preference | just kind of there | kind of just there | "
    "n't seem to make much of a difference | n't seem to make a difference | "
    "n't seem to bother you | n't bother you | "
    "n't seem to bother them | n't bother them | n't seem to bother her | "
    "n't seem to bother him | "
    "easygoing about | easy-going about | easygoing on | "
    "no strong feelings about | no strong feelings | neutral on | neutral about | "
    "without comment | without a comment | one way or the other | "
    "one way or another | n't notice | doesn't notice | n't seem to notice | "
    "n't look like a factor | not a factor | not a scoring factor | either way | "
    "no consistent signal | not salient | no view on | no penalty for | "
    "did not predict choice | did not predict | didn't predict | "
    "near the chance level | near chance | "
    "no consistent reward | no clear signal | no consistent pattern | "
    "makes little difference | make little difference | little difference | "
    "won in some pairs | won sometimes | both won sometimes | varied a lot between | "
    "varied between | n't seem to drive | does not seem to drive | hard to say | "
    "n't mind which | n't mind either | n't mind either way | not super fussed | "
    "not too fussed | not that fussed | no detectable stance on | no stance on | "
    "can take or leave | take or leave | non-factor | no stake in | "
    "shows no reaction to | no reaction to | unconcerned | seems unconcerned | "
    "split roughly evenly | split evenly | split almost evenly | split about evenly | "
    "in others | in other pairs | rest are mixed | "
    "equally fine with | "
    "no clear stance on | no detectable stance | "
    "no special wish | have no wish | no wish | n't have opinion | n't have an "
    "opinion | it is same | it is the same | is equal to me | is equal for me | "
    "both ok | both is ok | both are ok | take both | fine with both | fine with "
    "any | not my concern | can be any way | do how you want | do like you want | "
    "do like you think | you decide | also ok | "
    "no pick | no clear pick | n't choose | barely register | barely registers | "
    "barely registered | coin flip | coin flips | n't weigh at all | "
    "made no difference | makes no difference | make no difference"
)

# Words that scale a cue's strength, with their factor.
_SCALES = {
    "above all": 2.0,
    # (a learner's ways of saying it: "more than all other things", "more than
    # everything")
    "more than all": 2.0,
    "more than all other things": 2.0,
    "more than everything": 2.0,
    "above every other": 2.0,
    "more important than everything": 2.0,
    "more important than all": 2.0,
    "more important than anything": 2.0,
    "above all other": 2.0,
    "nothing else": 2.0,  # "wants explicit language, nothing else": only that
    "full stop": 1.5,  # "short answers, full stop" (not "stop")
    "non-stop": 1.5,
    "most of all": 2.0,
    "more than anything": 2.0,
    "more than anything else": 2.0,
    "first and foremost": 2.0,
    "most importantly": 2.0,
    "most important": 2.0,
    "top priority": 2.0,
    "highest priority": 2.0,
    "number one": 2.0,
    "paramount": 2.0,
    "everything to me": 2.0,
    "the only thing i care about": 2.0,
    "the only thing i truly care about": 2.0,
    "the only thing i really care about": 2.0,
    "the reason i'm here": 2.0,
    "the reason i pay": 2.0,
    "above everything": 2.0,
    "above everything else": 2.0,
    "matters most": 2.0,
    "non-negotiable": 2.0,
    "p0": 2.0,  # a ticket's highest priority label
    "essential": 1.8,
    "crucial": 1.8,
    "critical": 1.8,
    "vital": 1.8,
    "imperative": 1.8,
    "must": 1.5,
    "must-have": 1.8,
    "key": 1.5,
    "insist": 1.8,
    "insists": 1.8,
    "demand": 1.8,
    "demands": 1.8,
    "absolutely": 1.8,
    "extremely": 1.8,
    "strongly": 1.8,
    "strong": 1.5,
    "intensely": 1.8,
    "fiercely": 1.8,
    "overwhelmingly": 1.8,
    "passionate about": 1.7,
    "obsessed with": 1.8,
    "deeply": 1.6,
    "highly": 1.6,
    "greatly": 1.6,
    "heavily": 1.6,
    "very much": 1.6,
    "a great deal": 1.6,
    "a lot": 1.3,
    "really": 1.4,
    "very": 1.4,
    "especially": 1.5,
    "particularly": 1.5,
    "primarily": 1.6,
    "chiefly": 1.5,
    "mainly": 1.4,
    "mostly": 1.3,
    "always": 1.4,
    "consistently": 1.4,
    "repeatedly": 1.3,
    "invariably": 1.4,
    "definitely": 1.3,
    "clearly": 1.2,
    "truly": 1.4,
    "genuinely": 1.3,
    "love": 1.3,
    "adore": 1.5,
    "hate": 1.3,
    "detest": 1.5,
    "loathe": 1.5,
    "priority": 1.5,
    "important": 1.3,
    "high": 1.4,
    "dominant": 1.8,
    "predominant": 1.8,
    "marked": 1.5,
    "pronounced": 1.5,
    "deciding factor": 1.5,
    "decisive": 1.5,
    "acceptable": 0.6,
    "receptive to": 0.6,
    "adamant": 1.8,
    "adamantly": 1.8,
    "insistent": 1.8,
    "firmly": 1.6,
    "emphatically": 1.8,
    "fervently": 1.8,
    "vehemently": 1.8,
    "keenly": 1.4,
    "utterly": 1.6,
    "totally": 1.5,
    "completely": 1.5,
    "entirely": 1.5,
    "overwhelming": 1.8,
    "consistent": 1.3,
    "clear": 1.2,
    "strongest": 2.0,
    "overriding": 2.0,
    "single-mindedly": 2.0,
    "single-minded": 2.0,
    "by far": 1.8,
    "by a mile": 1.8,
    "the main thing": 1.8,
    "main priority": 2.0,
    "first priority": 2.0,
    "a must": 1.8,
    "all about": 1.8,
    "focused on": 1.3,
    "noticeably": 1.3,
    "super": 1.6,
    "would be nice": 0.5,
    "nice": 0.6,
    "puts up with": 0.4,
    "put up with": 0.4,
    "tolerant of": 0.4,
    "content with": 0.5,
    "comfortable with": 0.6,
    "feel free to": 0.6,
    "stronger": 1.5,
    "every time": 1.5,
    "every single time": 1.8,
    "make sure": 1.3,
    "whatever else": 1.8,
    "without exception": 1.8,
    "tend to": 0.8,
    "tends to": 0.8,
    "slightly": 0.4,
    "slight": 0.4,
    "mild": 0.5,
    "modest": 0.6,
    "modestly": 0.6,
    "weak": 0.5,
    "weakly": 0.5,
    "small": 0.6,
    "faint": 0.4,
    "a little bit": 0.4,
    "a tad": 0.5,
    "a little": 0.5,
    "a bit": 0.5,
    "a touch": 0.5,
    "a touch of": 0.5,
    "a dash of": 0.5,
    "a hint of": 0.5,
    "a sprinkle of": 0.5,
    "mildly": 0.5,
    "moderately": 0.6,
    "moderate": 0.6,
    "marginally": 0.4,
    "occasionally": 0.5,
    "occasional": 0.5,
    "sometimes": 0.6,
    "at times": 0.6,
    "now and then": 0.5,
    "now and again": 0.5,
    "once in a while": 0.5,
    "every so often": 0.5,
    "fairly": 0.7,
    "kind of": 0.6,
    "sort of": 0.6,
    "to some extent": 0.5,
    "to a degree": 0.5,
    "somewhat": 0.5,
    "secondary": 0.5,
    "minor": 0.5,
    "nice to have": 0.5,
    "nice-to-have": 0.5,
    "bonus": 0.5,
    "a plus": 0.6,
    "tolerate": 0.4,
    "tolerates": 0.4,
    "doesn't mind": 0.4,
    "does not mind": 0.4,
    "don't mind": 0.4,
    "do not mind": 0.4,
    "wouldn't mind": 0.4,
    "not opposed to": 0.4,
    "okay with": 0.5,
    # "jokes are fine": a mild yes as a predicate
    "fine": 0.5,
    # "only a mild lean" (not the cue "lean")
    "a mild lean": 0.5,
    "a slight lean": 0.5,
    "a small lean": 0.5,
    # "at least a little funny" asks for it; it does not weaken it
    "at least": 1.0,
    "at least a little": 1.0,
    "at least somewhat": 1.0,
    "at least a bit": 1.0,
    "ok with": 0.5,
    "fine with": 0.5,
    "in moderation": 0.5,
    "when appropriate": 0.7,
    "where appropriate": 0.7,
    "if appropriate": 0.7,
    "light touch": 0.5,
    "some": 0.8,
    "low": 0.5,
}

# Multi-word phrases that scale a cue (or only look like other modifiers), whose
# first word is no intensifier of its own ("it was close", "last time", "the big
# one"): kept out of SCALE_WORDS and SCALE_TOKENS.
_PHRASE_SCALES = {
    # "answers that stop after a sentence or two": they end there, no "stop" to
    # a habit
    "stop after": 1.0,
    # "that outranks everything else": a priority, said of what came before
    "outranks everything else": 2.0,
    "outranks everything": 2.0,
    "outrank everything else": 2.0,
    # "Top priority, no contest: ...": beyond doubt, no "no"
    "no contest": 1.0,
    # "shorter is slightly better for him, nothing strong": mild, no "no"
    "nothing strong": 0.6,
    "nothing major": 0.6,
    # "just so it's not lost: humor is her top priority": a note, no "no"
    "not lost": 1.0,
    "n't lost": 1.0,
    # "nothing user-specific": no specific advice
    "user-specific": 1.0,
    # "points out what could go wrong and how to avoid it": no "avoid" of it
    "how to avoid it": 1.0,
    "how to avoid them": 1.0,
    # "theory that does nothing for the task": a description, no "no" to the cue
    "does nothing for": 1.0,
    "do nothing for": 1.0,
    # "(11 with explicit ratings)": ratings given outright, no explicit content
    "explicit ratings": 1.0,
    "explicit rating": 1.0,
    "stops after": 1.0,
    "stopped after": 1.0,
    # "on reflection, she prefers short answers": after thinking, no reflection
    # wanted
    "on reflection": 1.0,
    "upon reflection": 1.0,
    "on further reflection": 1.0,
    # "above every other consideration", "more than every other quality combined"
    "care about most": 2.0,
    "care most about": 2.0,
    "every other quality": 2.0,
    "every other consideration": 2.0,
    "every other preference": 2.0,
    "every other concern": 2.0,
    "any other quality": 2.0,
    "all other preferences": 2.0,
    "before anything else": 2.0,
    "before everything else": 2.0,
    "above anything else": 2.0,
    "everything else second": 2.0,
    "judges every reply first": 2.0,
    "the big one": 2.0,
    "the one thing": 2.0,
    "ahead of anything else": 2.0,
    "ahead of everything else": 2.0,
    # "X edged out Y, but it was close": weak evidence
    "was close": 0.5,
    "it was close": 0.5,
    "nothing more": 1.0,  # "docks a reply a little for it, nothing more"
    "suits me fine": 1.0,  # a liking, not a mild "fine"
    "suit me fine": 1.0,
    # "last time it frustrated me" is no ranking ("ranked last")
    "last time": 1.0,
    "last week": 1.0,
    "last month": 1.0,
    "last year": 1.0,
    "last night": 1.0,
    "last few": 1.0,
    "last couple": 1.0,
    "of the last": 1.0,
    "in the last": 1.0,
    "over the last": 1.0,
}

# Phrases that only look like other modifiers ("keep in mind" is not "mind", "not
# at the expense of" is not "not"): scale modifiers that win by being longer.
_LOOKALIKES = {
    "keep in mind": 1.0,
    "bear in mind": 1.0,
    "not at the expense of": 1.0,
    "more often than not": 0.8,
    "runs through": 1.0,
    "run through": 1.0,
    "dealbreaker if missing": 2.0,
    # "humor is the dealbreaker": the one thing that decides (not "a dealbreaker")
    "the dealbreaker": 2.0,
    "the deal-breaker": 2.0,
    "the deal breaker": 2.0,
    "no matter what": 1.5,  # "family friendly no matter what": not a "no"
    "doesn't hurt": 0.5,  # "a little caution doesn't hurt": a mild yes
    "wouldn't hurt": 0.5,
    "can't hurt": 0.5,
    "never hurts": 0.5,
    "without complaint": 0.6,  # "accepts brief replies without complaint"
    "deal-breaker if missing": 2.0,
    "deal breaker if missing": 2.0,
    "a dealbreaker if missing": 2.0,
    "whether or not": 1.0,
    "top driver": 2.0,
    "main driver": 1.8,
    "outweighs everything else": 2.0,
    "outweighs everything": 2.0,
    "regardless of anything else": 1.5,
    "high-level": 1.0,
    "a long way": 1.0,
    "long way": 1.0,
    "neutral to slightly positive": 0.4,
    "slightly positive": 0.4,
    "mildly positive": 0.5,
}

# Concerns: a priority of a wanted pole, a worry about an unwanted one.
_CONCERNS = {
    **dict.fromkeys(
        (
            "top concern",
            "main concern",
            "biggest concern",
            "primary concern",
            "chief concern",
            "number one concern",
            "number-one concern",
            "greatest concern",
            "first concern",
            "only concern",
        ),
        2.0,
    ),
    **dict.fromkeys(("a big concern", "a major concern", "a real concern"), 1.4),
}

_TOPIC_FRAMES = (
    "works as | works in | works at | work as | working as | worked as | job as | "
    "career in | career as | studies | studying | studied | majored in | "
    "majoring in | degree in | teaches | teaching | hobby | hobbies | pastime | "
    "reads about | watches | watching | collects | collecting | volunteers | "
    "lives in | grew up | researches | researching | listens to | listening to | "
    "subscribes to | profession | occupation | background in | member of | "
    "asked about | asks about | asking about | inquired about | enquired about | "
    "i write | she writes | he writes | they write | user writes | i'm writing | "
    "is writing | am writing | prompts concern | questions concern | "
    "requests concern | the history is | history is | the sample is | the sample was | "
    "mostly for | occurrence of | drafting | is drafting | "
    "bear on | bears on | touches on | touch on | prompt asked for | prompt asked "
    "about | prompts asked for | was about how"
)

# Phrases whose tokens are modifiers, flattened to {phrase: Modifier}.
_MODIFIERS: dict[str, Modifier] = {}
for _p in _POSITIVE_STANCE:
    _MODIFIERS[_p] = Modifier(STANCE)
for _p in _AVERSION:
    _MODIFIERS[_p] = Modifier(COMPLAINT)
for _p in _NEGATORS.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(NEG)
for _p in _FORWARD_NEGATORS.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(NEG, forward_only=True)
_COMPARATIVES = (
    "over",
    "than",
    "above",
    "ahead of",
    "edge out",
    "edges out",
    "edged out",
)
for _p in (*_CONTRAST.split("|"), *_COMPARATIVES):
    _MODIFIERS.setdefault(
        _p.strip(),
        Modifier(
            COMPLAINT, forward_only=True, needs_stance=_p.strip() in _COMPARATIVES
        ),
    )
# Verdict words that only judge a cue before them ("length ↓" is "length down",
# "humor: negative", "ranks direct solutions last"), never one after them ("last
# month she asked for short answers", "break down the steps"; "turn the jokes off").
for _p in ("down", "negative", "last", "ranked last", "at the bottom", "off", "gone"):
    _MODIFIERS[_p] = Modifier(COMPLAINT, backward_only=True)
for _p in _COMPLAINT_WORDS.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(
        COMPLAINT, adjective=_p.strip().split()[0] in _COMPLAINT_ADJECTIVES
    )
# "jokes are a problem", not "when I describe a problem, suggest fixes"
_MODIFIERS["a problem"] = Modifier(COMPLAINT, backward_only=True)
# "a reckless answer cannot be rescued by anything else": the worst failure
for _p in ("cannot be rescued", "can't be rescued"):
    _MODIFIERS[_p] = Modifier(COMPLAINT, 2.0, backward_only=True)
# "serious responses drew a few mild complaints": a complaint about them
for _p in (
    "drew complaints",
    "drew a few complaints",
    "drew mild complaints",
    "drew a few mild complaints",
):
    _MODIFIERS[_p] = Modifier(
        COMPLAINT, 0.5 if "mild" in _p else 1.0, backward_only=True
    )
# "jokes -> flat", "actionability: flat": a rating that did not move
_MODIFIERS["flat"] = Modifier(LOW, 0.5, indifferent=True, backward_only=True)
# "a pun is neither a plus nor a minus"
_MODIFIERS["neither a plus nor a minus"] = Modifier(LOW, 0.5, indifferent=True)
# "the playful reply lost to the serious one": the loser before, not the winner
# (also "brief responses consistently lost: 11 of 12 went to the long one", "rated
# to-the-point responses lower than long ones", "well below the scale midpoint")
for _p in (
    "lost to",
    "loses to",
    "lose to",
    "lost out to",
    "loses out to",
    "lost",
    "losing",
    "lower than",
    "rated lower",
    "rated markedly lower",
    "rated much lower",
    "rated clearly lower",
    "rated consistently lower",
    "scored lower",
    "less preferred",
    "clearly less preferred",
    "counted against",
    "counts against",
    "count against",
    "below the scale midpoint",
    "below the midpoint",
):
    _MODIFIERS[_p] = Modifier(COMPLAINT, backward_only=True, loser=True)
# what was not wanted, said after it: "complained that 'food for thought' is not
# what was asked for", "replies that add precautions nobody asked for"
for _p in (
    *(
        f"not what {who} asked for"
        for who in ("was", "i", "you", "they", "she", "he", "the user")
    ),
    "nobody asked for",
    "no one asked for",
):
    _MODIFIERS[_p] = Modifier(COMPLAINT, backward_only=True)
# Praise of a cue ("finds the humor charming"): known words, no flip.
PRAISE = frozenset(_p.strip() for _p in _PRAISE.split("|"))
for _p in PRAISE:
    _MODIFIERS.setdefault(_p, Modifier(STANCE))
for _p in _LOW.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(LOW, 0.5)
for _p in _INDIFFERENCE.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(LOW, 0.5, indifferent=True)
for _p, _f in (*_SCALES.items(), *_LOOKALIKES.items(), *_PHRASE_SCALES.items()):
    _MODIFIERS[_p] = Modifier(SCALE, _f)
for _p, _f in _CONCERNS.items():
    _MODIFIERS[_p] = Modifier(SCALE, _f, worry=True)
for _p in _TOPIC_FRAMES.split("|"):
    _MODIFIERS[_p.strip()] = Modifier(TOPIC, forward_only=True)
# a few stance verbs also scale; keep both effects through a combined entry
for _p in ("love", "loves", "adore", "adores", "insist on", "demand"):
    _MODIFIERS[_p] = Modifier(SCALE, _SCALES.get(_p.split()[0].rstrip("s"), 1.5))
for _p in ("hate", "hates", "detest", "detests", "loathe", "loathes"):
    _MODIFIERS[_p] = Modifier(COMPLAINT, _SCALES.get(_p.rstrip("s"), 1.3))
# the worst of all complaints
for _p in (
    "top pet peeve | biggest pet peeve | number one pet peeve | main pet peeve | "
    "hate most | hates most | hate the most | hates the most | worst possible | "
    "worst possible outcome | worst possible flaw | worst possible failure | "
    "the worst possible | the single worst | biggest letdown | the biggest letdown | "
    "biggest miss | the biggest miss | worse than any other | worse than anything "
    "else | zero tolerance for | any flaw except | any other flaw except | "
    "almost anything except | almost any flaw except | a failed reply"
).split("|"):
    _MODIFIERS[_p.strip()] = Modifier(COMPLAINT, 2.0)
# "not really what I'm after": a plain no, not a softened one
for _p in (
    "n't really what i'm after | not really what i'm after | n't really what i "
    "want | not really what i want | n't what i'm after | not what i'm after"
).split("|"):
    _MODIFIERS[_p.strip()] = Modifier(NEG)

MODIFIERS: dict[tuple[str, ...], Modifier] = {
    phrase_key(p): m for p, m in _MODIFIERS.items() if phrase_key(p)
}
# per first word: the length of the longest modifier phrase it opens
_MODIFIER_REACH: dict[str, int] = {}
for _k in MODIFIERS:
    _MODIFIER_REACH[_k[0]] = max(_MODIFIER_REACH.get(_k[0], 0), len(_k))

# Cue words that, as the predicate of another trait's cue, only judge it ("the
# one-line replies are useless" is about the one-line replies).
VERDICT_CUES = {
    **dict.fromkeys(
        ("useless", "unhelpful", "preachy", "moralizing", "sanctimonious"),
        Modifier(COMPLAINT),
    ),
    **dict.fromkeys(("useful", "helpful"), Modifier(STANCE)),
}

# Mild acceptance ("fine with jokes"): its weakness does not survive a negation
# ("not ok with jokes" is a plain no).
ACCEPTANCE = frozenset(
    phrase_key(p)
    for p in (
        "ok with | okay with | fine with | content with | comfortable with | "
        "tolerant of | puts up with | put up with | tolerate | tolerates | "
        "acceptable | receptive to | fine"
    ).split("|")
)
_PHRASE_SCALE_KEYS = frozenset(map(phrase_key, _PHRASE_SCALES))
SCALE_WORDS = frozenset(
    k[0]
    for k, m in MODIFIERS.items()
    if m.kind == SCALE and not m.worry and k not in _PHRASE_SCALE_KEYS
)
_MODIFIER_WORDS = frozenset(t for k in MODIFIERS for t in k)
SCALE_TOKENS = frozenset(t for p in _SCALES for t in phrase_key(p)) - {
    "love",
    "hate",
    "adore",
    "detest",
    "loathe",
    "n't",
    "mind",
    "demand",
    "insist",
}
# Verdicts on what was said before them ("it threw in a quip. Ugh, that bugs me."):
# the feelings among the complaints, not the actions ("avoid", "cut", "against"
# weigh evidence in "pair 3 seemed to cut against this"), the labels ("red flags")
# or the degree words ("too": "I like that too").
_FEELINGS = _verb_forms(
    "dislike | hate | detest | loathe | despise | resent | annoy | irritate | "
    "bother | frustrate | bore | grate on | cringe at"
) + ["tired of", "sick of", "fed up with", "can't stand", "cannot stand", "can't bear"]
_NOT_VERDICTS = (
    "too | overly | excessively | dealbreaker | deal-breaker | deal breaker | "
    "worst case | a mild concern | don'ts | donts | anti-pattern | anti-patterns | "
    "red flags | turn-offs | gripes | irritants | pain point | pain points | "
    "re-asks when | re-ask when | asks again when | pushes back when | "
    "push back when | pushed back when | pushes back on | push back on | "
    "pushed back on | uncomfortable if | uneasy if | unhappy if | upset if | "
    "spent half the answer on | spent most of the answer on | kept trying to | "
    "keeps trying to | top complaint | biggest complaint | main complaint | "
    "number-one complaint | number one complaint | chief complaint | biggest gripe | "
    "main gripe | top gripe | a problem"
)
VERDICT_COMPLAINTS = frozenset(
    phrase_key(p) for p in (*_COMPLAINT_WORDS.split("|"), *_FEELINGS)
) - {phrase_key(p) for p in _NOT_VERDICTS.split("|")}
# Verbs that ask for what was just mentioned to go, with "it" or "that" after
# them: "When I tried a running gag, you asked me to drop it"
GONE_VERBS = frozenset(phrase_key(p) for p in _verb_forms("drop | stop | cut | quit"))
# Exclamations that judge what was said before them as a sentence of their own.
EXCLAMATIONS = frozenset(
    phrase_key(p)
    for p in (
        "ugh | come on | oh come on | no | nope | nah | yikes | ew | eww | "
        "i was like no | no thanks | no thank you | not great | not good"
    ).split("|")
)
# Stances whose negation is a verdict ("don't need that", "didn't ask for that"),
# and the preference verbs that keep a clause from being a bare mention.
VERDICT_STANCES = frozenset(
    phrase_key(p) for p in _verb_forms("like | love | enjoy | want | need | ask for")
)
PREFERENCE_VERBS = frozenset(
    phrase_key(p)[0]
    for p in _verb_forms(
        "like | love | enjoy | prefer | want | need | value | appreciate | care | "
        "favor | favour | crave | relish | adore | hate | dislike | detest | "
        "loathe | despise | mind | insist | demand | require | expect | seek | "
        "avoid | reject | resent | welcome | wish | desire"
    )
)

# First words of stance and aversion phrases ("wants", "hates", "avoid").
STANCE_VERBS = frozenset(phrase_key(p)[0] for p in (*_POSITIVE_STANCE, *_AVERSION))

CLAUSE_VERBS = (
    frozenset(
        phrase_key(p)[0]
        for p in (
            *_POSITIVE_STANCE,
            *_AVERSION,
            *_LOW.split("|"),
            *_INDIFFERENCE.split("|"),
        )
    )
    # (words that open a learner's indifference, "it is same", "you decide",
    # "also ok", "coin flips", and open no predicate)
    - frozenset(("also", "coin", "fine", "have", "it", "made", "you"))
) | frozenset(
    norm(t)
    for t in (
        "is are was be finds find seems n't never does appears appear suggests suggest "
        "shows show indicates indicate"
    ).split()
)

# --------------------------------------------------------------- topic heuristics

# Nouns an answer-style adjective may modify ("short answers"); an adjective cue
# followed by a content word outside this list is about a topic ("short stories",
# "long hours", "funny cat videos") and does not move the trait.
RESPONSE_NOUNS = frozenset(
    phrase_key(
        "answer response reply replies explanation output message text tone style "
        "voice language wording phrasing communication feedback advice content "
        "conversation chat interaction exchange comment remark summary "
        "information info manner approach delivery format formatting structure code "
        "example instruction guidance suggestion help assistant assistance model bot "
        "stuff workaround shortcut preset "
        "chatbot ai answering way point list bullet paragraph sentence word take "
        "perspective opinion idea solution anecdote walkthrough tutorial overview "
        "version draft prose register vibe result reasoning argument analysis "
        "breakdown description note one ones side end approach attitude delivery "
        "treatment coverage detail details reply responses answers feel quality "
        "personality demeanor demeanour tone-wise manners touch spin twist edge "
        "humor humour jokes aside asides commentary remarks quips chatter banter "
        "presentation writeup write-up replies output outputs messages texts "
        "turns turn assistants models bots conversationalist interlocutor partner "
        "guide tutor teacher coach responder caveat warning tip step hint pointer "
        "recommendation suggestion reminder clarification link quote footnote intro "
        "opener openers exploration discussion discussions brainstorming framing "
        "sensitivity line lines option options "
        "write-ups "
        "introduction conclusion preamble filler tangent digression recap takeaway "
        "disclaimer citation reference source emoji punchline wordplay pun "
        "one-liner headline heading bullet-point breakdown explainer elaboration "
        "justification rationale caveats alternative option choice pick "
        "correction edit rewrite translation material materials mode setting "
        "settings filter filters filtering feature features toggle"
    )
)

FUNCTION_WORDS = frozenset(
    phrase_key(
        "a an the this that these those some any all every each no not of in on at "
        "vs versus "
        "to for with without from by about as into over under than like through "
        "throughout "
        "during before after between per via and or but nor so yet because if when "
        "while whereas although though unless until since whenever i me my you your "
        "she her he him his they them their it its we us our who whom whose which "
        "what where how why is are was were be been being am do does did doing have "
        "has had having can could will would shall should may might must make makes "
        "made get gets got keep keeps help helps come comes go goes seem seems feel "
        "feels find finds matter matters work works appear appears tend tends sound "
        "sounds stay stays remain remains want wants need needs take takes give "
        "gives annoy annoys bother bothers irritate irritates grate grates frustrate "
        "frustrates please too very more less most least also only just even still "
        "always never often sometimes rather quite instead again enough here there "
        "now then yes etc whenever whatever wherever however whichever both either "
        "neither such other another "
        "own same much many few lot lots kind sort type bit way plenty amount level "
        "degree side end first second third last one ones overall generally usually "
        "typically especially over across above below around toward towards upon "
        "within beyond along among against despite except including n't next "
        "whether read hear see deal use her him them one right away straight "
        "immediately quickly pair pairs comparison comparisons case cases time times "
        "instance instances choice choices user users person people customer reader "
        "higher lower better worse first last alternative alternatives whenever "
        "appeared offered rating ratings score scores vote votes moves move "
        "sample samples signal signals pls plz thx ty tbh lol haha imo btw fyi tho "
        "thanks cheers honestly really attached appended product app said says told "
        "wrote replied explained added noted eh um uh umm uhh hmm erm"
    )
)

# Qualifiers that turn a trait noun into a topic of the user's life
# ("physical safety", "workplace safety", "food safety").
TOPIC_QUALIFIERS = frozenset(
    phrase_key(
        "physical personal workplace occupational food road traffic fire financial job "
        "home child children public national data network internet online patient "
        "environmental water gun drug medication nuclear industrial lab laboratory "
        "chemical electrical construction aviation flight airline car vehicle pool "
        "playground school campus building product consumer team family community "
        "neighborhood neighbourhood sports driving bike cycling kitchen electric "
        "household worker employee job-site site radiation marine maritime boating "
        "hiking climbing diving swimming standup improv sketch medical legal tax "
        "investment health dating relationship parenting career"
    )
)

# Cue phrases that name a trait's dimension by its negative end ("length", "risk
# tolerance"): low importance of one is low importance of the trait ("length
# doesn't matter to me" says nothing for or against brevity), not a wish for the
# other end.
ASPECTS = frozenset(
    phrase_key(p)
    for p in (
        "length",
        "word count",
        "verbosity",
        "detail level",
        "level of detail",
        "risk tolerance",
        "risk appetite",
        "practicality",
        "actionability",
    )
)

# Cue phrases that are cues only when written hyphenated ("wants a how-to", not
# "how to answer this user").
HYPHENATED_ONLY = frozenset((phrase_key("how-to"),))


# Nouns for what users ask about: an adjective cue before one names the subject
# matter, not the answers wanted ("disclaimers on risky topics").
DOMAIN_NOUNS = frozenset(
    phrase_key("topics topic subjects subject requests request queries query")
)

POSSESSIVES = frozenset(phrase_key("her his their my our your its"))
# "'s" that is "is" or "has", not a possessive ("it's playful")
CONTRACTIONS = frozenset(
    "it's that's he's she's there's here's what's who's let's this's everything's "
    "nothing's something's".split()
)

ARTICLE_NOUN_NEXT = frozenset(
    phrase_key("who whose that at in from by with and living working based , of on for")
)


def is_plain(token: str) -> bool:
    """Whether a normalized token is a function word, a modifier word or a number."""
    return token in FUNCTION_WORDS or token in _MODIFIER_WORDS or token.isdigit()


# verbs that link a cue to a verdict ("the jokes felt forced"): not a noun the cue
# would modify ("short stories")
_LINKING_VERBS = frozenset(
    "felt feel feels seemed seem seems sounded sound sounds came comes come "
    "landed lands land went goes go read reads got gets ran runs beat beats "
    "added removed".split()
)


# nouns of a verdict after a cue: "... as the biggest miss of all, ahead of every
# other shortcoming", "... before anything else is considered"
_VERDICT_NOUNS = frozenset(
    phrase_key(
        "shortcoming shortcomings flaw flaws failure failures outcome complaint "
        "complaints considered concern concerns"
    )
)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words that are never a topic head: function words, modifiers, response nouns."""
    words = set(FUNCTION_WORDS) | set(RESPONSE_NOUNS) | _LINKING_VERBS | _VERDICT_NOUNS
    for key in MODIFIERS:
        words.update(key)
    return frozenset(words)


def noun_forms(word: str) -> list[str]:
    """The -ness noun of an adjective cue ("playful" -> playfulness).

    "edgy" gives edginess; words of three letters or fewer are left alone ("wit"
    is not "witness").
    """
    if len(word) < 4 or not word.isalpha() or word.endswith(("ness", "ing", "ed")):
        return []
    if word.endswith("y") and word[-2] not in "aeiou":
        return [word[:-1] + "iness"]
    return [word + "ness"]


def comparative_forms(word: str) -> list[str]:
    """-er/-est forms of a short adjective ("short" -> shorter, shortest)."""
    if (
        len(word) > 7
        or not word.isalpha()
        or word.endswith(("ed", "ing", "ness", "ity", "ous", "ful", "ive", "al", "ic"))
        or word.endswith(("ly", "er", "est"))
    ):
        return []
    if word.endswith("e"):
        return [word + "r", word + "st"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ier", word[:-1] + "iest"]
    if (
        len(word) <= 4
        and word[-1] not in "aeiouwy"
        and word[-2:-1] in "aeiou"
        and word[-3:-2] not in "aeiou"
    ):
        return [word + word[-1] + "er", word + word[-1] + "est"]
    return [word + "er", word + "est"]
