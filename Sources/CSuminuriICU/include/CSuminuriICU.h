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

#ifdef __cplusplus
}
#endif
#endif
