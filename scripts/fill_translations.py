"""Fill the Chinese (and English plural) translations into the Linguist sources.

Run after scripts/update_translations.sh adds new strings; it leaves strings it has no
translation for untouched (Linguist shows them as unfinished).
    uv run python scripts/fill_translations.py && bash scripts/update_translations.sh
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_plurals import EN_PLURALS

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

ZH = {
    "%1 %2\nAn offline reader for Chinese newspaper pages: numbers and names highlighted, "
    "notes and tags kept on this computer.":
        "%1 %2\n离线阅读报纸版面：高亮数字与人名地名机构名，笔记和标签都保存在本机。",
    "%1 articles added from %2 new and %3 updated pages": "新增 %1 篇文章（%2 个新版面，%3 个更新版面）",  # noqa: E501
    "%1 of %n article(s)": "%1 / 共 %n 篇",
    "%1 · %2": "%1 · %2",
    "%1 · %2 numbers · %3 names · %4 highlights": "%1 · %2 个数字 · %3 个名称 · %4 处划线",
    "%1: %2  ✕": "%1：%2  ✕",
    "%n article(s)": "共 %n 篇文章",
    "%n result(s) for “%1”": "“%1” 的搜索结果：%n 条",
    "%1 · %2\nMentioned in %n article(s) · click to list them": "%1 · %2\n%n 篇文章提到 · 点击列出",
    "&About Xiangyue": "关于湘阅(&A)", "&Actual Size": "原始大小(&A)", "&Annotate": "批注(&A)",
    "&Back Up Library…": "备份文库(&B)…", "&Dark": "深色(&D)", "&Edit": "编辑(&E)",
    "&Export": "导出(&E)", "&File": "文件(&F)", "&Help": "帮助(&H)",
    "&Import Files…": "导入文件(&I)…", "&Language": "语言(&L)", "&Light": "浅色(&L)",
    "&Notes Panel": "笔记面板(&N)", "List &Columns": "列表栏目(&C)",
    "&Quit": "退出(&Q)", "&Redo": "重做(&R)",
    "&Search Articles": "搜索文章(&S)", "&Theme": "主题(&T)", "&Undo": "撤销(&U)",
    "&View": "视图(&V)",
    "(text changed: highlight no longer found)": "（原文已变，找不到这处划线）",
    "; %n file(s) could not be read": "；%n 个文件无法读取",
    "Add &Tag": "添加标签(&T)", "Add a tag and press Enter": "输入标签后按回车",
    "All kinds": "全部类型", "All tags": "全部标签", "Article": "文章",
    "Article note (Markdown, saved as you type)": "文章笔记（Markdown，随写随存）",
    "Back Up Library": "备份文库", "Backed up to %1": "已备份到 %1", "Blue": "蓝色",
    "Brief": "简讯", "Cancel": "取消", "Change type of “%1”": "更改“%1”的类型",
    "Clear Search and &Filters": "清除搜索和筛选(&F)", "Commentary": "评论",
    "Continuation": "转版续文", "Correction saved; it applies to every article": "更正已保存，对所有文章生效",  # noqa: E501
    "Count": "数量", "Date": "日期", "Dates": "日期", "Delete": "删除",
    "Delete highlight “%1”": "删除划线“%1”", "Edit Article &Note": "编辑文章笔记(&N)",
    "Follow &System": "跟随系统(&S)", "Green": "绿色", "Highlight": "划线",
    "Highlight deleted — Ctrl+Z brings it back": "划线已删除——按 Ctrl+Z 恢复",
    "Highlight in %1": "用%1划线", "Highlights": "划线", "Import": "导入",
    "Import &Folder…": "导入文件夹(&F)…", "Import Pages": "导入版面",
    "Import a Folder of Pages": "导入版面文件夹",
    # Opening problems (desktop_app/ui/opening.py)
    "The library file is damaged: SQLite's check of the file failed.":
        "文库文件已损坏：SQLite 对文件的检查未通过。",
    "The library could not be read from its drive.": "无法从所在的磁盘读取文库。",
    "File: %1\n\nThe file itself checks out, so nothing needs restoring. Check the drive it "
    "is on (a network or removable drive may have gone away), then try again.":
        "文件：%1\n\n文件本身检查无误，不需要恢复。请检查它所在的磁盘（网络盘或移动盘可能已断开），"
        "然后重试。",
    # Library failures in the window's language (desktop_app/ui/library_messages.py)
    "The newest backup was taken %1; whatever you changed after that is not in it.":
        "最新的备份创建于 %1；此后的所有改动都不在其中。",
    "The newest backup was taken %1; %2 notes and %3 highlights changed after that are not "
    "in it.": "最新的备份创建于 %1；此后改动的 %2 条笔记和 %3 处划线不在其中。",
    "the disk holding %1 is full (free some space)": "存放 %1 的磁盘已满（请腾出空间）",
    "the library %1 is in a folder that cannot be written to; copy it to a writable folder":
        "文库 %1 所在的文件夹不可写入；请把它复制到可写的文件夹",
    "the library %1 is busy: another Xiangyue window or program is writing to it":
        "文库 %1 正忙：另一个湘阅窗口或程序正在写入",
    "the library %1 could not be read or written; the file itself checks out, so nothing "
    "needs restoring: check the drive it is on":
        "无法读写文库 %1；文件本身检查无误，不需要恢复：请检查它所在的磁盘",
    "the library %1 is damaged (SQLite's check of the file failed); File → Quit and reopen "
    "to restore a backup":
        "文库 %1 已损坏（SQLite 对文件的检查未通过）；请退出并重新打开以恢复备份",
    "the library %1 was made by a newer version of Xiangyue": "文库 %1 由更新版本的湘阅创建",
    "the library %1 cannot be used": "无法使用文库 %1",
    "File: %1\n\nAutomatic backups, newest first:\n%2\n\nRestore puts the newest backup "
    "in its place; the damaged file is kept beside it, renamed, never deleted.":
        "文件：%1\n\n自动备份（最新的在前）：\n%2\n\n“恢复”会用最新的备份替换它；损坏的文件"
        "改名后保留在原处，不会删除。",
    "No automatic backup of it exists, so there is nothing to restore. The damaged file is "
    "left untouched at:\n%1": "这个文库没有自动备份，无法恢复。损坏的文件原样保留在：\n%1",
    "The library is in use by another Xiangyue window or program.":
        "另一个湘阅窗口或程序正在使用这个文库。",
    "File: %1\n\nClose the other Xiangyue (or wait for it to finish writing), then try "
    "again.": "文件：%1\n\n请关闭另一个湘阅（或等它写完），然后重试。",
    "The library was made by a newer version of Xiangyue.": "这个文库由更新版本的湘阅创建。",
    "File: %1\n\nThis version cannot open it without risking damage to it; please update "
    "Xiangyue.": "文件：%1\n\n本版本打开它可能会损坏它；请更新湘阅。",
    "The library cannot be opened.": "无法打开文库。", "File: %1": "文件：%1",
    "Restore": "恢复", "Retry": "重试", "Quit": "退出",
    "Restoring the latest automatic backup…": "正在恢复最新的自动备份…",
    "Restored %1; the damaged file was kept as %2": "已恢复 %1；损坏的文件保留为 %2",
    # Failed writes (desktop_app/ui/failure_banner.py, MainWindow.closeEvent)
    "Not saved: %1. What you typed is kept; it is saved again when you next edit.":
        "未保存：%1。已输入的内容仍然保留，下次编辑时会再次保存。",
    "Saved": "已保存",
    "A note could not be saved: %1\n\nClose anyway and lose what was typed since it was last "
    "saved? Cancel keeps the window open.":
        "有一条笔记未能保存：%1\n\n仍要关闭并丢失上次保存后输入的内容吗？选“取消”可保持窗口打开。",
    "Kind": "类型",
    "Library files (*.sqlite3)": "文库文件 (*.sqlite3)", "Mark as name": "标为名称",
    "Measure": "度量", "Money": "金额", "Names:": "名称：",
    "New name for “%1” (an existing tag's name merges them):": "“%1”的新名称（与已有标签同名则合并）：",  # noqa: E501
    "Newspaper pages (%1);;All files (*)": "报纸版面 (%1);;所有文件 (*)",
    "Not a name": "不是名称", "Note": "笔记", "Note on the selected highlight": "所选划线的批注",
    "Numbers:": "数字：", "Opening the library…": "正在打开文库…", "Ordinal": "序数",
    "Organisation": "机构", "Other numbers": "其他数字", "Page": "版次", "Page %1": "第%1版",
    "Percent": "百分比", "Person": "人名", "Photo caption": "图片说明", "Pink": "粉色",
    "Place": "地名", "Preview": "预览", "Purple": "紫色", "Quote box": "引文框", "Ratio": "比例",
    "Remove": "移除", "Remove tag “%1”": "移除标签“%1”",
    "Remove the selected tag from this article": "从本文移除所选标签", "Rename Tag": "重命名标签",
    "Rename the selected tag; a name already in use merges the two": "重命名所选标签；与已有标签同名则合并",  # noqa: E501
    "Rename…": "重命名…", "Search articles (Ctrl+K)…": "搜索文章 (Ctrl+K)…",
    "Select some text to highlight first": "请先选中要划线的文字",
    "Show or hide this layer": "显示或隐藏这一层", "Search": "搜索",
    "Showing articles that mention this; click to clear": "正在列出提到它的文章；点击清除",
    "Tags": "标签", "Title": "标题", "Write": "编写",
    "Write a note… **bold**, - lists, > quotes": "写笔记… **加粗**、- 列表、> 引用",
    "Yellow": "黄色", "Zoom &In": "放大(&I)", "Zoom &Out": "缩小(&O)",
    "from any": "不限起始", "to any": "不限截止",
    "Highlight Colour": "划线颜色", "Delete Highlight": "删除划线",
    "Recolour highlight “%1”": "更改划线“%1”的颜色",
    # Export dialog and File → Export
    "%1…": "%1…", "Import Notes from JSON…": "从 JSON 导入笔记…", "Import Notes": "导入笔记",
    "Web Annotation JSON (*.json)": "Web Annotation JSON (*.json)",
    "Markdown (Obsidian, Typora…)": "Markdown（Obsidian、Typora…）", "HTML page": "HTML 网页",
    "CSV table (Excel)": "CSV 表格（Excel）",
    "Web Annotation JSON (re-importable)": "Web Annotation JSON（可再导入）",
    "%1 highlights added, %2 updated, %3 already here; %4 notes added or merged; %5 articles "
    "not found in this library.":
        "新增 %1 处划线，更新 %2 处，%3 处已存在；新增或合并 %4 条笔记；%5 篇文章不在本文库中。",
    "Export Notes": "导出笔记", "One file per article": "每篇文章一个文件",
    "Include articles without notes or highlights": "包括没有笔记和划线的文章",
    "Choose…": "选择…", "Format:": "格式：", "Articles:": "文章：", "Tag:": "标签：",
    "Save to:": "保存到：", "Export": "导出", "Preview (first articles):": "预览（前几篇）：",
    "Current article": "当前文章", "Selected articles (%n)": "所选文章（%n 篇）",
    "Articles with a tag": "带某个标签的文章", "Search results for “%1”": "“%1”的搜索结果",
    "All annotated articles": "所有有批注的文章", "Export to Folder": "导出到文件夹",
    "Export to File": "导出到文件", "No preview: %1": "无法预览：%1",
    "Nothing to export in this choice.": "这个范围里没有可导出的内容。",
    "Choose where to save the export.": "请选择导出的保存位置。", "Exporting…": "正在导出…",
    "Replace Files?": "替换文件？",
    "These files already exist and would be replaced:\n%1": "这些文件已存在，将被替换：\n%1",
    "Exported %1 notes and highlights to %2": "已将 %1 条笔记和划线导出到 %2",
    "Export failed: %1": "导出失败：%1",
    "Export cancelled; nothing was written.": "导出已取消，未写入任何文件。",
    # Operations that failed, said in the window's language (library_messages, importing,
    # export_menu)
    "%1 is not a Web Annotation JSON file Xiangyue can read; nothing was imported.":
        "%1 不是湘阅能读取的 Web Annotation JSON 文件，未导入任何内容。",
    "Notes were not imported: %1.": "笔记未导入：%1。",
    "it is no longer in the library (another program may have changed it)":
        "它已不在文库中（可能被其他程序改动了）",
    "something unexpected went wrong (the details were written to the error output)":
        "发生了意外错误（详细信息已写入错误输出）",
    "%1 cannot be written there: no permission (choose another folder)":
        "无权在那里写入 %1（请换一个文件夹）",
    "%1 or its folder does not exist": "%1 或其所在文件夹不存在",
    "%1 already exists": "%1 已存在",
    "%1 could not be read or written": "无法读写 %1",
    "%1 could not be read: it is not a file Xiangyue can use": "无法读取 %1：湘阅无法使用这个文件",
    "; %n file(s) could not be read: %1": "；%n 个文件无法读取：%1",
    "The library was not backed up: %1.": "文库未备份：%1。",
    # the names index (names_panel, names_model, names_dock) and the filter bar's name
    "%1 (also %2)": "%1（又作 %2）",
    "Showing the articles that name %1; click to clear": "正在列出提到 %1 的文章；点击清除",
    "Name": "名称", "Type": "类别",  # Mentions, Articles: as the charts say them
    "First": "首见", "Last": "末见",
    "%1 · %2\nVariants: %3\nClick to list the articles naming it":
        "%1 · %2\n写法：%3\n点击列出提到它的文章",
    "Reading the names…": "正在读取名称…", "All": "全部", "People": "人名",
    "Places": "地名", "Organisations": "机构",
    "No names in these articles": "这些文章中没有名称",
    "%n name(s)": "共 %n 个名称",
    " · in the articles the list's filters keep": " · 仅限列表筛选出的文章",
    "List Articles Naming “%1”": "列出提到“%1”的文章", "Copy Name": "复制名称",
    "Rename “%1”…": "重命名“%1”…", "Merge “%1” Into…": "将“%1”合并到…",
    "Merge %n Names…": "合并 %n 个名称…", "Separate Merged Names": "拆分已合并的名称",
    "Rename Name": "重命名名称",
    "Show “%1” in the index as (empty: its most frequent form):":
        "在索引中将“%1”显示为（留空：用最常见的写法）：",
    "Merge the selected names into:": "将所选名称合并到：",
    "Merge “%1” into:": "将“%1”合并到：", "Merge Names": "合并名称",
    "%1 (%2 mentions, %3)": "%1（提及 %2 次，%3）",
    "Find a name…": "查找名称…",
    "The names could not be read: %1": "无法读取名称：%1",
    "People, places and organisations named in the articles": "文章中提到的人物、地点和机构",
    "Names Index": "名称索引", "Names &Index": "名称索引(&I)",
    "The notes panel is hidden to make room for the names index (Ctrl+Shift+N shows it)":
        "已隐藏笔记面板，为名称索引腾出空间（Ctrl+Shift+N 可重新显示）",
    # Import progress in the status bar (import_panel, importing)
    "Cancelling the import…": "正在取消导入…", "Starting the import…": "正在开始导入…",
    "Importing %1 of %2 pages": "正在导入 %1 / %2 页", "%1 pages/s": "%1 页/秒",
    "about %n min left": "约剩 %n 分钟", "about %n s left": "约剩 %n 秒",
    "Stop the import; the pages imported so far stay in the library":
        "停止导入；已导入的页面会留在文库中",
    "An import is already running: wait for it to finish, or cancel it first.":
        "已有导入正在进行：请等它完成，或先取消它。",
    "Import cancelled: %1 pages imported, the other %2 not; %3 articles added":
        "导入已取消：已导入 %1 页，取消了其余 %2 页；新增 %3 篇文章",
    # File → Remove Sample Pages (sample_pages)
    "&Remove Sample Pages…": "移除示例页面(&R)…", "Remove Sample Pages": "移除示例页面",
    "Remove the %n sample page(s) bundled with Xiangyue": "要从文库中移除湘阅自带的 %n 个示例页面",
    " (%n article(s)) from the library?": "（共 %n 篇文章）吗？",
    "%n note(s)": "%n 条笔记", "%n highlight(s)": "%n 处划线", "%n tag(s)": "%n 个标签",
    ", ": "、", "Your %1 on them will be deleted too.": "你在这些文章上的%1也会一并删除。",
    "Your own pages are not touched.": "你自己导入的页面不受影响。",
    "Removed %1 sample pages (%2 articles)": "已移除 %1 个示例页面（%2 篇文章）",
    "Outline": "提纲", "Click a subhead to go to it": "点击小标题跳到该处",
    # Date filter: typed dates, the calendar, and why a date is refused
    "Choose a day on a calendar (Alt+Down)": "在日历上选择日期 (Alt+↓)",
    "Type a date: 2025-03-30, 2025/3/30, 2025.3.30, 2025年3月30日 or 3月30日; empty for any":
        "输入日期：2025-03-30、2025/3/30、2025.3.30、2025年3月30日或3月30日；留空表示不限",
    "There is no day “%1” in the calendar.": "日历上没有“%1”这一天。",
    "“%1”: the year must be between %2 and %3.": "“%1”：年份须在 %2 到 %3 之间。",
    "“%1” is not a date; type 2025-03-30, 2025/3/30 or 3月30日.":
        "“%1”不是日期；请输入 2025-03-30、2025/3/30 或 3月30日。",
    "The first date is after the last: no article can match.":
        "起始日期晚于截止日期：没有文章符合。",
    # Show on Page (ui/page_view.py, ui/page_opening.py, the reading pane's menu)
    "Show on Page": "在版面上查看", "Show on Page — %1": "在版面上查看 — %1",
    "Fit Width": "适合宽度", "Zoom In (Ctrl+wheel)": "放大（Ctrl+滚轮）",
    "Zoom Out (Ctrl+wheel)": "缩小（Ctrl+滚轮）", "%1 · page %2 · %3%": "%1 · 第 %2 页 · %3%",
    "The printed PDF page, with this article outlined": "印刷的 PDF 版面，框出这篇文章",
    "The PDF this article came from is no longer at %1.": "这篇文章来自的 PDF 已不在 %1。",
    "The PDF %1 has changed since it was imported; import it again to show this article "
    "on its page.": "PDF %1 在导入后已改动；请重新导入，才能在版面上查看这篇文章。",
    # Charts (ui/chart_dialog.py, ui/figures_chart.py, View → Charts)
    "&Charts…": "图表(&C)…", "Charts": "图表", "Mentions over Time": "见报趋势",
    "Over time": "随时间", "Top names": "高频名称", "Export PNG…": "导出 PNG…",
    "Export SVG…": "导出 SVG…", "Per month": "按月", "Per week": "按周",
    "Articles": "文章篇数", "Mentions": "提及次数", "All names": "全部名称",
    "articles": "篇", "mentions": "次", "Period": "时期",
    "Week (page date)": "周（版面日期）", "Month (page date)": "月（版面日期）",
    "“%1” in the papers, per week": "“%1”每周见报", "“%1” in the papers, per month":
        "“%1”每月见报",
    "Articles tagged “%1”, per week": "标签“%1”的文章（每周）",
    "Articles tagged “%1”, per month": "标签“%1”的文章（每月）",
    "Articles matching “%1”, per week": "含“%1”的文章（每周）",
    "Articles matching “%1”, per month": "含“%1”的文章（每月）",
    "Names in most articles": "见报篇数最多的名称",
    "%1 to %2: %n article(s)": "%1 至 %2：%n 篇", ", %n mention(s)": "，提及 %n 次",
    "%1 (%2): %n article(s)": "%1（%2）：%n 篇",
    "No dated articles for “%1” within these filters.": "在当前筛选范围内，没有提到“%1”且有日期的文章。",  # noqa: E501
    "No names within these filters.": "当前筛选范围内没有名称。",
    "Export Chart as PNG": "将图表导出为 PNG", "Export Chart as SVG": "将图表导出为 SVG",
    "PNG image (*.png)": "PNG 图片 (*.png)", "SVG drawing (*.svg)": "SVG 矢量图 (*.svg)",
    "Saved %1": "已保存 %1", "Could not save %1": "无法保存 %1",
    "Within the list's filters: %1": "在列表的筛选范围内：%1",
    "Within the whole library": "在整个文库中",
    "Mentions are counted where the library stores them (names only)":
        "提及次数仅在文库记录时统计（仅限名称）",
    "No figures to draw for “%1”.": "“%1”没有可画的数据。",
    "The figures for “%1” are in different units (%2): they cannot share one axis. "
    "Narrow the figures to one unit to chart them.":
        "“%1”的数据单位不同（%2），无法共用一条坐标轴。请先筛选为同一单位再作图。",
    # Reading: find in the article, hits, article to article, read state (issue 16)
    "&Find in Article": "在文章中查找(&F)", "Find &Next": "查找下一个(&N)",
    "Find Pre&vious": "查找上一个(&V)", "&Go": "转到(&G)",
    "&Next Article": "下一篇(&N)", "&Previous Article": "上一篇(&P)",
    "Mark as &Unread": "标为未读(&U)", "Mark All in List as &Read": "列表中全部标为已读(&R)",
    "&Keyboard Shortcuts": "键盘快捷键(&K)", "Keyboard Shortcuts": "键盘快捷键",
    "Action": "操作", "Keys": "按键", "Reading pane": "阅读区", "Find bar": "查找栏",
    "Search field": "搜索框",
    "Page down; at the end, the next article": "向下翻页；到末尾时打开下一篇",
    "Page up": "向上翻页", "Next match": "下一处", "Previous match": "上一处",
    "Close and remove the marks": "关闭并清除标记", "Go to the first result": "转到第一条结果",
    "Clear the search": "清除搜索", "Find in this article": "在本文中查找",
    "Previous match (Shift+Enter, Shift+F3)": "上一处（Shift+回车，Shift+F3）",
    "Next match (Enter, F3)": "下一处（回车，F3）", "Close (Esc)": "关闭（Esc）",
    "No matches": "无匹配",
    "Read and unread": "已读和未读", "Unread": "未读", "Read": "已读",
    "%n article(s) marked read": "%n 篇文章已标为已读",
    "Marked unread": "已标为未读",
    # The figures table (facts_panel, facts_model, facts_opening).
    "Printed": "原文", "Value": "数值", "Unit": "单位", "Subject": "指标", "Relation": "关系",
    "Sentence": "所在句子", "Reading the figures…": "正在读取数字…",
    "Counting the figures…": "正在统计数字…",
    "The figures could not be exported: %1": "无法导出数字：%1",
    "The figures could not be read: %1": "无法读取数字：%1", "%1 figures": "共 %1 个数字",
    "Open Article": "打开文章", "Copy Rows": "复制所选行", "Chart This Subject": "为此指标作图",
    "Export CSV…": "导出 CSV…", "Subject contains…": "指标包含…",
    "Only figures in this unit, as stored: 元, %, 家 …": "只看此单位的数字：元、%、家 …",
    "Period from": "时期起", "Period to": "时期止",
    "Periods from this one on: 2024, 2024-03 …": "从此时期起：2024、2024-03 …",
    "Periods up to this one: 2025, 2025-06 …": "到此时期止：2025、2025-06 …",
    "Figures": "数据", "&Figures Table": "数据表(&F)",
    "Export Figures as CSV": "将数字导出为 CSV", "CSV table (*.csv)": "CSV 表格 (*.csv)",
    "%1 figures exported to %2": "已将 %1 个数字导出到 %2", "Figures: %1": "数据：%1",
    # issue 16: files an import left out, the first launch's sample pages, hiding captions
    "Files Not Imported": "未导入的文件",
    "%n file(s) were not imported:": "%n 个文件未导入：",
    "Copy List": "复制列表",
    "%1: skipped, not a page file (pages are %2)": "%1：已跳过，不是版面文件（版面文件为 %2）",
    "Hide &Photo Captions": "隐藏图片说明(&P)", " · photo captions hidden": " · 已隐藏图片说明",
    "%1: %2": "%1：%2", "is empty": "是空文件", "holds no readable text": "没有可读的文字",
    "looks like a binary file, not a text page": "看来是二进制文件，不是文本版面",
    "is too large for a newspaper page": "太大，不像一个报纸版面",
    "is not text in a known encoding (tried UTF-8, UTF-16, GB18030)":
        "不是已知编码的文本（试过 UTF-8、UTF-16、GB18030）",
    "does not exist (was it moved or deleted?)": "不存在（是否已移走或删除？）",
    "cannot be read (permission denied)": "无法读取（没有权限）",
    "is %1, not a text page": "是%1，不是文本版面",
    "a PDF document": "PDF 文档", "a PNG image": "PNG 图片", "a JPEG image": "JPEG 图片",
    "a GIF image": "GIF 图片", "a bitmap image": "位图图片", "a TIFF image": "TIFF 图片",
    "a ZIP archive (or Office document)": "ZIP 压缩包（或 Office 文档）",
    "an old Office document": "旧版 Office 文档",
    "Adding the sample pages: %1 of %2…": "正在加入示例版面：%1 / %2…",
    "The sample pages are in: %n page(s). Import your own with File → Import Files.":
        "示例版面已加入：共 %n 个版面。可用“文件 → 导入文件”加入你自己的版面。",
    "Fix the Split": "修正分篇", "Merge with Next Article": "与下一篇合并",
    "Merge with Previous Article": "与上一篇合并", "Split Article Here": "从此处拆分文章",
    "Use This Line as Headline": "将此行设为标题", "Change Kind": "更改类型",
    "the split cannot be changed so: there is no article on that side on this page, or the "
    "place is at the article's very start or end":
        "无法这样修改分篇：本版面这一侧没有文章，或位置在文章的开头或结尾",
    # Reading settings (desktop_app/ui/reading_settings*.py)
    "&Reading Settings…": "阅读设置(&R)…", "Reading Settings": "阅读设置",
    "Default (Song serif)": "默认（宋体）", "&Font:": "字体(&F)：", "&Size:": "字号(&S)：",
    "&Line spacing:": "行距(&L)：", "&Paragraph spacing:": "段距(&P)：",
    "Page &width:": "版心宽度(&W)：", " em": " 字", " characters": " 字",
    "Restore Defaults": "恢复默认",
    # The notebook (desktop_app/ui/notebook_*.py)
    "Note&book": "笔记本(&B)", "Notebook: All Highlights and Notes": "笔记本：全部划线和笔记",
    "Article note:": "文章笔记：", "%n item(s)": "共 %n 条",
    "The notebook could not be read.": "无法读取笔记本。",
    "Nothing matches these filters.": "没有符合这些筛选条件的内容。",
    "No highlights or notes yet: select text in an article and press Ctrl+H, "
    "or write an article note (Ctrl+E).":
        "还没有划线或笔记：在文章中选中文字后按 Ctrl+H，或写一篇文章笔记（Ctrl+E）。",
    "Search highlights and notes": "搜索划线和笔记", "All colours": "全部颜色",
    "Newest first": "最新在前", "By article": "按文章",
    # Analysing the library again (ui/reanalysing.py)
    "A&nalyse Library Again": "重新分析文库(&N)", "Analyse Again": "重新分析",
    "Not Now": "以后再说",
    "%n article(s) were analysed by an earlier version of Xiangyue":
        "有 %n 篇文章是旧版湘阅分析的",
    "Split their pages again where the files are unchanged and find their numbers, "
    "names and figures with this version's rules; your notes, highlights, tags and "
    "corrections follow their articles":
        "在原文件未变的情况下重新拆分版面，并用本版规则重新找出数字、名称和数据；你的笔记、"
        "划线、标签和更正随文章保留",
    "; %n highlight(s) no longer found in the pages split again (kept in the notes panel)":
        "；有 %n 处划线在重新拆分的版面中找不到了（仍保留在笔记面板中）",
    "Stop; the articles analysed so far keep their new analysis, and the next run goes "
    "on from there": "停止；已重新分析的文章保留新结果，下次从这里接着分析",
    "File → Analyse Library Again does it later": "稍后可用“文件 → 重新分析文库”",
    "Stopping the analysis…": "正在停止分析…",
    "Analysing articles again: %1 of %2": "正在重新分析文章：%1 / %2",
    "Every article already has this version's numbers, names and figures":
        "所有文章的数字、名称和数据都已是本版的结果",
    "Analysis stopped: %1 of %2 articles analysed again; File → Analyse Library Again "
    "goes on from there": "分析已停止：已重新分析 %1 / %2 篇文章；“文件 → 重新分析文库”可接着分析",
    "%n article(s) analysed again: their numbers, names and figures are this version's":
        "已重新分析 %n 篇文章：数字、名称和数据已是本版的结果",
    "; some could not be analysed and keep their earlier analysis":
        "；部分文章未能分析，保留原来的结果",
}


def fill(path: Path, language: str) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        forms = None
        if language == "zh_CN" and source in ZH:
            forms = [ZH[source]]
        elif language == "en" and numerus and source in EN_PLURALS:
            forms = list(EN_PLURALS[source])
        if forms is None:
            missing += language == "zh_CN"
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    gaps = fill(I18N / "xiangyue_zh_CN.ts", "zh_CN")
    fill(I18N / "xiangyue_en.ts", "en")
    print(f"zh_CN strings without a translation: {gaps}")
    sys.exit(0)
