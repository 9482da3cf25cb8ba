import { z } from 'zod';

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().refine(isTimeZone, 'is not an IANA time zone (e.g. America/Chicago)');

const HHMM = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be "HH:MM" (24-hour)');

/** Days are ISO weekdays: 1 = Monday ... 7 = Sunday. */
export const WorkingHoursSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: HHMM,
    end: HHMM,
  })
  .refine((w) => w.start < w.end, { message: 'start must be before end', path: ['end'] });

export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '15:30' };
