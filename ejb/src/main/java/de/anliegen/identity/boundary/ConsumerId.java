package de.anliegen.identity.boundary;

/** Who a consumer is, across components and layers. As a principal name it can never be a staff member's. */
public record ConsumerId(long value) {

    private static final String PREFIX = "consumer:";

    public String principalName() {
        return PREFIX + value;
    }

    public static ConsumerId ofPrincipalName(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a consumer principal: " + name);
        }
        return new ConsumerId(Long.parseLong(name.substring(PREFIX.length())));
    }
}
