/// Check digits and issuer ranges of the numeric identifiers (research: formats.md §3.3, §4).
///
/// Every function takes ASCII digits (bytes `0`–`9`, or lower-case letters for a VIN) and
/// never traps on a wrong length: it answers `false`.
enum CheckDigits {
    @inline(__always)
    private static func value(_ b: UInt8) -> Int { Int(b) - 0x30 }

    /// 個人番号 (My Number): 12 digits, the last a check digit over weights 6 5 4 3 2 7 6 5 4 3 2.
    /// `123456789018` is valid.
    static func isValidMyNumber(_ d: [UInt8]) -> Bool {
        guard d.count == 12, d.allSatisfy(ByteClass.isDigit) else { return false }
        let weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for k in 0..<11 { sum += value(d[k]) * weights[k] }
        let r = sum % 11
        let check = r <= 1 ? 0 : 11 - r
        return check == value(d[11])
    }

    /// 法人番号 (corporate number): 13 digits, the FIRST a check digit. `7000012050002` is valid.
    static func isValidCorporateNumber(_ d: [UInt8]) -> Bool {
        guard d.count == 13, d.allSatisfy(ByteClass.isDigit) else { return false }
        var sum = 0
        for n in 1...12 { sum += value(d[13 - n]) * (n % 2 == 1 ? 1 : 2) }
        return 9 - sum % 9 == value(d[0])
    }

    /// 運転免許証番号: 12 digits, the 11th a check digit by the empirical formula of formats.md
    /// §4.3 (weights 5 4 3 2 7 6 5 4 3 2, C = (11 − Σ mod 11) mod 10; the 12th digit is the
    /// reissue count). Not officially published: use it to raise confidence, never to reject.
    static func isValidDriverLicense(_ d: [UInt8]) -> Bool {
        guard d.count == 12, d.allSatisfy(ByteClass.isDigit) else { return false }
        let weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for k in 0..<10 { sum += value(d[k]) * weights[k] }
        return (11 - sum % 11) % 10 == value(d[10])
    }

    /// Luhn (mod 10) over all digits, the last being the check digit.
    static func isLuhnValid(_ d: [UInt8]) -> Bool {
        guard d.count >= 2, d.allSatisfy(ByteClass.isDigit) else { return false }
        var sum = 0
        for (k, b) in d.reversed().enumerated() {
            var x = value(b)
            if k % 2 == 1 { x *= 2; if x > 9 { x -= 9 } }
            sum += x
        }
        return sum % 10 == 0
    }

    enum CardBrand: String {
        case visa, mastercard, amex, jcb, diners, discover, unionpay
        /// Outside every brand's issuer range (a corporate or private-label card): the detector
        /// accepts one only next to a card hotword.
        case other
    }

    /// The brand whose issuer range (IIN) and length fit `d`, or nil. Visa 13 and 19 are
    /// accepted only when `lenient` (a card hotword is near): 16 is the common length.
    static func cardBrand(_ d: [UInt8], lenient: Bool) -> CardBrand? {
        let n = d.count
        guard n >= 14 || (lenient && n == 13), n <= 19, d.allSatisfy(ByteClass.isDigit) else { return nil }
        func prefix(_ k: Int) -> Int { d.prefix(k).reduce(0) { $0 * 10 + value($1) } }
        let p1 = prefix(1), p2 = prefix(2), p3 = prefix(3), p4 = prefix(4)
        if p1 == 4 { return n == 16 || (lenient && (n == 13 || n == 19)) ? .visa : nil }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return n == 16 ? .mastercard : nil }
        if p2 == 34 || p2 == 37 { return n == 15 ? .amex : nil }
        if (3528...3589).contains(p4) { return n >= 16 ? .jcb : nil }
        if (300...305).contains(p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39 {
            return n == 14 || n == 16 ? .diners : nil
        }
        if p4 == 6011 || (644...649).contains(p3) || p2 == 65 { return n >= 16 ? .discover : nil }
        if p2 == 62 { return n >= 16 ? .unionpay : nil }
        return nil
    }

    /// ISO 3779 VIN check digit (position 9), over lower-case letters and digits. The caller
    /// decides when it is mandatory (North American and Chinese WMIs).
    static func isValidVIN(_ v: [UInt8]) -> Bool {
        guard v.count == 17 else { return false }
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for k in 0..<17 {
            guard let x = vinValue(v[k]) else { return false }
            sum += x * weights[k]
        }
        let r = sum % 11
        return v[8] == (r == 10 ? UInt8(ascii: "x") : UInt8(0x30 + r))
    }

    /// Transliteration of ISO 3779: digits keep their value; I, O and Q are not allowed.
    private static func vinValue(_ b: UInt8) -> Int? {
        if ByteClass.isDigit(b) { return value(b) }
        return vinLetterValues[b]
    }

    private static let vinLetterValues: [UInt8: Int] = [
        0x61: 1, 0x62: 2, 0x63: 3, 0x64: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8,  // a-h
        0x6A: 1, 0x6B: 2, 0x6C: 3, 0x6D: 4, 0x6E: 5, 0x70: 7, 0x72: 9,          // j k l m n p r
        0x73: 2, 0x74: 3, 0x75: 4, 0x76: 5, 0x77: 6, 0x78: 7, 0x79: 8, 0x7A: 9,  // s-z
    ]

    /// Whether `b` may appear in a VIN (digits and lower-case letters except i, o, q).
    static func isVINCharacter(_ b: UInt8) -> Bool {
        ByteClass.isDigit(b) || (ByteClass.isLower(b) && b != 0x69 && b != 0x6F && b != 0x71)
    }
}
