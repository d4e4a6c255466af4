package io.segsync.sandbox.data;

import java.util.SplittableRandom;

/** Deterministic, Segment-looking identifiers: base62 strings derived from a seed, a kind and an index. */
public final class Ids {
    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {}

    public static String of(long seed, String kind, long index) {
        SplittableRandom random = randomFor(seed, kind, index);
        char[] out = new char[22];
        for (int i = 0; i < out.length; i++) {
            out[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return new String(out);
    }

    /** A random source that depends only on (seed, kind, index), so any element can be regenerated alone. */
    public static SplittableRandom randomFor(long seed, String kind, long index) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001B3L;
        }
        h ^= index * 0xC2B2AE3D27D4EB4FL;
        return new SplittableRandom(h);
    }
}
