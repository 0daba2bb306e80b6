import pytest

from tcheck.facts.dates import diff, extract


@pytest.mark.parametrize("a, b", [
    ("on 22 January 2016", "22. januar 2016"),
    ("on 22 January 2016", "on January 22, 2016"),
    ("on 22 January 2016", "on 22 January"),
    ("at 14:30 on Tuesday", "kl. 14.30 tirsdag"),
    ("at 2.30pm", "at 14:30"),
    ("in March 2018", "i mars 2018"),
    ("el 5 de mayo de 2021", "on 5 May 2021"),
    ("held on the 3rd of March in Geneva", "held in Geneva on March 3"),
    ("on the 21st of May, 2019", "on 21 May 2019"),
    ("He may resign", "He might resign"),
    ("a year earlier", "a year before"),
    ("two second-half goals", "two goals in the second half"),
    ("sold at 12.50 euros", "sold for 12.50 euros"),  # money, not a clock time
    ("bullied in the past year", "bullied during the previous year"),
    ("this summer", "in the summer"),
    # a date that one side says twice is still said
    ("On 5 May 2022 the council met. The 5 May 2022 meeting was short.",
     "On 5 May 2022 the council met. The meeting was short."),
    ("In May the council met, on 5 May.", "The council met on 5 May."),
    ("The concert starts at 7.30 pm.", "The concert begins at 19:30."),
    ("in the second half of June", "in the latter half of June"),
    # a century said in words, as a date
    ("a seventeenth-century painting", "a painting of the 17th century"),
    ("in the twenty-first century", "in the 21st century"),
    # a time span before "later" or "ago", read as days
    ("a year and a half later than planned", "eighteen months later than planned"),
    ("It opened a week later.", "It opened seven days later."),
    # the first end of a range of clock times takes the second's a.m. or p.m.
    ("between 2 and 3 a.m.", "between 02:00 and 03:00"),
    # a date in figures
    ("released on 3 March", "freed on 03.03"),
    ("released on 3 March 2024", "freed on 3.3.2024"),
    # a part of a year is the months it spans, however it is said
    ("In the first three quarters, GDP grew 5.2%.", "From January to September, GDP grew 5.2%."),
    ("in the first nine months of 2022", "in January-September 2022"),
    ("In the first half of the year, exports rose.", "From January to June, exports rose."),
    ("in the first six months of the year", "in the first half of the year"),
    ("sales in the first quarter", "sales in January-March"),
    ("sales in the first two months", "sales in January and February"),
    ("sales between January and March", "sales in Q1"),
    ("sales between January and March", "sales among January and March"),  # Apertium's "entre"
    ("third-quarter results", "results for Q3"),
    ("in the second half", "in H2"),
    ("revenue in Jan.-Nov. 2023", "revenue in the first 11 months of 2023"),
    # one whole unit back or on is the previous or next one
    ("Sales rose 5% from a year earlier.", "Sales rose 5% from the same period last year."),
    ("Sales rose 5% from a year earlier.", "Sales rose 5% over the previous year."),
    ("He arrived the next day.", "He arrived a day later."),
    # a span of days in one month names both
    ("The fair runs from 10 to 12 February.", "The fair runs from February 10 to February 12."),
    ("The fair runs February 10-12.", "The fair runs from 10 to 12 February."),
    ("The fair runs from 10 to 12 February.", "The fair celebrates among the 10 and on 12 February."),  # Apertium
    # a day of the month by its ordinal alone (Chinese news' "10日"), and the same day with its month
    ("On the 10th, the ministry issued a notice.", "On February 10, the ministry issued a notice."),
    ("found in an interview on the 10th that prices rose", "found in an interview on 10 February that prices rose"),
    ("At 3 p.m. on the 10th, the meeting opened.", "At 15:00 on February 10th, the meeting opened."),
    ("Talks ran from the 10th to the 12th.", "Talks ran from February 10 to 12."),
    ("The final is scheduled for the 30th.", "The final is planned for 30 June."),
    ("On the evening of the 10th, the ministry issued a notice.", "On the evening of February 10, it issued a notice."),
    # "ago" counts back from the day of writing, "earlier" from the event: MT renders 两年前 both ways
    ("twice as many as two years ago", "double as many as two years earlier"),
    ("The plant closed three months ago.", "The plant closed three months before."),
    ("The talks will resume next week.", "The talks will resume in the coming week."),
    # a clock time said with "o'clock" and a part of the day
    ("It happened at 8 o'clock in the evening.", "It happened at 8 p.m."),
    ("It happened at eight o'clock in the evening.", "It happened at 20:00."),
    ("The shop opens at 9 o'clock in the morning.", "The shop opens at 9 a.m."),
    ("The shop opens at 9 o'clock.", "The shop opens at 9:00."),
    ("He arrived at 9 in the evening.", "He arrived at 21:00."),  # a part of the day without "o'clock"
    ("He arrived at nine in the morning.", "He arrived at 9 a.m."),
    ("It starts at half past three.", "It starts at 3:30."),  # a clock in words
    ("It happened on the fifth of January.", "It happened on January 5."),  # a day in words
    ("It happened on the twenty-first of May, 2023.", "It happened on 21 May 2023."),
    ("It starts at half past three in the afternoon.", "It starts at 15:30."),
    ("It starts at a quarter to four.", "It starts at 3:45."),
    ("The talks ended at midnight.", "The talks ended at 12 a.m."),  # midnight and noon are clock times
    ("The shop opens at noon.", "The shop opens at 12:00."),
    ("The shop opens at noon.", "The shop opens at midday."),
    # a range of years whose end is written short
    ("The plan covers the 2023-24 season.", "The plan covers the 2023/2024 season."),
    ("The plan covers the period from 2021 to 2025.", "The plan covers 2021-25."),
    ("Sales data for 2023-05 were released.", "Sales data for May 2023 were released."),  # a month, no range
    ("In June, 60 percent voted.", "In June 60 percent voted."),  # a month, then a number
    ("The 40 marchers walked in March.", "The 40 March marchers walked."),  # a number, then a month
])
def test_same_dates(a, b):
    assert diff(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("on 22 January 2016", "on 12 January 2016"),
    ("on 27 March", "27. mai"),
    ("in 2016", "in 2017"),
    ("on Tuesday", "on Wednesday"),
    ("at 14:30", "at 16:30"),
    ("on 27 March", "at some point"),
    ("agreed in March", "agreed in May"),
    ("until the end of March 2025", "until finals of May of 2025"),
    ("dates from the 12th century", "dates from the 13th century"),
    ("a seventeenth-century painting", "a painting of the 18th century"),
    ("in the first half of June", "in the latter half of June"),
    ("The concert starts at 7.30 pm.", "The concert begins at 7:30."),
    ("leaves at 6.30 every morning", "leaves at 7.30 every morning"),
    ("in the second half of next year", "in the first half of next year"),
    ("Last summer, 23 people drowned", "This summer 23 people drowned"),
    ("on Thursday morning", "On Thursday evening"),
    ("on the 3rd of March", "on March 4"),
    ("18 months ago", "two years ago"),
    ("between 2 and 3 a.m.", "between 2 and 3 p.m."),
    ("released on 3 March", "freed on 04.03"),
    # "the previous year" is also "last year", but cannot stand for both
    ("920,000 applications last year, half more than the previous year",
     "920,000 applications this year, half more than the previous year"),
    ("In the first three quarters, GDP grew.", "From January to June, GDP grew."),
    ("revenue in January-November", "revenue in the first ten months"),
    ("in the second half", "in H1"),
    ("in the first half of June", "in the first six months"),  # a part of a month is no part of the year
    ("in January and March", "in January and April"),
    ("sales in the first two months", "sales in January and March"),  # not the span's last month
    ("Sales rose 5% from a year earlier.", "Sales rose 5% from two years earlier."),
    ("The fair runs February 10-12.", "The fair runs February 10-13."),
    ("The fair runs from 10 to 12 February.", "The fair runs from 11 to 12 February."),
    ("On the 10th, the ministry issued a notice.", "On February 11, the ministry issued a notice."),
    ("On the 10th, the ministry issued a notice.", "On Friday, the ministry issued a notice."),
    ("On the 10th, the ministry issued a notice.", "On the 11th, the ministry issued a notice."),
    ("The final is scheduled for the 30th.", "The final is scheduled for the 29th."),
    ("On the evening of the 10th, it issued a notice.", "On the evening of the 11th, it issued a notice."),
    ("The plant closed two years ago.", "The plant closed three years earlier."),
    ("The plant closed two years ago.", "The plant closed two years later."),
    ("In the coming year, sales will rise.", "Last year, sales rose."),
    ("It happened at 8 o'clock in the evening.", "It happened at 8 a.m."),
    ("It happened at 8 o'clock at night.", "It happened at 18:00."),
    ("He arrived at 9 in the evening.", "He arrived at 9 a.m."),
    ("It starts at half past three.", "It starts at 4:30."),
    ("It happened on the fifth of January.", "It happened on January 6."),
    ("It starts at a quarter to four.", "It starts at 4:15."),
    ("The talks ended at midnight.", "The talks ended at noon."),
    ("The shop opens at noon.", "The shop opens at 10 a.m."),
    ("The plan covers the 2023-24 season.", "The plan covers the 2023-25 season."),
    ("The plan covers 2021-25.", "The plan covers 2021 to 2026."),
    # a day past the month's end, where no word follows it
    ("It flew over Alaska on Friday (February 10).", "On Friday (February 50), it flew over Alaska."),
    ("From February 10, the price is 4,300 yuan.", "Starting from February 80, the price is 4300 yuan."),
    ("The office closed on June 3.", "The office closed on June 35."),
    ("It launched a call on November 23, 2022.", "It launched a call on 83 November 2022."),  # after "on"
])
def test_changed_dates(a, b):
    [change] = diff(a, b)
    assert change.kind == "date"


