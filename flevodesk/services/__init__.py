"""Use cases the GUI and the command line call; they own sessions and transactions."""
