/** One language of a catalogue area, as scripts/catalog-loader.js builds it: `import('./pane?lang=sv')`. */
declare module '*?lang=sv' {
  const texts: Record<string, string>;
  export default texts;
}
declare module '*?lang=en' {
  const texts: Record<string, string>;
  export default texts;
}
