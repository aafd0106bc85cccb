package de.anliegen.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage queue tries a batch again for as long as the database refuses it (configure.cli): a message that is no
 * batch at all must therefore be dropped, not thrown back to come again for ever.
 */
class UsageQueueListenerTest {

    private final List<List<Visit>> stored = new ArrayList<>();
    private final UsageQueueListener listener = new UsageQueueListener();

    UsageQueueListenerTest() {
        listener.records = new UsageRecords() {
            @Override
            public void store(List<Visit> visits) {
                stored.add(visits);
            }
        };
    }

    @Test
    void a_batch_of_visits_is_stored() {
        var visit =
                new Visit(Instant.EPOCH, "agent@example.org", false, "192.0.2.1", null, "GET", "/portal/", 200, null);

        listener.onMessage(text(VisitBatch.write(List.of(visit))));

        assertEquals(List.of(List.of(visit)), stored);
    }

    @Test
    void a_message_that_is_no_batch_of_visits_is_dropped_and_not_thrown_back() {
        listener.onMessage(text("no visits"));
        listener.onMessage(text("{\"visits\": 42}"));

        assertEquals(List.of(), stored);
    }

    private static Message text(String body) {
        return (Message) Proxy.newProxyInstance(
                TextMessage.class.getClassLoader(), new Class<?>[] {TextMessage.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getBody") || method.getName().equals("getText")) {
                        return body;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
