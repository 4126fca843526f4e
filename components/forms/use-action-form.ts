"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormActionErrorMapper } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

import type { ErrorFeature } from "./use-error-text";
import { useRefusableAction, type ActionCallbacks, type ActionData, type ActionInput, type AnyAction } from "./use-refusable-action";
import { useRefusalText } from "./use-refusal-text";

type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** Without `toInput` the form's values must be the action's input. */
type InputOption<S extends FormSchema, A extends AnyAction> =
  z.output<S> extends ActionInput<A>
    ? { toInput?: (values: z.output<S>) => ActionInput<A> }
    : { toInput: (values: z.output<S>) => ActionInput<A> };

export type ActionFormOptions<S extends FormSchema, A extends AnyAction> = InputOption<S, A> &
  ActionCallbacks<A> & {
    /** The zod schema of the form's fields: the action's own input schema or the part of it the form edits. */
    schema: S;
    defaultValues: DefaultValues<z.input<S>>;
    feature?: ErrorFeature;
    /** Right before the action is sent (an optimistic update). */
    onSubmit?: (values: z.output<S>) => void;
  };

/**
 * Every form that calls a server action: react-hook-form with the zod schema as resolver (the
 * same schema the action parses, or the part of it the form edits), the action run through
 * next-safe-action's hook, the server's validation errors mapped onto the fields by the
 * react-hook-form adapter, and a service error's `field` shown at that field, else as the form's
 * one translated error (`formError`). Values the user does not edit (ids, versions, a target)
 * best go in `toInput`; where they stay in the schema (a hidden input, or a refined schema zod 4
 * will not `.pick` from), an error aimed at one, the schema's or the server's, is `formError`
 * too: whatever the form never asks `fieldError` for is shown for the whole form (useRefusalText).
 */
export function useActionForm<S extends FormSchema, A extends AnyAction>(action: A, options: ActionFormOptions<S, A>) {
  const { schema, defaultValues, feature, onSubmit } = options;
  const { state, refusal } = useRefusableAction(action, options);
  const { hookFormValidationErrors } = useHookFormActionErrorMapper(state.result.validationErrors);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    errors: hookFormValidationErrors as FieldErrors<z.input<S>> | undefined,
  });

  const submit = form.handleSubmit((values) => {
    onSubmit?.(values);
    const toInput = (options as { toInput?: (values: z.output<S>) => ActionInput<A> }).toInput;
    state.execute(toInput ? toInput(values) : values);
  });
  const { fieldError, formError } = useRefusalText(refusal, { feature, errors: form.formState.errors });
  return {
    form,
    /** The form's onSubmit: validates with the schema, then runs the action. */
    submit,
    /** Translated text for the field at `name` (a react-hook-form path), or undefined. */
    fieldError,
    /** Translated text for a refusal no field shows, or undefined. */
    formError,
    refusal,
    isPending: state.isPending || form.formState.isSubmitting,
    succeeded: state.hasSucceeded,
    data: state.result.data as ActionData<A> | undefined,
    /** Back to the untouched form and no result (e.g. "invite another"). */
    reset: () => {
      form.reset();
      state.reset();
    },
  };
}
