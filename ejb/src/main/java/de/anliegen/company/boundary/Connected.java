package de.anliegen.company.boundary;

/** The result of connecting: the connection, and whether it is new or was there already. */
public record Connected(ConnectionView connection, boolean isNew) {}
