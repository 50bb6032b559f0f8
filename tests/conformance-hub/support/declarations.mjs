// What one of Oracle's TypeScript SDK packages declares about the requests of its operations, read from its files (no
// SDK is loaded, so the retired API's 2.112.0 package reads as well as Hub's 2.139.1): lib/client.js says where each
// request field goes (path, query, header, body) and lib/request/*.d.ts and lib/model/*.d.ts whether it is required and
// what type it has. The emulator refuses what these declarations refuse (src/OsManagement.Emulator/Platform/Strictness).
//
// A type is written in a small grammar the emulator reads: string, number, integer, boolean, date-time, any,
// enum:<Name>, model:<Name>, array<T>, map<T>. A number the SDK documents as integral ("Numbers greater than
// Number.MAX_SAFE_INTEGER will result in rounding issues", the note its generator puts on integer fields) is integer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const unknownValue = 'UNKNOWN_VALUE';

/**
 * The request rules of `operations` (SDK names) in the package at `packageDir`:
 * { operations: { name: { method, path, path-, query, headers, body } }, models: { Name: { field: { type, required } } },
 *   enums: { Name: [values] } }, with only the models and enums the operations reach.
 */
export function requestRules(packageDir, operations) {
  const lib = join(packageDir, 'lib');
  const client = readFileSync(join(lib, 'client.js'), 'utf8');
  const reader = new DeclarationReader(lib);
  const result = { operations: {}, models: {}, enums: {} };
  for (const operation of [...operations].sort()) {
    result.operations[operation] = reader.operation(client, operation);
  }
  for (const name of [...reader.models.keys()].sort()) result.models[name] = reader.models.get(name);
  for (const name of [...reader.enums.keys()].sort()) result.enums[name] = reader.enums.get(name);
  return result;
}

class DeclarationReader {
  constructor(lib) {
    this.lib = lib;
    this.models = new Map();
    this.enums = new Map();
    this.files = new Map();
    // model/index.d.ts: import * as Name from "./file-name"
    for (const [, name, file] of read(join(lib, 'model', 'index.d.ts')).matchAll(/import \* as (\w+) from "\.\/([\w-]+)"/g)) {
      this.files.set(name, join(lib, 'model', `${file}.d.ts`));
    }
  }

