// The workspace's Audit section: the log viewer, or one client's accounting of disclosures
// (opened from the log or from the client's chart).

import { useAuditLog } from '../../stores/audit-log.js';
import { AccountingScreen } from './Accounting.js';
import { AuditLog } from './AuditLog.js';
import './audit.css';

export function AuditSection() {
  const view = useAuditLog((s) => s.view);
  return view.name === 'accounting' ? <AccountingScreen key={view.clientId} clientId={view.clientId} from={view.from} /> : <AuditLog />;
}
