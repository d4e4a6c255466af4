package io.segsync.target.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The task's bookkeeping inside the target, as in DuckDB: {@code _segsync_state} (per-stream state)
 * and {@code _segsync_task} (the last committed change sequence). Writes run inside the caller's
 * transaction, so state is committed with the data it describes.
 */
final class MetaTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEQ_KEY = "last_change_seq";
    static final TableSchema STATE = new TableSchema(StagingNames.STATE, List.of(
            column("stream", ColumnType.STRING), column("method", ColumnType.STRING), column("state", ColumnType.JSON),
            column("run_id", ColumnType.STRING), column("updated_at", ColumnType.TIMESTAMP)), List.of("stream"));
    static final TableSchema TASK = new TableSchema(StagingNames.TASK, List.of(
            column("key", ColumnType.STRING), column("value", ColumnType.STRING)), List.of("key"));

    private final Connection connection;
    private final Dialect dialect;
    private final RunInfo run;
    private final String state;
    private final String task;

    MetaTables(Connection connection, Dialect dialect, RunInfo run) {
        this.connection = connection;
        this.dialect = dialect;
        this.run = run;
        this.state = dialect.qualified(run.namespace(), StagingNames.STATE);
        this.task = dialect.qualified(run.namespace(), StagingNames.TASK);
        Ddl ddl = new Ddl(dialect);
        try (Statement st = connection.createStatement()) {
            st.execute(ddl.createTable(run.namespace(), StagingNames.STATE, STATE, true, true));
            st.execute(ddl.createTable(run.namespace(), StagingNames.TASK, TASK, true, true));
        } catch (SQLException e) {
            throw new TargetException(dialect.product() + " could not create segsync's state tables in '" + run.namespace()
                    + "': " + e.getMessage(), e);
        }
    }

    private static Column column(String name, ColumnType type) {
        return new Column(name, "", type, false);
    }

    void writeState(StreamState s) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect.upsert(state, Ddl.names(STATE.columns()), STATE.primaryKey()))) {
            ps.setString(1, s.stream());
            ps.setString(2, s.method());
            dialect.bindJson(ps, 3, JSON.writeValueAsString(s.value()));
            ps.setString(4, run.runId());
            dialect.bind(ps, 5, run.startedAt());
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("state is not serialisable", e);
        }
    }

    Optional<StreamState> readState(String stream) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + dialect.quote("method") + ", " + dialect.quote("state")
                + " FROM " + state + " WHERE " + dialect.quote("stream") + " = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode value = JSON.readTree(rs.getString(2));
                return Optional.of(new StreamState(stream, rs.getString(1), (ObjectNode) value));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new TargetException(dialect.product() + " could not read the state of " + stream + ": " + e.getMessage(), e);
        }
    }

    void writeChangeSeq(long value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect.upsert(task, Ddl.names(TASK.columns()), TASK.primaryKey()))) {
            ps.setString(1, SEQ_KEY);
            ps.setString(2, Long.toString(value));
            ps.executeUpdate();
        }
    }

    long lastChangeSeq() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + dialect.quote("value") + " FROM " + task
                + " WHERE " + dialect.quote("key") + " = ?")) {
            ps.setString(1, SEQ_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        } catch (SQLException e) {
            throw new TargetException(dialect.product() + " could not read the change sequence: " + e.getMessage(), e);
        }
    }
}
