package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;

/** IAM: users, invites, roles and user groups (groups need a Business plan). */
final class IamOps {
    private IamOps() {}

    static void register(RouteTable t) {
        t.get("listUsers", "/users", V1, r -> Pagination.standard(r, Ops.data(), "users", r.workspace().collection("users")));
        t.get("getUser", "/users/{userId}", V1, r -> Ops.single("user", Ops.find(r, "users", r.pathParam("userId"))));
        t.get("listInvites", "/invites", V1, r -> Pagination.strings(r, Ops.data(), "invites", r.workspace().invites()));
        t.get("listRoles", "/roles", V1, r -> Pagination.standard(r, Ops.data(), "roles", r.workspace().collection("roles")));
        t.business("listUserGroupsFromUser", "/users/{userId}/groups", V1, r -> {
            String userId = Ops.find(r, "users", r.pathParam("userId")).path("id").asText();
            ResourceList groups = Ops.at(r.workspace(), "user-groups", r.workspace().groupPositionsOfUser(userId));
            return Pagination.standard(r, Ops.data(), "groups", ResourceList.lazy(groups.size(), i -> minimal(groups.get(i))));
        });
        t.business("listUserGroups", "/groups", V1, r -> {
            ResourceList groups = r.workspace().collection("user-groups");
            return Pagination.standard(r, Ops.data(), "userGroups",
                    ResourceList.lazy(groups.size(), i -> withMembers(r.workspace(), groups.get(i))));
        });
        t.business("getUserGroup", "/groups/{userGroupId}", V1, r ->
                Ops.single("userGroup", withMembers(r.workspace(), Ops.find(r, "user-groups", r.pathParam("userGroupId")))));
        t.business("listUsersFromUserGroup", "/groups/{userGroupId}/users", V1, r -> {
            String groupId = Ops.find(r, "user-groups", r.pathParam("userGroupId")).path("id").asText();
            ResourceList users = Ops.at(r.workspace(), "users", r.workspace().userPositionsOfGroup(groupId));
            return Pagination.standard(r, Ops.data(), "users", ResourceList.lazy(users.size(), i -> minimalUser(users.get(i))));
        });
        t.business("listInvitesFromUserGroup", "/groups/{userGroupId}/invites", V1, r -> {
            String groupId = Ops.find(r, "user-groups", r.pathParam("userGroupId")).path("id").asText();
            return Pagination.strings(r, Ops.data(), "emails", r.workspace().invitesOfGroup(groupId));
        });
    }

    /** memberCount is derived, so it always equals what listUsersFromUserGroup pages through. */
    private static ObjectNode withMembers(Workspace w, ObjectNode group) {
        group.put("memberCount", w.userPositionsOfGroup(group.path("id").asText()).size());
        return group;
    }

    private static ObjectNode minimal(ObjectNode group) {
        return Ops.data().put("id", group.path("id").asText()).put("name", group.path("name").asText());
    }

    private static ObjectNode minimalUser(ObjectNode user) {
        return Ops.data().put("id", user.path("id").asText()).put("name", user.path("name").asText())
                .put("email", user.path("email").asText());
    }
}
