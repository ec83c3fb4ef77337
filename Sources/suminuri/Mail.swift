import ArgumentParser
import Foundation
import Suminuri
import SuminuriMail

/// `suminuri mail`: the filter an MTA runs on every message. Raw message on stdin, redacted
/// message on stdout; on any failure exit 75 (EX_TEMPFAIL, so the MTA defers) with nothing
/// on stdout.
struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Redact one RFC 5322 message (stdin → stdout) for an MTA; fails closed with exit 75.",
        discussion: """
        Every header, text and HTML part and attached message is redacted; parts that cannot \
        be inspected (images, PDF, Office files, archives, TNEF, S/MIME) are replaced by a \
        notice. Exit status: 0 a complete redacted message was written, 75 anything else \
        (nothing is written to stdout then). See README "Mail intake" for Postfix, maildrop \
        and procmail.
        """
    )

    /// EX_TEMPFAIL of sysexits.h: Postfix, maildrop and procmail all defer on it.
    static let tempFail: Int32 = 75

    @OptionGroup var scannerOptions: ScannerOptions

    @Option(help: "Display names in address fields: replace (whole, the default), scan, or keep.")
    var displayNames: MailOptions.DisplayNames = .replace

    @Option(help: "Addresses in address fields: keep (the default) or redact.")
    var addresses: MailOptions.Addresses = .keep

    @Option(help: "Parts that cannot be inspected: notice (replace by a text notice, the default) or refuse (defer the message).")
    var opaqueParts: MailOptions.OpaqueParts = .notice

    @Option(help: ArgumentHelp("Give up (exit 75) after this many seconds; keep it below the MTA's own time limit.", valueName: "seconds"))
    var timeout: Int = 60

    @Option(help: ArgumentHelp("Largest message accepted, in bytes.", valueName: "bytes"))
    var maxMessageBytes: Int = MailLimits.default.messageBytes

    @Option(help: ArgumentHelp("Most MIME parts accepted in one message, nested ones included.", valueName: "n"))
    var maxParts: Int = MailLimits.default.parts

    @Option(help: ArgumentHelp("Deepest nesting of multiparts and attached messages accepted.", valueName: "n"))
    var maxDepth: Int = MailLimits.default.depth

    @Option(help: ArgumentHelp("Longest physical header line accepted, in bytes.", valueName: "bytes"))
    var maxHeaderLine: Int = MailLimits.default.headerLineBytes

    func run() throws {
        // Everything below ends in exit 0 after a complete write, or in exit 75: an error
        // that reached ArgumentParser would become exit 2, which Postfix bounces.
        Watchdog.start(seconds: timeout)
        let output: [UInt8]
        do {
            guard timeout > 0, maxMessageBytes > 0, maxParts > 0, maxDepth >= 0, maxHeaderLine > 0 else {
                Self.fail("invalid limit option")
            }
            let limits = MailLimits(messageBytes: maxMessageBytes, parts: maxParts, depth: maxDepth,
                                    headerLineBytes: maxHeaderLine,
                                    headerFieldBytes: max(maxHeaderLine, MailLimits.default.headerFieldBytes))
            let options = MailOptions(displayNames: displayNames, addresses: addresses, opaqueParts: opaqueParts, limits: limits)
            let redactor = MailRedactor(scanner: try scannerOptions.makeScanner(), policy: try scannerOptions.makePolicy(),
                                        options: options)
            guard let input = Self.readInput(limit: maxMessageBytes) else {
                Self.fail("message size limit \(maxMessageBytes) exceeded")
            }
            output = try redactor.redact(input).bytes
        } catch let error as MailError {
            Self.fail(error.description)
        } catch let error as ValidationError {
            Self.fail("configuration: \(error.message)")
        } catch let error as RuntimeError {
            // Policy, key and dictionary errors: they name files and lines, never message content.
            Self.fail("configuration: \(error)")
        } catch {
            // Other errors come from dictionaries or policy, never from the message.
            Self.fail("internal error (\(type(of: error)))")
        }
        // The message is complete: the watchdog must not cut the write in half.
        Watchdog.stop()
        Self.writeAll(output)
        Foundation.exit(0)
    }

    /// Reads stdin up to `limit` bytes; nil beyond it (read no further: the MTA defers).
    static func readInput(limit: Int) -> [UInt8]? {
        var input: [UInt8] = []
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, size) }
            if count < 0 {
                if errno == EINTR { continue }
                fail("cannot read standard input (errno \(errno))")
            }
            if count == 0 { return input }
            input += buffer[0..<count]
            if input.count > limit { return nil }
        }
    }

    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var done = 0
            while done < buffer.count {
                let written = write(1, buffer.baseAddress! + done, buffer.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    // Part of the message may be out already; the exit status says it is not whole.
                    fail("cannot write standard output (errno \(errno))")
                }
                done += written
            }
        }
    }

    /// One stderr line, never starting with an enhanced status code (Postfix would take
    /// `4.x.x`/`5.x.x` as the reason for its own reply), never holding message content.
    static func fail(_ reason: String) -> Never {
        FileHandle.standardError.write(Data(("suminuri mail: deferred: " + reason + "\n").utf8))
        Foundation.exit(tempFail)
    }
}

extension MailOptions.DisplayNames: ExpressibleByArgument {}
extension MailOptions.Addresses: ExpressibleByArgument {}
extension MailOptions.OpaqueParts: ExpressibleByArgument {}

/// Ends the process with 75 when a message takes too long (a pathological input, a bug that
/// loops). A thread rather than SIGALRM: the scanner's worker threads may have signals
/// blocked, and a thread needs no async-signal-safety reasoning. The lock makes "time is up"
/// and "the output is being written" exclusive, so the watchdog never cuts a write in half.
enum Watchdog {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var writing = false

    static func start(seconds: Int) {
        let deadline = max(1, seconds)
        Thread.detachNewThread {
            sleep(UInt32(deadline))
            lock.lock()
            if writing { lock.unlock(); return }
            let message = Array("suminuri mail: deferred: watchdog time-out\n".utf8)
            message.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
            _exit(75)
        }
    }

    /// Called once the whole output is ready: from now on the watchdog stands down.
    static func stop() {
        lock.lock()
        writing = true
        lock.unlock()
    }
}
