import {describe, expect, it} from 'vitest';
import {meetsTarget, proseBlocks, readability} from '@/content/readability.mjs';

const frontmatter = '---\ntitle: "T"\n---\n';
const easy = 'The nurse checks your blood pressure. You rest in a quiet room. A friend takes you home. ';

describe('the readability check', () => {
  it('fails a page with too little prose to measure, however easy it reads', () => {
    expect(meetsTarget(readability(frontmatter, 'en'), 'en')).toBe(false);
    expect(meetsTarget(readability(frontmatter + easy, 'en'), 'en')).toBe(false);
    expect(meetsTarget(readability(frontmatter + easy.repeat(10), 'en'), 'en')).toBe(true);
  });
  it('fails long, hard sentences', () => {
    const hard = 'Notwithstanding considerable methodological heterogeneity, randomised investigations demonstrated statistically significant improvements in depressive symptomatology, predominantly transient, accompanied by dissociative phenomena and hemodynamic perturbations necessitating continuous institutional monitoring. ';
    expect(meetsTarget(readability(frontmatter + hard.repeat(10), 'en'), 'en')).toBe(false);
  });
  it('reads the parsed MDX: prose inside tags counts; tables, code, attributes and heading ids do not', () => {
    const src = frontmatter + [
      '## What happens {/*what-happens*/}', '',
      '<Callout kind="warning" title="Never alone">', '', 'Someone drives you home.', '', '</Callout>', '',
      '| a | b |', '|---|---|', '| tablecell | x |', '',
      '```', 'codeword', '```', '',
      '- A list item with a [link](/faq) and <Cite id="x" />.',
    ].join('\n');
    const text = proseBlocks(src).join(' | ');
    expect(text).toBe('What happens | Someone drives you home. | A list item with a link and .');
    expect(text).not.toMatch(/tablecell|codeword|Never alone|warning|what-happens/);
  });
});
