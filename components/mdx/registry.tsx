import type {MDXComponents} from 'mdx/types';
import type {ReactNode} from 'react';
import type {Locale, PageId, Phase} from '@/app/_i18n/pages';
import type {ContactKind} from '@/app/_lib/publication';
import {Callout, type CalloutKind} from '@/components/content/Callout';
import {UrgentHelp} from '@/components/content/UrgentHelp';
import {RetentionPeriod} from '@/components/content/RetentionPeriod';
import {PhaseTimeline} from '@/components/content/PhaseTimeline';
import {EvidenceTable} from '@/components/content/EvidenceTable';
import {SideEffectsTable} from '@/components/content/SideEffectsTable';
import {Cite} from '@/components/content/Cite';
import {PageDirectory} from '@/components/content/PageDirectory';
import {ReferralEmails} from '@/components/content/ReferralEmails';
import {ReferralBuilder} from '@/components/content/ReferralBuilder';
import {PublisherDetails} from '@/components/content/PublisherDetails';
import {ContactEmail} from '@/components/content/ContactEmail';
import {Bibliography} from '@/components/content/Bibliography';
import {OptionsTable} from '@/components/content/OptionsTable';
import {Worksheet} from '@/components/content/Worksheet';
import {JamaBenchmarks} from '@/components/content/JamaBenchmarks';
import {Contraindications} from '@/components/content/Contraindications';
import {OtherHelp} from '@/components/content/OtherHelp';
import {Term} from '@/components/content/Term';
import {GlossaryList} from '@/components/content/GlossaryList';
import {IconArray} from '@/components/content/IconArray';
import {SafetyFact} from '@/components/content/SafetyFact';
import {CostByCountry} from '@/components/content/CostByCountry';
import {OptionHarms} from '@/components/content/OptionHarms';
import type {SafetyFactId} from '@/content/data/safety-facts';
import type {OptionHarmId} from '@/content/data/option-harms';
import {SpraySteps} from '@/components/content/SpraySteps';
import {EsketamineSchedule} from '@/components/content/EsketamineSchedule';
import {WhenToCall} from '@/components/content/WhenToCall';
import {whenToCall} from '@/content/data/when-to-call';
import type {FigureId} from '@/content/data/key-figures';
import type {ComponentTag} from '@/content/schema';
import type {OptionSet} from '@/content/data/treatment-options';
import {Anchor} from './Anchor';
import {Table} from './Table';

/** What the registry must provide: every component tag of content/schema.ts, and no other. */
type Registry = {[Tag in ComponentTag]: (props: never) => ReactNode};

/**
 * The one registry from MDX tags to components (exactly content/schema.ts componentTags), bound to the
 * page's locale and citation order so content never passes either. `ContactEmail` gives the address
 * the page serves (accessibility, privacy, else corrections) unless it names a `kind`.
 */
export function mdxComponents(locale: Locale, citations: string[], page?: PageId): MDXComponents {
  const contact: ContactKind = page === 'accessibility' ? 'accessibility' : page === 'privacy' ? 'privacy' : 'corrections';
  const tags = {
    RetentionPeriod: () => <RetentionPeriod locale={locale} />,
    Callout: (p: {kind?: CalloutKind; title?: string; children: ReactNode}) => <Callout locale={locale} {...p} />,
    UrgentHelp: (p: {all?: boolean}) => <UrgentHelp locale={locale} {...p} box={!p.all} citations={p.all ? citations : undefined} />,
    PhaseTimeline: (p: {current?: Phase}) => <PhaseTimeline locale={locale} {...p} />,
    EvidenceTable: () => <EvidenceTable locale={locale} />,
    SideEffectsTable: (p: {rows?: 'other'}) => <SideEffectsTable locale={locale} citations={citations} rows={p.rows} />,
    Cite: (p: {id: string}) => <Cite locale={locale} id={p.id} citations={citations} />,
    PageDirectory: () => <PageDirectory locale={locale} />,
    ReferralEmails: () => <ReferralEmails locale={locale} />,
    ReferralBuilder: () => <ReferralBuilder locale={locale} />,
    PublisherDetails: () => <PublisherDetails locale={locale} />,
    ContactEmail: (p: {kind?: ContactKind}) => <ContactEmail locale={locale} kind={p.kind ?? contact} />,
    Bibliography: () => <Bibliography locale={locale} />,
    OptionsTable: (p: {set?: OptionSet}) => <OptionsTable locale={locale} citations={citations} set={p.set} />,
    Worksheet: (p: {id?: string; children?: ReactNode}) => <Worksheet locale={locale} {...p} />,
    JamaBenchmarks: () => <JamaBenchmarks locale={locale} />,
    Contraindications: (p: {only?: string}) => <Contraindications locale={locale} citations={citations} only={p.only} />,
    OtherHelp: () => <OtherHelp locale={locale} citations={citations} />,
    Term: (p: {id: string; children: ReactNode}) => <Term locale={locale} {...p} />,
    GlossaryList: () => <GlossaryList locale={locale} />,
    IconArray: (p: {figure: FigureId}) => <IconArray locale={locale} figure={p.figure} />,
    SpraySteps: () => <SpraySteps locale={locale} />,
    EsketamineSchedule: () => <EsketamineSchedule locale={locale} />,
    WhenToCall: () => <WhenToCall locale={locale} levels={whenToCall} />,
    SafetyFact: (p: {id: SafetyFactId}) => <SafetyFact locale={locale} id={p.id} citations={citations} />,
    CostByCountry: () => <CostByCountry locale={locale} citations={citations} />,
    OptionHarms: (p: {option: OptionHarmId}) => <OptionHarms locale={locale} option={p.option} citations={citations} />,
  } satisfies Registry;
  return {a: (p) => <Anchor locale={locale} {...p} />, table: Table, ...tags};
}
