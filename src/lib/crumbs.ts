/** One step of a breadcrumb trail (kept in a .ts module so every importer sees its type). */
export interface Crumb {
  href: string;
  label: string;
}
