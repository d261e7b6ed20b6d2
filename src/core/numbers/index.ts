export { parseNumberText, type ParsedNumber } from './parseNumberText';
export { readCell, PLACEHOLDERS, type CellReading, type NotAValue } from './readCell';
export { toNumber, toOptionalNumber, argumentName, quoteReading, notAValue } from './toNumber';
export { isWholeNumber, wholeValue } from './isWholeNumber';
export { plainValue, rangeCellCount } from './plainValue';
export { readNumberFormat, ownDecimals, textDecimals, type FormatReading } from './displayDecimals';
export { trimSpaces, trimChars, trimEndChars } from './trimSpaces';
export { dateText } from './dateText';
