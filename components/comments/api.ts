import { targetParam, type TTarget } from "@/lib/comments/schema";
import type { CommentView } from "@/lib/comments/view";
import type { PublicError } from "@/lib/errors";

export type ThreadComment = CommentView & { pending?: boolean };
export type ThreadData = { comments: ThreadComment[]; serverTime: string };
export type MentionCandidate = { id: string; name: string; organization: string | null };

export const commentKeys = {
  thread: (target: TTarget) => ["comments", target.type, target.id] as const,
  mentionable: (target: TTarget, q: string) => ["comments", "mentionable", target.type, target.id, q] as const,
};

/** A refusal: a server error code, or the first validation message key. */
export class CommentRequestError extends Error {
  constructor(
    readonly error: PublicError,
    readonly validation = false,
  ) {
    super(error.code);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok)
    throw new CommentRequestError({ code: response.status === 404 ? "notFound" : response.status === 403 ? "forbidden" : "generic" });
  return (await response.json()) as T;
}

export function fetchThread(target: TTarget, since?: string): Promise<ThreadData> {
  const params = new URLSearchParams({ target: targetParam(target) });
  if (since) params.set("since", since);
  return getJson(`/api/comments?${params}`);
}

export async function fetchMentionable(target: TTarget, q: string, locale: string): Promise<MentionCandidate[]> {
  const params = new URLSearchParams({ target: targetParam(target), q, locale });
  return (await getJson<{ users: MentionCandidate[] }>(`/api/comments/mentionable?${params}`)).users;
}

type ActionResult<O> = { data?: O; serverError?: PublicError; validationErrors?: unknown } | undefined;

function firstValidationKey(errors: unknown): string | undefined {
  if (!errors || typeof errors !== "object") return undefined;
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors" && Array.isArray(value) && typeof value[0] === "string") return value[0];
    const nested = firstValidationKey(value);
    if (nested) return nested;
  }
  return undefined;
}

/** Runs a server action and returns its data, or throws a translatable refusal. */
export async function callAction<I, O>(action: (input: I) => Promise<ActionResult<O>>, input: I): Promise<O> {
  let result: ActionResult<O>;
  try {
    result = await action(input);
  } catch {
    throw new CommentRequestError({ code: "generic" });
  }
  if (result?.data !== undefined) return result.data;
  if (result?.serverError) throw new CommentRequestError(result.serverError);
  const key = firstValidationKey(result?.validationErrors);
  throw new CommentRequestError({ code: key ?? "generic" }, Boolean(key));
}

/** Inserts or replaces comments by id, keeping the thread in posting order. */
export function mergeComments(current: ThreadComment[], changed: ThreadComment[]): ThreadComment[] {
  const byId = new Map(current.map((c) => [c.id, c]));
  for (const c of changed) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
