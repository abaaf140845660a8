"""PDFs built byte by byte to be refused or to be read warily: password-protected, fonts
whose Unicode map gives symbols, JavaScript, attachments and links. No library makes
these offline, so the few objects each needs are written here."""

from __future__ import annotations

import hashlib

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_ID = bytes(range(16))


def build(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF whose objects are numbered from 1 (1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer
            + f" >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_page(lines: list[str], catalog_extra: bytes = b"", page_extra: bytes = b"",
              to_unicode: bytes | None = None, extra_objects: list[bytes] | None = None,
              trailer: bytes = b"") -> bytes:
    """One A4 page of Helvetica text (ASCII lines)."""
    content = b"BT /F1 11 Tf 14 TL 56 780 Td " + b" ".join(
        b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '"
        for line in lines) + b" ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b" >>",
        _stream(content),
        font + (b" /ToUnicode 6 0 R >>" if to_unicode is not None else b" >>"),
    ]
    if to_unicode is not None:
        objects.append(_stream(to_unicode))
    objects.extend(extra_objects or [])
    return build(objects, trailer)


def symbols_page() -> bytes:
    """Text whose font maps every code to a private-use character: what a PDF made with
    a font that has no real Unicode map extracts as."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Garbage def 1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfrange <20> <7E> <E020> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    lines = ["Qwfp gjluy arst dhneio zxcv bkm Qwfp gjluy arst dhneio zxcv bkm"] * 20
    return text_page(lines, to_unicode=cmap)


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_page(user_password: bytes = b"secret", owner_password: bytes = b"owner") -> bytes:
    """A page under the standard security handler (RC4, revision 2) with a user
    password: no reader opens it without the password."""
    def pad(password: bytes) -> bytes:
        return (password + _PAD)[:32]

    permissions = -4
    o_value = _rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    key = hashlib.md5(pad(user_password) + o_value
                      + permissions.to_bytes(4, "little", signed=True) + _ID).digest()[:5]
    u_value = _rc4(key, _PAD)
    encrypt = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <"
               + u_value.hex().encode() + b"> /P %d >>" % permissions)
    ident = _ID.hex().encode()
    return text_page(["Protected page"], extra_objects=[encrypt],
                     trailer=b"/Encrypt 6 0 R /ID [<" + ident + b"> <" + ident + b">]")


def active_content_page(lines: list[str]) -> bytes:
    """A page that opens with JavaScript, carries an attached file and a web link."""
    attachment = _stream(b"this file must never be opened", b"/Type /EmbeddedFile")
    return text_page(
        lines,
        catalog_extra=(b"/OpenAction << /S /JavaScript /JS (app.alert\\('ran'\\);) >> "
                       b"/Names << /EmbeddedFiles << /Names [(secret.txt) 6 0 R] >> "
                       b"/JavaScript << /Names [(boot) 8 0 R] >> >>"),
        page_extra=b"/Annots [7 0 R] /AA << /O << /S /JavaScript /JS (app.alert\\(1\\);) >> >>",
        extra_objects=[
            b"<< /Type /Filespec /F (secret.txt) /EF << /F 9 0 R >> >>",
            b"<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] "
            b"/A << /S /URI /URI (http://198.51.100.7/track) >> >>",
            b"<< /S /JavaScript /JS (this.exportDataObject\\({cName: 'secret.txt'}\\);) >>",
            attachment,
        ])
