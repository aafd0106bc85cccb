package de.anliegen.identity.boundary;

import java.util.Set;

/** What it takes to open a staff account. {@code companyId} is empty for platform staff. */
public record NewStaffAccount(String email, String displayName, char[] password, Long companyId, Set<String> roles) {}
