/** Every room's taken slots, hours and notice, for the booking form's check (src/lib/rooms.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { roomsTakenFile } from '../../lib/rooms';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(roomsTakenFile(await loadSite())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
