/** The accessibility rules every axe check of the suite runs. */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * The WCAG tags, plus rules some axe versions leave out of them: label-in-name (2.5.3) is
 * tagged experimental in some releases, and voice-control users need it.
 */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag' as const, values: WCAG_TAGS },
  rules: { 'label-content-name-mismatch': { enabled: true } },
};
