import { downloadBadge } from "../download";

export const GET = (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  downloadBadge(params, "jwt");
