<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticleOutline</name>
    <message>
        <location filename="../../desktop_app/ui/outline.py" line="81"/>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outline.py" line="83"/>
        <source>Click a subhead to go to it</source>
        <translation>点击小标题跳到该处</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>CaptionToggle</name>
    <message>
        <location filename="../../desktop_app/ui/caption_toggle.py" line="50"/>
        <source>Hide &amp;Photo Captions</source>
        <translation>隐藏图片说明(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="170"/>
        <source>No dated articles for “%1” within these filters.</source>
        <translation>在当前筛选范围内，没有提到“%1”且有日期的文章。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="174"/>
        <source>mentions</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="174"/>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="205"/>
        <source>articles</source>
        <translation>篇</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="176"/>
        <source>%1 to %2: %n article(s)</source>
        <translation>
            <numerusform>%1 至 %2：%n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="178"/>
        <source>, %n mention(s)</source>
        <translation>
            <numerusform>，提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="182"/>
        <source>“%1” in the papers, per week</source>
        <translation>“%1”每周见报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="183"/>
        <source>“%1” in the papers, per month</source>
        <translation>“%1”每月见报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="184"/>
        <source>Articles tagged “%1”, per week</source>
        <translation>标签“%1”的文章（每周）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="185"/>
        <source>Articles tagged “%1”, per month</source>
        <translation>标签“%1”的文章（每月）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="186"/>
        <source>Articles matching “%1”, per week</source>
        <translation>含“%1”的文章（每周）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="187"/>
        <source>Articles matching “%1”, per month</source>
        <translation>含“%1”的文章（每月）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="189"/>
        <source>Week (page date)</source>
        <translation>周（版面日期）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="189"/>
        <source>Month (page date)</source>
        <translation>月（版面日期）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="199"/>
        <source>No names within these filters.</source>
        <translation>当前筛选范围内没有名称。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="201"/>
        <source>%1 (%2): %n article(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="204"/>
        <source>Names in most articles</source>
        <translation>见报篇数最多的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="233"/>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="234"/>
        <source>Export Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="235"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="236"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="250"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="251"/>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="264"/>
        <source>Within the list&apos;s filters: %1</source>
        <translation>在列表的筛选范围内：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="265"/>
        <source>Within the whole library</source>
        <translation>在整个文库中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="276"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="277"/>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="278"/>
        <source>Top names</source>
        <translation>高频名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="279"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="280"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="282"/>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="282"/>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="283"/>
        <source>Articles</source>
        <translation>文章篇数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="284"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="285"/>
        <source>All names</source>
        <translation>全部名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="296"/>
        <source>Mentions are counted where the library stores them (names only)</source>
        <translation>提及次数仅在文库记录时统计（仅限名称）</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="73"/>
        <source>Choose a day on a calendar (Alt+Down)</source>
        <translation>在日历上选择日期 (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="74"/>
        <source>Type a date: 2025-03-30, 2025/3/30, 2025.3.30, 2025年3月30日 or 3月30日; empty for any</source>
        <translation>输入日期：2025-03-30、2025/3/30、2025.3.30、2025年3月30日或3月30日；留空表示不限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="110"/>
        <source>There is no day “%1” in the calendar.</source>
        <translation>日历上没有“%1”这一天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="112"/>
        <source>“%1”: the year must be between %2 and %3.</source>
        <translation>“%1”：年份须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="114"/>
        <source>“%1” is not a date; type 2025-03-30, 2025/3/30 or 3月30日.</source>
        <translation>“%1”不是日期；请输入 2025-03-30、2025/3/30 或 3月30日。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="77"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="98"/>
        <source>One file per article</source>
        <translation>每篇文章一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="106"/>
        <source>Include articles without notes or highlights</source>
        <translation>包括没有笔记和划线的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="109"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="115"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="117"/>
        <source>Articles:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="118"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="120"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="127"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="132"/>
        <source>Preview (first articles):</source>
        <translation>预览（前几篇）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="142"/>
        <source>Current article</source>
        <translation>当前文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="144"/>
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>所选文章（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="147"/>
        <source>Articles with a tag</source>
        <translation>带某个标签的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="149"/>
        <source>Search results for “%1”</source>
        <translation>“%1”的搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="151"/>
        <source>All annotated articles</source>
        <translation>所有有批注的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="208"/>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="213"/>
        <source>Export to File</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="233"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="237"/>
        <source>Nothing to export in this choice.</source>
        <translation>这个范围里没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="244"/>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="261"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="268"/>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="269"/>
        <source>These files already exist and would be replaced:
%1</source>
        <translation>这些文件已存在，将被替换：
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="286"/>
        <source>Exported %1 notes and highlights to %2</source>
        <translation>已将 %1 条笔记和划线导出到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="292"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="282"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="68"/>
        <source>Markdown (Obsidian, Typora…)</source>
        <translation>Markdown（Obsidian、Typora…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="69"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="70"/>
        <source>CSV table (Excel)</source>
        <translation>CSV 表格（Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Web Annotation JSON (re-importable)</source>
        <translation>Web Annotation JSON（可再导入）</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="39"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="44"/>
        <source>Import Notes from JSON…</source>
        <translation>从 JSON 导入笔记…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="77"/>
        <location filename="../../desktop_app/ui/export_menu.py" line="91"/>
        <location filename="../../desktop_app/ui/export_menu.py" line="107"/>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="77"/>
        <source>Web Annotation JSON (*.json)</source>
        <translation>Web Annotation JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="92"/>
        <source>%1 highlights added, %2 updated, %3 already here; %4 notes added or merged; %5 articles not found in this library.</source>
        <translation>新增 %1 处划线，更新 %2 处，%3 处已存在；新增或合并 %4 条笔记；%5 篇文章不在本文库中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="103"/>
        <source>%1 is not a Web Annotation JSON file Xiangyue can read; nothing was imported.</source>
        <translation>%1 不是湘阅能读取的 Web Annotation JSON 文件，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="106"/>
        <source>Notes were not imported: %1.</source>
        <translation>笔记未导入：%1。</translation>
    </message>
</context>
<context>
    <name>FactsDock</name>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="43"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="43"/>
        <source>&amp;Figures Table</source>
        <translation>数据表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="99"/>
        <source>Export Figures as CSV</source>
        <translation>将数字导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="100"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="123"/>
        <source>The figures could not be exported: %1</source>
        <translation>无法导出数字：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="127"/>
        <source>%1 figures exported to %2</source>
        <translation>已将 %1 个数字导出到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="172"/>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="223"/>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="223"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="224"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="224"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="225"/>
        <source>Subject</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="225"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="226"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="226"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="227"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="197"/>
        <source>Reading the figures…</source>
        <translation>正在读取数字…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="210"/>
        <source>Counting the figures…</source>
        <translation>正在统计数字…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="243"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数字：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="250"/>
        <source>%1 figures</source>
        <translation>共 %1 个数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="275"/>
        <source>Sentence</source>
        <translation>所在句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="295"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="297"/>
        <location filename="../../desktop_app/ui/facts_panel.py" line="322"/>
        <source>Copy Rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="298"/>
        <source>Chart This Subject</source>
        <translation>为此指标作图</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="301"/>
        <location filename="../../desktop_app/ui/facts_panel.py" line="321"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="311"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="314"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="315"/>
        <source>Only figures in this unit, as stored: 元, %, 家 …</source>
        <translation>只看此单位的数字：元、%、家 …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="316"/>
        <source>Subject contains…</source>
        <translation>指标包含…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="317"/>
        <source>Period from</source>
        <translation>时期起</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="318"/>
        <source>Periods from this one on: 2024, 2024-03 …</source>
        <translation>从此时期起：2024、2024-03 …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="319"/>
        <source>Period to</source>
        <translation>时期止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="320"/>
        <source>Periods up to this one: 2025, 2025-06 …</source>
        <translation>到此时期止：2025、2025-06 …</translation>
    </message>
</context>
<context>
    <name>FailureBanner</name>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="51"/>
        <source>Not saved: %1. What you typed is kept; it is saved again when you next edit.</source>
        <translation>未保存：%1。已输入的内容仍然保留，下次编辑时会再次保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="64"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="57"/>
        <source>No figures to draw for “%1”.</source>
        <translation>“%1”没有可画的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="65"/>
        <source>The figures for “%1” are in different units (%2): they cannot share one axis. Narrow the figures to one unit to chart them.</source>
        <translation>“%1”的数据单位不同（%2），无法共用一条坐标轴。请先筛选为同一单位再作图。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="73"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="101"/>
        <source>The first date is after the last: no article can match.</source>
        <translation>起始日期晚于截止日期：没有文章符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="106"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="107"/>
        <source>from any</source>
        <translation>不限起始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="108"/>
        <source>to any</source>
        <translation>不限截止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="109"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="111"/>
        <source>Rename the selected tag; a name already in use merges the two</source>
        <translation>重命名所选标签；与已有标签同名则合并</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="141"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="144"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="237"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="238"/>
        <source>New name for “%1” (an existing tag&apos;s name merges them):</source>
        <translation>“%1”的新名称（与已有标签同名则合并）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="285"/>
        <source>%1 (also %2)</source>
        <translation>%1（又作 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="287"/>
        <source>%1: %2  ✕</source>
        <translation>%1：%2  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="290"/>
        <source>Showing the articles that name %1; click to clear</source>
        <translation>正在列出提到 %1 的文章；点击清除</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="89"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="107"/>
        <source>Find in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="108"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+回车，Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="109"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一处（回车，F3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="110"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>HighlightEdits</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_edits.py" line="42"/>
        <source>Highlight deleted — Ctrl+Z brings it back</source>
        <translation>划线已删除——按 Ctrl+Z 恢复</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_model.py" line="52"/>
        <source>(text changed: highlight no longer found)</source>
        <translation>（原文已变，找不到这处划线）</translation>
    </message>
</context>
<context>
    <name>HighlightMenu</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_menu.py" line="32"/>
        <source>Highlight Colour</source>
        <translation>划线颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/highlight_menu.py" line="45"/>
        <source>Delete Highlight</source>
        <translation>删除划线</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="49"/>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="51"/>
        <source>Starting the import…</source>
        <translation>正在开始导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="52"/>
        <source>Importing %1 of %2 pages</source>
        <translation>正在导入 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="57"/>
        <source>%1 pages/s</source>
        <translation>%1 页/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_panel.py" line="61"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_panel.py" line="62"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="67"/>
        <source>Stop the import; the pages imported so far stay in the library</source>
        <translation>停止导入；已导入的页面会留在文库中</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="35"/>
        <source>Files Not Imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_problems.py" line="38"/>
        <source>%n file(s) were not imported:</source>
        <translation>
            <numerusform>%n 个文件未导入：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="47"/>
        <source>Copy List</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="55"/>
        <source>%1: skipped, not a page file (pages are %2)</source>
        <translation>%1：已跳过，不是版面文件（版面文件为 %2）</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="25"/>
        <source>is empty</source>
        <translation>是空文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="27"/>
        <source>holds no readable text</source>
        <translation>没有可读的文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="29"/>
        <source>looks like a binary file, not a text page</source>
        <translation>看来是二进制文件，不是文本版面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="31"/>
        <source>is too large for a newspaper page</source>
        <translation>太大，不像一个报纸版面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="33"/>
        <source>is not text in a known encoding (tried UTF-8, UTF-16, GB18030)</source>
        <translation>不是已知编码的文本（试过 UTF-8、UTF-16、GB18030）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="36"/>
        <source>does not exist (was it moved or deleted?)</source>
        <translation>不存在（是否已移走或删除？）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="38"/>
        <source>cannot be read (permission denied)</source>
        <translation>无法读取（没有权限）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="46"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="48"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="50"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="52"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="54"/>
        <source>a bitmap image</source>
        <translation>位图图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="56"/>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="58"/>
        <source>a ZIP archive (or Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="60"/>
        <source>an old Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="72"/>
        <source>is %1, not a text page</source>
        <translation>是%1，不是文本版面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="81"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="22"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="23"/>
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="24"/>
        <source>Commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Photo caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26"/>
        <source>Continuation</source>
        <translation>转版续文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27"/>
        <source>Quote box</source>
        <translation>引文框</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49"/>
        <source>Ordinal</source>
        <translation>序数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50"/>
        <source>Other numbers</source>
        <translation>其他数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="57"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="58"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="59"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="61"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="55"/>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="56"/>
        <source>Names:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="61"/>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="64"/>
        <source>Show or hide this layer</source>
        <translation>显示或隐藏这一层</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="21"/>
        <source>The newest backup was taken %1; whatever you changed after that is not in it.</source>
        <translation>最新的备份创建于 %1；此后的所有改动都不在其中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="25"/>
        <source>The newest backup was taken %1; %2 notes and %3 highlights changed after that are not in it.</source>
        <translation>最新的备份创建于 %1；此后改动的 %2 条笔记和 %3 处划线不在其中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="49"/>
        <source>it is no longer in the library (another program may have changed it)</source>
        <translation>它已不在文库中（可能被其他程序改动了）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="53"/>
        <source>the split cannot be changed so: there is no article on that side on this page, or the place is at the article&apos;s very start or end</source>
        <translation>无法这样修改分篇：本版面这一侧没有文章，或位置在文章的开头或结尾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="56"/>
        <source>something unexpected went wrong (the details were written to the error output)</source>
        <translation>发生了意外错误（详细信息已写入错误输出）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="71"/>
        <location filename="../../desktop_app/ui/library_messages.py" line="104"/>
        <source>the disk holding %1 is full (free some space)</source>
        <translation>存放 %1 的磁盘已满（请腾出空间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="74"/>
        <source>%1 cannot be written there: no permission (choose another folder)</source>
        <translation>无权在那里写入 %1（请换一个文件夹）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="78"/>
        <source>%1 or its folder does not exist</source>
        <translation>%1 或其所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="81"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="83"/>
        <source>%1 could not be read or written</source>
        <translation>无法读写 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="86"/>
        <source>%1 could not be read: it is not a file Xiangyue can use</source>
        <translation>无法读取 %1：湘阅无法使用这个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="107"/>
        <source>the library %1 is in a folder that cannot be written to; copy it to a writable folder</source>
        <translation>文库 %1 所在的文件夹不可写入；请把它复制到可写的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="111"/>
        <source>the library %1 is busy: another Xiangyue window or program is writing to it</source>
        <translation>文库 %1 正忙：另一个湘阅窗口或程序正在写入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="115"/>
        <source>the library %1 could not be read or written; the file itself checks out, so nothing needs restoring: check the drive it is on</source>
        <translation>无法读写文库 %1；文件本身检查无误，不需要恢复：请检查它所在的磁盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="119"/>
        <source>the library %1 is damaged (SQLite&apos;s check of the file failed); File → Quit and reopen to restore a backup</source>
        <translation>文库 %1 已损坏（SQLite 对文件的检查未通过）；请退出并重新打开以恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="123"/>
        <source>the library %1 was made by a newer version of Xiangyue</source>
        <translation>文库 %1 由更新版本的湘阅创建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="126"/>
        <source>the library %1 cannot be used</source>
        <translation>无法使用文库 %1</translation>
    </message>
</context>
<context>
    <name>LibraryReanalyser</name>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="157"/>
        <source>Every article already has this version&apos;s numbers, names and figures</source>
        <translation>所有文章的数字、名称和数据都已是本版的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="216"/>
        <source>Analysis stopped: %1 of %2 articles analysed again; File → Analyse Library Again goes on from there</source>
        <translation>分析已停止：已重新分析 %1 / %2 篇文章；“文件 → 重新分析文库”可接着分析</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="220"/>
        <source>%n article(s) analysed again: their numbers, names and figures are this version&apos;s</source>
        <translation>
            <numerusform>已重新分析 %n 篇文章：数字、名称和数据已是本版的结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="223"/>
        <source>; %n highlight(s) no longer found in the pages split again (kept in the notes panel)</source>
        <translation>
            <numerusform>；有 %n 处划线在重新拆分的版面中找不到了（仍保留在笔记面板中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="226"/>
        <source>; some could not be analysed and keep their earlier analysis</source>
        <translation>；部分文章未能分析，保留原来的结果</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="265"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="267"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_panel.py" line="270"/>
        <source> · photo captions hidden</source>
        <translation> · 已隐藏图片说明</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="274"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” 的搜索结果：%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="192"/>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>Updating the library for this version (a backup is kept first); a large library takes a few minutes…</source>
        <translation>正在把书库升级到此版本（先留好备份）；大型书库需要几分钟……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344"/>
        <source>%1 %2
An offline reader for Chinese newspaper pages: numbers and names highlighted, notes and tags kept on this computer.</source>
        <translation>%1 %2
离线阅读报纸版面：高亮数字与人名地名机构名，笔记和标签都保存在本机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="37"/>
        <source>A note could not be saved: %1

Close anyway and lose what was typed since it was last saved? Cancel keeps the window open.</source>
        <translation>有一条笔记未能保存：%1

仍要关闭并丢失上次保存后输入的内容吗？选“取消”可保持窗口打开。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="100"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="101"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="103"/>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="104"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="105"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="106"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="107"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="108"/>
        <source>&amp;Back Up Library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="109"/>
        <source>A&amp;nalyse Library Again</source>
        <translation>重新分析文库(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="110"/>
        <source>&amp;Remove Sample Pages…</source>
        <translation>移除示例页面(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="113"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="114"/>
        <source>&amp;Search Articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="115"/>
        <source>Clear Search and &amp;Filters</source>
        <translation>清除搜索和筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="116"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="117"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="118"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="119"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="120"/>
        <location filename="../../desktop_app/ui/menus.py" line="124"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="121"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="122"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="123"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="127"/>
        <source>&amp;Notes Panel</source>
        <translation>笔记面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="128"/>
        <source>List &amp;Columns</source>
        <translation>列表栏目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="129"/>
        <source>&amp;Charts…</source>
        <translation>图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="131"/>
        <source>Highlight in %1</source>
        <translation>用%1划线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="133"/>
        <source>Edit Article &amp;Note</source>
        <translation>编辑文章笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="134"/>
        <source>Add &amp;Tag</source>
        <translation>添加标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="135"/>
        <source>&amp;About Xiangyue</source>
        <translation>关于湘阅(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NamesDock</name>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="37"/>
        <source>Names Index</source>
        <translation>名称索引</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="37"/>
        <source>Names &amp;Index</source>
        <translation>名称索引(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="49"/>
        <source>The notes panel is hidden to make room for the names index (Ctrl+Shift+N shows it)</source>
        <translation>已隐藏笔记面板，为名称索引腾出空间（Ctrl+Shift+N 可重新显示）</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="189"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="190"/>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="191"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="192"/>
        <source>Articles</source>
        <translation>文章篇数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="193"/>
        <source>First</source>
        <translation>首见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="194"/>
        <source>Last</source>
        <translation>末见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="230"/>
        <source>%1 · %2
Variants: %3
Click to list the articles naming it</source>
        <translation>%1 · %2
写法：%3
点击列出提到它的文章</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="165"/>
        <source>Reading the names…</source>
        <translation>正在读取名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="242"/>
        <source>The names could not be read: %1</source>
        <translation>无法读取名称：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>People</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="248"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="256"/>
        <source>No names in these articles</source>
        <translation>这些文章中没有名称</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="258"/>
        <source>%n name(s)</source>
        <translation>
            <numerusform>共 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="260"/>
        <source> · in the articles the list&apos;s filters keep</source>
        <translation> · 仅限列表筛选出的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="300"/>
        <source>List Articles Naming “%1”</source>
        <translation>列出提到“%1”的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="302"/>
        <source>Copy Name</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="306"/>
        <source>Rename “%1”…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="308"/>
        <source>Merge “%1” Into…</source>
        <translation>将“%1”合并到…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="311"/>
        <source>Merge %n Names…</source>
        <translation>
            <numerusform>合并 %n 个名称…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="316"/>
        <source>Separate Merged Names</source>
        <translation>拆分已合并的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="325"/>
        <source>Rename Name</source>
        <translation>重命名名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="326"/>
        <source>Show “%1” in the index as (empty: its most frequent form):</source>
        <translation>在索引中将“%1”显示为（留空：用最常见的写法）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="336"/>
        <source>Merge the selected names into:</source>
        <translation>将所选名称合并到：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="341"/>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="346"/>
        <source>Merge Names</source>
        <translation>合并名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="352"/>
        <source>%1 (%2 mentions, %3)</source>
        <translation>%1（提及 %2 次，%3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="380"/>
        <source>Find a name…</source>
        <translation>查找名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="381"/>
        <source>People, places and organisations named in the articles</source>
        <translation>文章中提到的人物、地点和机构</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_dock.py" line="118"/>
        <source>Note&amp;book</source>
        <translation>笔记本(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_dock.py" line="120"/>
        <source>Notebook: All Highlights and Notes</source>
        <translation>笔记本：全部划线和笔记</translation>
    </message>
</context>
<context>
    <name>NotebookModel</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_model.py" line="81"/>
        <source>Article note:</source>
        <translation>文章笔记：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_model.py" line="87"/>
        <source>(text changed: highlight no longer found)</source>
        <translation>（原文已变，找不到这处划线）</translation>
    </message>
</context>
<context>
    <name>NotebookPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="149"/>
        <source>The notebook could not be read.</source>
        <translation>无法读取笔记本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notebook_panel.py" line="168"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="170"/>
        <source>Nothing matches these filters.</source>
        <translation>没有符合这些筛选条件的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="173"/>
        <source>No highlights or notes yet: select text in an article and press Ctrl+H, or write an article note (Ctrl+E).</source>
        <translation>还没有划线或笔记：在文章中选中文字后按 Ctrl+H，或写一篇文章笔记（Ctrl+E）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="199"/>
        <source>Search highlights and notes</source>
        <translation>搜索划线和笔记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="200"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="201"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="204"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="205"/>
        <source>By article</source>
        <translation>按文章</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="141"/>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="142"/>
        <source>Note on the selected highlight</source>
        <translation>所选划线的批注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="143"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="144"/>
        <source>Article note (Markdown, saved as you type)</source>
        <translation>文章笔记（Markdown，随写随存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="145"/>
        <source>Write a note… **bold**, - lists, &gt; quotes</source>
        <translation>写笔记… **加粗**、- 列表、&gt; 引用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="146"/>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="147"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="160"/>
        <source>Restoring the latest automatic backup…</source>
        <translation>正在恢复最新的自动备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="163"/>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="179"/>
        <source>Restored %1; the damaged file was kept as %2</source>
        <translation>已恢复 %1；损坏的文件保留为 %2</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="56"/>
        <source>The library file is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>文库文件已损坏：SQLite 对文件的检查未通过。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="59"/>
        <source>File: %1

Automatic backups, newest first:
%2

Restore puts the newest backup in its place; the damaged file is kept beside it, renamed, never deleted.</source>
        <translation>文件：%1

自动备份（最新的在前）：
%2

“恢复”会用最新的备份替换它；损坏的文件改名后保留在原处，不会删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="66"/>
        <source>No automatic backup of it exists, so there is nothing to restore. The damaged file is left untouched at:
%1</source>
        <translation>这个文库没有自动备份，无法恢复。损坏的文件原样保留在：
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="71"/>
        <source>The library could not be read from its drive.</source>
        <translation>无法从所在的磁盘读取文库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="73"/>
        <source>File: %1

The file itself checks out, so nothing needs restoring. Check the drive it is on (a network or removable drive may have gone away), then try again.</source>
        <translation>文件：%1

文件本身检查无误，不需要恢复。请检查它所在的磁盘（网络盘或移动盘可能已断开），然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="79"/>
        <source>The library is in use by another Xiangyue window or program.</source>
        <translation>另一个湘阅窗口或程序正在使用这个文库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="81"/>
        <source>File: %1

Close the other Xiangyue (or wait for it to finish writing), then try again.</source>
        <translation>文件：%1

请关闭另一个湘阅（或等它写完），然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="86"/>
        <source>The library was made by a newer version of Xiangyue.</source>
        <translation>这个文库由更新版本的湘阅创建。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="88"/>
        <source>File: %1

This version cannot open it without risking damage to it; please update Xiangyue.</source>
        <translation>文件：%1

本版本打开它可能会损坏它；请更新湘阅。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="92"/>
        <source>The library cannot be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="93"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="97"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="98"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="99"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>PageImporter</name>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="62"/>
        <source>Import Pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="72"/>
        <source>Import a Folder of Pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="165"/>
        <source>%1 articles added from %2 new and %3 updated pages</source>
        <translation>新增 %1 篇文章（%2 个新版面，%3 个更新版面）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="82"/>
        <source>An import is already running: wait for it to finish, or cancel it first.</source>
        <translation>已有导入正在进行：请等它完成，或先取消它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="63"/>
        <source>Newspaper pages (%1);;All files (*)</source>
        <translation>报纸版面 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="161"/>
        <source>Import cancelled: %1 pages imported, the other %2 not; %3 articles added</source>
        <translation>导入已取消：已导入 %1 页，取消了其余 %2 页；新增 %3 篇文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="177"/>
        <source>; %n file(s) could not be read: %1</source>
        <translation>
            <numerusform>；%n 个文件无法读取：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="188"/>
        <location filename="../../desktop_app/ui/importing.py" line="204"/>
        <source>Back Up Library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="189"/>
        <source>Library files (*.sqlite3)</source>
        <translation>文库文件 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="195"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="205"/>
        <source>The library was not backed up: %1.</source>
        <translation>文库未备份：%1。</translation>
    </message>
</context>
<context>
    <name>PageOpening</name>
    <message>
        <location filename="../../desktop_app/ui/page_opening.py" line="87"/>
        <source>The printed PDF page, with this article outlined</source>
        <translation>印刷的 PDF 版面，框出这篇文章</translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="275"/>
        <source>The PDF this article came from is no longer at %1.</source>
        <translation>这篇文章来自的 PDF 已不在 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="277"/>
        <source>The PDF %1 has changed since it was imported; import it again to show this article on its page.</source>
        <translation>PDF %1 在导入后已改动；请重新导入，才能在版面上查看这篇文章。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="285"/>
        <source>%1 · page %2 · %3%</source>
        <translation>%1 · 第 %2 页 · %3%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="290"/>
        <source>Show on Page — %1</source>
        <translation>在版面上查看 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="291"/>
        <source>Show on Page</source>
        <translation>在版面上查看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="292"/>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="293"/>
        <source>Zoom In (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="294"/>
        <source>Zoom Out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/read_marks.py" line="109"/>
        <source>%n article(s) marked read</source>
        <translation>
            <numerusform>%n 篇文章已标为已读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="120"/>
        <source>Read and unread</source>
        <translation>已读和未读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="121"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="122"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message>
        <location filename="../../desktop_app/ui/reader_document.py" line="120"/>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="177"/>
        <source>Select some text to highlight first</source>
        <translation>请先选中要划线的文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="209"/>
        <source>Correction saved; it applies to every article</source>
        <translation>更正已保存，对所有文章生效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="230"/>
        <source>%1 · %2 numbers · %3 names · %4 highlights</source>
        <translation>%1 · %2 个数字 · %3 个名称 · %4 处划线</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader_view.py" line="247"/>
        <source>%1 · %2
Mentioned in %n article(s) · click to list them</source>
        <translation>
            <numerusform>%1 · %2
%n 篇文章提到 · 点击列出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="250"/>
        <location filename="../../desktop_app/ui/reader_view.py" line="286"/>
        <source>Highlight</source>
        <translation>划线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="290"/>
        <source>Mark as name</source>
        <translation>标为名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="299"/>
        <source>Mentions over Time</source>
        <translation>见报趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="303"/>
        <source>Change type of “%1”</source>
        <translation>更改“%1”的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="311"/>
        <source>Not a name</source>
        <translation>不是名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="317"/>
        <source>Show on Page</source>
        <translation>在版面上查看</translation>
    </message>
</context>
<context>
    <name>ReadingControls</name>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="112"/>
        <source>&amp;Find in Article</source>
        <translation>在文章中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="113"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="114"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="115"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="116"/>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="117"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="118"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="119"/>
        <source>Mark as &amp;Unread</source>
        <translation>标为未读(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="120"/>
        <source>Mark All in List as &amp;Read</source>
        <translation>列表中全部标为已读(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReadingSettings</name>
    <message>
        <location filename="../../desktop_app/ui/reading_settings.py" line="51"/>
        <source>&amp;Reading Settings…</source>
        <translation>阅读设置(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="150"/>
        <source>Reading Settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="151"/>
        <source>Default (Song serif)</source>
        <translation>默认（宋体）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="153"/>
        <source>&amp;Paragraph spacing:</source>
        <translation>段距(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="153"/>
        <source>Page &amp;width:</source>
        <translation>版心宽度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="156"/>
        <source> em</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="157"/>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="159"/>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>ReanalysisPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="75"/>
        <source>Analyse Again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="77"/>
        <source>Split their pages again where the files are unchanged and find their numbers, names and figures with this version&apos;s rules; your notes, highlights, tags and corrections follow their articles</source>
        <translation>在原文件未变的情况下重新拆分版面，并用本版规则重新找出数字、名称和数据；你的笔记、划线、标签和更正随文章保留</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="80"/>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="82"/>
        <source>Stop; the articles analysed so far keep their new analysis, and the next run goes on from there</source>
        <translation>停止；已重新分析的文章保留新结果，下次从这里接着分析</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="84"/>
        <source>File → Analyse Library Again does it later</source>
        <translation>稍后可用“文件 → 重新分析文库”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="95"/>
        <source>%n article(s) were analysed by an earlier version of Xiangyue</source>
        <translation>
            <numerusform>有 %n 篇文章是旧版湘阅分析的</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="98"/>
        <source>Stopping the analysis…</source>
        <translation>正在停止分析…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="100"/>
        <source>Analysing articles again: %1 of %2</source>
        <translation>正在重新分析文章：%1 / %2</translation>
    </message>
</context>
<context>
    <name>SamplePages</name>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="58"/>
        <source>Remove Sample Pages</source>
        <translation>移除示例页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="61"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="70"/>
        <source>Remove the %n sample page(s) bundled with Xiangyue</source>
        <translation>
            <numerusform>要从文库中移除湘阅自带的 %n 个示例页面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="72"/>
        <source> (%n article(s)) from the library?</source>
        <translation>
            <numerusform>（共 %n 篇文章）吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="74"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="75"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处划线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="77"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="80"/>
        <source>Your %1 on them will be deleted too.</source>
        <translation>你在这些文章上的%1也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="81"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="82"/>
        <source>Your own pages are not touched.</source>
        <translation>你自己导入的页面不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="98"/>
        <source>Removed %1 sample pages (%2 articles)</source>
        <translation>已移除 %1 个示例页面（%2 篇文章）</translation>
    </message>
</context>
<context>
    <name>SampleProgress</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/first_launch.py" line="41"/>
        <source>The sample pages are in: %n page(s). Import your own with File → Import Files.</source>
        <translation>
            <numerusform>示例版面已加入：共 %n 个版面。可用“文件 → 导入文件”加入你自己的版面。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_launch.py" line="45"/>
        <source>Adding the sample pages: %1 of %2…</source>
        <translation>正在加入示例版面：%1 / %2…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/search_box.py" line="26"/>
        <source>Search articles (Ctrl+K)…</source>
        <translation>搜索文章 (Ctrl+K)…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="53"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="57"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="57"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="74"/>
        <source>Reading pane</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="74"/>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="75"/>
        <source>Search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="77"/>
        <source>Page down; at the end, the next article</source>
        <translation>向下翻页；到末尾时打开下一篇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="78"/>
        <source>Page up</source>
        <translation>向上翻页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="79"/>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="80"/>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="81"/>
        <source>Close and remove the marks</source>
        <translation>关闭并清除标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="82"/>
        <source>Go to the first result</source>
        <translation>转到第一条结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="83"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>SplitFixes</name>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="33"/>
        <source>Merge with Next Article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="34"/>
        <source>Merge with Previous Article</source>
        <translation>与上一篇合并</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="35"/>
        <source>Split Article Here</source>
        <translation>从此处拆分文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="36"/>
        <source>Use This Line as Headline</source>
        <translation>将此行设为标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="37"/>
        <source>Change Kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="47"/>
        <source>Fix the Split</source>
        <translation>修正分篇</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="84"/>
        <source>Mentions over Time</source>
        <translation>见报趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="97"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="98"/>
        <source>Add a tag and press Enter</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="99"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="100"/>
        <source>Remove the selected tag from this article</source>
        <translation>从本文移除所选标签</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="90"/>
        <source>Delete highlight “%1”</source>
        <translation>删除划线“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="111"/>
        <source>Recolour highlight “%1”</source>
        <translation>更改划线“%1”的颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="129"/>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
</TS>
