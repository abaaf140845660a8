import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # see scripts/xiangyue_entry.py
    sys.exit(main())
