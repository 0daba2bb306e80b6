import pytest

from tcheck.facts import Pair, numbers
from tcheck.facts.numbers import diff, extract


@pytest.mark.parametrize("a, b", [
    ("three people were hurt", "3 people were hurt"),
    ("NOK 2.4 million", "2,4 millioner kroner"),
    ("$2bn", "2 billion dollars"),
    ("1,500 homes", "1.500 boliger"),
    ("1.5 million", "1,500,000"),
    ("50% of voters", "50 per cent of voters"),
    ("twenty-one votes", "21 votes"),
    ("Two men were arrested", "two men were arrested"),
    ("on 22 January 2016", "on January 22, 2016"),  # dates are the date comparator's
    ("sentenced to three years and six months", "sentenced to three and a half years"),
    ("six months behind schedule", "half a year behind schedule"),
    ("one in four pupils", "25% of pupils"),
    ("a third of voters", "33% of voters"),  # a fraction and the percentage it rounds to
    ("one and a half thousand new jobs", "1,500 new jobs"),
    ("Roughly 0.5 percent of the ballots", "About half a percent of the ballots"),
    ("more than 2,000 people", "over 2000 employees"),  # a count the date comparator reads as a year
    ("two goals from Haugen", "Haugen scored twice"),
    ("in the 12th minute", "after 12 minutes"),  # one number, with a unit on one side only
    ("a six-year-old boy", "a boy of six years"),
    ("2 million kroner a year", "2 million kroner annually"),  # an article is not a number
    ("between 4 million and 6 million", "between 4 and 6 million"),  # a range's scale, said once
    ("13.8 to 14.3 billion dollars", "$13.8 billion to $14.3 billion"),
    ("In the 1980s he ran a mill.", "In the 80s of last century he ran a mill."),  # one decade
    ("Two women were hurt. Police said the two women were sisters.", "Two women were hurt; they were sisters."),
    ("the G7 and Covid-19 and the F-35", "the G20 and Covid and the F-16"),  # names, not amounts
    ("downloaded more than 200,000 times", "downloaded over 200 000 times"),  # thousands spaced, in a multiple
    ("a man in his 50s", "a man in his fifties"),
    ("dozens of departures", "several dozen departures"),
    ("twice as many as last year", "double as many as last year"),
    ("nearly two tonnes of plastic", "almost 2,000 kilograms of plastic"),  # a measure in another unit
    ("a bridge 1.2 kilometres long", "a bridge 1,200 metres long"),
    ("a 5-mile race", "an 8 km race"),  # converted, and rounded
    ("Winds reached 45 metres per second.", "Winds reached 162 km/h."),  # a speed
    ("The car went 100 km/h.", "The car went 62 mph."),
    ("The farm covers 15,000 mu.", "The farm covers 1,000 hectares."),  # 亩, a fifteenth of a hectare
    ("The tank holds 1,000 litres.", "The tank holds 1 cubic metre."),
    # a span in months, and one in days or weeks that it may last (a month runs 28 to 31 days)
    ("closed for six weeks", "shut for a month and a half"),
    ("closed for two months", "shut for eight weeks"),
    ("closed for a month", "shut for 30 days"),
    ("Except for 1 product, all are bonds.", "Except for one product, all are bonds."),  # "one", which text2num leaves
    ("The No. 1 Central Document was issued.", "The first central document was issued."),  # a rank, "first"
    ("The team ranked 1st.", "The team ranked first."),
    ("Half a million people fled.", "500,000 people fled."),  # text2num reads "half a million" as a million
    ("A quarter of a million people fled.", "250,000 people fled."),  # a fraction of a scale, not a share
    ("Three quarters of a billion dollars were spent.", "750 million dollars were spent."),
    ("It cost RM5 million.", "It cost 5 million ringgit."),  # a money's letters on the figure, with its scale
    ("It cost R5 million.", "It cost 5 million rand."),
    ("Flight MH370 and an AR15 rifle", "Flight MH370 and an AR-15 rifle"),  # letters on a figure make a word
    ("Half a dozen ships sank.", "Six ships sank."),
    ("The rate rose by half a percentage point.", "The rate rose 0.5 percentage points."),
    ("The panel ruled 2-1 for the agency.", "The panel ruled by two votes to one for the agency."),
    # a multiple said as the rise it makes, and a fall by half
    ("Exports doubled in 2022.", "Exports rose by 100% in 2022."),
    ("Profits tripled.", "Profits rose 200 per cent."),
    ("Arrivals rose 19-fold.", "Arrivals rose by 1,800%."),
    ("Output tripled.", "Output rose threefold."),  # "-fold" written solid
    ("Sales halved last year.", "Sales fell by 50% last year."),
    ("The plan is to halve emissions.", "The plan is to cut emissions by half."),
    ("Emissions will be halved by 2030.", "Emissions will be cut in half by 2030."),
    ("It was decided by half-time.", "It was decided before the break."),  # no share
    ("Sales halved.", "The sales fell to the half."),  # said in a way no rule reads, beside no other amount
])
def test_same_numbers(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b, before, after", [
    ("around 340 jobs", "around 430 jobs", "340", "430"),
    ("Half a million people fled.", "A million people fled.", "Half a million", "1000000"),
    ("It cost RM5 million.", "It cost RM6 million.", "5 million", "6 million"),
    ("The car went 100 km/h.", "The car went 100 mph.", "100 km/h", "100 mph"),
    ("The farm covers 15,000 mu.", "The farm covers 15,000 hectares.", "15,000 mu", "15,000 hectares"),
    ("It rose half a percentage point.", "It rose 5 percentage points.", "half a percentage point",
     "5 percentage points"),
    ("The team ranked 1st.", "The team ranked second.", "1st", "2nd"),
    ("The team ranked No. 2.", "The team ranked first.", "2", ""),
    ("Except for 1 product, all are bonds.", "Except for the first product, all are bonds.", "1", ""),
    ("a top-10 finish", "a top-5 finish", "10", "5"),  # a hyphen after a plain word: still a number
    ("three children", "four children", "3", "4"),
    ("NOK 2.4 million", "NOK 2.4 billion", "2.4 million", "2.4 billion"),
    ("1,5 millioner", "1.2 million", "1,5 millioner", "1.2 million"),
    ("a third of voters", "40% of voters", "a third", "40%"),
    ("12% of voters", "12.4% of voters", "12%", "12.4%"),
    ("for 12 days", "for 14 days", "12 days", "14 days"),
    ("4 to 6 million people", "4 to 6 people", "4, 6 million", "4, 6"),
    ("in the 1980s", "in the 1990s", "80", "90"),
    ("3 votes to 3", "3 votes to 4", "3", "4"),  # a repeated number, one of its mentions replaced
    ("two women and the two men", "two women and the five men", "2", "5"),
    ("a man in his 50s", "a man in his sixties", "50", "60"),
    ("a 5-mile race", "a 5 km race", "5-mile", "5 km"),  # the unit changed
    ("a 5-mile race", "a 9 km race", "5-mile", "9 km"),  # beyond rounding
    ("100 kg of cocaine", "102 kg of cocaine", "100 kg", "102 kg"),  # one unit: exact
    ("a rate of 1,2345", "a rate of 1,234", "1,2345", "1,234"),  # four decimals, not a grouped thousand
    ("It cost 40 million.", "It cost 50 million.", "40 million", "50 million"),  # the sentence's full stop
    ("It lost $3.7m.", "It lost 7.3 million.", "3.7m", "7.3 million"),
    ("Det kostet 1,5 mill. kroner.", "It cost 2.5 million kroner.", "1,5 mill.", "2.5 million"),  # an abbreviation's
    ("1 person died.", "3 people died, one of them a child.", "1", "3"),  # "one" there, and a new number for it
    ("Exports doubled.", "Exports rose by 200%.", "doubled", "200%"),  # a rise of 200% triples
    ("Exports doubled.", "Exports rose by 2%.", "doubled", "2%"),
    ("Sales halved last year.", "Sales fell by 30% last year.", "halved", "30%"),
    ("Output tripled.", "Output rose fourfold.", "tripled", "fourfold"),
    ("closed for two months", "shut for nine weeks", "two months", "nine weeks"),
    ("closed for a month", "shut for three weeks", "a month", "three weeks"),
    ("closed for six weeks", "shut for seven weeks", "six weeks", "seven weeks"),
    ("A quarter of a million fled.", "A million fled.", "A quarter of a million", "1000000"),
])
def test_changed_numbers(a, b, before, after):
    [change] = diff(a, b)
    assert (change.kind, change.before, change.after) == ("number", before, after)


