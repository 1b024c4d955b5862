"""The palm exception and warning hierarchy.

Every exception also subclasses the matching builtin, so callers' usual ``except
ValueError`` (or ``TypeError``, ``ImportError``, ...) keeps working.
"""

from __future__ import annotations

__all__ = [
    "BudgetExhaustedWarning",
    "GuaranteeError",
    "MissingDependencyError",
    "PalmError",
    "PalmTypeError",
    "PalmWarning",
    "PortfolioFileError",
    "SolverError",
    "SuboptimalWarning",
    "ValidationError",
]


class PalmError(Exception):
    """Base class of every palm exception."""


class ValidationError(PalmError, ValueError):
    """An input has the wrong value or shape; the message says how to fix it."""


class PalmTypeError(PalmError, TypeError):
    """An input has the wrong type."""


class MissingDependencyError(PalmError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""


class PortfolioFileError(PalmError, ValueError):
    """A saved portfolio is missing, corrupted, or not a palm portfolio."""


class SolverError(PalmError, RuntimeError):
    """A linear or integer program could not be solved."""


class GuaranteeError(PalmError, ArithmeticError):
    """A numerical guarantee that the theory promises failed: a bug signal.

    Please report it with the inputs that raised it.
    """


class PalmWarning(UserWarning):
    """Base class of every palm warning."""


class SuboptimalWarning(PalmWarning):
    """A solver stopped at a limit; the result is valid but not proven optimal."""


class BudgetExhaustedWarning(PalmWarning):
    """A budget ran out before the target was certified."""
