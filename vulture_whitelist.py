"""Names vulture (`vulture`, configured in pyproject.toml) reports as unused that are used,
each with the reason. vulture only parses this file: it is never imported or run.
tests/core/test_dead_code.py keeps crm_desktop clean against it.
"""
# ruff: noqa

# Alembic reads these module attributes and calls downgrade() from every migration file.
down_revision
branch_labels
depends_on
downgrade

# SQLAlchemy's TypeDecorator protocol (core/db/types.py): class attributes and hooks it calls.
impl
cache_ok
_.process_bind_param
_.process_result_value

# openpyxl properties the .xlsx export sets on sheets and cells (core/exporters/xlsx_file.py).
_.freeze_panes
_.fill
_.number_format

# SQLModel table columns (core/models): written by SQL, triggers and imports, read in SQL.
search_initials
search_pinyin
search_digits
updated_at
import_batch_id
header_signature
mapping_json
_.updated_at  # set on the ORM object before its flush (core/services/customers.py)

# sqlite3.Cursor.row_factory, set on the warnings snapshot's cursor.
_.row_factory

# The analysis tables' exactness check: tests/core and `bench/bench_analytics_core.py --check`.
differences

# vocabulary.LANGUAGES: scripts/build_translations.py reads it; vocabulary.ALL: every
# vocabulary, walked by tests/core/test_vocabulary_exports.py.
LANGUAGES
ALL

# What the customer chart last drew; tests/ui/test_main_window.py checks it.
_.drawn_months
# Keeps the non-modal date menu alive while the dialog runs (tests open it too).
_.calendar_popup

# Qt virtual methods: Qt calls the overrides.
_.headerData
_.dragEnterEvent
_.dragMoveEvent
_.dropEvent
_.mimeData
_.mimeTypes
_.intrinsicSize
_.drawObject
# openpyxl reads a cell's type from this attribute when it writes the sheet.
_.data_type
# Tests take the error reporter off again so the next test starts without it.
_.uninstall
# The seam between the sign-in and the audit trail (issue 14): both sides land separately.
_.sign_in_as
_.signed_in_operator
_.current_actor
# SQLAlchemy reads these: the PostgreSQL dialect keeps booleans as SQLite's 0/1, and @compiles
# registers the column types' DDL (dialects/postgresql.py).
_.supports_native_boolean
_._boolean
_._date
# psycopg reads it: the fast paths' connection commits as sqlite3 does (pg_translate.py).
_.autocommit
# The tests click File → Database's Save button as a user would.
_.save_button
# scripts/build_translations.py builds the core's Traditional table from it.
chinese_catalogue
# Qt's virtual QTranslator.translate(context, source, disambiguation, n) and isEmpty: the
# pseudo-localisation translator overrides them with Qt's own signature.
disambiguation
_.isEmpty
# The View menu's language choices; tests/ui/test_languages_complete.py drives them.
_.language_menu
# File → New / Open / Recent databases; tests/ui/test_database_menu.py drives it.
_.databases
