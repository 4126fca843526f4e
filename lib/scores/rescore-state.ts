/**
 * Re-score job states shared by the service and the progress display (no server imports).
 *
 * A job is enqueued on pg-boss with the activation and run by one of the workers (any instance),
 * one chunk per transaction; every claim and chunk touches the job row, and a chunk's transaction
 * is capped at two minutes. A QUEUED or RUNNING job whose row has not changed for
 * RESCORE_STALL_MINUTES therefore has no process working on it (no worker is running, or it was
 * stopped mid-run): it is marked FAILED with the error code RESCORE_INTERRUPTED, and an
 * administrator can start a new re-score.
 */
export const RESCORE_STALL_MINUTES = 10;

/** Stored in the job's `error` instead of an exception message; the page translates it. */
export const RESCORE_INTERRUPTED = "interrupted";

export const RESCORE_FINISHED_STATES: readonly string[] = ["DONE", "FAILED", "SUPERSEDED"];
