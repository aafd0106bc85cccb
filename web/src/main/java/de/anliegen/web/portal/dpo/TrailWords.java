package de.anliegen.web.portal.dpo;

import de.anliegen.audit.boundary.AuditEntry;
import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.web.portal.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail in words of the page's language, for the data protection officer: who (a staff member by name,
 * roles and company; the person themselves; the system), what was done to which object, and why. The trail itself
 * keeps codes (ADR 6); a code the bundle does not name yet is shown as it is.
 */
@Named
@RequestScoped
public class TrailWords {

    private static final String CONSUMER = "consumer:";
    /** How a rectification is written down (privacy's DataSubjectCases): {@code field: old → new}. */
    private static final Pattern RECTIFIED =
            Pattern.compile("(firstName|lastName|email|mobileNumber): (.*) → (.*)", Pattern.DOTALL);
    /** A change of the profile's details, with the old and the new value: by the officer, or by the person. */
    private static final Set<String> CHANGES = Set.of("consumer.rectified", "consumer.changed");

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Companies companies;

    @Inject
    PortalMessages messages;

    private final Map<StaffAccountId, String> staff = new HashMap<>();

    public String who(String actor) {
        return StaffAccountId.ofActorName(actor)
                .map(id -> staff.computeIfAbsent(id, this::staffMember))
                .orElseGet(() -> messages.text(actor.startsWith(CONSUMER) ? "audit.who.consumer" : "audit.who.system"));
    }

    public String what(AuditEntry entry) {
        var action = messages.textOr("audit.action." + entry.action(), entry.action());
        var object = object(entry.objectRef());
        return object == null ? action : action + " · " + object;
    }

    /**
     * The entry's details in the officer's language where they are words of ours: the kind of a recorded case, the
     * field of a rectification or of the person's own change (its values are the person's, shown as they are; none as
     * a dash).
     */
    public String detail(AuditEntry entry) {
        var detail = entry.detail();
        if (detail == null) {
            return null;
        }
        if (entry.action().equals("case.recorded")) {
            return messages.textOr("portal.dpo.kind." + detail, detail);
        }
        var rectified = RECTIFIED.matcher(detail);
        if (CHANGES.contains(entry.action()) && rectified.matches()) {
            return messages.textOr("portal.dpo.rectify." + rectified.group(1), rectified.group(1)) + ": "
                    + orDash(rectified.group(2)) + " → " + orDash(rectified.group(3));
        }
        return detail;
    }

    private static String orDash(String value) {
        return value.isEmpty() || value.equals("null") ? "–" : value;
    }

    public String why(AuditEntry entry) {
        var purpose = messages.textOr("audit.purpose." + entry.purpose(), entry.purpose());
        return entry.caseId() == null ? purpose : messages.text("audit.purpose.case", purpose, entry.caseId());
    }

    private String object(String ref) {
        if (ref == null) {
            return null;
        }
        var colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        var kind = ref.substring(0, colon);
        var id = ref.substring(colon + 1);
        return switch (kind) {
            case "consumer", "case" -> null;
            case "consent" -> messages.textOr("portal.dpo.purpose." + id, id);
            default -> messages.textOr("audit.object." + kind, ref, id);
        };
    }

    private String staffMember(StaffAccountId id) {
        var account = staffAccounts.described(List.of(id)).get(id);
        if (account == null) {
            return messages.text("audit.who.staffGone");
        }
        var roles = account.roles().stream()
                .map(role -> messages.text("role." + role))
                .collect(Collectors.joining(", "));
        var company = account.companyId() == null
                ? messages.text("product.name")
                : companies
                        .byId(new CompanyId(account.companyId()))
                        .map(CompanyView::name)
                        .orElse("–");
        return messages.text("audit.who.staff", account.displayName(), roles, company);
    }
}
