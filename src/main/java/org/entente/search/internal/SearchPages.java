package org.entente.search.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.entente.access.CurrentActor;
import org.entente.search.SearchQuery;
import org.entente.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: what the header's search box found, by kind; a query too long is refused (400) with the form keeping it. */
@Controller
class SearchPages {

    private final SearchService search;
    private final CurrentActor actor;

    SearchPages(SearchService search, CurrentActor actor) {
        this.search = search;
        this.actor = actor;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String organization, Model model,
                  HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("scope", organization);
        model.addAttribute("limit", SearchQuery.MAX_LENGTH);
        var problem = SearchQuery.whyNot(q);
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tooLong", q.strip().length());
            return "search";
        }
        SearchResults results = search.search(new SearchQuery(q), organization, actor.get());
        model.addAttribute("results", results);
        model.addAttribute("groups", results.byKind());
        return "search";
    }
}
