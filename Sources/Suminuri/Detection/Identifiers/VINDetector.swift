import TextNormalization

/// Chassis numbers (VIN), formats.md §3: the Japanese 車台番号 and the 17-character VIN.
///
/// - 車台番号: a model code (a letter, then 1–6 letters and digits, at least one digit) + `-` +
///   a 6–7-digit serial: `E13-012345`, `ZVW30-1234567`, `LA650S-0123456`. Model and engine
///   codes have letters after the hyphen (`6AA-E13`, `DAA-HE12`, `2ZR-FXE`) or none
///   (`HR12DE`, `NV200`); 型式指定番号 and part numbers start with a digit (`12345-0012`,
///   `04465-33450`, `15208-65F0E`). Medium confidence alone, high after `車台番号`.
/// - VIN: 17 characters from `[A-HJ-NPR-Z0-9]` with letters and digits, the last four digits
///   (ISO 3779). The check digit is required for North American and Chinese WMIs (1–5, L);
///   elsewhere a valid one raises the confidence and a failed one does not reject.
/// A negative hotword nearer than any positive one (`型式`, `原動機`, `部品番号`, `証券番号`) vetoes.
struct VINDetector: Detector {
    let labels: Set<Label> = [.vin]

    static let hotwordWindow = 48

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        let tokens = IdentifierScanning.alnumTokensAllowingHyphenTail(in: bytes)
        for token in tokens {
            if let finding = vin(token, context: context) ?? chassis(token, context: context) { result.append(finding) }
        }
        return result
    }

    private func vin(_ token: Range<Int>, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        guard token.count == 17 else { return nil }
        let v = Array(bytes[token])
        guard v.allSatisfy(CheckDigits.isVINCharacter), v.contains(where: ByteClass.isLower),
              v.contains(where: ByteClass.isDigit), v[13...].allSatisfy(ByteClass.isDigit) else { return nil }
        let hot = context.hotwords.evidence(for: .vin, before: token.lowerBound, window: Self.hotwordWindow)
        guard hot.negative == 0 else { return nil }
        let valid = CheckDigits.isValidVIN(v)
        let mandatory = (0x31...0x35).contains(v[0]) || v[0] == UInt8(ascii: "l")
        if mandatory && !valid { return nil }
        let confidence = (valid ? 0.9 : 0.65) + (valid ? 0.05 : 0.25) * hot.positive
        return context.finding(.vin, token, confidence: confidence, rule: valid ? "vin.check-digit" : "vin.shape")
    }

    private func chassis(_ token: Range<Int>, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        guard let dash = bytes[token].firstIndex(of: 0x2D) else { return nil }
        let model = token.lowerBound..<dash
        let serial = (dash + 1)..<token.upperBound
        guard (2...7).contains(model.count), ByteClass.isLower(bytes[model.lowerBound]),
              bytes[model].contains(where: ByteClass.isDigit),
              (6...7).contains(serial.count), IdentifierScanning.allDigits(bytes, serial) else { return nil }
        let hot = context.hotwords.evidence(for: .vin, before: token.lowerBound, window: Self.hotwordWindow)
        guard hot.negative == 0 else { return nil }
        let confidence = 0.7 + 0.25 * hot.positive
        return context.finding(.vin, token, confidence: confidence, rule: hot.positive > 0 ? "vin.chassis.hotword" : "vin.chassis")
    }
}
