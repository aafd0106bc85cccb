package de.anliegen.identity.boundary;

/** What a connected company sees of a consumer: the name and the mobile number, nothing else of the profile. */
public record ConsumerContact(long id, String firstName, String lastName, String mobileNumber) {}
