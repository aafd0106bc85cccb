package de.anliegen.platform.boundary;

/** Sends a push notification to the apps of a consumer. */
public interface PushGateway {

    void send(PushMessage push);
}
