package io.segsync.core.fault;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in the write path where crash-safety tests stop a run: {@code page}, the steps of a
 * checkpoint and of a publish. Off unless configured, at the cost of one volatile read per point.
 *
 * <p>Configured with the system property {@code segsync.faults} or {@link #configure}, as
 * {@code ACTION:POINT:N}: at the N-th time POINT is reached, {@code fail} throws, and {@code pause}
 * prints {@code SEGSYNC-PAUSED POINT N} on stderr and waits forever, so that a test can kill the
 * process with {@code kill -9} at exactly that point.
 */
public final class FaultPoints {
    public static final String PROPERTY = "segsync.faults";

    private static volatile Plan plan = Plan.parse(System.getProperty(PROPERTY));

    private FaultPoints() {}

    private record Plan(String action, String point, int n, Map<String, AtomicInteger> seen) {
        static Plan parse(String spec) {
            if (spec == null || spec.isBlank()) {
                return null;
            }
            String[] parts = spec.split(":");
            if (parts.length != 3 || !(parts[0].equals("fail") || parts[0].equals("pause"))) {
                throw new IllegalArgumentException(PROPERTY + " must be fail|pause:POINT:N, was " + spec);
            }
            return new Plan(parts[0], parts[1], Integer.parseInt(parts[2]), new HashMap<>());
        }
    }

    /** Sets (or, with null, clears) the fault plan of this JVM. */
    public static void configure(String spec) {
        plan = Plan.parse(spec);
    }

    /** Marks that the run reached {@code point}. */
    public static void reached(String point) {
        Plan p = plan;
        if (p == null || !p.point().equals(point)) {
            return;
        }
        int count;
        synchronized (p) {
            count = p.seen().computeIfAbsent(point, k -> new AtomicInteger()).incrementAndGet();
        }
        if (count != p.n()) {
            return;
        }
        if (p.action().equals("fail")) {
            throw new InjectedFault(point, count);
        }
        System.err.println("SEGSYNC-PAUSED " + point + " " + count);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Only kill -9 ends this wait: that is what the test is about.
            }
        }
    }

    /** The failure a {@code fail} plan throws. */
    public static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(String point, int n) {
            super("injected fault at " + point + " #" + n);
        }
    }
}
