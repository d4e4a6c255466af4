package io.segsync.cli.log;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one choke point that masks secrets in log text: the exact tokens and keys this process has
 * handled (registered as they are read), and anything that looks like a bearer credential or a
 * Segment token, in case one arrives by a path nobody registered.
 */
public final class Redactor {
    static final String MASK = "****";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)(?!\\*{4})[^\\s\"',;]+");
    private static final Pattern SEGMENT_TOKEN = Pattern.compile("\\bsgp_[A-Za-z0-9_\\-.]{4,}");
    /** Shorter values would mask ordinary words; real tokens and keys are far longer. */
    private static final int MIN_SECRET_LENGTH = 8;
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private Redactor() {}

    /** Remember a secret this process holds, so that no log line can carry it. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            SECRETS.add(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return SEGMENT_TOKEN.matcher(out).replaceAll("sgp_" + Matcher.quoteReplacement(MASK));
    }
}
