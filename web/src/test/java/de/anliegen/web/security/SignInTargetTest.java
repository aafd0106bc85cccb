package de.anliegen.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
