import Testing
@testable import Suminuri

/// MY_NUMBER, DRIVER_LICENSE and CARD (`NumberIdentifierDetector`). All numbers are made up
/// (check digits computed, formats.md §4).
@Suite struct NumberIdentifierDetectorTests {
    static let myNumbers: [DetectionCase] = [
        .init("after another kind of number it is not", "会員番号 55012 ではなく 123456789018 が正しい番号です", ["123456789018"]),
        .init("two on one spaced line", "１２３４　５６７８　９０１８　１２３４－５６７８－９０１８", ["１２３４　５６７８　９０１８", "１２３４－５６７８－９０１８"]),
        .init("hotword and 4-4-4 grouping", "マイナンバー 1234 5678 9018", ["1234 5678 9018"]),
        .init("kojin bango, one block", "個人番号：314159265352", ["314159265352"]),
        .init("hyphenated", "マイナンバーは2718-2818-2840です", ["2718-2818-2840"]),
        .init("dotted", "個人番号 1112.2233.3446", ["1112.2233.3446"]),
        .init("full-width digits and ideographic spaces", "マイナンバー：３１４１　５９２６　５３５２", ["３１４１　５９２６　５３５２"]),
        .init("kanji digits in groups", "個人番号は一二三四 五六七八 九〇一八です", ["一二三四 五六七八 九〇一八"]),
        .init("hotword some words before", "マイナンバーカードの裏面に書いてある番号は 2718 2818 2840 です", ["2718 2818 2840"]),
        .init("notification card", "通知カードの番号：111222333446", ["111222333446"]),
        .init("two numbers", "妻のマイナンバー 3141-5926-5352、私のマイナンバー 2718-2818-2840", ["3141-5926-5352", "2718-2818-2840"]),
        // A valid check digit is enough without a hotword (issue 15): failing closed.
        .init("valid check digit without hotword, 4-4-4", "1234 5678 9018", ["1234 5678 9018"]),
        .init("valid check digit without hotword, one block", "番号は314159265352です", ["314159265352"]),
        .init("full width without hotword", "３１４１５９２６５３５２", ["３１４１５９２６５３５２"]),
        .init("full width 4-4-4 without hotword", "控え：２７１８－２８１８－２８４０", ["２７１８－２８１８－２８４０"]),
        .init("two numbers in one line without hotword", "314159265352と271828182840の二つ", ["314159265352", "271828182840"]),
    ]

    static let myNumberLookAlikes: [DetectionCase] = [
        .init("sixteen digits in fours are no two numbers", "ご注文番号：4417 1234 5678 9018 の件", []),
        .init("failed check digit without hotword", "123456789019", []),
        .init("failed check digit with hotword", "個人番号は123456789019", []),
        .init("order number with a valid check digit", "注文番号 314159265352", []),
        .init("slip number with a valid check digit", "お問い合わせ伝票番号：2718-2818-2840", []),
        .init("shipping label number", "送り状番号 314159265352", []),
        .init("serial number", "製造番号 271828182840", []),
        .init("point card number", "ポイントカード 1234 5678 9018", []),
        .init("licence wrapping with a valid check digit", "第314159265352号", []),
        .init("licence word with a valid check digit", "免許 314159265352", []),
        .init("timestamp with a valid check digit", "202412251034", []),
        .init("card mentioned, no number", "マイナンバーカードで本人確認しました", []),
        .init("corporate number", "法人番号 7000012050002", []),
        .init("invoice number", "登録番号 T7000012050002", []),
        .init("slip number after the hotword", "マイナンバーの件とは別に、伝票番号 1234 5678 9018", []),
        .init("licence hotword nearer", "マイナンバーではなく免許証番号です：314159265352", []),
        .init("thirteen digits", "マイナンバー 3141592653521", []),
    ]

    static let licences: [DetectionCase] = [
        .init("licence number after hotword", "免許証番号 961900012340", ["961900012340"]),
        .init("printed with dai and go", "第301212345610号", ["301212345610"]),
        .init("dai go with spaces, full-width", "免許証番号　第 ３０１１２３４５６７８０ 号", ["３０１１２３４５６７８０"]),
        .init("failed empirical check digit is still a licence", "運転免許証の番号は962000123460です", ["962000123460"]),
        .init("licence rather than my number", "マイナンバーと免許証番号: 962000123450", ["962000123450"]),
        .init("short hotword", "免許 [301123456780]", ["301123456780"]),
        .init("layout written out", "免許証番号:96-19-000123-4-0", ["96-19-000123-4-0"]),
        .init("driving history certificate", "運転経歴証明書 962000123450", ["962000123450"]),
    ]

    static let licenceLookAlikes: [DetectionCase] = [
        .init("twelve digits without hotword", "301212345610", []),
        .init("reference number on the licence", "免許証の照会番号 12345", []),
        .init("eleven digits", "免許証番号 96200012345", []),
        .init("my number hotword nearer", "免許証ではなくマイナンバーで：3141 5926 5352", []),
    ]

