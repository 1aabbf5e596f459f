package org.entente.search;

import java.util.Map;
import java.util.Objects;

/**
 * One record a search found: its kind, the organization it belongs to, its id (code) and name, its names by language where it
 * has them (a state's), the state it is about (a request's requester, a mission's host; null for none) with that state's names
 * by language, its date (as the record writes it; null for none), its status (a request's or mission's status code; null for
 * none), a short detail (a request's description, a source's publisher, a clause's instrument; null for none) and the address
 * of its page.
 */
public record SearchHit(SearchKind kind, String organization, String id, String name, Map<String, String> names, String state,
                        Map<String, String> stateNames, String date, String status, String detail, String path) {

    public static final int MAX_DETAIL = 160;

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        names = names == null ? Map.of() : Map.copyOf(names);
        stateNames = stateNames == null ? Map.of() : Map.copyOf(stateNames);
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL - 1).strip() + "…";
        }
    }

    /** The hit's name in {@code language}, where it has one, else its name. */
    public String name(String language) {
        return names.getOrDefault(language, name);
    }

    /** The name in {@code language} of the state the hit is about, where it has one, else its code (null for none). */
    public String stateName(String language) {
        return state == null ? null : stateNames.getOrDefault(language, state);
    }
}
