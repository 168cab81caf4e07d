/**
 * The "new classes" feed: one item per announcement (a single class, or a weekly series as a
 * whole), newest announcement first. Pure; src/pages/kelas/rss.xml.ts hands it to @astrojs/rss.
 */
import { formatDateTime } from './format';
import { sessionName } from './schedule';
import { describeSeries } from './series';
import type { ClassSession, Site } from './site';
import { urls } from './urls';
import { wibInstant } from '../time/wib';
import { LOCALE_TAG } from '../i18n';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** How many announcements the feed keeps; readers poll often, the archive is on the site. */
export const FEED_SIZE = 50;

export function classFeedItems(site: Pick<Site, 'classes' | 'timetables' | 'programme'>): FeedItem[] {
  const singles = site.classes
    .filter((session): session is ClassSession => !session.series)
    .map((session) => ({
      title: sessionName(session.data),
      link: urls.class(session.id),
      pubDate: wibInstant(session.data.announced),
      description: [
        formatDateTime(session.data.start),
        site.programme(session.data.programme.id).data.title,
        session.data.summary,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
  const series = site.timetables.map((timetable) => ({
    title: timetable.data.title,
    link: urls.series(timetable.id),
    pubDate: wibInstant(timetable.data.announced),
    description: [
      describeSeries(timetable.data),
      site.programme(timetable.data.programme.id).data.title,
      timetable.data.summary,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return [...singles, ...series]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, LOCALE_TAG))
    .slice(0, FEED_SIZE);
}
