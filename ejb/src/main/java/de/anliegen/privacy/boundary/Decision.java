package de.anliegen.privacy.boundary;

/** A consumer gives ({@code granted}) or withdraws consent to a purpose, having seen that version of its wording. */
public record Decision(String purpose, Boolean granted, String version) {}
