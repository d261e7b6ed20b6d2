import type { Texts } from './index';

export const coreMessages: Record<string, Texts> = {
};
