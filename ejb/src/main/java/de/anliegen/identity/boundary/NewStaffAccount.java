package de.anliegen.identity.boundary;

import java.util.Set;

/** What it takes to open a staff account. {@code company} is null for platform staff. */
public record NewStaffAccount(
        String email, String displayName, char[] password, CompanyId company, Set<String> roles) {}
