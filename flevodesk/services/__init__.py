"""Use cases the GUI and the command line call; they own sessions and transactions."""

# The change log of personal data hooks into every session; importing it here means no
# entry point (GUI, command line, tests) can write a person without it.
import flevodesk.services.privacy  # noqa: F401
