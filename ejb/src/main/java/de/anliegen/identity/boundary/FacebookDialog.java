package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * Whether this server offers Facebook sign-in and, if it does, how an app sends a person to Facebook's login dialog
 * without Facebook's script: to {@code url} with {@code client_id=appId}, {@code scope}, {@code response_type=code},
 * its own redirect address, a fresh {@code state} and the {@code code_challenge} (S256) of a fresh PKCE verifier;
 * Facebook sends the person back with a one-time code in the address's query, which the app hands to our server with
 * the verifier (ADR 10).
 */
public record FacebookDialog(@NotNull boolean offered, String appId, String url, String scope) {

    static FacebookDialog notOffered() {
        return new FacebookDialog(false, null, null, null);
    }
}
