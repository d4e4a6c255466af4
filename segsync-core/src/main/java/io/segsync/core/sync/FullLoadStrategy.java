package io.segsync.core.sync;

import io.segsync.core.target.StreamLoader;
import java.time.Duration;
import java.util.Map;

/** Reads the whole stream into staging; the session publishes it with the run's other streams. */
final class FullLoadStrategy implements UpdateStrategy {
    @Override
    public StreamResult run(StreamRun r) {
        long started = System.nanoTime();
        StreamLoader loader = r.session().startFullLoad(r.schema());
        SchemaFollower schema = new SchemaFollower(r.mapper(), r.schema(), loader::evolve);
        Reconciliation reconciliation = new Reconciliation();
        long[] counts = new long[2];
        r.reader().read(r.stream(), r.mapper(), Map.of(), (rows, records, total, first) -> {
            schema.fit(rows).forEach(loader::write);
            reconciliation.page(total, first);
            counts[0] += rows.size();
            counts[1]++;
            r.listener().pageLoaded(r.stream().name(), counts[0], counts[1], total);
        });
        long landed = loader.finish();
        reconciliation.checkAnnounced(r.stream().name(), counts[0]);
        reconciliation.check(r.stream().name(), counts[0], landed);
        return new StreamResult(r.stream().name(), counts[0], counts[1], Duration.ofNanos(System.nanoTime() - started));
    }
}
