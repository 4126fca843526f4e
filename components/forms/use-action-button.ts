"use client";

import { useErrorText, type ErrorFeature } from "./use-error-text";
import { useRefusableAction, type ActionCallbacks, type ActionData, type ActionInput, type AnyAction } from "./use-refusable-action";

/**
 * One-click controls without fields (submit, withdraw, follow, archive, a status move): the
 * action through next-safe-action's hook, and whatever refused it as one translated sentence.
 */
export function useActionButton<A extends AnyAction>(action: A, options: ActionCallbacks<A> & { feature?: ErrorFeature } = {}) {
  const errorText = useErrorText(options.feature);
  const { state, refusal } = useRefusableAction(action, options);
  return {
    run: (input: ActionInput<A>) => state.execute(input),
    isPending: state.isPending,
    succeeded: state.hasSucceeded,
    data: state.result.data as ActionData<A> | undefined,
    /** Translated text of the refusal, or undefined. */
    error: errorText.request(refusal),
  };
}
