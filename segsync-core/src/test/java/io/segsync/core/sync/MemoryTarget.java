package io.segsync.core.sync;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real, minimal target that keeps published tables in memory: staged on load, visible on commit. */
final class MemoryTarget implements Target {
    final Map<String, List<Row>> published = new LinkedHashMap<>();

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void validate() {}

    @Override
    public TargetSession open(RunInfo run) {
        Map<String, List<Row>> staged = new LinkedHashMap<>();
        return new TargetSession() {
            @Override
            public StreamLoader startFullLoad(TableSchema schema) {
                List<Row> rows = new ArrayList<>();
                return new StreamLoader() {
                    @Override
                    public void write(Row row) {
                        rows.add(row);
                    }

                    @Override
                    public long finish() {
                        staged.put(schema.table(), rows);
                        return rows.size();
                    }
                };
            }

            @Override
            public void commit() {
                published.putAll(staged);
            }

            @Override
            public void abort() {
                staged.clear();
            }

            @Override
            public void close() {}
        };
    }
}
