package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditEntry;
import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.export.ExportWriter;
import de.anliegen.platform.export.ExportWriter.Worded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail's entries about a consumer: who touched their data, when and why. Erasure keeps the entries (they are
 * the proof of what was done) and empties their personal detail; the chain still verifies, and nothing left names the
 * person.
 */
@ApplicationScoped
public class AuditData implements PersonalData {

    private static final int PAGE = 1_000;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Companies companies;

    @Inject
    AuditTrail trail;

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        var staff = new HashMap<StaffAccountId, Worded>();
        writer.startSection("auditTrail");
        Pages.each(
                em,
                PAGE,
                after -> trail.aboutAfter(consumer, after, PAGE),
                AuditEntry::seq,
                event -> writer.item(
                        "seq", event.seq(),
                        "at", event.occurredAt(),
                        "who", who(event.actor(), staff),
                        "action", new Worded(event.action(), "action." + event.action()),
                        "purpose", new Worded(event.purpose(), "purpose." + event.purpose()),
                        "object", object(event.objectRef()),
                        "case", event.caseId(),
                        "detail", event.detail()));
        writer.endSection();
    }

    /**
     * Who, as the person may know them: themselves, the server, or the staff of a company (by the company, as the
     * person met them), the data protection officer, the platform's operations; never an internal id.
     */
    private Worded who(String actor, Map<StaffAccountId, Worded> staff) {
        return StaffAccountId.ofActorName(actor)
                .map(id -> staff.computeIfAbsent(id, account -> staffMember(actor, account)))
                .orElseGet(() -> new Worded(actor, actor.startsWith("consumer:") ? "who.consumer" : "who.system"));
    }

    private Worded staffMember(String actor, StaffAccountId id) {
        var account = staffAccounts.described(List.of(id)).get(id);
        if (account == null) {
            return new Worded(actor, "who.staffGone");
        }
        if (account.companyId() != null) {
            var company = companies
                    .byId(new CompanyId(account.companyId()))
                    .map(CompanyView::name)
                    .orElse("–");
            return new Worded(actor, "who.companyStaff", company);
        }
        return new Worded(actor, account.roles().contains(Roles.DATA_PROTECTION_OFFICER) ? "who.dpo" : "who.platform");
    }

    private static Worded object(String ref) {
        if (ref == null) {
            return null;
        }
        var colon = ref.indexOf(':');
        if (colon < 0 || ref.startsWith("consent:")) {
            return new Worded(ref, "object." + ref.replace(':', '.'));
        }
        return new Worded(ref, "object." + ref.substring(0, colon), ref.substring(colon + 1));
    }

    @Override
    public void erase(ConsumerId consumer) {
        trail.eraseDetailsAbout(consumer);
    }
}
