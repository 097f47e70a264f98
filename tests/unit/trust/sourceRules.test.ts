import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code that ships in the extension (tests, scripts and the bench do not). */
const SHIPPED = ['components', 'entrypoints', 'reader', 'page', 'notebook', 'messaging', 'search', 'factbase', 'spotter'];
const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.(ts|tsx|html)$/.test(e.name) ? [path] : [];
  });
}
const files = SHIPPED.flatMap((d) => sources(join(ROOT, d))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const hits = (pattern: RegExp) => files.flatMap(({ path, text }) =>
  text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])));

describe('shipped code renders text as text and links only http(s)', () => {
  test('it reads the shipped sources', () => expect(files.length).toBeGreaterThan(50));

  test('no innerHTML, outerHTML writes, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, eval or new Function', () => {
    expect(hits(/\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\(|new Function\(/)).toEqual([]);
  });

  test('every href in a component comes from safeHref', () => {
    const hrefs = hits(/\bhref=/);
    expect(hrefs.length).toBeGreaterThan(0);
    // Each link's value is a variable the same component set from safeHref.
    for (const hit of hrefs) {
      const [path] = hit.split(':');
      const variable = /href=\{(\w+)\}/.exec(hit)?.[1];
      expect(variable, hit).toBeDefined();
      expect(files.find((f) => f.path === path)!.text, hit).toMatch(new RegExp(`const ${variable} = safeHref\\(`));
    }
  });

  test('no network API in the shipped code', () => {
    expect(hits(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/)).toEqual([]);
  });
});
