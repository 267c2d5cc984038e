import type {PageId} from '@/app/_i18n/pages';
import type {Localized} from './types';

/**
 * A ready-to-paste referral email. {links} is replaced by the listed pages' full URLs in the email's language,
 * {crisis} by the crisis numbers of every country (crisis-lines.ts), {driving} by the driving rule (safety-facts.ts); a
 * test checks every email has the numbers.
 */
export type ReferralEmail = {
  id: string;
  label: Localized;
  subject: Localized;
  body: Localized;
  pages: PageId[];
};

export const referralEmails: ReferralEmail[] = [
  {
    id: 'before-assessment',
    label: {fr: 'Avant la première consultation d’évaluation', en: 'Before the first assessment'},
    subject: {fr: 'Avant votre consultation : à lire sur la kétamine', en: 'Before your appointment: reading about ketamine'},
    body: {
      fr: 'Bonjour,\n\nAvant votre consultation, nous vous proposons de lire ce guide indépendant. Il explique ce qu’est la thérapie assistée par la kétamine, ce que l’on sait et ce que l’on ignore, et comment se passe l’évaluation :\n\n{links}\n\nNotez vos questions : nous en parlerons ensemble.\n\n{crisis}\n\nBien cordialement,',
      en: 'Hello,\n\nBefore your appointment, we suggest you read this independent guide. It explains what ketamine-assisted therapy is, what is known and not known, and how the assessment works:\n\n{links}\n\nPlease write down your questions: we will go through them together.\n\n{crisis}\n\nKind regards,',
    },
    pages: ['ketamine-assisted-therapy', 'preparation', 'risks-and-safety'],
  },
  {
    id: 'before-first-session',
    label: {fr: 'Avant la première séance', en: 'Before the first session'},
    subject: {fr: 'Votre première séance : comment vous préparer', en: 'Your first session: how to prepare'},
    body: {
      fr: 'Bonjour,\n\nVotre première séance approche. Ces deux pages expliquent comment se préparer et comment se déroule une séance, surveillance comprise :\n\n{links}\n\n{driving}\n\n{crisis}\n\nBien cordialement,',
      en: 'Hello,\n\nYour first session is coming up. These two pages explain how to prepare and what a session looks like, including the monitoring:\n\n{links}\n\n{driving}\n\n{crisis}\n\nKind regards,',
    },
    pages: ['preparation', 'session'],
  },
  {
    id: 'after-session',
    label: {fr: 'Après une séance (intégration)', en: 'After a session (integration)'},
    subject: {fr: 'Après votre séance : l’intégration et la suite', en: 'After your session: integration and what comes next'},
    body: {
      fr: 'Bonjour,\n\nVoici deux pages pour la suite de votre traitement : l’intégration (faire le lien entre les séances et votre vie) et le traitement d’entretien :\n\n{links}\n\nSi quelque chose vous inquiète après une séance, contactez-nous.\n\n{crisis}\n\nBien cordialement,',
      en: 'Hello,\n\nHere are two pages about what comes next in your treatment: integration (linking the sessions to your daily life) and maintenance:\n\n{links}\n\nIf anything worries you after a session, please contact us.\n\n{crisis}\n\nKind regards,',
    },
    pages: ['integration', 'maintenance'],
  },
  {
    id: 'fibromyalgia',
    label: {fr: 'Pour une personne atteinte de fibromyalgie', en: 'For a patient with fibromyalgia'},
    subject: {fr: 'Kétamine et fibromyalgie : ce que disent les études', en: 'Ketamine and fibromyalgia: what the studies say'},
    body: {
      fr: 'Bonjour,\n\nVous nous avez interrogés sur la kétamine contre la fibromyalgie. Ces pages font le point, sans les enjoliver, sur les études et leurs limites, puis sur les autres traitements possibles, et proposent des questions à poser :\n\n{links}\n\nNous en reparlerons lors de votre prochain rendez-vous.\n\n{crisis}\n\nBien cordialement,',
      en: 'Hello,\n\nYou asked us about ketamine for fibromyalgia. These pages give an honest summary of the studies and their limits, then of the other treatments, and suggest questions to ask:\n\n{links}\n\nWe will talk about it at your next appointment.\n\n{crisis}\n\nKind regards,',
    },
    pages: ['fibromyalgia', 'fibromyalgia-options', 'risks-and-safety'],
  },
  {
    id: 'weighing-options',
    label: {fr: 'Pour peser les options (dépression résistante)', en: 'To weigh the options (treatment-resistant depression)'},
    subject: {fr: 'Avant de décider : toutes les options, et une page pour vos proches', en: 'Before you decide: all the options, and a page for the people close to you'},
    body: {
      fr: 'Bonjour,\n\nAvant de décider, il est utile de voir toutes les possibilités. La première page compare les options quand une dépression n’a pas répondu aux traitements. La seconde s’adresse à vos proches, qui peuvent vous accompagner :\n\n{links}\n\nNous en parlerons ensemble lors de votre prochain rendez-vous.\n\n{crisis}\n\nBien cordialement,',
      en: 'Hello,\n\nBefore you decide, it helps to see all the options. The first page compares the options when depression has not responded to treatment. The second is for the people close to you, who can support you:\n\n{links}\n\nWe will talk about it together at your next appointment.\n\n{crisis}\n\nKind regards,',
    },
    pages: ['depression-options', 'family-and-friends'],
  },
];