def test_extract_fields():
    [d] = extract("22. januar 2016")
    assert (d.year, d.month, d.day) == (2016, 1, 22)


def test_may_is_a_month_only_where_a_month_can_stand():
    assert [w.month for w in extract("Talks began in May and may end in mid-May.")] == [5, 5]


def test_a_span_of_months_is_its_first_and_last_month():
    assert [w.months for w in extract("from May to June, in the first half and in Q3")] == [(5, 6), (1, 6), (7, 9)]
    assert [w.months for w in extract("the first half of June")] == [None, None]  # a part of a month


def test_a_changed_date_says_where_it_stands():
    o, t = "On Monday evening, 5 May 2024, it opened.", "On Tuesday evening, 6 May 2024, it opened."
    [c] = diff(o, t)
    assert [o[s:e] for s, e in c.before_spans] == ["Monday", "5 May 2024"]
    assert [t[s:e] for s, e in c.after_spans] == ["Tuesday", "6 May 2024"]


@pytest.mark.parametrize("text", ["Shares rose 12.05 percent.", "Version 2.1.3 is out.", "It costs 3.50 euros."])
def test_figures_with_points_are_no_dates_without_a_year_or_a_leading_zero(text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "the 20th National Congress", "on the 10th floor", "on the 14th Five-Year Plan", "the 100th anniversary",
    "from the 1st century", "and the 5th largest economy", "he came for the 3rd time", "the end of the 20th century",
])
def test_an_ordinal_before_a_noun_is_no_day(text):
    assert [w.day for w in extract(text) if w.day] == []


