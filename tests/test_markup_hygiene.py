"""What reaches segmentation is what a reader sees: no escape sequences, control or invisible characters."""

from tcheck import markup


def test_invisible_marks_make_no_sentence_and_split_no_number():
    blocks = markup.blocks("Prices rose 4.\u200f2 percent.\u200b\n\n\u200f\n\nThe mayor\u00ad resigned.\u2060")
    assert [b.text for b in blocks] == ["Prices rose 4.2 percent.", "The mayor resigned."]


def test_line_and_paragraph_separators_are_newlines():
    assert markup.visible("one\u2028two\u2029three") == "one\ntwo\n\nthree"


def test_terminal_escape_sequences_are_removed():
    hostile = ("Prices \x1b[2J\x1b[8mrose\x1b[0m 4 \x1b]8;;http://evil.example/\x1b\\percent\x1b]8;;\x1b\\ "
               "today.\x07\x9b31m")
    assert markup.visible(hostile) == "Prices rose 4 percent today."


def test_ordinary_text_is_untouched():
    text = "«Blåbær», sa hun – 4,2 prosent.\n\nNeste avsnitt.\tMed tab."
    assert markup.visible(text) == text
