export type { AdmissionRequest, UsageReport, Ticket, LimitDimension } from './types.js';
export { OrgLimits } from './org-limits.js';
export { UpstreamLimits } from './upstream.js';
export { estimateInputTokens } from './estimate.js';
