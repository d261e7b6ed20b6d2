import type { Texts } from './index';

export const volumesMessages: Record<string, Texts> = {
};
