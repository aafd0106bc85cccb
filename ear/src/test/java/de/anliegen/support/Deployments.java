package de.anliegen.support;

import java.io.File;
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
    public static EnterpriseArchive earTesting(Class<?>... classes) {
        HttpsURLConnection.setDefaultSSLSocketFactory(Api.trustingSelfSigned().getSocketFactory());
        var ear = ear();
        var web = ear.getAsType(WebArchive.class, WEB_MODULE, ArchiveFormat.ZIP).addClasses(classes);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(Testable.archiveToTest(web));
    }
}
