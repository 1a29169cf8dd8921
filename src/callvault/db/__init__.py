"""Database engine and sessions per mode (SQLite embedded, PostgreSQL cluster), ORM base."""
