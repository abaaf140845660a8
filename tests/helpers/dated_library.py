"""Spread the seed library's articles over months, so that charts over time have a shape.

The sample pages carry one date (or none); a chart of mentions over time needs articles
on many dates. Written straight to the closed file with sqlite3 (a test helper, not the
app), the way another program such as Datasette could have edited it.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

FIRST_DAY = date(2025, 1, 6)  # a Monday
STEP_DAYS = 5  # article n is dated FIRST_DAY + 5·n days: 38 articles over about 6 months


def spread_dates(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            seqs = [row[0] for row in conn.execute("SELECT seq FROM articles ORDER BY seq")]
            conn.executemany("UPDATE articles SET date = ? WHERE seq = ?", [
                ((FIRST_DAY + timedelta(days=STEP_DAYS * n)).isoformat(), seq)
                for n, seq in enumerate(seqs)])
            columns = {row[1] for row in conn.execute("PRAGMA table_info(article_entities)")}
            if "date" in columns:  # the names index keeps each row's article date
                conn.execute("UPDATE article_entities SET date = (SELECT date FROM articles"
                             " WHERE seq = article_seq)")
    finally:
        conn.close()
