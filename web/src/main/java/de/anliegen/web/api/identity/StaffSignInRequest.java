package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agent's sign-in to the API with the portal's e-mail address and password, and the authenticator app's code when
 * the account has two factors.
 */
public record StaffSignInRequest(
        @NotBlank @Size(max = 320) String email,
        @NotNull @Size(max = 200) String password,
        @Size(max = 10) String code) {}
