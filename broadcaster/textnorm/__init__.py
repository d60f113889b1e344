"""Turning administrative Vietnamese scripts into text a speech engine reads correctly."""

from broadcaster.textnorm.normalize import normalize_lines, normalize_text

__all__ = ["normalize_lines", "normalize_text"]
