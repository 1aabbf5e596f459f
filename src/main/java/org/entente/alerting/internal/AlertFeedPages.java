package org.entente.alerting.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.entente.alerting.internal.cap.CapAlert;
import org.entente.alerting.internal.cap.CapWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An organization's public council decisions and mission steps as an Atom feed of CAP 1.2 alerts, and each alert at its own address, for anyone to read. */
@Controller
class AlertFeedPages {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CAP = MediaType.parseMediaType(AtomFeedWriter.CAP_TYPE + ";charset=UTF-8");

    private final AlertFeedService feeds;
    private final AtomFeedWriter writer = new AtomFeedWriter();
    private final CapWriter cap = new CapWriter();

    AlertFeedPages(AlertFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/organizations/{organization}/alerts.atom")
    ResponseEntity<String> alerts(@PathVariable String organization, HttpServletRequest request) {
        AlertFeed feed = feeds.feed(organization, request.getServerName(), base(request));
        return ResponseEntity.ok().contentType(ATOM).body(writer.write(feed.atom()));
    }

    @GetMapping("/organizations/{organization}/alerts/{identifier}.xml")
    ResponseEntity<String> alert(@PathVariable String organization, @PathVariable String identifier, HttpServletRequest request) {
        CapAlert alert = feeds.alert(organization, identifier, request.getServerName(), base(request));
        return ResponseEntity.ok().contentType(CAP).body(cap.document(alert));
    }

    private static URI base(HttpServletRequest request) {
        return URI.create(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
    }
}
