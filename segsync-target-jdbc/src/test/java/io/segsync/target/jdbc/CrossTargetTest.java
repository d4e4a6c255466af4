package io.segsync.target.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.change.ChangeTables;
import io.segsync.core.record.TableSchema;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.target.duckdb.DuckDbTarget;
import io.segsync.target.files.FileFormat;
import io.segsync.target.files.FilesTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same syncs into DuckDB (the reference), PostgreSQL, MariaDB and Parquet land identical row sets: every
 * table's rows compared by primary key and every column except the run's own time
 * ({@code _segsync_synced_at}; in change tables the run id and time, and the run time inside a CDC
 * stream position), after normalising types:
 * booleans, timestamps as instants, JSON parsed and compared as trees.
 */
class CrossTargetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RUN_SPECIFIC = Set.of(TableSchema.SYNCED_AT, "header__transaction_id", "header__timestamp");

    @Test
    void aFullLoadLandsTheSameRowsInEveryTarget(@TempDir Path dir) throws Exception {
        String ns = TestDb.freshNamespace();
        Path duck = dir.resolve("ref.duckdb");
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(11).withSize(WorkspaceSize.SMALL))) {
            for (Target target : List.of(new DuckDbTarget(duck), TestDb.POSTGRES.target(), TestDb.MARIADB.target(),
                    new FilesTarget(dir.resolve("lake"), FileFormat.PARQUET))) {
                Sandboxes.sync(sandbox, target, ns, UpdateMethod.FULL_LOAD, 50, io.segsync.core.sync.SyncListener.NONE);
            }
            assertSameRows(duck, dir.resolve("lake"), ns, false);
        } finally {
            TestDb.POSTGRES.drop(ns);
            TestDb.MARIADB.drop(ns);
        }
    }

    @Test
    void cdcRunsLandTheSameRowsAndChangeRowsInEveryTarget(@TempDir Path dir) throws Exception {
        String ns = TestDb.freshNamespace();
        Path duck = dir.resolve("ref.duckdb");
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(13).withSize(Workspaces.BEFORE));
             SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(13).withSize(Workspaces.AFTER)
                     .withToken(before.token()))) {
            for (Target target : List.of(new DuckDbTarget(duck), TestDb.POSTGRES.target(), TestDb.MARIADB.target(),
                    new FilesTarget(dir.resolve("lake"), FileFormat.PARQUET))) {
                Sandboxes.sync(before, target, ns, UpdateMethod.CDC);
                Sandboxes.sync(after, target, ns, UpdateMethod.CDC);
            }
            assertSameRows(duck, dir.resolve("lake"), ns, true);
        } finally {
            TestDb.POSTGRES.drop(ns);
            TestDb.MARIADB.drop(ns);
        }
    }

    private static void assertSameRows(Path duck, Path lake, String ns, boolean changeTables) throws Exception {
        try (Connection d = DriverManager.getConnection("jdbc:duckdb:" + duck);
             Connection p = TestDb.POSTGRES.connect();
             Connection m = TestDb.MARIADB.connect();
             Connection files = parquetAsTables(lake, ns)) {
            int compared = 0;
            for (StreamDefinition stream : Catalog.standard().streams()) {
                TableSchema schema = TableSchema.of(stream);
                List<Table> tables = new ArrayList<>(List.of(new Table(schema.table(), schema.columns(), schema.primaryKey())));
                if (changeTables) {
                    // A key has at most one change of each operation over these two runs.
                    List<String> key = new ArrayList<>(schema.primaryKey());
                    key.add("header__change_oper");
                    tables.add(new Table(ChangeTables.tableName(schema), ChangeTables.columns(schema), key));
                }
                for (Table table : tables) {
                    Map<String, Map<String, Object>> reference = table.read(d, ns, "\"", TestDb.POSTGRES);
                    assertThat(reference).as(table.name + " in DuckDB").isNotEmpty();
                    assertThat(table.read(p, ns, "\"", TestDb.POSTGRES)).as(table.name + " in PostgreSQL").isEqualTo(reference);
                    assertThat(table.read(m, ns, "`", TestDb.MARIADB)).as(table.name + " in MariaDB").isEqualTo(reference);
                    assertThat(table.read(files, ns, "\"", TestDb.POSTGRES)).as(table.name + " in Parquet").isEqualTo(reference);
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(Catalog.standard().streams().size() * (changeTables ? 2 : 1));
        }
    }

    /** The Parquet folders as DuckDB views, read the way any engine reads them: every file in the folder. */
    private static Connection parquetAsTables(Path lake, String ns) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA \"" + ns + "\"");
            try (java.nio.file.DirectoryStream<Path> folders = java.nio.file.Files.newDirectoryStream(lake, java.nio.file.Files::isDirectory)) {
                for (Path folder : folders) {
                    String table = folder.getFileName().toString();
                    if (!table.startsWith(".")) {
                        st.execute("CREATE VIEW \"" + ns + "\".\"" + table + "\" AS SELECT * FROM read_parquet('" + folder + "/*.parquet')");
                    }
                }
            } catch (java.io.IOException e) {
                throw new SQLException("cannot list " + lake, e);
            }
        }
        return c;
    }

    private record Table(String name, List<Column> columns, List<String> key) {
        /** Rows by key, each a map of comparable values. */
        Map<String, Map<String, Object>> read(Connection c, String ns, String quote, TestDb dialectOf) throws SQLException {
            StringJoiner select = new StringJoiner(", ");
            columns.forEach(col -> select.add(quote + col.name() + quote));
            Map<String, Map<String, Object>> out = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + select + " from " + ns + "." + quote + name + quote)) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        Column col = columns.get(i);
                        if (!RUN_SPECIFIC.contains(col.name())) {
                            row.put(col.name(), normalise(rs, i + 1, col));
                        }
                    }
                    StringJoiner k = new StringJoiner("|");
                    key.forEach(part -> k.add(String.valueOf(row.get(part))));
                    assertThat(out.put(k.toString(), row)).as("duplicate key " + k + " in " + name).isNull();
                }
            }
            return out;
        }

        private static Object normalise(ResultSet rs, int index, Column col) throws SQLException {
            Object raw = rs.getObject(index);
            if (raw == null) {
                return null;
            }
            switch (col.type()) {
                case BOOLEAN: return rs.getBoolean(index);
                case BIGINT: return rs.getLong(index);
                case DOUBLE: return rs.getDouble(index);
                case TIMESTAMP:
                    // DuckDB and PostgreSQL return an instant; MariaDB's DATETIME holds UTC wall-clock time.
                    return raw instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                            : rs.getObject(index, OffsetDateTime.class).toInstant();
                case JSON:
                    try {
                        return JSON.readTree(rs.getString(index));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new AssertionError("not JSON: " + rs.getString(index), e);
                    }
                default:
                    // A CDC position starts with the run's end time ("<instant>|page:3"): keep the page.
                    return col.name().equals("header__stream_position") ? rs.getString(index).replaceFirst("^[0-9T:.Z-]+\\|", "")
                            : rs.getString(index);
            }
        }
    }
}
