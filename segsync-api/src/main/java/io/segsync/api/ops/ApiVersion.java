package io.segsync.api.ops;

/** The version an operation is called with; sent as the {@code Accept} media type. */
public enum ApiVersion {
    V1("application/vnd.segment.v1+json"),
    V1BETA("application/vnd.segment.v1beta+json"),
    V1ALPHA("application/vnd.segment.v1alpha+json");

    private final String mediaType;

    ApiVersion(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
