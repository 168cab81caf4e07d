/**
 * Weekly timetables expanded into dated sessions at build time (and in the CMS preview). What a
 * timetable is, and what makes one invalid, lives with its schema (src/schema/timetables.ts).
 */
import { seriesDates, type Timetable, type TimetableOverride } from '../schema/timetables';
import { wibInstant } from '../time/wib';

export type { Timetable, TimetableOverride };

export interface ExpandedSession<O extends TimetableOverride = TimetableOverride> {
  /** `YYYY-MM-DD` in WIB; with the series id it makes the session's stable id. */
  date: string;
  start: Date;
  end: Date;
  override?: O | undefined;
}

/** The sessions of a series: its dates minus exceptions, with each date's override applied to the times. */
export function expandTimetable<O extends TimetableOverride>(t: Timetable<O>): ExpandedSession<O>[] {
  const skipped = new Set(t.exceptions.map((e) => e.date));
  const overrides = new Map(t.overrides.map((o) => [o.date, o]));
  return seriesDates(t)
    .filter((date) => !skipped.has(date))
    .map((date) => {
      const override = overrides.get(date);
      return {
        date,
        start: wibInstant(date, override?.startTime ?? t.startTime),
        end: wibInstant(date, override?.endTime ?? t.endTime),
        override,
      };
    });
}
