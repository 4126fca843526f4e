import { Notice } from "@/components/ui/notice";

/** A form's one refusal that no field shows (see useActionForm), or nothing. */
export function FormError({ message, testId = "form-error" }: { message: string | undefined; testId?: string }) {
  return message ? (
    <Notice tone="error" testId={testId}>
      {message}
    </Notice>
  ) : null;
}
