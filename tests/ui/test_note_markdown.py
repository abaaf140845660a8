from desktop_app.ui.note_markdown import render


def test_raw_html_is_shown_as_text():
    html = render("<script>alert(1)</script>\n\n<div onclick=x>hi</div> <img src=http://x/y.png>")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<div" not in html and "<img" not in html


def test_images_become_their_alt_text():
    html = render("![地图](file:///etc/passwd) ![](http://example.com/t.png)")
    assert "<img" not in html
    assert "[地图: file:///etc/passwd]" in html


def test_only_web_links_keep_a_target():
    html = render("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](https://ok.example)")
    assert "javascript:" not in html and 'href="file' not in html
    assert 'href="https://ok.example"' in html


def test_markdown_still_renders():
    html = render("**粗体** 与 *斜体*\n\n- 一\n- 二\n\n> 引用 & 注释")
    assert "<strong>粗体</strong>" in html and "<li>一</li>" in html
    assert "<blockquote>" in html and "&amp;" in html
