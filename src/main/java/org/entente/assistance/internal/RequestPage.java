package org.entente.assistance.internal;

/**
 * The filing form of the pages, as typed: every field text (sources one per line), so that a refused form comes back
 * as it was filled in. It is read by the API's parser ({@link RequestForms#filing}), so that the pages and the API share one.
 */
record RequestPage(String state, String threat, String clause, String description, String sources, boolean acknowledgeWarnings) {

    /** A new request's form: nothing chosen or typed. */
    static RequestPage blank() {
        return new RequestPage("", "", "", "", "", false);
    }

    /** The form as the browser posts it; a field left out is blank. */
    static RequestPage posted(String state, String threat, String clause, String description, String sources, boolean acknowledgeWarnings) {
        return new RequestPage(blank(state), blank(threat), blank(clause), blank(description), blank(sources), acknowledgeWarnings);
    }

    AssistanceService.Filing filing() {
        return RequestForms.filing(state, threat, clause, description, RequestForms.lines(sources), acknowledgeWarnings);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
