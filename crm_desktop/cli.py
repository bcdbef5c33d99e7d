"""The command line: no subcommand opens the window; subcommands are thin shells over core."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from crm_desktop import __version__

EXIT_OK, EXIT_FAILURE, EXIT_UNUSABLE = 0, 1, 2
ENV_PASSWORD = "CRM_DESKTOP_PASSWORD"  # the --user operator's password
ENV_NEW_PASSWORD = "CRM_DESKTOP_NEW_PASSWORD"  # `operator add` / `operator password`


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors: one line, exit 2
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crm-desktop", description="Offline CRM for a sales office.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help="SQLite file or SQLAlchemy URL (default: the user data folder; env CRM_DESKTOP_DB)",
    )
    parser.add_argument(
        "--lang",
        choices=["en", "zh_CN", "zh_TW", "pseudo"],
        help="interface language (default: the one chosen in the window, else the system's;"
        " pseudo: every string longer and accented, to check the layout)",
    )
    parser.add_argument("--user", metavar="NAME", help=USER_HELP)
    # --user is also accepted after the subcommand; SUPPRESS keeps the one given before it.
    as_user = argparse.ArgumentParser(add_help=False)
    as_user.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=USER_HELP)
    sub = _Subcommands(parser.add_subparsers(dest="command", parser_class=_Parser), as_user)
    demo = sub.add_parser("demo", help="add realistic demo customers to the database")
    demo.add_argument("--customers", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    importer = sub.add_parser(
        "import", help="import a contact book, sales list or crm-desktop export"
    )
    importer.add_argument("file")
    importer.add_argument("--sheet", help="only this sheet of a workbook")
    importer.add_argument("--dry-run", action="store_true", help="read and check, write nothing")
    exporter = sub.add_parser(
        "export", help="export everything (or some customers) to .xlsx, .csv, .json or .vcf"
    )
    exporter.add_argument("file")
    exporter.add_argument(
        "--customer",
        metavar="NAME_OR_ID",
        action="append",
        help="only this customer (a code, exact name or id); repeat for several",
    )
    report = sub.add_parser("report", help="print a report to PDF (works without a display)")
    report.add_argument("file")
    report.add_argument("--customer", metavar="NAME_OR_ID")
    report.add_argument(
        "--kind",
        choices=["profile", "statement", "arrears", "warnings", "abc", "reminders"],
        default="profile",
    )
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file", nargs="?", help="default: the backups folder beside the database")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current data is backed up first)"
    )
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    trail = sub.add_parser(
        "audit-export", help="export the audit trail (who changed what, when) to .xlsx or .csv"
    )
    trail.add_argument("file")
    trail.add_argument("--customer", metavar="NAME_OR_ID", help="only this customer's events")
    trail.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="from this day")
    trail.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="up to this day")
    _operator_parser(sub)
    return parser


USER_HELP = (
    "the operator to work as, when the database has operators "
    f"(password from {ENV_PASSWORD} or a prompt)"
)


class _Subcommands:
    """Every subcommand's parser takes --user too."""

    def __init__(self, sub: argparse._SubParsersAction, as_user: argparse.ArgumentParser) -> None:
        self.sub = sub
        self.as_user = as_user

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        return self.sub.add_parser(name, parents=[self.as_user], **kwargs)  # type: ignore[arg-type]


