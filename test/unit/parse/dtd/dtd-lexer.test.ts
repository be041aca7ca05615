/** The located DTD lexer: token kinds, values and 1-based positions (XML 1.0 §2.3, §2.5, §2.6, §2.11). */
import { describe, expect, it } from 'vitest';
import { DtdLexer } from '../../../../generator/parse/dtd/dtd-lexer.js';

function lex(source: string): string[] {
  const lexer = new DtdLexer(source, 'f.dtd');
  const out: string[] = [];
  for (;;) {
    const t = lexer.next();
    out.push(`${t.kind}:${t.value}@${t.line}:${t.column}`);
    if (t.kind === 'eof') return out;
  }
}

const cases: [string, { given: string; want: string[] }][] = [
  [
    'element declaration',
    {
      given: '<!ELEMENT a (b?,c*)>',
      want: [
        'decl:ELEMENT@1:1',
        'name:a@1:11',
        '(:(@1:13',
        'name:b@1:14',
        '?:?@1:15',
        ',:,@1:16',
        'name:c@1:17',
        '*:*@1:18',
        '):)@1:19',
        '>:>@1:20',
        'eof:@1:21',
      ],
    },
  ],
  [
    'hash keywords, literals, PE reference and marker',
    {
      given: "#PCDATA #FIXED 'v w' %pe; % name",
      want: [
        'hash:PCDATA@1:1',
        'hash:FIXED@1:9',
        'literal:v w@1:16',
        'peRef:pe@1:22',
        '%:%@1:27',
        'name:name@1:29',
        'eof:@1:33',
      ],
    },
  ],
  [
    'comments keep their text, PIs and the text declaration are skipped',
    { given: '<?xml version="1.0"?>\n<!-- a\nb --><?pi x?>\n>', want: ['comment: a\nb @2:1', '>:>@4:1', 'eof:@4:2'] },
  ],
  ['CRLF and CR count as one line end', { given: '\r\n\r(\r\n  )', want: ['(:(@3:1', '):)@4:3', 'eof:@4:4'] }],
  [
    'conditional section markers',
    {
      given: '<![INCLUDE[ ]]>',
      want: ['condOpen:<![@1:1', 'name:INCLUDE@1:4', '[:[@1:11', 'condClose:]]>@1:13', 'eof:@1:16'],
    },
  ],
  ['non-ASCII names', { given: 'Élément_1.x-y:z', want: ['name:Élément_1.x-y:z@1:1', 'eof:@1:16'] }],
];

describe('DtdLexer', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(lex(given)).toEqual(want);
  });

  it('reports the position of a replacement text lexer as the reference position', () => {
    const lexer = new DtdLexer('a,\n b', 'f.dtd', { line: 7, column: 3, entity: 'p' });
    expect([lexer.next(), lexer.next(), lexer.next()].map((t) => [t.value, t.line, t.column, t.entity])).toEqual([
      ['a', 7, 3, 'p'],
      [',', 7, 3, 'p'],
      ['b', 7, 3, 'p'],
    ]);
  });

  it('skips an IGNORE body with nested sections', () => {
    const lexer = new DtdLexer(' x <![ y ]]> z ]]> >', 'f.dtd');
    expect(lexer.skipIgnoredSection()).toBe(true);
    expect(lexer.next().kind).toBe('>');
    expect(new DtdLexer(' <![ ]]> ', 'f.dtd').skipIgnoredSection()).toBe(false);
  });
});
