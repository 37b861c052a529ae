import type { ComponentDialog } from 'botbuilder-dialogs';
import { AssessmentRightsDialog } from './assessmentRights';
import { DisagreementsDialog } from './disagreements';
import { LocalServicesDialog } from './localServices';
import { TalkToPersonDialog } from './talkToPerson';
import { DeadlinesDialog } from './deadlines';
import type { SignpostDeps } from '../src/deps';

/**
 * The guided journeys the main menu can start. Each is one ComponentDialog whose `id` is the
 * menu choice that starts it (see src/menu.ts). A journey not listed here is announced as coming soon.
 */
export function createJourneys(deps: SignpostDeps): ComponentDialog[] {
  void deps;
  return [
    // one line per journey, e.g. new DeadlinesDialog(deps),
    new AssessmentRightsDialog(deps),
    new LocalServicesDialog(deps),
    new TalkToPersonDialog(deps),
    new DisagreementsDialog(deps),
    new DeadlinesDialog(deps),
  ];
}
