import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { followState, type FollowSubject } from "@/lib/follows/service";

import { FollowButton } from "./follow-button";

/** The follow button for a project or initiative page, with the user's current state. */
export async function FollowControl({ user, subject }: { user: SessionUser; subject: FollowSubject }) {
  if (!can(user, "follow.manage")) return null;
  return <FollowButton subjectType={subject.type} subjectId={subject.id} initial={await followState(user, subject)} />;
}
