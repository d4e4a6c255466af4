package io.segsync.target.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.change.ChangeOperation;
import io.segsync.core.change.ChangeRecord;
import io.segsync.core.change.ChangeTables;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetSession;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Target SPI driven directly: awkward values round-trip, and an unfinished batch leaves no trace. */
class SessionLevelTest {
    private static final TableSchema SCHEMA = new TableSchema("odd_values", List.of(
            new Column("id", "", ColumnType.STRING, false),
            new Column("text", "", ColumnType.STRING, false),
            new Column("flag", "", ColumnType.BOOLEAN, false),
            new Column("count", "", ColumnType.BIGINT, false),
            new Column("ratio", "", ColumnType.DOUBLE, false),
            new Column("at", "", ColumnType.TIMESTAMP, false),
            new Column("doc", "", ColumnType.JSON, false),
            new Column(TableSchema.SYNCED_AT, "", ColumnType.TIMESTAMP, false),
            new Column(TableSchema.DELETED, "", ColumnType.BOOLEAN, false),
            new Column(TableSchema.ROW_HASH, "", ColumnType.STRING, false)), List.of("id"));
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000, ZoneOffset.UTC);

    /** JSON as the row mapper writes it: canonical (sorted keys, no spaces). */
    private static List<Row> oddRows() {
        return List.of(
                row("tabs\tand\nnewlines", "line one\nline two\r\n\ttabbed \\ backslash \\N not null", true, Long.MAX_VALUE, -1.5e-300,
                        "{\"a\":\"quote \\\" and \\\\ backslash\",\"b\":[1,2.5,null,true],\"nl\":\"x\\ny\\tz\"}"),
                row("unicode-é-漢字-😀", "Ünïcødé ✓ 😀 'single' \"double\" `tick`", false, Long.MIN_VALUE, 1.0e300, "[]"),
                row("nulls", null, null, null, null, null),
                row("Prod ", "trailing space key", true, 0L, 0.0, "{\"nested\":{\"a\":{},\"z\":1}}"),
                row("prod", "differs from 'Prod ' only by case and a space", true, 1L, -0.25, "{}"));
    }

    private static Row row(String id, String text, Boolean flag, Long count, Double ratio, String doc) {
        return new Row(new Object[] {id, text, flag, count, ratio, doc == null ? null : AT, doc, AT, Boolean.FALSE, "hash-" + id});
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void awkwardValuesRoundTripThroughBothWritePaths(TestDb db) throws Exception {
        String ns = TestDb.freshNamespace();
        try {
            try (TargetSession session = db.target().open(RunInfo.start(ns))) {
                StreamLoader loader = session.startFullLoad(SCHEMA);
                oddRows().forEach(loader::write);
                assertThat(loader.finish()).isEqualTo(5);
                session.commit();
            }
            try (TargetSession session = db.target().open(RunInfo.start(ns))) {
                IncrementalWriter writer = session.openIncremental(SCHEMA, true);
                for (Row r : oddRows()) {
                    assertThat(writer.read(RowKey.of(SCHEMA, r))).as("full-load row " + r.get(0)).contains(r);
                }
                assertThat(writer.liveHashes()).hasSize(5);
                // The same values through the incremental path, under other keys.
                for (Row r : oddRows()) {
                    Object[] values = r.values().clone();
                    values[0] = "inc:" + values[0];
                    writer.upsert(new Row(values));
                    writer.change(new ChangeRecord(ChangeRecord.formatSeq(1), ChangeOperation.INSERT, null, "p", "run", AT, new Row(values)));
                }
                writer.checkpoint(StreamState.empty(SCHEMA.table(), "test"), 1);
                for (Row r : oddRows()) {
                    Object[] values = r.values().clone();
                    values[0] = "inc:" + values[0];
                    assertThat(writer.read(new RowKey(List.of(values[0])))).as("incremental row " + values[0]).contains(new Row(values));
                }
                assertThat(writer.liveCount()).isEqualTo(10);
            }
            try (Connection c = db.connect()) {
                assertThat(TestDb.count(c, "select count(*) from " + ns + "." + ChangeTables.tableName(SCHEMA))).isEqualTo(5);
            }
        } finally {
            db.drop(ns);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aBatchNotCheckpointedLeavesNoTrace(TestDb db) throws Exception {
        String ns = TestDb.freshNamespace();
        try {
            // The process "dies" after writing: the session ends without checkpoint, commit or abort.
            try (TargetSession session = db.target().open(RunInfo.start(ns))) {
                IncrementalWriter writer = session.openIncremental(SCHEMA, true);
                for (Row r : oddRows()) {
                    writer.upsert(r);
                    writer.change(new ChangeRecord(ChangeRecord.formatSeq(1), ChangeOperation.INSERT, null, "p", "run", AT, r));
                }
                StreamLoader loader = session.startFullLoad(new TableSchema("other", SCHEMA.columns(), SCHEMA.primaryKey()));
                oddRows().forEach(loader::write);
                loader.finish();
            }
            try (Connection c = db.connect()) {
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".odd_values")).isZero();
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".odd_values__ct")).isZero();
                assertThat(TestDb.count(c, "select count(*) from " + ns + "._segsync_state")).isZero();
                assertThat(TestDb.tables(c, ns)).doesNotContain("other").noneMatch(t -> t.startsWith("_segsync_batch_"));
            }
            // The next run starts clean and commits.
            try (TargetSession session = db.target().open(RunInfo.start(ns))) {
                assertThat(session.lastChangeSeq()).isZero();
                IncrementalWriter writer = session.openIncremental(SCHEMA, true);
                oddRows().forEach(writer::upsert);
                writer.checkpoint(StreamState.empty(SCHEMA.table(), "test"), 0);
                StreamLoader loader = session.startFullLoad(new TableSchema("other", SCHEMA.columns(), SCHEMA.primaryKey()));
                oddRows().forEach(loader::write);
                loader.finish();
                session.commit();
            }
            try (Connection c = db.connect()) {
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".odd_values")).isEqualTo(5);
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".other")).isEqualTo(5);
                assertThat(TestDb.tables(c, ns)).noneMatch(t -> t.startsWith("_segsync_stage_"));
            }
        } finally {
            db.drop(ns);
        }
    }
}
