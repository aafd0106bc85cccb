package de.anliegen.web.api.privacy;

/** Whether a screen view was counted: not when the browser asks not to be tracked or the account is restricted. */
public record ScreenCount(boolean counted) {}
