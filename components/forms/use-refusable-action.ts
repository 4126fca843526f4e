"use client";

import { useAction, type SingleInputActionFn } from "next-safe-action/hooks";
import { useRef, useState } from "react";

import { noteActionRefusal, RequestError } from "@/lib/api/client";
import type { PublicError } from "@/lib/errors";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action of our next-safe-action client
export type AnyAction = SingleInputActionFn<PublicError, any, any, any>;
export type ActionInput<A extends AnyAction> = Parameters<A>[0];
export type ActionData<A extends AnyAction> = NonNullable<Awaited<ReturnType<A>>["data"]>;

export type ActionCallbacks<A extends AnyAction> = {
  onSuccess?: (data: ActionData<A>, input: ActionInput<A>) => void;
  onError?: (refusal: RequestError, input: ActionInput<A>) => void;
};

/**
 * What useActionForm and useActionButton share: the action through next-safe-action's hook (the
 * latest callbacks called, not those of the first render) and whatever refused it as one
 * RequestError, including a call that threw (the network, the server gone, a 413 from proxy.ts).
 */
export function useRefusableAction<A extends AnyAction>(action: A, callbacks: ActionCallbacks<A>) {
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const [thrown, setThrown] = useState<RequestError | null>(null);
  const state = useAction(action, {
    onSuccess: ({ data, input }) => latest.current.onSuccess?.(data as ActionData<A>, input),
    onError: ({ error, input }) => {
      const refusal = noteActionRefusal(RequestError.fromActionResult(error));
      // A call that threw leaves no result to read the refusal from later.
      setThrown(error.thrownError ? refusal : null);
      latest.current.onError?.(refusal, input);
    },
  });
  const refusal = state.hasErrored ? (thrown ?? RequestError.fromActionResult(state.result)) : null;
  return { state, refusal };
}
