import TextNormalization

/// E-mail addresses (EMAIL): `@` (＠ and ﹫ fold to it), and the written-out forms `(at)`,
/// `[at]`, `<at>`, `アットマーク`, with `(dot)`/`ドット` in the domain.
///
/// The domain ends at its last ASCII top-level label, so Japanese right after the address
/// (`taro@example.jpです`) is not swallowed; Unicode labels (IDN) are accepted before it.
/// File names such as `icon@2x.png` are refused by a list of file extensions.
struct EmailDetector: Detector {
    let labels: Set<Label> = [.email]

    /// Written-out at-signs, normalised (katakana folded to hiragana, ASCII lower-case).
    private static let atTokens: [[UInt8]] = ["@", "(at)", "[at]", "<at>", "{at}", "(あっと)", "(あっとまーく)",
                                              "あっとまーく", "あっと", "★", "☆"].map { Array($0.utf8) }
    private static let dotTokens: [[UInt8]] = [".", "(dot)", "[dot]", "(どっと)", "どっと"].map { Array($0.utf8) }
    private static let fileExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "bmp", "heic", "tif", "tiff", "ico"]

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var i = 0
        var lastEnd = 0
        while i < bytes.count {
            let b = bytes[i]
            // Cheap pre-filter: an at-token starts with '@', '(', '[', '<', '{' or あ (E3 81 82).
            guard b == 0x40 || b == 0x28 || b == 0x5B || b == 0x3C || b == 0x7B || b == 0xE2 || (b == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x81 && bytes[i + 2] == 0x82) else {
                i += 1; continue
            }
            guard i > lastEnd, let token = Self.atTokens.first(where: { Scalars.hasPrefix(bytes, at: i, $0) }) else { i += 1; continue }
            let obfuscated = token.count > 1
            // Local part, leftwards (spaces allowed only around a written-out at).
            var localEnd = i
            let spaceLimit = obfuscated ? 3 : 1
            while localEnd > 0, i - localEnd < spaceLimit, bytes[localEnd - 1] == 0x20 { localEnd -= 1 }
            var localStart = localEnd
            while localStart > lastEnd, Self.isLocalByte(bytes[localStart - 1]) { localStart -= 1 }
            while localStart < localEnd, bytes[localStart] == 0x2E { localStart += 1 }
            guard localStart < localEnd else { i += token.count; continue }
            var domainStart = i + token.count
            while domainStart < bytes.count, domainStart - (i + token.count) < spaceLimit, bytes[domainStart] == 0x20 { domainStart += 1 }
            guard let (domainEnd, tld) = domain(bytes, from: domainStart) else { i += token.count; continue }
            if Self.fileExtensions.contains(tld) { i = domainEnd; continue }
            // A written-out at needs at least something address-like on the left.
            if obfuscated && localEnd - localStart < 2 { i += token.count; continue }
            let confidence = obfuscated ? 0.85 : 0.97
            result.append(context.finding(.email, localStart..<domainEnd, confidence: confidence,
                                          rule: obfuscated ? "email.obfuscated" : "email.address"))
            lastEnd = domainEnd
            i = domainEnd
        }
        return result
    }

    @inline(__always)
    static func isLocalByte(_ b: UInt8) -> Bool {
        ByteClass.isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x2D || b == 0x2B || b == 0x25
            || b == 0x21 || b == 0x23 || b == 0x24 || b == 0x26 || b == 0x27 || b == 0x2A || b == 0x2F
            || b == 0x3D || b == 0x3F || b == 0x5E || b == 0x60 || b == 0x7B || b == 0x7C || b == 0x7D || b == 0x7E
    }

    /// Labels separated by dot tokens; returns the end of the last ASCII top-level label
    /// (two or more letters, or `xn--…`) and that label.
    private func domain(_ bytes: [UInt8], from start: Int) -> (Int, String)? {
        var p = start
        var labels = 0
        var best: (Int, String)? = nil
        while p < bytes.count {
            let labelStart = p
            var ascii = true
            while p < bytes.count {
                let b = bytes[p]
                if ByteClass.isAlnum(b) || b == 0x2D { p += 1; continue }
                // IDN labels: non-ASCII letters, accepted only if a dot follows later.
                if b >= 0xE0, let (scalar, length) = UTF8Scalars.decode(bytes, at: p), scalar.properties.isAlphabetic {
                    ascii = false; p += length; continue
                }
                break
            }
            if p == labelStart { break }
            labels += 1
            let label = bytes[labelStart..<p]
            if labels >= 2 {
                // The ASCII letters a label starts with can end the address: `example.jpです`.
                let letters = label.prefix(while: ByteClass.isLower)
                if ascii, label.count >= 2, label.allSatisfy(ByteClass.isLower) || label.starts(with: Array("xn--".utf8)) {
                    best = (p, String(decoding: label, as: UTF8.self))
                } else if letters.count >= 2 {
                    best = (labelStart + letters.count, String(decoding: letters, as: UTF8.self))
                    if !ascii || letters.count < label.count { break }
                }
            }
            guard let dot = Self.dotTokens.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) else { break }
            p += dot.count
        }
        return best
    }
}
