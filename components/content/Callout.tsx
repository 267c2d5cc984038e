import type {ReactNode} from 'react';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {labelSeparator} from '@/app/_i18n/format';

export type CalloutKind = 'info' | 'warning' | 'urgent';

// Dark backgrounds: sky, amber and red 950 at 40 % opacity, written as hex with alpha (66): the same colour as
// Tailwind's dark:bg-sky-950/40, which its CSS spells as a longer oklab() value.
const styles: Record<CalloutKind, string> = {
  info: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-[#082f4966]',
  warning: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-[#451a0366]',
  urgent: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-[#450a0a66]',
};
const icons: Record<CalloutKind, string> = {info: 'i', warning: '!', urgent: '!!'};

/** A boxed note. The kind is said in words (hidden label), never by colour or icon alone. */
export function Callout({locale, kind = 'info', title, children}: {locale: Locale; kind?: CalloutKind; title?: string; children: ReactNode}) {
  const t = translator(locale, 'Callout');
  return (
    <div role="note"
      className={`callout callout-${kind} not-prose my-6 rounded-md border-l-4 p-4 ${styles[kind]}`}>
      <p className="m-0 flex items-baseline gap-2 font-semibold">
        <span aria-hidden="true" className="inline-flex h-6 min-w-6 items-center justify-center rounded-full border border-current px-1 text-sm">{icons[kind]}</span>
        <span className="sr-only">{t(kind)}{title ? labelSeparator(locale) : ''}</span>
        {title ? <span>{title}</span> : <span aria-hidden="true">{t(kind)}</span>}
      </p>
      <div className="callout-body mt-2 space-y-2 [&_a]:underline">{children}</div>
    </div>
  );
}
