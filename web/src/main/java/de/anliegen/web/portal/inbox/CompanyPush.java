package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.StreamMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;

/**
 * Tells the portal pages of a company's staff on this node that one of its conversations changed, as the topic
 * brings the company's stream events. Only the kind of change and the conversation's id travel this way: the pages
 * then read what they show through the boundaries, so no text reaches a page that its agent may not see.
 */
@ApplicationScoped
public class CompanyPush {

    static final String CHANNEL = "company";
    private static final String COMPANY_STREAM = "company:";

    @Inject
    @Push(channel = CHANNEL)
    PushContext pages;

    void changed(@Observes StreamMessage message) {
        if (!message.streamKey().startsWith(COMPANY_STREAM)) {
            return;
        }
        var companyId = Long.valueOf(message.streamKey().substring(COMPANY_STREAM.length()));
        JsonObject event;
        try (var reader = Json.createReader(new StringReader(message.json()))) {
            event = reader.readObject();
        }
        pages.send(
                Map.of("type", event.getString("type"), "conversationId", conversationId(event), "side", side(event)),
                companyId);
    }

    private static long conversationId(JsonObject event) {
        if (event.containsKey("conversationId")) {
            return event.getJsonNumber("conversationId").longValue();
        }
        return event.getJsonObject("conversation").getJsonNumber("id").longValue();
    }

    private static String side(JsonObject event) {
        var side = event.get("side");
        return side instanceof jakarta.json.JsonString text ? text.getString() : "";
    }
}
