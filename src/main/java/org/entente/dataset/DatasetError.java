package org.entente.dataset;

/** One thing wrong with a dataset document: where (a JSON path such as {@code $.membershipEvents[3].state}) and what. */
public record DatasetError(String path, String message) {
}
