/**
 * Previews of classes, weekly timetables, programmes, mentors and businesses: the same labels and formatting
 * helpers as the pages (dates in WIB with id-ID, Rupiah), styled by the site's CSS.
 */
import { formatDate, formatFee, formatRupiah, formatTimeRange } from '../../src/lib/format';
import { formatPhone } from '../../src/lib/contact';
import {
  audienceName,
  formatName,
  pillarName,
  regencyName,
  scaleName,
  sectorName,
  statusName,
} from '../../src/lib/labels';
import type { ClassSession, Programme, Mentor, Business } from '../../src/lib/site';
import { joinWib, splitWib } from '../../src/time/wib';
import { expandTimetable } from '../../src/lib/timetable';
import { describeSeries } from '../../src/lib/series';
import type { WeekdayId } from '../../src/taxonomy';
import { entryData, titleFromSlug, type PreviewProps } from './entry';

/** Frontmatter as the CMS holds it: references are slugs and times are strings. */
type Raw<T> = {
  [K in keyof T]?: T[K] extends Date
    ? string
    : T[K] extends { id: string }
      ? string
      : T[K] extends { id: string }[]
        ? string[]
        : T[K];
};

const safe = <T,>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch {
    return fallback;
  }
};
const instant = (value: unknown) => {
  const iso = joinWib(splitWib(value));
  return iso ? new Date(iso) : undefined;
};
const names = (ids: string[] | undefined, name: (id: string) => string) =>
  (ids ?? []).map((id) => safe(() => name(id), id)).join(', ');

function Header({
  eyebrow,
  title,
  lead,
}: {
  eyebrow?: string | undefined;
  title?: string | undefined;
  lead?: string | undefined;
}) {
  return (
    <header className="preview-header">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1>{title || 'Tanpa judul'}</h1>
      {lead && <p className="lead">{lead}</p>}
    </header>
  );
}

