import {contraindications} from './data/contraindications';
import {otherHelpRefs} from './data/other-help';
import {sideEffectRefs} from './data/side-effects';
import {crisisLines} from './data/crisis-lines';
import {crisisCountryOrder} from './data/crisis-summary';
import {safetyFactById, safetyFactRefs, type SafetyFactId} from './data/safety-facts';
import {costCover, costCoverRefs} from './data/cost-cover';
import {optionHarmRefs, optionHarmsById, type OptionHarmId} from './data/option-harms';
import type {Locale} from '../app/_i18n/pages';

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
  if (name === 'UrgentHelp' && props.all) return urgentHelpRefs;
  if (name === 'SafetyFact') return safetyFactRefs(String(props.id));
  if (name === 'CostByCountry') return costCoverRefs;
  if (name === 'OptionHarms') return optionHarmRefs(String(props.option));
  return [];
}

/** The references of every crisis line, in the order <UrgentHelp all /> shows them (one order for both languages, so both pages cite the same keys in the same order). */
const urgentHelpRefs = [...new Set(crisisCountryOrder.fr.flatMap((c) => crisisLines.filter((l) => l.country === c).flatMap((l) => l.refs)))];

/** Why a data tag's props are wrong (an unknown id), or undefined when they name existing data. */
export function tagPropsError(name: string, props: TagProps): string | undefined {
  if (name === 'SafetyFact' && !safetyFactById.has(props.id as SafetyFactId)) return `<SafetyFact id="${String(props.id ?? '')}">: unknown fact (see content/data/safety-facts.ts)`;
  if (name === 'OptionHarms' && !optionHarmsById.has(props.option as OptionHarmId)) return `<OptionHarms option="${String(props.option ?? '')}">: unknown option (see content/data/option-harms.ts)`;
  return undefined;
}

/** The searchable text of the data tags added for issue 20 (the search indexes a page's tags by their text). */
export function dataTagText(name: string | null, locale: Locale, props: TagProps): string {
  if (name === 'SafetyFact') {
    const f = safetyFactById.get(props.id as SafetyFactId);
    return f ? [f.title[locale], ...f.parts.flatMap((p) => [p.text[locale], ...(p.items ?? []).map((i) => i[locale])])].join(' ') : '';
  }
  if (name === 'CostByCountry') return costCover.map((c) => [c.name[locale], ...c.points.map((p) => p.text[locale])].join(' ')).join(' ');
  if (name === 'OptionHarms') {
    const o = optionHarmsById.get(props.option as OptionHarmId);
    return o ? [o.title[locale], ...o.harms.map((h) => h.text[locale])].join(' ') : '';
  }
  return '';
}
