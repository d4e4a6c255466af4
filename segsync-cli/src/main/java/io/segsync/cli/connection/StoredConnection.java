package io.segsync.cli.connection;

import io.segsync.api.ApiUrl;

/**
 * A connection as stored: where the API is and where its token comes from. The token itself is
 * either encrypted here or kept outside segsync (an environment variable or a file).
 *
 * @param name             the user's name for it
 * @param apiUrl           the API root
 * @param allowCustomHost  whether a non-Segment https host was explicitly allowed
 * @param tokenSource      {@code encrypted}, {@code env} or {@code file}
 * @param tokenRef         the ciphertext, the variable name, or the file path
 */
public record StoredConnection(String name, ApiUrl apiUrl, boolean allowCustomHost, String tokenSource, String tokenRef) {
    public static final String ENCRYPTED = "encrypted";
    public static final String ENV = "env";
    public static final String FILE = "file";

    /** Where the token comes from, in words safe to print. */
    public String describeTokenSource() {
        switch (tokenSource) {
            case ENV: return "environment variable " + tokenRef;
            case FILE: return "file " + tokenRef;
            default: return "stored encrypted";
        }
    }
}
