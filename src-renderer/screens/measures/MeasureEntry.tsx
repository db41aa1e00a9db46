export function MeasureEntry({ clientId }: { clientId: string }) {
  return <p>{clientId}</p>;
}