def test_dropped_number_is_a_change():
    [change] = diff("19 votes to 14", "19 votes")
    assert change.before == "14" and change.after == ""


def test_years_are_left_to_dates():
    assert extract("in 2016 and on 3 May 2020") == ()


def test_a_figure_that_spells_a_date_the_other_side_names_is_that_date():
    assert diff("Sales rose in the 618 shopping festival.", "Sales rose in the June 18 shopping festival.") == []
    assert diff("The 11.11 sales broke records.", "The November 11 sales broke records.") == []
    [change] = diff("Sales rose in the 618 shopping festival.", "Sales rose in the June 19 shopping festival.")
    assert change.before == "618"
    # where its own side names that date too, the figure is a count
    [change] = diff("Some 618 people came on June 18.", "Some 620 people came on June 18.")
    assert (change.before, change.after) == ("618", "620")


def test_a_changed_unit_is_a_changed_time_span():
    [change] = diff("results within two weeks", "results within two months")
    assert (change.kind, change.before, change.after) == ("date", "two weeks", "two months")


def test_a_changed_number_says_where_it_stands_even_written_in_words():
    o, t = "Forty two people and $2bn came.", "Forty three people and $3bn came."
    [c] = diff(o, t)
    assert [o[s:e] for s, e in c.before_spans] == ["Forty two", "2bn"]
    assert [t[s:e] for s, e in c.after_spans] == ["Forty three", "3bn"]


