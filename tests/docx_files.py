"""Word files as a hand or another program may leave them: made by python-docx, then the XML
of their body changed (a comment, a processing instruction, an entity block)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import docx


def hand_edited_docx(
    folder: Path, paragraphs: Iterable[str], change: Callable[[str], str], name: str = "tay.docx"
) -> Path:
    """A .docx of ``paragraphs`` whose ``word/document.xml`` is then passed through ``change``."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    made = folder / f"made-{name}"
    document.save(str(made))
    path = folder / name
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(item, data)
    return path
