"""Exchange of records between databases by encrypted package files (issue 18)."""
