"""A number from the settings file is read back safely, whatever the file holds."""

from PySide6.QtCore import QSettings

from flevodesk.ui.settings_values import int_setting


def test_a_number_from_the_settings_is_kept_within_its_range_and_rubbish_gives_the_default(
    tmp_path,
):
    settings = QSettings(str(tmp_path / "flevodesk.ini"), QSettings.Format.IniFormat)
    assert int_setting(settings, "backups/keep_daily", 14, 1, 365) == 14  # not set yet
    settings.setValue("backups/keep_daily", 30)
    assert int_setting(settings, "backups/keep_daily", 14, 1, 365) == 30
    settings.setValue("backups/keep_daily", "veertien")  # a hand-edited file
    assert int_setting(settings, "backups/keep_daily", 14, 1, 365) == 14
    settings.setValue("backups/keep_daily", 10_000)
    assert int_setting(settings, "backups/keep_daily", 14, 1, 365) == 365
