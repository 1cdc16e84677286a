// Parts of My plans loaded after hydration (see use-later.ts): moving plans, opening a file or a link,
// and the damaged plans kept aside. The list itself is what a visitor comes for; these follow at once.
export { MovePlans } from './MovePlans';
export { PlanFileImport } from './PlanFileImport';
export { PlanLinkOpener } from './PlanLinkOpener';
export { QuarantineList } from './QuarantineList';