function Facts({ rows }: { rows: [string, string | undefined][] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function ClassPreview(props: PreviewProps) {
  const data = entryData<Raw<ClassSession['data']>>(props);
  const start = instant(data.start);
  const end = instant(data.end);
  return (
    <article className="preview">
      <Header
        eyebrow={[data.format && formatName(data.format), data.programme && titleFromSlug(data.programme)]
          .filter(Boolean)
          .join(' · ')}
        title={data.title}
        lead={data.summary}
      />
      <Facts
        rows={[
          ['Tanggal', start && formatDate(start)],
          ['Waktu', start && end ? formatTimeRange(start, end) : undefined],
          ['Tempat', data.attendance === 'daring' ? 'Daring' : data.venue],
          ['Biaya', formatFee(data.fee ?? 0)],
          ['Kapasitas', data.capacity ? `${data.capacity} orang` : undefined],
          ['Status', data.status && statusName(data.status)],
          ['Mentor', (data.mentors ?? []).map(titleFromSlug).join(', ') || undefined],
          ['Sektor', names(data.sectors, sectorName) || undefined],
        ]}
      />
      {data.statusNote && <p className="notice">{data.statusNote}</p>}
      <div className="prose">{props.widgetFor('body')}</div>
    </article>
  );
}

export function ProgrammePreview(props: PreviewProps) {
  const data = entryData<Raw<Programme['data']>>(props);
  return (
    <article className="preview">
      <Header eyebrow={data.pillar && `Pilar ${pillarName(data.pillar)}`} title={data.title} lead={data.summary} />
      <Facts
        rows={[
          ['Untuk', names(data.audiences, (id) => audienceName(id as never)) || undefined],
          ['Sektor', names(data.sectors, sectorName) || undefined],
          ['Mitra', (data.partners ?? []).map(titleFromSlug).join(', ') || undefined],
        ]}
      />
      <div className="prose">{props.widgetFor('body')}</div>
    </article>
  );
}

export function MentorPreview(props: PreviewProps) {
  const data = entryData<Raw<Mentor['data']>>(props);
  return (
    <article className="preview">
      <Header eyebrow="Mentor" title={data.name} lead={data.headline} />
      <Facts
        rows={[
          ['Usaha', data.businessName],
          ['Wilayah', data.regency && safe(() => regencyName(data.regency!), data.regency)],
          ['Sektor', names(data.sectors, sectorName) || undefined],
        ]}
      />
      {data.summary && <p className="lead">{data.summary}</p>}
      <h2>Kisah sukses</h2>
      <div className="prose">{props.widgetFor('body')}</div>
    </article>
  );
}

export function BusinessPreview(props: PreviewProps) {
  const data = entryData<Raw<Business['data']>>(props);
  const contact = data.contact ?? {};
  return (
    <article className="preview">
      <Header eyebrow={data.scale && `Usaha ${scaleName(data.scale)}`} title={data.name} lead={data.summary} />
      <Facts
        rows={[
          ['Wilayah', data.regency && safe(() => regencyName(data.regency!), data.regency)],
          ['Alamat', data.address],
          ['Berdiri', data.founded ? String(data.founded) : undefined],
          ['Sektor', names(data.sectors, sectorName) || undefined],
          ['WhatsApp', contact.whatsapp && formatPhone(contact.whatsapp)],
          ['Telepon', contact.phone && formatPhone(contact.phone)],
          ['E-mail', contact.email],
          ['Instagram', contact.instagram && `@${contact.instagram}`],
          ['Situs web', contact.website],
        ]}
      />
      {(data.products ?? []).length > 0 && (
        <>
          <h2>Produk</h2>
          <ul className="preview-products">
            {(data.products ?? []).map((product, index) => (
              <li key={index}>
                <strong>{product.name}</strong>
                <span>{typeof product.price === 'number' ? formatRupiah(product.price) : 'Hubungi penjual'}</span>
                {product.description && <span>{product.description}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Profil</h2>
      <div className="prose">{props.widgetFor('body')}</div>
    </article>
  );
}

interface RawOverride {
  date?: string;
  topic?: string;
  startTime?: string;
  endTime?: string;
  status?: string;
}
interface RawTimetable {
  title?: string;
  programme?: string;
  format?: string;
  summary?: string;
  weekdays?: WeekdayId[];
  startTime?: string;
  endTime?: string;
  firstDate?: string;
  lastDate?: string;
  venue?: string;
  attendance?: string;
  fee?: number;
  exceptions?: { date?: string; reason?: string }[];
  overrides?: RawOverride[];
}

/** A weekly series, with the dated sessions the site will make from it, so editors see the result. */
export function TimetablePreview(props: PreviewProps) {
  const data = entryData<RawTimetable>(props);
  const complete = Boolean(data.weekdays?.length && data.startTime && data.endTime && data.firstDate && data.lastDate);
  const timetable = {
    weekdays: data.weekdays ?? [],
    startTime: data.startTime ?? '',
    endTime: data.endTime ?? '',
    firstDate: data.firstDate ?? '',
    lastDate: data.lastDate ?? '',
    exceptions: (data.exceptions ?? []).filter((e): e is { date: string } => Boolean(e.date)),
    overrides: (data.overrides ?? []).filter((o): o is RawOverride & { date: string } => Boolean(o.date)),
  };
  const sessions = complete ? safe(() => expandTimetable(timetable), []) : [];
  return (
    <article className="preview">
      <Header
        eyebrow={[data.format && formatName(data.format as never), data.programme && titleFromSlug(data.programme)]
          .filter(Boolean)
          .join(' · ')}
        title={data.title}
        lead={
          complete
            ? safe(() => describeSeries(timetable), undefined)
            : 'Isi hari, jam, dan tanggal untuk melihat sesi-sesinya.'
        }
      />
      <Facts
        rows={[
          ['Tempat', data.attendance === 'daring' ? 'Daring' : data.venue],
          ['Biaya', `${formatFee(data.fee ?? 0)} per sesi`],
          ['Libur', timetable.exceptions.map((e) => e.date).join(', ') || undefined],
        ]}
      />
      {complete && (
        <section>
          <h2>{sessions.length} sesi</h2>
          <ol className="preview-sessions">
            {sessions.map(({ date, start, end, override }) => (
              <li key={date}>
                {formatDate(start)}, {formatTimeRange(start, end)}
                {override?.topic && ` · ${override.topic}`}
                {override?.status && ` · ${statusName(override.status as never)}`}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="prose">{props.widgetFor('body')}</div>
    </article>
  );
}
