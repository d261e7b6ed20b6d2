import type { Texts } from './index';

export const tablesMessages: Record<string, Texts> = {
};
