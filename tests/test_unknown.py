from tcheck.unknown import marked_by, unmark


def test_only_apertiums_output_carries_marks():
    assert marked_by("apertium:spa-eng")
    assert not any(marked_by(t) for t in ("mt-file", "identity", "argos:nb-en@1.9", ""))


def test_unmark_reads_past_a_mark_and_leaves_text_that_carries_none():
    assert unmark("*Ferrán said *desalojadas homes") == "Ferrán said desalojadas homes"
    assert unmark("a 5*3 grid and **bold**") == "a 5*3 grid and **bold**"  # no star before a word alone
    assert unmark("The *Hurricane Hunter* plane", marked=False) == "The *Hurricane Hunter* plane"
