/**
 * The messages src/forms/register.ts words a field's problem with, as the form's `data-msg-*`
 * attributes (read by i18n/page-messages.ts), so the script carries no string table. Every form
 * that uses register.ts spreads these and adds its own.
 */
import type { Translate } from '../i18n';

export const fieldMessages = (t: Translate) => ({
  'data-msg-required': t('validation.required'),
  'data-msg-check': t('validation.mustCheck'),
  'data-msg-format': t('validation.format'),
  'data-msg-min': t('validation.min', '{min}'),
  'data-msg-max': t('validation.max', '{max}'),
  'data-msg-integer': t('validation.integer'),
  'data-msg-invalid': t('validation.invalid'),
  'data-msg-summary': t('validation.summary', '{count}'),
});
