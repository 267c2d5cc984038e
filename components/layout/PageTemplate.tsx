import type {LoadedPage} from '@/content/load';
import {mdxComponents} from '@/components/mdx/registry';
import {PageMeta, lastChanged} from '@/components/content/PageMeta';
import {PageRecord} from '@/components/content/PageRecord';
import {ReviewNoticesLink} from '@/components/content/ReviewNotice';
import {patientPages} from '@/app/_i18n/pages';
import {translator} from '@/app/_i18n/messages';
import {References} from '@/components/content/References';
import {KeyPoints} from '@/components/content/KeyPoints';
import {OnThisPage} from '@/components/content/OnThisPage';
import {DecisionAid} from '@/components/content/DecisionAid';
import {UrgentHelp} from '@/components/content/UrgentHelp';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';
import {Breadcrumbs} from './Breadcrumbs';
import {FeedbackForm} from './FeedbackForm';

/**
 * The frame of every content page: chrome, title, summary, dates, the MDX body and its references. With
 * `numbersFirst` (urgent help) the crisis numbers come right under the title, then the key points; the byline,
 * dates and disclaimer follow the body, and the summary, which the first key point says again, is not shown.
 */
export function PageTemplate({page, alternateHref, handoutHref}: {page: LoadedPage; alternateHref: string; handoutHref?: string}) {
  const {locale, id, frontmatter: fm, Content, citations, headings} = page;
  const meta = <PageMeta locale={locale} lastReviewed={fm.lastReviewed} nextReview={fm.nextReview} changed={lastChanged(fm)} people={fm} medical={patientPages.includes(id)} />;
  return (
    <>
      <SiteHeader locale={locale} current={id} alternateHref={alternateHref} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <Breadcrumbs locale={locale} id={id} />
        <main id="main" tabIndex={-1} className="prose prose-lg max-w-none focus:outline-none [&_h1]:text-3xl sm:[&_h1]:text-5xl [&>:not(.evidence-table)]:max-w-[70ch]" data-page={id}>
          <h1>{fm.title}</h1>
          {fm.numbersFirst && <UrgentHelp locale={locale} compact />}
          {/* Urgent help: its first key point says what its summary says, so the summary is not shown twice. */}
          {!fm.numbersFirst && <p className="summary lead">{fm.summary}</p>}
          {!fm.numbersFirst && meta}
          <KeyPoints locale={locale} points={fm.keyPoints} />
          <div data-lead-end="" hidden />
          {/* The decision aid's box (issue 24: the decision, the update policy, the funding) right under the key
              points, so that on a phone the key points still start on the first screen (issue 19). */}
          {fm.decision && <DecisionAid locale={locale} decision={fm.decision} />}
          {handoutHref && <p className="no-print my-4"><a href={handoutHref} className="handout-link">{translator(locale, 'Page')('printHandout')}</a></p>}
          <OnThisPage locale={locale} headings={headings} />
          <Content components={mdxComponents(locale, citations, id)} />
          {/* Urgent help: the byline, dates and disclaimer after every number, country by country (issue 19). */}
          {fm.numbersFirst && meta}
          <References locale={locale} citations={citations} />
          <PageRecord locale={locale} frontmatter={fm} />
          <FeedbackForm locale={locale} id={id} />
        </main>
      </div>
      <SiteFooter locale={locale} />
      <ReviewNoticesLink />
    </>
  );
}
