"""The ``palm`` command line.

``palm route PATH SUMMARY`` loads a saved portfolio and prints the member a summary
routes to, the estimated weights, each member's utility and the evidence;
``palm info PATH`` prints the portfolio.

Examples
--------
.. code-block:: console

    $ palm route ./my_portfolio "Prefers short answers; dislikes jokes."
    $ palm route ./my_portfolio --file summary.txt --json
    $ echo "Loves puns." | palm route ./my_portfolio -
    $ palm route ./my_portfolio --weights 0.7,0.3
    $ palm info ./my_portfolio
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .exceptions import PalmError

__all__ = ["main"]


def _load(path: str) -> Any:
    """Load a saved portfolio (a seam for tests)."""
    from .portfolio import Portfolio

    return Portfolio.load(path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="palm",
        description="Certified portfolios of aligned models, routed by preference "
        "summaries.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser(
        "route",
        help="route a summary (or weights) to a portfolio member",
        description="Print the member a preference summary routes to, the estimated "
        "weights, each member's estimated utility and the evidence.",
    )
    r.add_argument("path", help="a saved portfolio directory")
    r.add_argument(
        "summary",
        nargs="?",
        help="the summary text, or '-' to read it from standard input",
    )
    r.add_argument("-f", "--file", help="read the summary from this text file")
    r.add_argument(
        "--weights",
        help="route a weight vector instead of text: comma-separated, e.g. 0.7,0.3",
    )
    r.add_argument(
        "--prior",
        help="prior mean weights, comma-separated (uniform by default)",
    )
    r.add_argument(
        "--threshold",
        type=float,
        help="confidence below which the prior-best member is used (default 0.1)",
    )
    r.add_argument("--json", action="store_true", help="print JSON")

    i = sub.add_parser("info", help="print a saved portfolio")
    i.add_argument("path", help="a saved portfolio directory")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``palm`` command.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0 on success, 2 on a usage or input error (the message goes to stderr).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "info":
            print(str(_load(args.path)))
            return 0
        return _route(parser, args)
    except PalmError as exc:
        print(f"palm: error: {exc}", file=sys.stderr)
        return 2


def _route(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    sources = [s for s in (args.summary, args.file, args.weights) if s is not None]
    if len(sources) != 1:
        parser.error(
            "route needs exactly one of SUMMARY (or '-' for stdin), --file or "
            f"--weights; got {len(sources)}."
        )
    if args.weights is not None:
        x: Any = _floats(parser, args.weights, "--weights")
    elif args.file is not None:
        try:
            x = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            parser.error(f"cannot read --file {args.file!r}: {exc.strerror}.")
    elif args.summary == "-":
        x = sys.stdin.read()
    else:
        x = args.summary
    prior = None if args.prior is None else _floats(parser, args.prior, "--prior")
    portfolio = _load(args.path)
    from .route import route

    result = route(portfolio, x, prior=prior, threshold=args.threshold)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, sort_keys=True))
    else:
        print(str(result))
    return 0


def _floats(parser: argparse.ArgumentParser, text: str, flag: str) -> list[float]:
    try:
        return [float(v) for v in text.split(",")]
    except ValueError:
        parser.error(
            f"{flag} must be comma-separated numbers, e.g. 0.7,0.3; got {text!r}."
        )
    raise AssertionError("unreachable")  # parser.error exits


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
