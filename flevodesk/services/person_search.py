"""The person search, one condition for both databases: FTS5 on SQLite, tsvector on PostgreSQL.

Both read ``persons.search_text``, the folded copy of the searchable fields the program
writes, and both split it into words at every character that is not a letter or digit
(FTS5's unicode61 tokenizer; on the server the GIN index of migration 0001 over
:data:`SERVER_SEARCH_VECTOR`). Every word of a search must start a word of the record, and
a word with punctuation inside ("06-12", "jan@x") must start that run of words, so
"zoe" finds "Zoë" and "0612" finds "06-12345678" on either.

On the server a search word of one to three letters or digits is looked up in
:data:`PREFIXES` instead (migration 0012): the GIN index would have to merge every word
starting with it and visit each hit for its sort key, where that table's btree holds the
hits in name order.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    Text,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.visitors import InternalTraversal

from flevodesk.domain.people import Person
from flevodesk.domain.text import fold

#: Must equal the expression of the index ix_persons_search made by migration 0001, or the
#: server reads every row instead of the index (a test compares the plans).
SERVER_SEARCH_VECTOR = (
    "to_tsvector('simple'::regconfig, "
    "regexp_replace(coalesce(persons.search_text, ''), '[^[:alnum:]]+', ' ', 'g'))"
)
_WORD = re.compile(r"[^\W_]+")
#: A word the server's prefix table answers: what ``to_tsquery`` keeps as it is.
_SHORT = re.compile(r"[a-z0-9]{1,3}")

#: Every distinct prefix of one or two characters of every word of a person's search
#: vector, with the person's sort key and, for two, the characters that follow it in
#: those words (``nexts``), kept by triggers (migration 0012); on the server only, so not
#: in the models.
PREFIXES = Table(
    "person_search_prefixes",
    MetaData(),
    Column("prefix", String(2), nullable=False),
    Column("person_id", Integer, nullable=False),
    Column("sort_key", String(300)),
    Column("nexts", Text),
)


def fts_query(search: str) -> str:
    """An FTS5 MATCH expression: every word must start a token somewhere in the record.

    Each word is quoted, so punctuation in e-mail addresses or postcodes cannot break the
    query syntax.
    """
    words = [w.replace('"', '""') for w in fold(search).split()]
    return " ".join(f'"{w}"*' for w in words)


def tsquery(search: str) -> str:
    """The same search as :func:`fts_query` for PostgreSQL's ``to_tsquery('simple', ...)``.

    Only letters and digits reach the query, so nothing a user types can break its syntax;
    a word of punctuation alone is left out, as FTS5 leaves it out. ``""`` when no word
    is left: then nothing matches, as on SQLite.
    """
    phrases = []
    for word in fold(search).split():
        tokens = _WORD.findall(word)
        if tokens:
            tokens[-1] += ":*"
            phrases.append(" <-> ".join(tokens))
    return " & ".join(phrases)


def server_terms(search: str) -> tuple[list[str], str]:
    """The words of ``search`` the server's prefix table answers, and the :func:`tsquery`
    of the others (``""`` when there are none)."""
    short, rest = [], []
    for word in fold(search).split():
        tokens = _WORD.findall(word)
        if len(tokens) == 1 and _SHORT.fullmatch(tokens[0]):
            short.append(tokens[0])
        else:
            rest.append(word)
    return short, tsquery(" ".join(rest))


def prefix_hits(word: str) -> Select[Any]:
    """On a server, ``hit_id`` and ``sort_value`` (the sort key) of every person one word of
    one to three characters matches, read from the prefix table's index alone."""
    return select(
        PREFIXES.c.person_id.label("hit_id"), PREFIXES.c.sort_key.label("sort_value")
    ).where(_prefix_condition(word, 0))


def _prefix_condition(word: str, number: int | None = None) -> ColumnElement[bool]:
    # Named (by the word's place in the search) when the statement is kept for reuse.
    name = None if number is None else f"person_prefix_{number}"
    condition = PREFIXES.c.prefix == bindparam(name, word[:2], type_=String())
    if len(word) > 2:
        # A third character is one of those that follow the first two in some word.
        third = bindparam(None if name is None else f"{name}_next", word[2:], type_=String())
        condition = condition & (func.strpos(PREFIXES.c.nexts, third) > 0)
    return condition


