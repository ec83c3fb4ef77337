import Testing
@testable import Suminuri

@Suite struct BirthdateDetectorTests {
    static let positives: [DetectionCase] = [
        .init("an English date after Date of birth", "Date of birth: 14 FEB 1985\nDate of expiry: 22 MAR 2031", ["14 FEB 1985"]),
        .init("an English date with the month first, after born", "I was born on February 14, 1985 in Manila.", ["February 14, 1985"]),
        .init("a 和暦 year said aloud with の", "生年月日をお願いします\n客：昭和四十九年の十月二日です", ["昭和四十九年の十月二日"]),
        .init("wareki with umare", "昭和58年3月4日生まれです", ["昭和58年3月4日"]),
        .init("abbreviated era with label", "生年月日：S58.3.4", ["S58.3.4"]),
        .init("gannen", "平成元年5月10日生まれ", ["平成元年5月10日"]),
        .init("seireki with sei", "上村 直樹　1988.06.12生", ["1988.06.12"]),
        .init("seireki with label", "生年月日：1979/11/02", ["1979/11/02"]),
        .init("full-width", "生年月日 昭和４５年１２月２日", ["昭和４５年１２月２日"]),
        .init("year alone before umare", "R2年生まれの息子", ["R2年"]),
        .init("person then date in parentheses", "家族は私（S52.12.1）、妻（S54.3.3）です", ["S52.12.1", "S54.3.3"]),
        .init("birth word wins over a dealer word", "来店メモ：下津様 H3.11.22生", ["H3.11.22"]),
        // 和暦 in kanji numerals, as handwritten forms and elderly customers write it.
        .init("kanji numerals with sei", "昭和四十七年八月九日生", ["昭和四十七年八月九日"]),
        .init("kanji numerals with ten in month and day", "平成十一年十二月二十三日生まれです", ["平成十一年十二月二十三日"]),
        .init("kanji numerals after a form label", "生年月日：昭和三十九年五月三十日", ["昭和三十九年五月三十日"]),
        .init("gannen with kanji month and day", "生年月日 令和元年七月一日", ["令和元年七月一日"]),
        // Form fields.
        .init("form field with spread-out date", "生年月日：昭和 52 年 7 月 19 日", ["昭和 52 年 7 月 19 日"]),
        .init("form field on the next line", "■生年月日\n平成4年2月29日\n■性別", ["平成4年2月29日"]),
        .init("form field with age after", "生年月日　S61年10月8日（40歳）", ["S61年10月8日"]),
        .init("form field with calendar note", "生年月日(西暦)：1990-04-17", ["1990-04-17"]),
        .init("birthday label", "誕生日：1975年1月5日", ["1975年1月5日"]),
        .init("rows under a birth-date column of a CSV header", "社員番号,氏名,生年月日,携帯\nA-01,田中 一,1979/04/12,090-0000-0000\nA-02,山田 花,S15.10.22,", ["1979/04/12", "S15.10.22"]),
        .init("rows of a markdown table and a tab-separated list", "|氏名|生年月日|条件|\n|---|---|---|\n|杉浦 大樹|1990.08.21|AT限定|\n\nname\ttel\tbirthday\n山本 陽翔\t06-6765-3321\t2005-02-14", ["1990.08.21", "2005-02-14"]),
        .init("a western year with its era year in parentheses", "生年月日　1984年（昭和59年）7月19日", ["1984年（昭和59年）7月19日"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("an English date with no birth word", "The meeting is on 14 Feb 2025. Sales in March 2024 were up.", []),
        .init("model year", "H30年式のノート", []),
        .init("shaken expiry", "車検満了 R7.3.15", []),
        .init("first registration", "初度登録 令和2年3月", []),
        .init("delivery", "納車日は2024年12月25日です", []),
        .init("licence validity", "免許は令和8年3月1日まで有効", []),
        .init("date without a birth word", "令和6年12月25日に来店します", []),
        .init("insurance expiry", "保険満期：R8.4.1", []),
        .init("kanji-numeral visit date", "令和六年十二月二十五日に来店", []),
        .init("kanji-numeral inspection expiry", "車検満了 令和七年三月十五日", []),
        .init("kanji-numeral model year", "平成三十年式", []),
        .init("kanji numerals after a dot are no date", "S58.三.四生", []),
        .init("dates under another column of a table with a birth-date column", "氏名,生年月日,入社日\n田中,,2020/04/01\n\n納車日,車名\n2024/12/25,ノート", []),
    ]

    @Test(arguments: positives)
    func findsBirthdates(_ c: DetectionCase) {
        #expect(surfaces(.birthdate, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.birthdate, in: c.text) == c.expected)
    }
}
