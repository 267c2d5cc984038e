import type {ComponentProps} from 'react';

/** Content headings keep their explicit id (set by content/remark-site.ts) and leave room above for #links. */
export function H2(props: ComponentProps<'h2'>) {
  return <h2 {...props} className="scroll-mt-4" />;
}
export function H3(props: ComponentProps<'h3'>) {
  return <h3 {...props} className="scroll-mt-4" />;
}
