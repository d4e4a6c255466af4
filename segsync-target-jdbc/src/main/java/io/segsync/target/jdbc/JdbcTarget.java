package io.segsync.target.jdbc;

import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import java.sql.Connection;
import java.sql.SQLException;

/** A PostgreSQL or MariaDB/MySQL database reached by JDBC; tables land in one schema (database) per task. */
public final class JdbcTarget implements Target {
    private final ConnectionSpec spec;
    private final Dialect dialect;

    public JdbcTarget(ConnectionSpec spec, Dialect dialect) {
        this.spec = spec;
        this.dialect = dialect;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public String describe() {
        return spec.describe();
    }

    /** Connects, checks the server and the user's privileges, writes nothing. */
    @Override
    public void validate() {
        try (Connection c = connect()) {
            dialect.checkPrivileges(c, spec);
        } catch (SQLException e) {
            throw new TargetException(spec.mask(dialect.product() + " at " + spec.server() + " could not be checked: "
                    + ConnectFailure.firstLine(e.getMessage())), e);
        }
    }

    @Override
    public TargetSession open(RunInfo run) {
        Connection c = connect();
        try {
            return new JdbcSession(c, dialect, spec, run);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A connection with the session prepared, or a TargetException with one clear line. */
    public Connection connect() {
        try {
            return dialect.connect(spec);
        } catch (SQLException e) {
            throw ConnectFailure.of(e, spec, dialect);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The open already failed; that error is the one to report.
        }
    }
}
