package org.entente.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.entente.access.CurrentActor;
import org.entente.command.Refusal;
import org.entente.search.SearchQuery;
import org.entente.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search through the API: the same hits as the search page, as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Organizations, member states, requests, clauses and instruments, sources and missions by name, code or title")
class SearchApi {

    private final SearchService search;
    private final CurrentActor actor;

    SearchApi(SearchService search, CurrentActor actor) {
        this.search = search;
        this.actor = actor;
    }

    @GetMapping("/search")
    @Operation(summary = "Find records by name, code or title, as the caller may read them",
            description = "Every word of q must appear in one of a record's names (a state's in English, Russian or Indonesian), codes or titles, "
                    + "whatever its case and accents. Kinds come in this order: organization, state, request, clause (clauses and instruments), "
                    + "source, mission. Open and withdrawn requests are found only by the organization's role holders. A blank q finds nothing.")
    @ApiResponse(responseCode = "200", description = "The hits, in the order of their kinds (none for a blank q)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No organization of the code given in organization")
    SearchResults search(@Parameter(description = "What to find: words, up to " + SearchQuery.MAX_LENGTH + " characters") @RequestParam(defaultValue = "") String q,
                         @Parameter(description = "Only in this organization (its code, e.g. CSTO); default every organization")
                         @RequestParam(required = false) String organization) {
        SearchQuery.whyNot(q).ifPresent(why -> {
            throw Refusal.invalid("q", why);
        });
        return search.search(new SearchQuery(q), organization, actor.get());
    }
}
