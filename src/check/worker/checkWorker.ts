/**
 * /check.html's worker: reads a workbook's bytes (src/xlsx, the command line's reader) and checks them with the core, off the
 * page's thread, so that a 20 000-row workbook never freezes the page. Says which phase it is in.
 */
import { checkRead, readBytes } from '../checkWorkbookBytes';
import type { WorkbookCheck } from '../../core/workbook';
import { pageStamp } from '../pageStamp';
import type { CheckRequest, CheckResponse, WorkerResult } from '../workerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
}

const scope = self as unknown as WorkerScope;

/**
 * The check as the page needs it: volume tables without their rows. The page shows no rows (it has no
 * calculations tab; a problem carries its section), and unpacking 20 000 of them would freeze it.
 */
function withoutVolumeRows(check: WorkbookCheck): WorkbookCheck {
  return { ...check, sheets: check.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => (t.kind === 'volumes' ? { ...t, rows: [] } : t)) })) };
}

scope.onmessage = (event) => {
  const { id, file, bytes } = event.data;
  void (async () => {
    scope.postMessage({ id, type: 'progress', phase: 'reading-workbook' });
    const step = await readBytes(file, bytes);
    let result: WorkerResult;
    if (!step.ok) {
      result = step.result;
    } else {
      scope.postMessage({ id, type: 'progress', phase: 'checking' });
      const checked = checkRead(file, step.read, new Date());
      result = checked.ok
        ? { file: checked.file, ok: true, check: withoutVolumeRows(checked.check), stamp: await pageStamp(step.read, checked.check) }
        : checked;
    }
    scope.postMessage({ id, type: 'done', result });
  })();
};
