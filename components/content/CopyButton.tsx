import {copyScript} from '@/app/_lib/inline-scripts';

/**
 * Progressive enhancement without a framework: a copy button, hidden until the page's small inline script
 * (copyScript, allowed by hash in the Content-Security-Policy) shows it, and a polite live region beside it
 * that says "copied". Without JavaScript the text stays selectable and no button shows. Without `text`, the
 * button copies the text of the element just before it (the referral emails), so long texts are not sent twice.
 */
export function CopyButton({text, label, done}: {text?: string; label: string; done: string}) {
  return (
    <>
      <button type="button" hidden data-copy={text} data-done={done} className="copy-button min-h-6 rounded border border-current px-2 text-sm">
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
