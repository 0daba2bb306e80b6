from tcheck.facts.monies import monies, of


def test_each_way_of_naming_a_money_stands_for_every_money_it_may_be():
    table = monies()
    assert table["NOK"] == {"NOK"} and "nok" not in table  # a code, in capitals only
    assert table["nt$"] == {"TWD"} and table["taiwan dollars"] == {"TWD"}  # a tail of "New Taiwan dollars"
    assert {"USD", "TWD", "HKD", "MXN"} <= table["$"]  # a sign without its letters ("NT$", "HK$", Mexico's "$")
    assert {"NOK", "SEK", "DKK", "ISK"} <= table["kr"] and {"USD", "SGD"} <= table["dollars"]
    assert table["¥"] == {"CNY", "JPY"} and table["won"] == {"KRW", "KPW"}
    assert table["RMB"] == table["renminbi"] == {"CNY"}  # what news says and CLDR does not
    assert "DEM" not in table  # a money no territory uses today


def test_letters_name_a_money_as_code_or_symbol():
    assert of("RMB") == {"CNY"} and of("RM") == {"MYR"} and "INR" in of("Rs") and "NOK" in of("kr")
    assert not of("MH") and not of("G") and not of("COVID") and not of("rmb")  # a code in capitals only
