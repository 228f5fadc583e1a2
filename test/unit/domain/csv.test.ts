import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv, UTF8_BOM } from '../../../src/domain/csv.js';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Biro Perencanaan')).toBe('Biro Perencanaan');
  });

  it('quotes text with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('kata "kunci"')).toBe('"kata ""kunci"""');
    expect(csvCell('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });

  it.each(['=1+1', '+62812', '-5', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises text starting with a formula character: %j',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(csvCell(text).replace(/^"|"$/g, '')).toMatch(/^'/);
    },
  );

  it('neutralises a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes numbers as numbers, negative ones included, with the chosen decimal separator', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(3.456, { decimalSeparator: ',' })).toBe('"3,46"');
    expect(csvCell(4)).toBe('4');
    expect(csvCell(3.5, { maxDecimals: 0 })).toBe('4');
    expect(csvCell(-0.001)).toBe('0');
  });

  it('writes empty cells for null, undefined and non-finite numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(['Nama', 'Nilai'], [['Kepuasan staf', 3.8]], { decimalSeparator: ',' });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}Nama,Nilai\r\nKepuasan staf,"3,8"\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('pads short rows and cuts long ones to the header width', () => {
    expect(toCsv(['a', 'b'], [['1'], ['1', '2', '3']])).toBe(`${UTF8_BOM}a,b\r\n1,\r\n1,2\r\n`);
  });

  it('keeps Indonesian and other non-ASCII text intact', () => {
    const csv = toCsv(['Catatan'], [['Rapat “mingguan” — ditunda']]);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toContain('Rapat “mingguan” — ditunda');
  });

  it('separates fields with a semicolon for Indonesian Excel and quotes a text holding one', () => {
    const csv = toCsv(['Nama', 'Nilai', 'Catatan'], [['Kepuasan staf', 3.21, 'a; b']], {
      decimalSeparator: ',',
      fieldSeparator: ';',
    });
    expect(csv).toBe(`${UTF8_BOM}Nama;Nilai;Catatan\r\nKepuasan staf;"3,21";"a; b"\r\n`);
  });
});
