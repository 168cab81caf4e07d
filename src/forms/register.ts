/**
 * Validation of the "Daftarkan usaha Anda" form in Indonesian, next to each field. The rules are
 * in the markup (required, pattern, min/max, derived from the business schema); this only words
 * the messages and checks the "at least one" groups. Without JavaScript the browser's own
 * validation still applies.
 */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function messageFor(control: Control): string {
  const v = control.validity;
  if (v.valueMissing)
    return control instanceof HTMLInputElement && control.type === 'checkbox'
      ? (control.dataset['message'] ?? 'Wajib dicentang.')
      : 'Wajib diisi.';
  if (v.patternMismatch || v.typeMismatch) return control.dataset['message'] ?? 'Formatnya belum sesuai.';
  if (v.rangeUnderflow && control instanceof HTMLInputElement) return `Minimal ${control.min}.`;
  if (v.rangeOverflow && control instanceof HTMLInputElement) return `Maksimal ${control.max}.`;
  if (v.badInput || v.stepMismatch) return 'Harus bilangan bulat.';
  return 'Isian belum sesuai.';
}

function show(target: HTMLElement, errorId: string, message: string) {
  const error = document.getElementById(errorId);
  if (error) error.textContent = message;
  target.setAttribute('aria-invalid', message ? 'true' : 'false');
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-register]')) {
  form.noValidate = true;
  const summary = form.querySelector<HTMLElement>('[data-summary]')!;

  const check = (): HTMLElement[] => {
    const invalid: HTMLElement[] = [];
    for (const control of form.querySelectorAll<Control>('input[id], select[id], textarea[id], input[required]')) {
      if (control.type === 'hidden' || control.name === 'alamat-web') continue;
      const errorId = control
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      if (!errorId) continue;
      const message = control.checkValidity() ? '' : messageFor(control);
      show(control, errorId, message);
      if (message) invalid.push(control);
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-required-group]')) {
      const message = group.querySelector('input:checked') ? '' : (group.dataset['message'] ?? 'Pilih minimal satu.');
      show(group, `${group.id}-error`, message);
      if (message) invalid.push(group);
    }
    for (const group of form.querySelectorAll<HTMLElement>('[data-one-of]')) {
      const names = (group.dataset['oneOf'] ?? '').split(' ');
      const filled = names.some((name) => (form.elements.namedItem(name) as Control | null)?.value.trim());
      const message = filled ? '' : (group.dataset['message'] ?? 'Isi minimal satu.');
      show(group, `${group.id}-error`, message);
      if (message) invalid.push(group);
    }
    return invalid;
  };

  form.addEventListener('submit', (event) => {
    const invalid = check();
    summary.textContent = invalid.length ? `Ada ${invalid.length} isian yang perlu diperbaiki.` : '';
    if (invalid.length === 0) return;
    event.preventDefault();
    const first = invalid[0]!;
    (first.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first)?.focus();
  });
}
