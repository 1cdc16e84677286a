// Parts of the worksheet loaded after hydration (see use-later.ts).
export { CoachNote } from './CoachNote';
export { PlanQr } from './PlanQr';
export { ShareTools } from './ShareTools';
