package org.entente.access;

/** What the access table says of one request by one actor. */
public sealed interface Decision {

    record Allowed() implements Decision {
    }

    /** Nobody is signed in, and the address needs someone who is. */
    record SignInNeeded() implements Decision {
    }

    record Refused(String reason) implements Decision {
    }

    Decision ALLOWED = new Allowed();
    Decision SIGN_IN_NEEDED = new SignInNeeded();
}
