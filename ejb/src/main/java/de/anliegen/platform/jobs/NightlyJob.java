package de.anliegen.platform.jobs;

import java.time.LocalTime;

/** A job that runs once a night on one node of the installation ({@link NightlyJobs}). */
public interface NightlyJob {

    /** Its name, as its lease is named (at most 32 characters). */
    String name();

    /** When it runs, German time. */
    LocalTime at();

    /** Does the night's work; it may run again after a node died while running it, so it must not mind. */
    void run();
}
