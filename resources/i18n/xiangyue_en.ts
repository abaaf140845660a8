<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="158"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="158"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="158"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="159"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="159"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="159"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="78"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="99"/>
        <source>One file per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="107"/>
        <source>Include articles without notes or highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="116"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="118"/>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="119"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="121"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="131"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="136"/>
        <source>Preview (first articles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="146"/>
        <source>Current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/export_dialog.py" line="148"/>
        <source>Selected articles (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="151"/>
        <source>Articles with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="153"/>
        <source>Search results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="155"/>
        <source>All annotated articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="212"/>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="217"/>
        <source>Export to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="236"/>
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
        <location filename="../../desktop_app/ui/labels.py" line="63"/>
        <source>Markdown (Obsidian, Typora…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="64"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="65"/>
        <source>CSV table (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66"/>
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
    <name>FailureBanner</name>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="43"/>
        <source>Not saved: %1. What you typed is kept; it is saved again when you next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/failure_banner.py" line="56"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="102"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="103"/>
        <source>from any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="104"/>
        <source>to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="105"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="107"/>
        <source>Rename the selected tag; a name already in use merges the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="135"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="138"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="206"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="207"/>
        <source>New name for “%1” (an existing tag&apos;s name merges them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="255"/>
        <source>%1 (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="257"/>
        <source>%1: %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="260"/>
        <source>Showing the articles that name %1; click to clear</source>
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
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="17"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="18"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="19"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="20"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="21"/>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="22"/>
        <source>Quote box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="31"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45"/>
        <source>Other numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="53"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="54"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="55"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="56"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="53"/>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="54"/>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="59"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="62"/>
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
        <location filename="../../desktop_app/ui/library_messages.py" line="48"/>
        <source>it is no longer in the library (another program may have changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="51"/>
        <source>something unexpected went wrong (the details were written to the error output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="66"/>
        <location filename="../../desktop_app/ui/library_messages.py" line="99"/>
        <source>the disk holding %1 is full (free some space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="69"/>
        <source>%1 cannot be written there: no permission (choose another folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="73"/>
        <source>%1 or its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="76"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="78"/>
        <source>%1 could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="81"/>
        <source>%1 could not be read: it is not a file Xiangyue can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="102"/>
        <source>the library %1 is in a folder that cannot be written to; copy it to a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="106"/>
        <source>the library %1 is busy: another Xiangyue window or program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="110"/>
        <source>the library %1 could not be read or written; the file itself checks out, so nothing needs restoring: check the drive it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="114"/>
        <source>the library %1 is damaged (SQLite&apos;s check of the file failed); File → Quit and reopen to restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="118"/>
        <source>the library %1 was made by a newer version of Xiangyue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_messages.py" line="121"/>
        <source>the library %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="200"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="202"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/list_panel.py" line="206"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="180"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="318"/>
        <source>%1 %2
An offline reader for Chinese newspaper pages: numbers and names highlighted, notes and tags kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="367"/>
        <source>A note could not be saved: %1

Close anyway and lose what was typed since it was last saved? Cancel keeps the window open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="96"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="98"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="100"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="101"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="102"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="103"/>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="104"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="105"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="106"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="107"/>
        <source>&amp;Search Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="108"/>
        <source>Clear Search and &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="109"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="110"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="111"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="112"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="113"/>
        <location filename="../../desktop_app/ui/menus.py" line="117"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="114"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="115"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="116"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="120"/>
        <source>&amp;Notes Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="122"/>
        <source>Highlight in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="124"/>
        <source>Edit Article &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="125"/>
        <source>Add &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menus.py" line="126"/>
        <source>&amp;About Xiangyue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesDock</name>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="42"/>
        <source>Names Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="43"/>
        <source>Names &amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_dock.py" line="56"/>
        <source>The notes panel is hidden to make room for the names index (Ctrl+Shift+N shows it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="176"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="177"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="178"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="179"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="180"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="181"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_model.py" line="217"/>
        <source>%1 · %2
Variants: %3
Click to list the articles naming it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="163"/>
        <source>Reading the names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="224"/>
        <source>The names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="229"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="229"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="229"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="230"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="237"/>
        <source>No names in these articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="239"/>
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="241"/>
        <source> · in the articles the list&apos;s filters keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="281"/>
        <source>List Articles Naming “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="283"/>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="287"/>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="289"/>
        <source>Merge “%1” Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/names_panel.py" line="292"/>
        <source>Merge %n Names…</source>
        <translation>
            <numerusform>Merge %n Name…</numerusform>
            <numerusform>Merge %n Names…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="297"/>
        <source>Separate Merged Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="306"/>
        <source>Rename Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="307"/>
        <source>Show “%1” in the index as (empty: its most frequent form):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="317"/>
        <source>Merge the selected names into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="322"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="327"/>
        <source>Merge Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="333"/>
        <source>%1 (%2 mentions, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="361"/>
        <source>Find a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/names_panel.py" line="362"/>
        <source>People, places and organisations named in the articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="140"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="141"/>
        <source>Note on the selected highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="142"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="143"/>
        <source>Article note (Markdown, saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="144"/>
        <source>Write a note… **bold**, - lists, &gt; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="145"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="146"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="153"/>
        <source>Restoring the latest automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="156"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="172"/>
        <source>Restored %1; the damaged file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="55"/>
        <source>The library file is damaged: SQLite&apos;s check of the file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="58"/>
        <source>File: %1

Automatic backups, newest first:
%2

Restore puts the newest backup in its place; the damaged file is kept beside it, renamed, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="65"/>
        <source>No automatic backup of it exists, so there is nothing to restore. The damaged file is left untouched at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="70"/>
        <source>The library could not be read from its drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="72"/>
        <source>File: %1

The file itself checks out, so nothing needs restoring. Check the drive it is on (a network or removable drive may have gone away), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="78"/>
        <source>The library is in use by another Xiangyue window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="80"/>
        <source>File: %1

Close the other Xiangyue (or wait for it to finish writing), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="85"/>
        <source>The library was made by a newer version of Xiangyue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="87"/>
        <source>File: %1

This version cannot open it without risking damage to it; please update Xiangyue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="91"/>
        <source>The library cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="92"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="96"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="97"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="98"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageImporter</name>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="59"/>
        <source>Import Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="60"/>
        <source>Newspaper pages (*.txt *.md *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="69"/>
        <source>Import a Folder of Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="81"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="84"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="103"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="116"/>
        <source>%1 articles added from %2 new and %3 updated pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="120"/>
        <source>Import cancelled; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="130"/>
        <source>; %n file(s) could not be read: %1</source>
        <translation>
            <numerusform>; %n file could not be read: %1</numerusform>
            <numerusform>; %n files could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="141"/>
        <location filename="../../desktop_app/ui/importing.py" line="157"/>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="142"/>
        <source>Library files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="148"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="158"/>
        <source>The library was not backed up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message>
        <location filename="../../desktop_app/ui/reader_document.py" line="105"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="130"/>
        <source>Select some text to highlight first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="162"/>
        <source>Correction saved; it applies to every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_panel.py" line="171"/>
        <source>%1 · %2 numbers · %3 names · %4 highlights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader_view.py" line="209"/>
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
        <location filename="../../desktop_app/ui/reader_view.py" line="212"/>
        <location filename="../../desktop_app/ui/reader_view.py" line="248"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="252"/>
        <source>Mark as name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="261"/>
        <source>Change type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="269"/>
        <source>Not a name</source>
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
    <name>TagEditor</name>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="79"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="80"/>
        <source>Add a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="81"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tag_editor.py" line="82"/>
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
