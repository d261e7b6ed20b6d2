/**
 * A streaming XML reader for the package's parts: elements by their local name (a prefix such as `x:` in
 * `<x:row>` is dropped, as some programs write SpreadsheetML with one), attributes likewise. Built on
 * saxes, a strict non-validating parser that expands no external entities. Any malformed XML, and nesting
 * deeper than a workbook's, is a DamagedPart naming the part; a handler's own error is thrown on as it is.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { damaged, DamagedPart } from './readProblem';
import { MAX_XML_DEPTH } from './readLimits';

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  /** Character data, in pieces: text between tags may arrive in several calls. */
  text?(text: string): void;
}

export interface XmlStream {
  write(text: string): void;
  /** Ends the document; throws when it is incomplete. */
  end(): void;
}

/**
 * @example
 * const xml = xmlStream('xl/workbook.xml', { open: (name, a) => name === 'sheet' && sheets.push(a.name) });
 * xml.write('<workbook><sheets><sheet name="Volymer"/></sheets></workbook>');
 * xml.end(); // sheets → ['Volymer']
 */
export function xmlStream(part: string, handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  // saxes reports the first handler error or well-formedness error by throwing from write()/close().
  let handlerError: unknown;
  const guard = (run: () => void): void => {
    if (handlerError !== undefined) return;
    try {
      run();
    } catch (error) {
      handlerError = error;
      throw error;
    }
  };
  parser.on('opentag', (tag: SaxesTagPlain) =>
    guard(() => {
      depth += 1;
      if (depth > MAX_XML_DEPTH) throw damaged('read.part.tooDeep', { part });
      handlers.open?.(localName(tag.name), localAttributes(tag.attributes as Record<string, string>));
    }),
  );
  parser.on('closetag', (tag: SaxesTagPlain) =>
    guard(() => {
      depth -= 1;
      handlers.close?.(localName(tag.name));
    }),
  );
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (text: string) => guard(() => onText(text)));
    parser.on('cdata', (text: string) => guard(() => onText(text)));
  }

  const fail = (error: unknown): never => {
    if (handlerError !== undefined) throw handlerError;
    if (error instanceof DamagedPart) throw error;
    throw damaged('read.part.xml', { part, line: lineOf(parser) });
  };
  return {
    write(text: string): void {
      try {
        parser.write(text);
      } catch (error) {
        fail(error);
      }
    },
    end(): void {
      try {
        parser.close();
      } catch (error) {
        fail(error);
      }
    },
  };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function localAttributes(attributes: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const key in attributes) {
    if (key.includes(':')) {
      prefixed = true;
      break;
    }
  }
  if (!prefixed) return attributes;
  const out: Record<string, string> = {};
  for (const key in attributes) {
    const local = localName(key);
    // `xmlns:r="…"` declares a prefix; it is no attribute of the element.
    if (key.startsWith('xmlns:')) continue;
    out[local] = attributes[key];
  }
  return out;
}

/** The line the parser stopped at (1-based), for a message that says where a part is damaged. */
function lineOf(parser: SaxesParser): number {
  return Math.max(1, parser.line);
}
