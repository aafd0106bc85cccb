package de.anliegen.identity.boundary;

/**
 * The data protection officer lifted the restriction of a consumer's data, in the transaction that fires this: what
 * shows the consumer's requests (the company's open pages) learns that it may show them again.
 */
public record RestrictionLifted(ConsumerId consumer) {}
