package org.entente.exercise;

import java.time.Instant;

/**
 * An inject of an exercise's scenario arrived (past tense, published once per inject and exercise): in the exercise
 * {@code exercise} (its organization code, under which everything of the exercise is read) of the organization
 * {@code organization}, the inject {@code injectId} of kind {@code kind} (its code in the scenario format,
 * {@code request_arrives}) titled {@code title}, due at the world instant {@code worldAt}, delivered at the real instant {@code at}.
 */
public record InjectDelivered(String organization, String exercise, String injectId, String kind, String title, Instant worldAt, Instant at) {
}
