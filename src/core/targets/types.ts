/**
 * A target value (målvärde) as the follow-up documents write it, read into what it asks for.
 * Every ParsedTarget keeps the text it was read from.
 */

/** How the outcome must compare with the threshold. */
export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/** A level to reach: "≥ 90 %" is `{ comparator: '>=', value: 0.9, percent: true }`. */
export interface Threshold {
  /** null for a bare value ("100 %", "1 500"): the indicator's direction decides, at least (≥) without one. */
  comparator: Comparator | null;
  /** A percentage is a fraction, as Excel stores it: 90 % is 0.9. */
  value: number;
  percent: boolean;
}

/** A change against the reference value (the previous period or a baseline). */
export type ChangeDirection =
  /** "Ska öka", "Ökande", "Fler …": outcome > reference. */
  | 'increase'
  /** "Minska", "Minskande", "Färre …": outcome < reference. */
  | 'decrease'
  /** "Förbättring …": better than the reference; which way is better comes from the direction (higher without one). */
  | 'improve'
  /** "Bibehålla", "Oförändrad": at least as good as the reference, per the direction (≥ without one). */
  | 'maintain';

/** How big the change must be; with an amount the boundary counts as reached ("Öka med 10 %" is met by exactly +10 %). */
export type ChangeAmount =
  /** "Öka med 10 %" → 0.1 (outcome ≥ reference × 1.1); "Minska med 50 %", "Halvera" → 0.5 (outcome ≤ reference × 0.5). */
  | { kind: 'relative'; fraction: number }
  /** "Öka med 500" → 500; "Minska med 2 procentenheter" → 0.02 with `points: true`. */
  | { kind: 'absolute'; value: number; points: boolean };

export interface SplitPart {
  /** The group as the target writes it: "SÅS", "M", "kvinnor". */
  label: string;
  /** The group's canonical key, for matching: "säs", "m", "k". */
  key: string;
  threshold: Threshold;
  context?: string;
}

export type NoTargetReason =
  /** Nothing written. */
  | 'blank'
  /** "Inget målvärde", "Bearbetas", "Under utredning", "-": says there is no target (yet). */
  | 'no-target'
  /** A description with no threshold: "Följsamhet till införandeplan …". */
  | 'description';

export type UnreadableReason =
  /** Digits the parser could not place: "Senast 2025-06-30", "80–90 %", "Indikator pausas 2025". */
  | 'digits'
  /** The target cell holds an Excel error. */
  | 'error';

export type ParsedTarget =
  | {
      kind: 'threshold';
      text: string;
      threshold: Threshold;
      /** Text before the threshold that only names it: "SKR-mål" in "SKR-mål max 2%". */
      label?: string;
      /** Text after the threshold that is not part of it: "inom 20 minuter (regionalt mål)". */
      context?: string;
    }
  | { kind: 'change'; text: string; direction: ChangeDirection; amount?: ChangeAmount; context?: string }
  | { kind: 'split'; text: string; by: 'sex' | 'unit'; parts: SplitPart[] }
  | { kind: 'yes-no'; text: string; expected: boolean }
  | { kind: 'none'; text: string; why: NoTargetReason }
  | { kind: 'unreadable'; text: string; why: UnreadableReason };

export type ParsedTargetKind = ParsedTarget['kind'];

export const PARSED_TARGET_KINDS: readonly ParsedTargetKind[] = ['threshold', 'change', 'split', 'yes-no', 'none', 'unreadable'];
