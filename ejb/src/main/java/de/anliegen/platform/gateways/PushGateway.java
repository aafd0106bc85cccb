package de.anliegen.platform.gateways;

import java.util.List;

/** Sends push notifications to the apps of consumers. */
public interface PushGateway {

    void send(PushMessage push);

    /** Many at once (a batch of the sequencer): implementations store them together. */
    default void sendAll(List<PushMessage> pushes) {
        pushes.forEach(this::send);
    }
}
