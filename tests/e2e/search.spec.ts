// Search (issue 10), in both languages, with JavaScript off (and one check with it on for the CSP).
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {allPages} from './site';

const searchPath = {fr: '/fr/recherche', en: '/en/search'} as const;
type L = keyof typeof searchPath;
const url = (locale: L, q: string) => `${searchPath[locale]}?q=${encodeURIComponent(q)}`;
const resultLinks = (page: Page) => page.locator('main ol.search-results > li a.search-result-link');

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('every page has a labelled GET search box that submits to its locale’s results page', async ({page, request}) => {
    test.setTimeout(180_000);
    // The HTML of every page (fast), then the visible box in a browser on one page per locale.
    for (const {locale, path} of allPages) {
      const html = await (await request.get(path)).text();
      const form = /<header[\s\S]*?<form method="get" action="([^"]+)" role="search" aria-label="([^"]+)"[\s\S]*?<label for="site-search"[^>]*>([^<]+)<\/label><input id="site-search" name="q" type="search"/.exec(html);
      expect(form, path).not.toBeNull();
      expect(form![1], path).toBe(searchPath[locale]);
      expect(form![3], path).toBe(locale === 'fr' ? 'Rechercher dans le guide' : 'Search the guide');
    }
    for (const locale of ['fr', 'en'] as L[]) {
      await page.goto(`/${locale}`);
      const form = page.locator('header form[role="search"]:visible');
      await expect(form).toHaveCount(1);
      await expect(form).toHaveAttribute('method', 'get');
      await expect(form.getByRole('searchbox', {name: locale === 'fr' ? 'Rechercher dans le guide' : 'Search the guide'})).toHaveAttribute('name', 'q');
    }
  });

  test('on a 360 px phone the box sits in a disclosure, and submitting it shows results', async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    await page.goto('/fr/questions-frequentes');
    const box = page.locator('#site-search-phone');
    await expect(box).toBeHidden();
    await page.locator('header summary', {hasText: 'Rechercher'}).click();
    await box.fill('vessie');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/fr\/recherche\?q=vessie$/);
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  const found: [L, string, string][] = [
    ['fr', 'seance', '/fr/parcours-de-soins'],
    ['fr', 'conduire', '/fr/questions-frequentes#driving'],
    ['fr', 'fibromialgie', '/fr/fibromyalgie'],
    ['fr', 'electrochocs', '/fr/questions-frequentes#'],
    ['en', 'pregnant', '/en/faq#pregnancy'],
    ['en', 'fibromyalga', '/en/fibromyalgia'],
    ['en', 'is it addictive', '/en/faq#addiction'],
    ['en', 'cost', '/en/faq#cost-and-reimbursement'],
  ];
  for (const [locale, q, href] of found) {
    test(`${locale}: “${q}” finds ${href} in the first 3, with a marked snippet`, async ({page}) => {
      const res = await page.goto(url(locale, q));
      expect(res!.status()).toBe(200);
      const hrefs = await resultLinks(page).evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(hrefs.some((h) => h!.startsWith(href)), hrefs.join(' ')).toBe(true);
      await expect(page.locator('main ol.search-results mark').first()).toBeVisible();
      await expect(page.locator('main .search-count')).toContainText(locale === 'fr' ? 'résultat' : 'result');
      // Results come from the current language only.
      for (const h of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(h).toMatch(new RegExp(`^/${locale}(/|#|$)`));
    });
  }

  test('the results page has its own title, noindex, and the private headers', async ({page}) => {
    const res = await page.goto(url('fr', 'grossesse'));
    await expect(page).toHaveTitle(/^Résultats pour « grossesse »/);
    await expect(page.locator('h1')).toHaveText('Résultats pour « grossesse »');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const headers = res!.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toMatch(/private/);
    expect(headers['cache-control']).toMatch(/no-store/);
    await page.goto(url('en', 'pregnancy'));
    await expect(page).toHaveTitle(/^Results for “pregnancy”/);
  });

  for (const [locale, q] of [['fr', 'je veux mourir'], ['fr', 'suicide'], ['en', 'kill myself'], ['en', "I can't go on"], ['en', '988'], ['fr', '3114']] as [L, string][]) {
    test(`${locale}: “${q}” opens with the urgent-help numbers before any result`, async ({page}) => {
      await page.goto(url(locale, q));
      const help = page.locator('main .urgent-help');
      await expect(help).toBeVisible();
      await expect(help.locator('a[href^="tel:"]').first()).toBeVisible();
      const order = await page.evaluate(() => {
        const all = [...document.querySelectorAll('main .urgent-help, main .search-count, main ol.search-results, main .search-none')];
        return all.map((el) => el.className.split(' ')[0]);
      });
      expect(order[0]).toBe('urgent-help');
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
        await expect(page.locator('main form[role="search"] input[name="q"]')).toBeVisible();
        await expect(page.locator('main .search-hint')).toBeVisible();
        await expect(page.locator('main ol')).toHaveCount(0);
      }
    });

    test(`${locale}: no result says so kindly and offers the FAQ and urgent help`, async ({page}) => {
      await page.goto(url(locale, 'zqxjwv'));
      await expect(page.locator('main .search-none')).toContainText('zqxjwv');
      const links = await page.locator('main .search-suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(locale === 'fr' ? ['/fr/questions-frequentes', '/fr/aide-urgente'] : ['/en/faq', '/en/urgent-help']));
    });
  }

  test('a query that only the other language matches offers that link', async ({page}) => {
    await page.goto(url('en', 'remboursement'));
    const link = page.locator('main .search-other-language a');
    await expect(link).toHaveAttribute('href', '/fr/recherche?q=remboursement');
    await link.click();
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/fr\/questions-frequentes#cost-and-reimbursement/);
  });

  test('bad inputs get a clear answer, never a 500, nothing reflected unescaped', async ({page, request}) => {
    const long = 'conduire '.repeat(1200);
    const res = await page.goto(url('fr', long));
    expect(res!.status()).toBe(200);
    await expect(page.locator('main .search-truncated')).toContainText('200');
    expect((await page.locator('main input[name="q"]').inputValue()).length).toBeLessThanOrEqual(200);

    await page.goto('/en/search?q=driving&q=bladder');
    await expect(page.locator('h1')).toHaveText('Results for “driving”');

    for (const q of ['<script>alert(1)</script>', "' OR 1=1; DROP TABLE pages; --", '.*+?^${}()|[]\\', '🙂💊 kétamine', 'مرحبا كيتامين', 'a\u0000b']) {
      const r = await page.goto(url('fr', q));
      expect(r!.status(), q).toBe(200);
      const html = await r!.text();
      expect(html, q).not.toContain('<script>alert(1)</script>');
      await expect(page.locator('main form[role="search"]')).toBeVisible();
    }
    // Bad percent-encoding in the query string: Next keeps the raw text; it is searched as text.
    for (const raw of ['%E0%A4%A', '%ZZ', '%']) {
      const r = await request.get(`/fr/recherche?q=${raw}`);
      expect(r.status(), raw).toBe(200);
    }
    // Bad percent-encoding in the path: the proxy's bilingual 400, as elsewhere.
    expect((await request.get('/fr/recherche%E0%A4%A?q=x')).status()).toBe(400);
    // Unknown locale: the bilingual 404.
    expect((await request.get('/de/search?q=x')).status()).toBe(404);
    // POST: 405, the search takes GET only.
    const post = await request.post('/fr/recherche', {form: {q: 'conduire'}});
    expect(post.status()).toBe(405);
    expect(post.headers()['allow']).toBe('GET, HEAD');
  });

  test('other spellings of the address redirect to the canonical one, with the query', async ({request}) => {
    for (const [from, to] of [['/fr/search?q=a', '/fr/recherche?q=a'], ['/en/recherche?q=a', '/en/search?q=a']]) {
      const r = await request.get(from, {maxRedirects: 0});
      expect(r.status(), from).toBe(308);
      expect(new URL(r.headers()['location'], 'http://x').pathname + new URL(r.headers()['location'], 'http://x').search).toBe(to);
    }
  });

});

test.describe('with JavaScript on', () => {
  // axe runs as a script in the page: JavaScript on, same HTML.
  for (const [locale, q] of [['fr', 'conduire'], ['en', 'driving'], ['fr', 'zqxjwv'], ['en', 'kill myself'], ['en', '']] as [L, string][]) {
    test(`axe: 0 violations on ${locale} results for “${q}”`, async ({page}) => {
      await page.goto(url(locale, q));
      const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
  test('the results page runs into no Content-Security-Policy violation', async ({page}) => {
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    for (const [locale, q] of [['fr', 'conduire'], ['en', 'driving']] as [L, string][]) {
      await page.goto(url(locale, q));
      await expect(resultLinks(page).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });
});
