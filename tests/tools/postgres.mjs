// A throwaway PostgreSQL server for the storage tests and the benchmark: initdb into a temporary
// directory, start on a free local port, stop and delete after. Uses Debian's binaries
// (/usr/lib/postgresql/<version>/bin, 15 preferred), installing the `postgresql` package when they are
// missing and we are root. As root, the server runs as the `postgres` user (it refuses to run as root).
// TEST_DATABASE_URL, when set, is used as it is (a server started by tests/run-all.sh).
//
//   node tests/tools/postgres.mjs start   prints the URL and the data directory, leaves the server running
//   node tests/tools/postgres.mjs stop DIR
import {execFileSync, spawnSync} from 'node:child_process';
import {chownSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = '/usr/lib/postgresql';

function findBin() {
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')) && existsSync(path.join(root, v, 'bin', 'pg_ctl')));
  versions.sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** The server binaries, installing Debian's postgresql when they are missing (root only). */
export function postgresBin({install = true} = {}) {
  let bin = findBin();
  if (bin || !install) return bin;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return undefined;
  console.error('[postgres] binaries missing: installing Debian’s postgresql package…');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  spawnSync('apt-get', ['update', '-qq'], {stdio: 'ignore', env});
  spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {stdio: 'ignore', env});
  return findBin();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });
}

function asUser() {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return {uid, gid};
}

/**
 * Start a server. Returns {url, dir, stop} or {skipped: reason} when PostgreSQL cannot be had.
 * `fsync: false` for speed where durability is not what is measured.
 */
export async function startPostgres({fsync = true} = {}) {
  if (process.env.TEST_DATABASE_URL) return {url: process.env.TEST_DATABASE_URL, dir: undefined, stop: async () => {}};
  const bin = postgresBin();
  if (!bin) return {skipped: 'PostgreSQL binaries not found under /usr/lib/postgresql and could not be installed (apt-get install postgresql needs root and the Debian archive)'};
  const user = asUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feedback-pg-'));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const run = (cmd, args) => {
    const r = spawnSync(path.join(bin, cmd), args, {cwd: dir, ...user, encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '-N']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fsync ? '' : ' -c fsync=off -c synchronous_commit=off'}`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stop = async () => {
    spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {cwd: dir, ...user, stdio: 'ignore'});
    rmSync(dir, {recursive: true, force: true});
  };
  return {url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port, bin, data, user, stop};
}

/** Stop a server started by `node tests/tools/postgres.mjs start` (its data directory's parent). */
export function stopPostgres(dir) {
  const bin = findBin();
  if (bin) spawnSync(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], {cwd: dir, ...asUser(), stdio: 'ignore'});
  rmSync(dir, {recursive: true, force: true});
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'start') {
    const pg = await startPostgres();
    if (pg.skipped) { console.error(pg.skipped); process.exit(3); }
    console.log(`${pg.url} ${pg.dir}`);
  } else if (cmd === 'stop' && arg) stopPostgres(arg);
  else { console.error('usage: postgres.mjs start | stop DIR'); process.exit(2); }
}
