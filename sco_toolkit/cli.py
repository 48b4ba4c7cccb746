"""Command line: ``sco-toolkit analyze | render | report``."""

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

    render = sub.add_parser(
        "render",
        help="execute the notebooks and write a browsable HTML site",
        description="Run every notebook of --notebooks (name order) with CORPUS set to the corpus "
        "path and write one HTML page per notebook plus index.html to DIR. The pages draw their "
        "charts and widgets offline (JavaScript copied into DIR/_static/, installed once with "
        "npm). A notebook that fails gets an error page; the others still run, and the exit "
        "status is 1.",
    )
    render.add_argument(
        "--corpus", default="data", metavar="PATH", help="corpus given to the notebooks (data)"
    )
    render.add_argument(
        "--notebooks", default="notebooks", metavar="DIR", help="notebook folder (notebooks)"
    )
    render.add_argument("--out", required=True, metavar="DIR", help="folder for the site")
    render.add_argument(
        "--timeout", type=int, default=600, metavar="S", help="seconds a cell may run (600)"
    )
    render.add_argument("--quiet", action="store_true", help="no progress lines")

    report = sub.add_parser(
        "report",
        help="write one self-contained interactive HTML report",
        description="Analyse PATH (anything `analyze` reads, or a folder of tables written by "
        "`analyze --out`/Corpus.to_parquet) and write one HTML file with charts, the quote "
        "ledger and every article with its quotes, speakers, themes and cooperation areas "
        "highlighted. It needs no network, server or Jupyter.",
    )
    report.add_argument("paths", nargs="+", metavar="PATH", help="file(s), folder(s) or tables")
    report.add_argument("--out", required=True, metavar="FILE", help="the .html file to write")
    report.add_argument("--title", default=None, help="report title")
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


def _render(args: argparse.Namespace) -> int:
    from sco_toolkit.render import RenderError, render_site

    try:
        index = render_site(
            args.notebooks,
            args.out,
            corpus=args.corpus,
            progress=not args.quiet,
            timeout=args.timeout,
        )
    except RenderError as exc:
        for name, reason in exc.failures:
            print(f"  failed: {name}: {reason}", file=sys.stderr)
        print(f"sco-toolkit: error: {exc}", file=sys.stderr)
        return 1
    print(f"site written: open {index}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from sco_toolkit.report import load_corpus, write_report

    source = args.paths[0] if len(args.paths) == 1 else args.paths
    out = write_report(load_corpus(source), args.out, title=args.title)
    print(f"report written: open {out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 2 on bad input, 1 on failure)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "render":
            return _render(args)
        if args.command == "report":
            return _report(args)
    except (LoadError, LexiconError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"sco-toolkit: error: {exc}", file=sys.stderr)
        return 2
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
