/**
 * Text from workbooks as a terminal shows it: cell texts (labels, indicator names, targets quoted in
 * messages), sheet and file names may hold control characters, and an escape sequence printed as it is
 * rewrites the screen (`_x001B_[2J` in a cell clears it). The readable report passes every line through
 * here; the JSON report keeps the text exactly, escaped as JSON escapes it.
 */

// C0 controls, DEL, C1 controls, and the invisible bidirectional overrides that reorder what is shown.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line of text with nothing a terminal would act on: a tab or line break becomes a space (a cell with
 * Alt+Enter in it stays on its line), any other control character its visible picture (ESC → ␛), and a
 * C1 control or a direction override the replacement character.
 *
 * @example
 * terminalText('Rent\u001b[2J')  // → 'Rent␛[2J'
 * terminalText('Allmän\nkirurgi') // → 'Allmän kirurgi'
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\t' || c === '\n' || c === '\r') return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
