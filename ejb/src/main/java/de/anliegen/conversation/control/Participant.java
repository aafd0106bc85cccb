package de.anliegen.conversation.control;

import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;

/**
 * Who acts in a conversation: a consumer, or an agent (or admin) of a company. {@code agentId} and {@code agentName}
 * are set for agents only.
 */
public record Participant(Side side, Long consumerId, Long companyId, Long agentId, String agentName) {

    public static Participant consumer(ConsumerId consumer) {
        return new Participant(Side.CONSUMER, consumer.value(), null, null, null);
    }

    public static Participant agent(long agentId, long companyId, String name) {
        return new Participant(Side.COMPANY, null, companyId, agentId, name);
    }

    /** The agent's company. */
    public CompanyId company() {
        return new CompanyId(companyId);
    }

    /** Whether this conversation is theirs to see: the consumer's own, or one sent to the agent's company. */
    public boolean sees(Conversation conversation) {
        return side == Side.CONSUMER
                ? conversation.consumerId().equals(consumerId)
                : conversation.companyId().equals(companyId);
    }

    /** The event stream this participant listens to. */
    public String streamKey() {
        return side == Side.CONSUMER ? Streams.ofConsumer(consumerId) : Streams.ofCompany(companyId);
    }
}
