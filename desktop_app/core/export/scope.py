"""Which articles an export covers, as the user chose it."""

from __future__ import annotations

from dataclasses import dataclass

SCOPE_KINDS = ("current", "selected", "tag", "search", "all")


@dataclass(frozen=True)
class ExportScope:
    kind: str = "all"  # one of SCOPE_KINDS
    article_ids: tuple[str, ...] = ()  # "current" (one id) and "selected"
    tag: str | None = None
    query: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS:
            raise ValueError(f"unknown export scope {self.kind!r}")

    @classmethod
    def current(cls, article_id: str) -> ExportScope:
        return cls("current", (article_id,))

    @classmethod
    def selected(cls, article_ids: list[str] | tuple[str, ...]) -> ExportScope:
        return cls("selected", tuple(article_ids))

    @classmethod
    def tagged(cls, tag: str) -> ExportScope:
        return cls("tag", tag=tag)

    @classmethod
    def search(cls, query: str) -> ExportScope:
        return cls("search", query=query)

    @classmethod
    def everything(cls) -> ExportScope:
        return cls("all")

    def label(self) -> str:
        """A short description for the document title and default file name."""
        if self.kind == "tag":
            return f"标签 {self.tag}"
        if self.kind == "search":
            return f"搜索 {self.query}"
        if self.kind in ("current", "selected"):
            return f"{len(self.article_ids)} 篇文章"
        return "全部笔记"
