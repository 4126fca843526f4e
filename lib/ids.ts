import { z } from "zod";

const ZUuid = z.uuid();

/** Ids in URLs are user input; anything that is not a UUID cannot name a row. */
export function isUuid(value: string): boolean {
  return ZUuid.safeParse(value).success;
}
