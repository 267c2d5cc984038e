import type {ComponentProps} from 'react';

/** GFM tables scroll inside a focusable, labelled region rather than widening the page on phones. */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-scroll overflow-x-auto" role="region" aria-label={tableLabel(props)} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

function tableLabel(props: ComponentProps<'table'>): string {
  // The first header cell names the table well enough for the region's label.
  const find = (node: unknown): string | undefined => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) for (const n of node) { const r = find(n); if (r) return r; }
    if (node && typeof node === 'object' && 'props' in node) return find((node as {props: {children?: unknown}}).props.children);
    return undefined;
  };
  return find(props.children)?.trim() || 'Table';
}
