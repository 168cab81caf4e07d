/** Removing a security header from netlify.toml must fail CI. */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { headersFor, readNetlifyRules, redirectFor } from '../../scripts/serve.mjs';

interface HeaderRule {
  for: string;
  values: Record<string, string>;
}
const config = parse(readFileSync('netlify.toml', 'utf8')) as unknown as {
  headers: HeaderRule[];
  build: { command: string; publish: string; environment: Record<string, string> };
};
const rule = (path: string) => config.headers.find((h) => h.for === path)?.values ?? {};
const directives = (policy: string | undefined) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('netlify.toml', () => {
  it('builds the site with npm run build on Node 24 and publishes dist', () => {
    expect(config.build.command).toBe('npm run build');
    expect(config.build.publish).toBe('dist');
    expect(config.build.environment['NODE_VERSION']).toBe('24');
  });

  const site = rule('/*');
  it.each([
    ['Strict-Transport-Security', /max-age=\d{8,}/],
    ['X-Content-Type-Options', /^nosniff$/],
    ['Referrer-Policy', /^(strict-origin-when-cross-origin|no-referrer|same-origin)$/],
    ['Permissions-Policy', /camera=\(\).*microphone=\(\).*geolocation=\(self\)/],
    ['X-Frame-Options', /^DENY$/],
  ])('sets %s on every public path', (name, value) => {
    expect(site[name]).toMatch(value);
  });

  it("forbids framing the site with frame-ancestors 'none'", () => {
    expect(directives(site['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('gives /admin/ its own policy that lets Decap and Netlify Identity work, and nothing more', () => {
    const admin = directives(rule('/admin/*')['Content-Security-Policy']);
    expect(admin.get('default-src')).toEqual(["'self'"]);
    expect(admin.get('connect-src')).toEqual(["'self'", 'blob:']);
    expect(admin.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(admin.get('object-src')).toEqual(["'none'"]);
    expect(admin.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of admin.values()) expect(values.join(' ')).not.toMatch(/https?:|\*/);
  });
});

describe('the test server (scripts/serve.mjs) applies netlify.toml as Netlify does', () => {
  const rules = readNetlifyRules('netlify.toml');
  it('sends every matching rule, the later one winning for the same header', () => {
    const admin = headersFor('/admin/index.html', rules.headers);
    expect(admin['Permissions-Policy']).toBe(rule('/*')['Permissions-Policy']);
    expect(admin['Content-Security-Policy']).toBe(rule('/admin/*')['Content-Security-Policy']);
    expect(headersFor('/', rules.headers)['Content-Security-Policy']).toBe(rule('/*')['Content-Security-Policy']);
    expect(headersFor('/_astro/a.js', rules.headers)['Cache-Control']).toMatch(/immutable/);
    expect(headersFor('/direktori/', rules.headers)['Cache-Control']).toBeUndefined();
  });
  it("lets geolocation work on the site's own pages only", () => {
    const policy = headersFor('/direktori/', rules.headers)['Permissions-Policy'] ?? '';
    expect(policy.split(/,\s*/)).toContain('geolocation=(self)');
  });
  it('sends a missing English page to the English 404, anything else to none', () => {
    expect(redirectFor('/en/tidak-ada/', rules.redirects)).toEqual({ to: '/en/404/index.html', status: 404 });
    expect(redirectFor('/tidak-ada/', rules.redirects)).toBeUndefined();
  });
});

describe('Astro CSP', () => {
  const astroConfig = readFileSync('astro.config.mjs', 'utf8');
  it('is enabled without unsafe-inline scripts for the public pages', () => {
    expect(astroConfig).toMatch(/security:\s*{[\s\S]*csp:/);
    const scriptResources = /scriptDirective:\s*{[\s\S]*?resources:\s*\[([^\]]*)\]/.exec(astroConfig)?.[1] ?? '';
    expect(scriptResources).not.toContain('unsafe-inline');
    expect(scriptResources).not.toContain("'unsafe-eval'");
  });
});
