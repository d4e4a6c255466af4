package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** What every generator shares: the seed, the size, and helpers that keep output deterministic. */
abstract class Gen {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String[] TEAMS = {"growth", "data", "mobile", "web", "marketing", "platform"};
    static final String[] ENVIRONMENTS = {"prod", "staging", "dev"};
    static final String[] EVENTS = {"Order Completed", "Product Viewed", "Signed Up", "Checkout Started", "Cart Viewed",
        "Coupon Applied", "Subscription Renewed", "Page Scrolled"};

    final long seed;
    final WorkspaceSize size;
    final String workspaceId;

    Gen(long seed, WorkspaceSize size, String workspaceId) {
        this.seed = seed;
        this.size = size;
        this.workspaceId = workspaceId;
    }

    String id(String kind, long index) {
        return Ids.of(seed, kind, index);
    }

    SplittableRandom rnd(String kind, long index) {
        return Ids.randomFor(seed, kind, index);
    }

    static ObjectNode obj() {
        return JSON.objectNode();
    }

    static ArrayNode arr() {
        return JSON.arrayNode();
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** A moment before the generation epoch, {@code minDays}..{@code minDays+spanDays} days back. */
    static Instant past(SplittableRandom r, int minDays, int spanDays) {
        return WorkspaceGenerator.EPOCH.minus(minDays + r.nextInt(Math.max(1, spanDays)), ChronoUnit.DAYS)
                .minusSeconds(r.nextInt(86_400));
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
