/*
 * A small recording fake of the Excel JavaScript API, for the task pane's adapter tests (jest, via
 * require) and the browser tests (playwright's page.addInitScript({ path })).
 *
 * What it models, the way Office does:
 * - proxies: methods and property writes are queued; nothing happens until `context.sync()`, which
 *   runs the queue in order and counts one round trip. A property can be read only after `load()` and
 *   a sync (otherwise it throws PropertyNotLoaded, as Office does); `*OrNullObject` gives `isNullObject`.
 * - a workbook of sheets: cell values (blank reads as "", errors as "#REF!" strings with valueType
 *   "Error"), formulas, number formats, fill/font formats, conditional formats, tables, charts,
 *   workbook settings, the active sheet, the selection and the used range.
 * What real Excel does that a naive fake would let through, modelled here so the adapter is tested against it:
 * - Office starts on its own time: with `office.readyAfterMs`, `Office.onReady()` resolves that long after the
 *   page loaded, `Office.context` and (in the browser) the `Excel` global only exist from then on, and
 *   `Excel.run` is refused before it, as office.js refuses an add-in that has not waited for Office.
 * - Custom functions, with `customFunctions`, are bound as office-js issues 891, 6614, 6611 and 6395 report:
 *   `range.formulas` binds none of ours in an Excel whose display language is not English (before Excel 2607;
 *   `customFunctions.fixedIn2607` binds our ids there), `range.formulasLocal` binds the names of the display
 *   language (the manifest's metadata overrides) written with the regional list and decimal separators and the
 *   display language's built-in names (SUMMA), and a formula that did not bind reads #NAME? and stays so, even
 *   once Excel knows the functions. A bound one is shown (in `formulas` and `formulasLocal`) by its name in the
 *   display language of the moment, or as `_xldudf_MALKOLL_ID` while Excel does not know the functions yet
 *   (`customFunctions.loaded: false`, office-js 3558 and 5611; `loadFunctions()` then loads them).
 * - The regional settings (`listSeparator`, `decimalSeparator`; by default those of the display language:
 *   ";" and "," for sv-SE) are what `formulasLocal` reads and writes; the other list separator there is a
 *   syntax error (InvalidArgument). `Worksheet.getRanges("A1,B2")` wants the list separator too on desktop
 *   Excel (office-js issues 1167, 1985). `application.cultureInfo.numberFormat` (ExcelApi 1.11) tells the decimal
 *   and group separators.
 * - Excel on the web refuses a response past 5 MB (ResponsePayloadSizeLimitExceeded): the JSON size of what
 *   each sync loads is measured against `payloadLimit` (5 MB with `office.platform: 'OfficeOnline'`), and a
 *   request past 5 MB (RequestPayloadSizeLimitExceeded): each queued command counts 100 bytes plus the JSON of
 *   what it writes, against `requestLimit`.
 * - With `localizedNumberFormats`, `numberFormat` reads back in the user's notation ("0,0%"), as Excel on the web
 *   does for some accounts (office-js 2824).
 * - `range.formulas` loses a text's leading apostrophe (office-js 6687): the cell reads as its bare text, and
 *   written back that way it becomes whatever the text looks like ("0123" a number).
 * - `reopen()` renumbers sheet ids (office-js 1390) and can lose the add-in's settings (office-js 360, 2940).
 * - `worksheet.freezePanes.freezeRows(n)` (ExcelApi 1.7) and `worksheet.autoFilter.apply(range)` (ExcelApi 1.9, one
 *   AutoFilter a sheet), as Microsoft's reference documents them; a snapshot shows them where set.
 * - With `readOnly`, a workbook Excel opened read-only: a round trip that changes anything is refused (AccessDenied).
 * - Text written into a cell of the General format is read the way Excel reads typing: "2026-11-23 14:05"
 *   becomes a date, "2025" a number; a Text ("@") cell keeps it as text.
 * - A selection of several areas makes `getSelectedRange()` fail with InvalidSelection;
 *   `getSelectedRanges()` gives them all.
 * - Custom XML parts (`workbook.customXmlParts`, ExcelApi 1.5), as Microsoft's reference documents them: add(xml)
 *   takes a well-formed XML fragment (InvalidArgument otherwise); a part's namespaceUri is its root element's
 *   namespace ("" without an xmlns); getByNamespace gives the parts of one namespace, whose getOnlyItem… wants
 *   exactly one; getXml() gives the XML as added or set; delete() removes the part. See the block
 *   "Custom XML parts" below; `config.customXmlParts` holds parts already in the workbook.
 * What it does not: calculate formulas (a formula cell's value reads as the value the test gave it in `rows`, else
 * "", or #NAME? as above), merge cells, styles.
 *
 * Browser: set `globalThis.__MALKOLL_FAKE_EXCEL__ = config` before this script runs; it then installs
 * `globalThis.Office`, `globalThis.CustomFunctions` and `globalThis.Excel` (in place of office.js, which the
 * page must then not load) and exposes the fake as `globalThis.__malkollFake` (log, snapshot()).
 * Node: `const { createFakeExcel } = require('test/fakes/fake-excel.js')`.
 *
 * config = { sheets: [{ name, rows: [[...]], top?, left?, formulas?: { C5: '=A1' },
 *            formats?: { A1: { fill, fontColor, bold, numberFormat } },
 *            conditionalFormats?: [{ ranges: ['A1:A9'], type: 'Custom', formula, fill, fontColor }] }],
 *            active?: name, selection?: 'B3', 'A:C' or 'A1:B3,D5', settings?: { key: value },
 *            office?: { displayLanguage?: 'sv-SE', readyAfterMs?: 3500, platform?: 'PC', version?: '16.0.…', apiSets?: { ExcelApi: '1.9' } },
 *            readOnly?: boolean,
 *            listSeparator?: ',' | ';', decimalSeparator?: '.' | ',', payloadLimit?: bytes, requestLimit?: bytes,
 *            localizedNumberFormats?: boolean,
 *            customFunctions?: { namespace: 'MALKOLL', functions: { TARGET_STATUS: { default: 'TARGET_STATUS', 'sv-SE': 'MÅLSTATUS' } },
 *                                fixedIn2607?: boolean, loaded?: boolean } }
 */
