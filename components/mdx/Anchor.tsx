import type {ComponentProps} from 'react';
import {localizedHref} from '@/app/_i18n/navigation';
import {siteUrl} from '@/app/_lib/site';
import type {Locale} from '@/app/_i18n/pages';

/** Links in MDX: internal paths become the localized URL (with the full URL kept for print). */
export function Anchor({locale, href = '', children, ...rest}: ComponentProps<'a'> & {locale: Locale}) {
  if (href.startsWith('/')) {
    const target = localizedHref(locale, href) ?? href;
    return <a {...rest} href={target} data-url={siteUrl + target}>{children}</a>;
  }
  return <a {...rest} href={href}>{children}</a>;
}
