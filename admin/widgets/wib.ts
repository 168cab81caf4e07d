/**
 * Values of the wib_datetime widget. Whatever time zone the editor's browser is in, the date and
 * time typed are WIB, and they are stored with an explicit +07:00 offset.
 */
import { ISO_WITH_OFFSET } from '../../src/schema/fields';
import { toWibIso } from '../../src/lib/format';

export interface WibParts {
  /** `YYYY-MM-DD` in WIB, or '' */
  date: string;
  /** `HH:mm` in WIB, or '' */
  time: string;
}

/** Date and time in WIB of a stored value (any offset), for the date and time inputs. */
export function splitWib(value: unknown): WibParts {
  const instant =
    value instanceof Date
      ? value
      : typeof value === 'string' && ISO_WITH_OFFSET.test(value)
        ? new Date(value)
        : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const iso = toWibIso(instant);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The stored value for a WIB date and time, e.g. `2026-12-05T09:00:00+07:00`; '' until both are set. */
export function joinWib({ date, time }: WibParts): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  return `${date}T${time}:00+07:00`;
}
