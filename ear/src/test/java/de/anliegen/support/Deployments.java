package de.anliegen.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.HttpsURLConnection;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build made, as it would be deployed in production. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive ear() {
        var file = new File(System.getProperty("anliegen.ear", "target/anliegen.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("No EAR at " + file + ": run the tests with `mvn verify`, which builds it");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The EAR with one more web module holding an in-container test: the test runs beside the product and calls its
     * boundaries as the web module does. The module is named in application.xml, or WildFly would not deploy it.
     */
    public static EnterpriseArchive earWith(WebArchive tests) {
        // Arquillian reaches the test over HTTPS (arquillian.xml), since the server redirects plain HTTP
        HttpsURLConnection.setDefaultSSLSocketFactory(Api.trustingSelfSigned().getSocketFactory());
        var ear = ear();
        var descriptor = ear.get("META-INF/application.xml").getAsset();
        String xml;
        try (var in = descriptor.openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var name = tests.getName();
        var module = "<module><web><web-uri>" + name + "</web-uri><context-root>/"
                + name.replace(".war", "") + "</context-root></web></module>";
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(xml.replace("</application>", module + "</application>")));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }
}
