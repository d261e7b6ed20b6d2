/** The pane's commands: each takes the adapter and what it needs of the pane's state, and says what to tell the user. */
export { markCells, clearMarks } from './marks';
export { createReport } from './report';
export { writeBlock, removeBlock } from './blocks';
export { setTolerance } from './tolerance';
export { convertNumbers } from './convertNumbers';
export type { Adapter, CommandResult } from './command';
