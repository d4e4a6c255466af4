package io.segsync.cli.connection;

import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.lock.RunLock;
import io.segsync.cli.log.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the master key and re-encrypts every stored token with the new one.
 *
 * <p>With a key file, the order makes a crash at any point recoverable: (1) the new key is written to
 * {@code master.key.new}, (2) the configuration is rewritten under the new key, (3) the new key is
 * renamed over {@code master.key}, which removes the old one. Each step is an atomic file operation.
 * Whoever next opens the store and finds a {@code master.key.new} checks which key the configuration
 * is under: the new one means the crash came after (2), so (3) is finished; otherwise the new key
 * never protected anything and is deleted.
 *
 * <p>With {@code SEGSYNC_MASTER_KEY}, segsync does not own the key: the user brings the new one in
 * another variable, and afterwards sets {@code SEGSYNC_MASTER_KEY} to it.
 */
final class KeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);
    static final String PENDING_SUFFIX = ".new";

    private KeyRotation() {}

    /** How many tokens were re-encrypted, and what the user must do next, if anything. */
    record Outcome(int reencrypted, Optional<String> nextStep) {}

    static Outcome rotate(ConnectionStore store, String newKeyVariable) {
        boolean envKey = TokenCipher.keyFromEnvironment(store.environment());
        if (envKey && newKeyVariable == null) {
            throw CliException.usage(TokenCipher.ENV + " is set, so segsync cannot replace that key itself: make a new key"
                    + " (openssl rand -base64 32), put it in another variable and run"
                    + " 'segsync connection rotate-key --new-key-env VAR'");
        }
        if (!envKey && newKeyVariable != null) {
            throw CliException.usage("--new-key-env is for keys kept in " + TokenCipher.ENV + ", which is not set;"
                    + " without it segsync rotates its own key file: run 'segsync connection rotate-key'");
        }
        try (RunLock lock = store.lockConfiguration()) {
            if (!envKey) {
                recoverLocked(store);
            }
            TokenCipher old = TokenCipher.load(store.home(), store.environment());
            if (envKey) {
                String value = store.env(newKeyVariable);
                if (value == null || value.isBlank()) {
                    throw CliException.usage("the environment variable " + newKeyVariable + " is not set or empty");
                }
                byte[] fresh = TokenCipher.decodeKey(value.strip(), newKeyVariable);
                if (value.strip().equals(store.env(TokenCipher.ENV).strip())) {
                    throw CliException.usage(newKeyVariable + " holds the same key as " + TokenCipher.ENV + ": make a new one");
                }
                Map<String, StoredConnection> reencrypted = reencrypt(store, old, TokenCipher.of(fresh));
                store.write(reencrypted);
                return new Outcome(countEncrypted(reencrypted), Optional.of("now set " + TokenCipher.ENV + " to the value of "
                        + newKeyVariable + " wherever segsync runs: the old key no longer opens the stored tokens"));
            }
            byte[] fresh = TokenCipher.newKey();
            Map<String, StoredConnection> reencrypted = reencrypt(store, old, TokenCipher.of(fresh));
            Path keyFile = store.home().resolve(TokenCipher.KEY_FILE);
            Path pending = pendingOf(keyFile);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            Redactor.register(encoded);
            try {
                SecureFiles.writeAtomically(pending, encoded.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                store.write(reencrypted);
                SecureFiles.move(pending, keyFile);
            } catch (IOException e) {
                throw new CliException(ExitCode.UNEXPECTED, "key rotation stopped (" + e.getMessage()
                        + "); the next segsync command finishes or undoes it");
            }
            LOG.info("master key replaced; {} stored tokens re-encrypted", countEncrypted(reencrypted));
            return new Outcome(countEncrypted(reencrypted), Optional.empty());
        }
    }

    /** Every encrypted token opened with the old key and sealed with the new one, all in memory first. */
    private static Map<String, StoredConnection> reencrypt(ConnectionStore store, TokenCipher old, TokenCipher fresh) {
        Map<String, StoredConnection> out = new LinkedHashMap<>();
        for (StoredConnection c : store.read().values()) {
            if (StoredConnection.ENCRYPTED.equals(c.tokenSource())) {
                String plain = old.decrypt(c.tokenRef(), c.name());
                Redactor.register(plain);
                out.put(c.name(), new StoredConnection(c.name(), c.apiUrl(), c.allowCustomHost(), c.tokenSource(),
                        fresh.encrypt(plain, c.name())));
            } else {
                out.put(c.name(), c);
            }
        }
        return out;
    }

    private static int countEncrypted(Map<String, StoredConnection> all) {
        return (int) all.values().stream().filter(c -> StoredConnection.ENCRYPTED.equals(c.tokenSource())).count();
    }

    static Path pendingOf(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + PENDING_SUFFIX);
    }

    /**
     * Finishes or undoes a rotation a crash interrupted (see the class comment). A rotation running right
     * now in another process holds the configuration lock; its files are its own, so they are left alone.
     */
    static void recover(ConnectionStore store) {
        if (!Files.exists(pendingOf(store.home().resolve(TokenCipher.KEY_FILE)))) {
            return;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(store.home(), ConnectionStore.CONFIGURATION_LOCK);
        if (lock.isPresent()) {
            try (RunLock held = lock.get()) {
                recoverLocked(store);
            }
        }
    }

    private static void recoverLocked(ConnectionStore store) {
        Path keyFile = store.home().resolve(TokenCipher.KEY_FILE);
        Path pending = pendingOf(keyFile);
        if (!Files.exists(pending)) {
            return;
        }
        try {
            byte[] fresh;
            try {
                fresh = TokenCipher.readKeyFile(pending);
            } catch (CliException unreadable) {
                Files.delete(pending);
                LOG.warn("removed an unusable {} left by an interrupted key rotation", pending);
                return;
            }
            Optional<StoredConnection> sample = store.read().values().stream()
                    .filter(c -> StoredConnection.ENCRYPTED.equals(c.tokenSource())).findFirst();
            if (sample.isPresent() && TokenCipher.of(fresh).opens(sample.get().tokenRef(), sample.get().name())) {
                SecureFiles.move(pending, keyFile);
                LOG.warn("finished a key rotation that was interrupted after the tokens were re-encrypted");
            } else {
                Files.delete(pending);
                LOG.warn("undid a key rotation that was interrupted before the tokens were re-encrypted");
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot recover the interrupted key rotation at " + pending + ": " + e.getMessage());
        }
    }
}
