"""Written Vietnamese to the words an announcer says: numbers, dates, units, abbreviations.

Entry point: ``normalize.normalize_text``.
"""
