import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTexts } from './i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More content under the text, e.g. the list of changes a confirmation covers. */
  children?: ReactNode;
}

/** Asks before Målkoll writes anything into the workbook. */
export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const { text } = useTexts();
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface data-testid="confirm-dialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p>{body}</p>
            {children}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {text('pane.action.cancel')}
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="confirm">
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
