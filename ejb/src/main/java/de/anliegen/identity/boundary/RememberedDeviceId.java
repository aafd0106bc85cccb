package de.anliegen.identity.boundary;

/** Which of a staff member's remembered browsers, across layers. */
public record RememberedDeviceId(long value) {}
