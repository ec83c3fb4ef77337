#include "CSuminuriICU.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utypes.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace {

// Converters are opened per call rather than cached: a UConverter carries shift state and is
// not thread-safe, and ICU already caches the shared mapping tables behind ucnv_open.
struct ConverterHandle {
    UConverter *converter = nullptr;
    ~ConverterHandle() {
        if (converter != nullptr) ucnv_close(converter);
    }
};

// Sequences ICU reports as bad input rather than as a failure of ICU itself.
int32_t conversionErrorKind(UErrorCode status) {
    switch (status) {
    case U_INVALID_CHAR_FOUND:
        return SM_DECODE_UNMAPPABLE;
    case U_TRUNCATED_CHAR_FOUND:
        return SM_DECODE_TRUNCATED;
    case U_ILLEGAL_CHAR_FOUND:
    case U_ILLEGAL_ESCAPE_SEQUENCE:
    case U_UNSUPPORTED_ESCAPE_SEQUENCE:
        return SM_DECODE_ILLEGAL;
    default:
        return SM_DECODE_OK;
    }
}

void appendReplacement(std::string &out) { out.append("\xEF\xBF\xBD"); }

// UTF-16 → UTF-8 by hand (instead of u_strToUTF8) so that the output can grow past INT32_MAX
// and a surrogate pair split across two conversion chunks is carried over, not broken.
// Returns the number of lone surrogates met (each written as U+FFFD).
int64_t appendUTF8(std::string &out, const UChar *units, const UChar *end, UChar &pendingHigh) {
    int64_t lone = 0;
    for (const UChar *p = units; p < end; ++p) {
        uint32_t c = *p;
        if (pendingHigh != 0) {
            if (c >= 0xDC00 && c <= 0xDFFF) {
                c = 0x10000 + (((uint32_t)pendingHigh - 0xD800) << 10) + (c - 0xDC00);
                pendingHigh = 0;
                out.push_back((char)(0xF0 | (c >> 18)));
                out.push_back((char)(0x80 | ((c >> 12) & 0x3F)));
                out.push_back((char)(0x80 | ((c >> 6) & 0x3F)));
                out.push_back((char)(0x80 | (c & 0x3F)));
                continue;
            }
            pendingHigh = 0;
            appendReplacement(out);
            ++lone;
        }
        if (c < 0x80) {
            out.push_back((char)c);
        } else if (c < 0x800) {
            out.push_back((char)(0xC0 | (c >> 6)));
            out.push_back((char)(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c <= 0xDBFF) {
            pendingHigh = (UChar)c;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            appendReplacement(out);
            ++lone;
        } else {
            out.push_back((char)(0xE0 | (c >> 12)));
            out.push_back((char)(0x80 | ((c >> 6) & 0x3F)));
            out.push_back((char)(0x80 | (c & 0x3F)));
        }
    }
    return lone;
}

void fail(sm_decode_result &result, int32_t kind, UErrorCode status) {
    result.status = kind;
    result.icu_status = (int32_t)status;
}

} // namespace

sm_decode_result sm_decode_to_utf8(const char *charset, const uint8_t *source, int64_t length,
                                   int32_t lenient) {
    sm_decode_result result = {nullptr, 0, SM_DECODE_OK, 0, -1, 0, 0};
    if (charset == nullptr || length < 0 || (source == nullptr && length > 0)) {
        fail(result, SM_DECODE_INTERNAL, U_ILLEGAL_ARGUMENT_ERROR);
        return result;
    }
    UErrorCode status = U_ZERO_ERROR;
    ConverterHandle handle;
    handle.converter = ucnv_open(charset, &status);
    if (U_FAILURE(status) || handle.converter == nullptr) {
        fail(result, status == U_FILE_ACCESS_ERROR ? SM_DECODE_NO_CONVERTER : SM_DECODE_INTERNAL, status);
        return result;
    }
    // STOP in both modes: ICU's SUBSTITUTE callback writes U+001A for unmappable bytes in some
    // codepages, and we want every bad sequence located and counted here, so the lenient mode
    // substitutes by itself after each stop and resumes (the converter keeps its shift state).
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(handle.converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        fail(result, SM_DECODE_INTERNAL, status);
        return result;
    }

    const char *begin = (const char *)source;
    const char *cursor = begin;
    const char *end = begin + length;
    const char *lastErrorAt = nullptr;
    UChar chunk[8192];
    UChar pendingHigh = 0;
    std::string out;
    try {
        out.reserve((size_t)length + 16);
        for (;;) {
            UChar *target = chunk;
            status = U_ZERO_ERROR;
            ucnv_toUnicode(handle.converter, &target, chunk + sizeof(chunk) / sizeof(chunk[0]),
                           &cursor, end, nullptr, /*flush*/ true, &status);
            int64_t lone = appendUTF8(out, chunk, target, pendingHigh);
            if (lone > 0) {
                // Not produced by any charset Suminuri maps; kept honest rather than assumed.
                if (!lenient) {
                    fail(result, SM_DECODE_INTERNAL, U_INVALID_CHAR_FOUND);
                    return result;
                }
                result.substitutions += lone;
            }
            if (status == U_BUFFER_OVERFLOW_ERROR) continue;
            int32_t kind = conversionErrorKind(status);
            if (kind == SM_DECODE_OK) {
                if (U_FAILURE(status)) {
                    fail(result, SM_DECODE_INTERNAL, status);
                    return result;
                }
                break; // warnings such as U_AMBIGUOUS_ALIAS_WARNING are not failures
            }
            char invalid[32];
            int8_t invalidLength = (int8_t)sizeof(invalid);
            UErrorCode invalidStatus = U_ZERO_ERROR;
            ucnv_getInvalidChars(handle.converter, invalid, &invalidLength, &invalidStatus);
            if (U_FAILURE(invalidStatus)) invalidLength = 0;
            int64_t offset = (int64_t)(cursor - begin) - invalidLength;
            if (offset < 0) offset = 0;
            if (result.error_offset < 0) {
                result.error_offset = offset;
                result.error_length = invalidLength;
                result.icu_status = (int32_t)status;
                if (!lenient) {
                    result.status = kind;
                    return result;
                }
            }
            // ICU always consumes the bad sequence; this guards against a converter that
            // would not, which would otherwise loop forever.
            if (cursor == lastErrorAt && invalidLength == 0) {
                fail(result, SM_DECODE_INTERNAL, status);
                return result;
            }
            lastErrorAt = cursor;
            if (pendingHigh != 0) {
                pendingHigh = 0;
                appendReplacement(out);
                result.substitutions += 1;
            }
            appendReplacement(out);
            result.substitutions += 1;
        }
        if (pendingHigh != 0) {
            if (!lenient) {
                fail(result, SM_DECODE_INTERNAL, U_INVALID_CHAR_FOUND);
                return result;
            }
            appendReplacement(out);
            result.substitutions += 1;
        }
    } catch (const std::bad_alloc &) {
        fail(result, SM_DECODE_INTERNAL, U_MEMORY_ALLOCATION_ERROR);
        return result;
    }

    if (!out.empty()) {
        result.bytes = (uint8_t *)malloc(out.size());
        if (result.bytes == nullptr) {
            fail(result, SM_DECODE_INTERNAL, U_MEMORY_ALLOCATION_ERROR);
            return result;
        }
        memcpy(result.bytes, out.data(), out.size());
    }
    result.length = (int64_t)out.size();
    result.status = SM_DECODE_OK;
    return result;
}

void sm_decode_result_free(sm_decode_result *result) {
    if (result == nullptr) return;
    free(result->bytes);
    result->bytes = nullptr;
    result->length = 0;
}
