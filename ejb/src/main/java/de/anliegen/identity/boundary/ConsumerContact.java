package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** What a connected company sees of a consumer: the name and the mobile number, nothing else of the profile. */
public record ConsumerContact(
        @NotNull long id,
        @NotNull String firstName,
        @NotNull String lastName,
        String mobileNumber) implements Serializable {}
