package org.entente.alerting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.entente.command.Verdict;

/**
 * The Standard Webhooks signature (symmetric, {@code v1}): HMAC-SHA256 with the endpoint's secret over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code v1,<base64>} in {@code webhook-signature}.
 * <p>
 * The scheme's published Java library ({@code com.standardwebhooks:standardwebhooks:1.0.0} on Maven Central) is an empty jar,
 * so this is the small implementation, on the JDK's {@link Mac}, checked against the scheme's reference vector.
 * <p>
 * {@link #verify} is a named policy: it answers a {@link Verdict} (allowed, or refused with the reason), never throws for a
 * bad delivery; the receiver answers a refused one with 4xx.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    /** How far a delivery's timestamp may lie from the receiver's clock, either way: the scheme libraries' five minutes. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** A timestamp as the scheme writes one: whole seconds since the epoch in plain ASCII digits, no sign, no leading zero. */
    private static final java.util.regex.Pattern WHOLE_SECONDS = java.util.regex.Pattern.compile("0|[1-9][0-9]{0,17}");
    public static final String POLICY = "webhook-signature";

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final WebhookSecret secret;

    public WebhookSignature(WebhookSecret secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** {@code v1,<base64 of HMAC-SHA256(msgId.timestamp.body)>}; {@code timestamp} counts in whole seconds. */
    public String sign(String msgId, Instant timestamp, String body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(checkedId(msgId), timestamp.getEpochSecond(), body));
    }

    /** The three headers of one attempt, in the scheme's order: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}. */
    public SequencedMap<String, String> headers(String msgId, Instant timestamp, String body) {
        SequencedMap<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, checkedId(msgId));
        headers.put(TIMESTAMP, Long.toString(timestamp.getEpochSecond()));
        headers.put(SIGNATURE, sign(msgId, timestamp, body));
        return headers;
    }

    /**
     * Whether a received delivery is genuine: the three headers present (names in any case), the timestamp whole seconds within
     * {@link #TOLERANCE} of {@code now}, and one of the space-separated signatures a {@code v1} one that matches (compared in
     * constant time). Signatures of other versions are passed over, as the scheme asks for secret rotation.
     */
    public Verdict verify(Map<String, String> receivedHeaders, String body, Instant now) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        receivedHeaders.forEach((name, value) -> {
            if (name != null) { // some clients list the status line under no name
                headers.put(name, value);
            }
        });
        String msgId = headers.get(ID);
        String timestamp = headers.get(TIMESTAMP);
        String signatures = headers.get(SIGNATURE);
        for (var header : List.of(ID, TIMESTAMP, SIGNATURE)) {
            if (headers.get(header) == null || headers.get(header).isBlank()) {
                return refused("the " + header + " header is missing");
            }
        }
        // Plain ASCII digits only, as the sender wrote them: a signed, padded or non-ASCII number would verify under another text.
        if (!WHOLE_SECONDS.matcher(timestamp.strip()).matches()) {
            return refused("the " + TIMESTAMP + " header is not whole seconds since the epoch");
        }
        long seconds = Long.parseLong(timestamp.strip());
        // Compared as seconds, never as an Instant, which a number beyond any instant would make throw.
        if (Math.abs(seconds - now.getEpochSecond()) > TOLERANCE.toSeconds()) {
            return refused("the delivery's timestamp " + seconds + " is more than " + TOLERANCE.toMinutes() + " minutes from " + now);
        }
        if (msgId.contains(".")) {
            return refused("the " + ID + " header contains a full stop");
        }
        byte[] expected = mac(msgId, seconds, body);
        for (String candidate : signatures.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return new Verdict.Allowed(POLICY);
            }
        }
        return refused("no " + VERSION + " signature in " + SIGNATURE + " matches the body with this endpoint's secret");
    }

    private byte[] mac(String msgId, long seconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            return mac.doFinal((msgId + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    /** A message id the scheme allows: not blank, no full stop (it delimits the signed content), no white space. */
    static String checkedId(String msgId) {
        if (msgId == null || msgId.isBlank() || msgId.contains(".") || !msgId.equals(msgId.strip()) || msgId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a webhook id is not blank and has neither a full stop nor white space: '" + msgId + "'");
        }
        return msgId;
    }

    private static Verdict refused(String reason) {
        return new Verdict.Refused(POLICY, reason);
    }

    @Override
    public String toString() {
        return "WebhookSignature[" + secret + "]";
    }
}
