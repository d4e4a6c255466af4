package io.segsync.cli;

import io.segsync.cli.lock.RunLock;
import java.nio.file.Path;

/** Run in a second JVM by {@link RunLockTest}: takes a lock, says so, and holds it until killed. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        RunLock lock = RunLock.acquire(Path.of(args[0]), args[1], "the holder");
        System.out.println("locked " + lock.file());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
