import {readFileSync} from 'node:fs';
import path from 'node:path';

// The site's session page text, read at build time and rendered as plain paragraphs: same words, no MDX.
function blocks() {
  const file = path.join(process.cwd(), '..', '..', '..', 'content', 'en', 'session.mdx');
  const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '');
  return body
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\{\/\*[^*]*\*\/\}/g, '').replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean);
}

export default function Page() {
  return (
    <>
      <header className="border-b border-slate-300 px-4 py-2"><a href="/" className="font-bold">Ketamine: a patient guide</a></header>
      <main className="prose prose-slate prose-lg mx-auto max-w-3xl px-4 py-6">
        {blocks().map((b, i) => (b.startsWith('#') ? <h2 key={i}>{b.replace(/^#+\s*/, '')}</h2> : <p key={i}>{b.replace(/^[-*]\s+/gm, '')}</p>))}
      </main>
      <footer className="border-t border-slate-300 px-4 py-6">No cookies, no tracking.</footer>
    </>
  );
}
