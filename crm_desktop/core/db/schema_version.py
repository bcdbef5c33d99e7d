"""The Alembic head this code expects; lets start-up skip importing Alembic when current.

tests/core/test_migrations.py asserts it equals the newest revision file.
"""

HEAD = "0015_interactions"
