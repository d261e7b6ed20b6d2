/**
 * "Stämpla som kontrollerad": only when the controller asks, after a check of the whole workbook without
 * errors, the adapter reads the checked tables again and writes the stamp in the same Excel.run; the core
 * stamps those values only when they are the values checked (src/taskpane/model/paneStamp.ts).
 */
import type { Message } from '../../core';
import type { StampRecord } from '../../core/stamp';
import type { Activity } from './useActivity';
import type { CheckRunState } from './useCheckRun';

/** `version`: Målkoll's version, which the stamp records (../version.ts). */
export function useStamp(activity: Activity, checks: CheckRunState, version: string) {
  const { exclusive, setNotice, fail } = activity;
  const { run, setStamp } = checks;
  // The core's reasons are clauses ("the check found errors (1); …"), said as why the workbook was not stamped.
  const refused = (reason: Message) =>
    fail(reason.key.startsWith('stamp.refused.') ? { key: 'stamp.pane.refused', params: { reason: { message: reason } } } : reason);

  async function stamp() {
    if (!run) return;
    await exclusive('writing', async () => {
      setNotice(null);
      const engine = await checks.load();
      const refusal = engine.stamp.paneStampRefusal(run);
      if (refusal) return refused(refusal);
      let made: StampRecord | null = null;
      const written = await engine.excel.writeStamp(run.check.tables, async (reread) => {
        const stamped = await engine.stamp.stampOfRun(run, reread, version, new Date());
        if (!('xml' in stamped)) return stamped;
        made = stamped.stamp;
        return stamped.xml;
      });
      if (!written.ok) return refused(written.message);
      if (made) setStamp(engine.stamp.justStamped(made));
      setNotice({ intent: 'success', messages: [{ key: 'stamp.pane.done' }] });
    });
  }

  return { stamp };
}
