/**
 * Text from workbooks as a terminal shows it: cell texts (labels, indicator names, targets quoted in
 * messages), sheet and file names may hold control characters, and an escape sequence printed as it is
 * rewrites the screen (`_x001B_[2J` in a cell clears it). Invisible characters steer what a reader sees as
 * well: a right-to-left mark or an isolate reorders the rest of the line, a zero-width character hides
 * inside a word, and a line or paragraph separator breaks a line where the terminal counts none. The
 * readable report passes every line through here; the JSON report keeps the text exactly, escaped as JSON
 * escapes it.
 */

// C0 controls, DEL, C1 controls; the Arabic letter mark, the bidirectional marks, embeddings, overrides and
// isolates that reorder what is shown; zero-width spaces, joiners and the word joiner with the invisible
// operators; the Mongolian vowel separator, the byte order mark (a zero-width no-break space) and the
// interlinear annotation marks; and the line and paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * A line of text with nothing a terminal would act on or hide: a tab, a line break or a line or paragraph
 * separator becomes a space (a cell with Alt+Enter in it stays on its line), any other C0 control character
 * its visible picture (ESC → ␛), and a C1 control, a direction mark, embedding, override or isolate, or a
 * zero-width character the replacement character �, so that it shows where it was.
 *
 * @example
 * terminalText('Rent\u001b[2J')      // → 'Rent␛[2J'
 * terminalText('Allmän\nkirurgi')     // → 'Allmän kirurgi'
 * terminalText('BUP\u200f 760\u2028') // → 'BUP� 760 '
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\t' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
