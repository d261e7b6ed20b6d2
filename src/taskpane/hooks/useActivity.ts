/**
 * What the pane is doing and how the last action went: one action at a time (a second click while one
 * runs is ignored, before React has rendered the buttons disabled), its progress, and its notice.
 */
import { useCallback, useRef, useState } from 'react';
import type { Message } from '../../core';
import type { Notice, Phase } from '../../results/views';

export interface Activity {
  busy: Phase | null;
  setBusy: (phase: Phase | null) => void;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  fail: (message: Message) => void;
  /** Runs `action` unless another runs; false when it was ignored. */
  exclusive: (phase: Phase, action: () => Promise<void>) => Promise<boolean>;
}

export function useActivity(): Activity {
  const [busy, setBusy] = useState<Phase | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);
  const fail = useCallback((message: Message) => setNotice({ intent: 'error', messages: [message] }), []);
  const exclusive = useCallback(async (phase: Phase, action: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(phase);
    try {
      await action();
      return true;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, setBusy, notice, setNotice, fail, exclusive };
}
