export type ExtraNode = { host: string; port: number; dir: string; data: string; log: string };

export function portIsFree(port: number): Promise<boolean>;
export function freePort(
  from: number,
  options?: { tries?: number; isFree?: (port: number) => Promise<boolean> },
): Promise<number>;
export function startExtraNode(
  port: number,
  options?: { log?: (line: string) => void },
): Promise<ExtraNode>;
export function stopExtraNode(node: ExtraNode): Promise<void>;
