package de.anliegen.web.security;

import static de.anliegen.web.Fakes.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class SignInTargetTest {

    @Test
    void a_portal_page_a_link_led_to_is_where_the_sign_in_returns() {
        assertEquals(
                "/portal/inbox/conversation.xhtml?id=42",
                SignInTarget.after("/portal/inbox/conversation.xhtml?id=42", true));
        assertEquals(
                "/portal/dpo/case.xhtml?id=7&tab=trail",
                SignInTarget.after("/portal/dpo/case.xhtml?id=7&tab=trail", false));
    }

    @Test
    void without_a_link_agents_go_to_their_inbox_and_everyone_else_to_the_overview() {
        assertEquals("/portal/inbox/index.xhtml", SignInTarget.after(null, true));
        assertEquals("/portal/", SignInTarget.after("", false));
    }

    @Test
    void nothing_but_a_page_of_the_portal_on_this_site_is_a_target() {
        for (var elsewhere : new String[] {
            "https://evil.example/portal/",
            "//evil.example/portal/",
            "/portal/../api/v1/me",
            "/site/opt-out",
            "/portal/\\\\evil.example",
            "/portal/x?a=<script>",
            "javascript:alert(1)"
        }) {
            assertEquals("/portal/", SignInTarget.after(elsewhere, false), elsewhere);
        }
    }

    @Test
    void a_page_whose_session_ended_returns_after_the_sign_in_to_the_page_its_browser_shows_and_nowhere_else() {
        assertEquals(
                "?ended=true&next=%2Fportal%2Fdpo%2Fcase.xhtml%3Fid%3D42",
                SignInTarget.queryForEnded(pageAt("/portal/dpo/case.xhtml?id=42")));
        for (var elsewhere :
                new String[] {null, "https://evil.example/portal/", "/api/v1/me", "/portal/../api/v1/me"}) {
            assertEquals("?ended=true", SignInTarget.queryForEnded(pageAt(elsewhere)), elsewhere);
        }
    }

    /** An ajax request of the portal page at {@code page}, as portal.js names it. */
    private static HttpServletRequest pageAt(String page) {
        return fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getHeader" -> SignInTarget.PAGE_HEADER.equals(args[0]) ? page : null;
            case "getContextPath" -> "";
            default -> null;
        });
    }
}
