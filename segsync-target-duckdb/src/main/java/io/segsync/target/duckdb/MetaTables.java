package io.segsync.target.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The task's bookkeeping inside the target: {@code _segsync_state} (per-stream state) and
 * {@code _segsync_task} (the change sequence). Written inside the caller's transaction.
 */
final class MetaTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEQ_KEY = "last_change_seq";

    private final Connection connection;
    private final RunInfo run;
    private final String state;
    private final String task;
    private boolean stateWritten;

    MetaTables(Connection connection, RunInfo run) {
        this.connection = connection;
        this.run = run;
        this.state = Sql.qualified(run.namespace(), "_segsync_state");
        this.task = Sql.qualified(run.namespace(), "_segsync_task");
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + state + " (stream VARCHAR PRIMARY KEY, method VARCHAR NOT NULL, "
                    + "state JSON NOT NULL, run_id VARCHAR NOT NULL, updated_at TIMESTAMPTZ NOT NULL)");
            st.execute("CREATE TABLE IF NOT EXISTS " + task + " (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not create segsync's state tables: " + e.getMessage(), e);
        }
    }

    void writeState(StreamState s) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO " + state + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.stream());
            ps.setString(2, s.method());
            ps.setString(3, JSON.writeValueAsString(s.value()));
            ps.setString(4, run.runId());
            ps.setObject(5, run.startedAt());
            ps.executeUpdate();
            stateWritten = true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("state is not serialisable", e);
        }
    }

    /** Whether this session wrote any state, i.e. committed any data worth keeping. */
    boolean stateWritten() {
        return stateWritten;
    }

    Optional<StreamState> readState(String stream) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT method, state FROM " + state + " WHERE stream = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode value = JSON.readTree(rs.getString(2));
                return Optional.of(new StreamState(stream, rs.getString(1), (ObjectNode) value));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new TargetException("DuckDB could not read the state of " + stream + ": " + e.getMessage(), e);
        }
    }

    void writeChangeSeq(long value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO " + task + " VALUES (?, ?)")) {
            ps.setString(1, SEQ_KEY);
            ps.setString(2, Long.toString(value));
            ps.executeUpdate();
        }
    }

    long lastChangeSeq() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM " + task + " WHERE key = ?")) {
            ps.setString(1, SEQ_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not read the change sequence: " + e.getMessage(), e);
        }
    }
}
