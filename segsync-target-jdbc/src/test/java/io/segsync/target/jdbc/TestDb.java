package io.segsync.target.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The local test servers. A test that needs one fails (it does not skip) when the server is missing:
 * a green build must mean the JDBC targets were really exercised.
 */
enum TestDb {
    POSTGRES("jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test?user=root");

    final String url;

    TestDb(String url) {
        this.url = url;
    }

    JdbcTarget target() {
        return JdbcTargets.parse(url);
    }

    /** A connection for assertions, with the same session setup as the target (UTC). */
    Connection connect() {
        return target().connect();
    }

    /** A fresh namespace name; lower case, so tests can write it unquoted in SQL for either database. */
    static String freshNamespace() {
        return "segsync_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    void drop(String namespace) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(this == POSTGRES ? "DROP SCHEMA IF EXISTS " + namespace + " CASCADE" : "DROP DATABASE IF EXISTS " + namespace);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test namespace " + namespace, e);
        }
    }

    /** SQL text concatenation: MariaDB reads {@code ||} as OR. */
    String concat(String... parts) {
        return "concat(" + String.join(", '|', ", parts) + ")";
    }

    String quote(String identifier) {
        return target().dialect().quote(identifier);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row; fails on a duplicate. */
    static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (!out.add(rs.getString(1))) {
                    throw new AssertionError("duplicate " + rs.getString(1) + " in " + sql);
                }
            }
        }
        return out;
    }

    static Set<String> tables(Connection c, String namespace) throws SQLException {
        Set<String> out = new HashSet<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("select table_name from information_schema.tables where table_schema = ?")) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
