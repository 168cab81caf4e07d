/** Every session of one weekly series as one calendar file (subscribe once, get each week). */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { calendarKey } from '../../../../lib/cache-key';
import { sessionEvent, toIcs } from '../../../../lib/calendar';
import { loadSite } from '../../../../lib/content';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.timetables.map((timetable) => ({
    params: { id: timetable.id },
    cacheKey: calendarKey(site, site.classesOfSeries(timetable.id), timetable.data.title),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, InferGetStaticParamsType<typeof getStaticPaths>> = async ({
  params,
  site: origin,
}) => {
  const site = await loadSite();
  const timetable = site.timetable(params.id);
  const events = site.classesOfSeries(timetable.id).map((session) =>
    sessionEvent(
      session,
      site.programme(session.data.programme.id),
      session.data.mentors.map((m) => site.mentor(m.id)),
      origin!,
    ),
  );
  return new Response(toIcs(events, site.now, timetable.data.title), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
