"""The ``kathan`` command: project management, import/export, checks; no subcommand opens the GUI.

Exit codes: 0 success, 1 a user error (the message names the file and line), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from kathan.model import KathanError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _launch_gui(None, None, None)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KathanError as exc:
        print(f"kathan: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except ValueError as exc:
        # SchemaError and other refusals of user input derive from ValueError.
        print(f"kathan: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"kathan: interrupted; {_interrupted(args)}", file=sys.stderr)
        return 130


def _interrupted(args: argparse.Namespace) -> str:
    """What an interrupted command leaves behind, truthfully."""
    if args.command == "suggest":
        return "the suggestions of the documents already done are kept (one transaction each), the rest were not stored"
    if args.command == "export" and args.format == "brat":
        return f"the files already written to {args.out} stay there; export again to complete the folder"
    return "nothing of the interrupted operation was written"


def build_parser() -> argparse.ArgumentParser:
    from cli import commands

    parser = argparse.ArgumentParser(
        prog="kathan",
        description="Annotate attribution (quotes, speakers, cues, claims) in news. No subcommand opens the workbench.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the workbench (optionally on PROJECT)")
    p.add_argument("project", nargs="?", help="a .kathan project file")
    p.add_argument("--screenshot", metavar="PNG", help="render the window with a document open to PNG and exit")
    p.add_argument("--annotator", help="annotator name (asked once otherwise)")
    p.set_defaults(handler=lambda a: _launch_gui(a.project, a.screenshot, a.annotator))

    p = sub.add_parser("init", help="create a new project file")
    p.add_argument("project", help="path of the new .kathan file")
    p.add_argument("--schema", metavar="FILE", help="schema TOML (default: the attribution schema)")
    p.set_defaults(handler=commands.init)

    p = sub.add_parser("import", help="import documents (and their annotations) into a project")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--format", default="auto", help="auto (default), txt, jsonl or brat")
    p.add_argument("--annotator", default=None, help="annotator recorded for imported spans without one")
    p.set_defaults(handler=commands.import_)

    p = sub.add_parser("export", help="export documents and annotations")
    p.add_argument("project")
    p.add_argument("--format", required=True, help="jsonl, brat, conll or spacy")
    p.add_argument("--out", required=True, metavar="PATH", help="output file or folder")
    p.add_argument("--doc", action="extend", nargs="+", metavar="ID", help="only these documents (names, as listed by export)")
    p.add_argument("--suggestions", action="store_true", help="write the suggestions instead of the annotations")
    p.set_defaults(handler=commands.export)

    p = sub.add_parser("stats", help="counts of documents, spans per label, relations per type and annotator")
    p.add_argument("project")
    p.set_defaults(handler=commands.stats)

    p = sub.add_parser("validate", help="re-check every span against its text and the schema")
    p.add_argument("project")
    p.set_defaults(handler=commands.validate)

    p = sub.add_parser("suggest", help="pre-annotate documents (rules and the model learned from the project)")
    p.add_argument("project")
    p.add_argument("--doc", action="extend", nargs="+", metavar="ID", help="only these documents (names, as listed by export)")
    p.add_argument(
        "--suggester", default=None, help="combined (default: the rules and the learned model), learned, hindi-rules or another registered one"
    )
    p.set_defaults(handler=commands.suggest)

    p = sub.add_parser("train", help="train the learned suggester on the project's annotations and reviews")
    p.add_argument("project")
    p.set_defaults(handler=commands.train)

    p = sub.add_parser("evaluate", help="precision, recall and F1 against a gold export, or by cross-validation")
    p.add_argument("project")
    p.add_argument("--gold", metavar="PATH", help="gold annotations (native JSONL)")
    p.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation of rules, learned and combined on the project's annotated documents")
    p.add_argument("--match", choices=("exact", "overlap"), default="overlap")
    p.add_argument("--suggestions", action="store_true", help="evaluate the suggestions instead of the annotations")
    p.set_defaults(handler=commands.evaluate)
    return parser


def _launch_gui(project: str | None, screenshot: str | None, annotator: str | None) -> int:
    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if not has_screen():
        print(
            "kathan: no screen to open the workbench on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
            "Run it on a desktop, under 'xvfb-run kathan', or render it with 'kathan gui PROJECT --screenshot PNG'.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    from gui.app import run

    return run(project, screenshot=screenshot, annotator=annotator)


def has_screen() -> bool:
    """Whether Qt can open a window here; on Linux without X or Wayland it would abort instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
