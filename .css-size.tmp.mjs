// Compile app/globals.css of a tree with Tailwind's PostCSS plugin, minified, and print raw and gzip sizes.
import postcss from 'postcss';
import tw from '@tailwindcss/postcss';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
const root = process.argv[2];
const from = path.join(root, 'app/globals.css');
const out = await postcss([tw({base: root, optimize: {minify: true}})]).process(readFileSync(from, 'utf8'), {from});
const buf = Buffer.from(out.css);
console.log(root, buf.length, gzipSync(buf, {level: 9}).length);
