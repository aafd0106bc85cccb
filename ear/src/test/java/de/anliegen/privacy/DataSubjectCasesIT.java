package de.anliegen.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.audit.boundary.CaseId;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.privacy.boundary.CaseView;
import de.anliegen.privacy.boundary.DataSubjectCases;
import de.anliegen.privacy.boundary.NewCase;
import de.anliegen.privacy.control.OwnChangesAudited;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.DataProtectionOfficer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StadtwerkeAdmin;
import de.anliegen.support.TableScan;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data protection officer answers written requests: finds the person, records the case with its deadline, checks
 * identity, exports, rectifies, restricts and lifts, withdraws consent, erases; everything audited, nothing half-done.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class DataSubjectCasesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Inject
    DataSubjectCases cases;

    @Inject
    DataProtectionOfficer dpo;

    @Inject
    StadtwerkeAdmin stadtwerkeAdmin;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AnliegenDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_case_for_an_unknown_person_or_with_bad_input_is_refused_and_nothing_is_stored() {
        var before = caseCount();
        var consumer = Consumers.signUp("Ulla", "Unvollständig");

        assertThrows(NotFound.class, () -> open(new NewCase(Long.MAX_VALUE, "access", "letter", TODAY, null)));
        assertThrows(Invalid.class, () -> open(new NewCase(null, "access", "letter", TODAY, null)));
        assertThrows(Invalid.class, () -> open(new NewCase(consumer.id(), "everything", "letter", TODAY, null)));
        assertThrows(Invalid.class, () -> open(new NewCase(consumer.id(), "access", "telephone", TODAY, null)));
        assertThrows(
                Invalid.class, () -> open(new NewCase(consumer.id(), "access", "letter", TODAY.plusDays(1), null)));
        assertThrows(NotFound.class, () -> dpo.does(() -> cases.get(new CaseId(Long.MAX_VALUE))));

        assertEquals(before, caseCount());
    }

    @Test
    void the_officer_finds_the_writer_checks_identity_exports_rectifies_restricts_and_lifts() throws Exception {
        var consumer = Consumers.signUp("Berta", "Briefschreiberin");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Abschlag");
        var agent = ServiceRequests.stadtwerkeAgent();
        ServiceRequests.send(agent.accessToken(), conversation, "Wir prüfen das.");

        var found = dpo.does(() -> cases.find(consumer.mobileNumber().replace("+49", "0")))
                .subjects();
        assertEquals(List.of(consumer.id()), found.stream().map(s -> s.id()).toList());
        var opened = open(new NewCase(consumer.id(), "access", "letter", TODAY.minusDays(3), "Brief vom Montag"));
        assertEquals(TODAY.minusDays(3).plusMonths(1), opened.dueOn());
        assertEquals("open", opened.status());
        assertFalse(opened.overdue());
        assertEquals("Briefschreiberin", opened.subject().lastName());
        var id = new CaseId(opened.id());
        var overdue = open(new NewCase(consumer.id(), "access", "e-mail", TODAY.minusMonths(2), null));
        var list = dpo.does(cases::all);
        assertTrue(list.get(0).overdue(), "overdue cases come first");
        assertTrue(list.stream().anyMatch(c -> c.id() == overdue.id() && c.overdue() && c.daysLeft() < 0));

        assertThrows(Conflict.class, () -> export(id), "no export before the identity is checked");
        var tooLong =
                assertThrows(Invalid.class, () -> dpo.does(() -> cases.identityChecked(id, "Ausweis ".repeat(30))));
        assertEquals("text-too-long", tooLong.type(), "its column holds 200 characters");
        dpo.does(() -> cases.identityChecked(id, "Unterschrift mit dem Vertrag verglichen"));
        var zip = export(id);
        var data = Json.createReader(new ByteArrayInputStream(zip.get("data.json")))
                .readObject();
        assertEquals("Berta", data.getJsonArray("profile").getJsonObject(0).getString("firstName"));
        assertEquals(2, data.getJsonArray("messages").size());
        assertTrue(new String(zip.get("report.html"), StandardCharsets.UTF_8).contains("Briefschreiberin"));

        dpo.does(() -> cases.rectify(id, "lastName", "Briefeschreiberin"));
        assertEquals(
                "Briefeschreiberin",
                Api.get("/api/v1/me", consumer.accessToken()).json().getString("lastName"));
        assertThrows(Invalid.class, () -> dpo.does(() -> cases.rectify(id, "mobileNumber", "+4915100000000")));
        assertEquals("lastName: Briefschreiberin → Briefeschreiberin", detailOf("consumer.rectified", id));

        assertEquals(List.of(conversation), ServiceRequests.search(agent.accessToken(), "Briefeschreiberin"));
        assertTrue(ServiceRequests.search(agent.accessToken(), "Wir prüfen das").contains(conversation));
        dpo.does(() -> cases.restrict(id));
        assertThrows(Conflict.class, () -> dpo.does(() -> cases.restrict(id)));
        assertEquals(
                List.of(),
                ServiceRequests.search(agent.accessToken(), "Briefeschreiberin"),
                "restricted: no search by the name the inbox hides");
        assertFalse(
                ServiceRequests.search(agent.accessToken(), "Wir prüfen das").contains(conversation),
                "nor by the text of messages the company cannot read now");
        var byAgent = Api.get("/api/v1/conversations/" + conversation, agent.accessToken());
        assertEquals(403, byAgent.status(), byAgent::toString);
        assertEquals("/problems/consumer-restricted", byAgent.json().getString("type"));
        var sent = ServiceRequests.send(consumer.accessToken(), conversation, ServiceRequests.newId(), "Hallo?");
        assertEquals(403, sent.status(), sent::toString);
        assertEquals("/problems/account-restricted", sent.json().getString("type"));
        var typing = Api.post("/api/v1/conversations/" + conversation + "/typing", "", consumer.accessToken());
        assertEquals(403, typing.status(), "nor does the company hear them typing: " + typing);
        assertTrue(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("restricted"));
        assertEquals(
                200,
                Api.get("/api/v1/conversations/" + conversation, consumer.accessToken())
                        .status());

        dpo.does(() -> cases.lift(id));
        assertThrows(Conflict.class, () -> dpo.does(() -> cases.lift(id)));
        assertEquals(
                200,
                Api.get("/api/v1/conversations/" + conversation, agent.accessToken())
                        .status());
        assertEquals(
                201,
                ServiceRequests.send(consumer.accessToken(), conversation, ServiceRequests.newId(), "Danke")
                        .status());
        assertFalse(Api.get("/api/v1/me", consumer.accessToken()).json().getBoolean("restricted"));

        dpo.does(() -> cases.withdrawConsent(id, "service-requests"));
        assertEquals(
                0,
                Api.get("/api/v1/me/companies", consumer.accessToken())
                        .jsonArray()
                        .size());
        assertThrows(
                Conflict.class,
                () -> dpo.does(() -> cases.withdrawConsent(id, "service-requests")),
                "withdrawn already: nothing would be recorded");
        assertThrows(
                Conflict.class,
                () -> dpo.does(() -> cases.withdrawConsent(id, "marketing")),
                "never given: nothing would be recorded");

        var answered = dpo.does(() -> cases.answer(id, "Auskunft am " + TODAY + " per Post versandt.", false));
        assertEquals("answered", answered.status());
        assertThrows(Conflict.class, () -> dpo.does(() -> cases.restrict(id)), "an answered case is closed");
        assertThrows(
                Conflict.class,
                () -> dpo.does(() -> cases.note(id, "nachträglich", answered.notesVersion())),
                "its notes too, from a page opened before it closed");
        var actions = dpo.does(() -> cases.trail(new CaseId(overdue.id()), 0, 100)).stream()
                .map(e -> e.action())
                .toList();
        assertTrue(
                actions.containsAll(List.of(
                        "case.recorded",
                        "case.identity-checked",
                        "consumer.exported",
                        "consumer.rectified",
                        "consumer.restricted",
                        "consumer.unrestricted",
                        "consent.withdrawn",
                        "case.answered",
                        "audit.read")),
                actions::toString);
        assertTrue(dpo.does(cases::verify).intact());
    }

    @Test
    void erasure_through_a_case_leaves_nothing_of_the_person_and_the_case_without_them() throws Exception {
        var firstName = "Ernst" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var lastName = "Löschantrag" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp(firstName, lastName);
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var conversation =
                ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Vertrag " + lastName);
        ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), conversation, "Hallo " + firstName);
        var id = new CaseId(open(new NewCase(
                        consumer.id(), "erasure", "letter", TODAY, "Schreiben von " + firstName + " " + lastName))
                .id());
        dpo.does(() -> cases.identityChecked(id, "Ausweiskopie von " + lastName));
        dpo.does(() -> cases.rectify(id, "firstName", firstName + "a"));

        var erased = dpo.does(() -> cases.erase(id));

        assertTrue(erased.erased());
        assertNull(erased.subject());
        // the case keeps its evidence, without what identified the person (also the name before its rectification)
        assertEquals("Schreiben von […] […]", erased.notes());
        assertEquals("Ausweiskopie von […]", erased.identityCheckMethod());
        assertEquals(List.of(), TableScan.occurrences(database, List.of(firstName, lastName, consumer.mobileNumber())));
        assertEquals(401, Api.get("/api/v1/me", consumer.accessToken()).status());
        var refresh = Api.post("/api/v1/sessions/refresh", "{\"refreshToken\":\"" + consumer.refreshToken() + "\"}");
        assertEquals(401, refresh.status(), refresh::toString);
        assertTrue(refresh.json().getString("type").endsWith("/account-erased"), refresh::toString);
        assertThrows(Gone.class, () -> dpo.does(() -> cases.erase(id)), "a second erasure");
        assertThrows(Gone.class, () -> export(id), "an export of an erased consumer");
        assertThrows(NotFound.class, () -> open(new NewCase(consumer.id(), "access", "letter", TODAY, null)));
        assertTrue(dpo.does(cases::verify).intact(), "the trail verifies with its details erased");
    }

    @Test
    void the_answer_written_before_the_erasure_is_kept_without_the_person_and_closes_the_case() throws Exception {
        var lastName = "Antwort" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp("Anja", lastName);
        var id = new CaseId(open(new NewCase(consumer.id(), "erasure", "letter", TODAY, null))
                .id());
        dpo.does(() -> cases.identityChecked(id, "Ausweis"));

        var erased = dpo.does(() -> cases.erase(
                id, "Sehr geehrte Frau " + lastName + ", Ihre Daten (" + consumer.mobileNumber() + ") sind gelöscht."));

        assertTrue(erased.erased());
        assertEquals("answered", erased.status());
        assertEquals("Sehr geehrte Frau […], Ihre Daten ([…]) sind gelöscht.", erased.answer());
        assertEquals(List.of(), TableScan.occurrences(database, List.of(lastName, consumer.mobileNumber())));
    }

    @Test
    void a_new_address_confirmed_by_the_link_mailed_to_it_is_the_persons_own_change_in_the_trail() {
        var consumer = Consumers.signUp("Lina", "Linkklick");
        Consumers.confirmEmail(consumer, "lina." + consumer.id() + "@example.org");

        Consumers.confirmEmail(consumer, "lina.neu." + consumer.id() + "@example.org");

        var actors = em.createQuery(
                        "select e.actor from AuditEvent e where e.action = :action and e.objectRef = :object",
                        String.class)
                .setParameter("action", OwnChangesAudited.CHANGED)
                .setParameter("object", "consumer:" + consumer.id())
                .getResultList();
        assertEquals(List.of("consumer:" + consumer.id()), actors, "followed without signing in, still theirs");
    }

    @Test
    void names_and_a_number_the_person_changed_in_the_app_are_taken_out_of_the_case_at_the_erasure_too()
            throws Exception {
        var lastName = "Vorher" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp("Wanda", lastName);
        var oldNumber = consumer.mobileNumber();
        var id = new CaseId(open(new NewCase(
                        consumer.id(),
                        "erasure",
                        "letter",
                        TODAY,
                        "Brief von Frau " + lastName + ", Tel. " + oldNumber))
                .id());
        dpo.does(() -> cases.identityChecked(id, "Ausweis"));
        var renamed = Api.sendJson(
                "PATCH",
                "/api/v1/me",
                Json.createObjectBuilder().add("lastName", "Nachher").build().toString(),
                consumer.accessToken());
        assertEquals(200, renamed.status(), renamed::toString);
        var newNumber = Consumers.newMobileNumber();
        var started = Api.sendJson(
                "PUT",
                "/api/v1/me/mobile-number",
                Json.createObjectBuilder()
                        .add("mobileNumber", newNumber)
                        .build()
                        .toString(),
                consumer.accessToken());
        var confirmed = Api.post(
                "/api/v1/me/mobile-number/verification",
                Json.createObjectBuilder()
                        .add("verificationId", started.json().getString("id"))
                        .add("code", Consumers.codeSentTo(newNumber))
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(200, confirmed.status(), confirmed::toString);

        var erased = dpo.does(() -> cases.erase(id));

        assertEquals("Brief von Frau […], Tel. […]", erased.notes());
        // the old number's code requests stay for their day (the number may be someone else's by then)
        assertEquals(List.of(), TableScan.occurrences(database, List.of(lastName, newNumber)));
    }

    @Test
    void a_request_the_person_met_themselves_counts_as_done_in_its_case() {
        var consumer = Consumers.signUp("Selma", "Selbst");
        var id = new CaseId(open(new NewCase(consumer.id(), "erasure", "letter", TODAY, null))
                .id());
        assertFalse(dpo.does(() -> cases.get(id)).requestedDone());

        // the person deletes the account in the app before the officer comes to it
        Consumers.deleteAccount(consumer);

        var file = dpo.does(() -> cases.get(id));
        assertTrue(file.erased());
        assertTrue(file.requestedDone(), "erased: the case can be answered and closed");
    }

    @Test
    void a_page_opened_before_the_erasure_writes_no_identity_check_into_the_emptied_case() throws Exception {
        var lastName = "Muster" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp("Erika", lastName);
        var id = new CaseId(open(new NewCase(consumer.id(), "access", "letter", TODAY, null))
                .id());
        // the person deletes the account in the app; the officer's other tab still offers the identity check
        Consumers.deleteAccount(consumer);

        assertThrows(Gone.class, () -> dpo.does(() -> cases.identityChecked(id, "Ausweis von Erika " + lastName)));

        var file = dpo.does(() -> cases.get(id));
        assertFalse(file.identityChecked());
        assertNull(file.identityCheckMethod());
        assertEquals(List.of(), TableScan.occurrences(database, List.of(lastName)));
        assertFalse(
                dpo.does(() -> cases.actions(id)).stream()
                        .anyMatch(entry -> entry.action().equals("case.identity-checked")),
                "nothing audited as checked");
    }

    @Test
    void an_answer_from_a_page_drawn_before_the_erasure_is_refused_and_one_written_after_it_closes_the_case()
            throws Exception {
        var lastName = "Muster" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var consumer = Consumers.signUp("Erika", lastName);
        var id = new CaseId(open(new NewCase(consumer.id(), "access", "letter", TODAY, null))
                .id());
        // the person deletes the account in the app; the officer's other tab, drawn before, still shows them
        Consumers.deleteAccount(consumer);

        assertThrows(
                Gone.class,
                () -> dpo.does(() -> cases.answer(id, "Sehr geehrte Frau " + lastName + ", anbei Ihre Daten.", false)));

        var file = dpo.does(() -> cases.get(id));
        assertEquals("open", file.status());
        assertNull(file.answer());
        assertEquals(List.of(), TableScan.occurrences(database, List.of(lastName)));
        var answered = dpo.does(() -> cases.answer(id, "Ihr Konto war bereits gelöscht.", true));
        assertEquals("answered", answered.status(), "written knowing the person erased, it closes the case");
        assertEquals("Ihr Konto war bereits gelöscht.", answered.answer());
    }

    @Test
    void the_identity_is_checked_once_per_case() {
        var consumer = Consumers.signUp("Ida", "Identisch");
        var id = new CaseId(open(new NewCase(consumer.id(), "access", "letter", TODAY, null))
                .id());
        dpo.does(() -> cases.identityChecked(id, "Unterschrift verglichen"));

        assertThrows(Conflict.class, () -> dpo.does(() -> cases.identityChecked(id, "Ausweiskopie")));

        assertEquals("Unterschrift verglichen", dpo.does(() -> cases.get(id)).identityCheckMethod());
        assertEquals(
                1,
                dpo.does(() -> cases.actions(id)).stream()
                        .filter(entry -> entry.action().equals("case.identity-checked"))
                        .count());
    }

    @Test
    void notes_from_a_tab_drawn_before_other_notes_were_saved_are_refused_and_the_other_writes_are_not() {
        var consumer = Consumers.signUp("Nora", "Notiz");
        var id = new CaseId(open(new NewCase(consumer.id(), "access", "letter", TODAY, "Brief vom Montag"))
                .id());
        var first = dpo.does(() -> cases.get(id));
        var second = dpo.does(() -> cases.get(id));
        var saved = dpo.does(() -> cases.note(id, "Brief vom Montag, Ausweiskopie angefordert", first.notesVersion()));

        var refused = assertThrows(
                Conflict.class,
                () -> dpo.does(() -> cases.note(id, "Brief vom Montag, angerufen", second.notesVersion())));

        assertEquals("notes-changed", refused.type());
        assertEquals(
                "Brief vom Montag, Ausweiskopie angefordert",
                dpo.does(() -> cases.get(id)).notes());
        // the second tab's identity check and answer never saw the notes' version, and need not have
        dpo.does(() -> cases.identityChecked(id, "Ausweiskopie verglichen"));
        var mended = dpo.does(() -> cases.note(id, "Ausweiskopie angefordert, angerufen", saved.notesVersion()));
        assertEquals("Ausweiskopie angefordert, angerufen", mended.notes(), "saved over the version shown");
        assertEquals(
                "answered",
                dpo.does(() -> cases.answer(id, "Auskunft versandt.", false)).status());
    }

    @Test
    void only_the_data_protection_officer_works_on_cases() {
        var consumer = Consumers.signUp("Petra", "Privat");
        var id = new CaseId(open(new NewCase(consumer.id(), "access", "letter", TODAY, null))
                .id());

        assertThrows(EJBAccessException.class, () -> stadtwerkeAdmin.does(() -> cases.get(id)));
        assertThrows(EJBAccessException.class, () -> stadtwerkeAdmin.does(() -> cases.erase(id)));
        assertThrows(EJBAccessException.class, () -> cases.find(consumer.mobileNumber()));
        assertTrue(Api.get("/api/v1/me", consumer.accessToken()).status() == 200);
    }

    private CaseView open(NewCase request) {
        return dpo.does(() -> cases.open(request));
    }

    private HashMap<String, byte[]> export(CaseId caseId) throws Exception {
        var out = new ByteArrayOutputStream();
        dpo.does(() -> {
            cases.export(caseId, Locale.GERMAN, out);
            return null;
        });
        var entries = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private String detailOf(String action, CaseId caseId) {
        em.clear();
        return em.createQuery(
                        "select e.detail from AuditEvent e where e.action = :a and e.caseId = :c order by e.seq desc",
                        String.class)
                .setParameter("a", action)
                .setParameter("c", caseId.value())
                .setMaxResults(1)
                .getSingleResult();
    }

    private long caseCount() {
        return em.createQuery("select count(c) from DataSubjectCase c", Long.class)
                .getSingleResult();
    }
}
