from tcheck.lexical import coverage, stems, words


def test_words_are_lowercased_runs_of_letters_and_digits():
    assert words("Tourism+ in 2022: «Bygg» og snake_case!") == ["tourism", "in", "2022", "bygg", "og", "snake", "case"]


def test_stems_drop_function_words_and_meet_across_inflection():
    assert stems("The rules were followed") == stems("the rule is following") == {"rule", "follo"}
    assert stems("no, not here") == set()


def test_coverage_is_the_share_of_content_words_found():
    assert coverage("two people were injured", "Two were injured in the crash") == 2 / 3
    assert coverage("and the", "anything") == 0.0  # no content word: nothing is covered
