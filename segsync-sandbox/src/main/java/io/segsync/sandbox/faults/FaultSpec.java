package io.segsync.sandbox.faults;

import java.util.Locale;

/**
 * Which faults to inject and how often. Rates are probabilities per request; latency is added to
 * every request. Parse with {@link #parse(String)}:
 * {@code latency=50,5xx=0.1,reset=0.02,truncate=0.05,slow=0.1,429=0.05:3,seed=7}.
 */
public record FaultSpec(long seed, int latencyMs, double serverErrorRate, double resetRate, double truncateRate,
                        double slowRate, double burstRate, int burstLength, int slowChunkDelayMs) {

    public FaultSpec {
        for (double rate : new double[] {serverErrorRate, resetRate, truncateRate, slowRate, burstRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("fault rates must be between 0 and 1");
            }
        }
        if (serverErrorRate + resetRate + truncateRate + slowRate + burstRate > 1.0000001) {
            throw new IllegalArgumentException("fault rates must add up to at most 1");
        }
        if (latencyMs < 0 || burstLength < 1 || slowChunkDelayMs < 0) {
            throw new IllegalArgumentException("latency and delays must not be negative, bursts at least 1 long");
        }
    }

    public static FaultSpec none() {
        return new FaultSpec(0, 0, 0, 0, 0, 0, 0, 1, 20);
    }

    public boolean isNone() {
        return latencyMs == 0 && serverErrorRate == 0 && resetRate == 0 && truncateRate == 0 && slowRate == 0 && burstRate == 0;
    }

    public FaultSpec withLatencyMs(int value) {
        return new FaultSpec(seed, value, serverErrorRate, resetRate, truncateRate, slowRate, burstRate, burstLength, slowChunkDelayMs);
    }

    public static FaultSpec parse(String spec) {
        FaultSpec f = none();
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("none")) {
            return f;
        }
        long seed = 0;
        int latency = 0;
        int burstLength = 3;
        int slowDelay = 20;
        double e5 = 0;
        double reset = 0;
        double truncate = 0;
        double slow = 0;
        double burst = 0;
        for (String part : spec.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw bad(spec, "'" + part + "' is not NAME=VALUE");
            }
            String key = p.substring(0, eq);
            String value = p.substring(eq + 1);
            try {
                switch (key) {
                    case "seed": seed = Long.parseLong(value); break;
                    case "latency": latency = Integer.parseInt(value.replace("ms", "")); break;
                    case "5xx": e5 = Double.parseDouble(value); break;
                    case "reset": reset = Double.parseDouble(value); break;
                    case "truncate": truncate = Double.parseDouble(value); break;
                    case "slow": {
                        String[] v = value.split(":");
                        slow = Double.parseDouble(v[0]);
                        if (v.length > 1) {
                            slowDelay = Integer.parseInt(v[1].replace("ms", ""));
                        }
                        break;
                    }
                    case "429": {
                        String[] v = value.split(":");
                        burst = Double.parseDouble(v[0]);
                        if (v.length > 1) {
                            burstLength = Integer.parseInt(v[1]);
                        }
                        break;
                    }
                    default: throw bad(spec, "unknown fault '" + key + "'");
                }
            } catch (NumberFormatException e) {
                throw bad(spec, "'" + part + "' has a bad number");
            }
        }
        try {
            return new FaultSpec(seed, latency, e5, reset, truncate, slow, burst, burstLength, slowDelay);
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("bad fault spec '" + spec + "': " + why
                + "; use e.g. latency=50,5xx=0.1,reset=0.02,truncate=0.05,slow=0.1:20,429=0.05:3,seed=7");
    }
}
