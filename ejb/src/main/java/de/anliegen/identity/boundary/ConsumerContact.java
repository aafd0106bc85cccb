package de.anliegen.identity.boundary;

import java.io.Serializable;

/** What a connected company sees of a consumer: the name and the mobile number, nothing else of the profile. */
public record ConsumerContact(long id, String firstName, String lastName, String mobileNumber)
        implements Serializable {}
