package de.anliegen.platform.database;

/** Fired once the database schema is migrated and matches the entities: the product can start its work. */
public record SchemaReady(String version) {}
