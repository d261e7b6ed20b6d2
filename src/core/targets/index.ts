export type * from './types';
export { PARSED_TARGET_KINDS } from './types';
export { parseTarget, parseTargetCached } from './parseTarget';
export { evaluateTarget, type TargetStatus, type TargetInput, type TargetEvaluation } from './evaluateTarget';
export { explainTarget } from './explainTarget';
export { readDirection } from './readDirection';
export { readYesNo } from './readYesNo';
export { toParsedTarget, isParsedTarget } from './toParsedTarget';
export { groupKey } from './groupKey';
