package org.entente.register;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every state with an ISO 3166-1 code, named in English, Russian and Indonesian from the JDK's
 * locale data (CLDR), which is maintained with each Java release; nothing is typed by hand.
 */
public final class States {

    public static final List<String> LANGUAGES = List.of("en", "ru", "id");

    private static final Map<StateCode, State> ALL = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> Locale.of("", alpha2))
            .map(States::fromLocale)
            .collect(Collectors.toUnmodifiableMap(State::code, Function.identity(), (a, b) -> a));

    private States() {
    }

    private static State fromLocale(Locale country) {
        Map<String, String> names = LANGUAGES.stream()
                .collect(Collectors.toMap(Function.identity(), language -> country.getDisplayCountry(Locale.of(language))));
        return new State(StateCode.of(country.getISO3Country()), names);
    }

    public static Optional<State> find(StateCode code) {
        return Optional.ofNullable(ALL.get(code));
    }

    public static boolean exists(String code) {
        return StateCode.isValid(code) && ALL.containsKey(StateCode.of(code));
    }

    public static State get(StateCode code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no state has the ISO 3166-1 alpha-3 code " + code));
    }

    public static List<State> all() {
        return ALL.values().stream().sorted(Comparator.comparing(State::code)).toList();
    }
}
