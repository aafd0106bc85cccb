package de.anliegen.identity.boundary;

/**
 * Sign-ins of staff ended before their time (a deactivation, a new or reset password, a suspended company), in the
 * transaction that fires this. Their API tokens and portal sessions no longer work from the commit on; once it
 * commits, the node's open sockets are checked at once instead of at the next sweep.
 */
public record StaffSignInsEnded() {}
