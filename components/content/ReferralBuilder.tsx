import {type Locale} from '@/app/_i18n/pages';
import {siteUrl} from '@/app/_lib/site';
import {defaultValues} from '@/app/_lib/clinics/input';
import {formHtml, isLocalOrigin, presetsHtml, siteUrlWarning} from '@/app/_lib/clinics/render';

/**
 * The referral email builder's form on the clinics page (MDX tag `ReferralBuilder`): ready-made sets, then the
 * form, sent with GET to the builder's page (app/_lib/clinics/respond.ts). The same markup as the builder
 * shows, from one function, so both stay alike; no JavaScript.
 */
export function ReferralBuilder({locale}: {locale: Locale}) {
  const markup = `${isLocalOrigin(siteUrl) ? siteUrlWarning(locale, siteUrl).value : ''}${presetsHtml(locale, defaultValues(locale)).value}${formHtml(locale, defaultValues(locale)).value}`;
  return <div className="referral-builder not-prose my-6" dangerouslySetInnerHTML={{__html: markup}} />;
}
