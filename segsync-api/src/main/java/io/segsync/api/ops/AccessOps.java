package io.segsync.api.ops;

import static io.segsync.api.ops.Area.*;
import static io.segsync.api.ops.Operation.define;

/**
 * GET operations of the Segment Public API (73.2.0): Access: IAM users, groups, roles, labels, the audit trail and credentials.
 * One line per operation, as NOTES.md §2 lists it; {@code OperationsNotesTest} keeps them in step.
 */
public final class AccessOps {
    // IAM users / invites
    public static final Operation GET_USER = define(IAM_USERS, "getUser", "/users/{userId}").single("user");
    public static final Operation LIST_INVITES = define(IAM_USERS, "listInvites", "/invites").list("invites");
    public static final Operation LIST_USER_GROUPS_FROM_USER = define(IAM_USERS, "listUserGroupsFromUser", "/users/{userId}/groups")
            .list("groups");
    public static final Operation LIST_USERS = define(IAM_USERS, "listUsers", "/users").list("users");

    // IAM groups
    public static final Operation GET_USER_GROUP = define(IAM_GROUPS, "getUserGroup", "/groups/{userGroupId}")
            .single("userGroup");
    public static final Operation LIST_INVITES_FROM_USER_GROUP = define(IAM_GROUPS, "listInvitesFromUserGroup", "/groups/{userGroupId}/invites")
            .list("emails");
    public static final Operation LIST_USER_GROUPS = define(IAM_GROUPS, "listUserGroups", "/groups").list("userGroups");
    public static final Operation LIST_USERS_FROM_USER_GROUP = define(IAM_GROUPS, "listUsersFromUserGroup", "/groups/{userGroupId}/users")
            .list("users");

    // IAM roles
    public static final Operation LIST_ROLES = define(IAM_ROLES, "listRoles", "/roles").list("roles");

    // Labels
    public static final Operation LIST_LABELS = define(LABELS, "listLabels", "/labels").unpagedList("labels");

    // Audit trail
    public static final Operation LIST_AUDIT_EVENTS = define(AUDIT_TRAIL, "listAuditEvents", "/audit-events")
            .list("events");

    // Credentials
    public static final Operation GET_CREDENTIAL = define(CREDENTIALS, "getCredential", "/credentials/{credentialId}")
            .single("credential");
    public static final Operation LIST_CREDENTIAL_CONSUMERS = define(CREDENTIALS, "listCredentialConsumers", "/credentials/{credentialId}/consumers")
            .twoCursorLists("warehouses", "sources");
    public static final Operation LIST_CREDENTIALS = define(CREDENTIALS, "listCredentials", "/credentials")
            .list("credentials");


    /** Every operation of this area, for the registry; OperationsNotesTest fails if one is missing. */
    static final java.util.List<Operation> ALL = java.util.List.of(
            GET_USER,
            LIST_INVITES,
            LIST_USER_GROUPS_FROM_USER,
            LIST_USERS,
            GET_USER_GROUP,
            LIST_INVITES_FROM_USER_GROUP,
            LIST_USER_GROUPS,
            LIST_USERS_FROM_USER_GROUP,
            LIST_ROLES,
            LIST_LABELS,
            LIST_AUDIT_EVENTS,
            GET_CREDENTIAL,
            LIST_CREDENTIAL_CONSUMERS,
            LIST_CREDENTIALS);

    private AccessOps() {}
}
