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

    /// Whether the label's values are numbers, so that a leak check compares digits.
    public var isNumeric: Bool {
        switch self {
        case .phone, .postalCode, .myNumber, .card, .bankAccount, .driverLicense: true
        default: false
        }
    }

    public static func < (lhs: Label, rhs: Label) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
