package de.anliegen.company.boundary;

import de.anliegen.company.entity.Connection;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.platform.export.ExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The companies a consumer connected with, and when; erased with the profile (ON DELETE CASCADE), and here first. */
@ApplicationScoped
public class ConnectionData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        writer.startSection("connections");
        connections(consumer)
                .forEach(connection -> writer.item(
                        "company", connection.company().name(),
                        "connectedAt", connection.connectedAt(),
                        "endedAt", connection.endedAt()));
        writer.endSection();
    }

    @Override
    public void erase(ConsumerId consumer) {
        connections(consumer).forEach(em::remove);
        em.flush();
    }

    private List<Connection> connections(ConsumerId consumer) {
        return em.createNamedQuery(Connection.OF_CONSUMER, Connection.class)
                .setParameter("consumer", consumer.value())
                .setParameter("all", true)
                .getResultList();
    }
}
