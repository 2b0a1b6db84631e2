"""Qt widgets, dialogs and table models; they talk to services only."""
