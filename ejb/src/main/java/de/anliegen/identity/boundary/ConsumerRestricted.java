package de.anliegen.identity.boundary;

/**
 * The data protection officer restricted the processing of a consumer's data, in the transaction that fires this:
 * components that keep copies of the consumer's data for others to read (the company's stream) withdraw them.
 */
public record ConsumerRestricted(ConsumerId consumer) {}
