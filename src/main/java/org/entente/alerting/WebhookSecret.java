package org.entente.alerting;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} followed by the base64 of 24 to 64 random bytes
 * (the scheme: "at least 24 bytes, 512 bits at most"). The key never appears in {@link #toString()} nor in an error message;
 * {@link #encoded()} gives the form shown once to the secretariat and stored for signing. A class, not a record, so that no
 * serializer that reads a record's components can write the key.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    /** The length {@link #generate} draws: 256 bits. */
    public static final int GENERATED_BYTES = 32;

    private final byte[] key;

    public WebhookSecret(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** A new secret of {@value #GENERATED_BYTES} bytes drawn from {@code random}. */
    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    /**
     * The secret written as {@code whsec_<base64>}. Refuses, without repeating the text given, a secret without the prefix,
     * one whose rest is not base64, and one of fewer than 24 or more than 64 bytes.
     */
    public static WebhookSecret parse(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with '" + PREFIX + "'");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is '" + PREFIX + "' followed by standard base64, and this one's rest is not base64");
        }
        return new WebhookSecret(key);
    }

    /** The key's bytes (a copy), for signing in this package only. */
    byte[] key() {
        return key.clone();
    }

    /** {@code whsec_} and the base64 of the key: the one form that holds the key in text. */
    public String encoded() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret secret && Arrays.equals(key, secret.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + PREFIX + "…, " + key.length + " bytes]";
    }
}
