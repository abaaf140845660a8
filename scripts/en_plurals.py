"""English plural forms of the strings with a count (Qt's %n), for fill_translations.py."""

EN_PLURALS = {
    "%n article(s) marked read": ("%n article marked read", "%n articles marked read"),
    "%1 of %n article(s)": ("%1 of %n article", "%1 of %n articles"),
    "%n article(s)": ("%n article", "%n articles"),
    "%n result(s) for “%1”": ("%n result for “%1”", "%n results for “%1”"),
    "; %n file(s) could not be read": ("; %n file could not be read",
                                       "; %n files could not be read"),
    "; %n file(s) could not be read: %1": ("; %n file could not be read: %1",
                                           "; %n files could not be read: %1"),
    "about %n min left": ("about %n min left", "about %n min left"),
    "about %n s left": ("about %n s left", "about %n s left"),
    "Remove the %n sample page(s) bundled with Xiangyue": (
        "Remove the %n sample page bundled with Xiangyue",
        "Remove the %n sample pages bundled with Xiangyue"),
    " (%n article(s)) from the library?": (" (%n article) from the library?",
                                            " (%n articles) from the library?"),
    "%n note(s)": ("%n note", "%n notes"), "%n highlight(s)": ("%n highlight", "%n highlights"),
    "%n tag(s)": ("%n tag", "%n tags"),
    "%1 · %2\nMentioned in %n article(s) · click to list them": (
        "%1 · %2\nMentioned in %n article · click to list them",
        "%1 · %2\nMentioned in %n articles · click to list them"),
    "%n name(s)": ("%n name", "%n names"),
    "Merge %n Names…": ("Merge %n Name…", "Merge %n Names…"),
    "%1 to %2: %n article(s)": ("%1 to %2: %n article", "%1 to %2: %n articles"),
    ", %n mention(s)": (", %n mention", ", %n mentions"),
    "%1 (%2): %n article(s)": ("%1 (%2): %n article", "%1 (%2): %n articles"),
    "%n item(s)": ("%n item", "%n items"),
    "%n file(s) were not imported:": ("%n file was not imported:",
                                      "%n files were not imported:"),
    "The sample pages are in: %n page(s). Import your own with File → Import Files.": (
        "The sample pages are in: %n page. Import your own with File → Import Files.",
        "The sample pages are in: %n pages. Import your own with File → Import Files."),
    "%n article(s) were analysed by an earlier version of Xiangyue": (
        "%n article was analysed by an earlier version of Xiangyue",
        "%n articles were analysed by an earlier version of Xiangyue"),
    "%n article(s) analysed again: their numbers, names and figures are this version's": (
        "%n article analysed again: its numbers, names and figures are this version's",
        "%n articles analysed again: their numbers, names and figures are this version's"),
    "; %n highlight(s) no longer found in the pages split again (kept in the notes panel)": (
        "; %n highlight no longer found in the pages split again (kept in the notes panel)",
        "; %n highlights no longer found in the pages split again (kept in the notes panel)"),
}
