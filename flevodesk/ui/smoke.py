"""A switch for the frozen build's smoke test and start-time benchmark; off unless asked for.

With ``FLEVODESK_SMOKE_QUIT_MS=N`` in the environment, the end of the main window's first
paint (the moment its event loop is free again) prints one line
``FLEVODESK-SMOKE first-paint <unix time>`` on stdout. N ms later, once the
start-up work on thread pools is done, the interface's language and first tab title are
printed (English needs the compiled catalogue), the file and print dialogs are built (not shown) to
prove their plugins are in the bundle, a printout's page is drawn as the print preview
draws it (PDFium's library must be there), and every window is closed the way a user
would, so the program leaves through its normal exit.
Without the variable this does nothing, so normal starts pay only this module's import.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "FLEVODESK_SMOKE_QUIT_MS"
MARKER = "FLEVODESK-SMOKE"
BUSY_TIMEOUT_S = 60.0


def _busy_pools(app: QApplication) -> bool:
    pools = [QThreadPool.globalInstance()]
    for window in app.topLevelWidgets():
        pools.extend(window.findChildren(QThreadPool))
    return any(pool.activeThreadCount() > 0 for pool in pools)


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget, quit_after_ms: int) -> None:
        super().__init__(app)
        self._window = window
        self._app = app
        self._quit_after_ms = quit_after_ms
        self._seen = False
        self._deadline = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._painted)
        return False

    @Slot()
    def _painted(self) -> None:
        # Wall-clock time, so a parent process can subtract the moment it started us.
        print(f"{MARKER} first-paint {time.time():.6f}", flush=True)
        self._deadline = time.monotonic() + BUSY_TIMEOUT_S
        QTimer.singleShot(self._quit_after_ms, self._finish)

    @Slot()
    def _finish(self) -> None:
        # Start-up work (opening and migrating the database) runs on thread pools; closing
        # before it ends would skip the part of the start the smoke test is meant to cover.
        if _busy_pools(self._app) and time.monotonic() < self._deadline:
            QTimer.singleShot(100, self._finish)
            return
        self._window.removeEventFilter(self)
        check_language(self._window)
        check_dialogs()
        check_preview()
        check_hyphenation()
        check_package()
        self._app.closeAllWindows()
        # closeAllWindows quits through quitOnLastWindowClosed; this covers a window that
        # refused to close or an application that turned that off.
        QTimer.singleShot(2000, self._app.quit)


def check_language(window: QWidget) -> None:
    """Report the language the interface speaks and the title of the window's first tab.

    In a frozen build started with ``FLEVODESK_LANG=en`` the title is English only when the
    compiled catalogue came along and was loaded.
    """
    from PySide6.QtWidgets import QTabWidget

    from flevodesk.ui.language_menu import running_language

    tabs = window.findChild(QTabWidget)
    first = tabs.tabText(0) if tabs is not None and tabs.count() else ""
    print(f"{MARKER} interface {running_language().value} {first}", flush=True)


def check_dialogs() -> None:
    """Build a file dialog and a print dialog without showing them, and report what was found.

    In a frozen build this fails loudly (ImportError, a Qt warning) when QtPrintSupport or
    its plugin was left out.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QFileDialog

    file_dialog = QFileDialog(None, "smoke")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    print_dialog = QPrintDialog(printer)
    printers = len(QPrinterInfo.availablePrinters())
    print(f"{MARKER} dialogs file+print ok, printers={printers}", flush=True)
    # Qt's own button texts come from qtbase_nl.qm, which the build must carry; in English
    # no catalogue of Qt's is installed and its source words show.
    finish = QCoreApplication.translate("QWizard", "&Finish")
    print(f"{MARKER} qt texts {'dutch' if finish != '&Finish' else 'english'}", flush=True)
    print_dialog.deleteLater()
    file_dialog.deleteLater()


def check_preview() -> None:
    """Draw the first page of a printout (an empty sign-in sheet) the way the print preview
    does, and report its size and whether anything is on it.

    In a frozen build this fails loudly when pypdfium2's shared library or reportlab's
    fonts were left out.
    """
    from datetime import date
    from io import BytesIO

    from flevodesk.reports.data import SigninData
    from flevodesk.services.printouts import PRINTOUTS
    from flevodesk.ui.pdf_pages import PdfPages

    pdf = BytesIO()
    PRINTOUTS["signin"].render(SigninData("Rookproef", date(2026, 1, 1)), pdf)
    pages = PdfPages(pdf.getvalue())
    try:
        image = pages.render(0, 96)
    finally:
        pages.close()
    assert image is not None
    small = image.scaled(image.width() // 8, image.height() // 8)
    inked = any(
        small.pixelColor(x, y).lightness() < 200
        for x in range(small.width())
        for y in range(small.height())
    )
    print(
        f"{MARKER} preview page 1 of {len(pages)} {image.width()}x{image.height()} "
        f"{'ink' if inked else 'blank'}",
        flush=True,
    )


def check_hyphenation() -> None:
    """Break a long Dutch compound in a table cell's style, as the printouts do.

    reportlab uses pyphen only when it can import it, silently; in a frozen build this says
    whether pyphen and its Dutch dictionary came along.
    """
    from flevodesk.reports import styles
    from flevodesk.reports.measured import MeasuredParagraph

    paragraph = MeasuredParagraph(
        "Vrijwilligersvergoedingenadministratie", styles.stylesheet().cell
    )
    paragraph.wrap(80, 1000)
    first = paragraph.blPara.lines[0]
    words = first[1] if isinstance(first, tuple) else first.words
    hyphenated = "".join(str(w) for w in words).endswith("-")
    print(f"{MARKER} hyphenation {'dutch' if hyphenated else 'none'}", flush=True)


def check_package() -> None:
    """Seal and open an exchange package with the real key derivation.

    In a frozen build this fails loudly when the `cryptography` package's compiled part
    (Argon2id and AES-GCM come from its OpenSSL) was left out.
    """
    from flevodesk.services.exchange import package

    sealed = package.seal({"smoke": True}, b"rookproef", "rookproef-wachtzin")
    header, payload = package.unseal(sealed, "rookproef-wachtzin")
    whole = payload == b"rookproef" and header["smoke"] is True
    print(f"{MARKER} exchange package {'ok' if whole else 'wrong'}", flush=True)


def install_auto_quit(app: QApplication, window: QWidget) -> None:
    """Arm the smoke-test behaviour for ``window`` when ``FLEVODESK_SMOKE_QUIT_MS`` is set;
    else do nothing.

    The probe watches the window only: an application-wide Python event filter makes PySide
    wrap every object and event Qt delivers, which delayed the first paint it was timing by
    25-45 ms.
    """
    value = os.environ.get(ENV_VAR)
    if not value:
        return
    try:
        quit_after_ms = max(0, int(value))
    except ValueError:
        print(f"{ENV_VAR} is not a number of milliseconds: {value!r}", file=sys.stderr)
        return
    window.installEventFilter(_FirstPaint(app, window, quit_after_ms))
