/**
 * A field that checks the whole entry with the build's own schema (admin/validate.ts) and
 * refuses to save while anything would fail the build: cross-field rules (end after start,
 * at least one contact) included, which Decap cannot express field by field. It never writes
 * a value, so nothing of it lands in the Markdown.
 */
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { Component } from 'react';
import { validateEntry, type EntryIssue } from '../validate';

/** The slice of Decap's Immutable entry this widget reads. */
interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}

/**
 * Decap also passes the entry and its collection to every control; its types leave them out.
 * `entry` can be stale (Decap deprecates it); `getEntry()` returns the entry as it is now.
 */
type ControlProps = CmsWidgetControlProps<unknown> & {
  entry?: ImmutableLike;
  getEntry?: () => ImmutableLike;
  collection?: ImmutableLike;
};

function issuesOf({ entry, getEntry, collection }: ControlProps): EntryIssue[] {
  const current = getEntry?.() ?? entry;
  if (!current || !collection) return [];
  const data = (current.get('data') as ImmutableLike | undefined)?.toJS?.() ?? {};
  return validateEntry(String(collection.get('name')), data as Record<string, unknown>);
}

const keyOf = (issues: EntryIssue[]) => issues.map((i) => `${i.path}:${i.message}`).join('|');

export class EntryCheckControl extends Component<ControlProps, { issues: EntryIssue[] }> {
  override state = { issues: issuesOf(this.props) };
  private timer: ReturnType<typeof setInterval> | undefined;

  // Decap re-renders a control only when its own value changes, and this one depends on all the
  // others: re-check the live entry a few times a second and re-render when the verdict changes.
  override componentDidMount() {
    this.timer = setInterval(() => this.refresh(), 500);
  }

  override componentWillUnmount() {
    clearInterval(this.timer);
  }

  private refresh() {
    const issues = issuesOf(this.props);
    if (keyOf(issues) !== keyOf(this.state.issues)) this.setState({ issues });
  }

  // Decap calls this on save: always the live entry, never the last rendered one.
  isValid = () => {
    const issues = issuesOf(this.props);
    if (issues.length === 0) return true;
    return { error: { message: issues.map((i) => `${i.label}: ${i.message}`).join(' · ') } };
  };

  override render() {
    const { issues } = this.state;
    return (
      <div id={this.props.forID} className={this.props.classNameWrapper} role="status">
        {issues.length === 0 ? (
          <p>Semua isian sesuai aturan situs.</p>
        ) : (
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>
                <strong>{issue.label}</strong>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
}
