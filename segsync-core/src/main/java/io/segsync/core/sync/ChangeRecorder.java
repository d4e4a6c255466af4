package io.segsync.core.sync;

import io.segsync.core.change.ChangeMask;
import io.segsync.core.change.ChangeOperation;
import io.segsync.core.change.ChangeRecord;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import java.time.OffsetDateTime;

/**
 * Applies one detected change to a table and, when the task keeps change tables, records it there:
 * one I per insert, a B and a U per update, one D per delete. Counts what it applied.
 */
final class ChangeRecorder {
    private final IncrementalWriter writer;
    private TableSchema schema;
    private final RunInfo run;
    private final ChangeSequence sequence;
    private final boolean changeTables;
    long inserted;
    long updated;
    long deleted;

    ChangeRecorder(IncrementalWriter writer, TableSchema schema, RunInfo run, ChangeSequence sequence, boolean changeTables) {
        this.writer = writer;
        this.schema = schema;
        this.run = run;
        this.sequence = sequence;
        this.changeTables = changeTables;
    }

    /** Follows the table's schema as it evolves during the run. */
    void schema(TableSchema evolved) {
        this.schema = evolved;
    }

    void insert(Row row, String position) {
        writer.upsert(row);
        record(ChangeOperation.INSERT, null, position, row);
        inserted++;
    }

    void update(Row before, Row after, String position) {
        writer.upsert(after);
        if (changeTables) {
            String mask = ChangeMask.of(before, after, schema);
            record(ChangeOperation.BEFOREIMAGE, mask, position, before);
            record(ChangeOperation.UPDATE, mask, position, after);
        }
        updated++;
    }

    void delete(RowKey key, OffsetDateTime at, String position) {
        if (changeTables) {
            Row last = writer.read(key).orElseThrow(() -> new IllegalStateException(schema.table() + ": row " + key + " vanished"));
            Object[] values = new Object[last.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = last.get(i);
            }
            values[schema.indexOf(TableSchema.SYNCED_AT)] = at;
            values[schema.indexOf(TableSchema.DELETED)] = Boolean.TRUE;
            record(ChangeOperation.DELETE, null, position, new Row(values));
        }
        writer.softDelete(key, at);
        deleted++;
    }

    private void record(ChangeOperation op, String mask, String position, Row row) {
        if (changeTables) {
            writer.change(new ChangeRecord(ChangeRecord.formatSeq(sequence.next()), op, mask, position, run.runId(),
                    run.startedAt(), row));
        }
    }
}
