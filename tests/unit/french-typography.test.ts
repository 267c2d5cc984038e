import {describe, expect, it} from 'vitest';
import {frenchHtml, frenchSpacing, NBSP, NNBSP} from '@/app/_build/french-typography.mjs';

// Issue 19: French spacing, our own transform (see the rules at the top of app/_build/french-typography.mjs).
const n = NNBSP;
const b = NBSP;

describe('frenchSpacing', () => {
  it('narrow no-break space before ? ! ; and inside « »; no-break space before :', () => {
    expect(frenchSpacing('Besoin d’aide maintenant ?')).toBe(`Besoin d’aide maintenant${n}?`);
    expect(frenchSpacing('Attention ! Appelez ; puis attendez.')).toBe(`Attention${n}! Appelez${n}; puis attendez.`);
    expect(frenchSpacing('il dit « non » ici')).toBe(`il dit «${n}non${n}» ici`);
    expect(frenchSpacing('Auteurs : pas encore')).toBe(`Auteurs${b}: pas encore`);
    expect(frenchSpacing('Prochaine relecture :')).toBe(`Prochaine relecture${b}:`);
  });
  it('"?!" keeps one space, before the first mark; "!" at the start is left alone', () => {
    expect(frenchSpacing('Vraiment ?!')).toBe(`Vraiment${n}?!`);
    expect(frenchSpacing('! attention')).toBe('! attention');
    expect(frenchSpacing('?')).toBe('?');
  });
  it('never touches URLs, emails, times or marks without a space before them', () => {
    for (const s of ['https://exemple.fr/recherche?q=kétamine&x=1', 'http://a.b/c:d', 'ecrire@exemple.fr', 'à 10:30', 'ratio 2:1', 'mailto:x@y.fr?subject=a']) {
      expect(frenchSpacing(s)).toBe(s);
    }
    expect(frenchSpacing('Adresse : https://exemple.fr/?q=a')).toBe(`Adresse${b}: https://exemple.fr/?q=a`);
  });
  it('percentages, decimals, thousands and units', () => {
    expect(frenchSpacing('0,5 % contre 41 %')).toBe(`0,5${n}% contre 41${n}%`);
    expect(frenchSpacing('58,7 % des 1 234 personnes')).toBe(`58,7${n}% des 1${n}234${b}personnes`);
    expect(frenchSpacing('28 mg, puis 2 heures et 30 minutes, 200 €')).toBe(`28${b}mg, puis 2${b}heures et 30${b}minutes, 200${b}€`);
    expect(frenchSpacing('un score de 14 points')).toBe(`un score de 14${b}points`);
    expect(frenchSpacing('10 000 patients')).toBe(`10${n}000${b}patients`);
    // A year or a four-digit number is not a thousands group; a 2-digit group is not one either.
    expect(frenchSpacing('en 2019 puis 2021')).toBe('en 2019 puis 2021');
    expect(frenchSpacing('01 45 39 40 00')).toBe('01 45 39 40 00');
    // A unit word inside a longer word is not a unit.
    expect(frenchSpacing('3 hommes, 2 mgx')).toBe('3 hommes, 2 mgx');
  });
  it('normalises existing no-break spaces and is idempotent', () => {
    expect(frenchSpacing(`Quoi\u00A0? 29\u00A0%`)).toBe(`Quoi${n}? 29${n}%`);
    const once = frenchSpacing('« Oui » : 3 114 personnes ? 5 mg ; 10 %');
    expect(frenchSpacing(once)).toBe(once);
  });
});

describe('frenchHtml', () => {
  it('changes text and read attributes, not code, scripts, URLs or other attributes', () => {
    const html = '<!DOCTYPE html><html lang="fr"><head><title>Aide ?</title><script>if (a ? b : c) x();</script><style>a::before{content:" :"}</style></head>'
      + '<body><a href="/fr/recherche?q=a" title="Chercher ?" data-x="a : b">Lien ?</a><img alt="Figure : 41 %" src="a.svg"/>'
      + '<td data-label="Force des preuves : ">Faible</td><code>a : b ?</code><pre>x ; y</pre><textarea>a ?</textarea> fin !</body></html>';
    const out = frenchHtml(html);
    expect(out).toContain(`<title>Aide${n}?</title>`);
    expect(out).toContain('<script>if (a ? b : c) x();</script>');
    expect(out).toContain('<style>a::before{content:" :"}</style>');
    expect(out).toContain(`href="/fr/recherche?q=a" title="Chercher${n}?" data-x="a : b">Lien${n}?</a>`);
    expect(out).toContain(`alt="Figure${b}: 41${n}%"`);
    expect(out).toContain(`data-label="Force des preuves${b}: "`);
    expect(out).toContain('<code>a : b ?</code><pre>x ; y</pre><textarea>a ?</textarea>');
    expect(out).toContain(`fin${n}!</body>`);
    expect(out.startsWith('<!DOCTYPE html><html lang="fr">')).toBe(true);
  });
  it('joins text React split with comments', () => {
    expect(frenchHtml('Relecture<!-- --> :<!-- --> <time>1</time>')).toBe(`Relecture<!-- -->${b}:<!-- --> <time>1</time>`);
    expect(frenchHtml('mot <!-- -->?')).toBe(`mot<!-- -->${n}?`);
    expect(frenchHtml('« <!-- -->nom<!-- --> »')).toBe(`«${n}<!-- -->nom<!-- -->${n}»`);
  });
  it('leaves English-only markup as it was when there is nothing French to space', () => {
    const html = '<p>What is it? Call 988: now!</p>';
    expect(frenchHtml(html)).toBe(html);
  });
});

describe('frenchHtml and scripts', () => {
  it('a script whose code looks like a tag ("i<b.length") does not hide the rest of the page', () => {
    const html = `<script>for(var i=0;i<b.length;i++)x('a');if(a>b)y()</script><p>Par exemple : oui ?</p>`;
    expect(frenchHtml(html)).toBe(`<script>for(var i=0;i<b.length;i++)x('a');if(a>b)y()</script><p>Par exemple${b}: oui${n}?</p>`);
  });
});
