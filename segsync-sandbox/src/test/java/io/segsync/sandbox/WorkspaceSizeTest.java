package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.data.WorkspaceSize;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sizes: presets, explicit counts, lazy generation at scale, consistency and determinism. */
class WorkspaceSizeTest {

    @Test
    void presetsAndExplicitCountsParse() {
        assertThat(WorkspaceSize.named("small")).isEqualTo(WorkspaceSize.SMALL);
        WorkspaceSize custom = WorkspaceSize.parse("sources=5000,destinations=20000,audit-events=1000000");
        assertThat(custom.sources()).isEqualTo(5000);
        assertThat(custom.destinations()).isEqualTo(20000);
        assertThat(custom.auditEvents()).isEqualTo(1_000_000);
        assertThat(custom.users()).isEqualTo(WorkspaceSize.SMALL.users());
        assertThat(WorkspaceSize.parse("large,audit-events=7").auditEvents()).isEqualTo(7);
        assertThat(WorkspaceSize.parse("large,audit-events=7").sources()).isEqualTo(WorkspaceSize.LARGE.sources());
        assertThatThrownBy(() -> WorkspaceSize.parse("huge")).hasMessageContaining("unknown workspace size 'huge'");
        assertThatThrownBy(() -> WorkspaceSize.parse("sourcez=3")).hasMessageContaining("unknown count 'sourcez'");
        assertThatThrownBy(() -> WorkspaceSize.parse("sources=-1")).hasMessageContaining("whole number");
    }

    @Test
    void countsHaveAKeyForEveryCollection() {
        Workspace w = WorkspaceGenerator.generate(1, WorkspaceSize.TINY);
        assertThat(w.counts()).containsKeys("sources", "destinations", "warehouses", "tracking-plans", "tracking-plan-rules",
                "labels", "users", "audit-events", "user-groups", "roles", "invites", "functions", "transformations", "spaces",
                "audiences", "computed-traits", "reverse-etl-models", "regulations", "credentials");
        assertThat(w.counts().get("tracking-plan-rules")).isEqualTo(6L);
    }

    @Test
    void hugeWorkspacesAreLazyAndConsistent() throws Exception {
        WorkspaceSize size = WorkspaceSize.parse("large,sources=5000,destinations=20000,audit-events=1000000");
        long started = System.nanoTime();
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(4).withSize(size))) {
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("sandbox with " + size.sources() + " sources, " + size.destinations() + " destinations, "
                    + size.auditEvents() + " audit events started in " + startMillis + " ms");
            JsonNode last = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=1000&pagination.cursor="
                    + SampleRequests.enc(io.segsync.sandbox.http.Pagination.encode(999_000)), sandbox.token()).json().path("data");
            assertThat(last.path("events")).hasSize(1000);
            assertThat(last.path("pagination").has("next")).isFalse();
            assertThat(last.path("pagination").path("totalEntries").asLong()).isEqualTo(1_000_000);
            Set<String> sources = new HashSet<>(sandbox.workspace().resources("sources").ids());
            JsonNode destinations = Http.get(sandbox.baseUrl(), "/destinations?pagination.count=1000&pagination.cursor="
                    + SampleRequests.enc(io.segsync.sandbox.http.Pagination.encode(19_000)), sandbox.token()).json().path("data").path("destinations");
            assertThat(destinations).hasSize(1000);
            destinations.forEach(d -> assertThat(sources).contains(d.path("sourceId").asText()));
            last.path("events").forEach(e -> {
                if (e.path("resourceType").asText().equals("source")) {
                    assertThat(sources).contains(e.path("resourceId").asText());
                }
            });
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        Workspace a = WorkspaceGenerator.generate(9, WorkspaceSize.SMALL);
        Workspace b = WorkspaceGenerator.generate(9, WorkspaceSize.SMALL);
        Workspace c = WorkspaceGenerator.generate(10, WorkspaceSize.SMALL);
        for (String name : new String[] {"sources", "destinations", "audit-events", "users", "functions", "spaces"}) {
            assertThat(a.collection(name).get(1)).isEqualTo(b.collection(name).get(1));
            assertThat(a.collection(name).get(1)).isNotEqualTo(c.collection(name).get(1));
        }
    }
}
