/** The shapes of the site model: content entries, dated sessions, and the model pages read. */
import type { CollectionEntry } from 'astro:content';
import type { Occupied } from './rooms';

export type Programme = CollectionEntry<'programmes'>;
export type ClassEntry = CollectionEntry<'classes'>;
export type Timetable = CollectionEntry<'timetables'>;
export type Mentor = CollectionEntry<'mentors'>;
export type Business = CollectionEntry<'businesses'>;
export type Partner = CollectionEntry<'partners'>;
export type Room = CollectionEntry<'rooms'>;
export type Booking = CollectionEntry<'bookings'>;

/** What a session page shows: a single class's data, or one date of a timetable with its overrides applied. */
export type SessionData = ClassEntry['data'] & {
  /** The topic of one session of a series. */
  topic?: string | undefined;
  /**
   * Where it is held, as people read it: its room with the building ("Ruang Srawung, Hetero
   * Space, …"), or the place elsewhere; undefined for an online-only session without either.
   */
  place?: string | undefined;
};

/** One dated session, from a single class file or expanded from a weekly timetable. */
export interface ClassSession {
  /** URL slug, stable across rebuilds: the class file's id, or `<timetable>-<yyyy-mm-dd>`. */
  id: string;
  data: SessionData;
  /** The file the session comes from (its Markdown body describes the session). */
  source: ClassEntry | Timetable;
  /** Set for a session of a weekly timetable. */
  series?: { id: string; date: string } | undefined;
}

/** Every collection as loaded, before cross-referencing. */
export interface Collections {
  programmes: Programme[];
  classes: ClassEntry[];
  timetables: Timetable[];
  mentors: Mentor[];
  businesses: Business[];
  partners: Partner[];
  rooms: Room[];
  bookings: Booking[];
}

export interface SectorCount {
  id: string;
  name: string;
  count: number;
}

export interface RegencyCount {
  id: string;
  name: string;
  code: string;
  count: number;
}

/** Sessions among some set, split at the build's now. */
export interface SplitSessions {
  /** Soonest first. */
  upcoming: ClassSession[];
  /** Latest first. */
  past: ClassSession[];
}

/** The site's content, cross-referenced once per build; every page reads from it. */
export interface Site {
  /** The build's now, which decides what is upcoming. */
  now: Date;
  /** By their `order`, then title. */
  programmes: Programme[];
  /** Every session (single classes and expanded series), by start. */
  classes: ClassSession[];
  /** By first date, then title. */
  timetables: Timetable[];
  /** The lists below are by name (Indonesian collation). */
  mentors: Mentor[];
  businesses: Business[];
  partners: Partner[];
  /** By their `order`, then name. */
  rooms: Room[];
  upcomingClasses: ClassSession[];
  pastClasses: ClassSession[];
  splitClasses: (entries: readonly ClassSession[]) => SplitSessions;
  /** One per sector of the taxonomy, in its order, zeros included. */
  sectorCounts: SectorCount[];
  /** One per regency of the taxonomy, in its order, zeros included. */
  regencyCounts: RegencyCount[];
  /** Lookups by id (plain functions, safe to pass around); each throws on an unknown id. */
  programme: (id: string) => Programme;
  mentor: (id: string) => Mentor;
  business: (id: string) => Business;
  partner: (id: string) => Partner;
  room: (id: string) => Room;
  /** What takes the room (sessions and confirmed bookings), by start. */
  roomOccupancy: (id: string) => Occupied[];
  timetable: (id: string) => Timetable;
  /** The sectors a session counts under: its own, else its programme's (as in search). */
  sessionSectors: (session: ClassSession) => string[];
  classesOfProgramme: (id: string) => ClassSession[];
  classesOfMentor: (id: string) => ClassSession[];
  classesOfSeries: (id: string) => ClassSession[];
  classesInSector: (id: string) => ClassSession[];
  classesInPillar: (id: string) => ClassSession[];
  businessesInSector: (id: string) => Business[];
  businessesInRegency: (id: string) => Business[];
  mentorsOfBusiness: (id: string) => Mentor[];
}
