"""What a printout declares: everything the command line, the window and the export log
need to know about it, in one :class:`Printout` per module of this package."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from importlib import import_module
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from flevodesk.domain.text import fold
from flevodesk.language import SOURCE, Language
from flevodesk.reports.wording import DUTCH, Wording
from flevodesk.services.export_log import note_export
from flevodesk.services.files import write_file_whole
from flevodesk.services.privacy import read_settings
from flevodesk.store.database import Database

if TYPE_CHECKING:
    from flevodesk.reports.layout import Output

#: The languages of the printouts residents read (handout, presentielijst, overview): a
#: new one is a translation file (``resources/translations/printouts_<code>.ts``) and its
#: :class:`~flevodesk.language.Language` here.
RESIDENT_LANGUAGES = (SOURCE, Language.ENGLISH)

D = TypeVar("D")
T = TypeVar("T")


class Input(Enum):
    """One thing a printout is made from; the command line and the window each know how to
    ask for it (``commands/printouts.py`` and ``ui/print_menu.py``)."""

    #: ``--municipality NAME`` (optional); the window offers "Heel Flevoland" and each one.
    MUNICIPALITY = "municipality"
    #: ``--initiative NAME``; the window takes the initiative open on its tab.
    INITIATIVE = "initiative"
    #: ``--id ID | --name NAME``; the window takes the initiative open on its tab.
    INITIATIVE_ID_OR_NAME = "initiative_id_or_name"
    #: ``--id ID``, the number of a funding application; the window, the one on its form.
    APPLICATION = "application"
    #: ``--person EMAIL``; the window takes the volunteer open on its tab.
    PERSON = "person"
    #: ``--date YYYY-MM-DD``; the window asks for a date, today suggested.
    DAY = "day"
    #: ``--from DATE --to DATE``; the window asks for both, 1 January to today suggested.
    PERIOD = "period"

    @property
    def record(self) -> str | None:
        """The kind of record (a tab of the window) this input is the selected one of."""
        return _RECORDS.get(self)


_RECORDS = {
    Input.INITIATIVE: "initiative",
    Input.INITIATIVE_ID_OR_NAME: "initiative",
    Input.APPLICATION: "funding",
    Input.PERSON: "person",
}


@dataclass(frozen=True)
class Option:
    """A command-line-only choice of one printout (``--flag N``), filling a field of
    :class:`Request`; the window takes the stored setting instead of asking."""

    flag: str
    field: str
    help: str
    #: Turns the typed text into the field's value; raises ValueError with a Dutch message.
    parse: Callable[[str], object]
    metavar: str = "N"


@dataclass(frozen=True)
class Ref:
    """A record a printout is of: its id where the window knows it, and its name as shown
    or typed (on the command line a person is named by e-mail address)."""

    id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class Request:
    """The user's choices for one printout; a builder reads the fields of its inputs."""

    municipality: str | None = None
    initiative: Ref = Ref()
    person: Ref = Ref()
    #: A funding application: its number, and its title where the window knows it.
    application: Ref = Ref()
    day: date | None = None
    start: date | None = None
    end: date | None = None
    #: The overview's threshold for "minder actief" for this printout only; None for the
    #: stored one.
    quiet_at_most: int | None = None
    #: The language to print the fixed texts in, one of the printout's ``languages``; the
    #: edge makes it (``flevodesk.printout_wording.wording_in``), as only it reads catalogues.
    wording: Wording = DUTCH


def need(value: T | None) -> T:
    """``value``, which the printout's inputs guarantee is there."""
    if value is None:
        raise TypeError("a printout was asked for without one of its inputs")
    return value


def slug(text: str) -> str:
    """``text`` as a readable part of a file name: "Dorpshuis Nagele" -> "dorpshuis-nagele"."""
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())[:60]