    static let cards: [DetectionCase] = [
        .init("a corporate card outside the brands' ranges, beside a card hotword", "法人カード（3508374071881817）で部品代を決済", ["3508374071881817"]),
        .init("JCB after hotword", "カード番号 3530 1113 3330 0000", ["3530 1113 3330 0000"]),
        .init("Visa one block without hotword", "こちらで 4111111111111111 です", ["4111111111111111"]),
        .init("Mastercard hyphenated", "マスターカード 5242-4242-4242-4249", ["5242-4242-4242-4249"]),
        .init("Mastercard 2-series", "クレカ 2221 0000 0000 0017", ["2221 0000 0000 0017"]),
        .init("Amex 4-6-5", "アメックス 3714 496353 98431 です", ["3714 496353 98431"]),
        .init("Diners 4-6-4", "ダイナース 3056 930902 5904", ["3056 930902 5904"]),
        .init("full-width with full-width hyphens", "カード番号：４０１２－８８８８－８８８８－１８８１", ["４０１２－８８８８－８８８８－１８８１"]),
        .init("brand after the number", "3530111122223330（JCB）で払います", ["3530111122223330"]),
        .init("brand in parentheses before", "クレジットカード（VISA）4012 8888 8888 1881", ["4012 8888 8888 1881"]),
        .init("wrapped by a mail client", "カード番号 4012 8888 8888\n1881 です", ["4012 8888 8888\n1881"]),
        .init("wrapped with CRLF", "カード番号：5242-4242\r\n4242-4249", ["5242-4242\r\n4242-4249"]),
    ]

    static let cardLookAlikes: [DetectionCase] = [
        .init("a Luhn-valid number outside the brands' ranges with no card hotword", "注文番号 3508374071881817 で承りました", []),
        .init("Luhn fails", "3530 1113 3330 0001", []),
        .init("no known issuer", "ギフトカードのコード 1234-5678-9012-3450", []),
        .init("member number", "整備会員番号 4111111111111111", []),
        .init("JAN code", "JAN 4901234567894", []),
        .init("product code", "商品コード 4901234567894", []),
        .init("corporate number", "法人番号は 3100001234567 です", []),
        .init("quote number in card grouping", "見積書の番号 2024-1125-0031-0000", []),
        .init("slip number", "伝票番号は 4012-3456-7891 です", []),
        .init("point card", "ポイントカード 4111 1111 1111 1111", []),
        .init("glued to letters", "ABC4111111111111111", []),
        .init("numbers on two lines without a card hotword", "見積 4012 8888 8888\n1881 円", []),
        .init("two lines of a list", "カード番号の控え\n1234\n5678\n9012\n3456", []),
    ]

    @Test(arguments: myNumbers + myNumberLookAlikes)
    func myNumber(_ c: DetectionCase) {
        #expect(surfaces(.myNumber, in: c.text) == c.expected)
    }

    @Test(arguments: licences + licenceLookAlikes)
    func driverLicense(_ c: DetectionCase) {
        #expect(surfaces(.driverLicense, in: c.text) == c.expected)
    }

    @Test(arguments: cards + cardLookAlikes)
    func card(_ c: DetectionCase) {
        #expect(surfaces(.card, in: c.text) == c.expected)
    }

    @Test func twelveDigitsAreNeverACard() {
        for text in ["免許証番号 961900012340", "マイナンバー 1234 5678 9018"] {
            #expect(surfaces(.card, in: text).isEmpty)
        }
    }
}

@Suite struct CheckDigitsTests {
    private func d(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func myNumber() {
        #expect(CheckDigits.isValidMyNumber(d("123456789018")))
        #expect(!CheckDigits.isValidMyNumber(d("123456789019")))
        #expect(CheckDigits.isValidMyNumber(d("314159265352")))
        #expect(!CheckDigits.isValidMyNumber(d("12345678901")))
    }

    @Test func corporateNumber() {
        #expect(CheckDigits.isValidCorporateNumber(d("7000012050002")))
        #expect(CheckDigits.isValidCorporateNumber(d("4011001098993")))
        #expect(!CheckDigits.isValidCorporateNumber(d("7000012050003")))
    }

    @Test func driverLicense() {
        #expect(CheckDigits.isValidDriverLicense(d("961900012340")))
        #expect(CheckDigits.isValidDriverLicense(d("459803358720")))
        #expect(!CheckDigits.isValidDriverLicense(d("961900012350")))
    }

    @Test func luhnAndIssuers() {
        #expect(CheckDigits.isLuhnValid(d("3530111333300000")))
        #expect(!CheckDigits.isLuhnValid(d("3530111333300001")))
        #expect(CheckDigits.cardBrand(d("3530111333300000"), lenient: false) == .jcb)
        #expect(CheckDigits.cardBrand(d("378282246310005"), lenient: false) == .amex)
        #expect(CheckDigits.cardBrand(d("4111111111111"), lenient: false) == nil)
        #expect(CheckDigits.cardBrand(d("4111111111111"), lenient: true) == .visa)
        #expect(CheckDigits.cardBrand(d("8100223344556677"), lenient: true) == nil)
        #expect(CheckDigits.cardBrand(d("2721000000000000"), lenient: true) == nil)
    }

    @Test func vin() {
        #expect(CheckDigits.isValidVIN(d("1m8gdm9axkp042788")))
        #expect(CheckDigits.isValidVIN(d("jh4ka7561pc008269")))
        #expect(CheckDigits.isValidVIN(d("1hgcm82633a004352")))
        #expect(!CheckDigits.isValidVIN(d("1m8gdm9a1kp042788")))
        #expect(!CheckDigits.isValidVIN(d("wba8e36000nu12345")))
        #expect(!CheckDigits.isValidVIN(d("1m8gdm9axkp04278")))
    }
}
