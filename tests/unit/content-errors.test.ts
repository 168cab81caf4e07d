/**
 * A broken content file must stop the real build with a message naming the file and the field.
 * Each case copies content/ to a temporary folder, breaks one file, and runs `astro build`
 * against it (CONTENT_DIR), so the working tree is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const workdir = mkdtempSync(join(tmpdir(), 'hetero-content-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function buildWith(name: string, file: string, text: string) {
  const contentDir = join(workdir, name, 'content');
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  writeFileSync(join(contentDir, file), text);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(workdir, name, 'dist')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const validBusiness = (overrides: string) => `---
name: Usaha Uji
sectors: [kriya]
scale: mikro
regency: kab-jepara
address: Jl. Uji No. 1, Jepara
founded: 2019
summary: Usaha uji untuk memastikan kesalahan isi terlihat jelas.
contact:
  whatsapp: "+6281225009999"
${overrides}
---
Profil.
`;

describe.each([
  {
    name: 'unknown regency',
    file: 'businesses/usaha-rusak.md',
    text: validBusiness('').replace('kab-jepara', 'kab-atlantis'),
    expected: ['usaha-rusak', 'regency', 'kab-atlantis'],
  },
  {
    name: 'bad WhatsApp number',
    file: 'businesses/usaha-rusak.md',
    text: validBusiness('').replace('+6281225009999', '081225009999'),
    expected: ['usaha-rusak', 'contact.whatsapp', '+62'],
  },
  {
    name: 'class ending before it starts',
    file: 'classes/kelas-rusak.md',
    text: `---
title: Kelas Uji
programme: PROGRAMME
start: "2026-12-05T12:00:00+07:00"
end: "2026-12-05T09:00:00+07:00"
---
`,
    expected: ['kelas-rusak', 'end', 'Waktu selesai harus setelah waktu mulai'],
  },
  {
    name: 'reference to a mentor that does not exist',
    file: 'classes/kelas-rusak.md',
    text: `---
title: Kelas Uji
programme: PROGRAMME
start: "2026-12-05T09:00:00+07:00"
end: "2026-12-05T12:00:00+07:00"
mentors: [mentor-tidak-ada]
---
`,
    expected: ['kelas-rusak.md', 'mentors[0]', 'mentor-tidak-ada'],
  },
  {
    name: 'class time without a time zone',
    file: 'classes/kelas-rusak.md',
    text: `---
title: Kelas Uji
programme: PROGRAMME
start: 2026-12-05T09:00:00
end: "2026-12-05T23:00:00+07:00"
---
`,
    expected: ['kelas-rusak.md', 'field "start"', '+07:00'],
  },
  {
    name: 'malformed YAML frontmatter',
    file: 'mentors/mentor-rusak.md',
    text: `---
name: "Mentor tanpa tanda kutip penutup
headline: x
---
`,
    expected: ['mentor-rusak'],
  },
])('a broken content file ($name)', ({ name, file, text, expected }) => {
  it('fails the build and names the file and field', async () => {
    const { readdirSync } = await import('node:fs');
    // Reference a programme that exists in the real content, so only the intended error remains.
    const programme = readdirSync(join(root, 'content/programmes'))[0]?.replace(/\.md$/, '') ?? 'none';
    const { status, output } = buildWith(name.replace(/\W+/g, '-'), file, text.replace('PROGRAMME', programme));
    expect(status).not.toBe(0);
    for (const part of expected) expect(output).toContain(part);
  });
});

it('the unbroken content passes validation (astro sync)', () => {
  const result = spawnSync('npx', ['astro', 'sync'], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(result.status, result.stderr).toBe(0);
});
