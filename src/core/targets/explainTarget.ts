/**
 * TARGET_EXPLAIN: how a target was read, so a controller can check that it was read right.
 */
import type { Message } from '../types';
import { requirementMessage, targetRequirement } from './targetRequirement';
import { toParsedTarget } from './toParsedTarget';

/**
 * Says how the target was read: comparator, threshold with unit, context, the group's part of a split
 * target, and the direction assumed when none was given. Never throws.
 *
 * @example
 * explainTarget('≥90 % inom 20 minuter (regionalt mål)') // sv "≥ 90 % (inom 20 minuter (regionalt mål))"
 * explainTarget('Lägre än 2,5 per 100 disponibla vårdplatser') // sv "< 2,5 (per 100 disponibla vårdplatser)"
 * explainTarget('100 %', null, 'Högre är bättre')       // sv "≥ 100 %"
 * explainTarget('100 %')                                // sv "≥ 100 % (ingen riktning angiven: högre antas vara bättre)"
 * explainTarget('Ska öka')                              // sv "högre än referensvärdet"
 * explainTarget('M: 17,2 % K: 16 %', 'K', 'högre')      // sv "K: ≥ 16 %"
 * explainTarget('Ja')                                   // sv "Ja"
 * explainTarget('Bearbetas')                            // sv "inget mätbart mål"
 */
export function explainTarget(target: unknown, group?: unknown, direction?: unknown): Message {
  try {
    return requirementMessage(targetRequirement(toParsedTarget(target), group, direction));
  } catch {
    return { key: 'target.explain.none' };
  }
}
