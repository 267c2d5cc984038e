import type {ComponentProps} from 'react';

type Props = ComponentProps<'table'> & {'data-caption'?: string};

/**
 * GFM tables carry the caption their author wrote ("Table: ..." before the table, see content/remark-site.ts).
 * Below the lg breakpoint each row is a labelled card (app/globals.css, .card-table; the labels come from the
 * column headers, set by content/remark-site.ts), so nothing scrolls sideways or is clipped on a phone.
 */
export function Table({'data-caption': caption, children, ...props}: Props) {
  return (
    <div className="md-table card-table">
      <table {...props}>
        {caption && <caption className="mb-2 text-left font-semibold">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
