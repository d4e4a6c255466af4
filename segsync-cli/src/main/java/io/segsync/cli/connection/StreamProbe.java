package io.segsync.cli.connection;

import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.CatalogProbe;
import java.time.Instant;
import java.util.List;

/** {@code connection test}'s count of readable streams: the catalog's probe over every stream. */
final class StreamProbe {
    private StreamProbe() {}

    record Unreadable(String stream, String reason) {}

    record Outcome(int readable, int total, List<Unreadable> unreadable) {}

    /** @param client a client whose page size is 1 */
    static Outcome probe(SegmentClient client) {
        List<CatalogProbe.Result> results = CatalogProbe.probe(client, Catalog.all().streams(), Instant.now());
        List<Unreadable> unreadable = results.stream().filter(r -> !r.readable())
                .map(r -> new Unreadable(r.stream(), r.reason())).toList();
        return new Outcome(results.size() - unreadable.size(), results.size(), unreadable);
    }
}
