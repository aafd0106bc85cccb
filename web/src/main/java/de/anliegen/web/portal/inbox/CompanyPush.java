package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationErased;
import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.platform.json.Jsonp;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Tells the inbox pages of a company's staff on this node ({@link CompanyChannels}) that its conversations changed, as
 * the company's stream events arrive. Only the kind of change and the conversation's id travel this way: the pages
 * then read what they show through the boundaries, so no text reaches a page that its agent may not see. A burst of
 * events becomes one message every {@value #EVERY_MILLIS} ms at most, listing the changes, so that a busy company's
 * pages refresh a few times a second, not once an event, and are never kept waiting while events keep coming. A request
 * erased with its consumer has no event left to tell of it: its erasure is a change {@code erased} of its own.
 */
@ApplicationScoped
public class CompanyPush {

    static final long EVERY_MILLIS = 250;

    private static final String COMPANY_STREAM = "company:";
    private static final Logger LOG = Logger.getLogger(CompanyPush.class.getName());

    private final Map<Long, Set<Change>> pending = new ConcurrentHashMap<>();

    @Inject
    CompanyChannels pages;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void changed(@Observes StreamMessage message) {
        if (!message.streamKey().startsWith(COMPANY_STREAM)) {
            return;
        }
        var companyId = Long.valueOf(message.streamKey().substring(COMPANY_STREAM.length()));
        JsonObject event;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(message.json()))) {
            event = reader.readObject();
        }
        queue(companyId, new Change(event.getString("type"), conversationId(event), side(event), opened(event)));
    }

    /** The pages drop the request: the inbox its row, a thread open on it goes to the inbox, which says it is gone. */
    void erased(@Observes ConversationErased erased) {
        queue(
                erased.company().value(),
                new Change("erased", erased.conversation().value(), "", false));
    }

    private void queue(long companyId, Change change) {
        pending.compute(companyId, (id, changes) -> {
            if (changes == null) {
                scheduler.schedule(() -> send(id), EVERY_MILLIS, TimeUnit.MILLISECONDS);
                changes = new LinkedHashSet<>();
            }
            changes.add(change);
            return changes;
        });
    }

    private void send(long companyId) {
        var changes = pending.remove(companyId);
        if (changes == null) {
            return;
        }
        var json = Jsonp.PROVIDER.createArrayBuilder();
        for (var change : changes) {
            json.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("type", change.type())
                    .add("conversationId", change.conversationId())
                    .add("side", change.side())
                    .add("opened", change.opened()));
        }
        try {
            pages.send(
                    companyId,
                    Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("changes", json)
                            .build()
                            .toString());
        } catch (RuntimeException e) {
            LOG.warning("The portal pages of company " + companyId + " could not be told of changes: "
                    + e.getClass().getName());
        }
    }

    /** {@code opened}: the change is the first message of a new request (for the pages' optional notification). */
    private record Change(String type, long conversationId, String side, boolean opened) {}

    private static boolean opened(JsonObject event) {
        return event.getString("type").equals("message")
                && event.getJsonObject("message").getJsonNumber("seq").longValue() == 1;
    }

    private static long conversationId(JsonObject event) {
        if (event.containsKey("conversationId")) {
            return event.getJsonNumber("conversationId").longValue();
        }
        return event.getJsonObject("conversation").getJsonNumber("id").longValue();
    }

    private static String side(JsonObject event) {
        return event.get("side") instanceof JsonString text ? text.getString() : "";
    }
}
