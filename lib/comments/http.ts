import "server-only";

import { NextResponse, type NextRequest } from "next/server";

import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";

import { parseTargetParam, type TTarget } from "./schema";

/**
 * The comments API's GET handlers share this shape: session → `target` query parameter →
 * service (which checks the target is readable) → JSON; 401 / 403 / 404 as the refusal says.
 */
export async function handleRead(
  request: NextRequest,
  work: (user: SessionUser, target: TTarget) => Promise<Response | object>,
): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: { code: "unauthorized" } }, { status: 401 });
  const target = parseTargetParam(request.nextUrl.searchParams.get("target"));
  if (!target) return NextResponse.json({ error: { code: "invalidInput" } }, { status: 400 });
  try {
    const result = await work(user, target);
    return result instanceof Response ? result : NextResponse.json(result);
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: { code: "notFound" } }, { status: 404 });
    if (error instanceof ForbiddenError) return NextResponse.json({ error: { code: "forbidden" } }, { status: 403 });
    log.error({ err: error, path: request.nextUrl.pathname }, "comments request failed");
    return NextResponse.json({ error: { code: "generic" } }, { status: 500 });
  }
}
