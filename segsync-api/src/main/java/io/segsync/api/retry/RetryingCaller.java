package io.segsync.api.retry;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.segsync.api.error.OperationCancelledException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.ops.Operation;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call's attempts with Failsafe. Each attempt either returns, throws a final
 * {@link SegmentApiException} (not retried), or throws {@link RetryableFailure}. For the latter this
 * class picks the wait (the server's hint if it gave one, else {@link Backoff}) and checks both caps
 * <em>before</em> waiting: past the attempt cap, or if the wait would end past the total-wait cap, the
 * caller gets a {@link TransientApiException} at once instead of a retry that could not happen in time.
 * (Failsafe's own max-duration would instead shorten the last wait, and send a request before the
 * server's Retry-After; its jitter would break the cap. So neither is used.)
 */
public final class RetryingCaller {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingCaller.class);

    private final RetrySettings settings;
    private final Backoff backoff;
    private final RetryObserver observer;

    public RetryingCaller(RetrySettings settings, RetryObserver observer) {
        this.settings = settings;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.observer = observer;
    }

    /** One attempt; {@code attempt} is 1-based. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(int attempt);
    }

    public <T> T call(Operation op, Attempt<T> attempt) {
        long start = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        RetryPolicy<T> policy = RetryPolicy.<T>builder()
                .handle(ScheduledRetry.class)
                // Our own cap fires first; this one only guards against a bug in it.
                .withMaxAttempts(settings.maxAttempts() + 1)
                .withDelayFnOn(ctx -> ((ScheduledRetry) ctx.getLastException()).delay, ScheduledRetry.class)
                .build();
        try {
            return Failsafe.with(policy).get(() -> {
                int n = attempts.incrementAndGet();
                try {
                    return attempt.run(n);
                } catch (RetryableFailure failure) {
                    throw schedule(op, n, failure, Duration.ofNanos(System.nanoTime() - start));
                }
            });
        } catch (ScheduledRetry unexpected) {
            throw giveUp(op, unexpected.failure, attempts.get() + " attempts");
        } catch (FailsafeException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw OperationCancelledException.of(op.id());
            }
            throw new SegmentApiException(op.id(), 0, "", op.id() + " failed: " + e.getCause().getClass().getSimpleName(), null);
        }
    }

    private RuntimeException schedule(Operation op, int attempt, RetryableFailure failure, Duration elapsed) {
        if (attempt >= settings.maxAttempts()) {
            return giveUp(op, failure, attempt + (attempt == 1 ? " attempt" : " attempts"));
        }
        Duration delay;
        String reason;
        if (failure.serverWait().isPresent()) {
            delay = roundUpToMillis(failure.serverWait().get());
            reason = failure.waitSource();
        } else {
            delay = backoff.delay(attempt);
            reason = "backoff";
        }
        if (elapsed.plus(delay).compareTo(settings.maxTotalWait()) > 0) {
            return giveUp(op, failure, attempt + " attempts; the next wait of " + seconds(delay) + " (" + reason
                    + ") would pass the " + seconds(settings.maxTotalWait()) + " limit on one call");
        }
        LOG.info("{}: {}; retrying in {} ({}, attempt {} of {})", op.id(), failure.getMessage(), seconds(delay), reason,
                attempt + 1, settings.maxAttempts());
        observer.retrying(op.id(), attempt, failure.status(), delay, reason);
        return new ScheduledRetry(failure, delay);
    }

    private static TransientApiException giveUp(Operation op, RetryableFailure failure, String after) {
        return new TransientApiException(op.id(), failure.status(), failure.errorType(),
                op.id() + " kept failing and was given up after " + after + "; last: " + failure.getMessage()
                        + ". This usually passes: run again later.", null);
    }

    private static Duration roundUpToMillis(Duration d) {
        long millis = d.toMillis();
        return Duration.ofMillis(d.minusMillis(millis).isZero() ? millis : millis + 1);
    }

    /** A wait as people read it: milliseconds below a second, else seconds with one decimal. */
    public static String seconds(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Tells Failsafe to retry after {@code delay}. */
    private static final class ScheduledRetry extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RetryableFailure failure;
        private final transient Duration delay;

        ScheduledRetry(RetryableFailure failure, Duration delay) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.delay = delay;
        }
    }
}