  operation(client, operation) {
    const start = client.indexOf(`const operationName = "${operation}";`);
    if (start < 0) throw new Error(`The SDK's client.js has no operation ${operation}.`);
    const end = client.indexOf('const sdkResponse', start);
    const body = client.slice(start, end > start ? end : undefined);
    const method = body.match(/method: "(\w+)"/)[1];
    const path = body.match(/path: "([^"]+)"/)[1];
    const requestType = `${operation[0].toUpperCase()}${operation.slice(1)}Request`;
    const fields = interfaceFields(read(join(this.lib, 'request', `${kebab(operation)}-request.d.ts`)), requestType);
    const field = name => {
      const declared = fields.get(name);
      if (!declared) throw new Error(`${requestType} declares no field ${name}, which client.js sends.`);
      return declared;
    };
    const rule = { method, path, query: {}, headers: {} };
    for (const [, name, property] of block(body, 'queryParams').matchAll(/"([^"]+)": \w+Request\.(\w+)/g)) {
      rule.query[name] = this.describe(field(property), requestType);
    }
    for (const [, name, property] of block(body, 'headerParams').matchAll(/"([^"]+)": \w+Request\.(\w+)/g)) {
      rule.headers[name] = this.describe(field(property), requestType);
    }
    const serialized = body.match(/bodyContent: common\.ObjectSerializer\.serialize\(\w+\.(\w+), "(\w+)"/);
    if (serialized) {
      const declared = field(serialized[1]);
      rule.body = { name: serialized[1], type: this.type(declared.type, requestType), ...(declared.required ? { required: true } : {}) };
    }
    return rule;
  }

  describe(declared, owner) {
    return { type: this.type(declared.type, owner, declared.integer), ...(declared.required ? { required: true } : {}) };
  }

  /** The grammar's type for a TypeScript type written in `owner`'s file (owner names its own inline enums). */
  type(text, owner, integer = false) {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t === 'string') return 'string';
    if (t === 'boolean') return 'boolean';
    if (t === 'number') return integer ? 'integer' : 'number';
    if (t === 'Date') return 'date-time';
    if (t === 'any') return 'any';
    let m;
    if ((m = t.match(/^Array<(.+)>$/))) return `array<${this.type(m[1], owner, integer)}>`;
    if ((m = t.match(/^\{ \[key: string\]: (.+); \}$/))) return `map<${this.type(m[1], owner, integer)}>`;
    if ((m = t.match(/^model\.(\w+)$/))) return this.named(m[1]);
    if ((m = t.match(/^(\w+)\.(\w+)$/))) return this.inlineEnum(m[1], m[2], owner);
    throw new Error(`${owner}: a type the rules cannot express: ${t}`);
  }

  /** A model's interface or enum, read (once) with everything it reaches. */
  named(name) {
    const file = this.files.get(name);
    if (!file) throw new Error(`The SDK's model index has no ${name}.`);
    const text = read(file);
    if (new RegExp(`export declare enum ${name} \\{`).test(text)) {
      if (!this.enums.has(name)) this.enums.set(name, enumValues(text, name));
      return `enum:${name}`;
    }
    if (!this.models.has(name)) {
      if (/switch \(obj\./.test(read(file.replace(/\.d\.ts$/, '.js')))) {
        throw new Error(`${name} is polymorphic (a discriminator picks its subtype): teach support/declarations.mjs and the emulator's rules subtypes first.`);
      }
      const fields = {};
      this.models.set(name, fields);
      for (const [field, declared] of interfaceFields(text, name)) {
        fields[field] = { type: this.type(declared.type, name, declared.integer), ...(declared.required ? { required: true } : {}) };
      }
    }
    return `model:${name}`;
  }

  inlineEnum(owner, name, context) {
    const key = `${owner}.${name}`;
    if (!this.enums.has(key)) {
      const file = owner === context ? null : this.files.get(owner);
      const text = file ? read(file) : this.ownerText(owner);
      this.enums.set(key, enumValues(text, name));
    }
    return `enum:${key}`;
  }

  ownerText(owner) {
    const request = owner.match(/^(\w+)Request$/);
    if (request) return read(join(this.lib, 'request', `${kebab(request[1])}-request.d.ts`));
    return read(this.files.get(owner));
  }
}

/** The fields of `export interface name` (and of the interface it extends): name -> { type, required, integer }. */
function interfaceFields(text, name) {
  const match = text.match(new RegExp(`export interface ${name}(?: extends ([\\w.]+))? \\{([\\s\\S]*?)\\n\\}`));
  if (!match) throw new Error(`No interface ${name} is declared.`);
  if (match[1] && !/^common\.BaseRequest$/.test(match[1])) {
    throw new Error(`${name} extends ${match[1]}: teach support/declarations.mjs inheritance first.`);
  }
  const fields = new Map();
  const body = match[2];
  let doc = '';
  for (let i = 0; i < body.length;) {
    if (body.startsWith('/*', i)) {
      const end = body.indexOf('*/', i) + 2;
      doc = body.slice(i, end);
      i = end;
      continue;
    }
    const field = body.slice(i).match(/^"(\w+)"(\?)?: /);
    if (!field) {
      i++;
      continue;
    }
    // The type runs to the first ';' outside braces (a map's type spans lines).
    let j = i + field[0].length;
    const from = j;
    for (let depth = 0; j < body.length && (depth > 0 || body[j] !== ';'); j++) {
      if (body[j] === '{') depth++;
      else if (body[j] === '}') depth--;
    }
    fields.set(field[1], { type: body.slice(from, j).trim(), required: !field[2], integer: /Number\.MAX_SAFE_INTEGER/.test(doc) });
    doc = '';
    i = j + 1;
  }
  return fields;
}

function enumValues(text, name) {
  const match = text.match(new RegExp(`enum ${name} \\{([\\s\\S]*?)\\}`));
  if (!match) throw new Error(`No enum ${name} is declared.`);
  return [...match[1].matchAll(/= "([^"]*)"/g)].map(m => m[1]).filter(v => v !== unknownValue);
}

function block(body, name) {
  const match = body.match(new RegExp(`(?:const|let) ${name} = \\{([\\s\\S]*?)\\};`));
  return match ? match[1] : '';
}

const kebab = name => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const texts = new Map();
function read(file) {
  if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8'));
  return texts.get(file);
}
