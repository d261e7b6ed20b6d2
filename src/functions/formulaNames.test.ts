import * as fs from 'fs';
import * as path from 'path';
import { callsOurs, canonicalFormula, functionLanguage, localizeFormula, SWEDISH_METADATA_LOCALES } from './formulaNames';

describe('functionLanguage', () => {
  it('is Swedish exactly for the display languages the manifest gives the Swedish metadata', () => {
    expect(functionLanguage('sv-SE')).toBe('sv');
    expect(functionLanguage('sv-se')).toBe('sv');
    expect(functionLanguage('sv-FI')).toBe('sv');
    expect(functionLanguage('sv-AX')).toBe('en');
    expect(functionLanguage('en-US')).toBe('en');
    expect(functionLanguage('')).toBe('en');
    expect(functionLanguage(null)).toBe('en');
  });

  it("knows the same locales as the manifest's functions metadata overrides", () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const url = /<bt:Url id="Functions.Metadata.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(manifest)![1];
    const locales = [...url.matchAll(/Locale="([^"]+)"/g)].map((m) => m[1]);
    expect([...locales].sort()).toEqual([...SWEDISH_METADATA_LOCALES].sort());
  });
});

describe('localizeFormula and canonicalFormula', () => {
  it('renames only our calls, nested ones too, and leaves built-ins, references and strings alone', () => {
    const written = '=MALKOLL.REIMBURSEMENT(E15,C15,D15,MALKOLL.UNIT_PRICE("MALKOLL.UNIT_PRICE(","SV"))+SUM(A1)';
    const sv = localizeFormula(written, 'sv');
    expect(sv).toBe('=MALKOLL.TILLÄGGSERSÄTTNING(E15,C15,D15,MALKOLL.STYCKPRIS("MALKOLL.UNIT_PRICE(","SV"))+SUM(A1)');
    expect(canonicalFormula(sv)).toBe(written);
    expect(localizeFormula(sv, 'en')).toBe(written);
  });

  it('reads every Swedish name back as its id, in any letter case', () => {
    expect(canonicalFormula('=MALKOLL.MÅLSTATUS(D4,C4,E4)')).toBe('=MALKOLL.TARGET_STATUS(D4,C4,E4)');
    expect(canonicalFormula('=malkoll.måluppfyllelse(E5,B5,8)')).toBe('=malkoll.FULFILMENT(E5,B5,8)');
    expect(canonicalFormula('=MALKOLL.TOLKA_MÅL(C4)')).toBe('=MALKOLL.TARGET_EXPLAIN(C4)');
  });

  it('leaves constants, other namespaces and unknown names as they are', () => {
    expect(localizeFormula('Status', 'sv')).toBe('Status');
    expect(localizeFormula('=OTHER.TARGET_STATUS(A1)', 'sv')).toBe('=OTHER.TARGET_STATUS(A1)');
    expect(localizeFormula('=MALKOLL.NOT_OURS(A1)', 'sv')).toBe('=MALKOLL.NOT_OURS(A1)');
    expect(localizeFormula('=XMALKOLL.NUMBER(A1)', 'sv')).toBe('=XMALKOLL.NUMBER(A1)');
  });
});

describe('our calls as Excel shows them before it knows the functions (office-js 3558, 5611)', () => {
  it('reads _xldudf_MALKOLL_… as the call it is, in either language, and finds our calls in either notation', () => {
    expect(canonicalFormula('=_xldudf_MALKOLL_TARGET_STATUS(D4,C4,E4,,_xldudf_MALKOLL_DIRECTION(B4))')).toBe(
      '=MALKOLL.TARGET_STATUS(D4,C4,E4,,MALKOLL.DIRECTION(B4))',
    );
    expect(localizeFormula('=_xldudf_MALKOLL_TARGET_STATUS(D4;C4;0,1)', 'sv')).toBe('=MALKOLL.MÅLSTATUS(D4;C4;0,1)');
    expect(callsOurs('=_xldudf_MALKOLL_MÅLSTATUS(D4)')).toBe(true);
    expect(callsOurs('=MALKOLL.RIKTNING(B4)')).toBe(true);
    expect(callsOurs('=SUMMA(A1:A4)')).toBe(false);
    expect(callsOurs('="MALKOLL.NUMBER(1)"')).toBe(false);
    expect(callsOurs("='MALKOLL.NUMBER(x'!A1")).toBe(false);
  });
});
