'use client';
import {useEffect, useState} from 'react';

/**
 * Progressive enhancement: a copy button that exists only once JavaScript runs (the text beside it is
 * always selectable), and announces success through a polite live region.
 */
export function CopyButton({text, label, done}: {text: string; label: string; done: string}) {
  const [state, setState] = useState<'idle' | 'copied'>('idle');
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <>
      <button type="button" className="copy-button min-h-6 rounded border border-current px-2 text-sm"
        onClick={() => navigator.clipboard?.writeText(text).then(() => setState('copied'), () => setState('idle'))}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm">{state === 'copied' ? done : ''}</span>
    </>
  );
}
