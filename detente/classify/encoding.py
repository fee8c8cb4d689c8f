"""Turn a candidate into marked text and token positions the network can read.

The source phrase is wrapped in ``@ ... @`` and the target in ``# ... #``: punctuation
markers that the tokenizer already knows, so the encoder needs no new embeddings (the
"typed punctuation marker" idea from sentence-level relation extraction). The network
reads the hidden state at each opening marker plus the mean of the whole sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from detente.classify.types import PairInput

SOURCE_MARK = "@"
TARGET_MARK = "#"
# Sentences longer than this many characters are cropped to a window around the spans
# before tokenizing, so truncation never cuts a marker off (about 4 characters a token).
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class MarkedText:
    text: str
    source_at: int | None  # character offset of the opening source marker
    target_at: int | None


def mark(pair: PairInput, *, max_chars: int) -> MarkedText:
    """Insert the markers; crop a long sentence to a window that keeps both spans."""
    sentence = pair.sentence
    inserts: list[tuple[int, int, str, str]] = []  # (offset, order, text, role)
    if pair.source is not None:
        inserts.append((pair.source[0], 1, f" {SOURCE_MARK} ", "source"))
        inserts.append((pair.source[1], 0, f" {SOURCE_MARK} ", ""))
    if pair.target is not None:
        inserts.append((pair.target[0], 1, f" {TARGET_MARK} ", "target"))
        inserts.append((pair.target[1], 0, f" {TARGET_MARK} ", ""))
    # Closing markers before opening ones at the same offset, so adjacent spans nest cleanly.
    inserts.sort(key=lambda item: (item[0], item[1]))

    pieces: list[str] = []
    at = {"source": None, "target": None}
    cursor = 0
    length = 0
    for offset, _order, marker, role in inserts:
        pieces.append(sentence[cursor:offset])
        length += offset - cursor
        if role:
            at[role] = length + 1  # the marker character after the leading space
        pieces.append(marker)
        length += len(marker)
        cursor = offset
    pieces.append(sentence[cursor:])
    text = "".join(pieces)
    return _crop(MarkedText(text, at["source"], at["target"]), max_chars=max_chars)


def _crop(marked: MarkedText, *, max_chars: int) -> MarkedText:
    if len(marked.text) <= max_chars:
        return marked
    anchors = [a for a in (marked.source_at, marked.target_at) if a is not None]
    if not anchors:
        return MarkedText(marked.text[:max_chars], None, None)
    # Centre the window on the anchors, leaning right: the predicate usually follows the source.
    low = max(0, min(anchors) - max_chars // 4)
    low = min(low, max(0, max(anchors) - max_chars // 2))
    high = low + max_chars
    text = marked.text[low:high]

    def shift(offset: int | None) -> int | None:
        return None if offset is None or not (low <= offset < high) else offset - low

    return MarkedText(text, shift(marked.source_at), shift(marked.target_at))


class PairTokenizer:
    """The encoder's WordPiece tokenizer, run by the ``tokenizers`` library alone.

    Inference then needs neither transformers nor torch (a lighter, faster-starting
    process); its output is identical to transformers' tokenizer for this model (checked
    over the whole training corpus: ids, masks and offsets).
    """

    FILE = "tokenizer.json"

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._max_length: int | None = None

    @classmethod
    def from_folder(cls, folder: Path) -> "PairTokenizer":
        from tokenizers import Tokenizer

        return cls(Tokenizer.from_file(str(Path(folder) / cls.FILE)))

    def save(self, folder: Path) -> None:
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._tokenizer.save(str(Path(folder) / self.FILE))
        self._max_length = None

    def __call__(self, texts: list[str], *, max_length: int) -> list[Any]:
        if self._max_length != max_length:
            self._tokenizer.enable_truncation(max_length=max_length)
            # Pad to the longest text of the batch (the file's own setting pads to 128).
            self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            self._max_length = max_length
        return self._tokenizer.encode_batch(texts)


def encode(tokenizer: PairTokenizer, pairs: Sequence[PairInput], *, max_length: int) -> dict[str, np.ndarray]:
    """Tokenize a batch (padded to its longest member) and locate the markers.

    Returns int64 arrays ``input_ids``, ``attention_mask`` ([batch, tokens]) and
    ``source_index``, ``target_index`` ([batch]; the opening marker's token, -1 if absent).
    """
    marked = [mark(pair, max_chars=max_length * CHARS_PER_TOKEN) for pair in pairs]
    encodings = tokenizer([m.text for m in marked], max_length=max_length)
    source_index: list[int] = []
    target_index: list[int] = []
    for encoding, m in zip(encodings, marked):
        starts = {start: index for index, (start, end) in enumerate(encoding.offsets) if end > start}
        source_index.append(starts.get(m.source_at, -1) if m.source_at is not None else -1)
        target_index.append(starts.get(m.target_at, -1) if m.target_at is not None else -1)
    return {
        "input_ids": np.asarray([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.asarray([e.attention_mask for e in encodings], dtype=np.int64),
        "source_index": np.asarray(source_index, dtype=np.int64),
        "target_index": np.asarray(target_index, dtype=np.int64),
    }
