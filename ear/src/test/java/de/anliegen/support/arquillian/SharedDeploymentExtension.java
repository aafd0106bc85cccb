package de.anliegen.support.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SharedDeployments} (META-INF/services): the EAR as built is deployed once for all the classes that
 * test it from outside, not once per class. {@code -Darquillian.share.deployments=false} deploys per class again.
 */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (Boolean.parseBoolean(System.getProperty("arquillian.share.deployments", "true"))) {
            builder.observer(SharedDeployments.class);
        }
    }
}
