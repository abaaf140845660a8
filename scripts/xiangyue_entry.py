"""The frozen app's entry script (PyInstaller needs a file, not a package's __main__).

It lives outside ``desktop_app`` so that PyInstaller's search path, which starts at the
script's folder, cannot let a package module shadow a top-level one.
"""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    # Page import analyses in worker processes started with "spawn": in a frozen app
    # the executable is started again for each, and this turns it into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
