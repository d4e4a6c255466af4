package io.segsync.sandbox.data;

/** Segment's data-residency regions; a token only works against its workspace's region. */
public enum Region {
    US("https://api.segmentapis.com"),
    EU("https://eu1.api.segmentapis.com");

    private final String publicUrl;

    Region(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The real Segment URL of the region, for messages; the sandbox serves it on loopback. */
    public String publicUrl() {
        return publicUrl;
    }

    public static Region parse(String value) {
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "us": return US;
            case "eu": case "eu1": return EU;
            default: throw new IllegalArgumentException("unknown region '" + value + "': use us or eu");
        }
    }
}
