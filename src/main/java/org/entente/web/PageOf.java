package org.entente.web;

import java.util.List;

/** One page of a list that can grow: its items, the page number (from 0), the page size and the totals. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The page {@code page} of {@code size} items of {@code all}; a bad page or size is a problem naming the parameter. */
    public static <T> PageOf<T> of(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageOf<>(List.copyOf(all.subList(from, to)), page, size, all.size(), (all.size() + size - 1) / size);
    }

    /** A page the database has already cut: its {@code items} among {@code totalItems}. */
    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        check(page, size);
        return new PageOf<>(List.copyOf(items), page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /** Checks a requested page and size before anything is read; a bad one is a problem naming the parameter. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw Problems.badRequest("page", "the page number starts at 0, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.badRequest("size", "the page size is between 1 and " + MAX_SIZE + ", not " + size);
        }
    }
}
