import './globals.css';

export const metadata = {title: 'Bare reference page', description: 'The same text as the site page, rendered by a bare Next page for the benchmark.'};

export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