@pytest.mark.parametrize("o, source, lang, english", [
    # Apertium's "the octave" for "la octava": text2num reads the Spanish ordinal
    ("Newcastle drop to eighth.", "El Newcastle cae a la octava.", "es", "The Newcastle falls to the octave."),
    # "uno" is a number here, "un" an article: small number words are read both ways
    ("A three-judge panel ruled 2-1 for the agency.", "Un panel de tres jueces falló por dos votos a uno a favor de "
     "la agencia.", "es", "A signpost of three judges failed by two votes to any in favour of the agency."),
    # Spanish multiples, which Apertium renders as "duplicate" and "the double of"
    ("Prices have more than doubled since 2023.", "Los precios se han más que duplicado desde 2023.", "es",
     "The prices have more than duplicate from 2023."),
    ("Rain fell at almost twice the monthly average.", "Llovió casi el doble de la media mensual.", "es",
     "It rained almost the double of the monthly average."),
    # digits say themselves in any language
    ("Porto cancelled 47 flights.", "Porto innstilte 47 fly.", "nb", "Porto cancelled 74 flights."),
    ("Porto cancelled 47 flights.", "Porto innstilte 47 fly.", None, "Porto cancelled 74 flights."),
])
def test_a_number_the_source_says_as_the_original_does_was_changed_by_the_mt(o, source, lang, english):
    pair = Pair(o, english, source, lang)
    assert diff(o, english) and numbers.compare(pair) == [] and numbers.misrendered(pair)


