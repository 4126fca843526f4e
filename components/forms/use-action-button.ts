"use client";

import { useAction, type SingleInputActionFn } from "next-safe-action/hooks";
import { useRef, useState } from "react";

import { RequestError } from "@/lib/api/client";
import type { PublicError } from "@/lib/errors";

import { useErrorText, type ErrorFeature } from "./use-error-text";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action of our next-safe-action client
type AnyAction = SingleInputActionFn<PublicError, any, any, any>;
type ActionInput<A extends AnyAction> = Parameters<A>[0];
type ActionData<A extends AnyAction> = NonNullable<Awaited<ReturnType<A>>["data"]>;

/**
 * One-click controls without fields (submit, withdraw, follow, archive, a status move): the
 * action through next-safe-action's hook, and whatever refused it as one translated sentence.
 */
export function useActionButton<A extends AnyAction>(
  action: A,
  options: {
    feature?: ErrorFeature;
    onSuccess?: (data: ActionData<A>, input: ActionInput<A>) => void;
    onError?: (refusal: RequestError, input: ActionInput<A>) => void;
  } = {},
) {
  const errorText = useErrorText(options.feature);
  const latest = useRef(options);
  latest.current = options;
  const [thrown, setThrown] = useState<RequestError | null>(null);
  const state = useAction(action, {
    onSuccess: ({ data, input }) => latest.current.onSuccess?.(data as ActionData<A>, input),
    onError: ({ error, input }) => {
      const refusal = RequestError.fromActionResult(error);
      // A call that threw leaves no result to read the refusal from later.
      setThrown(error.thrownError ? refusal : null);
      latest.current.onError?.(refusal, input);
    },
  });
  const refusal = state.hasErrored ? (thrown ?? RequestError.fromActionResult(state.result)) : null;
  return {
    run: (input: ActionInput<A>) => state.execute(input),
    isPending: state.isPending,
    succeeded: state.hasSucceeded,
    data: state.result.data as ActionData<A> | undefined,
    /** Translated text of the refusal, or undefined. */
    error: errorText.request(refusal),
  };
}