def _operator_parser(sub: _Subcommands) -> None:
    operator = sub.add_parser(
        "operator", help="operators who sign in, and their roles (the first one: an admin)"
    )
    actions = operator.add_subparsers(dest="operator_command", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser(
        "add", help=f"add an operator (password from {ENV_NEW_PASSWORD} or a prompt)"
    )
    add.add_argument("name")
    add.add_argument("--role", choices=["admin", "sales", "viewer"], required=True)
    add.add_argument("--display-name", help="the name customers' owner column shows")
    actions.add_parser("list", help="list the operators and their roles")
    role = actions.add_parser("role", help="give an operator another role")
    role.add_argument("name")
    role.add_argument("role", choices=["admin", "sales", "viewer"])
    for verb, what in (("deactivate", "stop"), ("activate", "let again")):
        one = actions.add_parser(verb, help=f"{what} an operator sign in")
        one.add_argument("name")
    password = actions.add_parser(
        "password", help=f"set an operator's password ({ENV_NEW_PASSWORD} or a prompt)"
    )
    password.add_argument("name")


def _target(args: argparse.Namespace) -> str:
    from crm_desktop.core.db.target import resolve_target
    from crm_desktop.paths import default_database_path

    return resolve_target(args.db, os.environ, default_database_path)


def _server_url(target: str) -> str | None:
    """The URL of a PostgreSQL server's database, None for a SQLite file."""
    if "://" not in target or target.startswith("sqlite"):
        return None
    from crm_desktop.core.db.engine import database_url

    return database_url(target)  # refuses what is neither


def _sqlite_database(target: str) -> Path:
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    return Path(target).expanduser()


def _server_backups_folder() -> Path:
    from crm_desktop.paths import user_data_dir

    return user_data_dir() / "backups"


def cmd_backup(args: argparse.Namespace) -> int:
    target = _target(args)
    _sign_in_if_readable(args, None)
    url = _server_url(target)
    if url is not None:
        from crm_desktop.core.server_backup import backup_server, default_backup_path

        file = Path(args.file) if args.file else default_backup_path(url, _server_backups_folder())
        print(f"backup written: {backup_server(url, file)}")
        return EXIT_OK
    from crm_desktop.core.backup import backup, default_backup_path

    database = _sqlite_database(target)
    file = Path(args.file) if args.file else default_backup_path(database)
    print(_say(args, "backup_written", path=backup(database, file)))
    return EXIT_OK


def _confirmed(args: argparse.Namespace, database: object, backup_file: Path) -> bool:
    if args.yes or not sys.stdin.isatty():
        return True
    answer = input(
        f"Replace {database} with {backup_file}? The current data is backed up first. [y/N] "
    )
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from crm_desktop.core import permissions

    target = _target(args)
    backup_file = Path(args.file)
    _sign_in_if_readable(args, permissions.RESTORE)
    url = _server_url(target)
    if url is not None:
        from sqlalchemy.engine import make_url

        from crm_desktop.core.server_backup import check_server_backup, restore_server

        check_server_backup(backup_file)
        shown = make_url(url).render_as_string()
        if not _confirmed(args, shown, backup_file):
            print("restore cancelled")
            return EXIT_OK
        safety = restore_server(url, backup_file, _server_backups_folder())
        print(f"previous data kept in: {safety}")
        print(f"restored {shown} from {backup_file}")
        return EXIT_OK
    from crm_desktop.core.backup import check_backup, restore

    database = _sqlite_database(target)
    check_backup(backup_file)
    if not _confirmed(args, database, backup_file):
        print("restore cancelled")
        return EXIT_OK
    safety = restore(backup_file, database)
    if safety is not None:
        print(_say(args, "previous_kept", path=safety))
    print(_say(args, "restored", database=database, backup=backup_file))
    return EXIT_OK


def _open_core(args: argparse.Namespace):  # noqa: ANN202 - Core is imported lazily
    """Every subcommand that reads or writes records asks for the upgrade of an older (or
    new) database first, which keeps a backup of an older file, and then opens it."""
    from crm_desktop.core.db.target import resolve_target
    from crm_desktop.core.facade import open_core, upgrade_database
    from crm_desktop.paths import default_database_path

    target = resolve_target(args.db, os.environ, default_database_path)
    upgrade_database(target)
    core = open_core(target)
    try:
        _sign_in(core, args)
    except Exception:
        core.close()
        raise
    return core


def _sign_in(core, args: argparse.Namespace) -> None:  # noqa: ANN001 - Core is imported lazily
    """When the database has operators, work as --user (its password from the environment or
    a prompt); without operators, commands run as before, with every right."""
    from crm_desktop.core.errors import UnusableInput

    if not core.operators.any_defined():
        return
    if not args.user:
        raise UnusableInput("this database has operators: add --user NAME (and the password)")
    core.operators.sign_in(args.user, _password(ENV_PASSWORD, f"password for {args.user}: "))


def _password(variable: str, prompt: str, twice: bool = False) -> str:
    """A password from `variable`, else typed at a terminal (not echoed), else refused."""
    import getpass

    from crm_desktop.core.errors import UnusableInput

    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UnusableInput(f"no password: set {variable} or run the command in a terminal")
    typed = getpass.getpass(prompt)
    if twice and getpass.getpass("again: ") != typed:
        raise UnusableInput("the two passwords differ; nothing was changed")
    return typed


def _sign_in_if_readable(args: argparse.Namespace, action: str | None) -> None:
    """Backup and restore work on the file itself: a database that cannot be opened (damaged,
    older, newer) has nobody to sign in as, and restoring it is how it is repaired."""
    from crm_desktop.core import permissions
    from crm_desktop.core.db.target import resolve_target
    from crm_desktop.core.facade import open_core
    from crm_desktop.paths import default_database_path

    target = resolve_target(args.db, os.environ, default_database_path)
    if "://" not in target and not Path(target).expanduser().exists():
        return
    try:
        core = open_core(target)
    except Exception:  # noqa: BLE001 - unusable or unreachable: the command's own check says so
        return
    try:
        _sign_in(core, args)
        if action is not None:
            with core.engine.connect() as con:
                permissions.require(con, action)
    finally:
        core.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.core.clock import today

    if args.customers < 1:
        raise _usage(_say(args, "customers_at_least_one"))
    from crm_desktop.core import permissions

    core = _open_core(args)
    permissions.check(core.engine, permissions.IMPORT)  # a bulk write, as an import is
    result, _changes = core.demo.fill(args.customers, today(), seed=args.seed)
    core.close()
    print(f"demo customers={result.customers} contacts={result.contacts} sales={result.sales}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    core = _open_core(args)
    try:  # an unusable file or a failed write still closes the connections (Windows keeps
        # an open file locked, and a caller such as a test or a script may go on)
        draft = core.imports.prepare(Path(args.file), sheet=args.sheet, remembered=False)
        imports = core.imports
        summary = imports.preview(draft) if args.dry_run else imports.apply(draft).summary
    finally:
        core.close()
    from crm_desktop.core.messages import problem_text

    language = _language(args)  # once: 200,000 problems are 200,000 lines
    for problem in summary.problems:
        print(problem_text(problem, language))
    print(summary.line())  # the contract's summary line, the same in every language
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    core = _open_core(args)
    ids = [core.customers.find(key) for key in args.customer] if args.customer else None
    written = core.exports.export(Path(args.file), ids)
    print(f"exported customers={written} to {args.file}")
    return EXIT_OK


def _iso_date(args: argparse.Namespace, text: str | None, what: str) -> object:
    from datetime import date

    from crm_desktop.core.errors import UnusableInput

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UnusableInput(_say(args, "not_a_date", what=what, text=text)) from None


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from crm_desktop.core.clock import today
    from crm_desktop.core.errors import UnusableInput

    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise UnusableInput(_say(args, "report_not_pdf", name=target.name))
    if not target.parent.exists():
        raise UnusableInput(_say(args, "folder_missing", folder=target.parent))
    core = _open_core(args)
    day = today()
    start, end = _iso_date(args, args.start, "--from"), _iso_date(args, args.end, "--to")
    if args.kind in ("profile", "statement"):
        if args.customer:
            ids = [core.customers.find(args.customer)]
        elif args.kind == "statement":
            raise UnusableInput(_say(args, "statement_needs_customer"))
        else:
            from crm_desktop.core.repositories.list_types import CustomerFilter

            ids = core.customers.search(CustomerFilter())
            if not ids:
                raise UnusableInput(_say(args, "no_active_customers"))
        if args.kind == "profile":
            report = core.reports.profile(ids, day, _report_language(args))
        else:
            first = start or date(day.year, day.month, 1)
            report = core.reports.statement(
                ids[0],
                first,  # type: ignore[arg-type]
                end or day,  # type: ignore[arg-type]
                _report_language(args),
            )
    else:
        if (
            args.customer
        ):  # a list is of the whole office: a customer given here is a mistake, not a filter
            raise UnusableInput(_say(args, "customer_not_for_kind", kind=args.kind))
        report = core.reports.office(args.kind, day, _report_language(args))
    from crm_desktop.core.services.settings import OFFICE_LOGO, OFFICE_NAME
    from crm_desktop.ui.printing import write_pdf

    pages = write_pdf(
        report,
        target,
        office=core.settings.get(OFFICE_NAME),
        printed_on=day,
        language=_report_language(args),
        logo=core.settings.get(OFFICE_LOGO),
    )
    print(_say(args, "report_written", path=target, pages=pages))
    return EXIT_OK


def cmd_audit_export(args: argparse.Namespace) -> int:
    start, end = _iso_date(args, args.start, "--from"), _iso_date(args, args.end, "--to")
    core = _open_core(args)
    customer = core.customers.find(args.customer) if args.customer else None
    written = core.audit.export_trail(Path(args.file), customer, start, end)  # type: ignore[arg-type]
    print(f"exported audit events={written} to {args.file}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from crm_desktop.core.db.target import resolve_target
    from crm_desktop.paths import default_database
    from crm_desktop.ui.app import run_app

    # The window also honours the database chosen in Settings → Database.
    return run_app(resolve_target(args.db, os.environ, default_database), args.lang)


def _operator_named(core, name: str) -> int:  # noqa: ANN001 - Core is imported lazily
    from crm_desktop.core.errors import UnusableInput

    for found in core.operators.list():
        if found.name == name:
            return found.id
    raise UnusableInput(f"no operator {name!r}")


def cmd_operator(args: argparse.Namespace) -> int:
    core = _open_core(args)
    try:
        command, ops = args.operator_command, core.operators
        if command == "list":
            for op in ops.list():
                state = "" if op.active else " (deactivated)"
                print(f"{op.name}\t{op.role}\t{op.display_name}{state}")
        elif command == "add":
            # The very first administrator signs in with the password given here.
            first = not ops.any_defined() and not os.environ.get(ENV_NEW_PASSWORD)
            variable = ENV_PASSWORD if first and os.environ.get(ENV_PASSWORD) else ENV_NEW_PASSWORD
            password = _password(variable, f"password for {args.name}: ", twice=True)
            added = ops.add(args.name, password, args.role, args.display_name)
            print(f"operator added: {added.name} ({added.role})")
        elif command == "role":
            ops.set_role(_operator_named(core, args.name), args.role)
            print(f"operator {args.name}: role {args.role}")
        elif command in ("deactivate", "activate"):
            ops.set_active(_operator_named(core, args.name), command == "activate")
            print(f"operator {args.name}: {command}d")
        else:
            password = _password(ENV_NEW_PASSWORD, f"new password for {args.name}: ", twice=True)
            ops.reset_password(_operator_named(core, args.name), password)
            print(f"operator {args.name}: password set")
    finally:
        core.close()
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "operator": cmd_operator,
    "audit-export": cmd_audit_export,
}


def _language(args: argparse.Namespace) -> str:
    """`--lang`, else the language the window saved or passed on, else the system's."""
    from crm_desktop.core.language import cli_language

    return cli_language(getattr(args, "lang", None))


def _report_language(args: argparse.Namespace) -> str:
    from crm_desktop.core.language import report_language

    return report_language(getattr(args, "lang", None))


def _say(args: argparse.Namespace, key: str, **params: object) -> str:
    from crm_desktop.core.messages import say

    return say(key, _language(args), **params)


def _usage(message: str) -> Exception:
    from crm_desktop.core.errors import UnusableInput

    return UnusableInput(message)


def main(argv: Sequence[str] | None = None) -> int:
    # In the bundle, a child process the app starts (the warnings of a big office) re-runs this
    # executable; freeze_support runs the child's work instead of a second window.
    import multiprocessing

    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    from crm_desktop.core.errors import UnusableInput, ValidationErrors

    if args.command is not None:  # the window opens the log after its first paint
        from crm_desktop.logs import configure_logging

        configure_logging()
    try:
        return COMMANDS[args.command](args)
    except (UnusableInput, ValidationErrors) as exc:  # a refused value is the user's input too
        from crm_desktop.core.messages import error_text
        from crm_desktop.logs import logger

        logger.warning("%s: %s", args.command, exc)
        print(f"crm-desktop: {error_text(exc, _language(args))}", file=sys.stderr)
        return EXIT_UNUSABLE
    except Exception as exc:  # noqa: BLE001 - disk full, database locked, a bug: one line, exit 1
        from crm_desktop.logs import configure_logging, logger, short_message

        configure_logging()
        logger.exception("%s failed", args.command or "window")
        if os.environ.get("CRM_DESKTOP_DEBUG"):
            raise
        print(f"crm-desktop: {short_message(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"crm-desktop: {_say(args, 'interrupted')}", file=sys.stderr)
        return EXIT_FAILURE
