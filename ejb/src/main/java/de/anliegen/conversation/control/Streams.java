package de.anliegen.conversation.control;

/** Names of event streams: one per consumer, one per company (shared by its agents). */
public final class Streams {

    private static final String CONSUMER = "consumer:";
    private static final String COMPANY = "company:";

    private Streams() {}

    public static String ofConsumer(long consumerId) {
        return CONSUMER + consumerId;
    }

    public static String ofCompany(long companyId) {
        return COMPANY + companyId;
    }

    public static boolean isConsumer(String streamKey) {
        return streamKey.startsWith(CONSUMER);
    }
}
