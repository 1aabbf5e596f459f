package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RealPostgresTest {

    private static RealPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = RealPostgres.availableOrSkip();
    }

    @Test
    void startsARealPostgreSql18ServerThatAcceptsSql() throws SQLException {
        try (Connection connection = connect();
             ResultSet rs = connection.createStatement().executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 18");
        }
    }

    @Test
    void storesAndReadsBackRowsInATable() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table real_postgres_probe (id bigint primary key, name text not null)");
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into real_postgres_probe (id, name) values (?, ?)")) {
                insert.setLong(1, 42);
                insert.setString(2, "Entente ✓");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (ResultSet rs = statement.executeQuery("select id, name from real_postgres_probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("id")).isEqualTo(42);
                assertThat(rs.getString("name")).isEqualTo("Entente ✓");
                assertThat(rs.next()).isFalse();
            } finally {
                statement.execute("drop table real_postgres_probe");
            }
        }
    }

    @Test
    void isOneServerPerJvmListeningOnLoopbackOnly() throws SQLException {
        assertThat(RealPostgres.shared()).isSameAs(postgres);
        assertThat(postgres.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/entente");
        try (Connection connection = connect();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select current_setting('listen_addresses'), current_setting('server_encoding'),"
                             + " current_setting('fsync'), current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2)).isEqualTo("UTF8");
            assertThat(rs.getString(3)).isEqualTo("off");
            assertThat(rs.getString(4)).isEqualTo("postgres");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}
