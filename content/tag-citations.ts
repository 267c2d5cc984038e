import {contraindications} from './data/contraindications';
import {otherHelpRefs} from './data/other-help';
import {sideEffectRefs} from './data/side-effects';

/** Props of a tag as written in MDX (string values only). */
export type TagProps = Record<string, string | true | undefined>;

/** The contraindication items a <Contraindications /> tag shows: all, or only those named in only="a,b". */
export function contraindicationItems(only?: string) {
  if (!only) return contraindications;
  const ids = only.split(',').map((s) => s.trim());
  return contraindications.filter((c) => ids.includes(c.id));
}

/**
 * References cited from inside a data tag, in order. The MDX checker adds them to the page's citations so
 * the tag's <Cite> numbers and the page's reference list agree.
 */
export function tagCitations(name: string, props: TagProps): string[] {
  if (name === 'Contraindications') return [...new Set(contraindicationItems(typeof props.only === 'string' ? props.only : undefined).flatMap((c) => c.refs))];
  if (name === 'OtherHelp') return otherHelpRefs;
  if (name === 'SideEffectsTable') return sideEffectRefs;
  return [];
}
