package org.entente.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.entente.command.Refusal;
import org.springframework.ui.Model;

/**
 * A page's form posted: saved, answering where to go next; or refused, shown again as it was filled in, with the
 * refusal's status, the refusal itself (under {@code problemAttribute}: the summary at the top) and each reason beside the
 * field it names ({@code fieldErrors}). A refusal that the thing the form is about is not there is not a form to show
 * again: it goes to the error page.
 */
public final class FormAttempt {

    private FormAttempt() {
    }

    /**
     * {@code save}'s next view (a redirect), or {@code again}'s view of the form as filled in, after a refusal.
     *
     * @param problemAttribute the model attribute the page reads the refusal from
     */
    public static String saveOrShowAgain(Model model, HttpServletResponse response, String problemAttribute, Supplier<String> save,
                                         Supplier<String> again) {
        try {
            return save.get();
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(Problems.status(refused.reason()).value());
            model.addAttribute(problemAttribute, refused);
            model.addAttribute("fieldErrors", Problems.byField(refused.errors()));
            return again.get();
        }
    }
}
