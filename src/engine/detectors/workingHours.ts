// working-hours: the draft is written during working hours in the
// district's time zone. composedAt may carry any offset (or Z): the instant
// is converted to the district's wall-clock time.

import type { WorkingHours } from '../../schema';
import { add, type Ctx, type Detection } from '../context';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** ISO weekday (1 = Monday) and minutes since midnight in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): { day: number; minutes: number } {
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type === 'weekday') day = WEEKDAY[p.value] ?? 0;
    else if (p.type === 'hour') hour = Number(p.value) % 24;
    else if (p.type === 'minute') minute = Number(p.value);
  }
  return { day, minutes: hour * 60 + minute };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Start inclusive, end exclusive: 15:30 is already after hours. */
export function isWorkingTime(instant: Date, timeZone: string, hours: WorkingHours): boolean {
  if (Number.isNaN(instant.getTime())) return false;
  const { day, minutes } = wallClock(instant, timeZone);
  return hours.days.includes(day) && minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end);
}

export function detectWorkingHours(ctx: Ctx): Detection | null {
  const when = ctx.draft.composedAt ? new Date(ctx.draft.composedAt) : ctx.now;
  if (!isWorkingTime(when, ctx.timeZone, ctx.workingHours)) return null;
  const d: Detection = {};
  add(d, 'working-hours', []);
  return d;
}