@pytest.mark.parametrize("o, source, lang, english", [
    # the translator changed it: the source says what the English says
    ("The firm released 18,000 gallons.", "La empresa vertió 28.000 galones.", "es", "The firm poured 28.000 gallons."),
    # the translator changed a number word: neither reading of the source holds the original's
    ("The court ruled 2-1 for the agency.", "El tribunal falló por tres votos a uno a favor de la agencia.", "es",
     "The court failed by three votes to one in favour of the agency."),
    # a number word of a language text2num cannot read leaves the source unread, and the change stands
    ("Newcastle drop to eighth.", "Newcastle faller til åttende plass.", "nb", "Newcastle falls to the octave."),
    # a Spanish multiple that says another number
    ("Prices have doubled.", "Los precios se han triplicado.", "es", "The prices have triplicate."),
    # an English rewrite has no source
    ("Porto airport cancelled 47 flights.", None, None, "Porto airport cancelled 74 flights."),
])
def test_a_number_the_source_does_not_vouch_for_stays_a_change(o, source, lang, english):
    pair = Pair(o, english, source, lang)
    assert numbers.compare(pair) == diff(o, english) != [] and not numbers.misrendered(pair)


@pytest.mark.parametrize("o, t", [
    ("Half of the 600 employees will move to Halden.", "300 of the mill's 600 staff will move to Halden."),
    ("A third of the 90 seats went to the left.", "The left won 30 of the 90 seats."),
    ("The ferry will run every 30 minutes.", "There will be a ferry twice an hour."),
    ("The ferry runs every 20 minutes.", "The ferry runs three times an hour."),
    ("Trains run every 12 hours.", "Trains run twice a day."),
])
def test_an_amount_the_other_side_works_out_exactly_is_the_same(o, t):
    assert diff(o, t) == [] and diff(t, o) == []


@pytest.mark.parametrize("o, t", [
    ("Half of the 600 employees will move.", "200 of the 600 staff will move."),
    ("Half of the staff will move.", "300 staff will move."),  # no whole that both name
    ("The ferry will run every 30 minutes.", "There will be a ferry three times an hour."),
])
def test_an_amount_that_does_not_work_out_is_a_change(o, t):
    assert [c.kind for c in diff(o, t)] == ["number"]


@pytest.mark.parametrize("o, t", [
    # Chinese counts in 万 and 亿 rendered word for word
    ("The project cost 1.2 billion yuan.", "The project cost 12 hundred million yuan."),
    ("The project cost 120 million yuan.", "The project cost 1.2 hundred million yuan."),
    ("Sales reached 120 million.", "Sales reached 12,000 ten thousand."),
    ("Visits rose to 50 million.", "Visits rose to 5 ten million."),
    ("Some 1,200 people came.", "Some 12 hundred people came."),
    # a basis point is a hundredth of a percentage point
    ("The rate rose 0.5 percentage points.", "The rate rose 50 basis points."),
    ("The Fed cut rates by 25 bps.", "The Fed cut rates by 0.25 percentage points."),
    ("Revenue reached 5 billion yuan.", "Revenue reached RMB5bn."),  # a currency's code before the figure
])
def test_an_amount_in_another_scale_is_the_same(o, t):
    assert diff(o, t) == [] and diff(t, o) == []


@pytest.mark.parametrize("o, t", [
    ("The project cost 1.2 billion yuan.", "The project cost 1.2 hundred million yuan."),
    ("The rate rose 0.5 percentage points.", "The rate rose 25 basis points."),
    ("Revenue reached RMB5bn.", "Revenue reached RMB6bn."),
])
def test_an_amount_in_another_scale_that_differs_is_a_change(o, t):
    assert [c.kind for c in diff(o, t)] == ["number"]


@pytest.mark.parametrize("a, b", [
    ("The temperature at Blindern was minus 15 degrees.", "Blindern measured −15 °C."),
    ("It was 15 degrees below zero in Karasjok.", "It was -15C in Karasjok."),
    ("Temperatures reached 40 degrees Celsius.", "Temperatures reached 104 degrees Fahrenheit."),
    ("Temperatures of 10-15 degrees.", "Temperatures of 10 to 15 degrees."),
])
def test_a_temperature_said_another_way_is_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("The temperature was minus 15 degrees.", "The temperature was 15 °C."),  # MT dropped the minus sign
    ("It was 5 degrees below zero.", "It was 5 degrees."),
    ("It was 30 degrees Celsius.", "It was 30 degrees Fahrenheit."),
])
def test_a_lost_sign_or_scale_changes_a_temperature(a, b):
    [change] = diff(a, b)
    assert change.kind == "number"


