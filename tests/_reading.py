"""What the lexical reader makes of a text, for the reading tests.

Shared by the tests of the reader and of the texts it rewrites first (rubrics,
revised summaries, data blocks).
"""

from __future__ import annotations

from palm.estimator import LexicalEstimator

TRAITS = ("helpfulness", "harmlessness", "humor", "conciseness")
H, S, J, C = range(4)  # helpfulness, harmlessness (safety), humor (jokes), conciseness
EST = LexicalEstimator()


def scores(text, traits=TRAITS):
    """The reader's signed score per trait, before the link."""
    return EST.scores(text, traits)[0]
