package io.segsync.api.http;

import io.segsync.api.ApiToken;
import java.util.regex.Pattern;

/**
 * Cleans text that came from outside (Segment's error messages, exception texts) before it goes into
 * a message or a log: removes the token wherever it appears, and any bearer credential, and control
 * characters, and keeps it short. One choke point, so nothing echoed back can leak the token.
 */
public final class Redactor {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");
    private static final Pattern SEGMENT_TOKEN = Pattern.compile("sgp_[A-Za-z0-9_\\-.]{8,}");
    private static final int MAX_LENGTH = 300;

    private final String token;

    public Redactor(ApiToken token) {
        this.token = token.reveal();
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replace(token, "****");
        s = BEARER.matcher(s).replaceAll("$1 ****");
        s = SEGMENT_TOKEN.matcher(s).replaceAll("****");
        s = s.replaceAll("\\p{Cntrl}", " ").strip();
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "..." : s;
    }
}
