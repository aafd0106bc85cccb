package de.anliegen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The app API: everything below /api. Versioned paths start with v1. An operation that needs a signed-in caller says
 * so with {@code @SecurityRequirement(name = BEARER, scopes = <its roles>)} beside its {@code @RolesAllowed}
 * (ApiSecurityTest holds them together); the installation's server and contact come from {@link ApiDocument}, and the
 * roles decide which {@link Audience}'s document an operation is in.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Anliegen app API",
                        version = "1",
                        description =
                                "Secure customer-service messaging, hosted in Germany. Errors are RFC 9457 problem"
                                        + " details (application/problem+json).",
                        license =
                                @License(
                                        name =
                                                "Proprietary: for the apps of this installation's operator and their partners",
                                        identifier = "LicenseRef-Anliegen-Proprietary")),
        tags = {
            @Tag(name = "Registration", description = "Signing up with a mobile number and the code sent to it"),
            @Tag(name = "Sessions", description = "Signing in, renewing the access token, signing out"),
            @Tag(
                    name = "Profile",
                    description =
                            "The signed-in consumer: name, e-mail, number, picture, Facebook, the export of all their data"),
            @Tag(name = "Companies", description = "Participating companies, and the consumer's connections"),
            @Tag(
                    name = "Conversations",
                    description = "Service requests, their messages, attachments, markers and notes"),
            @Tag(name = "Push notifications", description = "Web Push subscriptions of the consumer's devices"),
            @Tag(name = "Consents", description = "What the consumer agreed to, and withdrawing it"),
            @Tag(name = AnliegenApi.STAFF, description = "Agents' sign-in for the staff API"),
            @Tag(name = AnliegenApi.DEVELOPMENT, description = "Only in dev mode: production answers 404")
        },
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = AnliegenApi.BEARER,
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        description =
                                                "The access token of a session (POST /api/v1/sessions, a registration's"
                                                        + " verification, or an agent's sign-in), sent as Authorization: Bearer <token>")))
public class AnliegenApi extends Application {

    /** The name of the security scheme of a signed-in caller's access token. */
    public static final String BEARER = "bearer";

    /** The tag of the staff API's public operations (its sign-in): they belong to the agents' document. */
    public static final String STAFF = "Staff";

    /** The tag of the dev mode's operations: in the developers' document only, and in no production document. */
    public static final String DEVELOPMENT = "Development";
}