(function (root) {
  'use strict';

  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;
  // Excel's error values, the newer ones too (#PYTHON! and #TIMEOUT! come from Python in Excel, #EXTERNAL! from
  // data types; Microsoft's support pages and Excel.ErrorCellValueType).
  var ERRORS = [
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#N/A',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
    '#FIELD!',
    '#BLOCKED!',
    '#CONNECT!',
    '#BUSY!',
    '#UNKNOWN!',
    '#PYTHON!',
    '#TIMEOUT!',
    '#EXTERNAL!',
  ];
  /** Bytes a queued command takes in a request besides its arguments (the action and its object path). */
  var ACTION_BYTES = 100;
  /**
   * A few built-in functions by their names in a display language, as Excel shows them in `formulasLocal`
   * (Microsoft's Swedish and German function lists): enough for what the pane writes, and strict about it.
   */
  var BUILTIN_NAMES = {
    sv: { SUM: 'SUMMA', IF: 'OM', AND: 'OCH', OR: 'ELLER', NOT: 'ICKE', IFERROR: 'OMFEL', ROUND: 'AVRUNDA', COUNT: 'ANTAL', N: 'N' },
    de: { SUM: 'SUMME', IF: 'WENN', AND: 'UND', OR: 'ODER', NOT: 'NICHT', IFERROR: 'WENNFEHLER', ROUND: 'RUNDEN', COUNT: 'ANZAHL', N: 'N' },
  };
  /** Regional settings that go with a language when the test does not say: list separator and decimal separator. */
  function regionalDefaults(tag) {
    var l = String(tag || '')
      .toLowerCase()
      .slice(0, 2);
    return /^(sv|fi|de|da|nb|nn|no|fr|es|it|nl|pt|pl|tr|ru)$/.test(l) ? { list: ';', decimal: ',', group: '\u00a0' } : { list: ',', decimal: '.', group: ',' };
  }
  var DEFAULT_FORMAT = { fill: null, fontColor: null, bold: false, numberFormat: 'General', wrapText: false };
  /** Excel on the web's limit on a response, in bytes of JSON (Microsoft documents 5 MB). */
  var PAYLOAD_LIMIT = 5 * 1000 * 1000;
  /** What a Microsoft 365 Excel of today supports, for Office.context.requirements.isSetSupported. */
  var DEFAULT_API_SETS = { ExcelApi: '1.17', CustomFunctionsRuntime: '1.5', SharedRuntime: '1.1' };

  function officeError(code, message) {
    var e = new Error(message);
    e.name = 'RichApi.Error';
    e.code = code;
    return e;
  }

  // ---------- addresses ----------
  function letters(col) {
    var s = '';
    while (col > 0) {
      var r = (col - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      col = Math.floor((col - 1) / 26);
    }
    return s;
  }
  function colNumber(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) n = n * 26 + (text.toUpperCase().charCodeAt(i) - 64);
    return n;
  }
  /**
   * "Sheet!A1:B2" → { sheet: 'Sheet' | null, rects: [{ r1, c1, r2, c2 }] }; accepts A1, A1:B2, A:C, 3:5, and
   * lists of areas split by `separators` (both , and ; when not given: the fake's own configuration).
   */
  function parseAddress(address, separators) {
    var text = String(address).trim();
    var sheet = null;
    var bang = text.lastIndexOf('!');
    if (bang >= 0) {
      sheet = text
        .slice(0, bang)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      text = text.slice(bang + 1);
    }
    var rects = text.split(separators || /[,;]/).map(function (part) {
      // An area may repeat the sheet, as RangeAreas.address writes it: Blad1!A1,Blad1!C3.
      var p = part.trim().replace(/\$/g, '');
      var b = p.lastIndexOf('!');
      return parseRect(b >= 0 ? p.slice(b + 1) : p);
    });
    return { sheet: sheet, rects: rects };
  }
  function parseRect(text) {
    var ends = text.split(':');
    if (ends.length > 2 || !text) throw officeError('InvalidArgument', 'The argument is invalid: ' + text);
    var a = parsePoint(ends[0]);
    var b = ends.length === 2 ? parsePoint(ends[1]) : a;
    var r1 = a.row || 1,
      r2 = b.row || MAX_ROWS,
      c1 = a.col || 1,
      c2 = b.col || MAX_COLS;
    if ((a.row === 0) !== (b.row === 0) || (a.col === 0) !== (b.col === 0)) {
      throw officeError('InvalidArgument', 'The argument is invalid: ' + text);
    }
    return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  }
  function parsePoint(text) {
    var m = /^([A-Za-z]{0,3})(\d*)$/.exec(text);
    if (!m || (!m[1] && !m[2])) throw officeError('InvalidArgument', 'The argument is invalid: ' + text);
    return { col: m[1] ? colNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  }
  function rectAddress(r) {
    if (r.r1 === 1 && r.r2 === MAX_ROWS) return letters(r.c1) + ':' + letters(r.c2);
    if (r.c1 === 1 && r.c2 === MAX_COLS) return r.r1 + ':' + r.r2;
    var a = letters(r.c1) + r.r1,
      b = letters(r.c2) + r.r2;
    return a === b ? a : a + ':' + b;
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function intersect(a, b) {
    var r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
    return r.r1 <= r.r2 && r.c1 <= r.c2 ? r : null;
  }
  function key(row, col) {
    return row + ',' + col;
  }

  /** Bytes of a text in UTF-8, as it travels in Office's JSON. */
  function utf8Length(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
  function versionAtLeast(version, minimum) {
    var a = String(version).split('.').map(Number),
      b = String(minimum || '1.1')
        .split('.')
        .map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }
  /** Excel's date serial of a calendar date and time (days since 1899-12-30). */
  function dateSerial(y, m, d, h, min, sec) {
    return Date.UTC(y, m - 1, d) / 86400000 + 25569 + ((h || 0) * 3600 + (min || 0) * 60 + (sec || 0)) / 86400;
  }
  /**
   * What Excel makes of text written into a cell of the General format, as if typed: ISO dates and times
   * become date serials with a date format, plain figures numbers. Null when it stays text.
   */
  function typedAs(text) {
    var m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return { value: dateSerial(+m[1], +m[2], +m[3]), numberFormat: 'yyyy-mm-dd' };
    if ((m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text))) {
      return { value: dateSerial(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] || 0)), numberFormat: 'yyyy-mm-dd hh:mm' };
    }
    if ((m = /^(\d{1,2}):(\d{2})$/.exec(text)) && +m[1] < 24) return { value: (+m[1] * 60 + +m[2]) / 1440, numberFormat: 'hh:mm' };
    if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), numberFormat: null };
    return null;
  }
  /** Calls `fn(text)` for the parts of a formula outside its string literals and quoted sheet names. */
  function mapOutsideStrings(formula, fn) {
    var out = '',
      start = 0,
      quote = null;
    for (var i = 0; i < formula.length; i++) {
      var ch = formula.charAt(i);
      if (quote === null && (ch === '"' || ch === "'")) {
        out += fn(formula.slice(start, i));
        start = i;
        quote = ch;
      } else if (quote !== null && ch === quote) {
        if (formula.charAt(i + 1) === quote) {
          i++;
          continue;
        }
        out += formula.slice(start, i + 1);
        start = i + 1;
        quote = null;
      }
    }
    return out + (quote === null ? fn(formula.slice(start)) : formula.slice(start));
  }
  /** A number format as Excel on the web may give it back in the user's notation (office-js 2824): 0.0% → 0,0%. */
  function localizeNumberFormat(format, decimal, group) {
    if (decimal === '.' || typeof format !== 'string') return format;
    return mapOutsideStrings(format, function (part) {
      return part.replace(/[.,]/g, function (ch) {
        return ch === '.' ? decimal : group;
      });
    });
  }

  // ---------- the workbook state ----------
  function createState(config) {
    var state = { sheets: [], active: null, selection: null, settings: {}, names: [], nextId: 1, customXmlParts: [] };
    (config.sheets || []).forEach(function (s) {
      addSheet(state, s.name, s);
    });
    if (state.sheets.length === 0) addSheet(state, 'Blad1', {});
    state.active = findSheet(state, config.active) || state.sheets[0];
    var sel = parseAddress(config.selection || 'A1');
    state.selection = { sheet: state.active, rects: sel.rects };
    Object.keys(config.settings || {}).forEach(function (k) {
      state.settings[k] = clone(config.settings[k]);
    });
    (config.customXmlParts || []).forEach(function (xml) {
      state.customXmlParts.push(newCustomXmlPart(state, xml));
    });
    return state;
  }
  /**
   * A custom XML part as Excel keeps one: an id, the XML as given, and its root element's namespace. The XML must
   * be a well-formed fragment ("Must be a valid XML fragment"): one root element, tags that close in order,
   * nothing but comments, processing instructions and white space around it; otherwise InvalidArgument.
   */
  function newCustomXmlPart(state, xml) {
    var text = String(xml)
      .replace(/^\uFEFF/, '')
      .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    var bad = function () {
      return officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    };
    var tag = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
    var stack = [],
      roots = 0,
      rootTag = null,
      at = 0,
      m;
    while ((m = tag.exec(text))) {
      var between = text.slice(at, m.index);
      if (/</.test(between) || (stack.length === 0 && between.trim() !== '')) throw bad();
      at = tag.lastIndex;
      if (m[1]) {
        if (stack.pop() !== m[2] || m[4]) throw bad();
        continue;
      }
      if (stack.length === 0) {
        roots += 1;
        rootTag = m;
      }
      if (!m[4]) stack.push(m[2]);
    }
    if (stack.length > 0 || roots !== 1 || /</.test(text.slice(at)) || text.slice(at).trim() !== '') throw bad();
    var prefix = rootTag[2].indexOf(':') >= 0 ? rootTag[2].split(':')[0] : null;
    var attr = new RegExp('\\s' + (prefix ? 'xmlns:' + prefix : 'xmlns') + '\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\')').exec(rootTag[3]);
    return { id: '{xml-' + state.nextId++ + '}', namespaceUri: attr ? (attr[1] !== undefined ? attr[1] : attr[2]) : '', xml: String(xml) };
  }
  function addSheet(state, name, spec) {
    var sheet = {
      id: '{sheet-' + state.nextId++ + '}',
      name: name,
      cells: new Map(),
      conditionalFormats: [],
      tables: [],
      charts: [],
      columnWidths: {},
      orientation: 'Portrait',
    };
    var top = spec.top || 1,
      left = spec.left || 1;
    (spec.rows || []).forEach(function (row, i) {
      row.forEach(function (v, j) {
        if (v !== null && v !== undefined && v !== '') cell(sheet, top + i, left + j).value = v;
      });
    });
    Object.keys(spec.formulas || {}).forEach(function (a) {
      var p = parseRect(a);
      cell(sheet, p.r1, p.c1).formula = spec.formulas[a];
    });
    Object.keys(spec.formats || {}).forEach(function (a) {
      var p = parseRect(a),
        f = spec.formats[a],
        c = cell(sheet, p.r1, p.c1);
      Object.keys(f).forEach(function (k) {
        c.format[k] = f[k];
      });
    });
    (spec.conditionalFormats || []).forEach(function (cf) {
      sheet.conditionalFormats.push({
        id: '{cf-' + state.nextId++ + '}',
        type: cf.type || 'Custom',
        ranges: cf.ranges.map(function (a) {
          return parseRect(a);
        }),
        formula: cf.formula || null,
        fill: cf.fill || null,
        fontColor: cf.fontColor || null,
      });
    });
    state.sheets.push(sheet);
    return sheet;
  }
  /** By name (any case) or by id, as Excel's worksheets.getItem(key) takes either. */
  function findSheet(state, name) {
    if (!name) return null;
    for (var i = 0; i < state.sheets.length; i++) if (state.sheets[i].name.toLowerCase() === String(name).toLowerCase()) return state.sheets[i];
    for (var j = 0; j < state.sheets.length; j++) if (state.sheets[j].id === name) return state.sheets[j];
    return null;
  }
  function findSheetByName(state, name) {
    if (!name) return null;
    for (var i = 0; i < state.sheets.length; i++) if (state.sheets[i].name.toLowerCase() === String(name).toLowerCase()) return state.sheets[i];
    return null;
  }
  function cell(sheet, row, col) {
    var k = key(row, col);
    var c = sheet.cells.get(k);
    if (!c) {
      c = { value: null, formula: null, format: clone(DEFAULT_FORMAT) };
      sheet.cells.set(k, c);
    }
    return c;
  }
  function peek(sheet, row, col) {
    return sheet.cells.get(key(row, col)) || null;
  }
  function isDefaultFormat(f) {
    return f.fill === null && f.fontColor === null && f.bold === false && f.numberFormat === 'General' && !f.wrapText;
  }
  function cellHasValue(c) {
    return c.formula !== null || (c.value !== null && c.value !== '');
  }
  function usedRect(sheet, valuesOnly) {
    var r1 = Infinity,
      c1 = Infinity,
      r2 = 0,
      c2 = 0;
    sheet.cells.forEach(function (c, k) {
      if (!cellHasValue(c) && (valuesOnly || isDefaultFormat(c.format))) return;
      var p = k.split(','),
        r = Number(p[0]),
        col = Number(p[1]);
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
    });
    return r2 === 0 ? null : { r1: r1, c1: c1, r2: r2, c2: c2 };
  }
  function forEachCell(sheet, rect, fn) {
    for (var r = rect.r1; r <= rect.r2; r++) for (var c = rect.c1; c <= rect.c2; c++) fn(r, c);
  }
  function readMatrix(fake, sheet, rect, fn) {
    var count = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
    // Excel refuses payloads past about 5 million cells; a whole-column read is the mistake this catches.
    if (count > 5000000) throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    fake.log.cellsRead += count;
    fake.cellsThisSync += count;
    fake.log.maxCellsRead = Math.max(fake.log.maxCellsRead, count);
    var out = [];
    for (var r = rect.r1; r <= rect.r2; r++) {
      var row = [];
      for (var c = rect.c1; c <= rect.c2; c++) row.push(fn(peek(sheet, r, c)));
      out.push(row);
    }
    // Excel on the web: the response of one sync may not pass 5 MB of JSON.
    fake.bytesThisSync += utf8Length(JSON.stringify(out));
    if (fake.payloadLimit !== null && fake.bytesThisSync > fake.payloadLimit) {
      fake.log.refusedSyncs += 1;
      throw officeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".'
      );
    }
    return out;
  }
  function readConstant(c) {
    return !c || c.formula !== null || c.value === null ? '' : c.value;
  }
  function typeOf(v) {
    if (v === '') return 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    return ERRORS.indexOf(v) >= 0 ? 'Error' : 'String';
  }
  function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  }
  function matrixValue(m, i, j) {
    if (!Array.isArray(m)) return m; // a single value fills the range, as Office allows
    if (!Array.isArray(m[i]) || m[i].length <= j)
      throw officeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    return m[i][j];
  }
  function checkDims(m, rect) {
    if (!Array.isArray(m)) return;
    if (
      m.length !== rect.r2 - rect.r1 + 1 ||
      m.some(function (row) {
        return row.length !== rect.c2 - rect.c1 + 1;
      })
    ) {
      throw officeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }

  // ---------- the fake ----------
  function createFakeExcel(config) {
    config = config || {};
    var office = config.office || {};
    var fake = {
      state: createState(config),
      log: {
        syncs: 0,
        runs: 0,
        selects: [],
        ignoredSelects: [],
        activations: [],
        cellsRead: 0,
        maxCellsRead: 0,
        maxCellsPerSync: 0,
        maxBytesPerSync: 0,
        maxRequestBytesPerSync: 0,
        refusedSyncs: 0,
        autofits: [],
        associated: [],
      },
      cellsThisSync: 0,
      bytesThisSync: 0,
      // Excel on the web's limit; desktop Excel documents none.
      payloadLimit: config.payloadLimit !== undefined ? config.payloadLimit : office.platform === 'OfficeOnline' ? PAYLOAD_LIMIT : null,
      // Excel on the web refuses a request past 5 MB as well (RequestPayloadSizeLimitExceeded).
      requestLimit: config.requestLimit !== undefined ? config.requestLimit : office.platform === 'OfficeOnline' ? PAYLOAD_LIMIT : null,
      // The regional settings: what formulasLocal separates arguments and decimals with.
      listSeparator: config.listSeparator || regionalDefaults(office.displayLanguage).list,
      decimalSeparator:
        config.decimalSeparator || (config.listSeparator ? (config.listSeparator === ';' ? ',' : '.') : regionalDefaults(office.displayLanguage).decimal),
      localizedNumberFormats: !!config.localizedNumberFormats,
      // Whether Excel knows our functions yet (false: the workbook was opened before the add-in registered them).
      functionsLoaded: !config.customFunctions || config.customFunctions.loaded !== false,
      displayLanguage: office.displayLanguage || 'en-US',
      // Without readyAfterMs, Office is ready and the add-in has waited for it: the pane is already open.
      officeReady: office.readyAfterMs === undefined,
      readyHooks: [],
    };
    var loadedAt = Date.now();
    var functions = config.customFunctions || null;
    var apiSets = office.apiSets || DEFAULT_API_SETS;
    var platform = office.platform || 'PC';

    // ----- Office: onReady, the display language, requirement sets
    function becomeReady() {
      if (fake.officeReady) return;
      fake.officeReady = true;
      fake.readyHooks.forEach(function (hook) {
        hook();
      });
    }
    var officeContext = {
      get displayLanguage() {
        return fake.displayLanguage;
      },
      platform: platform,
      diagnostics: { host: 'Excel', platform: platform, version: office.version || '16.0.19127.20000' },
      requirements: {
        isSetSupported: function (name, version) {
          return apiSets[name] !== undefined && versionAtLeast(apiSets[name], version);
        },
      },
    };
    fake.Office = {
      onReady: function (callback) {
        var wait = office.readyAfterMs === undefined ? 0 : Math.max(0, loadedAt + office.readyAfterMs - Date.now());
        return new Promise(function (resolve) {
          setTimeout(function () {
            becomeReady();
            var info = { host: 'Excel', platform: platform };
            if (typeof callback === 'function') callback(info);
            resolve(info);
          }, wait);
        });
      },
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    };
    // Office.context exists once Office has started, as in office.js.
    Object.defineProperty(fake.Office, 'context', {
      enumerable: true,
      get: function () {
        return fake.officeReady ? officeContext : undefined;
      },
    });
    function CustomFunctionError(code, message) {
      this.code = code;
      if (message !== undefined) this.message = message;
    }
    fake.CustomFunctions = {
      associate: function (id, fn) {
        if (typeof fn === 'function') fake.log.associated.push(id);
      },
      Error: CustomFunctionError,
      ErrorCode: {
        invalidValue: '#VALUE!',
        notAvailable: '#N/A',
        divisionByZero: '#DIV/0!',
        invalidNumber: '#NUM!',
        nullReference: '#NULL!',
        invalidName: '#NAME?',
        invalidReference: '#REF!',
      },
    };

    // ----- Custom functions: bound by the names of the display language
    /** The metadata Excel uses in the current display language: a manifest override's locale, else the default. */
    function languageKey() {
      if (!functions) return 'default';
      var tag = String(fake.displayLanguage).toLowerCase();
      var found = 'default';
      Object.keys(functions.functions).forEach(function (id) {
        Object.keys(functions.functions[id]).forEach(function (k) {
          if (k.toLowerCase() === tag) found = k;
        });
      });
      return found;
    }
    function nameOf(id, lang) {
      var f = functions.functions[id];
      return f[lang] || f.default;
    }
    /** The id whose name in `lang` is `name`; with lang '*', an id or a name in any language (as a saved workbook stores them). */
    function idOf(name, lang) {
      var ids = Object.keys(functions.functions),
        upper = name.toUpperCase();
      for (var i = 0; i < ids.length; i++) {
        var f = functions.functions[ids[i]];
        if (lang === '*') {
          if (ids[i].toUpperCase() === upper) return ids[i];
          if (
            Object.keys(f).some(function (k) {
              return f[k].toUpperCase() === upper;
            })
          )
            return ids[i];
        } else if (lang === 'id') {
          if (ids[i].toUpperCase() === upper) return ids[i];
        } else if (nameOf(ids[i], lang).toUpperCase() === upper) return ids[i];
      }
      return null;
    }
    var NAME_CALL = functions
      ? new RegExp('(^|[^A-Za-z0-9_.])(' + functions.namespace.replace(/\./g, '\\.') + ')\\.([A-Za-z0-9_.\\u00C0-\\u024F]+)(?=\\s*\\()', 'gi')
      : null;
    /** A bound call of ours is kept as a token of its id, shown by the name of the language of the moment. */
    var TOKEN = /\u27e6([^\u27e7]+)\u27e7/g;
    /** Replaces each call of ours that `binder(name)` knows by its token; the others stay text and are #NAME?. */
    function bindCalls(text, binder) {
      var unbound = false;
      if (!NAME_CALL) return { text: text, unbound: false };
      var out = mapOutsideStrings(text, function (part) {
        return part.replace(NAME_CALL, function (whole, before, ns, name) {
          var id = binder(name);
          if (id === null) {
            unbound = true;
            return whole;
          }
          return before + '\u27e6' + id + '\u27e7';
        });
      });
      return { text: out, unbound: unbound };
    }
    /**
     * Which of our names Excel binds, by the way a formula comes in (office-js 891, 6614, 6611):
     * - 'stored': a saved workbook's formulas, by id;
     * - 'invariant' (`range.formulas`): in English Excel the displayed (English) names; in any other display language
     *   none before Excel 2607, our ids from 2607 on (`customFunctions.fixedIn2607`);
     * - 'local' (`range.formulasLocal`): the names of the display language.
     * Nothing binds while Excel does not know the functions yet, and a formula that did not bind stays #NAME?.
     */
    function binder(how) {
      return function (name) {
        if (how === 'stored') return idOf(name, '*');
        if (!fake.functionsLoaded) return null;
        if (how === 'local') return idOf(name, languageKey());
        if (/^en(-|$)/i.test(fake.displayLanguage)) return idOf(name, languageKey());
        return functions.fixedIn2607 ? idOf(name, 'id') : null;
      };
    }
    /** The built-in names of the display language (null: English). */
    function builtinNames() {
      var t = BUILTIN_NAMES[String(fake.displayLanguage).toLowerCase().slice(0, 2)];
      return t || null;
    }
    var BUILTIN_CALL = /(^|[^A-Za-z0-9_.\u00C0-\u024F\u27e6\u27e7])([A-Za-z\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)(?=\()/g;
    function eachBuiltin(text, fn) {
      return mapOutsideStrings(text, function (part) {
        return part.replace(BUILTIN_CALL, function (w, before, name) {
          return before + fn(name);
        });
      });
    }
    /** A localized built-in name given through `formulas` is unknown there: #NAME?. */
    function invariantBuiltinsUnknown(text) {
      var unknown = false;
      eachBuiltin(text, function (name) {
        var upper = name.toUpperCase();
        Object.keys(BUILTIN_NAMES).forEach(function (l) {
          var t = BUILTIN_NAMES[l];
          Object.keys(t).forEach(function (en) {
            if (t[en] === upper && en !== upper) unknown = true;
          });
        });
        return name;
      });
      return unknown;
    }
    /** Built-ins of the display language → English; an English name the display language calls otherwise is unknown. */
    function builtinsFromLocal(text) {
      var table = builtinNames(),
        unknown = false;
      if (!table) return { text: text, unbound: false };
      var out = eachBuiltin(text, function (name) {
        var upper = name.toUpperCase();
        var en = Object.keys(table).filter(function (k) {
          return table[k] === upper;
        })[0];
        if (en) return en;
        if (table[upper] && table[upper] !== upper) unknown = true;
        return name;
      });
      return { text: out, unbound: unknown };
    }
    function builtinsToLocal(text) {
      var table = builtinNames();
      if (!table) return text;
      return eachBuiltin(text, function (name) {
        return table[name.toUpperCase()] || name;
      });
    }
    /**
     * A formula in the user's notation (formulasLocal) as Excel parses it: the regional list separator between
     * arguments, the regional decimal separator in numbers. The other list separator is a syntax error, which Excel
     * refuses (InvalidArgument).
     */
    function localToInvariant(text) {
      var list = fake.listSeparator,
        decimal = fake.decimalSeparator;
      return mapOutsideStrings(text, function (part) {
        var p = part;
        if (decimal === ',') p = p.replace(/(^|[^A-Za-z0-9_$.\u00C0-\u024F])(\d+),(\d+)/g, '$1$2.$3');
        if (list === ';') {
          if (p.indexOf(',') >= 0) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
          return p.replace(/;/g, ',');
        }
        if (p.indexOf(';') >= 0) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        return p;
      });
    }
    function invariantToLocal(text) {
      var list = fake.listSeparator,
        decimal = fake.decimalSeparator;
      return mapOutsideStrings(text, function (part) {
        var p = part;
        if (list === ';') p = p.replace(/,/g, ';');
        if (decimal === ',') p = p.replace(/(^|[^A-Za-z0-9_$.\u00C0-\u024F])(\d+)\.(\d+)/g, '$1$2,$3');
        return p;
      });
    }
    /** A formula as Excel shows it now: our bound functions by their name in the display language (or `_xldudf_…`
     * while Excel does not know them yet, office-js 3558 and 5611); `local` in the user's notation. */
    function shownFormula(c, local) {
      var lang = languageKey();
      var text = c.formula.replace(TOKEN, function (w, id) {
        return fake.functionsLoaded ? functions.namespace + '.' + nameOf(id, lang) : '_xldudf_' + functions.namespace + '_' + id;
      });
      return local ? builtinsToLocal(invariantToLocal(text)) : text;
    }
    /** A cell's value as Excel reads it: a formula's computed value (the fake calculates nothing it was not given), #NAME? unbound. */
    function readValue(c) {
      if (c && c.formula !== null) {
        if (c.unbound || (!fake.functionsLoaded && c.formula.indexOf('\u27e6') >= 0)) return '#NAME?';
        return c.value === null || c.value === undefined ? '' : c.value;
      }
      return readConstant(c);
    }
    function readType(c) {
      return typeOf(readValue(c));
    }
    function readFormula(c) {
      return c && c.formula !== null ? shownFormula(c, false) : readConstant(c);
    }
    function readFormulaLocal(c) {
      if (c && c.formula !== null) return shownFormula(c, true);
      var v = readConstant(c);
      return v;
    }
    /** Writes a formula as Excel takes it `how` ('invariant', 'local', 'stored'): see binder. Not calculated. */
    function setFormula(c, formula, how) {
      var text = formula,
        unknown = false;
      if (how === 'local') {
        var built = builtinsFromLocal(localToInvariant(text));
        text = built.text;
        unknown = built.unbound;
      } else if (how === 'invariant') {
        unknown = invariantBuiltinsUnknown(text);
      }
      var calls = bindCalls(text, binder(how));
      c.formula = calls.text;
      c.unbound = unknown || calls.unbound;
      if (how !== 'stored') c.value = null;
    }
    /** Writes a constant as Excel takes it: text that reads as a date or a number becomes one, unless the cell is Text. */
    function setConstant(c, v, local) {
      c.formula = null;
      delete c.unbound;
      if (typeof v === 'string' && v.charAt(0) === "'") {
        // As Excel: a leading apostrophe is the text prefix, not part of the text.
        c.value = v.slice(1) === '' ? null : v.slice(1);
        return;
      }
      if (typeof v === 'string' && c.format.numberFormat !== '@') {
        var typed = typedAs(local && fake.decimalSeparator === ',' ? v.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2') : v.trim());
        if (typed) {
          c.value = typed.value;
          if (typed.numberFormat && c.format.numberFormat === 'General') c.format.numberFormat = typed.numberFormat;
          return;
        }
      }
      c.value = v === '' || v === undefined ? null : v;
    }
    /** Excel learns our functions (the add-in has loaded): saved formulas calculate; a formula that was #NAME? stays so. */
    fake.loadFunctions = function () {
      fake.functionsLoaded = true;
    };
    function regionalGroup() {
      return config.groupSeparator || (fake.decimalSeparator === ',' ? '\u00a0' : ',');
    }
    // The workbook's own formulas, as saved: our functions by id.
    fake.state.sheets.forEach(function (sheet) {
      sheet.cells.forEach(function (c) {
        if (c.formula !== null) setFormula(c, c.formula, 'stored');
      });
    });
    /**
     * The workbook closed and opened again, perhaps in another Excel: sheet ids are renumbered (office-js 1390:
     * {00000000-0001-0000-0003-000000000000}), and with `settingsLost` the add-in's settings are gone (office-js 360,
     * 2940, Excel on the web). With `functionsLoaded: false` the add-in has not registered its functions yet.
     */
    fake.reopen = function (options) {
      options = options || {};
      fake.state.sheets.forEach(function (sheet, i) {
        sheet.id = '{00000000-0001-0000-' + ('000' + i).slice(-4) + '-000000000000}';
      });
      if (options.settingsLost) fake.state.settings = {};
      if (options.functionsLoaded === false) fake.functionsLoaded = false;
    };
    fake.setDisplayLanguage = function (tag) {
      fake.displayLanguage = tag;
    };

    function Context() {
      this._queue = [];
      this._requestBytes = 0;
      this.application = new Application(this);
      this.workbook = new Workbook(this);
      this.trackedObjects = { add: function () {}, remove: function () {} };
    }
    Context.prototype.sync = function () {
      var ctx = this;
      fake.log.syncs += 1;
      var queue = ctx._queue;
      var requestBytes = ctx._requestBytes;
      var writes = ctx._writes;
      ctx._queue = [];
      ctx._requestBytes = 0;
      ctx._writes = false;
      if (config.readOnly && writes) {
        // A workbook Excel opened read-only (view mode on the web, Protected View): every change is refused.
        return Promise.reject(officeError('AccessDenied', 'You cannot perform the requested operation.'));
      }
      fake.log.maxRequestBytesPerSync = Math.max(fake.log.maxRequestBytesPerSync, requestBytes);
      if (fake.requestLimit !== null && requestBytes > fake.requestLimit) {
        // Excel on the web refuses the whole request: nothing of it happens.
        fake.log.refusedSyncs += 1;
        return Promise.reject(
          officeError(
            'RequestPayloadSizeLimitExceeded',
            'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".'
          )
        );
      }
      return Promise.resolve().then(function () {
        fake.cellsThisSync = 0;
        fake.bytesThisSync = 0;
        try {
          for (var i = 0; i < queue.length; i++) queue[i]();
          fake.log.maxBytesPerSync = Math.max(fake.log.maxBytesPerSync, fake.bytesThisSync);
        } finally {
          fake.log.maxCellsPerSync = Math.max(fake.log.maxCellsPerSync, fake.cellsThisSync);
        }
      });
    };
    /** Queues a command; `bytes` is the JSON size of what it sends (a written matrix, a setting's value). */
    Context.prototype._enqueue = function (fn, bytes, kind) {
      this._queue.push(fn);
      this._requestBytes += ACTION_BYTES + (bytes || 0);
      if (kind !== 'read') this._writes = true;
    };
    function jsonBytes(v) {
      var j = JSON.stringify(v);
      return j === undefined ? 0 : utf8Length(j);
    }

    // ----- Application: the user's regional settings (ExcelApi 1.11)
    function requireExcelApi(version) {
      if (!(apiSets.ExcelApi !== undefined && versionAtLeast(apiSets.ExcelApi, version)))
        throw officeError('ApiNotFound', 'The API you are trying to use could not be found. It may be available in a newer version of Excel.');
    }
    function Application(ctx) {
      this._ctx = ctx;
      this._data = {};
      this.cultureInfo = new CultureInfo(ctx);
    }
    function CultureInfo(ctx) {
      this._ctx = ctx;
      this._data = {};
      this._target = function () {
        requireExcelApi('1.11');
        return fake;
      };
      this.numberFormat = new NumberFormatInfo(ctx);
      this._nav = { numberFormat: true };
    }
    function NumberFormatInfo(ctx) {
      this._ctx = ctx;
      this._data = {};
      this._target = function () {
        requireExcelApi('1.11');
        return fake;
      };
    }

    // ----- proxy base: a target resolved when the queue runs, scalar properties readable after load+sync
    function defineProxy(Ctor, scalars, writable) {
      scalars.forEach(function (name) {
        Object.defineProperty(Ctor.prototype, name, {
          get: function () {
            if (!Object.prototype.hasOwnProperty.call(this._data, name)) {
              throw officeError(
                'PropertyNotLoaded',
                "The property '" +
                  name +
                  '\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.'
              );
            }
            return this._data[name];
          },
          set: function (v) {
            if (!writable || !writable[name]) throw officeError('InvalidOperation', "The property '" + name + "' is read-only.");
            var self = this,
              value = clone(v);
            this._ctx._enqueue(function () {
              writable[name].call(self, self._target(), value);
            }, jsonBytes(value));
          },
        });
      });
      Ctor.prototype.load = function (spec) {
        var self = this;
        var paths = normalizeLoad(spec);
        this._ctx._enqueue(
          function () {
            self._load(paths);
          },
          0,
          'read'
        );
        return this;
      };
      Ctor.prototype._load = function (paths) {
        var self = this;
        var target = this._target();
        this._data.isNullObject = target === null;
        if (target === null) return;
        paths.forEach(function (path) {
          var parts = path.split('/');
          var head = parts[0];
          if (parts.length > 1 || (self._nav && self._nav[head])) {
            var child = self[head];
            if (child && child._load) child._load(parts.length > 1 ? [parts.slice(1).join('/')] : []);
            return;
          }
          if (head === '') return;
          if (scalars.indexOf(head) < 0 && head !== 'isNullObject') throw officeError('InvalidArgument', 'Unknown property ' + head);
          self._data[head] = clone(self._read(target, head));
        });
        if (paths.length === 0)
          scalars.forEach(function (n) {
            self._data[n] = clone(self._read(target, n));
          });
      };
      Object.defineProperty(Ctor.prototype, 'isNullObject', {
        get: function () {
          if (!('isNullObject' in this._data)) throw officeError('PropertyNotLoaded', "The property 'isNullObject' is not available.");
          return this._data.isNullObject;
        },
      });
    }
    defineProxy(CultureInfo, ['name'], null);
    CultureInfo.prototype._read = function () {
      return config.culture || (fake.decimalSeparator === ',' ? 'sv-SE' : 'en-US');
    };
    defineProxy(NumberFormatInfo, ['numberDecimalSeparator', 'numberGroupSeparator'], null);
    NumberFormatInfo.prototype._read = function (f, name) {
      return name === 'numberDecimalSeparator' ? fake.decimalSeparator : regionalGroup();
    };

    function normalizeLoad(spec) {
      if (spec === undefined || spec === null) return [];
      if (typeof spec === 'string')
        return spec
          .split(',')
          .map(function (s) {
            return s.trim();
          })
          .filter(Boolean);
      if (Array.isArray(spec)) return spec;
      if (spec.select) return normalizeLoad(spec.select);
      return Object.keys(spec);
    }
    function lazy(resolve) {
      var done = false,
        value;
      return function () {
        if (!done) {
          value = resolve();
          done = true;
        }
        return value;
      };
    }

    // ----- Workbook
    function Workbook(ctx) {
      this._ctx = ctx;
      this.application = ctx.application;
      this.worksheets = new WorksheetCollection(ctx);
      this.settings = new SettingCollection(ctx);
      this.names = new NamedItemCollection(ctx);
      this.customXmlParts = new CustomXmlPartCollection(ctx, null);
    }

    // ----- Defined names: part of the workbook's contents (they stay when the add-in's settings are lost), and
    // their range moves with inserted rows, as in Excel.
    function NamedItemCollection(ctx) {
      this._ctx = ctx;
    }
    function findName(name) {
      for (var i = 0; i < fake.state.names.length; i++) if (fake.state.names[i].name.toLowerCase() === String(name).toLowerCase()) return fake.state.names[i];
      return null;
    }
    NamedItemCollection.prototype.add = function (name, reference, comment) {
      var proxy = new NamedItem(
        this._ctx,
        lazy(function () {
          if (findName(name)) throw officeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
          var t = reference._target();
          var n = { name: name, sheet: t.sheet, rect: t.rect, comment: comment || '', visible: true };
          fake.state.names.push(n);
          return n;
        })
      );
      this._ctx._enqueue(
        function () {
          proxy._target();
        },
        jsonBytes(name) + jsonBytes(comment || '')
      );
      return proxy;
    };
    NamedItemCollection.prototype.getItemOrNullObject = function (name) {
      return new NamedItem(this._ctx, function () {
        return findName(name);
      });
    };
    function NamedItem(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
    }
    defineProxy(NamedItem, ['name', 'visible', 'formula', 'comment'], {
      visible: function (n, v) {
        n.visible = !!v;
      },
    });
    NamedItem.prototype._read = function (n, name) {
      if (name === 'formula') return '=' + quoteSheet(n.sheet.name) + '!' + rectAddress(n.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return n[name];
    };
    NamedItem.prototype.getRangeOrNullObject = function () {
      var self = this;
      return new Range(
        this._ctx,
        lazy(function () {
          var n = self._target();
          return n && fake.state.sheets.indexOf(n.sheet) >= 0 ? { sheet: n.sheet, rect: n.rect } : null;
        })
      );
    };
    NamedItem.prototype.delete = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var n = self._target();
        if (!n) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
        fake.state.names.splice(fake.state.names.indexOf(n), 1);
      });
    };
    Workbook.prototype.getSelectedRange = function () {
      return new Range(
        this._ctx,
        lazy(function () {
          var s = fake.state.selection;
          // As Excel: a selection of several areas is not a range.
          if (s.rects.length > 1) throw officeError('InvalidSelection', 'The current selection is invalid for this operation.');
          return { sheet: s.sheet, rect: s.rects[0] };
        })
      );
    };
    Workbook.prototype.getSelectedRanges = function () {
      return new RangeAreas(
        this._ctx,
        lazy(function () {
          var s = fake.state.selection;
          return { sheet: s.sheet, rects: s.rects.slice() };
        })
      );
    };

    // ----- Worksheets
    function WorksheetCollection(ctx) {
      this._ctx = ctx;
      this._data = {};
    }
    WorksheetCollection.prototype.getActiveWorksheet = function () {
      return new Worksheet(
        this._ctx,
        lazy(function () {
          return fake.state.active;
        })
      );
    };
    WorksheetCollection.prototype.getItem = function (name) {
      return new Worksheet(
        this._ctx,
        lazy(function () {
          var s = findSheet(fake.state, name);
          if (!s) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
          return s;
        })
      );
    };
    WorksheetCollection.prototype.getItemOrNullObject = function (name) {
      return new Worksheet(
        this._ctx,
        lazy(function () {
          return findSheet(fake.state, name);
        })
      );
    };
    WorksheetCollection.prototype.add = function (name) {
      var proxy = new Worksheet(
        this._ctx,
        lazy(function () {
          var sheetName = name || 'Blad' + (fake.state.sheets.length + 1);
          if (findSheetByName(fake.state, sheetName)) throw officeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
          if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName))
            throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
          return addSheet(fake.state, sheetName, {});
        })
      );
      this._ctx._enqueue(function () {
        proxy._target();
      });
      return proxy;
    };
    WorksheetCollection.prototype.load = function () {
      var self = this;
      this._ctx._enqueue(
        function () {
          self._data.items = fake.state.sheets.map(function (s) {
            var w = new Worksheet(self._ctx, function () {
              return s;
            });
            w._load([]);
            return w;
          });
        },
        0,
        'read'
      );
      return this;
    };
    Object.defineProperty(WorksheetCollection.prototype, 'items', {
      get: function () {
        if (!this._data.items) throw officeError('PropertyNotLoaded', "The property 'items' is not available.");
        return this._data.items;
      },
    });

    function Worksheet(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      this.tables = new TableCollection(ctx, resolve);
      this.charts = new ChartCollection(ctx, resolve);
      this.pageLayout = {};
      Object.defineProperty(this.pageLayout, 'orientation', {
        set: function (v) {
          if (v !== 'Portrait' && v !== 'Landscape') throw officeError('InvalidArgument', 'The argument is invalid: ' + v);
          ctx._enqueue(function () {
            resolve().orientation = v;
          });
        },
      });
      // Freezing the top rows (ExcelApi 1.7, Microsoft's Excel.WorksheetFreezePanes: freezeRows(count), zero unfreezes).
      this.freezePanes = {
        freezeRows: function (count) {
          requireExcelApi('1.7');
          var n = count === undefined ? 1 : count;
          if (typeof n !== 'number' || n < 0 || Math.floor(n) !== n)
            throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
          ctx._enqueue(function () {
            resolve().frozenRows = n;
          });
        },
      };
      // The sheet's one AutoFilter (ExcelApi 1.9, Microsoft's Excel.AutoFilter: apply(range) filters that range; a
      // sheet has at most one, so applying again moves it). Only a range on this sheet.
      var sheetCtx = ctx;
      this.autoFilter = {
        apply: function (range) {
          requireExcelApi('1.9');
          sheetCtx._enqueue(function () {
            var s = resolve(),
              t = typeof range === 'string' ? { sheet: s, rect: parseRect(range) } : range._target();
            if (!t || !t.rect || t.sheet !== s) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
            s.autoFilter = t.rect;
          });
        },
      };
    }
    defineProxy(Worksheet, ['name', 'id', 'position'], {
      name: function (s, v) {
        if (findSheetByName(fake.state, v) && findSheetByName(fake.state, v) !== s)
          throw officeError('ItemAlreadyExists', 'A resource with the same name already exists.');
        s.name = v;
      },
    });
    Worksheet.prototype._read = function (s, name) {
      if (name === 'position') return fake.state.sheets.indexOf(s);
      return s[name];
    };
    Worksheet.prototype.getRange = function (address) {
      var ws = this._target;
      return new Range(
        this._ctx,
        lazy(function () {
          var s = ws();
          if (!s) throw officeError('InvalidObjectPath', 'The object path is not valid.');
          if (address === undefined) return { sheet: s, rect: { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } };
          var p = parseAddress(address);
          if (p.rects.length !== 1) throw officeError('InvalidArgument', 'The argument is invalid: ' + address);
          return { sheet: (p.sheet && findSheet(fake.state, p.sheet)) || s, rect: p.rects[0] };
        })
      );
    };
    Worksheet.prototype.getRanges = function (address) {
      var ws = this._target;
      return new RangeAreas(
        this._ctx,
        lazy(function () {
          // As desktop Excel: the areas are split by the list separator of the regional settings, and the
          // other one makes the address invalid (office-js issues 1167, 1985).
          var other = fake.listSeparator === ',' ? ';' : ',';
          if (
            String(address)
              .replace(/'[^']*'/g, '')
              .indexOf(other) >= 0
          ) {
            throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
          }
          var p = parseAddress(address, fake.listSeparator);
          return { sheet: ws(), rects: p.rects };
        })
      );
    };
    Worksheet.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
      var ws = this._target;
      return new Range(
        this._ctx,
        lazy(function () {
          var r = usedRect(ws(), !!valuesOnly);
          return r ? { sheet: ws(), rect: r } : null;
        })
      );
    };
    Worksheet.prototype.getUsedRange = function (valuesOnly) {
      var ws = this._target;
      return new Range(
        this._ctx,
        lazy(function () {
          return { sheet: ws(), rect: usedRect(ws(), !!valuesOnly) || { r1: 1, c1: 1, r2: 1, c2: 1 } };
        })
      );
    };
    Worksheet.prototype.activate = function () {
      var ws = this._target;
      this._ctx._enqueue(function () {
        var s = ws();
        fake.state.active = s;
        fake.log.activations.push(s.name);
      });
    };
    Worksheet.prototype.delete = function () {
      var ws = this._target;
      this._ctx._enqueue(function () {
        var s = ws();
        fake.state.sheets.splice(fake.state.sheets.indexOf(s), 1);
        if (fake.state.active === s) fake.state.active = fake.state.sheets[0];
      });
    };

    // ----- Range
    function Range(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      var self = this;
      this.format = new RangeFormat(ctx, function () {
        return self._target();
      });
      this.conditionalFormats = new ConditionalFormatCollection(ctx, function () {
        var t = self._target();
        return t && { sheet: t.sheet, rects: [t.rect] };
      });
    }
    var rangeWrites = {
      values: function (t, m) {
        checkDims(m, t.rect);
        forEachCell(t.sheet, t.rect, function (r, c) {
          var v = matrixValue(m, r - t.rect.r1, c - t.rect.c1);
          if (v === null) return; // Office: null in a written matrix leaves that cell as it is
          var x = cell(t.sheet, r, c);
          if (typeof v === 'string' && v.charAt(0) !== "'" && (/^[=@]/.test(v) || (/^[+-]/.test(v) && !/^[+-]\d+([.,]\d+)?$/.test(v)))) {
            // As Excel: text that starts like a formula is taken as one.
            setFormula(x, v.charAt(0) === '=' ? v : '=' + v, 'invariant');
          } else {
            setConstant(x, v);
          }
        });
      },
      formulas: function (t, m) {
        checkDims(m, t.rect);
        forEachCell(t.sheet, t.rect, function (r, c) {
          var v = matrixValue(m, r - t.rect.r1, c - t.rect.c1);
          if (v === null) return;
          var x = cell(t.sheet, r, c);
          if (typeof v === 'string' && v.charAt(0) === '=') setFormula(x, v, 'invariant');
          else setConstant(x, v);
        });
      },
      // The user's notation: their list and decimal separators, the display language's built-in and custom names.
      formulasLocal: function (t, m) {
        checkDims(m, t.rect);
        forEachCell(t.sheet, t.rect, function (r, c) {
          var v = matrixValue(m, r - t.rect.r1, c - t.rect.c1);
          if (v === null) return;
          var x = cell(t.sheet, r, c);
          if (typeof v === 'string' && v.charAt(0) === '=') setFormula(x, v, 'local');
          else setConstant(x, v, true);
        });
      },
      numberFormat: function (t, m) {
        checkDims(m, t.rect);
        forEachCell(t.sheet, t.rect, function (r, c) {
          var v = matrixValue(m, r - t.rect.r1, c - t.rect.c1);
          if (v !== null) cell(t.sheet, r, c).format.numberFormat = v;
        });
      },
    };
    defineProxy(
      Range,
      ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'valueTypes', 'formulas', 'formulasLocal', 'numberFormat', 'text'],
      rangeWrites
    );
    Range.prototype._read = function (t, name) {
      var r = t.rect;
      switch (name) {
        case 'address':
          return quoteSheet(t.sheet.name) + '!' + rectAddress(r);
        case 'rowCount':
          return r.r2 - r.r1 + 1;
        case 'columnCount':
          return r.c2 - r.c1 + 1;
        case 'rowIndex':
          return r.r1 - 1;
        case 'columnIndex':
          return r.c1 - 1;
        case 'values':
          return readMatrix(fake, t.sheet, r, readValue);
        case 'text':
          return readMatrix(fake, t.sheet, r, function (c) {
            return String(readValue(c));
          });
        case 'valueTypes':
          return readMatrix(fake, t.sheet, r, readType);
        case 'formulas':
          return readMatrix(fake, t.sheet, r, readFormula);
        case 'formulasLocal':
          return readMatrix(fake, t.sheet, r, readFormulaLocal);
        case 'numberFormat':
          return readMatrix(fake, t.sheet, r, function (c) {
            var f = c ? c.format.numberFormat : 'General';
            return fake.localizedNumberFormats ? localizeNumberFormat(f, fake.decimalSeparator, regionalGroup()) : f;
          });
      }
      return undefined;
    };
    Range.prototype.getIntersectionOrNullObject = function (other) {
      var self = this;
      return new Range(
        this._ctx,
        lazy(function () {
          var a = self._target();
          if (!a) return null;
          var b = typeof other === 'string' ? { sheet: a.sheet, rect: parseAddress(other).rects[0] } : other._target();
          if (!a || !b || a.sheet !== b.sheet) return null;
          var r = intersect(a.rect, b.rect);
          return r ? { sheet: a.sheet, rect: r } : null;
        })
      );
    };
    Range.prototype.getCell = function (row, col) {
      var self = this;
      return new Range(
        this._ctx,
        lazy(function () {
          var t = self._target(),
            r = t.rect.r1 + row,
            c = t.rect.c1 + col;
          return { sheet: t.sheet, rect: { r1: r, c1: c, r2: r, c2: c } };
        })
      );
    };
    Range.prototype.select = function () {
      var self = this;
      this._ctx._enqueue(
        function () {
          var t = self._target();
          // As Excel often does (office-js#5118): selecting on a sheet that is not active changes nothing.
          if (fake.state.active !== t.sheet) {
            fake.log.ignoredSelects.push(quoteSheet(t.sheet.name) + '!' + rectAddress(t.rect));
            return;
          }
          fake.state.selection = { sheet: t.sheet, rects: [t.rect] };
          fake.log.selects.push(quoteSheet(t.sheet.name) + '!' + rectAddress(t.rect));
        },
        0,
        'read'
      );
    };
    Range.prototype.clear = function (applyTo) {
      var self = this;
      this._ctx._enqueue(function () {
        var t = self._target(),
          what = applyTo || 'All';
        forEachCell(t.sheet, t.rect, function (r, c) {
          var x = peek(t.sheet, r, c);
          if (!x) return;
          if (what === 'All' || what === 'Contents') {
            x.value = null;
            x.formula = null;
            delete x.unbound;
          }
          if (what === 'All' || what === 'Formats') x.format = clone(DEFAULT_FORMAT);
          if (!cellHasValue(x) && isDefaultFormat(x.format)) t.sheet.cells.delete(key(r, c));
        });
      });
    };

    function RangeFormat(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      var self = this;
      this.fill = new FormatPart(
        ctx,
        function () {
          return self._target();
        },
        { color: 'fill' }
      );
      this.font = new FormatPart(
        ctx,
        function () {
          return self._target();
        },
        { color: 'fontColor', bold: 'bold' }
      );
      Object.defineProperty(this, 'wrapText', {
        set: function (v) {
          ctx._enqueue(function () {
            var t = self._target();
            forEachCell(t.sheet, t.rect, function (r, c) {
              cell(t.sheet, r, c).format.wrapText = !!v;
            });
          });
        },
        get: function () {
          throw officeError('PropertyNotLoaded', "The property 'wrapText' is not available.");
        },
      });
      Object.defineProperty(this, 'columnWidth', {
        set: function (v) {
          ctx._enqueue(function () {
            var t = self._target();
            for (var c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths[letters(c)] = v;
          });
        },
        get: function () {
          throw officeError('PropertyNotLoaded', "The property 'columnWidth' is not available.");
        },
      });
    }
    RangeFormat.prototype.autofitColumns = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var t = self._target();
        fake.log.autofits.push(quoteSheet(t.sheet.name) + '!' + rectAddress(t.rect));
      });
    };
    /** fill/font of a range: writing a property writes every cell's own format. */
    function FormatPart(ctx, resolve, fields) {
      var self = this;
      this._ctx = ctx;
      this._data = {};
      Object.keys(fields).forEach(function (name) {
        Object.defineProperty(self, name, {
          set: function (v) {
            ctx._enqueue(function () {
              var t = resolve();
              forEachCell(t.sheet, t.rect, function (r, c) {
                cell(t.sheet, r, c).format[fields[name]] = v;
              });
            });
          },
          get: function () {
            throw officeError('PropertyNotLoaded', "The property '" + name + "' is not available.");
          },
        });
      });
    }

    function RangeAreas(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      var self = this;
      this.conditionalFormats = new ConditionalFormatCollection(ctx, function () {
        return self._target();
      });
    }
    defineProxy(RangeAreas, ['address', 'areaCount'], null);
    RangeAreas.prototype._read = function (t, name) {
      if (name === 'areaCount') return t.rects.length;
      return t.rects
        .map(function (r) {
          return quoteSheet(t.sheet.name) + '!' + rectAddress(r);
        })
        .join(',');
    };

    // ----- Conditional formats: stored per sheet; a range's collection is those that touch it
    function ConditionalFormatCollection(ctx, resolveAreas) {
      this._ctx = ctx;
      this._areas = resolveAreas;
      this._data = {};
    }
    ConditionalFormatCollection.prototype._list = function () {
      var a = this._areas();
      return a.sheet.conditionalFormats.filter(function (cf) {
        return cf.ranges.some(function (r) {
          return a.rects.some(function (q) {
            return intersect(r, q);
          });
        });
      });
    };
    ConditionalFormatCollection.prototype.add = function (type) {
      var areas = this._areas;
      var proxy = new ConditionalFormat(
        this._ctx,
        lazy(function () {
          var a = areas();
          var cf = { id: '{cf-' + fake.state.nextId++ + '}', type: type, ranges: a.rects.slice(), formula: null, fill: null, fontColor: null };
          a.sheet.conditionalFormats.unshift(cf); // a new rule takes the top priority, as in Excel
          return { sheet: a.sheet, cf: cf };
        })
      );
      this._ctx._enqueue(function () {
        proxy._target();
      });
      return proxy;
    };
    ConditionalFormatCollection.prototype.load = function (spec) {
      var self = this;
      var paths = normalizeLoad(spec)
        .map(function (p) {
          return p.replace(/^items\//, '');
        })
        .filter(function (p) {
          return p !== 'items';
        });
      this._ctx._enqueue(
        function () {
          var a = self._areas();
          self._data.items = self._list().map(function (cf) {
            var proxy = new ConditionalFormat(self._ctx, function () {
              return { sheet: a.sheet, cf: cf };
            });
            proxy._load(paths);
            return proxy;
          });
        },
        0,
        'read'
      );
      return this;
    };
    ConditionalFormatCollection.prototype.clearAll = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var a = self._areas(),
          doomed = self._list();
        a.sheet.conditionalFormats = a.sheet.conditionalFormats.filter(function (cf) {
          return doomed.indexOf(cf) < 0;
        });
      });
    };
    Object.defineProperty(ConditionalFormatCollection.prototype, 'items', {
      get: function () {
        if (!this._data.items) throw officeError('PropertyNotLoaded', "The property 'items' is not available.");
        return this._data.items;
      },
    });

    function ConditionalFormat(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      var self = this;
      this._nav = { custom: true };
      this.custom = new CustomConditionalFormat(ctx, function () {
        return self._target();
      });
    }
    defineProxy(ConditionalFormat, ['id', 'type', 'priority', 'stopIfTrue'], null);
    ConditionalFormat.prototype._read = function (t, name) {
      if (name === 'priority') return t.sheet.conditionalFormats.indexOf(t.cf);
      if (name === 'stopIfTrue') return false;
      return t.cf[name];
    };
    ConditionalFormat.prototype.delete = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var t = self._target(),
          i = t.sheet.conditionalFormats.indexOf(t.cf);
        if (i < 0) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
        t.sheet.conditionalFormats.splice(i, 1);
      });
    };
    ConditionalFormat.prototype.getRanges = function () {
      var self = this;
      return new RangeAreas(
        this._ctx,
        lazy(function () {
          var t = self._target();
          return { sheet: t.sheet, rects: t.cf.ranges };
        })
      );
    };

    function CustomConditionalFormat(ctx, resolveCf) {
      var resolve = function () {
        var t = resolveCf();
        // As in Office: `custom` of a rule of another type is not permitted.
        if (t.cf.type !== 'Custom') throw officeError('InvalidOperation', 'This operation is not permitted for the current object.');
        return t.cf;
      };
      this._ctx = ctx;
      this._data = {};
      this.rule = new CfRule(ctx, resolve);
      this.format = { fill: new CfField(ctx, resolve, 'fill'), font: new CfField(ctx, resolve, 'fontColor') };
      this._nav = { rule: true };
      this._target = resolve;
    }
    CustomConditionalFormat.prototype._load = function (paths) {
      var self = this;
      paths.forEach(function (p) {
        var parts = p.split('/');
        if (parts[0] === 'rule') self.rule._load(parts.slice(1));
      });
    };
    function CfRule(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
    }
    defineProxy(CfRule, ['formula'], {
      formula: function (cf, v) {
        cf.formula = v;
      },
    });
    CfRule.prototype._read = function (cf) {
      return cf.formula;
    };
    function CfField(ctx, resolve, field) {
      Object.defineProperty(this, 'color', {
        set: function (v) {
          ctx._enqueue(function () {
            resolve()[field] = v;
          }, jsonBytes(v));
        },
        get: function () {
          throw officeError('PropertyNotLoaded', "The property 'color' is not available.");
        },
      });
    }

    // ----- Settings
    function SettingCollection(ctx) {
      this._ctx = ctx;
      this._data = {};
    }
    SettingCollection.prototype.add = function (k, value) {
      var v = clone(value);
      this._ctx._enqueue(
        function () {
          fake.state.settings[k] = v;
        },
        jsonBytes(k) + jsonBytes(v)
      );
      return this.getItem(k);
    };
    SettingCollection.prototype.getItem = function (k) {
      return new Setting(this._ctx, function () {
        if (!(k in fake.state.settings)) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
        return k;
      });
    };
    SettingCollection.prototype.getItemOrNullObject = function (k) {
      return new Setting(this._ctx, function () {
        return k in fake.state.settings ? k : null;
      });
    };
    function Setting(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
    }
    defineProxy(Setting, ['key', 'value'], {
      value: function (k, v) {
        fake.state.settings[k] = v;
      },
    });
    Setting.prototype._read = function (k, name) {
      return name === 'key' ? k : fake.state.settings[k];
    };
    Setting.prototype.delete = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var k = self._target();
        if (k !== null) delete fake.state.settings[k];
      });
    };

    // ----- Tables and charts (only what a report needs)
    function TableCollection(ctx, resolveSheet) {
      this._ctx = ctx;
      this._sheet = resolveSheet;
    }
    TableCollection.prototype.add = function (address, hasHeaders) {
      var sheetOf = this._sheet;
      var proxy = new Table(
        this._ctx,
        lazy(function () {
          var s = sheetOf();
          var rect = typeof address === 'string' ? parseAddress(address).rects[0] : address._target().rect;
          var t = { name: 'Tabell' + fake.state.nextId++, range: rect, hasHeaders: !!hasHeaders, style: 'TableStyleMedium2' };
          s.tables.push(t);
          return { sheet: s, table: t };
        })
      );
      this._ctx._enqueue(function () {
        proxy._target();
      });
      return proxy;
    };
    function Table(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
    }
    defineProxy(Table, ['name', 'style'], {
      name: function (t, v) {
        t.table.name = v;
      },
      style: function (t, v) {
        t.table.style = v;
      },
    });
    Table.prototype._read = function (t, name) {
      return t.table[name];
    };
    Table.prototype.getHeaderRowRange = function () {
      var self = this;
      return new Range(
        this._ctx,
        lazy(function () {
          var t = self._target(),
            r = t.table.range;
          return { sheet: t.sheet, rect: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c2 } };
        })
      );
    };
    Table.prototype.getRange = function () {
      var self = this;
      return new Range(
        this._ctx,
        lazy(function () {
          var t = self._target();
          return { sheet: t.sheet, rect: t.table.range };
        })
      );
    };

    function ChartCollection(ctx, resolveSheet) {
      this._ctx = ctx;
      this._sheet = resolveSheet;
    }
    ChartCollection.prototype.add = function (type, source, seriesBy) {
      var sheetOf = this._sheet;
      var proxy = new Chart(
        this._ctx,
        lazy(function () {
          var s = sheetOf(),
            src = source._target();
          var c = {
            name: 'Diagram ' + (s.charts.length + 1),
            type: type,
            source: quoteSheet(src.sheet.name) + '!' + rectAddress(src.rect),
            seriesBy: seriesBy || 'Auto',
            title: null,
            position: null,
          };
          s.charts.push(c);
          return c;
        })
      );
      this._ctx._enqueue(function () {
        proxy._target();
      });
      return proxy;
    };
    function Chart(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
      var self = this;
      this.title = {};
      Object.defineProperty(this.title, 'text', {
        set: function (v) {
          ctx._enqueue(function () {
            self._target().title = v;
          });
        },
      });
      this.legend = {};
      Object.defineProperty(this.legend, 'visible', {
        set: function (v) {
          ctx._enqueue(function () {
            self._target().legend = v;
          });
        },
      });
    }
    defineProxy(Chart, ['name'], null);
    Chart.prototype._read = function (c, name) {
      return c[name];
    };
    Chart.prototype.setPosition = function (start, end) {
      var self = this;
      this._ctx._enqueue(function () {
        self._target().position = [start, end || null];
      });
    };

    // ----- Custom XML parts (ExcelApi 1.5): Excel.CustomXmlPartCollection, CustomXmlPartScopedCollection and
    // CustomXmlPart as Microsoft's reference documents them (see newCustomXmlPart for what a part is).
    function CustomXmlPartCollection(ctx, namespaceUri) {
      this._ctx = ctx;
      this._data = {};
      // null: the workbook's collection; a string: the scoped collection of getByNamespace.
      this._namespace = namespaceUri;
    }
    CustomXmlPartCollection.prototype._parts = function () {
      var ns = this._namespace;
      // "This must be a fully qualified schema URI" (Word refuses "" with InvalidArgument, office-js issue 2580).
      if (ns === '') throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return fake.state.customXmlParts.filter(function (p) {
        return ns === null || p.namespaceUri === ns;
      });
    };
    CustomXmlPartCollection.prototype.add = function (xml) {
      if (this._namespace !== null) throw officeError('InvalidOperation', 'A scoped collection cannot add a part.');
      var text = String(xml);
      var proxy = new CustomXmlPart(
        this._ctx,
        lazy(function () {
          var part = newCustomXmlPart(fake.state, text);
          fake.state.customXmlParts.push(part);
          return part;
        })
      );
      this._ctx._enqueue(function () {
        proxy._target();
      });
      return proxy;
    };
    CustomXmlPartCollection.prototype.getByNamespace = function (namespaceUri) {
      if (this._namespace !== null) throw officeError('InvalidOperation', 'A scoped collection cannot be scoped any further.');
      return new CustomXmlPartCollection(this._ctx, namespaceUri === undefined || namespaceUri === null ? '' : String(namespaceUri));
    };
    CustomXmlPartCollection.prototype.getCount = function () {
      var self = this,
        result = clientResult();
      this._ctx._enqueue(function () {
        result._set(self._parts().length);
      });
      return result;
    };
    CustomXmlPartCollection.prototype.getItem = function (id) {
      var self = this;
      return new CustomXmlPart(
        this._ctx,
        lazy(function () {
          var p = self._parts().filter(function (q) {
            return q.id === id;
          })[0];
          if (!p) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
          return p;
        })
      );
    };
    CustomXmlPartCollection.prototype.getItemOrNullObject = function (id) {
      var self = this;
      return new CustomXmlPart(
        this._ctx,
        lazy(function () {
          return (
            self._parts().filter(function (q) {
              return q.id === id;
            })[0] || null
          );
        })
      );
    };
    /** Scoped collections only: the one part, or an error (the code is not documented) / a null object. */
    CustomXmlPartCollection.prototype.getOnlyItem = function () {
      var self = this;
      return new CustomXmlPart(
        this._ctx,
        lazy(function () {
          var parts = self._parts();
          if (parts.length !== 1) throw officeError('InvalidOperation', 'The collection does not hold exactly one item.');
          return parts[0];
        })
      );
    };
    CustomXmlPartCollection.prototype.getOnlyItemOrNullObject = function () {
      var self = this;
      return new CustomXmlPart(
        this._ctx,
        lazy(function () {
          var parts = self._parts();
          return parts.length === 1 ? parts[0] : null;
        })
      );
    };
    CustomXmlPartCollection.prototype.load = function () {
      var self = this;
      this._ctx._enqueue(function () {
        self._data.items = self._parts().map(function (p) {
          var proxy = new CustomXmlPart(self._ctx, function () {
            return fake.state.customXmlParts.indexOf(p) >= 0 ? p : null;
          });
          proxy._load([]);
          return proxy;
        });
      });
      return this;
    };
    Object.defineProperty(CustomXmlPartCollection.prototype, 'items', {
      get: function () {
        if (!this._data.items) throw officeError('PropertyNotLoaded', "The property 'items' is not available.");
        return this._data.items;
      },
    });
    function CustomXmlPart(ctx, resolve) {
      this._ctx = ctx;
      this._target = resolve;
      this._data = {};
    }
    defineProxy(CustomXmlPart, ['id', 'namespaceUri'], null);
    CustomXmlPart.prototype._read = function (p, name) {
      return p[name];
    };
    CustomXmlPart.prototype._part = function () {
      var p = this._target();
      if (!p) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
      return p;
    };
    CustomXmlPart.prototype.getXml = function () {
      var self = this,
        result = clientResult();
      this._ctx._enqueue(function () {
        result._set(self._part().xml);
      });
      return result;
    };
    CustomXmlPart.prototype.setXml = function (xml) {
      var self = this,
        text = String(xml);
      this._ctx._enqueue(function () {
        var p = self._part(),
          parsed = newCustomXmlPart(fake.state, text);
        p.xml = parsed.xml;
        p.namespaceUri = parsed.namespaceUri;
      });
    };
    CustomXmlPart.prototype.delete = function () {
      var self = this;
      this._ctx._enqueue(function () {
        var p = self._part(),
          at = fake.state.customXmlParts.indexOf(p);
        if (at >= 0) fake.state.customXmlParts.splice(at, 1);
      });
    };
    /** OfficeExtension.ClientResult: its value can be read once the sync that fills it has run. */
    function clientResult() {
      var set = false,
        value;
      return {
        _set: function (v) {
          value = v;
          set = true;
        },
        get value() {
          if (!set) throw officeError('PropertyNotLoaded', 'The value is not available before context.sync().');
          return value;
        },
      };
    }

    // ----- Excel.run and the public face of the fake
    fake.Excel = {
      run: function (batch) {
        fake.log.runs += 1;
        if (!fake.officeReady) {
          // As office.js: the add-in must wait for Office.onReady before it talks to Excel.
          return Promise.reject(
            officeError('GeneralException', 'Office.js has not fully loaded. Your app must call "Office.onReady()" as part of its loading sequence.')
          );
        }
        var ctx = new Context();
        return Promise.resolve()
          .then(function () {
            return batch(ctx);
          })
          .then(function (result) {
            // Excel.run sends what is still queued when the batch returns: that is a round trip too.
            if (ctx._queue.length > 0)
              return ctx.sync().then(function () {
                return result;
              });
            return result;
          });
      },
      ConditionalFormatType: { custom: 'Custom', containsText: 'ContainsText', cellValue: 'CellValue' },
      ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
      ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
      ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    };

    /** The whole workbook as plain data, for deep-equal before/after comparisons. */
    fake.snapshot = function () {
      return {
        active: fake.state.active.name,
        names: fake.state.names.map(function (n) {
          return { name: n.name, refersTo: quoteSheet(n.sheet.name) + '!' + rectAddress(n.rect), visible: n.visible };
        }),
        settings: clone(fake.state.settings),
        customXmlParts: clone(fake.state.customXmlParts),
        sheets: fake.state.sheets.map(function (s) {
          var cells = {};
          Array.from(s.cells.keys())
            .sort()
            .forEach(function (k) {
              var c = s.cells.get(k);
              if (!cellHasValue(c) && isDefaultFormat(c.format)) return;
              var p = k.split(',');
              // A formula cell's content is its formula: its computed value is Excel's calculation (the fake does none).
              cells[letters(Number(p[1])) + p[0]] = {
                value: c.formula === null ? c.value : null,
                formula: c.formula === null ? null : shownFormula(c, false),
                format: clone(c.format),
              };
            });
          var out = {
            name: s.name,
            cells: cells,
            conditionalFormats: s.conditionalFormats.map(function (cf) {
              return { type: cf.type, ranges: cf.ranges.map(rectAddress), formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor };
            }),
            tables: s.tables.map(function (t) {
              return { name: t.name, range: rectAddress(t.range), hasHeaders: t.hasHeaders };
            }),
            charts: clone(s.charts),
            columnWidths: clone(s.columnWidths),
            orientation: s.orientation,
          };
          // Only where set, so that snapshots of sheets without them read as before.
          if (s.frozenRows) out.frozenRows = s.frozenRows;
          if (s.autoFilter) out.autoFilter = rectAddress(s.autoFilter);
          return out;
        }),
      };
    };
    /** A sheet's cell values as the pane would read them ("" for blank), rows × columns of its used range. */
    fake.sheetValues = function (name, address) {
      var s = findSheet(fake.state, name);
      var rect = address ? parseAddress(address).rects[0] : usedRect(s, true);
      if (!rect) return [];
      var out = [];
      for (var r = rect.r1; r <= rect.r2; r++) {
        var row = [];
        for (var c = rect.c1; c <= rect.c2; c++) row.push(readFormula(peek(s, r, c)));
        out.push(row);
      }
      return out;
    };
    /** Test helpers that change the workbook directly, as a user would between two clicks. */
    fake.setCell = function (sheetName, address, value) {
      var p = parseRect(address);
      var c = cell(findSheet(fake.state, sheetName), p.r1, p.c1);
      c.formula = null;
      delete c.unbound;
      c.value = value;
    };
    /** The user renames a sheet: its id stays. */
    fake.renameSheet = function (from, to) {
      findSheetByName(fake.state, from).name = to;
    };
    /**
     * The user inserts `count` rows above row `at`: cells, conditional formats and tables below move down, and
     * references in the sheet's formulas to rows at or below `at` move with them, as in Excel.
     */
    fake.insertRows = function (sheetName, at, count) {
      var s = findSheetByName(fake.state, sheetName);
      var moved = new Map();
      s.cells.forEach(function (c, k) {
        var p = k.split(','),
          r = Number(p[0]);
        moved.set(key(r >= at ? r + count : r, Number(p[1])), c);
      });
      s.cells = moved;
      var shiftRow = function (r) {
        return r >= at && r !== MAX_ROWS ? r + count : r;
      };
      var shiftRect = function (q) {
        if (q.r1 === 1 && q.r2 === MAX_ROWS) return q;
        return { r1: shiftRow(q.r1), c1: q.c1, r2: q.r2 >= at ? q.r2 + count : q.r2, c2: q.c2 };
      };
      s.conditionalFormats.forEach(function (cf) {
        cf.ranges = cf.ranges.map(shiftRect);
      });
      s.tables.forEach(function (t) {
        t.range = shiftRect(t.range);
      });
      fake.state.names.forEach(function (n) {
        if (n.sheet === s) n.rect = shiftRect(n.rect);
      });
      s.cells.forEach(function (c) {
        if (c.formula === null) return;
        // References outside string literals: column letters then a row number.
        c.formula = c.formula
          .split('"')
          .map(function (part, i) {
            if (i % 2 === 1) return part;
            return part.replace(/(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(])/g, function (whole, d1, col, d2, row, offset, text) {
              if (offset > 0 && /[A-Za-z0-9_.]/.test(text.charAt(offset - 1))) return whole;
              return d1 + col + d2 + shiftRow(Number(row));
            });
          })
          .join('"');
      });
    };
    fake.select = function (address, sheetName) {
      var s = findSheet(fake.state, sheetName) || fake.state.active;
      fake.state.active = s;
      fake.state.selection = { sheet: s, rects: parseAddress(address).rects };
    };
    return fake;
  }

  var api = { createFakeExcel: createFakeExcel, parseAddress: parseAddress };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  if (root && root.__MALKOLL_FAKE_EXCEL__) {
    var installed = createFakeExcel(root.__MALKOLL_FAKE_EXCEL__);
    root.Office = installed.Office;
    root.CustomFunctions = installed.CustomFunctions;
    // office.js defines Excel once Office has started.
    if (installed.officeReady) root.Excel = installed.Excel;
    else
      installed.readyHooks.push(function () {
        root.Excel = installed.Excel;
      });
    root.__malkollFake = installed;
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