@pytest.mark.parametrize("a, b", [("It happened the day before yesterday.", "It happened two days ago."),
                                  ("It opens the day after tomorrow.", "It opens two days later."),
                                  ("Det skjedde i forgårs.", "It happened two days ago.")])
def test_the_day_before_yesterday_is_two_days_ago(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_the_day_before_yesterday_is_no_yesterday():
    [change] = diff("It happened the day before yesterday.", "It happened yesterday.")
    assert change.kind == "date"


@pytest.mark.parametrize("a, b", [
    ("The law took effect in 2023.", "The law took effect in Reiwa 5."),  # 令和5年, as MT keeps it
    ("The law took effect in 1995.", "The law took effect in the 7th year of Heisei."),
    ("The law took effect in 2019.", "The law took effect in the first year of Reiwa."),  # 元年
    ("The law took effect in 2023.", "The law took effect in the 112th year of the Republic of China."),
    ("The law took effect in 2023.", "The law took effect in 2566 BE."),
    ("Profits rose in fiscal 2023.", "Profits rose in FY23."),
    ("Profits rose in fiscal 2023.", "Profits rose in FY2023/24."),
    ("The meeting is on 5 June 2023.", "The meeting is on 2023.06.05."),
    ("The meeting is on 5 June 2023.", "The meeting is on 2023/6/5."),
])
def test_a_year_counted_from_another_start_or_written_year_first_is_no_change(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b, after", [
    ("The law took effect in 2023.", "The law took effect in Reiwa 4.", "Reiwa 4"),
    ("The law took effect in 2023.", "The law took effect in 2565 BE.", "2565 BE"),
    ("Profits rose in fiscal 2023.", "Profits rose in FY2022.", "FY2022"),
    ("The meeting is on 2023/6/5.", "The meeting is on 2023/6/7.", "2023/6/7"),  # it read the year alone
    ("The meeting is on 5 June 2023.", "The meeting is on 2023.05.06.", "2023.05.06"),
])
def test_a_changed_year_of_an_era_or_date_year_first(a, b, after):
    [change] = diff(a, b)
    assert (change.kind, change.after) == ("date", after)


