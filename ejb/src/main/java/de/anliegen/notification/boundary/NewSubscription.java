package de.anliegen.notification.boundary;

/**
 * A browser's push subscription as its {@code PushSubscription.toJSON()} gives it, with the person's choices for the
 * device: previews (the request's subject in the notification) and the app's language ({@code de} or {@code en}).
 */
public record NewSubscription(String endpoint, String p256dh, String auth, Boolean previews, String language) {}
