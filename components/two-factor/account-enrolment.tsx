"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Enrolment } from "./enrolment";

/** Enrolment on the account page: once the codes are saved it starts over and the page re-reads the status. */
export function AccountEnrolment({ startLabel, replacing }: { startLabel: string; replacing: boolean }) {
  const router = useRouter();
  const [round, setRound] = useState(0);
  return (
    <Enrolment
      key={round}
      startLabel={startLabel}
      replacing={replacing}
      onDone={() => {
        setRound((r) => r + 1);
        router.refresh();
      }}
    />
  );
}
