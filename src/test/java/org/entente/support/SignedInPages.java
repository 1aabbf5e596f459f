package org.entente.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The pages as one person signed in sees them, without a browser: the account (made as
 * {@link TestAccounts} makes it, with {@code grants}) signs in through the sign-in form, and its
 * session then reads pages and posts forms with their CSRF token. Uses the test's own Spring context.
 */
public final class SignedInPages {

    private final MockMvc mvc;
    private final MockHttpSession session;

    private SignedInPages(MockMvc mvc, MockHttpSession session) {
        this.mvc = mvc;
        this.session = session;
    }

    public static SignedInPages signIn(WebApplicationContext context, JdbcClient jdbc, String username, String... grants) {
        String password = username + "-password";
        TestAccounts.localAccount(jdbc, username, password, grants);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        try {
            var request = mvc.perform(formLogin("/sign-in").user(username).password(password)).andReturn().getRequest();
            return new SignedInPages(mvc, (MockHttpSession) request.getSession(false));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET a page (path and query, already encoded). */
    public MockHttpServletResponse get(String pathAndQuery) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(pathAndQuery)).session(session)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST a form's fields, some with several values (checkboxes), with the session's CSRF token. */
    public MockHttpServletResponse postValues(String path, Map<String, java.util.List<String>> fields) {
        try {
            var request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
            fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST a form's fields, with the session's CSRF token. */
    public MockHttpServletResponse post(String path, Map<String, String> fields) {
        try {
            var request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
            fields.forEach(request::param);
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
