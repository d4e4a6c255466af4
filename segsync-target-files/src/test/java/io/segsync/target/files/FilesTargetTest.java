package io.segsync.target.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.target.duckdb.DuckDbTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTargetTest {
    private static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    private static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);

    private static void sync(SandboxServer sandbox, Target target, UpdateMethod method) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                .withPageSize(9);
        try (SegmentClient client = new SegmentClient(settings)) {
            new SyncEngine(client, target, SyncOptions.defaults().withMethod(method, method != UpdateMethod.FULL_LOAD), SyncListener.NONE)
                    .run(Catalog.standard().streams());
        }
    }

    @Test
    void parquetAndJsonLinesHoldWhatDuckDbHoldsAfterChanges(@TempDir Path dir) throws Exception {
        Path duck = dir.resolve("ref.duckdb");
        Path parquet = dir.resolve("lake");
        Path jsonl = dir.resolve("jsonl");
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(21).withSize(BEFORE));
             SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(21).withSize(AFTER).withToken(before.token()))) {
            for (SandboxServer s : List.of(before, after)) {
                sync(s, new DuckDbTarget(duck), UpdateMethod.CDC);
                sync(s, new FilesTarget(parquet, FileFormat.PARQUET), UpdateMethod.CDC);
                sync(s, new FilesTarget(jsonl, FileFormat.JSONL), UpdateMethod.CDC);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH '" + duck + "' AS ref (READ_ONLY)");
            }
            for (StreamDefinition stream : Catalog.standard().streams()) {
                for (String table : List.of(stream.name(), stream.name() + "__ct")) {
                    String columns = "* exclude (_segsync_synced_at" + (table.endsWith("__ct") ? ", header__timestamp, header__transaction_id, header__stream_position)" : ")");
                    List<String> reference = rows(c, "select " + columns + " from ref.segment." + table);
                    // Read as plain folders, the way DuckDB or Spark would, without looking at the manifest.
                    assertThat(rows(c, "select " + columns + " from read_parquet('" + parquet + "/" + table + "/*.parquet')"))
                            .as(table + " in parquet").isEqualTo(reference);
                    assertThat(rows(c, "select " + columns + " from read_json('" + jsonl + "/" + table + "/*.jsonl', columns = "
                            + jsonColumns(c, table) + ")"))
                            .as(table + " in jsonl").isEqualTo(reference);
                }
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(parquet.resolve("_segsync_manifest.json").toFile());
        assertThat(manifest.path("tables").path("sources").path("files")).hasSize(1);
        // Only the published generation is left: one file per table folder, no temporary files.
        try (Stream<Path> files = Files.walk(parquet)) {
            List<Path> data = files.filter(p -> !p.toString().contains("/.segsync/")).filter(Files::isRegularFile).toList();
            assertThat(data).allSatisfy(p -> assertThat(p.getFileName().toString()).doesNotStartWith("."));
            assertThat(data).hasSize(1 + 2 * Catalog.standard().streams().size());
        }
    }

    @Test
    void jsonColumnsAreAnnotatedAsJsonInParquet(@TempDir Path dir) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            sync(sandbox, new FilesTarget(dir.resolve("lake"), FileFormat.PARQUET), UpdateMethod.FULL_LOAD);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select logical_type from parquet_schema('" + dir.resolve("lake") + "/sources/*.parquet') where name = 'settings'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).containsIgnoringCase("json");
        }
    }

    private static String jsonColumns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select column_name, column_type from (describe ref.segment." + table + ")")) {
            while (rs.next()) {
                cols.add("'" + rs.getString(1) + "': '" + rs.getString(2) + "'");
            }
        }
        return "{" + String.join(", ", cols) + "}";
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql + " order by all")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof java.time.OffsetDateTime t ? t.toInstant() : v).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
