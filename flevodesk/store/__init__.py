"""Storage: engine, sessions, SQLite settings, migrations and backups."""
