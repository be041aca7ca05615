/**
 * One synthetic `HOST` record of a HOST_LIST_VM_DETECTION_OUTPUT (vm.host.detection.list),
 * valid against specs/vm/schemas/host_list_vm_detection_output.dtd: the DTD's sequence order, a
 * random subset of the optional host fields (DNS, NetBIOS, OS, scan dates, QG host id) and one to
 * eight DETECTIONs (port/protocol on some, QDS with its severity attribute, multi-line RESULTS in
 * CDATA), shaped like specs/vm/examples/vm.host.detection.list/corpus-har-show-results.response.xml.
 *
 * @see specs/vm/schemas/host_list_vm_detection_output.dtd (HOST and below)
 */
import type { SeededPrng } from '../lib/seeded-prng.js';
import type { RecordDocument } from './write-record-file.js';

const OSES = ['Amazon Linux', 'Windows Server 2019', 'Ubuntu 22.04', 'Red Hat Enterprise Linux 8', 'Cisco IOS 15'];
const TYPES = ['Confirmed', 'Potential', 'Info'];
const RESULTS = [
  'Name\tProgram\tVersion\tProtocol\tPort\nportmap/rpcbind\t100000\t2-4\ttcp\t111',
  'Type\tName\nkey exchange\tdiffie-hellman-group1-sha1\ncipher\tblowfish-cbc\ncipher\t3des-cbc',
  'TLSv1.0 is supported &amp; enabled on port 443 <SSL>',
  'QID: 105943 detected\nVulnerable package: openssl-1.0.2k-19.el7',
];

const cdata = (s: string) => `<![CDATA[${s}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');
const dt = (r: SeededPrng) =>
  `${r.int(2018, 2024)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const el = (name: string, value: string | number) => `<${name}>${value}</${name}>`;

function detection(r: SeededPrng): string {
  const port = r.chance(0.6);
  return [
    '<DETECTION>',
    el('QID', r.int(6, 380000)),
    el('TYPE', r.pick(TYPES)),
    el('SEVERITY', r.int(1, 5)),
    port ? el('PORT', r.int(1, 65535)) + el('PROTOCOL', r.chance(0.8) ? 'tcp' : 'udp') : '',
    el('SSL', r.int(0, 1)),
    el('RESULTS', cdata(r.pick(RESULTS))),
    el('STATUS', r.pick(['New', 'Active', 'Fixed', 'Re-Opened'])),
    el('FIRST_FOUND_DATETIME', dt(r)),
    el('LAST_FOUND_DATETIME', dt(r)),
    r.chance(0.5) ? `<QDS severity="${r.pick(['LOW', 'MEDIUM', 'HIGH'])}">${r.int(1, 100)}</QDS>` : '',
    el('TIMES_FOUND', r.int(1, 400)),
    el('LAST_TEST_DATETIME', dt(r)),
    el('LAST_UPDATE_DATETIME', dt(r)),
    el('IS_IGNORED', 0),
    el('IS_DISABLED', 0),
    el('LAST_PROCESSED_DATETIME', dt(r)),
    '</DETECTION>',
  ].join('');
}

export function detectionRecord(r: SeededPrng, index: number): string {
  const ip = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const host = [
    '      <HOST>',
    el('ID', 90_000_000 + index),
    el('IP', ip),
    el('TRACKING_METHOD', r.pick(['IP', 'DNS', 'AGENT'])),
    r.chance(0.9) ? el('OS', cdata(r.pick(OSES))) : '',
    r.chance(0.8) ? el('DNS', cdata(`ip-${ip.replaceAll('.', '-')}.ec2.internal`)) : '',
    r.chance(0.5) ? el('NETBIOS', cdata(`HOST${index}`)) : '',
    r.chance(0.5) ? el('QG_HOSTID', cdata(`${r.int(10000000, 99999999)}-qg`)) : '',
    el('LAST_SCAN_DATETIME', dt(r)),
    el('LAST_VM_SCANNED_DATE', dt(r)),
    el('LAST_VM_SCANNED_DURATION', r.int(30, 3000)),
    '<DETECTION_LIST>',
    Array.from({ length: r.int(1, 8) }, () => detection(r)).join('\n'),
    '</DETECTION_LIST>',
    '</HOST>\n',
  ];
  return host.join('\n');
}

export const detectionDocument: RecordDocument = {
  head: () =>
    '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT SYSTEM "https://qualysapi.qualys.com/api/2.0/fo/asset/host/vm/detection/host_list_vm_detection_output.dtd">\n<HOST_LIST_VM_DETECTION_OUTPUT>\n  <RESPONSE>\n    <DATETIME>2026-12-01T02:50:36Z</DATETIME>\n    <HOST_LIST>\n',
  tail: '    </HOST_LIST>\n  </RESPONSE>\n</HOST_LIST_VM_DETECTION_OUTPUT>\n',
  record: detectionRecord,
};
