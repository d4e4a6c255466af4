package io.segsync.sandbox;

import java.util.Map;

/**
 * Every deliberate difference between the sandbox and the official spec 32.0.5 (openapi.yaml), in
 * one place. The spec predates the live API (73.2.0); where NOTES.md records the newer behaviour the
 * sandbox follows NOTES.md.
 */
final class SpecDifferences {
    private SpecDifferences() {}

    /** Operations of the spec the sandbox does not serve, and why. */
    static final Map<String, String> NOT_SERVED = Map.of(
            "getLatestFromEdgeFunctions", "removed from the live API after 32.0.5 (NOTES §1)");

    /** Operations whose most stable version moved after 32.0.5: the sandbox serves the newer one. */
    static final Map<String, String> VERSION = Map.of(
            "listTransformations", "v1 in 73.2.0 (NOTES §2 'ver' column); 32.0.5 had beta/alpha only",
            "getTransformation", "v1 in 73.2.0 (NOTES §2 'ver' column); 32.0.5 had beta/alpha only");

    /**
     * Request-side differences, which a response schema cannot show: PaginationInput.count max is 1000
     * (200 in 32.0.5); pagination is optional and defaults to 200 (required in 32.0.5); 429 answers carry
     * Retry-After; listAudiences/space filters keep their own maxima (200/10). Response-side additions
     * (fields newer than 32.0.5, e.g. getSource's trackingPlanId, AudienceSummary fields) are extra
     * properties, which the spec's schemas allow.
     */
    static final String REQUEST_SIDE = "pagination.count 1..1000, pagination optional (default 200), Retry-After on 429";
}
