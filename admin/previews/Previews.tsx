/**
 * Previews of classes, weekly timetables, programmes, mentors and businesses, in the language
 * being edited: the same strings, labels and formatting helpers as the pages (dates in WIB,
 * Rupiah), styled by the site's CSS.
 */
import type { ReactNode } from 'react';
import { useFormat } from '../../src/lib/format';
import { formatPhone } from '../../src/lib/contact';
import { useLabels } from '../../src/lib/labels';
import { DEFAULT_LOCALE, useTranslations, type Locale } from '../../src/i18n';
import type { ClassSession, Programme, Mentor, Business } from '../../src/lib/site';
import { joinWib, splitWib } from '../../src/time/wib';
import { expandTimetable } from '../../src/lib/timetable';
import { describeSeries } from '../../src/lib/series';
import type { WeekdayId } from '../../src/taxonomy';
import { entryData, previewLocale, titleFromSlug, type PreviewProps } from './entry';

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

/** What a preview needs of its language: the entry's data in it, its strings, formats and names. */
function inLanguage<T>(props: PreviewProps) {
  const locale = previewLocale(props);
  return {
    locale,
    data: entryData<T>(props),
    t: useTranslations(locale),
    ...useFormat(locale),
    ...useLabels(locale),
  };
}

/** The preview's article, in its language; a translation says where its other fields come from. */
function Article({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = useTranslations(locale);
  return (
    <article className="preview" lang={locale}>
      {children}
      {locale !== DEFAULT_LOCALE && <p className="preview-note">{t('preview.sharedFields')}</p>}
    </article>
  );
}

function Header({
  locale,
  eyebrow,
  title,
  lead,
}: {
  locale: Locale;
  eyebrow?: string | undefined;
  title?: string | undefined;
  lead?: string | undefined;
}) {
  const t = useTranslations(locale);
  return (
    <header className="preview-header">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1>{title || t('preview.untitled')}</h1>
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
  const { locale, data, t, formatDate, formatFee, formatTimeRange, formatName, statusName, sectorName } =
    inLanguage<Raw<ClassSession['data']>>(props);
  const start = instant(data.start);
  const end = instant(data.end);
  return (
    <Article locale={locale}>
      <Header
        locale={locale}
        eyebrow={[data.format && formatName(data.format), data.programme && titleFromSlug(data.programme)]
          .filter(Boolean)
          .join(' · ')}
        title={data.title}
        lead={data.summary}
      />
      <Facts
        rows={[
          [t('class.date'), start && formatDate(start)],
          [t('class.time'), start && end ? formatTimeRange(start, end) : undefined],
          [t('class.venue'), data.attendance === 'daring' ? t('calendar.online') : data.venue],
          [t('class.fee'), formatFee(data.fee ?? 0)],
          [t('class.capacityLabel'), data.capacity ? t('class.capacity', data.capacity) : undefined],
          [t('preview.status'), data.status && statusName(data.status)],
          [t('class.mentors'), (data.mentors ?? []).map(titleFromSlug).join(', ') || undefined],
          [t('preview.sectors'), names(data.sectors, sectorName) || undefined],
        ]}
      />
      {data.statusNote && <p className="notice">{data.statusNote}</p>}
      <div className="prose">{props.widgetFor('body')}</div>
    </Article>
  );
}

export function ProgrammePreview(props: PreviewProps) {
  const { locale, data, t, pillarName, audienceName, sectorName } = inLanguage<Raw<Programme['data']>>(props);
  return (
    <Article locale={locale}>
      <Header
        locale={locale}
        eyebrow={data.pillar && t('programme.pillar', pillarName(data.pillar))}
        title={data.title}
        lead={data.summary}
      />
      <Facts
        rows={[
          [t('programme.audience'), names(data.audiences, (id) => audienceName(id as never)) || undefined],
          [t('programme.sectors'), names(data.sectors, sectorName) || undefined],
          [t('home.partners'), (data.partners ?? []).map(titleFromSlug).join(', ') || undefined],
        ]}
      />
      <div className="prose">{props.widgetFor('body')}</div>
    </Article>
  );
}

export function MentorPreview(props: PreviewProps) {
  const { locale, data, t, regencyName, sectorName } = inLanguage<Raw<Mentor['data']>>(props);
  return (
    <Article locale={locale}>
      <Header locale={locale} eyebrow={t('mentor.eyebrow')} title={data.name} lead={data.headline} />
      <Facts
        rows={[
          [t('preview.business'), data.businessName],
          [t('business.regency'), data.regency && safe(() => regencyName(data.regency!), data.regency)],
          [t('preview.sectors'), names(data.sectors, sectorName) || undefined],
        ]}
      />
      {data.summary && <p className="lead">{data.summary}</p>}
      <h2>{t('mentor.story')}</h2>
      <div className="prose">{props.widgetFor('body')}</div>
    </Article>
  );
}

export function BusinessPreview(props: PreviewProps) {
  const { locale, data, t, formatRupiah, scaleName, regencyName, sectorName } =
    inLanguage<Raw<Business['data']>>(props);
  const contact = data.contact ?? {};
  return (
    <Article locale={locale}>
      <Header
        locale={locale}
        eyebrow={data.scale && t('business.eyebrow', scaleName(data.scale))}
        title={data.name}
        lead={data.summary}
      />
      <Facts
        rows={[
          [t('business.regency'), data.regency && safe(() => regencyName(data.regency!), data.regency)],
          [t('visit.address'), data.address],
          [t('business.founded'), data.founded ? String(data.founded) : undefined],
          [t('preview.sectors'), names(data.sectors, sectorName) || undefined],
          ['WhatsApp', contact.whatsapp && formatPhone(contact.whatsapp)],
          [t('contact.phone').replace(/:$/, ''), contact.phone && formatPhone(contact.phone)],
          [t('contact.email').replace(/:$/, ''), contact.email],
          ['Instagram', contact.instagram && `@${contact.instagram}`],
          [t('contact.website').replace(/:$/, ''), contact.website],
        ]}
      />
      {(data.products ?? []).length > 0 && (
        <>
          <h2>{t('business.products')}</h2>
          <ul className="preview-products">
            {(data.products ?? []).map((product, index) => (
              <li key={index}>
                <strong>{product.name}</strong>
                <span>{typeof product.price === 'number' ? formatRupiah(product.price) : t('products.askSeller')}</span>
                {product.description && <span>{product.description}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('business.profile')}</h2>
      <div className="prose">{props.widgetFor('body')}</div>
    </Article>
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
  const { locale, data, t, formatDate, formatFee, formatTimeRange, formatName, statusName } =
    inLanguage<RawTimetable>(props);
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
    <Article locale={locale}>
      <Header
        locale={locale}
        eyebrow={[data.format && formatName(data.format as never), data.programme && titleFromSlug(data.programme)]
          .filter(Boolean)
          .join(' · ')}
        title={data.title}
        lead={complete ? safe(() => describeSeries(timetable, locale), undefined) : t('preview.fillSchedule')}
      />
      <Facts
        rows={[
          [t('class.venue'), data.attendance === 'daring' ? t('calendar.online') : data.venue],
          [t('class.fee'), t('series.feePerSession', formatFee(data.fee ?? 0))],
          [t('preview.daysOff'), timetable.exceptions.map((e) => e.date).join(', ') || undefined],
        ]}
      />
      {complete && (
        <section>
          <h2>{t('preview.sessions', sessions.length)}</h2>
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
    </Article>
  );
}
