import {getRequestConfig} from 'next-intl/server';
import {hasLocale} from 'next-intl';
import {locale as rootLocale} from 'next/root-params';
import {routing} from './routing';
import {messages} from './messages';

// Pages render with explicit locales (see messages.ts); this config serves next-intl's own server helpers.
export default getRequestConfig(async ({locale}) => {
  const candidate = locale ?? (await rootLocale());
  const resolved = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {locale: resolved, timeZone: 'Europe/Paris', messages: messages[resolved]};
});
