/**
 * A relation to a partitioned type (admin/config.ts, partRelations): first the part (a regency),
 * then an entry of that part's collection. Decap's own relation widget reads one collection
 * whole; pointed at all 10,000 businesses that is every file on each open of a mentor (with a
 * hosted backend, one API request each), while one regency's collection is a few hundred, and the
 * same read Decap caches for that regency's list. The value is the entry's slug, as before.
 */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component, type ChangeEvent } from 'react';

interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}

interface Part {
  value: string;
  label: string;
  collection: string;
}

interface Hit {
  slug: string;
  data: Record<string, unknown>;
}

/** What Decap passes every control besides its typed props (see EditorControl). */
type ControlProps = CmsWidgetControlProps<unknown> & {
  field: ImmutableLike;
  getEntry?: () => ImmutableLike;
  entry?: ImmutableLike;
  query?(
    namespace: string,
    collection: string,
    searchFields: string[],
    term: string,
  ): Promise<{ payload?: { hits?: Hit[] } }>;
};

interface State {
  part: string;
  options: { value: string; label: string }[] | undefined;
  failed: boolean;
}

/** A field's value as option text (display fields are names and dates). */
const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const option = (field: ImmutableLike, name: string) => (field.get(name) as ImmutableLike | undefined)?.toJS?.();

function partsOf(field: ImmutableLike): Part[] {
  return (option(field, 'parts') as Part[] | undefined) ?? [];
}

/** Where to start: the entry's own field of the part's name (a mentor's regency), else the first part. */
function initialPart({ field, getEntry, entry }: ControlProps): string {
  const parts = partsOf(field);
  const data = ((getEntry?.() ?? entry)?.get('data') as ImmutableLike | undefined)?.toJS?.() as
    Record<string, unknown> | undefined;
  const own = data?.[String(field.get('part_field'))];
  return parts.find((part) => part.value === own)?.value ?? parts[0]?.value ?? '';
}

export class PartRelationControl extends Component<ControlProps, State> {
  override state: State = { part: initialPart(this.props), options: undefined, failed: false };
  private mounted = false;

  override componentDidMount() {
    this.mounted = true;
    void this.load(this.state.part);
  }

  override componentWillUnmount() {
    this.mounted = false;
  }

  private async load(part: string) {
    const { field, forID, query } = this.props;
    const collection = partsOf(field).find((p) => p.value === part)?.collection;
    if (!collection || !query) return;
    const display = (option(field, 'display_fields') as string[] | undefined) ?? ['name'];
    const search = (option(field, 'search_fields') as string[] | undefined) ?? display;
    try {
      // An empty term matches every entry of the collection (as the relation widget's first load).
      const result = await query(`${forID}-${part}`, collection, search, '');
      const options = (result.payload?.hits ?? [])
        .map((hit) => ({ value: hit.slug, label: display.map((name) => asText(hit.data[name])).join(' · ') }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id'));
      if (this.mounted && this.state.part === part) this.setState({ options, failed: false });
    } catch {
      if (this.mounted && this.state.part === part) this.setState({ options: [], failed: true });
    }
  }

  private choosePart = (event: ChangeEvent<HTMLSelectElement>) => {
    const part = event.target.value;
    this.setState({ part, options: undefined, failed: false });
    void this.load(part);
  };

  private chooseEntry = (event: ChangeEvent<HTMLSelectElement>) => this.props.onChange(event.target.value);

  override render() {
    const { field, forID, classNameWrapper, value } = this.props;
    const { part, options, failed } = this.state;
    const chosen = typeof value === 'string' ? value : '';
    const parts = partsOf(field);
    const partLabel = parts.find((p) => p.value === part)?.label ?? '';
    const elsewhere = chosen !== '' && options !== undefined && !options.some((o) => o.value === chosen);
    const style = { inlineSize: '100%', font: 'inherit', padding: '0.4rem', marginBlockEnd: '0.5rem' };
    return (
      <div className={classNameWrapper}>
        <label htmlFor={`${forID}-part`} style={{ display: 'block' }}>
          Wilayah usaha
        </label>
        <select id={`${forID}-part`} value={part} onChange={this.choosePart} style={style}>
          {parts.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        {/* Labelled by Decap's own label for the field (htmlFor={forID}). */}
        <select
          id={forID}
          value={chosen}
          onChange={this.chooseEntry}
          disabled={options === undefined}
          aria-describedby={`${forID}-status`}
          style={style}
        >
          <option value="">— Tidak dipilih —</option>
          {elsewhere && <option value={chosen}>{chosen} (terpilih, di wilayah lain)</option>}
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p id={`${forID}-status`} role="status" style={{ margin: 0 }}>
          {options === undefined
            ? `Memuat usaha di ${partLabel}…`
            : failed
              ? `Daftar usaha di ${partLabel} tidak bisa dimuat; coba lagi atau pilih wilayah lain.`
              : `${options.length} usaha di ${partLabel}.`}
        </p>
      </div>
    );
  }
}
