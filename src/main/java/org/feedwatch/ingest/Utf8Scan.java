package org.feedwatch.ingest;

/**
 * What a pass over bytes as UTF-8 found: how many well-formed multi-byte sequences and how many bytes that cannot
 * be UTF-8 (stray continuation bytes, bad or overlong sequences, surrogates, truncated sequences).
 */
record Utf8Scan(long multiByte, long invalid) {

    static Utf8Scan of(byte[] bytes) {
        long multiByte = 0;
        long invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                multiByte++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multiByte, invalid);
    }

    /** The length of the well-formed sequence starting at {@code at}, or 0 when there is none (RFC 3629). */
    private static int sequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xff;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            secondMin = lead == 0xe0 ? 0xa0 : 0x80;             // no overlong forms
            secondMax = lead == 0xed ? 0x9f : 0xbf;             // no surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            secondMin = lead == 0xf0 ? 0x90 : 0x80;
            secondMax = lead == 0xf4 ? 0x8f : 0xbf;             // nothing above U+10FFFF
        } else {
            return 0;
        }
        if (at + length > bytes.length) {
            return 0;
        }
        int second = bytes[at + 1] & 0xff;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[at + k] & 0xff;
            if (next < 0x80 || next > 0xbf) {
                return 0;
            }
        }
        return length;
    }
}
