import pytest

from tcheck.errors import InputError
from tcheck.textio import decode, read_text


def test_utf8_and_bom():
    assert decode("Blåbær «sa» han".encode("utf-8"))[0] == "Blåbær «sa» han"
    assert decode("\ufeffhei".encode("utf-8")) == ("hei", "utf-8")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_norwegian_encodings(codec):
    text = "Kommunestyret i Tromsø vedtok å selge tomta. Økonomien er blitt bedre, sa ordføreren på møtet i går."
    decoded, encoding = decode(text.encode(codec))
    assert decoded == text
    assert encoding in {"cp1252", "latin-1"}


def test_cp1252_typographic_quotes():
    text = "Han sa \u201cnei\u201d til forslaget \u2013 og gikk. Det ble også sagt at økonomien var svak."
    assert decode(text.encode("cp1252"))[0] == text


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_refuses_bad_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_cyrillic_code_page_is_not_read_as_western():
    text = "Президент Владимир Путин провёл совещание Совета безопасности в январе."
    decoded, _ = decode(text.encode("cp1251"))
    assert decoded == text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom(codec):
    """Word's "Unicode text" export is UTF-16 LE with a BOM: text, not "binary"."""
    text = "Kommunestyret vedtok «planen» i går."
    data = text.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + text.encode("utf-16-be")
    assert decode(data, "x.txt")[0] == text


def test_a_bom_that_lies_is_one_line():
    with pytest.raises(InputError, match="byte-order mark"):
        decode(b"\xff\xfe" + b"\x00\xd8", "x.txt")  # an unpaired surrogate


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_unread(device):
    with pytest.raises(InputError, match="not a regular file"):
        read_text(device)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(fifo)  # opening it would block forever


def test_a_nul_byte_in_a_path_is_one_line():
    with pytest.raises(InputError, match="NUL byte"):
        read_text("a\x00b.txt")


def test_utf8_with_a_stray_byte_stays_utf8_and_says_so(caplog):
    norwegian = ("Ordføreren i Tromsø sa på møtet at rådhuset får nye vinduer i år. " * 3).encode("utf-8")
    text, encoding = decode(norwegian + b"\n\x81\n", "story.nb.txt")
    assert encoding == "utf-8" and "Ordføreren i Tromsø" in text and "\ufffd" in text and "Ã" not in text
    assert "story.nb.txt: 1 byte that UTF-8 does not allow" in caplog.text
    legacy = ("Ordføreren i Tromsø sa på møtet at rådhuset får nye vinduer. " * 3).encode("cp1252")
    assert decode(legacy)[1] == "cp1252"  # its bytes are no UTF-8 at all: a legacy file, as before


def test_a_file_written_whole_through_a_link_keeps_the_link(tmp_path):
    from tcheck.textio import write

    target = tmp_path / "reports" / "2026-12-07.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(target)
    write(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["2026-12-07.html"]  # no temporary left
