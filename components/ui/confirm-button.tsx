"use client";

import { useState } from "react";

import { Button } from "./button";

/**
 * A button for something that cannot be undone in one click (ending sessions, revoking tokens): the
 * first click asks again, in the danger colour and with what exactly will happen, beside Cancel.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
}: {
  label: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <Button variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  return (
    <>
      <Button
        variant="danger"
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        {cancelLabel}
      </Button>
    </>
  );
}
