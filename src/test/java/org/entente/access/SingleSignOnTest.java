package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.entente.EntenteApplication;
import org.entente.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server) that the test starts,
 * walked through in headless Chromium: the provider says who the person is, Entente's own account
 * of that name says what they may do. The provider runs at {@code 127.0.0.2}, Entente at
 * {@code 127.0.0.1} (both loopback), so that their session cookies stay apart as on two hosts.
 */
class SingleSignOnTest {

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext entente;
    private static WebDriver browser;
    private static int ententePort;
    private static int providerPort;

    /** The OpenID provider: Spring Authorization Server with one person, alice. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class IdentityProvider {

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager(User.withUsername("alice").password("{noop}alice-password").roles("USER").build(),
                    User.withUsername("bob").password("{noop}bob-password").roles("USER").build(),
                    User.withUsername("carol").password("{noop}carol-password").roles("USER").build());
        }
    }

    @BeforeAll
    static void startTheProviderAndEntente() throws IOException {
        browser = Browser.availableOrSkip();
        providerPort = freePort();
        ententePort = freePort();
        String client = "spring.security.oauth2.authorizationserver.client.entente.";
        provider = new SpringApplicationBuilder(IdentityProvider.class).run(arguments(
                "server.port=" + providerPort,
                "server.address=127.0.0.2",
                "spring.security.oauth2.authorizationserver.issuer=http://127.0.0.2:" + providerPort,
                client + "registration.client-id=entente",
                client + "registration.client-secret={noop}entente-secret",
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=http://127.0.0.1:" + ententePort + "/login/oauth2/code/sso",
                client + "registration.scopes=openid,profile",
                client + "require-authorization-consent=false",
                "spring.datasource.url=jdbc:h2:mem:identity-provider",
                "spring.flyway.enabled=false",
                // Without Entente's migrations, the provider's own database needs the event publication table Modulith reads on start.
                "spring.modulith.events.jdbc.schema-initialization.enabled=true",
                // and the session tables (Spring Session JDBC is on the class path; Entente's own come from its migrations).
                "spring.session.jdbc.initialize-schema=always",
                "spring.modulith.runtime.verification-enabled=false"));
        entente = new SpringApplicationBuilder(EntenteApplication.class).run(arguments(
                "server.port=" + ententePort,
                "spring.datasource.url=jdbc:h2:mem:entente-sso;DB_CLOSE_DELAY=-1",
                "entente.datasets.built-in=false",
                "entente.sso.username-claim=sub",
                "spring.security.oauth2.client.registration.sso.client-id=entente",
                "spring.security.oauth2.client.registration.sso.client-secret=entente-secret",
                "spring.security.oauth2.client.registration.sso.scope=openid,profile",
                "spring.security.oauth2.client.provider.sso.issuer-uri=http://127.0.0.2:" + providerPort));
    }

    @AfterAll
    static void stopThem() {
        if (browser != null) {
            browser.quit();
        }
        if (entente != null) {
            entente.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    /** Settings as command-line arguments, which take precedence over application.yml (both applications read it). */
    private static String[] arguments(String... settings) {
        return java.util.Arrays.stream(settings).map(setting -> "--" + setting).toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void signInThroughTheProvider(String username, String password) {
        signInThroughTheProvider(username, password, "http://127.0.0.1:" + ententePort + "/");
    }

    private static void signInThroughTheProvider(String username, String password, String landing) {
        // Cookies are per host: forget the provider's session as well as Entente's.
        browser.get("http://127.0.0.2:" + providerPort + "/login");
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + ententePort + "/sign-in");
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + ententePort + "/sign-in?lang=en");
        browser.findElement(By.id("single-sign-on")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).as("at the provider").startsWith("http://127.0.0.2:");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(landing));
    }

    @Test
    void aPersonSignsInThroughTheProviderAndActsWithTheRolesEntenteGrantedThem() {
        JdbcClient jdbc = entente.getBean(JdbcClient.class);
        jdbc.sql("insert into account (username, display_name, enabled, created_at) values ('alice', 'Alice', true, current_timestamp)").update();
        jdbc.sql("insert into role_grant (username, role, org_code) values ('alice', 'observer', 'CSTO')").update();
        // An administrator links alice's identity at the provider to the account.
        jdbc.sql("insert into sso_identity (issuer, subject, username, created_at) values (:issuer, 'alice', 'alice', current_timestamp)")
                .param("issuer", "http://127.0.0.2:" + providerPort).update();

        signInThroughTheProvider("alice", "alice-password");

        assertThat(browser.findElement(By.id("account")).getText()).isEqualTo("alice");
        browser.get("http://127.0.0.1:" + ententePort + "/account?lang=en");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("observer").contains("CSTO");
        Browser.screenshot(browser, "single-sign-on");
    }

    @Test
    void anIdentityNeverTakesOverAnAccountItIsNotLinkedTo() {
        JdbcClient jdbc = entente.getBean(JdbcClient.class);
        jdbc.sql("insert into account (username, display_name, password_hash, enabled, created_at) "
                + "values ('carol', 'Carol (local)', '{noop}unguessable', true, current_timestamp)").update();
        jdbc.sql("insert into role_grant (username, role, org_code) values ('carol', 'secretariat', 'CSTO')").update();

        signInThroughTheProvider("carol", "carol-password", "http://127.0.0.1:" + ententePort + "/sign-in?failed");

        assertThat(browser.findElements(By.id("account"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from sso_identity where username = 'carol'").query(Integer.class).single()).isZero();
    }

    @Test
    void aFirstSignInCreatesAnAccountWithNoRolesAndNoPassword() {
        signInThroughTheProvider("bob", "bob-password");

        assertThat(browser.findElement(By.id("account")).getText()).isEqualTo("bob");
        browser.get("http://127.0.0.1:" + ententePort + "/account?lang=en");
        assertThat(browser.findElements(By.cssSelector("#roles li"))).isEmpty();
        browser.get("http://127.0.0.1:" + ententePort + "/audit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("403");
        JdbcClient jdbc = entente.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from account where username = 'bob' and password_hash is null").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.create' and subject = 'account:bob' and actor = 'bob'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sso_identity where username = 'bob' and subject = 'bob'").query(Integer.class).single()).isEqualTo(1);
    }
}