@pytest.mark.parametrize("text", ["Showa Denko sold 5 plants.", "Sales of 2500 be.", "Version 2023.5 shipped."])
def test_an_eras_name_or_a_year_like_figure_alone_is_no_date(text):
    assert [w.year for w in extract(text) if w.year] == []


@pytest.mark.parametrize("b", ["The meeting starts at 14 o'clock.", "The meeting starts at 14h.",
                               "The meeting starts at 14 hours."])
def test_a_24_hour_clock_as_mt_renders_it(b):  # "14 Uhr", "14h", "a las 14 horas"
    assert diff("The meeting starts at 2 p.m.", b) == [] and diff(b, "The meeting starts at 2 p.m.") == []
    [change] = diff("The meeting starts at 3 p.m.", b)
    assert change.kind == "date"


def test_minutes_make_a_clock_of_an_h_and_without_them_it_is_hours():
    assert diff("The meeting starts at 2.30 p.m.", "The meeting starts at 14h30.") == []
    assert [w.minutes for w in extract("The drive takes 4h.")] == []


@pytest.mark.parametrize("b", ["It happened on Saturday night.", "It happened early on Sunday.",
                               "It happened overnight into Sunday."])
@pytest.mark.parametrize("a", ["It happened in the night to Sunday.", "Det skjedde natt til søndag."])
def test_the_night_to_a_day_is_the_night_after_the_day_before(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


def test_shabbat_is_saturday():
    assert diff("The demonstration ended on Saturday night.", "The demonstration ended at the end of Shabbat.") == []
    assert diff("The rabbi spoke before Shabbat.", "The rabbi spoke before the Sabbath.") == []
    [change] = diff("The rabbi spoke on Shabbat.", "The rabbi spoke on Sunday.")
    assert (change.before, change.after) == ("Shabbat", "Sunday")


def test_the_night_to_a_day_is_no_other_night_and_is_named_once():
    [change] = diff("It happened in the night to Sunday.", "It happened on Monday night.")
    assert (change.before, change.after, len(change.before_spans)) == ("the night to Sunday", "Monday", 1)


@pytest.mark.parametrize("a, b", [
    ("The meeting starts at 2 p.m.", "The meeting starts at 2 o'clock."),  # 2点
    ("The meeting starts at 2 a.m.", "The meeting starts at 2 o'clock."),
    ("The meeting starts at 3.30 p.m.", "The meeting starts at half past three."),
    ("The meeting starts at 15:45.", "The meeting starts at a quarter to four."),
])
def test_a_time_in_words_without_a_part_of_day_may_be_either(a, b):
    assert diff(a, b) == [] and diff(b, a) == []


@pytest.mark.parametrize("a, b", [
    ("The meeting starts at 3 p.m.", "The meeting starts at 2 o'clock."),
    ("The meeting starts at 3 o'clock in the afternoon.", "The meeting starts at 3 o'clock in the morning."),
])
def test_a_time_in_words_still_changes(a, b):
    [change] = diff(a, b)
    assert change.kind == "date" and len(change.after_spans) == 1
