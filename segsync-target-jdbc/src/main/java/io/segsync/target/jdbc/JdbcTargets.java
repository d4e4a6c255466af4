package io.segsync.target.jdbc;

import io.segsync.core.target.TargetException;
import io.segsync.target.jdbc.mariadb.MariaDbDialect;
import io.segsync.target.jdbc.postgres.PostgresDialect;

/**
 * Parses the JDBC forms of {@code --target}:
 * <ul>
 *   <li>{@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER&password=PASSWORD}</li>
 *   <li>{@code jdbc:mariadb://HOST[:PORT]/DATABASE?user=USER&password=PASSWORD}</li>
 *   <li>{@code jdbc:mysql://...}: the same, through MariaDB Connector/J</li>
 * </ul>
 * Any other driver option may follow in the query string. Tables land in the run's namespace: a
 * PostgreSQL schema, or a MariaDB/MySQL database of that name, created when missing.
 */
public final class JdbcTargets {
    private JdbcTargets() {}

    /** Whether {@code spec} is a JDBC target this module handles. */
    public static boolean accepts(String spec) {
        String s = spec.trim();
        return s.startsWith("jdbc:postgresql:") || s.startsWith("jdbc:mariadb:") || s.startsWith("jdbc:mysql:");
    }

    public static JdbcTarget parse(String spec) {
        if (!accepts(spec)) {
            throw new TargetException("the target '" + ConnectionSpec.maskAll(spec) + "' is not a JDBC URL segsync knows: use "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER&password=PASSWORD, jdbc:mariadb://... or jdbc:mysql://...");
        }
        ConnectionSpec parsed = ConnectionSpec.parse(spec);
        Dialect dialect = parsed.scheme().equals("postgresql") ? new PostgresDialect() : new MariaDbDialect();
        return new JdbcTarget(parsed, dialect);
    }
}
