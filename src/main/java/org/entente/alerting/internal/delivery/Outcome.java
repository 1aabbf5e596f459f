package org.entente.alerting.internal.delivery;

/** What one attempt at a delivery came to: delivered, or failed (for good when {@code gone}: the receiver says it is gone). */
public sealed interface Outcome {

    Integer statusCode();

    record Delivered(Integer statusCode) implements Outcome {
    }

    record Failed(Integer statusCode, String error, boolean gone) implements Outcome {

        public Failed {
            error = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        }
    }

    /** Sends one delivery, once. */
    interface Sender {

        Delivery.Via via();

        Outcome send(Delivery delivery);
    }
}
