import type {MetadataRoute} from 'next';
import {siteUrl} from '@/app/_lib/site';

export default function robots(): MetadataRoute.Robots {
  return {rules: [{userAgent: '*', allow: '/'}], sitemap: `${siteUrl}/sitemap.xml`};
}
