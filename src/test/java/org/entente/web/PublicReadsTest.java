package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/** A page that belongs to a session is nobody else's: whatever made it so, it is neither kept nor made public. */
class PublicReadsTest {

    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void aPageWhoseRenderingMadeASessionIsNeitherKeptNorPublic() throws Exception {
        PublicReads reads = new PublicReads((name, locale) -> new SessionMakingView());

        MockHttpServletResponse first = rendered(reads);
        MockHttpServletResponse second = rendered(reads);

        assertThat(first.getContentAsString()).isEqualTo("a page of a session");
        assertThat(first.getHeader("ETag")).isNull();
        assertThat(first.getHeader("Cache-Control")).isNull();
        assertThat(second.getHeader("ETag")).isNull();
        assertThat(renderings).as("rendered for each reader, never kept").hasValue(2);
    }

    private MockHttpServletResponse rendered(PublicReads reads) throws Exception {
        var request = new MockHttpServletRequest("GET", "/organizations/SESS1");
        var response = new MockHttpServletResponse();
        ModelAndView page = reads.page(request, response, Optional.of("register 1"), () -> "organization");
        page.getView().render(Map.of(), request, response);
        return response;
    }

    /** A template that, like a form's CSRF token, makes a session while it renders. */
    private final class SessionMakingView implements View {

        @Override
        public String getContentType() {
            return "text/html";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            renderings.incrementAndGet();
            request.getSession(true);
            response.setContentType("text/html");
            response.getOutputStream().write("a page of a session".getBytes(StandardCharsets.UTF_8));
        }
    }
}
