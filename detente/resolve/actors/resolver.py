"""``ActorResolver``: the lexicon, built once per process, and a factory of documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from detente.model import Actor, Article
from detente.resolve.actors.builtin import DATA_DIR, load_builtin
from detente.resolve.actors.document import DocumentActors
from detente.resolve.actors.lexicon import Lexicon


class ActorResolver:
    """Built once per process; ``new_document`` gives the per-article state.

    ``dictionaries`` are extra TABARI/PETRARCH actor or agent files (see
    ``detente.dictionaries.petrarch``); ``data_dir`` is where the built-in files live
    (tests pass a folder of their own).
    """

    def __init__(self, *, dictionaries: Sequence[Path] = (), data_dir: Path = DATA_DIR) -> None:
        self.lexicon = Lexicon()
        self.country_names: dict[str, str] = load_builtin(self.lexicon, data_dir)
        self.imported = 0
        if dictionaries:
            from detente.dictionaries.petrarch import load_into

            for path in dictionaries:
                self.imported += load_into(self.lexicon, Path(path))

    def new_document(self, article: Article) -> DocumentActors:
        return DocumentActors(self, article)

    def resolve_text(self, text: str, *, published: date | None = None) -> list[Actor]:
        """Resolve one phrase given as a string, with no document around it."""
        return self.new_document(Article(id="phrase", text=text, published=published)).resolve(text)
