package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sign-in with a password: the login is the mobile number (as typed) or the confirmed e-mail address. */
public record SignInRequest(
        @NotBlank @Size(max = 320) String login,
        @NotNull @Size(max = 200) String password) {}
