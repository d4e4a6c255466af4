package io.segsync.core.catalog;

import static io.segsync.core.catalog.Column.of;
import static io.segsync.core.catalog.ColumnType.BIGINT;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;
import static io.segsync.core.catalog.ParentBinding.byId;
import static io.segsync.core.catalog.StreamDefinition.stream;

import io.segsync.api.ops.AccessOps;
import java.util.List;

/** IAM (users, invites, groups, roles), labels, the audit trail and credentials. */
final class AccessStreams {
    private static final String GROUPS_PLAN = "Business plan (user groups)";

    private AccessStreams() {}

    static List<StreamDefinition> all() {
        Column email = Column.named("email", "value", STRING); // invites are plain strings: {"value": ...}
        return List.of(
                stream("users", AccessOps.LIST_USERS)
                        .columns(of("id", STRING), of("name", STRING), of("email", STRING), of("permissions", JSON))
                        .key("id").build(),
                stream("invites", AccessOps.LIST_INVITES).columns(email).key("email").build(),
                stream("user_groups_of_users", AccessOps.LIST_USER_GROUPS_FROM_USER)
                        .child(byId("users", "userId", "user_id")).columns(of("id", STRING), of("name", STRING))
                        .key("user_id", "id").access(GROUPS_PLAN).build(),
                stream("user_groups", AccessOps.LIST_USER_GROUPS)
                        .columns(of("id", STRING), of("name", STRING), of("memberCount", BIGINT), of("permissions", JSON))
                        .key("id").build(),
                stream("user_group_users", AccessOps.LIST_USERS_FROM_USER_GROUP)
                        .child(byId("user_groups", "userGroupId", "user_group_id"))
                        .columns(of("id", STRING), of("name", STRING), of("email", STRING))
                        .key("user_group_id", "id").build(),
                stream("user_group_invites", AccessOps.LIST_INVITES_FROM_USER_GROUP)
                        .child(byId("user_groups", "userGroupId", "user_group_id")).columns(email)
                        .key("user_group_id", "email").build(),
                stream("roles", AccessOps.LIST_ROLES)
                        .columns(of("id", STRING), of("name", STRING), of("description", STRING)).key("id").build(),
                // Labels have no id: key and value together name one.
                stream("labels", AccessOps.LIST_LABELS)
                        .columns(of("key", STRING), of("value", STRING), of("description", STRING)).key("key", "value").build(),
                stream("audit_events", AccessOps.LIST_AUDIT_EVENTS)
                        .columns(of("id", STRING), of("timestamp", TIMESTAMP), of("type", STRING), of("actor", STRING),
                                of("actorEmail", STRING), of("resourceId", STRING), of("resourceType", STRING),
                                of("resourceName", STRING))
                        .key("id").appendOnly("timestamp").access("Business plan (audit trail)").build(),
                stream("credentials", AccessOps.LIST_CREDENTIALS)
                        .columns(of("id", STRING), of("workspaceId", STRING), of("name", STRING),
                                Column.secret("settings", JSON), of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("id").build(),
                // listCredentialConsumers pages two lists with two cursors: one stream per list.
                stream("credential_consumer_warehouses", AccessOps.LIST_CREDENTIAL_CONSUMERS)
                        .child(byId("credentials", "credentialId", "credential_id"))
                        .columns(ConnectionStreams.warehouseColumns()).key("credential_id", "id").build(),
                stream("credential_consumer_sources", AccessOps.LIST_CREDENTIAL_CONSUMERS.subList("sources"))
                        .child(byId("credentials", "credentialId", "credential_id"))
                        .columns(ConnectionStreams.sourceColumns()).key("credential_id", "id").build());
    }
}
