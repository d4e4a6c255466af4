package io.segsync.target.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.core.target.RunInfo;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import io.segsync.target.jdbc.mariadb.MariaDbDialect;
import io.segsync.target.jdbc.postgres.PostgresDialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The --target forms, their description, and the one-line errors of a target that cannot be used. */
class TargetSpecTest {
    private static final String SECRET = "s3cr3tPw";

    @Test
    void parsesEachSchemeToItsDialect() {
        assertThat(JdbcTargets.parse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres").dialect()).isInstanceOf(PostgresDialect.class);
        assertThat(JdbcTargets.parse("jdbc:mariadb://127.0.0.1:3306/test?user=root").dialect()).isInstanceOf(MariaDbDialect.class);
        assertThat(JdbcTargets.parse("jdbc:mysql://127.0.0.1:3306/test?user=root").dialect()).isInstanceOf(MariaDbDialect.class);
        assertThat(JdbcTargets.accepts("duckdb:./x.duckdb")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example.com:5432/analytics?user=loader&password=" + SECRET + "&sslmode=require"
                    + "|jdbc:postgresql://db.example.com:5432/analytics?user=loader&password=***&sslmode=require",
            "jdbc:mariadb://loader:" + SECRET + "@db.example.com/analytics|jdbc:mariadb://loader:***@db.example.com/analytics",
            "jdbc:mysql://db.example.com/analytics?password=" + SECRET + "|jdbc:mysql://db.example.com/analytics?password=***"})
    void describeNeverShowsThePassword(String url, String described) {
        JdbcTarget target = JdbcTargets.parse(url);
        assertThat(target.describe()).isEqualTo(described).doesNotContain(SECRET);
        assertThat(target.spec().password()).isEqualTo(SECRET);
    }

    @Test
    void aUrlOfAnotherKindIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> JdbcTargets.parse("jdbc:oracle:thin:@db:1521/x?password=" + SECRET))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("jdbc:postgresql://HOST")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> JdbcTargets.parse("jdbc:postgresql:///test?password=" + SECRET))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("names no host")
                .hasMessageNotContaining(SECRET);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://no-such-host.invalid:5432/test?user=postgres&password=" + SECRET + "|unknown host",
            "jdbc:mariadb://no-such-host.invalid:3306/test?user=root&password=" + SECRET + "|unknown host",
            "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + SECRET + "|connection refused",
            "jdbc:mariadb://127.0.0.1:1/test?user=root&password=" + SECRET + "|connection refused",
            "jdbc:postgresql://127.0.0.1:5432/test?user=no_such_user&password=" + SECRET + "|refused user 'no_such_user'",
            "jdbc:mariadb://127.0.0.1:3306/test?user=no_such_user&password=" + SECRET + "|refused user 'no_such_user'",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=" + SECRET + "|refused user 'root'",
            "jdbc:postgresql://127.0.0.1:5432/no_such_db?user=postgres&password=" + SECRET + "|database 'no_such_db' does not exist",
            "jdbc:mariadb://127.0.0.1:3306/no_such_db?user=root|database 'no_such_db' does not exist"})
    void anUnusableTargetFailsValidationWithOneCleanLine(String url, String says) {
        JdbcTarget target = JdbcTargets.parse(url);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(target::validate);
        assertThat(thrown).isInstanceOf(TargetException.class).hasMessageContaining(says);
        assertThat(thrown.getMessage()).doesNotContain(SECRET).doesNotContain("\n");
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("the whole stack trace").doesNotContain(SECRET);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
            "jdbc:mysql://127.0.0.1:3306/test?user=root"})
    void aWorkingTargetValidatesWithoutWritingAndOpensItsNamespace(String url) throws Exception {
        JdbcTarget target = JdbcTargets.parse(url);
        String ns = TestDb.freshNamespace();
        TestDb db = url.contains("postgresql") ? TestDb.POSTGRES : TestDb.MARIADB;
        try {
            target.validate();
            try (Connection c = db.connect()) {
                assertThat(TestDb.tables(c, ns)).isEmpty();
            }
            try (TargetSession session = target.open(RunInfo.start(ns))) {
                assertThat(session.lastChangeSeq()).isZero();
                assertThat(session.readState("sources")).isEmpty();
            }
            try (Connection c = db.connect()) {
                assertThat(TestDb.tables(c, ns)).containsExactlyInAnyOrder("_segsync_state", "_segsync_task");
            }
        } finally {
            db.drop(ns);
        }
    }
}
