package io.segsync.bench;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.api.limits.RateLimitSettings;
import io.segsync.api.retry.RetryObserver;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import io.segsync.target.duckdb.DuckDbTarget;
import io.segsync.target.files.FilesTarget;
import io.segsync.target.jdbc.JdbcTargets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** One segsync run as the product does it (SyncEngine, the standard catalog), with what a bench needs to count. */
final class Sync {
    /** The namespace the bench writes (PostgreSQL/MariaDB: a schema of its own, not the tests' {@code segment}). */
    static final String NAMESPACE = "segsync_bench";

    private Sync() {}

    /** What a run did, in numbers. */
    record Outcome(RunResult result, long wallNanos, long retries, long retries429) {
        long rowsWritten() {
            return result.streams().stream().mapToLong(s -> s.inserted() + s.updated() + s.deleted()).sum();
        }

        long pages() {
            return result.streams().stream().mapToLong(StreamResult::pages).sum();
        }

        double seconds() {
            return wallNanos / 1e9;
        }
    }

    /** Counts the client's retries, and the 429s among them. */
    static final class Retries implements RetryObserver {
        final AtomicLong all = new AtomicLong();
        final AtomicLong tooMany = new AtomicLong();

        @Override
        public void retrying(String operationId, int attempt, int status, java.time.Duration delay, String reason) {
            all.incrementAndGet();
            if (status == 429) {
                tooMany.incrementAndGet();
            }
        }
    }

    static ClientSettings settings(String url, String token, RateLimitSettings limits) {
        return ClientSettings.of(ApiUrl.parse(url, false), ApiToken.of(token)).withRateLimits(limits);
    }

    /** No proactive pacing at all: for the scenarios whose sandbox enforces no limit. */
    static RateLimitSettings unpaced() {
        return RateLimitSettings.DEFAULTS.withEndpointLimits(false);
    }

    static List<StreamDefinition> plan(String streams) {
        Catalog catalog = Catalog.standard();
        if (streams == null || streams.isBlank() || streams.equals("all")) {
            return catalog.streams();
        }
        return catalog.plan(Set.of(streams.split(",")));
    }

    static Target target(String spec) {
        if (spec.startsWith("duckdb:")) {
            return DuckDbTarget.parse(spec);
        }
        if (spec.startsWith("parquet:") || spec.startsWith("jsonl:")) {
            return FilesTarget.parse(spec);
        }
        return JdbcTargets.parse(spec);
    }

    static SyncOptions options(UpdateMethod method) {
        return new SyncOptions(NAMESPACE, false).withMethod(method, method != UpdateMethod.FULL_LOAD);
    }

    static Outcome run(ClientSettings settings, Target target, UpdateMethod method, List<StreamDefinition> plan) {
        Retries retries = new Retries();
        try (SegmentClient client = new SegmentClient(settings, retries)) {
            long start = System.nanoTime();
            RunResult result = new SyncEngine(client, target, options(method), SyncListener.NONE).run(plan);
            long wall = System.nanoTime() - start;
            return new Outcome(result, wall, retries.all.get(), retries.tooMany.get());
        }
    }

    static void deleteTree(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
