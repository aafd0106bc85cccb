package de.anliegen.web.portal;

/**
 * An id as a page's address gives it ({@code ?id=}): what is no number names nothing, which the page answers as it
 * answers an id that does not exist, not with a conversion error or a failure of ours.
 */
public final class AddressIds {

    /** What names nothing: no conversation, case or account has it. */
    public static final long NONE = 0;

    private AddressIds() {}

    public static long of(String value) {
        try {
            return value == null ? NONE : Math.max(NONE, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
