// --rate-limit: the emulated tenancy takes N requests a second (a token bucket holding one second's worth); beyond that
// it answers 429 TooManyRequests with Retry-After, as OCI throttles a tenancy, and Oracle's own SDK, retrying with its
// default configuration (oci-common retries 429 TooManyRequests with exponential backoff), gets every call through.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import common from 'oci-common';
import { osmh, startEmulator } from './support/hub.mjs';

const perSecond = 4;
let emulator;
let truth;

before(async () => {
  emulator = await startEmulator({ fleet: 'instances=12,compartments=2,depth=1,groups=1', seed: 5, args: ['--rate-limit', String(perSecond)] });
  truth = await emulator.fleet();
});

after(async () => {
  await emulator?.stop();
});

let authentication;
const provider = () => (authentication ??= new common.ConfigFileAuthenticationDetailsProvider(emulator.configFile, emulator.profile));

/** A GET signed by oci-common's own signer, answered as is (no SDK retries), with its status, headers and body. */
async function signedGet(path) {
  const uri = emulator.endpoint + path;
  const headers = new Headers();
  await new common.DefaultRequestSigner(provider()).signHttpRequest({ method: 'GET', uri, headers });
  const response = await fetch(uri, { headers });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

test('more than the limit at once: the bucket\'s worth passes, the rest is 429 TooManyRequests with Retry-After', async () => {
  // Let the bucket fill after start-up, then send a burst well over one second's worth.
  await new Promise(done => setTimeout(done, 1500));
  const before = (await emulator.admin('GET', '/_emulator/stats')).throttled;
  const answers = await Promise.all(Array.from({ length: 12 }, () => signedGet('/20220901/managedInstances?limit=1')));
  const throttled = answers.filter(a => a.status === 429);
  assert.ok(answers.filter(a => a.status === 200).length <= perSecond + 1, 'no more than the bucket holds passes at once');
  assert.ok(throttled.length >= 12 - perSecond - 1, `${throttled.length} of 12 throttled`);
  for (const answer of throttled) {
    assert.equal(answer.body.code, 'TooManyRequests');
    assert.match(answer.retryAfter, /^[1-9]\d*$/, 'Retry-After in whole seconds');
  }
  assert.equal((await emulator.admin('GET', '/_emulator/stats')).throttled - before, throttled.length);
});

test('Oracle\'s SDK with its default retries gets every call of a burst through the limit', async () => {
  // Twice the limit at once: under the volume at which oci-common's circuit breaker may open (10 calls), which under a
  // longer stream of 429s would hold every call back for 30 s (it counts retryable errors as failures).
  await new Promise(done => setTimeout(done, 1500));
  const client = new osmh.ManagedInstanceClient({ authenticationDetailsProvider: provider() },
    { retryConfiguration: common.OciSdkDefaultRetryConfiguration });
  client.endpoint = emulator.endpoint;
  try {
    const before = (await emulator.admin('GET', '/_emulator/stats')).throttled;
    const targets = truth.instances.slice(0, 2 * perSecond);
    const warn = console.warn;
    console.warn = () => {};
    let got;
    try {
      got = await Promise.all(targets.map(i => client.getManagedInstance({ managedInstanceId: i.id })));
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(got.map(r => r.managedInstance.id), targets.map(i => i.id));
    assert.ok((await emulator.admin('GET', '/_emulator/stats')).throttled > before, 'the burst met the limit and was retried');
  } finally {
    client.close();
  }
});
