import {test, expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {sitemapPaths, locales, pathFor, type PageId} from './site';

// Pages come from sitemap.xml, so a new page is covered without editing this file.
let paths: string[] = [];
test.beforeAll(async ({request}) => {
  paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(20);
});

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const r = await new AxeBuilder({page}).withTags(wcag).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

// Pages are shared out over a few tests, so the run stays within its time limits as the site grows.
const SHARDS = 6;
for (const scheme of ['light', 'dark'] as const) for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe finds no WCAG 2.2 A/AA violation on any page (${scheme}, part ${shard + 1} of ${SHARDS})`, async ({page}) => {
    test.setTimeout(240_000);
    await page.emulateMedia({colorScheme: scheme});
    const problems: string[] = [];
    const mine = paths.filter((_, i) => i % SHARDS === shard);
    expect(mine.length).toBeGreaterThan(0);
    for (const path of mine) {
      await page.goto(path);
      for (const v of await axe(page)) problems.push(`${path} ${v}`);
    }
    expect(problems).toEqual([]);
  });
}

// Issue 19: the pages with a picture (spray steps, esketamine schedule, when to call whom) are among the pages
// the axe run above checks in light and dark, and each shows its figure.
test('every page with a picture is in the axe run', async ({request}) => {
  const pictures: [PageId, string][] = [['session', 'spray-steps'], ['maintenance', 'esketamine-schedule'], ['risks-and-safety', 'when-to-call']];
  for (const locale of locales) for (const [id, picture] of pictures) {
    const path = pathFor(locale, id);
    expect(paths, path).toContain(path);
    expect(await (await request.get(path)).text(), path).toContain(`data-picture="${picture}"`);
  }
});

test('keyboard: the skip link is the first Tab stop and moves focus to main', async ({page}) => {
  await page.goto('/fr/risques-et-securite');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', {name: 'Aller au contenu'});
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

for (const path of ['/en/for-clinics', '/fr', '/fr/fibromyalgie', '/en/urgent-help']) {
  test(`keyboard on ${path}: every link and button is reachable and shows a focus outline`, async ({page}) => {
    test.setTimeout(120_000);
    await page.setViewportSize({width: 1280, height: 900});
    await page.goto(path);
    const interactive = await page.locator('a[href]:visible, button:visible, summary:visible').count();
    const seen = new Set<string>();
    for (let i = 0; i < interactive + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return {key: el.outerHTML.slice(0, 120) + el.getBoundingClientRect().top, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2};
      });
      if (!info) continue;
      expect(info.outline, info.key).toBe(true);
      seen.add(info.key);
    }
    expect(seen.size).toBeGreaterThanOrEqual(interactive);
  });
}

test('without JavaScript every page shows the same main text as with it', async ({browser}) => {
  test.setTimeout(240_000);
  const withJs = await browser.newPage();
  const noJsContext = await browser.newContext({javaScriptEnabled: false});
  const withoutJs = await noJsContext.newPage();
  for (const path of paths) {
    await withJs.goto(path);
    await withoutJs.goto(path);
    const a = (await withJs.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    const b = (await withoutJs.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    // Copy buttons and the print button only exist with JavaScript.
    const strip = (s: string) => s.replace(/\b(Copier la version (française|anglaise)|Copy the (French|English) version|Copier|Copy|Imprimer|Print)\b/g, '').replace(/\s+/g, ' ');
    expect(strip(b), path).toBe(strip(a));
    expect(b.length).toBeGreaterThan(200);
  }
  await noJsContext.close();
});

// 360 px: the phone this guide is written for; 320 px: WCAG's reflow width (1.4.10, a 1280 px screen at 400 %).
for (const width of [360, 320]) {
  test(`at ${width} px wide no page scrolls sideways`, async ({page}) => {
    test.setTimeout(180_000);
    await page.setViewportSize({width, height: 740});
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    expect(wide).toEqual([]);
  });
}

test('every internal link and #fragment resolves, and every page is reachable from home', async ({request}) => {
  test.setTimeout(180_000);
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    links.set(path, [...html.matchAll(/<a[^>]*\shref="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')));
  }
  const broken: string[] = [];
  const status = new Map<string, number>();
  for (const [from, hrefs] of links) {
    for (const href of hrefs) {
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      const [p, fragment] = (href.startsWith('#') ? from + href : href).split('#');
      if (!status.has(p)) status.set(p, (await request.get(p, {maxRedirects: 0})).status());
      if (status.get(p) !== 200) broken.push(`${from} -> ${href} (${status.get(p)})`);
      else if (fragment && ids.has(p) && !ids.get(p)!.has(fragment)) broken.push(`${from} -> ${href} (no id)`);
    }
  }
  expect(broken).toEqual([]);
  for (const home of ['/fr', '/en']) {
    const seen = new Set([home]);
    const queue = [home];
    while (queue.length) {
      for (const href of links.get(queue.shift()!) ?? []) {
        const p = href.split('#')[0];
        if (links.has(p) && !seen.has(p)) { seen.add(p); queue.push(p); }
      }
    }
    expect(paths.filter((p) => p.startsWith(home) && !seen.has(p)), `unreachable from ${home}`).toEqual([]);
    // The language links join the two halves: every page of both languages is reachable from either home.
    expect(paths.filter((p) => !seen.has(p)), `unreachable from ${home}`).toEqual([]);
  }
});

test('no page loads a script file or Next’s flight data (the clinics page’s copy buttons are a small inline script)', async ({request}) => {
  const withScripts: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    if (/<script[^>]*\ssrc=|__next_f/.test(html)) withScripts.push(path);
    expect(html, path).toContain('</main>');
  }
  expect(withScripts).toEqual([]);
});

test('hostile query strings are never reflected unescaped', async ({request}) => {
  const payload = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
  for (const path of ['/fr', '/en/faq', '/fr/page-inconnue', '/?q=1']) {
    const res = await request.get(`${path}${path.includes('?') ? '&' : '?'}q=${encodeURIComponent(payload)}&utm_source=${encodeURIComponent(payload)}`);
    expect(res.status()).toBeLessThan(500);
    const body = await res.text();
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toContain('onerror=alert(1)');
  }
});

test('a huge Accept-Language header and odd methods never get a 500', async ({request}) => {
  const res = await request.get('/', {headers: {'accept-language': 'x-'.repeat(3000) + 'en'}, maxRedirects: 0});
  expect(res.status()).toBeLessThan(500);
  for (const method of ['OPTIONS', 'HEAD', 'DELETE'] as const) {
    const r = await request.fetch('/fr', {method, maxRedirects: 0});
    expect(r.status(), method).toBeLessThan(500);
  }
  const head = await request.fetch('/en/faq', {method: 'HEAD'});
  expect(head.status()).toBe(200);
});
