import { z } from "zod";

/** One of the user's own signed-in sessions, to end from /account. */
export const ZEndSession = z.object({ id: z.uuid("invalidId") });
export type TEndSession = z.infer<typeof ZEndSession>;

/** The person an administrator signs out of every session (their user page). */
export const ZEndSessionsOf = z.object({ userId: z.uuid("invalidId") });
export type TEndSessionsOf = z.infer<typeof ZEndSessionsOf>;
