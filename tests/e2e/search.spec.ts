// Search (issue 10), served by the site's server (`npm start`) from the production build: the header box on every page, the
// results page in both languages with JavaScript off, the crisis block, the empty and no-result states, every
// bad input of the issue, the privacy headers, no Next runtime (issue 14) and axe on the results pages.
import {createHash} from 'node:crypto';
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {allPages} from './site';

const searchPath = {fr: '/fr/recherche', en: '/en/search'} as const;
type L = keyof typeof searchPath;
const label = {fr: 'Rechercher dans le guide', en: 'Search the guide'} as const;
const url = (locale: L, q: string) => `${searchPath[locale]}?q=${encodeURIComponent(q)}`;
const resultLinks = (page: Page) => page.locator('main ol.search-results > li > a');
const hrefs = (page: Page) => resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('every page has a labelled GET search box in its header, sent to its language’s results page', async ({page, request}) => {
    test.setTimeout(180_000);
    for (const {locale, path} of allPages) {
      const html = await (await request.get(path)).text();
      const header = /<header[\s\S]*?<\/header>/.exec(html)![0];
      const form = /<form role="search"[^>]*\saction="([^"]+)" method="get"><label for="site-search" class="sr-only">([^<]+)<\/label>\s*<input id="site-search" type="search"[^>]*name="q"/.exec(header);
      expect(form, path).not.toBeNull();
      expect([form![1], form![2]], path).toEqual([searchPath[locale], label[locale]]);
    }
    for (const locale of ['fr', 'en'] as L[]) {
      await page.setViewportSize({width: 1280, height: 800});
      await page.goto(`/${locale}`);
      const box = page.locator('header').getByRole('searchbox', {name: label[locale]});
      await expect(box).toBeVisible();
      await box.fill(locale === 'fr' ? 'vessie' : 'bladder');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${searchPath[locale]}\\?q=(vessie|bladder)$`));
      await expect(resultLinks(page).first()).toBeVisible();
    }
  });

  test('at 360 px the box waits behind a magnifier beside the site name; opened, it searches', async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    await page.goto('/fr/questions-frequentes');
    const summary = page.locator('header summary', {has: page.locator('svg')});
    await expect(summary).toHaveAccessibleName(label.fr);
    // The magnifier sits on the header's first line, beside the site name (the header gains no line), and
    // nothing scrolls sideways.
    const [s, name] = [await summary.boundingBox(), await page.locator('header a[href="/fr"]').first().boundingBox()];
    expect(Math.abs(s!.y + s!.height / 2 - (name!.y + name!.height / 2))).toBeLessThan(4);
    expect(s!.height).toBeGreaterThanOrEqual(44);
    expect(s!.width).toBeGreaterThanOrEqual(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = page.locator('#site-search');
    await expect(box).toBeHidden();
    await summary.click();
    await expect(box).toBeVisible();
    // The opened form spans the page under the header's line, still without sideways scrolling.
    expect((await page.locator('header details form').boundingBox())!.width).toBeGreaterThan(340);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await box.fill('vessie');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/fr\/recherche\?q=vessie$/);
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  // Reader spellings: no accents, typos, other word forms, synonyms; each lands on the section that answers.
  const found: [L, string, string][] = [
    ['fr', 'seance', '/fr/parcours-de-soins'],
    ['fr', 'conduire', '/fr/questions-frequentes#driving'],
    ['fr', 'conduite', '/fr/questions-frequentes#driving'],
    ['fr', 'fibromialgie', '/fr/fibromyalgie'],
    ['fr', 'est ce que c est rembourse', '/fr/questions-frequentes#cost-and-reimbursement'],
    ['fr', 'electrochocs ou ketamine', '/fr/options-depression-resistante#'],
    ['fr', 'ramener quelqu un a la maison apres', '/fr/pour-les-proches#getting-home'],
    ['en', 'pregnant', '/en/faq#pregnancy'],
    ['en', 'fibromyalga', '/en/fibromyalgia'],
    ['en', 'is it addictive', '/en/faq#addiction'],
    ['en', 'cost', '/en/faq#cost-and-reimbursement'],
    ['en', 'magnetic stimulation', '/en/depression-options#rtms'],
    ['en', 'sport fibromyalgia', '/en/fibromyalgia-options#exercise'],
  ];
  for (const [locale, q, href] of found) {
    test(`${locale}: “${q}” finds ${href} in the first 3, with a marked snippet`, async ({page}) => {
      const res = await page.goto(url(locale, q));
      expect(res!.status()).toBe(200);
      const all = await hrefs(page);
      expect(all.slice(0, 3).some((h) => h.startsWith(href)), all.slice(0, 3).join(' ')).toBe(true);
      await expect(page.locator('main ol.search-results mark').first()).toBeVisible();
      await expect(page.locator('main .search-count')).toHaveText(new RegExp(`^\\d+ ${locale === 'fr' ? 'résultats?(\\. Voici les 10 plus pertinents\\.)?' : 'results?(\\. Here are the 10 most relevant\\.)?'}$`));
      // Results come from the current language only, and each target exists with its section.
      for (const h of all) expect(h).toMatch(new RegExp(`^/${locale}(/|#|$)`));
      const [path, id] = all[0].split('#');
      const target = await page.request.get(path);
      expect(target.status()).toBe(200);
      if (id) expect(await target.text()).toContain(`id="${id}"`);
    });
  }

  test('the results page has its own title, noindex, and the private headers; the query stays in the language link', async ({page}) => {
    const res = await page.goto(url('fr', 'grossesse'));
    await expect(page).toHaveTitle('Résultats pour «\u202f\u2068grossesse\u2069\u202f» | Kétamine, le guide patient');
    await expect(page.locator('h1')).toHaveText('Résultats pour « grossesse »');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const h = res!.headers();
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['cache-control']).toBe('private, no-store');
    expect(h['x-robots-tag']).toBe('noindex');
    expect(h['set-cookie']).toBeUndefined();
    await expect(page.locator('header a[data-language-link]')).toHaveAttribute('href', '/en/search?q=grossesse');
    await expect(page.locator('main input[name="q"]')).toHaveValue('grossesse');
    await page.goto(url('en', 'pregnancy'));
    await expect(page).toHaveTitle('Results for “\u2068pregnancy\u2069” | Ketamine: a patient guide');
  });

  test('no Next runtime on the results page: no script file, no flight data, the one inlined stylesheet allowed by its hash', async ({request}) => {
    const session = await (await request.get('/en/treatment-journey/session')).text();
    const siteStyle = /<style>([\s\S]*?)<\/style>/.exec(session)![1];
    for (const path of [url('fr', 'conduire'), url('en', ''), url('en', 'zqxjwv'), url('en', 'kill myself')]) {
      const res = await request.get(path);
      const html = await res.text();
      expect(html, path).not.toMatch(/<script[^>]*\ssrc=|__next_f|\/_next\/static\/|<link[^>]*rel="stylesheet"/);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles, path).toEqual([siteStyle]);
      const csp = res.headers()['content-security-policy'];
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain(`'sha256-${createHash('sha256').update(siteStyle).digest('base64')}'`);
      expect(html, path).not.toContain('[[');
    }
  });

  for (const [locale, q] of [['fr', 'je veux mourir'], ['fr', 'suicide'], ['fr', '3114'], ['en', 'kill myself'], ['en', "I can't go on"], ['en', '988']] as [L, string][]) {
    test(`${locale}: “${q}” opens with the urgent-help numbers before any result`, async ({page}) => {
      await page.goto(url(locale, q));
      const help = page.locator('main .urgent-help');
      await expect(help).toBeVisible();
      await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
      const order = await page.locator('main > *').evaluateAll((els) => els.map((e) => e.tagName.toLowerCase() + (e.classList.contains('urgent-help') ? '.urgent-help' : '')));
      expect(order.slice(0, 3)).toEqual(['h1', 'section.urgent-help', 'form']);
    });
  }

  for (const [locale, q] of [['fr', 'mourir'], ['en', 'die'], ['en', 'I want to die']] as [L, string][]) {
    test(`${locale}: “${q}” shows the sections that help under the numbers, and no spelling hint`, async ({page}) => {
      await page.goto(url(locale, q));
      await expect(page.locator('main .urgent-help')).toBeVisible();
      await expect(page.locator('main .search-crisis-intro')).toBeVisible();
      const help = await page.locator('main .search-help a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(help).toEqual(locale === 'fr'
        ? ['/fr/aide-urgente#if-you-are-in-danger', '/fr/risques-et-securite#suicidal-thoughts', '/fr/pour-les-proches#asking-about-suicide', '/fr/pour-les-proches#lines-for-relatives']
        : ['/en/urgent-help#if-you-are-in-danger', '/en/risks-and-safety#suicidal-thoughts', '/en/family-and-friends#asking-about-suicide', '/en/family-and-friends#lines-for-relatives']);
      await expect(page.locator('main')).not.toContainText(locale === 'fr' ? 'autre orthographe' : 'another spelling');
    });
  }

  test('an ordinary query shows no crisis block', async ({page}) => {
    await page.goto(url('fr', 'conduire'));
    await expect(page.locator('main .urgent-help')).toHaveCount(0);
  });

  for (const locale of ['fr', 'en'] as L[]) {
    test(`${locale}: empty and blank queries show the form with a hint`, async ({page}) => {
      for (const path of [searchPath[locale], `${searchPath[locale]}?q=`, `${searchPath[locale]}?q=%20%20%20`]) {
        const res = await page.goto(path);
        expect(res!.status(), path).toBe(200);
        await expect(page.locator('h1')).toHaveText(label[locale]);
        await expect(page.locator('main form[role="search"] input[name="q"]')).toBeVisible();
        await expect(page.locator('main .search-note')).toBeVisible();
        await expect(page.locator('main ol')).toHaveCount(0);
      }
    });

    test(`${locale}: no result says so kindly and offers the FAQ, the glossary, urgent help and every page`, async ({page}) => {
      await page.goto(url(locale, 'zqxjwv'));
      await expect(page.locator('main .search-count')).toHaveText(locale === 'fr' ? 'Aucun résultat' : 'No results');
      await expect(page.locator('main')).toContainText(locale === 'fr' ? 'Nous n’avons rien trouvé pour « zqxjwv »' : 'We found nothing for “zqxjwv”');
      const links = await page.locator('main .search-suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(locale === 'fr' ? ['/fr/questions-frequentes', '/fr/glossaire', '/fr/aide-urgente', '/fr#all-pages'] : ['/en/faq', '/en/glossary', '/en/urgent-help', '/en#all-pages']);
    });
  }

  test('a query only the other language matches offers that search', async ({page}) => {
    // Not a money word: those land on the cost answer in either language (README, Search).
    await page.goto(url('en', 'grossesse'));
    const link = page.locator('main a[hreflang="fr"]');
    await expect(link).toHaveAttribute('href', '/fr/recherche?q=grossesse');
    await link.click();
    expect((await hrefs(page)).slice(0, 3)).toContain('/fr/questions-frequentes#pregnancy');
  });

  test('bad input: a clear answer, never a 500, nothing reflected unescaped', async ({page, request}) => {
    // 10,000 characters: cut to 200, and the page says so.
    const res = await page.goto(url('fr', 'conduire '.repeat(1112)));
    expect(res!.status()).toBe(200);
    await expect(page.locator('main .search-note')).toContainText('200 premiers caractères');
    expect((await page.locator('main input[name="q"]').inputValue()).length).toBeLessThanOrEqual(200);
    await expect(resultLinks(page).first()).toBeVisible();
    // Repeated q: the first.
    await page.goto('/en/search?q=driving&q=bladder');
    await expect(page.locator('h1')).toHaveText('Results for “driving”');
    // Script, quotes, SQL, regex characters, emoji, right-to-left text, null bytes: shown as typed, as text.
    for (const q of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1; DROP TABLE pages; --", '.*+?^${}()|[]\\', '🙂💊 kétamine', 'مرحبا كيتامين']) {
      const r = await page.goto(url('fr', q));
      expect(r!.status(), q).toBe(200);
      const html = await r!.text();
      expect(html, q).not.toMatch(/<script>alert|<img src=x/);
      await expect(page.locator('main input[name="q"]'), q).toHaveValue(q);
      await expect(page.locator('h1 bdi'), q).toHaveText(q);
    }
    const nul = await page.goto('/fr/recherche?q=vessie%00foie');
    expect(nul!.status()).toBe(200);
    await expect(page.locator('main input[name="q"]')).toHaveValue('vessie foie');
    expect(await nul!.text()).not.toContain('\u0000');
    // Bad percent-encoding in the query: read as text, searched as such.
    for (const raw of ['%E0%A4%A', '%ZZ', '%', 'a%2', '%C3%28']) {
      const r = await request.get(`/fr/recherche?q=${raw}`);
      expect(r.status(), raw).toBe(200);
      expect(await r.text(), raw).toContain('<h1>');
    }
    // Bad percent-encoding in the path: the bilingual 400, as elsewhere.
    expect((await request.get('/fr/recherche%E0%A4%A?q=x')).status()).toBe(400);
    // Unknown locale: the site's bilingual 404.
    const de = await request.get('/de/search?q=x');
    expect(de.status()).toBe(404);
    const deHtml = await de.text();
    for (const s of ['Page introuvable', 'Page not found', 'href="/fr/aide-urgente"', 'href="/en/urgent-help"', 'noindex']) expect(deHtml).toContain(s);
    // The shell is never served at its own address.
    expect((await request.get('/fr/search-shell')).status()).toBe(404);
    // POST (with or without a body): 405, the route model's methodAllowed; GET and HEAD only.
    for (const path of ['/fr/recherche', '/en/search']) {
      const post = await request.post(path, {form: {q: 'conduire'}});
      expect(post.status(), path).toBe(405);
      expect(post.headers()['allow']).toBe('GET, HEAD');
      expect((await request.fetch(path, {method: 'POST'})).status(), path).toBe(405);
      expect((await request.fetch(`${path}?q=x`, {method: 'PUT', data: 'x'})).status(), path).toBe(405);
    }
    const head = await request.fetch('/en/search?q=driving', {method: 'HEAD'});
    expect(head.status()).toBe(200);
  });

  test('other spellings of the address redirect to the canonical one, with the query', async ({request}) => {
    for (const [from, to] of [['/fr/search?q=a', '/fr/recherche?q=a'], ['/en/recherche?q=a', '/en/search?q=a'], ['/FR/Recherche/?q=a', '/fr/recherche?q=a'], ['/recherche?q=a', '/fr/recherche?q=a']]) {
      let location = from;
      for (let i = 0; i < 3 && !location.endsWith(to); i++) {
        const r = await request.get(location, {maxRedirects: 0});
        expect(r.status(), location).toBe(308);
        const u = new URL(r.headers()['location'], 'http://x');
        location = u.pathname + u.search;
      }
      expect(location, from).toBe(to);
    }
  });

  test('at 360 px the results page does not scroll sideways, even with a long unbroken query', async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    for (const q of ['conduire', 'x'.repeat(150), 'kill myself']) {
      await page.goto(url('en', q));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), q).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('with JavaScript on', () => {
  // axe runs as a script in the page. Light and dark schemes; every state of the page.
  const states: [L, string][] = [['fr', 'conduire'], ['en', 'driving'], ['fr', 'zqxjwv'], ['en', 'remboursement'], ['en', 'kill myself'], ['fr', ''], ['en', 'the']];
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no WCAG 2.2 A/AA violation on the results pages (${scheme})`, async ({page}) => {
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme: scheme});
      const problems: string[] = [];
      for (const [locale, q] of states) {
        await page.goto(url(locale, q));
        const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of violations) problems.push(`${locale} “${q}” ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the results page runs into no Content-Security-Policy violation', async ({page}) => {
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    for (const [locale, q] of [['fr', 'conduire'], ['en', 'kill myself']] as [L, string][]) {
      await page.goto(url(locale, q));
      await expect(page.locator('h1')).toBeVisible();
      // The stylesheet applied: the search button has its border.
      expect(await page.locator('main form button').evaluate((b) => getComputedStyle(b).borderTopWidth)).toBe('2px');
    }
    expect(violations).toEqual([]);
  });
});
