import {test, expect} from '@playwright/test';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {allRoutes, isPrerendered, isPublic, locales, routePath} from '../../app/_i18n/pages';

// The W3C Nu Html Checker (npm vnu-jar, run with the machine's Java 17+) on every prerendered public route of
// the route model (pages and their handouts, both locales) and on each locale's not-found page: no error
// allowed. Warnings are not counted.
const java = process.env.JAVA ?? (existsSync('/usr/bin/java') ? '/usr/bin/java' : 'java');
// The checker also validates the inlined <style>. Its CSS grammar predates two things Tailwind 4 emits and every
// current browser accepts: @property rules (CSS Properties and Values API) and margin-trim in an @supports test.
// Only these two messages are ignored; any other CSS or HTML error fails the test.
const cssFalseAlarm = /^CSS: (Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn't exist)\.?$/;

test('the W3C Nu Html Checker finds no error on any page', async ({request}) => {
  test.setTimeout(300_000);
  const targets = allRoutes.filter((r) => isPublic(r) && isPrerendered(r)).map((r) => ({path: routePath(r), status: 200}));
  for (const locale of locales) targets.push({path: `/${locale}/no-such-page-for-the-checker`, status: 404});
  expect(targets.length).toBeGreaterThan(60);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const names = new Map<string, string>();
    for (const {path: p, status} of targets) {
      const res = await request.get(p);
      expect(res.status(), p).toBe(status);
      const file = path.join(dir, (p.slice(1).replace(/\//g, '__') || 'root') + '.html');
      writeFileSync(file, await res.text());
      names.set(`file:${file}`, p);
    }
    const jar = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
    let out = '';
    try {
      execFileSync(java, ['-jar', jar, '--errors-only', '--format', 'json', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
    } catch (e) {
      // vnu exits 1 when it finds errors and writes its JSON report to stderr.
      out = (e as {stderr?: string}).stderr ?? '';
      if (!out.trim().startsWith('{')) throw e;
    }
    const messages = out ? (JSON.parse(out) as {messages: {type: string; url: string; message: string; lastLine?: number}[]}).messages : [];
    const errors = messages.filter((m) => m.type === 'error' && !cssFalseAlarm.test(m.message)).map((m) => `${names.get(m.url) ?? m.url}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
