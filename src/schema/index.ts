/** Every content type of the site, in the order the CMS lists them. */
import { businesses } from './businesses';
import { classes } from './classes';
import { mentors } from './mentors';
import { partners } from './partners';
import { programmes } from './programmes';
import { timetables } from './timetables';

export const CONTENT_TYPES = [classes, timetables, programmes, mentors, businesses, partners] as const;
export { businesses, classes, mentors, partners, programmes, timetables };
export { contentSchema, contentCmsFields, plainContext } from './define';
