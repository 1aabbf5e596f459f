package org.entente.exercise.internal;

import java.time.Instant;
import org.entente.register.OrganizationCode;

/**
 * An inject delivered in an exercise: its id and kind (the scenario format's code), its title, the world instant it was due at, the
 * real instant it arrived, the inject and the sources it cites as the scenario document gives them (JSON), and what it did to the
 * exercise's record where its kind does something: {@code effect} says it in words, {@code withdrawnPledge} names the pledge a
 * {@code unit_drops_out} withdrew (null where none).
 */
record DeliveredInject(OrganizationCode exercise, String injectId, String kind, String title, Instant worldAt, Instant deliveredAt, String inject,
                       String sources, String effect, Long withdrawnPledge) {
}
