import {clinicEmailPathFor, otherLocale, type Locale, type PageId} from '@/app/_i18n/pages';
import {builderSlots} from '@/app/_lib/clinics/slots';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';

/** One patient page as the letter shows it, made at build time with the pages (page.tsx). */
export type LetterItemData = {lang: Locale; id: PageId; title: string; description: string; url: string; qrSvg: string};

/**
 * The frame of the referral email builder (issue 22), prerendered once per locale like every page (so the
 * post-build step strips Next's runtime and inlines the stylesheet) and filled in per request by
 * app/_lib/clinics/respond.ts at the places marked by `builderSlots`. Between the items slots: every patient
 * page of both languages as a letter item, with its QR code; the builder copies the chosen ones into the
 * letter and drops the block.
 */
export function ClinicEmailShell({locale, items}: {locale: Locale; items: LetterItemData[]}) {
  return (
    <>
      <SiteHeader locale={locale} alternateHref={clinicEmailPathFor(otherLocale(locale)) + builderSlots.alternateQuery} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="builder-page prose prose-lg max-w-[70ch] [overflow-wrap:anywhere] focus:outline-none" data-page="clinic-email">
          {builderSlots.content}
        </main>
      </div>
      <SiteFooter locale={locale} />
      {builderSlots.itemsStart}
      <ul hidden>
        {items.map((i) => (
          <li key={`${i.lang}:${i.id}`} data-letter-item={`${i.lang}:${i.id}`} data-title={i.title} data-url={i.url} className="letter-item">
            <div role="img" aria-label={`QR code: ${i.url}`} className="letter-qr" dangerouslySetInnerHTML={{__html: i.qrSvg}} />
            <div className="letter-item-text">
              <p className="letter-item-title">{i.title}</p>
              <p className="letter-item-summary">{i.description}</p>
              <p className="letter-item-url">{i.url}</p>
            </div>
          </li>
        ))}
      </ul>
      {builderSlots.itemsEnd}
    </>
  );
}
