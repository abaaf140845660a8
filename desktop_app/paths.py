"""Where Xiangyue keeps user data and finds its bundled resources.

One module for both concerns so that tests, portable installs and frozen builds
only ever have to redirect one thing (``XIANGYUE_HOME``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_NAME

HOME_ENV = "XIANGYUE_HOME"
# Set (to anything but an empty string) to have a newly created library start empty
# instead of holding the bundled sample pages; the test suite sets it.
NO_SEEDS_ENV = "XIANGYUE_NO_SEEDS"
LIBRARY_FILE = "library.sqlite3"


def data_dir() -> Path:
    """The per-user data folder, created on demand.

    ``XIANGYUE_HOME`` wins (tests and portable installs); otherwise the platform's
    convention: ``%APPDATA%`` on Windows, ``~/Library/Application Support`` on macOS,
    ``$XDG_DATA_HOME`` on Linux.
    """
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        # Imported lazily: platformdirs is only needed when no override is set.
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILE


def _bundle_root() -> Path:
    # PyInstaller unpacks data next to the executable and points _MEIPASS at it;
    # from source, resources sit at the repository root beside the package.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled file under ``resources/`` (development and frozen builds)."""
    return _bundle_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    """The bundled sample library."""
    return _bundle_root() / "seeds"


def new_library_seeds() -> Path | None:
    """The sample pages a newly created library imports, or None (``XIANGYUE_NO_SEEDS``)."""
    if os.environ.get(NO_SEEDS_ENV):
        return None
    seeds = seeds_dir()
    return seeds if seeds.is_dir() else None
