package org.entente.web.internal;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The OpenAPI description says what every operation taking a body answers to a body of another type: 415, a problem. */
@Component
class OpenApiErrors implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().stream()
                .filter(operation -> operation.getRequestBody() != null && operation.getResponses() != null)
                .forEach(operation -> operation.getResponses().putIfAbsent("415", new ApiResponse()
                        .description("The body is not of the type this operation reads (application/json; a range such as application/* is refused): nothing changed")
                        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType())))));
    }
}
