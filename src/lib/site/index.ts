/**
 * The site's content, cross-referenced once per build: every page reads from here instead of
 * querying collections itself. Pure (entries in, lookups out) so vitest can exercise it.
 */
import { REGENCIES, SECTORS, regencyLabel } from '../../taxonomy';
import { currentUntil, splitByTime } from '../schedule';
import { checkDuplicateBusinesses, checkReferences, checkReservedSlugs } from './checks';
import { byName, compareText, groupBy, indexBy, lookup } from './indexes';
import { allSessions } from './sessions';
import { checkRoomCapacity, checkRoomClashes, occupancy, withPlace } from './rooms';
import type { ClassSession, Collections, Site, SplitSessions } from './types';

export type * from './types';

export function buildSite(collections: Collections, now: Date): Site {
  checkReferences(collections);
  const programmes = [...collections.programmes].sort(
    (a, b) => a.data.order - b.data.order || compareText(a.data.title, b.data.title),
  );
  const roomById = indexBy(collections.rooms);
  const room = (id: string) => lookup(roomById, id, 'room');
  const classes = allSessions(collections).map((session) => withPlace(session, room));
  const timetables = [...collections.timetables].sort(
    (a, b) => a.data.firstDate.localeCompare(b.data.firstDate) || compareText(a.data.title, b.data.title),
  );
  const mentors = [...collections.mentors].sort(byName);
  const businesses = [...collections.businesses].sort(byName);
  const partners = [...collections.partners].sort(byName);
  const rooms = [...collections.rooms].sort((a, b) => a.data.order - b.data.order || byName(a, b));
  checkDuplicateBusinesses(businesses);
  checkReservedSlugs(collections);

  const programmeById = indexBy(programmes);
  const mentorById = indexBy(mentors);
  const businessById = indexBy(businesses);
  const partnerById = indexBy(partners);
  const occupied = occupancy(classes, collections.bookings);
  checkRoomClashes(occupied);
  checkRoomCapacity(classes, room);
  const occupancyByRoom = groupBy(
    [...occupied].sort((a, b) => a.start - b.start),
    (o) => [o.room],
  );
  const timetableById = indexBy(timetables);

  const programmeOf = (c: ClassSession) => lookup(programmeById, c.data.programme.id, 'programme');
  // A session without sectors of its own belongs to its programme's (as in search).
  const sessionSectors = (c: ClassSession) =>
    c.data.sectors.length > 0 ? c.data.sectors : programmeOf(c).data.sectors;
  const classesByProgramme = groupBy(classes, (c) => [c.data.programme.id]);
  const classesBySeries = groupBy(classes, (c) => (c.series ? [c.series.id] : []));
  const classesBySector = groupBy(classes, sessionSectors);
  const classesByPillar = groupBy(classes, (c) => [programmeOf(c).data.pillar]);
  const classesByMentor = groupBy(classes, (c) => c.data.mentors.map((m) => m.id));
  const businessesBySector = groupBy(businesses, (b) => b.data.sectors);
  const businessesByRegency = groupBy(businesses, (b) => [b.data.regency]);
  const mentorsByBusiness = groupBy(mentors, (m) => (m.data.business ? [m.data.business.id] : []));
  const among =
    <T>(groups: Map<string, T[]>) =>
    (id: string) =>
      groups.get(id) ?? [];

  const splitClasses = (entries: readonly ClassSession[]): SplitSessions => {
    // A postponed session with a known new date stays upcoming until that date has passed.
    const timed = entries.map((entry) => ({ entry, start: entry.data.start, end: currentUntil(entry.data) }));
    const split = splitByTime(timed, now);
    return { upcoming: split.upcoming.map((s) => s.entry), past: split.past.map((s) => s.entry) };
  };
  const { upcoming, past } = splitClasses(classes);

  return {
    now,
    programmes,
    classes,
    timetables,
    mentors,
    businesses,
    partners,
    rooms,
    upcomingClasses: upcoming,
    pastClasses: past,
    splitClasses,
    sectorCounts: SECTORS.map((s) => ({ id: s.id, name: s.name, count: businessesBySector.get(s.id)?.length ?? 0 })),
    regencyCounts: REGENCIES.map((r) => ({
      id: r.id,
      name: regencyLabel(r),
      code: r.code,
      count: businessesByRegency.get(r.id)?.length ?? 0,
    })),
    programme: (id) => lookup(programmeById, id, 'programme'),
    mentor: (id) => lookup(mentorById, id, 'mentor'),
    business: (id) => lookup(businessById, id, 'business'),
    partner: (id) => lookup(partnerById, id, 'partner'),
    room,
    roomOccupancy: among(occupancyByRoom),
    timetable: (id) => lookup(timetableById, id, 'timetable'),
    sessionSectors,
    classesOfProgramme: among(classesByProgramme),
    classesOfMentor: among(classesByMentor),
    classesOfSeries: among(classesBySeries),
    classesInSector: among(classesBySector),
    classesInPillar: among(classesByPillar),
    businessesInSector: among(businessesBySector),
    businessesInRegency: among(businessesByRegency),
    mentorsOfBusiness: among(mentorsByBusiness),
  };
}
