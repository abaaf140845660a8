"""The command line's one-line failures: kept apart from the printing helpers (json, io)
so that the entry point, which a window start goes through, imports nothing else."""

from __future__ import annotations

import sys


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr, no traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, code: int = 1) -> int:
    print(f"xiangyue: {message}", file=sys.stderr)
    return code
