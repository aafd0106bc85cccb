package de.anliegen.identity.boundary;

import java.util.regex.Pattern;

/** What a name and an e-mail address may look like, wherever a person's details are entered: app, portal, DPO. */
public final class PersonDetails {

    /**
     * Any letters, marks, spaces and punctuation, but no control characters; not only spaces, of any script (the
     * ideographic space, the no-break space: stripped, nothing would be left of the name).
     */
    public static final String NAME_PATTERN = "(?=.*[^\\s\\p{Z}])[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*";

    public static final int MOST_NAME = 100;
    public static final int MOST_EMAIL = 254;

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private PersonDetails() {}

    public static boolean isName(String value) {
        return !value.isEmpty()
                && value.codePointCount(0, value.length()) <= MOST_NAME
                && NAME.matcher(value).matches();
    }

    public static boolean isEmail(String address) {
        return address.length() <= MOST_EMAIL && EMAIL.matcher(address).matches();
    }
}
