package org.entente.alerting.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.entente.alerting.internal.cap.CapAlert;

/**
 * An Atom 1.0 feed (RFC 4287) as {@link AtomFeedWriter} writes it: its id, title, time, its own address and the page it stands
 * for, its author, and its entries, each with an id, a title, a time, the page it stands for and its content.
 */
public record AtomFeed(String id, String title, Instant updated, URI self, URI alternate, String author, List<Entry> entries) {

    /** The year written in Entente's {@code tag:} URIs (RFC 4151): the year Entente first served a feed. */
    public static final int TAG_YEAR = 2026;

    public AtomFeed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(alternate, "alternate");
        Objects.requireNonNull(author, "author");
        entries = List.copyOf(entries);
    }

    /** A {@code tag:} URI of {@code sender}'s (RFC 4151): {@code tag:<sender>,2026:<specific>}. */
    public static String tag(String sender, String specific) {
        return "tag:" + sender + "," + TAG_YEAR + ":" + specific;
    }

    /** One entry. */
    public record Entry(String id, String title, Instant updated, URI alternate, Content content) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(updated, "updated");
            Objects.requireNonNull(alternate, "alternate");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * What an entry's {@code content} holds: HTML as text ({@code type="html"}), or a CAP alert element inline with the address
     * where the alert is served on its own (the entry's second alternate link, of type {@code application/cap+xml}).
     */
    public sealed interface Content {

        record Html(String html) implements Content {
            public Html {
                Objects.requireNonNull(html, "html");
            }
        }

        record Cap(CapAlert alert, URI address) implements Content {
            public Cap {
                Objects.requireNonNull(alert, "alert");
                Objects.requireNonNull(address, "address");
            }
        }
    }
}
