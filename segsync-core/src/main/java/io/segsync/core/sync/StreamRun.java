package io.segsync.core.sync;

import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.TargetSession;

/** Everything a stream's update strategy works with in one run. */
record StreamRun(StreamDefinition stream, TableSchema schema, RowMapper mapper, RunInfo run, TargetSession session,
                 StreamReader reader, ChangeSequence sequence, SyncOptions options, SyncListener listener) {}
