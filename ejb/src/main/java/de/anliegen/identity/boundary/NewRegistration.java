package de.anliegen.identity.boundary;

/** What a person gives to register: names and a mobile number as typed. */
public record NewRegistration(String firstName, String lastName, String mobileNumber) {}
