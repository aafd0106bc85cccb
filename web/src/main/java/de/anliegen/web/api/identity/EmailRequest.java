package de.anliegen.web.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An e-mail address. */
public record EmailRequest(@NotBlank @Email @Size(max = 254) String email) {}
