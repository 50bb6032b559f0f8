// Oracle's OS Management (20190801) and Identity clients against the emulator, and how their errors are checked.
// Starting the emulator and the SDK-free helpers live in process.mjs, shared with the Hub suite.
import common from 'oci-common';
import identity from 'oci-identity';
import osmanagement from 'oci-osmanagement';

export { collect, emulatorDll, isOciTime, pollUntil, startEmulator, writeForeignConfig } from './process.mjs';

/**
 * Oracle's clients for the emulator, authenticated by ConfigFileAuthenticationDetailsProvider on `configFile`
 * (default: the emulator's own DIR/config). Retries are off, so the error paths answer at once.
 * Returns { osm, identity, close() }.
 */
export function sdkClients(emulator, configFile = emulator.configFile) {
  const provider = new common.ConfigFileAuthenticationDetailsProvider(configFile, emulator.profile);
  const configuration = { retryConfiguration: common.NoRetryConfigurationDetails };
  const osm = new osmanagement.OsManagementClient({ authenticationDetailsProvider: provider }, configuration);
  osm.endpoint = emulator.endpoint;
  const id = new identity.IdentityClient({ authenticationDetailsProvider: provider }, configuration);
  id.endpoint = emulator.endpoint;
  return {
    osm,
    identity: id,
    close: () => { osm.close(); id.close(); },
  };
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

/** Asserts that `error` is the SDK's OciError for an HTTP status and service code. */
export function assertOciError(error, statusCode, serviceCode) {
  if (!(error instanceof common.OciError)) throw error;
  if (error.statusCode !== statusCode || error.serviceCode !== serviceCode) {
    throw new Error(`Expected ${statusCode} ${serviceCode}, got ${error.statusCode} ${error.serviceCode}: ${error.message}`);
  }
  if (typeof error.opcRequestId !== 'string' || error.opcRequestId.length === 0) {
    throw new Error(`The ${statusCode} carried no opc-request-id.`);
  }
}
