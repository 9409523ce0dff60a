"""The ``kathan`` command: project management, import/export, checks; no subcommand opens the GUI.

Exit codes: 0 success, 1 a user error (the message names the file and line), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parsed(argv)
    if args.command is None:
        return _launch_gui(None, None, None)
    from cli.interrupts import termination_as_interrupt
    from cli.terminal import shown
    from kathan.model import KathanError  # after parsing: --help needs none of the core

    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        with termination_as_interrupt():
            return handler(args)
    except KathanError as exc:
        print(shown(f"kathan: {exc}"), file=sys.stderr)
        return EXIT_USER_ERROR
    except ValueError as exc:
        # SchemaError and other refusals of user input derive from ValueError.
        print(shown(f"kathan: {exc}"), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # the reader of our output went away (``kathan stats P | head -1``): nothing more to say
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print(shown(f"kathan: interrupted; {_interrupted(args)}"), file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)


def _interrupted(args: argparse.Namespace) -> str:
    """What an interrupted command leaves behind, truthfully."""
    if args.command == "suggest":
        return "the suggestions of the documents already done are kept (one transaction each), the rest were not stored"
    return "nothing of the interrupted operation was written"


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The handler ``cli.commands.<name>``, imported only when that command runs: the
    commands pull in storage and SQLAlchemy, which ``kathan --help`` has no use for."""

    def run(args: argparse.Namespace) -> int:
        from cli import commands

        handler: Callable[[argparse.Namespace], int] = getattr(commands, name)
        return handler(args)

    run.__name__ = name
    return run


class _Unsure(Exception):
    """The lean parse of ``_parsed`` could not take the command line as it stands."""


class _LeanParser(argparse.ArgumentParser):
    """A parser that raises ``_Unsure`` where argparse would print an error, and takes no
    abbreviated option (which a format's option could make ambiguous)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **{**kwargs, "allow_abbrev": False})

    def error(self, message: str) -> NoReturn:
        raise _Unsure(message)


def _parsed(argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed by ``build_parser(argv)``. A command line without help or any format's own
    option is first parsed without the formats' options and help texts (listing them imports every
    format: a fifth of the start of ``kathan import``); anything that parse does not take (a
    format option, a mistake) goes to the whole parser, which gives the same answer or message as ever."""
    if not {"-h", "--help"} & set(argv):
        try:
            return build_parser(argv, format_options=False, parser_class=_LeanParser).parse_args(argv)
        except _Unsure:
            pass
    return build_parser(argv).parse_args(argv)


