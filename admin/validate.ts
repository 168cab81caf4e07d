/**
 * Validation in the editor with the very schemas the build uses, so what the build would
 * reject is refused before saving, with the same Indonesian messages.
 */
import { contentSchema, contentTypeOfCollection, plainContext } from '../src/schema';
import { objectSchema, type Fields } from '../src/schema/fields';
import { settings } from '../src/schema/settings';

export interface EntryIssue {
  /** Field path, e.g. `contact.whatsapp` or `products.0.price`. */
  path: string;
  /** The field's label as the editor sees it, e.g. "Kontak › WhatsApp". */
  label: string;
  message: string;
}

function schemaFor(collection: string) {
  if (collection === settings.name)
    return { schema: objectSchema(settings.fields, plainContext), fields: settings.fields as Fields };
  const type = contentTypeOfCollection(collection);
  if (!type) throw new Error(`No content type for CMS collection "${collection}"`);
  return { schema: contentSchema(type, plainContext), fields: type.fields };
}

/** Human label of a path through nested field groups and lists ("Produk › 2 › Harga (Rp)"). */
function labelOf(fields: Fields, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let current: Fields | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(String(key + 1));
      continue;
    }
    const field: Fields[string] | undefined = current?.[String(key)];
    parts.push(field?.label ?? String(key));
    current = field?.nested;
  }
  return parts.join(' › ');
}

/** Every problem the build would report for this entry's data (the Markdown body excluded). */
export function validateEntry(collection: string, data: Record<string, unknown>): EntryIssue[] {
  const { schema, fields } = schemaFor(collection);
  const { body: _body, pemeriksaan: _check, ...frontmatter } = data;
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    label: labelOf(fields, issue.path),
    message: issue.message,
  }));
}
