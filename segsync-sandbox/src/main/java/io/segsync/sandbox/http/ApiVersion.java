package io.segsync.sandbox.http;

import java.util.Locale;

/** The three version levels of the Segment Public API, most stable first. */
public enum ApiVersion {
    V1("v1", "stable"),
    V1BETA("v1beta", "beta"),
    V1ALPHA("v1alpha", "alpha");

    private final String name;
    private final String alias;

    ApiVersion(String name, String alias) {
        this.name = name;
        this.alias = alias;
    }

    public String mediaType() {
        return "application/vnd.segment." + name + "+json";
    }

    /**
     * Reads the version an {@code Accept} header asks for; empty when it asks for none in particular
     * ({@code application/json}, {@code *}{@code /*} or no header), which means "the most stable one".
     */
    public static java.util.Optional<ApiVersion> requested(String accept) {
        if (accept == null) {
            return java.util.Optional.empty();
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        for (ApiVersion v : values()) {
            if (lower.contains("application/vnd.segment." + v.name + "+json")
                    || lower.contains("application/vnd.segment." + v.alias + "+json")) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean isAcceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("application/vnd.segment.") || lower.contains("application/json") || lower.contains("*/*");
    }
}
