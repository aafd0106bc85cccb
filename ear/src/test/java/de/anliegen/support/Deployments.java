package de.anliegen.support;

import java.io.File;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchiveFormat;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
     * The EAR with an in-container test inside its web module: the test runs where the resources and backing beans
     * run, and calls the boundaries as they do. Arquillian reaches it over HTTPS (arquillian.xml), since the server
     * redirects plain HTTP.
     */
    /** As {@link #earTesting}, with the test DSL that signs consumers and agents up and in over the real API. */
    public static EnterpriseArchive earTestingOverTheApi(Class<?>... classes) {
        var dsl = Stream.of(
                Api.class,
                Api.Reply.class,
                Api.TrustEverything.class,
                Consumers.class,
                Consumers.SignedIn.class,
                ServiceRequests.class,
                ServiceRequests.Agent.class);
        return earTesting(Stream.concat(Stream.of(classes), dsl).toArray(Class<?>[]::new));
    }

    public static EnterpriseArchive earTesting(Class<?>... classes) {
        HttpsURLConnection.setDefaultSSLSocketFactory(Api.trustingSelfSigned().getSocketFactory());
        var ear = ear();
        var web = ear.getAsType(WebArchive.class, WEB_MODULE, ArchiveFormat.ZIP).addClasses(classes);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(Testable.archiveToTest(web));
    }
}
