"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

import { SignedOutNotice } from "./signed-out-notice";

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; created lazily so server renders never share it.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <SignedOutNotice />
      {children}
    </QueryClientProvider>
  );
}
