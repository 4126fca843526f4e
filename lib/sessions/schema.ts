import { z } from "zod";

/** One of the user's own signed-in sessions, to end from /account. */
export const ZEndSession = z.object({ id: z.uuid("invalidId") });
export type TEndSession = z.infer<typeof ZEndSession>;
