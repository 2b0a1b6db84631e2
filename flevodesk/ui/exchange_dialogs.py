"""The questions of Gegevens → Uitwisselen: what goes into a package, and for whom.

The dialogs only ask; :mod:`flevodesk.ui.exchange_menu` reads their choices, asks for the
file and runs the work on a worker.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.services.exchange.package import MIN_PASSPHRASE_LENGTH
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_title


@dataclass(frozen=True)
class ExportChoice:
    """What the user asked for: the receiving computer, initiatives to share, passphrase."""

    peer: str
    initiatives: tuple[str, ...]
    passphrase: str


def passphrase_problem(first: str, second: str) -> str | None:
    """Why a new team passphrase typed twice cannot be used, or ``None``."""
    if len(first) < MIN_PASSPHRASE_LENGTH:
        return tr_text("De wachtzin moet minstens %n tekens hebben.").replace(
            "%n", str(MIN_PASSPHRASE_LENGTH)
        )
    if first != second:
        return tr_text("De twee wachtzinnen verschillen.")
    return None


def problem_label() -> QLabel:
    """The red line under a form that says what still stops OK."""
    label = QLabel()
    label.setObjectName("problem")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


#: Where a checklist item keeps the initiative's own name (its text may carry a mark).
NAME_ROLE = Qt.ItemDataRole.UserRole


class ExportDialog(QDialog):
    """Pakket maken: for which computer (one it knows or a new name), which initiatives to
    share with it, and the team passphrase twice. OK only when all three are usable.

    ``has`` names, per known computer, the initiatives it already has (sent to it or
    from it, ``services.exchange.initiatives_by_peer``): the checklist marks them "heeft
    al" for the computer chosen, so the user ticks only what is new to it."""

    def __init__(
        self,
        peers: Sequence[str],
        initiatives: Sequence[str],
        this_site: str,
        parent: QWidget | None = None,
        *,
        has: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.has = dict(has or {})
        self.setWindowTitle(tr_text("Pakket maken"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr_text(
                "Het pakket bevat wat de andere computer nog niet van %1 heeft. Een "
                "initiatief dat u voor het eerst deelt, gaat helemaal mee: vrijwilligers met "
                "hun inzet, uren, toestemmingen en VOG's, de aanvragen en de partners."
            ).replace("%1", this_site)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.peer = QComboBox()
        self.peer.setEditable(True)
        self.peer.addItems(list(peers))
        self.peer.setCurrentText(peers[0] if len(peers) == 1 else "")
        line = self.peer.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr_text("bijvoorbeeld Laptop Repair Café Dronten"))
        form.addRow(tr_text("&Voor de computer:"), self.peer)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr_text("Zoeken in de initiatieven"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.initiatives = QListWidget()
        for name in initiatives:
            item = QListWidgetItem(name)
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.initiatives.addItem(item)
        self.peer.currentTextChanged.connect(self._mark_known)
        form.addRow(tr_text("&Initiatieven delen:"), self.search)
        form.addRow("", self.initiatives)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr_text("&Wachtzin van het team:"), self.passphrase)
        form.addRow(tr_text("&Nogmaals:"), self.again)
        hint = QLabel(
            tr_text(
                "Vertel de ontvanger de wachtzin zelf, niet in hetzelfde bericht als het pakket."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            tr_text("Pakket &maken…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(tr_text("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._mark_known(self.peer.currentText())
        fit_title(self)

    @staticmethod
    def name_of(item: QListWidgetItem) -> str:
        return str(item.data(NAME_ROLE))

    def already_there(self) -> list[str]:
        """The initiatives marked as already on the chosen computer, in list order."""
        known = self.has.get(self.peer.currentText().strip(), ())
        items = (self.initiatives.item(row) for row in range(self.initiatives.count()))
        return [self.name_of(item) for item in items if self.name_of(item) in known]

    @Slot(str)
    def _mark_known(self, peer: str) -> None:
        known = self.has.get(peer.strip(), ())
        mark = tr_text("heeft al")
        tip = tr_text(
            "Deze computer heeft dit initiatief al; wat erin verandert, gaat vanzelf mee."
        )
        for row in range(self.initiatives.count()):
            item = self.initiatives.item(row)
            name = self.name_of(item)
            there = name in known
            item.setText(f"{name} \N{EM DASH} {mark}" if there else name)
            item.setToolTip(tip if there else "")
            font = item.font()
            font.setItalic(there)
            item.setFont(font)

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.initiatives.count()):
            item = self.initiatives.item(row)
            item.setHidden(bool(needle) and needle not in self.name_of(item).casefold())

    def check(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) the initiative called ``name``."""
        for row in range(self.initiatives.count()):
            item = self.initiatives.item(row)
            if self.name_of(item) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def choice(self) -> ExportChoice:
        items = (self.initiatives.item(row) for row in range(self.initiatives.count()))
        return ExportChoice(
            peer=self.peer.currentText().strip(),
            initiatives=tuple(
                self.name_of(item) for item in items if item.checkState() == Qt.CheckState.Checked
            ),
            passphrase=self.passphrase.text(),
        )

    def problem_text(self) -> str | None:
        """What stops OK, or ``None``."""
        if not self.peer.currentText().strip():
            return tr_text("Vul in voor welke computer het pakket is.")
        return passphrase_problem(self.passphrase.text(), self.again.text())

    def accept(self) -> None:
        problem = self.problem_text()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()
