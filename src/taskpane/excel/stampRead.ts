/** The stamp parts read along with "Kontrollera"'s own read (see ./stamp for writing the stamp). */
import { STAMP_NAMESPACE } from '../../core/stamp';

/**
 * Queues the read of Målkoll's stamp parts inside another read's Excel.run, so that "Kontrollera" learns of the
 * stamp without a round trip of its own: call it before that read's first sync, the function it returns after
 * that sync, and the function that one returns after the next sync, for each part's XML.
 *
 * @example
 * const stamp = queueStampRead(context); await context.sync();
 * const xml = stamp(); await context.sync();
 * xml() // → ['<?xml …?><stamp xmlns="urn:malkoll:stamp:1" …'] (or [] when the workbook has none)
 */
export function queueStampRead(context: Excel.RequestContext): () => () => string[] {
  const parts = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE).load('items/id');
  return () => {
    const xml = parts.items.map((p) => p.getXml());
    return () => xml.map((x) => x.value);
  };
}
