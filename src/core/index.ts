/**
 * Målkoll's pure core: numbers, targets, volumes, prices, tables and the workbook check. No Office types,
 * no React, no I/O. Each room has its own entry point (./numbers, ./targets, …); this file holds the
 * shapes they share.
 */
export * from './types';
export { a1, a1Range, parseA1, columnLetters, quoteSheetName, qualifiedAddress } from './address';
export { maxOf, minOf, pushAll } from './arrays';
