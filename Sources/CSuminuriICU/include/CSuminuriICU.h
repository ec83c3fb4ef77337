#ifndef CSUMINURI_ICU_H
#define CSUMINURI_ICU_H

/*
 * The only door to system ICU. Plain integer and pointer types only, so that no ICU type
 * reaches a Swift module (system ICU headers clash with Foundation's bundled ICU).
 * All offsets are UTF-8 byte offsets.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ICU version of the library actually linked, as major * 100 + minor (7201 for 72.1). */
int32_t sm_icu_version(void);

/* Result of sm_nfkc_utf8. `edits` holds `edit_count` quadruples
 * (source offset, source length, destination offset, destination length), one per changed
 * region, in order; everything between them is unchanged. status is 0 on success. */
typedef struct {
    uint8_t *bytes;
    int32_t length;
    int32_t *edits;
    int32_t edit_count;
    int32_t status;
} sm_nfkc_result;

/* NFKC over UTF-8, leaving enclosed alphanumerics (①, ⑴, ㉑ ...) untouched so that a list
 * marker never turns into a digit glued onto a number. Invalid UTF-8 must not be passed. */
sm_nfkc_result sm_nfkc_utf8(const uint8_t *source, int32_t length);
void sm_nfkc_result_free(sm_nfkc_result *result);

/* Break kinds for sm_boundaries. */
enum { SM_BREAK_WORD = 0, SM_BREAK_SENTENCE = 1 };

/* Boundaries of the Japanese word or sentence break iterator over UTF-8 text, as byte offsets
 * (including 0 and length). Returns the number of boundaries written, or -(needed) when
 * capacity is too small, or INT32_MIN on an ICU error. */
int32_t sm_boundaries(int32_t kind, const uint8_t *source, int32_t length,
                      int32_t *out, int32_t capacity);

/* ---- Charset conversion (convert.cpp) ---------------------------------------------------- */

/* Outcome kinds of sm_decode_to_utf8. */
enum {
    SM_DECODE_OK = 0,
    SM_DECODE_ILLEGAL = 1,        /* malformed byte sequence (or illegal escape sequence) */
    SM_DECODE_UNMAPPABLE = 2,     /* well-formed, but the charset assigns it no character */
    SM_DECODE_TRUNCATED = 3,      /* the input ends inside a character */
    SM_DECODE_NO_CONVERTER = 4,   /* ICU has no converter by that name */
    SM_DECODE_INTERNAL = 5        /* any other ICU failure, or out of memory; see icu_status */
};

/* Result of sm_decode_to_utf8. `bytes` is valid UTF-8 of `length` bytes (NULL when empty or on
 * error). Offsets count bytes of the *source* (the encoded input), not UTF-8 output bytes.
 * error_offset/error_length locate the first invalid sequence (-1/0 when there is none).
 * substitutions counts the U+FFFD written in lenient mode. No source byte is ever copied into
 * the error fields, so a failure carries no content. */
typedef struct {
    uint8_t *bytes;
    int64_t length;
    int32_t status;
    int32_t icu_status;
    int64_t error_offset;
    int32_t error_length;
    int64_t substitutions;
} sm_decode_result;

/* Converts `length` bytes in ICU charset `charset` (a converter name or alias) to UTF-8.
 * lenient == 0: strict; the first invalid sequence stops the conversion (ICU's STOP callback),
 *               nothing is substituted.
 * lenient != 0: each invalid sequence becomes U+FFFD and is counted; error_offset reports the
 *               first one. Never ICU's default U+001A.
 * Opens its own converter per call: safe to call from any thread. */
sm_decode_result sm_decode_to_utf8(const char *charset, const uint8_t *source, int64_t length,
                                   int32_t lenient);
void sm_decode_result_free(sm_decode_result *result);

#ifdef __cplusplus
}
#endif
#endif
