import { z } from "zod";

import { NotFoundError } from "@/lib/errors";

const ZUuid = z.uuid();

/** Ids in URLs are user input; anything that is not a UUID cannot name a row. */
export function isUuid(value: string): boolean {
  return ZUuid.safeParse(value).success;
}

/** An id that cannot name a row answers "not found", like an unknown one (before any query). */
export function assertUuid(value: string, code?: string): void {
  if (!isUuid(value)) throw new NotFoundError(code);
}
