/** What a session's page derives from the site model: its programme, people, times and registration. */
import { parseRegistration, type Registration } from './contact';
import { actualTimes, isRegistrationOpen, isUpcoming, sessionName, type Timed } from './schedule';
import type { ClassSession, Mentor, Programme, Site, Timetable } from './site';

/**
 * Where registration stands: `open`, or why it is not (the session is over, full, cancelled,
 * postponed with no new date, moved to a new date, or under way right now).
 */
export type RegistrationState = 'open' | 'past' | 'full' | 'cancelled' | 'postponed' | 'moved' | 'running';

export interface SessionPage {
  /** The title, with the topic of a series session. */
  name: string;
  programme: Programme;
  mentors: Mentor[];
  /** The weekly timetable this session is one date of. */
  series?: Timetable | undefined;
  /** When it really takes place (its new date when postponed to one). */
  actual: Timed & { moved: boolean };
  /** Over, at its new date when it was moved. */
  past: boolean;
  registration: RegistrationState;
  /** How to register (a web form or a WhatsApp number); none means "just come". */
  signUp?: Registration | undefined;
}

export function sessionPage(
  site: Pick<Site, 'now' | 'programme' | 'mentor' | 'timetable'>,
  session: ClassSession,
): SessionPage {
  const { data } = session;
  const actual = actualTimes(data);
  const past = !isUpcoming(actual, site.now);
  return {
    name: sessionName(data),
    programme: site.programme(data.programme.id),
    mentors: data.mentors.map((ref) => site.mentor(ref.id)),
    series: session.series ? site.timetable(session.series.id) : undefined,
    actual,
    past,
    registration: registrationState(data, actual.moved, past, site.now),
    signUp: data.registration ? parseRegistration(data.registration) : undefined,
  };
}

function registrationState(data: ClassSession['data'], moved: boolean, past: boolean, now: Date): RegistrationState {
  if (isRegistrationOpen(data, now)) return 'open';
  if (past) return 'past';
  switch (data.status) {
    case 'penuh':
      return 'full';
    case 'dibatalkan':
      return 'cancelled';
    case 'ditunda':
      return moved ? 'moved' : 'postponed';
    case 'terjadwal':
      return 'running';
  }
}
