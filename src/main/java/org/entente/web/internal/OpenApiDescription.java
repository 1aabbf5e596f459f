package org.entente.web.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description says of the API as a whole: its name, its version (the {@code v1} of its paths) and where to read more. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Entente API", version = "v1",
        description = "The record and the crisis cycle of collective-security treaty organizations: the register (who was a member when, "
                + "with every fact's sources and the disagreements between them), requests for assistance and council decisions, force "
                + "pools and pledges, and force generation. Reading the public record needs no account; changes need a personal access "
                + "token (`Authorization: Bearer ent_...`, from `POST /api/v1/tokens/exchange` or the account page). Every error is an "
                + "RFC 9457 problem (`application/problem+json`) naming the offending field. A 2xx on a write means the change is on disk. "
                + "Unreleased: CHANGELOG.md lists what changes."))
class OpenApiDescription {
}
