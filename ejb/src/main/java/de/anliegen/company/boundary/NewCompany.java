package de.anliegen.company.boundary;

/** What a platform admin gives to onboard a company. */
public record NewCompany(String handle, String name, String description, String serviceHours) {}
