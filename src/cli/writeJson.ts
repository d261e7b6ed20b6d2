/**
 * JSON written in pieces, exactly as `JSON.stringify(value, null, 2)` writes it: a report with a million
 * findings is never held as one string of hundreds of megabytes before it is printed.
 */

const CHUNK = 64 * 1024;

/**
 * Writes `value` as indented JSON through `write`, in pieces of about 64 kB.
 *
 * @example
 * let out = '';
 * writeJson({ files: [], summary: { errors: 0 } }, (s) => (out += s));
 * out === JSON.stringify({ files: [], summary: { errors: 0 } }, null, 2); // → true
 */
export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  const visit = (v: unknown, indent: string): void => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      const inner = `${indent}  `;
      if (Array.isArray(v)) {
        if (v.length === 0) return emit('[]');
        emit('[\n');
        v.forEach((item, i) => {
          emit(inner);
          // As JSON.stringify: what has no JSON form is null inside an array.
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') emit('null');
          else visit(item, inner);
          emit(i < v.length - 1 ? ',\n' : '\n');
        });
        return emit(`${indent}]`);
      }
      const entries = Object.entries(v).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
      if (entries.length === 0) return emit('{}');
      emit('{\n');
      entries.forEach(([key, item], i) => {
        emit(`${inner}${JSON.stringify(key)}: `);
        visit(item, inner);
        emit(i < entries.length - 1 ? ',\n' : '\n');
      });
      return emit(`${indent}}`);
    }
    // Primitives (and anything with its own toJSON) as JSON.stringify writes them, indented alike.
    const own = JSON.stringify(v, null, 2);
    emit(own === undefined ? 'null' : indent === '' ? own : own.replace(/\n/g, `\n${indent}`));
  };

  visit(value, '');
  if (buffer !== '') write(buffer);
}
