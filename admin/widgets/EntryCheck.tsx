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

/** Decap also passes the entry and its collection to every control; its types leave them out. */
type ControlProps = CmsWidgetControlProps<unknown> & { entry?: ImmutableLike; collection?: ImmutableLike };

function issuesOf({ entry, collection }: ControlProps): EntryIssue[] {
  if (!entry || !collection) return [];
  const data = (entry.get('data') as ImmutableLike | undefined)?.toJS?.() ?? {};
  return validateEntry(String(collection.get('name')), data as Record<string, unknown>);
}

export class EntryCheckControl extends Component<ControlProps> {
  // Decap re-renders a control only when its own value changes; this one depends on the others.
  override shouldComponentUpdate(next: ControlProps) {
    return next.entry !== this.props.entry;
  }

  isValid = () => {
    const issues = issuesOf(this.props);
    if (issues.length === 0) return true;
    return { error: { message: issues.map((i) => `${i.label}: ${i.message}`).join(' · ') } };
  };

  override render() {
    const issues = issuesOf(this.props);
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
