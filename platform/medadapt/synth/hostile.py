"""Hostile files for ingest tests: encrypted, truncated, corrupt, empty, not-a-PDF, duplicate.

MuPDF draws a fresh random /ID whenever it encrypts, so a PyMuPDF-encrypted file would
differ between runs and break "same config -> same bytes". We therefore take a PDF saved by
PyMuPDF and apply the standard security handler ourselves (RC4, 128-bit, revision 3, PDF 1.4+)
with an ID derived from the seed: every reader, MuPDF included, asks for the user password.
"""

from __future__ import annotations

import hashlib
import random
import re
import struct

import pymupdf

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
PERMISSIONS = -4
KINDS = ("encrypted", "truncated", "corrupt", "empty", "not_pdf", "duplicate")
EXPECTED_STATUS = {"encrypted": "encrypted", "truncated": "corrupt", "corrupt": "corrupt",
                   "empty": "empty", "not_pdf": "unsupported", "duplicate": "duplicate"}


def rc4(key: bytes, data: bytes) -> bytes:
    """Plain RC4 (the PDF standard handler's cipher for revisions 2 and 3)."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 255
        s[i], s[j] = s[j], s[i]
    out = bytearray(len(data))
    i = j = 0
    for n, byte in enumerate(data):
        i = (i + 1) & 255
        j = (j + s[i]) & 255
        s[i], s[j] = s[j], s[i]
        out[n] = byte ^ s[(s[i] + s[j]) & 255]
    return bytes(out)


def _rc4_20(key: bytes, data: bytes) -> bytes:
    for i in range(20):
        data = rc4(bytes(b ^ i for b in key), data)
    return data


def security_values(user_pw: str, owner_pw: str, id0: bytes) -> tuple[bytes, bytes, bytes]:
    """(O, U, file key) per PDF 1.7 algorithms 3, 2 and 5 for R=3, 128-bit keys."""
    user, owner = (user_pw.encode() + PAD)[:32], (owner_pw.encode() + PAD)[:32]
    h = hashlib.md5(owner).digest()
    for _ in range(50):
        h = hashlib.md5(h).digest()
    o_value = _rc4_20(h[:16], user)
    h = hashlib.md5(user + o_value + struct.pack("<i", PERMISSIONS) + id0).digest()
    for _ in range(50):
        h = hashlib.md5(h[:16]).digest()
    key = h[:16]
    u_value = _rc4_20(key, hashlib.md5(PAD + id0).digest()) + bytes(16)
    return o_value, u_value, key


_STRING = re.compile(rb"<<|>>|<([0-9A-Fa-f\s]*)>|\(")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _literal(src: bytes, pos: int) -> tuple[bytes, int]:
    """Decode a (literal string) starting after its "(", return (bytes, index after ")")."""
    out, depth = bytearray(), 1
    while True:
        c = src[pos:pos + 1]
        pos += 1
        if c == b"\\":
            nxt = src[pos:pos + 1]
            octal = re.match(rb"[0-7]{1,3}", src[pos:pos + 3])
            if octal:
                out.append(int(octal.group(), 8) & 255)
                pos += len(octal.group())
                continue
            out += _ESCAPES.get(nxt, b"" if nxt in b"\r\n" else nxt)
            pos += 1
            continue
        depth += {b"(": 1, b")": -1}.get(c, 0)
        if depth == 0:
            return bytes(out), pos
        out += c


def _encrypt_strings(src: bytes, key: bytes) -> bytes:
    """Re-emit every string of an object's source as an encrypted hex string."""
    out, pos = bytearray(), 0
    while (m := _STRING.search(src, pos)) is not None:
        out += src[pos:m.start()]
        token = m.group()
        if token in (b"<<", b">>"):
            out += token
            pos = m.end()
            continue
        if token == b"(":
            raw, pos = _literal(src, m.end())
        else:
            hexdigits = re.sub(rb"\s", b"", m.group(1))
            raw, pos = bytes.fromhex((hexdigits + b"0" * (len(hexdigits) % 2)).decode()), m.end()
        out += b"<" + rc4(key, raw).hex().upper().encode() + b">"
    return bytes(out + src[pos:])


def _object_key(key: bytes, num: int) -> bytes:
    return hashlib.md5(key + num.to_bytes(3, "little") + b"\x00\x00").digest()[:16]


def encrypt_pdf(data: bytes, user_pw: str, owner_pw: str, file_id: bytes) -> bytes:
    """Rewrite a PyMuPDF-saved PDF (no object streams) with RC4-128 encryption."""
    doc = pymupdf.open("pdf", data)
    o_value, u_value, key = security_values(user_pw, owner_pw, file_id)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    size = doc.xref_length()
    offsets = [0] * (size + 1)
    for xref in range(1, size):
        okey = _object_key(key, xref)
        src = _encrypt_strings(doc.xref_object(xref, compressed=True).encode("latin-1"), okey)
        offsets[xref] = len(out)
        out += f"{xref} 0 obj\n".encode() + src
        if doc.xref_is_stream(xref):
            raw = rc4(okey, doc.xref_stream_raw(xref))
            out += b"\nstream\n" + raw + b"\nendstream"
        out += b"\nendobj\n"
    root = doc.pdf_catalog()
    doc.close()
    offsets[size] = len(out)
    out += (f"{size} 0 obj\n<</Filter/Standard/V 2/R 3/Length 128/P {PERMISSIONS}"
            f"/O<{o_value.hex().upper()}>/U<{u_value.hex().upper()}>>>\nendobj\n").encode()
    xref_at = len(out)
    out += f"xref\n0 {size + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets[1:])
    ident = file_id.hex().upper()
    out += (f"trailer\n<</Size {size + 1}/Root {root} 0 R/Encrypt {size} 0 R"
            f"/ID[<{ident}><{ident}>]>>\nstartxref\n{xref_at}\n%%EOF\n").encode()
    return bytes(out)


def not_pdf_bytes(k: int) -> bytes:
    """A PNG or a plain-text export named .pdf (alternating)."""
    if k % 2:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 16, 16), False)
        pix.clear_with(200)
        return pix.tobytes("png")
    return "Экспорт из МИС: файл не является документом PDF.\n".encode()


def corrupt_bytes(rng: random.Random) -> bytes:
    """A PDF header followed by noise: nothing to repair."""
    return b"%PDF-1.7\n" + rng.randbytes(4096) + b"\n%%EOF\n"


def truncated_bytes(good: bytes) -> bytes:
    """First half of a good PDF: the xref and trailer are gone."""
    return good[: len(good) // 2]
