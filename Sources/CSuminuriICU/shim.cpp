#include "CSuminuriICU.h"

#include <unicode/uversion.h>
#include <unicode/normalizer2.h>
#include <unicode/edits.h>
#include <unicode/bytestream.h>
#include <unicode/uniset.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace icu;

int32_t sm_icu_version(void) {
    UVersionInfo v;
    u_getVersion(v);
    return v[0] * 100 + v[1];
}

namespace {

// Built once; Normalizer2 instances are immutable and thread-safe.
const Normalizer2 *filteredNFKC(UErrorCode &status) {
    static UErrorCode initStatus = U_ZERO_ERROR;
    static const Normalizer2 *instance = [] {
        const Normalizer2 *nfkc = Normalizer2::getNFKCInstance(initStatus);
        if (U_FAILURE(initStatus)) return (const Normalizer2 *)nullptr;
        // Enclosed alphanumerics and circled ideographic numbers stay as written.
        UnicodeSet *keep = new UnicodeSet(
            UnicodeString(u"[^\\u2460-\\u24FF\\u2776-\\u2793\\u3251-\\u325F\\u32B1-\\u32BF]"), initStatus);
        if (U_FAILURE(initStatus)) return (const Normalizer2 *)nullptr;
        keep->freeze();
        return (const Normalizer2 *)new FilteredNormalizer2(*nfkc, *keep);
    }();
    if (U_FAILURE(initStatus)) status = initStatus;
    return instance;
}

UBreakIterator *prototype(int32_t kind, UErrorCode &status) {
    static UErrorCode wordStatus = U_ZERO_ERROR, sentenceStatus = U_ZERO_ERROR;
    static UBreakIterator *word = ubrk_open(UBRK_WORD, "ja", nullptr, 0, &wordStatus);
    static UBreakIterator *sentence = ubrk_open(UBRK_SENTENCE, "ja", nullptr, 0, &sentenceStatus);
    if (kind == SM_BREAK_SENTENCE) {
        if (U_FAILURE(sentenceStatus)) status = sentenceStatus;
        return sentence;
    }
    if (U_FAILURE(wordStatus)) status = wordStatus;
    return word;
}

} // namespace

sm_nfkc_result sm_nfkc_utf8(const uint8_t *source, int32_t length) {
    sm_nfkc_result result = {nullptr, 0, nullptr, 0, 0};
    UErrorCode status = U_ZERO_ERROR;
    const Normalizer2 *normalizer = filteredNFKC(status);
    if (normalizer == nullptr || U_FAILURE(status)) {
        result.status = status == U_ZERO_ERROR ? -1 : (int32_t)status;
        return result;
    }
    std::string out;
    out.reserve((size_t)length + 16);
    StringByteSink<std::string> sink(&out, length);
    Edits edits;
    normalizer->normalizeUTF8(0, StringPiece((const char *)source, length), sink, &edits, status);
    if (U_FAILURE(status)) {
        result.status = (int32_t)status;
        return result;
    }
    std::vector<int32_t> changes;
    Edits::Iterator it = edits.getFineChangesIterator();
    while (it.next(status)) {
        changes.push_back(it.sourceIndex());
        changes.push_back(it.oldLength());
        changes.push_back(it.destinationIndex());
        changes.push_back(it.newLength());
    }
    if (U_FAILURE(status)) {
        result.status = (int32_t)status;
        return result;
    }
    result.length = (int32_t)out.size();
    result.bytes = (uint8_t *)malloc(out.size() + 1);
    if (result.bytes == nullptr) { result.status = -2; return result; }
    memcpy(result.bytes, out.data(), out.size());
    result.edit_count = (int32_t)(changes.size() / 4);
    if (!changes.empty()) {
        result.edits = (int32_t *)malloc(changes.size() * sizeof(int32_t));
        if (result.edits == nullptr) { free(result.bytes); result.bytes = nullptr; result.status = -2; return result; }
        memcpy(result.edits, changes.data(), changes.size() * sizeof(int32_t));
    }
    return result;
}

void sm_nfkc_result_free(sm_nfkc_result *result) {
    if (result == nullptr) return;
    free(result->bytes);
    free(result->edits);
    result->bytes = nullptr;
    result->edits = nullptr;
}

int32_t sm_boundaries(int32_t kind, const uint8_t *source, int32_t length,
                      int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *proto = prototype(kind, status);
    if (proto == nullptr || U_FAILURE(status)) return INT32_MIN;
    UBreakIterator *bi = ubrk_clone(proto, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    UText *text = utext_openUTF8(nullptr, (const char *)source, length, &status);
    if (U_FAILURE(status)) { ubrk_close(bi); return INT32_MIN; }
    ubrk_setUText(bi, text, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi)) {
            if (count < capacity) out[count] = p;
            count++;
        }
    }
    utext_close(text);
    ubrk_close(bi);
    if (U_FAILURE(status)) return INT32_MIN;
    return count <= capacity ? count : -count;
}