@dataclass(frozen=True)
class Printout(Generic[D]):
    """One printout, declared once as ``PRINTOUT`` in its own module of this package.

    Attributes:
        key: its name in the export log and in code.
        title: the Dutch name shown in dialogs and messages.
        description: one Dutch sentence, the help of its command.
        build: reads the database for a :class:`Request` and returns the frozen data
            class ``renderer`` takes (from :mod:`flevodesk.reports.data`).
        renderer: ``"module:function"`` of the renderer in :mod:`flevodesk.reports`, loaded
            on first use: reportlab takes about 120 ms to import, which opening the window
            or a command that prints nothing should not wait for.
        names_persons: whether it names or lists persons; each file made is then noted,
            so an erasure can say which files still hold the person.
        inputs: what it is made from, in the order the command line shows them.
        command: its kind on ``flevodesk export KIND``; None when it has no such command.
        menu: its item in the window's Afdrukken menu (``&`` marks the shortcut); None when
            it is made elsewhere (a form, the Privacy menu). The item stands among the
            printouts of the record its inputs name (see :attr:`record`), or among the
            general ones when they name none. A record's item is its action without the
            record ("&Folder afdrukken"): the window adds the name of the one open.
        file_name: the file name the window suggests for a request.
        question: the title of the window's questions (municipality, dates) when it is
            not ``title``.
        options: choices only the command line offers, each an :class:`Option`.
        languages: the languages it can be printed in, Dutch first; more than one gives
            it ``--language`` on the command line and a language choice in the preview.
            Its renderer then writes every fixed text through
            :func:`flevodesk.reports.wording.words`.
    """

    key: str
    title: str
    description: str
    build: Callable[[Database, Request], D]
    renderer: str
    names_persons: bool
    inputs: tuple[Input, ...] = ()
    command: str | None = None
    menu: str | None = None
    file_name: Callable[[Request], str] | None = None
    question: str | None = None
    options: tuple[Option, ...] = ()
    languages: tuple[Language, ...] = (SOURCE,)

    @property
    def record(self) -> str | None:
        """The kind of record this printout is of (``"initiative"``, ...), or None."""
        return next((i.record for i in self.inputs if i.record is not None), None)

    def suggested_name(self, request: Request) -> str:
        """The file name the window suggests; another language than Dutch ends it with its
        code ("folder-dorpshuis-nagele-en.pdf"), so both can be kept side by side."""
        name = self.file_name(request) if self.file_name is not None else f"{self.key}.pdf"
        language = request.wording.language
        if language is SOURCE:
            return name
        stem, dot, suffix = name.rpartition(".")
        return f"{stem}-{language.value}{dot}{suffix}" if dot else f"{name}-{language.value}"

    @property
    def translatable(self) -> bool:
        """Whether the user chooses the language it is printed in."""
        return len(self.languages) > 1

    def render(
        self, data: D, out: Output, author: str | None = None, wording: Wording = DUTCH
    ) -> None:
        """Draw the PDF of ``data`` to a path or a binary file in ``wording``'s language;
        its metadata names ``author`` (the organisation, "FlevoDesk" when none), this
        printout's description as subject and the language as /Lang.

        Raises:
            ValueError: when this printout is not declared in that language.
        """
        from flevodesk.reports.metadata import described  # loaded with the renderer
        from flevodesk.reports.wording import worded

        if wording.language not in self.languages:
            raise ValueError(f"{self.key} is not printed in {wording.language.own_name}")
        module, _, function = self.renderer.partition(":")
        draw: Callable[[D, Output], None] = getattr(import_module(module), function)
        with described(author, self.description), worded(wording):
            draw(data, out)

    def pdf_of(self, db: Database, data: D, wording: Wording = DUTCH) -> bytes:
        """The PDF of ``data`` as bytes, its author this database's organisation."""
        author = read_settings(db).organisation_name
        buffer = BytesIO()
        self.render(data, buffer, author, wording)
        return buffer.getvalue()

    def pdf(self, db: Database, request: Request) -> bytes:
        """Build the data for ``request`` and return its PDF (for a preview, say), in the
        request's language."""
        return self.pdf_of(db, self.build(db, request), request.wording)

    def keep(self, db: Database, pdf: bytes, out: Path) -> None:
        """Write ``pdf`` (made by :meth:`pdf`) to ``out`` atomically, byte for byte, noting
        the file first when this printout names persons.

        Raises:
            ServiceError: when the file cannot be written; an earlier ``out`` is unchanged.
        """
        if self.names_persons:
            note_export(db, self.key, out)
        write_file_whole(out, lambda buffer: buffer.write(pdf))

    def save(self, db: Database, data: D, out: Path, wording: Wording = DUTCH) -> None:
        """Render ``data`` to ``out`` atomically, noting the file when it names persons.

        Raises:
            ServiceError: when the file cannot be written; an earlier ``out`` is unchanged.
        """
        self.keep(db, self.pdf_of(db, data, wording), out)

    def make(self, db: Database, request: Request, out: Path) -> None:
        """Build the data for ``request`` and save it to ``out``, in the request's language."""
        self.save(db, self.build(db, request), out, request.wording)