@pytest.mark.parametrize("a, b", [
    ("Support rose by 2 percentage points.", "Support rose by 2 points."),
    ("The rate rose by 0.25 percentage points.", "The rate rose by 25 basis points."),
    ("The rate rose by a quarter of a percentage point.", "The rate rose by 0.25 percentage points."),
    ("He had a blood alcohol level of 1.2 per mille.", "He had a blood alcohol level of 0.12 percent."),
    ("He had a blood alcohol level of 1,2 promille.", "He had a blood alcohol level of 1.2 ‰."),
    ("The budget is 5 Mio. euros.", "The budget is 5 million euros."),
    ("The budget is 5 milliards euros.", "The budget is 5 billion euros."),
    ("The firm earned 2.3 bln dollars.", "The firm earned 2.3 billion dollars."),
    ("It cost 5 thousand million pounds.", "It cost 5 billion pounds."),
])
def test_points_per_mille_and_scales_said_another_way_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("Support rose by 2 percentage points.", "Support rose by 2 percent."),  # a slip translators make
    ("He had a blood alcohol level of 1.2 per mille.", "He had a blood alcohol level of 1.2 percent."),
    ("The budget is 5 Mio. euros.", "The budget is 5 billion euros."),
])
def test_points_are_no_percent_and_per_mille_no_percent(a, b):
    [change] = diff(a, b)
    assert change.kind == "number"


@pytest.mark.parametrize("a, b", [
    ("The survey had a margin of error of 2.5 percentage points.", "The margin of error was 2.5 points."),
    ("The speed limit is 80 km/t.", "The speed limit is 80 km/h."),  # Norwegian's hour is "time"
    ("The house cost NOK 4.5 million.", "The house cost 4.5 MNOK."),
])
def test_norwegian_forms_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("He fought in World War II.", "He fought in the Second World War."),
    ("He has Type II diabetes.", "He has type 2 diabetes."),
    ("Pope Benedict XVI resigned.", "Pope Benedict 16 resigned."),
    ("She lives in Washington DC.", "She lives in Washington, D.C."),  # of I, V and X only
    ("Tens of thousands of people marched.", "More than 10,000 people marched."),
    ("Tens of thousands attended.", "Dozens of thousands attended."),  # Chinese 数万, as MT renders it
    ("Dozens of people attended.", "Tens of people attended."),  # 几十
])
def test_roman_numerals_and_magnitudes_said_another_way_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b, before, after", [
    ("Benedict XVI resigned.", "Benedict XV resigned.", "XVI", "XV"),
    ("The trial entered Phase III.", "The trial entered phase 2.", "III", "2"),
    ("Tens of thousands of people marched.", "Thousands of people marched.", "Tens of thousands", "1000"),
    ("Millions of people marched.", "Tens of millions of people marched.", "1000000", "Tens of millions"),
])
def test_a_changed_numeral_or_magnitude(a, b, before, after):
    [change] = diff(a, b)
    assert (change.kind, change.before, change.after) == ("number", before, after)


@pytest.mark.parametrize("a, b", [
    ("Norway won 3-0.", "Norway won three-nil."),
    ("Norway won 3-0.", "Norway won by three goals to nil."),
    ("Haaland scored a hat-trick.", "Haaland scored three goals."),
    ("The risk is nil.", "The risk is zero."),  # nil outside a score is no number
    ("Salah scored twice in the first half.", "Salah netted a brace in the first half."),
    ("Salah scored a brace.", "Salah scored two goals."),
    ("She finished second in the 100 metres.", "She took silver in the 100m."),
    ("He won the marathon.", "He won gold in the marathon."),  # a medal alone is no number anybody wrote
    ("He wore a brace on his knee.", "He wore a support on his knee."),  # a brace unscored is none
])
def test_a_score_said_in_words_is_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_a_brace_is_two_goals_and_a_medal_a_place():
    [change] = diff("Salah scored a brace.", "Salah scored three goals.")
    assert (change.before, change.after) == ("brace", "3")
    [change] = diff("She finished second.", "She took bronze.")
    assert (change.before, change.after) == ("2nd", "bronze")


