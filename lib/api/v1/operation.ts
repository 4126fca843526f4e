import type { z } from "zod";

import type { Actor } from "@/lib/auth/permissions";
import type { WriteKind } from "@/lib/limits/rate";

type Method = "get" | "post" | "put" | "patch";

export type OperationInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /** The version named by If-Match (operations with `ifMatch` only). */
  version: number;
};

/**
 * One endpoint of /api/v1, written once: the route handler parses the request with these
 * schemas and the OpenAPI document is generated from the same ones, so the two cannot drift.
 * `run` calls the feature's service with the token's actor (the service checks the permission)
 * and maps its result to the response schema; no business rule lives here.
 */
export type Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: Method;
  /** The path under /api/v1, with OpenAPI `{param}`s. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** `write` needs a read-write token (the permission module refuses the rest as well). */
  access: "read" | "write";
  params?: P;
  query?: Q;
  body?: B;
  /** Changes a versioned record: the client names the version it saw in If-Match. */
  ifMatch?: boolean;
  /** 201 for creations. */
  status?: 200 | 201;
  response: R;
  /**
   * The hourly write limit of the token's owner that this operation counts against (README,
   * Security): past it the answer is 429 `writeRateLimited`, besides the token's own `apiRateLimited`.
   */
  hourlyLimit?: WriteKind;
  /** Error statuses this operation documents besides 400, 401 and 429 (all) and 413, 415 (with a body). */
  errors: number[];
  // A method, not a property: the route handler and the document take any operation.
  run(actor: Actor, input: OperationInput<P, Q, B>): Promise<z.input<R>>;
};

export function defineOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  operation: Operation<P, Q, B, R>,
): Operation<P, Q, B, R> {
  return operation;
}
