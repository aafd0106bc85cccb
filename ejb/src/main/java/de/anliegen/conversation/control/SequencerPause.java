package de.anliegen.conversation.control;

import de.anliegen.platform.jobs.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * For a change that takes a consumer's data out of the streams (an erasure, a restriction): it waits for the
 * sequencer's batch in progress and keeps the next one from starting until it commits. Otherwise a batch that read
 * the conversation before could store events rendered with the data after they were deleted. Every batch locks the
 * lease row first, so this lock is taken first too; erasures and restrictions are rare, and a batch waits for one
 * only as long as it runs.
 */
@ApplicationScoped
public class SequencerPause {

    @Inject
    Leases leases;

    public void untilCommit() {
        leases.lockUntilCommit(SequencerBatch.LEASE);
    }
}
