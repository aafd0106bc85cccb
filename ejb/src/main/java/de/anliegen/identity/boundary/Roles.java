package de.anliegen.identity.boundary;

import java.util.List;

/** The roles of the product. A consumer is never staff, and staff are never consumers. */
public final class Roles {

    public static final String CONSUMER = "CONSUMER";
    public static final String AGENT = "AGENT";
    public static final String COMPANY_ADMIN = "COMPANY_ADMIN";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";

    /** The roles a staff account may hold. */
    public static final List<String> STAFF = List.of(AGENT, COMPANY_ADMIN, PLATFORM_ADMIN, DATA_PROTECTION_OFFICER);

    private Roles() {}
}
