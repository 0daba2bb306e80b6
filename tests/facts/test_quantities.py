import pytest

from tcheck.facts.quantities import extract


def one(text):
    [q] = extract(text)
    return q


@pytest.mark.parametrize("a, b", [
    ("six months", "half a year"),
    ("three years and six months", "three and a half years"),
    ("ten years", "a decade"),
    ("90 minutes", "an hour and a half"),
    ("every two weeks", "every fortnight"),
    ("18 months", "a year and a half"),
    ("90 min", "an hour and a half"),  # the abbreviations MT keeps
    ("1 h 30 min", "90 minutes"),
    ("2 hrs", "two hours"),
    ("5 yrs", "five years"),
    ("15 minutes", "a quarter of an hour"),
    ("45 minutes", "three quarters of an hour"),
])
def test_durations_meet(a, b):
    assert one(a).key == one(b).key and one(a).unit == "days"


@pytest.mark.parametrize("a, b", [
    ("one in four pupils", "25% of pupils"),
    ("shrank by a fifth", "shrank by 20 per cent"),
    ("One child in five", "20 prosent"),
    ("half of the voters", "fifty per cent of the voters"),
    ("sales halved", "sales fell by 50%"),
    ("cut in half", "cut by half"),
])
def test_shares_meet(a, b):
    assert one(a).key == one(b).key and one(a).unit == "share"


def test_multiples_are_plain_numbers():
    # "scored twice" / "two goals": a multiple counts as its number.
    assert one("scored twice").key == ("", 2.0)
    assert one("three times higher").key == one("prices tripled").key == ("", 3.0)
    assert one("prices tripled").factor and one("prices tripled").text == "tripled"


@pytest.mark.parametrize("text, k", [
    ("los precios se han duplicado", 2.0), ("casi el doble de la media", 2.0), ("se triplicaron las ventas", 3.0),
])
def test_spanish_multiples_are_read_for_a_source(text, k):
    assert one(text).key == ("", k)


@pytest.mark.parametrize("text", ["a duplicate record", "a double murder", "the double of the house"])
def test_english_duplicates_and_doubles_are_no_multiples(text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "a 34-year-old man",  # an age is a number, not a span of time
    "two weeks later",  # a relative date is the date comparator's
    "a year and a half later",  # ...the whole of it, not "a year"
    "Two goals in the second half",  # "second" is mostly the ordinal
    "seeking a third term",
    "the third-quarter loss",
    "a third was seriously injured",
    "five ministers", "5 historians", "two secretaries",  # no abbreviated unit
    "Number 5 has won", "The 5G network", "at 5 p.m.",  # no symbol of a unit
])
def test_not_quantities(text):
    assert extract(text) == []


def test_an_article_is_an_implicit_count():
    assert one("2 million kroner a year").implicit
    assert not one("for ten years").implicit


@pytest.mark.parametrize("a, b", [
    ("two tonnes", "2,000 kilograms"),
    ("1.2 kilometres", "1,200 metres"),
    ("3.5 million tonnes", "3,500,000 tonnes"),
])
def test_measures_meet_in_one_base_unit(a, b):
    assert one(a).key == one(b).key and one(a).unit in ("mass", "length")


def test_a_conversion_into_another_unit_is_near_within_rounding_and_one_unit_is_exact():
    assert one("5 miles").near(one("8 km")) and not one("5 miles").near(one("9 km"))
    assert not one("100 kg").near(one("102 kg"))
    assert not one("165 cm").near(one("164 centimeters")) and not one("5 km").near(one("5.1 kilometres"))  # one unit


def test_a_span_in_months_is_near_the_days_a_month_may_run():
    assert one("a month and a half").near(one("six weeks")) and one("six weeks").near(one("a month and a half"))
    assert one("a month").near(one("four weeks")) and one("two months").near(one("62 days"))
    assert not one("two months").near(one("nine weeks")) and not one("a month").near(one("three weeks"))
    assert not one("two months").near(one("three months"))  # both in months: exact


def test_thousands_are_read_however_they_are_grouped():
    assert one("200,000 times").key == one("200 000 times").key == ("", 200000.0)
    assert one("1,5 times").key == ("", 1.5)  # a decimal comma


@pytest.mark.parametrize("a, b", [
    ("minus 15 degrees", "-15 °C"),
    ("−15 °C", "15 degrees below zero"),  # U+2212, the minus sign proper
    ("-15C", "negative 15 degrees"),
    ("5 below zero", "minus five degrees"),
])
def test_a_temperature_keeps_its_sign_however_it_is_written(a, b):
    assert one(a).key == one(b).key == ("temperature", -15.0 if "15" in a else -5.0)


@pytest.mark.parametrize("a, b", [("5 °F", "-15 °C"), ("86 degrees Fahrenheit", "30 degrees Celsius"),
                                  ("86 degrees", "30 °C"), ("40C", "104F")])
def test_a_temperature_in_another_scale_is_near_within_rounding(a, b):
    assert one(a).near(one(b)) and one(b).near(one(a))


@pytest.mark.parametrize("a, b", [("-15 degrees", "15 degrees"), ("5 degrees below zero", "5 °C"),
                                  ("30 °C", "30 °F"), ("86 degrees", "40 °C")])
def test_a_lost_sign_or_a_changed_scale_is_another_temperature(a, b):
    assert one(a).key != one(b).key and not one(a).near(one(b))


@pytest.mark.parametrize("text, value", [
    ("temperatures of 10-15 degrees", 15.0),  # a minus after a figure joins a range
    ("between 10 - 15 degrees", 15.0),
    ("the Covid-19 ward at 5 degrees", 5.0),
])
def test_a_dash_after_a_figure_or_a_word_is_no_sign(text, value):
    assert [q.value for q in extract(text) if q.unit == "temperature"] == [value]


@pytest.mark.parametrize("text", ["Apartment 4C", "at Gate 4F", "it cost 15c", "a degree in law"])
def test_no_temperature(text):
    assert not [q for q in extract(text) if q.unit == "temperature"]


@pytest.mark.parametrize("a, b", [("50 ha", "500,000 square metres"), ("500 g", "0.5 kilograms"), ("5 t", "5 tonnes"),
                                  ("500 ml", "0.5 litres"), ("12 km²", "1,200 hectares"), ("500g", "0.5 kg")])
def test_si_symbols_meet_their_units(a, b):  # as MT keeps them from most of Europe's languages
    assert one(a).key == one(b).key
