export function PlanEditor({ clientId, planId }: { clientId: string; planId: string }) {
  return <p>{clientId} {planId}</p>;
}
