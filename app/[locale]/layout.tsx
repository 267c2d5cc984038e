import type {ReactNode} from 'react';
import type {Metadata, Viewport} from 'next';
import {notFound} from 'next/navigation';
import {isLocale, locales} from '@/app/_i18n/pages';
import {siteUrl} from '@/app/_lib/site';
import {SkipLink} from '@/components/layout/SkipLink';
import {keepFragmentScript} from '@/app/_lib/inline-scripts';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({locale}));
}

export const metadata: Metadata = {metadataBase: new URL(siteUrl), icons: {icon: '/favicon.ico'}};
export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [{media: '(prefers-color-scheme: light)', color: '#ffffff'}, {media: '(prefers-color-scheme: dark)', color: '#0f172a'}],
};

export default async function LocaleLayout({children, params}: {children: ReactNode; params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <SkipLink locale={locale} />
        {children}
        <script dangerouslySetInnerHTML={{__html: keepFragmentScript}} />
      </body>
    </html>
  );
}
