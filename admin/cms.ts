/**
 * Entry of /admin/: Decap CMS from npm (no CDN script), initialised by hand with the config
 * derived from src/schema, plus the project's widgets, previews, styles and Indonesian phrases.
 */
import CMS from 'decap-cms-app';
import netlifyIdentity from 'netlify-identity-widget';
import tokensCss from '../src/styles/tokens.css?url';
import globalCss from '../src/styles/global.css?url';
import previewCss from './preview.css?url';
import { cmsConfig } from './config';
import id from './locale-id';
import { BusinessPreview, ClassPreview, MentorPreview, ProgrammePreview, TimetablePreview } from './previews/Previews';
import { EntryCheckControl } from './widgets/EntryCheck';
import { GeoPointControl } from './widgets/GeoPoint';
import { PartRelationControl } from './widgets/PartRelation';
import { businesses, partCollectionName } from '../src/schema';
import { WibDateTimeControl, WibDateTimePreview } from './widgets/WibDateTime';

declare global {
  interface Window {
    netlifyIdentity?: typeof netlifyIdentity;
  }
}

// On this machine decap-server (npm start) serves content/ directly; anywhere else editors log
// in with Netlify Identity and work through drafts and reviews (git-gateway).
const local = ['localhost', '127.0.0.1'].includes(window.location.hostname);
if (!local) {
  window.netlifyIdentity = netlifyIdentity;
  netlifyIdentity.init();
}

CMS.registerLocale('id', id);
CMS.registerWidget('wib_datetime', WibDateTimeControl, WibDateTimePreview);
CMS.registerWidget('entry_check', EntryCheckControl);
CMS.registerWidget('geo_point', GeoPointControl);
CMS.registerWidget('part_relation', PartRelationControl);
for (const href of [tokensCss, globalCss, previewCss]) CMS.registerPreviewStyle(href);
CMS.registerPreviewTemplate('classes', ClassPreview);
CMS.registerPreviewTemplate('timetables', TimetablePreview);
CMS.registerPreviewTemplate('programmes', ProgrammePreview);
CMS.registerPreviewTemplate('mentors', MentorPreview);
// One collection per regency (admin/config.ts, partCollections), one preview for all of them.
for (const part of businesses.partition?.values ?? [])
  CMS.registerPreviewTemplate(partCollectionName(businesses, part.id), BusinessPreview);
CMS.init({ config: cmsConfig({ local, siteUrl: window.location.origin }) });
