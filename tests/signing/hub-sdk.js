// Asks Oracle's oci-osmanagementhub (2.139.1, pinned in package.json) what it would send or expects, so that
// OsManagement.Oci's OsManagementHubClient is checked against the SDK itself rather than against a reading of it.
// Run with TZ=UTC: oci-common writes query times from the local clock and labels them Z.
//
//   node hub-sdk.js requests <fixture.json>
//     fixture: { endpoint, calls: [{ name, client, operation, request }] }. Each call goes through the SDK's client
//     with an HTTP client that records the request and answers 200 (lists: an empty page); string values that look
//     like times are given to the SDK as Date objects. Prints [{ name, method, uri, headers, body }].
//   node hub-sdk.js endpoints
//     Prints [{ regionId, regionKey, realm, endpoint }] for every region oci-common registers, the endpoint being the
//     one the SDK's ManagedInstanceClient would call there, and the same for a region it does not know.
//   node hub-sdk.js fields <Model> ...
//     Prints { Model: [json field names] } from the SDK's lib/model/*.d.ts (subtype fields included).
"use strict";
const fs = require("fs");
const path = require("path");

const hubDir = path.dirname(require.resolve("oci-osmanagementhub/package.json"));
const hub = require("oci-osmanagementhub");
// The oci-common that oci-osmanagementhub itself uses (nested under it: the top level holds the old service's 2.112.0).
const common = require(require.resolve("oci-common", { paths: [hubDir] }));

const timePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function withDates(value) {
  if (typeof value === "string" && timePattern.test(value)) return new Date(value);
  if (Array.isArray(value)) return value.map(withDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDates(v)]));
  }
  return value;
}

async function requests(fixturePath) {
  const fixture = JSON.parse(fs.readFileSync(fixturePath, "utf8"));
  const results = [];
  for (const call of fixture.calls) {
    let seen = null;
    const httpClient = {
      send: async request => {
        seen = request;
        const list = /^(list|summarize)/.test(call.operation);
        return new Response(list ? '{"items":[]}' : "{}", { status: 200, headers: { "content-type": "application/json" } });
      },
    };
    const Client = hub[call.client];
    if (!Client) throw new Error(`${call.name}: oci-osmanagementhub has no ${call.client}`);
    const client = new Client({ httpClient });
    if (typeof client[call.operation] !== "function") throw new Error(`${call.name}: ${call.client} has no ${call.operation}`);
    client.endpoint = fixture.endpoint;
    await client[call.operation](withDates(call.request));
    const headers = {};
    seen.headers.forEach((value, name) => { headers[name.toLowerCase()] = value; });
    results.push({ name: call.name, method: seen.method, uri: seen.uri, headers, body: seen.body === undefined ? null : String(seen.body) });
  }
  return results;
}

function endpoints() {
  const template = hub.ManagedInstanceClient.serviceEndpointTemplate;
  const service = hub.ManagedInstanceClient.endpointServiceName;
  const rows = [...common.Region.KNOWN_REGIONS.values()].map(r => ({
    regionId: r.regionId,
    regionKey: r.regionCode,
    realm: r.realm.realmId,
    endpoint: common.EndpointBuilder.createEndpointFromRegionId(template, r.regionId, service),
  }));
  delete process.env.OCI_DEFAULT_REALM;
  rows.push({ regionId: "xx-newplace-9", regionKey: null, realm: null, endpoint: common.EndpointBuilder.createEndpointFromRegionId(template, "xx-newplace-9", service) });
  return rows;
}

// Field names of a model's d.ts: `"name"?: type;` lines at the interface's own indentation, plus its supertype's.
function fields(models) {
  const index = fs.readFileSync(path.join(hubDir, "lib/model/index.d.ts"), "utf8");
  const fileOf = name => {
    const m = new RegExp(`import \\* as ${name} from "\\./([\\w-]+)";`).exec(index);
    if (!m) throw new Error(`oci-osmanagementhub has no model ${name}`);
    return path.join(hubDir, "lib/model", m[1] + ".d.ts");
  };
  const read = name => {
    const src = fs.readFileSync(fileOf(name), "utf8");
    const own = [...src.matchAll(/^    "(\w+)"\??:/gm)].map(m => m[1]);
    const parent = /export interface \w+ extends model\.(\w+)/.exec(src);
    return [...new Set([...(parent ? read(parent[1]) : []), ...own])];
  };
  return Object.fromEntries(models.map(m => [m, read(m)]));
}

(async () => {
  const [mode, ...args] = process.argv.slice(2);
  let result;
  if (mode === "requests") result = await requests(args[0]);
  else if (mode === "endpoints") result = endpoints();
  else if (mode === "fields") result = fields(args);
  else throw new Error("usage: node hub-sdk.js requests <fixture.json> | endpoints | fields <Model>...");
  process.stdout.write(JSON.stringify(result));
})().catch(e => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
