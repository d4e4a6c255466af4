package io.segsync.target.jdbc;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.TargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;

/** Loads one stream into its full-load staging table; {@link #finish} adds the key if the dialect defers it. */
final class FullLoadLoader implements StreamLoader {
    private final Connection connection;
    private final Dialect dialect;
    private final String namespace;
    private final String stage;
    private TableSchema schema;
    private StageWriter writer;
    private final LongConsumer onFinish;
    private long rowsBefore;

    FullLoadLoader(Connection connection, Dialect dialect, String namespace, String stage, TableSchema schema, LongConsumer onFinish) {
        this.connection = connection;
        this.dialect = dialect;
        this.namespace = namespace;
        this.stage = stage;
        this.schema = schema;
        this.onFinish = onFinish;
        this.writer = dialect.stageWriter(connection, dialect.qualified(namespace, stage), schema.columns());
    }

    @Override
    public void evolve(TableSchema evolved) {
        writer.flush();
        String table = dialect.qualified(namespace, stage);
        try {
            JdbcSchemaChanges.apply(connection, dialect, table, schema, evolved);
        } catch (SQLException e) {
            throw new TargetException(dialect.product() + " could not change the columns of " + schema.table() + ": " + e.getMessage(), e);
        }
        long written = writer.rows();
        schema = evolved;
        writer = dialect.stageWriter(connection, table, evolved.columns());
        rowsBefore += written;
    }

    @Override
    public void write(Row row) {
        writer.add(row.values());
    }

    @Override
    public long finish() {
        writer.flush();
        if (dialect.addKeyAfterLoad()) {
            // One index build after the load is cheaper than maintaining it row by row; a key the API
            // repeated fails here, as it would on insert.
            try (Statement st = connection.createStatement()) {
                st.execute(new Ddl(dialect).addPrimaryKey(namespace, stage, StagingNames.primaryKey(stage), schema));
            } catch (SQLException e) {
                throw new TargetException(dialect.product() + " could not key the staged " + schema.table() + ": " + e.getMessage(), e);
            }
        }
        long rows = rowsBefore + writer.rows();
        onFinish.accept(rows);
        return rows;
    }
}
