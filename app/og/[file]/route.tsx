import {ImageResponse} from 'next/og';
import {notFound} from 'next/navigation';
import {ogImageFiles, pageOfOgImage} from '@/app/_i18n/pages';
import {loadPage} from '@/content/load';
import {translator} from '@/app/_i18n/messages';

// Link-preview images, one per page and locale, rendered once at build time with the font Next ships
// (no request at run time): /og/fr-risks-and-safety.png. Names come from the route model.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return ogImageFiles.map((file) => ({file}));
}

export async function GET(_req: Request, {params}: {params: Promise<{file: string}>}) {
  const route = pageOfOgImage((await params).file);
  if (!route) notFound();
  const page = await loadPage(route.locale, route.id);
  const site = translator(route.locale, 'Site');
  return new ImageResponse(
    (
      <div style={{width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#f0fdfa', color: '#0f172a'}}>
        <div style={{fontSize: 34, color: '#115e59'}}>{site('name')}</div>
        <div style={{display: 'flex', flexDirection: 'column'}}>
          <div style={{fontSize: 68, lineHeight: 1.15}}>{page.frontmatter.title}</div>
          <div style={{fontSize: 30, marginTop: 28, color: '#334155'}}>{page.frontmatter.description}</div>
        </div>
        <div style={{fontSize: 26, color: '#115e59'}}>{site('tagline')}</div>
      </div>
    ),
    {width: 1200, height: 630},
  );
}
