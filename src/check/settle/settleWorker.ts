/**
 * The check page's settlement worker: reads the round's files (the command line's reader, within its
 * limits), checks and settles them with the core, and writes the settlement workbook, all off the page's
 * thread. The read workbooks are kept (as the tables the round needs, not as grids), so that another month
 * or rule settles again at once. The .xlsx writer and the workbook's texts are fetched when first needed.
 */
import type { Grid } from '../../core';
import { settlementPlan } from '../../core/settlement';
import { loadTexts } from '../../i18n/format';
import { readFailureMessage } from '../../xlsx/readFailureMessage';
import { readWorkbookBytes } from '../../xlsx/readWorkbookBytes';
import { readRound, settleRead, type ReadRound, type Reading, type RoundSource } from '../../settle/runRound';
import type { AssignmentSource, SettleRequest, SettleResponse } from './settleProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SettleRequest>) => void) | null;
  postMessage(message: SettleResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let round: ReadRound | null = null;

function source(file: AssignmentSource, onRead: () => void): RoundSource {
  return {
    file: file.name,
    read: async (): Promise<Reading> => {
      onRead();
      // The pane's open workbook comes read already: its grids, as Excel holds its cells.
      if ('grids' in file) return { ok: true, grids: file.grids, notes: [] };
      const read = await readWorkbookBytes(file.bytes);
      if (read.ok) return { ok: true, grids: read.grids as Grid[], notes: read.notes };
      return { ok: false, code: read.code, message: readFailureMessage(file.name, read.code, read.detail) };
    },
  };
}

async function handle(request: SettleRequest): Promise<void> {
  const { id } = request;
  if (request.type === 'read') {
    const all = [request.assignment, ...request.submissions, ...(request.previous ? [request.previous] : []), ...(request.prices ? [request.prices] : [])];
    let index = 0;
    const counted = (file: AssignmentSource) =>
      source(file, () => scope.postMessage({ id, type: 'progress', file: file.name, index: (index += 1), total: all.length }));
    const read = await readRound({
      assignment: counted(request.assignment),
      submissions: request.submissions.map(counted),
      ...(request.previous ? { previous: counted(request.previous) } : {}),
      ...(request.prices ? { prices: counted(request.prices) } : {}),
    });
    round = read.round;
    scope.postMessage({ id, type: 'read', ok: round !== null, unreadable: read.unreadable });
    return;
  }
  if (!round) {
    scope.postMessage(
      request.type === 'settle' ? { id, type: 'settle', run: { ok: false, reason: 'unreadable', unreadable: [] } } : { id, type: 'workbook', bytes: null },
    );
    return;
  }
  const options = { ...(request.month !== undefined ? { month: request.month } : {}), rule: request.rule };
  const run = settleRead(round, options);
  if (request.type === 'settle') {
    scope.postMessage({ id, type: 'settle', run });
    return;
  }
  if (!run.ok) {
    scope.postMessage({ id, type: 'workbook', bytes: null });
    return;
  }
  const [{ writeSettlementXlsx }] = await Promise.all([
    import(/* webpackChunkName: "settlement-writer" */ '../../settle/writeSettlementXlsx'),
    loadTexts(request.locale, ['settle', 'workbook', 'reading', 'cli']),
  ]);
  const bytes = await writeSettlementXlsx(settlementPlan(run.settlement), request.locale);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  scope.postMessage({ id, type: 'workbook', bytes: buffer }, [buffer]);
}

scope.onmessage = (event) => {
  void handle(event.data).catch(() => {
    const { id, type } = event.data;
    // A fault of ours: the page says so in its own words, never a library's.
    if (type === 'workbook') scope.postMessage({ id, type: 'workbook', bytes: null });
    else if (type === 'settle') scope.postMessage({ id, type: 'settle', run: { ok: false, reason: 'unreadable', unreadable: [] } });
    else scope.postMessage({ id, type: 'read', ok: false, unreadable: [] });
  });
};
