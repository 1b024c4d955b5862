"""palm: personalized alignment with guarantees.

Build a small portfolio of aligned models that is provably near-optimal for every
user's weighting of traits, certify its worst case exactly, and route users to it.

>>> import numpy as np
>>> import palm
>>> rewards = np.array([[1.0, 0.0], [0.8, 0.7], [0.0, 1.0]])
>>> portfolio = palm.Portfolio.fit(rewards, eps=0.1)
>>> portfolio.certificate.holds
True
"""

from __future__ import annotations

from ._version import __version__
from .certificate import Certificate, certify
from .estimator import (
    EmbeddingEstimator,
    JudgeEstimator,
    LexicalEstimator,
    WeightEstimate,
)
from .exceptions import (
    BudgetExhaustedWarning,
    GuaranteeError,
    MissingDependencyError,
    PalmError,
    PalmTypeError,
    PalmWarning,
    PortfolioFileError,
    SolverError,
    SuboptimalWarning,
    ValidationError,
)
from .link import ScoreLink
from .oracle import CandidateOracle, OracleCache, OracleError, as_oracle
from .portfolio import Portfolio
from .route import Route, route
from .summarizer import LLMSummarizer, OfflineSummarizer
from .trait import Trait

__all__ = [
    "BudgetExhaustedWarning",
    "CandidateOracle",
    "Certificate",
    "EmbeddingEstimator",
    "GuaranteeError",
    "JudgeEstimator",
    "LLMSummarizer",
    "LexicalEstimator",
    "MissingDependencyError",
    "OfflineSummarizer",
    "OracleCache",
    "OracleError",
    "PalmError",
    "PalmTypeError",
    "PalmWarning",
    "Portfolio",
    "PortfolioFileError",
    "Route",
    "ScoreLink",
    "SolverError",
    "SuboptimalWarning",
    "Trait",
    "ValidationError",
    "WeightEstimate",
    "__version__",
    "as_oracle",
    "certify",
    "route",
]
