/**
 * Points on the map: reading what editors paste (coordinates, or a Google Maps link, from which
 * the coordinates are read) and the distance between two points. A leaf module with no run-time
 * imports: the CMS widget, the content schema and the directory's view-time script share it.
 */

export interface Point {
  readonly lat: number;
  readonly lng: number;
}

/** A box of latitudes and longitudes. */
export interface Bounds {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

const NUMBER = String.raw`[-+]?\d{1,3}(?:\.\d+)?`;
/**
 * Where a Google Maps link keeps its coordinates, the most precise first: the pin of a place
 * (`!3d-7.05!4d110.43`), a query or destination (`?q=-7.05,110.43`, `destination=`, `ll=`), the
 * centre of the view (`@-7.05,110.43,17z`), and the path of a search (`/search/-7.05,+110.43`).
 */
const LINK_PATTERNS = [
  new RegExp(`!3d(${NUMBER})!4d(${NUMBER})`),
  new RegExp(`[?&](?:q|query|destination|daddr|ll|center)=(${NUMBER})(?:,|%2C)\\+?(${NUMBER})`, 'i'),
  new RegExp(`@(${NUMBER}),(${NUMBER})`),
  new RegExp(`/(?:search|place|dir)/(${NUMBER})(?:,|%2C)\\+?(${NUMBER})`, 'i'),
];
/** `-7.05120, 110.43810`, `-7.05120 110.43810` or `-7.05120;110.43810`. */
const PAIR = new RegExp(`^(${NUMBER})\\s*[,; ]\\s*(${NUMBER})$`);
/** Degrees, minutes and seconds as Google Maps shows a pin: `7°03'04.3"S 110°26'17.2"E`. */
const DMS =
  /^(\d{1,2})°\s*(\d{1,2})['′]\s*(\d{1,2}(?:\.\d+)?)["″]?\s*([NS])[,\s]+(\d{1,3})°\s*(\d{1,2})['′]\s*(\d{1,2}(?:\.\d+)?)["″]?\s*([EW])$/i;

const point = (lat: string, lng: string): Point => ({ lat: Number(lat), lng: Number(lng) });
const dms = (deg: string, min: string, sec: string, hemisphere: string) =>
  (Number(deg) + Number(min) / 60 + Number(sec) / 3600) * (/[SW]/i.test(hemisphere) ? -1 : 1);

export type PointText = { ok: true; point: Point } | { ok: false; reason: 'short-link' | 'unreadable' };

/**
 * The point in what an editor typed or pasted. A short link (`maps.app.goo.gl/…`) holds no
 * coordinates until it is opened, and there is no network here to open it: it is refused with
 * its own reason.
 */
export function readPoint(text: string): PointText {
  const input = text.trim();
  let found: Point | undefined;
  if (/^https?:\/\//i.test(input)) {
    const link = decodeURIComponent(input.replace(/\+/g, ' ')).replace(/ /g, '+');
    for (const pattern of LINK_PATTERNS) {
      const match = pattern.exec(link);
      if (match?.[1] && match[2]) {
        found = point(match[1], match[2]);
        break;
      }
    }
    if (!found) return { ok: false, reason: /goo\.gl|g\.co\//i.test(input) ? 'short-link' : 'unreadable' };
  } else {
    const pair = PAIR.exec(input);
    const degrees = DMS.exec(input);
    if (pair?.[1] && pair[2]) found = point(pair[1], pair[2]);
    else if (degrees) {
      const [, d1 = '', m1 = '', s1 = '', h1 = '', d2 = '', m2 = '', s2 = '', h2 = ''] = degrees;
      found = { lat: dms(d1, m1, s1, h1), lng: dms(d2, m2, s2, h2) };
    } else return { ok: false, reason: 'unreadable' };
  }
  // No range check here: a latitude of 110 is a swapped pair, which the caller's bounds name.
  return { ok: true, point: found };
}

/** The point as content stores it: `-7.05120, 110.43810` (five decimals, about a metre). */
export const pointText = ({ lat, lng }: Point) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

export const inBounds = ({ lat, lng }: Point, box: Bounds) =>
  lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;

const RADIANS = Math.PI / 180;
/** Great-circle distance in kilometres (haversine; the Earth as a sphere is exact enough for "± 3,2 km"). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLng = (b.lng - a.lng) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A Google Maps link that opens directions to the point (from wherever the visitor is). */
export const directionsUrl = ({ lat, lng }: Point) =>
  `https://www.google.com/maps/dir/?api=1&destination=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
