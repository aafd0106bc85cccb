package de.anliegen.conversation.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a change of a conversation is, for the outbox and the streams: its {@link #type()} is the event's type in the
 * stream's JSON. The outbox keeps a kind as text ({@link #stored}): the type, and for a marker the side whose marker
 * moved ("read:consumer"). Notes and labels are the company's own: only its stream hears of them.
 */
public enum EventKind {
    MESSAGE,
    STATUS,
    READ,
    DELIVERED,
    NOTE,
    LABELS;

    private static final String SIDE = ":";

    /** The event's type in the stream: {@code message}, {@code read}, … */
    public String type() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A read or delivered marker, which the outbox keeps with its side. */
    public boolean isMarker() {
        return this == READ || this == DELIVERED;
    }

    /** Whether only the company's stream hears of it (the consumer never learns of notes and labels). */
    public boolean isCompanyOnly() {
        return this == NOTE || this == LABELS;
    }

    /** The kind as the outbox keeps it; a marker names the side whose marker moved. */
    public String stored(Side side) {
        if (isMarker() != (side != null)) {
            throw new IllegalArgumentException(this + (isMarker() ? " needs" : " takes no") + " side");
        }
        return isMarker() ? type() + SIDE + side.name().toLowerCase(Locale.ROOT) : type();
    }

    /** The kind of an outbox entry's text ("message", "read:consumer"). */
    public static EventKind of(String stored) {
        var type = stored.contains(SIDE) ? stored.substring(0, stored.indexOf(SIDE)) : stored;
        return Arrays.stream(values())
                .filter(kind -> kind.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event kind " + stored));
    }

    /** The side of a stored marker ("read:consumer": the consumer). */
    public static Side sideOf(String stored) {
        if (!of(stored).isMarker()) {
            throw new IllegalArgumentException(stored + " is no marker");
        }
        return Side.valueOf(stored.substring(stored.indexOf(SIDE) + 1).toUpperCase(Locale.ROOT));
    }
}
