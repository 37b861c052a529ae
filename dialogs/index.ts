import type { ComponentDialog } from 'botbuilder-dialogs';
import { AssessmentRightsDialog } from './assessmentRights';
import { DisagreementsDialog } from './disagreements';
import { LocalServicesDialog } from './localServices';
import { TalkToPersonDialog } from './talkToPerson';
import { DeadlinesDialog } from './deadlines';
import type { SignpostDeps } from '../src/deps';
import type { AreaMemory } from '../src/bot/areaMemory';

/**
 * The guided journeys the main menu can start. Each is one ComponentDialog whose `id` is the
 * menu choice that starts it (see src/menu.ts). A journey not listed here is announced as coming soon.
 */
/** `memory` keeps the family's area for the conversation (see src/bot/areaMemory.ts). */
export function createJourneys(deps: SignpostDeps, memory?: AreaMemory): ComponentDialog[] {
  return [
    // one line per journey, e.g. new DeadlinesDialog(deps),
    new AssessmentRightsDialog(deps, memory),
    new LocalServicesDialog(deps, memory),
    new TalkToPersonDialog(deps, memory),
    new DisagreementsDialog(deps, memory),
    new DeadlinesDialog(deps, memory),
  ];
}
