import {
  glossaryFileSchema,
  safetyFileSchema,
  safetyTrainingFileSchema,
  servicesFileSchema,
  synonymsFileSchema,
  placesFileSchema,
  textMapSchema,
} from './schemas';
import { deadlinesFileSchema } from './deadlinesSchema';
import { lettersFileSchema } from './lettersSchema';

/**
 * The single-file parts of the knowledge base, relative to `knowledge/`.
 * Every one is optional: a missing file means "nothing of that kind yet", never an error,
 * so content can be added file by file. (`entries/*.yaml` and `dialogs/*.yaml` are folders,
 * read by the loader.)
 */

export const KNOWLEDGE_FILES = {
  glossary: { path: 'glossary.yaml', schema: glossaryFileSchema },
  synonyms: { path: 'synonyms.yaml', schema: synonymsFileSchema },
  services: { path: 'services.yaml', schema: servicesFileSchema },
  safety: { path: 'safety.yaml', schema: safetyFileSchema },
  safetyTraining: { path: 'safety-training.yaml', schema: safetyTrainingFileSchema },
  messages: { path: 'messages.yaml', schema: textMapSchema },
  deadlines: { path: 'deadlines.yaml', schema: deadlinesFileSchema },
  letters: { path: 'letters.yaml', schema: lettersFileSchema },
  places: { path: 'places.yaml', schema: placesFileSchema },
} as const;

export const ENTRIES_DIR = 'entries';
export const DIALOGS_DIR = 'dialogs';
