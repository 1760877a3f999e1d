/** What the progress benchmark page (progress.tsx) offers its runner (progressRun.ts). */
export interface ProgressBench {
  setup(): Promise<{ memoryRows: number; logRows: number; fillMs: number }>;
  mount(): void;
  result: {
    firstChartMs: number | null;
    allFiguresMs: number | null;
    longTasks: number[];
  } | null;
}
