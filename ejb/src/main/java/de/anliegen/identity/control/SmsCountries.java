package de.anliegen.identity.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The countries whose mobile numbers get codes by SMS, each with the most codes it may get within 24 hours: the
 * operator's allow-list and budget against SMS-pumping fraud, written {@code DE:5000,AT:500,CH:500}.
 */
public final class SmsCountries {

    private final Map<String, Integer> budgets;

    private SmsCountries(Map<String, Integer> budgets) {
        this.budgets = Collections.unmodifiableMap(budgets);
    }

    public static SmsCountries parse(String setting, String name) {
        var budgets = new LinkedHashMap<String, Integer>();
        for (var entry : setting.split(",")) {
            var parts = entry.strip().split(":");
            if (parts.length != 2
                    || !parts[0].strip().matches("[A-Za-z]{2}")
                    || !parts[1].strip().matches("\\d{1,9}")) {
                throw new IllegalStateException(name + " must list countries with their codes per day, e.g."
                        + " DE:5000,AT:500,CH:500, not '" + setting + "'");
            }
            budgets.put(parts[0].strip().toUpperCase(Locale.ROOT), Integer.valueOf(parts[1].strip()));
        }
        return new SmsCountries(budgets);
    }

    /** The most codes within 24 hours for numbers of this country (ISO 3166 code); empty: none at all. */
    public Optional<Integer> budgetOf(String country) {
        return Optional.ofNullable(budgets.get(country));
    }

    /** The countries in English, for a message: "Germany, Austria and Switzerland". */
    public String names() {
        var names = budgets.keySet().stream()
                .map(country -> new Locale("", country).getDisplayCountry(Locale.ENGLISH))
                .toList();
        return names.size() == 1
                ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                        + names.get(names.size() - 1);
    }
}
