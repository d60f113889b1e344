"""A fresh database on the session's PostgreSQL for each commune test."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    name = f"c{os.getpid()}_{time.monotonic_ns() % 10**9}"
    admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield pg_server.format(db=name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()
