package io.segsync.target.files;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetSession;
import io.segsync.target.duckdb.DuckDbSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes through the working DuckDB session and publishes the files when the run commits. */
final class FilesSession implements TargetSession {
    private final DuckDbSession work;
    private final Publisher publisher;

    FilesSession(DuckDbSession work, Path dir, FileFormat format, RunInfo run) {
        this.work = work;
        this.publisher = new Publisher(work, dir, format, run);
    }

    @Override
    public StreamLoader startFullLoad(TableSchema schema) {
        return work.startFullLoad(schema);
    }

    @Override
    public IncrementalWriter openIncremental(TableSchema schema, boolean changeTables) {
        return work.openIncremental(schema, changeTables);
    }

    @Override
    public void discard(String table) {
        work.discard(table);
    }

    @Override
    public List<Column> existingColumns(String table) {
        return work.existingColumns(table);
    }

    @Override
    public Optional<StreamState> readState(String stream) {
        return work.readState(stream);
    }

    @Override
    public long lastChangeSeq() {
        return work.lastChangeSeq();
    }

    /** Commits the working database, then publishes: new files first, the manifest last. */
    @Override
    public void commit() {
        work.commit();
        publisher.publish();
    }

    @Override
    public void abort() {
        work.abort();
    }

    @Override
    public void close() {
        work.close();
    }
}
