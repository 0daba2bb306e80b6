import pytest

from tcheck.errors import InputError
from tcheck.glossary import Term, apply, digest
from tcheck.glossary_file import parse, read

TERMS = (Term("Norwegian Public Roads Administration", "Statens vegvesen"),
         Term("Norwegian Public Roads Administration", "NPRA"),
         Term("Oslo City Council", "Oslo bystyre"))


def test_the_english_form_is_read_where_the_other_stands():
    texts = ["Statens vegvesen closed the road.", "STATENS VEGVESEN said so.", "The NPRA and Oslo bystyre met.",
             "NPRAX is no term; Statens vegvesens is no term either."]
    assert apply(texts, TERMS) == [
        "Norwegian Public Roads Administration closed the road.", "Norwegian Public Roads Administration said so.",
        "The Norwegian Public Roads Administration and Oslo City Council met.",
        "NPRAX is no term; Statens vegvesens is no term either."]


def test_the_longest_term_wins():
    terms = (Term("the roads agency", "vegvesen"), Term("the Norwegian roads agency", "Statens vegvesen"))
    assert apply(["Statens vegvesen said"], terms) == ["the Norwegian roads agency said"]


def test_no_terms_changes_nothing():
    texts = ["Statens vegvesen"]
    assert apply(texts, ()) is texts


def test_parse_csv_tsv_and_comments():
    csv_text = "# English, other\nNorwegian Public Roads Administration,Statens vegvesen\n\n\"Oslo, the city\",Oslo\n"
    assert parse(csv_text) == (Term("Norwegian Public Roads Administration", "Statens vegvesen"),
                               Term("Oslo, the city", "Oslo"))
    assert parse("Oslo City Council\tOslo bystyre\n") == (Term("Oslo City Council", "Oslo bystyre"),)
    assert parse("Oslo,oslo\n") == ()  # the same term twice says nothing
    # a comment after the terms, a "#" in a quoted term or inside a word is the term's
    assert parse("Linn Aasheim,Marit Strand  # our harbour director, since 2020\n"
                 '"Channel #4",Kanal 4\nC#,C-sharp\n') == (Term("Linn Aasheim", "Marit Strand"),
                                                          Term("Channel #4", "Kanal 4"), Term("C#", "C-sharp"))


@pytest.mark.parametrize("text, message", [
    ("only one term\n", "line 1: give two terms"),
    ("a,b,c\n", "line 1: give two terms"),
    ("a,\n", "line 1: give two terms"),
    ("a," + "b" * 201 + "\n", "longer than 200"),
])
def test_bad_lines_are_one_line_errors(text, message):
    with pytest.raises(InputError, match=message):
        parse(text)


def test_read(tmp_path):
    assert read(None) == ()
    with pytest.raises(InputError, match="no such glossary file"):
        read(tmp_path / "missing.csv")
    f = tmp_path / "g.csv"
    f.write_text("\ufeffOslo City Council,Oslo bystyre\n", encoding="utf-8")  # a BOM, as spreadsheets write
    assert read(f) == (Term("Oslo City Council", "Oslo bystyre"),)


def test_digest_names_the_terms():
    assert digest(TERMS) == digest(TERMS) != digest(TERMS[:2])
