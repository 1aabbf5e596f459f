package org.entente.alerting.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An organization's public council decisions as an Atom feed of CAP 1.2 alerts, for anyone to read. */
@Controller
class AlertFeedPages {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final AlertFeedService feeds;
    private final AtomFeedWriter writer = new AtomFeedWriter();

    AlertFeedPages(AlertFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/organizations/{organization}/alerts.atom")
    ResponseEntity<String> alerts(@PathVariable String organization, HttpServletRequest request) {
        URI base = URI.create(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
        AlertFeed feed = feeds.feed(organization, request.getServerName(), base);
        return ResponseEntity.ok().contentType(ATOM).body(writer.write(feed.atom()));
    }
}
