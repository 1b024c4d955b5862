"""The private input checks of ``palm._validation``."""

from __future__ import annotations

import re

import pytest

from palm._validation import check_gap
from palm.exceptions import PalmTypeError


@pytest.mark.parametrize("value", ["0.1", True, [0.1]])
@pytest.mark.parametrize(
    ("allow_zero", "interval"), [(False, "(0, 1)"), (True, "[0, 1)")]
)
def test_check_gap_rejects_non_numbers(value, allow_zero, interval):
    match = re.escape(f"eps must be a number in {interval}; got {value!r}.")
    with pytest.raises(PalmTypeError, match=match):
        check_gap(value, "eps", allow_zero=allow_zero)


def test_check_gap_type_error_is_a_type_error():
    with pytest.raises(TypeError):
        check_gap("0.1", "eps")


def test_check_gap_passes_none_and_numbers():
    assert check_gap(None, "eps") is None
    assert check_gap(0, "delta", allow_zero=True) == 0.0
