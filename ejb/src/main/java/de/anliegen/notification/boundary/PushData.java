package de.anliegen.notification.boundary;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.platform.export.ExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The devices where the consumer switched notifications on: in the export which push service and since when (never
 * the device's keys); erased with the notifications still waiting for them.
 */
@ApplicationScoped
public class PushData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        writer.startSection("pushSubscriptions");
        PushSubscriptions.of(em, consumer).stream()
                .map(SubscriptionView::of)
                .forEach(device -> writer.item(
                        "pushService", device.pushService(),
                        "previews", device.previews(),
                        "language", device.language(),
                        "createdAt", device.createdAt()));
        writer.endSection();
    }

    @Override
    public void erase(ConsumerId consumer) {
        PushSubscriptions.of(em, consumer).forEach(em::remove);
    }
}