def test_a_hat_trick_is_three_goals():
    [change] = diff("Haaland scored a hat-trick.", "Haaland scored two goals.")
    assert (change.before, change.after) == ("hat-trick", "2")


@pytest.mark.parametrize("a, b", [("The debt is $1tn.", "The debt is $1 trillion."),
                                  ("Sales rose 5 pct.", "Sales rose 5%.")])
def test_a_trillion_and_a_percent_abbreviated_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_a_trillion_abbreviated_is_no_billion():
    [change] = diff("The debt is $1tn.", "The debt is $1 billion.")
    assert (change.before, change.after) == ("1tn", "1 billion")


@pytest.mark.parametrize("a, b", [
    ("Sales reached 5 trillion 300 billion won.", "Sales reached 5.3 trillion won."),  # 5조 3000억
    ("The city has 3 million and 200 thousand residents.", "The city has 3,200,000 residents."),
    ("The deal is worth 2 trln rubles.", "The deal is worth 2 trillion rubles."),
    ("The deal is worth 2 thous. rubles.", "The deal is worth 2,000 rubles."),
    ("About 1.5 lakh people attended.", "About 150,000 people attended."),
    ("The company lost Rs 2 crore.", "The company lost 20 million rupees."),
    ("The fund holds 1.5 lakh crore rupees.", "The fund holds 1.5 trillion rupees."),
    ("The fund holds 2 lakh crores of rupees.", "The fund holds 2 trillion rupees."),
    ("The fund holds 3 billioner kroner.", "The fund holds 3 trillion kroner."),  # a Norwegian billion is 10^12
])
def test_compound_and_regional_scales_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b, before", [
    ("Sales reached 5 trillion 300 billion won.", "Sales reached 5.03 trillion won.", "5 trillion 300 billion"),
    ("The company lost Rs 20 lakh.", "The company lost 20 million rupees.", "20 lakh"),
    ("The deal is worth 2 trln rubles.", "The deal is worth 2 billion rubles.", "2 trln"),
])
def test_a_changed_compound_or_regional_scale(a, b, before):
    [change] = diff(a, b)
    assert (change.kind, change.before) == ("number", before)


def test_a_comma_parts_two_scaled_numbers():
    [change] = diff("It had 3 million, 200 thousand of them children.", "It had 3.2 million.")
    assert change.before == "3 million, 200 thousand"


@pytest.mark.parametrize("a, b", [
    ("He is 1,85 m tall.", "He is 1.85 metres tall."),  # "1,85 m høy", as MT keeps it
    ("He is 1,85 m tall.", "He is 185 centimetres tall."),
    ("The town lies 1.200 m above sea level.", "The town lies 1,200 metres above sea level."),
    ("She won the 100m final.", "She won the 100-metre final."),
    ("About 3m people voted.", "About 3 million people voted."),  # and a million still
])
def test_a_bare_m_may_be_metres_or_a_million(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b, before", [("He is 1,85 m tall.", "He is 1.95 metres tall.", "1,85 m"),
                                          ("The firm lost £3m.", "The firm lost £3 billion.", "3m")])
def test_a_bare_m_that_no_reading_pairs_is_a_change(a, b, before):
    [change] = diff(a, b)
    assert change.before == before


