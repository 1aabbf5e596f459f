package org.entente.alerting.internal.cap;

import java.util.List;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.States;

/**
 * The words of an alert in a language: its texts from the message files ({@code messages*.properties}, keys {@code cap.*}),
 * and the names of the records it names as readers of that language read them. The alerts are a pure function of these;
 * the feed gives them the application's messages and the organization's record.
 */
public interface AlertWords {

    /** The languages every alert is written in, one {@code info} block each, English first. */
    List<String> LANGUAGES = States.LANGUAGES;

    /** The message {@code key} in {@code language}, with its arguments. */
    String text(String language, String key, Object... arguments);

    /** The organization's short name in {@code language} (its abbreviation there, e.g. ОДКБ), or its code where the record has none. */
    String organization(OrganizationCode organization, String language);

    /** The state's name in {@code language}, as pages name it; its code where no state has it. */
    default String state(StateCode state, String language) {
        return States.find(state).map(found -> found.name(language)).orElse(state.value());
    }
}
