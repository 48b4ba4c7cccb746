"""Command line: ``sco-toolkit analyze PATH --out DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sco_toolkit.lexicons import LexiconError
from sco_toolkit.load import LoadError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sco-toolkit",
        description="Articles in, tidy tables with provenance out (speakers, quotes, themes, "
        "cooperation areas, countries).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyze = sub.add_parser(
        "analyze",
        help="analyse files or folders and write the tables",
        description="Load PATH (file, folder or zip), extract every table and write them to DIR.",
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="file(s) or folder(s) to read")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    analyze.add_argument(
        "--format", choices=("parquet", "csv"), default="parquet", help="table file format"
    )
    analyze.add_argument(
        "--keep-duplicates", action="store_true", help="keep articles whose text repeats"
    )
    analyze.add_argument("--quiet", action="store_true", help="print nothing but errors")
    return parser


def _print_summary(corpus: object, out: str, fmt: str) -> None:
    summary = corpus.summary()  # type: ignore[attr-defined]
    width = max(len(k) for k in summary)
    for key, value in summary.items():
        print(f"{key.replace('_', ' '):<{width}}  {value:>8,}")
    print(f"tables written to {out}/ ({fmt})")


def _analyze(args: argparse.Namespace) -> int:
    from sco_toolkit.pipeline import analyze

    source = args.paths[0] if len(args.paths) == 1 else args.paths
    corpus = analyze(source, keep_duplicates=args.keep_duplicates)
    if args.format == "csv":
        corpus.to_csv(args.out)
    else:
        corpus.to_parquet(args.out)
    if not args.quiet:
        _print_summary(corpus, args.out, args.format)
        skipped = corpus.load_report[corpus.load_report["status"] != "loaded"]
        for row in skipped.itertuples():
            print(f"  {row.status}: {row.source}: {row.reason}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 2 on bad input)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
    except (LoadError, LexiconError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"sco-toolkit: error: {exc}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
