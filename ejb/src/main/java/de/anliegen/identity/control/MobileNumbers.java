package de.anliegen.identity.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.EnumSet;
import java.util.Optional;

/** Mobile numbers as people type them ({@code 0151 123 456 78}), normalised to E.164 ({@code +4915112345678}). */
public final class MobileNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "DE";
    private static final EnumSet<PhoneNumberType> RECEIVES_SMS =
            EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private MobileNumbers() {}

    /** The number in E.164, or empty when it is no valid mobile number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            var number = PHONES.parse(typed, DEFAULT_REGION);
            if (!PHONES.isValidNumber(number) || !RECEIVES_SMS.contains(PHONES.getNumberType(number))) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A search term as stored numbers hold it: a number as people type it ({@code 0151 123 456 78}) in E.164, anything
     * else as it stands (a piece of a number, a name).
     */
    public static String searched(String term) {
        return normalise(term).orElse(term);
    }

    /** The country (ISO 3166 code) of a number in E.164, as {@link #normalise} gives it. */
    public static String country(String e164) {
        try {
            return PHONES.getRegionCodeForNumber(PHONES.parse(e164, DEFAULT_REGION));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a number in E.164: " + e164, e);
        }
    }
}
