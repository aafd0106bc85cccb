package de.anliegen.demo.boundary;

import de.anliegen.company.boundary.CannedResponses;
import de.anliegen.company.boundary.Companies;
import de.anliegen.company.boundary.CompanyView;
import de.anliegen.company.boundary.NewCompany;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.NewStaffAccount;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.database.SchemaReady;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Dev mode only: two companies and one staff account of each kind, created on the first start, and the logins
 * printed on every start. Production creates nothing.
 */
@Stateless
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<NewCompany> COMPANIES = List.of(
            new NewCompany(
                    "stadtwerke-musterstadt",
                    "Stadtwerke Musterstadt",
                    "Strom, Gas und Wasser für Musterstadt",
                    "Mo–Fr 8–18 Uhr"),
            new NewCompany(
                    "baeckerei-sommer",
                    "Bäckerei Sommer",
                    "Bestellungen, Allergene und Lieferungen",
                    "Mo–Sa 6–13 Uhr"));

    /** The authenticator key of the demo platform admin and data protection officer (Base32, printed at start). */
    public static final String DEMO_TOTP_SECRET = "ANLIEGENDEMOKEYFORPLATFORMANDDPO";

    private static final Map<String, String> CANNED_RESPONSES = new TreeMap<>(Map.of(
            "Begrüßung",
            "Guten Tag {firstName} {lastName},\n\nvielen Dank für Ihre Nachricht. Ich kümmere mich darum.\n\n"
                    + "Viele Grüße\n{agentName}, {companyName}",
            "Zählerstand",
            "Hallo {firstName}, bitte schicken Sie uns ein Foto Ihres Zählers mit gut lesbarer Zählernummer.",
            "Erledigt",
            "Hallo {firstName}, Ihr Anliegen ist erledigt. Wenn noch etwas offen ist, schreiben Sie uns gern."));

    private static final List<Login> LOGINS = List.of(
            new Login("agent@stadtwerke-musterstadt.example", "Alex Agent", "demo-agent-2026", 0, Set.of(Roles.AGENT)),
            new Login(
                    "admin@stadtwerke-musterstadt.example",
                    "Carla Company-Admin",
                    "demo-admin-2026",
                    0,
                    Set.of(Roles.AGENT, Roles.COMPANY_ADMIN)),
            new Login("agent@baeckerei-sommer.example", "Ben Agent", "demo-agent-2026", 1, Set.of(Roles.AGENT)),
            new Login(
                    "platform@anliegen.example",
                    "Paula Platform",
                    "demo-platform-2026",
                    -1,
                    Set.of(Roles.PLATFORM_ADMIN)),
            new Login(
                    "dpo@anliegen.example",
                    "Dora Datenschutz",
                    "demo-dpo-2026",
                    -1,
                    Set.of(Roles.DATA_PROTECTION_OFFICER)));

    @Inject
    Settings settings;

    @Inject
    Companies companies;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    CannedResponses cannedResponses;

    public void createOnFirstStart(@Observes SchemaReady ready) {
        if (!settings.isDev()) {
            return;
        }
        var created = COMPANIES.stream().map(this::company).toList();
        var first = new CompanyId(created.get(0).id());
        if (!cannedResponses.exist(first)) {
            CANNED_RESPONSES.forEach((title, text) -> cannedResponses.prepare(first, title, text));
        }
        for (var login : LOGINS) {
            if (staffAccounts.byEmail(login.email()).isEmpty()) {
                var company = login.company() < 0
                        ? null
                        : new CompanyId(created.get(login.company()).id());
                staffAccounts.open(new NewStaffAccount(
                        login.email(), login.name(), login.password().toCharArray(), company, login.roles()));
            }
            if (login.roles().contains(Roles.PLATFORM_ADMIN) || login.roles().contains(Roles.DATA_PROTECTION_OFFICER)) {
                staffAccounts.useDemoTotp(login.email(), DEMO_TOTP_SECRET);
            }
        }
        LOG.info(banner());
    }

    private CompanyView company(NewCompany company) {
        return companies.byHandle(company.handle()).orElseGet(() -> companies.onboard(company));
    }

    private String banner() {
        var url = settings.get(Setting.PUBLIC_URL);
        var text = new StringBuilder("\n\n  Anliegen runs in dev mode (demo data, dev outbox)\n\n")
                .append("  Website     ")
                .append(url)
                .append("/\n")
                .append("  Portal      ")
                .append(url)
                .append("/portal/\n")
                .append("  App         ")
                .append(url)
                .append("/app/   (the SMS code to register waits in the dev outbox)\n")
                .append("  API         ")
                .append(url)
                .append("/api/v1   (OpenAPI: ")
                .append(url)
                .append("/openapi)\n")
                .append("  Health      ")
                .append(url)
                .append("/health\n")
                .append("  Dev outbox  ")
                .append(url)
                .append("/api/dev/outbox\n\n")
                .append("  Demo logins for the portal:\n");
        for (var login : LOGINS) {
            text.append(String.format("    %-40s %-20s %s%n", login.email(), login.password(), login.roles()));
        }
        text.append("\n  Platform admins and data protection officers sign in with two factors: add the key\n    ")
                .append(DEMO_TOTP_SECRET.replaceAll("(.{4})", "$1 ").strip())
                .append(
                        "\n  to an authenticator app (time-based, 6 digits, 30 s) and enter its code after the password.\n");
        return text.toString();
    }

    private record Login(String email, String name, String password, int company, Set<String> roles) {}
}
