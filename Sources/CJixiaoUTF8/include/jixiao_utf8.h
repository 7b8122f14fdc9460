#ifndef JIXIAO_UTF8_H
#define JIXIAO_UTF8_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The index after the UTF-8 sequence that starts at `p[i]` (`i < n`), or 0 when none does
/// (no sequence ends at 0). Well-formed as the Swift standard library decides it: no overlong
/// form, no surrogate, nothing past U+10FFFF. A NUL byte counts as no sequence.
static inline size_t jixiao_utf8_step(const uint8_t *p, size_t n, size_t i) {
    uint8_t b = p[i];
    if (b < 0x80) return b == 0 ? 0 : i + 1;
    if (b >= 0xE0 && b < 0xF0) {
        if (i + 2 >= n) return 0;
        uint8_t c1 = p[i + 1], c2 = p[i + 2];
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return 0;
        if ((b == 0xE0 && c1 < 0xA0) || (b == 0xED && c1 >= 0xA0)) return 0;
        return i + 3;
    }
    if (b >= 0xC2 && b < 0xE0) {
        if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return 0;
        return i + 2;
    }
    if (b >= 0xF0 && b < 0xF5) {
        if (i + 3 >= n) return 0;
        uint8_t c1 = p[i + 1];
        if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
        if ((b == 0xF0 && c1 < 0x90) || (b == 0xF4 && c1 >= 0x90)) return 0;
        return i + 4;
    }
    return 0;  // a continuation byte where a sequence starts, C0, C1, F5 and up
}

/// `jixiao_utf8_check` sequence by sequence from `i` (a sequence starts there).
static inline int jixiao_utf8_check_from(const uint8_t *p, size_t n, size_t i, int *ascii) {
    while (i < n) {
        size_t next = jixiao_utf8_step(p, n, i);
        if (next == 0) return 0;
        if (next - i > 1) *ascii = 0;
        i = next;
    }
    return 1;
}

/// Whether the `n` bytes at `p` are well-formed UTF-8 without a NUL byte; `*ascii` is set to
/// whether all are below 0x80 (meaningful when they are UTF-8).
///
/// ASCII eight bytes at a time; then, with SSE2, sixteen bytes at a time: a byte is a
/// continuation byte (10xxxxxx) exactly where one of the three bytes before it leads a
/// sequence that reaches it (a lead of two bytes or more one byte back, of three or more two
/// back, of four three back), and no sequence runs past the end. The leads whose next byte
/// has a narrower range (E0: no overlong form; ED: no surrogate; F0, F4: not past U+10FFFF),
/// the bytes never in UTF-8 (C0, C1, F5 and up) and NUL send the text to the sequence-by-
/// sequence check, as do texts under 19 bytes.
static inline int jixiao_utf8_check(const uint8_t *p, size_t n, int *ascii) {
    size_t i = 0;
    *ascii = 1;
    while (i + 8 <= n) {
        uint64_t w;
        __builtin_memcpy(&w, p + i, 8);
        // A byte of 0x80 or more, or a zero byte ((w - 0x01…) & ~w & 0x80… is nonzero exactly
        // when some byte is zero).
        if ((((w - 0x0101010101010101ull) & ~w) | w) & 0x8080808080808080ull) break;
        i += 8;
    }
#if defined(__SSE2__)
    if (i < n && n >= 19) {
        // Sequence by sequence until three bytes of the text stand before `i`.
        while (i < 3) {
            size_t next = jixiao_utf8_step(p, n, i);
            if (next == 0) return 0;
            if (next - i > 1) *ascii = 0;
            i = next;
        }
        const __m128i c0 = _mm_set1_epi8((char)0xC0), e0 = _mm_set1_epi8((char)0xE0);
        const __m128i f0 = _mm_set1_epi8((char)0xF0), ed = _mm_set1_epi8((char)0xED);
        const __m128i x80 = _mm_set1_epi8((char)0x80), xfe = _mm_set1_epi8((char)0xFE);
        const __m128i zero = _mm_setzero_si128();
        __m128i high = zero;
        for (;;) {
            if (i + 16 > n) i = n - 16;  // the last block overlaps the one before
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            __m128i b1 = _mm_loadu_si128((const __m128i *)(p + i - 1));
            __m128i b2 = _mm_loadu_si128((const __m128i *)(p + i - 2));
            __m128i b3 = _mm_loadu_si128((const __m128i *)(p + i - 3));
            // x >= k (unsigned) as max(x, k) == x.
            __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, f0), v), _mm_cmpeq_epi8(v, e0)),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ed), _mm_cmpeq_epi8(_mm_and_si128(v, xfe), c0)),
                             _mm_cmpeq_epi8(v, zero)));
            if (_mm_movemask_epi8(special)) {
                *ascii = 1;
                return jixiao_utf8_check_from(p, n, 0, ascii);
            }
            __m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(v, c0), x80);
            __m128i wanted = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(b1, c0), b1), _mm_cmpeq_epi8(_mm_max_epu8(b2, e0), b2)),
                _mm_cmpeq_epi8(_mm_max_epu8(b3, f0), b3));
            if (_mm_movemask_epi8(_mm_xor_si128(continuation, wanted))) return 0;
            high = _mm_or_si128(high, v);
            if (i + 16 >= n) break;
            i += 16;
        }
        if (_mm_movemask_epi8(high)) *ascii = 0;
        // No sequence cut by the end.
        return !(p[n - 1] >= 0xC0 || p[n - 2] >= 0xE0);
    }
#endif
    return jixiao_utf8_check_from(p, n, i, ascii);
}

#endif
