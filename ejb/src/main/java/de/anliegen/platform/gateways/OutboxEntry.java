package de.anliegen.platform.gateways;

import de.anliegen.platform.entity.OutboxMessage;
import java.time.Instant;

/** One message in the dev outbox, as developers and tests read it. */
public record OutboxEntry(long id, String channel, String recipient, String subject, String body, Instant createdAt) {

    static OutboxEntry of(OutboxMessage message) {
        return new OutboxEntry(
                message.id(),
                message.channel().name(),
                message.recipient(),
                message.subject(),
                message.body(),
                message.createdAt());
    }
}
