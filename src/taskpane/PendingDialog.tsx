/** What the confirmation says before Målkoll writes anything: the range, the hospital and month, or every conversion. */
import { HOSPITALS_2025, type HospitalCode } from '../core/prices';
import { qualifiedAddress } from '../core';
import type { Pending } from './hooks/pendingWrite';
import { monthKey } from '../i18n/months';
import { ConfirmDialog, keepNumbersTogether, useTexts } from '../results/views';

export interface PendingDialogProps {
  pending: Pending;
  hospital: HospitalCode;
  month: number;
  /** Name each converted cell's sheet (the check covered several sheets). */
  severalSheets: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function PendingDialog({ pending, hospital, month, severalSheets, onConfirm, onCancel }: PendingDialogProps) {
  const { text } = useTexts();
  const texts = (): { title: string; body: string; confirmLabel: string } => {
    if (pending?.kind === 'convert') {
      return { title: text('pane.convert.confirmTitle'), body: text('pane.convert.confirmText'), confirmLabel: text('pane.convert.confirm') };
    }
    if (pending?.kind === 'calculations') {
      return {
        title: text('pane.calc.confirmTitle'),
        body: text('pane.calc.confirmText', {
          range: qualifiedAddress(pending.block.sheet, pending.block.address),
          hospital: HOSPITALS_2025.find((h) => h.code === hospital)?.name ?? hospital,
          month: text(monthKey(month)),
        }),
        confirmLabel: text('pane.calc.confirm'),
      };
    }
    if (pending?.kind === 'own-columns') {
      return {
        title: text('pane.own.confirmTitle'),
        body: text('pane.own.confirmText', { range: qualifiedAddress(pending.block.sheet, pending.block.address) }),
        confirmLabel: text('pane.own.confirm'),
      };
    }
    return {
      title: text('pane.status.confirmTitle'),
      body: text('pane.status.confirmText', { range: pending ? qualifiedAddress(pending.block.sheet, pending.block.address) : '' }),
      confirmLabel: text('pane.status.confirm'),
    };
  };
  return (
    <ConfirmDialog open={pending !== null} {...texts()} onConfirm={onConfirm} onCancel={onCancel}>
      {pending?.kind === 'convert' && (
        <ul data-testid="convert-list">
          {pending.changes.map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              {text('pane.convert.change', { cell: severalSheets ? qualifiedAddress(c.sheet, c.cell) : c.cell, from: keepNumbersTogether(c.from), to: c.to })}
            </li>
          ))}
        </ul>
      )}
      {pending?.kind === 'own-columns' && pending.offer && pending.offer.plan.overwrites.length > 0 && (
        <>
          <p>{text('pane.own.overwritesTitle')}</p>
          <ul data-testid="overwrite-list">
            {pending.offer.plan.overwrites.map((o) => (
              <li key={o.address} data-cell={o.address}>
                {text('pane.own.overwrite', { cell: o.address, value: String(o.value ?? '') })}
              </li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}
