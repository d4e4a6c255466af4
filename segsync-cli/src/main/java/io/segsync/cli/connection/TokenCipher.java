package io.segsync.cli.connection;

import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.log.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored tokens with AES-256-GCM. The key comes from {@code SEGSYNC_MASTER_KEY} (base64 of 32
 * bytes), or else from a key file created on first use with owner-only permissions. The connection's
 * name is bound in as associated data, so an encrypted token cannot be moved to another connection.
 */
public final class TokenCipher {
    static final String ENV = "SEGSYNC_MASTER_KEY";
    static final String KEY_FILE = "master.key";
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public static TokenCipher load(Path home, java.util.function.UnaryOperator<String> env) {
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new TokenCipher(decodeKey(fromEnv.strip(), ENV));
        }
        Path keyFile = home.resolve(KEY_FILE);
        try {
            if (!Files.exists(keyFile)) {
                SecureFiles.writeAtomically(keyFile, Base64.getEncoder().encode(newKey()));
            }
            return new TokenCipher(readKeyFile(keyFile));
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot read or create the key file " + keyFile + ": " + e.getMessage());
        }
    }

    static boolean keyFromEnvironment(java.util.function.UnaryOperator<String> env) {
        String fromEnv = env.apply(ENV);
        return fromEnv != null && !fromEnv.isBlank();
    }

    static TokenCipher of(byte[] key) {
        return new TokenCipher(key);
    }

    static byte[] newKey() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return fresh;
    }

    static byte[] readKeyFile(Path keyFile) throws IOException {
        String base64 = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        Redactor.register(base64);
        return decodeKey(base64, keyFile.toString());
    }

    static byte[] decodeKey(String base64, String where) {
        Redactor.register(base64);
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // Reported below with the one message that says how to make a good key.
        }
        throw CliException.usage(where + " must hold 32 random bytes in base64 (make one with: openssl rand -base64 32)");
    }

    public String encrypt(String plaintext, String connectionName) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(connectionName.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether this key opens the stored token, without saying anything when it does not. */
    boolean opens(String stored, String connectionName) {
        try {
            decrypt(stored, connectionName);
            return true;
        } catch (CliException e) {
            return false;
        }
    }

    public String decrypt(String stored, String connectionName) {
        if (!stored.startsWith(PREFIX)) {
            throw CliException.usage("the stored key of connection '" + connectionName + "' is in an unknown format; re-create the connection");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(connectionName.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CliException(ExitCode.AUTH, "the stored key of connection '" + connectionName
                    + "' cannot be decrypted with this master key (was " + ENV + " or master.key changed?); re-create the connection");
        }
    }
}
