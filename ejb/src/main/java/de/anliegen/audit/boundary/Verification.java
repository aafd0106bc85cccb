package de.anliegen.audit.boundary;

/**
 * The outcome of checking the whole audit trail: how many entries were checked and, if the chain is broken, the first
 * entry where it breaks and how ({@code problem}, a code a page words in its language: entries-missing, entry-missing,
 * out-of-chain, content-changed, detail-changed, end-changed). {@code lastHash} is the hash of the newest entry, to
 * note down outside the product.
 */
public record Verification(boolean intact, long checked, Long brokenAt, String problem, String lastHash) {

    static Verification intact(long checked, String lastHash) {
        return new Verification(true, checked, null, null, lastHash);
    }

    static Verification broken(long checked, long at, String problem) {
        return new Verification(false, checked, at, problem, null);
    }
}
