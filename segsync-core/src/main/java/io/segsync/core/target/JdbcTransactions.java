package io.segsync.core.target;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The clean-up every JDBC-based writer does after a checkpoint's transaction, whatever the database:
 * roll back what failed without hiding the original error, and go back to auto-commit.
 */
public final class JdbcTransactions {
    private JdbcTransactions() {}

    public static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is closed or broken; nothing was committed either way.
        }
    }

    public static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Reported by the next statement, if the connection is broken.
        }
    }
}
