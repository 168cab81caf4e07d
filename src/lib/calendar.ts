/**
 * "Add to calendar" for class sessions: iCalendar (RFC 5545) events and feeds, and Google
 * Calendar links. Times are written in UTC (…Z), which every calendar app shows at the right
 * local time; the calendar names Asia/Jakarta as its zone for apps that display one.
 */
import { formatDateTime } from './format';
import { actualTimes, sessionName } from './schedule';
import type { ClassSession, Mentor, Programme } from './site';
import { TIME_ZONE } from '../time/wib';
import { urls } from './urls';
import { SITE_NAME, t } from '../i18n';

export interface CalendarEvent {
  /** Stable across rebuilds: derived from the entry id only. */
  uid: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
  url: string;
  description: string;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
}

const STATUS: Record<ClassSession['data']['status'], CalendarEvent['status']> = {
  terjadwal: 'CONFIRMED',
  penuh: 'CONFIRMED',
  dibatalkan: 'CANCELLED',
  ditunda: 'TENTATIVE',
};

export function sessionEvent(
  session: ClassSession,
  programme: Programme,
  mentors: readonly Mentor[],
  site: URL,
): CalendarEvent {
  const { data } = session;
  const url = new URL(urls.class(session.id), site).href;
  const when = actualTimes(data);
  const place =
    data.attendance === 'daring'
      ? (data.onlineUrl ?? t('calendar.online'))
      : data.attendance === 'hibrida'
        ? `${data.place} / ${data.onlineUrl ?? t('calendar.onlineLower')}`
        : (data.place ?? '');
  const lines = [
    data.summary,
    t('calendar.program', programme.data.title),
    mentors.length > 0 ? t('calendar.mentors', mentors.map((m) => m.data.name).join(', ')) : undefined,
    when.moved ? t('calendar.movedFrom', formatDateTime(data.start)) : undefined,
    data.statusNote ? t('calendar.note', data.statusNote) : undefined,
    t('calendar.info', url),
  ].filter(Boolean);
  return {
    // The session id is the class file's id or `<timetable>-<date>`: unchanged by rebuilds and by edits.
    uid: `${session.id}@heterospace`,
    title: data.status === 'dibatalkan' ? `DIBATALKAN: ${sessionName(data)}` : sessionName(data),
    start: when.start,
    end: when.end,
    location: place,
    url,
    description: lines.join('\n'),
    // Postponed to a known date is a firm appointment again; postponed without one is not.
    status: when.moved ? 'CONFIRMED' : STATUS[data.status],
  };
}

/** 20261205T020000Z */
function icsTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never splitting a UTF-8 character (RFC 5545 3.1). */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function vevent(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsTime(stamp)}`,
    `DTSTART:${icsTime(event.start)}`,
    `DTEND:${icsTime(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `URL:${event.url}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `STATUS:${event.status}`,
    'END:VEVENT',
  ];
}

/**
 * A VCALENDAR with the given events; `stamp` is when it was generated (the build time; a file
 * the incremental build restores keeps the stamp of the build that wrote it, see calendarKey).
 */
export function toIcs(events: readonly CalendarEvent[], stamp: Date, name = t('calendar.name')): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${SITE_NAME}//Jadwal Kelas//ID`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...events.flatMap((event) => vevent(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A Google Calendar "add event" link for the same event. */
export function googleCalendarLink(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${icsTime(event.start)}/${icsTime(event.end)}`,
    details: event.description,
    location: event.location,
    ctz: TIME_ZONE,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
