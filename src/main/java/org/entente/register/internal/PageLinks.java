package org.entente.register.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the register's pages, as a page links to them: while a page shows the register
 * as it stood at an instant ({@code recordedAt}), every link keeps that instant.
 */
public record PageLinks(String contextPath, Instant recordedAt) {

    public String organization(Object code) {
        return link("/organizations/{organization}", code);
    }

    /** The organization's page showing its members on {@code date}. */
    public String organization(Object code, LocalDate date) {
        return UriComponentsBuilder.fromUriString(organization(code)).queryParam("date", date).build().toUriString();
    }

    public String clauses(Object code) {
        return link("/organizations/{organization}/clauses", code);
    }

    public String sources(Object code) {
        return link("/organizations/{organization}/sources", code);
    }

    public String requests(Object code) {
        return link("/organizations/{organization}/requests", code);
    }

    public String forces(Object code) {
        return link("/organizations/{organization}/forces", code);
    }

    public String missions(Object code) {
        return link("/organizations/{organization}/missions", code);
    }

    public String state(Object code, Object state) {
        return link("/organizations/{organization}/states/{state}", code, state);
    }

    private String link(String template, Object... variables) {
        var builder = UriComponentsBuilder.fromPath(contextPath + template);
        if (recordedAt != null) {
            builder.queryParam("recordedAt", recordedAt);
        }
        return builder.buildAndExpand(variables).encode().toUriString();
    }

    /** Offers every page its links to the register. */
    @ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
    static class Advice {

        @ModelAttribute("links")
        PageLinks links(HttpServletRequest request, @org.springframework.web.bind.annotation.RequestParam(required = false) Instant recordedAt) {
            return new PageLinks(request.getContextPath(), recordedAt);
        }
    }
}
