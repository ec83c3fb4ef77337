import Crypto
import Foundation
import Suminuri

/// Tokens and digests from HMAC-SHA-256 with a secret key (swift-crypto). The label is part
/// of the message, so one number that is a phone here and an account there gives unrelated
/// tokens; the canonical value (normalised, no spaces or dashes) makes every written form of
/// one value give the same token.
public struct KeyedPseudonymizer: Pseudonymizer {
    /// The key bytes (`SymmetricKey` is not `Sendable`; making one per call is cheap).
    private let key: [UInt8]

    /// A key of at least 16 bytes.
    public init(key: [UInt8]) throws(PseudonymKeyError) {
        guard key.count >= 16 else { throw .tooShort(bytes: key.count) }
        self.key = key
    }

    public func token(for canonicalValue: String, label: Label) -> String {
        String(digest(of: canonicalValue, label: label).prefix(8))
    }

    public func digest(of canonicalValue: String, label: Label) -> String {
        let message = Array((label.rawValue + "\u{1F}" + canonicalValue).utf8)
        return HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)).map { String(format: "%02x", $0) }.joined()
    }

    /// The key from `--key-file` (its bytes, a trailing line break removed) or else from the
    /// environment variable `SUMINURI_PSEUDONYM_KEY`; nil when neither is set. Never from the
    /// command line or the policy file, where it would end up in shell history and in git.
    public static func load(keyFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PseudonymKeyError) -> KeyedPseudonymizer? {
        var bytes: [UInt8]
        if let keyFile {
            guard let data = FileManager.default.contents(atPath: keyFile) else { throw .unreadable(path: keyFile) }
            bytes = Array(data)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        } else if let value = environment["SUMINURI_PSEUDONYM_KEY"], !value.isEmpty {
            bytes = Array(value.utf8)
        } else {
            return nil
        }
        return try KeyedPseudonymizer(key: bytes)
    }
}

/// Why a pseudonym key cannot be used. Never quotes the key.
public enum PseudonymKeyError: Error, CustomStringConvertible, Sendable {
    case tooShort(bytes: Int)
    case unreadable(path: String)

    public var description: String {
        switch self {
        case .tooShort(let bytes): "the pseudonym key has \(bytes) bytes; at least 16 are needed"
        case .unreadable(let path): "cannot read the key file \(path)"
        }
    }
}
