"""How long the window waits for its reader, every pause in one place.

A pause lets a burst of keystrokes become one search or one write: long enough that a
reader typing a word (or a pinyin syllable's characters) is not interrupted, short enough
that the answer feels immediate. Each length is a reader's, not a machine's: none
depends on the library's size. The window tests shorten the typing pauses
(tests/ui/conftest.py); tests/ui/test_pauses.py types into the search box and a note at
their real length (one search, one save, of everything typed).
"""

from __future__ import annotations

SEARCH_TYPING_MS = 180  # the article search box: the query runs after this pause
NAMES_TYPING_MS = 150  # the names panel's filter field
FACTS_TYPING_MS = 250  # the figures table's filters
NOTEBOOK_TYPING_MS = 200  # the notebook's search
NOTE_SAVE_MS = 300  # a note is saved this long after the last keystroke
EXPORT_PREVIEW_MS = 250  # the export dialog's preview after a choice changes
READ_DWELL_MS = 1500  # an article shown this long counts as read (passed by: still unread)
IMPORT_REFRESH_MS = 1000  # while pages land, the list is read again at most this often

TYPING = ("SEARCH_TYPING_MS", "NAMES_TYPING_MS", "FACTS_TYPING_MS", "NOTEBOOK_TYPING_MS",
          "NOTE_SAVE_MS", "EXPORT_PREVIEW_MS")
