// Checks requests signed by OsManagement.Oci's ApiKeySigner against Oracle's own code:
//  1. http-signature (the library oci-common signs with) parses our Authorization header and
//     verifies the signature with the public key;
//  2. oci-common's DefaultRequestSigner signs the same request (same key, same date) and its
//     Authorization header must equal ours byte for byte. oci-common signs x-date and lists
//     content-type before content-length; OCI accepts any header order and date or x-date, so
//     oci-common is told to sign `date` and to list the headers in our order, after checking
//     that it would sign exactly the same set.
// Usage: node verify.js <fixture.json>
//   fixture: { keyFile, tenancy, user, fingerprint, requests: [{ name, method, url, headers, body, ociCommon? }] }
//   ociCommon "hub" checks a request with the oci-common that oci-osmanagementhub 2.139.1 depends on (nested under it);
//   otherwise with the top-level one (2.112.0, the old service's SDK generation).
"use strict";
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const sshpk = require("sshpk");

const fixture = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const privateKeyPem = fs.readFileSync(fixture.keyFile, "utf8");
const publicKey = sshpk.parsePrivateKey(privateKeyPem, "auto").toPublic();
const expectedKeyId = `${fixture.tenancy}/${fixture.user}/${fixture.fingerprint}`;

// Make oci-common list the signed headers in our order (the set is checked before).
let wantedOrder = null;
const signers = {};

function signerFor(which) {
  if (signers[which]) return signers[which];
  const base = which === "hub" ? path.dirname(require.resolve("oci-osmanagementhub/package.json")) : __dirname;
  const commonPackage = require.resolve("oci-common/package.json", { paths: [base] });
  const common = require(path.dirname(commonPackage));
  // The http-signature this oci-common signs with (patched once per module instance).
  const httpSignature = require(require.resolve("http-signature", { paths: [path.dirname(commonPackage)] }));
  if (!httpSignature.__ourOrder) {
    const originalSign = httpSignature.sign;
    httpSignature.sign = function (request, options) {
      const theirs = options.headers.map(h => h.toLowerCase());
      const sameSet = theirs.length === wantedOrder.length && wantedOrder.every(h => theirs.includes(h));
      if (!sameSet) throw new Error(`oci-common would sign [${theirs.join(" ")}], we signed [${wantedOrder.join(" ")}]`);
      return originalSign.call(this, request, Object.assign({}, options, { headers: wantedOrder }));
    };
    httpSignature.__ourOrder = true;
  }
  common.DefaultRequestSigner.headersToSign = ["date", "(request-target)", "host"];
  signers[which] = { common, httpSignature, version: require(commonPackage).version };
  return signers[which];
}

function lowerHeaders(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = value;
  return result;
}

function parseOurs(httpSignature, request, headers) {
  const path = new URL(request.url).pathname + new URL(request.url).search;
  return httpSignature.parseRequest(
    { method: request.method, url: path, httpVersion: "1.1", headers },
    { clockSkew: Number.MAX_SAFE_INTEGER / 1000 }
  );
}

async function check(request, { common, httpSignature }) {
  const ours = lowerHeaders(request.headers);
  const parsed = parseOurs(httpSignature, request, ours);
  if (parsed.params.keyId !== expectedKeyId) throw new Error(`keyId ${parsed.params.keyId} != ${expectedKeyId}`);
  if (parsed.params.algorithm !== "rsa-sha256") throw new Error(`algorithm ${parsed.params.algorithm}`);
  if (!/^Signature version="1",/.test(ours.authorization)) throw new Error("Authorization does not start with Signature version=\"1\",");
  if (!httpSignature.verifySignature(parsed, publicKey)) throw new Error("signature does not verify with the public key");
  wantedOrder = parsed.params.headers;

  // Give oci-common only what a caller would: the date and the content type. It computes the rest.
  const theirHeaders = new Headers();
  theirHeaders.set("date", ours.date);
  if (ours["content-type"]) theirHeaders.set("content-type", ours["content-type"]);
  const theirRequest = { method: request.method, uri: request.url, headers: theirHeaders, body: request.body || undefined };
  const provider = new common.SimpleAuthenticationDetailsProvider(
    fixture.tenancy, fixture.user, fixture.fingerprint, privateKeyPem, null, null);
  await new common.DefaultRequestSigner(provider).signHttpRequest(theirRequest);

  for (const name of ["host", "content-length", "x-content-sha256"]) {
    if (!wantedOrder.includes(name)) continue;
    if (theirHeaders.get(name) !== ours[name]) throw new Error(`${name}: oci-common computed '${theirHeaders.get(name)}', we sent '${ours[name]}'`);
  }
  const theirAuthorization = theirHeaders.get("authorization");
  if (theirAuthorization !== ours.authorization) {
    throw new Error(`Authorization differs\n  ours:       ${ours.authorization}\n  oci-common: ${theirAuthorization}`);
  }
}

(async () => {
  let failed = 0;
  for (const request of fixture.requests) {
    const signer = signerFor(request.ociCommon === "hub" ? "hub" : "old");
    try {
      await check(request, signer);
      console.log(`ok   ${request.name} (oci-common ${signer.version})`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${request.name}: ${e.message}`);
    }
  }
  console.log(`${fixture.requests.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && fixture.requests.length > 0 ? 0 : 1);
})();
