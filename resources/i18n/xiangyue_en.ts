<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotatingMixin</name>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="43"/>
        <source>Select some text to highlight first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="55"/>
        <source>Highlight deleted — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="96"/>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="97"/>
        <source>New name for “%1” (an existing tag&apos;s name merges them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/annotating.py" line="134"/>
        <source>Correction saved; it applies to every article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="117"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="117"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="117"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="117"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="118"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="118"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="118"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="74"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="75"/>
        <source>from any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="76"/>
        <source>to any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="77"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="79"/>
        <source>Rename the selected tag; a name already in use merges the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="91"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="94"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="150"/>
        <source>%1: %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="153"/>
        <source>Showing articles that mention this; click to clear</source>
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
    <name>ImportingMixin</name>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="29"/>
        <source>Import Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="30"/>
        <source>Newspaper pages (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="36"/>
        <source>Import a Folder of Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="43"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="45"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="56"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="67"/>
        <source>%1 articles added from %2 new and %3 updated pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="71"/>
        <source>Import cancelled; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing.py" line="73"/>
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>; %n file could not be read</numerusform>
            <numerusform>; %n files could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="96"/>
        <location filename="../../desktop_app/ui/importing.py" line="103"/>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="97"/>
        <source>Library files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing.py" line="105"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="13"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="14"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="15"/>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="16"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="17"/>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="18"/>
        <source>Quote box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40"/>
        <source>Ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41"/>
        <source>Other numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="51"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="52"/>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="53"/>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="58"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/legend.py" line="61"/>
        <source>Show or hide this layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182"/>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="256"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="331"/>
        <source>%1 · %2 numbers · %3 names · %4 highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="387"/>
        <source>%1 %2
An offline reader for Chinese newspaper pages: numbers and names highlighted, notes and tags kept on this computer.</source>
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
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="144"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="145"/>
        <source>Add a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="146"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="147"/>
        <source>Remove the selected tag from this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="148"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="149"/>
        <source>Note on the selected highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="150"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="151"/>
        <source>Article note (Markdown, saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="152"/>
        <source>Write a note… **bold**, - lists, &gt; quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="153"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="154"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderDocument</name>
    <message>
        <location filename="../../desktop_app/ui/reader_document.py" line="104"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader_view.py" line="175"/>
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
        <location filename="../../desktop_app/ui/reader_view.py" line="178"/>
        <location filename="../../desktop_app/ui/reader_view.py" line="206"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="210"/>
        <source>Mark as name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="219"/>
        <source>Change type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader_view.py" line="227"/>
        <source>Not a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/search_box.py" line="43"/>
        <source>Search articles (Ctrl+K)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="16"/>
        <source>Delete highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo.py" line="35"/>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
