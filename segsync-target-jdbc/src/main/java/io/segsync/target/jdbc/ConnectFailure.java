package io.segsync.target.jdbc;

import io.segsync.core.target.TargetException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a failed connection attempt into one line that says what is wrong and what to do. Driver
 * messages are masked, so a password that a driver echoes never reaches the user.
 */
final class ConnectFailure {
    private ConnectFailure() {}

    static TargetException of(SQLException e, ConnectionSpec spec, Dialect dialect) {
        String product = dialect.product();
        String where = product + " at " + spec.server();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return fail("unknown host in the target '" + spec.describe() + "': check the host name", e, spec);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return fail("cannot connect to " + where + " (connection refused): check that " + product
                        + " is running and listens on that host and port", e, spec);
            }
            if (t instanceof SocketTimeoutException) {
                return fail("timed out connecting to " + where + ": check the host, the port and any firewall", e, spec);
            }
        }
        if (dialect.isAuthenticationFailure(e)) {
            return fail(where + " refused user '" + spec.userOrDefault() + "': check the user and password in --target ("
                    + firstLine(spec.mask(e.getMessage())) + ")", e, spec);
        }
        if (dialect.isUnknownDatabase(e)) {
            return fail("database '" + spec.database() + "' does not exist on " + where
                    + ": create it or name an existing one in --target", e, spec);
        }
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08")) {
            return fail("cannot connect to " + where + ": " + firstLine(spec.mask(e.getMessage()))
                    + "; check the host, the port and that " + product + " is running", e, spec);
        }
        return fail(where + " failed: " + firstLine(spec.mask(e.getMessage())), e, spec);
    }

    /** The driver's exception is kept masked, without its own causes: their messages may hold the password. */
    private static TargetException fail(String message, SQLException cause, ConnectionSpec spec) {
        TargetException out = new TargetException(spec.mask(message));
        SQLException masked = new SQLException(spec.mask(cause.getMessage()), cause.getSQLState(), cause.getErrorCode());
        masked.setStackTrace(cause.getStackTrace());
        out.addSuppressed(masked);
        return out;
    }

    static String firstLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
