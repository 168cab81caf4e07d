/** One session as an .ics file for "Tambahkan ke kalender". */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarKey } from '../../../lib/cache-key';
import { sessionEvent, toIcs } from '../../../lib/calendar';
import { loadSite } from '../../../lib/content';
import { sessionName } from '../../../lib/schedule';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.classes.map((session) => ({
    params: { slug: session.id },
    props: { session },
    cacheKey: calendarKey(site, [session]),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site: origin }) => {
  const site = await loadSite();
  const { session } = props;
  const event = sessionEvent(
    session,
    site.programme(session.data.programme.id),
    session.data.mentors.map((m) => site.mentor(m.id)),
    origin!,
  );
  return new Response(toIcs([event], site.now, sessionName(session.data)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
