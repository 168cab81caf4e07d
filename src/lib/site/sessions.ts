/** Every dated session of the site: single class files and the expanded weekly timetables. */
import { byStart } from '../schedule';
import { expandTimetable } from '../timetable';
import { checkUniqueSessions } from './checks';
import type { ClassEntry, ClassSession, Collections, Timetable } from './types';

/** The sessions of a weekly timetable, each with its overrides applied. */
export function expandSeries(timetable: Timetable): ClassSession[] {
  const { weekdays, startTime, endTime, firstDate, lastDate, exceptions, overrides, ...shared } = timetable.data;
  return expandTimetable(timetable.data).map(({ date, start, end, override: o }) => {
    const statusNote = o?.statusNote ?? (o?.status ? undefined : shared.statusNote);
    const { statusNote: _note, ...rest } = shared;
    return {
      id: `${timetable.id}-${date}`,
      source: timetable,
      series: { id: timetable.id, date },
      data: {
        ...rest,
        start,
        end,
        // A session's own place replaces the series' room and venue alike.
        ...(o?.room || o?.venue ? { room: o.room, venue: o.venue } : {}),
        mentors: o?.mentors.length ? o.mentors : shared.mentors,
        status: o?.status ?? shared.status,
        ...(statusNote ? { statusNote } : {}),
        ...(o?.topic ? { topic: o.topic } : {}),
        ...(o?.rescheduledTo ? { rescheduledTo: o.rescheduledTo } : {}),
        ...(o?.attendees !== undefined ? { attendees: o.attendees } : {}),
      },
    };
  });
}

const fromClass = (entry: ClassEntry): ClassSession => ({ id: entry.id, data: entry.data, source: entry });

/** Every session, by start; fails on two sessions with one URL (rooms are checked in buildSite). */
export function allSessions(collections: Pick<Collections, 'classes' | 'timetables'>): ClassSession[] {
  const sessions = [...collections.classes.map(fromClass), ...collections.timetables.flatMap(expandSeries)];
  checkUniqueSessions(sessions);
  return sessions.sort((a, b) => byStart(a.data, b.data));
}
