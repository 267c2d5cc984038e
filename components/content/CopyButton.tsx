import {copyScript} from '@/app/_lib/inline-scripts';

/**
 * Progressive enhancement without a framework: a copy button, hidden until the page's small inline script
 * (copyScript, allowed by hash in the Content-Security-Policy) shows it, and a polite live region beside it
 * that says "copied". Without JavaScript the text stays selectable and no button shows. Without `text`, the
 * button copies the text of the element just before it (the referral emails), so long texts are not sent twice.
 * `name`: the accessible name when several buttons share a label (it starts with the label); `large`: 44 px.
 */
export function CopyButton({text, label, done, name, large}: {text?: string; label: string; done: string; name?: string; large?: boolean}) {
  return (
    <>
      <button type="button" hidden data-copy={text} data-done={done} aria-label={name}
        className={`copy-button rounded border border-current text-sm ${large ? 'min-h-11 min-w-11 px-3' : 'min-h-6 px-2'}`}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm"></span>
    </>
  );
}

/** Put once after the copy buttons of a component (it shows them and handles their clicks; idempotent). */
export function CopyScript() {
  return <script dangerouslySetInnerHTML={{__html: copyScript}} />;
}
