"""FlevoDesk: offline bureauprogramma voor inwonersinitiatieven in Flevoland."""

# A literal, not importlib.metadata: that lookup costs tens of milliseconds at every start.
# tests/test_version.py keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"
