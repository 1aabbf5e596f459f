package org.entente.web.internal;

import java.util.Locale;
import org.entente.web.Times;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Offers every page its way of writing instants ({@link Times}), in its language. */
@ControllerAdvice(annotations = Controller.class)
class TimesAdvice {

    @ModelAttribute("times")
    Times times(Locale locale) {
        return new Times(LanguageConfiguration.supported(locale));
    }
}
