// Starts the OsManagement emulator from its built DLL for a conformance suite, and the SDK-free helpers every suite
// shares (this file imports no SDK, so the Hub suite, with its own oci-common, uses it too).
// Every test file starts its own emulator (its own port, state directory and fleet), so files can run in parallel.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const defaultDll = resolve(here, '../../../out/emulator/OsManagement.Emulator.dll');
const startDeadlineMs = 60_000;
const stopDeadlineMs = 10_000;

/** The emulator's DLL: OSM_EMULATOR_DLL, else ../../out/emulator/OsManagement.Emulator.dll from tests/conformance. */
export function emulatorDll() {
  const dll = process.env.OSM_EMULATOR_DLL ? resolve(process.env.OSM_EMULATOR_DLL) : defaultDll;
  if (!existsSync(dll)) {
    throw new Error(`The emulator is not built: ${dll} does not exist (build it, or set OSM_EMULATOR_DLL).`);
  }
  return dll;
}

/**
 * Polls until `probe` returns a value other than undefined, or throws once `deadlineMs` has passed.
 * `what` names the awaited condition in the error.
 */
export async function pollUntil(probe, what, deadlineMs = 15_000, intervalMs = 50) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}.`);
    await delay(intervalMs);
  }
}

/**
 * Starts an emulator and waits for DIR/emulator.json. Options: fleet ("instances=12,..."), seed, pageSize, clockSpeed, and
 * args (more of its options, such as ['--rate-limit', '5']).
 * The virtual clock runs at a thousandth of real time by default, so a work request stays in the state a test saw
 * (however slow the machine) until the test moves the clock on with advance().
 * Returns { endpoint, configFile, profile, tenancyId, region, stateDir, admin(method, path), fleet(), advance(by), stop() }.
 */
export async function startEmulator({ fleet, seed = 20190801, pageSize = 3, clockSpeed = 0.001, args: extra = [] } = {}) {
  const stateDir = mkdtempSync(join(tmpdir(), 'osm-conformance-'));
  const args = [emulatorDll(), '--port', '0', '--state-dir', stateDir, '--seed', String(seed),
    '--page-size', String(pageSize), '--clock-speed', String(clockSpeed), '--parent-pid', String(process.pid)];
  if (fleet) args.push('--fleet', fleet);
  args.push(...extra);
  const child = spawn('dotnet', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', text => { stderr = (stderr + text).slice(-4000); });
  let exitCode = null;
  const exited = new Promise(done => child.once('exit', code => { exitCode = code ?? -1; done(); }));

  const stop = async () => {
    if (exitCode === null) {
      child.kill('SIGTERM');
      let timer;
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise(done => { timer = setTimeout(() => done(false), stopDeadlineMs); }),
      ]);
      clearTimeout(timer);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(stateDir, { recursive: true, force: true });
  };

  let info;
  try {
    const infoFile = join(stateDir, 'emulator.json');
    info = await pollUntil(() => {
      if (exitCode !== null) throw new Error(`The emulator exited with code ${exitCode} before it was ready: ${stderr}`);
      if (!existsSync(infoFile)) return undefined;
      return JSON.parse(readFileSync(infoFile, 'utf8'));
    }, `${infoFile} from the emulator`, startDeadlineMs);
  } catch (error) {
    await stop();
    throw error;
  }

  const admin = async (method, path) => {
    const response = await fetch(info.endpoint + path, { method });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    ...info,
    stateDir,
    admin,
    /** GET /_emulator/fleet: the generated tenancy, the ground truth lists are compared with. */
    fleet: () => admin('GET', '/_emulator/fleet'),
    /** Moves the emulator's virtual clock on by an ISO 8601 duration; everything that came due runs. */
    advance: by => admin('POST', `/_emulator/clock/advance?by=${encodeURIComponent(by)}`),
    stop,
  };
}

/**
 * A copy of the emulator's config file with another private key (and, when `fingerprint` is given, another
 * fingerprint): requests it signs must be refused with 401.
 */
export function writeForeignConfig(emulator, { fingerprint } = {}) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(emulator.stateDir, `foreign-${process.hrtime.bigint()}.pem`);
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const text = readFileSync(emulator.configFile, 'utf8')
    .replace(/^key_file\s*=.*$/m, `key_file=${keyFile}`)
    .replace(/^fingerprint\s*=.*$/m, line => (fingerprint ? `fingerprint=${fingerprint}` : line));
  const configFile = `${keyFile}.config`;
  writeFileSync(configFile, text, { mode: 0o600 });
  return configFile;
}

/** Every item of an SDK record iterator, and every page of its response iterator, for comparison. */
export async function collect(iterator) {
  const items = [];
  for await (const item of iterator) items.push(item);
  return items;
}

/** True when `text` is an OCI time (RFC 3339, UTC, milliseconds), the form the SDK hands back for Date fields. */
export function isOciTime(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) && !Number.isNaN(Date.parse(text));
}
