/**
 * Phrases a browser script reads from its element's `data-msg-<name>` attributes (rendered at
 * build time with t()), with `{placeholders}` filled in. Imports nothing, so a script that uses it
 * carries no string table.
 */
export function pageMessage(element: HTMLElement, name: string, values: Record<string, string> = {}): string {
  const key = `msg${name[0]!.toUpperCase()}${name.slice(1)}`;
  return (element.dataset[key] ?? '').replace(/\{(\w+)\}/g, (slot, value: string) => values[value] ?? slot);
}
