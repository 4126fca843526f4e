import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { getPreferences } from "@/lib/notifications/preferences";

import { PreferencesForm } from "./preferences-form";

/** The account page's notification settings. */
export async function NotificationPreferencesCard({ user }: { user: SessionUser }) {
  const [t, preferences] = await Promise.all([getTranslations("notifications"), getPreferences(user)]);
  return (
    <Card title={t("preferences.title")} className="lg:col-span-2">
      <PreferencesForm initial={preferences} />
    </Card>
  );
}
