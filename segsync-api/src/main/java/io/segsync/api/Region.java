package io.segsync.api;

import java.net.URI;
import java.util.Locale;

/** Segment's data-residency regions and their Public API roots. */
public enum Region {
    US(URI.create("https://api.segmentapis.com")),
    EU(URI.create("https://eu1.api.segmentapis.com"));

    private final URI apiUrl;

    Region(URI apiUrl) {
        this.apiUrl = apiUrl;
    }

    public URI apiUrl() {
        return apiUrl;
    }

    public Region other() {
        return this == US ? EU : US;
    }

    public static Region parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown region '" + name + "': use us or eu");
        }
    }
}
