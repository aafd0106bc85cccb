package de.anliegen.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, looked up once: the static {@code jakarta.json.Json.create…} methods look the provider up
 * through the ServiceLoader on every call, which costs more than the JSON itself on the hot paths (every stream event,
 * every visit of the usage log).
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {}
}
