"""Remembering the window between runs: geometry, splitters, article, scroll, look."""

from __future__ import annotations


class StateMixin:
    def restore_state(self) -> None:
        s = self.settings
        geometry = s.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = s.bytes("window/state")
        if state is not None:
            self.restoreState(state)
        for name, splitter in self._splitters().items():  # notes: restore_notes_state
            sizes = s.bytes(f"window/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
            elif splitter is self.splitter:
                width = self.width()
                splitter.setSizes([int(width * 0.40), int(width * 0.41), int(width * 0.19)])
        self.menus.toggle_notes.setChecked(self.notes_host.isVisibleTo(self) or geometry is None)
        if s.point_size > 0:
            self.reader.point_size = s.point_size
        layers = s.layers
        if layers is not None:
            self.legend.set_layers(layers)
        self.set_theme(self.theme_choice)

    def save_state(self) -> None:
        s = self.settings
        s.set_bytes("window/geometry", self.saveGeometry())
        s.set_bytes("window/state", self.saveState())
        for name, splitter in self._splitters().items():
            s.set_bytes(f"window/{name}", splitter.saveState())
        s.theme = self.theme_choice
        s.point_size = self.reader.point_size
        s.layers = self.legend.layers()
        if self.detail is not None:
            s.last_article = self.detail.id
            s.last_scroll = self.reader.verticalScrollBar().value()
        s.sync()

    def restore_notes_state(self) -> None:
        """The notes panel's own splitter; the panel is built after the first frame."""
        sizes = self.settings.bytes("window/notes_splitter")
        if sizes is not None:
            self.notes.splitter.restoreState(sizes)

    def _splitters(self) -> dict:
        # Before the notes panel exists its splitter keeps the state saved last time.
        notes = {"notes_splitter": self.notes.splitter} if self.notes is not None else {}
        return {"splitter": self.splitter, **notes}


