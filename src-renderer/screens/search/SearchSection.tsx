import { ScreenHeading } from '../../components/ScreenHeading.js';
export function SearchSection() {
  return <ScreenHeading>Search</ScreenHeading>;
}
