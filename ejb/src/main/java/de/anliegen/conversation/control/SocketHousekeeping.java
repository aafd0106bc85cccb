package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.StreamSubscriptions;
import de.anliegen.platform.database.SchemaReady;
import de.anliegen.platform.settings.Node;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Once the database is there, this node forgets the sockets it had open before it (re)started. */
@ApplicationScoped
public class SocketHousekeeping {

    @Inject
    StreamSubscriptions subscriptions;

    void forgetOldSockets(@Observes SchemaReady ready) {
        subscriptions.forgetNode(Node.name());
    }
}
