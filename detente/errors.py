"""One exception tree. Each message says what was wrong and how to fix it."""

from __future__ import annotations

import difflib


class DetenteError(Exception):
    """Base of every error Détente raises on purpose."""


class InputError(DetenteError):
    """A bad input record or file. ``where`` names it (file, line, id)."""

    def __init__(self, where: str, problem: str, fix: str = "") -> None:
        self.where = where
        self.problem = problem
        self.fix = fix
        message = f"{where}: {problem}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class UnknownCode(DetenteError, KeyError):
    """A CAMEO code, actor code or name that is not in the tables."""

    def __init__(self, name: str, known: list[str] | None = None) -> None:
        self.name = name
        hint = ""
        if known:
            close = difflib.get_close_matches(name, known, n=3)
            if close:
                hint = f"; did you mean {', '.join(close)}?"
        super().__init__(f"unknown code {name!r}{hint}")

    def __str__(self) -> str:  # KeyError would quote the message
        return self.args[0]


class DictionaryError(DetenteError):
    """A malformed line in a dictionary file; names the file and line."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(f"{path}:{line}: {problem}")


class ModelUnavailable(DetenteError):
    """A model (spaCy or the classifier) could not be loaded."""


class StoreError(DetenteError):
    """A problem with the event store (schema, file, query)."""
