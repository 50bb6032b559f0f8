// The emulator's request rules (src/OsManagement.Emulator/Apis/<Api>/<Api>RequestRules.json), made from Oracle's SDK
// declarations for every operation the emulator serves (the names its route tables give with .WithName). Run it after
// adding or renaming an endpoint:   node tests/conformance-hub/tools/request-rules.mjs
// request-rules.test.mjs (here and in ../conformance) makes them again and fails on any difference, so the committed
// tables cannot drift from the declarations or from the routes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requestRules } from '../support/declarations.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const apis = join(root, 'src/OsManagement.Emulator/Apis');

/** Each API the emulator serves: its folder, the prefix of its endpoint names, its SDK package and the suite that installs it. */
export const served = [
  { api: 'Hub', prefix: 'hub.', sdk: 'oci-osmanagementhub', suite: 'conformance-hub' },
  { api: 'Identity', prefix: '', sdk: 'oci-identity', suite: 'conformance-hub' },
  { api: 'Classic', prefix: '', sdk: 'oci-osmanagement', suite: 'conformance' },
];

/** Where an API's table is committed. */
export const tableFile = api => join(apis, api, `${api}RequestRules.json`);

/** The endpoint names an API's folder declares (.WithName("...")). */
export function endpointNames(api) {
  const names = new Set();
  const walk = folder => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.cs')) for (const [, name] of readFileSync(path, 'utf8').matchAll(/\.WithName\("([^"]+)"\)/g)) names.add(name);
    }
  };
  walk(join(apis, api));
  return [...names].sort();
}

/** The package folder of `sdk` as `suite` installs it (its node_modules). */
export function packageDir(sdk, suite) {
  const require = createRequire(join(root, 'tests', suite, 'package.json'));
  let manifest;
  try {
    manifest = require.resolve(`${sdk}/package.json`);
  } catch {
    throw new Error(`${sdk} is not installed in tests/${suite}: run 'npm ci' there first.`);
  }
  return dirname(manifest);
}

/** An API's table as the declarations and the routes make it now, as the JSON text committed. */
export function tableText({ api, prefix, sdk, suite }) {
  const dir = packageDir(sdk, suite);
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const names = endpointNames(api);
  const foreign = names.filter(n => !n.startsWith(prefix));
  if (foreign.length > 0) throw new Error(`${api}: endpoint names without the prefix '${prefix}': ${foreign.join(', ')}`);
  const rules = requestRules(dir, names.map(n => n.slice(prefix.length)));
  const operations = {};
  for (const [operation, rule] of Object.entries(rules.operations)) operations[prefix + operation] = rule;
  const table = {
    source: `${sdk}@${version}, by tests/conformance-hub/tools/request-rules.mjs`,
    operations,
    models: rules.models,
    enums: rules.enums,
  };
  return `${compact(table, '')}\n`;
}

/**
 * JSON with a field's rule on one line, and an enum's values on as few lines as fit (each under 120 characters); the
 * rest one entry a line.
 */
function compact(value, indent) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value) && value.every(v => typeof v !== 'object')) return wrap(value.map(v => JSON.stringify(v)), indent);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
  }
  const inner = `${indent}  `;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`).join(',\n')}\n${indent}}`;
}

function wrap(items, indent) {
  const line = `[${items.join(', ')}]`;
  if (indent.length + line.length <= 120) return line;
  const inner = `${indent}  `;
  const lines = [];
  for (const item of items) {
    if (lines.length > 0 && inner.length + lines[lines.length - 1].length + item.length + 2 <= 120) lines[lines.length - 1] += `, ${item}`;
    else lines.push(item);
  }
  return `[\n${lines.map(l => inner + l).join(',\n')}\n${indent}]`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const api of served) {
    const file = tableFile(api.api);
    writeFileSync(file, tableText(api));
    console.log(`wrote ${relative(root, file)}`);
  }
}
