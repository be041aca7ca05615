/**
 * The Qualys platforms (Qualys platform identification: each platform's API server and API
 * gateway). `qspec init` writes them as a starter `platforms.yaml`; a spec folder without a
 * `platforms.yaml` gets them as its documented default (with a warning naming the file to add).
 */

/** API server and API gateway of each Qualys platform, in the order Qualys lists them. */
export const QUALYS_PLATFORMS: readonly { id: string; name: string; apiUrl: string; gatewayUrl: string }[] = [
  ['US1', 'Qualys US Platform 1', 'qualysapi.qualys.com', 'gateway.qg1.apps.qualys.com'],
  ['US2', 'Qualys US Platform 2', 'qualysapi.qg2.apps.qualys.com', 'gateway.qg2.apps.qualys.com'],
  ['US3', 'Qualys US Platform 3', 'qualysapi.qg3.apps.qualys.com', 'gateway.qg3.apps.qualys.com'],
  ['EU1', 'Qualys EU Platform 1', 'qualysapi.qualys.eu', 'gateway.qg1.apps.qualys.eu'],
  ['EU2', 'Qualys EU Platform 2', 'qualysapi.qg2.apps.qualys.eu', 'gateway.qg2.apps.qualys.eu'],
  ['IN1', 'Qualys India Platform 1', 'qualysapi.qg1.apps.qualys.in', 'gateway.qg1.apps.qualys.in'],
  ['US4', 'Qualys US Platform 4', 'qualysapi.qg4.apps.qualys.com', 'gateway.qg4.apps.qualys.com'],
  ['EU3', 'Qualys EU Platform 3 (Italy)', 'qualysapi.qg1.apps.qualys.it', 'gateway.qg1.apps.qualys.it'],
  ['CA1', 'Qualys Canada Platform 1', 'qualysapi.qg1.apps.qualys.ca', 'gateway.qg1.apps.qualys.ca'],
  ['AE1', 'Qualys UAE Platform 1', 'qualysapi.qg1.apps.qualys.ae', 'gateway.qg1.apps.qualys.ae'],
  ['UK1', 'Qualys UK Platform 1', 'qualysapi.qg1.apps.qualys.co.uk', 'gateway.qg1.apps.qualys.co.uk'],
  ['AU1', 'Qualys Australia Platform 1', 'qualysapi.qg1.apps.qualys.com.au', 'gateway.qg1.apps.qualys.com.au'],
  ['KSA1', 'Qualys KSA Platform 1', 'qualysapi.qg1.apps.qualysksa.com', 'gateway.qg1.apps.qualysksa.com'],
  ['PRIVATE', 'Qualys Private Cloud Platform', 'qualysapi.{base}', 'gateway.{base}'],
].map(([id, name, api, gateway]) => ({
  id: id!,
  name: name!,
  apiUrl: `https://${api}`,
  gatewayUrl: `https://${gateway}`,
}));
