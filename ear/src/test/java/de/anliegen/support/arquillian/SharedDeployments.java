package de.anliegen.support.arquillian;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

/**
 * Keeps a deployment deployed from one test class to the next while the next class deploys the same archive.
 * Arquillian deploys at each class's start and undeploys at its end, about 4 s each time; the classes that test the
 * product from outside ({@code AgainstTheProduct}) all deploy the EAR as built, and the in-container ones all deploy
 * the EAR with every test class. A class with another archive (same name and context root) undeploys the shared one
 * first; whatever is shared at the end is undeployed before the server stops, so that the next start does not find it
 * in its configuration.
 *
 * <p>The interceptors run inside Arquillian's own (precedence 0), which activates the event's deployment context.
 */
public class SharedDeployments {

    private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());

    private record Shared(String key, Container<?> container, Deployment deployment, ProtocolMetaData metaData) {}

    private final Set<Deployment> aliases = Collections.newSetFromMap(new IdentityHashMap<>());
    private Shared shared;
    private boolean reallyUndeploying;

    @Inject
    private Event<DeploymentEvent> deploymentEvent;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionInContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentInContext;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        var event = context.getEvent();
        var container = event.getContainer();
        var deployment = event.getDeployment();
        var key = keyOf(container, deployment.getDescription());
        if (shared != null && shared.container() == container) {
            if (shared.key().equals(key)) {
                descriptionInContext.set(deployment.getDescription());
                deploymentInContext.set(deployment);
                if (shared.metaData() != null) {
                    protocolMetaData.set(shared.metaData());
                }
                deployment.deployed();
                aliases.add(deployment);
                return;
            }
            undeployShared();
        }
        context.proceed();
        if (key != null && deployment.isDeployed() && !deployment.hasDeploymentError()) {
            shared = new Shared(key, container, deployment, protocolMetaData.get());
            aliases.add(deployment);
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        var deployment = context.getEvent().getDeployment();
        if (!reallyUndeploying && aliases.remove(deployment)) {
            deployment.undeployed(); // the class is done; the server keeps the EAR for the next one
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) {
        if (shared != null && shared.container().getDeployableContainer() == event.getDeployableContainer()) {
            try {
                undeployShared();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not undeploy the shared deployment before the server stops", e);
            }
        }
    }

    private void undeployShared() {
        var current = shared;
        shared = null;
        aliases.clear();
        reallyUndeploying = true;
        try {
            deploymentEvent.fire(new UnDeployDeployment(current.container(), current.deployment()));
        } finally {
            reallyUndeploying = false;
        }
    }

    /**
     * Deployments of the same name with the same entries (in nested archives too) are shared: the EAR as built, and
     * the EAR with every test class that each in-container test asks for ({@code Deployments.earTesting}).
     */
    private static String keyOf(Container<?> container, DeploymentDescription description) {
        if (!description.isArchiveDeployment() || !description.managed()) {
            return null;
        }
        var archive = description.getArchive();
        var entries = new TreeSet<String>();
        entriesOf(archive, "", entries);
        return container.getName()
                + '|'
                + description.getName()
                + '|'
                + archive.getName()
                + '|'
                + description.testable()
                + '|'
                + entries.hashCode()
                + '|'
                + entries.size();
    }

    private static void entriesOf(Archive<?> archive, String prefix, Set<String> entries) {
        archive.getContent().forEach((path, node) -> {
            entries.add(prefix + path.get());
            if (node.getAsset() instanceof ArchiveAsset nested) {
                entriesOf(nested.getArchive(), prefix + path.get() + "!", entries);
            }
        });
    }
}
