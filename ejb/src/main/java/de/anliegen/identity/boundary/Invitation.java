package de.anliegen.identity.boundary;

import java.util.Set;

/**
 * Whom to invite: their e-mail address and name, their roles, and for platform admins the company they join (none
 * for the platform's own staff; a company admin always invites to their own company).
 */
public record Invitation(String email, String displayName, Set<String> roles, CompanyId company) {}
