package de.anliegen.web.portal.inbox;

import java.io.Serializable;

/** What the inbox shows: a queue (all, unassigned, mine), a status or any (null), and a search term or none. */
public record InboxFilter(String queue, String status, String search) implements Serializable {}
