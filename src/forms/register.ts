/**
 * Validation of the "Daftarkan usaha Anda" form, next to each field. The rules are in the markup
 * (required, pattern, min/max, derived from the business schema); this only words the messages
 * and checks the "at least one" groups. Without JavaScript the browser's own validation still
 * applies.
 *
 * The messages come from the page (`data-msg-*` on the form, rendered from the UI table at build
 * time): importing src/i18n would ship every page's strings to the browser for ten messages.
 */
import { pageMessage } from '../i18n/page-messages';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type MessageName =
  'required' | 'check' | 'format' | 'min' | 'max' | 'integer' | 'invalid' | 'chooseOne' | 'fillOne' | 'summary';
type Say = (name: MessageName, values?: Record<string, string>) => string;

/** The form's message `name` (`data-msg-<name>`) with its `{placeholders}` filled in. */
function wording(form: HTMLFormElement, name: MessageName, values: Record<string, string> = {}): string {
  return pageMessage(form, name, values);
}

function messageFor(control: Control, say: Say): string {
  const v = control.validity;
  if (v.valueMissing)
    return control instanceof HTMLInputElement && control.type === 'checkbox'
      ? (control.dataset['message'] ?? say('check'))
      : say('required');
  if (v.patternMismatch || v.typeMismatch) return control.dataset['message'] ?? say('format');
  if (v.rangeUnderflow && control instanceof HTMLInputElement) return say('min', { min: control.min });
  if (v.rangeOverflow && control instanceof HTMLInputElement) return say('max', { max: control.max });
  if (v.badInput || v.stepMismatch) return say('integer');
  return say('invalid');
}

function show(target: HTMLElement, errorId: string, message: string) {
  const error = document.getElementById(errorId);
  if (error) error.textContent = message;
  target.setAttribute('aria-invalid', message ? 'true' : 'false');
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-register]')) {
  form.noValidate = true;
  const summary = form.querySelector<HTMLElement>('[data-summary]')!;
  const say: Say = (name, values) => wording(form, name, values);

  const check = (): HTMLElement[] => {
    const invalid: HTMLElement[] = [];
    for (const control of form.querySelectorAll<Control>('input[id], select[id], textarea[id], input[required]')) {
      if (control.type === 'hidden' || control.name === 'alamat-web') continue;
      const errorId = control
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      if (!errorId) continue;
      const message = control.checkValidity() ? '' : messageFor(control, say);
      show(control, errorId, message);
      if (message) invalid.push(control);
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-required-group]')) {
      const message = group.querySelector('input:checked') ? '' : (group.dataset['message'] ?? say('chooseOne'));
      show(group, `${group.id}-error`, message);
      if (message) invalid.push(group);
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-one-of]')) {
      const names = (group.dataset['oneOf'] ?? '').split(' ');
      const filled = names.some((name) => (form.elements.namedItem(name) as Control | null)?.value.trim());
      const message = filled ? '' : (group.dataset['message'] ?? say('fillOne'));
      show(group, `${group.id}-error`, message);
      if (message) invalid.push(group);
    }
    return invalid;
  };

  form.addEventListener('submit', (event) => {
    const invalid = check();
    summary.textContent = invalid.length ? say('summary', { count: String(invalid.length) }) : '';
    if (invalid.length === 0) return;
    event.preventDefault();
    const first = invalid[0]!;
    (first.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first)?.focus();
  });
}
