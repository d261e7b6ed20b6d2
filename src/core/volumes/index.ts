/** Volumes: goal fulfilment, additional volume and its reimbursement, and the rules of a volume row. */
export { fulfilment } from './fulfilment';
export { additionalVolume } from './additionalVolume';
export { reimbursement } from './reimbursement';
export { checkVolumeRow } from './checkVolumeRow';
export { addsUp, expectedTotal, volumeFigureProblem, type VolumeFigureProblem } from './volumeFigures';
export { fieldName, requireNonNegative, type VolumeField } from './fields';
