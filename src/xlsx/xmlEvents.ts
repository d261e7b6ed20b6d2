/**
 * A streaming XML reader for the package's parts: elements by their local name (a prefix such as `x:` in
 * `<x:row>` is dropped, as some programs write SpreadsheetML with one), attributes as written (see
 * prefixedAttribute for the one that carries a prefix). Built on
 * saxes, a strict non-validating parser that expands no external entities. Any malformed XML, and nesting
 * deeper than a workbook's, is a DamagedPart naming the part; a handler's own error is thrown on as it is.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { damaged, DamagedPart, LimitPassed, TimeLimitPassed } from './readProblem';
import { MAX_XML_DEPTH } from './readLimits';

/**
 * An element's attributes by name. saxes makes them an object without a prototype (Object.create(null)),
 * so an attribute named `__proto__` or `constructor` in a hostile file is an entry like any other.
 */
// eslint-disable-next-line no-restricted-syntax -- a null-prototype object from saxes (see above)
export type XmlAttributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** `attributes` by their names as written: unprefixed for SpreadsheetML's own. */
  open?(name: string, attributes: XmlAttributes): void;
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
  const { open, close, text } = handlers;
  // A handler's error leaves write()/close() as it is thrown; saxes' own errors are malformed XML.
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth += 1;
    if (depth > MAX_XML_DEPTH) throw damaged('read.part.tooDeep', { part });
    open?.(localName(tag.name), tag.attributes as XmlAttributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    close?.(localName(tag.name));
  });
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }

  const fail = (error: unknown): never => {
    if (error instanceof DamagedPart || error instanceof LimitPassed || error instanceof TimeLimitPassed) throw error;
    throw damaged('read.part.xml', { part, line: Math.max(1, parser.line) });
  };
  return {
    write(chunk: string): void {
      try {
        parser.write(chunk);
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

/**
 * An attribute by its local name, whatever prefix it was written with (`r:id`, `ns1:id`). SpreadsheetML's
 * own attributes have no prefix; only the relationship id has one.
 *
 * @example
 * prefixedAttribute({ name: 'Volymer', 'r:id': 'rId1' }, 'id') // → 'rId1'
 */
export function prefixedAttribute(attributes: XmlAttributes, local: string): string | undefined {
  for (const key of Object.keys(attributes)) {
    const colon = key.indexOf(':');
    if (colon >= 0 && key.slice(colon + 1) === local && !key.startsWith('xmlns:')) return attributes[key];
  }
  return undefined;
}
