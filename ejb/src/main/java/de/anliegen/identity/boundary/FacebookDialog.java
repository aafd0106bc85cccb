package de.anliegen.identity.boundary;

/**
 * Whether this server offers Facebook sign-in and, if it does, how an app sends a person to Facebook's login dialog
 * without Facebook's script: to {@code url} with {@code client_id=appId}, {@code scope}, {@code response_type=token},
 * its own redirect address and a fresh {@code state}; Facebook sends the person back with the access token in the
 * address's fragment.
 */
public record FacebookDialog(boolean offered, String appId, String url, String scope) {

    static FacebookDialog notOffered() {
        return new FacebookDialog(false, null, null, null);
    }
}
