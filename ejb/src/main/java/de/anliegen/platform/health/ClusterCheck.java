package de.anliegen.platform.health;

import de.anliegen.platform.control.ClusterMembership;
import de.anliegen.platform.settings.Node;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * On a node of a cluster (ANLIEGEN_CLUSTER_MEMBERS set; ADR 12), says in one line, a little after the start, whether
 * it found the other members: a node with a wrong member list, another installation's key or another cluster's name
 * does not join, and the operator reads here why. It says so again whenever the number of nodes it sees changes: a
 * node that died, or was cut off, and a node that joined or came back.
 */
@Singleton
@Startup
public class ClusterCheck {

    static final Duration AFTER_START = Duration.ofSeconds(10);
    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ClusterCheck.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    /** The number of nodes this node last said it sees; 0 before it said anything. */
    private int nodes;

    @PostConstruct
    void afterStart() {
        if (settings.isClusterNode()) {
            timers.createIntervalTimer(AFTER_START.toMillis(), EVERY.toMillis(), new TimerConfig(null, false));
        }
    }

    @Timeout
    void check(Timer timer) {
        String view;
        try {
            view = (String) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("jboss.as:subsystem=jgroups,channel=ee"), "view");
        } catch (JMException | RuntimeException e) {
            LOG.warning("ANLIEGEN_CLUSTER_MEMBERS is set, but this server is no node of a cluster (start it with"
                    + " -c standalone-full-ha.xml): " + e.getClass().getSimpleName());
            timer.cancel();
            return;
        }
        var membership = ClusterMembership.of(
                settings.get(Setting.CLUSTER_MEMBERS), settings.get(Setting.CLUSTER_NAME), Node.name(), view);
        if (membership.nodes() == nodes) {
            return;
        }
        nodes = membership.nodes();
        if (membership.alone()) {
            LOG.warning(membership.line());
        } else {
            LOG.info(membership.line());
        }
    }
}
