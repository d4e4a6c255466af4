package io.segsync.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.UpdateMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A segsync run in a JVM of its own, so that its peak RSS is its own (scenario 3). The token comes from
 * {@code SEGSYNC_BENCH_TOKEN}. Prints one line {@code bench-result {json}}.
 *
 * <ul>
 *   <li>{@code sync URL TARGET STREAMS}: a full load with the product's engine;</li>
 *   <li>{@code discard URL STREAM}: the transport bound: the same pages fetched with
 *       {@code SegmentClient.forEachPage} and thrown away.</li>
 * </ul>
 */
public final class SyncChild {
    private SyncChild() {}

    public static void main(String[] args) throws Exception {
        String token = System.getenv("SEGSYNC_BENCH_TOKEN");
        ObjectNode out = new ObjectMapper().createObjectNode();
        String url = args[1];
        if (args[0].equals("sync")) {
            List<StreamDefinition> plan = Sync.plan(args[3]);
            Sync.Outcome o = Sync.run(Sync.settings(url, token, Sync.unpaced()), Sync.target(args[2]), UpdateMethod.FULL_LOAD, plan);
            out.put("wallNanos", o.wallNanos()).put("rows", o.result().totalRows()).put("pages", o.pages())
                    .put("rowsWritten", o.rowsWritten()).put("retries", o.retries()).put("status", o.result().status().name());
        } else {
            StreamDefinition stream = Sync.plan(args[2]).get(0);
            AtomicLong rows = new AtomicLong();
            AtomicLong pages = new AtomicLong();
            try (SegmentClient client = new SegmentClient(Sync.settings(url, token, Sync.unpaced()))) {
                client.workspace();
                long start = System.nanoTime();
                client.forEachPage(stream.operation(), Map.of(), Map.of(), page -> {
                    rows.addAndGet(page.items().size());
                    pages.incrementAndGet();
                });
                out.put("wallNanos", System.nanoTime() - start);
            }
            out.put("rows", rows.get()).put("pages", pages.get());
        }
        out.put("vmHwmKb", procStatusKb("VmHWM"));
        System.out.println("bench-result " + out);
        System.out.flush();
        System.exit(0);
    }

    /** A {@code /proc/self/status} figure in kB, -1 where there is no /proc. */
    static long procStatusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
