// The Hub SDK's own model declarations (lib/model/*.d.ts of oci-osmanagementhub) as the yardstick for the emulator's
// JSON: the SDK hands responses back as parsed JSON without checking them, so a misspelt field (childrenIds for
// childrenId) or a missing required one would pass through the clients unnoticed. checkShape catches both.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const modelDir = join(dirname(require.resolve('oci-osmanagementhub')), 'lib', 'model');
const cache = new Map();

const kebab = name => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** { fields: Map(name -> { required, type }) } of a model interface, with the fields of the one it extends. */
export function modelFields(model) {
  if (cache.has(model)) return cache.get(model);
  const text = readFileSync(join(modelDir, `${kebab(model)}.d.ts`), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
  const declaration = text.match(new RegExp(`export interface ${model}(?: extends model\\.(\\w+))? \\{([\\s\\S]*?)\\n\\}`));
  if (!declaration) throw new Error(`The SDK declares no interface ${model}.`);
  const fields = new Map(declaration[1] ? modelFields(declaration[1]) : []);
  for (const [, name, optional, type] of declaration[2].matchAll(/^ {4}"(\w+)"(\?)?: ([^;]+);/gm)) {
    fields.set(name, { required: !optional, type: type.trim() });
  }
  cache.set(model, fields);
  return fields;
}

/**
 * Asserts that `value` has every field the SDK's `model` requires and no field the SDK does not declare; nested
 * models (model.X, Array<model.X>) are checked too, enums only by presence. Returns `value`.
 */
export function checkShape(model, value, path = model) {
  const fields = modelFields(model);
  for (const [name, field] of fields) {
    if (field.required && value[name] === undefined) throw new Error(`${path}.${name} is required by the SDK's ${model} but missing.`);
  }
  for (const [name, item] of Object.entries(value)) {
    const field = fields.get(name);
    if (!field) throw new Error(`${path}.${name} is not a field of the SDK's ${model}.`);
    const nested = field.type.match(/^(?:Array<)?model\.(\w+)>?$/);
    if (nested && item !== null && typeof item === 'object' && isInterface(nested[1])) {
      for (const [i, element] of (Array.isArray(item) ? item : [item]).entries()) checkShape(nested[1], element, `${path}.${name}${Array.isArray(item) ? `[${i}]` : ''}`);
    }
  }
  return value;
}

function isInterface(model) {
  try {
    return /export interface /.test(readFileSync(join(modelDir, `${kebab(model)}.d.ts`), 'utf8'));
  } catch {
    return false;
  }
}
