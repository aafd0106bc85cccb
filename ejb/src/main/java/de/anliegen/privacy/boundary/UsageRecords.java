package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.database.RowInserts;
import de.anliegen.platform.texts.Texts;
import de.anliegen.privacy.control.IpLocations;
import de.anliegen.privacy.control.UserAgents;
import de.anliegen.privacy.entity.UsageRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the records of a batch of queued visits, in the queue listener's transaction, many rows a statement. */
@Stateless
@PermitAll
public class UsageRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAgents userAgents;

    @Inject
    IpLocations locations;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    ConsumerContacts consumers;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void store(List<Visit> visits) {
        var existing = consumers.existing(visits.stream()
                .filter(Visit::consumer)
                .map(visit -> ConsumerId.ofPrincipalName(visit.principal()))
                .collect(Collectors.toSet()));
        var people = new HashMap<String, Optional<Long>>();
        var rows = new ArrayList<Object[]>(visits.size());
        for (var visit : visits) {
            var person =
                    people.computeIfAbsent(visit.principal(), principal -> idOf(principal, visit.consumer(), existing));
            if (visit.consumer() && person.isEmpty()) {
                continue; // deleted meanwhile: the log keeps nothing of them
            }
            rows.add(record(visit, person.orElse(null)).values());
        }
        RowInserts.into(em, UsageRecord.TABLE, UsageRecord.COLUMNS, rows);
    }

    private Optional<Long> idOf(String principal, boolean consumer, Set<ConsumerId> existingConsumers) {
        if (!consumer) {
            return staffAccounts.idOf(principal).map(StaffAccountId::value);
        }
        var id = ConsumerId.ofPrincipalName(principal);
        return existingConsumers.contains(id) ? Optional.of(id.value()) : Optional.empty();
    }

    private UsageRecord record(Visit visit, Long person) {
        var described = userAgents.describe(visit.userAgent());
        return new UsageRecord(
                visit.at(),
                visit.consumer() ? person : null,
                visit.consumer() ? null : person,
                visit.ip() == null ? "unknown" : visit.ip(),
                // the operator's location database may name a place longer than its column: a batch the database
                // refuses would be tried again for ever (configure.cli)
                Texts.cut(locations.of(visit.ip()), UsageRecord.MOST_LOCATION),
                described.browser(),
                described.operatingSystem(),
                described.device(),
                visit.method(),
                visit.endpoint(),
                visit.status(),
                visit.conversationId());
    }
}
