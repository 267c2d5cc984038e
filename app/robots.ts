import type {MetadataRoute} from 'next';
import {siteUrl} from '@/app/_lib/site';

// Written once by the static export (build/site/robots.txt).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {rules: [{userAgent: '*', allow: '/'}], sitemap: `${siteUrl}/sitemap.xml`};
}
