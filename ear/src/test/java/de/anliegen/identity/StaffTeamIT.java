package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.Invitation;
import de.anliegen.identity.boundary.PersonDetails;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.identity.boundary.StaffPasswords;
import de.anliegen.identity.boundary.StaffTeam;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.Mails;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StadtwerkeAdmin;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company admin administers their own company's staff and no one else's: the boundary itself refuses another
 * company's account, whatever a client sends (the portal only ever offers the admin's own team).
 */
@ExtendWith(ArquillianExtension.class)
class StaffTeamIT {

    @Inject
    StadtwerkeAdmin stadtwerkeAdmin;

    @Inject
    StaffTeam team;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    StaffPasswords passwords;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_company_admin_cannot_touch_another_companys_account() {
        var foreign = account("agent@baeckerei-sommer.example");
        var hashBefore = foreign.passwordHash();

        assertThrows(NotFound.class, () -> stadtwerkeAdmin.does(() -> team.deactivate(foreign.accountId())));
        assertThrows(NotFound.class, () -> stadtwerkeAdmin.does(() -> team.resetPassword(foreign.accountId())));
        assertThrows(NotFound.class, () -> stadtwerkeAdmin.does(() -> team.reactivate(foreign.accountId())));
        assertThrows(
                NotFound.class, () -> stadtwerkeAdmin.does(() -> team.deactivate(new StaffAccountId(Long.MAX_VALUE))));

        var after = account("agent@baeckerei-sommer.example");
        assertTrue(after.isActive());
        assertEquals(hashBefore, after.passwordHash());
        var listed = stadtwerkeAdmin.does(team::members);
        assertFalse(listed.isEmpty());
        var stadtwerke = account(StadtwerkeAdmin.EMAIL).companyId();
        assertTrue(listed.stream().allMatch(member -> stadtwerke.equals(member.companyId())), listed::toString);
        assertTrue(listed.stream().noneMatch(member -> member.email().equals("agent@baeckerei-sommer.example")));
    }

    @Test
    void a_company_admin_administers_their_own_companys_accounts_but_not_their_own() {
        var email = "neu-" + UUID.randomUUID() + "@stadtwerke-musterstadt.example";
        var invited =
                stadtwerkeAdmin.does(() -> team.invite(new Invitation(email, "Nele Neu", Set.of(Roles.AGENT), null)));
        // until she has chosen a password, no request can be given to her
        assertTrue(stadtwerkeAdmin.does(() -> staffAccounts.colleagues()).stream()
                .noneMatch(colleague -> colleague.email().equals(email)));
        assertTrue(stadtwerkeAdmin
                .does(() -> staffAccounts.colleague(new StaffAccountId(invited.id())))
                .isEmpty());

        assertFalse(stadtwerkeAdmin
                .does(() -> team.deactivate(new StaffAccountId(invited.id())))
                .active());
        assertFalse(account(email).isActive());
        assertTrue(stadtwerkeAdmin
                .does(() -> team.reactivate(new StaffAccountId(invited.id())))
                .active());
        var own = account(StadtwerkeAdmin.EMAIL);
        assertThrows(Forbidden.class, () -> stadtwerkeAdmin.does(() -> team.deactivate(own.accountId())));
        assertTrue(account(StadtwerkeAdmin.EMAIL).isActive());
    }

    /**
     * A staff member's name counts as a consumer's, in code points (H2 counts UTF-16 units: V35): a name of 100 emoji
     * is a name for the account, and for the answers and internal notes that carry it.
     */
    @Test
    void a_name_of_100_emoji_is_a_staff_members_name_on_their_answers_and_notes_too() {
        var name = "😀".repeat(PersonDetails.MOST_NAME);
        var email = "emoji-" + UUID.randomUUID() + "@stadtwerke-musterstadt.example";

        stadtwerkeAdmin.does(() -> team.invite(new Invitation(email, name, Set.of(Roles.AGENT), null)));
        passwords.choose(Mails.tokenIn(Mails.newestTo(email).getString("body")), "Lachende-Gesichter-100");
        var agent = ServiceRequests.signInAgent(email, "Lachende-Gesichter-100");
        var consumer = Consumers.signUp("Emil", "Emoji");
        ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
        var request = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Zählerstand");
        var answer = ServiceRequests.send(agent.accessToken(), request, "Wir kümmern uns.");
        var note = Api.post(
                "/api/v1/conversations/" + request + "/notes",
                Json.createObjectBuilder().add("text", "Rückruf").build().toString(),
                agent.accessToken());

        assertEquals(name, account(email).displayName());
        assertEquals(name, answer.getString("agentName"), answer::toString);
        assertEquals(201, note.status(), note::toString);
        assertEquals(name, note.json().getString("agentName"));
    }

    private StaffAccount account(String email) {
        em.clear();
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getSingleResult();
    }
}
