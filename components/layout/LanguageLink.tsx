import {translator} from '@/app/_i18n/messages';
import {otherLocale, type Locale} from '@/app/_i18n/pages';

/**
 * A plain link to the same page in the other language: works without JavaScript. A tiny inline script in
 * the layout carries the #fragment across, since heading ids are the same in both languages.
 */
export function LanguageLink({locale, href}: {locale: Locale; href: string}) {
  const other = otherLocale(locale);
  const t = translator(locale, 'Header');
  return (
    <a href={href} hrefLang={other} lang={other} data-language-link="" aria-label={t('languageLinkLabel')}
      className="inline-flex min-h-11 items-center rounded px-2 font-semibold underline underline-offset-4">
      {t('languageLink')}
    </a>
  );
}
