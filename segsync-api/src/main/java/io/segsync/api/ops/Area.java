package io.segsync.api.ops;

/**
 * The API areas the operations are grouped by. Titles are the headings of NOTES.md §2, so the
 * cross-check test can match each operation to its table. {@code gating} says what a workspace needs
 * before Segment serves the area (a feature or a plan); it turns a bare 403/404 into advice.
 */
public enum Area {
    WORKSPACE("Workspace", ""),
    SOURCES("Sources", ""),
    DESTINATIONS("Destinations & subscriptions", ""),
    DESTINATION_FILTERS("Destination filters", ""),
    WAREHOUSES("Warehouses", "Business plan (warehouses)"),
    WAREHOUSE_SYNCS("Selective sync / warehouse syncs", "Business plan (warehouses)"),
    CATALOG("Catalog", ""),
    TRACKING_PLANS("Tracking plans (Protocols)", "Protocols feature"),
    TRANSFORMATIONS("Transformations", "Protocols feature"),
    FUNCTIONS("Functions", "Functions feature"),
    IAM_USERS("IAM users / invites", ""),
    IAM_GROUPS("IAM groups", "Business plan (user groups)"),
    IAM_ROLES("IAM roles", ""),
    LABELS("Labels", ""),
    AUDIT_TRAIL("Audit trail", ""),
    CREDENTIALS("Credentials", ""),
    USAGE_API_CALLS("Usage: API calls", ""),
    USAGE_MTU("Usage: MTU", ""),
    EVENT_VOLUME("Monitoring: event volume", ""),
    DELIVERY_OVERVIEW("Monitoring: delivery overview", ""),
    REGULATIONS("Deletion & suppression (regulations)", ""),
    REVERSE_ETL("Reverse ETL", "Reverse ETL feature"),
    SPACES("Engage: spaces", "Engage feature (Spaces, Business plan)"),
    AUDIENCES("Engage: audiences", "Audiences feature (Engage)"),
    ACTIVATIONS("Engage: activations", "Audiences feature (Engage)"),
    COMPUTED_TRAITS("Engage: computed traits", "Computed Traits feature (Engage)"),
    SPACE_FILTERS("Engage: space filters", "Space Filters feature (Engage)"),
    SPACE_SCHEMA("Engage: space schema", "Engage feature (Spaces)"),
    PROFILES_SYNC("Engage: profiles sync", "Engage feature (Profiles Sync)"),
    TESTING("Testing", "");

    private final String title;
    private final String gating;

    Area(String title, String gating) {
        this.title = title;
        this.gating = gating;
    }

    /** The heading of this area in NOTES.md §2. */
    public String title() {
        return title;
    }

    /** What the workspace needs for this area, or empty when every Public API workspace has it. */
    public String gating() {
        return gating;
    }
}
