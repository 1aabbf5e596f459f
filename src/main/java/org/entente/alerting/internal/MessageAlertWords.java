package org.entente.alerting.internal;

import java.util.Locale;
import java.util.Objects;
import org.entente.alerting.internal.cap.AlertWords;
import org.entente.register.NativeName;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.springframework.context.MessageSource;

/** The words of an organization's alerts: the application's messages in each language, and the organization's names in its record. */
record MessageAlertWords(MessageSource messages, Organization organization) implements AlertWords {

    MessageAlertWords {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(organization, "organization");
    }

    @Override
    public String text(String language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.of(language));
    }

    /** Its abbreviation in {@code language} where the record has one (ОДКБ in Russian), else its name there; another's code. */
    @Override
    public String organization(OrganizationCode code, String language) {
        if (!code.equals(organization.code())) {
            return code.value();
        }
        NativeName name = organization.nameIn(language);
        return name.abbreviation() != null && !name.abbreviation().isBlank() ? name.abbreviation() : name.name();
    }
}
