/** Subscribable feed of every current and upcoming session (rebuilt with the site). */
import type { APIRoute } from 'astro';
import { sessionEvent, toIcs } from '../lib/calendar';
import { loadSite } from '../lib/content';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const events = site.upcomingClasses.map((session) =>
    sessionEvent(
      session,
      site.programme(session.data.programme.id),
      session.data.mentors.map((m) => site.mentor(m.id)),
      origin!,
    ),
  );
  return new Response(toIcs(events, site.now), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
