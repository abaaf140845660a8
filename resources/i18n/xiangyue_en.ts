<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleOutline</name>
    <message>
        <location filename="../../desktop_app/ui/outline.py" line="81"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outline.py" line="83"/>
        <source>Click a subhead to go to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="191"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="192"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionToggle</name>
    <message>
        <location filename="../../desktop_app/ui/caption_toggle.py" line="50"/>
        <source>Hide &amp;Photo Captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="170"/>
        <source>No dated articles for “%1” within these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="174"/>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="174"/>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="205"/>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="176"/>
        <source>%1 to %2: %n article(s)</source>
        <translation>
            <numerusform>%1 to %2: %n article</numerusform>
            <numerusform>%1 to %2: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="178"/>
        <source>, %n mention(s)</source>
        <translation>
            <numerusform>, %n mention</numerusform>
            <numerusform>, %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="182"/>
        <source>“%1” in the papers, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="183"/>
        <source>“%1” in the papers, per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="184"/>
        <source>Articles tagged “%1”, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="185"/>
        <source>Articles tagged “%1”, per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="186"/>
        <source>Articles matching “%1”, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="187"/>
        <source>Articles matching “%1”, per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="189"/>
        <source>Week (page date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="189"/>
        <source>Month (page date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="199"/>
        <source>No names within these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chart_dialog.py" line="201"/>
        <source>%1 (%2): %n article(s)</source>
        <translation>
            <numerusform>%1 (%2): %n article</numerusform>
            <numerusform>%1 (%2): %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="204"/>
        <source>Names in most articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="233"/>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="234"/>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="235"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="236"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="250"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="251"/>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="264"/>
        <source>Within the list&apos;s filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="265"/>
        <source>Within the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="276"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="277"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="278"/>
        <source>Top names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="279"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="280"/>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="282"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="282"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="283"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="284"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="285"/>
        <source>All names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart_dialog.py" line="296"/>
        <source>Mentions are counted where the library stores them (names only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="73"/>
        <source>Choose a day on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="74"/>
        <source>Type a date: 2025-03-30, 2025/3/30, 2025.3.30, 2025年3月30日 or 3月30日; empty for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="110"/>
        <source>There is no day “%1” in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="112"/>
        <source>“%1”: the year must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="114"/>
        <source>“%1” is not a date; type 2025-03-30, 2025/3/30 or 3月30日.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="77"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="98"/>
        <source>One file per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="106"/>
        <source>Include articles without notes or highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="109"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="115"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="117"/>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="118"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="120"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="127"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="132"/>
        <source>Preview (first articles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="142"/>
        <source>Current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="144"/>
        <source>Selected articles (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="147"/>
        <source>Articles with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="149"/>
        <source>Search results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="151"/>
        <source>All annotated articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="208"/>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="213"/>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="233"/>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="237"/>
        <source>Nothing to export in this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="244"/>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="261"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="268"/>
        <source>Replace Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="269"/>
        <source>These files already exist and would be replaced:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="286"/>
        <source>Exported %1 notes and highlights to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="292"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="282"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="68"/>
        <source>Markdown (Obsidian, Typora…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="69"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="70"/>
        <source>CSV table (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Web Annotation JSON (re-importable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="39"/>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="44"/>
        <source>Import Notes from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="77"/>
        <location filename="../../desktop_app/ui/export_menu.py" line="91"/>
        <location filename="../../desktop_app/ui/export_menu.py" line="107"/>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="77"/>
        <source>Web Annotation JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="92"/>
        <source>%1 highlights added, %2 updated, %3 already here; %4 notes added or merged; %5 articles not found in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="103"/>
        <source>%1 is not a Web Annotation JSON file Xiangyue can read; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_menu.py" line="106"/>
        <source>Notes were not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsDock</name>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="43"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="43"/>
        <source>&amp;Figures Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="99"/>
        <source>Export Figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="100"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="123"/>
        <source>The figures could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="127"/>
        <source>%1 figures exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_opening.py" line="172"/>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="223"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="223"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="224"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="224"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="225"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="225"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="226"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="226"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_model.py" line="227"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="197"/>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="210"/>
        <source>Counting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="243"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="250"/>
        <source>%1 figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="275"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="295"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="297"/>
        <location filename="../../desktop_app/ui/facts_panel.py" line="322"/>
        <source>Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="298"/>
        <source>Chart This Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="301"/>
        <location filename="../../desktop_app/ui/facts_panel.py" line="321"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="311"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="314"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="315"/>
        <source>Only figures in this unit, as stored: 元, %, 家 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="316"/>
        <source>Subject contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="317"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="318"/>
        <source>Periods from this one on: 2024, 2024-03 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="319"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facts_panel.py" line="320"/>
        <source>Periods up to this one: 2025, 2025-06 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureBanner</name>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="51"/>
        <source>Not saved: %1. What you typed is kept; it is saved again when you next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="64"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="57"/>
        <source>No figures to draw for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="65"/>
        <source>The figures for “%1” are in different units (%2): they cannot share one axis. Narrow the figures to one unit to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_chart.py" line="73"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="101"/>
        <source>The first date is after the last: no article can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="106"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="107"/>
        <source>from any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="108"/>
        <source>to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="109"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="111"/>
        <source>Rename the selected tag; a name already in use merges the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="141"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="144"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="237"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="238"/>
        <source>New name for “%1” (an existing tag&apos;s name merges them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="285"/>
        <source>%1 (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="287"/>
        <source>%1: %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="290"/>
        <source>Showing the articles that name %1; click to clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="89"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="107"/>
        <source>Find in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="108"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="109"/>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/find_bar.py" line="110"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightEdits</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_edits.py" line="42"/>
        <source>Highlight deleted — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_model.py" line="52"/>
        <source>(text changed: highlight no longer found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightMenu</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_menu.py" line="32"/>
        <source>Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/highlight_menu.py" line="45"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="49"/>
        <source>Cancelling the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="51"/>
        <source>Starting the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="52"/>
        <source>Importing %1 of %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="57"/>
        <source>%1 pages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_panel.py" line="61"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_panel.py" line="62"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_panel.py" line="67"/>
        <source>Stop the import; the pages imported so far stay in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="35"/>
        <source>Files Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_problems.py" line="38"/>
        <source>%n file(s) were not imported:</source>
        <translation>
            <numerusform>%n file was not imported:</numerusform>
            <numerusform>%n files were not imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="47"/>
        <source>Copy List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_problems.py" line="55"/>
        <source>%1: skipped, not a page file (pages are %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="25"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="27"/>
        <source>holds no readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="29"/>
        <source>looks like a binary file, not a text page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="31"/>
        <source>is too large for a newspaper page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="33"/>
        <source>is not text in a known encoding (tried UTF-8, UTF-16, GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="36"/>
        <source>does not exist (was it moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="38"/>
        <source>cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="46"/>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="48"/>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="50"/>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="52"/>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="54"/>
        <source>a bitmap image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="56"/>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="58"/>
        <source>a ZIP archive (or Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="60"/>
        <source>an old Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="72"/>
        <source>is %1, not a text page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_reasons.py" line="81"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="22"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="23"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="24"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26"/>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27"/>
        <source>Quote box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49"/>
        <source>Ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50"/>
        <source>Other numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="57"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="58"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="59"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="61"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="55"/>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="56"/>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="61"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="64"/>
        <source>Show or hide this layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="21"/>
        <source>The newest backup was taken %1; whatever you changed after that is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="25"/>
        <source>The newest backup was taken %1; %2 notes and %3 highlights changed after that are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="49"/>
        <source>it is no longer in the library (another program may have changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="53"/>
        <source>the split cannot be changed so: there is no article on that side on this page, or the place is at the article&apos;s very start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="56"/>
        <source>something unexpected went wrong (the details were written to the error output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="71"/>
        <location filename="../../desktop_app/ui/library_messages.py" line="104"/>
        <source>the disk holding %1 is full (free some space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="74"/>
        <source>%1 cannot be written there: no permission (choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="78"/>
        <source>%1 or its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="81"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="83"/>
        <source>%1 could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="86"/>
        <source>%1 could not be read: it is not a file Xiangyue can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="107"/>
        <source>the library %1 is in a folder that cannot be written to; copy it to a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="111"/>
        <source>the library %1 is busy: another Xiangyue window or program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="115"/>
        <source>the library %1 could not be read or written; the file itself checks out, so nothing needs restoring: check the drive it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="119"/>
        <source>the library %1 is damaged (SQLite&apos;s check of the file failed); File → Quit and reopen to restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="123"/>
        <source>the library %1 was made by a newer version of Xiangyue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="126"/>
        <source>the library %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryReanalyser</name>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="157"/>
        <source>Every article already has this version&apos;s numbers, names and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="216"/>
        <source>Analysis stopped: %1 of %2 articles analysed again; File → Analyse Library Again goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="220"/>
        <source>%n article(s) analysed again: their numbers, names and figures are this version&apos;s</source>
        <translation>
            <numerusform>%n article analysed again: its numbers, names and figures are this version&apos;s</numerusform>
            <numerusform>%n articles analysed again: their numbers, names and figures are this version&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="223"/>
        <source>; %n highlight(s) no longer found in the pages split again (kept in the notes panel)</source>
        <translation>
            <numerusform>; %n highlight no longer found in the pages split again (kept in the notes panel)</numerusform>
            <numerusform>; %n highlights no longer found in the pages split again (kept in the notes panel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="226"/>
        <source>; some could not be analysed and keep their earlier analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="265"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="267"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/list_panel.py" line="270"/>
        <source> · photo captions hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="274"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="192"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>Updating the library for this version (a backup is kept first); a large library takes a few minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344"/>
        <source>%1 %2
An offline reader for Chinese newspaper pages: numbers and names highlighted, notes and tags kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/closing.py" line="37"/>
        <source>A note could not be saved: %1

Close anyway and lose what was typed since it was last saved? Cancel keeps the window open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="101"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="103"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="105"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="106"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="107"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="108"/>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="109"/>
        <source>A&amp;nalyse Library Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="110"/>
        <source>&amp;Remove Sample Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="111"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="113"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="114"/>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="115"/>
        <source>Clear Search and &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="116"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="117"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="118"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="119"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="120"/>
        <location filename="../../desktop_app/ui/menus.py" line="124"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="121"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="122"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="123"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="127"/>
        <source>&amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="128"/>
        <source>List &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="129"/>
        <source>&amp;Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="131"/>
        <source>Highlight in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="133"/>
        <source>Edit Article &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="134"/>
        <source>Add &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="135"/>
        <source>&amp;About Xiangyue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesDock</name>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="37"/>
        <source>Names Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="37"/>
        <source>Names &amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="49"/>
        <source>The notes panel is hidden to make room for the names index (Ctrl+Shift+N shows it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="189"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="190"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="191"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="192"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="193"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="194"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="230"/>
        <source>%1 · %2
Variants: %3
Click to list the articles naming it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="165"/>
        <source>Reading the names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="242"/>
        <source>The names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="247"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="248"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="256"/>
        <source>No names in these articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="258"/>
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="260"/>
        <source> · in the articles the list&apos;s filters keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="300"/>
        <source>List Articles Naming “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="302"/>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="306"/>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="308"/>
        <source>Merge “%1” Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="311"/>
        <source>Merge %n Names…</source>
        <translation>
            <numerusform>Merge %n Name…</numerusform>
            <numerusform>Merge %n Names…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="316"/>
        <source>Separate Merged Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="325"/>
        <source>Rename Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="326"/>
        <source>Show “%1” in the index as (empty: its most frequent form):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="336"/>
        <source>Merge the selected names into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="341"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="346"/>
        <source>Merge Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="352"/>
        <source>%1 (%2 mentions, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="380"/>
        <source>Find a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="381"/>
        <source>People, places and organisations named in the articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_dock.py" line="118"/>
        <source>Note&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_dock.py" line="120"/>
        <source>Notebook: All Highlights and Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookModel</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_model.py" line="81"/>
        <source>Article note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_model.py" line="87"/>
        <source>(text changed: highlight no longer found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="149"/>
        <source>The notebook could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notebook_panel.py" line="168"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="170"/>
        <source>Nothing matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="173"/>
        <source>No highlights or notes yet: select text in an article and press Ctrl+H, or write an article note (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="199"/>
        <source>Search highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="200"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="201"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="204"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notebook_panel.py" line="205"/>
        <source>By article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="141"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="142"/>
        <source>Note on the selected highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="143"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="144"/>
        <source>Article note (Markdown, saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="145"/>
        <source>Write a note… **bold**, - lists, &gt; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="146"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="147"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="160"/>
        <source>Restoring the latest automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="163"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="179"/>
        <source>Restored %1; the damaged file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="56"/>
        <source>The library file is damaged: SQLite&apos;s check of the file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="59"/>
        <source>File: %1

Automatic backups, newest first:
%2

Restore puts the newest backup in its place; the damaged file is kept beside it, renamed, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="66"/>
        <source>No automatic backup of it exists, so there is nothing to restore. The damaged file is left untouched at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="71"/>
        <source>The library could not be read from its drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="73"/>
        <source>File: %1

The file itself checks out, so nothing needs restoring. Check the drive it is on (a network or removable drive may have gone away), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="79"/>
        <source>The library is in use by another Xiangyue window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="81"/>
        <source>File: %1

Close the other Xiangyue (or wait for it to finish writing), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="86"/>
        <source>The library was made by a newer version of Xiangyue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="88"/>
        <source>File: %1

This version cannot open it without risking damage to it; please update Xiangyue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="92"/>
        <source>The library cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="93"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="97"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="98"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="99"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageImporter</name>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="62"/>
        <source>Import Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="72"/>
        <source>Import a Folder of Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="165"/>
        <source>%1 articles added from %2 new and %3 updated pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="82"/>
        <source>An import is already running: wait for it to finish, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="63"/>
        <source>Newspaper pages (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="161"/>
        <source>Import cancelled: %1 pages imported, the other %2 not; %3 articles added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="177"/>
        <source>; %n file(s) could not be read: %1</source>
        <translation>
            <numerusform>; %n file could not be read: %1</numerusform>
            <numerusform>; %n files could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="188"/>
        <location filename="../../desktop_app/ui/importing.py" line="204"/>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="189"/>
        <source>Library files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="195"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="205"/>
        <source>The library was not backed up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageOpening</name>
    <message>
        <location filename="../../desktop_app/ui/page_opening.py" line="87"/>
        <source>The printed PDF page, with this article outlined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageWindow</name>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="275"/>
        <source>The PDF this article came from is no longer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="277"/>
        <source>The PDF %1 has changed since it was imported; import it again to show this article on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="285"/>
        <source>%1 · page %2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="290"/>
        <source>Show on Page — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="291"/>
        <source>Show on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="292"/>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="293"/>
        <source>Zoom In (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/page_view.py" line="294"/>
        <source>Zoom Out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadMarks</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/read_marks.py" line="109"/>
        <source>%n article(s) marked read</source>
        <translation>
            <numerusform>%n article marked read</numerusform>
            <numerusform>%n articles marked read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="120"/>
        <source>Read and unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="121"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/read_marks.py" line="122"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message>
        <location filename="../../desktop_app/ui/reader_document.py" line="120"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="177"/>
        <source>Select some text to highlight first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="209"/>
        <source>Correction saved; it applies to every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="230"/>
        <source>%1 · %2 numbers · %3 names · %4 highlights</source>
        <translation type="unfinished"></translation>
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
Mentioned in %n article · click to list them</numerusform>
            <numerusform>%1 · %2
Mentioned in %n articles · click to list them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="250"/>
        <location filename="../../desktop_app/ui/reader_view.py" line="286"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="290"/>
        <source>Mark as name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="299"/>
        <source>Mentions over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="303"/>
        <source>Change type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="311"/>
        <source>Not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="317"/>
        <source>Show on Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingControls</name>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="112"/>
        <source>&amp;Find in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="113"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="114"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="115"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="116"/>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="117"/>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="118"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="119"/>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_controls.py" line="120"/>
        <source>Mark All in List as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingSettings</name>
    <message>
        <location filename="../../desktop_app/ui/reading_settings.py" line="51"/>
        <source>&amp;Reading Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="150"/>
        <source>Reading Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="151"/>
        <source>Default (Song serif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="152"/>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="153"/>
        <source>&amp;Paragraph spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="153"/>
        <source>Page &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="156"/>
        <source> em</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="157"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reading_settings_dialog.py" line="159"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReanalysisPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="75"/>
        <source>Analyse Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="77"/>
        <source>Split their pages again where the files are unchanged and find their numbers, names and figures with this version&apos;s rules; your notes, highlights, tags and corrections follow their articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="80"/>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="82"/>
        <source>Stop; the articles analysed so far keep their new analysis, and the next run goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="84"/>
        <source>File → Analyse Library Again does it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reanalysing.py" line="95"/>
        <source>%n article(s) were analysed by an earlier version of Xiangyue</source>
        <translation>
            <numerusform>%n article was analysed by an earlier version of Xiangyue</numerusform>
            <numerusform>%n articles were analysed by an earlier version of Xiangyue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="98"/>
        <source>Stopping the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reanalysing.py" line="100"/>
        <source>Analysing articles again: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplePages</name>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="58"/>
        <source>Remove Sample Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="61"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="70"/>
        <source>Remove the %n sample page(s) bundled with Xiangyue</source>
        <translation>
            <numerusform>Remove the %n sample page bundled with Xiangyue</numerusform>
            <numerusform>Remove the %n sample pages bundled with Xiangyue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="72"/>
        <source> (%n article(s)) from the library?</source>
        <translation>
            <numerusform> (%n article) from the library?</numerusform>
            <numerusform> (%n articles) from the library?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="74"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="75"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/sample_pages.py" line="77"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="80"/>
        <source>Your %1 on them will be deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="81"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="82"/>
        <source>Your own pages are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sample_pages.py" line="98"/>
        <source>Removed %1 sample pages (%2 articles)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleProgress</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/first_launch.py" line="41"/>
        <source>The sample pages are in: %n page(s). Import your own with File → Import Files.</source>
        <translation>
            <numerusform>The sample pages are in: %n page. Import your own with File → Import Files.</numerusform>
            <numerusform>The sample pages are in: %n pages. Import your own with File → Import Files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_launch.py" line="45"/>
        <source>Adding the sample pages: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/search_box.py" line="26"/>
        <source>Search articles (Ctrl+K)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="53"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="57"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="57"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="74"/>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="74"/>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="75"/>
        <source>Search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="77"/>
        <source>Page down; at the end, the next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="78"/>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="79"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="80"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="81"/>
        <source>Close and remove the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="82"/>
        <source>Go to the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="83"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitFixes</name>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="33"/>
        <source>Merge with Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="34"/>
        <source>Merge with Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="35"/>
        <source>Split Article Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="36"/>
        <source>Use This Line as Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="37"/>
        <source>Change Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/split_fixes.py" line="47"/>
        <source>Fix the Split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="84"/>
        <source>Mentions over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="97"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="98"/>
        <source>Add a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="100"/>
        <source>Remove the selected tag from this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="90"/>
        <source>Delete highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="111"/>
        <source>Recolour highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="129"/>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
