package de.anliegen.platform.gateways;

/** Sends a plain-text e-mail. */
public interface MailGateway {

    void send(String address, String subject, String text);
}
