/**
 * The areas of a selection as Excel's RangeAreas.address writes them ("Blad1!A1:D10,Blad1!F3"; the
 * separator may follow the regional settings on desktop Excel, so both "," and ";" are read), split outside
 * quoted sheet names, where a comma or semicolon can be part of the name.
 *
 * @example
 * selectedAreas("'Budget, 2025'!A1:D10,'Budget, 2025'!F3") // → ["'Budget, 2025'!A1:D10", "'Budget, 2025'!F3"]
 * selectedAreas('Blad1!A1:D10')                            // → ['Blad1!A1:D10']
 */
export function selectedAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled quote inside a name toggles twice: still quoted
    if (!quoted && (ch === ',' || ch === ';')) {
      areas.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  areas.push(current.trim());
  return areas.filter((a) => a !== '');
}
