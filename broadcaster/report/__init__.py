"""The monthly airtime report: numbers from the airing log, then CSV, XLSX, DOCX and a chart.

Entry points: ``numbers.monthly_report`` (a pure reading of the log) and
``files.write_report`` (every file, published together).
"""
