// Oracle's OS Management Hub (20220901) and Identity clients (2.139.1) against the emulator, and how their errors are
// checked. Starting the emulator and the SDK-free helpers are shared with the old service's suite (../../conformance).
import common from 'oci-common';
import identity from 'oci-identity';
import osmh from 'oci-osmanagementhub';

export { collect, emulatorDll, isOciTime, pollUntil, startEmulator, writeForeignConfig } from '../../conformance/support/process.mjs';

/** The Hub SDK's models (enums such as osmh.models.OsFamily) and request namespaces. */
export { osmh };

/**
 * Oracle's Hub clients for the emulator, authenticated by ConfigFileAuthenticationDetailsProvider on `configFile`
 * (default: the emulator's own DIR/config), one per resource as the SDK splits them. Retries are off, so the error paths
 * answer at once. Returns { instances, groups, jobs, workRequests, reporting, sources, lifecycle, sets, identity, close() }.
 */
export function hubClients(emulator, configFile = emulator.configFile) {
  const provider = new common.ConfigFileAuthenticationDetailsProvider(configFile, emulator.profile);
  const configuration = { retryConfiguration: common.NoRetryConfigurationDetails };
  const make = Client => {
    const client = new Client({ authenticationDetailsProvider: provider }, configuration);
    client.endpoint = emulator.endpoint;
    return client;
  };
  const clients = {
    instances: make(osmh.ManagedInstanceClient),
    groups: make(osmh.ManagedInstanceGroupClient),
    jobs: make(osmh.ScheduledJobClient),
    workRequests: make(osmh.WorkRequestClient),
    reporting: make(osmh.ReportingManagedInstanceClient),
    sources: make(osmh.SoftwareSourceClient),
    lifecycle: make(osmh.LifecycleEnvironmentClient),
    sets: make(osmh.DynamicSetClient),
    identity: make(identity.IdentityClient),
  };
  return { ...clients, close: () => Object.values(clients).forEach(client => client.close()) };
}

/**
 * Runs `call`, which must fail, and returns the OciError it throws. The SDK writes every failure to
 * console.warn ("Request cannot be retried..."); for an expected failure that line is only noise, so it is held back.
 */
export async function ociError(call) {
  const warn = console.warn;
  console.warn = (...args) => {
    if (!String(args[0]).startsWith('Request cannot be retried.')) warn(...args);
  };
  try {
    await call();
  } catch (error) {
    return error;
  } finally {
    console.warn = warn;
  }
  throw new Error('Expected the SDK call to fail, but it succeeded.');
}

/** Asserts that `error` is the SDK's OciError for an HTTP status and service code, with an opc-request-id. */
export function assertOciError(error, statusCode, serviceCode) {
  if (!(error instanceof common.OciError)) throw error;
  if (error.statusCode !== statusCode || error.serviceCode !== serviceCode) {
    throw new Error(`Expected ${statusCode} ${serviceCode}, got ${error.statusCode} ${error.serviceCode}: ${error.message}`);
  }
  if (typeof error.opcRequestId !== 'string' || error.opcRequestId.length === 0) {
    throw new Error(`The ${statusCode} carried no opc-request-id.`);
  }
}

/**
 * Every item of a list, following opc-next-page by hand: Hub lists wrap their items in a collection
 * (response[collectionKey].items), Identity's are bare arrays (response.items, collectionKey 'items').
 */
export async function listAll(call, request, collectionKey) {
  const items = [];
  let page;
  let pages = 0;
  do {
    const response = await call({ ...request, page });
    const body = response[collectionKey];
    items.push(...(Array.isArray(body) ? body : body.items));
    page = response.opcNextPage;
    pages++;
  } while (page);
  return { items, pages };
}

/** Whether an instance (of GET /_emulator/fleet) is stand-alone: in no group and no lifecycle stage, so its content is changed directly. */
export const standalone = instance => !instance.hubGroupId && !instance.lifecycleStageId;