@pytest.mark.parametrize("a, b", [
    ("He was jailed for 1½ years.", "He was jailed for 18 months."),
    ("The city has 2½ million residents.", "The city has 2.5 million residents."),
    ("About ⅓ of voters agreed.", "About a third of voters agreed."),
    ("About 1/3 of voters agreed.", "About a third of voters agreed."),
    ("It needs a 2/3 majority.", "It needs a two-thirds majority."),
    ("The shop is open 24/7.", "The shop is always open."),
])
def test_fractions_in_signs_or_figures_are_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b, before", [
    ("About ¾ of voters agreed.", "About a quarter of voters agreed.", "¾"),  # it read no number
    ("About 1/4 of voters agreed.", "About a third of voters agreed.", "1/4"),
    ("The city has 2½ million residents.", "The city has 3.5 million residents.", "2½ million"),
])
def test_a_changed_fraction_in_signs_or_figures(a, b, before):
    [change] = diff(a, b)
    assert change.before == before


@pytest.mark.parametrize("b", ["The match ended goalless.", "The match ended in a scoreless tie."])
def test_a_goalless_draw_is_0_0(b):
    assert diff("The match ended 0-0.", b) == [] and diff(b, "The match ended 0-0.") == []
    [change] = diff("The match ended 1-1.", b)
    assert change.after.lower().endswith("less")


def test_goalless_alone_is_no_number_lost():
    assert diff("The first half was goalless.", "There were no goals in the first half.") == []


@pytest.mark.parametrize("a, b", [
    ("The two sides agreed.", "Both sides agreed."),
    ("We must win the two remaining matches.", "We have to win both remaining matches."),
    ("Both the minister and his deputy resigned.", "The minister and his deputy resigned."),  # "both" joins two
    ("Both men were arrested.", "The men were arrested."),  # alone, "both" is no number anybody wrote
])
def test_both_counts_two_without_a_number_of_its_own(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("100% cotton, soft and breathable.", "Made of pure cotton, soft and breathable."),  # 纯棉
    ("The firm is 100% owned by the state.", "The firm is wholly owned by the state."),
    ("The house was completely destroyed.", "The house was destroyed."),  # alone, no number anybody wrote
    ("3. Be wary of fake websites.", "3. Be fully wary of fake websites."),
])
def test_the_whole_said_in_words_is_100_percent_without_a_number_of_its_own(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_the_whole_said_in_words_against_another_share_is_a_change():
    [change] = diff("The project is 90% complete.", "The project is fully complete.")
    assert (change.before, change.after) == ("90%", "fully")
    assert [c.before for c in diff("3. Be wary of fake websites.", "Be fully wary of fake websites.")] == ["3."]


def test_both_against_another_count_is_a_change():
    [change] = diff("Both men were arrested.", "Three men were arrested.")
    assert (change.before, change.after) == ("Both", "3")


@pytest.mark.parametrize("a, b", [
    ("All items are 20% off today.", "All items are at 80% of the original price today."),
    ("Members get a 30 percent discount.", "Members pay 70% of the list price."),
    ("Goods are discounted by 25%.", "Goods sell at 75% of their normal price."),
    ("It is 50% off for members.", "Members get half price."),
    ("Half-price tickets sold out.", "Tickets at 50% off sold out."),
])
def test_a_discount_said_as_the_price_it_leaves_is_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("All items are 20% off today.", "All items are 80% off today."),  # 八折 misread
    ("Prices fell 20%.", "Prices are 80% of the price a year ago."),  # no discount: a fall
    ("It is 30% off for members.", "Members get half price."),
])
def test_a_share_off_and_another_is_a_change(a, b):
    assert diff(a, b) and diff(b, a)


def test_half_price_lost_is_a_number_lost():
    [change] = diff("Tickets are half price.", "Tickets are discounted.")
    assert (change.before, change.after) == ("half", "")


def test_several_numbers_changed_are_listed_as_the_texts_say_them():
    [change] = diff("The US$340m deal runs for 5 years and covers 12 towns.",
                    "The US$430m deal runs for 7 years and covers 12 towns.")
    assert (change.before, change.after) == ("340m, 5 years", "430m, 7 years")
