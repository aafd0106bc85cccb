package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.platform.export.ExportWriter;
import de.anliegen.platform.export.ExportWriter.Worded;
import de.anliegen.privacy.control.WithoutPerson;
import de.anliegen.privacy.entity.Consent;
import de.anliegen.privacy.entity.DataSubjectCase;
import de.anliegen.privacy.entity.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The consumer's consents (every decision), their written requests to the data protection officer, and their usage
 * log. Erasure deletes the usage records, unlinks the consents (which then say only that someone once decided so) and
 * keeps the cases without the person: their notes, identity check and answer stay, with what identified the person
 * taken out ({@link WithoutPerson}).
 */
@ApplicationScoped
public class PrivacyData implements PersonalData {

    private static final int PAGE = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConsumerContacts contacts;

    @Inject
    AuditTrail audit;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        writer.startSection("consents");
        em.createNamedQuery(Consent.OF_CONSUMER, Consent.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(consent -> writer.item(
                        "purpose", new Worded(consent.purpose(), "purpose." + consent.purpose()),
                        "granted", consent.granted(),
                        "wordingVersion", consent.wordingVersion(),
                        "channel", new Worded(consent.channel(), "channel." + consent.channel()),
                        "decidedAt", consent.decidedAt()));
        writer.endSection();
        writer.startSection("cases");
        em.createNamedQuery(DataSubjectCase.OF_CONSUMER, DataSubjectCase.class)
                .setParameter("consumer", consumer.value())
                .getResultStream()
                .forEach(c -> writer.item(
                        "kind",
                        new Worded(c.kind(), "kind." + c.kind()),
                        "channel",
                        new Worded(c.channel(), "channel." + c.channel()),
                        "receivedOn",
                        c.receivedOn().toString(),
                        "status",
                        new Worded(c.status(), "caseStatus." + c.status()),
                        "answeredOn",
                        c.answeredOn() == null ? null : c.answeredOn().toString(),
                        "answer",
                        c.answer()));
        writer.endSection();
        writer.startSection("usage");
        Pages.each(
                em,
                PAGE,
                after -> em.createNamedQuery(UsageRecord.OF_CONSUMER, UsageRecord.class)
                        .setParameter("consumer", consumer.value())
                        .setParameter("after", after)
                        .setMaxResults(PAGE)
                        .getResultList(),
                UsageRecord::id,
                usage -> writer.item(
                        "at", usage.occurredAt(),
                        "ipAddress", usage.ipAddress(),
                        "location", usage.location(),
                        "browser", usage.browser(),
                        "operatingSystem", usage.operatingSystem(),
                        "device", usage.device(),
                        "request", usage.method() + " " + usage.endpoint(),
                        "status", (long) usage.status(),
                        "conversationId", usage.conversationId()));
        writer.endSection();
    }

    @Override
    public void erase(ConsumerId consumer) {
        em.createNamedQuery(UsageRecord.DELETE_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
        em.createNamedQuery(Consent.UNLINK)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
        var withoutPerson = new WithoutPerson(contacts.identifiers(consumer), audit.detailsAbout(consumer));
        var now = clock.instant();
        em.createNamedQuery(DataSubjectCase.OF_CONSUMER, DataSubjectCase.class)
                .setParameter("consumer", consumer.value())
                .getResultList()
                .forEach(found -> found.forgetPerson(now, withoutPerson::of));
    }
}
