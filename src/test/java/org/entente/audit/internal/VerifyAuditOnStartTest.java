package org.entente.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.entente.EntenteApplication;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFixtures;
import org.entente.audit.Verification;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --verify-audit}: the whole application started on a fresh H2 file database with the option
 * verifies the chain, prints one line and exits 0 when intact, 1 when broken, having served nothing.
 * The process exit is replaced by a bean that records the status and abandons the run.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerifyAuditOnStartTest {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("entente") + ";MODE=Regular";
    }

    private DataSource dataSource() {
        return new DriverManagerDataSource(url(), "entente", "");
    }

    /**
     * Starts the application with {@code options} and {@code server.port} set to a free port; the exit
     * status it asked for, and whether anything answered on that port once the web server was ready.
     */
    private Started start(String... options) throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var status = new AtomicInteger(-1);
        List<Boolean> answered = new ArrayList<>();
        var application = new SpringApplication(EntenteApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("recordedProcessExit",
                (VerifyAuditOnStart.ProcessExit) exit -> {
                    status.set(exit);
                    throw new SpringApplication.AbandonedRunException();
                }));
        application.addListeners((ApplicationListener<WebServerInitializedEvent>) event -> answered.add(answers(port)));
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url(), "--server.port=" + port, "--server.address=127.0.0.1"));
        arguments.addAll(List.of(options));
        assertThatThrownBy(() -> application.run(arguments.toArray(String[]::new))).isInstanceOf(SpringApplication.AbandonedRunException.class);
        return new Started(status.get(), answered);
    }

    private static boolean answers(int port) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** The exit status asked for, and for each time the web server was ready, whether its port answered. */
    private record Started(int status, List<Boolean> answered) {
    }

    @Test
    void anIntactChainExitsWithZeroHavingServedAndImportedNothing(CapturedOutput output) throws IOException {
        Started started = start("--verify-audit");

        assertThat(started.status()).isZero();
        assertThat(output.getOut()).contains("audit chain intact: 0 entries, head hash " + AuditEntry.GENESIS);
        assertThat(started.answered()).containsExactly(false);
        assertThat(JdbcClient.create(dataSource()).sql("select count(*) from organization").query(Long.class).single()).isZero();
    }

    @Test
    void aBrokenChainExitsWithOneNamingTheFirstBrokenEntry(CapturedOutput output) throws IOException {
        DataSource database = dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        var trail = AuditInstance.on(database, Clock.systemUTC()).jdbcTrail();
        String subject = AuditFixtures.uniqueSubject("test-cli");
        AuditFixtures.appendInOneTransaction(new TransactionTemplate(new DataSourceTransactionManager(database)), trail,
                AuditFixtures.change(subject), AuditFixtures.change(subject), AuditFixtures.change(subject));
        JdbcClient.create(database).sql("update audit_entry set actor = 'someone.else' where sequence_number = 2").update();

        Started started = start("--entente.audit.verify=true");

        assertThat(started.status()).isEqualTo(1);
        assertThat(output.getOut()).contains("audit chain broken at entry 2: its content does not match its hash");
        assertThat(started.answered()).containsExactly(false);
    }

    @Test
    void theOptionOrThePropertyAsksForTheVerificationAndFalseDoesNot() {
        var none = new MockEnvironment();

        assertThat(VerifyAuditOnStart.requested(none, new DefaultApplicationArguments("--verify-audit"))).isTrue();
        assertThat(VerifyAuditOnStart.requested(none, new DefaultApplicationArguments("--verify-audit=true"))).isTrue();
        assertThat(VerifyAuditOnStart.requested(none, new DefaultApplicationArguments("--verify-audit=false"))).isFalse();
        assertThat(VerifyAuditOnStart.requested(none, new DefaultApplicationArguments())).isFalse();
        assertThat(VerifyAuditOnStart.requested(new MockEnvironment().withProperty("entente.audit.verify", "true"), new DefaultApplicationArguments())).isTrue();
        assertThat(VerifyAuditOnStart.requested(new MockEnvironment().withProperty("entente.audit.verify", "false"), new DefaultApplicationArguments())).isFalse();
    }

    @Test
    void theLineSaysIntactWithCountAndHeadOrBrokenWithEntryAndReason() {
        assertThat(VerifyAuditOnStart.line(new Verification.Intact(3, AuditEntry.GENESIS))).isEqualTo("audit chain intact: 3 entries, head hash " + AuditEntry.GENESIS);
        assertThat(VerifyAuditOnStart.line(new Verification.Broken(2, "gone"))).isEqualTo("audit chain broken at entry 2: gone");
        assertThat(VerifyAuditOnStart.status(new Verification.Intact(3, AuditEntry.GENESIS))).isZero();
        assertThat(VerifyAuditOnStart.status(new Verification.Broken(2, "gone"))).isEqualTo(1);
    }
}
