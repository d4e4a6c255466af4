package io.segsync.api.limits;

import io.segsync.api.ApiToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a token without holding it: a SHA-256 digest of its value. Used as the key of
 * per-token state, so no map, log line or heap dump of that state carries the token itself.
 */
public record TokenFingerprint(String digest) {

    public static TokenFingerprint of(ApiToken token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.reveal().getBytes(StandardCharsets.UTF_8));
            return new TokenFingerprint(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A short form for logs: enough to tell two tokens apart, useless to anyone who wants the token. */
    @Override
    public String toString() {
        return "token#" + digest.substring(0, 8);
    }
}
