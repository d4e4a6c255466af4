package io.segsync.cli.lock;

import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.connection.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Keeps two runs of the same task from running at once. It is an OS file lock on
 * {@code $SEGSYNC_HOME/locks/<key>.lock}: the operating system releases it when the holder exits,
 * however it exits, so a crashed or killed run never leaves it stuck. The file's content (pid, start
 * time) is only there to make the refusal message useful; the lock is what counts.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private RunLock(FileChannel channel, FileLock lock, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    /**
     * Takes the lock of {@code key} or refuses with one line (exit code 2).
     *
     * @param what the task in words, for the refusal message
     */
    public static RunLock acquire(Path home, String key, String what) {
        Path file = fileOf(home, key);
        return tryAcquire(home, key).orElseThrow(() -> {
            String holder = holder(file);
            return new CliException(ExitCode.USAGE, what + " is already running" + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + ": wait for it to finish, or stop it; segsync refuses to run the same task twice at once");
        });
    }

    /** Takes the lock of {@code key} if nobody holds it. */
    public static Optional<RunLock> tryAcquire(Path home, String key) {
        Path file = fileOf(home, key);
        FileChannel channel = null;
        try {
            SecureFiles.ensureDirectory(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String holder = "pid " + ProcessHandle.current().pid() + ", since "
                    + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            return Optional.of(new RunLock(channel, lock, file));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CliException(ExitCode.UNEXPECTED, "cannot take the lock " + file + ": " + e.getMessage());
        }
    }

    private static Path fileOf(Path home, String key) {
        return home.resolve("locks").resolve(safe(key) + ".lock");
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Lock keys become file names: anything but letters, digits, '.', '_' and '-' becomes '_'. */
    static String safe(String key) {
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to release.
            }
        }
    }
}
