/// What a finding is: the labels of `ANNOTATION.md`, a closed set.
public enum Label: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    // Identifiers
    case phone = "PHONE"
    case plate = "PLATE"
    case email = "EMAIL"
    case postalCode = "POSTAL_CODE"
    case address = "ADDRESS"
    case person = "PERSON"
    case birthdate = "BIRTHDATE"
    case myNumber = "MY_NUMBER"
    case card = "CARD"
    case bankAccount = "BANK_ACCOUNT"
    case driverLicense = "DRIVER_LICENSE"
    case passport = "PASSPORT"
    case residenceCard = "RESIDENCE_CARD"
    case vin = "VIN"
    // Special care (要配慮個人情報)
    case race = "RACE"
    case creed = "CREED"
    case socialStatus = "SOCIAL_STATUS"
    case medical = "MEDICAL"
    case disability = "DISABILITY"
    case criminal = "CRIMINAL"
    case crimeVictim = "CRIME_VICTIM"
    // Financial-sector sensitive information (金融分野ガイドライン 5条)
    case union = "UNION"
    case familyOrigin = "FAMILY_ORIGIN"
    case sexLife = "SEX_LIFE"

    public enum Group: String, CaseIterable, Sendable, Codable {
        case identifiers, specialCare = "special-care", financial = "financial-sector"
    }

    public var group: Group {
        switch self {
        case .race, .creed, .socialStatus, .medical, .disability, .criminal, .crimeVictim: .specialCare
        case .union, .familyOrigin, .sexLife: .financial
        default: .identifiers
        }
    }

    /// Whether the label is sensitive information whose mere category is itself a fact about
    /// a person (so a placeholder must not name the category by default).
    public var isSensitiveCategory: Bool { group != .identifiers }

    /// The Japanese name used in placeholders: ［電話番号］.
    public var japaneseName: String {
        switch self {
        case .phone: "電話番号"
        case .plate: "車両番号"
        case .email: "メールアドレス"
        case .postalCode: "郵便番号"
        case .address: "住所"
        case .person: "氏名"
        case .birthdate: "生年月日"
        case .myNumber: "個人番号"
        case .card: "カード番号"
        case .bankAccount: "口座番号"
        case .driverLicense: "運転免許証番号"
        case .passport: "旅券番号"
        case .residenceCard: "在留カード番号"
        case .vin: "車台番号"
        case .race: "人種・民族"
        case .creed: "信条"
        case .socialStatus: "社会的身分"
        case .medical: "病歴等"
        case .disability: "障害"
        case .criminal: "犯罪歴等"
        case .crimeVictim: "犯罪被害"
        case .union: "労働組合"
        case .familyOrigin: "門地・本籍地"
        case .sexLife: "性生活等"
        }
    }

    /// One line on what the label covers (ANNOTATION.md).
    public var summary: String {
        switch self {
        case .phone: "a telephone number of any Japanese kind (fixed, mobile, 050, 0120/0800, 0570) or +81 form"
        case .plate: "a vehicle registration plate (地名, 分類番号, かな, 一連指定番号)"
        case .email: "an e-mail address, including ＠/(at)/アットマーク forms"
        case .postalCode: "a 7-digit postal code"
        case .address: "a postal address precise enough to find a house, with building and room"
        case .person: "a person's name, family and/or given, in any script"
        case .birthdate: "a date of birth, when stated as one"
        case .myNumber: "an Individual Number (12 digits, valid check digit)"
        case .card: "a payment card number (Luhn-valid)"
        case .bankAccount: "a bank account number, with or without branch"
        case .driverLicense: "a driver's licence number (12 digits)"
        case .passport: "a passport number"
        case .residenceCard: "a residence card (在留カード) number"
        case .vin: "a chassis number (車台番号) or a 17-character VIN"
        case .race: "race, ethnicity, ethnic origin (人種・民族); not nationality alone"
        case .creed: "religious, philosophical or political belief, and membership that shows it"
        case .socialStatus: "social status one cannot leave by one's own will"
        case .medical: "medical history, health-check results, treatment, prescription, genome data"
        case .disability: "physical, intellectual or mental disability, and the certificates that show one"
        case .criminal: "criminal record, arrest, prosecution, juvenile protection cases"
        case .crimeVictim: "having suffered harm from a crime (theft, hit-and-run, fraud, assault, stalking)"
        case .union: "trade-union membership"
        case .familyOrigin: "門地 (lineage) and 本籍地 (registered domicile)"
        case .sexLife: "sexual life and orientation"
        }
    }

    /// Whether the label's values are numbers, so that a leak check compares digits.
    public var isNumeric: Bool {
        switch self {
        case .phone, .postalCode, .myNumber, .card, .bankAccount, .driverLicense: true
        default: false
        }
    }

    /// Labels sort in declaration order (the order of `allCases`).
    public static func < (lhs: Label, rhs: Label) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// The label's index in `allCases`, as a switch: sorts compare labels in their comparators,
    /// and `allCases.firstIndex` built and searched an array at every comparison.
    private var ordinal: Int {
        switch self {
        case .phone: 0
        case .plate: 1
        case .email: 2
        case .postalCode: 3
        case .address: 4
        case .person: 5
        case .birthdate: 6
        case .myNumber: 7
        case .card: 8
        case .bankAccount: 9
        case .driverLicense: 10
        case .passport: 11
        case .residenceCard: 12
        case .vin: 13
        case .race: 14
        case .creed: 15
        case .socialStatus: 16
        case .medical: 17
        case .disability: 18
        case .criminal: 19
        case .crimeVictim: 20
        case .union: 21
        case .familyOrigin: 22
        case .sexLife: 23
        }
    }
}
