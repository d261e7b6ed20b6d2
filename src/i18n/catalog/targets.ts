import type { Texts } from './index';

export const targetsMessages: Record<string, Texts> = {
};
