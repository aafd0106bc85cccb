package de.anliegen.platform.gateways;

/** Sends a text message to a mobile number in E.164 form. */
public interface SmsGateway {

    void send(String mobileNumber, String text);
}