def search_shape(search: str) -> tuple[int, ...]:
    """What the statement of :class:`PersonMatch` depends on besides its parameters'
    values: on a server, the length of the one word the prefix table answers, if any."""
    word = single_prefix(search)
    return () if word is None else (min(len(word), 3),)


def search_parameters(search: str) -> dict[str, str]:
    """The values of :class:`PersonMatch`'s named parameters for ``search``."""
    word = single_prefix(search)
    values = {"person_fts": fts_query(search), "person_rest": tsquery(search)}
    if word is not None:
        values["person_prefix_0"] = word[:2]
        if len(word) > 2:
            values["person_prefix_0_next"] = word[2:]
    return values


def single_prefix(search: str) -> str | None:
    """The word when ``search`` is one word the server's prefix table answers alone."""
    short, rest = server_terms(search)
    return short[0] if len(short) == 1 and not rest else None


class PersonMatch(ColumnElement[bool]):
    """``persons.id`` is among the persons whose search text matches the search."""

    type = Boolean()
    inherit_cache = True
    # A predicate, not a value: without this SQLite gets ``… IN (…) = 1``, which hides the
    # IN from the planner, so it walks every person instead of starting at the hits (11
    # hits on 100,000 persons: 7 ms instead of 0.3 ms).
    _is_implicitly_boolean = True
    _traverse_internals = [
        ("id_column", InternalTraversal.dp_clauseelement),
        ("fts", InternalTraversal.dp_clauseelement),
        ("prefixes", InternalTraversal.dp_clauseelement_list),
        ("rest", InternalTraversal.dp_clauseelement),
        ("vector", InternalTraversal.dp_boolean),
        ("broad", InternalTraversal.dp_boolean),
    ]

    def __init__(self, search: str, *, broad: bool = False) -> None:
        self.id_column: ColumnElement[Any] = Person.__table__.c.id
        # Named, so that a statement kept for reuse takes another search's values (see
        # :func:`search_parameters`).
        self.fts: BindParameter[str] = bindparam("person_fts", fts_query(search), type_=String())
        # A search of more words narrows the GIN index's hits by each, and as each word's
        # hits in the prefix table would have to be joined, only one short word reads it.
        word = single_prefix(search)
        #: On a server, the condition read from the prefix table (for one short word).
        self.prefixes = (
            []
            if word is None
            else [
                self.id_column.in_(select(PREFIXES.c.person_id).where(_prefix_condition(word, 0)))
            ]
        )
        self.rest: BindParameter[str] = bindparam("person_rest", tsquery(search), type_=String())
        #: Whether the server reads the search vector (every search but one short word).
        self.vector = word is None
        #: Many hits: SQLite must walk the name index, not start at the hits (see persons).
        self.broad = broad


@compiles(PersonMatch, "sqlite")
def _match_fts5(element: PersonMatch, compiler: SQLCompiler, **kw: Any) -> str:
    column = element.id_column + 0 if element.broad else element.id_column
    return (
        f"{compiler.process(column, **kw)} IN (SELECT rowid FROM person_search "
        f"WHERE person_search MATCH {compiler.process(element.fts, **kw)})"
    )


@compiles(PersonMatch, "postgresql")
def _match_tsvector(element: PersonMatch, compiler: SQLCompiler, **kw: Any) -> str:
    parts = [compiler.process(condition, **kw) for condition in element.prefixes]
    if element.vector:
        query = compiler.process(element.rest, **kw)
        parts.append(f"{SERVER_SEARCH_VECTOR} @@ to_tsquery('simple'::regconfig, {query})")
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def count_matches(session: Session, search: str) -> int:
    """How many persons ``search`` matches, read from the index alone where it can be."""
    if session.get_bind().dialect.name == "sqlite":
        # The FTS5 table counts by itself, without a lookup in persons per hit.
        counted = text("SELECT count(*) FROM person_search WHERE person_search MATCH :q")
        return int(session.execute(counted, {"q": fts_query(search)}).scalar_one())
    word = single_prefix(search)
    if word is not None:
        return int(
            session.execute(
                select(func.count()).select_from(prefix_hits(word).subquery())
            ).scalar_one()
        )
    stmt = select(func.count(Person.__table__.c.id)).where(PersonMatch(search))
    return int(session.execute(stmt).scalar_one())
