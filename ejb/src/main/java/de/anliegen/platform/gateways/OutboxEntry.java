package de.anliegen.platform.gateways;

import de.anliegen.platform.entity.OutboxMessage;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One message in the dev outbox, as developers and tests read it. */
public record OutboxEntry(
        @NotNull long id,
        @NotNull String channel,
        @NotNull String recipient,
        String subject,
        @NotNull String body,
        @NotNull Instant createdAt) {

    /** How a kept message would have gone out, as {@code channel} says. */
    public static final List<String> CHANNELS =
            Arrays.stream(OutboxMessage.Channel.values()).map(Enum::name).toList();

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
