import type {ComponentProps} from 'react';

type Props = ComponentProps<'table'> & {'data-caption'?: string};

/**
 * GFM tables carry the caption their author wrote ("Table: ..." before the table, see content/remark-site.ts)
 * and scroll inside a focusable region named by it, rather than widening the page on phones.
 */
export function Table({'data-caption': caption, children, ...props}: Props) {
  return (
    <div className="table-scroll overflow-x-auto" role="region" aria-label={caption || tableLabel(children)} tabIndex={0}>
      <table {...props}>
        {caption && <caption className="mb-2 text-left font-semibold">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

function tableLabel(children: unknown): string {
  // Without a caption, the first header cell names the table well enough for the region's label.
  const find = (node: unknown): string | undefined => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) for (const n of node) { const r = find(n); if (r) return r; }
    if (node && typeof node === 'object' && 'props' in node) return find((node as {props: {children?: unknown}}).props.children);
    return undefined;
  };
  return find(children)?.trim() || 'Table';
}
