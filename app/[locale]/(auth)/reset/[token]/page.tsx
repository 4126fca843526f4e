import { setRequestLocale } from "next-intl/server";

import { TokenPage } from "@/components/password-links/token-page";

export const dynamic = "force-dynamic";

export default async function Page({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <TokenPage token={token} purpose="reset" />;
}
