package de.anliegen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The app API: everything below /api. Versioned paths start with v1. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Anliegen app API",
                        version = "1",
                        description =
                                "Secure customer-service messaging, hosted in Germany. Errors are RFC 9457 problem details."))
public class AnliegenApi extends Application {}
