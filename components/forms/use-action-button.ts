"use client";

import { useState } from "react";

import { useErrorText, type ErrorFeature } from "./use-error-text";
import { useRefusableAction, type ActionCallbacks, type ActionData, type ActionInput, type AnyAction } from "./use-refusable-action";

/** Orders presses across every button of the page: the latest press has the highest number. */
let presses = 0;

/**
 * One-click controls without fields (submit, withdraw, follow, archive, a status move): the
 * action through next-safe-action's hook, and whatever refused it as one translated sentence.
 */
export function useActionButton<A extends AnyAction>(action: A, options: ActionCallbacks<A> & { feature?: ErrorFeature } = {}) {
  const errorText = useErrorText(options.feature);
  const { state, refusal } = useRefusableAction(action, options);
  const [pressed, setPressed] = useState(0);
  return {
    run: (input: ActionInput<A>) => {
      setPressed(++presses);
      state.execute(input);
    },
    isPending: state.isPending,
    succeeded: state.hasSucceeded,
    data: state.result.data as ActionData<A> | undefined,
    /** Translated text of the refusal, or undefined. */
    error: errorText.request(refusal),
    /** When it was last pressed, in the page's order of presses (0: never). */
    pressed,
  };
}

/**
 * The refusal to show for buttons that share one notice: that of the button pressed last, so a
 * later press of another button (which succeeds, or fails for its own reason) replaces an earlier
 * refusal instead of sitting under it.
 */
export function latestError(...buttons: { pressed: number; error: string | undefined }[]): string | undefined {
  return buttons.reduce((latest, button) => (button.pressed > latest.pressed ? button : latest)).error;
}
