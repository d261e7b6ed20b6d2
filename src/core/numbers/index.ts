export { parseNumberText, type ParsedNumber } from './parseNumberText';
export { readCell, PLACEHOLDERS, type CellReading } from './readCell';
export { toNumber, toOptionalNumber, argumentName, quoteReading } from './toNumber';
