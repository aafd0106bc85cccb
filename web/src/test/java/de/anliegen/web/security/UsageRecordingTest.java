package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.anliegen.privacy.boundary.UsageLog;
import de.anliegen.privacy.boundary.Visit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation a request is about, as the usage log records it: from its address, or as its page says. */
class UsageRecordingTest {

    private final List<Visit> logged = new ArrayList<>();
    private final UsageRecording filter = new UsageRecording();

    UsageRecordingTest() {
        filter.usageLog = new UsageLog() {
            @Override
            public void record(Visit visit) {
                logged.add(visit);
            }
        };
        filter.clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    }

    @Test
    void an_api_path_and_a_portal_address_name_their_conversation() throws Exception {
        filter.doFilter(request("GET", "/api/v1/conversations/12/messages", null), response(), nothing());
        filter.doFilter(request("GET", "/portal/inbox/conversation.xhtml", "id=34"), response(), nothing());
        filter.doFilter(request("GET", "/portal/inbox/index.xhtml", null), response(), nothing());

        assertEquals(12L, logged.get(0).conversationId());
        assertEquals(34L, logged.get(1).conversationId());
        assertNull(logged.get(2).conversationId());
    }

    @Test
    void a_page_that_posts_back_to_itself_says_which_conversation_its_request_concerns() throws Exception {
        FilterChain reply = (request, response) -> UsageRecording.concerns((HttpServletRequest) request, 56);

        filter.doFilter(request("POST", "/portal/inbox/conversation.xhtml", null), response(), reply);

        assertEquals(56L, logged.get(0).conversationId());
        assertEquals("POST", logged.get(0).method());
    }

    private static FilterChain nothing() {
        return (request, response) -> {};
    }

    private static HttpServletRequest request(String method, String path, String query) {
        var attributes = new HashMap<String, Object>();
        Principal agent = () -> "agent@stadtwerke.example";
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getUserPrincipal" -> agent;
            case "getRequestURI" -> path;
            case "getQueryString" -> query;
            case "getMethod" -> method;
            case "isUserInRole" -> false;
            case "getRemoteAddr" -> "192.0.2.7";
            case "getHeader" -> "Mozilla/5.0";
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            default -> null;
        });
    }

    private static HttpServletResponse response() {
        return fake(HttpServletResponse.class, (name, args) -> name.equals("getStatus") ? 200 : null);
    }
}
