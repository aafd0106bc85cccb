package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.anliegen.identity.boundary.PortalSignIn;
import de.anliegen.identity.boundary.StaffAccountView;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.web.security.AnliegenAuthentication.SignedInStaff;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyChannelsTest {

    private static final Instant SIGNED_IN_AT = Instant.parse("2026-12-05T08:00:00Z");

    private final CompanyChannels channels = new CompanyChannels();
    private final List<Set<String>> inThePortal = new ArrayList<>();

    CompanyChannelsTest() {
        channels.staffAccounts = new StaffAccounts() {
            @Override
            public Optional<PortalSignIn> hereWhileSignedIn(String email, Instant signedInAt) {
                Long company = email.startsWith("agent@stadtwerke")
                        ? Long.valueOf(1)
                        : email.startsWith("agent@baecker") ? Long.valueOf(2) : null;
                return email.startsWith("gone@")
                        ? Optional.empty()
                        : Optional.of(new PortalSignIn(
                                new StaffAccountView(7, email, "Alex", company, Set.of("AGENT")), false));
            }

            @Override
            public void inThePortal(Collection<String> emails) {
                inThePortal.add(Set.copyOf(emails));
            }
        };
    }

    @Test
    void whoever_has_a_page_open_is_in_the_portal_and_no_one_after_closing_it() {
        var page = new FakeSocket("1");
        var otherTab = new FakeSocket("2");
        var colleague = new FakeSocket("3");
        channels.open(page.session, staff("agent@stadtwerke.example"), "s1");
        channels.open(otherTab.session, staff("agent@stadtwerke.example"), "s1");
        channels.open(colleague.session, staff("agent@baeckerei.example"), "s2");

        channels.present();
        channels.closed(colleague.session);
        channels.present();
        channels.closed(page.session);
        channels.closed(otherTab.session);
        channels.present();

        assertEquals(
                List.of(
                        Set.of("agent@stadtwerke.example", "agent@baeckerei.example"),
                        Set.of("agent@stadtwerke.example"),
                        Set.of()),
                inThePortal);
    }

    @Test
    void a_company_s_pages_hear_its_changes_and_no_other_company_s() {
        var stadtwerke = new FakeSocket("1");
        var alsoStadtwerke = new FakeSocket("2");
        var baeckerei = new FakeSocket("3");
        channels.open(stadtwerke.session, staff("agent@stadtwerke.example"), "s1");
        channels.open(alsoStadtwerke.session, staff("agent@stadtwerke.example"), "s2");
        channels.open(baeckerei.session, staff("agent@baeckerei.example"), "s3");

        channels.send(1, "{\"changes\":[]}");

        assertEquals(List.of("{\"changes\":[]}"), stadtwerke.sent);
        assertEquals(List.of("{\"changes\":[]}"), alsoStadtwerke.sent);
        assertEquals(List.of(), baeckerei.sent);
    }

    @Test
    void a_sign_in_that_no_longer_holds_or_has_no_company_opens_no_channel() {
        var ended = new FakeSocket("1");
        var platformAdmin = new FakeSocket("2");
        channels.open(ended.session, staff("gone@stadtwerke.example"), "s1");
        channels.open(platformAdmin.session, staff("platform@anliegen.example"), "s2");

        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, ended.closedWith);
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, platformAdmin.closedWith);
    }

    @Test
    void a_session_that_ends_closes_its_pages_channels_and_no_others_also_under_its_new_id() {
        var page = new FakeSocket("1");
        var otherTab = new FakeSocket("2");
        var colleague = new FakeSocket("3");
        channels.open(page.session, staff("agent@stadtwerke.example"), "old");
        channels.open(otherTab.session, staff("agent@stadtwerke.example"), "old");
        channels.open(colleague.session, staff("agent@stadtwerke.example"), "theirs");

        channels.renamed("old", "new");
        channels.sessionEnded("old");
        assertNull(page.closedWith, "nothing is left under the old id");
        channels.sessionEnded("new");

        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, page.closedWith);
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, otherTab.closedWith);
        assertNull(colleague.closedWith);
    }

    @Test
    void a_page_that_does_not_read_is_closed_and_a_closed_one_hears_nothing() {
        var slow = new FakeSocket("1");
        slow.completes = false;
        var gone = new FakeSocket("2");
        channels.open(slow.session, staff("agent@stadtwerke.example"), "s1");
        channels.open(gone.session, staff("agent@stadtwerke.example"), "s2");
        channels.closed(gone.session);

        for (var i = 0; i <= CompanyChannels.MOST_PENDING; i++) {
            channels.send(1, "{}");
        }

        assertEquals(CompanyChannels.MOST_PENDING, slow.sent.size());
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, slow.closedWith);
        assertEquals(List.of(), gone.sent);
    }

    private static SignedInStaff staff(String email) {
        return new SignedInStaff(email, SIGNED_IN_AT);
    }

    /** A socket that records what it was sent and how it was closed; its sends complete at once unless told not to. */
    private static final class FakeSocket {

        final List<String> sent = new ArrayList<>();
        final Session session;
        CloseReason.CloseCode closedWith;
        boolean completes = true;

        FakeSocket(String id) {
            var remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            if (completes) {
                                ((SendHandler) args[1]).onResult(new jakarta.websocket.SendResult());
                            }
                        }
                        return null;
                    });
            session = (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getId":
                                return id;
                            case "isOpen":
                                return closedWith == null;
                            case "getAsyncRemote":
                                return remote;
                            case "close":
                                closedWith = args == null
                                        ? CloseReason.CloseCodes.NORMAL_CLOSURE
                                        : ((CloseReason) args[0]).getCloseCode();
                                return null;
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            case "equals":
                                return proxy == args[0];
                            default:
                                return null;
                        }
                    });
        }
    }
}
