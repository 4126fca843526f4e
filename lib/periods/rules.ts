/**
 * Reporting-period rules without I/O (issue 14), shared by the service, the reminder job and the
 * pages. A period is open for entries until its deadline, or until the date an organizer
 * reopened it to; after that it is locked.
 */

export type PeriodTimes = { deadline: Date; reopenedUntil: Date | null };

/** The moment entries stop being accepted. */
export function closesAt(period: PeriodTimes): Date {
  return period.reopenedUntil && period.reopenedUntil > period.deadline ? period.reopenedUntil : period.deadline;
}

export function isOpen(period: PeriodTimes, now: Date = new Date()): boolean {
  return now.getTime() <= closesAt(period).getTime();
}

/** Reminders go out this many days before the deadline (the 14, 3 and 1). */
export const REMINDER_DAYS = [14, 3, 1] as const;

const DAY = 86_400_000;

/**
 * Which reminder is due now: the smallest offset whose window has begun, or null before the
 * first window and after the deadline. A period opened three days before its deadline gets the
 * 3-day reminder, not a late 14-day one as well.
 */
export function dueReminder(deadline: Date, now: Date = new Date()): number | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = REMINDER_DAYS.filter((days) => left <= days * DAY);
  return due.length > 0 ? Math.min(...due) : null;
}

/** Whole days left before the deadline, rounded up (a reminder says "in 3 days"). */
export function daysLeft(deadline: Date, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / DAY));
}
