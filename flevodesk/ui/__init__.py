"""The Qt user interface. Talks to services only."""

from flevodesk.ui import qt_fixes

qt_fixes.install()
