package de.anliegen.identity.control;

import de.anliegen.platform.problems.Invalid;

/** What a password must be: at least 10 characters, at most 200, and not one of the common ones. */
public final class PasswordPolicy {

    public static final int SHORTEST = 10;
    public static final int LONGEST = 200;

    private PasswordPolicy() {}

    /** Refuses a weak password, naming the request field it came in. */
    public static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            throw new Invalid("weak-password", field, "A password needs at least " + SHORTEST + " characters.");
        }
        if (password.codePointCount(0, password.length()) > LONGEST) {
            throw new Invalid("weak-password", field, "A password has at most " + LONGEST + " characters.");
        }
        if (CommonPasswords.contains(password)) {
            throw new Invalid("weak-password", field, "This password is one of the most common ones; choose another.");
        }
    }
}
