import { describe, expect, it } from 'vitest';
import { formatDiffJunit } from '../../../generator/diff/report/format-diff-junit.js';
import { finding, report } from './finding-builders.js';

const at = (file: string, line: number) => ({ file, line, column: 3 });

describe('formatDiffJunit', () => {
  const findings = [
    finding({
      schema: 'was/schemas/a&b.xsd',
      path: 'T/<b>',
      message: 'element "b" <removed> & gone',
      endpoints: ['was.x', 'was.y'],
      base: at('was/schemas/a&b.xsd', 9),
    }),
    finding({
      rule: 'enum-value-added',
      severity: 'warning',
      direction: 'request',
      message: 'value OWNER added',
      path: 'E',
      endpoints: ['vm.scan'],
      rev: at('vm/s.xsd', 4),
    }),
    finding({ rule: 'type-added', severity: 'info', message: 'type X added', path: 'X' }),
    finding({ message: 'ignored one', ignored: 'reason "q" <x> & y' }),
  ];

  it('one test case per finding: failures at the threshold, skipped when ignored, escaped', () => {
    expect(formatDiffJunit(report(findings, 'main', 'feat/<x>'), 'breaking')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="qspec diff" tests="4" failures="1">',
        '  <testsuite name="main → feat/&lt;x&gt;" tests="4" failures="1" skipped="1">',
        '    <testcase classname="was/schemas/a&amp;b.xsd" name="element-removed T/&lt;b&gt; (response)">' +
          '<failure type="breaking" message="element &quot;b&quot; &lt;removed&gt; &amp; gone">' +
          'element &quot;b&quot; &lt;removed&gt; &amp; gone\nendpoints: was.x, was.y\nbase: was/schemas/a&amp;b.xsd:9\nrev: -' +
          '</failure></testcase>',
        '    <testcase classname="vm.scan" name="enum-value-added E (request)">' +
          '<system-out>value OWNER added\nendpoints: vm.scan\nbase: -\nrev: vm/s.xsd:4</system-out></testcase>',
        '    <testcase classname="qspec.diff" name="type-added X (response)">' +
          '<system-out>type X added\nendpoints: -\nbase: -\nrev: -</system-out></testcase>',
        '    <testcase classname="qspec.diff" name="element-removed T/b (response)">' +
          '<skipped message="reason &quot;q&quot; &lt;x&gt; &amp; y"/></testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('--fail-on warning makes warnings failures too; ignored findings never fail', () => {
    const out = formatDiffJunit(report(findings), 'warning');
    expect(out).toContain('<testsuites name="qspec diff" tests="4" failures="2">');
    expect(out).toContain('tests="4" failures="2" skipped="1">');
    expect(out).toContain(
      '<testcase classname="vm.scan" name="enum-value-added E (request)"><failure type="warning" message="value OWNER added">',
    );
    expect(out).toContain('<system-out>type X added\n');
  });

  it('--fail-on info fails every active finding', () => {
    const out = formatDiffJunit(report(findings), 'info');
    expect(out).toContain('tests="4" failures="3" skipped="1">');
    expect(out).toContain('<failure type="info" message="type X added">');
    expect(out).not.toContain('<system-out>');
  });

  it('--fail-on none: nothing fails', () => {
    const out = formatDiffJunit(report(findings), 'none');
    expect(out).toContain('<testsuites name="qspec diff" tests="4" failures="0">');
    expect(out).toContain('tests="4" failures="0" skipped="1">');
    expect(out).not.toContain('<failure');
  });

  it('the schema names the class before the first endpoint', () => {
    const out = formatDiffJunit(report([finding({ schema: 's.xsd', endpoints: ['e.one'] })]), 'none');
    expect(out).toContain('<testcase classname="s.xsd" name=');
  });

  it('an empty report is a suite with no test cases', () => {
    expect(formatDiffJunit(report([], 'a', 'b'), 'breaking')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="qspec diff" tests="0" failures="0">',
        '  <testsuite name="a → b" tests="0" failures="0" skipped="0">',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});
