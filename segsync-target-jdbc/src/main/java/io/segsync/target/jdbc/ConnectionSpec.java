package io.segsync.target.jdbc;

import io.segsync.core.target.TargetException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code --target jdbc:...} URL. It keeps the password only to hand it to the driver and to
 * mask it out of anything printed: {@link #describe()} and {@link #mask(String)} never show it.
 *
 * @param url      the URL as the user gave it
 * @param scheme   {@code postgresql}, {@code mariadb} or {@code mysql}
 * @param server   {@code host[:port]} (a comma-separated list for PostgreSQL fail-over URLs)
 * @param database the database in the URL path, or empty
 * @param user     the user from the query or the user-info part, or null
 * @param password the password, or null
 */
public record ConnectionSpec(String url, String scheme, String server, String database, String user, String password) {
    private static final Pattern URL = Pattern.compile("^jdbc:(postgresql|mariadb|mysql)://(?:([^@/?]*)@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[a-z]+://[^:@/?]*:)[^@/?]*(@)");
    static final String MASK = "***";

    public static ConnectionSpec parse(String url) {
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw new TargetException("the target '" + maskAll(url) + "' is not a database URL segsync knows: use "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER&password=PASSWORD, or jdbc:mariadb://... or jdbc:mysql://...");
        }
        String scheme = m.group(1);
        String userInfo = m.group(2);
        String server = m.group(3);
        String database = m.group(4) == null ? "" : decode(m.group(4));
        String user = null;
        String password = null;
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (m.group(5) != null) {
            for (String pair : m.group(5).split("[&;]")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.equalsIgnoreCase("user")) {
                    user = value;
                } else if (name.equalsIgnoreCase("password")) {
                    password = value;
                }
            }
        }
        ConnectionSpec spec = new ConnectionSpec(url.trim(), scheme, server, database, user, password);
        if (server.isBlank()) {
            throw new TargetException("the target '" + spec.describe() + "' names no host: use jdbc:" + scheme
                    + "://HOST[:PORT]/DATABASE?user=USER&password=PASSWORD");
        }
        return spec;
    }

    /** The URL with the password replaced by {@value #MASK}: safe to print and log. */
    public String describe() {
        return mask(maskAll(url));
    }

    /** Removes the password from any text (a driver message, say) before it reaches the user. */
    public String mask(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, MASK);
        }
        return out;
    }

    /** Masks the password parameter and user-info password of a URL we could not even parse. */
    static String maskAll(String url) {
        String out = PASSWORD_PARAM.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO.matcher(out).replaceAll("$1" + MASK + "$2");
    }

    /** The user for messages: the one in the URL, or the driver default. */
    public String userOrDefault() {
        return user == null || user.isEmpty() ? System.getProperty("user.name") : user;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
