/**
 * First of the worker's entry: ExcelJS's browser build, served beside the page, loaded into the worker
 * before anything that uses it runs (the build maps `import 'exceljs'` to this global). The page itself
 * never loads it: it is interactive at once, and a large workbook is read off the page's thread.
 */
declare function importScripts(...urls: string[]): void;

importScripts('exceljs.min.js');

export {};
