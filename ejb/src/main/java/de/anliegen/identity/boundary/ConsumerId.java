package de.anliegen.identity.boundary;

import java.util.Collection;
import java.util.List;

/** Who a consumer is, across components and layers. As a principal name it can never be a staff member's. */
public record ConsumerId(long value) {

    private static final String PREFIX = "consumer:";

    public String principalName() {
        return PREFIX + value;
    }

    /** The bare ids of these consumers: for a query's parameter. */
    public static List<Long> valuesOf(Collection<ConsumerId> consumers) {
        return consumers.stream().map(ConsumerId::value).toList();
    }

    public static ConsumerId ofPrincipalName(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a consumer principal: " + name);
        }
        return new ConsumerId(Long.parseLong(name.substring(PREFIX.length())));
    }
}