def build_parser(
    argv: Sequence[str] | None = None,
    *,
    format_options: bool = True,
    parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """The whole parser, or with ``argv`` one whose format choices and options (which load the
    format registry) are filled in only for the subcommand ``argv`` names: ``kathan --help``
    and ``kathan stats`` start without them. Without ``format_options`` it checks format names
    but offers neither the formats' options nor their descriptions (which import every format)."""
    wanted = next((a for a in argv if not a.startswith("-")), None) if argv is not None else None

    def full(command: str) -> bool:
        return argv is None or wanted == command

    parser = parser_class(
        prog="kathan",
        formatter_class=argparse.RawTextHelpFormatter,
        description="Annotate attribution (quotes, speakers, cues, claims) in news. No subcommand opens the workbench.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the workbench (optionally on PROJECT)")
    p.add_argument("project", nargs="?", help="a .kathan project file")
    p.add_argument("--screenshot", metavar="PNG", help="render the window with a document open to PNG and exit")
    p.add_argument("--annotator", help="annotator name (asked once otherwise)")
    p.add_argument("--lang", choices=("hi", "en"), help="interface language (default: View › Language, else the system's)")
    p.set_defaults(handler=lambda a: _launch_gui(a.project, a.screenshot, a.annotator, a.lang))

    p = sub.add_parser("init", help="create a new project file")
    p.add_argument("project", help="path of the new .kathan file")
    p.add_argument("--schema", metavar="FILE",
                   help="schema TOML, brat annotation.conf or INCEpTION type system (default: the attribution schema)")
    p.set_defaults(handler=_command("init"))

    p = sub.add_parser("import", help="import documents (and their annotations) into a project",
                       formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    if full("import"):
        from kathan.formats import registry

        p.add_argument("--format", default=registry.AUTO, choices=[registry.AUTO, *registry.format_names()], metavar="FORMAT",
                       help="auto (default: each file recognised by its content) or a format:\n"
                       + (registry.format_help("read") if format_options else ""))
        if format_options:
            _add_format_options(p, "read")
    p.add_argument("--annotator", default=None, help="annotator (layer) recorded for imported spans without one")
    p.add_argument(
        "--replace-layer", action="store_true", help="replace an annotator's layer of a document already in the project"
    )
    p.add_argument("--follow-links", action="store_true", help="read files that links lead to outside the folders given")
    p.add_argument("--extend-schema", action="store_true",
                   help="add labels, relation types and attributes the files use but the schema lacks\n"
                        "(without it such an import fails, listing them)")
    p.set_defaults(handler=_command("import_"))

    p = sub.add_parser("export", help="export documents and annotations", formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("project")
    if full("export"):
        from kathan.formats import registry

        p.add_argument("--format", required=True, choices=registry.format_names(), metavar="FORMAT",
                       help="one of:\n" + (registry.format_help("write") if format_options else ""))
        if format_options:
            _add_format_options(p, "write")
    p.add_argument("--out", required=True, metavar="PATH", help="output file or folder")
    p.add_argument("--doc", action="extend", nargs="+", metavar="ID", help="only these documents (names, as listed by export)")
    p.add_argument("--suggestions", action="store_true", help="write the suggestions instead of the annotations")
    p.add_argument("--layer", default="all", metavar="gold|NAME|all", help="one annotator's layer, or all (default)")
    p.add_argument("--include-rejected", action="store_true", help="with --suggestions: the rejected ones too")
    p.add_argument(
        "--overwrite", action="store_true",
        help="write a folder export into a folder holding other files (they are listed otherwise, and nothing is written)",
    )
    p.set_defaults(handler=_command("export"))

    p = sub.add_parser("stats", help="counts of documents, spans per label, relations per type and annotator")
    p.add_argument("project")
    p.set_defaults(handler=_command("stats"))

    p = sub.add_parser("validate", help="re-check every span against its text and the schema")
    p.add_argument("project")
    p.set_defaults(handler=_command("validate"))

    p = sub.add_parser("suggest", help="pre-annotate documents (rules and the model learned from the project)")
    p.add_argument("project")
    p.add_argument("--doc", action="extend", nargs="+", metavar="ID", help="only these documents (names, as listed by export)")
    p.add_argument(
        "--suggester", default=None, help="combined (default: the rules and the learned model), learned, hindi-rules or another registered one"
    )
    p.set_defaults(handler=_command("suggest"))

    p = sub.add_parser("train", help="train the learned suggester on the project's annotations and reviews")
    p.add_argument("project")
    p.set_defaults(handler=_command("train"))

    p = sub.add_parser("evaluate", help="precision, recall and F1 against a gold export, or by cross-validation")
    p.add_argument("project")
    p.add_argument("--gold", metavar="PATH", help="gold annotations (native JSONL)")
    p.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation of rules, learned and combined on the project's annotated documents")
    p.add_argument("--match", choices=("exact", "overlap"), default="overlap")
    p.add_argument("--suggestions", action="store_true", help="evaluate the suggestions instead of the annotations")
    p.set_defaults(handler=_command("evaluate"))

    p = sub.add_parser("agree", help="agreement between the annotators' layers (spans, tokens, attribution)")
    p.add_argument("project")
    p.add_argument("--labels", action="extend", nargs="+", metavar="LABEL", help="only these labels (default: all used)")
    p.add_argument("--doc", action="extend", nargs="+", metavar="ID", help="only these documents (names, as listed by export)")
    p.add_argument("--annotators", action="extend", nargs="+", metavar="NAME", help="only these annotators (default: all but gold)")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print the report as one JSON object")
    shape.add_argument("--csv", action="store_true", help="print the report as CSV, one number a row")
    p.set_defaults(handler=_command("agree"))

    p = sub.add_parser("merge", help="bring other annotators' projects of the same documents into TARGET")
    p.add_argument("target", help="the project that receives the layers (.kathan file or database URL)")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="projects to merge in (matched by text, never by title)")
    p.set_defaults(handler=_command("merge"))

    p = sub.add_parser("copy", help="copy a project to a new file or database (SQLite <-> PostgreSQL)")
    p.add_argument("source")
    p.add_argument("target", help="a new .kathan file or an empty database URL")
    p.set_defaults(handler=_command("copy"))
    return parser


def _add_format_options(parser: argparse.ArgumentParser, direction: str) -> None:
    """The options formats declare (``Format.options``), each once; given ones reach the format."""
    from kathan.formats import registry

    group = parser.add_argument_group("format options")
    for option in registry.options(direction):
        users = ", ".join(registry.formats_using(option.name, direction))
        help_text = f"{option.help} ({users})"
        if option.flag:
            group.add_argument(option.cli_flag, dest=f"format_{option.name}", action="store_const", const=True, default=None, help=help_text)
        else:
            group.add_argument(option.cli_flag, dest=f"format_{option.name}", default=None,
                               choices=option.choices or None, metavar=None if option.choices else option.name.upper(),
                               help=help_text)


def _launch_gui(project: str | None, screenshot: str | None, annotator: str | None, language: str | None = None) -> int:
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

    return run(project, screenshot=screenshot, annotator=annotator, language=language)


def has_screen() -> bool:
    """Whether Qt can open a window here; on Linux without X or Wayland it would abort instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
