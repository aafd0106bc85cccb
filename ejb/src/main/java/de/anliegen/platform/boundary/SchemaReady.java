package de.anliegen.platform.boundary;

/** Fired once the database schema is migrated and matches the entities: the product can start its work. */
public record SchemaReady(String version) {}
