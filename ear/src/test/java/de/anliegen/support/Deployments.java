package de.anliegen.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.HttpsURLConnection;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchiveFormat;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build made, as it would be deployed in production. */
public final class Deployments {

    private static final String WEB_MODULE = "anliegen-web.war";

    private Deployments() {}

    public static EnterpriseArchive ear() {
        var file = new File(System.getProperty("anliegen.ear", "target/anliegen.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file + ": run the tests with `mvn verify`, which builds it");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The EAR with the in-container tests inside its web module: a test runs where the resources and backing beans
     * run, and calls the boundaries as they do (with the test DSL that signs consumers and agents up and in over the
     * real API). Arquillian reaches it over HTTPS (arquillian.xml), since the server redirects plain HTTP. The web
     * module holds every test class, whichever test asks: the archive is the same for all of them and is deployed
     * once (ADR 7).
     */
    public static EnterpriseArchive earTesting() {
        HttpsURLConnection.setDefaultSSLSocketFactory(Api.trustingSelfSigned().getSocketFactory());
        var ear = ear();
        var web = ear.getAsType(WebArchive.class, WEB_MODULE, ArchiveFormat.ZIP);
        var classes = testClasses();
        try (var files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .forEach(file -> web.add(
                            new FileAsset(file.toFile()),
                            "WEB-INF/classes/"
                                    + classes.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete(WEB_MODULE);
        return ear.addAsModule(Testable.archiveToTest(web));
    }

    /** Where the build put the compiled tests (target/test-classes). */
    private static Path testClasses() {
        try {
            return Path.of(Deployments.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
