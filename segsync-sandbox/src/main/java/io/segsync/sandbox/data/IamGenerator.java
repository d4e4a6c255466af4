package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/** Users, user groups, roles and invites. Memberships are decided in {@link Workspace} from ids. */
final class IamGenerator extends Gen {
    static final String[] ROLES = {"Workspace Owner", "Workspace Member", "Source Admin", "Source Read-only",
        "Tracking Plan Read-only", "Engage User"};
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Linus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Torvalds"};
    private final ConnectionsGenerator connections;

    IamGenerator(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator connections) {
        super(seed, size, workspaceId);
        this.connections = connections;
    }

    String userEmail(int i) {
        SplittableRandom r = rnd("user", i);
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length + r.nextInt(LAST.length)) % LAST.length];
        return (first + "." + last + "+" + i).toLowerCase() + "@acme.example";
    }

    ObjectNode user(int i) {
        SplittableRandom r = rnd("user", i);
        ObjectNode u = obj();
        u.put("id", id("user", i));
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length + r.nextInt(LAST.length)) % LAST.length];
        u.put("name", first + " " + last);
        u.put("email", userEmail(i));
        u.set("permissions", permissions(r, i == 0 ? 0 : 1 + r.nextInt(ROLES.length - 1)));
        return u;
    }

    private ArrayNode permissions(SplittableRandom r, int role) {
        ArrayNode permissions = arr();
        ObjectNode permission = permissions.addObject();
        permission.put("roleId", roleId(role));
        permission.put("roleName", ROLES[role]);
        ObjectNode resource = permission.putArray("resources").addObject();
        if ((role == 2 || role == 3) && size.sources() > 0) {
            resource.put("id", connections.sourceId(r.nextInt(size.sources())));
            resource.put("type", "SOURCE");
        } else {
            resource.put("id", workspaceId);
            resource.put("type", "WORKSPACE");
        }
        resource.putArray("labels");
        permission.putArray("labels");
        return permissions;
    }

    String roleId(int role) {
        return id("role", role);
    }

    ObjectNode role(int i) {
        ObjectNode role = obj();
        role.put("id", roleId(i));
        role.put("name", ROLES[i]);
        role.put("description", "Grants what a " + ROLES[i] + " needs.");
        return role;
    }

    ObjectNode userGroup(int i) {
        SplittableRandom r = rnd("user-group", i);
        ObjectNode g = obj();
        g.put("id", id("user-group", i));
        g.put("name", capitalize(TEAMS[i % TEAMS.length]) + " team " + i);
        g.put("memberCount", 0);
        g.set("permissions", permissions(r, 1 + r.nextInt(ROLES.length - 1)));
        return g;
    }

    String invite(int i) {
        return "invitee+" + i + "@partner.example";
    }

    int invites() {
        return Math.max(1, size.users() / 5);
    }
}
