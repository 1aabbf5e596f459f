package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Generated from {@link AccessPolicy#RULES}: every row, asked by every kind of actor, answers as the
 * row says (sign in first: 401 on the API, a redirect to the sign-in page on pages; 403 for a wrong
 * role, organization or state; neither for the right one). And every endpoint the application serves
 * has a row, so none escapes the table.
 */
class AccessTableTest extends DatabaseTest {

    /** Each kind of actor the table must tell apart; the address names the CSTO and Kazakhstan. */
    enum TestActor {
        ANONYMOUS(),
        SECRETARIAT("secretariat@CSTO"),
        SECRETARIAT_OF_ANOTHER_ORGANIZATION("secretariat@NATO"),
        OBSERVER("observer@CSTO"),
        COUNCIL_REPRESENTATIVE("council_representative@CSTO/KAZ"),
        LIAISON("liaison@CSTO/KAZ"),
        LIAISON_OF_ANOTHER_STATE("liaison@CSTO/ARM");

        final List<String> authorities;

        TestActor(String... authorities) {
            this.authorities = List.of(authorities);
        }

        String username() {
            return "table-" + name().toLowerCase().replace('_', '-');
        }
    }

    enum Outcome { ALLOWED, SIGN_IN_FIRST, FORBIDDEN }

    /** Concrete addresses for the variable parts of the patterns. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("{organization}", "CSTO"), Map.entry("{state}", "KAZ"), Map.entry("{id}", "00000000-0000-0000-0000-000000000000"),
            Map.entry("{registration}", "sso"), Map.entry("{job}", "00000000-0000-0000-0000-000000000001"), Map.entry("{mission}", "MIS-KAZ-2022"),
            Map.entry("{site}", "ALA-AIRPORT"), Map.entry("{number}", "1"), Map.entry("{endpoint}", "ep_0000"), Map.entry("{delivery}", "1"),
            Map.entry("{identifier}", "CSTO.mission.MIS-KAZ-2022.deployed"),
            Map.entry("{week}", "2022-W01"), Map.entry("{exercise}", "NOSUCH-X0"), Map.entry("{username}", "table-nobody"),
            Map.entry("{role}", "observer"));
    private static final Map<String, String> REST_OF_PATH = Map.of(
            "/api/v1/organizations/{organization}/**", "/members",
            "/api/v1/audit/**", "/verification",
            "/api/v1/organizations/{organization}/requests/{id}/force-generation/**", "/package",
            "/api/v1/organizations/{organization}/missions/**", "/MIS-KAZ-2022",
            "/swagger-ui/**", "/index.html",
            "/v3/api-docs/**", "/swagger-config",
            "/css/**", "/entente.css",
            "/webjars/**", "/htmx.org/dist/htmx.min.js",
            "/actuator/health/**", "/liveness");

    @Autowired
    private WebApplicationContext context;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    private MockMvc mvc;

    @BeforeEach
    void mockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        for (TestActor actor : TestActor.values()) {
            if (actor != TestActor.ANONYMOUS) {
                tokenFor(actor.username(), actor.authorities.toArray(String[]::new)); // a real account, with its grants
            }
        }
    }

    static Stream<Arguments> everyRowByEveryActor() {
        return AccessPolicy.RULES.stream().flatMap(rule -> Stream.of(TestActor.values()).map(actor -> Arguments.of(rule, actor)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyRowByEveryActor")
    void everyRowAnswersEveryKindOfActorAsItSays(AccessRule rule, TestActor actor) throws Exception {
        String path = concrete(rule.pattern());
        String method = rule.method().equals("*") ? "GET" : rule.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path).with(csrf());
        if (method.equals("POST") && path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        } else if (method.equals("POST")) {
            request.param("name", "from the access table test");
        }
        if (actor != TestActor.ANONYMOUS) {
            request.with(authentication(new UsernamePasswordAuthenticationToken(actor.username(), null,
                    actor.authorities.stream().map(SimpleGrantedAuthority::new).toList())));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(observed(response, path)).as("%s %s by %s: status %d", method, path, actor, response.getStatus())
                .isEqualTo(expected(rule, actor));
    }

    /** What the row says, restated here: who is in the row's audience for an address naming the CSTO and Kazakhstan. */
    private static Outcome expected(AccessRule rule, TestActor actor) {
        return switch (rule.audience()) {
            case Audience.Everyone everyone -> Outcome.ALLOWED;
            case Audience.SignedIn signedIn -> actor == TestActor.ANONYMOUS ? Outcome.SIGN_IN_FIRST : Outcome.ALLOWED;
            case Audience.RoleHolders holders -> {
                if (actor == TestActor.ANONYMOUS) {
                    yield Outcome.SIGN_IN_FIRST;
                }
                boolean namesOrganization = rule.pattern().contains("{organization}");
                boolean namesState = rule.pattern().contains("{state}");
                boolean holds = actor.authorities.stream().map(RoleGrant::parse).anyMatch(grant -> holders.roles().contains(grant.role())
                        && (!namesOrganization || grant.organization().value().equals("CSTO"))
                        && (!namesState || !grant.role().actsForAState() || grant.state().value().equals("KAZ")));
                yield holds ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
        };
    }

    private static Outcome observed(MockHttpServletResponse response, String path) throws Exception {
        if (response.getStatus() == 403 && path.startsWith("/api/") && !response.getContentAsString().contains("your roles do not allow this request")) {
            return Outcome.ALLOWED; // the table let it through, and the operation refused it itself (POST /api/v1/me/tokens always does)
        }
        if (response.getStatus() == 401) {
            return Outcome.SIGN_IN_FIRST;
        }
        if (response.getStatus() == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/sign-in")) {
            return Outcome.SIGN_IN_FIRST;
        }
        return response.getStatus() == 403 ? Outcome.FORBIDDEN : Outcome.ALLOWED;
    }

    private static String concrete(String pattern) {
        String path = pattern;
        for (var rest : REST_OF_PATH.entrySet()) {
            if (pattern.equals(rest.getKey())) {
                path = pattern.replace("/**", rest.getValue());
            }
        }
        for (var example : EXAMPLES.entrySet()) {
            path = path.replace(example.getKey(), example.getValue());
        }
        return path;
    }

    @Test
    void everyEndpointOfTheApplicationHasARowInTheTable() {
        List<PathPattern> rows = AccessPolicy.RULES.stream().map(rule -> PathPatternParser.defaultInstance.parse(rule.pattern())).toList();
        var uncovered = new ArrayList<String>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            var methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                String example = pattern.replaceAll("\\{[^}]+}", "X1");
                for (var httpMethod : methods.isEmpty() ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    boolean covered = false;
                    for (int i = 0; i < rows.size(); i++) {
                        AccessRule rule = AccessPolicy.RULES.get(i);
                        if ((rule.method().equals("*") || rule.method().equals(httpMethod.name()))
                                && rows.get(i).matches(PathContainer.parsePath(example))) {
                            covered = true;
                            break;
                        }
                    }
                    if (!covered) {
                        uncovered.add(httpMethod + " " + pattern + " (" + method.getShortLogMessage() + ")");
                    }
                }
            }
        });
        assertThat(uncovered).as("endpoints with no row in AccessPolicy.RULES").isEmpty();
    }

    @Test
    void everyRowCanBeReachedNoEarlierRowHidesIt() {
        List<PathPattern> rows = AccessPolicy.RULES.stream().map(rule -> PathPatternParser.defaultInstance.parse(rule.pattern())).toList();
        for (int i = 0; i < rows.size(); i++) {
            AccessRule rule = AccessPolicy.RULES.get(i);
            PathContainer example = PathContainer.parsePath(concrete(rule.pattern()));
            for (int earlier = 0; earlier < i; earlier++) {
                AccessRule other = AccessPolicy.RULES.get(earlier);
                boolean sameMethod = other.method().equals("*") || other.method().equals(rule.method());
                assertThat(sameMethod && rows.get(earlier).matches(example))
                        .as("row %d (%s %s) is hidden by row %d (%s %s)", i, rule.method(), rule.pattern(), earlier, other.method(), other.pattern())
                        .isFalse();
            }
        }
    }
}
